"""Read the facts a chat message gives about a family — who works, studies, is ill, in hospital,
in detention or has a Wlz indication; the children's ages or school group; the gemeente; income,
days or hours and price — into a partial answers draft. Nothing is guessed: a fact that is not
in the text stays unknown. The text itself is never stored."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from wizard.care_hours import CENT_HOURS, month_hours
from wizard.chat import gated_re as gre
from wizard.chat import places
from wizard.chat.text import any_of as _rx
from wizard.limits import MAX_CHILD_AGE
from wizard.models import Activity, CareType, Reason, School


@dataclass
class Person:
    activity: Activity | None = None  # None = the text does not say
    ill: bool = False
    hospital: bool = False
    detention: bool = False
    wlz: bool = False
    mentioned: bool = False
    has_job: bool = False  # a contract or sick leave said: working, also while ill or in hospital
    job_lost: bool = False  # ... unless the job ended ("my contract ended in january")
    # read as not working from words that do not say whether a job goes on ("off work", "zit
    # thuis"): the reply then asks whether the job is still there (sick leave keeps KOT)
    job_unsure: bool = False
    unfit: bool = False  # a benefit for people unfit for work (WIA, Wajong): no job, unless ...
    still_job: bool = False  # ... the text says the job goes on ("still employed", "nog een contract")

    @property
    def keeps_job(self) -> bool:
        """A job said (a contract, sick leave) that did not end: it counts as work for KOT. A
        benefit for people unfit for work ends it, unless the text says the job goes on."""
        return self.has_job and not self.job_lost and (not self.unfit or self.still_job)

    @property
    def known(self) -> bool:
        return self.activity is not None or self.ill or self.hospital or self.detention \
            or self.wlz


@dataclass
class ChildFact:
    age: int | None = None
    school: School | None = None
    group: int | None = None  # "groep 8"
    wlz: bool | None = None  # None: as the family's child_wlz says; False: the Wlz child's sibling
    age_said: bool = False  # a group child's age said in the text, not worked out from the group


@dataclass
class Facts:
    me: Person = field(default_factory=Person)
    partner: Person = field(default_factory=Person)
    single: bool | None = None  # True: one parent in the household
    children: list[ChildFact] = field(default_factory=list)
    child_ill: bool = False
    child_wlz: bool = False
    child_treatment: bool = False  # medisch kinderdagverblijf / Jeugdwet day treatment
    reasons: list[Reason] = field(default_factory=list)
    gemeente: places.Place | None = None
    income: Decimal | None = None
    income_per_month: bool = False  # the text gave a monthly amount; shown as such
    income_summed: bool = False  # the parent's and the partner's incomes, added up
    days_per_week: Decimal | None = None
    hours_per_week: Decimal | None = None
    hours_per_month: Decimal | None = None
    price: Decimal | None = None
    care_type: CareType | None = None
    cares: list = field(default_factory=list)  # [Care]: hours and price per child, in order
    # another child's hours without a price ("the little one goes to kdv 100 hours a month"):
    # no estimate for that child, but it decides which child counts as the first
    unpriced: list = field(default_factory=list)  # [(CareType | None, hours)]
    # another child's days without the hours a day ("the little one 3 days kdv at 10,80"): no
    # estimate for that child, and which child is the first one is not known
    days_only: list = field(default_factory=list)  # [(CareType, days a week)]
    partner_noun: str = "partner"  # man | vrouw | vriend | vriendin | partner
    # the fee table the parent says the gemeente uses ("kot" | "vng"); used where the gemeente's
    # profile does not say which table it uses
    fee_table: str | None = None
    # the family lives on bijstand (welfare) and gave no amount: the estimate uses the lowest
    # row of the table, and says up to which income that row goes
    bijstand: bool = False
    # the writer tells about another family (a professional, a relative): the reading names the
    # parents by role ("de moeder", "the father"), never "u"; genders "f" | "m" | None
    third: bool = False
    me_gender: str | None = None
    partner_gender: str | None = None

    def partner_word(self, lang: str) -> str:
        """How to name the partner back: "uw man", "your wife"."""
        en = {"man": "husband", "vrouw": "wife", "vriend": "boyfriend", "vriendin": "girlfriend"}
        return f"your {en.get(self.partner_noun, 'partner')}" if lang == "en" else \
            f"uw {self.partner_noun}"

    @property
    def has_situation(self) -> bool:
        """The text says something about who works or cannot care."""
        return self.me.known or self.partner.known or self.single is not None

    def known_children(self) -> list[ChildFact]:
        """The children with an age or a school said: the ones the engine can judge."""
        return [c for c in self.children if c.age is not None or c.school == School.secondary]

    def care_owners(self) -> list[int] | None:
        """For each care (self.cares), the index of its child in known_children(), when the kinds
        of care and the ages pair them up one way only ("the little one kdv, the big one bso"
        with children of 2 and 7); None when that is not sure. Never a guess."""
        kids = self.known_children()
        if len(self.cares) < 2 or len(self.cares) != len(kids):
            return None
        owners: list[int | None] = [None] * len(self.cares)
        progress = True
        while progress and None in owners:
            progress = False
            for i, care in enumerate(self.cares):
                if owners[i] is not None:
                    continue
                fits = [k for k, c in enumerate(kids) if k not in owners and _fits(care.type, c)]
                if len(fits) == 1:
                    owners[i], progress = fits[0], True
        left = [i for i, o in enumerate(owners) if o is None]
        free = [k for k in range(len(kids)) if k not in owners]
        if left and len({(self.cares[i].type, self.cares[i].hours, self.cares[i].price) for i in left}) == 1 \
                and all(_fits(self.cares[left[0]].type, kids[k]) for k in free):
            for i, k in zip(left, free, strict=True):  # the same care for each: any order is the same
                owners[i] = k
        if None in owners:
            return None
        return [o for o in owners if o is not None]

    def to_fields(self) -> dict[str, object]:
        """The understood facts as answers-model fields (only what the text gave)."""
        out: dict[str, object] = {}
        if self.gemeente:
            out["gemeente"] = self.gemeente.profile_id
            out["gemeente_name"] = self.gemeente.name
        parents = []
        for p in (self.me, self.partner) if not self.single else (self.me,):
            if p is self.partner and not (p.mentioned or p.known):
                continue
            d: dict[str, object] = {}
            if p.activity is not None:
                d["activity"] = p.activity.value
            if p.wlz:
                d["wlz_indication"] = True
            if p.detention:
                d["detention"] = True
            parents.append(d)
        if self.has_situation:
            out["household"] = {"parents": parents}
        kids = []
        for c in self.children:
            d = {}
            if c.age is not None:
                d["age"] = c.age
            if c.school is not None:
                d["school"] = c.school.value
            if self.child_wlz and c.wlz is not False:
                d["wlz_indication"] = True
            if self.child_treatment:
                d["needs_treatment_daycare"] = True
            kids.append(d)
        owners = self.care_owners()
        if owners is not None:  # each child's own care, paired by kind and age
            known = self.known_children()
            for care_, k in zip(self.cares, owners, strict=True):
                at = self.children.index(known[k])
                kids[at]["care"] = {"type": (care_.type or CareType.dagopvang).value,
                                    "hours_per_month": str(care_.hours),
                                    "hourly_price": str(care_.price)}
            out["children"] = kids
            if self.reasons:
                out["situation"] = {"reasons": [r.value for r in self.reasons]}
            if self.income is not None:
                out["income"] = {"toetsingsinkomen": str(self.income)}
            return out
        care: dict[str, object] = {}
        if self.care_type:
            care["type"] = self.care_type.value
        if self.hours_per_month is not None:
            care["hours_per_month"] = str(self.hours_per_month)
        if self.price is not None:
            care["hourly_price"] = str(self.price)
        if kids:
            if care:
                kids[0]["care"] = care
            out["children"] = kids
        elif len(self.cares) > 1:  # "two children, each 80 hours": a child for each care
            out["children"] = [{"care": {"type": (c.type or self.care_type or CareType.dagopvang).value,
                                         "hours_per_month": str(c.hours), "hourly_price": str(c.price)}}
                               for c in self.cares]
        elif care:
            out["children"] = [{"care": care}]
        if self.reasons:
            out["situation"] = {"reasons": [r.value for r in self.reasons]}
        if self.income is not None:
            out["income"] = {"toetsingsinkomen": str(self.income)}
        return out


def _fits(kind: CareType | None, c: ChildFact) -> bool:
    """Whether a kind of care can be this child's: day care before school age, BSO at school."""
    at_school = c.school is not None or (c.age is not None and c.age >= 4)
    if kind == CareType.bso:
        return at_school
    if kind == CareType.dagopvang:
        return c.age is not None and c.age < 4
    return True  # a childminder, or the kind not said: any child


