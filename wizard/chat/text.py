"""Text normalisation for chat retrieval: lower-casing, accents, common spellings and synonyms,
compound heads, stop words (Dutch keeps "niet"/"geen", English keeps "no"/"not") and Snowball
stemming per language. Corpus and query go through exactly the same steps."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import Stemmer

from wizard.chat import gated_re as gre
from wizard.chat.per_message import remembered


def any_of(*patterns: str) -> re.Pattern[str]:
    """One pattern matching any of the given ones (each kept whole by its own group)."""
    return gre.compile("|".join(f"(?:{p})" for p in patterns))


# Voice typing that spells its punctuation out ("... uit punt mijn playstation ... komma die ...
# vraagteken"). Two or more such words, one of them a mark no sentence needs as a word ("komma",
# "vraagteken", "question mark"), mean a dictated message: the words are its sentence marks. One
# "punt" or "period" alone is a word ("een punt achter", "a period of six months").
_SPOKEN_MARK = re.compile(r"\s*\b(punt|komma|vraagteken|uitroepteken|full\s+stop|period|comma|"
                          r"question\s+mark|exclamation\s+mark)\b", re.IGNORECASE)
_SPOKEN_ONLY = re.compile(r"\b(komma|vraagteken|uitroepteken|comma|question\s+mark|"
                          r"exclamation\s+mark)\b", re.IGNORECASE)
_MARK = {"punt": ".", "komma": ",", "vraagteken": "?", "uitroepteken": "!", "full stop": ".",
         "period": ".", "comma": ",", "question mark": "?", "exclamation mark": "!"}


def undictated(text: str) -> str:
    """The message with spoken punctuation written as marks, when it was dictated (see above)."""
    if len(_SPOKEN_MARK.findall(text)) < 2 or not _SPOKEN_ONLY.search(text):
        return text
    return _SPOKEN_MARK.sub(lambda m: _MARK[" ".join(m.group(1).lower().split())], text)


# Phrase-level rewrites, applied to normalised text (lower case, no accents).
_PHRASES: list[tuple[str, str]] = [
    (r"\bs\s?\.\s?m\s?\.\s?i\b\.?", " smi "),
    (r"\bsociaal[\s-]*medische?\s+indicatie\b", " smi "),
    (r"\bsocial[\s-]*medical\s+indication\b", " smi "),
    (r"\bbuiten\s*schoolse\s+opvang\b|\bnaschoolse\s+opvang\b", " bso "),
    (r"\bafter[\s-]*school(\s+care|\s+club)?\b|\bout[\s-]of[\s-]school\s+care\b", " bso "),
    # (spelt by ear too: "kinderopvang toeslach", "toeslag" with ch/gh/k at the end)
    (r"\bkinder\s*opvang\s*toesla(?:g|ch|gh|k)\b", " kot "),
    (r"\bchild\s*care\s+(benefit|allowance)\b|\bchildcare\s+(benefit|allowance)\b", " kot "),
    (r"\bday\s*care\b|\bchild\s*care\b|\bnursery\b", " childcare "),
    (r"\bburn[\s-]+out\b", " burnout "),
    (r"\bin\s+plaats\s+van\b|\bipv\b|\bi\.p\.v\.?|\binstead(?:\s+of)?\b", " plaats "),
    (r"\bm'n\b|\bmn\b", " mijn "),
    (r"\bau[\s-]?pairs?\b", " oppas "),
    # groep 1-2 is school in the Netherlands; an American "preschool" is peuteropvang
    (r"\bkindergarten\b|\bkleuter(?:klas|school)\b", " school "),
    (r"\bpre[\s-]?school\b|\bpre[\s-]?k\b", " peuteropvang "),
    (r"\b(?:do|does|did)\s*(?:n[o']?t|no)\s+agree\b|\bdisagrees?\b", " disagree "),
    (r"\bz'n\b", " zijn "),
    (r"\bd'r\b", " haar "),
    (r"\bwet\s+langdurige\s+zorg\b|\blong[\s-]term\s+care\s+act\b", " wlz "),
    (r"\bvoorschoolse\s+educatie\b|\bvve\b|\bv\.v\.e\b", " ve "),
    (r"\beigen\s+bijdrage\b|\bouder\s*bijdrage\b|\bown\s+contribution\b", " bijdrage "),
    (r"\b(parent'?s?|parental)\s+(contribution|fee|share)\b", " bijdrage "),
    (r"\bdienst\s+toeslagen\b", " belastingdienst "),
    (r"\bconsultatie\s+bureau\b", " consultatiebureau "),
    (r"\bhoelang\b", " hoe lang "),
    (r"\bniet\s+mee\s+eens\b", " niet eens "),
    # Dutch separable verb: "waar vraag ik smi aan" = aanvragen
    (r"\b(vraag|vraagt|vragen)\b(?=[^.?!]*\baan\b)", r" \1 aanvragen "),
    (r"\btax\s+(office|administration|authority|authorities)\b|\bfinanzamt\b", " belastingdienst "),
    # A trip ("op vakantie naar Spanje", "going on holiday") is not the school holidays, when
    # the BSO runs full days: the trip gets its own word, so it does not find the BSO item.
    (r"\b(?:op|on)\s+(?:vakantie|holiday|vacation)\b", " reis "),
    (r"\b(?:school|zomer|herfst|kerst|voorjaars|mei|krokus|summer|autumn|fall|christmas|spring|"
     r"easter|may)[\s-]*(?:vakanties?|holidays?|vacations?|break)\b|\bhalf[\s-]?term(?:\s+break)?\b|"
     r"\bvakanties?\b|\bholidays?\b|\bvacations?\b", " schoolvakantie "),
    # A place at the opvang: a waiting list, "vol", "no spot" (content/faq/06-praktisch.toml)
    (r"\bwait(?:ing)?[\s-]*lists?\b|\bwachtlijsten\b|\bwachtlijst\b|\bvolgeboekt\b|\bfully\s+booked\b|"
     r"\b(?:is|are|zit|zitten|was|were)\s+(?:helemaal\s+|all\s+|completely\s+)?(?:vol|full)\b|"
     r"\bno\s+(?:free\s+|open\s+)?(?:places?|spots?|space|openings?|vacanc(?:y|ies))\b|"
     r"\bgeen\s+(?:vrije\s+)?(?:plek|plekken|plaats|plaatsen|ruimte)\b", " wachtlijst "),
    # "Does SMI pay everything?": the whole bill, all the costs (the own contribution answers)
    (r"\b(?:the\s+)?(?:entire|whole|full|total|complete)\s+(?:nursery\s+|daycare\s+|childcare\s+)?"
     r"(?:bill|invoice|costs?|amount|fee|price)\b|\b(?:all\s+(?:of\s+)?the\s+costs?)\b|"
     r"\b(?:cover|pay)\s+(?:it\s+all|everything|all\s+of\s+it)\b|"
     r"\b(?:hele|volledige|totale|complete)\s+(?:rekening|factuur|kosten|bedrag)\b|\balle\s+kosten\b|"
     r"\balles\s+(?:betalen|betaald|vergoed\w*|vergoeden)\b|\b(?:betaalt|vergoedt)\s+(?:\w+\s+){0,3}alles\b",
     " allekosten "),
    # Other toeslagen by their English names; before "allowance"/"benefit" become KOT below
    (r"\brent(?:al)?\s+(?:allowance|benefit|subsidy)\b|\bhousing\s+(?:benefit|allowance)\b|"
     r"\bhuur\s*toeslag\b", " huurtoeslag "),
    (r"\bhealth\s*care\s+(?:allowance|benefit)\b|\bhealth\s+insurance\s+(?:allowance|benefit)\b|"
     r"\bzorg\s*toeslag\b", " zorgtoeslag "),
    # Residence: a permit, a status holder, "no papers" (the paperwork sense of "papieren" stays)
    (r"\bresiden(?:ce|cy)\s+(?:permit|card|status|rights?)\b|\bverblijfs\s*(?:vergunning|status|"
     r"document|recht)\w*|\bimmigration\s+status\b|\bstatus\s*hou?lders?\b|\bstatushouders?\b|"
     r"\bundocumented\b|\b(?:no|without)\s+(?:legal\s+)?papers\b|\b(?:geen|zonder)\s+papieren\b|"
     r"\blegal(?:ly)?\s+(?:residence|resident|stay)\b|\brechtmatig\s+verblijf\b|\bvisas?\b|"
     r"\bnationalit(?:y|ies|eit)\b",
     " verblijfsvergunning "),
    (r"\b(?:asylum|asiel)(?:\s*seekers?|\s*zoekers?)?\b|\brefugees?\b|\bvluchtelingen\b|\bazc\b",
     " vluchteling "),
    # Tax: income tax, a tax return, taxable
    (r"\binkomsten\s*belasting\b|\bincome\s+tax\b|\btax(?:ed|able|es)?\b|\bbelastbaar\b",
     " belasting "),
    (r"\b(?:tax|belasting)\s*(?:return|aangifte|form)\b|\bbelastingaangifte\b",
     " belasting aangifte "),
]
_PHRASE_RES = [(gre.compile(p), r) for p, r in _PHRASES]

# Token-level synonyms: one spelling -> the canonical token (before stemming).
SYNONYMS: dict[str, str] = {
    "kdv": "kinderdagverblijf", "creche": "kinderdagverblijf", "kita": "kinderdagverblijf",
    "kinderopvangtoeslag": "kot", "toeslag": "kot", "toeslagen": "kot", "toeslach": "kot",
    "allowance": "kot", "benefit": "kot",
    "municipality": "gemeente", "council": "gemeente", "gemeinde": "gemeente",
    "municipalities": "gemeente", "gemeenten": "gemeente", "councils": "gemeente",
    "kommune": "gemeente", "komune": "gemeente", "kommun": "gemeente", "municipal": "gemeente",
    "huisarts": "arts", "dokter": "arts", "doctor": "arts", "doctors": "arts", "gp": "arts",
    "kids": "kind", "kid": "kind", "children": "kind", "childs": "kind", "child": "kind",
    "kinderen": "kind", "kindje": "kind", "kindjes": "kind", "kinders": "kind",
    "zoontje": "zoon", "dochtertje": "dochter",
    "daycare": "opvang", "childcare": "opvang", "kinderopvang": "opvang",
    "krank": "ziek", "sick": "ziek", "ill": "ziek", "zieke": "ziek", "illness": "ziekte",
    "detention": "detentie", "prison": "detentie", "detained": "detentie",
    "wife": "partner", "husband": "partner", "vrouw": "partner", "man": "partner",
    "vriendin": "partner", "vriend": "partner", "girlfriend": "partner", "boyfriend": "partner",
    "consultatiebureau": "consultatiebureau",
    "peuterspeelzaal": "peuteropvang", "playgroup": "peuteropvang",
    "ontwikkelingsachterstand": "ontwikkeling",
    "salaris": "inkomen", "verdienen": "inkomen", "verdien": "inkomen", "loon": "inkomen",
    "earn": "inkomen", "salary": "inkomen", "wages": "inkomen", "income": "inkomen",
    "spaargeld": "vermogen", "spaarrekening": "vermogen", "savings": "vermogen",
    "wealth": "vermogen", "assets": "vermogen",
    "jail": "detentie", "gevangenis": "detentie", "gedetineerd": "detentie",
    "mortgage": "house", "koophuis": "huis",
    "bezwaarschrift": "bezwaar", "klacht": "klacht", "complain": "complaint",
    "klagen": "klacht", "klaag": "klacht", "klaagt": "klacht",
    "smi's": "smi",
    # where people live: "moving to another town" is a change of gemeente
    "town": "gemeente", "city": "gemeente", "village": "gemeente", "woonplaats": "gemeente",
    "stad": "gemeente", "dorp": "gemeente",
    "adhd": "development", "autism": "development", "autistic": "development",
    "autisme": "ontwikkeling",
    "delay": "development", "delays": "development", "delayed": "development",
    # physical rehabilitation after an accident or a stroke (revalidatie) is not addiction rehab
    "rehabilitation": "revalidatie", "revalidatiecentrum": "revalidatie",
    "revalideren": "revalidatie", "revalideert": "revalidatie",
    # getting the papers ready before the form
    "ready": "prepare", "gather": "prepare", "collect": "prepare", "prepared": "prepare",
    "preparing": "prepare", "preparation": "prepare",
    "klaarleggen": "voorbereiden", "klaarhebben": "voorbereiden", "verzamelen": "voorbereiden",
    "voorbereiding": "voorbereiden", "klaarliggen": "voorbereiden",
    # things getting better during SMI: a change to report
    "improve": "better", "improves": "better", "improved": "better", "improving": "better",
    "verbetert": "beter", "verbeterd": "beter", "verbeteren": "beter", "verbetering": "beter",
    "nanny": "oppas", "babysitter": "oppas", "au-pair": "oppas", "oppasser": "oppas",
}

# Compound heads: "gastouderopvang" -> also "gastouder" + "opvang" (Dutch compounds).
_HEADS = ("opvang", "verblijf", "toeslag", "indicatie", "bijdrage", "aanvraag", "formulier",
          "termijn", "tabel", "arts", "zorg", "inkomen", "school", "grens")

STOP_NL = frozenset("""
de het een en van in op te dat die dit is zijn was er aan met als voor bij ook tot om of
dan door naar nog wel al uit over maar hun wat zo wie hoe waar waarom wanneer welke welk
ik mij me mijn je jij jou jouw u uw we wij ons onze zij ze hij hem haar zijn hen hun
men zich heb hebt heeft hebben had kan kun kunt kunnen mag moet moeten zal zou zouden
wil wilt willen word wordt worden ben bent is zijn waren deze dus toch even echt
eigenlijk precies heel erg zeer ja hallo hoi hey beste graag alstublieft aub pls please
iets ergens hier daar daarom omdat want als dus ook maar nu dan zo meer
klopt klop zit zitten zei zeiden zeggen zegt gehoord hoorde
meestal gewoonlijk doorgaans ongeveer ongeveer circa ruwweg zowat sinds allemaal
leg uitleggen vertel vertellen
""".split()) - {"niet", "geen", "nee"}

STOP_EN = frozenset("""
a an the and or of in on at to for from by with about as is are was were be been being
am do does did have has had i me my mine you your yours we our us they them their he him
his she her it its this that these those there here what which who whom whose how why
when where can could will would shall should may might must just also so then than too
very really please hi hello hey thanks thank ok okay if but because into out up down
get got some any im i'm ive i've dont don't
whats hows wheres whos thats theres cant wont doesnt isnt didnt wanna gonna gotta
usually usual normally normal typically generally actually exactly basically go goes going went
roughly approximately approx around since says said true
kindly dear sir madam regards pls plz thx
explain tell guide advise
still already yet now anyway something anything want wants wanted heard hear
""".split()) - {"no", "not", "never"}

_STEMMERS = {"nl": "dutch", "en": "english"}
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


@remembered  # the same message and its parts are read by retrieval, intents and asks
def normalise(text: str) -> str:
    """Lower case, accents removed, common spellings rewritten."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace("`", "'")
    for pattern, repl in _PHRASE_RES:
        text = pattern.sub(repl, text)
    return text


def words(text: str) -> list[str]:
    """Normalised words, with synonyms applied and no stop-word removal."""
    return list(_words(text))


@remembered
def _words(text: str) -> tuple[str, ...]:
    out = []
    for w in _WORD.findall(normalise(text)):
        w = w.removesuffix("'s")
        out.append(SYNONYMS.get(w, w))
    return tuple(out)


@lru_cache(maxsize=4)
def _stemmer(lang: str) -> Stemmer.Stemmer:
    return Stemmer.Stemmer(_STEMMERS[lang])


def _split_compound(word: str) -> list[str]:
    for head in _HEADS:
        if word.endswith(head) and len(word) >= len(head) + 3:
            return [word, head]
    return [word]


# In English text a Dutch name of ordinary day care ("kdv", "creche", "kinderdagverblijf") means
# childcare in general: the English FAQ spells it out only in the medical day nursery item, so
# as a rare word it pulled every expat's "kinderdagverblijf" to that item.
_EN_PLAIN_CARE = frozenset({"kinderdagverblijf", "dagopvang", "kinderopvang"})


def content_words(text: str, lang: str) -> list[str]:
    """Words without stop words (of both supported languages) and with compounds split."""
    return list(_content_words(text, lang))


@remembered
def _content_words(text: str, lang: str) -> tuple[str, ...]:
    stop = STOP_NL | STOP_EN
    out: list[str] = []
    for w in words(text):
        if w in stop or len(w) < 2 and not w.isdigit():
            continue
        if lang == "en" and w in _EN_PLAIN_CARE:
            w = "opvang"
        out.extend(_split_compound(w) if lang == "nl" else [w])
    return tuple(out)


def stem_all(ws: list[str], lang: str) -> list[str]:
    return _stemmer(lang).stemWords(ws)


def tokens(text: str, lang: str) -> list[str]:
    """The retrieval tokens of a text: content words, stemmed with the language's stemmer."""
    return stem_all(content_words(text, lang), lang)


# Courtesy around a question: a salutation, a closing with a name, "I have a question", "thanks in
# advance". It carries no topic, yet in a short letter it is most of the words, so the request
# itself scored too low and the chat said it was not sure. Only the whole courtesy phrase goes.
_GREETING = re.compile(
    r"^\s*(?:(?:geachte|dear)\b[^\n,:;!?]{0,60}[,:;!\n]"
    r"|(?:beste|lieve|hallo|hello|hoi|hey|hi|hiya|goedemorgen|goedemiddag|goedenavond|goedendag|"
    r"dag|good\s+(?:morning|afternoon|evening|day)|greetings|to\s+whom\s+it\s+may\s+concern)"
    r"(?:\s+(?:heer|mevrouw|meneer|sir|madam|team|gemeente|medewerker|daar|there|all|allemaal|"
    r"allen|iedereen|everyone)(?:\s*/\s*\w+)?(?:\s+(?:or|of|en|and)\s+\w+)?)?\s*[,:;!.\n]+"
    # a bare "hoi", "hi there" without a comma before the question
    r"|(?:hallo|hello|hoi|hey|hi|hiya)(?:\s+(?:daar|there|all|allemaal))?\s+(?=\w))",
    re.IGNORECASE)
_FILLER = re.compile(
    r"(?:^|(?<=[.!?\n]))\s*(?:(?:ik\s+heb|wij\s+hebben|we\s+hebben|i\s+have|i'?ve\s+got|we\s+have)\s+"
    r"(?:een|a|één|one)\s+(?:korte\s+|short\s+|quick\s+|kleine\s+|small\s+)?(?:vraag|vraagje|"
    r"question)|(?:ik\s+hoop|i\s+hope)\s+(?:dat\s+)?(?:u|jij|je|you)\s+(?:mij\s+|me\s+)?"
    r"(?:kunt\s+|kan\s+|can\s+)?(?:helpen|help)(?:\s+me)?|(?:alvast\s+)?(?:bedankt|dank\s+(?:u|je)(?:\s+wel)?)"
    r"(?:\s+(?:alvast|voor\s+uw\s+hulp|voor\s+de\s+moeite))?|(?:many\s+)?thanks?(?:\s+you)?"
    r"(?:\s+(?:in\s+advance|for\s+your\s+help|so\s+much|a\s+lot))?)\s*(?:[.!:]+|$|(?=\n))",
    re.IGNORECASE)
_NAME = r"(?:\s*\n?\s*[A-ZÀ-Þ][\w.'-]*){0,4}"
_CLOSING = re.compile(
    r"(?:^|(?<=[\s,.!?]))(?:(?:met\s+)?(?:vriendelijke|hartelijke|beleefde)\s+groet(?:en)?|"
    r"(?:met\s+)?groet(?:en|jes)?|mvg|m\.v\.g\.?|(?:kind|best|warm|warmest)\s+regards|regards|"
    r"best\s+wishes|yours\s+(?:sincerely|faithfully|truly)|sincerely|cheers|"
    r"(?:alvast\s+)?(?:bedankt|dank\s+(?:u|je)\s+wel)(?:\s+alvast)?|(?:many\s+)?thanks?(?:\s+you)?"
    r"(?:\s+in\s+advance)?)\s*[,.!]*" + _NAME + r"[\s.!]*$",
    re.IGNORECASE)


def strip_courtesy(text: str) -> str:
    """The message without a leading salutation, a closing (with the name after it) and courtesy
    sentences such as "ik heb een vraag" or "thanks in advance". A message that is nothing but
    courtesy is returned as it was (a greeting is answered as a greeting)."""
    out = _GREETING.sub("", text, count=1)
    out = _CLOSING.sub("", out, count=1)
    out = _FILLER.sub(" ", out)
    out = re.sub(r"\s{2,}", " ", out).strip().strip(",;").strip()
    return out if len(re.findall(r"\w+", out)) >= 2 else text


# A message of courtesy only ("Hoi", "Bedankt!", "Thanks, that helps", "is anyone there?").
_COURTESY_WORD = (
    r"hoi|hallo|hello|hi|hey|hiya|goedemorgen|goedemiddag|goedenavond|goedendag|dag|good\s+(?:morning|"
    r"afternoon|evening|day)|bedankt|dank\s+(?:u|je|jullie)(?:\s+wel)?|(?:many\s+)?thanks?(?:\s+you)?"
    r"(?:\s+(?:so\s+much|a\s+lot|very\s+much))?|merci|top|super|fijn|prima|oke|oké|okay|ok|great|perfect|"
    r"duidelijk|clear|that\s+helps|dat\s+helpt|(?:is\s+)?(?:anyone|anybody|someone|iemand)\s+(?:there|daar|"
    r"aanwezig)|are\s+you\s+there|ben\s+(?:je|jij|u)\s+(?:daar|er)|met\s+vriendelijke\s+groet(?:en)?|groetjes|"
    r"groeten|mvg|kind\s+regards|regards|cheers|tot\s+ziens|doei|bye|goodbye"
)
_ONLY_COURTESY = re.compile(rf"^\W*(?:(?:{_COURTESY_WORD})\b[\s,.!?:;-]*)+$", re.IGNORECASE)


_THANKS = re.compile(r"\b(bedankt|dank|thanks?|merci|helps|helpt|duidelijk|clear|great|perfect|top|"
                     r"super|fijn|prima|groet\w*|regards|cheers|ziens|doei|bye|goodbye|mvg)\b",
                     re.IGNORECASE)


def only_courtesy(text: str) -> str | None:
    """Nothing but a greeting ("hello") or thanks and a closing ("thanks"): there is no question
    to answer yet. None when the message says more."""
    if not _ONLY_COURTESY.match(text.strip()):
        return None
    return "thanks" if _THANKS.search(text) else "greeting"
