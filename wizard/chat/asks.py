"""What the parent ASKS, found in the asking sentences of a message before any story around them
is read: a story about an ill parent that ends in "are we too rich?" is a question about income,
not about who gets SMI. Each ask names the FAQ items that answer it (the first leads) or, for a
request that the tool act for the parent, the fixed reply that says what it cannot do.

Patterns are per intent (what is asked), never copies of one question; tests/cases/
chat_classes.toml holds our own varied questions per class."""

from __future__ import annotations

import re
from dataclasses import dataclass

from wizard.chat import gated_re as gre
from wizard.chat.facts import CHILD_AMBIGUOUS_TREAT
from wizard.chat.intents import OTHER_PARTY, REPAY, plain
from wizard.chat.per_message import remembered
from wizard.chat.text import any_of as _rx


@dataclass(frozen=True)
class Ask:
    name: str
    items: tuple[str, ...] = ()  # FAQ item ids, the first leads
    kind: str = "answer"  # answer | handoff | refuse
    reply: str | None = None  # a fixed reply (content/faq/responses.toml) for handoff/refuse
    judge: bool = False  # the situation judgement may follow the answer (only if it adds)


# The tool itself is asked to act: "kunt u", "kun jij", "can you", or an imperative to the tool.
_YOU = (
    r"\b(zoek|regel|schrijf|doe|vul|stuur|bel|check|kijk|dien|maak|vraag|zorg|zet)t?\s+(jij|je|u)\b|"
    r"(kun|kan|kunt|wil|wilt|zou|mag|garandeer\w*|beloof\w*)\s+(je|jij|u)\b|\bvoor\s+me\b|"
    r"\b(zet|start|begin)\s+(jij|je|u)\b|"
    r"\b(can|could|would|will)\s+(you|u)\b|"
    r"^\s*(please\s+)?(handle|write|file|check|change|overturn|fill|submit|draft|send|approve|"
    r"keur|goedkeuren|"
    r"schrijf|regel|dien|verander|controleer|check|vul|stuur|zoek)\b|\bplease\s+(look|find|contact|"
    r"call|sort|arrange|ask|tell|make|handle|approve|grant|accept|speed|hurry|expedite|"
    r"write|file|check|change|overturn|fill|submit|draft|send)\b|\bvoor\s+mij\b|\bfor\s+me\b"
)
# ... unless another person is asked about: "can my social worker apply for me" is a question.
_THIRD = gre.compile(
    # the childcare provider as the one who acts ("does the daycare apply for me?")
    r"\b(kan|mag|moet|doet|can|may|does|do|will|could|must)\s+(de\s+opvang|het\s+kdv|de\s+bso|"
    r"the\s+daycare|the\s+day\s*care|the\s+nursery|the\s+provider|de\s+gastouder|"
    r"the\s+childminder)\b|"
    r"\b(my|mijn|the|de)\s+(gp|huisarts|doctor|dokter|specialist|psychiater|psychiatrist)\b|"
    r"\b(my|mijn)\s+(case\s*manager|casemanager|klantmanager|consulent|mentor|jeugdconsulent|"
    r"begeleider|support\s+worker|key\s+worker)\b|"
    r"\b(iemand|someone|somebody|anyone|mijn\s+(maatschappelijk\s+werker|"
    r"hulpverlener|begeleider|buurvrouw|buurman|zus|broer|moeder|vader|vriendin|"
    r"vriend|partner|man|vrouw|coach|consulent)|my\s+(social\s+worker|care\s+worker|"
    r"case\s+worker|caseworker|support\s+worker|coach|sister|brother|mother|"
    r"father|friend|neighbour|neighbor|partner|husband|wife)|het\s+wijkteam|"
    r"the\s+wijkteam|maatschappelijk\s+werk\w*|social\s+worker|wijkteam|"
    r"hulpverlener|een\s+tolk|an\s+interpreter)\b"
)

# An action asked of the tool (a verb of doing, not of explaining) and what it is about.
_DO = gre.compile(
    r"\b(schrijven|schrijf|maken|maak|opstellen|indienen|dien|sturen|stuur|versturen|doorsturen|"
    r"doorstuurt|doorstuur|forward|"
    r"opsturen|regelen|regel|regelt|doen|doet|invullen|vul|vult|aanvragen|vraag|veranderen|verander|zet|klaarzetten|"
    r"start|starten|begin|beginnen|"
    r"aanpassen|terugdraaien|terugdraait|intrekken|intrekt|ongedaan|herzien|wijzigen|"
    r"uitzoeken|zoek|nakijken|kijk|kijken|checken|check|controleren|nagaan|zorgen|"
    r"goedkeuren|write|make|draft|file|submit|send|handle|arrange|do|fill|apply|"
    r"change|overturn|reverse|undo|alter|revise|reconsider|withdraw|find\s+out|"
    r"look\s+into|chase|sort\s+out|fix|get|trace|complete|lodge|appeal|object|contest|"
    r"challenge|aanvechten|fight|bestrijden|zorg|indien\w*|navragen|nabellen|informeren|inquire|bellen|call|mailen|e-?mail|contact\w*)\b|"
    r"\b(gemeente|ze|hen|hun)\s+(te\s+)?vragen\b|\b(ask|tell)\s+(the\s+)?(gemeente|council|"
    r"municipality|them)\b|\b(approve|accept|grant|goedkeuren|toekennen)\b"
)
# "Kunt u uitleggen hoe ik bezwaar maak?" asks for an explanation: that is answered.
_EXPLAIN = gre.compile(
    r"\b(uitleggen|uitleg|(me|mij|ons)\s+(vertellen|zeggen|laten\s+weten)|vertel\s+(me|mij|ons)|"
    r"zeg\s+(me|mij|ons)|explain|tell\s+(me|us)|show|"
    r"wat\s+moet\s+ik|what\s+should\s+i|waar|where)\b|"
    r"\b(hoe|how)\s+(ik|i|we|wij|je|you|to|moet|kan|kun|can|do|does|should|werkt|works)\b"
)
_ON_MY_BEHALF = gre.compile(
    # ("ik heb het formulier voor me liggen" is in front of me, not on my behalf)
    r"\b(voor\s+(mij|me)(?!\s+(liggen|ligt|lag|staan|staat|hebben|neus))|namens\s+mij|for\s+me|on\s+my\s+behalf|"
    r"in\s+my\s+place|in\s+mijn\s+plaats)\b"
)
OBJECTS = (
    ("objection", gre.compile(r"\b(bezwaar\w*|objection|appeal)\b")),
    # (a complaint to a landlord, a neighbour or an employer is not the gemeente's: off-topic)
    ("complaint", gre.compile(r"\b(klacht\w*|complain\w*)\b")),
    ("payment", gre.compile(r"\b(betaling\w*|uitbeta\w*|betaald|geld|payment|paid|money)\b")),
    (
        "decision",
        gre.compile(
            r"\b(besluit|beslissing|afwijzing|beschikking|goedgekeurd|goedkeur\w*|"
            r"toegekend|toekenn\w*|decision|rejection|refusal|approv\w*|grant\w*|"
            r"their\s+mind|overturn\w*)\b"
        ),
    ),
    (
        "status",
        gre.compile(
            r"\b(binnen\s+is|binnen\s+gekomen|ontvangen|status|received|arrived|"
            r"hoe\s+het\s+(er\s+)?(mee\s+)?staat)\b"
        ),
    ),
    (
        "fill_in",
        gre.compile(
            r"(formulier|aanvra\w*|\bforms?\b|application|\bapply\b|invullen|"
            r"fill\s+(it\s+)?(in|out)|\bvul\s+(\w+\s+){0,3}in\b)"
        ),
    ),
)
# "... krijg ik het of niet?": a yes/no only by its ending; in a story it asks who can get SMI
_YES_NO_SOFT = (r"\b(of|or)\s+(niet|not)\s*[?!.]*\s*$", r"\b(of|or)\s+(niet|not)\s*\?")
YES_NO_SOFT = _rx(*_YES_NO_SOFT)
# "Zeg gewoon ja of nee", "just tell me yes or no", "can you promise/guarantee"
YES_NO = _rx(*_YES_NO_SOFT,
    r"\b(decide|beslissen|beslis)\b[^.?!]*\b(if|whether|of)\b[^.?!]*\b(get|krijg\w*)\b",
    r"\b(you|u|je|jij|just|gewoon|please|can't\s+you|cannot\s+you)\s+say\s+yes\b", r"^\W*say\s+yes\b",
    r"\bja\s+zeggen\b",
    r"\bzeggen\s+ze\s+ja\b",
    r"\btell\s+me\s+straight\b",
    r"\bwill\s+(they|the\s+\w+)\s+(approve|accept)\b",
    r"\bja\s+of\s+nee\b",
    r"\byes\s+or\s+no\b",
    r"\bstraight\s+answer\b",
    r"\bduidelijk\s+antwoord\b",
    r"\bgewoon\s+(ja|nee)\b",
    r"\b(beloof\w*|garand\w*|"
    r"garantie|promis\w*|guarant\w*)\b",
    r"\b(zeker\s+weten|for\s+sure|100\s*%)\b",
)

HELP_FORM = _rx(
    # a professional asks whether they may apply for a family ("mag ik namens een gezin aanvragen")
    r"\b(namens|voor)\s+(een|het|de|mijn|dit|dat)\s+(gezin|ouder|ouders|cli[eë]nt\w*|moeder|vader)\b[^.?!]*"
    r"\b(aanvra\w*|invul\w*|indien\w*)\b",
    # ... or for the client named by a pronoun ("kan ik namens haar aanvragen?", "apply on her behalf")
    r"\b(namens|voor)\s+(haar|hem|hen|hun)\b[^.?!]*\b(aanvra\w*|invul\w*|indien\w*)\b",
    r"\b(aanvra\w*|invul\w*|indien\w*)\b[^.?!]*\bnamens\s+(haar|hem|hen|hun)\b",
    r"\b(apply|fill\w*\s+in|submit|file|lodge|send\s+in)\b[^.?!]*\b(on\s+(her|his|their)\s+behalf|"
    r"for\s+(her|him|them))\b",
    r"\bon\s+(her|his|their)\s+behalf\b[^.?!]*\b(apply|fill\w*\s+in|submit|file|lodge|send\s+in)\b",
    r"\b(on\s+behalf\s+of|for)\s+(a|the|my|this)\s+(family|parent|parents|client|mother|father)\b[^.?!]*"
    r"\b(apply|fill|submit|file|lodge)\w*\b",
    r"\b(apply|fill\w*\s+in|submit|file|lodge|send\s+in)\b[^.?!]*\b(on\s+behalf\s+of|for)\s+(a|the|my|this)\s+"
    r"(family|parent|"
    r"parents|client|mother|father)\b",
    # (not "kan de gemeente ons helpen": that asks who gets SMI; helping with the form is below)
    r"\b(can|could|may|mag|kan|kunnen|mogen|does|will|would)\s+(my|mijn|the|de|het|a|an|een|"
    r"someone|iemand)\s+(?!(gemeente|municipality|council)\b)(\w+\s+){0,2}(fill|invul\w*|vul|apply|aanvra\w*|"
    r"help\w*|send|indien\w*|sign|onderteken\w*)\b",
    r"\b(send\s+in|submit|indienen|insturen|opsturen|versturen|doen|make)\b[^.?!]*\b(aanvraag|"
    r"application|formulier|form)\b[^.?!]*\b(voor\s+mij|voor\s+me|namens\s+mij|for\s+me|"
    r"on\s+my\s+behalf)\b",
    r"\b(voor\s+mij|voor\s+me|namens\s+mij|for\s+me|on\s+my\s+behalf)\b[^.?!]*\b(aanvragen|"
    r"invullen|indienen|doen|apply|fill)",
    r"\b(appl(y|ies|ying)|aanvra\w*|fill\w*\s+in|invul\w*)\b[^.?!]*\b(voor\s+mij|voor\s+me|namens\s+mij|"
    r"for\s+me|on\s+my\s+behalf)\b",
    r"\b(helpen|help|hulp|ondersteun\w*|assist\w*|support)\b[^.?!]*\b(invullen|"
    r"formulier|aanvraag|aanvragen|fill|form|application|apply|taal|language|"
    r"nederlands|dutch)\b",
    r"\b(aanvragen|aanvraag\s+(doen|indienen)|apply|invullen|fill\s+(it\s+)?"
    r"(in|out))\b[^.?!]*\b(voor\s+mij|namens\s+mij|for\s+me|on\s+my\s+behalf)\b",
)

# The writer is a professional ("als maatschappelijk werker", "I'm a social worker").
_OWN_STATEMENT = gre.compile(
    r"\b(my|mijn|a|an|een|the|de|het|this|deze|such\s+a|zo'?n)\s+(\w+\s+)?(letter|statement|verklaring|brief|report|rapport|"
    r"onderbouwing|advies|advice)\b|\b(support|ondersteunen|onderbouwen)\b[^.?!]*\b(application|"
    r"aanvraag)\b")
_AS_PROFESSIONAL = gre.compile(
    r"\b(als|ik\s+ben|i'?m|i\s+am|as\s+a|as\s+an|as)\s+(een\s+|a\s+|an\s+|the\s+|de\s+|her\s+|his\s+|their\s+|"
    r"haar\s+|zijn\s+|hun\s+)?(ambulant\s+|ambulante\s+|"
    r"outreach\s+|community\s+|family\s+|gezins)?(maatschappelijk\s+werker|"
    r"social\s*werker|hulpverlener|wijkteam\w*|jeugdconsulent|consulent|begeleider|ambulant\s+begeleider|"
    r"casemanager|case\s+manager|social\s+worker|care\s+worker|support\s+worker|family\s+coach|"
    r"gezinscoach|jeugdverpleegkundige|verpleegkundige|nurse|gp|huisarts|psycholoog|psychologist)\b")


# A question about school itself (choice, a move, dyslexia), not about SMI or opvang.
SCHOOL = _rx(
    r"\bhomeschool\w*",
    r"\bthuisonderwijs\b",
    r"\bleerplicht\w*",
    r"\bschool\s*attendance\b",
    r"\bmeld\w*\b[^.?!]*\baan\b[^.?!]*school",
    r"\bmeld\w*\b[^.?!]*school\w*\b[^.?!]*\baan\b",
    r"\b(montessori|dalton|vrije\s+school|waldorf|jenaplan|speciaal\s+onderwijs|"
    r"special\s+(needs\s+)?education)\b",
    r"\bschool\b[^.?!]*\b(better|beter|best|beste)\b",
    r"\b(find|zoeken|zoek|vinden|vind|choose|kiezen|kies|pick|inschrijven|register|"
    r"enrol\w*|aanmelden)\b[^.?!]*\b(basis)?school\b",
    r"\b(primary\s+)?school\s+for\s+my\b",
    r"\b(adhd|autis\w*)\b[^.?!]*\bschool\b",
    r"\b(welke|which|what|beste|best|goede|good|fijne|leuke)\b[^.?!]*\b(basis)?school",
    r"\b(andere|another|new|nieuwe|different)\s+(basis|primary\s+)?school",
    r"\b(switch|change|move|overstappen|wisselen|veranderen)\b[^.?!]*\bschools?\b",
    r"\bdyslex",
    r"\bschooladvies\b",
    r"\bcito\b",
    r"\bhuiswerk",
    r"\bhomework",
    r"\bbijles",
    r"\btutor",
    r"\bgepest\b",
    r"\bbullied\b",
    # "mogen ze naar school?" (illness and school attendance)
    r"\b(mogen|mag|kan|kunnen|can|may|should)\s+(ze|hij|zij|he|she|they|mijn\s+\w+|my\s+\w+)\s+(\w+\s+)?(naar|to|go\s+to)"
    r"\s+(de\s+)?school\b",
    r"\bleerplicht",
)
_CARE_WORDS = gre.compile(
    r"\b(smi|opvang|kinderopvang|kdv|bso|gastouder\w*|childcare|child\s*care|"
    r"day\s*care|daycare|nursery|childminder|creche|indicatie|naschools\w*|buitenschools\w*|"
    # after-school care said in plain words is childcare, not school ("na schooltijd" too)
    r"after[\s-]*school|out[\s-]of[\s-]school|na\s+school\w*)\b"
)

_SMI = r"(smi|s\.m\.i\.?|soci\w*[\s-]+medi\w*(\s+indica\w*)?|social[\s-]+medical(\s+indication)?)"
WHAT_IS = _rx(
    rf"\b(is|zijn)\s+{_SMI}\s+(nou\s+|eigenlijk\s+|actually\s+|just\s+)?(some\s+|a\s+|an\s+|een\s+)?"
    rf"(kind|sort|type|form|soort|vorm)\s+(of|van)\b",
    rf"\b(is|zijn)\s+{_SMI}\s+(a|an|een)\s+(soort\s+|kind\s+of\s+|sort\s+of\s+|type\s+of\s+)?(subsidy|subsidie|insurance|verzekering|loan|lening|"
    rf"benefit|uitkering|toeslag|allowance|grant)\b",
    # "... something called SMI ... Is it some kind of insurance?"
    rf"\b{_SMI}\b[^?]{{0,300}}\b(is|zijn)\s+(it|that|dat|het|this|dit)\s+(some\s+|a\s+|an\s+|een\s+)?(soort\s+|"
    rf"kind\s+of\s+|sort\s+of\s+|type\s+of\s+)?(subsidy|subsidie|insurance|verzekering|loan|lening|benefit|"
    rf"uitkering|allowance|grant)\b",
    rf"\bwat\s+(een\s+|de\s+)?{_SMI}\b[^?.]{{0,40}}\b(is|inhoudt|betekent)\b",
    rf"\bwhat\s+(an?\s+|the\s+)?{_SMI}\b[^?.]{{0,40}}\b(is|means)\b",
    rf"\bwat\s+(wordt|word|bedoelen|bedoelt)\s+(er\s+|ze\s+|ze\s+er\s+|u\s+)?(bedoeld\s+|verstaan\s+)?"
    rf"(met|onder)\s+(een\s+|de\s+)?{_SMI}\b",
    rf"\bwhat\s+(is|do\s+they|does\s+(it|she|he|the\s+\w+))\s+(meant|mean)\s+by\s+{_SMI}\b",
    rf"\bwat\s+(is|zijn|betekent|betekend|houdt|houd|bedoelen\s+ze\s+met)\s+(nou\s+|nu\s+|eigenlijk\s+|"
    rf"precies\s+|toch\s+)*(een\s+|de\s+|die\s+|dat\s+)?{_SMI}\b",
    rf"\b{_SMI}\b[^?]{{0,80}}\bwat\s+(is|betekent|houdt|houd)\s+(dat|dit|het|die)"
    r"(\s+(eigenlijk|precies|nou|dan|in))*\s*([?.!,]|$)",
    rf"\b{_SMI}\b[^?]{{0,80}}\bwat\s+(het|dat|dit)\s+(is|inhoudt|betekent)\b",
    rf"\b(what\s+(exactly\s+)?(is|does|do)|what'?s|whats)\s+(exactly\s+|actually\s+|an?\s+|the\s+|"
    rf"this\s+|that\s+|so-called\s+)*{_SMI}\b(?!\s+(\w+\s+)?(pay|pays|cover|covers|cost|costs|"
    rf"include|includes|reimburse|give|offer|last|take))",
    rf"\bwat\s+(is|betekent|houdt)\s+(precies\s+|eigenlijk\s+|nou\s+|toch\s+|zo'?n\s+|die\s+|"
    rf"deze\s+|dat\s+|dit\s+|het\s+|de\s+|een\s+|zogenaamde\s+)+{_SMI}\b",
    rf"\b(explain|uitleggen|leg)\b[^?]{{0,60}}\b(like\s+i'?m|simple|simpel|makkelijk|eenvoudig)\b[^?]*"
    rf"\b{_SMI}\b",
    rf"\b{_SMI}\b[^?]{{0,80}}\bwhat\s+(is|does)\s+(that|it|this)\b",
    rf"\b{_SMI}\b[^?]{{0,80}}\bwhat\s+(that|it|this)\s+(is|means)\b",
    rf"\b(explain|uitleggen|leg|verklaar)\b[^?]{{0,60}}\b{_SMI}\b",
    rf"\b{_SMI}\b[^?]{{0,80}}\b(explain|uitleggen|leg\b[^?]*\buit\b|in\s+(simple|plain|easy)\s+"
    rf"(words|english|language)|in\s+(makkelijke|eenvoudige|simpele|gewone)\s+(woorden|taal))",
    # (not "would SMI mean full-time care?": that asks what one gets)
    rf"\b{_SMI}\b[^?]{{0,40}}\b(stands?\s+for|staat\s+voor|mean|betekenis|meaning)\b"
    # (nor "does that mean they can say no?": what follows from it)
    r"(?!\s+(that\s+)?(i|we|you|full|part|my|our|the|a|an|more|less|only|just|free|they|he|she|it|"
    r"there|ze|zij)\b)",
)
# SMI named and an explanation asked ("give me a short explanation", "nooit van gehoord") with no
# specific question (how/when/how much ...) beside it.
EXPLAIN_CUE = _rx(
    r"\bexplanation\b",
    r"\buitleg\b",
    r"\b(explain|uitleggen)\b",
    r"\bmeaning\b",
    r"\bbetekenis\b",
    # (not "wat betekent dat voor mijn smi?": that asks what a change does to it)
    r"\bwat\s+(is|betekent)\s+(dat|dit|het)\b(?!\s+voor\b)",
    r"\bwhat\s+(is|does)\s+(that|it|this)\b(?!\s+mean\s+for\b)",
    r"\bwhat\s+(on\s+earth|in\s+the\s+world|the\s+heck|exactly|actually)\s+(is|does|are)\b",
    r"\bwat\s+(is|betekent)\s+(dat|dit|het)\s+(in\s+godsnaam|nou\s+weer|dan)\b",
    r"\b(afkorting|abbreviation|acroniem|acronym)\b",
    r"\bwat\s+(is|zijn)\s+dat\s+voor\b",
    r"\bnooit\s+(van\s+)?gehoord\b",
    r"\b(catch|downside|nadeel|nadelen|addertje|too\s+good\s+to\s+be\s+true|te\s+mooi\s+om\s+waar)\b",
    r"\bnever\s+heard\b",
    r"\bgeen\s+idee\s+wat\b",
    r"\bno\s+idea\s+what\b",
    r"\bwhat\s+(the|this|that)\s+(scheme|regeling|thing)\s+is\b",
    r"\bwat\s+(de|die|deze)\s+regeling\s+is\b",
    r"\bwat\s+ze\s+(ermee\s+)?bedoel",
)
# Why another gemeente gives more (or other) SMI: each gemeente sets its own rules above the
# basislijn ("mijn zus in X krijgt meer dan ik in Y, hoe kan dat?").
WHY_DIFFERENT = _rx(
    r"\b(waarom|hoe\s+kan\s+(dat|het)|hoe\s+komt\s+(dat|het)|why|how\s+come|how\s+(is\s+(that|it)|can\s+"
    r"(that|it)\s+be)\s+possible|is\s+(that|dat|dit|this)\s+(wel\s+)?(fair|eerlijk|normaal|normal|"
    r"allowed|toegestaan)|mag\s+dat|(what|wat)\s+is\s+(the|het)\s+(reason|verschil|difference))\b",
    r"\b(verschil\w*|difference|differ\w*)\b",
)
_MORE_LESS = gre.compile(r"\b(meer|minder|more|less|fewer|langer|korter|longer|shorter|anders|different|"
                        r"andere\s+regels|other\s+rules|beter|better|wel|niet|not|only|maar|alleen|but|while|"
                        r"whereas|terwijl|here|hier|without|zonder)\b")
_OTHER_PLACE = gre.compile(r"\b(andere|another|other|different|neighbouring|neighboring|naburige|buur|next|"
                          r"nearby|volgende|nabije)"
                          r"\s*(gemeente|gemeentes|gemeenten|municipality|town|city|stad|dorp|village|council)\b")


def _names_two_gemeenten(text: str) -> bool:
    from wizard.chat.places import mentioned

    first = mentioned(text)
    if first is None:
        return False
    rest = re.sub(re.escape(first.name), " ", text, flags=re.IGNORECASE)
    second = mentioned(rest)
    return second is not None and second.name.lower() != first.name.lower()


