"""What a chat message asks for, decided before any retrieval. Danger is not here: the safety
net (wizard/chat/safety.py) runs before this, on every message. Order matters: attempts to steer the bot, abuse, requests for
medical or legal advice, gibberish, eligibility questions (handoff to the wizard), off-topic."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from wizard.chat import gated_re as gre
from wizard.chat import text as T
from wizard.chat.per_message import remembered
from wizard.chat.text import any_of as _rx

INJECTION = _rx(
    r"\b(negeer|vergeet)\s+(al\s+)?(je|jouw|alle|de|bovenstaande|vorige)\s+(instructies|regels|opdrachten)",
    r"\bignore\s+(all\s+|any\s+|the\s+|your\s+)?(previous|prior|above|earlier)?\s*(instructions|rules|prompts?)",
    r"\bforget\s+(all\s+|your\s+)?(previous\s+)?(instructions|rules)", r"\bdisregard\s+(all|your|the|previous)",
    r"systee?m\s*-?\s*prompt", r"\bsystem\s*-?\s*prompt", r"\bjailbreak", r"\bdeveloper\s+mode", r"\bdan\s+mode",
    r"\bvanaf\s+nu\s+ben\s+je\b", r"\bje\s+bent\s+nu\s+(een|geen)\b", r"\byou\s+are\s+now\s+(a|an|no|in)\b",
    r"\bfrom\s+now\s+on\s+you\b", r"\bzonder\s+regels\b", r"\bwithout\s+(any\s+)?rules\b",
    r"\bdoe\s+alsof\s+je\b", r"\bpretend\s+(to\s+be|you\s+are)\b", r"\bact\s+as\s+(a|an)\b",
    r"\b(laat|toon|geef)\s+(je|jouw)\s+(instructies|prompt|regels)", r"\b(show|print|reveal|repeat)\s+(me\s+)?(your|the)\s+(instructions|prompt|rules)",
)
ABUSE = _rx(
    r"\bstom(me)?\s+(bot|ding|chatbot|computer)", r"\bwaardeloo?s", r"\bdebiel", r"\bidioot", r"\bsukkel",
    r"\bnutteloos", r"\bkanker\s*(bot|ding|lijer)", r"\bhou\s+je\s+bek", r"\btering", r"\bkut\s*(bot|ding)",
    r"\bfuck", r"\bstupid\b", r"\bidiot", r"\buseless\b", r"\bdumb\b", r"\bpiece\s+of\s+(junk|shit|crap)",
    # ("ik snap er niks van" is the parent who does not understand: only said of the chat)
    r"\b(je|jij|u|bot|chatbot|chat|ding)\s+snapt?\s+er\s+(echt\s+)?niks\s+van",
    r"\bshut\s+up\b", r"\byou\s+suck\b", r"\bthis\s+bot\s+sucks",
)
MEDICAL = _rx(
    r"\blaten\s+testen\s+op\b", r"\btesten\s+op\s+(autisme|adhd|add)", r"\b(test(ed)?|screen(ed)?)\s+for\s+(autism|adhd)",
    r"\bwelke\s+(medicijnen|medicatie|pillen)", r"\b(which|what)\s+(medicine|medication|pills|drugs)\b",
    r"\bhoeveel\s+(mg|milligram)", r"\bdosis\b", r"\bdosage\b", r"\bbijwerking", r"\bside\s+effects?\b",
    r"\bis\s+(dit|dat|het)\s+(autisme|adhd|depressie)\b", r"\bheeft\s+(hij|ze|zij|mijn\s+\w+)\s+(autisme|adhd)\b",
    r"\b(does|do)\s+(he|she|my\s+\w+)\s+have\s+(autism|adhd|depression)\b", r"\bis\s+(this|that|it)\s+(autism|adhd|depression)\b",
    r"\bhoe\s+(kom|genees|behandel)\s+ik\b.*\b(van|mijn)\b.*\b(af|depressie|burnout|burn-out|angst)",
    r"\bhow\s+(do|can)\s+i\s+(cure|treat|get\s+rid\s+of)\b", r"\bdiagnos(e|is)\s+(stellen|geven|me)\b",
    r"\bwat\s+(is|zijn)\s+(de\s+)?(symptomen|behandeling)\b", r"\bwhat\s+(are\s+the\s+symptoms|is\s+the\s+treatment)\b",
    r"\bshould\s+i\s+(see|take)\s+(a\s+)?(doctor|medication|pills)",
    r"\bmoet\s+ik\s+(naar\s+de\s+dokter|medicijnen|pillen)",
    # a child's symptoms: "rode vlekjes en koorts, is dat waterpokken?", "a rash, is it measles?"
    r"\b(is\s+(dat|dit|het)|could\s+(it|this)\s+be|is\s+(it|this))\s+(\w+\s+)?(waterpokken|chickenpox|mazelen|measles|"
    r"roodvonk|scarlet\s+fever|griep|flu|eczeem|eczema|allergie|allergy|krentenbaard|impetigo)\b",
    # (only the bare question: "moet ik naar de huisarts voor een verklaring?" is about SMI)
    r"\bmoet\s+ik\s+(\w+\s+)?naar\s+de\s+(huisarts|dokter|spoedpost)\s*\?\s*$",
)
# "Is that normal?" asks for a medical opinion only when the message is not about SMI, the
# gemeente or an application ("10 weeks and no decision yet, is that normal?").
MEDICAL_NORMAL = _rx(r"\bis\s+(dit|dat|het)\s+normaal\b", r"\bis\s+(this|that|it)\s+normal\b")
LEGAL = _rx(
    r"\bwin(nen)?\b.*\b(rechter|rechtszaak|court|case|zaak)\b", r"\b(rechter|court|case|zaak)\b.*\bwin(nen)?\b",
    r"\brechtszaak", r"\baanklagen\b", r"\bdagvaard", r"\bsue\b", r"\bsuing\b", r"\blawsuit",
    r"\bbreak\s+the\s+law\b", r"\bbroke\s+the\s+law\b", r"\billegal(ly)?\b", r"\bonwettig", r"\bin\s+strijd\s+met\s+de\s+wet",
    r"\bjuridisch\s+advies", r"\blegal\s+advice", r"\badvocaat", r"\blawyer\b", r"\bhoger\s+beroep", r"\bappeal\s+to\s+(the\s+)?court",
)
# "ik ben advocaat", "my wife works as a lawyer": a job told in a story asks for no legal advice
_OWN_ROLE = gre.compile(
    r"\b(ben|is|zijn|am|are|was|werk\w*\s+als|works?\s+as|working\s+as|i'?m|she'?s|he'?s)\s+"
    r"(een\s+|a\s+|an\s+)?(\w+\s+)?(advocaat|advocate|lawyer|attorney|jurist|solicitor)\b")
HANDOFF = _rx(
    r"\bin\s+aanmerk\w*", r"\baanmerkng", r"\brecht\s+op\s+(de\s+)?smi\b", r"\bheb\s+ik\s+recht\b",
    r"\brecht\s+(heb|hebben|hebt|heeft)\s+op\s+(de\s+)?smi\b",
    # "(weten) of ik smi kan krijgen", "whether we can get SMI": eligibility in a subordinate clause
    r"\b(of|whether)\s+(ik|wij|we|i)\s+(\w+\s+){0,2}(smi\s+(kan|kunnen|krijg|krijgen|zou)|(can|could|would)\s+"
    r"(get|receive|have)\s+smi)\b", r"\b(a|any|the)\s+right\s+to\s+smi\b",
    r"\bhebben\s+wij\s+recht\b", r"\bzou\s+de\s+gemeente\s+(ons|mij|me)\s+smi\b",
    r"\buitzoeken\s+of\b", r"\bnagaan\s+of\b", r"\bin\s+mijn\s+situatie\b", r"\bin\s+onze\s+situatie\b",
    r"\bmaak\s+ik\s+kans\b", r"\bqualif(y|ies)\b", r"\beligib", r"\bentitled\b",
    r"\bin\s+my\s+(situation|case)\b", r"\bin\s+our\s+(situation|case)\b",
    r"\bfigure\s+out\s+(if|whether)\b", r"\bcheck\s+(if|whether)\s+(i|we)\b", r"\bdo\s+i\s+have\s+a\s+right\b",
)
# "Can I get SMI?" at the end of a sentence is an eligibility question, unless it asks
# which/how many/how long/when/where ("for what period will I get smi" is a FAQ question).
HANDOFF_WEAK = _rx(
    r"\b(kom|komen|kan|kunnen)\s+(ik|wij|we)\b[^.?!]*\bsmi\s+krijgen\s*[?!.]*$",
    r"\bkrijg\s+(ik|wij|we)\s+(dan\s+)?(wel\s+)?smi\s*[?!.]*$",
    r"\b(can|could|would|will)\s+(i|we|my\s+family)\s+(get|receive)\s+(smi|it)\s*[?!.]*$",
)
# Paying back ("moet ik terugbetalen als ik geen recht had?") is not a question of who qualifies.
REPAY = _rx(r"\bpay\w*\s+(\w+\s+){0,4}back\b", r"\bterug\s*(betal\w*|vorder\w*)", r"\brepay\w*",
            r"\bclaw\s*back\b", r"\b(geld|bedrag)\s+terug\b",
            r"\b(want|ask|claim|take)\w*\s+(\w+\s+){0,4}(money|it|that|smi)\s+back\b", r"\bterug\s*(vragen|eisen)\b")
# Something only the gemeente or a person can do: the status of an application, acting for the
# parent, an appointment. "handoff" means: refer to the gemeente (tests/blind/README.md).
HUMAN = _rx(
    r"\bstatus\s+van\s+(mijn|onze|de)\s+aanvraag", r"\bniks\s+gehoord", r"\bniets\s+gehoord",
    r"\bnog\s+geen\s+(antwoord|reactie|bericht)", r"\bstatus\s+of\s+(my|our)\s+application",
    r"\b(my|our)\s+(smi\s+)?application\b[^.?!]*\b(approved|status|number)",
    r"\bstatus\b[^.?!]*\b(application|aanvraag)", r"\b(application|aanvraag)\b[^.?!]*\bstatus\b",
    r"\bapplication\s+number", r"\bdossiernummer", r"\baanvraagnummer", r"\bzaaknummer",
    r"\bheard\s+nothing", r"\bno\s+(answer|reply)\s+yet",
    r"\bstill\s+(nothing|no\s+(answer|reply|news|word|decision|letter))\b",
    r"\bnog\s+(steeds|altijd)\s+(niets|niks|geen\s+(antwoord|besluit|reactie|brief|bericht))\b",
    r"\b(check|nakijken|kijken|uitzoeken|find\s+out|look\s+up|trace)\b[^.?!]*\b(where|waar|how\s+far|"
    r"hoe\s+ver)\b[^.?!]*\b(application|aanvraag)\b",
    r"\b(where|waar)\s+(is\s+)?(my|mijn)\s+(application|aanvraag)\b", r"\bis\s+(mijn|onze)\s+aanvraag\s+(al\s+)?"
    r"(goedgekeurd|afgewezen|binnen|rond)", r"\b(call|phone|ring|email|contact)\s+(the\s+)?(gemeente|"
    r"municipality|council)\s+for\s+me", r"\bfor\s+me\b[^.?!]*\barrange", r"\barrange\b[^.?!]*"
    r"\bfor\s+me", r"\b(bel|mail)\s+(jij|u|je)?\s*(de\s+)?gemeente\s+(voor\s+mij|even)",
    r"\bvoor\s+mij\s+(de\s+gemeente\s+)?(bellen|regelen|aanvragen|opbellen)",
    r"\b(afspraak|appointment)\s+(maken|make|inplannen|book)",
    # "ik wil graag een afspraak", "I'd like an appointment to talk about SMI"
    r"\b(wil|wilt|willen|zou|graag)\b[^.?!]*\b(een\s+)?(afspraak|gesprek)\b(?![^.?!]*\b(bij|met)\s+(de\s+)?"
    r"(opvang|kdv|bso|huisarts|arts|dokter))",
    r"\b(like|want|need)\s+(to\s+(make|book|have|get)\s+)?an?\s+(appointment|meeting)\b",
    r"\bafspraak\b[^.?!]*\b(geven|regelen|inplannen|maken)\b", r"\b(book|make|arrange|get)\s+(me\s+)?(an\s+)?"
    r"appointment\b", r"\b(maak|make|book)\s+(een|an)\s+"
    r"(afspraak|appointment)", r"\bafspraak\s+met\b", r"\bappointment\s+with\b", r"\bspeak\s+to\s+a\s+(person|human)",
    r"\b(met\s+een\s+)?mens\s+(spreken|praten)", r"\bvia\s+deze\s+chat\s+(aanvragen|indienen)",
    r"\bapply\s+for\s+me\b", r"\bapply\s+(\w+\s+){0,5}for\s+(me|us)\b",
    r"\b(zet|maak)\s+(\w+\s+){0,2}(aanvraag|formulier)\s+(\w+\s+){0,2}klaar\b", r"\bvoor\s+mij\s+aanvragen", r"\bvoor\s+mij\s+(indienen|invullen|versturen)",
    r"\b(iemand|een\s+mens|een\s+medewerker)\b[^.?!]*\bspreken\b", r"\b(talk|speak)\s+to\s+(a\s+)?"
    r"(real\s+)?(person|human|someone|employee)", r"\bbel\s+(mij|me)\b", r"\bcall\s+me\b",
    # "kunt u mij doorverbinden", "connect me to a human advisor", "met een echt persoon bespreken"
    r"\bdoorverbind\w*", r"\b(connect|transfer|put)\s+me\s+(through\s+)?(to|with)\b",
    # (asking to talk to one; "praat ik met een echt persoon?" asks what the chat is)
    r"\bmet\s+(een\s+)?(echt|echte)\s+(persoon|mens|medewerker)\s+(\w+\s+)?(bespreken|praten|spreken)\b",
    r"\b(spreken|praten|bellen)\s+met\s+(een\s+)?(echt|echte)\s+(persoon|mens|medewerker)\b",
    r"\b(to|with)\s+(a\s+)?(real|human)\s+(person|advisor|adviser|agent|being)\b",
    r"\bhuman\s+(advisor|adviser|agent)\b",
    r"\b(formulier|aanvraag)\b[^.?!]*\bontvangen\b", r"\b(form|application)\b[^.?!]*\breceived\b",
    r"\bwhen\s+will\s+i\s+(get|receive)\s+(my|the)\s+(money|payment|decision)",
    r"\bwanneer\s+krijg\s+ik\s+(mijn|het|de)\s+(geld|besluit|beschikking|uitbetaling)", r"\bsubmit\s+(it|my\s+application)\s+for\s+me",
)
# Someone else than the gemeente or the opvang, the one word list for both uses: the house and its
# landlord make a question off-topic (OTHER_TOPIC); any of them, the landlord, an employer, a shop
# or a neighbour, is not the gemeente whose complaint procedure the chat explains
# (wizard/chat/asks.py). An employer or a neighbour alone does not make a story off-topic.
_HOUSING_PARTIES = ("landlord", "verhuurder", "huisbaas", "woningcorporatie")
_OTHER_PARTIES = (*_HOUSING_PARTIES, r"woningbouw\w*", r"neighbou?rs?", "buren", "buurman", "buurvrouw",
                  "werkgever", "employer", "boss", "baas", "winkel", "shop", "store", "airline",
                  "energiebedrijf", r"energy\s+company", "insurer", "verzekeraar")
_HOUSING = "|".join(_HOUSING_PARTIES)
OTHER_PARTY = gre.compile(rf"\b({'|'.join(_OTHER_PARTIES)})\b")
# Topics far from SMI whatever the story around them says: "my daughter gets SMI; what is a good
# soup recipe for her?" asks for a recipe (FAR_TOPIC is read on the asking sentences alone).
_FAR = (
    # the weather, not "als het weer beter gaat" (again)
    r"\bwat\s+voor\s+weer\b", r"\bhoe\s+(is|wordt)\s+het\s+weer\b",
    r"\bhet\s+weer\s+(morgen|vandaag|dit\s+weekend|deze\s+week|in\s+[a-z]+\s*\?)", r"\bweerbericht",
    r"\bweather\b", r"\brecept\b", r"\brecipe", r"\bpoem\b", r"\bgedicht", r"\bcrypto", r"\bbitcoin",
    r"\bfootball", r"\bvoetbal", r"\bwasmachine", r"\bwashing\s+machine", r"\bpizza", r"\brestaurant",
    r"\bjokes?\b", r"\bgrap\b", r"\bgrapje", r"\bmop\b", r"\bmopje", r"\bparkeervergunning", r"\bparking\s+permit",
    r"\bpaspoort\s+verlengen", r"\brenew\s+(my\s+)?passport", r"\brijbewijs", r"\bdriving\s+licen",
    r"\b\w*(soep|soup)\b", r"\b(stoofpot|stew|ovenschotel|casserole|lasagne|taart|cake|koekjes|cookies)\b",
    r"\bvakantie\s+boeken", r"\bcover\s+letter", r"\b(sollicitatie|motivatie)brief", r"\bbedtime\s+story", r"\bverhaaltje", r"\bsprookje", r"\bhoofdstad", r"\bcapital\s+of",
)
# Other questions that use a domain word ("toeslag", "inkomen", "gemeente") but are not about SMI.
OTHER_TOPIC = _rx(
    *_FAR,
    r"\bhuurtoeslag", r"\bzorgtoeslag", r"\bkindgebonden\s+budget", r"\baow\b", r"\bpensioen",
    r"\bpension\b", r"\baangifte", r"\btax\s+return", r"\binkomstenbelasting", r"\bincome\s+tax",
    r"\bsollicitatie", r"\bcover\s+letter", r"\bmotivatiebrief", r"\b(cv|resume)\b",
    r"\bopening\s*(hours|times)\b", r"\bopeningstijden\b",
    r"\b(paspoort|passport|id[\s-]?kaart|identity\s+card)\b",
    # the IND's own procedures (a residence permit for SMI itself is asked with a childcare word)
    r"\b(renew\w*|extend\w*|verleng\w*|apply\s+for|aanvragen)\b[^.?!]*\b(residence\s+permit|verblijfsvergunning|"
    r"visa|visum|naturali[sz]\w*|inburgeringsexamen)\b",
    r"\b(residence\s+permit|verblijfsvergunning|visa|visum)\b[^.?!]*\b(renew\w*|extend\w*|verleng\w*|expir\w*|"
    r"verloopt|verlopen)\b",
    # the house and its landlord (huurtoeslag above): not the gemeente's SMI
    rf"\b({_HOUSING})\b", r"\b(schimmel|mold|mould|lekkage)\b",
    r"\b(open|geopend|closed|gesloten)\b[^.?!]*\b(zaterdag|zondag|saturdays?|sundays?|weekend)\b",
    r"\b(welke|hoeveel|wat\s+voor)\s+(hypotheek|lening)\b", r"\bhypotheek\b[^.?!]*\b(krijgen|afsluiten|"
    r"lenen|oversluiten|berekenen)\b", r"\bmortgage\b[^.?!]*\b(get|borrow|afford|take\s+out)\b",
    r"\bhow\s+much\s+can\s+(i|we)\s+borrow\b",
    r"\bkinderbijslag", r"\bchild\s+benefit\s+\(kinderbijslag", r"\btranslate", r"\bvertaal",
    # contracts with a phone, internet or energy company
    r"\b(phone|mobile|telefoon|mobiel|internet|energie|energy|gas)\s*(contract|abonnement|provider|bundel|plan)\b",
    r"\b(vodafone|kpn|odido|t-mobile|simyo|ziggo|lebara|lycamobile)\b",
    # who keeps the house after a divorce (not the income or the care of the children)
    r"\b(divorce|scheiding|echtscheiding)\b[^.?!]*\b(house|huis|mortgage|hypotheek|boedel|inboedel)\b",
    r"\b(house|huis|mortgage|hypotheek)\b[^.?!]*\b(divorce|scheiding|echtscheiding)\b",
    # presents, treats and parties; a school trip and what school asks parents to pay
    r"\b(cadeau\w*|present|gift|afscheidscadeau\w*|traktatie\w*)\b[^.?!]*\b(juf|juffen|leidsters?|staff|teachers?|"
    r"pm'?ers|leiding|medewerkers)\b", r"\b(ideas?|idee\w*)\s+(for|voor)\s+(a|an|een)\s+(\w+\s+)?(present|gift|cadeau\w*)",
    r"\bschoolreis\w*", r"\bschool\s+trips?\b", r"\bkinderfeest\w*", r"\bbirthday\s+party\b",
    # a referral letter to a doctor or a therapist: the GP's or the professional's own work
    r"\b(referral|verwijs\w*)\s*(letter|brief)\b[^.?!]*\b(psychiat\w*|psycholo\w*|specialist|doctor|dokter|"
    r"arts|ggz|therap\w*|hospital|ziekenhuis)\b",
    r"\b(psychiat\w*|psycholo\w*|specialist|ggz|therap\w*)\b[^.?!]*\b(referral|verwijs\w*)\s*(letter|brief)\b",
    # finding a GP or a dentist who takes new patients (the GP's statement for SMI names SMI)
    r"\b(huisarts\w*|gp|general\s+practitioner|tandarts|dentist|family\s+doctor|doctor|dokter)\b[^.?!]*"
    r"\b(new\s+patients?|nieuwe\s+patie?nten|take\s+(new\s+)?patients?|accepts?\s+(new\s+)?patients?|"
    r"patienten\s+aan|aanneemt|aannemen)\b",
    r"\b(find|vinden|zoek\w*|looking\s+for|know)\s+(a\s+|een\s+)?(new\s+|nieuwe\s+|good\s+|goede\s+)?"
    r"(huisarts|gp|tandarts|dentist|family\s+doctor)\b",
    # Session 11 (h25 dev, own wordings): a pharmacy open at night or on Sunday; a parking or
    # traffic fine (an objection to it is not an objection to an SMI decision)
    r"\b(apotheek|apotheken|pharmacy|pharmacies|chemist|drogist)\b[^.?!]*\b(open|dienst|geopend|opening|hours|"
    r"openingstijden|zondag|sunday|nacht|night|weekend)\b",
    r"\b(parkeerboete|parkeerbon|verkeersboete|bekeuring|parking\s+(fine|ticket)|speeding\s+(fine|ticket)|"
    r"traffic\s+(fine|ticket)|parkeervergunning|parking\s+permit)\b",
)
FAR_TOPIC = _rx(*_FAR)
# Requests the chat cannot answer even though they name childcare: recommending a provider,
# school registration.
NOT_OURS = _rx(r"\b(welke|which)\s+(kinderopvang|opvang|kdv|bso|daycare|nursery|creche|gastouder\w*|"
               r"childminder)\b[^.?!]*\b(beste|best|goede?|good|leukste|nicest)\b",r"\b(beste|best|goede|good|leuke|nice)\s+(kinderdagverblijf|daycare|kdv|bso|creche|nursery|"
               r"gastouder|childminder)\b", r"\brecommend\b", r"\baanraden\b", r"\baanrader",
               r"\b(inschrijven|register|enrol)\b[^.?!]*\bschool\b",
               # bullying at daycare or school is for the provider or the school, not SMI
               r"^(?!.*\b(smi|vergoed\w*|betaal\w*|betalen|pay\w*|toeslag\w*|gemeente|ziek\w*|ill|sick|"
               r"werk\w*|work\w*|aanvra\w*|apply)\b).*\b(gepest|pesten|pest|bullied|bullying|bully)\b",
               # a letter for a job (also a job at a daycare) is not a question about SMI
               r"\b(sollicitatiebrief\w*|motivatiebrief\w*|cover\s+letter|job\s+application\s+letter)\b",
               # a poem or a song about daycare is still not a question about SMI
               r"\b(poems?|gedicht\w*|songs?|liedje\w*|limerick|sprookje\w*|bedtime\s+story|rap\s+about)\b")
# Words that make a message about SMI or childcare whatever else it mentions.
SMI_CORE = _rx(r"\bsmi\b", r"opvang", r"\bkdv\b", r"\bbso\b", r"gastouder", r"childcare",
               r"child\s*care", r"day\s*care", r"daycare", r"nursery", r"kinderdagverblijf",
               r"kinderopvangtoeslag", r"\bkot\b", r"creche", r"childminder", r"indicatie",
               r"(eigen|ouder)\s*bijdrage", r"\bcontribution\b")
WH_WORDS = _rx(r"\b(welke|welk|hoeveel|hoe\s*lang|wanneer|waar|waarom|naast|tegelijk|zonder)\b",
               r"\b(what|which|how|when|where|why|together|both)\b")

# Everyday family words: on their own they do not make a message about SMI ("tips to make my
# baby sleep", "saving money on groceries with kids").
_WEAK_DOMAIN = (
    r"\bkind", r"\bchild", r"\bkids?\b", r"\bbaby", r"zoon", r"dochter", r"\bson\b", r"daughter",
    r"toddler", r"peuter", r"\bschool", r"\bdata\b", r"chat", r"\bkost", r"\bcosts?\b",
    r"betaal", r"betalen", r"\bpay", r"prijs", r"\bprice", r"\bwerk",
    r"\bwork", r"\bziek", r"\bill\b", r"\bsick",
)
_STRONG_DOMAIN = (
    r"\bsmi\b", r"opvang", r"\bkdv\b", r"kinderdagverblijf", r"\bbso\b", r"gastouder", r"toeslag", r"\bkot\b",
    r"gemeente", r"municipal", r"\bcouncil\b", r"childcare", r"child\s*care", r"day\s*care", r"nursery",
    r"childminder", r"creche", r"\bkita\b", r"kinderbetreuung", r"guarderia", r"\bwlz\b", r"jeugd",
    r"peuter(opvang|speel|groep|school)", r"bezwaar", r"indicatie", r"indication", r"basislijn", r"aanvra", r"\bappl(y|ie|ica)", r"hardheid",
    r"leeftijd", r"\bage\s+(limit|range|grens)", r"\bhow\s+old\b",
    r"verleng", r"extension", r"extend", r"bijdrage", r"contribution", r"inkomen", r"income", r"vermogen",
    r"huisarts", r"\bggd\b", r"\bcjg\b", r"wijkteam",
    r"privacy", r"gegevens", r"klacht", r"\bklag", r"\bklaag", r"complain", r"objection", r"beslis", r"decision",
    r"belastingdienst", r"wizard", r"formulier", r"\bforms?\b",
    r"maatschappelijk\s+werk", r"social\s+worker", r"klantmanager", r"uitkering", r"bijstand",
    r"eligib", r"\bqualif", r"in\s+aanmerking", r"aanbod", r"\boffer\b", r"voorliggend", r"voorziening",
    r"beschikking", r"afwijzing", r"\brejection\b", r"\b(chat)?bot\b", r"\brobot\b",
    r"\b(this|deze|de|your|jullie)\s+(tool|site|website|wegwijzer|app|calculator|rekenhulp)\b", r"dagen", r"\bdays?\b", r"\buren\b", r"\bhours?\b",
)
# Words that show the question is about this domain (any supported or common language).
DOMAIN = _rx(*_STRONG_DOMAIN, *_WEAK_DOMAIN)
STRONG_DOMAIN = _rx(*_STRONG_DOMAIN)


@dataclass(frozen=True)
class Intent:
    name: str  # injection, abuse, medical,
    # legal, rephrase, handoff, offtopic, question
    kind: str  # answer | handoff | refuse


@remembered  # asks, compose and facts read the same message in plain form
def plain(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return gre.sub(r"\s+", " ", text.replace("’", "'")).strip()


def is_gibberish(text: str, known: frozenset[str]) -> bool:
    """No recognisable word at all: nothing in the stop lists, the domain or the index vocabulary."""
    ws = gre.findall(r"[a-z]+", plain(text))
    if not ws:
        return True
    from wizard.chat.lang import _WORDS

    vocab = set().union(*_WORDS.values()) | T.STOP_NL | T.STOP_EN
    recognised = [w for w in ws if w in vocab or w in known or T.SYNONYMS.get(w)]
    if recognised or DOMAIN.search(plain(text)):
        return False
    vowelless = sum(1 for w in ws if not gre.search(r"[aeiouy]", w))
    return vowelless > 0 or len(ws) <= 6


@remembered
def classify(text: str, known: frozenset[str] = frozenset()) -> Intent:
    p = plain(text)
    if INJECTION.search(p):
        return Intent("injection", "refuse")
    if ABUSE.search(p) and not DOMAIN.search(gre.sub(r"(chat\s*)?bot|robot", "", p)):  # a frustrated parent with a question gets an answer
        return Intent("abuse", "refuse")
    if MEDICAL.search(p) or MEDICAL_NORMAL.search(p) and not STRONG_DOMAIN.search(p):
        return Intent("medical", "refuse")
    if LEGAL.search(_OWN_ROLE.sub(" ", p)):
        return Intent("legal", "refuse")
    if is_gibberish(text, known):
        return Intent("rephrase", "refuse")
    # (another topic first: "hoe verleng ik mijn paspoort, moet ik een afspraak maken?" is not ours)
    if OTHER_TOPIC.search(p) and not SMI_CORE.search(p) or NOT_OURS.search(p):
        return Intent("offtopic", "refuse")
    if HUMAN.search(p):
        return Intent("human", "handoff")
    if (HANDOFF.search(p) or (HANDOFF_WEAK.search(p) and not WH_WORDS.search(p))) and not REPAY.search(p):
        return Intent("handoff", "answer")  # an eligibility question: the wizard checks it
    # Off-topic is decided after retrieval: no good match and no domain word (see compose.py).
    return Intent("question", "answer")


def asks_far_topic(text: str) -> bool:
    """The sentences that ask (ending in "?", else the last one) ask about something far from SMI
    and name nothing of SMI or childcare themselves: "ze krijgt smi. wat is een goed recept?"."""
    sentences = [s for s in gre.split(r"(?<=[.?!])\s+|\n+", plain(text)) if s.strip()]
    asking = [_DISMISSED.sub(" ", s) for s in
              ([s for s in sentences if s.rstrip().endswith("?")] or sentences[-1:])]
    return any(FAR_TOPIC.search(s) for s in asking) and not any(STRONG_DOMAIN.search(s) for s in asking)


# "forget the childcare thing for a sec, ...": the topic set aside is not what is asked
_DISMISSED = gre.compile(
    r"\b(forget|never\s*mind|vergeet|los\s+van|laat)\s+(about\s+)?(the|de|het|dat|die|that|this|dit)?\s*"
    r"[\w\s-]{0,30}?\b(thing|stuff|ding|gedoe|even|for\s+a\s+(sec\w*|moment|minute|bit)|voor\s+nu|rusten)\b")


def is_domain(text: str) -> bool:
    return bool(DOMAIN.search(plain(text)))


def is_strong_domain(text: str) -> bool:
    """A word of SMI, childcare, the gemeente or applying, not only an everyday family word."""
    return bool(STRONG_DOMAIN.search(plain(text)))