def plain(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return gre.sub(r"[ \t]+", " ", text.replace("’", "'").replace("`", "'"))



# Who a clause is about. Third person words cover social workers writing about a client.
PARTNER = _rx(r"\b(mijn|m'n|mn|me|haar|zijn|her|his|my)\s+(man|vrouw|partner|vriend|vriendin|echtgeno"
              r"\w*|husband|wife|boyfriend|girlfriend|spouse|vent|mans?)\b", r"\bpartner\b",
              r"\bmijn\s+m\b", r"\b(hubby|husband|wife|spouse|boyfriend|girlfriend)\b",
              r"\b(my|mijn)\s+(other|better)\s+half\b", r"\b(fianc[eé]e?|wederhelft)\b",
              # the children's other parent: "the kids' dad", "their father", "de vader van de kinderen"
              r"\b(the\s+)?(kids|children|kinderen)('s|s'|')?\s+(dad|father|mum|mom|mother)\b",
              r"\b(their|hun)\s+(dad|father|mum|mom|mother|vader|moeder|papa|mama)\b",
              r"\b(de\s+)?(vader|moeder|papa|mama)\s+van\s+(de|mijn|onze|m'n)\s+(kinderen|kids|zoon|dochter|"
              r"kindje|kind)\b",
              r"\b(the\s+)?(father|mother|dad|mum|mom)\s+of\s+(my|our|the)\s+(kids|children|son|daughter|"
              r"child|baby)\b",
              r"\b(my|mijn|mn)\s+(gf|bf|missus|wifey|fiance|fiancee|verloofde)\b",
              r"^\s*(man|vrouw|vriend|vriendin)\b(?=\s+(werkt|werk|is|heeft|heb|zit|ligt|gaat|kan|studeert|doet|hij|zij|"
              r"geen|niet|nie|gen|ook|ziek\w*|thuis|depressie\w*|overspannen|afgekeurd|arbeidsongeschikt|werkloos|al|nu|"
              r"sinds|kanker|burn-?out|in|op))", r"\bde\s+vader\b(?=.*\bmoeder\b)")
ME = _rx(r"\b(ik|i|me|mij|i'm|im|i've|myself|mezelf)\b", r"\b(mijn|my)\s+(client|clients|clienten)\b",
         r"\b(de|the|deze|this|een|a)\s+(moeder|vader|mother|father|mum|mom|dad|mevrouw|meneer)\b",
         r"\b(client|mevrouw|meneer)\b")
CHILD = _rx(r"\b(zoon\w*|dochter\w*|kind\w*|baby\w*|peuter\w*|kleuter\w*|son|daughter|child\w*|meisje|"
            r"jongetje|ventje|boy|girl|middelste|(little|middle|big|older|younger)\s+ones?|"
            r"kid|kids|toddler|jongste|oudste|youngest|eldest|oldest)\b")
HE_SHE = _rx(r"\b(hij|zij|ze|he|she|hem|him|her|haar)\b")
BOTH = _rx(r"\b(allebei|allebij|beiden|beide|allebeide|both|neither)\b", r"\bgeen\s+van\s+(ons\s+)?tweeen\b",
           r"\b(niemand|none)\s+(van|of)\s+(ons|us)\b", r"\bwe\s+(werken|work)\b",
           r"\bwij\s+werken\b", r"\btwo\s+working\s+parents\b", r"\btweeverdieners\b")

# Negation words, also as typed in a hurry ("gen", "nie"), and the plain forms of the work word
_NEG = r"(niet|geen|gen|nie|niks|nooit|not|never|cannot|(do|does|did|is|are|ai|was|were|has|have|ca|wo)n'?t)"
# a negation of the when or how much, not of the job: "werk geen weekenden", "not on fridays"
_NEG_PART = (r"(alleen|only|just|fulltime|full|voltijd|meer\s+dan|more\s+than|zo\s*veel|so\s+much|elke|every|"
             r"minder|less|fewer|"
             # ("op dit moment", "at the moment" is now: no work)
             r"altijd|always|(op|in|on|at)(?!\s+(dit|deze|het|this|the)\s+(moment|ogenblik|periode|period|tijd|time)\b)|"
             r"bij|voor|for|thuis|from|vanuit|'s|weekend\w*|nacht\w*|night\w*|avond\w*|"
             r"evening\w*|\w+dag\w*|\w+days?|overuren|overtime|lang|long)")
_WORKW = r"(werk|werkt|werken|werkte|werkten|work|works|working|worked|baan|job|jobs)"
# his, her, my as people type them ("zn", "z'n", "d'r", "mn"): one list for every job pattern
_POSS = r"(zijn|zn|z'n|haar|d'r|mijn|mn|m'n)"
# the Dutch words for a business of one's own ("we moesten haar kapsalon sluiten"); "salon",
# "restaurant" and "cafe" are English too
_SHOP_NL = r"(bedrijf|zaak|praktijk|winkel|onderneming|eenmanszaak|bakkerij|kapsalon|salon|restaurant|cafe)"
NOT_WORK = _rx(r"\bgeen\s+(werk|baan|job)\b",
               # (the bijstandsnorm is a level someone mentions, not the family's own bijstand)
               r"\bwerkloos", r"\bzonder\s+(werk|baan)", r"\bbijstand(?!s?(norm|grens|niveau))", r"\buitkering",
               r"\bdoes(n'?t|\s+not)\s+work", r"\bdon'?t\s+work", r"\bnot\s+working", r"\bunemployed",
               r"\bno\s+(job|work)\b", r"\bout\s+of\s+work", r"\bon\s+benefits", r"\bhuisvrouw",
               r"\bhousewife", r"\bhuisman\b", r"\bstay[\s-]at[\s-]home", r"\bthuisblijf",
               r"\bstopped\s+working", r"\bniet\s+(meer\s+)?aan\s+het\s+werk\b",
               r"\b(baan|werk|job)\s+is\s+(hij|zij|ze)\s+kwijt\b",
               r"\b(give|gave|giving|had\s+to\s+give)\s+up\s+(my|his|her|their)\s+(\w+\s+)?(job|work|career)\b",
               r"\b(baan|werk|contract)\s+(\w+\s+){0,3}(moeten\s+)?(opzeggen|opgezegd|opgegeven|opgeven)\b",
               r"\b(is|ben|was)\s+gestopt\s+met\s+(werken|haar\s+werk|zijn\s+werk|mijn\s+werk)\b",
               # a study that stopped: "studeerde hbo maar is gestopt", "dropped out", "stopped studying"
               r"\bstudeerde\b[^.;]{0,40}\b(gestopt|afgebroken|opgehouden)\b",
               r"\bgestopt\s+met\s+(mijn|mn|m'n|zijn|haar|de|het)?\s*(studie|opleiding|hbo|mbo|universiteit|uni)\b",
               r"\b(studie|opleiding)\s+(\w+\s+){0,3}(gestopt|afgebroken|opgegeven|stopgezet)\b",
               r"^\s*(maar\s+)?(is|ben|was)\s+(\w+\s+)?(gestopt|afgehaakt)\b(?!\s+met\s+(roken|drinken|de\s+medicijnen|drugs|"
               r"blowen|gokken|afvallen))",
               r"\b(stopped|quit)\s+(studying|her\s+studies|his\s+studies|my\s+studies|university|college)\b",
               r"\bdropped\s+out\b",
               # "had to stop working", "no longer works", "moest stoppen met werken"
               r"\b(had|has|have|needed)\s+to\s+stop\s+working\b",
               r"\bno\s+longer\s+(works|working|has\s+a\s+job|employed)\b",
               r"\b(moest|moet|moesten)\s+(\w+\s+){0,3}stoppen\s+met\s+(werken|zijn\s+werk|haar\s+werk|zijn\s+baan|"
               r"haar\s+baan)\b",
               r"\b(quit|left|gave\s+up)\s+(my|his|her|their)?\s*(job|work)\b",
               r"\b(stopped|ended|finished)\s+(my|his|her|their)\s+(job|work)\b", r"\bquit\s+working\b",
               r"\bresigned\b",
               # a self-employed parent whose business ended
               rf"\b(had\s+to|have\s+to|has\s+to|moest|moesten|moet|moeten)\s+(\w+\s+){{0,2}}(close|sell|stop|shut\s+down|"
               rf"give\s+up|sluiten|verkopen|stoppen|opgeven|opheffen)\s+(his|her|my|their|the|zijn|haar|mijn|hun|de|het)?\s*"
               rf"(own\s+|eigen\s+)?(business|company|firm|practice|shop|bakery|garage|webshop|{_SHOP_NL})\b",
               rf"\b(moest|moesten|moet|moeten)\s+(\w+\s+){{0,2}}(zijn|haar|mijn|hun|de|het)\s+(eigen\s+)?{_SHOP_NL}\s+"
               r"(\w+\s+)?(sluiten|verkopen|opheffen|opgeven|stoppen)\b",
               r"\b(out\s+of|uit)\s+(the\s+|de\s+)?(kvk|chamber\s+of\s+commerce|kamer\s+van\s+koophandel)\b",
               r"\buitgeschreven\s+(bij|uit)\s+(de\s+)?(kvk|kamer\s+van\s+koophandel)\b",
               r"\b(stopped|closed|ended|sold|shut\s+down|gave\s+up|quit)\s+(his|her|my|their|the)\s+(own\s+)?"
               r"(business|company|firm|practice|shop)\b",
               rf"\b(gestopt\s+met|sloot|gesloten|opgeheven|verkocht)\s+({_POSS}|het|de)?\s*(eigen\s+)?"
               r"(bedrijf|zaak|praktijk|winkel|onderneming)\b",
               rf"\b{_POSS}\s+(eigen\s+)?(bedrijf|zaak|praktijk|winkel|onderneming)\s+(is\s+)?"
               r"(gestopt|failliet|opgeheven|gesloten|verkocht|dicht)\b",
               rf"\bgestopt\s+met\s+{_POSS}?\s*baan\b",
               rf"\bgestopt\s+met\s+(werken|{_POSS}\s+werk)",
               r"\b(kan|kon|can'?t|cannot|could\s*n'?t)\s+(niet\s+)?(meer\s+)?(werke?n?\b|work)",
               r"\bzoek\w*\s+werk\b", r"\blooking\s+for\s+(a\s+)?(job|work)", r"\bontslagen",
               r"\blost\s+(my|his|her)\s+job", r"\bwerk\s+kwijt", r"\bbaan\s+kwijt", r"\bziektewet",
               r"\bwia\b", r"\bwao\b", r"\bwajong\b", r"\bafgekeurd",
               r"(?<!gedeeltelijk )(?<!deels )(?<!partly )(?<!partially )\b(arbeidsongeschikt|unfit\s+(for|to)\s+work)", r"\bww\b", r"\bin\s+de\s+ww\b",
               # "she doesn't have a job", "he has never had a job", "not employed"
               r"\b(does|do|did)(n'?t|\s+not)\s+have\s+(a\s+|any\s+)?(paid\s+)?(job|work|employment)",
               r"\b(has|have|had)\s+never\s+(had\s+)?(a\s+)?(job|work)", r"\bnot\s+employed",
               r"\b(is|are)(n'?t|\s+not)\s+working", r"\bwithout\s+(a\s+)?(job|work)",
               r"\bniet\s+aan\s+het\s+werk", r"\bnooit\s+gewerkt",
               # "too ill to work", "te ziek om te werken"
               r"\btoo\s+(\w+\s+)?(ill|sick|unwell|weak|depressed|tired|exhausted)\s+to\s+work\b",
               r"\bte\s+(\w+\s+)?(ziek|zwak|moe|depressief|uitgeput)\s+om\s+te\s+werken\b", r"\bheeft\s+nooit\s+(een\s+)?(baan|werk)",
               # a self-employed parent without assignments, a job that ended
               r"\bgeen\s+(opdrachten|klanten)\b", r"\b(zzp'?er|zelfstandige|freelancer)\s+geweest",
               r"\bno\s+(more\s+)?(clients|assignments|gigs)\b", r"\bcontract\s+(is\s+)?niet\s+verlengd",
               r"\bcontract\s+(was\s+)?not\s+renewed", r"\bgeen\s+baan\s+meer\b",
               r"\bverdien\w*\s+(nu\s+)?(niks|niets|geen\s+geld)\b", r"\bearn\w*\s+(nothing|no\s+money)\b",
               r"\b(geen|no)\s+(eigen\s+|own\s+)?(inkomen|income)\b",
               # a negation within two words of the work word, either side, wins over the work word:
               # "hij niet werken", "ik heb gen werk", "werk nie", "wij werken allebei niet"
               rf"\b{_NEG}\s+((?!{_NEG_PART}\b)[\w']+\s+){{0,2}}{_WORKW}\b", r"\bno\s+(job|work)",
               rf"\b{_WORKW}\s+(\w+\s+){{0,3}}{_NEG}\b(?!\s+{_NEG_PART}\b)",
               # Dutch puts "niet (meer)" at the end of the clause, after any time said:
               # "ze werkt ook al 2 jaar niet meer", "hij werkt nu al een tijdje niet." (no other
               # subject or conjunction in between: "hij werkt en ik niet" is not about him)
               r"\b(werkt|werken|werkte|werkten)\s+((?!(en|maar|want|omdat|dus|of|ik|jij|hij|zij|ze|wij|we|u|"
               r"alleen|fulltime|voltijd)\b)[\w']+\s+){4,7}(niet|nie)(\s+meer)?\s*($|[,.!?;])",
               # nobody of the two works: "geen van beiden werkt", "neither of us works"
               r"\bgeen\s+van\s+(ons\s+)?(beiden|beide|tweeen|allebei)\b", r"\bneither\s+(one\s+)?of\s+us\b",
               r"\bniemand\s+van\s+ons\b", r"\bnone\s+of\s+us\b")
WORK = _rx(r"\bwerk(t|en)?\b", r"\bbaan\b", r"\bfull\s*-?\s*time", r"\bfulltime", r"\bvoltijd",
           r"\bpart\s*-?\s*time", r"\bdeeltijd", r"\bwork(s|ing)?\b", r"\bjob\b", r"\bemployed",
           r"\bzzp", r"\bondernemer", r"\bzelfstandig", r"\bself[\s-]employed", r"\bdiensten\b",
           r"\bnachtdienst", r"\bshifts?\b", r"\bploegen", r"\buren\s+per\s+week\b.*\bwerk",
           r"\bheeft\s+een\s+baan", r"\bgaat\s+(naar\s+zijn\s+|naar\s+haar\s+)?werk",
           r"\bin\s+loondienst", r"\bkantoor\b",
           # running a business of one's own
           r"\b(runs|run|running|owns|has)\s+(her|his|my|their|a|an)\s+(own\s+)?(business|company|shop|firm|"
           r"practice)\b", r"\b(heeft|hebben|run\w*)\s+(een\s+)?eigen\s+(bedrijf|zaak|praktijk|winkel)\b",
           r"\b(drive|drives|rij|rijdt)\s+(a\s+|een\s+|op\s+een\s+)?(truck|lorry|taxi|bus|vrachtwagen|"
           r"vrachtauto)\b",
           # on leave from a job still has that job (domain.md: ask about having a job)
           r"\b(maternity|paternity|parental|pregnancy)\s+leave\b",
           r"\b(zwangerschaps|bevallings|ouderschaps)verlof\b", r"\boffice\b", r"\bchauffeur", r"\bverpleegkundige",
           r"(?:\b(?:is|als|am|ben)|'m|'s)\s+(een\s+|an?\s+)?(teacher|nurse|engineer|driver|cleaner|doctor|manager|developer|"
           r"programmer|consultant|carpenter|plumber|electrician|chef|cook|leraar|lerares|docent|truck\s+driver|"
           r"bus\s+driver|taxi\s+driver|builder|mechanic|vrachtwagenchauffeur|buschauffeur|"
           r"schoonmaker|monteur|kok|verkoper|verkoopster|programmeur|ingenieur|timmerman|"
           r"elektricien|loodgieter|kapper|kapster|bezorger|postbode|agent|militair)\b")
NOT_WORK_QUESTION = _rx(r"\bhow\s+(does|do|will)\s+(it|this|that|smi)\s+work", r"\bhoe\s+werkt",
                        r"\bwerkt\s+(het|dat|dit|smi)\b", r"\bwerkt\s+(uw|je)\s+partner\b",
                        r"\bworks?\s+for\s+(me|us)\b", r"\bwijkteam", r"\bmaatschappelijk\s+werk",
                        r"\bsocial\s+work", r"\bwerkgever", r"\bwork\s+out\b",
                        r"\bwerkt\s+mee\b", r"\bkinderopvangtoeslag\s+werkt",
                        # "hoe ga ik te werk?" is "how do I go about it", not a job
                        r"\bte\s+werk\b(?!\s+(gesteld|stellen))")
STUDY = _rx(r"\bstudeer", r"\bstudeert", r"\bstudent", r"\bopleiding", r"\bstudie\b", r"\bstud(y|ies|ying)\b",
            r"\bmbo\b", r"\bhbo\b", r"\buniversit", r"\bschool\s+volg", r"\bcollege\b")
# A study told in the past ("toen ik studeerde hadden we kot", "when I was still studying"): no
# study now
_PAST_STUDY = _rx(r"\b(toen|when|while|back\s+when)\s+(\w+\s+){0,3}(studeerde\w*|studying|student|studied|"
                  r"at\s+(uni|university|college))\b", r"\bstudeerde\w*", r"\bstudied\b",
                  r"\b(i|we|she|he|they)\s+(was|were|used\s+to\s+be)\s+(still\s+)?(studying|a\s+student|students|"
                  r"at\s+(uni|university|college))\b", r"\bused\s+to\s+study\b",
                  r"\b(ik|wij|we|zij|ze|hij)\s+(was|waren)\s+(nog\s+)?(student|studenten|aan\s+het\s+studeren)\b")
# A route to work that stopped or is not there: "gestopt met inburgering", "no trajectory yet".
_NO_ROUTE = _rx(r"\b(geen|no|not\s+(in|on)\s+a|stopped|gestopt\s+met|quit|afgebroken|finished|klaar\s+met|"
                r"afgerond|completed|ended)\s+(\w+\s+){0,2}(inburger\w*|traject\w*|trajector\w*|re-?integrat\w*|"
                r"course|cursus|programme|program|integration)")
ROUTE = _rx(r"\binburger", r"\btraject\s+naar\s+werk", r"\bre-?integratie", r"\bcivic\s+integration",
            r"\bintegration\s+(course|exam)", r"\bwerkfit", r"\btaalcursus", r"\blanguage\s+course",
            r"\bdutch\s+(course|lessons|classes)", r"\bnt2\b",
            # a route to work by another name: "work trajectory", "werktraject", "re-integration"
            r"\b(work|werk|leerwerk|re-?integration|participatie)[\s-]*(trajectory|trajectories|traject|track|"
            r"programme|program|plek)\b", r"\broute\s+(to|into|back\s+to)\s+work\b", r"\bre-?integration\b",
            r"\bwerkervaringsplek\b",
            # a route through the UWV or the gemeente: "traject van het UWV", "UWV-traject"
            r"\btraject\s+(van|bij|via)\s+(het\s+|de\s+)?(uwv|gemeente|werkplein)\b", r"\b(uwv|gemeente)[\s-]*traject\b",
            r"\b(programme|program|trajectory)\s+(from|with|through|via)\s+(the\s+)?uwv\b",
            r"\b(back|return)[\s-]to[\s-]work\s+(programme|program|plan|traject)\b")
ILL_MENTAL = _rx(r"\bdepress", r"\bburn\s*-?\s*out", r"\bpsychisch", r"\bpsychos", r"\bpsychot", r"\bpsychiat",
                 r"\bangststoornis", r"\bpaniekaanval", r"\bptss\b", r"\bptsd\b", r"\bbipolair",
                 r"\bbipolar", r"\bschizo", r"\bmental", r"\boverspannen", r"\bggz\b", r"\banxiety",
                 r"\bpostnata", r"\bpostpartum", r"\bgeestelijk", r"\bangstklacht", r"\beetstoornis",
                 r"\beating\s+disorder", r"\bocd\b", r"\bdwangstoornis", r"\bborderline\b",
                 r"\bpersoonlijkheidsstoornis", r"\bpersonality\s+disorder", r"\btrauma")
ILL = _rx(r"\bziek(?!tekosten|enfonds)", r"\buitgevallen\b", r"\b\w*kanker", r"\b\w+ziekte\b", r"\b\w*tumor", r"\b\w*infarct", r"\bhersenbloeding",
          r"\b\w*(brain|heart)\s+(tumou?r|bleed|haemorrhage|hemorrhage|surgery)", r"\bbestraling", r"\bradiotherap", r"\bradiation\s+(therapy|treatment)", r"\bchemo", r"\bkuur\b", r"\bms\b", r"\bhernia", r"\bhartaanval",
          r"\bherseninfarct", r"\bberoerte", r"\bongeluk", r"\bgebroken", r"\b\w*operatie",
          # an organ or health with a problem: "heart condition", "hartproblemen", "longaandoening"
          r"\b(heart|lung|kidney|liver|bowel|spine|spinal|health|medical|cardiac|brain|back)\s+(condition|"
          r"problems?|issues?|disease|trouble|defect|operation|transplant)\b",
          r"\b(hart|long|nier|lever|darm|hersen|gezondheids|rug|nek)(problemen|probleem|klachten|aandoening|"
          r"ziekte|ontsteking|transplantatie|ingreep)\b", r"\baandoening\b", r"\btransplant",
          r"\b\w*(tumour|lymphoma|lymfoom|leukaemia|leukemia)\b", r"\b(lupus|astma|asthma|copd|sarco\w+|artrose|"
          r"artritis|arthritis|osteoporos\w*|hiv|hepatitis|nierfalen|kidney\s+failure|hartritme\w*|arrhythmia|"
          r"sclerose|sclerosis|cystic\s+fibrosis|taaislijmziekte|scoliose|scoliosis|hersenletsel|brain\s+injury)\b", r"\b(an|my|his|her|the|een|mijn|zijn|haar|de)\s+(operation|ingreep)\b",
          r"\bgeopereerd", r"\bbedrust", r"\bill\b", r"\bsick", r"\bcancer", r"\billness",
          r"\bsurgery", r"\bbed\s*rest", r"\bstroke", r"\bchronisch", r"\bchronic", r"\breuma", r"\brheuma",
          r"\bparkinson", r"\bepilep", r"\bdialyse", r"\bdialysis", r"\bherstel", r"\brecover",
          r"\bpatient", r"\bleukemie", r"\btumor", r"\bniet\s+(goed\s+)?voor\s+de\s+kinderen\s+zorgen",
          r"\bkan\s+niet\s+(goed\s+)?(voor|zorgen)", r"\bcan'?t\s+(look\s+after|care\s+for)",
          r"\b(can'?t|cannot|can\s+not|unable\s+to)\s+(properly\s+)?(take\s+care\s+of|look\s+after|"
          r"care\s+for|cope\s+with)",
          r"\bplat\s*(te\s+)?liggen", r"\bplatligg\w*", r"\bmoet\s+(\w+\s+){0,4}liggen", r"\brust\s+(houden|nemen)\b", r"\bstay\s+in\s+bed", r"\bhyperemesis",
          r"\bzwangerschapsvergiftiging", r"\bpre-?eclamp", r"\bniet\s+tillen", r"\bgeopereerd",
          r"\blong\s*-?\s*covid", r"\bheart\s+attack", r"\bcan'?t\s+(lift|carry)", r"\bmag\s+niet\s+tillen",
          r"\b(hurt|injured|damaged|tore|torn)\s+(my|his|her)\s+(back|knee|hip|leg|arm|shoulder|neck|ankle|foot|"
          r"wrist|spine)\b", r"\bdiagnosed",
          r"\bgediagnosticeerd", r"\bchronic\s+fatigue", r"\bfibromyalg", r"\bme/cvs\b",
          r"\baccident\b", r"\binjur", r"\bbed\s*(bound|ridden)\b", r"\bbedlegerig",
          r"\bendometrio", r"\bhartfalen", r"\bmiskraam", r"\bmiscarriage", r"\bstillborn",
          r"\bslecht\s+aan\s+toe\b", r"\bin\s+a\s+bad\s+way\b", r"\bin\s+bad\s+shape\b", r"\bheart\s+failure", r"\bcrohn", r"\bdiabet", r"\bbroke\s+(his|her|my)\b", r"\bfractur", r"\bgewond",
          r"\bletsel", r"\bgebroken\b", r"\bmigraine", r"\bconcussion", r"\bhersenschudding",
          # "because of my back", "door mijn rug": a body part or health named as the cause
          # ("because" ends a clause, so "of my back" may stand alone)
          r"\b(because\s+of|of|due\s+to|door|vanwege)\s+(my|his|her|mijn|zijn|haar|m'n|mn)\s+(back|rug|health|"
          r"gezondheid|knee|knie|hip|heup|heart|hart|ziekte|illness|condition)\b",
          r"\b(rug|nek)(klachten|pijn|hernia)\b", r"\b(back|neck)\s+(pain|problems|injury)\b",
          # "has ME", "is in bed most days", "ligt veel op bed"
          # ME the illness, not the pronoun: "has ME and is in bed", "has ME/CVS", "has ME since 2019"
          r"\bhas\s+(me|m\.e\.)(?=\s*(?:[,.;(/]|$|and\s+(?:is|can)|since|for\s+(?:\d|years|months)))",
          r"\bme/cvs\b",
          # ALS, not the Dutch "als": only as what someone has
          r"\b(has|had|have|with|diagnosed\s+with)\s+als\b", r"\bheeft\s+als\b(?=\s*([.,;!?]|$|en\b|sinds\b))",
          r"\b(alzheimer|dementie|dementia|huntington|amyotrofische|motor\s+neuron\w*|lyme)\b",
          r"\b(is|stays?|lies|lying|ligt|blijft)\s+(\w+\s+){0,3}(in|op)\s+bed\b",
          r"\bstay\s+(horizontal|lying\s+down|off\s+my\s+feet)\b",
          # "moet van de gyn rusten", "has to rest until the birth"
          r"\b(moet|moeten|must|has\s+to|have\s+to)\s+(\w+\s+){0,4}(rusten|rest)\b", r"\b(must|have\s+to|need\s+to)\s+(lie\s+down|rest)\b")
DISABILITY = _rx(r"\bbeperking", r"\bhandicap", r"\bdisab", r"\brolstoel", r"\bwheelchair",
                 r"\bblind\b", r"\bdoof\b", r"\bdeaf\b")
ADDICTION = _rx(r"\bverslav", r"\baddict", r"\balcohol", r"\bdrugs\b", r"\bdrinkt\b", r"\bdrinks\b",
                r"\bgokverslav", r"\bafkick", r"\brehab\b", r"\bverslaafd",
                # the substance named: "5 months clean from opioids", "cocaine, outpatient treatment"
                r"\b(opio\w+|opiat\w+|cocaine|coca[iï]ne|heroin\w*|crack|methadon\w*|meth|ghb|cannabis|"
                r"speed|gambling|gokken)\b", r"\b(clean|sober|nuchter)\s+(from|of|van|for|sinds|since)\b")
HOSPITAL = _rx(r"\bziekenhuis", r"\bopgenomen", r"\bopname\b", r"\bhospital", r"\badmitted",
               r"\b(op|in)\s+de\s+ic\b", r"\bintensive\s+care\b", r"\b(in|on)\s+(the\s+)?icu\b",
               r"\bkliniek", r"\bclinic\b", r"\brevalidat", r"\brehabilitation\s+centre")
# ("geen gevangenis hoor, een GGZ-kliniek", "not prison"): a place named to say it is not that
_NOT_THERE = r"(?<!geen )(?<!niet in de )(?<!niet in )(?<!not )(?<!not in )(?<!not in a )(?<!isn't )(?<!no )"
DETENTION = _rx(_NOT_THERE + r"\bgevangenis", _NOT_THERE + r"\bdetentie", r"\bgedetineerd", r"\bvastzit",
                # ("zit vast met het formulier" is being stuck)
                r"\bzit\s+vast\b(?!\s+(met|aan|in|op|bij|door)\b)",
                # "zit voor 8 maanden vast", "zit nog twee jaar vast": a time between
                r"\b(zit|zat)\s+(nog\s+|al\s+|voor\s+|ruim\s+)*(\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|"
                r"twaalf|anderhalf|half)\s+(maand|maanden|jaar|jaren|week|weken)\s+vast\b",
                # "zit sinds kort vast", "zit sinds maart vast", "zit momenteel vast": when, not what
                r"\b(zit|zat)\s+(nu\s+|al\s+|nog\s+)*(sinds\s+(kort|\w+)|momenteel|tijdelijk|voorlopig|"
                r"een\s+tijdje|een\s+tijd)\s+vast\b(?!\s+(met|aan|in|op|bij|door)\b)",
                r"\bin\s+de\s+cel\b", _NOT_THERE + r"\bprison", _NOT_THERE + r"\bjail", _NOT_THERE + r"\bdetention",
                r"\bdetained",
                r"\bincarcerat", r"\blocked\s+up", r"\bbajes", r"\bpenitentiair", _NOT_THERE + r"\bgevangen",
                r"\bbehind\s+bars", r"\bzit\s+(in\s+de\s+)?(gevangenis|bak|cel)",
                r"\b(zit|zat)\s+(een\s+|zijn\s+|haar\s+)?straf\w*\s+(\w+\s+){0,4}uit\b", r"\bstraf\s+uitzitten",
                r"\bsentenced\b", r"\bserving\s+(a\s+|his\s+|her\s+)?(sentence|time)\b", r"\bveroordeeld\b")
WLZ = _rx(r"\bwlz\b", r"\bwet\s+langdurige\s+zorg", r"\blong[\s-]term\s+care\s+act",
          r"\bzorg\s+met\s+verblijf\b", r"\bciz\b[^.?!]{0,60}\b(indicatie|indication)\b",
          r"\bverpleeghuis", r"\bnursing\s+home", r"\bzorginstelling")
SINGLE = _rx(r"\balleenstaand", r"\balleen\s+met\s+(de|mijn|twee|drie|\d)",
             r"\balleen\s+(is|ben|zijn|sta|staat|woon|woont)\s+(met|voor)\s+(de|mijn|haar|zijn|twee|drie|\d)", r"\bsingle\s+(mum|mom|parent|"
             r"mother|father|dad|moeder|vader)", r"\bik\s+ben\s+alleen", r"\bon\s+my\s+own\b",
             r"\bweduwe", r"\bwidow", r"\bsta(a|at)?\s+er\s+(\w+\s+)?alleen\s+voor\b", r"\bno\s+partner", r"\bgeen\s+partner", r"\bzonder\s+partner",
             r"\bbring\s+(them|my\s+\w+)\s+up\s+alone", r"\bi'?m\s+alone\b", r"\bby\s+myself\b",
             r"\b(raising|raise|raised|bringing\s+up)\s+(\w+\s+){0,3}(alone|on\s+my\s+own|by\s+myself|"
             r"single[\s-]?handed\w*)\b", r"\bvoed\w*\s+(\w+\s+){0,4}alleen\s+op\b",
             r"\bin\s+m'?n\s+eentje", r"\bin\s+mijn\s+eentje", r"\bgescheiden", r"\bdivorced",
             r"\bseparated", r"\bex[\s-]?(partner|man|vrouw|husband|wife)\b", r"\bmijn\s+ex\b",
             r"\bmy\s+ex\b", r"\beenoudergezin", r"\bsingle[\s-]parent", r"\balleenstaande")
# A partner who died: the writer is the only parent at home.
PARTNER_DIED = _rx(r"\b(mijn|m'n|mn|my)\s+(man|vrouw|partner|husband|wife|echtgeno\w+)\s+(is|was)\s+"
                   r"(dood|overleden|gestorven|dead|deceased)\b",
                   r"\b(mijn|m'n|mn|my)\s+(man|vrouw|partner|husband|wife|echtgeno\w+)\s+(is\s+)?(overleden|"
                   r"gestorven|died|passed\s+away)\b")
CHILD_DEV = _rx(r"\bontwikkeling", r"\bachterstand", r"\bdevelopment", r"\bspraak", r"\bspeech",
                r"\bautis", r"\badhd\b", r"\bgedragsprobleem", r"\bbehaviou?r",
                # "way behind with talking", "praat nog bijna niet", "language delay"
                r"\bbehind\s+(with|in|on)\s+(his\s+|her\s+)?(talking|speaking|speech|language|walking)",
                r"\b(language|speech|talking)\s+delay", r"\b(praat|loopt|kruipt)\s+(nog\s+)?(bijna\s+)?niet\b",
                r"\bloopt\s+(erg\s+|ver\s+)?achter\b",
                r"\b(geen|weinig|nauwelijks)\s+(\w+\s+)?woord(jes|en)\b", r"\b(doesn'?t|does\s+not|can'?t)\s+say\s+(any\s+)?words\b",
                r"\b(hardly|barely)\s+(speaks|talks|plays)\b", r"\b(too\s+little|not\s+enough)\s+stimulation\b",
                r"\bte\s+weinig\s+(stimulans|stimulatie|prikkels)\b")
OVERLOAD = _rx(r"\boverbelast", r"\boverload", r"\boverwhelm", r"\bkan\s+het\s+niet\s+meer\s+aan",
               r"\bcan'?t\s+cope", r"\buitgeput", r"\bexhausted", r"\bop\s+van\s+de\s+(stress|zenuwen)",
               r"\bik\s+trek\s+het\s+niet\s+(meer|langer)\b")
# Worn out, said in everyday words ("I'm drowning", "running on empty", "veel stress"): a reason
# the gemeente weighs (overload), not an illness of the writer
WORN_OUT = _rx(r"\b(i'?m|i\s+am)\s+(\w+\s+)?(drowning|running\s+on\s+empty|at\s+breaking\s+point)",
               r"\bzit\s+(er\s+)?(helemaal\s+)?doorheen\b", r"\b(veel|zoveel|heel\s+veel)\s+stress\b",
               r"\b(so\s+much|a\s+lot\s+of|lots\s+of)\s+stress\b")
PREGNANT = _rx(r"\bzwanger", r"\bpregnan", r"\bbevalling", r"\bbevallen")
CRISIS_FAMILY = _rx(r"\bhuiselijk\s+geweld", r"\bdomestic\s+violence", r"\bblijf[\s-]van[\s-]mijn"
                    r"[\s-]lijfhuis", r"\bvrouwenopvang", r"\bshelter\b", r"\boverleden", r"\bdied\b",
                    r"\bpassed\s+away", r"\bcrisis", r"\brouw\b", r"\bgrief",
                    # "I left my husband because of violence", "schulden", "debts"
                    r"\b(because\s+of|door|vanwege|om)\s+(the\s+|het\s+)?(violence|geweld|abuse|mishandeling)\b",
                    r"\bschulden\b", r"\bdebts?\b")
CHILD_WLZ = _rx(r"\b(kind|zoon|dochter|child|son|daughter)\w*\b(?![\s-]in[\s-]law)[^.?!]{0,40}\bwlz\b",
                # a teacher or grandparent: "a boy (8) ... has a Wlz indication", "mijn kleindochter ... Wlz"
                r"\b(a|the|this|een|de|dit|deze|mijn|my)\s+(boy|girl|jongen|meisje|pupil|leerling)\b[^.?!]{0,80}\bwlz\b",
                r"\b(klein(dochter|zoon|kind)\w*|grand(son|daughter|child)\w*)\b[^?!]{0,80}\bwlz\b",
                r"\b\d{1,2}[\s-]*(year|yr|jaar)s?[\s-]*(old|oud)?\b[^.?!]{0,40}\bwlz\b",
                r"\b(our|my|ons|onze|mijn)\s+(little\s+one|toddler|baby|boy|girl|peuter|kleintje|jongen|meisje)\b"
                r"[^.?!]{0,40}\bwlz\b",
                # ("a Wlz indication and can't care for our daughter" is the parent's)
                r"\bwlz[\s-]*(indicatie|indication)?\s+((gekregen|received|got|granted|toegekend)\s+)?(voor|for|van|of)\s+"
                r"((mijn|ons|onze|my|our|het|the|haar|zijn|her|his)\s+)?(kind|zoon|dochter|child|son|daughter)")
# Day treatment a parent can follow (GGZ, revalidatie): the parent's unless the child is the subject
_PUPIL = gre.compile(r"\b(leerling\w*|pupil\w*|cli[eë]nt\w*\s+(zoon|dochter|kind)|patiënt\w*\s+kind)\b")
PARENT_TREAT = _rx(r"\bdagbehandeling", r"\bday\s+treatment", r"\bdagklinie?k", r"\bday\s+(clinic|hospital)")
CHILD_TREAT = _rx(r"\bmedisch\s+kinderdagverblijf", r"\bmkd\b", r"\bmedical\s+day\s*care",
                  r"\bbehandelgroep", r"\bdagbehandeling", r"\bday\s+treatment",
                  r"\btreatment\s+(day\s*care|daycare|group|nursery|centre|center)\b",
                  r"\b(day\s*care|daycare)\s+treatment\b",
                  r"\b(therapeutic|therapeutische|orthopedagogisch\w*)\s+(\w+\s+)?(day\s*care|daycare|"
                  r"nursery|group|groep|peutergroep|dagopvang|opvang)\b",
                  r"\b(behandel|ontwikkelings|therapie)(groep|peutergroep|dagopvang)\b",
                  r"\bkinderdagcentrum\b",
                  # "she needs a specialised day program with therapy"
                  r"\b(speciali[sz]ed|gespecialiseerde?|speciale)\s+(day\s+|dag)?(program\w*|groep|group|"
                  r"day\s*care|daycare|opvang|dagopvang)\b[^.?!]{0,40}\b(therap\w*|treatment|behandel\w*)",
                  r"\b(therap\w*|treatment|behandel\w*)\b[^.?!]{0,20}\b(speciali[sz]ed|gespecialiseerde?)\s+"
                  r"(day\s+|dag)?(program\w*|groep|group|day\s*care|daycare|opvang)\b")
# Day treatment named with the child as its subject, no adult between them ("onze zoon gaat naar
# een dagbehandeling"; not "de kinderen ... terwijl zij dagbehandeling volgt"): surely the child's
CHILD_AMBIGUOUS_TREAT = _rx(
    r"\b(kind\w*|zoon\w*|dochter\w*|child\w*|son|daughter|baby|peuter\w*|toddler|leerling\w*|pupil)\b"
    r"(?:(?!\b(zij|hij|ze|ik|she|he|i|moeder|vader|mother|father|mum|mom|dad|cli[eë]nt\w*|terwijl|while)\b)"
    r"[^.?!;]){0,80}\b(dagbehandeling|day\s+treatment)",
    r"\b(dagbehandeling|day\s+treatment)\s+(voor|van|for|of)\s+(mijn|m'n|onze|ons|het|de|my|our|the|haar|zijn|"
    r"her|his)\s+(kind\w*|zoon\w*|dochter\w*|child\w*|son|daughter|baby|peuter\w*|toddler)\b")

CARE = [(CareType.bso, _rx(r"\bbso\b", r"\bbuitenschoolse", r"\bnaschoolse", r"\bafter[\s-]*school",
                           r"\bout[\s-]of[\s-]school")),
        (CareType.gastouderopvang, _rx(r"\bgastouder", r"\bchildminder", r"\bchild\s+minder")),
        (CareType.dagopvang, _rx(r"\bkdv\b", r"\bkinderdagverblijf", r"\bdagopvang", r"\bcreche",
                                 r"\bday\s*care", r"\bdaycare", r"\bnursery", r"\bkinderopvang\b",
                                 r"\bkita\b"))]

_NUM_WORDS = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
              "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "one": 1, "two": 2,
              "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
              "ten": 10, "eleven": 11, "twelve": 12, "anderhalf": 1}
