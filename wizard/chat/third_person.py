"""Read a family described in the third person — by a professional ("client couple: she works, he
has long covid"), a relative or a neighbour ("her husband is in prison, she works part time").
The writer is not a parent: their own "ik"/"I" says nothing about the family. The two parents are
told apart by role and by gender ("mum", "her husband", "he", "zij"), not by who writes."""

from __future__ import annotations

from wizard.chat import facts as F
from wizard.chat import gated_re as gre

# Someone writes about another family: a professional, a relative, a neighbour, a friend
_ABOUT_OTHERS = F._rx(
    r"\bcli[eë]nt\w*", r"\bclient\w*", r"\bpati[eë]nt\w*", r"\bnamens\b", r"\bon\s+behalf\b",
    r"\b(writing|asking|typing|type|write|schrijf|schrijven|typ|vraag|vragen)\s+(dit\s+|this\s+)?(voor|for)\s+"
    r"(my|mijn|m'n|mn|a|an|een|hem|haar|him|her|the|de)\b",
    r"\b(my|mijn|m'n|mn)\s+(sister|brother|neighbou?r|cousin|colleague|friend|zus|zusje|broer|buurvrouw|"
    r"buurman|buren|collega|nicht|neef)\b",
    r"\b(buurvrouw|buurman|neighbou?r|vriendin|friend)\s+(van|of)\s+(een|het|a|the|dit|this)\s+(gezin|family)\b",
    r"\bfriend\s+of\s+the\s+family\b",
    # a child of the family writes: "my dad works, my mum is ill ... my baby brother"
    r"\b(my|mijn|m'n|mn)\s+(mum|mom|mother|moeder|mama|mam|dad|father|vader|papa)\b[^.?!]*[.?!,]?[^.?!]*"
    r"\b(my|mijn|m'n|mn)\s+(dad|father|vader|papa|mum|mom|mother|moeder|mama|mam|(baby\s+|little\s+|kleine\s+|"
    r"younger\s+)?(brother|sister|broertje|zusje))\b",
    r"\b(ik\s+ben|i'?m|i\s+am|als|as)\s+(een\s+|de\s+|het\s+|a\s+|an\s+|the\s+|haar\s+|zijn\s+|her\s+|his\s+|"
    r"their\s+|hun\s+)?([\w-]+\s+){0,2}(maatschappelijk\s+werker|social\s+worker|huisarts|gp|poh|"
    r"verloskundige|midwife|nurse|\w*verpleegkundige|ib'?-?er|begeleider|consulent|coach|counsell?or|"
    r"case\s*manager|reclasseringswerker|probation\s+officer|jeugdarts|kinderarts|doctor|dokter|"
    r"leerkracht|teacher|mentor|wijkcoach|hulpverlener|schuldhulpverlener|budgetcoach)\b",
    # "CJG hier", "probation officer here" — not "single dad here"
    r"\b(?!(single|alleenstaande?|dad|mum|mom|mother|father|moeder|vader|papa|mama|parent|ouder)\b)[\w-]+"
    r"(\s+(?!(dad|mum|mom|mother|father|moeder|vader|papa|mama|parent|ouder)\b)[\w-]+)?\s+(here|hier)\b"
    r"(?=\s*[.,:!;(-]|\s+(quick|with|met|doing|writing))",
    r"^[^.!?]{0,40}\b(nurse|worker|officer|coach|counsell?or|team|gp|doctor|midwife|teacher|"
    r"verpleegkundige|hulpverlener|begeleider)\s+(writing|schrijft)\b",
    r"\b(vanuit|from)\s+(het|de|the)\s+(consultatiebureau|wijkteam|cjg|buurtteam|schuldhulp\w*|ggd|school)\b",
    r"\b(vraag|vraagje|question)\s+(vanuit|van\s+een|from\s+a)\b",
    r"\b(een|het|a|the|dit|this)\s+(gezin|family)\s+(waar|waarin|met|where|with|in\s+which)\b",
    r"\b(writing|schrijf|werk|work)\w*\s+(bij|at|for|voor)\s+(de\s+|het\s+|the\s+)?(schuldhulp\w*|reclassering|"
    r"wijkteam|buurtteam|ggz|verslavingszorg|consultatiebureau|cjg|mee)\b",
)
# The writer's own family: then the writer is a parent, whatever else the message says
_OWN_FAMILY = F._rx(
    r"\b(mijn|m'n|mn|my|me|our|onze|ons)\s+(man|vrouw|partner|husband|wife|vriend|vriendin|boyfriend|"
    r"girlfriend|hubby|echtgeno\w+|kinderen|kids|children|zoon\w*|dochter\w*|sons?|daughters?|"
    r"baby(?!\s+(brother|sister))|kind|"
    r"kindje|peuter|toddler|tweeling|twins|jongste|oudste|gezin|family|little\s+one)\b",
    r"\b(ik\s+ben|i'?m|i\s+am|im)\s+(\w+\s+)?(zwanger|pregnant|ziek|ill|sick|alleenstaand\w*|single|"
    r"depressief|depressed|de\s+moeder|de\s+vader|the\s+mother|the\s+father|mum|mom|dad)\b",
    # "I'm a stay-at-home mum", "ik ben een thuisblijfmoeder", "our middle one", "onze oudste"
    r"\b(ik\s+ben|i'?m|i\s+am|im)\s+(a\s+|an\s+|een\s+)?(stay[\s-]at[\s-]home|working|full[\s-]?time|"
    r"part[\s-]?time|thuisblijf|thuisblijvende|werkende)[\s-]?(mum|mom|mother|dad|father|parent|moeder|vader|ouder)\b",
    r"\b(our|my|onze|mijn)\s+(middle|eldest|oldest|youngest|middelste|oudste|jongste)\b(?!\s+(brother|sister|broer|zus))",
    r"\b(ik|i)\s+(heb|have|has)\s+(\w+\s+)?(kinderen|kids|children|een\s+zoon|een\s+dochter|a\s+son|"
    r"a\s+daughter)\b",
    # the writer's own working week is a parent's ("I'm a nurse and work 4 days, the dad is in
    # hospital"); a professional says where they work, not how many days
    r"(\b(ik|i)|\b(and|en)|,)\s+(werk|work)\s+(ook\s+|also\s+|nog\s+|still\s+)?(\d+|een|twee|drie|vier|vijf|one|two|three|"
    r"four|five|full|part|fulltime|parttime|voltijd|deeltijd|halve|half)\b",
)