# A letter or a short message asking for information about SMI in general ("graag ontvang ik
# informatie over de regeling", "I'd like to know more about SMI"): what SMI is leads.
INFO_REQUEST = _rx(
    rf"\b(informatie|info|information|details|folder|brochure|uitleg)\b[^.?!]{{0,40}}\b(over|omtrent|"
    rf"about|on|regarding|concerning|betreffende|aangaande|m\.?b\.?t\.?|met\s+betrekking\s+tot)\b"
    rf"[^.?!]{{0,30}}\b({_SMI}|deze\s+regeling|die\s+regeling|the\s+scheme|this\s+scheme)\b",
    rf"\b(meer|more)\s+(weten|lezen|horen|know|hear|read|learn)\s+(over|about|on)\s+[^.?!]{{0,20}}\b{_SMI}\b",
    rf"\b(tell|inform)\s+(me|us)\s+(\w+\s+){{0,2}}(about|on)\s+[^.?!]{{0,20}}\b{_SMI}\b",
    rf"\b(vertel|informeer)\s+(me|mij|ons)\s+(\w+\s+){{0,2}}over\s+[^.?!]{{0,20}}\b{_SMI}\b",
)
SPECIFIC = _rx(
    r"\b(hoe|how|wanneer|when|hoeveel|how\s+much|how\s+many|how\s+long|hoelang|"
    r"welke|which|waar|where|kost|cost|verschil|difference|inkomen|income)\b"
)
COMPARE = (
    r"(verschi\w*|versch\w*l|difference|dif+e?r\w*|hetzelfde|zelfde|the\s+same\s+(as|thing)|"
    r"vergelijk\w*|compare\w*|"
    r"\bvs\b|versus|daarnaast|ook\s+nog|as\s+well|additionally|instead\s+of|in\s+plaats\s+van|on\s+top|in\s+addition|erbij|naast|like|zoals|net\s+als|similar|lijkt\s+op|relate\w*|relation|verhoud\w*|both|allebei|beide|combin\w*|tegelijk\w*|"
    r"together|at\s+the\s+same\s+time|simultan\w*|at\s+once|same\s+hours|dezelfde\s+uren|"
    r"iets\s+anders|anders\s+dan|of\s+iets\s+anders|another\s+word\s+for|"
    r"ander\s+woord\s+voor|(een|a)\s+(soort|kind\s+of|type\s+of|vorm\s+van|form\s+of)|"
    r"part\s+of|onderdeel\s+van|same\s+as)"
)
_VE = (
    r"(peuteropvang|peuterspeelzaal|peuterspeelgroep|peutergroep|peuterschool|vve|ve|"
    r"voorschool\w*|toddler\s*(program\w*|group|care|class)|preschool|pre-school|"
    r"early\s+(childhood\s+)?education|playgroup)"
)
COMPARE_VE = _rx(
    rf"\b{COMPARE}[^?]*\b{_VE}\b",
    rf"\b{_VE}\b.{{0,160}}\b{COMPARE}",
    rf"\b{_SMI}\s+(of|or)\s+(de\s+|het\s+|the\s+)?{_VE}\b",
    rf"\b{_VE}\s+(of|or)\s+(de\s+|het\s+|the\s+)?{_SMI}\b",
    # "do we need SMI at all, or does the peuteropvang cover it?"
    rf"\b{_SMI}\b[^.?!]{{0,40}}\b(of|or)\b[^.?!]{{0,40}}\b{_VE}\b",
    rf"\b{_VE}\b[^.?!]{{0,40}}\b(of|or)\b[^.?!]{{0,40}}\b{_SMI}\b",
)
_KOT = r"(kinderopvangtoeslag|kot|child\s*care\s+(benefit|allowance)|toeslag)"
COMPARE_KOT = _rx(
    rf"\b{COMPARE}[^?]*\b{_KOT}\b",
    rf"\b{_KOT}\b.{{0,160}}\b{COMPARE}",
    rf"\b{_SMI}\s+(of|or)\s+(voor\s+|for\s+|de\s+|the\s+)?{_KOT}\b",
    rf"\b{_KOT}\s+(of|or)\s+(voor\s+|for\s+)?{_SMI}\b",
)

MISSING = _rx(
    r"\bcomplete\s+(my|the|your|our)\s+(application|aanvraag|form)\b",
    r"\bbefore\s+they\s+can\s+(continue|proceed|decide|go\s+on)\b",
    r"\bvoordat\s+ze\s+(verder\s+(kunnen|gaan)|kunnen\s+beslissen)\b",
    r"\b(gemeente|council|municipality)\s+(wil|wilt|vraagt|wants|asks\s+for|needs)\s+"
    r"(nog|still|more|extra|also|ook|additional)\b",
    r"\b(gemeente|council|municipality)\s+(heeft|has)\s+(nog|still|more|extra)\s+(\w+\s+)?(gegevens|"
    r"informatie|stukken|papieren|documenten|bewijs|verklaring|information|documents|papers)\b",
    r"\bon\s+hold\b",
    r"\bin\s+de\s+wacht\b",
    r"\baangehouden\b",
    r"\bopgeschort\b",
    r"\buntil\s+i\s+(send|provide|hand\s+in)\b",
    r"\btot(dat)?\s+ik\b[^.?!]*\b(stuur|opstuur|aanlever|inlever)",
    r"\b(aanvraag|application|formulier|form)\b[^.?!]*\b(lacks?|lacking|mist|ontbreekt)\b",
    r"\b(lacks?|lacking|mist|ontbreekt)\b[^.?!]*\b(aanvraag|application)\b",
    r"\baanvraag\b[^.?!]*\bniet\s+in\s+behandeling",
    r"\bbinnen\s+\d+\s+(dagen|weken)\b[^.?!]*\b(sturen|stuur|opsturen|aanleveren|inleveren)",
    r"\bwithin\s+\d+\s+(days|weeks)\b[^.?!]*\b(send|provide|submit|hand\s+in)",
    r"\b(niet\s+compleet|onvolledig|incompleet|not\s+complete|incomplete)\b",
    r"\b(nog|extra|meer|aanvullende)\s+(een\s+)?(verklaring|stukken|gegevens|documenten|"
    r"papieren|informatie|bewijs)\b",
    r"\b(extra|more|additional|further)\s+(documents?|"
    r"papers?|information|info|proof|evidence)\b",
    r"\bontbrek\w*\s+(gegevens|stukken|informatie|documenten|papieren)",
    r"\b(gegevens|stukken|informatie|documenten|papieren|iets)\b[^.?!]*\b(ontbreken|"
    r"ontbreekt|missen|mist)\b",
    r"\b(missen|mist|ontbreken|ontbreekt)\b[^.?!]*"
    r"\b(gegevens|stukken|papieren|informatie|documenten)\b",
    r"\baanvraag\s+(aan)?vul\w*|\baanvullen\b|\bvul\w*\s+aan\b",
    r"\b(information|documents?|details|data|papers?)\b[^.?!]*\b(is|are)\s+missing",
    r"\bmissing\s+(information|documents?|details|data|papers?)",
    r"\b(incomplete)\b[^.?!]*\b(application|aanvraag)",
    r"\b(more|additional|extra)\s+(information|documents?|details)\b[^.?!]*"
    r"\b(letter|asked|ask|want|need|application)",
)

# Specific questions inside a story about the family (class 1).
INCOME_ACCESS = _rx(
    r"\b(alimentatie|kinderalimentatie|partneralimentatie|alimony|child\s+support)\b",
    r"\b(comfortable|well[\s-]off|fine|ok|okay)\s+financially\b",
    r"\bfinancially\s+(comfortable|fine|ok|okay|well|secure)\b",
    r"\bfinancieel\s+(goed|prima|geen\s+probleem|ruim)\b",
    r"\bgeen\s+geldzorgen\b",
    r"\b(income|inkomen|salary|salaris|earn\w*|verdien\w*)\b[^.?!]*\b(disqualif\w*|exclude\w*|"
    r"uitsluit\w*|block\w*|prevent\w*|afwijz\w*|refus\w*|weiger\w*|in\s+de\s+weg|rules?\s+(us|me|them)\s+out|"
    r"count\w*\s+against|tegen\s+(ons|mij|me)\s+(werk\w*|tell\w*|spreken|spreekt)|stand\w*\s+in\s+the\s+way)",
    r"\bmeans[\s-]*test\w*",
    r"\binkomensafhankelijk\b",
    r"\bincome[\s-](dependent|related|based)\b",
    r"\bverdien\w*\s+(\w+\s+)?(behoorlijk|goed|veel|prima|flink|genoeg|te\s+veel|aardig|redelijk|ruim)\b"
    r"(?!\s+(minder|less|lager))",
    r"\bearns?\s+(\w+\s+)?(well|a\s+lot|good|plenty|decent(ly)?)\b(?!\s+less)",
    r"\b(goed|veel)\s+geld\b",
    r"\bgood\s+money\b",
    r"\b(above|over|boven)\s+(the\s+|de\s+)?"
    r"(limit|grens|inkomensgrens)\b",
    # not "is there a maximum hourly price / number of days": that is the KOT maximum or B6
    r"\bis\s+there\s+(a|an)\s+(income\s+)?(limit|cap|maximum)\b"
    r"(?!\s+(\w+\s+)?(hourly|hours?|price|rate|days?|per\s+hour|on\s+the\s+(price|hours)))",
    r"\bis\s+er\s+een\s+(inkomens)?(grens|maximum)\b"
    r"(?!\s+(\w+\s+)?(uurprijs|prijs|uren|uur|dagen|aan\s+de\s+(prijs|uren|dagen)))",
    r"\b(salaris|salary|loon|inkomen|income|verdien\w*|earn\w*|wages?)\b[^.?!]*\b(vergeten|"
    r"forget\s+it|geen\s+kans|no\s+chance|kansloos|pointless|no\s+point|niet\s+de\s+moeite|"
    r"not\s+worth)\b",
    r"\b(vergeten|forget\s+it|geen\s+kans|no\s+chance|kansloos|pointless|no\s+point)\b"
    r"[^.?!]*\b(salaris|salary|loon|inkomen|income|verdien\w*|earn\w*)\b",
    r"\bte\s+rijk\b",
    r"\btoo\s+(rich|wealthy|well\s+off)\b",
    r"\bte\s+veel\s+(verdien\w*|inkomen)",
    r"\b(earn|make|earning|making)\s+too\s+much\b",
    r"\binkomen\b[^.?!]{0,30}\bte\s+hoog\b",
    r"\bincome\b[^.?!]{0,30}\btoo\s+high\b",
    r"\b(hoog|hoge|goed)\s+inkomen\b",
    r"\bhigh\s+income\b",
    r"\binkomens?(grens|toets|eis)\b",
    r"\bincome\s+(limit|test|"
    r"requirement|cap|threshold)\b",
    r"\bverdienen\s+(we\s+|wij\s+)?(te\s+|best\s+|vrij\s+|heel\s+)?"
    r"(goed|veel)\b",
    r"\b(earn|make)\s+(quite\s+|pretty\s+|very\s+|fairly\s+)?(well|a\s+lot|good\s+money)\b",
    r"\bmaximum\s+inkomen\b|\bmaximum\s+income\b",
    r"\bweinig\s+geld\b",
    r"\blaag\s+inkomen\b",
    r"\blage\s+inkomens?\b",
    r"\bminima\b",
    r"\bmodaal\b",
    r"\bbijstands(norm|niveau|grens)\b",
    r"\b(sociaal|social)\s+minimum\b",
    r"\b(welfare|benefit|bijstand)\s+(level|line|threshold)\b",
    r"\b(onder|boven|below|above|under|over)\s+(het\s+|de\s+|the\s+)?(bijstand|welfare|minimum\s+income)\b",
    r"\b(arm|arme|armen|rijk|rijke)\b",
    r"\blow[\s-]income\b",
    r"\b(poor|poorer|rich|wealthy)\b",
    r"\bincome\s+(cap|ceiling|bracket)\b",
    r"\b(only|just)\s+for\s+(people|families)\s+(on|with)\s+"
    r"(benefits|welfare|little|low)",
    r"\bon\s+(benefits|welfare)\b[^.?!]*\bonly\b",
    r"\b(alleen|enkel)\s+(voor|als)\b[^.?!]*\b(bijstand|uitkering|weinig|laag|arm)",
)
ASSETS = _rx(
    r"\bowning\s+(a|our|the|my)?\s*(house|home|flat|apartment)\b",
    r"\bhuis\s+bezit\w*",
    r"\beigen\s+woning\b",
    r"\bkoopwoning\b",
    r"\bhypotheek\b",
    r"\bmortgage\b",
    r"\b(life\s+)?insurance\b[^.?!]*\b(money|payout|paid)\b|\b(money|payout)\b[^.?!]*\binsurance\b",
    r"\bverzekering\w*\b[^.?!]*\b(geld|uitkering|uitgekeerd)\b",
    r"\blump\s+sum\b",
    r"\bspaargeld\b",
    r"\bspaarrekening",
    r"\bgespaard\b",
    r"\bsavings?\b",
    r"\boverwaarde\b",
    r"\bop\s+de\s+bank\b",
    r"\bin\s+the\s+bank\b",
    r"\bbezit\w*",
    r"\bproperty\b",
    r"\bwealth\b",
    r"\bspaar\w*",
    r"\bhomeowners?\b",
    r"\bvermogen\b",
    r"\bassets?\b",
    r"\beigen\s+huis\b",
    r"\bkoophuis\b",
    r"\bown\s+(our|a|the|my)\s+(house|home|flat|apartment)\b",
    r"\berfenis\b",
    r"\bge[eë]rfd\b",
    r"\binherit\w*",
    r"\bbeleggingen\b|\binvestments?\b",
)
# "moet dat?", "is this necessary?" after what the gemeente asks for
_THAT_NEEDED = _rx(r"\b(moet|mag|hoeft)\s+(dat|dit|het)\b", r"\bis\s+(dat|dit|het)\s+(echt\s+)?(nodig|verplicht)\b",
                   r"\b(is|do|does)\s+(that|this|it)\s+(really\s+)?(necessary|needed|allowed|required)\b",
                   r"\bdo\s+they\s+(really\s+)?need\s+(that|this|it)\b", r"\bcan\s+they\s+ask\b")