_NUM = r"(\d{1,2}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|one|two|three|four|five|" \
       r"six|seven|eight|nine|ten|eleven|twelve)"
# when a child turns that age: "in maart", "next month", "in de zomer"
_LATER_WHEN = (r"(?:(?:in|op)\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
               r"november|december|january|february|march|june|july|august|october|de\s+zomer|the\s+summer)|"
               r"(?:volgende|komende|next|this)\s+(?:maand|week|jaar|month|year|zomer|summer))")
# a further age in a list: "een"/"one" before a noun is an article ("een dochter van 3 en een zoon
# van 5" has two children, not an age 1)
_NUM_NEXT = _NUM.replace("|een|", "|een(?!\\s+(?!(?:en|jaar|jr|jaren|maanden)\\b)[^\\W\\d_])|").replace(
    "|one|", "|one(?!\\s+(?!(?:and|years?|yrs?|yo|year-old|months?)\\b)[^\\W\\d_])|")
AGE = gre.compile(
    rf"\b{_NUM}((?:\s*,\s+|\s+(?:en|and|&)\s+){_NUM_NEXT})*\s*(?:-|\s)?\s*(jaar|jr|jaren|years?|yrs?|"
    rf"jarige?|year-old|yo)\b(?!\s+(?:geleden|ago|getrouwd|samen|werk|ziek|in\s+nederland))")
AGE_MONTHS = gre.compile(rf"\b{_NUM}\s*(maanden|maand|months?)\s*(oud|old)\b|"
                        rf"\b(kinderen|kids|children|kindjes)\s*(van|of|:|zijn|are|aged)?\s*{_NUM}\s*(maanden|months)\b|"
                        rf"\b(baby|zoon|zoontje|dochter|dochtertje|son|daughter|kind|kindje|child|kleine|jongste|youngest|"
                        rf"peuter|dreumes|meisje|jongen|boy|girl|tweeling|twins|drieling|triplets)\s+(van|of|aged|is|are|zijn)\s+{_NUM}\s*"
                        rf"(maanden|months)")
# "18 mnd", "9 mths": months as people shorten them (read as "maanden" before the ages are read)
_MONTHS_SHORT = gre.compile(r"\b(\d{1,2})\s*(mnd|mndn|mnden|mths?|mos)\b\.?")
GROUP = gre.compile(r"\b(?:groep|group)\s*([1-8])\b|\b(grade|year)\s*([1-8])\b(?=.*\b(school|primary|"
                   r"basisschool)\b)")
KID_AGE = gre.compile(rf"\b(baby|zoon|zoontje|dochter|dochtertje|broertje|zusje|sister|brother|peuter|toddler|kleuter|kind|kindje|son|daughter|child|kid|kiddo|kids|jongen|meid|meidje|knul|kinderen|children|meisje|"
                     rf"jongetje|ventje|boy|girl|kleine|jongste|oudste|youngest|eldest|oldest|"
                     rf"jongens|meisjes|boys|girls|tweeling|twins|drieling|triplets)\s*(?:(?:are|zijn|is|turns|turned|wordt|werd|becomes|will\s+be|gaat|goes)\s+"
                     # "dochter wordt in maart 2,5": a month or "volgende maand" before the age
                     rf"(?:{_LATER_WHEN}\s+)?)?(?:van|of|aged|age|\(|:)?\s*{_NUM}"
                     rf"((?:\s*\([^)]{{0,40}}\))?(?:\s*,\s+|\s+(?:en|and|&)\s+){_NUM_NEXT})*(?!\s*(maanden|months|dagen|days|uur|"
                     rf"hours|euro|dag|day|ochtenden|ochtend|middagen|middag|mornings?|afternoons?|dagdelen|"
                     rf"dagdeel|weken|weeks|keer|times|x\b))\b")  # "zoon gaat 4 ochtenden": days, no age
TWINS = gre.compile(rf"\b(tweeling|twins|drieling|triplets)\s*(?:(?:van|of|aged|are|zijn|is)\s+)?{_NUM}\b(?!\s*(maanden|maand|months?))|"
                   rf"\b{_NUM}[\s-]*(?:jarige|year[\s-]old)\s+(tweeling|twins|drieling|triplets)\b")
BABY = _rx(r"\bbaby\b", r"\bpasgeboren", r"\bnewborn", r"\bzuigeling", r"\binfant\b")
PEUTER = _rx(r"\bpeuter", r"\btoddler", r"\bdreumes")
KLEUTER = _rx(r"\bkleuter")
SECONDARY = _rx(r"\bmiddelbare\s+school", r"\bbrugklas", r"\bsecondary\s+school", r"\bhigh\s+school",
                r"\b(year|jaar|klas)\s+(\w+\s+)?(of|van\s+de)\s+(secondary|middelbare)\b",
                r"\bvmbo\b", r"\bhavo\b", r"\bvwo\b", r"\bgymnasium\b")
PRIMARY = _rx(r"\bbasisschool", r"\bprimary\s+school", r"\blagere\s+school", r"\bbasisonderwijs")

# An amount as people type it: 60.000, 60,000, 1 137,50, 10,50
_AMOUNT = r"\d{1,3}(?:[.,\s]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
MONEY = gre.compile(rf"(€|eur\b|euro\b)?\s*({_AMOUNT})"
                   r"\s*(k\b|duizend\b|thousand\b|euro\b|eur\b|€|,-)?")
PER_HOUR = _rx(r"^\s*(euro\s*|eur\s*)?(per|/|p\.?|een|an|a)\s*(uur|hour|hr|u)\b", r"^\s*/\s*h\b",
               r"^\s*(euro\s*|eur\s*)?(p/h|p\.h\.|p/u|p\.u\.)",
               r"^\s*(euro\s*)?(per\s+)?uur\b", r"^\s*p/u\b", r"^\s*an?\s+hour")
PRICE_BEFORE = _rx(r"(uurprijs|uurtarief|hourly\s+(rate|price)|per\s+uur|rate|tarief|kost\w*|costs?|"
                   r"prijs|price)\D{0,20}$")
INCOME_CTX = _rx(r"inkomen", r"verdien", r"salaris", r"\bloon\b", r"income", r"earn", r"bruto",
                 r"netto", r"\bnet\b", r"per\s+jaar", r"a\s+year", r"per\s+year", r"jaarinkomen",
                 r"per\s+annum", r"\bmake\b", r"salary", r"toetsingsinkomen", r"gross", r"samen")
COST_BEFORE = _rx(r"(kost\w*|kosten|rekening|betalen|betaal|betaald\w*|paid|pay|paying|spen[dt]|wil|vraagt|rekent|charges?|costs?|bill|"
                  r"kdv|opvang|bso|gastouder\w*|daycare|nursery|fee|prijs|price|factuur|facturen|invoice|nota|"
                  r"kinderdagverblijf|creche|crèche|childminder|provider)\D{0,25}$")
PER_MONTH = _rx(r"^\s*(euro\s*)?(per|/|p\.?|a|in\s+de|een)\s*(maand|month|mnd|m)\b", r"^\s*netto\s+per\s+maand",
                r"^\s*(bruto\s+|netto\s+|net\s+|gross\s+|after\s+tax\s+|before\s+tax\s+)?(per\s+maand|a\s+month|"
                r"per\s+month|monthly|maandelijks|in\s+de\s+maand|each\s+month|every\s+month)")
# Where a parent goes for treatment: days spent there are no days of opvang
_TREAT_PLACE = (r"(dagbehandeling|day\s+treatment|therapie|therapy|revalidatie|rehab\w*|ziekenhuis|hospital|"
                r"dialyse|dialysis|chemo\w*|bestraling|radiotherap\w*|ggz|kliniek|clinic)")
# a number of days may have a half: "2,5 dag", "2.5 days", "1,5 dag"
_DNUM = r"(\d{1,2}[.,]5|" + _NUM[1:]
DAYS = gre.compile(rf"\b{_DNUM}\s*(?:hele\s+|full\s+|halve\s+)?(dagen|dag|dagn|dgn|days?|middagen|ochtenden|"
                  rf"mornings?|afternoons?|dagdelen)\b(?!\s+(geleden|ago|"
                  rf"later|na\b|after|(per\s+week\s+|a\s+week\s+)?(naar|to)\s+(de\s+|het\s+|the\s+)?{_TREAT_PLACE}))")
HOURS = gre.compile(rf"(?<!\d[.,])\b(?P<n>\d{{1,3}}(?:[.,]\d)?|{_NUM})\s*(uur|uren|hours?|hrs?|u|h)\b\s*"
                   # "60 hours of childcare a week", "20 uur opvang per week"
                   r"(?:(?:of\s+)?(?:child\s*care|day\s*care|care|opvang|kinderopvang)\s+)?(per|a|in\s+de|in\s+the|in\s+a|in|"
                   rf"each|every|/)?\s*(?P<unit>week|maand|month|dag|day|wk)?")


def _num(s: str) -> int:
    s = s.strip()
    return int(s) if s.isdigit() else _NUM_WORDS[s]


def _dnum(s: str) -> Decimal:
    """A number of days as written: "3", "drie", "2,5", "2.5"."""
    s = s.strip()
    return Decimal(s.replace(",", ".")) if s[0].isdigit() else Decimal(_NUM_WORDS[s])


_GENERIC = gre.compile(r"\b(need\s+to|must|have\s+to|has\s+to|moet|moeten|if|als|wanneer|when|"
                      r"does|do|can|could|kan|kun|kunnen|mag|is\s+het|is\s+it|geldt|count)\b|"
                      # "is an addiction of one parent a reason?": about any parent, not the writer
                      r"\b(one|a|an|een)\s+(ouder|parent)\b|^\s*(is|are|telt|counts?)\s+(een|an?|the|de|het)\b")

# A clause about a kind of family ("only for couples where one works?", "gezinnen waarin een
# ouder werkt") asks about others, whatever the writer said about themselves before.
_CATEGORY = gre.compile(r"\b(couples?|famil(y|ies)|households?|gezinnen|gezin|stellen|huishoudens?)\s+"
                       r"(where|in\s+which|waar|waarin|with\s+one|met\s+een)\b|"
                       r"\b(parents|ouders)\s+(who|that|die)\b|\bwhere\s+(one|only\s+one)\s+(parent\s+)?works\b")


# A subject followed by its verb starts a new clause even without punctuation: "ik werk 24 uur
# mijn man is ziek hij werkt niet". Inverted order ("nu werkt mijn man niet") has no verb after
# the subject, so it is not split.
_VERB = (r"(is|ben|am|was|werk\w*|work\w*|heeft|heb|has|have|had|zit|ligt|kan|can|gaat|ga|goes|"
         r"studeer\w*|stud\w*|doet|does|moet|must|krijgt|gets|verdien\w*|earns?|hij|zij|he|she)")
_SUBJECT_START = gre.compile(
    r"(?<=\w)(?<!\bde)(?<!\been)(?<!\bthe)(?<!\ba)(?<!\bmijn)(?<!m'n)(?<!\bmn)(?<!\bmy)(?<!\bhaar)(?<!\bzijn)"
    r"(?<!\bher)(?<!\bhis)(?<!\bonze)(?<!\bour)(?<!\bex)\s+(?=((mijn|m'n|mn|my)\s+(man|vrouw|partner|vriend|vriendin|"
    r"husband|wife|boyfriend|girlfriend|echtgeno\w+)|man|vrouw|husband|wife|ik|i|hij|he|she)\s+" + _VERB + r"\b)")


def _clauses(p: str) -> list[str]:
    p = _SUBJECT_START.sub(" ; ", p)
    p = gre.sub(r"(?<=\w)\s+(?=(ik|i)\s+(niet|wel|not|don'?t)\s*([.,;!?]|$|\w+\s+(ik|i|heb|have|ben|am)\b))", " ; ", p)
    # ("... en werkt dus niet": "dus" before a negation belongs to its clause; "and so does my wife"
    # is the same work said of her, not "therefore")
    return [c for c in gre.split(r"[.;!?\n]+|,\s*|\s+(?:en|maar|but|and|terwijl|while|omdat|because|"
                                r"want|since|now\s+that|aangezien)\s+|\s+(?:dus|so)\s+(?!(?:niet|not|geen|nie|"
                                r"no|never|nooit)\b|(?:do|does|did|am|is|are|was|has|have|can)\s)|"
                                r"\s+(?=nu\s+(?:hij|zij|ze|ik)\s)",
                                p) if c and c.strip()]


