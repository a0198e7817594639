"""A scheme the parent asks about by name is answered by name (issue 11: "right and useful").

The asks and retrieval pick one topic for a message. After a story the topic can come from the
story ("... in prison for 8 months ... can I still get childcare benefit?" read as the age limit),
and the parent's own question about kinderopvangtoeslag, peuteropvang, bezwaar, an extension or
a voorliggende voorziening is then not answered at all. When a sentence that asks names one of
these and the reply does not name it once, the FAQ item that explains it follows the reply. The
reply itself stays first: it may well answer the rest of the message."""

from __future__ import annotations

import re

from wizard.chat.facts import plain
from wizard.chat.text import any_of as _rx

# item that explains the scheme, the words that name it in a question, and the words by which a
# reply shows it speaks about it (lower case; a reply naming one of them answers by name)
SCHEMES: tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...] = (
    ("wat-is-kot", _rx(
        r"\b(kinderopvangtoeslag\w*|kot|toeslag|toeslagen|dienst\s+toeslagen|mijn\s+toeslagen|"
        r"belastingdienst|child\s*care\s+(benefit|allowance|subsidy)|childcare\s+(benefit|allowance|subsidy)|"
        r"kinderopvang\s+toeslag)\b"),
     ("kinderopvangtoeslag",)),
    ("peuteropvang-ve", _rx(
        r"\b(peuteropvang|peuterspeelzaal|psz|voorschool\w*|vve|ve[\s-]indicatie|"
        r"toddler\s+(group|care|playgroup)|playgroup|preschool|pre-school)\b"),
     ("peuteropvang",)),
    ("bezwaar", _rx(r"\b(bezwaar\w*|objection|object|appeal|in\s+beroep)\b"),
     ("bezwaar",)),
    ("voorliggend", _rx(r"\b(voorliggende?\s+voorziening\w*|voorliggend\w*)\b"),
     ("voorliggend",)),
    ("verlengen", _rx(r"\b(verleng\w*|extension|extend\w*|renew\w*)\b"),
     ("verleng", "extend", "extension")),
)


def unanswered(asking: str, reply: str) -> list[str]:
    """The items for schemes the asking sentences name and the reply does not."""
    asked, said = plain(asking), reply.lower()
    return [item for item, names, shown in SCHEMES
            if names.search(asked) and not any(w in said for w in shown)]