MEDICAL_FILE = _rx(
    r"\bbankafschrift\w*",
    r"\bbank\s+statements?\b",
    r"\b(dossier|files?|records?)\s+(\w+\s+){0,2}(van\s+het|from\s+the|of\s+the)\s+(ziekenhuis|hospital)\b",
    r"\bafschriften\s+van\s+de\s+bank\b",
    r"\b(hospital|medical|patient|ziekenhuis|medische)\s*(records?|files?|dossiers?|gegevens|notes)\b",
    r"\bmedisch\w*\s+(dossier|gegevens|informatie|verslag|rapport|papieren)",
    r"\bdiagnose\b",
    r"\bdiagnosis\b",
    r"\bmedical\s+(file|records?|data|"
    r"information|details|report|history|proof)",
    r"\bpati[eë]ntendossier\b",
    r"\b(weten|weet)\s+wat\s+(ik|hij|zij|mijn\s+\w+)\s+(precies\s+)?(heb|heeft|mankeer\w*)\b",
    r"\bknow\s+(exactly\s+)?what\s+(i|he|she|my\s+\w+)\s+(exactly\s+)?(have|has)\b",
    r"\b(welke|what|which)\s+(ziekte|aandoening|illness|condition|disease)\b[^.?!]*\b(vertellen|"
    r"zeggen|noemen|weten|tell|say|know|share|disclose)\b",
    r"\b(vertellen|zeggen|noemen|tell|say|share|disclose)\b[^.?!]*\b(welke|what|which)\s+(ziekte|"
    r"aandoening|illness|condition|disease)\b",
)
# A letter or proof from a doctor: a professional confirms the need (not the diagnosis).
_PRO = (
    r"(psychiater|psycholoog|specialist|arts|dokter|huisarts|behandelaar|therapeut|doctor|wijkteam|"
    r"jeugdarts|hulpverlener|social\s+worker|maatschappelijk\s+werker|"
    r"psychiatrist|psychologist|gp|therapist|consultant|physician|verloskundige|midwife)"
)
PROOF = _rx(
    r"\bproof\s+of\s+(my|his|her|our|the)\s+(?!income|salary|earnings|address|savings)\w+",
    r"\bbewijs\s+van\s+(mijn|zijn|haar|onze|de)\s+(?!inkomen|salaris|adres|spaargeld)\w+",
    rf"\b(papieren|papers|documents|documenten|stukken)\b[^.?!]*\b{_PRO}\b",
    rf"\b{_PRO}\b[^.?!]*\b(papieren|papers|documents|documenten|stukken)\b",
    r"\b(prove|proof\s+of|bewijzen|aantonen|laten\s+zien)\b[^.?!]*\b(sick|ill|ziek|ziekte|illness|"
    r"condition|problem\w*|probleem|problemen|care|zorgen|cope)\b",
    rf"\b(bewijs|proof|evidence|verslag|report|brief|briefje|letter|note|verklaring|statement|"
    rf"attest)\b[^.?!]*\b{_PRO}\b",
    rf"\b{_PRO}\b[^.?!]*\b(bewijs|proof|evidence|verslag|report|brief|briefje|letter|note|"
    rf"verklaring|statement|attest)\b",
)
REFUSE_INCOME = _rx(
    r"\b(don'?t|do\s+not|not)\s+(\w+\s+)?(fill\s+in|fill\s+out|enter|give|share|put\s+in|state)\b"
    r"[^.?!]{0,30}\b(income|salary|earnings)",
    r"\b(niet|hoef\w*\s+(toch\s+)?niet)\b[^.?!]{0,30}\b(zeggen|doorgeven|opgeven|laten\s+zien|"
    r"vertellen|geven|delen|tonen|noemen)\b[^.?!]{0,30}\b(inkomen|salaris|loon|verdien\w*)",
    r"\b(moet|hoef)\s+(ik|wij|we)\b[^.?!]{0,40}\b(inkomen|verdien\w*|salaris)\b[^.?!]{0,20}\b("
    r"doorgeven|opgeven|laten\s+zien|vertellen|geven|delen|tonen|noemen|zeggen)",
    r"\b(do|must)\s+(i|we)\s+(really\s+)?(have\s+to|need\s+to)\s+(tell|give|show|share|say|"
    r"disclose|provide|report)\b[^.?!]*\b(income|earn\w*|salary)",
    # "ik wil mijn inkomen niet aan de gemeente doorgeven", "I'd rather not share my income"
    r"\b(inkomen|salaris|loon)\b[^.?!]{0,40}\b(niet|liever\s+niet)\b[^.?!]{0,30}\b(doorgeven|opgeven|geven|delen|"
    r"vertellen|laten\s+zien|tonen|noemen|zeggen)\b",
    r"\b(rather\s+not|don'?t\s+want\s+to|do\s+not\s+want\s+to|refuse\s+to)\s+(\w+\s+){0,2}(share|give|tell|show|"
    r"disclose|report)\b[^.?!]{0,30}\b(income|salary|earnings)",
    r"\b(leeg\s+laten|leeglaten|overslaan|niet\s+invullen|open\s+laten)\b[^.?!]{0,40}\b(inkomen|"
    r"salaris)",
    r"\b(inkomen|salaris)\w*\b[^.?!]{0,40}\b(leeg\s+laten|leeglaten|overslaan|niet\s+"
    r"invullen|open\s+laten)",
    r"\b(leave|skip|not\s+fill\s+in)\b[^.?!]{0,40}\b(income|salary)\b",
    r"\b(income|salary)\b[^.?!]{0,40}\b(empty|blank|skip)\b",
    r"\bdigging\b|\bsnuffelen\b|"
    r"\bneus\s+in\s+(mijn|onze)\s+(financi|geld)",
    r"\b(niet|geen|liever\s+niet|zonder)\b[^.?!]{0,40}\b(inkomen|salaris|loon|verdien\w*)\b"
    r"[^.?!]{0,30}\b(doorgeven|opgeven|laten\s+zien|geven|delen|vertellen|tonen|zien)\b",
    r"\b(inkomen|salaris|loon)\b[^.?!]{0,30}\b(niet|liever\s+niet)\s+(doorgeven|opgeven|"
    r"laten\s+zien|geven|delen|vertellen|tonen)",
    r"\b(inkomen|salaris)\b[^.?!]{0,40}\b(ook\s+)?"
    r"zonder\b",
    r"\bzonder\s+(mijn\s+|ons\s+)?inkomen\b",
    r"\b(don'?t|do\s+not|rather\s+not|not)\s+(want\s+to\s+|wish\s+to\s+)?(share|give|tell|"
    r"disclose|show|provide|reveal)\b[^.?!]{0,40}\b(income|salary|earnings|pay)",
    r"\bwithout\s+(giving|sharing|showing|telling)\b[^.?!]{0,30}\b(income|salary|earnings)",
)
CURRENT_INCOME = _rx(
    r"\b(oude|vorige|old|last|previous|latest|laatste)\s+(year'?s\s+)?(jaaropgave|aangifte|"
    r"belastingaangifte|tax\s+return|tax\s+assessment|aanslag|annual\s+statement)\b",
    r"\b(20\d\d)\s+(tax\s+return|aangifte|jaaropgave|aanslag|tax\s+assessment)\b",
    r"\b(jaaropgave|aangifte|tax\s+return|aanslag)\s+(van|of|from)\s+(20\d\d|vorig|last)\b",
    r"\b(old|oude|vorige|previous|former|earlier)\s+(salary|salaris|income|inkomen|loon|pay|wage)\b",
    r"\b(sick\s+pay|ziektewet|ziekengeld|ziekteuitkering)\b[^.?!]*\b\d+\s*%",
    r"\b\d+\s*%[^.?!]*\b(salaris|salary|loon|pay|inkomen|income|sick\s+pay)\b",
    r"\binkomen\s+van\s+(20\d\d|vorig\s+jaar)\b",
    r"\bincome\s+(of|from|for)\s+(20\d\d|last\s+year)\b",
    # "mijn aanslag van 2 jaar geleden", "my tax return from two years ago"; an income that swings
    r"\b(jaaropgave|aangifte|aanslag|tax\s+return|tax\s+assessment|income|inkomen|salaris|salary)\s+(van|of|from)\s+"
    r"(\w+\s+){0,2}(jaar|jaren|years?)\s+(geleden|ago)\b",
    r"\b(inkomen|income|salaris|salary|loon|pay)\s+(\w+\s+){0,2}(schommel\w*|wisselt|varieert|fluctuat\w*|varies|"
    r"goes\s+up\s+and\s+down)\b",
    r"\bverdien\w*\s+nu\b",
    r"\bnu\s+(alleen\s+)?(nog|maar)\s+\d+\s*%",
    r"\bverdien\w*\b[^.?!]{0,20}\b(minder|lager)\b",
    r"\bearn\w*\b[^.?!]{0,20}\bless\b",
    r"\b(earned|earn|verdiende|verdien|inkomen|income)\b[^.?!]*\b(now|nu|currently|momenteel|"
    r"op\s+dit\s+moment)\b[^.?!]*\?|\b(20\d\d)\b[^.?!]*\b(or|of)\b[^.?!]*\b(now|nu)\b",
    r"\b(inkomen|income|loon|salaris|salary|verdien\w*|earn\w*|aangifte)\b[^.?!]*\bvorig(e)?\s+jaar\b",
    r"\bvorig(e)?\s+jaar\b[^.?!]*\b(inkomen|income|loon|salaris|salary|verdien\w*|earn\w*|aangifte)\b",
    r"\b(which|what|welk\w*)\s+(year'?s?|jaar)\b",
    r"\b(which|what|welk\w*)\b[^.?!]{0,30}\b(income|inkomen|salary|salaris)\b[^.?!]{0,30}\b(counts?|"
    r"telt|tellen)\b",
    r"\b(salary|salaris|loon|wage|pay)\b[^.?!]{0,30}\b(dropped|fell|lower|less|"
    r"gedaald|minder|omlaag|gezakt)\b",
    r"\b(inkomen|income|loon|salaris|salary|verdien\w*|earn\w*|aangifte)\b[^.?!]*\blast\s+year\b",
    r"\blast\s+year'?s?\b[^.?!]*\b(inkomen|income|loon|salaris|salary|verdien\w*|earn\w*|aangifte)\b",
    r"\bhuidige?\s+inkomen",
    r"\bcurrent\s+income",
    r"\b(welk|welke)\s+inkomen\b",
    r"\b(which|what)\s+"
    r"income\b",
    r"\binkomen\b[^.?!]{0,40}\b(gedaald|veranderd|gezakt|minder|"
    r"wisselend|wisselt|lager)\b",
    r"\bincome\b[^.?!]{0,40}\b(dropped|changed|"
    r"fell|fallen|varies|lower|went\s+down)\b",
    r"\b(zzp|freelanc\w*|"
    r"self[\s-]employed|zelfstandige)\b[^.?!]*\b(inkomen|income)\b",
    r"\b(inkomen|income)\b[^.?!]*\b(zzp|freelanc\w*|self[\s-]employed)\b",
)
EXTENSION = _rx(
    r"\bbijna\s+(op|voorbij|afgelopen|klaar)\b",
    r"\balmost\s+(over|up|finished|ending)\b",
    r"\bnog\s+een\s+keer\b",
    r"\bonce\s+more\b",
    r"\bone\s+more\s+time\b",
    r"\b(apply|aanvragen|aanvraag)\b[^.?!]*\b(again|opnieuw|every|elk|ieder|each\s+time|elke\s+keer)\b",
    r"\b(opnieuw|again)\b[^.?!]*\b(apply|aanvragen|aanvraag)\b",
    r"\breappl\w*", r"\bherindicatie\b", r"\bsteeds\s+(weer\s+)?opnieuw\b", r"\ball\s+the\s+time\b",
    # "for a long time", "a longer period" ask for more time; "after a long time unemployed" is
    # the past of a story
    r"\b(for|voor|over|gedurende|need|nodig)\s+(a\s+|een\s+)?(long|longer|lange|langere)\s+(period|periode|time|tijd|"
    r"termijn)\b", r"\b(longer|langere)\s+(period|periode|time|tijd|termijn)\b",
    r"\b(lifelong|levenslang\w*|blijvend\w*|permanent\w*|chronic\w*|chronisch\w*)\b[^.?!]*"
    r"\b(\d+\s+)?(months|maanden|half\s+(a\s+)?year|half\s+jaar|again|opnieuw)\b",
    r"\bloopt\b[^.?!]{0,30}\baf\b",
    r"\b(daarna|erna|after\s+that|afterwards|then)\b[^.?!]*\b(nog|still|again|weer|opnieuw)\b",
    r"\b(nog|still|again|weer|opnieuw)\b[^.?!]*\b(daarna|erna|after\s+that|afterwards)\b",
    r"\bverleng\w*",
    r"\bextend\w*",
    r"\bextension\b",
    r"\brenew\w*",
    r"\bdoorlopen\b",
    r"\bdoorgaan\b",
    r"\bmore\s+time\b",
    r"\blonger\b",
    r"\blanger\b",
    r"\bna\s+(een|1|één|het\s+eerste)\s+jaar\b",
    r"\bna\s+(6|zes)\s+maanden\b",
    r"\bafter\s+(a|one|the\s+first)\s+year\b",
    r"\bafter\s+(6|six)\s+months\b",
    r"\b(houdt|stopt)\s+(het\s+)?(dan\s+)?op\b",
    r"\bafloopt\b|\bloopt\s+af\b",
    r"\b(smi|it|het|dat)\s+(stops|ends|runs\s+out|ophoudt)\b",
    r"\bcarry\s+on\b|\bcontinue\b",
    r"\b(ends?|ending|expires?|expiring|runs?\s+out|is\s+over)\b",
    r"\b(afgelopen|voorbij|"
    r"stopt|eindigt|einddatum|end\s+date)\b",
)
CONTRACT = _rx(
    r"\b(reserv\w*|plaatsing\w*|plek\s+vanaf|place\s+from|offer\w*\s+a\s+place)\b",
    r"\b(confirm|bevestig\w*)\b[^.?!]*\b(this\s+week|deze\s+week|today|vandaag|place|plek|"
    r"before|voor\s+\w*dag)\b",
    r"\balvast\b[^.?!]*\b(opvang|kdv|bso|gastouder|beginnen|starten|wennen|dagopvang)\b",
    r"\b(opvang|kdv|bso|gastouder|beginnen|starten|dagopvang)\b[^.?!]*\balvast\b",
    r"\bwennen\b",
    r"\bsettl\w*[\s-]in\b",
    r"\bterwijl\b[^.?!]*\b(aanvraag|application)\b[^.?!]*\b(loopt|pending)",
    r"\b(signature|handtekening|deposit|aanbetaling|borg|inschrijfgeld|registration\s+fee)\b",
    r"\bwacht\w*\b[^.?!]*\b(tot|totdat)\b[^.?!]*\b(gemeente|besluit|beslist|ja\s+zegt|goedkeur\w*)",
    r"\b(should|must|do)\s+(i|we)\s+wait\b[^.?!]*\b(daycare|childcare|opvang|start|decision|"
    r"gemeente|council)",
    r"\b(start|begin)\w*\b[^.?!]{0,40}\b(already|alvast|meanwhile|in\s+the\s+meantime|"
    r"while\s+we\s+wait|before\s+(we|the|they))\b",
    # a contract with the opvang, not a job contract ("mijn contract is niet verlengd")
    r"\bcontract\w*\b(?![^.?!]*\b(niet\s+verlengd|not\s+renewed|afgelopen|ended|ontslag|baas|werkgever|"
    r"employer|job|baan)\b)(?<!arbeids)(?<!arbeidscontract)",
    r"\b(teken|tekenen|tekent|ondertekenen|sign|signing)\b",
    r"\b(alvast|eerder|nu\s+al|al)\s+(beginnen|starten|"
    r"tekenen)\b",
    r"\bstart\w*\s+(already|before|now|early)\b",
    r"\b(voordat|voor)\b[^.?!]*\b(beslist|besluit|beslissing)\b[^.?!]*\b(beginnen|"
    r"starten|tekenen)\b",
    r"\b(beginnen|starten|tekenen)\b[^.?!]*\b(voordat|voor)\b"
    r"[^.?!]*\b(beslist|besluit|beslissing)\b",
    r"\bbefore\s+(the|a|we\s+get\s+the)\s+"
    r"decision\b",
    r"\bsign\b[^.?!]*\b(before|now|already)\b",
)
REFUSED = _rx(
    r"\bafgewezen\b",
    r"\b(wijst|wees|wezen)\b[^.?!]*\baf\b",
    r"\bafwijzing\b",
    r"\breject(ed|ing|s)?\b",
    r"\brefus(ed|ing|al)\b",
    r"\brejection\b",
    r"\bturned\s+(\w+\s+){0,2}down\b",
    r"\bdidn'?t\s+get\b",
    r"\bniet\s+gekregen\b",
    r"\bgeweigerd\b",
    r"\bsaid\s+no\b",
)
PENDING = _rx(
    r"\b(decision|besluit|beslissing)\b[^.?!]*\b(not\s+yet|nog\s+niet|niet\s+binnen)",
    r"\bwait\w*\s+(for|on)\s+(the\s+)?(gemeente|council|municipality|decision|answer|reply)",
    r"\b(pending|waiting\s+for|not\s+yet\s+(decided|approved)|still\s+(open|processing))\b",
    r"\b(loopt\s+nog|nog\s+in\s+behandeling|wacht\w*\s+(nog\s+)?op)\b",
    r"\b(nog\s+(niks|niets|niet|geen))\b[^.?!]*\b(besloten|beslist|besluit|beslissing|"
    r"goedgekeurd|toegekend|gehoord)",
    r"\b(before|until)\s+(the|a|we\s+get\s+the)\s+"
    r"decision\b",
    r"\b(not|no)\b[^.?!]*\b(decided|decision|approved)\b",
    r"\bvoordat\b[^.?!]*\b(beslist|besluit|goedgekeurd)",
)
# who may get the help: the writer, or the family a relative or professional writes about
_NL_SUBJ = r"(ik|wij|we|zij|ze|hij|het\s+gezin|mijn\s+(dochter|zoon|zus|broer|cli[eë]nte?|buurvrouw|buurman))"
_EN_SUBJ = r"(i|we|they|she|he|the\s+family|my\s+(daughter|son|sister|brother|client|neighbou?r))"
ELIGIBILITY = _rx(
    r"\bin\s+aanmerk\w*",
    r"\brecht\s+op\b", r"\brecht\s+(heb|hebben|hebt|heeft)\s+op\b",
    r"\b(of|whether)\s+(ik|wij|we|i)\s+(\w+\s+){0,2}(smi\s+(kan|kunnen|krijg|krijgen|zou)|(can|could|would)\s+"
    r"(get|receive|have)\s+smi)\b", r"\b(a|any|the)\s+right\s+to\s+smi\b",
    # "smi of toeslag?" after a story: which of the two is theirs
    rf"\b{_SMI}\s+(of|or)\s+(de\s+|the\s+)?{_KOT}\s*\?", rf"\b{_KOT}\s+(of|or)\s+(de\s+|the\s+)?{_SMI}\s*\?",
    # "what can the council do for our daycare?", "wat kan de gemeente voor ons doen?"
    r"\b(what|how)\s+(can|could|will|would)\s+(the\s+)?(gemeente|council|municipality|city)\s+(do|help)\b",
    r"\bwat\s+(kan|kunnen|zou|wil)\s+de\s+gemeente\s+(\w+\s+){0,5}?(doen|betekenen|regelen)\b",
    # "kan de gemeente de opvang van mijn broertje betalen?" (the verb at the end, in Dutch)
    r"\b(kan|kun|zal|wil|can|could|will|would)\s+(de\s+|the\s+)?(gemeente|council|municipality)\s+(\w+\s+){0,6}?"
    r"(betalen|helpen|vergoeden|bijdragen|pay|help|cover)\b",
    # "(ik weet niet) of het voor mij is", "whether it's for us"
    r"\b(of|whether|if)\s+(het|it|dat|that|smi|this|dit)\s+(ook\s+|also\s+)?(is\s+)?(voor\s+(mij|ons)|for\s+(me|us))\b",
    r"\b(of|whether|if)\s+(het|dat|smi|dit)\s+(ook\s+)?voor\s+(mij|ons)\s+(is|geldt)\b",
    # "is smi dan voor mij of iets anders?", "is SMI for us or something else?"
    rf"\b(is|zou|would|could|geldt)\s+({_SMI}|het|dat|it|that|this|dit)\s+(dan\s+|then\s+|ook\s+|also\s+|even\s+|wel\s+)*"
    r"(iets\s+)?(voor|for)\s+(mij|ons|me|us|mijn\s+gezin|my\s+family|our\s+family)\b",
    rf"\b{_SMI}\b[^.?!]{{0,30}}\b(of|or)\s+(iets\s+anders|something\s+else|another\s+(thing|scheme))\b",
    # "krijgen we de opvang vergoed?", "can we get the daycare paid for?"
    rf"\b(krijg|krijgen|kan|kunnen|kun)\s+{_NL_SUBJ}\s+(de\s+|onze\s+|mijn\s+)?(kinder)?(opvang|kosten|kdv|bso)\s+"
    r"(\w+\s+)?(vergoed|betaald|terug)\b",
    rf"\b(can|could|will|would|do)\s+{_EN_SUBJ}\s+get\s+(the\s+|our\s+|my\s+)?(daycare|childcare|nursery|creche|"
    r"bso|costs?)\s+(\w+\s+)?(paid|covered|reimbursed|refunded)\b",
    rf"\b(can|could|will|would|do)\s+{_EN_SUBJ}\s+get\s+(help|support|money)\s+(with|for)\s+(the\s+)?(daycare|"
    r"childcare|nursery|creche|bso)\b",
    rf"\b(krijg|krijgen|kan|kunnen)\s+{_NL_SUBJ}\s+(hulp|geld|steun)\s+(bij|voor)\s+(de\s+)?(kinder)?opvang\b",
    # after a story: "kan ik hulp krijgen (voor de opvang)?", "is there (any) help for opvang?",
    # "wat zijn de mogelijkheden voor kinderopvang?"
    rf"\b(kan|kun|kunnen|krijg|krijgen)\s+{_NL_SUBJ}\s+(\w+\s+)?(hulp|steun|ondersteuning|vergoeding)\s+(krijgen|bij|voor|met)?\b",
    r"\b(is|are)\s+there\s+(any\s+|some\s+)?(help|support|money|funding)\s+(with|for)\s+(the\s+)?(daycare|childcare|"
    r"child\s+care|opvang|kinderopvang|nursery|creche|bso|kdv)\b",
    r"\b(mogelijkheden|opties|options|possibilities)\s+(voor|for)\s+(de\s+)?(kinder)?(opvang|childcare|daycare)\b",
    # "wie betaalt dan de opvang?", "kinderopvang betalen wie?" after a story: which scheme pays
    r"\b(wie|who)\s+(betaalt|pays|gaat\s+(dat\s+|het\s+)?betalen|will\s+pay)\b", r"\bbetal\w*\s+wie\b",
    # "what scheme applies?", "welke regeling geldt voor ons?" after a story
    r"\b(what|which)\s+(scheme|regulation|route|option|benefit|one)\s+(applies|is\s+(it|for\s+us|ours)|do\s+we\s+"
    r"(need|get)|should\s+we|fits)\b",
    r"\bwelke\s+(regeling|route|optie|toeslag)\s+(geldt|is|past|hebben|krijgen|moeten)\b",
    # "is SMI something for us?", "kan smi ons helpen?", "does SMI apply to us?"
    rf"\b(is|would|could)\s+({_SMI}|it|this|that)\s+(be\s+)?(something|an\s+option|iets|een\s+optie)\s+(for|voor)\s+"
    r"(us|me|ons|mij|my\s+family|ons\s+gezin)\b",
    rf"\b(is|zou)\s+({_SMI}|het|dit|dat)\s+(\w+\s+)?(iets|een\s+optie)\s+(voor\s+)?(ons|mij|ons\s+gezin)\b",
    rf"\b(can|could|will|would|kan|kunnen|zou)\s+{_SMI}\s+(ons\s+|mij\s+|us\s+|me\s+|my\s+family\s+)?(help|helpen)\b",
    rf"\b(does|would|will)\s+{_SMI}\s+(apply|count)\s+(to|for)\s+(us|me|our\s+family)\b",
    rf"\b(geldt|telt)\s+{_SMI}\s+(ook\s+)?voor\s+(ons|mij)\b",
    r"\b(anything|something|iets)\s+(that\s+)?(the\s+(gemeente|municipality|council|city)|de\s+gemeente)\s+"
    r"(can|could|kan|zou)\s+(do|doen|help\w*)\b",
    r"\b(kom|komen|kan|kunnen|krijg|krijgen)"
    r"\s+(ik|wij|we)\b[^.?!]*\bsmi\b",
    r"\bpast\s+smi\b",
    r"\bqualif\w*",
    r"\beligib\w*",
    r"\bentitled\b",
    r"\b(can|could|will|would)\s+(i|we)\s+(get|receive|apply)\b",
    r"\bdo\s+(i|we)\s+(get|have\s+a\s+right)\b",
    r"\bmaak\s+ik\s+kans\b",
    # "is overload enough reason for SMI?", "does the child's development count as a reason?"
    r"\b(genoeg|voldoende)\s+(reden|grond)\b", r"\b(enough|sufficient|good|valid)\s+(reason|ground)s?\b",
    r"\b(reden|grond)\s+(voor|om)\s+(smi|opvang)\b", r"\breasons?\s+for\s+smi\b",
    r"\bcounts?\s+as\s+(a\s+)?(reason|ground)\b", r"\btelt\b[^.?!]*\b(als\s+)?(reden|grond)\b",
    r"\b(something|iets)\s+(smi|that\s+smi)\s+(covers|is\s+for)\b", r"\bsmi\s+covers\b",
    r"\b(do|would|will)\s+(i|we)\s+need\s+smi\b",
    r"\b(kan|kun|could|can)\s+(de\s+gemeente|the\s+(gemeente|municipality|council|city))\s+(ons\s+|mij\s+|us\s+|me\s+)?"
    r"(helpen|help|iets)\b", r"\b(heb|hebben)\s+(ik|wij|we)\s+smi\s+nodig\b",
    r"\b(another|other|different)\s+(way|route|option|scheme)\b",
    r"\b(does|will|would|can)\s+the\s+(gemeente|municipality|council)\s+(pay|help|cover)\b[^.?!]*"
    r"\b(in\s+that\s+case|then|for\s+us|for\s+me)\b",
    r"\b(betaalt|helpt|vergoedt)\s+de\s+gemeente\b[^.?!]*\b(dan|in\s+dat\s+geval|voor\s+ons|voor\s+mij)\b",
    r"\b(andere|een\s+andere)\s+(manier|route|mogelijkheid|regeling|weg)\b",
)


# What happens to the data given in the application (AVG): who sees it, how long it is kept.
# About this chat itself ("does the chat keep what I type") is item privacy-chat, left to retrieval.
PRIVACY = _rx(
    r"\b(who|wie)\b[^.?!]{0,40}\b(see|sees|seeing|read|reads|access|view|zien|ziet|lezen|leest|"
    r"inzien|inzage|te\s+zien|gets?\s+to\s+see|krijgt\s+(\w+\s+)?te\s+zien|has\s+access|heeft\s+toegang)\b",
    r"\b(how\s+long|hoe\s*lang)\b[^.?!]{0,40}\b(kept|keep|keeps|stored|store|stores|saved|held|retain\w*|"
    r"bewaard|bewaren|bewaart|opgeslagen|vastgehouden)\b",
    r"\bwhat\s+(happens|is\s+done|do\s+they\s+do|does\s+(the\s+)?\w+\s+do)\s+(with|to)\b",
    r"\bwat\s+(gebeurt|doen\s+ze|doet\s+(de\s+)?\w+)\s+(er\s+)?(allemaal\s+)?met\b",
    r"\b(privacy|avg|gdpr|persoonsgegevens|personal\s+data|vertrouwelijk\w*|confidential\w*)\b",
    r"\b(shared|gedeeld|delen|share|sharing|doorgegeven|doorgeven|passed\s+on|sent\s+on)\s+(with|met|to|aan)\b",
)
_PRIVACY_WHAT = gre.compile(
    r"\b(information|info|data|details|gegevens|informatie|health|gezondheid|medical|medisch\w*|diagnos\w*|"
    r"illness|ziekte|disorder|stoornis|depress\w*|mental|psychisch\w*|privacy|avg|gdpr|"
    r"what\s+i\s+(write|wrote|fill|put|tell)|wat\s+ik\s+(\w+\s+){0,6}(schrijf|invul|opgeef|vertel|vul))\b")
_PRIVACY_WHERE = gre.compile(
    r"\b(form|forms|application|aanvraag\w*|formulier\w*|gemeente|council|municipality|opvang|"
    r"daycare|nursery|provider|smi|apply|aanvragen)\b")
_THIS_CHAT = gre.compile(r"\b(chat|chatbot|bot|this\s+(conversation|site|website|tool)|deze\s+(site|website|"
                        r"tool)|dit\s+gesprek|what\s+i\s+type|wat\s+ik\s+(hier\s+)?typ\w*)\b")


# The child itself has a Wlz indication or needs treatment day care: that route comes first.
_KID = (
    r"(zoon|zoontje|dochter|dochtertje|kind|kindje|baby|son|daughter|child|kid|boy|girl|"
    r"youngest|oldest|eldest|jongste|oudste|kleine|little\s+one|twins?|tweeling|"
    r"hij|zij|he|she|\d{1,2}[\s-]*(?:year|yr|jaar)s?[\s-]*(?:old|oud)?|toddler|peuter)"
)
CHILD_WLZ = _rx(
    # (not "son-in-law": a grandparent's word for a parent)
    rf"\b{_KID}\b(?![\s-]in[\s-]law)[^.?!]{{0,80}}\b(heeft|krijgt|has|got|gets|with|met)\b[^.?!]{{0,60}}"
    r"\b(wlz|ciz)\b",
    rf"\bwlz[\s-]*(indicatie|indication)?\s+((gekregen|received|got|granted|toegekend)\s+)?(voor|for)\s+"
    rf"(mijn|ons|onze|my|our|het|the)\s+{_KID}\b",
    # "het CIZ heeft haar een indicatie gegeven", "the CIZ assessed him": the child's own Wlz
    r"\bciz\b[^.?!]{0,60}\b(haar|hem|her|him|zoon|zoontje|dochter|dochtertje|kind|son|daughter|child)\b",
    r"\b(haar|hem|her|him|zoon|dochter|kind|son|daughter|child)\b[^.?!]{0,40}\b(zorg\s+met\s+verblijf|"
    r"care\s+with\s+(a\s+)?stay)\b",
)
CHILD_MKD = _rx(
    r"\bmedisch\w*\s+kinderdagverblijf",
    r"\bmkd\b",
    r"\bmedical\s+day[\s-]*(care|"
    r"nursery|centre|center)",
    r"\bbehandelgroep\b",
    # the child's day treatment, not a parent's ("ik ga in dagbehandeling"): as the facts read it
    CHILD_AMBIGUOUS_TREAT.pattern,
    r"\b(therapeutic|therapeutische|specialist|special[\s-]needs|orthopedagogisch\w*)\s+(\w+\s+)?"
    r"(day\s*care|daycare|nursery|group|groep|peutergroep|dagopvang|opvang)\b",
    r"\b(behandel|ontwikkelings|therapie)(groep|peutergroep|dagopvang)\b",
    r"\b(treatment|behandel\w*|therapy)\s+(\w+\s+)?(day\s*care|daycare|group|groep|centre|center|nursery)\b",
    r"\bkinderdagcentrum\b",
)
FEE = _rx(
    r"\bbijbetal\w*",
    r"\bextra\s+betalen\b",
    r"\bwhat\s+(would|will|do|does|should)\s+(i|we)\s+(have\s+to\s+)?pay\b",
    r"\bwat\s+(betaal|betalen)\s+(ik|wij|we)\b",
    # "wat we zelf gaan betalen", "wat ik dan moet betalen", "what we'd pay": the verb after
    r"\bwat\s+(ik|wij|we|je|u)\s+(\w+\s+){0,3}(betaal|betalen|betaalt|kwijt\s+(ben|zijn))\b",
    r"\bwhat\s+(i|we|you)('d|'ll)?\s+(\w+\s+){0,3}pay\b",
    r"\bhoeveel\b[^.?!]*\b(betaal|betalen|kost|bijdrage|zelf)",
    r"\beigen\s+bijdrage\b",
    r"\bouderbijdrage\b",
    r"\bhow\s+much\b[^.?!]*\b(pay|cost|contribut)",
    r"\b(own\s+)?contribution\b",
    r"\bwat\s+(moet|moeten)\s+(ik|wij|we)\b[^.?!]*\bbetalen",
    r"\bwat\s+kost\b",
    r"\bwhat\s+(does|will|would)\b[^.?!]*\bcost\b",
    r"\bzelf\s+betalen\b",
    r"\bpay\s+(myself|ourselves|ourself)\b",
    r"\bwat\s+betaal\b",
    # "wat blijft er over voor ons?", "what's my own share?": what the parent still pays
    r"\bwat\s+blijft\s+(er\s+)?(nog\s+)?(voor\s+\w+\s+)?over\b", r"\bown\s+share\b",
    r"\beigen\s+deel\b", r"\bwhat\s+(is|'s)\s+left\s+(for|to)\b",
    # "what would our own part be?", "hoe groot is ons deel?" (not "my part of the form")
    r"\b(my|our|own)\s+part\b(?!\s+(of|in)\s+(the\s+)?(form|application|story|job))",
    r"\b(mijn|ons|onze)\s+deel\b(?!\s+van\s+het\s+(formulier|verhaal))",
)


# Items that answer the same ask from another side: when retrieval finds one of these surely,
# its wording fits the question better than the ask's default item.
FAMILIES = (
    frozenset({"vermogen", "nooit-gevraagd"}),
    frozenset({"nooit-gevraagd", "verklaring-professional", "privacy-gegevens"}),
    frozenset({"wie-vraagt-aan", "hulp-taal-formulier"}),
    frozenset({"inkomen", "afgewezen-inkomen"}),
    frozenset({"smi-en-kot", "verschil-smi-kot"}),
    # "does the gemeente pay everything?": the own contribution, and that a gemeente may pay more
    frozenset({"eigen-bijdrage", "wie-betaalt"}),
)
# Items that do not follow another as a second answer. How long SMI lasts already says that the
# gemeente follows the family and can extend, and "how long until it runs out?" is not how long a
# decision takes. A professional's signature is the statement: the opvang contract does not follow.
# After a refusal, "how much time do I have?" is the time to object, not the time to decide.
COVERS = {"duur": frozenset({"verlengen", "volgen", "beslistermijn"}),
          "verklaring-professional": frozenset({"starten-voor-besluit"}),
          "bezwaar": frozenset({"beslistermijn"})}


def same_family(a: str, b: str) -> bool:
    return any(a in f and b in f for f in FAMILIES)


def covered(item: str, by: str) -> bool:
    return item in COVERS.get(by, ())


def asks_fee(text: str) -> bool:
    """The message asks what the parent pays."""
    return bool(FEE.search(plain(text)))


_SPLIT = gre.compile(r"(?<=[.?!])\s+|\n+")
_Q_START = gre.compile(
    # ("pls just fill in the form": more than one small word may come first)
    r"^\s*(en\s+|and\s+|maar\s+|but\s+|dus\s+|so\s+|ok\s+|oke\s+|okay\s+|pls\s+|plz\s+|ff\s+)*(wat|hoe|hoeveel|hoelang|"
    r"wanneer|waar|welke|welk|wie|waarom|kan|kun|kunt|mag|moet|moeten|krijg|"
    r"krijgen|is|zijn|heb|hebben|hoeft|hoef|telt|tellen|kijken|gaat|wil|wilt|"
    r"zeg|leg|what|how|when|where|which|who|why|can|could|do|does|did|is|are|"
    r"will|would|should|may|must|please|explain|tell|just|"
    # an imperative asks too: "vul jij het maar in", "decide for me whether ...", "apply for us"
    r"vul|vult|zet|start|begin|ga|regel|doe|stuur|bel|zoek|dien|maak|decide|apply|fill|submit|send|"
    r"connect|call|book|arrange|sort|check|kijk)\b"
)


# A request that ends in "please" asks too: "ff het formulier voor me invullen pls."
_PLEASE_END = gre.compile(r"\b(pls|plz|please|aub|a\.u\.b|alsjeblieft|alstublieft|svp)\W*$")


# "Ik heb spaargeld geërfd. Telt dat mee?": a short question pointing back at the sentence before
_POINTS_BACK = gre.compile(
    r"\b(dat|dit|die|daar\w*|dan|daarna|that|this|it|those|these|there|"
    r"then|after\s+that)\b"
    # "het" as a pronoun ("telt het mee?"), not as the article ("moet de opvang in het LRK staan?")
    r"|\bhet\b(?=\s*([?.!,]|$|\s+(dan|ook|wel|nog|nu|mee|toch|eigenlijk|niet|weer|zo|uit|aan|op|af)\b))"
)


@remembered
def asking_part(text: str) -> str:
    """The sentences that ask something: ending in "?" or opening with a question word or an
    imperative (with the sentence before, when a short question points back at it); the last
    sentence when none does. Joined, in plain lower case."""
    sentences = [s.strip() for s in _SPLIT.split(plain(text)) if s.strip()]
    asking: list[str] = []
    for i, s in enumerate(sentences):
        if s.endswith("?") or _Q_START.search(s):
            if i > 0 and len(s.split()) <= 14 and _POINTS_BACK.search(s):
                # "dat" may point one or two sentences back ("Ik heb een erfenis gekregen. Ik
                # ben ziek en mijn man werkt. Moet ik dat melden?")
                asking.extend(x for x in sentences[max(0, i - 2) : i] if x not in asking)
            asking.append(s)
    if not asking:  # no question: a request that ends in "please", else the last sentence
        asking = [s for s in sentences if _PLEASE_END.search(s)] or sentences[-1:]
    return " . ".join(asking)