# Someone outside the household: the writer's own parents, a sister, a neighbour ("mijn moeder
# past op, mijn vader werkt nog"). Their work or illness says nothing about the family's KOT.
OTHER = _rx(r"\b(mijn|m'n|mn|my|our|onze|ons)\s+(moeder|vader|mother|father|mum|mom|dad|ouders|parents|"
            r"schoonmoeder|schoonvader|schoonouders|mother-in-law|father-in-law|in-laws|zus|zusje|broer|"
            r"sister|brother|buurvrouw|buurman|neighbou?r|oppas|babysitter)\b",
            # "opa is ziek", "grandma helps out": a grandparent, also without "my"
            r"(?<!ik ben )(?<!i'm )(?<!i am )\b(opa|oma|grandpa|grandma|granny|grandad|granddad|grootvader|"
            r"grootmoeder|grandfather|grandmother)\b")


# "mijn ex is ziek": the other parent, outside the household (whoever writes)
EX = _rx(r"\b(mijn|m'n|mn|my|de|the|hun|their)\s+ex(-?(partner|man|vrouw|husband|wife|vriend|vriendin|boyfriend|"
         r"girlfriend))?\b")
OTHER = _rx(OTHER.pattern, EX.pattern)


# A parent writes ("mijn man", "onze kinderen"), not a child of the family ("mijn broertje"): only
# then are "mijn moeder", "mijn vader" the grandparents.
OWN_KIDS = _rx(r"\b(mijn|m'n|mn|onze|ons|my|our)\s+(kinderen|kids|children|zoon\w*|dochter\w*|son|daughter|"
               r"baby|kind|kindje|peuter|toddler|tweeling|twins)\b")
SIBLING = _rx(r"\b(mijn|m'n|mn|my)\s+(broertje|zusje|broertjes|zusjes|little\s+(brother|sister)|"
              r"younger\s+(brother|sister)|siblings?)\b")


def _subject(clause: str, last: str | None, others: bool = True) -> str | None:
    found = []
    for name, rx in (("partner", PARTNER), ("me", ME), ("child", CHILD), ("other", OTHER)):
        if name == "other" and not others:
            rx = EX  # an ex is outside the household also in a child's or a friend's words
        m = rx.search(clause)
        if m and name == "child" and len(clause[: m.start()].split()) > 2:
            continue  # "can't lift the baby", "zorgen voor de kinderen": the child is the object
        if m:
            # on a tie the partner wins: "de vader van de kinderen" is the partner, not "de vader"
            found.append((m.start(), name != "partner", name))
    if found:
        return min(found)[2]
    # "ik ben ziek en heb geen werk": a clause without its own subject continues the last one
    return last


# "voor mijn zieke zoon zorgen": the illness is the child's, not the subject's
CHILD_ILL_PHRASE = gre.compile(r"\b(mijn|ons|onze|my|our|de|the|het|a|een)\s+(ernstig\s+|heel\s+|very\s+|"
                              r"seriously\s+)?(zieke|ill|sick|gehandicapte|disabled)\s+(zoon\w*|dochter\w*|"
                              r"kind\w*|son|daughter|child\w*|baby|kid)\b")


# "ik werk fulltime in het ziekenhuis (als verpleegkundige)": the hospital is the workplace
WORKPLACE = gre.compile(
    r"\b(werk\w*|work\w*|full\s*-?\s*time|fulltime|part\s*-?\s*time|parttime|diensten|shifts?|"
    r"verpleegkundige|verpleger|nurse|arts|doctor|schoonmaker|cleaner)\s+(\w+\s+){0,2}"
    r"(in|at|bij|op|voor|for)\s+(het\s+|de\s+|a\s+|an\s+|the\s+)?(\w+\s+)?"
    r"(ziekenhuis|hospital|kliniek|clinic|umc|ggz)\b|"
    r"\b(ziekenhuis|hospital|kliniek|clinic)\s*\(?\s*(als|as)\s+(a\s+|an\s+)?"
    r"(verpleegkundige|verpleger|nurse|arts|doctor|\w+)")


# Earning a wage is having work ("mijn man verdient 95.000", "my husband makes €85,000") — but
# "we earn 120.000 together" is the household's income, not one parent's job.
EARNS = _rx(r"\bverdien(t|de)\b", r"\b(ik|i)\s+verdien\b", r"\bearn(s|ed)\b", r"\bi\s+earn\b",
            r"\b(salaris|salary)\b",
            r"\b(makes|made)\s+(about\s+|around\s+|roughly\s+|over\s+|nearly\s+|almost\s+)?(€|eur|\d)")
HOUSEHOLD = _rx(r"\b(we|wij|samen|together|ons|our|onze|combined|gezamenlijk)\b")


# Being with someone in hospital, or visiting: not one's own admission ("om bij haar in het
# ziekenhuis te zijn", "I visit him at the hospital every day")
HOSPITAL_VISIT = _rx(
    r"\b(bij|with|by)\s+(haar|hem|her|him|hen|them|(mijn|m'n|my|ons|onze|our|de|the)\s+\w+)\s+(in|at|op)\s+"
    r"(het\s+|the\s+|a\s+|de\s+)?(\w+\s+)?(ziekenhuis|hospital|kliniek|clinic|afdeling|ward)\b",
    r"\b(visit\w*|bezoek\w*|op\s+bezoek)\b[^.?!]{0,40}\b(ziekenhuis|hospital|kliniek|clinic)\b",
    r"\b(ziekenhuis|hospital|kliniek|clinic)\b[^.?!]{0,20}\b(met|with)\s+(haar|hem|her|him|mijn|my|ons|onze|"
    r"our)\b",
    # papers from a hospital ("the full medical file from the hospital", "brieven van het ziekenhuis"):
    # asked about, nobody is admitted
    r"\b(file|files|records?|dossier|papers|papieren|brief|brieven|letters?|report|verslag|rapport|"
    r"statement|verklaring)\s+(\w+\s+){0,2}(from|of|van|uit)\s+(the\s+|het\s+|de\s+)?"
    r"(ziekenhuis|hospital|kliniek|clinic)\b",
)


# A job that goes on while the parent is ill or in hospital (domain.md: ask about having a job):
# "permanent contract", "0.8 fte", "on sick leave", "ziekgemeld", "nog in dienst".
STILL_EMPLOYED = _rx(
    r"\b(permanent|vast|vaste|fixed|tijdelijk|temporary|full[\s-]?time|part[\s-]?time)\s+(contract|aanstelling|"
    r"dienstverband|baan|job|position)\b", r"\b\d+([.,]\d+)?\s*fte\b", r"\bin\s+(vaste\s+)?dienst\b",
    r"\bon\s+(the\s+)?(long[\s-]?term\s+)?sick\b(?!\s+(benefit|pay\s+from\s+the))", r"\b(sick\s+leave|ziekteverlof|ziek\s*gemeld|ziekgemeld|call(ed|ing|s)?\s+in\s+sick|signed\s+off\s+(sick|work)|"
    r"off\s+sick|on\s+leave\s+from)\b",
    r"\b(nog|still)\s+(in\s+dienst|employed|has\s+(a|her|his)\s+job|heeft\s+(een|haar|zijn)\s+baan)\b",
    # "is gewoon nog in dienst bij zn baas", "heb nog wel gewoon mijn contract", "still on the payroll"
    r"\b(nog|still)\s+(wel\s+|gewoon\s+|steeds\s+)*(in\s+dienst|on\s+the\s+payroll)\b",
    r"\bstill\s+(has|have|got)\s+(a|his|her|my|their)\s+(\w+\s+)?(contract|job|position|employer)\b",
    r"\b(heeft|heb|hebben|has|have)\s+(nog|still)\s+(wel\s+|gewoon\s+)*(een|zijn|haar|mijn|zn|mn|a|his|her|my)\s+"
    r"(\w+\s+)?(contract|baan|job|arbeidscontract)\b",
    r"\b(werkgever|employer)\s+(betaalt|pays)\s+(\w+\s+)?(nog|still|door)\b",
    r"\b(werkgever|employer)\s+(\w+\s+)?(nog|still)\s+(betaalt|pays)\b",
)


# A benefit for people who cannot work through illness or disability (WIA, WAO, Wajong, Ziektewet):
# no job, and ill
UNFIT = _rx(r"\b(wia|wao|wajong|ziektewet|afgekeurd|arbeidsongeschikt\w*|unfit\s+(for|to)\s+work|"
            r"disability\s+(benefit|pension|allowance)|signed\s+off|off\s+sick)\b")

# The job is gone for good: "off work permanently", "signed off for good", "will never work again",
# "can no longer work", "kan nooit meer werken", "volledig afgekeurd". Not working, and no job to
# keep the kinderopvangtoeslag going ("signed off" alone is sick leave: STILL_EMPLOYED).
_FOR_GOOD = (r"(permanent(ly)?|for\s+good|for\s+life|indefinitely|(long|longer)[\s-]term|definitief|"
             r"blijvend|voorgoed|duurzaam|volledig|fully|totally|completely|100\s*(%|procent))")
GONE_FOR_GOOD = _rx(
    rf"\b(off|out\s+of|signed\s+off|away\s+from)\s+(\w+\s+){{0,2}}?(work\s+)?{_FOR_GOOD}",
    rf"\b{_FOR_GOOD}\s+(\w+\s+)?(off|out\s+of)\s+(work|sick)\b",
    rf"\b{_FOR_GOOD}\s+(signed\s+off|unfit|disabled|afgekeurd|arbeidsongeschikt)\b",
    rf"\b(signed\s+off|afgekeurd|arbeidsongeschikt|unfit)\s+(\w+\s+){{0,2}}?{_FOR_GOOD}",
    r"\b(never|not)\s+(be\s+able\s+to\s+)?work(ing)?\s+again\b", r"\bnooit\s+meer\s+(kan\s+)?werk",
    r"\b(no\s+longer|not\s+anymore|not\s+any\s+more)\s+(able\s+to\s+)?work",
    r"\b(can|could)\s+(no\s+longer|never)\s+(\w+\s+)?work\b", r"\bunable\s+to\s+work\b",
    r"\bnot\s+able\s+to\s+work\b", r"\bniet\s+meer\s+(kan|kon|mag)\s+werk",
    r"\b(kan|kon)\s+(\w+\s+)?nooit\s+meer\s+werk", r"\biva\b",
    r"\buit\s+het\s+arbeidsproces\b")
# A benefit for people who cannot work (WIA, WAO, Wajong, a disability pension): no job, unless
# the same clause says the job goes on ("heeft nog een contract")
UNFIT_BENEFIT = _rx(r"\b(wia|wao|wajong|ziektewet|iva|disability\s+(benefit|pension|allowance)|"
                    r"(?<!gedeeltelijk )(?<!deels )(?<!partly )(?<!partially )(afgekeurd|arbeidsongeschikt\w*))\b")
STILL_JOB = _rx(r"\b(nog|still)\s+(in\s+dienst|employed|(een|a|his|her|zijn|haar)\s+(\w+\s+)?(contract|baan|job))\b",
                r"\bstill\s+(has|have|got)\s+(a|his|her|my|their)\s+(\w+\s+)?(contract|job|position)\b",
                r"\b(heeft|has)\s+(nog|still)\s+(een|a|his|her|zijn|haar)\s+(\w+\s+)?(contract|baan|job)\b")
# Away from work, the words do not say whether the job goes on: "off work since january", "zit
# thuis", "thuis van zijn werk", "home from work with his back"
OFF_WORK = _rx(r"\b(off|away\s+from|home\s+from|absent\s+from)\s+work\b",
               r"\bthuis\s+van\s+(zijn|haar|het|mijn)\s+werk\b", r"\bzit\s+(\w+\s+){0,2}thuis\b",
               r"\bziek\s+thuis\b", r"\bthuis\s+zitten\b",
               r"\buit\s+de\s+(running|roulatie)\b", r"\bout\s+of\s+action\b", r"\buitgevallen\b",
               r"\b(hasn'?t|has\s+not|haven'?t|have\s+not|hasnt)\s+(been\s+)?(able\s+to\s+)?work(ed|ing)?\b")
JOB_LOST = _rx(
    r"\bcontract\s+(is\s+|was\s+|has\s+)?(ended|expired|ran\s+out|run\s+out|stopped|afgelopen|beeindigd|gestopt|"
    r"niet\s+verlengd|not\s+(been\s+)?renewed)\b", r"\blost\s+(my|his|her|the)\s+job\b", r"\bontslagen\b",
    r"\b(fired|laid\s+off|made\s+redundant|let\s+go|dismissed|sacked)\b", r"\buit\s+dienst\b",
    # "verloor zijn baan", "haar werk verloren", "baan kwijtgeraakt", "the company went bankrupt"
    rf"\bverloor\s+{_POSS}\s+(baan|werk|job)\b", r"\b(baan|werk|job)\s+(\w+\s+)?(verloren|kwijt\w*)\b",
    r"\b(company|business|firm|employer|bedrijf|zaak|werkgever)\s+(\w+\s+){0,2}(bankrupt|failliet|bust|"
    r"closed\s+down|gesloten|opgeheven)\b",
    r"\b(no\s+longer|not)\s+employed\b", r"\bno\s+longer\s+(in|has|have)\s+(a\s+|any\s+)?(job|work|employment)\b", r"\b(baan|werk)\s+kwijt\b", r"\bgeen\s+(baan|werk)\s+meer\b",
    r"\bno\s+(job|work)\s+(at\s+all|anymore|any\s+more)\b", r"\bno\s+longer\s+(have\s+a|has\s+a)\s+job\b",
    # the job itself came to an end, with words between: "mijn tijdelijk contract is in de zomer
    # afgelopen", "my fixed-term job ended in May", "haar baan liep in maart af"
    r"\b(contract|baan|job|dienstverband|aanstelling|arbeidscontract|werk)\s+(is|was|has|had|werd|got)?\s*"
    r"(\w+\s+){0,4}?(afgelopen|beeindigd|opgehouden|gestopt|opgezegd|voorbij|ended|expired|stopped|finished|"
    r"terminated|ran\s+out|over|niet\s+verlengd|not\s+(been\s+)?renewed|(n'?t|not)\s+(get\s+)?renewed)\b",
    r"\b(contract|baan|dienstverband)\s+liep\s+(\w+\s+){0,3}af\b",
    r"\b(without|zonder)\s+(a\s+|een\s+)?(job|baan)\b", r"\bgeen\s+(baan|job)\b", r"\bno\s+job\b",
    r"\b(werkloos|unemployed)\b",
)


PAST_ILL = gre.compile(r"\b(na|after)\s+(?:(?!(got|get|became|become|werd|fell|raakte|kreeg|is|was|has|had|"
                      r"heeft|he|she|hij|zij|ze|my|mijn|his|her|zijn|haar)\b)\w+\s+){0,4}(ziek\w*|ill\w*|"
                      r"sick\w*|burn\s*-?\s*out|depressie|depression)\b(\s+(with|met)\s+(een\s+|a\s+)?[\w-]+)?|"
                      r"\b(hersteld|recovered)\s+(van|from)\s+\w+")


def _apply_person(person: Person, clause: str) -> None:
    person.mentioned = True
    clause = CHILD_ILL_PHRASE.sub(" ", clause)
    clause = WORKPLACE.sub(" werk ", clause)
    clause = HOSPITAL_VISIT.sub(" ", clause)
    if DETENTION.search(clause):
        person.detention = True
    if WLZ.search(clause):
        person.wlz = True
    if HOSPITAL.search(clause):
        person.hospital = True
    # "I can't keep calling in sick": days off from a job to care, not an illness
    body = gre.sub(r"\bcall(ed|ing|s)?\s+in\s+sick\b", " ", clause)
    # an illness that is over: "weer een baan na een jaar ziek thuis", "back at work after a year ill"
    body = PAST_ILL.sub(" ", body)
    # an illness denied: "I have no illness or anything", "ik ben niet ziek"
    body = gre.sub(r"\b(no|geen|not|niet|never|nooit)\s+((\w+\s+)?(an?\s+)?)(illness|ziekte|ill|ziek|sick|"
                  r"disease|condition)\b", " ", body)
    if ILL.search(body) or ILL_MENTAL.search(body) or ADDICTION.search(body) \
            or DISABILITY.search(body) or OVERLOAD.search(body) or UNFIT.search(body):
        person.ill = True
    question = NOT_WORK_QUESTION.search(clause)
    if STILL_EMPLOYED.search(clause):
        person.has_job = True
    unfit = UNFIT_BENEFIT.search(clause) and not STILL_JOB.search(clause)
    person.unfit = person.unfit or bool(unfit)
    person.still_job = person.still_job or bool(STILL_JOB.search(clause))
    if JOB_LOST.search(clause) or GONE_FOR_GOOD.search(clause):
        person.job_lost = True
    # ("weer een baan na een jaar ziek thuis": an absence that is over is no absence now)
    off = OFF_WORK.search(body) and not GONE_FOR_GOOD.search(clause)
    # a route to work is what the parent does now; being out of work or on benefits is why
    # ("started a re-integration trajectory after a long time unemployed", "zit in de bijstand
    # en volgt een traject naar werk"): it counts for kinderopvangtoeslag (domain.md)
    route_now = ROUTE.search(clause) and not _NO_ROUTE.search(clause)
    if route_now and not (STUDY.search(clause) and not question):
        person.activity = Activity.route_to_work
    elif NOT_WORK.search(clause) or GONE_FOR_GOOD.search(clause) or off or unfit or \
            person.job_lost and JOB_LOST.search(clause):
        person.activity = Activity.none  # (a job that ended is no job: "contract afgelopen")
        person.job_unsure = person.job_unsure or bool(off)
    elif STUDY.search(_PAST_STUDY.sub(" ", clause)) and not question:
        person.activity = Activity.study
    elif ROUTE.search(clause):
        person.activity = Activity.route_to_work
    elif (WORK.search(clause) or EARNS.search(clause) and not HOUSEHOLD.search(clause)) \
            and not question and person.activity is None:
        person.activity = Activity.work


# Words that carry a fact, for one-letter spelling repair ("burnuot", "fulltim", "kanekr").
_FACT_WORDS = tuple("""burnout depressie depressief kanker ziekenhuis gevangenis fulltime parttime
    zwanger verslaafd psychisch chronisch alleenstaand alleenstaande gescheiden werkloos bijstand
    opgenomen hernia psychose angststoornis depressed depression cancer hospital prison pregnant
    divorced unemployed inburgering allebei detentie overspannen husband permanently
    arbeidsongeschikt afgekeurd""".split())


# Real words one letter away from a fact word: never "repaired" ("dementie" is not "detentie").
_REAL_WORDS = frozenset("""dementie dementia kantoor kanten werkloos""".split())


def _repair(p: str) -> str:
    from wizard.chat.index import _one_edit

    def fix(m: re.Match[str]) -> str:
        w = m.group(0)
        if len(w) < 5 or w in _FACT_WORDS or w in _REAL_WORDS:
            return w
        for k in _FACT_WORDS:
            if abs(len(k) - len(w)) <= 1 and k[0] == w[0] and _one_edit(w, k):
                return k
        return w
    return gre.sub(r"[a-z]+", fix, p)


# A grandparent writes about "my daughter" and "my son-in-law": those are the child's parents.
GRANDPARENT = _rx(r"\b(oma|opa|grootmoeder|grootvader|grootouders?|grandma|grandpa|granny|"
                  r"grandmother|grandfather|grandparents?)\b", r"\bklein(kind|kinderen|zoon|dochter)",
                  r"\bgrand(child|children|kids?|son|daughter)\b",
                  # "mijn dochter krijgt smi omdat mijn schoonzoon hartfalen heeft": the writer's
                  # grown-up child and in-law are the parents
                  r"\bschoon(zoon|dochter)\b", r"\b(son|daughter)[\s-]in[\s-]law\b")
