"""The basislijn's protections, said whenever a message touches one (issue 11: "right and useful").

A parent or professional often asks one thing and worries about another in the same message:
"... Someone at the counter said SMI is only for people on minimum income. Is that right?",
"... scared the gemeente will make him apply for jobs", "the form asks for my medical file and bank
statements". Whatever item leads the answer, the protection the worry is about follows it, from the
FAQ item that explains it:

- B5  income or assets never decide (item "inkomen");
- B9  what the gemeente asks after granting SMI is aimed at recovery, not at work (item
  "verplichtingen");
- B13 only the data strictly needed: no diagnosis, medical file, bank statements (item
  "nooit-gevraagd").

The reason a family gives is named back too: an SMI reading says "you are ill"; an addiction in
treatment gets the item that says an addiction counts and what is asked afterwards aims at recovery
(REASON_ITEMS, from the answers-model reasons the chat read). And after a refusal, a parent who
asks what to do or write now hears how to object (bezwaar), whatever the refusal was about.

A worry counts in a sentence that asks, or in one that reports what someone says, asks or fears
("zeggen ze", "the form asks for", "bang dat"), not in a story that names an income or a
diagnosis."""

from __future__ import annotations

import re

from wizard.chat import gated_re as gre
from wizard.chat.asks import _SPLIT as _SENTENCE
from wizard.chat.asks import REFUSAL
from wizard.chat.facts import plain
from wizard.chat.text import any_of as _rx

# point, item that explains it, the worry's words
WORRIES: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("B5", "inkomen", _rx(
        r"\b(\w*inkomen|income|salaris|salary|we\s+earn|verdienen)\b[^.?!]{0,40}\b(te\s+hoog|too\s+high|"
        r"boven\s+de\s+(norm|grens)|above\s+the\s+(limit|norm))",
        r"\b(only|alleen|uitsluitend)\s+(for|voor)\s+(people|families|gezinnen|mensen|ouders|parents)?\s*"
        r"(\w+\s+){0,2}(on\s+|in\s+de\s+|met\s+een\s+)?(minimum(\s+income)?|minimum\w*|bijstand\w*|"
        r"low\s+income|laag\s+inkomen|lage\s+inkomens|welfare|benefits)\b",
        r"\b(inkomensgrens|inkomenstoets|income\s+(limit|test|cap|threshold)|means[\s-]test\w*)\b",
        r"\b(earn|verdien\w*)\s+(too\s+much|te\s+veel)\b",
        # "alleen voor mensen met geld of werk", "is 60.000 te veel voor smi?", "bijstandsnorm"
        r"\b(only|alleen)\s+(for|voor)\s+(people|parents|families|mensen|ouders|gezinnen)\s+(with|who\s+have|met)\s+"
        r"(\w+\s+)?(money|geld|werk|work|a\s+job|een\s+baan|income|inkomen)\b",
        r"\bbijstandsnorm\b|\bwelfare\s+(standard|level)\b")),
    ("B9", "verplichtingen", _rx(
        r"\b(solliciteren|sollicitatie\w*|apply(ing)?\s+for\s+(\w+\s+)?jobs?|job[\s-]?(seeking|hunting|applications?)|"
        r"look(ing)?\s+for\s+(a\s+)?(work|job)|werk\s+zoeken|get\s+a\s+job\s+first|eerst\s+(een\s+)?"
        r"(baan|werk)\s+(zoeken|vinden)|find\s+(a\s+)?(job|work)\s+first)\b")),
    ("B13", "nooit-gevraagd", _rx(
        r"\b(medisch\w*\s+dossier|medical\s+(file|records?|dossier)|bank\s*statements?|"
        r"bankafschrift\w*|(full|detailed|hele|volledige)\s+diagnos\w*|diagnos\w*\s+(in\s+detail|laten\s+zien)|"
        r"(brief|letter|verslag|report)\s+(van|from)\s+(de\s+|the\s+|my\s+|mijn\s+)?(psychiater|psychiatrist)|"
        # "send her diagnosis and treatment history to the gemeente"
        r"(send|sturen|opsturen|meesturen|give|geven|share|delen)\w*\s+(\w+\s+){0,3}(diagnos\w*|treatment\s+history|"
        r"behandelgeschiedenis|medische\s+gegevens|medical\s+(history|data|details)))")),
)

# a sentence that reports what someone says, asks, wants or fears
_REPORTED = gre.compile(
    r"\b(zei|zeiden|zegt|zeggen|said|says|say|told|tells|vraagt|vragen|vroeg|asks?|asked|wil|wilt|willen|"
    r"wants?|eist|eisen|requires?|bang|scared|afraid|worried|fears?|vrees|is\s+that\s+(true|right|normal)|"
    r"klopt\s+(dat|het)|mag\s+dat|allowed|"
    # a refusal and its reason: "afgewezen omdat ons inkomen te hoog is"
    r"afwijzing|afgewezen|weiger\w*|refus\w*|reject\w*|denied|omdat|because|reden|reason)\b")


def worried_items(text: str, asking: str) -> list[tuple[str, str]]:
    """(point, item) for each protection the message worries about, in the order of WORRIES."""
    sentences = [s for s in _SENTENCE.split(plain(text)) if s.strip()]
    scope = [plain(asking)] + [s for s in sentences if _REPORTED.search(s)]
    found = [(point, item) for point, item, rx in WORRIES if any(rx.search(s) for s in scope)]
    # "ons inkomen is 60.000. is dat te veel voor smi?": the income told, the worry asked apart
    if _TOO_MUCH.search(plain(asking)) and _INCOME_TOLD.search(plain(text)) \
            and ("B5", "inkomen") not in found:
        found.insert(0, ("B5", "inkomen"))
    return found


_TOO_MUCH = gre.compile(r"\b(te\s+veel|te\s+hoog|too\s+much|too\s+high)\s+(voor|for)\s+"
                       r"(smi|het|it|dat|that)\b")
_INCOME_TOLD = gre.compile(r"\b(\w*inkomen|income|salaris|salary|verdien\w*|earn\w*|bruto|netto|"
                          r"gross|net|"
                          r"make|makes|making|\d{2,3}[.,]\d{3}|\d{2,3}k)\b")


# answers-model reason -> the item that says it counts for SMI (after an SMI reading)
REASON_ITEMS: tuple[tuple[str, str], ...] = (
    ("addiction", "verslaving"),
)


def reason_items(facts: dict[str, object]) -> list[str]:
    """Items for the reasons read from the message (reply.facts, answers-model fields)."""
    reasons = (facts.get("situation") or {}).get("reasons") or []  # type: ignore[union-attr]
    return [item for reason, item in REASON_ITEMS if reason in reasons]


# a refusal told (asks.REFUSAL), and a question about what to do, write or send now
_WHAT_NOW = gre.compile(
    r"\b(what\s+(can|do|should|must)\s+(i|we)\s+(do|write|send)|where\s+(do|can|should)\s+(i|we)\s+send|"
    r"what\s+now|wat\s+(kan|moet|kunnen|moeten)\s+(ik|we|wij)\s+(nu\s+|dan\s+)?(doen|schrijven|sturen)|"
    r"waar\s+(moet|kan|stuur)\s+(ik|we)|wat\s+nu|is\s+(that|this)\s+(even\s+)?allowed|mag\s+dat)\b")


def refusal_items(text: str, asking: str) -> list[str]:
    """["bezwaar"] when the message tells of a refusal and asks what to do, write or send now."""
    return ["bezwaar"] if REFUSAL.search(plain(text)) and _WHAT_NOW.search(plain(asking)) else []
