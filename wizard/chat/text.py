"""Text normalisation for chat retrieval: lower-casing, accents, common spellings and synonyms,
compound heads, stop words (Dutch keeps "niet"/"geen", English keeps "no"/"not") and Snowball
stemming per language. Corpus and query go through exactly the same steps."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import Stemmer

# Phrase-level rewrites, applied to normalised text (lower case, no accents).
_PHRASES: list[tuple[str, str]] = [
    (r"\bs\s?\.\s?m\s?\.\s?i\b\.?", " smi "),
    (r"\bsociaal[\s-]*medische?\s+indicatie\b", " smi "),
    (r"\bsocial[\s-]*medical\s+indication\b", " smi "),
    (r"\bbuiten\s*schoolse\s+opvang\b|\bnaschoolse\s+opvang\b", " bso "),
    (r"\bafter[\s-]*school(\s+care|\s+club)?\b|\bout[\s-]of[\s-]school\s+care\b", " bso "),
    (r"\bkinderopvang\s*toeslag\b|\bkinder\s*opvangtoeslag\b", " kot "),
    (r"\bchild\s*care\s+(benefit|allowance)\b|\bchildcare\s+(benefit|allowance)\b", " kot "),
    (r"\bday\s*care\b|\bchild\s*care\b|\bnursery\b", " childcare "),
    (r"\bburn[\s-]+out\b", " burnout "),
    (r"\bin\s+plaats\s+van\b|\bipv\b|\bi\.p\.v\.?", " plaats "),
    (r"\bm'n\b|\bmn\b", " mijn "),
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
]
_PHRASE_RES = [(re.compile(p), r) for p, r in _PHRASES]

# Token-level synonyms: one spelling -> the canonical token (before stemming).
SYNONYMS: dict[str, str] = {
    "kdv": "kinderdagverblijf", "creche": "kinderdagverblijf", "kita": "kinderdagverblijf",
    "kinderopvangtoeslag": "kot", "toeslag": "kot", "toeslagen": "kot",
    "allowance": "kot", "benefit": "kot",
    "municipality": "gemeente", "council": "gemeente", "gemeinde": "gemeente",
    "municipalities": "gemeente", "gemeenten": "gemeente", "councils": "gemeente",
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
meestal gewoonlijk doorgaans ongeveer ongeveer circa ruwweg zowat
""".split()) - {"niet", "geen", "nee"}

STOP_EN = frozenset("""
a an the and or of in on at to for from by with about as is are was were be been being
am do does did have has had i me my mine you your yours we our us they them their he him
his she her it its this that these those there here what which who whom whose how why
when where can could will would shall should may might must just also so then than too
very really please hi hello hey thanks thank ok okay if but because into out up down
get got some any im i'm ive i've dont don't
usually usual normally normal typically generally actually exactly basically go goes going went
roughly approximately approx around
""".split()) - {"no", "not", "never"}

_STEMMERS = {"nl": "dutch", "en": "english"}
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


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
    out = []
    for w in _WORD.findall(normalise(text)):
        w = w.removesuffix("'s")
        out.append(SYNONYMS.get(w, w))
    return out


@lru_cache(maxsize=4)
def _stemmer(lang: str) -> Stemmer.Stemmer:
    return Stemmer.Stemmer(_STEMMERS[lang])


def _split_compound(word: str) -> list[str]:
    for head in _HEADS:
        if word.endswith(head) and len(word) >= len(head) + 3:
            return [word, head]
    return [word]


def content_words(text: str, lang: str) -> list[str]:
    """Words without stop words (of both supported languages) and with compounds split."""
    stop = STOP_NL | STOP_EN
    out: list[str] = []
    for w in words(text):
        if w in stop or len(w) < 2 and not w.isdigit():
            continue
        out.extend(_split_compound(w) if lang == "nl" else [w])
    return out


def stem_all(ws: list[str], lang: str) -> list[str]:
    return _stemmer(lang).stemWords(ws)


def tokens(text: str, lang: str) -> list[str]:
    """The retrieval tokens of a text: content words, stemmed with the language's stemmer."""
    return stem_all(content_words(text, lang), lang)