# (an in-law names the relation by itself: case notes drop the "mijn": "Schoonzoon heeft ...")
_AS_PARENTS = [
    (gre.compile(r"\b((mijn|m'n|mn|my|our|onze|ons|de|the)\s+)?schoonzoon\b"), " de vader "),
    (gre.compile(r"\b((mijn|m'n|mn|my|our|onze|ons|de|the)\s+)?schoondochter\b"), " de moeder "),
    (gre.compile(r"\b((mijn|m'n|mn|my|our|the)\s+)?son[\s-]in[\s-]law\b"), " the father "),
    (gre.compile(r"\b((mijn|m'n|mn|my|our|the)\s+)?daughter[\s-]in[\s-]law\b"), " the mother "),
    (gre.compile(r"\b(mijn|m'n|mn|my|our)\s+(son|daughter)[\s-]in[\s-]law\b"), " de partner "),
    (gre.compile(r"\b(mijn|m'n|mn|onze|ons)\s+dochter\b"), " de moeder "),
    (gre.compile(r"\b(mijn|m'n|mn|onze|ons)\s+zoon\b"), " de vader "),
    (gre.compile(r"\b(my|our)\s+daughter\b"), " the mother "),
    (gre.compile(r"\b(my|our)\s+son\b"), " the father "),
]


# ("single dad", "alleenstaande moeder" is the writer: not the other parent)
_BARE_MOTHER = gre.compile(r"(?<!mijn )(?<!m'n )(?<!mn )(?<!my )(?<!de )(?<!the )(?<!single )(?<!alleenstaande )"
                          r"\b(moeder|mother|mum|mom|mama|mamma|"
                          r"mummy|mommy)\b")
_ANY_MOTHER = gre.compile(r"(?<!mijn )(?<!m'n )(?<!mn )(?<!my )(?<!single )(?<!alleenstaande )"
                         r"\b(moeder|mother|mum|mom|mama|mamma|mummy|mommy)\b")
_BARE_FATHER = gre.compile(r"(?<!mijn )(?<!m'n )(?<!mn )(?<!my )(?<!single )(?<!alleenstaande )"
                          r"\b(de\s+|the\s+)?(vader|father|dad|papa|pappa|daddy)\b")


# A parent who writes "de man is ziek", "the dad has cancer", "papa ligt in het ziekenhuis" names
# the children's other parent without "mijn": that is the partner (an ex when the writer is
# single). Only a role word that does something ("is", "werkt", "has") counts: "de man van de
# gemeente zei" is nobody of the family.
_OTHER_PARENT = gre.compile(
    r"(?<!mijn )(?<!m'n )(?<!mn )(?<!my )(?<!our )(?<!onze )(?<!ons )(?<!zijn )(?<!haar )(?<!his )"
    r"(?<!her )(?<!'s )(?<!s' )(?<!een )(?<!a )(?<!an )(?<!je )(?<!your )(?<!uw )(?<!kids )(?<!children )"
    r"(?<!kinderen )"
    r"\b(?:de\s+|the\s+)?(?P<w>vader|father|dad|daddy|papa|pappa|man|husband|moeder|mother|mum|mom|"
    r"mummy|mommy|mama|mamma|vrouw|wife)\b(?=\s+(?:is|was|heeft|had|has|ligt|lag|zit|zat|werkt|werkte|"
    r"works|worked|kan|kon|can|could|gaat|moet|must|studeert|studies|doet|does|krijgt|gets|verdient|"
    r"earns|lies|suffers|lijdt|herstelt|recovers|mag|may|is|isn'?t|doesn'?t|can'?t|cannot)\b)")
_FATHER_WORDS = frozenset("vader father dad daddy papa pappa man husband".split())
_WRITER_ROLE = gre.compile(r"\b(ik\s+ben|i'?m|i\s+am)\s+(de|the|een|a)?\s*(vader|father|dad|papa|moeder|"
                          r"mother|mum|mom|mama)\b")
_FIRST_PERSON = gre.compile(r"\b(ik|i|i'm|im|i've|i'd|mijn|my|m'n|mn|we|wij|onze|our)\b")
# A professional or another adult writing about a family: "de moeder" is their client.
_NOT_A_PARENT = gre.compile(
    r"\b(cli[eë]nt\w*|client\w*|social\s+worker|maatschappelijk\s+werk\w*|wijkteam|ib-?er|hulpverlener|"
    r"begeleider|consulent|case\s*manager|casemanager|coach|namens|on\s+behalf|vriendin\s+van|friend\s+of)\b|"
    # a role towards the family ("ik ben de huisarts van", "as her GP"), not the parent's own job
    r"\b(ik\s+ben|i'?m|i\s+am|als|as)\s+(de|het|the|zijn|haar|his|her|hun|their|a|een)\s+(huisarts|gp|doctor|dokter|"
    r"leerkracht|teacher|juf|meester|mentor|verpleegkundige|nurse|buurvrouw|buurman|neighbou?r|vriendin|friend)"
    r"\b(?!\s+(and|en)\s+(i\s+)?(work|werk))")


def _other_parent(p: str) -> str:
    from wizard.chat.third_person import is_third_person

    if not _FIRST_PERSON.search(p) or _NOT_A_PARENT.search(p) or GRANDPARENT.search(p) or is_third_person(p):
        return p
    p = _WRITER_ROLE.sub(lambda m: m.group(1), p)  # "ik ben de vader, de moeder is ziek"
    found = {m.group("w") in _FATHER_WORDS for m in _OTHER_PARENT.finditer(p)}
    if len(found) != 1:
        return p  # nobody, or a mother and a father: the rule below reads those
    repl = " de ex-partner " if SINGLE.search(p) else " de partner "
    return _OTHER_PARENT.sub(repl, p)


def _as_parents(p: str) -> str:
    """In a grandparent's story the grown-up child and the in-law are the parents; in a social
    worker's "moeder ... vader ..." the mother is the client and the father her partner; a
    parent's "the dad", "de man" is the partner."""
    p = _other_parent(p)
    if GRANDPARENT.search(p):  # first, so that "mijn dochter ... de vader" reads as both parents
        for rx, repl in _AS_PARENTS:
            p = rx.sub(repl, p)
    from wizard.chat.third_person import is_third_person

    if _ANY_MOTHER.search(p) and _BARE_FATHER.search(p) and not is_third_person(p):
        p = _BARE_FATHER.sub(" de partner ", _BARE_MOTHER.sub("de moeder", p))
    return p


# A negation of when or how much the parent works, not of having work: "I don't work on sundays",
# "ik werk niet meer fulltime", "hij werkt geen 40 uur meer", "she isn't working nights". The
# parent works; the negation word is dropped before the work and not-work patterns read the text.
_DAYNAME = (r"(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|"
            r"friday|saturday|sunday)(s|en)?")
_DAYPART = (r"(weekend\w*|avond\w*|nacht\w*|ochtend\w*|middag\w*|evenings?|nights?|mornings?|afternoons?|"
            r"night\s+shifts?|late\s+shifts?|diensten|shifts)")
_AMOUNT_WORK = (r"(fulltime|full[\s-]?time|voltijd\w*|zo\s*veel|so\s+much|as\s+much|that\s+much|meer\s+dan|"
                r"more\s+than|\d+\s*(uur|uren|hours?|dagen|days?)|(vijf|vier|five|four|zes|six)\s+(dagen|days)|"
                r"(elke|iedere|alle)\s+dag\w*|every\s+day|all\s+week|de\s+hele\s+week|hele\s+dagen|"
                r"full\s+days|lange\s+dagen|long\s+(days|hours)|overtime|overuren)")
_LIMIT = (rf"((op|on|in|at|during|tijdens|'s)\s+)?((de|het|the)\s+)?({_DAYNAME}|{_DAYPART}|{_AMOUNT_WORK})\b")
_MORE = r"((meer|more|langer|longer|anymore|nog|still)\s+)?"
LIMITED_NEG = _rx(rf"\b(?P<n1>{_NEG}|no\s+longer)\s+{_MORE}{_WORKW}\s+{_MORE}(?={_LIMIT})",
                  rf"\b{_WORKW}\s+(\w+\s+){{0,2}}?(?P<n2>{_NEG}|no\s+longer)\s+{_MORE}(?={_LIMIT})")


def _works_limited(p: str) -> str:
    def drop(m: re.Match[str]) -> str:
        g = "n1" if m.group("n1") else "n2"
        return p[m.start():m.start(g)] + p[m.end(g):m.end()]
    return LIMITED_NEG.sub(drop, p)


# the family's own welfare income: read in the clause reader, which already sets aside hearsay
# ("I read some gemeenten only give it if you're on bijstand") and clauses about anyone ("als je ...")
BIJSTAND = gre.compile(r"\b(bijstand\w*|welfare|social\s+assistance)\b")
_LIVES_ON_BIJSTAND = gre.compile(r"\b(krijgt|krijgen|ontvangt|zit|zitten|leeft|leven|heeft|hebben|gets|get|"
                                r"receives|is\s+on|are\s+on|lives\s+on|live\s+on)\s+(\w+\s+){0,3}"
                                r"(bijstand\w*|welfare|social\s+assistance)\b")


def read_facts(text: str, gemeente: str | None = None) -> Facts:
    """The facts a message gives. `gemeente` (a profile id or name chosen in the UI or with
    --gemeente) is used when the message names none."""
    from wizard.chat.third_person import is_third_person

    f = Facts()
    p = _repair(plain(text))
    f.third = is_third_person(p)  # before the grandparent's "mijn dochter" is read as "de moeder"
    p = _works_limited(_as_parents(_asides_whole(p)))
    f.gemeente = places.mentioned(text) or (places.chosen(gemeente) if gemeente else None)
    _people(f, p)
    _children(f, p)
    _wlz_child(f, p)
    _money(f, p)
    _reasons(f, p)
    for care_type, rx in CARE:
        if rx.search(p):
            f.care_type = care_type
            break
    kinds = {t for t, rx in CARE if rx.search(p)}
    # one care, or several with no kind of their own while the message names only one kind
    one_kind = len(f.cares) == 1 or len(kinds) == 1 and all(x.type is None for x in f.cares)
    for c in f.cares:
        if c.type is None and one_kind:
            c.type = f.care_type
    return f


_ASIDE = gre.compile(r"\(([^()]*)\)")


def _asides_whole(text: str) -> str:
    """A comma inside brackets does not end the clause: "cliënt in de bijstand (alleenstaande
    vader, 2 kinderen 4 en 6) gaat een re-integratietraject doen" is one clause whose subject is
    the client (else "2 kinderen" become the ones who start the route). Numbers in brackets stay
    as they are ("(122 uur x 10,25)")."""
    if "(" not in text:
        return text
    return _ASIDE.sub(lambda m: "(" + gre.sub(r"[,;]\s+", " ", m.group(1)) + ")", text)


# "... en mijn man ook", "and my wife too": the clause before says what this one does too
ALSO = gre.compile(r"^\s*((mijn|m'n|mn|my|de|the|onze|our)\s+)?[\w']+\s+"
                  # "I do too", "she is as well": English repeats the verb as do/is/has
                  r"((do|does|did|am|is|are|was|has|have|can)\s+)?((ook|too|also|as\s+well)(\s+niet|\s+not)?|"
                  r"(don'?t|do\s+not|doesn'?t|does\s+not|am\s+not|'m\s+not|isn'?t|is\s+not)\s+either)\s*$|"
                  # "... and so does my husband", "neither does she", "nor do I"
                  r"^\s*((and|but)\s+)?(so|neither|nor)\s+(do|does|did|am|is|are|was|has|have|can)\s+"
                  r"((mijn|m'n|mn|my|the|our)\s+)?[\w']+\s*$|"
                  # "I work 4 days, same as my wife", "net als mijn man"
                  r"^\s*(the\s+)?(same\s+as|just\s+like|like|net\s+(zo\s+)?als|zoals|hetzelfde\s+als)\s+"
                  r"((mijn|m'n|mn|my|the|our)\s+)?[\w']+\s*$")
# "ik niet", "ik wel", "I don't", "I do": the writer answers the clause before about the other
SHORT_ME = gre.compile(r"^\s*(maar\s+|but\s+|en\s+|and\s+)?(ik|i|me)\s+(?:(?P<neg>niet|not|don'?t|do\s+not)|wel|do|"
                      r"juist\s+wel)\s*$")
SHORT_OTHER = gre.compile(r"^\s*(maar\s+|but\s+|en\s+|and\s+)?(hij|zij|ze|he|she|(mijn|m'n|mn|my)\s+(man|vrouw|partner|"
                         r"husband|wife|vriend|vriendin|boyfriend|girlfriend))\s+(?:(?P<neg>niet(\s+meer)?|"
                         r"not(\s+any\s*more|\s+anymore)?|no\s+longer|doesn'?t|does\s+not|ook\s+niet)|wel|does|ook|too)"
                         # "hij niet meer sinds zijn beroerte": why, after the short answer
                         r"(\s+(sinds|since|door|vanwege|because|due|na|after)\b.*)?\s*$")
PRONOUN_START = gre.compile(r"^\s*(maar\s+|but\s+|en\s+|and\s+|nu\s+|now\s+)?(hij|zij|ze|he|she)\b(?!\s+(zegt|zeggen|"
                           r"says|said|zei|vindt|thinks))")
_HIS_HER = gre.compile(r"^\s*(since|after|sinds|na|door|because\s+of|due\s+to|vanwege)?\s*(his|her|zijn|haar)\s+\w+")
# "zijn contract is gestopt", "haar baan liep af": "zijn" as "his", a statement, not "zijn ze ...?"
_RELATIVE = gre.compile(r"^\s*(who|die|which)\s+(had|has|is|was|heeft|hebben|had|is|was|lijdt|suffers|got|kreeg|"
                       r"werd|became)\b")
_HIS_HER_SAYS = gre.compile(r"^\s*(zijn|haar)\s+\w+\s+(is|was|werd|wordt|heeft|had|zit|zat|ligt|lag|loopt|liep|gaat|"
                           r"ging)\b")
# "since October he's been off work", "sinds oktober zit hij thuis": the pronoun after a time
_HE_SHE_LATER = gre.compile(r"^\s*(sinds|since|after|na|vanaf|from|al|for)\s+(\w+\s+){1,3}?((hij|zij|he|she)('s|\s+(is|was|"
                           r"has|had|heeft|kan|can|can'?t|works?|werkt|zit|ligt))\b|(zit|is|werkt|ligt|heeft|kan|gaat|"
                           r"moet)\s+(hij|zij)\b)")
_HE_SHE_START = gre.compile(r"^\s*(maar\s+|but\s+|en\s+|and\s+|nu\s+|now\s+)?(hij|zij|he|she)(?:'s\b|'d\b|\s+(is|was|werkt|works|"
                           r"heeft|has|had|ligt|zit|kan|can|can'?t|kan\s+niet|studeert|studies|verdient|earns|"
                           r"doesn'?t|does\s+not|isn'?t|werkte|worked|hasn'?t|hasnt|has\s+not|won'?t|will|"
                           r"cannot|cant|could|couldn'?t|lost|got|stopped|gets|gaat|mag|moet|must|lies|"
                           r"stays?|blijft|werd|became|went|no\s+longer|niet|not|never|nooit|ook|too|also|"
                           r"wel|still|nog)\b)")
# What the writer read or heard about others: "I read some gemeentes only give it if you're on
# bijstand", "ik las dat je in de bijstand moet zitten"
REPORTED = _rx(r"\b(i|ik|we|wij)\s+(read|heard|las|lazen|hoorde|hoorden|heb\s+gelezen|heb\s+gehoord|"
               r"have\s+read|have\s+heard|was\s+told|were\s+told)\b")


# A clause that opens as a question ("kan dat via smi", "is pregnancy an illness"): without its own
# subject it tells nothing about the person named before it
QUESTION_START = gre.compile(
    r"^\s*(of\s+|or\s+)?((wat|hoe|waar|wie|waarom|wanneer|welke|what|how|where|who|why|when|which)\b|"
    r"(kan|kun|kunnen|mag|mogen|moet|moeten|krijg|krijgen|heb|hebben|can|could|may|should|must|will|would|"
    r"does|do|did)\s+(dat|dit|het|je|jij|u|we|wij|er|it|this|that|you|we|there|they|smi)\b|"
    r"(is|zijn|telt|tellen|geldt|are|counts?)\s+(?!(ziek|ill|sick|nog|still|al|already|opgenomen|admitted|"
    r"depressief|depressed|zwanger|pregnant|in|op|at|on|niet|not|geen|no|never|nooit|"
    # a state, not a question: "... and is off work for good", "en is afgekeurd"
    r"off|out|signed|permanently|now|nu|unfit|disabled|unemployed|werkloos|afgekeurd|arbeidsongeschikt|"
    r"uit|langdurig|ernstig|zwaar|erg|heel|very|seriously|too|te|long|chronisch|chronically|terminaal|terminally|"
    r"ontslagen|fired|thuis|home|gestopt|sinds|since)\b))")
GENERIC_YOU = _rx(r"\b(when|if|als|wanneer|whether)\s+(you|je|jij|one|someone|iemand|a\s+parent|een\s+ouder)\b")


# The other parent lives apart: "their mum lives in Breda", "has them every other weekend"
_ELSEWHERE = gre.compile(r"\b(lives|living|woont|wonen)\s+(in|elsewhere|ergens\s+anders|apart|somewhere|"
                        r"niet\s+(meer\s+)?bij\s+ons|not\s+with\s+us)\b|\b(every\s+other|om\s+het|elk\s+ander|ieder\s+ander)\s+weekend\b")


def _goes_on(p: str, clause: str) -> bool:
    """Does the clause go on from the one before in the same sentence, after "maar"/"en"/"but"/
    "and", in a sentence that does not ask ("hij was zzp maar is vorig jaar gestopt met zijn
    bedrijf": "is ..." is his story, not a question)?"""
    at = p.find(clause.strip())
    if at < 0:
        return False
    before, after = p[:at].rstrip(), p[at + len(clause.strip()):]
    end = gre.search(r"[.!?\n]", after)
    return bool(gre.search(r"\b(maar|en|but|and)$", before)) and not (end and end.group(0) == "?")