# Who a clause is about, in the third person. Each word names one parent; gender tells them apart.
_FEMALE = F._rx(r"\b(moeder|mother|mum|mom|mama|mam|mummy|mommy|cli[eë]nte|mevrouw|mevr|mw|mrs|ms|"
                r"zus|zusje|sister|buurvrouw|she|zij|ze|wife|echtgenote)\b",
                r"\b(de|the)\s+vrouw\b", r"^\s*vrouw\b",
                # a grandparent's "mijn dochter" is the mother ("mijn zoon" the father)
                r"\b(mijn|m'n|mn|my)\s+(dochter|daughter)\b")
_MALE = F._rx(r"\b(vader|father|dad|daddy|papa|pa|meneer|dhr|mr|broer|brother|buurman|he|hij|"
              r"husband|echtgenoot)\b",
              r"\b(de|the)\s+man\b", r"^\s*man\b", r"\b(mijn|m'n|mn|my)\s+(zoon|son)\b")
# the partner of the parent named first: "her husband", "zijn vrouw", "client's wife", "hun vader"
_PARTNER_OF = F._rx(
    r"\b(haar|zijn|her|his|their|hun|client'?s|cli[eë]nts?)\s+(partner|man|vrouw|husband|wife|vriend|vriendin|"
    r"boyfriend|girlfriend|echtgeno\w+)\b")
_BARE_PARTNER = F._rx(r"\bpartner\b")
_NEUTRAL = F._rx(r"\b(cli[eë]nt|client|pati[eë]nt|patient|ouder|parent|zij\s+allebei)\b")
# "ze zijn", "ze verdienen": Dutch "ze" as "they"
_THEY = F._rx(r"\b(ze|zij)\s+(zijn|hebben|werken|verdienen|krijgen|wonen|willen|weten|\w+en)\b",
              r"\b(zeiden|zeggen|zegt|zei|vinden|denken)\s+(ze|zij)\b",
              r"\b(they|hun|their|both|allebei|beiden)\b")
_WRITER = F._rx(r"\b(ik|i|i'm|im|i've|i'd|me|mij)\b")
_WOMAN_WORDS = frozenset("vrouw wife vriendin girlfriend echtgenote".split())