# The tool as the one who acts: "kan de chat ...", "I need you to ...".
_TOOL = gre.compile(
    r"\b(kan|kun|kunnen|can|could|will|would|does|do)\s+(de|deze|this|the|your)\s+(chat|bot|"
    r"chatbot|tool|site|website|wegwijzer|app)\b|\b(i|we)\s+(need|want|would\s+like)\s+you\s+to\b|"
    r"\bik\s+wil\s+(graag\s+)?dat\s+(je|jij|u)\b"
)
# Marks of a request rather than a general "can one ...?": the parent's own case (mijn/my),
# "even", "please", an imperative, the tool named, a verb that only a helper can do.
_REQUEST = gre.compile(
    r"\b(mijn|my|our|onze|ons|me|mij|ik|i|jij)\b|"
    # for the person the helper writes about: "kunt u voor mevrouw de aanvraag invullen?", "can
    # you submit it for her?"
    r"\b(voor|for|namens|on\s+behalf\s+of)\s+(haar|hem|hen|her|him|them|mevrouw|meneer|mevr|dhr|"
    r"(de\s+|mijn\s+|the\s+|my\s+|our\s+|onze\s+)?(client\w*|clients?|family|familie|gezin|moeder|vader|"
    r"mother|father|mum|mom|dad|patient\w*|buurvrouw|buurman|neighbou?r))\b|\b(could|would|will)\s+you\b|\b(zou|wil|wilt)\s+"
    r"(je|jij|u)\b|\b(de\s+)?gemeente\s+(te\s+)?(vragen|bellen|mailen)\b|\b(ask|tell|call|email|"
    r"contact)\s+(the\s+)?(gemeente|council|municipality)\b|\b(even|eens|ff|effe|please|pls|plz|alsjeblieft|"
    r"alstublieft|aub|graag)\b|"
    # "can you change the decision?", "kunt u dat nakijken?": a verb only a helper can do
    r"\bcan\s+(you|u)\s+(change|overturn|reverse|approve|grant|speed\s+up|look\s+into|find\s+out)\b|"
    # ("kun je een klacht indienen?" asks what one can do: only "u"/"jij" addresses the tool)
    r"\b(kunt\s+u|kan\s+u|kun\s+jij|kan\s+jij)\s+(\w+\s+){0,6}(nakijken|regelen|uitzoeken|checken|"
    r"controleren|goedkeuren|terugdraaien|herzien|intrekken|doorsturen)\b|"
    r"^\s*(just\s+|gewoon\s+|please\s+)?(regel|zorg|zoek|schrijf|doe|"
    r"vul|stuur|bel|check|kijk|dien|maak|write|handle|file|change|fill|submit|draft|send|find|tell|"
    r"ask|make|arrange|sort)\b|\b(uitzoeken|zoek\w*\s+\w*\s*uit|nakijken|checken|check|"
    r"find\s+out|look\s+into|trace|chase|zorgen|zorg)\b|" + _TOOL.pattern
)
_GENERIC = gre.compile(
    r"\b(als|wanneer|indien)\s+(je|u|jij|men)\b|\b(if|when|once|whether)\s+"
    r"(you|one)\b|\bje\s+(kunt|kan)\s+(ook|altijd)\b"
)


_DIRECT = gre.compile(
    r"\b(can|could|will|would)\s+you\s+do\s+(that|this|it)\b|\b(kun|kan|kunt|wil|"
    r"wilt)\s+(jij|je|u)\s+dat\s+(doen|regelen|voor\s+mij\s+doen)\b"
)


# Something of SMI, the gemeente or an application: without it, "can you write a birthday card?"
# is not a request for the gemeente's help (off-topic). A complaint alone is not ours: a complaint
# to a landlord or an employer (intents.OTHER_PARTY) names no SMI word.
_OURS_WORDS = (r"smi", r"s\.m\.i", r"gemeente\w*", "municipality", "council", r"aanvraag\w*", "application",
               "formulier", "form", "opvang", r"kinderopvang\w*", "kdv", "bso", "daycare", "childcare",
               "nursery", r"gastouder\w*", r"bezwaar\w*", "objection", "besluit", "beschikking", "decision",
               "indicatie", r"toeslag\w*", "wijkteam")
_COMPLAINT_WORDS = (r"klacht\w*", "complaint")
_OURS_NOT_COMPLAINT = gre.compile(rf"\b({'|'.join(_OURS_WORDS)})\b")
_OURS = gre.compile(rf"\b({'|'.join(_OURS_WORDS + _COMPLAINT_WORDS)})\b")


def _acts(q: str, whole: str) -> str | None:
    """Which action the tool is asked to do for the parent, if any: a request to the tool ("kunt
    u", "can you", an imperative, "namens mij"), a verb of doing, and its object. "Kunt u
    uitzoeken wat er mis is?" after a sentence about the payment reads the object from the
    whole message."""
    behalf = _ON_MY_BEHALF.search(q)
    if OTHER_PARTY.search(whole) and not _OURS_NOT_COMPLAINT.search(whole):
        return None  # the retrieval decides: nothing of SMI in it is off-topic
    if INFO_REQUEST.search(q):
        return None  # "could you send me information about SMI" asks for an explanation
    if not (re.search(_YOU, q) or behalf or _TOOL.search(q)) or not _DO.search(q):
        return None
    if _EXPLAIN.search(q) and not behalf:
        return None
    if _THIRD.search(q) and not _DIRECT.search(q):
        # "can my social worker apply for me": another person acts (unless the tool is asked
        # outright: "I need someone to fight the decision, can you do that?")
        return None
    # "kan je bezwaar maken?" asks what one can do; "kunt u mijn bezwaar schrijven?" asks the tool
    if not behalf and (_GENERIC.search(q) or not _REQUEST.search(q)):
        return None
    for name, rx in OBJECTS:
        if rx.search(q):
            return name
    for name, rx in OBJECTS[:4]:
        if rx.search(whole):
            return name
    if gre.search(r"\b(submit|indienen|dien\s+(\w+\s+){0,3}in|lodge)\b", q) and _OURS.search(whole):
        return "fill_in"  # "can you just submit it for her?" after a question about the gemeente
    if gre.search(r"\b(change|veranderen|verander|aanpassen|wijzigen|verhogen|increase)\b", q):
        return "decision"  # "can you change my SMI to 3 days?": only a new decision can
    if re.search(
        r"\b(regel\w*|arrange|sort\s+out|zorg\w*|fix|handle|bel|bellen|call|mail\w*|"
        r"e-?mail|uitzoeken|nakijken|checken|check|find\s+out|look\s+into|write|schrijf|"
        r"schrijven|send|stuur|sturen)\b",
        q,
    ) and _OURS.search(whole):
        return "status"  # arranging something with the gemeente: only the gemeente can
    return None


# "heeft het zin om aan te vragen?" after naming what they earn: a question about income
WORTH = _rx(
    # "does that rule us out?", "valt dat buiten de regeling?" after a sentence about what they earn
    r"\brules?\s+(us|me|them|my\s+family|our\s+family)\s+out\b",
    r"\b(disqualif\w*|exclude[sd]?)\s+(us|me)\b",
    r"\b(sluit|sluiten)\s+(dat|dit|het)\s+(ons|mij|me)\s+uit\b",
    r"\b(vallen|val)\s+(we|wij|ik)\s+(dan\s+)?(af|erbuiten|buiten\s+de\s+boot)\b",
    r"\b(count|counts|work|works)\s+against\s+(us|me)\b",
    r"\b(werkt|telt)\s+(dat|dit|het)\s+tegen\s+(ons|mij|me)\b",
    r"\bstaat\s+(dat|dit|het)\s+(ons\s+|mij\s+)?in\s+de\s+weg\b",
    r"\b(stand|stands|get|gets)\s+in\s+(the|our|my)\s+way\b",
    r"\bheeft\s+het\s+(wel\s+|nog\s+)?zin\b",
    r"\bde\s+moeite\s+(waard|om)\b",
    r"\bworth\s+(it|applying|trying|a\s+try)\b",
    r"\bany\s+point\b",
    r"\bis\s+it\s+worth\b",
    r"\bzin\s+om\b",
)
_MONEY_WORDS = gre.compile(r"\b(verdien\w*|inkomen|salaris|loon|income|earn\w*|salary|wages?)\b|€\s?\d|"
                          r"\b\d{2,3}(?:[.,]\d{3})+\b|\b\d{2,3}\s?k\b")
# "does that rule us out?", "komen wij dan nog in aanmerking?" after an income: asks B5
RULED_OUT = _rx(
    r"\brul(e|es|ed)\s+(us|me|them|him|her)\s+out\b", r"\bruled\s+out\b",
    r"\b(exclude[sd]?|disqualif\w*|uitgesloten|uitsluit\w*)\b",
    r"\b(komen|kom|vallen|val)\s+(wij|we|ik)\s+(dan\s+)?(nog\s+|toch\s+)?(wel\s+)?(in\s+aanmerking|buiten)",
    r"\bstill\s+(qualify|be\s+eligible|eligible|get\s+it|get\s+smi)\b",
    r"\b(is|would\s+be|will\s+be)\s+(that|this|it|our\s+income|my\s+income|his\s+income|her\s+income|"
    r"his\s+salary|her\s+salary)\s+(be\s+)?(a\s+)?problem",
    r"\b(is|vormt|wordt)\s+(dat|dit|het|ons\s+inkomen|zijn\s+salaris|haar\s+salaris)\s+(dan\s+)?(een\s+)?probleem",
    r"\bstand\s+in\s+the\s+way\b", r"\bbuiten\s+de\s+boot\b",
)


# A question with its own subject ("how long does it take?") does not borrow one from the story.
_SPECIFIC_Q = gre.compile(
    r"\b(hoe\s*lang|how\s+long|wanneer|when|hoeveel|how\s+(much|many)|"
    r"waar\s+(vraag|moet|kan)|where|beslist|decide\w*)\b"
)


_STORY_DIAGNOSIS = gre.compile(r"\b(since|sinds|na|after|with|met|from|door|because\s+of)\s+(my|mijn|m'n|his|her|zijn|"
                              r"haar|the|de|a|een)\s+(\w+\s+)?(diagnos[ei]s|diagnose)\b")


_PRO_NOUN = gre.compile(r"\b(huisarts|gp|doctor|dokter|wijkteam\w*|social\s+worker|maatschappelijk\s+werk\w*|coach|"
                       r"begeleider|hulpverlener|consulent|case\s*manager|casemanager|specialist|psycholoog|"
                       r"psychologist|therapeut|therapist|praktijkondersteuner)\b")
_PRO_SIGNS = gre.compile(
    r"\b(does|do|must|should|will|has|moet|hoeft|gaat|zal|kan|mag)\s+(she|he|zij|hij|ze|they|"
    r"(the|my|our|de|mijn|onze|ons)\s+(social\s+worker|doctor|gp|huisarts|wijkteam\w*|coach|begeleider|hulpverlener|"
    r"consulent|casemanager|case\s+manager|dokter|specialist|psycholoog|psychologist|maatschappelijk\s+werker)"
    # "moet de huisarts of het wijkteam iets tekenen", "does my GP or social worker need to sign"
    r"(\s+(of|or|en|and)\s+(the|my|our|de|het|mijn|onze|ons)?\s*\w+(\s+worker)?)?)"
    r"\s+(\w+\s+){0,3}(sign|tekenen|ondertekenen)\b")


def _story_topic(q: str, whole: str) -> Ask | None:
    """The specific questions that come inside a story about the family (class 1)."""
    if INCOME_ACCESS.search(q) and REFUSED.search(whole):
        return Ask("refused_income", ("afgewezen-inkomen", "inkomen"), judge=True)
    if REFUSE_INCOME.search(q) or REFUSE_INCOME.search(whole) and re.search(
            r"\b(kan|kun|can|could|mag|may|still|nog|krijg\w*|get|possible|mogelijk)\b", q):
        # the refusal told first, then "kan ik dan nog steeds SMI krijgen?"
        return Ask("refuse_income", ("geen-inkomen-opgeven",), judge=True)
    if CURRENT_INCOME.search(q) or (
        gre.search(r"\b(inkomen|income|verdien\w*|earn\w*|loon|salaris|salary)\b", q)
        and CURRENT_INCOME.search(whole)
        and not INCOME_ACCESS.search(q)
    ):
        return Ask("current_income", ("huidig-inkomen",), judge=True)
    if INCOME_ACCESS.search(q) or ((WORTH.search(q) or RULED_OUT.search(q))
                                   and _MONEY_WORDS.search(whole)):
        return Ask("income_access", ("inkomen",), judge=True)
    if ASSETS.search(q):
        return Ask("assets", ("vermogen",), judge=True)
    told = _STORY_DIAGNOSIS.sub(" ", q)  # "since my cancer diagnosis" tells, it does not ask
    if PROOF.search(q) and not MEDICAL_FILE.search(told):
        return Ask("proof_professional", ("verklaring-professional", "nooit-gevraagd"), judge=True)
    if MEDICAL_FILE.search(told) or (_THAT_NEEDED.search(q) and MEDICAL_FILE.search(
            _STORY_DIAGNOSIS.sub(" ", whole))):  # "... zijn hele dossier. moet dat?"
        # "... or what exactly do they need to bring?": what to bring, after what is never asked
        return Ask("medical_file", ("nooit-gevraagd", "voorbereiden") if PAPERS.search(q)
                   else ("nooit-gevraagd",), judge=True)
    if _PRO_SIGNS.search(q) and _PRO_NOUN.search(whole):
        # "our social worker will help; does she need to sign something?": her statement
        return Ask("proof_professional", ("verklaring-professional", "nooit-gevraagd"), judge=True)
    if CONTRACT.search(q) or (CONTRACT.search(whole) and PENDING.search(whole)):
        return Ask("contract", ("starten-voor-besluit",), judge=True)
    if EXTENSION.search(q) and not gre.search(r"\b(hoe\s+lang|how\s+long)\b", q) \
            and not _holiday_only(q):
        return Ask("extension", ("verlengen",), judge=True)
    return None


def _holiday_only(q: str) -> bool:
    """"Does it continue in the school holidays?" asks about the weeks of a year (no source of
    ours), not about extending SMI after its term: no extension answer (a 'Yes' there misleads)."""
    return bool(gre.search(r"\b(\w*vakantie\w*|holidays?|vacation|zomer|summer|kerst\w*|christmas)\b",
                          q)) and not gre.search(r"\b(verleng\w*|extend\w*|extension|renew\w*)\b", q)


# Round 3 classes (issue 11): what the asking sentence wants, read before the story around it.
# Off-topic although it names children: a car, a tax return, a match result.
OFF_FAMILY = _rx(
    r"\b(auto|car|minibus|gezinsauto|family\s+car)\b[^.?!]*\b(kinderzitje\w*|zitjes?|seats?|groot|"
    r"big|fits?|past|kopen|buy)\b",
    r"\b(welke|which|what)\s+(auto|car)\b",
    r"\b(belastingaangifte|aangifte\s+inkomstenbelasting|tax\s+return|tax\s+form)\b",
    r"\b(voetbal\w*|football|soccer|uitslag|score|wedstrijd|match)\b[^.?!]*\b(gisteren|yesterday|"
    r"last\s+night|vanavond|tonight|gewonnen|won|uitslag|score)\b",
    r"\b(ajax|psv|feyenoord|az|fc\s+\w+)\b",
)
# How to object and what goes in it ("wat moet er in een bezwaarschrift?")
OBJECTION_HOW = _rx(
    r"\b(hoe|wat|waar|wanneer|binnen|how|what|where|when|within)\b[^.?!]*\b(bezwaar\w*|objection\w*|"
    r"object|appeal)\b",
    r"\b(bezwaar\w*|objection\s+letter|objection)\b[^.?!]*\b(erin|in\s+it|schrijf\w*|write|"
    r"opstel\w*|draft|termijn|deadline|weken|weeks)\b",
)
# How high the contribution is, or how it is worked out
FEE_HOW = _rx(r"\b(have\s+to|need\s+to|must|moeten|moet)\s+(we|i|ik|wij)?\s*(\w+\s+){0,2}pay\s+(\w+\s+){0,2}"
              r"(ourselves|myself|something|anything|part|extra)\b",
              # (not "do I have to pay it back": repaying is another question)
              r"\b(would|will|do|does)\s+(we|i)\s+(\w+\s+)?(have\s+to|need\s+to)\s+pay\b(?!\s+(\w+\s+){0,2}back)",
              r"\b(moeten|moet|hoeven|hoef)\s+(we|wij|ik)\s+(dan\s+)?(zelf\s+)?(nog\s+)?(iets|wat|een\s+deel|"
              r"ook\s+iets)\s+(zelf\s+)?(bij)?betalen\b",
              r"\b(hoe\s+hoog|hoeveel|wat\s+is|hoe\s+(wordt|werkt|bereken\w*)|how\s+(much|high|big|is)|"
              r"what\s+is|wordt|will|is|does|moet|gaat|how|wie|who)\b[^.?!]*\b(eigen\s+bijdrage|ouderbijdrage|"
              r"contribution|parent(al)?\s+fee)\b")
# "it's urgent, can it go faster?"
URGENT = _rx(r"\b(urgent|dringend|spoed|haast|hurry|rush|sneller|faster|quicker|speed\s+up|versnellen)\b")
# A decision that gives less than the parent needs: bezwaar, and what the basislijn says (B6)
DECISION_LESS = _rx(
    r"\b(1|one|een|één|2|two|twee|3|three|drie)\s+(day|dag|days|dagen|months?|maanden)\s+(\w+\s+){0,2}"
    r"(gekregen|toegekend|granted|received|approved|goedgekeurd)\b",
    r"\b(decision|besluit|beschikking|toekenning|granted|toegekend|gekregen|get|got|received|krijg|kreeg|kregen|"
    r"told|said|letter|brief|zeiden|gezegd|offered|aangeboden)\b"
    r"[^.?!]*\b(only|maar|"
    r"slechts|just)?\s*(for\s+|voor\s+)?(1|one|een|één|2|two|twee|3|three|drie|4|four|vier)\s+(day|dag|days|dagen|months?|maanden)\b",
    r"\b(fewer|less|minder)\s+(days|dagen|months|maanden|hours|uren)\b",
)
# How much opvang: days or hours ("how many hours per month does SMI pay for?")
DAYS_Q = _rx(r"\b(how\s+many|hoeveel)\s+(days|hours|dagen|uren|uur|dagdelen|part[\s-]days)\b",
             # "is it full-time, or a few hours?": how much opvang
             r"\b(full[\s-]?time|voltijds?|hele\s+week|part[\s-]?time|deeltijd)\b[^.?!]*\b(or|of)\b[^.?!]*"
             r"\b(hours?|uur|uurtjes|days?|dagen|dagdelen|part[\s-]?time|deeltijd)\b",
             r"\b(a\s+few|a\s+couple\s+of|een\s+paar|paar|some|enkele)\s+(hours|uur|uurtjes|dagdelen)\b[^.?!]*"
             r"\b(or|of)\b",
             r"\b(or|of)\s+(just\s+|only\s+|maar\s+|alleen\s+)?(a\s+few|a\s+couple\s+of|een\s+paar|some|"
             r"enkele|wat)\s+"
             r"(hours|uur|uurtjes|dagdelen)\b")
# How long SMI itself lasts ("hoe lang geldt zo'n indicatie?")
SMI_DURATION = _rx(
    rf"\b(hoe\s*lang|how\s+long|voor\s+hoe\s*lang|for\s+how\s+long)\b[^.?!]*\b(duurt|geldt|krijg\w*|loopt|"
    rf"last\w*|get|valid|geldig|heb|have|keep|houd\w*)\b[^.?!]*\b({_SMI}|indicatie|toekenning|indication|"
    rf"grant|opvang|childcare)\b",
    rf"\b(hoe\s*lang|how\s+long)\b[^.?!]*\b({_SMI}|indicatie|toekenning|indication|grant)\b[^.?!]*\b(duurt|"
    rf"geldt|loopt|last\w*|valid|geldig|runs?|stays?)\b",
)
# When SMI ends, asked inside a story about the family, with SMI only pointed at ("hoelang krijgen we
# dat", "when does it stop?", "houdt het na een half jaar op?"): how long SMI lasts (B6, B7). Not
# how long something takes before it starts, and not how to extend (the extension item).
SMI_END = _rx(
    r"\b(tot\s+wanneer|until\s+when|till\s+when|hoeveel\s+maanden|how\s+many\s+months|voor\s+welke\s+periode|"
    r"for\s+what\s+period|for\s+which\s+period)\b",
    r"\b(hoe\s*lang|how\s+long|how\s+much\s+longer|hoe\s*lang\s+nog)\b[^.?!]*\b(krijg\w*|get|getting|duurt|"
    r"lasts?|houd\w*|hou|keep|mag|mogen|geldt|loopt|betaal\w*|pays?|vergoed\w*|covers?|gaat\s+(dat|het|dit)\s+door|"
    r"goes\s+on|continues?|blijft|stays?)\b",
    r"\b(wanneer|when|tot\s+wanneer|until\s+when|per\s+wanneer)\b[^.?!]*\b(stop\w*|ends?|ending|eindig\w*|"
    r"ophoud\w*|houdt\s+(\w+\s+){0,2}op|afgelopen|voorbij|over|loopt\s+(\w+\s+){0,2}af|afloopt|runs?\s+out|"
    r"expires?|finish\w*)\b",
    r"\b(hoe\s*lang|how\s+(much\s+)?long(er)?)\b[^.?!]*\b(voordat|before|until|tot)\b[^.?!]*\b(afloopt|stopt|"
    r"ophoudt|eindigt|ends?|stops?|runs?\s+out|expires?|is\s+over)\b",
    r"\b(stopt|stops?|ends?|eindigt|houdt|is\s+(it|dat|het)\s+over|afgelopen|voorbij)\b[^.?!]*\b(na|after)\s+"
    r"(\d+|zes|six|een\s+half|half\s+a|een|één|a|one)\s+(maanden|maand|months?|jaar|year)\b",
)
_NOT_END = gre.compile(r"\b(verleng\w*|exten\w*|renew\w*|opnieuw|again|takes?|"
                      # before a start or a decision, not "before it runs out"
                      r"(voordat|before)(?![^.?!]*\b(afloopt|stopt|ophoudt|eindigt|ends?|stops?|runs?\s+out|"
                      r"expires?|over)\b)|duurt\s+(het|dat)\s+"
                      r"(voor|tot)|kost\w*|costs?|beslis\w*|decide\w*|decision|besluit|wacht\w*|wait\w*|"
                      r"antwoord|answer|horen|hear|bezwaar|object\w*|school|groep|group|jarig|birthday|turns?|"
                      r"wordt\s+\d+|pay\s+back|terugbetal\w*)\b")
# How long until the gemeente decides ("when will I hear?")
DECISION_TIME = _rx(
    r"\b(how\s+long|how\s+soon|when)\b[^.?!]*\b(decide\w*|decision|hear\s+back|hear\s+from|tells?\s+(me|us)|"
    r"lets?\s+(me|us)\s+know|answer|response|reply|verdict)\b",
    r"\b(hoe\s*lang|wanneer)\b[^.?!]*\b(beslis\w*|besluit|beslissing|antwoord|uitslag|reactie|"
    r"(iets\s+)?(horen|hoor|hoort)|laten\s+weten|bericht)\b",
    # "how long does applying take?": the decision period
    r"\b(hoe\s*lang|how\s+long)\b[^.?!]*\b(aanvragen|aanvraag|applying|application|procedure|process)\b",
    # "we applied in March. how long does it take?": the decision period
    r"\b(applied|aangevraagd|ingediend|submitted|sent\s+in|opgestuurd|ingestuurd|ingeleverd)\b[^?]{0,120}"
    r"\b(hoe\s*lang\s+(duurt|gaat)\s+(het|dat|dit)|how\s+long\s+(does|will|would|can)\s+(it|that|this)\s+take|"
    r"how\s+long\s+(do|will|must|should)\s+(i|we)\s+(have\s+to\s+)?wait|hoe\s*lang\s+(moet|moeten)\s+(ik|we|wij)\s+"
    r"wachten)\b",
    # "10 weeks and no decision yet": the decision period
    r"\b(no|not\s+a|geen|nog\s+geen|nog\s+steeds\s+geen)\s+(decision|besluit|beslissing)\b",
    # "hoe lang mag de gemeente erover doen?", "how long can they take?": the decision period
    r"\b(hoe\s*lang|how\s+long)\s+(mag|mogen|kan|kunnen|is|can|may|are|is)\s+(de\s+gemeente|the\s+gemeente|"
    r"the\s+municipality|the\s+council|ze|zij|they|hun)\s+(er\s*over\s+doen|erover\s+doen|doen|"
    r"wachten|take|allowed\s+to\s+take)\b",
    # "my application has been sitting there for 10 weeks", "ligt al 9 weken bij de gemeente"
    r"\b(application|aanvraag|form|formulier)\b[^.?!]*\b(sitting|waiting|pending|ligt|liggen|loopt|wacht\w*|"
    r"stuck|been\s+there)\b[^.?!]*\b\d+\s+(weeks|weken|months|maanden)\b",
    r"\b(waiting|wachten|wacht|wait\w*)\b[^.?!]*\b\d+\s+(weeks|weken|months|maanden)\b[^.?!]*\b(application|"
    r"aanvraag|decision|besluit|answer|antwoord|gemeente|council|municipality)\b",
)
# The parent asks to do the check itself: the wizard asks the questions.
START_CHECK = _rx(
    r"\b(let'?s|i'?d\s+like\s+to|i\s+want\s+to|can\s+(i|we)|could\s+(i|we)|please)\b[^.?!]*"
    r"\b(eligibility\s+)?(test|check|quiz|screening|questionnaire|wizard)\b",
    # "do the check", "start the test" (not "do they check our savings?": a verb, not the check)
    r"\b(start|begin|take|do|run)\s+(\w+\s+){0,2}(the|a|an|this|that|your)\s+(eligibility\s+|smi\s+)?"
    r"(test|check|quiz|screening|questionnaire|wizard)\b",
    r"\b(ik\s+wil|kan\s+ik|mag\s+ik|graag|laten\s+we|start|begin|doe|doen|maken)\b(?![^.?!]*\b(school|"
    r"basisschool)\b)[^.?!]*\b(de\s+)?"
    r"(check|test|toets|vragenlijst|wizard|wegwijzer)\b",
)
# The chat or the site is asked to do the check ("kunt u voor mij nagaan of ik recht heb", "can
# I check here whether we qualify"): a request to start the check, not a question to answer.
_ELIG_CLAUSE = (r"(in\s+aanmerk\w*|recht\s+(heb|hebben|op)|smi\s+(kan|kunnen|zou|zouden)|kans\s+maak\w*|"
                r"kans\s+(heb|hebben)|qualif\w*|eligib\w*|entitled|(can|could|would)\s+(get|receive)|"
                r"get\s+smi|(ik|we|wij)\s+smi\s+(krijg|krijgen)|smi\s+krijg\w*|smi\s+past|fits?\s+us|"
                # "kan jij kijken of ik het krijg?" (on this site "het" is SMI)
                r"(ik|we|wij)\s+(het|dat|dit)\s+(wel\s+|ook\s+)?(krijg|krijgen)|"
                r"(i|we)\s+(would\s+|will\s+|can\s+|could\s+)?get\s+(it|this|that)\b)")