def _people(f: Facts, p: str) -> None:
    from wizard.chat.third_person import read_third

    if f.third:
        read_third(f, p)
        # the family's own bijstand ("she gets social assistance"), not the writer's work there
        # ("klantmanager bijstand")
        f.bijstand = f.bijstand or bool(_LIVES_ON_BIJSTAND.search(p))
        return
    if SINGLE.search(p) or PARTNER_DIED.search(p):
        f.single = True
    # informal writing drops "ik" ("ben ziek, man werkt"): a clause before any subject is the
    # writer's own
    last: str | None = "me"
    third: str | None = None  # the last partner or child named: "hij", "she" point back to it
    explicit = False
    others = bool(PARTNER.search(p) or OWN_KIDS.search(p)) and not SIBLING.search(p)
    # "hij werkt 5 dagen en ik ben ziek": a parent's "he" or "she" before anyone else is named is
    # the other parent
    partner_by_default = bool(ME.search(p)) and not _NOT_A_PARENT.search(p) and not SINGLE.search(p)
    treated: list[str] = []  # clauses about a parent's own day treatment
    # in a story about a parent who is a client, "zij volgt dagbehandeling" is that parent's
    adult_client = gre.search(r"\b(moeder|vader|mother|father|cli[eë]nt\w*|client\w*|mevrouw|meneer)\b", p)
    for clause in _clauses(p):
        by_pronoun = False  # the subject is "hij"/"zij", pointing back
        subject = _subject(clause, last, others)
        own = _subject(clause, None, others) is not None
        if REPORTED.search(clause):
            continue  # "I read some gemeentes only give it if you're on bijstand": hearsay
        if not own and QUESTION_START.search(clause) and not _HIS_HER_SAYS.search(clause) \
                and not (explicit and _RELATIVE.search(clause)) and not _goes_on(p, clause):
            continue  # "... of is zwangerschap geen ziekte?": a question, not the last one's story
        if third and PRONOUN_START.search(clause) and not PARTNER.search(clause):
            # "hij werkt niet kan ik smi": the pronoun in front is the subject, not a later "ik"
            subject, own = third, True  # "mijn vrouw is huisvrouw en ik werk, maar zij heeft kanker"
            by_pronoun = True
        elif third is None and partner_by_default and (_HE_SHE_START.search(clause) or
                                                       _HE_SHE_LATER.search(clause)):
            subject, own = "partner", True
        elif not own and _HIS_HER.search(clause) and not ME.search(clause):
            # "since his accident, my husband ...": the "his" is the partner's, not the writer's
            subject = "partner" if PARTNER.search(p) or HE_SHE.search(p) else None
        if subject is None:
            continue
        if subject in ("partner", "child", "other"):
            third = subject
        if subject == "partner" and gre.search(r"\b(no|geen|zonder|without)\s+(partner|husband|wife|man|"
                                              r"vrouw|vriend|vriendin)\b", clause):
            continue  # "No partner.": there is none
        if _CATEGORY.search(clause):
            continue  # "... or only for couples where one works?": not this family
        if not own and GENERIC_YOU.search(clause):
            continue  # "only when you are sick?": anyone, not the writer
        if not own and not explicit and _GENERIC.search(clause):
            continue  # "do both parents need to be ill?": a question, not the writer's story
        explicit = explicit or own
        last = subject
        if subject == "other":
            continue
        if subject == "child":
            if ILL.search(clause) or HOSPITAL.search(clause) or DISABILITY.search(clause):
                f.child_ill = True
            if WLZ.search(clause):  # "het CIZ heeft haar een indicatie gegeven" after "onze dochter"
                f.child_wlz = True
            if by_pronoun and adult_client and PARENT_TREAT.search(clause):
                treated.append(clause)  # "... terwijl zij dagbehandeling volgt": the mother's
            continue
        if subject == "partner" and PARTNER_DIED.search(clause):
            continue  # nothing about a partner who died is about the household now
        if subject == "partner" and f.single and not gre.search(r"\bex\b", clause) \
                and PARTNER.search(clause) and not _ELSEWHERE.search(clause):
            # ("he is ill" after "he is my ex" is the ex; "their mum lives in Breda" lives apart)
            f.single = None  # "alleen" said about something else; a partner is named
        if subject == "partner" and f.single and _ELSEWHERE.search(clause):
            continue  # the other parent who lives apart is not in the household
        if subject == "partner":
            f.partner_noun = _noun(clause) or f.partner_noun
        if BIJSTAND.search(clause):
            f.bijstand = True  # the writer's or the partner's own bijstand
        person = f.partner if subject == "partner" else f.me
        other = f.me if subject == "partner" else f.partner
        short = SHORT_ME.match(clause) if subject == "me" else SHORT_OTHER.match(clause)
        if short and other.activity is not None:
            # "man werkt, ik niet", "hij werkt niet meer, ik wel": the same verb, said of the writer
            # ("ik werk, hij niet meer sinds zijn beroerte": the reason after it still counts)
            _apply_person(person, clause)
            person.activity = Activity.none if short.group("neg") else Activity.work
            continue
        if ALSO.search(clause):  # "ik werk fulltime en mijn man ook", "my husband is ill and me too"
            if other.activity is not None and person.activity is None:
                person.activity = other.activity
            person.ill = person.ill or other.ill
        _apply_person(person, clause)
        if PARENT_TREAT.search(clause) and not CHILD.search(clause) and (own or subject == "me") \
                and not _PUPIL.search(clause):  # (a pupil an ib-er writes about is no parent)
            person.ill = True  # "ik ga 3 dagen naar dagbehandeling": the parent's own treatment
            treated.append(clause)
    # "both" said in the same clause as the work ("we both work", "wij werken allebei niet"); "kan
    # SMI voor allebei?", "can both go to daycare" are the children
    both = " ; ".join(c for c in _clauses(p) if BOTH.search(c) and (
        WORK.search(c) or NOT_WORK.search(c) or STUDY.search(c) or ROUTE.search(c) or "verdiener" in c))
    if both and NOT_WORK.search(p) and f.me.activity in (None, Activity.none) \
            and f.partner.activity in (None, Activity.none):
        for person in (f.me, f.partner):  # "we are both unemployed"
            person.mentioned, person.activity = True, Activity.none
        f.single = None
    if both and ROUTE.search(both) and not _NO_ROUTE.search(both):
        for person in (f.me, f.partner):  # "me and my husband both do the inburgering course"
            person.mentioned = True
            if person.activity is None:
                person.activity = Activity.route_to_work
        f.single = None
    if both and STUDY.search(p) and not NOT_WORK.search(p) and not WORK.search(p):
        for person in (f.me, f.partner):  # "we are both students"
            person.mentioned = True
            if person.activity is None:
                person.activity = Activity.study
        f.single = None
    if both and (WORK.search(p) or "verdiener" in both) and not NOT_WORK.search(p):
        for person in (f.me, f.partner):
            person.mentioned = True
            if person.activity is None:
                person.activity = Activity.work
        f.single = None
    if STILL_JOB.search(p) and not (f.me.has_job or f.partner.has_job):
        # "hij zit in de ziektewet ... maar is gewoon nog in dienst": a job that goes on, said in a
        # clause without its own subject, is the ill parent's (the one whose work was in doubt)
        ill = [x for x in (f.me, f.partner) if (x.ill or x.hospital) and x.activity != Activity.work]
        if len(ill) == 1 and not ill[0].job_lost:
            ill[0].has_job = ill[0].still_job = True
    for person in (f.me, f.partner):
        if person.keeps_job:  # "she isn't working now": still her job
            person.activity = Activity.work
    if gre.search(r"\b(ex|mijn\s+ex|my\s+ex)\b", p) and f.single:
        f.partner = Person()  # an ex is not in the household
    if CHILD_ILL_PHRASE.search(p):
        f.child_ill = True
    if CHILD_WLZ.search(p):
        f.child_wlz = True
        if f.me.wlz and not ME.search(p.split("wlz")[0][-40:]):
            f.me.wlz = False
        if f.partner.wlz and not PARTNER.search(p.split("wlz")[0][-40:]):
            f.partner.wlz = False
    for clause in treated:
        p = p.replace(clause, " ")
    if CHILD_TREAT.search(p):
        f.child_treatment = True


_NOUNS = {"man": "man", "husband": "man", "echtgenoot": "man", "hubby": "man", "vent": "man",
          "vrouw": "vrouw", "wife": "vrouw", "echtgenote": "vrouw", "vriend": "vriend",
          "boyfriend": "vriend", "vriendin": "vriendin", "girlfriend": "vriendin"}


def _noun(clause: str) -> str | None:
    m = PARTNER.search(clause)
    if not m:
        return None
    for w in gre.findall(r"[a-z]+", m.group(0)):
        if w in _NOUNS:
            return _NOUNS[w]
    return None


_OF_SECONDARY = gre.compile(r"\s*(of|van)\s+(the\s+|de\s+)?(secondary|middelbare|high\s+school|vmbo|havo|vwo)")
# A child said to be at secondary school now (not "goes to secondary school after the summer")
_SECONDARY_CHILD = gre.compile(r"\b(zoon\w*|dochter\w*|kind|sons?|daughters?|oudste|eldest|oldest|jongen|meisje|boy|"
                              r"girl)\b[^.;,]{0,40}?\b(middelbare|secondary|high\s+school|brugklas|vmbo|havo|vwo)\b")
_LATER = gre.compile(r"\b(volgend|next|na\s+de|after\s+the|gaat\s+naar|going\s+to|will|starts?|begint|straks|"
                    r"soon|binnenkort)\b")