_IN_LAW = F._rx(r"\bschoon(zoon|dochter)\b", r"\b(son|daughter)[\s-]in[\s-]law\b",
                r"\bklein(kind|kinderen|zoon|dochter)\w*",
                r"\bgrand(child|children|kids?|son|daughter)\b",
                # "ik ben oma", "I'm the grandmother": the writer's children are the parents
                r"\b(ik\s+ben|i'?m|i\s+am|als)\s+(de\s+|the\s+|een\s+|a\s+)?(oma|opa|grootmoeder|grootvader|"
                r"grandma|grandpa|grandmother|grandfather|granny|grandparent)\b",
                # "mijn dochter werkt en haar man is ziek": a grown-up child with a partner
                r"\b(mijn|m'n|mn|my)\s+(dochter|zoon|daughter|son)\b[^.?!]{0,60}\b(haar|zijn|her|his)\s+(man|vrouw|"
                r"partner|husband|wife|vriend|vriendin|boyfriend|girlfriend|echtgeno\w+)\b")


_OWN_PARTNER = F._rx(r"\b(mijn|m'n|mn|my|me)\s+(man|vrouw|partner|husband|wife|vriend|vriendin|"
                     r"boyfriend|girlfriend|hubby|echtgeno\w+)\b")


_SIBLING_CHILD = gre.compile(r"\b(baby|little|kleine|younger|jongere)\s+"
                            r"(brother|sister|broertje|zusje|broer|zus)\b|\b(broertje|zusje)\b")


def is_third_person(p: str) -> bool:
    """The writer tells about another family (and not about their own)."""
    if _IN_LAW.search(p) and not _OWN_PARTNER.search(p):
        return True  # a grandparent: "mijn dochter ... mijn schoonzoon" are the parents
    return bool(_ABOUT_OTHERS.search(p)) and not _OWN_FAMILY.search(p)


def _gender_of_partner_word(word: str) -> str | None:
    w = word.split()[-1]
    if w in _WOMAN_WORDS:
        return "f"
    if w in ("man", "husband", "vriend", "boyfriend", "echtgenoot"):
        return "m"
    return None


# A greeting names nobody of the family: "Geachte heer/mevrouw", "Dear Sir or Madam"
_GREETING = F._rx(r"\b(geachte|beste|dear)\s+(heer|sir|mevrouw|madam)"
                  r"(\s*(/|of|or|en|and)\s*(heer|sir|mevrouw|madam))?\b")
# "client's wife" is "his wife": the possessive names the client as the other parent
_CLIENT_OF = r"\b(client|cli[eë]nt|patient|pati[eë]nt)('s|s'|s)\s+"
_CLIENTS = [(gre.compile(_CLIENT_OF + r"(?=(wife|vrouw|echtgenote|vriendin|girlfriend)\b)"),
             "his "),
            (gre.compile(_CLIENT_OF + r"(?=(husband|man|echtgenoot|vriend|boyfriend)\b)"), "her "),
            (gre.compile(_CLIENT_OF + r"(?=partner\b)"), "")]
# "parents both unemployed", "beide ouders werken", "ze werken allebei niet": both parents at once
_BOTH_PARENTS = F._rx(r"\b(ouders|parents|they|ze|zij)\b[^.;!?]{0,30}\b(allebei|beiden|beide|"
                      r"both)\b",
                      r"\b(allebei|beiden|beide|both)\s+(ouders|parents)\b",
                      r"\bneither\s+parent\b")


# "Sjoerd zijn vrouw", "Anna's husband": a name that owns the partner is the other parent, and
# the same name later ("Sjoerd werkt") is that parent again: read it as "hij"/"zij"
_OWNER_NAME = gre.compile(r"\b([a-z]{3,})(?:\s+(zijn|haar)|'s)\s+"
                          r"(vrouw|man|partner|vriendin|vriend|"
                         r"wife|husband|girlfriend|boyfriend)\b")
_NOT_NAMES = frozenset("""want omdat maar met van voor ook dus als toen waar die wie hoe door bij
    naar heeft had was dat en nu nog wel niet geen wat dit deze the and but that with for his her
    their what who when where because while also now then client clients cliënt cliënts patient
    moeder vader""".split())


def _names(p: str) -> str:
    for m in list(_OWNER_NAME.finditer(p)):
        name, owner, noun = m.groups()
        if name in _NOT_NAMES:
            continue
        if owner is None:
            owner = "haar" if _gender_of_partner_word(noun) == "m" else "zijn"
        he = "hij" if owner == "zijn" else "zij"
        p = gre.sub(rf"\b{name}(\s+(zijn|haar)|'s)\s+", f"{owner} ", p)
        p = gre.sub(rf"\b{name}\b", he, p)
    return p