_CHECK_VERB = (r"(nagaan|checken|check|nakijken|uitzoeken|zoek\s+\w+\s+uit|bekijken|kijken|beoordelen|"
               r"testen|test|controleren|zien|see|work\s+out|figure\s+out|find\s+out|assess|determine|"
               r"look\s+at|tell\s+(me|us)|zeggen|vertellen|berekenen|calculate)")
# ("hier in Groningen", "here in the Netherlands" is the place the family lives, not this site)
_HERE = (r"((hier|here)(?!\s+(in|at|bij|op|uit|te|from|around)\b)|online|via\s+(deze|de|this|the)\s+(site|website|wegwijzer|tool|chat|app)|"
         r"(op|met|on|with|through|using)\s+(deze|de|this|the)\s+(site|website|wegwijzer|tool|chat|app|"
         r"wizard)|use\s+(this|the)\s+(site|website|tool|wizard|chat|app))")
DO_CHECK = _rx(
    rf"\b(kunt|kan|kun|zou|wil|wilt)\s+(u|je|jij)\s+(\w+\s+){{0,3}}{_CHECK_VERB}\b[^.?!]*\b(of|whether|if)\b"
    rf"[^.?!]*\b{_ELIG_CLAUSE}",
    rf"\b(can|could|would|will)\s+you\s+(\w+\s+){{0,3}}{_CHECK_VERB}\b[^.?!]*\b(if|whether)\b[^.?!]*"
    rf"\b{_ELIG_CLAUSE}",
    rf"\b(kan|kun|mag|can|could|may)\s+(ik|we|wij|i)\b[^.?!]*\b{_HERE}\b[^.?!]*\b{_ELIG_CLAUSE}",
    rf"\b{_HERE}\b[^.?!]*\b{_CHECK_VERB}\b[^.?!]*\b(of|whether|if)\b[^.?!]*\b{_ELIG_CLAUSE}",
    # the imperative: "ga jij even na of wij recht hebben", "kijk maar of ik in aanmerking kom",
    # "decide for me whether my family is eligible", "just tell me if we qualify"
    rf"(^|[.?!]\s*|\b(ok|oke|okay|dan|then|just|gewoon|please)\s+)(ga|check|kijk|zoek|bekijk|reken|decide|"
    rf"work\s+out|figure\s+out|find\s+out|tell\s+me|zeg)\s+(\w+\s+){{0,3}}(na\s+|uit\s+)?(of|whether|if)\b[^.?!]*"
    rf"\b{_ELIG_CLAUSE}",
    r"\b(decide|beslis|bepaal)\s+(jij\s+|u\s+)?(for\s+(me|us)|voor\s+(mij|ons))\b",
)
# The parent wants to fill in or send the application here ("ik wil de aanvraag hier invullen").
APPLY_HERE = _rx(
    rf"\b(aanvraag\w*|formulier|application(\s+form)?|form)\b[^.?!]*\b(invullen|indienen|doen|"
    rf"starten|maken|fill\w*|complete|submit|start|make|do)\b[^.?!]*\b({_HERE}|direct|meteen|nu\s+al|"
    rf"right\s+(away|now|here))\b",
    rf"\b(invullen|indienen|fill\s+(in|out)|complete|submit|apply|aanvragen)\b[^.?!]*\b{_HERE}\b",
    rf"\b{_HERE}\b[^.?!]*\b(aanvragen|apply|invullen|fill\s+(in|out)|indienen|submit|aanvraag\s+doen)\b",
    # "kan ik het aanvraagformulier hier downloaden?", "is there an online form I can fill in here?"
    rf"(?=[^.?!]*\b(aanvraagformulier|formulier|application\s+form|form)\b)(?=[^.?!]*\b{_HERE}\b)"
    r"(?=[^.?!]*\b(downloaden|download|krijgen|get|vinden|find|invullen|fill\s+(in|out)|printen|print)\b)",
)
# "let's start my application now", "ik wil het nu invullen, waar begin ik?": start it now
APPLY_NOW = _rx(
    r"\b(let'?s|i\s+want\s+to|i'?d\s+like\s+to|i\s+would\s+like\s+to|ready\s+to|can\s+(i|we)|we\s+want\s+to|"
    r"ik\s+wil|wil\s+ik|laten\s+we|ik\s+ga|kan\s+ik|wij\s+willen|we\s+willen|i\s+wanna|"
    # Surinamese Dutch "mi wani/mi wan" (I want)
    r"mi\s+wan\w*)\b"
    # a verb of starting or filling in and a "now", in either order
    r"(?=[^.?!]*\b(start\w*|begin\w*|fill\w*|do|make|submit|invullen|starten|beginnen|doen|indienen|"
    r"aanvragen|get\s+(\w+\s+){0,2}going|go\s+ahead|proceed|regelen)\b)(?=[^.?!]*\b(now|right\s+now|right\s+away|today|straight\s+away|nu|meteen|direct|"
    r"vandaag|gelijk)\b)",
    r"\b(let'?s|laten\s+we)\s+(start|begin|beginnen|starten)\s+(\w+\s+)?(application|aanvraag|form|formulier)\b",
    # a bare command at the start: "start application now pls", "aanvraag starten nu"
    r"^(please\s+|pls\s+|graag\s+)?(start|begin|fill\s+in|open)\s+(the\s+|my\s+|an?\s+)?(smi\s+)?"
    r"(application|form)\b(?=[^.?!]*\b(now|please|pls|asap|today)\b)",
    r"^(de\s+)?(smi\s+)?(aanvraag|formulier)\s+(nu\s+|graag\s+|meteen\s+)*(starten|beginnen|invullen|doen)\b",
)
# "kan ik nu smi aanvragen?", "can I apply for SMI now?": may I, i.e. do we qualify (the situation
# decides), not a request to start the form
_MAY_I_APPLY = gre.compile(r"\b(kan|kun|mag|can|may)\s+(ik|we|wij|i)\s+(\w+\s+){0,2}(smi\s+(\w+\s+)?(aanvragen|krijgen)|"
                          r"apply\s+for\s+(smi|it|this)|(get|have)\s+smi)\b")
# The tool asked to start the application WITH the parent ("can you start the application now",
# "begin de aanvraag met mij, stap voor stap", "walk me through it"): the wizard does that.
_APP_WORD = r"(application|aanvraag\w*|form|formulier|aanmelding|it|het)"
START_WITH_ME = _rx(
    rf"\b(can|could|will|would)\s+you\s+(please\s+)?(\w+\s+)?(start|begin|do|fill\s+(in|out)|complete|"
    rf"(walk|take|guide|talk)\s+(me|us|her|him|them)\s+through|go\s+through|help\s+(me|us|her|him|them)\s+"
    rf"(start|begin|fill|with|through))\b[^.?!]*\b{_APP_WORD}\b",
    # "kan jij helpen (in)vullen", "kunt u mij helpen met het formulier invullen"
    r"\b(kunt|kun|wil|wilt|kan)\s+(u|je|jij)\s+(mij\s+|me\s+|ons\s+)?helpen\s+(met\s+)?(\w+\s+){0,2}(in)?vullen\b",
    # ("kan je het formulier online invullen?" is a general "can one": only with me, together or now)
    r"\b(kunt|kun|wil|wilt|kan)\s+(u|je|jij)\s+(?=[^.?!]*\b(met\s+(mij|me|ons)|samen|nu|meteen|stap\s+voor\s+stap)\b)"
    r"(\w+\s+){0,4}(aanvraag|formulier|aanmelding)\s+(\w+\s+){0,3}"
    r"(starten|beginnen|invullen|doen|maken|doorlopen)\b",
    r"\b(start|begin|starten|beginnen)\s+(\w+\s+){0,2}(application|aanvraag|form|formulier)\b[^.?!]*"
    r"\b(with\s+me|met\s+(mij|me|ons)|together|samen|step\s+by\s+step|stap\s+voor\s+stap|maar|please|graag)\b",
    rf"\b(step\s+by\s+step|stap\s+voor\s+stap)\b(?=[^.?!]*\b(start|begin|do|fill|apply|aanvragen|invullen|"
    rf"starten|beginnen|doen)\w*)(?=[^.?!]*\b{_APP_WORD}\b)",
    r"\b(walk|take|guide)\s+(me|us)\s+through\s+(it|the\s+application|the\s+form|applying|the\s+steps)\b",
)
_APPLICATION = gre.compile(r"\b(aanvraag\w*|formulier|application|form|apply|aanvragen|invullen|fill\s+in|"
                          r"smi)\b")
_APPLY_HERE_ASKER = gre.compile(r"\b(is\s+there|is\s+er|do\s+you\s+have|have\s+you\s+got|hebben\s+jullie|hebt\s+u|"
                               r"heeft\s+u|ik\s+wil|wil\s+ik|graag|kan\s+ik|kun\s+ik|mag\s+ik|i\s+want|i'?d\s+like|"
                               r"i\s+would\s+like|can\s+i|could\s+i|may\s+i|let\s+me|is\s+it\s+possible|"
                               r"kan\s+dat|is\s+dat\s+mogelijk|we\s+want|wij\s+willen|we\s+willen)\b")
_NOT_START = gre.compile(r"\b(what|which|how|wat|welke|hoe|wie|who)\b[^.?!]*\b(check|test|wizard|toets)\b|"
                        # "do they check our savings?": the gemeente checking something, not the tool
                        r"\b(they|ze|zij|gemeente|municipality|council)\s+(\w+\s+)?(check|checks|checken|"
                        r"controleren|controleert|test|toetsen|toetst)\b")
# Two kinds of care compared ("gastouder or only a kdv?"): which kinds of opvang SMI covers.
_CARE_KINDS = (("gastouder", r"gastouder\w*|childminder"), ("bso", r"bso|buitenschoolse|naschoolse|"
               r"after[\s-]*school"), ("kdv", r"kdv|kinderdagverblijf|dagopvang|day\s*care|daycare|"
               r"nursery|creche"), ("peuter", r"peuteropvang|peuterspeelzaal"))


# "ook bso voor de oudste", "after-school care as well": one kind of care asked besides
_CARE_ALSO = gre.compile(
    r"\b(ook|also|too|as\s+well)\b[^.?!]{0,30}\b(" + "|".join(rx for _, rx in _CARE_KINDS) + r")\b|\b("
    + "|".join(rx for _, rx in _CARE_KINDS) + r")\b[^.?!]{0,40}\b(ook|also|too|as\s+well)\b")


def _care_kinds(q: str) -> set[str]:
    return {name for name, rx in _CARE_KINDS if gre.search(rf"\b({rx})\b", q)}


# Money questions for a bank or an adviser: a mortgage rate, a loan, shares, crypto, insurance deals
OTHER_MONEY = _rx(r"\b(mortgage|hypotheek|hypotheken)\s+(rate|rates|rente|interest|advi\w*|broker|deal|deals|"
                  r"calculator|offer|offerte|aanbieder|lender|verstrekker)",
                  r"\b(best|beste|laagste|lowest|cheapest|goedkoopste)\s+(\w+\s+)?(mortgage|hypotheek|loan|lening|"
                  r"rente|interest\s+rate|savings\s+account|spaarrekening|insurance|verzekering)",
                  r"\b(crypto|bitcoin|aandelen|stocks|shares|beleggen|invest\s+in)\b")
# Schoolwork, asked of the tool ("check my homework").
SCHOOL_WORK = _rx(r"\bhuiswerk", r"\bhomework\b", r"\bspreekbeurt", r"\bwerkstuk", r"\bessay\b",
                  r"\b(rekensom|sommen|maths?\s+(problem|exercise)|wiskunde|math\s+homework)\b")
# On welfare (bijstand) and asked to look for work: the bijstand's own duties, not SMI's (B9).
BIJSTAND_DUTY = _rx(r"\bbijstand\w*", r"\bklantmanager", r"\bparticipatiewet", r"\bwelfare\b",
                    r"\b(on|in\s+de|een)\s+(benefits?|uitkering)\b", r"\bjob\s*coach", r"\bwerkcoach",
                    r"\breintegratie|re-integratie|reintegration",
                    r"\bsocial\s+(assistance|welfare|security\s+benefit)\b", r"\bincome\s+support\b",
                    r"\b(case\s*manager|caseworker)\s+(at|from|of)\s+(the\s+)?(gemeente|municipality|council)\b")
DUTY = _rx(r"\bsollicit\w*", r"\b(werk|baan|job|work)\s+(zoeken|zoek|hunting|search\w*)\b",
           r"\b(look|looking|search\w*)\s+for\s+(a\s+)?(job|work)\b", r"\bapply\w*\s+for\s+(jobs|work)\b",
           r"\bjob\s+applications?\b", r"\bjob[\s-]seeking\b",
           r"\bwork\s+(programme|program|placement)\b[^.?!]*\b(but|maar|while|terwijl)\b", r"\btegenprestatie\b",
           r"\b(plicht\w*|verplicht\w*|obligat\w*|duty|duties|ontheffing|exemption|exempt)\b",
           r"\b(must|have\s+to|has\s+to|moet|moeten)\s+(\w+\s+){0,3}(werken|work|solliciteren|job|jobs|baan)\b",
           r"\bapply\w*\s+(for\s+)?(a\s+)?(job|jobs)\b")
# The children's age asked as such: too young, too old, up to what age.
AGE_Q = _rx(r"\b(te\s+jong|te\s+oud|oud\s+genoeg|ouder\s+(zijn|worden)|jong\s+genoeg)\b",
            r"\bmax(imum|\.)?\s+age\b", r"\bmax(imum)?[\s-]?leeftijd\b",
            r"\b(too\s+young|too\s+old|old\s+enough|young\s+enough|how\s+old|age\s+limit|"
            r"minimum\s+age|maximum\s+age|what\s+age|which\s+age|up\s+to\s+what\s+age)\b",
            r"\b(leeftijd\w*|maximumleeftijd|minimumleeftijd)\b",
            r"\b(only|just|alleen|enkel)\s+(for\s+|voor\s+)?(babies|baby'?s|toddlers|peuters|little\s+ones|"
            r"young\s+children|jonge\s+kinderen|kleine\s+kinderen)\b",
            r"\b(vanaf|tot|tot\s+en\s+met)\s+(welke|hoe\s+oud|welk)\b",
            # "tot wanneer kan hij naar de bso?": until what age
            r"\b(tot\s+wanneer|until\s+when|till\s+when)\b(?=[^.?!]*\b(hij|zij|ze|he|she|mijn\s+(zoon|dochter|"
            r"kind)|my\s+(son|daughter|child|kid)|kind|kinderen|children|kids|bso|school)\b)",
            r"\buntil\s+(what|which)\s+(age|grade|group|groep)\b",
            # a limit someone named: "only for under 4s", "alleen tot 4 jaar", "maar tot groep 2"
            r"\b(only|just|alleen|enkel|maar|pas)\s+(for\s+|voor\s+)?(kids\s+|children\s+|kinderen\s+)?(under|onder|"
            r"tot(\s+en\s+met)?|up\s+to|below|younger\s+than|jonger\s+dan|vanaf|from)\s*(\d{1,2}|groep\s+\d)\b"
            r"(?!\s*(weeks|weken|months|maanden|%|uur|hours|dagen|days|euro|k\b|000))",
            r"\bunder[\s-]?\d{1,2}s\b",
            # "my son turns 4 next month, does SMI go on?"
            r"\b(turns|turning|wordt|becomes)\s+((in|op|next|in\s+de|this)\s+)?(\w+\s+)?\d{1,2}\b"
            r"(?!\s*(weeks|weken|months|maanden|%|uur|hours|dagen|days|euro))",
            # "she starts school soon, does SMI stop then?"
            r"\b(start\w*|begin\w*|gaat\s+naar|goes\s+to)\b[^.?!]*\b(school|basisschool|groep\s+1)\b")
# "what can we do now?" asks what to do (after a refusal: bezwaar), not to start the form
WHAT_TO_DO = gre.compile(r"\b(what\s+(can|could|should|must)\s+(i|we)\s+do(\s+now|\s+then)?|wat\s+(kan|kunnen|moet|"
                        r"moeten)\s+(ik|we|wij)\s+(nu\s+|dan\s+)?doen)\b")
# "Is she right?" after what someone said: the claim in the sentence before is the question
_IS_SO = gre.compile(r"\b(is|are)\s+(that|this|it|she|he|they)\s+(\w+\s+)?(right|true|correct)|"
                    r"\bklopt\s+(dat|dit|het)|\b(heeft|hebben)\s+(ze|zij|hij)\s+gelijk|\bdoes\s+that\s+sound\s+right\b")
# "... afgewezen. Mag dat eigenlijk?", "got a rejection letter, can I fight this?"
REFUSAL = _rx(
    r"\bafgewezen\b", r"\bafwijzing\w*", r"\bgeweigerd\b", r"\bweigering\b",
    r"\bnee\s+gezegd\b", r"\bnee\s+tegen\b", r"\b(nee|no)\s+(zeggen|zegt|say|says)\b", r"\bsays?\s+no\b",
    # "a letter saying no", "ze zeiden nee", "the answer was no"
    r"\b(saying|said|zeiden|zei)\s+(no|nee)\b", r"\b(answer|antwoord)\s+(was|is)\s+(no|nee)\b", r"\breject(ed|ing|s)?\b", r"\brejection\b", r"\brefus(ed|ing|al)\b",
    r"\bafwijzend\w*", r"\bafwijs\w*",
    r"\bturned\s+(\w+\s+){0,4}down\b", r"\bknocked\s+(\w+\s+){0,3}back\b", r"\bdenied\b",
    r"\b(not|niet)\s+(approved|granted|toegekend|goedgekeurd)\b",
    r"\b(does|do|did)\s*(not|n't)\s+meet\s+(the\s+|their\s+|all\s+)?(criteria|conditions|requirements)\b", r"\bvoldo\w*\s+(\w+\s+)?niet\s+aan\s+de\s+"
    r"(voorwaarden|criteria|eisen)\b", r"\bkom\w*\s+(\w+\s+)?niet\s+in\s+aanmerking\b",
    r"\b(got|kregen|kreeg|gekregen)\s+(a\s+|een\s+)?(no|nee)\b", r"\bdeclined\b", r"\bsaid\s+no\b", r"\bwijst\b[^.?!]*\baf\b",
    r"\bwezen\b[^.?!]*\baf\b",
)
CONTEST = _rx(
    r"\bmag\s+dat\b", r"\bmogen\s+ze\s+dat\b", r"\bklopt\s+(dat|dit|het)\b",
    r"\bis\s+(that|this|it)\s+(true|correct|right)\b", r"\bis\s+dat\s+(wel\s+)?(toegestaan|terecht|eerlijk)\b",
    r"\b(iets\s+)?(tegen|daartegen)\s+(doen|in\s+gaan|ingaan)\b", r"\bdaartegen\b",
    r"\bwat\s+(kan|kunnen|moet)\s+(ik|we|wij)\b", r"\bwat\s+nu\b", r"\bhoe\s+lang\s+heb\s+(ik|we)\b",
    r"\b(kan|kun|kunnen)\s+(ik|we|wij|ze|zij|hij|u)\s+(dan\s+)?(nog\s+)?(iets|wat)\s+(\w+\s+)?doen\b",
    # "ik ben het er niet mee eens", "hoeveel tijd heb ik?", "tot wanneer kan ze iets doen?" (also
    # said by a helper about a client)
    r"\bniet\s+(\w+\s+)?mee\s+eens\b", r"\bdisagree\w*", r"\b(don't|dont|do\s+not|doesn't|does\s+not)\s+agree\b",
    r"\bhoeveel\s+tijd\s+(heb|hebben|heeft)\b", r"\bhow\s+much\s+time\s+(do|does)\b",
    r"\btot\s+wanneer\s+(kan|kun|kunt|kunnen|mag|mogen|heb|hebben|heeft)\b", r"\bhoe\s+ga\s+(ik|we)\s+te\s+werk\b",
    r"\bcan\s+(i|we)\s+(then\s+)?(still\s+)?do\s+(something|anything)\b",
    r"\bbezwaar\b", r"\bberoep\b",
    r"\b(opnieuw|nog\s+een\s+keer|again)\s+(\w+\s+)?(aanvragen|aanvraag\s+doen|indienen|apply|submit)\b",
    r"\breappl\w*", r"\b(apply|aanvragen|indienen)\s+(\w+\s+)?(again|opnieuw)\b",
    r"\b(fight|contest|challenge|appeal|object)\b", r"\bobjection\b", r"\bis\s+(that|this)\s+"
    r"(allowed|legal|fair|right)\b", r"\bcan\s+they\s+do\s+that\b", r"\bwhat\s+(can|should)\s+(i|we)\b",
    r"\b(my|our)\s+options\b", r"\bwhat\s+now\b", r"\bhow\s+long\s+do\s+(i|we)\s+have\b",
    # "can I ask for more?", "kan ik meer dagen aanvragen?"
    r"\b(ask|request|apply)\s+(for\s+)?(more|extra|additional)\b", r"\b(more|extra)\s+(days|hours)\b",
    r"\b(meer|extra)\s+(dagen|uren)\b", r"\b(om\s+)?meer\s+(vragen|aanvragen)\b",
)
# "hoe vraag ik het aan, bij het uwv?": where and how to apply (at the gemeente)
# Applying at the gemeente's desk or on paper, not online
_DESK = (r"langs\s*komen|langskomen|gemeentehuis|stadhuis|loket|balie|in\s+person|town\s+hall|city\s+hall|"
         r"op\s+papier|on\s+paper|per\s+post|by\s+post")