def _children(f: Facts, p: str) -> None:
    ages: list[int] = []
    # "2,5 jaar", "1.5": half years are read as the whole year
    p = gre.sub(r"\b(\d{1,2})[,.](5|25|75)\b(?!\s*(euro|eur|€|per\s+uur|an?\s+hour|/))", r"\1", p)
    p = _MONTHS_SHORT.sub(r"\1 maanden", p)
    # "the little one is 2": a child, and "one" is not an age
    p = gre.sub(r"\b(little|older|younger|big|small|eldest|youngest|oldest|middle)\s+ones?\b", "child", p)
    for m in GROUP.finditer(p):
        if m.group(2) and _OF_SECONDARY.match(p[m.end():]):
            continue  # "year 2 of secondary school" is no group of primary school
        g = int(m.group(1) or m.group(3))
        f.children.append(ChildFact(age=g + 3, school=School.primary, group=g))
    for rx in (AGE, KID_AGE):
        for m in rx.finditer(p):
            if rx is AGE and gre.search(r"\b(nog|still|for|al|sinds|since|over|binnen|within|another|afgelopen|"
                                       r"past|last|the|in)\s+$", p[max(0, m.start() - 12):m.start()]):
                continue  # "zit nog 2 jaar vast", "for 2 years": a time, not a child's age
            # whole words: the "twee" inside "tweeling" is no age
            # ("11 (groep 8) and 13": the group in brackets is no age)
            for n in gre.findall(rf"\b{_NUM}\b", gre.sub(r"\([^)]*\)", " ", m.group(0))):
                age = _num(n)
                if age <= MAX_CHILD_AGE and age not in ages:
                    ages.append(age)
    twins = TWINS.search(p)
    twins_months = None
    for m in AGE_MONTHS.finditer(p):
        # a child of months: its age in whole years ("tweeling van 18 maanden" are 1)
        months = _num(next(g for g in m.groups() if g and gre.fullmatch(_NUM, g)))
        ages.append(months // 12 if months < 36 else 0)
        if gre.match(r"(tweeling|twins|drieling|triplets)\b", m.group(0)):
            twins_months = ages[-1]
    grouped = [c for c in f.children if c.group]
    if len(grouped) == 1 and not gre.search(r"\b(kinderen|children|kids|zonen|dochters|sons|daughters)\b", p):
        near = [a for a in ages if abs(a - grouped[0].age) <= 1]
        if len(near) == 1:  # "mijn dochter van 12 zit nog in groep 8": one child, her own age
            grouped[0].age, grouped[0].age_said = near[0], True
    for age in ages:
        for c in f.children:
            if c.group and c.age == age:
                c.age_said = True  # "11 (groep 8)": the age was said too
        if not any(c.age == age for c in f.children):
            f.children.append(ChildFact(age=age, school=School.secondary if age >= 13 and
                                        SECONDARY.search(p) else None))
    if twins or twins_months is not None:  # "een tweeling van 3": two children of that age
        age = twins_months if twins_months is not None else _num(
            next(g for g in twins.groups()[1:] if g and g not in ("jarige", "year-old", "year old")))
        # "een drieling van 2": three
        born = 3 if gre.search(r"\b(drieling|triplets)\b", p) else 2
        if age <= MAX_CHILD_AGE and sum(c.age == age for c in f.children) == 1:
            f.children.extend(ChildFact(age=age) for _ in range(born - 1))
    if not f.children:
        if BABY.search(p):
            f.children.append(ChildFact(age=0))
        elif PEUTER.search(p):
            f.children.append(ChildFact(age=3))
        elif KLEUTER.search(p):
            f.children.append(ChildFact(age=5, school=School.primary))
    elif len(f.children) == 1:
        # "onze baby en onze zoon van 9": a child named by its stage beside one with an age
        # (only when no child of that stage has an age already)
        had = f.children[0].age
        if BABY.search(p) and (had is None or had > 1):
            f.children.append(ChildFact(age=0))
        elif PEUTER.search(p) and (had is None or not 1 <= had <= 3):
            f.children.append(ChildFact(age=3))
    if SECONDARY.search(p):
        for c in f.children:
            if c.age is not None and c.age >= 11 and c.school is None:
                c.school = School.secondary
        if not f.children:
            f.children.append(ChildFact(school=School.secondary))
        elif not any(c.school == School.secondary for c in f.children) and \
                (m := _SECONDARY_CHILD.search(p)) and not _LATER.search(m.group(0)):
            # "zoon in groep 3 en dochter zit op de middelbare school": a child of its own
            f.children.append(ChildFact(school=School.secondary))
    elif PRIMARY.search(p) or (f.care_type == CareType.bso):
        for c in f.children:
            if c.school is None and c.age is not None and 4 <= c.age <= 13:
                c.school = School.primary


# A brother or sister of the child with the Wlz indication ("zijn zusje van 3", "her little brother")
_SIBLING_OF = gre.compile(r"\b(zusje|zus|broertje|broer|zusjes|broertjes|sister|brother|sibling|siblings|"
                         r"andere\s+(kind|kinderen|twee|drie)|other\s+(child|children|kids|two|three)|"
                         r"the\s+others)\b")


def _wlz_child(f: Facts, p: str) -> None:
    """Which child has the Wlz indication: the one whose age is said with it ("onze dochter van 2
    heeft een Wlz-indicatie"). A sibling named with an age ("zijn zusje van 3") is not that child:
    the Wlz gives care to the one child, SMI can still be for the others. The Wlz child's own day
    centre ("kinderdagcentrum") is Wlz care, not youth care under the Jeugdwet."""
    if not f.child_wlz:
        return
    f.child_treatment = False  # the Wlz child's day centre or treatment is Wlz care (B3)
    if not f.children:
        return
    wlz_ages: set[int] = set()
    sibling_ages: set[int] = set()
    for clause in _clauses(p):
        ages = {_num(n) for m in KID_AGE.finditer(clause) for n in gre.findall(rf"\b{_NUM}\b", m.group(0))}
        ages |= {_num(n) for m in AGE.finditer(clause) for n in gre.findall(rf"\b{_NUM}\b", m.group(0))}
        if _SIBLING_OF.search(clause):
            sibling_ages |= ages
        elif gre.search(r"\bwlz\b", clause):
            wlz_ages |= ages
    if not sibling_ages:
        return
    for c in f.children:
        c.wlz = c.age in wlz_ages and c.age not in sibling_ages
    f.child_treatment = False


def _amount(text: str, kind: str) -> Decimal | None:
    from wizard.chat.amounts import read

    return read(text, kind)


_SEGMENTS = gre.compile(r"[.;!?]\s+|,\s+|\s+(?:en|and|plus|maar|but)\s+|\n+")
_NOT_MONEY_AFTER = gre.compile(
    r"^\s*(-\s*)?(jaar|jr|jarig|years?|yrs?|year-old|maanden|months?|dagen|dag|days?|uur|uren|"
    r"hours?|hrs?|weken|weeks?|kinderen|children|kids|kleinkind\w*|grandchild\w*|grandkids?|keer|"
    r"times|x\b|procent|%)")
_PRICE_LEAD = gre.compile(r"(\ba|à|@|tegen|\bat|\bvoor|\bvan|\bfor|\bkost\w*|\bcosts?|"
                         r"\bprijs|\bprice|\btarief|\brate|uurprijs|uurtarief)\s*(€|eur)?\s*$")


_PRICE_WORD_BEFORE = gre.compile(r"(\bkost\w*|\bcosts?|\bprijs|\bprice|\btarief|\brate|uurprijs|uurtarief)"
                                r"\s*(€|eur)?\s*$")


_WORK_HOURS = gre.compile(r"\b(werk|werkt|werken|work|works|working|werkweek)\s+(\w+\s+){0,2}$")


def _hours(seg: str) -> Decimal | None:
    """Hours of care per month in a piece of text."""
    for m in HOURS.finditer(seg):
        if _WORK_HOURS.search(seg[:m.start()]):
            continue  # "ik werk 24 uur per week": a parent's working hours, not hours of opvang
        n = m.group("n")
        value = Decimal(n.replace(",", ".")) if n[0].isdigit() else Decimal(_num(n))
        unit = m.group("unit") or ""
        if unit in ("maand", "month"):
            return value
        if unit in ("week", "wk"):
            return month_hours(value, CENT_HOURS)
        if not unit and value >= 40:  # more than 40 hours is not a week of opvang: a month
            return value
    return None


def _price(seg: str) -> Decimal | None:
    return next(_prices(seg), None)


_CENTS = gre.compile(r"\d[.,]\d\d$")
_BARE_HOUR = gre.compile(r"^\s*(uur|hour|hr|h)\b")


def _prices(seg: str) -> Iterator[Decimal]:
    """The hourly prices in a piece of text, in order."""
    # "van 8.00 tot 18.00", "14.00 till 18.30": clock times, not prices
    clocks = [(t.start(), t.end()) for t in TIME_RANGE.finditer(seg)]
    for m in MONEY.finditer(seg):
        if any(a <= m.start(2) < b for a, b in clocks):
            continue
        after, before = seg[m.end():m.end() + 25], seg[max(0, m.start() - 30):m.start()]
        if not gre.search(r"\d", m.group(0)):
            continue
        if _NOT_MONEY_AFTER.match(after) and not m.group(1) and m.group(3) not in ("euro", "eur", "€") \
                and not (_CENTS.search(m.group(2)) and _BARE_HOUR.match(after)):
            continue  # ("9,50 hour": an amount with cents before "hour" is a price per hour)
        explicit = PER_HOUR.search(after) or PER_HOUR.search(m.group(0)[-8:])
        # "van 3" after a child is an age: a bare whole number needs a price word before it
        small = "," in m.group(2) or "." in m.group(2) or m.group(1) or m.group(3) in (
            "euro", "eur", "€") or _PRICE_WORD_BEFORE.search(before)
        if explicit or small:
            value = _amount(m.group(2), "price")
            if value is not None and Decimal("3") <= value <= Decimal("30"):
                yield value


# The table named by the parent: "de VNG-adviestabel", "VNG tabel voor peuters", "VNG adviestabel
# ouderbijdrage peuters"; or the KOT table ("de tabel van de kinderopvangtoeslag", "KOT-tabel").
FEE_TABLE_VNG = gre.compile(r"\bvng\b[^.;?!|]{0,30}\b(tabel|table|adviestabel|advice\s+table)\b|\badviestabel\b|"
                           r"\bpeuter(tabel|table)\b|\bvng(-|\s)?(advies)?tabel")
FEE_TABLE_KOT = gre.compile(r"\b(kot|kinderopvangtoeslag|toeslag|childcare\s+benefit)(-|\s)?(tabel|table)\b|"
                           r"\b(tabel|table)\s+(van|of)\s+(de\s+|the\s+)?(kot|kinderopvangtoeslag|childcare\s+benefit)\b")
# No income at all: the lowest row of either table ("we hebben geen inkomen", "zero income").
NO_INCOME = gre.compile(r"\b(geen|nul|zero|no)\s+(inkomen|inkomsten|income|earnings)\b|"
                       r"\b(inkomen|income)\s+(is\s+|van\s+|of\s+)?(0|nul|zero|nihil)\b")


def _fee_table(f: Facts, p: str) -> None:
    if FEE_TABLE_VNG.search(p):
        f.fee_table = "vng"
    elif FEE_TABLE_KOT.search(p):
        f.fee_table = "kot"


_TON = gre.compile(r"\b(\d(?:[.,]\d)?)\s*ton\b")


_CHANGE_AFTER = gre.compile(r"\s*(euro|eur)?\s*(more|less|extra|higher|lower|meer|minder|hoger|lager|erbij|"
                           r"eraf|omhoog|omlaag)\b")


_YEAR_AFTER = gre.compile(r"^\s*(euro\s+|eur\s+)?(per\s+|a\s+|each\s+|every\s+|in\s+a\s+|/\s*)?"
                         r"(year|jaar|yr|annum)\b")
_OTHER_CURRENCY = gre.compile(r"(\bgbp|£|\$|\busd|\bdollars?|\bpounds?|\bpond|\brupees?|\binr|\blira)\s*$|"
                             r"^\s*(gbp|usd|dollars?|pounds?|pond|ponden|rupees?|inr|lira)\b")


# The partner's own earnings, said just before the amount ("en mijn man (verdient)", "my wife makes")
_PARTNER_EARNS = gre.compile(r"\b(mijn|m'n|mn|my)\s+(man|vrouw|partner|vriend|vriendin|echtgeno\w*|husband|wife|"
                            r"boyfriend|girlfriend|spouse)\b(?!.*\b(ik|i)\b)[^.;]*$|"
                            r"\b(hij|zij|he|she)\s+(verdient|earns|makes|krijgt|gets)\b[^.;]*$")
# A sentence whose subject is the partner ("Hij is afgekeurd en krijgt een WIA-uitkering van ...")
_PARTNER_SUBJECT = gre.compile(r"\b(hij|zij|he|she|(mijn|m'n|mn|my)\s+(man|vrouw|partner|vriend|vriendin|husband|wife|"
                              r"boyfriend|girlfriend|spouse))\b")
_SELF_SUBJECT = gre.compile(r"\b(ik|i)\b")
# Holiday pay said to come on top of the monthly amounts ("8% vakantiegeld komt er nog bovenop,
# dat zit niet in die bedragen"); not when it is included ("including holiday pay")
_HOLIDAY_ON_TOP = gre.compile(r"\b(\d{1,2})\s*(?:%|procent|percent)\s+(?:vakantiegeld|vakantietoeslag|holiday\s+(?:pay|"
                             r"allowance))\b(?=[^.]*\b(bovenop|erbij|komt\s+er\s+(nog\s+)?bij|niet\s+in|zit\s+er\s+niet|"
                             r"not\s+included|not\s+in|on\s+top|excluding|exclusief|extra)\b)")
_HOLIDAY_IN = gre.compile(r"\b(inclusief|incl\.?|including|included|meegerekend|zit\s+(er\s+)?(al\s+)?in)\b[^.]{0,30}"
                         r"\b(vakantiegeld|holiday\s+(pay|allowance))\b|\b(vakantiegeld|holiday\s+(pay|allowance))"
                         r"\b[^.]{0,20}\b(inclusief|included|meegerekend)\b")
_TOGETHER = gre.compile(r"\b(samen|together|combined|gezamenlijk\w*|in\s+totaal|total|totaal|household|"
                       r"huishouden\w*|joint)\b")


def _income(f: Facts, p: str) -> None:
    if NO_INCOME.search(p) and not gre.search(r"\b(ander|andere|other|extra|eigen|own)\s+(inkomen|income)", p):
        f.income = Decimal("0")
    for m in _TON.finditer(p):  # "ongeveer 2 ton": a ton is 100.000 euro in spoken Dutch
        if INCOME_CTX.search(p[max(0, m.start() - 40):m.end() + 20]):
            f.income = (Decimal(m.group(1).replace(",", ".")) * 100000).quantize(Decimal("1"))
            return
    named_before = False
    whose: list[tuple[bool, Decimal, bool]] = []  # (the partner's, income a year, said a month)
    for m in MONEY.finditer(p):
        after, before = p[m.end():m.end() + 25], p[max(0, m.start() - 40):m.start()]
        value = _amount(m.group(2), "income")
        # "36000 year" is money; "36 year" an age
        a_year = bool(_YEAR_AFTER.match(after)) and value is not None and value >= 1000
        if not gre.search(r"\d", m.group(0)) or (_NOT_MONEY_AFTER.match(after) and not m.group(1)
                                                 and not a_year):
            continue
        if _OTHER_CURRENCY.search(before[-8:]) or _OTHER_CURRENCY.match(after):
            continue  # "GBP 2,000 a month in London": not an income in euro
        if gre.fullmatch(r"20\d\d", m.group(2)) or PER_HOUR.search(after):
            continue
        if value is None:
            continue
        if _CHANGE_AFTER.match(after):
            continue  # "10k more per year", "2000 euro minder": a change, not the income itself
        if m.group(3) in ("k", "duizend", "thousand"):
            clause = gre.split(r"[.?!;]", before)[-1]
            if COST_BEFORE.search(clause) and not INCOME_CTX.search(clause):
                continue  # "kdv is 1.9k a month": what the care costs, not an income
            amount = value * 1000 if value < 1000 else value
            if PER_MONTH.search(after) and amount < 15000:  # "2.3k net a month"
                f.income, f.income_per_month = (amount * 12).quantize(Decimal("0.01")), True
            else:
                f.income = amount
            continue
        monthly = bool(PER_MONTH.search(after)) and not COST_BEFORE.search(before)
        named = INCOME_CTX.search(before) or INCOME_CTX.search(after[:20]) or a_year
        if not named and named_before:
            continue  # an amount a month without an income word does not replace a named income
        if named and not monthly and 500 <= value < 5000 and any(w[2] for w in whose) \
                and not COST_BEFORE.search(before):
            monthly = True  # "my wife earns 3,950 a month and I get a benefit of 1,600 gross"
        if (named or monthly) and value >= 500:
            named_before = named_before or bool(named)
            if monthly and value < 15000:
                f.income, f.income_per_month = (value * 12).quantize(Decimal("0.01")), True
            elif value >= 5000:
                f.income, f.income_per_month = value, False
            else:
                continue
            sentence = gre.split(r"[.!?;]", p[:m.start()])[-1]  # this sentence up to the amount
            partners = bool(_PARTNER_EARNS.search(before)) or bool(
                _PARTNER_SUBJECT.search(sentence) and not _SELF_SUBJECT.search(sentence))
            whose.append((partners, f.income, f.income_per_month))
    # "ik verdien 2.100 per maand en mijn man 2.800 per maand": the toetsingsinkomen is the two
    # together (domain.md); one amount of each, never when the text gives a total itself
    mine = [w for w in whose if not w[0]]
    theirs = [w for w in whose if w[0]]
    if len(mine) == 1 and len(theirs) == 1 and not _TOGETHER.search(p):
        f.income = mine[0][1] + theirs[0][1]
        f.income_per_month, f.income_summed = False, True
        extra = _HOLIDAY_ON_TOP.search(p)
        if extra and mine[0][2] and theirs[0][2] and not _HOLIDAY_IN.search(p):
            # monthly amounts "without the 8% holiday pay": a year's income has it on top
            f.income = (f.income * (100 + Decimal(extra.group(1))) / 100).quantize(Decimal("0.01"))


# "3 days a week 10 hours a day", "2 dagen van 11 uur": days times hours a day (a price's decimal
# point between them, "2 days at 10.50 an hour, 9 hours a day", ends no sentence)
_GAP = (r"(?:(?!\b(?:en|and|plus|maar|but|kind|kinderen|kindje|kindjes|child|children|kids?|oudste|jongste|kleine|youngest|eldest|oldest|"
        r"older|younger|little|baby|zoon\w*|dochter\w*|son|daughter)\b)(?:[^.;]|(?<=\d)\.(?=\d))){0,40}?")
DAYS_HOURS = gre.compile(rf"\b{_DNUM}\s*(?:hele\s+|full\s+|halve\s+|half\s+)?(?:dagen|dag|dagn|dgn|days?|middagen|ochtenden|"
                        rf"mornings?|afternoons?|dagdelen)\b{_GAP}\b"
                        rf"(\d{{1,2}}(?:[.,]\d)?)[\s-]*(?:uur|uren|hours?|hrs?|u|h)\b")


# "9 hours a day, 4 days a week", "11 uur per dag, 2 dagen": hours a day first, then the days
HOURS_DAYS = gre.compile(rf"\b(\d{{1,2}}(?:[.,]\d)?)\s*(?:uur|uren|hours?|hrs?|u|h)\s*(?:per|a|an|each|/)\s*"
                        rf"(?:dag|day)\b[^.;]{{0,25}}?\b{_DNUM}\s*(?:hele\s+|full\s+)?(?:dagen|dag|days?)\b")
# "kdv 10,60 en bso 9,50": a price named after its kind of care
_KIND_PRICE = gre.compile(r"\b(kdv|kinderdagverblijf|dagopvang|bso|buitenschoolse\s+opvang|gastouder\w*|daycare|"
                         r"day\s*care|nursery|creche|after[\s-]school(?:\s+care)?|childminder)\s*(?:is|kost\w*|"
                         r"costs?|:|à|a|at|@|voor|for)?\s*(?:€|eur)?\s*(\d{1,2}[.,]\d{1,2})\b")


def _kind_prices(p: str) -> dict:
    out = {}
    for m in _KIND_PRICE.finditer(p):
        kind = next((t for t, rx in CARE if rx.search(m.group(1))), None)
        value = Decimal(m.group(2).replace(",", "."))
        if kind is not None and Decimal("3") <= value <= Decimal("30"):
            out.setdefault(kind, value)
    return out


# "zelfde prijs", "same rate", "hetzelfde tarief": the price of the care told before
_SAME_PRICE = gre.compile(r"\b(zelfde|dezelfde|hetzelfde|same)\s+(prijs|price|rate|tarief|uurprijs|uurtarief|"
                         r"hourly\s+(rate|price))\b")
_HOURS_TOKEN = gre.compile(r"\buurtoken([a-z])\b")
_NOT_A_DAY = gre.compile(r"^\s*(per|a|an|in\s+de|each|every|/)\s*(week|maand|month|wk)\b")


def _days_as_hours(p: str) -> tuple[str, dict[str, Decimal]]:
    """Days times hours a day ("4 dagen naar het kinderdagverblijf, 10 uur per dag", "9 hours a
    day, 4 days a week") as one token of hours a month, before the text is cut at its commas:
    the days and the hours a day of one child then stay together. Returns the text and the hours
    of each token."""
    spans: list[tuple[int, int, str, Decimal]] = []
    for rx, days_at, hours_at in ((DAYS_HOURS, 1, 2), (HOURS_DAYS, 2, 1)):
        for m in rx.finditer(p):
            per_day = Decimal(m.group(hours_at).replace(",", "."))
            if not Decimal(1) <= per_day <= Decimal(14) or _WORK_HOURS.search(p[:m.start()]) \
                    or _NOT_A_DAY.search(p[m.end():]) or any(a < m.end() and m.start() < b for a, b, _, _ in spans):
                continue
            # the words between (the kind of care) stay, without their commas
            first, second = sorted((days_at, hours_at))
            between = gre.sub(r"(?<!\d),|,(?!\d)", " ", p[m.end(first):m.start(second)])  # (not 10,50)
            hours = month_hours(_dnum(m.group(days_at)) * per_day, CENT_HOURS)
            spans.append((m.start(), m.end(), between, hours))
    told: dict[str, Decimal] = {}
    for n, (start, end, between, hours) in enumerate(sorted(spans, reverse=True)[:26]):
        key = chr(ord("a") + n)
        told[key] = hours
        p = p[:start] + f" uurtoken{key} {between} " + p[end:]
    return p, told


# The length of a day said once for every child's days: "de ene 3 dagen en de ander 2 dagen,
# dagen zijn van 8.00 tot 18.00", "the little one 4 days and the older one 2 days, 10 hour days"
_DAY_LENGTH = gre.compile(r"\b(?P<n>\d{1,2}(?:[.,]5)?)[\s-]*(?:uur|uren|hours?|hrs?|h)[\s-]+(?:dagen|days)\b|"
                         r"\b(?:dagen|days)\s+(?:zijn\s+|are\s+)?(?:of\s+|van\s+)?(?P<m>\d{1,2}(?:[.,]5)?)\s*"
                         r"(?:uur|uren|hours?)\b(?!\s*(?:per|a)\s+(?:week|maand|month))")


def _one_day_length(p: str) -> str:
    """The text with that one length of a day written after each number of days that has none
    ("3 dagen" -> "3 dagen van 10 uur"), and the length itself blanked, so that each child's days
    become that child's hours (_days_as_hours). Unchanged unless exactly one length is told."""
    times = list(TIME_RANGE.finditer(p))
    said = [(m.start(), m.end()) for m in [*_DAY_LENGTH.finditer(p), *times]]
    # ("2 days, 10 hour days": the 10 is the length of every day, not of those 2 alone; "2 dagen,
    # de dagen zijn van 8 tot 18 uur": the 18 is a clock time)
    paired = [(m.start(), m.end()) for rx, at in ((DAYS_HOURS, 2), (HOURS_DAYS, 1)) for m in rx.finditer(p)
              if not any(a <= m.start(at) < b for a, b in said)]

    def free(a: int, b: int) -> bool:
        return not any(x < b and a < y for x, y in paired)

    lengths = [(m.start(), m.end(), _day_length(m)) for m in times]
    lengths += [(m.start(), m.end(), Decimal((m.group("n") or m.group("m")).replace(",", ".")))
                for m in _DAY_LENGTH.finditer(p)]
    lengths = [x for x in lengths if free(x[0], x[1])]
    if len({x[2] for x in lengths}) != 1 or not Decimal(1) <= lengths[0][2] <= Decimal(14):
        return p
    days = [m for m in DAYS.finditer(p) if free(m.start(), m.end())
            and not any(a < m.end() and m.start() < b for a, b, _ in lengths)]
    if not days:
        return p
    length = format(lengths[0][2].normalize(), "f")
    edits = [(a, b, " " * (b - a)) for a, b, _ in lengths] + [(m.end(), m.end(), f" van {length} uur")
                                                           for m in days]
    for a, b, text in sorted(edits, reverse=True):
        p = p[:a] + text + p[b:]
    return p


def _seg_days_hours(seg: str) -> Decimal | None:
    """Hours a month from "2 dagen x 11 uur" / "9 hours a day, 4 days" inside one piece of text."""
    for rx, days_at, hours_at in ((DAYS_HOURS, 1, 2), (HOURS_DAYS, 2, 1)):
        m = rx.search(seg)
        if m and not _WORK_HOURS.search(seg[:m.start()]):
            per_day = Decimal(m.group(hours_at).replace(",", "."))
            if Decimal(1) <= per_day <= Decimal(14):
                return month_hours(_dnum(m.group(days_at)) * per_day, CENT_HOURS)
    return None


_CLOCK = r"(?P<{0}half>half\s+)?(?P<{0}h>\d{{1,2}})(?:[.:](?P<{0}m>00|15|30|45))?"
# "van 8 tot 18 uur", "from 8 to 6", "van half 8 tot 1 uur" (half 8 is 7:30), "8 until 1",
# "07:30-13:00"; without "van"/"from" only with a word between or clock times ("2-3" is a count),
# and never a count of days, years or hours ("2 tot 3 dagen", "1 to 2 hours a week")
TIME_RANGE = gre.compile(
    rf"(?:\b(?:van|from)\s+{_CLOCK.format('a')}\s*(?:uur\s*)?(?:tot|to|-|–|until|till)\s*"
    rf"|\b{_CLOCK.format('c')}\s*(?:uur\s*|am\s*)?(?:tot|until|till)\s+"
    rf"|\b(?P<ah2>\d{{1,2}})[.:](?P<am2>00|15|30|45)\s*(?:-|–|tot|to|until)\s*)"
    rf"{_CLOCK.format('b')}\s*(?:uur|h|hrs|o'clock|pm)?\b"
    r"(?!\s*(?:dagen|dag|days?|jaar|years?|maanden|months?|weken|weeks?|kinderen|children|keer|times|"
    r"uur\s+per|uur\s+in|hours?\s+(?:a|per|each)|(?:per|a|in\s+de)\s+(?:week|maand|month)))")


def _day_length(m: re.Match[str]) -> Decimal:
    """The hours from "van 7:30 tot 18:00" (10.5)."""
    def clock(h: str | None, minutes: str | None, half: str | None) -> Decimal:
        value = Decimal(int(h or 0)) + Decimal(int(minutes or 0)) / 60
        return value - Decimal("0.5") if half else value  # "half 8" is half an hour before 8

    first = "a" if m.group("ah") else "c" if m.group("ch") else None
    start = clock(m.group(f"{first}h"), m.group(f"{first}m"), m.group(f"{first}half")) if first \
        else clock(m.group("ah2"), m.group("am2"), None)
    end = clock(m.group("bh"), m.group("bm"), m.group("bhalf"))
    if end <= start and end <= 12:  # "from 8 to 6": six in the evening
        end += 12
    return end - start


# A parent's own working days and hours ("ik werk 3 dagen", "she works full time, 40 hours", "I work
# 4 days from 8 to 5") are not days or hours of opvang, unless the same clause ties them to the
# opvang ("I work 4 days and need daycare for those days").
_WORK_WORD = gre.compile(r"\b(werk|werkt|werken|werkte|werkten|work|works|working|worked|werkweek|baan|job|"
                        r"kantoor|office|\w*diensten|shifts?)\b")
_CARE_OR_CHILD = gre.compile(r"\b(opvang|kinderopvang|kdv|bso|gastouder\w*|daycare|day\s*care|nursery|creche|"
                            r"childcare|childminder|kind\w*|kids?|child\w*|zoon|dochter|son|daughter|baby|peuter|"
                            r"toddler|smi)\b")
_NEW_SUBJECT = gre.compile(r"\b(ik|i|we|wij|hij|zij|ze|he|she|they|mijn|my|onze|our|de|the)\b")
_WORK_AFTER = gre.compile(r"^\s*(per\s+week\s+|a\s+week\s+|in\s+de\s+week\s+|each\s+week\s+)?(werken|werk|"
                         r"aan\s+het\s+werk|op\s+het\s+werk|op\s+kantoor|at\s+work|of\s+work|at\s+the\s+office|"
                         r"in\s+the\s+office)\b")
# "... and need daycare for those days": no child and no number of its own before the care word
_TIED_TO_CARE = gre.compile(r"^(?:(?!\b(kind\w*|kids?|child\w*|zoon\w*|dochter\w*|sons?|daughters?|baby|jongste|"
                           r"oudste|youngest|eldest)\b)[^.;!?,\n\d])*\b(opvang|kinderopvang|kdv|bso|gastouder\w*|"
                           r"daycare|day\s*care|nursery|creche|childcare|childminder)\b")


_FILLER = gre.compile(r"[\s(]*((nog|maar|slechts|alleen|only|just|about|around|ongeveer|zo'?n|still|nu|now)\s+)*")


def _is_work_amount(p: str, start: int, end: int) -> bool:
    after = p[end:end + 40]
    if _TIED_TO_CARE.search(after):
        return False
    if _WORK_AFTER.search(after):
        return True
    window = p[max(0, start - 45):start]
    m = next((x for x in reversed(list(_WORK_WORD.finditer(window)))), None)  # the nearest one
    if m is None or len(window) - m.end() > 30:
        return False
    between = window[m.end():]
    last = between.rsplit(",", 1)[-1] if "," in between else between
    # across a comma only when the amount follows it at once: "works full time, 40 hours",
    # "niet meer fulltime, nog 3 dagen"
    return not gre.search(r"[.;!?\n]", between) and not _CARE_OR_CHILD.search(between) \
        and not _NEW_SUBJECT.search(between) \
        and ("," not in between or _FILLER.fullmatch(last) is not None)


def _mask_work(p: str) -> str:
    """The text with the parent's own working days and hours blanked out."""
    spans = [(m.start(), m.end()) for rx in (DAYS_HOURS, HOURS_DAYS, DAYS, HOURS, TIME_RANGE)
             for m in rx.finditer(p) if _is_work_amount(p, m.start(), m.end())]
    for start, end in sorted(spans, reverse=True):
        p = p[:start] + " " * (end - start) + p[end:]
    return p


# "maandag, dinsdag en donderdag", "mondays, tuesdays and thursdays": that many days (a parent's
# own working days are then blanked with the rest of their work, _mask_work)
_WEEKDAY = gre.compile(r"\b(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|"
                      r"thursday|friday|saturday|sunday)(s|en)?\b")
_WEEKDAY_LIST = gre.compile(rf"(?:{_WEEKDAY.pattern}\s*(?:,|en|and|&|\+|/)\s*)+{_WEEKDAY.pattern}")


# "hours per month: 110, 95, 40 and 40": a list of the children's hours after their unit
_HOURS_LIST = gre.compile(r"\b(?:hours?|uren|uur)\s+(?P<unit>per\s+maand|per\s+month|a\s+month|per\s+week|"
                         r"a\s+week)\s*:?\s*(?P<list>\d{1,3}(?:(?:\s*,\s+|\s+(?:and|en|&)\s+)\d{1,3})+)\b"
                         r"(?![.,]\d)")  # ("uur per maand 10,80 per uur": a price with a decimal comma)
# "jongste 120 uur per maand, middelste 90, oudste 60 uur": a child's number said without its unit
_SIBLING_BARE = gre.compile(r"\b(?:middelste|jongste|oudste|youngest|middle\s+one|oldest|eldest|older\s+one|"
                           r"little\s+one|younger\s+one|de\s+andere|the\s+other(?:\s+one)?)\s*(?:\([^)]*\)\s*)?"
                           r"(?P<n>\d{2,3})\b(?!\s*(?:[.,]\d|uur|uren|hours?|hrs?|jaar|years?|maanden|months?|"
                           r"dagen|days?|euro|eur|€|%|per|a\b|p/))")
_HOURS_UNIT = gre.compile(r"\b\d{1,3}\s*(?:uur|uren|hours?|hrs?|u|h)\s*(?:per|a|in\s+de|/)?\s*(?P<u>week|maand|month)\b")


def _with_hours_unit(p: str) -> str:
    """The children's hours written with the unit the message gives them once."""
    p = _HOURS_LIST.sub(lambda m: ", ".join(f"{n} uur {m.group('unit')}"
                                            for n in gre.findall(r"\d+", m.group("list"))), p)
    units = {("week" if u.group("u") == "week" else "maand") for u in _HOURS_UNIT.finditer(p)}
    if len(units) != 1:
        return p
    unit = units.pop()
    # (below 20 it is an age: "jongste 3, oudste 12")
    return _SIBLING_BARE.sub(lambda m: f"{m.group(0)} uur per {unit}" if int(m.group("n")) >= 20
                             else m.group(0), p)


# A child named in a piece; narrower than CHILD, whose "kind\w*", "child\w*" and "peuter\w*" also
# match the care itself ("kinderopvang", "childminder", "peuteropvang")
_A_CHILD_WORD = gre.compile(r"\b(kind|kinderen|kindje\w*|zoon\w*|dochter\w*|jongste|oudste|middelste|baby|peuter|peuters|peutertje|kleuter|kleuters|"
                           r"child|children|kids?|son|daughter|youngest|oldest|eldest|middle|toddler|little\s+one)\b")
# One price for the children named before it: "both at EUR 12,00", "allebei 11,50", "each at"
_EACH = gre.compile(r"\b(both|each|all|allebei|beiden|beide|alle|elk|ieder|same\s+price|zelfde\s+prijs)\b")
# An amount for a number of hours (a month's invoice): "EUR 1.137,50 voor 100 uur", "€900 for 80 hours"
_TOTAL_FOR_HOURS = gre.compile(rf"(?:(?:€|\beur\b|\beuro\b)\s*|(?:factuur|invoice|bill|rekening|nota)\D{{0,30}}?)"
                              rf"(?P<total>{_AMOUNT})\s*(?:,-\s*)?(?:euro\s+)?"
                              # "per maand voor", "every month, that's for", "a month, dat is voor"
                              r"(?:[a-z' ,]{0,30}?(?:maand|month|monthly|maandelijks)\b[a-z' ,]{0,16}?)?"
                              r"\b(?:voor|for|over)\s+(?P<hours>\d{1,3}(?:[.,]\d{1,2})?)\s*(?:uur|uren|hours?|hrs?|h)\b")

# A month's invoice without its hours: "factuur van het gastouderbureau deze maand: 1.020,00"
_INVOICE_TOTAL = gre.compile(rf"\b(?:factuur|invoice|bill|rekening|nota)\b\D{{0,40}}?(?:€\s*)?(?P<total>{_AMOUNT})"
                            r"(?!\s*(?:,-\s*)?(?:euro\s+)?(?:per\s+uur|p/u|an?\s+hour|per\s+hour|/\s*h))")


# Amounts said in words beside "euro" ("tien euro vijftig per uur", "ten euros fifty an hour"):
# 1 to 99 in Dutch and English, read as the figures people would have typed.
_UNITS = {"een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
          "negen": 9, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9}
_TEENS = {"tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
          "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19, "ten": 10, "eleven": 11,
          "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70,
         "tachtig": 80, "negentig": 90, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
         "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_NUMBER_WORD = (r"(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)en(?:twintig|dertig|veertig|vijftig|"
                r"zestig|zeventig|tachtig|negentig)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|"
                r"ninety)[\s-](?:one|two|three|four|five|six|seven|eight|nine)|"
                + "|".join(sorted([*_TENS, *_TEENS, *_UNITS], key=len, reverse=True)) + ")")
_EURO_IN_WORDS = gre.compile(rf"\b({_NUMBER_WORD})\s+euro\b(?:\s+({_NUMBER_WORD})\b)?")


def _number_word(word: str) -> int:
    """1 to 99 said in Dutch or English ("vijfentwintig", "twenty-five")."""
    word = word.replace("-", " ")
    for table in (_UNITS, _TEENS, _TENS):
        if word in table:
            return table[word]
    if " " in word:  # "twenty five"
        tens, unit = word.split()
        return _TENS[tens] + _UNITS[unit]
    unit, tens = word.split("en", 1)  # "vijfentwintig": five and twenty
    return _TENS[tens] + _UNITS[unit]


def _euro_words(p: str) -> str:
    """"tien euro vijftig" -> "10 euro 50"; "elf euro" -> "11 euro"."""
    def figures(m: re.Match[str]) -> str:
        cents = f" {_number_word(m.group(2)):02d}" if m.group(2) else ""
        return f"{_number_word(m.group(1))} euro{cents}"
    return _EURO_IN_WORDS.sub(figures, p)


def _money(f: Facts, p: str) -> None:
    # "10 euro 50 per uur" is 10,50; "euros" and "euro's" are euro
    p = gre.sub(r"\b(euros|euro's)\b", "euro", p)
    p = _euro_words(p)
    p = gre.sub(r"\b(\d{1,2})\s*euro\s+(\d{2})\b(?!\s*(?:euro|uur|uren|hours?|dagen|days?|kinder|kids|jaar|years?|%))",
               r"\1,\2 euro", p)
    p = gre.sub(r"\bp/m\b|\bp\.m\.(?=\s|$)|\bper\s+mnd\b", " per maand", p)
    p = gre.sub(r"\bp/w\b|\bp\.w\.(?=\s|$)", " per week", p)
    # a message typed as a form: "Uren: 80 per kind per maand", "Kinderen: 2", "Prijs: 11,23"
    p = gre.sub(r"\b(?:aantal\s+)?(?:uren|uur|hours|hrs)\s*:\s*(\d{1,3}(?:[.,]\d)?)\b(?!\s*(?:uur|uren|hours?|hrs?)\b)",
               r"\1 uur", p)
    p = gre.sub(r"\b(kinderen|kids|children)\s*:\s*([2-6])\s*(?=[.,;\n]|$)", r"\2 \1", p)
    p = _WEEKDAY_LIST.sub(lambda m: f" {len(_WEEKDAY.findall(m.group(0)))} dagen ", p)
    p = _with_hours_unit(p)
    p = _mask_work(p)
    _income(f, p)
    _fee_table(f, p)
    for m in DAYS.finditer(p):
        f.days_per_week = _dnum(m.group(1))
    if f.days_per_week is not None:
        # "2 dagen van 8 tot 18 uur", "from 8 to 18": a day's opening hours as hours a day
        for m in TIME_RANGE.finditer(p):
            per_day = _day_length(m)
            if Decimal(1) <= per_day <= Decimal(14):
                f.hours_per_week = f.days_per_week * per_day
    for m in DAYS_HOURS.finditer(p):
        per_day = Decimal(m.group(2).replace(",", "."))
        if Decimal(1) <= per_day <= Decimal(14) and not _WORK_HOURS.search(p[:m.start()]):  # a day of opvang, not "4 dagen, 20 uur"
            f.hours_per_week = _dnum(m.group(1)) * per_day
    for m in HOURS_DAYS.finditer(p):
        per_day = Decimal(m.group(1).replace(",", "."))
        if Decimal(1) <= per_day <= Decimal(14) and f.hours_per_week is None \
                and not _WORK_HOURS.search(p[:m.start()]):
            f.hours_per_week = _dnum(m.group(2)) * per_day
    by_kind = _kind_prices(p)
    p = _one_day_length(p)
    said, (p, told) = p, _days_as_hours(p)
    cares: list[Care] = []
    unpriced: list[tuple[CareType | None, Decimal]] = []
    days_only: list[tuple[CareType, Decimal]] = []
    loose_hours = loose_price = None
    # one child's care told over a few comma pieces ("de jongste gaat naar de kdv, 120 uur per
    # maand, € 11,50 per uur, de oudste ..."): a kind, hours and a price gathered until complete
    part_kind = part_hours = part_price = None
    since: list[str] = []  # the pieces since the last child's care: "the two youngest ..."
    waiting: list[tuple[CareType | None, Decimal]] = []  # children's hours told before one price

    def add(care: Care) -> None:
        # ("8,20 per uur voor alle drie. jongste 120 uur, middelste 90, oudste 60": "alle drie" is
        # the price's; each child's own hours follow)
        n = 1 if any(child_hours[at + 1:]) else _subset(" ".join(since))  # (at: the piece read now)
        cares.extend(Care(care.type, care.hours, care.price) for _ in range(n))
        since.clear()

    segments = [seg for seg in _SEGMENTS.split(p) if seg]
    named = _children_named(p)  # ("3 kids, 8,20 voor alle drie": three cares said at once)
    # whether a price is said after each piece (read once, not again for every piece before it)
    priced = [next(_prices(seg), None) is not None for seg in segments]
    price_after = [any(priced[at + 1:]) for at in range(len(segments))]
    # whether a later piece gives a named child's own hours ("middelste 90 uur per maand")
    child_hours = [bool(_A_CHILD_WORD.search(seg) and _HOURS_UNIT.search(seg)) for seg in segments]
    for at, seg in enumerate(segments):
        since.append(seg)
        kind = next((t for t, rx in CARE if rx.search(seg)), None)
        # "2 days of 10 hours a week": days times hours a day, not "10 hours a week"; with two
        # kinds of care each piece has its own days and hours
        tok = _HOURS_TOKEN.search(seg)
        hours = told[tok.group(1)] if tok else _seg_days_hours(seg) or _hours(seg)
        price = _price(seg)
        if price is None and _SAME_PRICE.search(seg):
            # "de peuter 2 dagen, zelfde prijs": the price said last
            price = next((c.price for c in reversed(cares)), None) or part_price or loose_price
        if hours is not None and price is None and kind in by_kind:
            price = by_kind[kind]
        if hours is not None and price is None and part_hours is None and part_price is None \
                and cares and kind in (None, cares[-1].type) and len(cares) < (named or 99) \
                and not price_after[at]:
            # "kdv, 11,23 per uur, de ene 3 dagen en de ander 2 dagen": the one price said before
            # the first child's days is the next child's too, when no other price follows
            add(Care(cares[-1].type, hours, cares[-1].price))
            continue
        if kind is None and hours is not None and price is not None and part_hours is None \
                and part_price is None:
            kind = part_kind  # "the two youngest at the kdv, each 100 hours at 11.10"
        # ("jongste 120 uur, middelste 90, oudste 60 uur. gastouder 8,20 per uur": a piece with only
        # the kind and the price, naming no child, is the price of the hours told before it)
        completes = hours is None and price is not None and part_hours is not None \
            and part_price is None and not _A_CHILD_WORD.search(seg)
        if not completes and (kind is not None and kind != part_kind or hours is not None and price is not None):
            part_kind = part_hours = part_price = None  # another child's care starts here
        if hours is not None and price is None and part_hours is not None and part_price is None:
            # "Emma kdv 180h, Noah kdv 100h, both at EUR 12,00": each child's hours, one price after
            waiting.append((part_kind, part_hours))
        part_kind = kind or part_kind
        part_hours = hours if hours is not None else part_hours
        part_price = price if price is not None else part_price
        # (after one child's care, the next one's may leave its kind unsaid: "de peuter 2 dagen
        # van 10 uur, zelfde prijs")
        if (hours is None or price is None) and part_hours is not None and part_price is not None \
                and (part_kind is not None or cares):
            # ("the older one 90 hours a month, the little one 70 hours, €8.20 per hour": one price
            # after the children's hours, and no other price after it, is theirs all)
            if waiting and (_EACH.search(seg) or not price_after[at]):
                cares.extend(Care(k or part_kind, h, part_price) for k, h in waiting)
                cares.append(Care(part_kind, part_hours, part_price))
                since.clear()
            else:
                add(Care(part_kind, part_hours, part_price))
            waiting.clear()
            part_kind = part_hours = part_price = None
            continue
        if hours is not None and price is not None:
            add(Care(kind, hours, price))
            part_kind = part_hours = part_price = None
        else:
            if hours is not None and kind is not None:
                unpriced.append((kind, hours))
            elif hours is None and kind is not None and (d := DAYS.search(seg)):
                days_only.append((kind, _dnum(d.group(1))))
            loose_hours = loose_hours if hours is None else hours
            loose_price = loose_price if price is None else price
            if kind and cares and cares[-1].type is None:
                cares[-1].type = kind
    if loose_price is None and not cares and (m := _TOTAL_FOR_HOURS.search(said)):
        # "factuur: EUR 1.137,50 voor 100 uur": the invoice's hourly price, exactly (the engine
        # caps it at the maximum hourly price)
        total, hours = _amount(m.group("total"), "income"), Decimal(m.group("hours").replace(",", "."))
        if total is not None and hours > 0 and Decimal("3") <= total / hours <= Decimal("30"):
            loose_hours, loose_price = hours, total / hours
    if loose_hours is None and loose_price is not None and not cares \
            and (m := _INVOICE_TOTAL.search(said)):
        # "factuur deze maand: 1.020,00 en ze rekent 8,50 per uur": the hours the invoice pays for
        total = _amount(m.group("total"), "income")
        if total is not None and total >= 100 and Decimal(1) <= total / loose_price <= Decimal(300):
            loose_hours = (total / loose_price).quantize(Decimal("0.01"))
    if loose_hours is None and f.hours_per_week is not None:
        loose_hours = month_hours(f.hours_per_week, CENT_HOURS)
    if not cares and loose_hours is not None and loose_price is not None:
        cares.append(Care(None, loose_hours, loose_price))
    cares = _spread(said, cares, loose_hours, len(f.children))
    f.cares = cares
    f.unpriced = [u for u in unpriced if cares and u[0] not in {c.type for c in cares}]
    if f.hours_per_week is None:  # (no "10 uur per dag" anywhere that gives those days hours)
        f.days_only = [d for d in days_only if cares and d[0] not in {c.type for c in cares}]
    if cares:
        f.hours_per_month, f.price = cares[0].hours, cares[0].price
    else:
        f.hours_per_month, f.price = loose_hours, loose_price


@dataclass
class Care:
    type: CareType | None
    hours: Decimal
    price: Decimal


# The same hours for every child: "each 80 hours", "80 uur per kind", "allebei 2 dagen", "both go
# 3 days", "twins, 120 hours a month each". Near an amount of care only ("we both work" is no care).
_EACH = gre.compile(r"\b(each|both|allebei|allebij|beiden|beide|elk|ieder|iedere|elke|per\s+(kind|child|kid)|"
                   r"each\s+(child|kid)|apiece)\b")
_AMOUNT_OF_CARE = gre.compile(rf"\b(\d{{1,3}}(?:[.,]\d)?|{_NUM[1:-1]})\s*(uur|uren|hours?|hrs?|dagen|dag|days?)\b")
# How many children the message names: "two children", "2 kids", "onze tweeling", "both kids"
_N_CHILDREN = gre.compile(rf"\b{_NUM}\s+(kinderen|kinders|kindjes|children|kids|kid|kind|child|zonen|dochters|sons|daughters|"
                         r"boys|girls|jongens|meisjes)\b")
_TWO_CHILDREN = gre.compile(r"\b(tweeling|twins|both\s+(kids|children|boys|girls)|beide\s+(kinderen|kids|"
                           r"jongens|meisjes)|(kinderen|kids|children)\s+(\w+\s+)?(allebei|both|beiden))\b")
# one price per group or child: "one group charges 11.23 and the other 11.90", "prices 10,50 and 11,20"
_PRICE_EACH = gre.compile(r"\b(the\s+other|de\s+andere|het\s+andere|andere\s+(groep|kind|locatie)|other\s+(group|"
                         r"child|one|location)|prices|prijzen|tarieven|rates|resp(ectievelijk|ectively)?\.?)\b")


# Some of the children together: "the two youngest", "de twee kleintjes", "both little ones"
_SUBSET = gre.compile(r"\b(two|twee|2|both|beide|three|drie|3)\s+(of\s+the\s+)?(youngest|oldest|eldest|younger\s+ones|"
                     r"older\s+ones|little\s+ones|big\s+ones|kleintjes|kleinsten|jongsten|oudsten|jongste|oudste|kleine|"
                     r"grote|groten|little\s+ones)\b")


def _subset(text: str) -> int:
    """How many children one piece of care is for: 2 for "the two youngest ...", else 1."""
    m = _SUBSET.search(text)
    if not m:
        return 1
    word = m.group(1)
    return 2 if word in ("both", "beide") else _num(word)


def _children_named(p: str) -> int:
    counts = [_num(m.group(1)) for m in _N_CHILDREN.finditer(p) if 2 <= _num(m.group(1)) <= 6]
    if counts:
        return max(counts)
    return 2 if _TWO_CHILDREN.search(p) else 0


# The children together as the subject of the care ("our twins go 3 days", "de kinderen gaan 2
# dagen"), with no one child named in that sentence ("the youngest goes 3 days")
_PLURAL_KIDS = gre.compile(r"\b(twins|tweeling|drieling|triplets|kinderen|kinders|kindjes|kids|children|jongens|meisjes|boys|girls)\b")
_ONE_CHILD = gre.compile(r"\b(zoon\w*|dochter\w*|sons?|daughters?|baby|peuter|jongste|oudste|youngest|eldest|oldest|"
                        r"little\s+one|older\s+one|kleine|grote|middelste|one\s+of\s+them|een\s+van\s+(hen|ze|de))\b")


def _spread(p: str, cares: list[Care], loose_hours: Decimal | None, known: int = 0) -> list[Care]:
    """One set of hours said for several children ("two children, each 80 hours a month; one
    group charges 11.23 and the other 11.90"): a care per child, so that each child gets its own
    estimate and the KOT rule picks the first child. Nothing is added without both the hours and
    a price for every child."""
    if len(cares) > 1:
        return cares
    hours = cares[0].hours if cares else loose_hours
    if hours is None:
        return cares
    kind = cares[0].type if cares else None
    # an each-word in the same sentence as the amount ("wij werken allebei. ..." is the parents)
    each = plural = False
    for m in _AMOUNT_OF_CARE.finditer(p):
        near = gre.split(r"[.;!?\n]", p[max(0, m.start() - 40):m.start()])[-1] + \
            gre.split(r"[.;!?\n]", p[m.start():m.end() + 25])[0]
        each = each or bool(_EACH.search(near))
        sentence = gre.split(r"[.;!?\n]", p[:m.start()])[-1] + gre.split(r"[.;!?\n]", p[m.start():])[0]
        plural = plural or bool(_PLURAL_KIDS.search(sentence)) and not _ONE_CHILD.search(sentence)
    n = _children_named(p) or (known if known >= 2 else 0)
    prices = [x for seg in _SEGMENTS.split(p) if seg for x in _prices(seg)]
    distinct = list(dict.fromkeys(prices))
    if len(distinct) >= 2 and (each or plural or n == len(distinct)) and (n in (0, len(distinct))) \
            and (len(distinct) == len(prices) or _PRICE_EACH.search(p)):
        return [Care(kind, hours, x) for x in distinct]
    if len(distinct) == 1 and (each or plural) and n >= 2:
        return [Care(kind, hours, distinct[0]) for _ in range(n)]
    return cares


# "rehab" after an accident or an operation is rehabilitation, not addiction care
_PHYSICAL = gre.compile(r"\b(accident|ongeluk|injur\w*|letsel|stroke|beroerte|surgery|operati\w*|geopereerd|"
                       r"fractur\w*|gebroken|broke|hernia|knee|knie|hip|heup|spine|spinal|rug|brain)\b")


def _reasons(f: Facts, p: str) -> None:
    out: list[Reason] = []
    if ADDICTION.search(gre.sub(r"\brehab\w*", " ", p) if _PHYSICAL.search(p) else p):
        out.append(Reason.addiction)
    if f.me.ill or f.partner.ill or f.me.hospital or f.partner.hospital or PREGNANT.search(p) \
            and gre.search(r"bedrust|bed\s*rest|complicat|ziek", p):
        out.append(Reason.parent_mental_illness if ILL_MENTAL.search(p) and not ILL.search(p)
                   else Reason.parent_physical_illness)
    if DISABILITY.search(p):
        out.append(Reason.parent_disability)
    if f.child_ill or f.child_wlz:  # a child with a Wlz indication needs long-term care
        out.append(Reason.caring_for_sick_child)
    if CHILD_DEV.search(p):
        out.append(Reason.child_development_at_risk)
    if OVERLOAD.search(p) or WORN_OUT.search(p):
        out.append(Reason.parent_overload)
    if CRISIS_FAMILY.search(p):
        out.append(Reason.family_crisis)
    f.reasons = list(dict.fromkeys(out))
