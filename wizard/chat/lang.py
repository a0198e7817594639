"""Which language a question is in, from distinctive function words (no models, no downloads).
Returns "nl", "en", "mixed" (Dutch and English together) or another code ("de", "fr", ...)."""

from __future__ import annotations

import unicodedata

from wizard.chat import gated_re as gre

# Distinctive words only: words shared between languages ("de", "in", "is", "die") are left out.
_WORDS: dict[str, frozenset[str]] = {
    "nl": frozenset("""het een en van ik je jij u uw mijn wij we ons onze niet geen wat hoe
        waarom wanneer welke kan kun kunt mag moet krijg krijgen heb hebt heeft zijn ben bent
        ook nog naar voor bij met maar dan als dat dit deze wordt worden zou zouden mijn mn
        kindje kinderen kind opvang gemeente aanvragen betalen hoeveel hoelang ziek vriendin
        zoon dochter vrouw man werk werken graag alleen wel welk waar tot om er zo heel
        zit zitten gaat gaan komt komen hij zij ze verdien verdienen maand uur uren kost
        netto bruto inkomen uurprijs dagen jaar week kinderdagverblijf gastouder ouders
        nu ff effe aub alsjeblieft alstublieft bedankt hoi formulier aanvraag""".split()),
    "en": frozenset("""the a an and i you my your we our not no what how why when which
        can could may must get got have has are am do does did will would should it this
        that these with but than if for to from my child children kids daycare childcare pay
        municipality council sick ill wife husband girlfriend work working only also where
        who much many long be been there they them their me hours month year earn
        income week days parents or family need because after before any anyone someone
        nursery holidays benefit allowance apply please just still
        now pls plz thx thanks asap want wanna know tell give take about start application
        form kindly advise regards""".split()),
    "de": frozenset("""der die das und ist nicht ich mein meine kann wenn wer wie was oder
        bin sind mit fur auf ein eine einen zu bezahlt krank kind kinder gemeinde""".split()),
    "fr": frozenset("""le la les et est ne pas je mon ma mes un une des pour avec quel quelle
        qui que fait il elle aujourd hui enfant creche ou""".split()),
    "es": frozenset("""el la los las y es no yo mi mis un una para con que me puedes puede
        buen bueno este esta sabado donde como por hijo hija guarderia""".split()),
    "pl": frozenset("""jest nie i w na ze sie moje moj dziecko czy jak co do""".split()),
    "tr": frozenset("""ve bir bu ne icin cocuk benim mi mu var yok nasil""".split()),
    "it": frozenset("""il lo la gli e non io mio mia un una per con che come sono
                       bambino""".split()),
}
_WORD = gre.compile(r"[a-z]+")


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def detect(text: str, hint: str | None = None) -> str:
    """The language of `text`. `hint` (the UI language) breaks ties and decides short texts."""
    if gre.search(r"[\u0600-\u06ff]", text):
        return "ar"
    if gre.search(r"[\u0400-\u04ff]", text):
        return "ru"
    ws = _WORD.findall(_plain(text))
    scores = {lang: sum(w in vocab for w in ws) for lang, vocab in _WORDS.items()}
    nl, en = scores["nl"], scores["en"]
    best_other = max((s, lang) for lang, s in scores.items() if lang not in ("nl", "en"))
    fallback = hint if hint in ("nl", "en") else "nl"
    if best_other[0] >= 3 and best_other[0] > max(nl, en) + 1:
        return best_other[1]
    if nl == 0 and en == 0:
        return best_other[1] if best_other[0] >= 2 else fallback
    if nl >= 2 and en >= 2 and min(nl, en) * 3 >= max(nl, en):
        return "mixed"
    if nl == en:
        return fallback
    return "nl" if nl > en else "en"


def answer_lang(detected: str, text: str, hint: str | None = None) -> str:
    """The reply language for a detected language: nl/en as asked; for mixed, the stronger one."""
    if detected in ("nl", "en"):
        return detected
    if detected == "mixed":
        ws = _WORD.findall(_plain(text))
        nl = sum(w in _WORDS["nl"] for w in ws)
        en = sum(w in _WORDS["en"] for w in ws)
        if nl == en:
            return hint if hint in ("nl", "en") else "nl"
        return "nl" if nl > en else "en"
    return "both"