APPLY_WHERE = _rx(
    # "wat zijn de stappen?", "what are the next steps?" after a story: how to apply
    r"^\W*(en\s+|and\s+|dus\s+|so\s+)?(wat|welke|what|which)\s+(zijn|are)\s+(de|the|mijn|my|onze|our)\s+"
    r"(volgende\s+|eerste\s+|next\s+|first\s+)?(stappen|steps)\s*[?.!]*\s*$",
    r"\bhoe\s+(pak|begin)\s+ik\s+(dat|dit|het)\s+aan\b", r"\bhow\s+do\s+(i|we)\s+go\s+about\s+(it|this|that)\b",
    # "hoe werkt het daar?" with a gemeente named: how it goes there
    r"\bhoe\s+(werkt|gaat)\s+(het|dat|smi)\s+(daar|hier|in\s+[A-Za-z]|bij\s+(jullie|ons|de\s+gemeente))",
    r"\bhow\s+does\s+(it|smi|that)\s+work\s+(there|here|in\s+[A-Za-z])",
    # "who do I send the application to?", "naar wie stuur ik het formulier?"
    # ("waar moet ik het formulier indienen bij de gemeente?" asks where; "wat stuur ik erbij?" not)
    r"\b(who|where|whom|wie|waar|waarheen|naar\s+wie)\b[^.?!]*\b(send|submit|hand\s+in|post|stuur|sturen|"
    r"opsturen|insturen|indienen|indien|inleveren|lever\s+(\w+\s+){0,3}in|dien\s+(\w+\s+){0,3}in)\b"
    r"(?![^.?!]*\b(mee|along|with\s+it|bij(?!\s+(de\s+|mijn\s+|uw\s+|onze\s+)?gemeente)))",
    r"\b(waar|hoe|bij\s+wie)\s+(vraag|kan|kun|moet|doe|meld|vragen|moeten|kunnen)\b[^.?!]*"
    r"\b(aan|aanvra\w*|aanmelden)\b",
    r"\b(where|how)\s+(do|can|should|must|to|would)\b[^.?!]*\b(apply|sign\s+up)\b",
    r"\b(uwv|toeslagen|belastingdienst|svb)\b[^.?!]*\b(aanvra\w*|apply)\b",
    # "welke stappen moet ik zetten om het aan te vragen", "what are the steps to apply"
    # (not "the next steps once my application is in": that is what happens after applying)
    r"(?<!next\s)(?<!volgende\s)\b(stappen|stap|steps?|procedure|proces|process|route)\b[^.?!]*\b(om|to|for|"
    r"voor|bij)\b[^.?!]*\b(aan\s+te\s+vragen|aanvragen|apply|applying|aanmelden|sign\s+up)\b",
    r"\b(aanvraag|application)(procedure|proces|\s+procedure|\s+process|\s+route)\b",
    r"\b(hoe|how)\s+(werkt|gaat|verloopt|does|do)\s+(het\s+|de\s+|the\s+)?(aanvragen|aanvraag|"
    r"applying|application)\b",
    r"\b(how|hoe)\s+(to|te)\s+(apply|aanvragen)\b",
    r"\b(aanvra\w*|apply)\b[^.?!]*\b(uwv|toeslagen|belastingdienst|svb)\b",
    # "kan ik het online aanvragen of moet ik langs komen?", "apply online or at the town hall?"
    rf"\b(online|digitaal|internet)\b[^.?!]*\b(of|or)\b[^.?!]*\b({_DESK})\b",
    r"\b(aanvra\w*|apply|application)\b[^.?!]*\b(online|digitaal|op\s+papier|on\s+paper|in\s+person)\b"
    r"[^.?!]*\b(of|or)\b",
)
# "who should she contact?", "bij wie moeten we aankloppen?", "wie moet ik bellen?"
CONTACT_WHO = _rx(
    r"\b(who|whom)\s+(should|do|can|must|could|would)\s+(i|we|she|he|they|you)\s+(contact|call|ring|phone|"
    r"turn\s+to|go\s+to|speak\s+to|talk\s+to|ask|email|e-mail|write\s+to)\b",
    r"\bwho\s+(to|is\s+the\s+one\s+to)\s+(contact|call|ask|turn\s+to|go\s+to)\b",
    r"\b(bij|met)\s+wie\s+(moet|moeten|kan|kunnen|kun|kunt|mag)\s+(ik|we|wij|ze|zij|hij|u|je)\s+(\w+\s+){0,3}"
    r"(aankloppen|terecht|aanmelden|contact\s+opnemen|bellen|mailen)\b",
    r"\bwie\s+(moet|moeten|kan|kunnen|kun|kunt)\s+(ik|we|wij|ze|zij|hij|u|je)\s+(\w+\s+){0,3}"
    r"(bellen|mailen|benaderen|contacteren|vragen|aanschrijven)\b",
)
PAPERS = _rx(
    # "what info does the form ask?", "welke gegevens vraagt het formulier?"
    r"\b(what|which|welke|wat\s+voor)\s+(info\w*|data|details|gegevens|vragen|questions)\s+(does|will|do|"
    r"vraagt|staan|zitten|komen)\s+(the\s+|het\s+|op\s+het\s+|in\s+het\s+)?(form|formulier|aanvraag\w*|application)\b",
    r"\bwat\s+(vraagt|wil)\s+(het|de)\s+(formulier|aanvraag\w*|gemeente\s+weten)\b",
    r"\b(welke|wat\s+voor|what|which)\s+(papieren|papers|documenten|documents?|stukken|paperwork|"
    r"bewijzen|bewijsstukken)\b",
    r"\bwat\s+(moet|moeten)\s+(ik|we|wij)\s+(op|mee)?(sturen|nemen|leveren|voegen)\b",
    r"\bwat\s+(moet|moeten)\s+(ik|we|wij|zij|ze|hij|u)\s+(\w+\s+)?(meesturen|opsturen|meenemen|inleveren|bijvoegen)\b",
    r"\bwhat\s+(do|does|should|must)\s+(i|we|she|he|they|you)\s+(need\s+to\s+|have\s+to\s+)?(send|bring|attach|"
    r"hand\s+in)\b",
    r"\b(papieren|documenten|stukken|papers|documents|paperwork)\b[^.?!]*\b(meenemen|meesturen|"
    r"opsturen|inleveren|nodig|bring|send|need|hand\s+in)\b",
    # what to have ready before filling in the form
    r"\b(have|get|keep|gather|collect|prepare|put)\s+(\w+\s+){0,2}(ready|together|at\s+hand|to\s+hand)\b",
    r"\b(klaar\s*(leggen|liggen|hebben|zetten)|klaarleggen|bij\s+de\s+hand|verzamelen|voorbereiden)\b[^.?!]*"
    r"\b(formulier|aanvraag|aanvragen|invullen)\b",
    r"\b(formulier|aanvraag|aanvragen|invullen)\b[^.?!]*\b(klaar\s*(leggen|liggen|hebben|zetten)|klaarleggen|"
    r"bij\s+de\s+hand|verzamelen|voorbereiden)\b",
    r"\bwhat\s+(do|will|should)\s+(i|we)\s+need\s+(for|to\s+fill\s+in|to\s+complete)\s+(the\s+|this\s+)?"
    r"(form|application)\b",
    r"\bwat\s+(heb|hebben)\s+(ik|we|wij)\s+nodig\s+(voor|om)\s+(het\s+formulier|de\s+aanvraag|(het\s+)?in\s+te\s+vullen)\b",
)
MOVING = _rx(
    r"\b(verhuiz\w*|verhuis\w*)\b", r"\b(moving|move|moved|relocat\w*)\b[^.?!]*\b(to|another|other|"
    r"different|new|city|town|gemeente|municipality|house)\b",
    r"\b(after|na)\s+(moving|the\s+move|our\s+move|de\s+verhuizing)\b", r"\bwe('re|\s+are)\s+moving\b",
    r"\b(moved|verhuisd)\b",
)
# "moved to Delft from abroad" is a new arrival in the Netherlands, not a move between gemeenten
MOVING = gre.compile(r"^(?![\s\S]*\b(from\s+abroad|uit\s+het\s+buitenland|to\s+the\s+netherlands|"
                    r"naar\s+nederland|from\s+(another|a\s+different)\s+country)\b)[\s\S]*?(?:"
                    + MOVING.pattern + ")")
MAX_PRICE = _rx(
    # "wat als de opvang duurder is dan het maximum?"
    r"\b(duurder|more\s+expensive|kost\w*\s+meer|costs?\s+more|pricier|hoger)\b[^.?!]*\b(max\w*|plafond|"
    r"grens|cap|limit)\b",
    r"\b(max\w*|cap|limit|plafond|grens)\b[^.?!]*\b(uurprijs|uurtarief|per\s+uur|hourly|per\s+hour|"
    r"prijs|price|rate|bedrag|amount)\b",
    r"\b(uurprijs|uurtarief|hourly\s+(price|rate)|price\s+per\s+hour)\b[^.?!]*\b(max\w*|cap|"
    r"limit|grens|plafond)\b",
    r"\b(zit|is)\s+er\s+(een\s+)?(max\w*|grens|plafond)\b",
    r"\bis\s+there\s+a\s+(max\w*|cap|limit)\b",
    r"\b(per\s+uur|per\s+hour|an\s+hour|hourly)\b[^.?!]*\b(at\s+most|maximaal|ten\s+hoogste|hooguit)\b",
    r"\b(at\s+most|maximaal|ten\s+hoogste|hooguit)\b[^.?!]*\b(per\s+uur|per\s+hour|an\s+hour|hourly)\b",
)
# Day care that is the child's own treatment: a medisch kinderdagverblijf, a treatment or
# behaviour group, "specialised daycare" (Jeugdwet, item jeugdwet-mkd)
SPECIAL_CARE = _rx(
    r"\b(speciali[sz]ed|special|speciale|gespecialiseerde|therapeutic\w*|treatment|behandel|medisch\w*|medical)\s+"
    r"([\w-]+\s+)?(day\s*care|daycare|child\s*care|nursery|bso|opvang|kinderdagverblijf|dagopvang|day\s+nursery|"
    r"after[\s-]?school\s+(care|group|club)|groep|group)\b",
    r"\bmkd\b", r"\bbehandelgroep\w*", r"\b(zorg|jeugdhulp)[\s-]?bso\b", r"\bdagbehandeling\s+voor\s+(mijn|ons|het)\s+"
    r"(kind|zoon|dochter|zoontje|dochtertje)\b")
# "hoe vraag ik huurtoeslag aan": applying for another scheme is not our question
_OTHER_SCHEME = gre.compile(r"\b(huurtoeslag|zorgtoeslag|kinderbijslag|kindgebonden\s+budget|bijstand|"
                           r"uitkering|paspoort|rijbewijs|visum|rent\s+benefit|housing\s+benefit|"
                           r"health\w*\s+benefit|child\s+benefit|passport|visa|driving\s+licen[cs]e)\b")
# "betaalt de gemeente dat helemaal?": about the maximum only with a price or a cap in view
# (without one, "does the gemeente sometimes pay the full childcare" is item meer-vergoeden)
FULL_PAY = _rx(
    r"\bbetaal\w*\s+(de\s+gemeente\s+)?(dat|het|alles|die)?\s*(ook\s+)?(helemaal|allemaal|"
    r"volledig|alles)\b",
    r"\b(de\s+gemeente\s+)?(dat|het)\s+(helemaal|allemaal|volledig)\b",
    r"\b(pay|cover)\w*\s+(for\s+)?(the\s+)?(whole|full|entire|all)\b",
)
_DAYS_ONLY = gre.compile(r"\b(max\w*|maximaal)\s+\d+\s+(dagen|days|dag|day|uur|hours)\b")
_INCOME_REASON = gre.compile(r"\b(\w*inkomen|income|verdien\w*|earn\w*|salaris|salary|te\s+rijk)\b")


_PRICE_WORD = gre.compile(r"\b(uurprijs|uurtarief|per\s+uur|hourly|per\s+hour|tarief|rate|price|prijs|"
                         r"kost\w*|costs?|\d+[,.]\d\d)\b")


def _contests_refusal(q: str, whole: str) -> bool:
    """After a refusal, a question that contests it and names no age: "tot wanneer kan ze iets
    doen?", "how much time do I have?" ask the time to object (bezwaar), not an age or the time
    the gemeente takes to decide."""
    return bool(REFUSAL.search(whole) and CONTEST.search(q)) and not gre.search(
        r"\b(leeftijd\w*|oud|old|jaar|years?|age|groep|group|school|bso)\b", q)


def _early(q: str, whole: str) -> Ask | None:
    """Asks read before the yes/no and act checks: off-topic with family words, and contesting a
    refusal (unless the tool is asked to write or file the objection)."""
    if OFF_FAMILY.search(whole) and not re.search(
            rf"\b({_SMI}|opvang|childcare|kdv|bso|(eigen\s+|ouder)?bijdrage|contribution)\b", whole) \
            and not gre.search(r"\b(gemeente|municipality|council)\b[^.?!]*\b(inkomen|income|aangifte|"
                              r"tax\s+return)\b|\b(inkomen|income)\b[^.?!]*\b(gemeente|municipality|council)\b",
                              whole):  # "does the gemeente use last year's tax return?" asks B12
        return Ask("offtopic_family", kind="refuse", reply="offtopic")
    if SCHOOL_WORK.search(q) and not _CARE_WORDS.search(whole):
        # "kun je mijn huiswerk nakijken?" is not an act for the gemeente: not our subject
        return Ask("offtopic_school", kind="refuse", reply="offtopic")
    if OTHER_MONEY.search(q) and not _CARE_WORDS.search(whole) and not gre.search(rf"\b{_SMI}\b", whole):
        # "what's the best mortgage rate for first-time buyers?": a bank's question, not ours
        return Ask("offtopic_money", kind="refuse", reply="offtopic")
    if BIJSTAND_DUTY.search(whole) and DUTY.search(whole):
        return Ask("bijstand_duty", ("bijstand-plichten",), judge=True)
    practical = _practical_ask(q, whole)
    if practical is not None:
        return practical
    if (AGE_Q.search(q) or AGE_Q.search(whole) and _IS_SO.search(q)) and \
            not gre.search(r"\b(maanden|months|dagen|days)\s+(lang|long)\b", q) and \
            not _contests_refusal(q, whole):
        return Ask("age", ("leeftijd",), judge=True)
    if START_CHECK.search(q) and not _NOT_START.search(q) or DO_CHECK.search(q):
        return Ask("start_check", kind="handoff", reply="handoff")
    if APPLY_HERE.search(q) and _APPLY_HERE_ASKER.search(q) and not re.search(
            r"\b(voor\s+mij|for\s+me|namens|on\s+my\s+behalf|hoe|how|waar|where|wie|who)\b", q) \
            and not _AT_THE_DESK.search(q):
        return Ask("apply_here", kind="handoff", reply="handoff_form")
    if APPLY_NOW.search(whole) and _APPLICATION.search(whole) and not _MAY_I_APPLY.search(q) \
            and not REFUSAL.search(whole) and not WHAT_TO_DO.search(q) and not re.search(
            rf"\b{_KOT}\b[^.?!]{{0,20}}\b(aanvragen|aanvraag|apply|application)\b|\b(aanvragen|apply\s+for)\s+"
            rf"(\w+\s+)?{_KOT}\b", q) and not re.search(
            r"\b(voor\s+mij|for\s+me|namens|on\s+my\s+behalf|contract|opvang\s+(beginnen|starten)|"
            r"daycare\s+(start|begin)|weten|know|whether|wonder\w*|afvragen|terwijl|while|"
            r"already|nu\s+al|al\s+(aanvragen|beginnen|starten))\b|"
            # "before the daycare starts" asks about timing; "before I lose my nerve" does not
            r"\b(before|voordat)\s+(\w+\s+){0,3}(start\w*|begin\w*|opvang|daycare|childcare|nursery|contract|"
            r"born|geboren|bevalling|birth)\b", whole):
        return Ask("apply_now", kind="handoff", reply="handoff_form")
    if START_WITH_ME.search(q) and _APPLICATION.search(whole) and not re.search(
            r"\b(contract|opvang\s+(beginnen|starten)|daycare\s+(start|begin)|hoe\s+lang|how\s+long|wanneer|when|"
            r"what|wat|welke|which)\b", q):
        return Ask("apply_now", kind="handoff", reply="handoff_form")
    if SPECIAL_CARE.search(whole) and not gre.search(r"\b(niet|not|no|geen)\s+(\w+\s+)?(speciale|special\w*|"
                                                    r"gespecialiseerde|behandel\w*|treatment)\b", whole) \
            and not gre.search(r"\b(wlz|wet\s+langdurige\s+zorg|long[\s-]term\s+care\s+act|ciz)\b", whole):
        # (a child with a Wlz indication gets that care through the Wlz: retrieval finds wlz-kind)
        # care for the child's own treatment or behaviour is jeugdhulp, not SMI
        return Ask("special_care", ("jeugdwet-mkd",))
    if len(_care_kinds(q)) >= 2 and gre.search(r"\b(of|or|ook|also|alleen|only|both|allebei|verschil|"
                                              r"difference|tussen|between)\b", q) \
            and "peuter" not in _care_kinds(q):
        return Ask("care_kind", ("soort-opvang",), judge=True)
    if len(_care_kinds(q)) == 1 and "peuter" not in _care_kinds(q) and _CARE_ALSO.search(q) and \
            gre.search(rf"\b({_SMI}|vergoed\w*|betaal\w*|cover\w*|pay\w*|aanvra\w*|apply|krijg\w*|get)\b", q):
        # "kan ik smi voor allebei aanvragen, dus ook bso voor de oudste?": which kinds of care
        return Ask("care_kind", ("soort-opvang",), judge=True)
    if DECISION_LESS.search(whole) and CONTEST.search(q) and _acts(q, whole) is None \
            and gre.search(r"\b(more|meer|need|nodig|enough|genoeg|instead\s+of|in\s+plaats\s+van|ipv|longer|"
                          r"langer|takes|lasts|duurt|loopt|until|tot\s+(eind|het\s+eind|volgend)|minimum|minimaal|at\s+least|"
                          r"minstens|(\d+|een|one|a|half\s+a)\s+(year|jaar))\b", whole):
        months = gre.search(r"\b(months?|maanden)\b", whole)
        return Ask("objection_less", ("bezwaar", "duur" if months else "dagen"))
    if REFUSAL.search(whole) and CONTEST.search(q) and _acts(q, whole) is None:
        # "mag dat?", "is that allowed?": whether the reason holds (B5) comes before how to object
        allowed = _IS_IT_ALLOWED.search(q)
        if _INCOME_REASON.search(whole):
            return Ask("objection", ("afgewezen-inkomen", "bezwaar") if allowed else ("bezwaar", "afgewezen-inkomen"))
        if ASSETS.search(whole):
            return Ask("objection", ("vermogen", "bezwaar") if allowed else ("bezwaar", "vermogen"))
        if gre.search(rf"\b{_KOT}\b", whole):  # refused because KOT comes first (B3)
            return Ask("objection", ("bezwaar", "smi-en-kot"))
        if gre.search(r"\b(opnieuw|again|reappl\w*|nog\s+een\s+keer)\b", q):
            return Ask("objection", ("bezwaar", "aanvragen"))  # object, or apply anew
        return Ask("objection", ("bezwaar",))
    return None


# Numbers the engine can compute with (money, hours, days); a child's age is not one of them.
_AMOUNTS = gre.compile(r"(€|\beuro\b|\beur\b|\d{3,}|\d+[.,]\d{2}\b|\d+\s*k\b|\d+\s*(uur|uren|hours?|u|dagen|days?|"
                      r"dagdelen)\b|\b(per|an?)\s+(uur|hour))")


# Who pays the opvang, and to whom the money goes ("wie betaalt de opvang, ik of de gemeente?")
WHO_PAYS = _rx(
    # (not "wie betaalt dan de opvang?" after a story: that asks which scheme is theirs)
    r"\b(who|wie)\s+(actually\s+|eigenlijk\s+)?(pays|betaalt|is\s+paying)\b(?=[^.?!]*\b(directly|direct|"
    r"rechtstreeks|me\s+or|or\s+me|ik\s+of|of\s+ik|or\s+(the\s+)?(gemeente|council|municipality)|of\s+(de\s+)?"
    r"gemeente)\b)",
    r"\b(paid|betaald|uitbetaald|overgemaakt|gestort)\s+(\w+\s+)?(to|aan|op)\s+(me|mij|us|ons|the\s+(daycare|nursery|"
    r"provider)|de\s+(opvang|ouder|kdv|bso))\b",
    r"\b(to|aan|naar)\s+(me|mij|us|ons)\s+(or|of)\s+(to\s+|aan\s+|naar\s+)?(the|de)\s+(daycare|nursery|provider|"
    r"opvang|kdv|bso)\b",
)


# "Does the gemeente pay everything?": the own contribution answers (item eigen-bijdrage)
_PAYS_ALL = gre.compile(r"\b(betaalt|betalen|vergoedt|vergoeden|pays?|covers?)\b[^.?!]{0,40}\b(alles|everything|"
                       r"all\s+of\s+it|it\s+all|de\s+hele|het\s+hele|volledig\w*|helemaal|in\s+full|fully|"
                       r"the\s+(whole|entire|full))\b")


# Told, not asked: "dat betalen we helemaal zelf, want de toeslag is gestopt", "we pay it all
# ourselves now." (a statement ends in a full stop; "betalen we dan alles zelf?" is a question)
_PAID_OURSELVES = gre.compile(r"\b((dat|die|het|dit|nu|we|wij|ik)\s+(betalen|betaal|betaalden|betaalde)\s+"
                             r"(we|wij|ik)?\s*|(we|i)\s+(pay|paid|are\s+paying)\s+)[^.?!]{0,25}"
                             r"\b(zelf|ourselves|myself)\b[^?!]*?(\.|,|$)(?![^.?!]*\?)")


# "we zitten in de bijstand, we kunnen de opvang toch niet betalen? betaalt de gemeente alles?":
# what a family with little money pays (B5, B11: the table, and a gemeente may pay more)
PAY_ALL = _rx(
    r"\b(kunnen|kan|kun|can'?t|cannot|could\s*n'?t|can\s+we|can\s+i)\b[^.?!]{0,30}\b(betalen|pay\s+for|afford)\b",
    _PAYS_ALL.pattern,
    r"\b(gratis|for\s+free|free\s+of\s+charge|kosteloos|niks\s+betalen|niets\s+betalen|nothing\s+to\s+pay|"
    r"pay\s+nothing)\b", r"\b(is|are)\s+(it|that|this|the\s+\w+)\s+free\b",
)
_LITTLE_MONEY = gre.compile(r"\b(bijstand\w*|uitkering|benefits|welfare|minimum\w*|laag\s+inkomen|low\s+income|"
                           r"weinig\s+geld|geen\s+geld|no\s+money|krap|poor|arm|schulden|debts?|"
                           r"can'?t\s+afford|kunnen\s+(het\s+)?niet\s+betalen)\b")


# "we just moved to Utrecht" is where the family lives now; the move only matters to an SMI that
# was already granted ("does our SMI move with us?")
_MOVED_HERE = gre.compile(r"\b(just|recently|only\s+just|net|pas|onlangs|kort\s+geleden)\s+(\w+\s+)?(moved|verhuisd)\b|"
                         r"\b(moved|verhuisd)\s+(here|hier\w*)\b")
_HAS_SMI = gre.compile(r"\b(our|my|onze|mijn|the|de|her|his|haar|zijn)\s+smi\b|\b(have|get|got|had|krijgen|krijg|"
                      r"kregen|kreeg|hebben|heb|had)\s+(\w+\s+)?smi\b|\bsmi\s+(granted|toegekend|gekregen)\b")


def _round3(q: str, whole: str) -> Ask | None:
    """Moving, papers, where to apply, the maximum hourly price: read after the school, help and
    comparison checks, which name their own subject."""
    if OBJECTION_HOW.search(q):
        return Ask("objection_how", ("bezwaar",))
    if REPAY.search(q) and gre.search(r"\b(beter|better|herstel\w*|recover\w*|stop\w*|verander\w*|chang\w*|"
                                     r"werk\w*|work\w*|job|baan|te\s+laat|too\s+late|late)\b", q):
        # "will they want the money back when I'm better?": changes are told at once (item wijziging)
        return Ask("repay", ("wijziging",))
    if PAY_ALL.search(q) and _LITTLE_MONEY.search(whole) and not _AMOUNTS.search(whole) \
            and not REPAY.search(q) and not _PAID_OURSELVES.search(q):
        return Ask("low_income_fee", ("eigen-bijdrage", "meer-vergoeden"), judge=True)
    if WHO_PAYS.search(q) and not gre.search(r"\b(eigen\s+bijdrage|contribution|hoeveel|how\s+much)\b", q):
        return Ask("who_pays", ("wie-betaalt",))
    # with amounts in the message the engine computes the contribution (compose.py)
    if FEE_HOW.search(q) and not _INCOME_REASON.search(q) and not _AMOUNTS.search(whole) \
            and not REPAY.search(q) \
            and not gre.search(r"\b(\w*tabel|tables?)\b", q):
        return Ask("fee_how", ("eigen-bijdrage",))
    if URGENT.search(q) and not _acts(q, whole):
        return Ask("urgent", ("beslistermijn", "starten-voor-besluit"))
    again = gre.search(r"\b(opnieuw|weer|again|re-?appl\w*|nog\s+een\s+keer)\b", q)
    if DECISION_TIME.search(q) and not again and not gre.search(r"\b(verleng\w*|exten\w*|last)\b", q) and not (
            gre.search(r"\bduur\w*", q) and not gre.search(r"\b(aanvra\w*|aangevraagd|ingediend|appl\w*|beslis\w*|"
                                                        r"besluit|hoor\w*|"
                                                        r"horen|antwoord|bericht|reactie|uitslag)\b", q)):
        return Ask("decision_time", ("beslistermijn",))
    if DAYS_Q.search(q) and not gre.search(r"\b(bezwaar|object\w*|beslis\w*|decide\w*|decision|"
                                          r"wacht\w*|wait\w*|duurt|take)\b", q):
        return Ask("days", ("dagen",))
    if SMI_DURATION.search(q) and not gre.search(r"\b(beslis\w*|besluit|decide\w*|decision|bezwaar|"
                                                r"object\w*|wacht\w*|wait\w*)\b", q) \
            and (again or not gre.search(r"\b(aanvra\w*|appl\w*)\b", q)):
        return Ask("duration", ("duur",))
    if SMI_END.search(q) and not _NOT_END.search(q) and not gre.search(r"\b(aanvra\w*|appl\w*)\b", q):
        return Ask("duration", ("duur",))  # "... we got SMI in May. When does it stop?"
    if (MOVING.search(q) or MOVING.search(whole) and re.search(
            r"\b(opnieuw|again|mee|keep|houd\w*|behoud\w*|gebeurt|happens|iets\s+doen|apply|door|move|"
            r"moves|with\s+(us|me)|transfer\w*|"
            r"doorlopen|loopt|continue\w*|carry|transfer\w*|still|nog|geldig|valid|stop\w*)\b", q)) \
            and not gre.search(r"\b(opvang|kdv|bso|daycare|provider)\b[^.?!]*"
                              r"\b(verhuis\w*|moves?|moving)\b", q) \
            and not gre.search(r"\b(school|basisschool|inschrijving)\b", whole) \
            and not (_MOVED_HERE.search(whole) and not _HAS_SMI.search(whole)):
        return Ask("moving", ("verhuizen",))
    if PAPERS.search(q) and EXTENSION.search(q):
        return Ask("papers_extension", ("verlengen", "voorbereiden"))
    if PAPERS.search(q):
        return Ask("papers", ("voorbereiden",), judge=True)
    if CONTACT_WHO.search(q) and gre.search(r"\b(cost|costs|kosten|pay\w*|betal\w*|daycare|childcare|"
                                           r"nursery|opvang|kinderopvang|kdv|bso|smi|vergoed\w*)\b", q) \
            and not gre.search(r"\b(form|formulier|invullen|fill\w*|bezwaar\w*|objection|appeal|klacht\w*|"
                               r"complain\w*|verlen\w*|exten\w*)\b", q):
        # "who should she contact for help with the cost of daycare?": where to apply
        return Ask("apply_where", ("aanvragen",), judge=True)
    if APPLY_WHERE.search(q) and not gre.search(r"\b(opnieuw|again|verlen\w*|exten\w*|help\w*|na\s+het|after|"
                                               r"klacht\w*|bezwaar\w*|complain\w*|objection|appeal)\b", q) \
            and not (_OTHER_SCHEME.search(whole) and not gre.search(rf"\b({_SMI}|opvang|childcare)\b", whole)) \
            and not (gre.search(rf"\b{_KOT}\b", whole) and not gre.search(rf"\b{_SMI}\b", whole)):
        return Ask("apply_where", ("aanvragen",), judge=True)
    if (MAX_PRICE.search(q) or FULL_PAY.search(q) and _PRICE_WORD.search(whole)) \
            and not _DAYS_ONLY.search(q) and not (
            _INCOME_REASON.search(whole) and not _PRICE_WORD.search(whole)):
        return Ask("max_price", ("uurprijs",))
    return None