def read_third(f: F.Facts, p: str) -> None:
    """Fill f.me (the parent named first) and f.partner (the other parent) from a third-person
    story (is_third_person)."""
    p = _names(_GREETING.sub(" ", p))
    # a little brother or sister is a child of the family, never a parent ("cant lift my baby
    # brother", "de opvang van mijn broertje")
    p = _SIBLING_CHILD.sub(" baby ", p)
    for rx, repl in _CLIENTS:
        p = rx.sub(repl, p)
    gender: dict[str, str | None] = {"me": None, "partner": None}
    last: str | None = None
    treated: list[str] = []  # clauses about a parent's own day treatment

    def slot_for(g: str) -> str:
        for s in ("me", "partner"):
            if gender[s] == g:
                return s
        s = "me" if gender["me"] is None else "partner" if gender["partner"] is None else "me"
        gender[s] = g
        return s

    for clause in F._clauses(p.replace(":", ";")):  # "a friend: her daughter has ..."
        found: list[tuple[int, str, str]] = []  # (position, kind, word)
        for kind, rx in (("partner", _PARTNER_OF), ("bare_partner", _BARE_PARTNER), ("f", _FEMALE),
                         ("m", _MALE), ("neutral", _NEUTRAL), ("writer", _WRITER), ("they", _THEY)):
            m = rx.search(clause)
            if m:
                found.append((m.start(), kind, m.group(0)))
        child = F.CHILD.search(clause)
        if child and len(clause[: child.start()].split()) <= 2:
            found.append((child.start(), "child", child.group(0)))
        # "her husband" starts with "her": the partner phrase wins a tie with the pronoun
        order = {"partner": 0, "they": 0, "bare_partner": 1}
        if found:
            _, kind, word = min(found, key=lambda x: (x[0], order.get(x[1], 2)))
        elif last is None:
            continue
        else:
            kind, word = "same", ""
        if _BOTH_PARENTS.search(clause) and (F.NOT_WORK.search(clause) or F.WORK.search(clause)):
            act = F.Activity.none if F.NOT_WORK.search(clause) else F.Activity.work
            for person in (f.me, f.partner):
                person.mentioned = True
                person.activity = person.activity or act
            last = None
            continue
        if kind == "writer":
            # "ik begeleid een cliënt die in detentie zit", "I'm a neighbour of a family where the
            # mum got cancer": the family member named after the writer is the subject, and only
            # the words from there on are about that person
            later = [x for x in found if x[1] not in ("writer", "they", "child")]
            if later:
                at, kind, word = min(later, key=lambda x: (x[0], order.get(x[1], 2)))
                clause = clause[at:]
        if kind in ("writer", "they") or F.GENERIC_YOU.search(clause):
            last = None
            continue
        if kind == "child" or kind == "same" and last == "child":
            last = "child"
            if F.ILL.search(clause) or F.HOSPITAL.search(clause) or F.DISABILITY.search(clause):
                f.child_ill = True
            if F.WLZ.search(clause):
                f.child_wlz = True
            continue
        if kind == "same":
            subject = last
        elif kind in ("partner", "bare_partner"):
            # "her husband": the parent of the other gender than "her"; "zijn vrouw" after
            # "zij": the partner of "him", who is the partner slot when "zij" is the client
            owner = {"haar": "f", "her": "f", "zijn": "m", "his": "m"}.get(word.split()[0])
            subject = "partner"
            if owner is not None:
                subject = "partner" if slot_for(owner) == "me" else "me"
            g = _gender_of_partner_word(word)
            if g and gender[subject] is None:
                gender[subject] = g
            if subject == "partner":
                f.partner_noun = F._NOUNS.get(word.split()[-1], "partner")
        elif kind in ("f", "m"):
            subject = slot_for(kind)
        else:  # a client, a patient, "the parent": the parent the story is about
            subject = "me"
        last = subject
        person = f.me if subject == "me" else f.partner
        F._apply_person(person, clause)
        if F.PARENT_TREAT.search(clause) and not F.CHILD.search(clause):
            person.ill = True  # "cliënte gaat 3 dagen naar dagbehandeling": her own treatment
            treated.append(clause)
    f.me_gender, f.partner_gender = gender["me"], gender["partner"]
    for person in (f.me, f.partner):
        if person.keeps_job:  # on sick leave: still has the job
            person.activity = F.Activity.work
    if F.SINGLE.search(p) and not f.partner.known:
        f.single = True
        f.partner = F.Person()
    if F.CHILD_ILL_PHRASE.search(p):
        f.child_ill = True
    if F.CHILD_WLZ.search(p):
        f.child_wlz = True
        f.me.wlz = f.partner.wlz = False
    for clause in treated:
        p = p.replace(clause, " ")
    if F.CHILD_TREAT.search(p):
        f.child_treatment = True
