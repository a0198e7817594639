"""The chat's safety net (wizard/chat/safety.py): every crisis message gets the right help line
at once, in the reader's language, also misspelt, indirect or inside an SMI question; ordinary
worries with alarming words get a normal answer. The blind sets (tests/blind/, written by
someone who never saw this code) are the measure: recall 100 %, false crisis <= 2 %."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from wizard.chat import ask
from wizard.chat.safety import danger_reply, detect_danger, normalise, reply_lang
from wizard.cli import main

BLIND = Path(__file__).parent / "blind"
# The only numbers a safety reply may give (../shared/domain.md, "Safety first").
ALLOWED_NUMBERS = {"0800-0113", "112", "0800-2000", "0800-0432", "113"}
GROUP = {"suicide": "0800-0113", "acute_danger": "112", "domestic_violence": "0800-2000",
         "harm_to_child": "0800-2000"}


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def _smi_ask(capsys, case: dict) -> dict:
    """`smi ask "..." --json` in-process, as a user of the command line sees it."""
    lang = ["--lang", case["lang"]] if case["lang"] in ("nl", "en") else []
    assert main(["ask", case["text"], *lang, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _crisis_failures(cases: list[dict], capsys) -> list[str]:
    """Each crisis message: detected as its kind, and `smi ask --json` gives a crisis reply
    (never kind "answer", with `crisis`) that holds a term of every expected group."""
    failures = []
    for c in cases:
        danger = detect_danger(c["text"])
        data = _smi_ask(capsys, c)
        text = data["answer"].lower()
        missing = [g for g in c["must_include_any"] if not any(t.lower() in text for t in g)]
        if danger is None or c["kind"] not in danger.kinds or data["kind"] == "answer" \
                or "crisis" not in data or missing:
            failures.append(f"{c['id']} {c['kind']} got {danger and danger.kinds} "
                            f"missing {missing}: {c['text']}")
    return failures


def _false_alarms(cases: list[dict], capsys) -> list[str]:
    return [f"{c['id']}: {c['text']}" for c in cases
            if detect_danger(c["text"]) is not None or "crisis" in _smi_ask(capsys, c)]


# --- the blind sets ---------------------------------------------------------------------------


def test_every_development_crisis_message_gets_its_help_line(capsys):
    cases = _load(BLIND / "crisis.jsonl")
    assert len(cases) >= 50
    failures = _crisis_failures(cases, capsys)
    assert not failures, "\n".join(failures)


def test_heldout_crisis_messages_all_get_their_help_line(capsys):
    cases = _load(BLIND / "heldout" / "crisis.jsonl")
    assert len(cases) >= 20
    failures = _crisis_failures(cases, capsys)
    assert not failures, "\n".join(failures)


def test_heldout_ordinary_messages_are_not_a_crisis(capsys):
    cases = _load(BLIND / "heldout" / "ordinary_alarming.jsonl")
    assert len(cases) >= 10
    false = _false_alarms(cases, capsys)
    assert len(false) <= 0.02 * len(cases), "\n".join(false)


def test_ordinary_development_messages_with_alarming_words_are_not_a_crisis(capsys):
    cases = _load(BLIND / "ordinary_alarming.jsonl")
    assert len(cases) >= 25
    false = _false_alarms(cases, capsys)
    assert len(false) <= 0.02 * len(cases), "\n".join(false)


def test_the_chat_questions_of_parents_are_not_mistaken_for_a_crisis():
    """The blind chat questions (development part) are ordinary: false crisis <= 2 %."""
    cases = _load(BLIND / "chat_questions.jsonl")
    false = [c["text"] for c in cases if detect_danger(c["text"])]
    assert len(false) <= 0.02 * len(cases), "\n".join(false)


# --- our own cases: by meaning, misspelt, indirect, inside a question -------------------------


@pytest.mark.parametrize("text, kind", [
    ("ik ben bang dat ik mijn geduld verlies en mijn baby pijn doe", "harm_to_child"),
    ("soms krijg ik de neiging mijn baby hard neer te leggen, dat maakt me bang",
     "harm_to_child"),
    ("ik heb mijn kind een klap gegeven en nu heeft ze een bult", "harm_to_child"),
    ("I smacked my toddler so hard he fell", "harm_to_child"),
    ("I'm afraid of what I might do to my baby", "harm_to_child"),
    ("ik ben bang voor wat ik mijn kind aandoe", "harm_to_child"),
    ("my partner locks our son in his room all day without food", "harm_to_child"),
    ("mijn man slaat ons kind met een riem", "domestic_violence"),
    ("mijn zoon van 16 slaat mij en bedreigt me", "domestic_violence"),
    ("mijn dochter heeft iets gedronken uit de fles onder de gootsteen", "acute_danger"),
    ("mijn baby is gestopt met ademen", "acute_danger"),
    ("my son is having an allergic reaction and his throat is swelling", "acute_danger"),
    ("mijn kind heeft een noot ingeslikt en krijgt geen adem", "acute_danger"),
    ("er ligt iemand bewusteloos in het trappenhuis", "acute_danger"),
    ("I'm a single dad and lately I've been having dark thoughts about not being around "
     "anymore",
     "suicide"),
    ("ik heb donkere gedachten, soms wil ik er gewoon niet meer zijn", "suicide"),
    ("ik heb sombere gedachten over de dood, over mezelf", "suicide"),
    ("I have thoughts of ending my life, but I also need help with childcare", "suicide"),
    ("ik loop rond met gedachten om mezelf iets aan te doen", "suicide"),
    ("Mijn vrouw zegt steeds dat ze dood wil. Ik werk. Kunnen de kinderen naar de opvang?",
     "suicide"),
    ("My wife says she doesn't want to live anymore. I work. Can the kids go to daycare?",
     "suicide"),
    ("my partner threatened to kill himself if I leave", "suicide"),
    ("mijn man zegt dat hij zichzelf wat aandoet als ik wegga", "suicide"),
    ("ik ben verkracht door mijn ex", "domestic_violence"),
    ("mijn man slaat mij, ook als ik zwanger ben", "domestic_violence"),
    ("ze slaat me en ik durf het niemand te vertellen", "domestic_violence"),
    ("mijn vriendin slaat me", "domestic_violence"),
    ("ik word mishandeld", "domestic_violence"),
    ("mijn ex bedreigd me via whatsapp", "domestic_violence"),
    ("mijn kind is net van het klimrek gevallen en is buiten bewustzijn", "acute_danger"),
    ("help mijn man is in elkaar gezakt en reageert niet", "acute_danger"),
    ("my husband collapsed and isn't breathing", "acute_danger"),
    ("everything would be easier if I wasn't here", "suicide"),
    ("my family would be relieved if I was gone", "suicide"),
    ("I've written letters to my kids in case something happens to me", "suicide"),
    ("I gave away my things this week, I won't need them", "suicide"),
    ("I feel like disappearing for good", "suicide"),
    ("i'm tired of fighting, i want to sleep forever", "suicide"),
    ("alles zou makkelijker zijn als ik er niet was", "suicide"),
    ("mijn familie zou opgelucht zijn als ik weg ben", "suicide"),
    ("ik heb brieven geschreven voor mijn kinderen voor als ik er niet meer ben",
     "suicide"),
    ("ik heb mijn spullen weggegeven, ik heb ze niet meer nodig", "suicide"),
    ("ik wil voorgoed verdwijnen", "suicide"),
    ("ik ben het vechten moe, ik wil alleen nog maar slapen, voor altijd", "suicide"),
    ("soms wil ik met de auto tegen een boom rijden", "suicide"),
    ("sometimes I think about driving into a tree", "suicide"),
    ("ik heb op internet gezocht hoe je het kan doen", "suicide"),
    ("my husband slaps me when dinner is late", "domestic_violence"),
    ("mijn man geeft me klappen als het eten niet klaar is", "domestic_violence"),
    ("mijn partner heeft mijn arm gebroken", "domestic_violence"),
    ("ik word elke dag uitgescholden en geduwd door mijn man", "domestic_violence"),
    ("As a wijkteam worker I want to apply SMI for a mother whose partner beats her "
     "regularly",
     "domestic_violence"),
    ("ik begeleid een gezin waar vader de kinderen slaat, kan smi helpen", "domestic_violence"),
    ("the father in this family is violent towards the children", "domestic_violence"),
    ("mijn partner heeft me opgesloten in de badkamer", "domestic_violence"),
    ("my husband took my passport and won't give it back", "domestic_violence"),
    ("he says he will take the kids abroad and I'll never see them again", "domestic_violence"),
    ("mijn man dreigt de kinderen mee te nemen naar het buitenland", "domestic_violence"),
    ("ik moet van mijn man trouwen met zijn neef", "domestic_violence"),
    ("my husband's family says they will kill me if I leave", "acute_danger"),
    ("mijn man staat met een hamer in de keuken te schreeuwen", "acute_danger"),
    ("mijn zoontje is in het zwembad gevallen en ademt niet goed", "acute_danger"),
    ("my son hit his head and is throwing up and very sleepy", "acute_danger"),
    ("mijn dochter heeft heel hoge koorts en reageert nauwelijks", "acute_danger"),
    ("my baby is having trouble breathing right now", "acute_danger"),
    ("ik heb mijn baby hard geschud en nu huilt hij niet meer", "harm_to_child"),
    ("I'm so tired I put a pillow over my baby's face for a second", "harm_to_child"),
    ("ik heb het kussen op zijn gezicht gedrukt", "harm_to_child"),
    ("ik schreeuw en sla mijn kinderen elke dag", "harm_to_child"),
    ("I'm worried I'm neglecting my kids, they haven't eaten in two days", "harm_to_child"),
    ("ik geef mijn kinderen soms dagen geen eten omdat ik het niet aankan", "harm_to_child"),
    ("IK WIL DOOD", "suicide"),
    ("ikwildood", "suicide"),
    ("ik wil dood 😢", "suicide"),
    ("mijn man hij slaan mij veel, ik wil weg met kinderen", "domestic_violence"),
    ("man slaan, ik bang, kind bang", "domestic_violence"),
    ("ik niet meer leven wil", "suicide"),
    ("ben het zat, wil er niet meer zijn", "suicide"),
    ("kan ik smi krijgen? btw ik denk elke dag aan zelfmoord", "suicide"),
    ("my wife hits me and I'm ashamed to tell anyone", "domestic_violence"),
    ("my husband strangled me last night", "domestic_violence"),
    ("my ex broke into my house", "acute_danger"),
    ("my kid isn't breathing properly and is turning blue", "acute_danger"),
    ("Ik weet het niet meer. Elke dag denk ik erover om uit het raam te springen.",
     "suicide"),
    ("Ik sta op de brug", "suicide"),
    ("i'm standing on the bridge", "suicide"),
    ("Alles is op, ik ook. Ik neem afscheid.", "suicide"),
    ("ik wil niemand meer tot last zijn, dit is mijn laatste bericht", "suicide"),
    ("this is my last message", "suicide"),
    ("ik heb gisteren een poging gedaan maar het lukte niet", "suicide"),
    ("I tried to kill myself last week", "suicide"),
    ("I overdosed last night and my husband found me", "suicide"),
    ("mijn leven is een hel en ik wil eruit", "suicide"),
    ("ik wil gewoon slapen en nooit meer wakker worden", "suicide"),
    ("ik hoef niet meer", "suicide"),
    ("mijn vriend houdt me thuis vast en ik mag niemand bellen", "domestic_violence"),
    ("my husband rapes me", "domestic_violence"),
    ("mijn man verkracht mij", "domestic_violence"),
    ("mijn man scheldt mij uit en slaat soms", "domestic_violence"),
    ("my boyfriend threatened to take the kids and hurt me", "domestic_violence"),
    ("mn ex zit achter me aan en weet waar ik woon", "domestic_violence"),
    ("mijn schoonmoeder slaat mijn kinderen", "domestic_violence"),
    ("iemand probeert binnen te komen, ik ben bang", "acute_danger"),
    ("mijn zoon heeft een epileptische aanval die niet stopt", "acute_danger"),
    ("my child fell from the window", "acute_danger"),
    ("mijn dochter is uit het raam gevallen", "acute_danger"),
    ("hij heeft een mes en zegt dat hij zichzelf iets aandoet", "acute_danger"),
    ("mijn man zegt dat hij zich van kant maakt", "suicide"),
    ("ik heb mijn zoon opgesloten in zijn kamer zonder eten", "harm_to_child"),
    ("als hij blijft huilen weet ik niet wat ik doe", "harm_to_child"),
    ("ik ben 13 en mn stiefvader slaat me met zn riem", "domestic_violence"),
    ("my mom hits me with a belt", "domestic_violence"),
    ("papa doet mama pijn", "domestic_violence"),
    ("ik zie mijn vader mijn moeder slaan", "domestic_violence"),
    ("mama huilt want papa heeft haar geslagen", "domestic_violence"),
    ("cliënte vertelt dat haar partner haar wurgt als hij boos is, zij wil smi voor de "
     "kinderen",
     "domestic_violence"),
    ("my neighbour's kids are left alone for days and look hungry", "harm_to_child"),
    ("ik denk dat mijn kind misbruikt wordt door de oppas", "domestic_violence"),
    ("wil me van kant maken", "suicide"),
    ("zelfmord gedachten", "suicide"),
    ("ik wil nie meer leve", "suicide"),
    ("ik wil doodgaan", "suicide"),
    ("i wanna die lol jk but seriously i cant anymore", "suicide"),
    ("thinking of ending things", "suicide"),
    ("ik ga er een eind aan maken vanavond", "suicide"),
    ("life isn't worth living anymore", "suicide"),
    ("Ik heb het gevoel dat ik mijn kinderen alleen maar tot last ben en dat ze beter af "
     "zijn als ik er niet ben",
     "suicide"),
    ("ik hoop dat ik morgen niet meer wakker word", "suicide"),
    ("i hope i don't wake up tomorrow", "suicide"),
    ("mijn man heeft een pistool en hij is dronken", "acute_danger"),
    ("my ex is outside and says he will burn the house down", "acute_danger"),
    ("mijn dochter heeft bleekmiddel gedronken", "acute_danger"),
    ("baby stikt, help", "acute_danger"),
    ("my toddler is choking", "acute_danger"),
    ("ik heb mijn kind geslagen met een riem", "harm_to_child"),
    ("ik ben bang dat ik mijn baby ga slaan", "harm_to_child"),
    ("I feel like shaking my baby when she cries", "harm_to_child"),
    ("Hallo, ik ben moeder van twee kinderen van 3 en 6. Mijn man werkt fulltime en ik "
     "ben al een jaar depressief. Ik kom mijn bed bijna niet uit. Soms denk ik dat mijn "
     "kinderen beter af zijn zonder mij. Kan ik SMI krijgen in Utrecht?",
     "suicide"),
    ("We wonen in Rotterdam. Mijn partner drinkt veel en als hij dronken is slaat hij "
     "mij. De kinderen zien het. Ik wil dat ze overdag naar de opvang kunnen. Hoe vraag "
     "ik dat aan?",
     "domestic_violence"),
    ("I'm a social worker. One of my clients told me today she has been saving up her "
     "medication and has a date in mind. She also asked about SMI for her kids. What "
     "should I do first?",
     "suicide"),
    ("my client says her husband threatens to kill her if she leaves, she has 2 kids in "
     "daycare, can the gemeente help with smi",
     "acute_danger"),
    ("Sorry voor mijn nederlands. Mijn man is heel boos altijd. Hij slaat. Ik ben bang. "
     "Kinderen ook bang. Smi kan?",
     "domestic_violence"),
    ("I don't know how much longer I can keep going like this. Everyone would be better "
     "off. Anyway, how many days of SMI can I get?",
     "suicide"),
    ("ik heb pillen klaarliggen voor als het echt niet meer gaat", "suicide"),
    ("ik overweeg om er een einde aan te maken", "suicide"),
    ("mijn ex heeft me gisteren bijna gewurgd", "domestic_violence"),
    ("he choked me last night in front of the kids", "domestic_violence"),
    ("mijn man heeft me met een mes bedreigd", "acute_danger"),
    ("my partner pushed me down the stairs", "domestic_violence"),
    ("ik word thuis geslagen", "domestic_violence"),
    ("I'm being abused at home", "domestic_violence"),
    ("mijn stiefvader misbruikt mij", "domestic_violence"),
    ("ik durf niet meer naar huis", "domestic_violence"),
    ("mijn baby heeft een hoofd wond en bloedt heel erg", "acute_danger"),
    ("my daughter swallowed a battery", "acute_danger"),
    ("er is brand in ons huis", "acute_danger"),
    ("ik heb mijn baby laten vallen en hij huilt niet meer, hij is slap", "acute_danger"),
    ("ik ben zo moe dat ik bang ben dat ik mijn baby laat vallen expres", "harm_to_child"),
    ("I yell and hit my kids every day, I don't know how to stop", "harm_to_child"),
    ("ik doe mijn kinderen pijn als ik gedronken heb", "harm_to_child"),
    ("ik wil niet meer lefen", "suicide"),
    ("ik wil dood gaan", "suicide"),
    ("ik wil dood. kan smi mij helpen", "suicide"),
    ("ik heb zelfmoordgedachtes en mijn man werkt, kan ik smi krijgen", "suicide"),
    ("ik wil mezelf pijn doen", "suicide"),
    ("ik wil er gewoon niet meer zijn", "suicide"),
    ("het hoeft voor mij allemaal niet meer", "suicide"),
    ("mijn leven heeft geen zin meer, ik zie geen uitweg", "suicide"),
    ("i feel like ending it all", "suicide"),
    ("I keep thinking about suicide", "suicide"),
    ("i want to kms", "suicide"),
    ("i'm going to take all my pills tonight", "suicide"),
    ("ik ben een last voor iedereen en ik kan niet meer", "suicide"),
    ("als ik dood ben hebben ze meer geld", "suicide"),
    ("my kids deserve a better mom, they'd be fine without me", "suicide"),
    ("man slaan mij", "domestic_violence"),
    ("mijn man slaat mij en kinderen, ik bang", "domestic_violence"),
    ("mn man mishandeld me al jaren", "domestic_violence"),
    ("man doet pijn mij", "domestic_violence"),
    ("mijn man schopt me als hij dronken is", "domestic_violence"),
    ("mijn partner is agressief tegen mij en de kinderen", "domestic_violence"),
    ("he beats me and the kids, can we get smi for the daycare", "domestic_violence"),
    ("my husband hurts me but I can't leave because of the kids", "domestic_violence"),
    ("mijn ex komt steeds naar mijn huis en bedreigt mij", "domestic_violence"),
    ("mijn man heeft mij gisteren geslagen, heb ik recht op smi", "domestic_violence"),
    ("hij heeft mijn telefoon afgepakt en ik mag nergens heen", "domestic_violence"),
    ("mijn vader slaat mijn moeder", "domestic_violence"),
    ("mijn man is nu heel boos en heeft een mes gepakt", "acute_danger"),
    ("help mijn kind ademt niet meer", "acute_danger"),
    ("my baby fell and is not moving", "acute_danger"),
    ("my son is unconscious", "acute_danger"),
    ("mijn zoon is bewusteloos", "acute_danger"),
    ("he is banging on the door and screaming he will kill me", "acute_danger"),
    ("ik ben bang dat ik mijn kinderen iets aandoe", "harm_to_child"),
    ("soms sla ik mijn kind te hard", "harm_to_child"),
    ("i shook my baby because he wouldn't stop crying", "harm_to_child"),
    ("I get so angry I hit my son", "harm_to_child"),
    ("ik wil niet meer wakker worden morgen", "suicide"),
    ("ik wil stoppen met leven", "suicide"),
    ("het leven is niet meer de moeite waard", "suicide"),
    ("mijn kinderen zijn beter zonder mama", "suicide"),
    ("ik ben moe van leven, ik wil rust voor altijd", "suicide"),
    ("ik wil slapen en nooit meer opstaan", "suicide"),
    ("ik wil een einde maken aan alles", "suicide"),
    ("ik denk erover om er een eind aan te maken", "suicide"),
    ("nobody would care if I died", "suicide"),
    ("I just want it all to be over", "suicide"),
    ("I've been looking up ways to end it", "suicide"),
    ("I don't see a future for myself anymore, I'm done", "suicide"),
    ("ik heb geen reden meer om te leven", "suicide"),
    ("soms denk ik dat het beter is als ik dood ben", "suicide"),
    ("ik heb medicijnen gespaard", "suicide"),
    ("ik ga van de flat springen", "suicide"),
    ("i wanna end it", "suicide"),
    ("ik snijd mezelf", "suicide"),
    ("mijn man slaat mij elke dag, ik weet niet waar ik heen moet", "domestic_violence"),
    ("mijn man duwt mij tegen de muur als hij boos is", "domestic_violence"),
    ("hij gooit met spullen naar mij en de kinderen", "domestic_violence"),
    ("mijn schoonfamilie sluit mij op in huis", "domestic_violence"),
    ("mijn ex stuurt steeds dreigberichten dat hij mij iets aandoet", "domestic_violence"),
    ("my husband controls all the money and won't let me see my friends", "domestic_violence"),
    ("my partner forces me to have sex", "domestic_violence"),
    ("mijn man dwingt mij tot seks", "domestic_violence"),
    ("he broke my arm last week", "domestic_violence"),
    ("my dad touches me at night", "domestic_violence"),
    ("mijn vriend heeft me geslagen waar de kinderen bij waren", "domestic_violence"),
    ("er is iemand met een mes in ons huis", "acute_danger"),
    ("mijn man zegt dat hij ons vanavond gaat vermoorden", "acute_danger"),
    ("my son took my pills and is very sleepy", "acute_danger"),
    ("mijn baby is blauw en ademt raar", "acute_danger"),
    ("kind is in het water gevallen en ademt niet", "acute_danger"),
    ("he is outside with a knife right now", "acute_danger"),
    ("ik word zo kwaad op mijn baby, ik ben bang dat ik iets ergs doe", "harm_to_child"),
    ("sometimes I want to throw my baby against the wall", "harm_to_child"),
    ("ik heb mijn dochter zo hard geknepen dat ze blauwe plekken heeft", "harm_to_child"),
    ("I'm scared I will hurt my kids when I'm angry", "harm_to_child"),
 ("ik zie geen uitweg meer, mijn kinderen hebben meer aan een andere moeder", "suicide"),
 ("soms wil ik gewoon gaan slapen en niet meer wakker worden", "suicide"),
 ("ik wou dat ik er niet meer was", "suicide"),
 ("iedereen is beter af zonder mij", "suicide"),
 ("i don't want to be here anymore", "suicide"),
 ("everyone would be better off if I was gone", "suicide"),
 ("I have been thinking about ending my life", "suicide"),
 ("ik heb zelfmoord gedachten sinds de bevalling", "suicide"),
 ("ik wil er een eind aan maken", "suicide"),
 ("I'm thinking of killing myself", "suicide"),
 ("ik wil niet meer, alles is zinloos en ik ben een last", "suicide"),
 ("ik heb het gevoel dat ik er beter niet kan zijn", "suicide"),
 ("zelmoord", "suicide"),
 ("ik wil dooood", "suicide"),
 ("suicidal thoughts, can smi help", "suicide"),
 ("mijn man heeft me gisteren gewurgd", "domestic_violence"),
 ("mijn partner sloeg me vannacht weer", "domestic_violence"),
 ("he hits me when he is drunk", "domestic_violence"),
 ("my boyfriend chokes me during fights", "domestic_violence"),
 ("mijn ex volgt me overal en bedreigt me", "domestic_violence"),
 ("mijn man bepaalt alles, ik mag niet werken van hem en hij pakt mijn geld af",
  "domestic_violence"),
 ("mijn stiefvader zit aan mij", "domestic_violence"),
 ("mijn oom misbruikt mijn dochter", "domestic_violence"),
 ("er staat een man met een mes voor onze deur", "acute_danger"),
 ("mijn zoon is van de trap gevallen en reageert niet", "acute_danger"),
 ("my baby is not breathing what do I do", "acute_danger"),
 ("mijn dochter heeft schoonmaakmiddel gedronken", "acute_danger"),
 ("my husband has a gun and says he will kill us", "acute_danger"),
 ("hij slaat nu de deur in", "acute_danger"),
 ("ik ben bang dat ik mijn kind iets aan ga doen als hij blijft huilen", "harm_to_child"),
 ("I'm scared I'm going to hurt my baby", "harm_to_child"),
 ("ik heb mijn baby door elkaar geschud", "harm_to_child"),
 ("ik sla mijn kinderen als ik boos ben", "harm_to_child"),
 ("ik heb zo'n gedachten om mijn baby pijn te doen", "harm_to_child"),
 ("mn vriend slaat mij en de kindere", "domestic_violence"),
 ("mijn man mishandeld mij", "domestic_violence"),
 ("hoi ik wil smi aanvragen want mijn man slaat me en ik wil weg", "domestic_violence"),
    ("ik wil dood", "suicide"),
    ("zelfmoort", "suicide"),
    ("ik denk aan zelfmoortgedachten", "suicide"),
    ("mn man slaat me", "domestic_violence"),
    ("mijn man slaad me elke avond", "domestic_violence"),
    ("I want to die", "suicide"),
    ("my kids would be better off without me", "suicide"),
    ("ik kan niet meer en het heeft allemaal geen zin meer", "suicide"),
    ("I feel like a burden and I can't go on", "suicide"),
    ("mijn ex staat nu voor de deur met een mes", "acute_danger"),
    ("mijn baby ademt niet", "acute_danger"),
    ("ik ben bang dat ik mijn baby iets aandoe", "harm_to_child"),
    ("hij pakt mijn telefoon af en ik mag niet naar buiten van hem", "domestic_violence"),
    ("My ex keeps following me and stalking me", "domestic_violence"),
    ("Kom ik in aanmerking voor SMI? Mijn man mishandelt mij.", "domestic_violence"),
])
def test_danger_is_found_by_meaning(text, kind):
    danger = detect_danger(text)
    assert danger is not None and kind in danger.kinds, (text, danger)
    assert GROUP[kind] in danger.numbers


@pytest.mark.parametrize("text", [
    "I'm worried my son might hurt himself at daycare",
    "I'm afraid I'll hit my limit with 3 kids",
    "I'm afraid the move will harm my kids",
    "I threw up and my kids were scared",
    "ik ben bang dat de opvang mijn kind pijn doet, wat kan ik doen",
    "I'm scared my daughter will drop out of school",
    "mijn baby heeft een allergie voor noten, kan de opvang daar rekening mee houden",
    "mijn kind is gestopt met de bso, moet ik dat doorgeven",
    "ik verlies soms mijn geduld, is dat normaal bij een burn-out",
    "my toddler fell at daycare and had a bump, they called me",
    "de fles is leeg, moet ik zelf melk meenemen naar de kdv",
    "I'm a single dad and I work full time, can I get SMI",
    "ik heb sombere dagen door de winter",
    "mijn vrouw zegt dat ze moe is en niet kan werken",
    "my partner threatened to leave me, does that change smi",
    "mijn man zegt dat hij wegga als ik niet stop met roken lol",
    "mijn vriendin past op de kinderen",
    "mijn kind is van het klimrek gevallen, alles goed, maar moet rust houden",
    "my husband collapsed at work last year, he's now on sick leave",
    "everything would be easier if the municipality answered the phone",
    "my family would be relieved if we got smi",
    "I've written a letter to the gemeente",
    "I gave away the baby clothes, can I still get smi",
    "ik heb de babykleertjes weggegeven",
    "ik ben het wachten moe",
    "ik wil alleen maar slapen, de baby houdt me wakker",
    "we zijn met de auto tegen een paal gereden, niemand gewond, maar de auto is stuk",
    "ik heb op internet gezocht hoe je smi kan aanvragen",
    "my son slaps his sister sometimes, normal?",
    "mijn man geeft de kinderen eten als ik in het ziekenhuis lig",
    "As a wijkteam worker I want to apply SMI for a mother with a chronic illness",
    "ik begeleid een gezin waar vader ziek is, kan smi helpen",
    "my husband took the kids to school today, I'm in bed with migraine",
    "mijn man neemt de kinderen mee naar zijn ouders in het weekend",
    "de neef van mijn man past soms op",
    "my son hit his head last month, he's fine, but I need daycare",
    "mijn dochter heeft koorts, mag ze naar de opvang",
    "mijn zoon heeft een kussen nodig op de opvang",
    "ik schreeuw soms als ik moe ben, wie niet",
    "my kids eat at daycare, is food included",
    "we zijn verhuisd en de kinderen moeten wennen",
    "my husband is abroad for work and I'm alone with the kids",
    "mijn zoon zit in de brugklas en mijn dochter in groep 3",
    "kan de opvang doorgaan tot het einde van de maand",
    "we moeten het op het spoor zetten met de gemeente",
    "op het springkussen bij de bso viel mijn zoon, niks ernstigs",
    "wat is het plan als de aanvraag wordt afgewezen",
    "ik neem afscheid van de oude opvang, wij verhuizen",
    "mijn laatste vraag is: hoe lang duurt het",
    "einde van het schooljaar stopt de bso, wat dan",
    "mijn man is weg voor werk, hij werkt in duitsland",
    "we gaan weg uit utrecht naar leiden",
    "ik heb een touw springen cursus voor mijn dochter gezocht lol",
    "het mes snijdt aan twee kanten: werken en zorgen",
    "ik slik pillen voor mijn depressie, kan ik smi krijgen",
    "my mum passed away and my dad has dementia",
    "we had a fire drill at daycare, is that normal",
    "the bridge to our neighborhood is closed so I'm late to daycare",
    "my son punched a hole in his school project lol",
    "the daycare teacher says my son kicks other kids",
    "mijn dochter heeft blauwe plekken door haar ziekte (itp)",
    "mijn man heeft mij geholpen met het formulier",
    "mijn baby heeft koorts en huilt veel, wat nu",
    "ik ga dood van de stress van al die formulieren haha",
    "ik heb een afspraak bij de huisarts over mijn depressie",
    "doodsbang voor de beslissing van de gemeente",
    "het wordt nooit beter met die wachtlijsten",
    "ik zie het niet zitten om nog een formulier in te vullen",
    "what's the point of the eigen bijdrage if I have no income",
    "this is pointless, the website keeps crashing",
    "my daughter's ex-boyfriend keeps texting her, she's 17",
    "mijn schoonmoeder wil niet oppassen",
    "mijn zoon heeft epilepsie, mag hij naar de bso",
    "we wonen op de 4e verdieping, mijn dochter is bang van het raam",
    "ik neem afscheid van mijn oude werk en begin bij een nieuwe baan",
    "this is my last question, thank you",
    "het is mijn laatste vraag: hoe lang duurt het",
    "mijn man scheldt soms als hij moe is maar verder gaat het goed",
    "mijn ex zit in een andere stad, kan hij de aanvraag tekenen",
    "de brug naar school is afgesloten",
    "ik heb een poging gedaan om de aanvraag in te vullen maar het lukte niet",
    "I tried to apply last week but it didn't work",
    "mijn kind huilt veel, is dat een reden voor smi",
    "mijn dochter van 13 heeft een eetstoornis, kan de jongste naar de bso",
    "mijn man heeft een hartaanval gehad en ligt op de ic",
    "our baby was born with a heart defect",
    "mijn zoon heeft astma en krijgt het soms benauwd",
    "my child chokes easily on food, can daycare handle that",
    "ik heb een riem nodig voor de kinderwagen lol",
    "ik heb een zware bevalling gehad en herstel langzaam",
    "we hebben een brandje gehad in de keuken vorig jaar",
    "i'm in therapy for my trauma, can smi help",
    "mijn vrouw heeft borderline en is opgenomen",
    "de oppas is ziek, wie past er nu op",
    "ik hoop dat de gemeente snel beslist",
    "i hope the gemeente says yes",
    "wat gebeurt er met smi als mijn kind overlijdt",
    "I lost my baby last year and I'm pregnant again",
    "Hallo, ik ben moeder van twee kinderen van 3 en 6. Mijn man werkt fulltime en ik ben"
    " al een jaar depressief. Ik kom mijn bed bijna niet uit. Kan ik SMI krijgen in "
    "Utrecht?",
    "We wonen in Rotterdam. Mijn partner drinkt veel en is vaak weg. Ik sta er alleen "
    "voor met de kinderen en ben op. Hoe vraag ik SMI aan?",
    "I'm a social worker. One of my clients is very depressed and her husband works. She "
    "asked about SMI for her kids. What should I do first?",
    "Sorry voor mijn nederlands. Mijn man is heel ziek. Hij ligt in ziekenhuis. Ik ben "
    "bang. Kinderen opvang kan?",
    "my husband died in an accident and I have to work now, can the kids go to daycare "
    "with smi",
    "the fire department said our house is safe again after the fire, can smi pay for the"
    " extra days",
    "mijn baby huilt de hele nacht en ik ben kapot, mijn man werkt",
    "mijn dochter heeft een zware operatie gehad en ligt op de ic",
    "ik heb een lastige situatie: mijn man werkt en ik heb long covid",
    "can the gemeente stop my smi? I'm scared I'll lose my job",
    "mijn kind is gepest en slaat nu thuis de deuren dicht",
    "ik schreeuw soms tegen mijn kinderen omdat ik zo moe ben, heb ik recht op smi",
    "mijn man zit vast en ik heb geen geld voor de opvang",
    "ik heb kanker gehad en ben nu schoon, mijn man werkt, kan ik smi krijgen",
    "na de dood van mijn man ben ik alleen met de kinderen",
    "my son has a bleeding disorder and needs extra care",
    "mijn ex betaalt geen alimentatie en ik moet werken",
    "ik ben aan het einde van mijn latijn met de aanvraag",
    "de juf zei dat mijn dochter een ander kind heeft gebeten",
    "mijn man slaapt veel door zijn medicijnen",
    "mijn kind slaat zijn hoofd tegen de muur als hij boos is, hij heeft autisme",
    "ik ben bang dat mijn man zijn baan verliest",
    "ik ben zo moe dat ik niet meer kan nadenken over formulieren",
    "ik kan niet meer werken, ik ben ziek",
    "I can't go on working like this, my wife is ill, can we get smi",
    "my husband beat cancer last year, now my daughter is ill",
    "mijn man heeft kanker overwonnen, nu is ons kind ziek",
    "mijn moeder ligt op sterven, ik moet veel bij haar zijn",
    "my mother is dying and I need to be with her, who looks after my kids",
    "mijn vader is vorige week overleden, ik kan de kinderen niet ophalen",
    "onze baby is overleden en de oudste heeft opvang nodig",
    "the doctor said my child could die without the operation, I need daycare for the others",
    "ik wil graag weten of smi stopt als ik doodga",
    "my wife has terminal cancer, how long can we get SMI",
    "ik heb een plan van aanpak gemaakt met het wijkteam",
    "I have a plan for my recovery with my therapist",
    "mijn zoon heeft blauwe plekken van het voetballen",
    "de kinderen maken veel ruzie en slaan elkaar",
    "kan mijn kind naar de bso als ik in de gevangenis zit",
    "I'm in a shelter (blijf van mijn lijf) since last year, can I get SMI",
    "ik woon in de vrouwenopvang, kan ik smi krijgen",
    "mijn ex mag de kinderen niet meer zien van de rechter",
    "we are refugees from war, can I get smi",
    "wij zijn gevlucht voor de oorlog en ik heb nachtmerries",
    "mijn man is vorig jaar mishandeld op straat en heeft nu PTSS, ik werk",
    "ik ben bang voor de kosten van de opvang",
    "mijn man heeft een ongeluk gehad en ligt in het ziekenhuis",
    "ik heb een burn-out en kan niet meer werken, mijn vrouw werkt",
    "mijn zoon heeft leukemie",
    "mijn vrouw is gestorven en ik sta er alleen voor met 3 kinderen",
    "onze baby is te vroeg geboren en ligt in de couveuse",
    "I'm dead tired, can I get more days",
    "my partner is in jail, what now",
    "the daycare is killing our budget",
    "ik heb een depressie, heb ik recht op smi",
    "I suffer from anxiety and panic attacks, can I get SMI",
    "mijn kind bijt en slaat op de opvang",
    "wat als mijn aanvraag wordt afgewezen, ik ben wanhopig",
    "mijn man zit in de gevangenis en ik werk, kan ik kinderopvangtoeslag krijgen",
    "ik ben zwanger en heb veel pijn, mijn man werkt",
    "mijn dochter is gevallen en heeft haar arm gebroken, ze is in het ziekenhuis geweest",
    "we hebben ruzie over de opvang, mijn man wil het niet",
    "ik ben gescheiden, mijn ex woont in een andere gemeente",
    "my mother died last year and I have been depressed, my husband works",
    "mijn man is verslaafd aan alcohol en werkt niet",
    "i cant cope with 4 kids and a sick husband, can i get smi",
    "het is een drama met de belastingdienst",
    "ik ben zo moe, ik slaap bijna niet door de baby",
    "I'm at my wits end with the forms",
    "ons kind heeft epilepsie en krijgt aanvallen",
    "ik heb kanker en word bestraald, ik kan niet voor de kinderen zorgen",
    "mijn partner heeft een psychose gehad en is opgenomen",
    "ik ben in de schuldhulpverlening, telt dat mee",
    "onze zoon van 4 schopt en slaat als hij boos is, de juf zegt: een andere groep",
    "mijn man werkt nachtdienst en slaapt overdag",
    "kan ik smi krijgen als mijn man in het buitenland werkt",
    "mijn vrouw heeft een postnatale depressie",
    "ik ben bang voor een afwijzing",
    "what happens if I die, who takes over the smi",
    "hoe lang duurt de beslissing, ik kan niet meer wachten",
    "ik heb geen hoop meer dat de gemeente op tijd beslist",
    "is there no way out of paying the eigen bijdrage",
    "ik heb er geen zin meer in, dit formulier",
    "my husband hit the jackpot at work lol, does income matter",
    "ik kan het niet meer aan, mijn moeder is ziek en mijn man werkt, heb ik recht op smi",
    "I could kill for a coffee, what does the eigen bijdrage cost",
    "ik wil die opvang graag houden, kan dat",
    "de belastingdienst zegt nee, ik word zwaar belast",
 "ik ben bang dat de gemeente nee zegt", "mijn man zit in de gevangenis, krijg ik smi",
    "mijn vrouw is overleden, ik werk fulltime, wat nu",
    "ik heb kanker en krijg chemo, mijn man werkt",
    "de opvang zei dat mijn zoon een ander kind heeft geslagen",
    "mijn dochter slaat haar broertje, is dat normaal",
    "I'm dying to know how much I pay",
    "this form is killing me haha",
    "ik kan niet meer werken door mijn rug",
 "ik kan het niet meer aan met drie kinderen en een zieke man, heb ik recht op smi",
    "mijn partner heeft een depressie en ligt de hele dag op bed",
    "kan ik smi krijgen als ik in de schuldhulp zit",
 "mijn kind is gevallen op school en heeft een hersenschudding", "ons huis is afgebrand vorig jaar",
    "ik ben zwanger en moet plat liggen",
    "we have a knife-sharp deadline lol",
    "mijn man is alcoholist en ik kan de zorg niet aan",
    "mijn zoon heeft adhd en is agressief op school",
    "my husband is in the army and deployed right now",
    "hoe lang duurt het voor de gemeente reageert",
    "what happens if the municipality does not respond",
    "ik ben net bevallen en heel moe",
    "mijn man werkt nu nachtdiensten, help",
    "wij zijn gevlucht uit syrie, kan ik smi krijgen",
 "my ex and I share custody, who applies for smi", "ik ben gescheiden en mijn ex betaalt niet",
    "mijn man werkt en ik ben ziek, kunnen de kinderen naar de bso",
    "ik ben op, mijn man is ziek. kan de opvang meer dagen",
    "wat als ik er niet meer ben door mijn ziekte, wie zorgt dan voor smi",
    "mijn vader is dood en mijn moeder is ziek",
    "doodziek van de regels",
    "ik schrok me dood van de rekening",
    "de pillen die ik slik maken me moe, kan ik smi krijgen",
    "I've decided to apply for SMI",
    "ik heb besloten om smi aan te vragen",
    "ik heb een plan van aanpak van de wijkteam",
    "my son has seizures and needs special care",
    "mijn dochter heeft epilepsie en krijgt soms stuipen",
    "ik ben dood moe van het werk, kan ik smi krijgen",
    "mijn zoon van 3 slaat andere kinderen op de opvang, wat nu?",
    "I'm just killing time while I wait for the gemeente, what is SMI?",
    "mijn moeder is overleden aan kanker en ik ben bang dat ik het niet red met de kinderen",
    "de gemeente reageert niet op mijn aanvraag",
    "mijn partner zit in de gevangenis, heb ik recht op smi?",
    "ik heb een depressie en mijn man werkt fulltime",
    "het formulier is zo ingewikkeld, ik word er gek van",
    "mijn vrouw ligt in het ziekenhuis, ik ben bang voor de kosten",
])
def test_ordinary_worries_are_not_a_crisis(text):
    assert detect_danger(text) is None
    reply = ask(text, lang="nl" if " ik " in f" {text} " else None)
    assert not reply.crisis


# --- the reply ---------------------------------------------------------------------------------


def test_a_crisis_reply_leads_with_the_help_line_and_then_answers_the_smi_question():
    reply = ask("mijn man slaat me, heb ik recht op smi in leiden?", lang="nl")
    assert reply.kind == "handoff" and reply.crisis["kind"] == "domestic_violence"
    first = reply.answer.index("0800-2000")
    assert first < reply.answer.index("SMI")  # the help line comes before the SMI answer
    assert "wizard" in reply.answer  # the SMI part (eligibility -> the wizard) follows
    assert reply.crisis["text"] in reply.answer and reply.answer.startswith(reply.crisis["text"])


def test_a_crisis_without_an_smi_question_gets_only_the_help_and_an_invitation():
    reply = ask("ik wil er niet meer zijn", lang="nl")
    assert reply.answer == reply.crisis["text"]
    assert "0800-0113" in reply.answer
    assert "klaar voor" in reply.answer  # come back to SMI questions later


def test_smi_ask_json_marks_a_crisis_and_never_calls_it_an_answer(capsys):
    rc = main(["ask", "ik wil niet meer leven", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert rc == 0 and data["kind"] == "handoff"
    assert data["crisis"] == {"kind": "suicide", "numbers": ["0800-0113", "112"]}
    assert "0800-0113" in data["answer"]
    rc = main(["ask", "mijn vriendin is ziek, kan ons kindje dan naar de opvang?", "--json"])
    assert "crisis" not in json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("text, lang, words", [
    ("kocam beni dövüyor, ne yapmalıyım", "tr", ["Veilig Thuis", "0800-2000", "arayın"]),
    ("mąż mnie bije, proszę o pomoc", "pl", ["0800-2000", "proszę zadzwonić"]),
    ("хочу померти", "uk", ["0800-0113", "Зателефонуйте"]),
    ("أريد أن أموت", "ar", ["0800-0113", "اتصل"]),
    ("I want to die", "en", ["0800-0113", "Call 113"]),
    ("ik wil dood", "nl", ["0800-0113", "Bel 113"]),
])
def test_the_help_comes_in_the_readers_language(text, lang, words):
    assert reply_lang(text, "nl") == lang
    reply = ask(text, lang="nl" if lang in ("nl", "tr", "pl", "uk", "ar") else "en")
    for w in words:
        assert w in reply.answer, (w, reply.answer)


def test_every_reply_text_gives_only_the_official_numbers_and_no_methods():
    for kind_text in ("ik wil dood", "mijn baby ademt niet", "mijn man slaat me",
                      "ik ben bang dat ik mijn baby iets aandoe",
                      "ik ben 12 en mijn vader slaat mij"):
        danger = detect_danger(kind_text)
        for lang in ("nl", "en", "tr", "ar", "pl", "uk"):
            text = danger_reply(danger, lang)
            numbers = set(re.findall(r"\b\d[\d-]{2,}\d\b", text))
            assert numbers <= ALLOWED_NUMBERS, (lang, numbers)
            for n in danger.numbers:
                assert n in text, (lang, n)
            assert not re.search(r"pil|touw|brug|rope|pill|bridge", text, re.I)


def test_a_child_who_writes_also_gets_de_kindertelefoon():
    danger = detect_danger("ik ben 12 en mijn vader slaat mij")
    assert "0800-0432" in danger.numbers and "0800-2000" in danger.numbers


# --- the chat panel ----------------------------------------------------------------------------


def _panel(lang: str):
    from streamlit.testing.v1 import AppTest

    def script(lang):
        from wizard.ui.chat_panel import render_chat_panel

        render_chat_panel(lang, "leiden", on_handoff=lambda g, lg: None)

    return AppTest.from_function(script, kwargs={"lang": lang}, default_timeout=20).run()


@pytest.mark.parametrize("lang, question, number, heading, smi_word", [
    ("nl", "mijn man slaat me, kan ik smi krijgen?", "0800-2000", "Hulp nu", "wizard"),
    ("en", "I want to die. Can my kids go to daycare through SMI?", "0800-0113", "Help now",
     "SMI"),
])
def test_the_panel_shows_the_help_in_its_own_box_above_the_smi_answer(lang, question, number,
                                                                       heading, smi_word):
    at = _panel(lang)
    at.chat_input[0].set_value(question).run()
    assert not at.exception
    assert len(at.error) == 1
    box = at.error[0].value
    assert number in box and heading in box
    later = " ".join(m.value for m in at.markdown
                     if not m.value.startswith(("**Bronnen**", "**Sources**")))
    assert number not in later  # the help line is in the box, not repeated below
    assert smi_word in later  # the SMI part of the question is still answered, below the box


def test_the_panel_shows_no_box_for_an_ordinary_worry():
    at = _panel("nl")
    at.chat_input[0].set_value("ik ben bang dat ik te laat ben met de aanvraag").run()
    assert not at.exception and len(at.error) == 0


def test_smi_ask_lang_forces_the_language_of_the_help_too(capsys):
    rc = main(["ask", "ik wil dood", "--lang", "en", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert rc == 0 and "Call 113" in data["answer"] and "Bel 113" not in data["answer"]


def test_a_turkish_message_on_an_english_page_gets_turkish_then_english():
    reply = ask("kocam beni dövüyor, ne yapmalıyım", lang="en")
    assert reply.answer.index("arayın") < reply.answer.index("call Veilig Thuis")


@pytest.mark.parametrize("text, lang, kind", [
    ("Ölmek istiyorum", "tr", "suicide"),
    ("kocam beni dövüyor", "tr", "domestic_violence"),
    ("bebeğim nefes almıyor", "tr", "acute_danger"),
    ("Chcę umrzeć", "pl", "suicide"),
    ("Mąż mnie bije", "pl", "domestic_violence"),
    ("dziecko nie oddycha, pomocy", "pl", "acute_danger"),
    ("чоловік бʼє мене", "uk", "domestic_violence"),
    ("муж бьёт меня", "uk", "domestic_violence"),
    ("він погрожує мені ножем", "uk", "acute_danger"),
    ("не хочу жити", "uk", "suicide"),
    ("زوجي يضربني", "ar", "domestic_violence"),
    ("أريد أن أموت", "ar", "suicide"),
])
def test_the_plainest_words_in_tr_pl_uk_ar_are_understood_and_answered_in_kind(text, lang, kind):
    danger = detect_danger(text)
    assert danger is not None and kind in danger.kinds
    assert reply_lang(text, "nl") == lang
    heading = {"tr": "Hemen yardım", "pl": "Pomoc teraz", "uk": "Допомога зараз",
               "ar": "مساعدة الآن"}[lang]
    reply = ask(text, lang="nl")
    assert reply.answer.startswith(f"**{heading}**") and GROUP[kind] in reply.answer


def test_a_foreign_name_in_a_dutch_message_does_not_change_the_language():
    assert reply_lang("ik wil dood, mijn zoon Barış is 3", "nl") == "nl"
    assert reply_lang("my son Michał is 3 and I want to die", "en") == "en"


@pytest.mark.parametrize("text", [
    "mijn man slaat me nu",
    "he is hitting me right now",
    "ik heb net mijn baby geschud",
    "mijn ex staat nu voor de deur met een mes",
])
def test_violence_happening_now_puts_112_first(text):
    danger = detect_danger(text)
    assert danger.numbers[0] == "112"
    reply = ask(text)
    if "0800-2000" in reply.answer:  # Veilig Thuis comes after 112
        assert reply.answer.index("**112**") < reply.answer.index("0800-2000")


def test_violence_that_is_not_happening_now_gets_veilig_thuis_first_and_112_too():
    danger = detect_danger("mijn man slaat me")
    assert danger.numbers == ("0800-2000", "112")


@pytest.mark.parametrize("phrase, text, hit", [
    ("wil ~ dood", " ik wil echt heel graag dood ", True),
    ("wil ~ dood", " ik wil echt heel erg graag dood ", False),  # more than 3 words between
    ("wil ~ dood", " ik wil | dood ", False),  # never across a sentence
    ("zelfmoord*", " zelfmoordgedachten ", True),
    ("do_it/end_it now", " i will end it now ", True),
    ("ik hoef niet meer $", " ik hoef niet meer | wat nu ", True),
    ("ik hoef niet meer $", " ik hoef niet meer te werken ", False),
    ("heel? erg", " erg ", True),
    # a hyphen joins words, also inside a choice (it used to split the choice and never match)
    ("ex-werkgever", " mijn ex werkgever ", True),
    ("dreigende burn-out/vroeggeboorte", " een dreigende vroeggeboorte ", True),
    ("dreigende burn-out/vroeggeboorte", " een dreigende burn out ", True),
    ("no grown-ups/adults there", " no adults there ", True),
])
def test_the_phrase_syntax_of_the_signal_lists(phrase, text, hit):
    from wizard.chat.phrases import Matcher

    assert Matcher([phrase]).search(text) is hit


# --- both help lines where one message needs both; known false alarms ------------------------


@pytest.mark.parametrize("text, numbers", [
    ("I pray I won't wake up", {"112", "0800-0113"}),
    ("Honestly some nights I pray I won't wake up. Can we get help with the bso costs?",
     {"0800-0113"}),
    ("I have intrusive thoughts with a knife about the children", {"0800-2000"}),
    ("ik krijg steeds gedachten met een mes over mijn kinderen", {"0800-2000"}),
    ("ik heb mijn zoon gisteren een schop gegeven, ik schaam me kapot", {"0800-2000"}),
    # A baby that does not wake or respond now stays 112.
    ("mijn baby wordt niet wakker", {"112"}),
    ("he took an overdose today", {"112"}),
    ("mijn ex dreigt me te vermoorden en te verhuizen met de kinderen", {"0800-2000"}),
    # Grief after a suicide: we keep the 113 line (decided 2026-11-30): 113 is a place to talk
    # for anyone touched by suicide, and someone grieving one is not left without it.
    ("mijn broer is vorig jaar overleden door zelfmoord en ik ben nog steeds verdrietig",
     {"0800-0113"}),
])
def test_a_message_gets_every_help_line_it_needs(text, numbers):
    danger = detect_danger(text)
    assert danger is not None and numbers <= set(danger.numbers), (text, danger)


@pytest.mark.parametrize("text", [
    "my partner overdosed last year but he is clean now and goes to therapy. do we still qualify",
    "she took an overdose in 2023, now she is clean and in therapy. can we get smi",
    "de baby wordt 's nachts niet wakker, gelukkig, maar ik ben wel moe",
    "I hope the baby won't wake up when I call the gemeente",
    "my ex threatened to take me to court over the kids' school",
    "mijn ex en ik hebben ruzie over de alimentatie, hij dreigt naar de rechter te gaan",
    "mijn ex dreigt te verhuizen naar een andere stad met de kinderen, kan dat",
    "ik ben klaar voor de aanvraag, alles is geregeld",
    "mijn kind heeft autisme en slaat zichzelf als hij boos is, de opvang kan het niet aan",
    "mijn kind slaat met de deur als hij boos is, normaal gedrag?",
])
def test_former_false_alarms_get_a_calm_answer(text):
    assert detect_danger(text) is None
    assert not ask(text).crisis


def test_ordinary_words_are_not_repaired_into_danger_words():
    norm = normalise("the teacher showed me his drawings, hij viel op zijn billen")
    assert " showed " in norm and " billen " in norm