# Content classes of the third session (helper chat6): the data on the application form (who
# sees it, how long it is kept, the BSN), why another gemeente gives more, which kinds of care
# and how much. Read before the decision-time, days and extension patterns, which share words
# ("hoe lang", "meer dagen", "langer") with them.
_DATA = r"(gegevens|informatie|info|data|details|formulier|form|aanvraag|application|gezondheid|health|" \
    r"medisch\w*|medical|psychisch\w*|mental|diagnos\w*|wat\s+ik|what\s+i)"
DATA_PRIVACY = _rx(
    r"\b(privacy\w*|avg|gdpr|bewaartermijn|retention|persoonsgegevens|personal\s+data)\b",
    # (not "how long do they keep paying?", "how long can we keep it?": how long SMI lasts)
    r"\b(hoe\s*lang|how\s+long)\b[^.?!]*\b(bewaa?r\w*|stores?|stored|opgeslagen|retain\w*)\b",
    # keeping data, not keeping SMI ("hoe lang kunnen we het houden?", "how long do they keep paying?")
    rf"\b(hoe\s*lang|how\s+long)\b[^.?!]*\b(keeps?|kept|houden|houdt|holds?)\b[^.?!]*\b{_DATA}\b",
    rf"\b(hoe\s*lang|how\s+long)\b[^.?!]*\b{_DATA}\b[^.?!]*\b(keeps?|kept|houden|houdt|holds?)\b",
    r"\b(wie|who)\s+(krijgt|gets?|mag|can|may)\s+(dat|dit|het|that|this|it)\s+(te\s+zien|to\s+see|zien|see|lezen|read)\b",
    rf"\b(wie|who)\b[^.?!]{{0,50}}\b(ziet|zien|lezen|leest|inzien|sees?|read|reads|access|gets?\s+to\s+see|"
    rf"te\s+zien|krijgt)\b[^.?!]{{0,60}}\b{_DATA}\b",
    rf"\b{_DATA}\b[^.?!]{{0,60}}\b(wie|who)\b[^.?!]{{0,30}}\b(ziet|zien|lezen|leest|sees?|read|reads|"
    r"access|te\s+zien)\b",
    # the childcare or an employer told why: "does the nursery get told why we have SMI?"
    r"\b(opvang|kinderopvang|kinderdagverblijf|kdv|bso|gastouder|daycare|nursery|creche|provider|werkgever|"
    r"employer|school|juf|after[\s-]school\s+club)\b"
    r"[^.?!]{0,40}\b(weten|know|knows|told|horen|hoort|te\s+horen|find\s+out|informed|ge[iï]nformeerd)\b"
    r"[^.?!]{0,30}\b(waarom|why|wat|what|reden|reason)\b",
    r"\b(hoort|horen|weet|weten|knows?|hears?|told|informed)\b[^.?!]{0,40}\b(opvang|kinderopvang|"
    r"kinderdagverblijf|kdv|bso|gastouder|daycare|nursery|creche|werkgever|employer|school)\b"
    r"[^.?!]{0,40}\b(waarom|why|reden|reason)\b",
    # the data passed on to the childcare, an employer, others
    r"\b(gegevens|informatie|info|data|details|dossier|file)\b[^.?!]{0,60}\b(gedeeld|delen|deelt|"
    r"doorgegeven|doorgeven|doorgestuurd|shared?|passed\s+on|handed\s+over|forwarded|sent\s+to)\b",
    r"\b(shares?|delen|deelt|doorgeven|pass\s+on|hand\s+over)\s+(my|mijn|haar|zijn|her|his|our|onze)\s+"
    r"(gegevens|informatie|info|data|details|dossier|medical|medische)\b",
)
_THIS_CHAT = gre.compile(r"\b(chat\w*|gesprek|conversation|jullie|deze\s+site|this\s+(site|tool|website))\b")
BSN_Q = _rx(r"\bbsn\b", r"\bburgerservicenummer\w*", r"\bcitizen\s+service\s+number",
            r"\bsocial\s+security\s+number", r"\bsofi[\s-]?nummer")
# Residence: a permit, a status holder, waiting for the IND, no papers (content/faq/06-praktisch.toml)
RESIDENCE = _rx(r"\bverblijfs\s*(vergunning|status|document|recht)\w*", r"\bresiden(ce|cy)\s+(permit|card|status)",
                r"\bimmigration\s+status", r"\bstatus\s*hou?lders?\b", r"\bstatushouder\w*",
                r"\bundocumented\b", r"\b(no|without)\s+(legal\s+)?papers\b", r"\b(geen|zonder)\s+papieren\b",
                r"\brechtmatig\w*\s+(in\s+nederland\s+)?(wonen|verblijf\w*|hier)", r"\blegal(ly)?\s+(residence|resident|stay)", r"\bvisas?\b",
                r"\b(asylum|asiel)\w*", r"\brefugees?\b", r"\bvluchteling\w*", r"\b(de\s+|the\s+)?ind\b",
                r"\bnationalit\w*", r"\b(only|alleen)\s+(for|voor)\s+(dutch|nederlanders)",
                r"\b(also|ook)\s+(for|voor)\s+(expats|foreigners|buitenlanders|migrants|migranten|internationals)\b")
_RESIDENCE_DOUBT = gre.compile(r"\b(geen|zonder|no|not|without|nog\s+niet|not\s+yet|verlopen|expired|wacht\w*|"
                              r"waiting|aangevraagd|applied|matter|uitmaken|uit\s+maakt|nodig|need)\b")
# Tax on SMI, or SMI changing other toeslagen (content/faq/06-praktisch.toml)
TAX_Q = _rx(r"\bbelasting\s+(betal\w*|over)\b", r"\bover\s+(\w+\s+){0,2}belasting\b", r"\binkomstenbelasting\b",
            r"\bbelastbaar\b", r"\b(belasting)?aangifte\b", r"\bbelast\b\s*\?", r"\btax(ed|able)\b",
            r"\bpa(y|ying)\s+(\w+\s+)?tax(es)?\b", r"\btax(es)?\s+on\b", r"\bincome\s+tax\b",
            r"\btax\s+(return|form)\b", r"\bdeclare\b", r"\bopgeven\b",
            r"\b(huurtoeslag|zorgtoeslag|rent\s+allowance|housing\s+(benefit|allowance)|health\s*care\s+allowance)\b")
# The school holidays, when the BSO runs full days; not a trip ("op vakantie", "on holiday")
HOLIDAYS_Q = _rx(r"\b(school|zomer|herfst|kerst|voorjaars|mei|krokus)?vakanties?\b",
                 r"\b(school|summer|autumn|christmas|spring|easter|may)\s+(holidays?|vacations?|break)\b",
                 r"\bhalf[\s-]?term\b", r"\b(in|during|over)\s+the\s+holidays\b")
_TRIP = gre.compile(r"\b(op|on)\s+(vakantie|holiday|vacation)\b")


# Things got better (or a job was found) during SMI: must the gemeente be told? (item wijziging)
_BETTER = gre.compile(r"\b(improv\w*|better|beter|verbeter\w*|hersteld|herstelt|recover\w*|found\s+a\s+job|"
                     r"(got|started|starts|has)\s+a\s+(new\s+)?job|new\s+job|nieuwe\s+baan|werk\s+gevonden|"
                     r"(begint|begon|start|gestart)\s+(weer\s+)?(met\s+)?(werken|studeren)|"
                     r"(een\s+)?baan\s+gevonden|back\s+(at|to)\s+work|weer\s+(aan\s+het\s+)?(werk|werken)|"
                     r"weer\s+een\s+(baan|job)|(heeft|krijgt|kreeg|vond|vindt)\s+(\w+\s+){0,2}een\s+(nieuwe\s+)?baan|"
                     # "she's starting work again on 1 May", "gaat weer werken", "returns to work"
                     r"(start\w*|begin\w*|going\s+back\s+to|goes\s+back\s+to|return\w*\s+to)\s+(work|working|her\s+job|"
                     r"his\s+job)(\s+again)?|gaat\s+(weer|straks)\s+(\w+\s+)?werken)\b")
# "wat betekent dat?", "what now?", "what happens then?" after a change told while SMI runs
_WHAT_NOW_Q = gre.compile(r"\b(wat\s+betekent\s+(dat|dit|het)|wat\s+nu|wat\s+gebeurt\s+er|what\s+does\s+(that|this|it)\s+"
                         r"mean|what\s+now|what\s+happens)\b")
_TELL = gre.compile(r"\b(tell|report|inform|let\s+\w+\s+know|hear\s+about|notify|doorgeven|doorgegeven|melden|"
                   r"laten\s+weten|vertellen|door\s+te\s+geven)\b")


# The official words on the form or in a letter ("wat betekent beschikking?", "words like
# toetsingsinkomen and LRK-nummer that I don't get")
# (not "beschikking" alone: "wat is een beschikking?" is the item after the application)
_FORM_WORD = (r"(toetsingsinkomen|rechtsmiddelen\w*|lrk[\s-]?(nummer|number|nr)|"
              r"moeilijke\s+woorden|difficult\s+(dutch\s+)?words|official\s+words)")
FORM_WORDS = _rx(
    rf"\b(wat\s+(is|betekent|betekend|betekenen|zijn)|what\s+(is|are|does|do)|betekenis|meaning|"
    rf"snap|begrijp|understand|get)\b[^?]{{0,60}}\b{_FORM_WORD}",
    rf"\b{_FORM_WORD}\b[^?]{{0,60}}\b(betekent|betekend|betekenen|means?|meaning|snap|begrijp|"
    rf"understand|don'?t\s+get|uitleg|explain)\b",
    rf"\b(words|woorden)\s+(like|zoals)\s+{_FORM_WORD}",
    # "explain what they mean with 'LRK-nummer'", "wat bedoelen ze met toetsingsinkomen"
    rf"\b(what\s+(\w+\s+){{0,3}}means?|explain\w*|uitleg\w*|leg\s+(\w+\s+){{0,3}}uit|"
    rf"wat\s+(\w+\s+){{0,3}}(bedoel\w*|betekent))\b[^?]{{0,60}}\b{_FORM_WORD}",
    # "in de brief staat 'beschikking' ... wat betekent dat in makkelijke woorden": the word's
    # meaning (the item after the application answers "wat is een beschikking?")
    r"\bbeschikking\b[^?]{0,80}\b(betekent|betekend|betekenen|means?|meaning|makkelijke\s+woorden|"
    r"simple\s+words|easy\s+words|plain\s+words)\b",
    r"\b(betekent|betekenen|means?|meaning\s+of)\b[^?]{0,40}\bbeschikking\b",
)


def asks_form_words(text: str) -> bool:
    """The message asks what official words on the form or in a letter mean."""
    return bool(FORM_WORDS.search(plain(text)))


def _practical_ask(q: str, whole: str) -> Ask | None:
    """Residence, tax and the school holidays: read before the age, kind-of-care and comparison
    asks, whose words ("my child starts school", "SMI or kinderopvangtoeslag", "pay") they share."""
    # the change may be told in the sentence before: "my wife found a job. do we need to tell anyone?"
    if (_BETTER.search(q) or _BETTER.search(whole) and gre.search(rf"\b{_SMI}\b", whole)) and (
            _TELL.search(q) or _HAS_SMI.search(whole) and _WHAT_NOW_Q.search(q)) \
            and not gre.search(r"\b(niet|not|no|geen)\s+(\w+\s+)?(beter|better|improv\w*)", whole):
        return Ask("report_change", ("wijziging",))
    if _PAYS_ALL.search(q) and not gre.search(r"\b(uurprijs|hourly|per\s+uur|an\s+hour|max\w*|caps?|"
                                             r"plafond|limit\w*|grens)\b", q) \
            and not _PAID_OURSELVES.search(q):
        return Ask("pays_all", ("eigen-bijdrage", "meer-vergoeden"))
    if RESIDENCE.search(q) or RESIDENCE.search(whole) and _RESIDENCE_DOUBT.search(whole):
        return Ask("residence", ("verblijfsvergunning",))
    if TAX_Q.search(q) and gre.search(rf"\b({_SMI}|opvang|childcare|nursery|daycare|kdv|bso|vergoeding)\b", whole):
        return Ask("tax", ("belasting-toeslagen",))
    if HOLIDAYS_Q.search(q) and not _TRIP.search(q) and re.search(
            r"\b(bso|opvang|childcare|after[\s-]?school|smi|uren|hours|dagen|days|betaal\w*|pay\w*|cover\w*|"
            r"door|continue\w*|stop\w*)\b", whole) and not gre.search(r"\b(verleng\w*|extend\w*|extension|renew\w*)\b", q):
        return Ask("school_holidays", ("schoolvakanties",))
    return None


OTHER_GEMEENTE = _rx(
    r"\b(andere|another|other|different|neighbou?ring|naburige)\s+(gemeente\w*|municipalit\w*|town|"
    r"city|stad|council|place|plaats)\b[^.?!]*\b(meer|more|langer|longer|ruimer|generous|beter|better|"
    r"wel|does|do|gets?|krijg\w*)\b",
    r"\bbuurgemeente\w*\b",
    # "Amstelveen has 'its own rules' for SMI", "another city would say yes"
    r"\b(heeft|hebben|has|have)\s+'?(its|their|hun|haar|zijn)?\s*(own|eigen)\s+(rules|regels|beleid|policy)\b",
    r"\b(andere|another|other|different)\s+(gemeente\w*|municipalit\w*|town|city|stad|council|place|plaats)\s+"
    r"(would|zou|might|could|kan|wel)\b",
    r"\b(gemeente|municipality|council|town)\s+(next\s+door|naast\s+ons|hiernaast|down\s+the\s+road)\b",
    r"\b(waarom|why|how\s+come|hoe\s+kan)\b[^.?!]*\b(while|whereas|terwijl|but|maar)\s+(ours|onze|de\s+onze|"
    r"mine|de\s+mijne|our\s+(gemeente|municipality|council|town))\b",
    r"\b(waarom|why|hoe\s+kan|how\s+come|how\s+is\s+(that|it)\s+possible)\b[^.?!]*\b(andere|another|other|"
    r"different)\s+(gemeente\w*|municipalit\w*|town|city|stad|council)\b",
)
# "Hoe kan dat?" after a story that compares two gemeenten
_WHY_DIFFERENT = gre.compile(r"\b(waarom|why|hoe\s+kan\s+(dat|het)|how\s+come|how\s+is\s+(that|this|it)\s+"
                            r"(possible|fair)|verschil\w*|differen\w*|anders|unfair|oneerlijk)\b")
_MORE = gre.compile(r"\b(meer|more|langer|longer|ruimer|a\s+whole\s+year|een\s+heel\s+jaar|minder|less|"
                   r"maar|only|alleen)\b")
_CARE_KIND_Q = gre.compile(
    r"\b(soort\w*\s+(kinder)?opvang|welke\s+(kinder)?opvang|wat\s+voor\s+(kinder)?opvang|types?\s+of\s+"
    r"(child)?care|kinds?\s+of\s+(child)?care|which\s+(kind\s+of\s+)?(child)?care|gastouder\w*|childminder|"
    r"creche|bso|after[\s-]school)\b")
_AMOUNT_Q = gre.compile(r"\b(hoeveel|how\s+(many|much))\b[^.?!]*\b(uur|uren|hours|dagen|days|dagdelen)\b")
# "does X count as a reason for SMI?": the item on that reason
REASON_Q = gre.compile(r"\b(reden|reason|grond|grounds?|telt|tellen|counts?|geldt|qualif\w*)\b")
_REASON_ITEMS = (
    (gre.compile(r"\b(verslav\w*|verslaafd|addict\w*|alcohol\w*|drugs|afkick\w*|rehab)\b"), "verslaving"),
    (gre.compile(r"\b(zwanger\w*|pregnan\w*|bedrust|bed\s+rest)\b"), "zwanger-bedrust"),
    (gre.compile(r"\b(ziekenhuis\w*|hospital\w*|opname|opgenomen|admitted|admission)\b"), "ziekenhuis-opname"),
    (gre.compile(r"\b(beperking\w*|handicap\w*|gehandicapt\w*|disab\w*|blind|doof|deaf|rolstoel|wheelchair|"
                r"slechtziend\w*|slechthorend\w*)\b"), "beperking"),
)
# "wordt 12", "turns twelve", "groep 8" with "stops?", "still?": the age limit (B4)
_AGE_EDGE = (r"((wordt|turns|turning|becomes|is|will\s+be|van|of|aged)\s+(11|12|13|elf|twaalf|twelve|eleven|"
             r"dertien|thirteen)|(groep|group|year)\s*[78])")
_AGE_WORDS = r"(stop\w*|end\w*|eindig\w*|ophoud\w*|afgelopen|over|no\s+longer|niet\s+meer|nog|still|birthday|" \
    r"verjaardag|next\s+year|volgend\s+jaar|geldt|count\w*|too\s+old|te\s+oud)"
AGE_END = gre.compile(rf"\b{_AGE_EDGE}\b[^?]*\b{_AGE_WORDS}\b|\b{_AGE_WORDS}\b[^?]*\b{_AGE_EDGE}\b")
# The gemeente gives less than the basislijn's 2 days for 6 months: "is that allowed?"
# Less than the B6 minimum of 2 days a week: "maar 1 dag", or any single day or part of a day
# "per week", or two half days ("one morning a week", "2 ochtenden per week").
_FEW_DAYS = gre.compile(r"\b(only|just|maar|slechts|alleen|nog\s+geen)\s+(\w+\s+)?(1|one|een|één|a|half\s+a|een\s+halve)\s+"
                       r"(day|dag|dagdeel|morning|ochtend)\b|"
                       r"\b(1|one|een|één|half\s+a|een\s+halve)\s+(day|dag|dagdeel|morning|ochtend|middag|"
                       r"afternoon)\s+(a|per|in\s+de|each|every)\s+week\b|"
                       r"\b(1|one|één|2|two|twee)\s+(ochtend|ochtenden|mornings?|middag|middagen|afternoons?|"
                       r"dagdelen|dagdeel|half[\s-]days?)\b")
_FEW_MONTHS = gre.compile(r"\b(only|just|maar|slechts|alleen|for|voor|gedurende)\s+(\w+\s+)?([1-5]|one|two|three|"
                         r"four|five|een|één|twee|drie|vier|vijf)\s+(months?|maanden|maand)\b")
_IS_IT_ALLOWED = gre.compile(r"\b(allowed|legal|right|normal|fair|minimum|mag\s+(dat|het|dit)|mogen\s+ze|toegestaan|"
                            r"can\s+they\s+(do|say|refuse|decide)|kunnen\s+ze\s+dat|"
                            r"normaal|klopt|minimaal|minimum|isn'?t\s+(it|that|the)|is\s+that\s+ok|"
                            # "is this in line with the basislijn?", "is dat wel genoeg?"
                            r"in\s+line\s+with|in\s+lijn\s+met|enough|genoeg|voldoende|compl(y|ies|iant)|"
                            r"volgens\s+de\s+(regels|basislijn|wet)|according\s+to\s+the\s+(rules|basislijn|law)|"
                            r"meets?\s+the\s+(minimum|basislijn|rules)|voldoet)\b")
# Still no decision after the term ("al 10 weken en nog steeds geen besluit").
LATE = gre.compile(r"\b(nog\s+(steeds\s+|altijd\s+)?geen|still\s+(no|not\s+(a|any))|nothing\s+yet|"
                  r"(heb|hebben|have|has)\s+(nog\s+)?(niets|niks|nothing)\s+(gehoord|heard))\b"
                  r"[^.?!]{0,30}\b(besluit|beslissing|decision|antwoord|answer|reply|uitslag|gehoord|heard)?")
# It is clear from the start that the problems last long (B8, the hardheidsclausule).
HARDSHIP = gre.compile(r"\b(from\s+(the\s+start|day\s+one|the\s+beginning)|vanaf\s+(het\s+)?(begin|dag\s+een|"
                      r"de\s+start)|(al|is)\s+(meteen\s+)?duidelijk|(already|clearly|it'?s)\s+clear|chronisch\w*|"
                      r"chronic\w*|blijvend\w*|permanent\w*|for\s+years|jaren(lang)?|levenslang|lifelong|"
                      # an illness that will not go away
                      r"gaat\s+niet\s+(meer\s+)?over|niet\s+meer\s+beter|wordt\s+niet\s+(meer\s+)?beter|ongeneeslijk\w*|"
                      r"progressie\w*|progressive|incurable|won'?t\s+(get\s+better|go\s+away)|will\s+not\s+"
                      r"(get\s+better|go\s+away)|never\s+get\s+better)\b")
_PER_WEEK_Q = gre.compile(r"\b(how\s+much|hoeveel)\s+(\w+\s+){0,2}(per\s+week|a\s+week|in\s+de\s+week)\b")
_HOW_LONG_Q = gre.compile(r"\b(hoe\s*lang|how\s+long|hoeveel\s+maanden|how\s+many\s+months|for\s+what\s+period|"
                         r"welke\s+periode)\b")
_CARE_AND_AMOUNT = gre.compile(
    r"\b(soort\w*|welke|wat\s+voor|types?|kinds?|which|what\s+kind)\b[^.?!]*\b(opvang|childcare|"
    r"child\s*care|care)\b[^.?!]*\b(hoeveel|how\s+(many|much)|uur|uren|hours|dagen|days)\b")


# What the gemeente expects of the parent once SMI is granted (B9: only aimed at recovery)
OBLIGATIONS = _rx(
    r"\b(expect\w*|verwacht\w*|require\w*|eis\w*)\s+(\w+\s+){0,3}(of|from|van)\s+(me|us|her|him|them|my\s+client|"
    r"the\s+parent|the\s+mother|the\s+father|mij|me|ons|haar|hem|hen|cli[eë]nt\w*|de\s+ouders?|de\s+moeder|"
    r"de\s+vader|parents)\b",
    r"\b(van|of|from)\s+(me|mij|ons|us|haar|her|hem|him|hen|them|cli[eë]nt\w*|the\s+parent|de\s+ouders?|"
    r"de\s+moeder|the\s+mother)\s+(\w+\s+){0,2}(verwacht\w*|expected|ge[eë]ist|required)\b",
    r"\b(obligations?|verplichtingen|plichten|duties|in\s+return|terugdoen|iets\s+terug\s+doen)\b",
    r"\b(eisen|voorwaarden|conditions|demands|requirements)\s+(\w+\s+)?(stellen|opleggen|set|impose|attach)\b",
)


def _content_ask(q: str, whole: str) -> Ask | None:
    """The data on the form, the BSN, another gemeente giving more, kinds of care and how much."""
    from wizard.chat import places

    if DATA_PRIVACY.search(q) and not _THIS_CHAT.search(q):
        return Ask("privacy_data", ("privacy-gegevens",))
    if BSN_Q.search(q) and not _THIS_CHAT.search(q):
        return Ask("bsn", ("bsn",))
    if MOVING.search(whole):
        return None  # a move to another gemeente: the moving pattern answers
    two_places = len(places.all_mentioned(whole)) >= 2
    if OTHER_GEMEENTE.search(q) or two_places and (
            _WHY_DIFFERENT.search(q) and _MORE.search(whole)
            or gre.search(r"\b(hetzelfde|zelfde|gelijk|dezelfde|same|equal|identical|alike)\b", q)):
        return Ask("other_gemeente", ("verschil-gemeenten",))
    if _CARE_AND_AMOUNT.search(q) or (_CARE_KIND_Q.search(q) and _AMOUNT_Q.search(q)):
        return Ask("care_kind", ("soort-opvang",), judge=True)
    if LATE.search(whole) and gre.search(r"\b(weken|weeks|maanden|months|te\s+laat|too\s+long|termijn|"
                                        r"deadline|period)\b", whole):
        # the decision term has passed (Awb): what to do, and the term itself ("is that normal?")
        return Ask("late", ("te-laat", "beslistermijn"))
    if _IS_IT_ALLOWED.search(whole):
        if _FEW_DAYS.search(whole):
            # fewer than 2 days a week: B6 is the minimum, and bezwaar when more is needed
            return Ask("below_days", ("dagen", "bezwaar"))
        if _FEW_MONTHS.search(whole):
            return Ask("below_months", ("duur", "bezwaar"))  # shorter than 6 months: B6; bezwaar
    if (HARDSHIP.search(q) or HARDSHIP.search(whole)) and gre.search(r"\b(langer|longer|(zo\s+|so\s+|te\s+|too\s+)kort|(so\s+|too\s+)short|"
                                        r"meteen|straight\s+away|right\s+away|direct\w*|"
                                        r"from\s+the\s+start|vanaf\s+het\s+begin|at\s+once|in\s+one\s+go)\b", q):
        return Ask("hardship", ("hardheidsclausule", "verlengen"))  # B8: long from the start
    if AGE_END.search(q) or (gre.search(rf"\b{_AGE_EDGE}\b", whole) and re.search(
            r"\b(still|nog|next\s+year|volgend\s+jaar|too\s+old|te\s+oud|stop\w*|ophoud\w*)\b", q)
            and not gre.search(r"\b(verleng\w*|extend\w*|extension)\b", q)):
        return Ask("age", ("leeftijd",), judge=True)  # the child's age at the edge of primary school (B4)
    if (DAYS_Q.search(q) or _PER_WEEK_Q.search(q)) and _HOW_LONG_Q.search(q) and not re.search(
            r"\b(bezwaar|object\w*|beslis\w*|decide\w*|decision|wacht\w*|wait\w*)\b", q):
        return Ask("days", ("dagen",))  # how many days and how long: B6 gives both at once
    if OBLIGATIONS.search(q) and not gre.search(r"\b(aanvra\w*|appl\w*|formulier|form|bijstand\w*|welfare|"
                                               r"uitkering|benefits?|klantmanager)\b", q):
        return Ask("obligations", ("verplichtingen",), judge=True)
    if REASON_Q.search(q) and gre.search(rf"\b{_SMI}\b", q):
        item = next((i for rx, i in _REASON_ITEMS if rx.search(q)), None)
        if item is not None:
            return Ask("reason_counts", (item,), judge=True)
    return None


# A job contract that ended is part of the story, not a question about extending SMI.
_JOB_ENDED = gre.compile(r"\b(arbeids)?contract\s+(is\s+|was\s+|werd\s+)?(niet\s+verlengd|not\s+(been\s+)?"
                        r"renewed|afgelopen|ended)\b")


_TOLD_BY = gre.compile(r"\b(zei|zegt|zeiden|zeggen|said|says|told|tells)\b(?!\s+(je|jij|u|you)\b)")


_STEPS = gre.compile(r"\b(step\s+by\s+step|stap\s+voor\s+stap|welke\s+stappen|what\s+steps|the\s+steps|de\s+stappen|"
                    r"what\s+(i|we)\s+(must|have\s+to|need\s+to|should)\s+do|wat\s+(ik|we|wij)\s+(moet|moeten)\s+doen)\b")


# The family says it already gets kinderopvangtoeslag and asks SMI for the rest ("we do get
# kinderopvangtoeslag but there's still a big gap, can SMI help?"): SMI is only for families without
# a right to it (B3), not a top-up, whatever illness the story names.
KOT_ALREADY = _rx(r"\b(we|wij|i|ik)\s+(do\s+|already\s+|also\s+|al\s+|ook\s+|nu\s+)?(get|receive|have|krijgen|krijg|"
                  r"ontvangen|ontvang|hebben|heb)\s+(al\s+|ook\s+|nu\s+|wel\s+)?(kinderopvangtoeslag|childcare\s+benefits?|"
                  r"child\s*care\s+allowance|kot|toeslag)\b")
_TOP_UP = _rx(r"\b(can|could|kan|kunnen|also|ook)\b[^.?!,]*\bsmi\b", r"\b(krijg\w*|get)\s+(ik|wij|we|i|u)\s+(\w+\s+)?smi\b",
              r"\bsmi\b[^.?!]*\b(help|helpen|betal\w*|pay|cover|vergoed\w*)\b", r"\btop[\s-]?up", r"\bgap\b", r"\bverschil\b", r"\brest\b", r"\baanvull", r"\bbijpassen",
              r"\bbijbetal", r"\bextra\b", r"\bon\s+top\b", r"\bbovenop\b")


# "kun je me stap voor stap helpen het aanvraagformulier in te vullen?", "can you walk me through
# the application form?": the chat is asked to guide the filling in, which the wizard does
_WALK_ME = _rx(
    # "please walk me through the whole process", "neem me stap voor stap mee"
    r"(^\W*|\b(please|pls|plz)\s+)(walk|take|guide|talk)\s+me\s+through\b",
    r"^\W*(neem|leid|loods)\s+(me|mij)\s+(\w+\s+){0,3}(stap\s+voor\s+stap|door\s+(het|de))\b",
    # "loop je het met me door?", "go through it with me step by step"
    r"\b(loop|loopt|ga|gaat)\s+(je|jij|u)\s+(\w+\s+){0,3}met\s+(me|mij|ons)\s+(\w+\s+){0,3}door\b",
    r"\b(go|walk)\s+through\s+(it|this|the\s+(form|application|steps))\s+with\s+(me|us)\b",
    # "help mij aub het formulier voor haar in te vullen", "help me fill in the form"
    r"^\W*(help|helpt)\s+(me|mij|ons|us)\s+(\w+\s+){0,3}(met\s+|with\s+)?(het\s+|de\s+|the\s+|this\s+|dit\s+)?"
    r"(invullen|in\s+te\s+vullen|fill\w*|formulier|aanvraagformulier|form|application\s+form)\b",
    r"\b(kun|kan|kunt|wil|can|could|will|would)\s+(je|jij|u|you)\s+(me|mij|ons|us)\s+(\w+\s+){0,4}(helpen|help|"
    r"begeleiden|guide|walk|take)\b[^.?!]*\b(invullen|in\s+te\s+vullen|fill\w*|formulier|aanvraagformulier|"
    r"aanvraag|form|application|through\s+(it|the\s+(form|application|steps)))\b",
    r"\b(stap\s+voor\s+stap|step\s+by\s+step)\b[^.?!]*\b(invullen|in\s+te\s+vullen|fill\w*)\b[^.?!]*"
    r"\b(met\s+mij|with\s+me|samen|together)\b")
# "online of moet ik langs komen op het gemeentehuis?", "or in person at the town hall?": the ways
# to apply at the gemeente, not a request to apply here
_AT_THE_DESK = _rx(rf"\b(stadskantoor|{_DESK})\b")
# "how long before they tell me yes or no?", "wanneer hoor ik of het ja of nee is?": when the
# gemeente decides (the decision term), not a request that the chat says yes
_WHEN_ANSWER = _rx(r"\b(how\s+long|how\s+soon|how\s+many\s+(weeks|days)|when\s+(will|do|does|can)|hoe\s+lang|"
                   r"hoe\s+snel|wanneer|hoeveel\s+(weken|dagen)|binnen\s+hoeveel)\b")


# "wie kan mij helpen?" after "het papier is moeilijk" / "I don't understand the form"
_WHO_HELPS = _rx(r"^\W*(wie|who)\s+(kan|kun|can|could|will)\s+(mij|me|ons|us)\s+(hier(mee|bij)\s+|with\s+(it|this|that)\s+)?"
                 r"(helpen|help)\b")
_HARD_PAPER = _rx(r"\b(papier|papieren|formulier|brief|brieven|form|letter|letters|paperwork)\b[^.?!]{0,40}\b(moeilijk|"
                  r"lastig|ingewikkeld|snap|begrijp|difficult|hard|complicated|understand)\b",
                  r"\b(moeilijk|lastig|snap|begrijp|difficult|understand)\b[^.?!]{0,40}\b(papier|papieren|"
                  r"formulier|brief|brieven|form|letter|letters|paperwork)\b")


# The question is about kinderopvangtoeslag itself: applying for it, what it pays, how much, when
# it stopped, whether one has a right to it
_ABOUT_KOT = _rx(
    rf"\b(apply|applying|aanvragen|aanvraag|aan\s+te\s+vragen|check|checken|berekenen|calculate)\b[^.?!]{{0,25}}"
    rf"\b{_KOT}\b",
    rf"\b{_KOT}\s+(\w+\s+){{0,2}}(stopped|gestopt|stopt|ended|stops|cut|teruggevorderd|terugbetalen|repay\w*)\b",
    rf"\b(does|do|will|would|can|dekt|betaalt|vergoedt|geldt)\s+(the\s+|de\s+)?{_KOT}\s+(\w+\s+){{0,2}}(pay|cover|"
    rf"apply|count|ook|also|voor)\b",
    rf"\b(how\s+much|hoeveel)\s+(\w+\s+)?{_KOT}\b",
    rf"\b{_KOT}\s+(\w+\s+){{0,3}}(paid|betaald|uitbetaald|overgemaakt|gestort)\b",
    rf"\b(right\s+to|recht\s+op|qualify\s+for|eligible\s+for)\s+(the\s+|de\s+)?{_KOT}\b",
    # "bij wie vraag je kinderopvangtoeslag aan?", "waar vraag ik de toeslag aan?"
    rf"\b(vraag|vraagt|vragen)\s+(je|ik|u|we|wij|men)\s+(de\s+|die\s+)?{_KOT}\s+aan\b",
    rf"\b(where|who|which\s+(office|desk|agency))\s+(\w+\s+){{0,3}}(apply|ask)\s+for\s+(the\s+)?{_KOT}\b")


# "bij de gemeente of bij de belastingdienst?": the gemeente named only as the other desk to
# choose from; the question is still about kinderopvangtoeslag itself
_OFFICE_CHOICE = gre.compile(
    r"\b(gemeente|municipality|council)\s+(\w+\s+){0,1}(of|or)\s+(\w+\s+){0,3}"
    r"(belastingdienst|dienst\s+toeslagen|toeslagen|tax\s+(office|authority|authorities)|"
    r"belastingen|benefits\s+(office|agency))\b|"
    r"\b(belastingdienst|dienst\s+toeslagen|toeslagen|tax\s+(office|authority|authorities)|belastingen|"
    r"benefits\s+(office|agency))\s+(\w+\s+){0,1}(of|or)\s+(\w+\s+){0,3}(gemeente|municipality|council)\b")


def find_ask(text: str) -> Ask | None:
    """The specific question a message asks, or None (then retrieval and the situation decide)."""
    whole = plain(text)
    q = asking_part(text)
    early = _early(q, whole)
    if early is not None:
        return early
    if _ABOUT_KOT.search(q) and not gre.search(rf"\b({_SMI}|gemeente|municipality|council)\b",
                                               _OFFICE_CHOICE.sub(" ", whole)) \
            and not COMPARE_KOT.search(q) and len(whole.split()) <= 30:  # (a story: the reader answers)
        # a question about kinderopvangtoeslag itself ("when do I apply for the toeslag?", "does
        # the childcare benefit cover a childminder?"): Dienst Toeslagen's, said first
        return Ask("about_kot", ("wat-is-kot",))
    if KOT_ALREADY.search(whole) and _TOP_UP.search(q):
        return Ask("kot_topup", ("smi-en-kot",))
    if YES_NO.search(q) and re.search(
        r"\b(krijg\w*|get|smi|approved?|goedgekeurd|toegekend|recht|qualify|eligible|yes|ja)\b", q
    ) and not _WHEN_ANSWER.search(q):
        return Ask("act_yes_no", kind="handoff", reply="cannot_yes_no")
    if _WALK_ME.search(q) and not gre.search(rf"\b{_PRO}\b|\b(wie|who)\b", q):
        return Ask("walk_through", kind="handoff", reply="handoff_form")
    # each asking sentence on its own too: "waar blijft het geld? kunt u dat nakijken?"
    # "De juf zei dat ik SMI moet aanvragen" reports what someone told the parent: no request to us
    told = [part for part in q.split(" . ") if not _TOLD_BY.search(part)]
    act = (_acts(q, whole) if told and _acts(" . ".join(told), whole) else None) or next(
        (a for part in q.split(" . ")[1:] if part in told and (a := _acts(part, whole)) is not None), None)
    if act is not None:
        # the status of an application: the fixed 'human' reply (file, calls, appointments)
        return Ask(
            f"act_{act}", kind="handoff", reply="human" if act == "status" else f"cannot_{act}"
        )
    if _AS_PROFESSIONAL.search(whole) and _OWN_STATEMENT.search(q):
        # a GP or social worker asking what their own letter or statement for SMI must say
        return Ask("professional_statement", ("verklaring-professional", "nooit-gevraagd"))
    if _WHO_HELPS.search(q) and _HARD_PAPER.search(whole) and not _AS_PROFESSIONAL.search(whole):
        # "Het papier van de gemeente is moeilijk. Wie kan mij helpen?": help with the form
        return Ask("help_form", ("hulp-taal-formulier",))
    if HELP_FORM.search(q) and (
        _THIRD.search(q) or _AS_PROFESSIONAL.search(whole)
        or re.search(
            r"\b(taal|language|nederlands|"
            r"dutch)\b",
            whole,
        )
    ):
        if gre.search(rf"\b{_PRO}\b", q) and not _AS_PROFESSIONAL.search(whole):
            # "can my GP fill in part of the form?" (not a professional asking for themselves)
            return Ask("help_form", ("verklaring-professional", "hulp-taal-formulier"))
        first = (
            "wie-vraagt-aan"
            if gre.search(r"\b(aanvra\w*|apply|namens|behalf)\b", q)
            else "hulp-taal-formulier"
        )
        other = "hulp-taal-formulier" if first == "wie-vraagt-aan" else "wie-vraagt-aan"
        if first == "wie-vraagt-aan" and _AS_PROFESSIONAL.search(whole):
            return Ask("help_form", (first,))  # a professional who would apply needs no language help
        return Ask("help_form", (first, other))
    if WHY_DIFFERENT.search(q) and _MORE_LESS.search(whole) and (
            _OTHER_PLACE.search(whole) or _names_two_gemeenten(text)):
        return Ask("gemeente_difference", ("verschil-gemeenten",))
    if PRIVACY.search(q) and _PRIVACY_WHAT.search(whole) and _PRIVACY_WHERE.search(whole) \
            and not _THIS_CHAT.search(whole):
        return Ask("privacy", ("privacy-gegevens",))
    if (
        SCHOOL.search(q) or gre.search(r"\bschool", q) and SCHOOL.search(whole)
    ) and not _CARE_WORDS.search(q):
        return Ask("offtopic_school", kind="refuse", reply="offtopic")
    # "We already get kinderopvangtoeslag. How is SMI different?": the compared thing may sit in
    # the sentence before the question
    compare_in_q = (gre.search(rf"\b{COMPARE}", q) and gre.search(rf"\b{_SMI}\b", q)) or re.search(
        rf"\b(kan|kun|can|could)\s+(that|this|it|dat|dit|het)\s+(ook\s+|also\s+)?(met|with|via|through|"
        rf"under|onder)\s+{_SMI}\b", q) or re.search(
        rf"\b(is|zijn)\s+(that|this|it|dat|dit|het|die)\s+(also\s+|ook\s+|a\s+kind\s+of\s+|"
        rf"een\s+soort\s+)?{_SMI}\b",
        q,
    ) or (  # "ik haal SMI en kinderopvangtoeslag door elkaar. Wat is het verschil?": the two named
        gre.search(r"\b(verschil\w*|difference|differ\w*|door\s+elkaar|mix\w*\s+(them\s+)?up|"
                  r"the\s+two|die\s+twee|de\s+twee)\b", q)
        and gre.search(rf"\b{_SMI}\b", whole) and gre.search(rf"\b{_KOT}\b", whole))
    if COMPARE_VE.search(q) or (compare_in_q and gre.search(rf"\b{_VE}\b", whole)):
        return Ask("compare_ve", ("peuteropvang-ve", "wat-is-smi"))
    if COMPARE_KOT.search(q) and gre.search(r"\b(eigen\s+bijdrage|ouderbijdrage|bijdrage|contribution|"
                                           r"parent(al)?\s+fee|kosten|costs?)\b", q):
        return Ask("fee_compare", ("tabellen", "eigen-bijdrage"))  # B11: the KOT table
    kot_ruled_out = (gre.search(rf"\b(geen|no|not|niet)\s+(\w+\s+){{0,3}}{_KOT}\b", whole) or re.search(
        rf"\b{_KOT}\b[^.?!]{{0,30}}\b(niet|not|geen)\b", whole)) and not gre.search(rf"\b{_KOT}\b", q)
    if not kot_ruled_out and (
        (COMPARE_KOT.search(q) or (compare_in_q and gre.search(rf"\b{_KOT}\b", whole)))
        and gre.search(rf"\b{_SMI}\b", whole)
        and not gre.search(r"\b(wlz|detentie|detention|gevangenis|prison|jail)\b", whole)
    ):  # a partner with a Wlz indication or in detention: retrieval has the precise item
        if gre.search(r"\b(combin\w*|together|at\s+the\s+same\s+time|both|allebei|beide|tegelijk\w*|samen|"
                     r"naast\s+elkaar|on\s+top\s+of|stack\w*|dezelfde\s+(uren|dagen|opvang)|"
                     r"(the\s+)?same\s+(hours|days|childcare))\b", q):
            if gre.search(r"\b(verschil\w*|difference|differ\w*)\b", q):
                # "what's the difference, and can I get both?": both answers, in that order
                return Ask("compare_kot", ("verschil-smi-kot", "smi-en-kot"))
            return Ask("compare_kot", ("smi-en-kot",))  # "can SMI be combined with KOT?": no
        return Ask("compare_kot", ("verschil-smi-kot",))
    if gre.search(r"\b(basislijn|baseline|base\s+line|handreiking)\b", q) and re.search(
            r"\b(wat|what|welke|which|uitleg|explain|betekent|means?|inhoudt|houdt)\b", q) and not re.search(
            r"\b(dagen|days|maanden|months|leeftijd|age|inkomen|income|bijdrage|contribution|voldoe\w*|"
            r"meets?|onder|below|less)\b", q):
        return Ask("what_basislijn", ("basislijn",))
    if _STEPS.search(q) and gre.search(rf"\b{_SMI}\b", whole):
        return Ask("apply_steps", ("aanvragen",), judge=True)  # "step by step what I must do for smi"
    if WHAT_IS.search(whole) or (
        gre.search(rf"\b{_SMI}\b", whole) and EXPLAIN_CUE.search(whole) and not SPECIFIC.search(q)
    ) or (INFO_REQUEST.search(whole) and not SPECIFIC.search(whole)):
        return Ask("what_is", ("wat-is-smi",))
    if MISSING.search(whole) and not INFO_REQUEST.search(whole) and not re.search(
        r"\b(welke|what|which)\s+(gegevens|information|"
        r"data|documents?)\b[^.?!]*\b(nodig|need|"
        r"ask|vraag)\b",
        q,
    ):
        return Ask("missing_data", ("ontbrekende-gegevens",))
    if CHILD_MKD.search(whole) and not gre.search(r"\b(wlz|ciz)\b", whole):
        # (a Wlz child's kinderdagcentrum is Wlz care: the facts send it there)
        return Ask("child_mkd", ("jeugdwet-mkd",))
    if CHILD_WLZ.search(whole):
        return Ask("child_wlz", ("wlz-kind",))
    content = _content_ask(q, whole)
    if content is not None:
        return content
    later = _round3(q, whole)
    if later is not None:
        return later
    topic = _story_topic(q, whole)
    if (
        topic is None
        and len(q.rsplit(" . ", 1)[-1].split()) <= 10
        and not _SPECIFIC_Q.search(q.rsplit(" . ", 1)[-1])
        and not _CARE_WORDS.search(q)
        and not ELIGIBILITY.search(q)
    ):
        # "waar kijken ze naar?", "is there a limit?", "what happens then?": a short question
        # whose subject is in the story around it
        topic = _story_topic(_JOB_ENDED.sub(" ", whole), whole)
    if topic is not None:
        return topic
    return None


# The parts of a message that asks two things: numbered ("1) ... 2) ..."), separate sentences,
# or a second question joined by "and also", ", en hoeveel", "and for how long".
_PARTS = gre.compile(
    r"(?<=[.?!:;])\s+|\n+|(?:^|\s)\(?(?<![\d.,])(?:\d|[a-c])[).]\s+|(?:^|\s)(?:q|vraag|question)\s*\d\s*[:.)]\s*|"
    r",?\s+(?:and\s+also|en\s+ook|and|en|plus|also|ook)\s*,?\s+(?=(?:for\s+|voor\s+|then\s+|dan\s+)?"
    r"(?:hoe|hoeveel|hoelang|wat|welke|wanneer|waar|wie|kan|kun|mag|moet|krijg|is|zijn|how|what|which|"
    r"when|where|who|can|could|do|does|is|are|will|would|should|may)\b)", re.IGNORECASE)
_HOW_LONG_PART = gre.compile(r"^\W*(en|and)?\s*(voor\s+|for\s+)?(hoe\s*lang|how\s+long)\s*(dan|then|"
                            r"duurt\s+(het|dat|dit)|does\s+it\s+last|is\s+(it|that)|for|krijg\s+je\s+(het|dat)|"
                            r"do\s+(you|i|we)\s+get\s+(it|that))?\W*$")


def part_asks(text: str, asking_only: bool = False) -> list[Ask]:
    """The asks of each part of a two-part message, in order, each once. A bare "and for how
    long?" after a question about SMI asks how long SMI lasts. `asking_only`: only the parts
    that ask (end in "?" or open with a question word), not the story's statements."""
    out: list[Ask] = []
    whole = plain(text)
    parts = [p for p in _PARTS.split(whole) if p and len(p.split()) >= 2 or p and
             _HOW_LONG_PART.match(p or "")]
    if asking_only:
        parts = [p for p in parts if p.rstrip().endswith("?") or _Q_START.search(p)]
    if len(parts) < 2:
        return out
    contested = _contests_refusal(whole, whole)
    for part in parts:
        a = Ask("duration", ("duur",)) if _HOW_LONG_PART.match(part) else find_ask(part)
        if a is not None and a.name in ("age", "decision_time") and contested \
                and _contests_refusal(part, whole):
            a = Ask("objection", ("bezwaar",))  # the part asks the time to object
        if a is None and FEE.search(part) and not _AMOUNTS.search(whole):
            a = Ask("fee_how", ("eigen-bijdrage",))  # "... en wat kost het?"
        if a is not None and a.items and all(a.items[0] not in b.items for b in out):
            out.append(a)
    return out


# A question with no topic of its own ("wat kan ik doen?", "what are my options?", "is there
# anything for us?"): after a story about the family, the reading of that story is the answer.
GENERIC_ASK = _rx(
    r"\bwat\s+(kan|kun|moet|moeten|kunnen|zou|zouden)\s+(ik|we|wij)\s+(nu\s+|dan\s+|het\s+beste\s+)?"
    r"(doen|ondernemen)\b",
    r"\bwat\s+(ik|we|wij)\s+(nu\s+|dan\s+)?(kan|kun|moet|kunnen|moeten|zou|zouden)\s+(\w+\s+)?(doen|ondernemen)\b",
    r"\bwhat\s+(i|we)\s+(can|should|could|need\s+to)\s+do\b",
    r"\bwat\s+(nu|moet\s+ik\s+nu)\b", r"\bwaar\s+(moet|kan)\s+ik\s+(beginnen|starten)\b",
    # "hoe ga ik te werk?", "hoe pak ik dit aan?", "how do I go about this?"
    r"\bhoe\s+(ga|moet|kan|gaan|moeten|kunnen)\s+(ik|we|wij)\s+(\w+\s+)?te\s+werk\b",
    r"\bhoe\s+(pak|moet)\s+(ik|we)\s+(dit|dat|het)\s+(\w+\s+)?aan(pakken)?\b",
    r"\bhow\s+(do|should|can|could)\s+(i|we)\s+go\s+about\s+(it|this|that)\b",
    # "wat kunnen we krijgen voor de opvang?", "what can we get?": what the story entitles them to
    r"\bwat\s+(kunnen|kan|kun)\s+(we|wij|ik)\s+(\w+\s+)?krijgen\b", r"\bwhat\s+(can|could)\s+(we|i)\s+get\b",
    r"\b(welke|wat\s+zijn\s+(mijn|onze))\s+(opties|mogelijkheden)\b",
    r"\b(is\s+er|bestaat\s+er)\s+(iets|hulp|een\s+regeling|een\s+oplossing)\b",
    r"\bwhat\s+(can|should|could|do)\s+(i|we)\s+(do|try)\b", r"\bwhat\s+now\b",
    r"\bwhere\s+(do|should|can)\s+(i|we)\s+(start|begin)\b", r"\b(my|our|what\s+are\s+(my|our))\s+options\b",
    r"\bis\s+there\s+(anything|any\s+help|something|help|a\s+way|a\s+scheme)\b",
    r"\b(any|some)\s+(advice|tips|ideas)\b", r"\b(can|could)\s+(anyone|someone|you)\s+help\b",
    r"\bhelp\s+(me|us)\s*[?!.]*\s*$",
    # "who looks after the kids (now)?" after a story: the reading of the story answers it
    r"^\W*(and\s+|en\s+)?(so\s+|dus\s+)?(who|wie)\s+(will\s+|is\s+going\s+to\s+|gaat\s+|moet\s+|kan\s+)?"
    r"(takes?\s+care\s+of|looks?\s+after|look\s+after|care\s+for|zorgt\s+(er\s+)?voor|zorg\w*\s+voor|"
    r"past\s+op|passen\s+op|vangt\s+op)\s+(the|our|my|de|onze|mijn)\s+(kids|children|child|kinderen|kind|"
    r"little\s+ones|boys|girls|son|daughter|zoon|dochter)(\s+(now|then|nu|dan))?\s*[?!.]*\s*$",
)


def is_generic_ask(text: str) -> bool:
    """Every asking sentence is a question without a topic of its own."""
    parts = [p for p in asking_part(text).split(" . ") if p.strip()]
    return bool(parts) and all(GENERIC_ASK.search(p) for p in parts)


def only_soft_yes_no(text: str) -> bool:
    """The yes/no demand is only "... of niet?" at the end, nothing like "zeg gewoon ja of nee"."""
    q = asking_part(text)
    rest = YES_NO_SOFT.sub(" ", q)
    return bool(YES_NO_SOFT.search(q)) and not YES_NO.search(rest)


def asks_eligibility(text: str) -> bool:
    """The message (also) asks whether the family can get SMI."""
    return bool(ELIGIBILITY.search(asking_part(text)))
