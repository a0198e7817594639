"""The chat assistant: intents first (crisis always first), then retrieval from the FAQ, then a
gemeente-specific paragraph; every reply carries its sources. Nothing here logs or stores the
question."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache

from wizard.chat import asks as A
from wizard.chat import gated_re as gre
from wizard.chat import gemeente as G
from wizard.chat import intents as I
from wizard.chat import llm, named_schemes, offtopic_learned, safety
from wizard.chat import situation as S
from wizard.chat import text as T
from wizard.chat.facts import read_facts
from wizard.chat.faq import Reply as FixedReply
from wizard.chat.faq import load_responses, source_dict
from wizard.chat.guarantees import REASON_ITEMS, reason_items, refusal_items, worried_items
from wizard.chat.handoff import handoff_link
from wizard.chat.index import Hit, get_index, known_words
from wizard.chat.lang import _WORDS, answer_lang, detect
from wizard.chat.other_languages import with_language_note
from wizard.chat.per_message import one_message
from wizard.chat.situation import money_only, read_situation
from wizard.chat.text import SYNONYMS, undictated

# Tuned on the development questions (see wizard/chat/evaluate.py): below these the bot says it
# is not sure instead of guessing.
MIN_COVERAGE = 0.30
MIN_SCORE = 2.5
# an asking sentence explained this much leads over statements of context (_retrieve)
MIN_COVERAGE_ASKS = 0.40
# A short question that one variant explains almost completely needs less BM25 score.
MIN_COVERAGE_SHORT = 0.80
MIN_SCORE_SHORT = 1.2
# The asking sentence after a story, ending in "?", half explained by one item: enough to lead
# with that item (the reading of the story follows it).
MIN_SCORE_OWN_QUESTION = 1.5
OWN_LANG_BONUS = 1.05  # prefer the index of the answer language on a near tie


@dataclass
class ChatReply:
    kind: str  # answer | handoff | refuse
    answer: str
    sources: list[dict[str, str]]
    intent: str = "faq"  # faq, gemeente, unsure, handoff, offtopic, crisis_*, medical, ...
    lang: str = "nl"  # the reply language: nl, en or "both"
    action: dict[str, str] | None = None  # {"type": "wizard", "lang": .., "gemeente": ..}
    item_id: str | None = None
    score: float = 0.0
    coverage: float = 0.0
    debug: dict[str, object] = field(default_factory=dict)
    crisis: dict[str, object] | None = None  # set by wizard/chat/safety.py: kind, numbers, text
    facts: dict[str, object] = field(default_factory=dict)  # answers-model fields understood
    outcome: dict[str, object] | None = None  # the engine's verdict, when it ran

    def to_json(self) -> dict[str, object]:
        """The public contract: kind, answer, sources, facts (answers-model fields understood);
        outcome when the engine ran; crisis {kind, numbers} on a crisis."""
        out: dict[str, object] = {"kind": self.kind, "answer": self.answer,
                                  "sources": self.sources, "facts": self.facts}
        if self.outcome is not None:
            out["outcome"] = self.outcome
        if self.crisis:
            out["crisis"] = {"kind": self.crisis["kind"], "numbers": self.crisis["numbers"]}
        return out

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def _langs(lang: str) -> tuple[str, ...]:
    return ("nl", "en") if lang == "both" else (lang,)


def _dedupe(sources: list[dict[str, str]]) -> list[dict[str, str]]:
    seen, out = set(), []
    for s in sources:
        if s["ref"] not in seen:
            seen.add(s["ref"])
            out.append(s)
    return out


def _fixed(name: str, lang: str, **fields: str) -> tuple[str, list[dict[str, str]]]:
    reply: FixedReply = load_responses().replies[name]
    texts = []
    for lg in _langs(lang):
        f = {k: (v[lg] if isinstance(v, dict) else v) for k, v in fields.items()}
        texts.append(reply.get(lg).format(**f))
    sources = [source_dict(s, "nl" if lang == "both" else lang) for s in reply.sources]
    return "\n\n".join(texts), sources


def _gemeente_words(profile, lang: str) -> dict[str, str]:
    words = load_responses().words
    out = {}
    for lg in ("nl", "en"):
        out[lg] = (words["the_gemeente"][lg].format(name=profile.name) if profile
                   and not profile.is_basislijn else words["your_gemeente"][lg])
    return out


def _wizard_action(lang: str, gemeente: str | None, facts=None) -> dict[str, str]:
    words = load_responses().words
    lg = "nl" if lang == "both" else lang
    action = {"type": "wizard", "lang": lg, "gemeente": gemeente or "",
              "label": words["wizard_button"][lg]}
    if facts is not None:
        action["link"] = handoff_link(facts, lg)
    return action


def _best(question: str, lang: str, detected: str) -> Hit | None:
    """The best item over both indexes (items are bilingual, so a hit in either index answers)."""
    if detected not in ("nl", "en", "mixed"):  # leave out the other language's function words
        foreign = _WORDS.get(detected, frozenset())
        question = " ".join(w for w in gre.findall(r"[\w'.-]+", question)
                            if w.lower() not in foreign or w.lower() in SYNONYMS)
    drop = detected not in ("nl", "en")
    per_index = [get_index(lg).search(question, k=3, drop_unknown=drop) for lg in ("nl", "en")]
    if not any(per_index):
        return None
    both: dict[str, float] = {}  # each item's evidence in the two indexes together
    for h in (h for found in per_index for h in found):
        both[h.item.id] = both.get(h.item.id, 0.0) + _explains(h, lang)
    # Each index's top hit; two items can score exactly the same in one index (the same words
    # matched), and then the other index decides, not the order in which a library version
    # returns equal scores.
    tops = [h for found in per_index for h in found if h.score > found[0].score - 1e-6]
    best = max(_explains(h, lang) for h in tops)
    return max((h for h in tops if best - _explains(h, lang) < 1e-6),
               key=lambda h: both[h.item.id])


def _explains(h: Hit, lang: str) -> float:
    """How well a hit explains the question: coverage first, score on a near tie, the answer
    language's own index preferred a little."""
    return (h.coverage + 0.02 * h.score) * (OWN_LANG_BONUS if h.lang == lang else 1.0)


def _confident(hit: Hit) -> bool:
    # a short question whose every word one item explains ("what does SMI stand for") needs
    # less BM25 score than a long one
    return (hit.coverage >= MIN_COVERAGE and hit.score >= MIN_SCORE) or \
        (hit.coverage >= MIN_COVERAGE_SHORT and hit.score >= MIN_SCORE_SHORT) or \
        (hit.coverage >= 0.95 and hit.score >= 0.8)


def _off_topic(question: str, hit: Hit | None, limit: float) -> bool:
    """No word of our domain, and the nearest item explains less than `limit` of the question."""
    return not I.is_domain(question) and (hit is None or hit.coverage < limit)


def _only_smi(question: str) -> bool:
    """"Wat is SMI?", "smi??": no topic word besides SMI itself."""
    return get_index("nl").query_tokens(question) == ["smi"] or \
        get_index("en").query_tokens(question) == ["smi"]


def _sentences(question: str) -> list[str]:
    # "hoeveel dagen krijg ik en kan ik verlengen?": a second question joined by "en"/"and"
    # ("In one sentence: is SMI free?": a lead-in before a colon is a part of its own too; a
    # choice joined by "or"/"of" is one question: "is there a deadline, or can I always apply?")
    parts: list[str] = []
    for sentence in gre.split(r"(?<=[.?!:;])\s+|\n+", question):
        pieces = [p.strip() for p in _SECOND_ASK.split(sentence) if p and p.strip()]
        # both halves of "what must we tell them, and what may we not ask?" are asked
        if len(pieces) > 1 and sentence.rstrip().endswith("?"):
            pieces = [p if p.endswith("?") else f"{p}?" for p in pieces]
        parts += pieces
    return parts if len(parts) > 1 else []


_SECOND_ASK = gre.compile(r",?\s+(?:en|and)\s+(?=(?:for\s+|voor\s+)?(?:hoe|wat|kan|kun|mag|moet|"
                         r"wanneer|waar|welke|wie|how|what|can|could|when|where|which|who|do|does|is|are|"
                         r"will)\b)")


# Items that a reasoning reply about the family already covers: adding them would repeat it
# or, worse, send an SMI family to the KOT pages.
SITUATION_ITEMS = frozenset({"wie-kan", "ouder-ziek", "werkende-ouders", "smi-en-kot", "wat-is-kot",
                             "detentie-partner", "wlz-partner", "kind-ziek", "gescheiden"})


# (asked for, not told: "registered at the same address", "words like LRK-nummer")
_CONTACT = gre.compile(r"\b(telefoonnummer|telefoon|(?<![-\w]{3}-)nummer|adres|"
                       r"e-?mailadres|e-?mail|"
                      r"contact\w*|"
                      r"phone|(?<![-\w]{3}-)number|address|email|bereiken|reach)\b(?!\s+(van\s+)?(de\s+)?"
                      r"(kinderopvang|opvang|lrk))")


def _point_title(point: str, lang: str) -> str:
    return S._point(point, lang)


# "What does that mean?" after naming SMI
_WHAT_IS_IT = gre.compile(r"(\bwhat\s+does\s+(that|it|this)\s+mean|\bwhat\s+is\s+(that|it|this)|"
                         r"\bwat\s+betekent\s+(dat|het|dit)|\bwat\s+houdt\s+(dat|het|dit)\s+in|"
                         r"\bwat\s+is\s+(dat|het|dit))(\s+(precies|eigenlijk|exactly|in\s+plain\s+\w+|"
                         r"in\s+simple\s+\w+))?\s*[?.!]*\s*$", re.MULTILINE)


# A sentence that asks something: a second topic is only taken from such a sentence.
_QUESTION = gre.compile(r"\?\s*$|^\s*(wat|hoe|hoeveel|hoelang|wanneer|waar|welke|wie|kan|kun|mag|"
                       r"moet|krijg|is|heb|zijn|what|how|when|where|which|who|can|could|do|does|is|are|"
                       r"will|should|may|must|"
                       # a request in the imperative asks too: "kindly guide how to", "leg uit"
                       r"please|pls|kindly|tell\s+me|explain|guide|help\s+me|show\s+me|let\s+me\s+know|"
                       r"i\s+(need|want|would\s+like)\s+to\s+know|leg\s+(eens\s+)?uit|vertel|"
                       r"ik\s+wil\s+(graag\s+)?weten|graag\s+uitleg)\b", re.IGNORECASE)


# "..., en hoe lang?" / "and for how long?" after a question about SMI: how long SMI lasts
_HOW_LONG_ONLY = gre.compile(r"^\W*(en|and)?\s*(voor\s+|for\s+)?(hoe\s*lang|how\s+long)\s*"
                             r"(dan|then|"
                            r"duurt\s+(het|dat|dit)|does\s+it\s+last|is\s+(it|that)|for)?\W*$",
                            re.IGNORECASE)


_POINTS_BACK = gre.compile(r"\b(dat|dit|die|that|this|it|those)\b", re.IGNORECASE)


def _joined(sentences: list[str]) -> list[str]:
    """A short question that points back ("wat betekent dat?") is read with the sentence before."""
    out: list[str] = []
    for i, s in enumerate(sentences):
        if i > 0 and len(s.split()) <= 5 and _POINTS_BACK.search(s) and not _HOW_LONG_ONLY.match(s):
            s = f"{sentences[i - 1]} {s}"
        out.append(s)
    return out


def _follow_up(sentence: str, lang: str) -> Hit | None:
    if _HOW_LONG_ONLY.match(sentence):
        return Hit(_item("duur", lang if lang in ("nl", "en") else "nl"), MIN_SCORE, 1.0, lang)
    return None


# words of a question that name no topic of their own ("what happens with our SMI now?")
_GENERIC = "smi happens happen now nu gebeurt gebeuren doen do help hulp mean means betekent"


@lru_cache(maxsize=2)
def _generic_tokens(lang: str) -> frozenset[str]:
    """_GENERIC's stems in one index (a fixed word list, not a message: safe to keep)."""
    return frozenset(get_index(lang).query_tokens(_GENERIC))
_CHOICE = gre.compile(r"^(.{8,}?),\s+(?:or|of)\s+\w", re.IGNORECASE | re.DOTALL)


def _alternatives(sentence: str) -> list[str]:
    """The first side of a choice "A, or B?" as a question of its own ("(in one sentence:) is SMI
    free"); the second side only offers the other answer ("of kan ik altijd aanvragen?")."""
    m = _CHOICE.match(sentence.strip())
    if not m:
        return []
    first = m.group(1).split(", ")
    tails = [", ".join(first[i:]) for i in range(len(first))]
    a = next((t for t in tails if _QUESTION.match(t)), None)
    return [a] if a else []


def _retrieve(query: str, lang: str, detected: str) -> tuple[Hit | None, Hit | None]:
    """The best hit over the whole message and over each sentence (a long story is scored per
    sentence, so its length does not lower the confidence), and a second confident hit from
    another sentence for a two-part question."""
    whole = _best(query, lang, detected)
    idx = get_index(lang if lang in ("nl", "en") else "nl")
    # a statement needs two known words, a question one ("kan ik verlengen?")
    parts = _joined(_sentences(query))
    # ("wat kunnen we nu doen?" inside a story names no topic: any item with "doen" explains it,
    # none answers it; the rest of the message says what it is about)
    per = [(s, _follow_up(s, lang) or _best(s, lang, detected)) for s in parts
           if len([t for t in idx.query_tokens(s) if t in idx.idf]) >= (1 if _QUESTION.search(s)
                                                                        else 2)
           and not (len(parts) > 1 and A.WHAT_TO_DO.fullmatch(s.strip(" ?!.").lower()))]
    generic = _generic_tokens(idx.lang)
    # "is SMI free, or do parents pay something?": the first alternative names the subject,
    # when one item explains at least half of it
    for s in parts or [query]:
        for alt in _alternatives(s):
            h = _best(alt, lang, detected)
            if h is not None and h.coverage >= 0.5:
                per.append((alt, h))
    cands = [(query, whole)] + [(s, h) for s, h in per if h is not None]
    # a short statement is context when a sentence asks: "No partner." must not pick the topic
    # of "Single mum here. ... No partner. Does BSO count?"
    asks_some = any(_QUESTION.search(s) for s, _ in per)
    # an asking sentence that one item answers surely leads over any statement of context:
    # "Kindly guide how to write an objection letter. I am not good in Dutch" asks for the letter
    # (a specific one: "what happens with our SMI now?" says too little to set a statement aside)
    asks_surely = any(_QUESTION.search(s) and h is not None and _confident(h)
                      and h.score >= MIN_SCORE
                      and h.coverage >= MIN_COVERAGE_ASKS
                      and len(set(idx.query_tokens(s)) - generic) >= 2
                      for s, h in per)
    # ... and the whole message's hit, when only such a statement brought it, does not lead either
    told_only = {h.item.id for s, h in per if h is not None and not _QUESTION.search(s)} - \
        {h.item.id for s, h in per if h is not None and _QUESTION.search(s)}

    def key(c: tuple[str, Hit | None]) -> float:
        h = c[1]
        if h is None:
            return -1.0
        if c[0] != query and _HOW_LONG_ONLY.match(c[0]):
            return 0.0  # a follow-up ("and for how long?") is the second question, never the first
        # the asking sentence leads; a short statement ("Ik heb smi gekregen.") is context
        bonus = 0.1 if c[0].rstrip().endswith("?") else \
            (-0.15 if c[0] != query and not _QUESTION.search(c[0]) else 0.0)
        if asks_some and c[0] != query and not _QUESTION.search(c[0]) and (
                len(c[0].split()) <= 3 or asks_surely):
            bonus -= 0.5  # a fragment that tells a fact ("No partner.", "Twee kinderen.")
        if asks_surely and c[0] == query and h.item.id in told_only:
            bonus -= 0.5
        # a short sentence of one generic word ("wat kan ik doen?", "how long do I have?")
        # explains itself fully but says little: it leads only with a real score
        sure = _confident(h) and (c[0] == query or h.score >= MIN_SCORE)
        return (h.coverage + 0.02 * h.score + bonus) if sure else h.coverage * 0.5
    ranked = sorted(cands, key=key, reverse=True)
    best = ranked[0][1] if ranked else None
    # a second question: explained well, or asked outright ("...?") with a strong match
    second = next((h for s, h in ranked[1:] if h and best and h.item.id != best.item.id
                   and _confident(h) and s != query and _QUESTION.search(s)
                   and (h.coverage >= 0.8 or h.coverage >= 0.6 and s.rstrip().endswith("?")
                        and h.score >= 1.5 * MIN_SCORE)), None)
    return best, second


def ask(question: str, lang: str | None = None, gemeente: str | None = None,
        use_llm: bool | None = None, force_lang: str | None = None) -> ChatReply:
    """Answer one chat message: the safety net first, always (wizard/chat/safety.py). `lang` is
    the UI language (a hint; the question's language wins), `force_lang` the reply language
    whatever the question's language (`smi ask --lang`); `gemeente` a profile id or gemeente
    name. `use_llm` None = use the optional rephrasing endpoint when it is configured."""
    question = undictated(question or "")  # "... uit punt mijn ... komma ... vraagteken"
    with one_message():  # the asking part etc. read once per message, then dropped
        return _off_topic_learned(question, _ask(question, lang, gemeente, use_llm, force_lang))


# Replies the learned off-topic check may turn into "I can't help with that": an answer from
# retrieval alone (no specific ask found, no family story read, no crisis).
_RETRIEVAL_ONLY = frozenset({"faq", "unsure"})


# Questions about this chat itself ("ben je een robot?") are ours, however short and unlike SMI
_ABOUT_THE_CHAT = frozenset({"over-de-chat", "privacy-chat"})


def _off_topic_learned(question: str, reply: ChatReply) -> ChatReply:
    """The rules' answer, unless it came from retrieval alone and the learned check
    (offtopic_learned.py) reads the message as clearly off-topic."""
    if reply.kind != "answer" or reply.intent not in _RETRIEVAL_ONLY or reply.crisis \
            or {"household", "situation"} & set(reply.facts) or reply.item_id in _ABOUT_THE_CHAT \
            or not offtopic_learned.off_topic(question):
        return reply
    text, sources = _fixed("offtopic", reply.lang)
    return replace(reply, kind="refuse", answer=text, sources=sources, intent="offtopic_learned",
                   action=None, item_id=None, outcome=None)


def _ask(question: str, lang: str | None, gemeente: str | None, use_llm: bool | None,
         force_lang: str | None) -> ChatReply:
    danger = safety.detect_danger(question or "")
    if danger is None:
        reply = _answer(question, lang, gemeente, use_llm, force_lang)
        return safety.with_calm_line(question, reply)  # violence at home that is over
    try:  # the help line must reach the reader even if the SMI part fails
        # never the optional rephrasing endpoint: a message in danger leaves this machine for
        # nobody, and its SMI part is our own checked text
        reply = _answer(safety.smi_part(question), lang, gemeente, False, force_lang)
    except Exception:  # noqa: BLE001
        reply = ChatReply(kind="handoff", answer="", sources=[], intent="crisis")
    return safety.crisis_reply(danger, question or "", lang, reply, force_lang=force_lang)


def _answer(question: str, lang: str | None = None, gemeente: str | None = None,
            use_llm: bool | None = None, force_lang: str | None = None) -> ChatReply:
    """Everything after the safety net: the answer, then the basislijn protection a worry in the
    message is about (wizard/chat/guarantees.py), when the answer does not say it already."""
    reply = _compose(question, lang, gemeente, use_llm, force_lang)
    if reply.kind != "answer" or reply.lang not in ("nl", "en"):
        return reply
    said = reply.answer
    if I.classify(T.strip_courtesy((question or "").strip()[:2000]), known_words()).name == "legal":
        # the SMI question beside "moet ik een advocaat?" was answered (_compose lets a clear ask
        # win over the legal intent); where free legal advice is, after it
        text, sources = _fixed("legal", reply.lang)
        said = f"{said}\n\n{text}"
        reply.sources = _dedupe(reply.sources + sources)
    smi_reading = (reply.outcome or {}).get("route") == "smi"
    asking = A.asking_part(question or "")
    extra = [item_id for _point, item_id in worried_items(question or "", asking)]
    extra += reason_items(reply.facts) if smi_reading else []
    extra += named_schemes.unanswered(asking, said)  # a scheme asked about by name
    # after a refusal, "what can we do?" is answered by the next step first: bezwaar leads
    lead = refusal_items(question or "", asking) if not re.search(
        r"\b(bezwaar|objection|object)\b", said.lower()) else []
    for item_id in dict.fromkeys(lead + extra):
        item = _item(item_id, reply.lang)
        body = item.part(reply.lang).answer
        first = gre.split(r"(?<=[.!?])\s+", body)[0]
        if first in said:
            continue
        said = f"{body}\n\n{said}" if item_id in lead else f"{said}\n\n{body}"
        reply.sources = _dedupe(reply.sources + [source_dict(s, reply.lang) for s in item.sources])
    if reply.item_id in _FEE_ITEMS and not (reply.outcome or {}).get("fee") \
            and A.asks_fee(question or ""):
        # "what would we pay?" answered with how it works: what to add for their own estimate
        told = read_facts(T.strip_courtesy((question or "").strip()[:2000]), gemeente)
        need = S.fee_missing(told, reply.lang)
        if need and need not in said:
            said = f"{said}\n\n{need}"
    reply.answer = said
    return reply


def _compose(question: str, lang: str | None = None, gemeente: str | None = None,
             use_llm: bool | None = None, force_lang: str | None = None) -> ChatReply:
    """The answer itself."""
    # a letter's salutation and closing carry no topic (wizard/chat/text.py)
    question = T.strip_courtesy((question or "").strip()[:2000])
    detected = detect(question, hint=force_lang or lang)
    reply_lang = force_lang if force_lang in ("nl", "en") else \
        answer_lang(detected, question, hint=lang)
    facts = read_facts(question, gemeente)
    one = "nl" if reply_lang == "both" else reply_lang
    place = facts.gemeente
    profile = G.profile_or_none(place.profile_id) if place else None
    gem_id = place.profile_id if place else (gemeente or None)
    named = G.mentioned(question)

    courtesy = T.only_courtesy(question)
    if courtesy is not None:  # "Hoi", "Bedankt!": a friendly word back and what the chat can do
        text, sources = _fixed(courtesy, reply_lang)
        r = ChatReply(kind="answer", answer=text, sources=sources, intent=courtesy, lang=reply_lang)
        r.facts = facts.to_fields()
        return r
    intent = I.classify(question, known_words())
    if intent.name == "question" and I.asks_far_topic(question):
        intent = I.Intent("offtopic", "refuse")  # a story about SMI that asks for a recipe
    asked = A.find_ask(question)
    if asked is not None and asked.name == "moving":
        # "van Utrecht naar Zwolle": the gemeente moved to is the one whose rules now apply
        dest = _destination(question)
        if dest is not None:
            facts.gemeente = place = dest
            profile = G.profile_or_none(place.profile_id)
            gem_id = place.profile_id
    if intent.name == "offtopic" and asked is not None and asked.items and (
            I.SMI_CORE.search(I.plain(question)) or asked.name == "current_income"):
        # "... de aangifte van vorig jaar. Welke moet ik gebruiken?" asks about SMI's income
        intent = I.Intent("question", "answer")
    prefix, prefix_sources = "", []
    if reply_lang == "both":
        prefix, prefix_sources = _fixed("languages", "both")
    prefix = with_language_note(prefix, question, lang, reply_lang)  # tr/ar/pl/uk: one line

    def done(kind: str, text: str, sources: list[dict[str, str]], name: str, **kw) -> ChatReply:
        body = f"{prefix}\n\n{text}" if prefix else text
        r = ChatReply(kind=kind, answer=body, sources=_dedupe(sources + prefix_sources),
                      intent=name, lang=reply_lang, **kw)
        r.facts = facts.to_fields()
        return r

    if intent.name == "medical" and (named or place or _TOLD.search(question.lower())) \
            and I.is_domain(question):
        # "in leiden zeiden ze max 3 dagen en eerst naar de ggd, is dat normaal?" asks about a
        # gemeente's rule, not for a medical opinion
        intent = I.Intent("question", "answer")
    if intent.name == "legal" and asked is not None and asked.kind == "answer" and asked.items:
        # "ik ben het niet eens, wat kan ik doen, moet ik een advocaat?": how to object, then where
        # legal advice is free (the fixed legal reply, added in _answer) instead of only refusing
        intent = I.Intent("question", "answer")
    if intent.name in ("injection", "abuse", "medical", "legal", "rephrase", "offtopic"):
        text, sources = _fixed(intent.name, reply_lang)
        action = _wizard_action(reply_lang, gem_id, facts) if intent.name == "abuse" else None
        return done("refuse", text, sources, intent.name, action=action)

    if asked is not None and asked.name == "act_yes_no" and facts.has_situation \
            and A.only_soft_yes_no(question):
        asked, intent = None, I.Intent("handoff", "answer")  # "krijg ik hulp of niet?"
    if asked is not None and asked.name in ("decision_time", "late") and intent.name == "human":
        intent = I.Intent("question", "answer")  # "still no decision, is that normal?" asks a rule
    if asked is not None and asked.name in ("help_form", "missing_data", "papers") \
            and intent.name == "human":
        intent = I.Intent("question", "answer")  # "can my social worker apply for me?"
    if asked is not None and asked.kind == "handoff":
        # the tool is asked to act: say plainly what it cannot do, then who can
        text, sources = _fixed(asked.reply, reply_lang,
                               gemeente=_gemeente_words(profile, reply_lang))
        local = S.local(facts, S.profile_of(facts), one, None) if place else []
        reading = read_situation(facts, one) if asked.name == "start_check" and \
            facts.has_situation else None
        if reading is not None and reading.route != "ask":
            # what was understood goes with the handoff (the wizard link carries it too)
            text = "\n\n".join([text, reading.text])
            sources += reading.sources
        elif local:
            text = "\n\n".join([text, *local])
            sources += S.local_sources(S.profile_of(facts))
        r = done("handoff", text, sources, asked.name,
                 action=_wizard_action(reply_lang, gem_id, facts))
        r.outcome = reading.outcome if reading is not None and reading.route != "ask" else None
        return r
    if A.asks_form_words(question):
        # "words like toetsingsinkomen and LRK-nummer that I don't get": the words explained,
        # then who can help with the form
        text, sources = _fixed("form_words", reply_lang)
        item = _item("hulp-taal-formulier", one)
        return done("answer", f"{text}\n\n{item.part(one).answer}",
                    sources + [source_dict(s, one) for s in item.sources], "form_words",
                    action=_wizard_action(reply_lang, gem_id, facts))
    if asked is not None and asked.kind == "refuse" and intent.name != "human":
        text, sources = _fixed(asked.reply, reply_lang)
        return done("refuse", text, sources, asked.name)

    if intent.name == "human":
        text, sources = _fixed("human", reply_lang, gemeente=_gemeente_words(profile, reply_lang))
        local = S.local(facts, S.profile_of(facts), one, None) if place else []
        if local:
            text = "\n\n".join([text, *local])
            sources += S.local_sources(S.profile_of(facts))
        return done("handoff", text, sources, "human")

    if place and _CONTACT.search(A.asking_part(question)):
        # "wat is het telefoonnummer ... ik woon in X": the gemeente's own contact, or honestly
        # that we do not know it
        prof = S.profile_of(facts)
        lines = S.local(facts, prof, one, None)
        if lines:
            return done("answer", "\n\n".join(lines), S.local_sources(prof) or [
                {"title": _point_title("B14", one), "ref": "B14"}], "gemeente_contact",
                action=_wizard_action(reply_lang, gem_id, facts))

    query = question.lower().replace(named[1], " ") if named else question
    if place:
        query = re.sub(re.escape(place.name.lower()), " ", query.lower())
    query = _LIVES.sub(" ", query)
    hit, second = _retrieve(query, one, detected)
    # only everyday family words ("a good name for a baby girl?") and a weak match: not ours
    weak_only = not I.is_strong_domain(question) and not (
        facts.has_situation or facts.reasons or place or named or facts.income is not None
        or _fact_item(facts) == "leeftijd"  # "my kid is 13, still possible?": the age limit
        or facts.price or facts.hours_per_month or facts.days_per_week or facts.cares)
    # on-topic is judged by what is asked: "how do I fix a flat tyre? the kids need the bike for
    # school" asks about a bike, whatever family words the story around it has
    asks_nothing_ours = False
    if weak_only and not facts.children and not I.is_domain(asking := A.asking_part(question)):
        own = _best(asking, one, detected)  # "ben jij een mens?" is about the chat: ours
        asks_nothing_ours = own is None or not (_confident(own) and own.coverage >= 0.6)
    if (_off_topic(question, hit, 0.6) or weak_only and (hit is None or hit.coverage < 0.5)
            or asks_nothing_ours) \
            and not named and not place and asked is None and not facts.has_situation:
        # no fact about a family either: a confident-looking hit on "last year" must not turn
        # "who won the world cup last year?" into the income-year answer
        text, sources = _fixed("offtopic", reply_lang)
        return done("refuse", text, sources, "offtopic")
    # ("Wij hebben smi in Utrecht." tells; only a sentence that asks "smi?" asks what it is)
    if hit is not None and (any(_only_smi(s) for s in _sentences(query) if _QUESTION.search(s)) or (
            _WHAT_IS_IT.search(query.lower()) and "smi" in T.words(query))) and \
            hit.item.id != "wat-is-smi":  # "... wat is smi?" / "they said SMI, what is that?"
        item = next(i for i in get_index(one).items if i.id == "wat-is-smi")
        second = hit if _confident(hit) else None
        hit = Hit(item, MIN_SCORE, 1.0, one)
    fact_item = _fact_item(facts)
    if fact_item and (hit is None or hit.item.id != fact_item):
        item = next(i for i in get_index(one).items if i.id == fact_item)
        second = hit if hit and _confident(hit) and hit.coverage >= 0.6 else None
        hit = Hit(item, MIN_SCORE, 1.0, one)
    if _only_smi(query):
        item = next(i for i in get_index("nl").items if i.id == "wat-is-smi")
        hit, second = Hit(item, MIN_SCORE, 1.0, "nl"), None

    # The family's own numbers answer "what do I pay?" first (issue 11, Money): an ask found on a
    # side word of the same message ("contract", "toeslag tabel") does not take the lead from it.
    if facts.cares and A.asks_fee(question) \
            and not I.REPAY.search(I.plain(question)) \
            and not (asked is not None and _FEE_ITEMS & set(asked.items)):
        fee = _fee_first(facts, one)
        if fee is not None:
            return _with_other_ask(fee, asked, question, one, reply_lang, gem_id, facts, done)

    # The family's situation, reasoned with the engine.
    eligibility = intent.name == "handoff"
    lead = list(asked.items) if asked is not None and asked.items else []
    if not lead and fact_item in ("wlz-kind", "jeugdwet-mkd"):
        lead = [fact_item]  # the child's own care comes first, whoever else is ill
    if not lead and (asked is None) and A.asks_fee(question) and not facts.cares and (
            facts.income is not None or facts.days_per_week or facts.hours_per_month
            or facts.hours_per_week or facts.price):
        # some numbers but not all: ask for exactly the missing ones, then how it works
        need = S.fee_missing(facts, one)
        if need:
            r = _lead_reply(["eigen-bijdrage"], None, None, None, facts, question, one, reply_lang,
                            profile, named, place, False, gem_id, done)
            r.answer = f"{r.answer}\n\n{need}"  # the answer first, then what to add
            r.intent = "fee_missing"
            return r
    if not lead and asked is None and facts.has_situation and not eligibility \
            and not A.asks_eligibility(question) and not facts.cares:
        # a story with a question in it: what the asking sentences ask leads (the general rule
        # behind wizard/chat/asks.py, for questions its patterns do not know)
        # "wat kan ik doen?" after the story: the reading of the story answers it (below)
        # a story without any question ("... Kinderen 0 en 3.") has no asking sentence: its last
        # statement must not pick a topic; the reading of the story answers it (below)
        asking_text = A.asking_part(question)
        asking = None if A.is_generic_ask(question) or not _QUESTION.search(asking_text) \
            else _best(asking_text, one, detected)
        # "wat kan ik doen?" names no topic of its own: one generic verb is not enough score
        # a question of its own ("...?" with a topic word) needs less score than a statement
        own_q = asking is not None and asking_text.rstrip().endswith("?") \
            and asking.coverage >= 0.4 and asking.score >= MIN_SCORE_OWN_QUESTION
        if asking is not None and (own_q or _confident(asking) and asking.coverage >= 0.5
                                   and asking.score >= MIN_SCORE) \
                and asking.item.id not in SITUATION_ITEMS | {"wizard", "aanvragen"} \
                and _told_by_facts(asking.item.id, facts):
            lead = [asking.item.id]
    if lead:
        if hit is not None and _confident(hit) and hit.coverage >= 0.6 and \
                A.same_family(hit.item.id, lead[0]):
            # the same ask, answered from the side the words point to (the ask's other items stay)
            lead = [hit.item.id, *(x for x in lead[1:] if x != hit.item.id)]
        # a two-part message ("1) which kinds of care? 2) how many hours?"): the other part's
        # answer too, in the order asked
        parts = A.part_asks(question)
        other = next((a for a in parts if a.kind == "answer"
                      and a.items[0] not in lead
                      and not any(A.same_family(a.items[0], x) or A.covered(a.items[0], x)
                                  for x in lead)), None)
        if other is not None:
            firsts = [a.items[0] for a in A.part_asks(question, asking_only=True)]
            asked_first = lead[0] in firsts and other.items[0] in firsts \
                and firsts.index(other.items[0]) < firsts.index(lead[0])
            lead = [other.items[0], *lead] if asked_first else [*lead, other.items[0]]
            hit = second = None  # two asks answered: no third topic from retrieval
        return _lead_reply(lead, asked, hit, second, facts, question, one, reply_lang, profile,
                           named, place, eligibility or A.asks_eligibility(question), gem_id, done)
    fee_asked = A.asks_fee(question) and not I.REPAY.search(I.plain(question))
    reading = read_situation(facts, one, fee_first=fee_asked) if facts.has_situation else None
    # "is it enough reason?", "do I need SMI or is there another way?" ask who gets what
    asks_who = eligibility or A.asks_eligibility(question)
    # "wat kan ik doen?" after a story asks about the story: no FAQ item from its side words
    generic = A.is_generic_ask(question)
    faq_first = hit is not None and _confident(hit) and hit.item.id not in SITUATION_ITEMS \
        and not asks_who and not generic
    # Ask for the deciding fact only when the message is about who can get SMI (or about
    # nothing else we know); a side remark about work does not turn a fee question into that.
    other_topic = hit is not None and hit.item.id not in SITUATION_ITEMS and not asks_who \
        and not generic
    if reading is not None and (reading.route == "smi_no_reason" and faq_first
                                or reading.route == "ask" and (faq_first or other_topic)):
        reading = None  # a side remark about work; the question itself is answered below
    if reading is None:
        reading = money_only(facts, one)
    if reading is not None:
        parts, sources = [reading.text], list(reading.sources)
        # after "it is kinderopvangtoeslag" only a clearly asked second topic is added
        extra = hit if hit is None or hit.item.id not in SITUATION_ITEMS else second
        # a second topic only when the message clearly asks it (not a side word in the story)
        estimated = bool(reading.outcome and reading.outcome.get("fee"))
        if extra and _confident(extra) and extra.coverage >= 0.5 and extra.score >= MIN_SCORE \
                and extra.item.id not in SITUATION_ITEMS and reading.route != "fee" \
                and not (estimated and extra.item.id == "eigen-bijdrage") \
                and _told_by_facts(extra.item.id, facts) \
                and _asked_about(extra, question, one, detected):
            parts.append(extra.item.part(one).answer)
            sources += [source_dict(s, one) for s in extra.item.sources]
        if reading.route != "ask":
            parts.append(_t_situation("wizard", one))
        r = done("answer", "\n\n".join(parts), sources, f"situation_{reading.route}",
                 action=_wizard_action(reply_lang, gem_id, facts))
        r.outcome = reading.outcome
        if hit:
            r.item_id, r.score, r.coverage = hit.item.id, hit.score, hit.coverage
        return r

    if eligibility:
        text, sources = _fixed("handoff", reply_lang, gemeente=_gemeente_words(profile, reply_lang))
        if profile and not profile.is_basislijn:
            src = next(iter(profile.sources.values()))
            sources = [*sources, {"title": src.title, "ref": profile.apply.url or src.ref}]
        local = S.local(facts, S.profile_of(facts), one, None) if place else []
        if local:
            text = "\n\n".join([text, *local])
        return done("answer", text, sources, "eligibility",
                    action=_wizard_action(reply_lang, gem_id, facts))

    if (hit is None or not _confident(hit)) and profile is not None:
        local, local_sources = G.own_rule_matching(profile, query, one)
        if local:  # the parent asks about a rule of their own gemeente
            parts, sources = [local], list(local_sources)
            if hit is not None and hit.coverage >= 0.3:
                parts.append(hit.item.part(one).answer)
                sources += [source_dict(s, one) for s in hit.item.sources]
            return done("answer", "\n\n".join(parts), sources, "gemeente_rule",
                        action=_wizard_action(reply_lang, gem_id, facts))
    if (hit is None or not _confident(hit)) and place and _TOLD.search(question.lower()) \
            and _IS_THAT_RIGHT.search(question.lower()):
        # "in Rotterdam zeggen ze ..., klopt dat?": what we know of that gemeente leads, then
        # that each gemeente sets its own rules above the basislijn minimum
        prof = S.profile_of(facts)
        lines = S.local(facts, prof, one, None)
        if lines:
            item = _item("verschil-gemeenten", one)
            general = gre.sub(r"^(Nee|No)[,.]\s*(\w)", lambda m: m.group(2).upper(),
                             item.part(one).answer)
            return done("answer", "\n\n".join([*lines, general]),
                        S.local_sources(prof) + [source_dict(x, one) for x in item.sources],
                        "gemeente_told", action=_wizard_action(reply_lang, gem_id, facts))
    if hit is None or not _confident(hit):
        # with a family fact or a gemeente named, off-topic only when no item comes near
        if _off_topic(question, hit, 0.34) or (weak_only and (hit is None or hit.coverage < 0.5)):
            text, sources = _fixed("offtopic", reply_lang)
            return done("refuse", text, sources, "offtopic")
        ref = {lg: (profile.apply.url or next(iter(profile.sources.values())).ref)
               if profile and not profile.is_basislijn else
               ("zoek op de website van uw gemeente naar 'SMI'" if lg == "nl"
                else "search its website for 'SMI'") for lg in ("nl", "en")}
        text, sources = _fixed("unsure", reply_lang, gemeente=_gemeente_words(profile, reply_lang),
                               gemeente_ref=ref)
        if hit is not None and hit.coverage >= 0.2:
            text = f"{text}\n\n{_nearest(hit, one)}"
            sources += [source_dict(s, one) for s in hit.item.sources]
        local = S.local(facts, S.profile_of(facts), one, None) if place else []
        if local:
            text = "\n\n".join([text, *local])
        if profile and not profile.is_basislijn:
            src = next(iter(profile.sources.values()))
            sources = [{"title": src.title, "ref": profile.apply.url or src.ref}, *sources]
        r = done("answer", text, sources, "unsure",
                 action=_wizard_action(reply_lang, gem_id, facts))
        if hit:
            r.score, r.coverage, r.debug = hit.score, hit.coverage, {"near": hit.item.id}
        return r

    texts, sources = [], []
    for item in [hit.item] + ([second.item] if second else []):
        for lg in _langs(reply_lang):
            body = item.part(lg).answer
            body = _without_no(item.id, body, question)
            if profile and not profile.is_basislijn and item.topic:
                local, local_sources = G.topic_answer(profile, item.topic, lg)
                if local:
                    body = f"{local}\n\n{body}" if (named or place) else f"{body}\n\n{local}"
                    if lg == one:
                        sources.extend(local_sources)
            texts.append(body)
        sources.extend(source_dict(s, one) for s in item.sources)
    if place and profile is not None and profile.is_basislijn:
        texts.extend(S.local(facts, profile, one, None))
    name = "gemeente" if profile and not profile.is_basislijn and hit.item.topic else "faq"
    if (llm.enabled() if use_llm is None else use_llm) and reply_lang != "both":
        texts = [llm.rephrase(question, texts[0], reply_lang) or texts[0]] + texts[1:]
    r = done("answer", "\n\n".join(texts), sources, name, item_id=hit.item.id)
    r.score, r.coverage = hit.score, hit.coverage
    return r


# the items that already answer "what do we pay?"
_FEE_ITEMS = frozenset({"eigen-bijdrage", "uurprijs"})


def _fee_first(facts, lang: str):
    """The estimate for the family's own hours, price and income, leading; with the reading of
    the family's situation after it when the message tells one. None: no estimate possible."""
    reading = read_situation(facts, lang, fee_first=True) if facts.has_situation else None
    if reading is not None and reading.route in ("smi", "kot"):
        return reading  # it is kinderopvangtoeslag, or SMI with the estimate (or why there is none)
    fee = money_only(facts, lang)
    if fee is not None and reading is not None and reading.route == "ask":
        # the estimate, then the one fact that decides who pays
        fee = replace(fee, text=f"{fee.text}\n\n{reading.text}", route="ask")
    return fee or reading


def _with_other_ask(fee, asked, question: str, lang: str, reply_lang: str, gem_id, facts, done):
    """The fee reply, and the answer to another part of the message that asks something else
    ("... wat betaal ik? En moet ik wachten met het contract?"); an ask found on a side word
    of the fee question itself adds nothing."""
    texts, sources = [fee.text], list(fee.sources)
    parts = [a for a in A.part_asks(question, asking_only=True) if a.kind == "answer"
             and not _FEE_ITEMS & set(a.items)]
    other = asked if asked is not None and asked.kind == "answer" and any(
        a.name == asked.name for a in parts) else None
    if other is not None and other.items:
        item = _item(other.items[0], lang)
        texts.append(item.part(lang).answer)
        sources += [source_dict(s, lang) for s in item.sources]
    if fee.route != "ask":
        texts.append(_t_situation("wizard", lang))
    r = done("answer", "\n\n".join(texts), sources, f"situation_{fee.route}",
             action=_wizard_action(reply_lang, gem_id, facts))
    r.outcome = fee.outcome
    return r


def _asked_about(hit: Hit, question: str, lang: str, detected: str) -> bool:
    """The item also comes near the sentences that ask: "... will be in rehab for months. Should
    we switch to SMI?" does not ask about addiction because the story says "rehab"."""
    asking = A.asking_part(question)
    if asking == I.plain(question) or not asking:
        return True  # the whole message asks
    return any(h.item.id == hit.item.id for lg in ("nl", "en")
               for h in get_index(lg).search(asking, k=3))


def _unsaid(lines: list[str], said: list[str]) -> list[str]:
    """The gemeente's route and contact lines without the sentences its own rule, leading the
    answer, already gave (the same route and phone number twice reads as a mistake)."""
    before = "\n".join(said)
    out = []
    for line in lines:
        head, sep, body = line.partition(": ")
        body = body if sep and len(head) <= 40 else line
        sentences = [x for x in gre.split(r"(?<=[.!?])\s+", body) if x]
        new = [x for x in sentences if x not in before]
        if len(new) == len(sentences):
            out.append(line)
        elif new:
            out.append(" ".join(new))
    return out


def _item(item_id: str, lang: str):
    return next(i for i in get_index(lang).items if i.id == item_id)


def _lead_reply(lead, asked, hit, second, facts, question, one, reply_lang, profile, named, place,
                eligibility, gem_id, done) -> ChatReply:
    """The answer to what was asked leads; the judgement of the family's situation follows only
    when the message asks whether they qualify, or when it changes the answer (it is
    kinderopvangtoeslag, or the engine finds another route)."""
    items = [_item(i, one) for i in dict.fromkeys(lead)]
    # after a refusal, "how long do I have?" asks the time to object, which the bezwaar answer
    # gives: not how long SMI lasts, unless the message asks that too ("hoe lang duurt SMI?")
    contested = asked is not None and asked.name.startswith("objection") and \
        not _ASKS_DURATION.search(I.plain(question))
    # moving answers "apply again there" itself: "opnieuw aanvragen" is not a second question
    for extra in (hit, second) if not (asked is not None and asked.name == "moving") else ():
        if contested and extra is not None and extra.item.id == "duur":
            continue
        # a second question in the message ("wat is smi en hoeveel dagen krijg je?")
        if extra is not None and _confident(extra) and extra.coverage >= 0.6 \
                and extra.item.id not in SITUATION_ITEMS | {"hulp-taal-formulier", "wizard"} \
                and not any(extra.item.id == i.id or A.same_family(extra.item.id, i.id)
                            or A.covered(extra.item.id, i.id) for i in items):
            items.append(extra.item)
            break
    texts, sources = [], []
    own_rule = False
    for n, item in enumerate(items):
        for lg in _langs(reply_lang):
            body = item.part(lg).answer
            if n > 0:  # a leading "Ja." answers only when it comes first
                body = _YES_NO_START.sub(lambda m: m.group(1).upper(), body)
            if profile and not profile.is_basislijn and item.topic:
                local, local_sources = G.topic_answer(profile, item.topic, lg)
                if local:
                    # a gemeente named in the message leads with its own rule (as in the FAQ path)
                    own_rule = own_rule or bool(named or place)
                    body = f"{local}\n\n{body}" if (named or place) else f"{body}\n\n{local}"
                    if lg == one:
                        sources.extend(local_sources)
            body = _without_no(item.id, body, question)
            if item.id == "uurprijs":  # the figure itself, from the table the engine uses
                # with the family's own hours, price and income: their estimate, caps said
                own = S.money_only(facts, lg) if facts.cares else None
                body = "\n\n".join(x for x in (own.text if own else "",
                                                S.max_price_line(facts, lg), body) if x)
            texts.append(body)
        sources.extend(source_dict(s, one) for s in item.sources)
    outcome = None
    reading = read_situation(facts, one) if facts.has_situation else None
    # how many days / how long, asked inside a story about an SMI family: the reading gives the
    # family's own offer (days, months, extension) after the general answer
    offer_ask = asked is not None and asked.name in ("days", "duration")
    # (without a legal stay neither SMI nor KOT can be had: the engine's reading assumes one)
    adds = reading is not None and reading.route != "ask" and not (
        asked is not None and asked.name == "residence") and (
        eligibility or reading.route == "kot" or (
            (asked is None or offer_ask or asked.judge) and reading.route == "smi"))
    # the engine finds that the family's own case goes another way (a child past the gemeente's
    # age limit): where the topic came only from the words of the question (no ask of its own,
    # not the child's own care, which its item already explains), that leads
    own_case = reading is not None and reading.route == "other" and asked is None \
        and not eligibility and items[0].id not in ("wlz-kind", "jeugdwet-mkd")
    if own_case:
        texts.insert(0, reading.text)
        sources += reading.sources
        outcome = reading.outcome
    elif adds:
        texts.append(reading.text)
        sources += reading.sources
        outcome = reading.outcome
    elif place and profile is not None:
        texts.extend(_unsaid(S.local(facts, S.profile_of(facts), one, None), texts))
        sources += S.local_sources(S.profile_of(facts))
    sources = sources or [{"title": _point_title("B11", one), "ref": "B11"}]
    r = done("answer", "\n\n".join(texts), sources,
             "gemeente" if own_rule else asked.name if asked else "fact_item",
             item_id=items[0].id, action=_wizard_action(reply_lang, gem_id, facts))
    r.outcome = outcome
    return r


# how long SMI lasts, asked in words ("hoe lang duurt SMI?", "how long does it last?")
# ("last week" is a time: only "lasts" or "... last?" asks it)
_ASKS_DURATION = gre.compile(r"\b(duurt|looptijd|lasts|duration|how\s+long\s+(does|will|is|can)|"
                            r"hoe\s*lang\s+(duurt|krijg|loopt|is|mag|kan))\b|\blast\s*\?")


# the parent reports what the gemeente said or asks ("zeiden ze", "they told me")
_TOLD = gre.compile(r"\b(zeiden|zegt|zeggen|zei|vragen|eist|eisen|wil|wilden)\s+"
                   r"(ze|zij|de\s+gemeente|"
                   r"hun)\b|\b(they|the\s+gemeente|the\s+municipality|the\s+council)\s+(said|told|say|"
                   r"says|want|wants|require|requires|asked)\b|\bgemeente\b|\bmunicipality\b")


_IS_THAT_RIGHT = gre.compile(r"\b(klopt\s+(dat|dit|het)|"
                            r"is\s+dat\s+(wel\s+)?(normaal|zo|goed|terecht|"
                            r"toegestaan)|mag\s+dat|mogen\s+ze\s+dat|is\s+(that|this)\s+(normal|right|"
                            r"true|correct|allowed|legal|usual)|can\s+they\s+(do|ask)|are\s+they\s+allowed)\b")


# "ik woon in", "we live in": where the parent lives is read as a fact, not as a topic word.
_LIVES = gre.compile(r"\b(ik|wij|we|i|they|zij)\s+(woon|wonen|woont|live|lives)\s+(in|te)\b|"
                    r"\b(from|uit|in)\s+de\s+gemeente\b")


_SAME_EVERYWHERE = gre.compile(
    r"\b(overal|everywhere|hetzelfde|zelfde|the\s+same|same\s+(in|for|across)|landelijk\w*|nationa\w*|"
    r"all\s+over|heel\s+nederland|whole\s+country|every\s+(gemeente|municipality|town|city)|"
    r"elke\s+gemeente|alle\s+gemeenten)\b")


# An open question ("wanneer moet ik verlengen?", "how long do we get it?") is not answered with
# "Ja," or "No.": the item's leading yes or no answers the yes/no question it was written for.
_YES_NO_START = gre.compile(r"^(?:Ja|Nee|Yes|No)[,.]\s*(\w)")
_OPEN_Q = gre.compile(r"^\s*(en\s+|and\s+|maar\s+|but\s+|dus\s+|so\s+)?(wanneer|hoe\s*lang|hoelang|"
                     r"hoeveel|hoe|waar|waarom|wie|welke|welk|wat|when|how|where|why|who|which|what)\b")
_YES_NO_INSIDE = gre.compile(r"[,;:]\s*(kan|kun|kunt|mag|moet|is|zijn|heb|krijg|can|could|may|must|"
                            r"is|are|do|does|will|would|should|or|of)\b|"
                            r"\b(of\s+niet|or\s+not|hoe\s+zit|how\s+about|how\s+come)\b")


def _open_question(question: str) -> bool:
    last = A.asking_part(question).split(" . ")[-1]
    return bool(_OPEN_Q.match(last)) and not _YES_NO_INSIDE.search(last)


def _without_no(item_id: str, body: str, question: str) -> str:
    """The item without its leading yes or no when the question is open; the gemeenten item
    without its leading "Nee," also for "why does she get more?", "do they have own rules?",
    which are not the "is it the same everywhere?" that it answers."""
    if _YES_NO_START.match(body) and _open_question(question):
        return _YES_NO_START.sub(lambda m: m.group(1).upper(), body)
    if item_id != "verschil-gemeenten" or _SAME_EVERYWHERE.search(question.lower()):
        return body
    return _YES_NO_START.sub(lambda m: m.group(1).upper(), body)


_TO = gre.compile(r"\b(?:naar|to|into)\s+(?=\S)", re.IGNORECASE)


def _destination(question: str):
    """The gemeente named after the last "naar"/"to" in a message about moving, if any."""
    from wizard.chat.places import mentioned

    tails = [question[m.end():] for m in _TO.finditer(question)]
    return next((p for t in reversed(tails) if (p := mentioned(f"in {t[:60]}"))), None)


# Items that send a child's own care elsewhere (Jeugdwet, Wlz): only when the facts say so, never
# from a word like "kdv" in the question alone
_CHILD_CARE_ELSEWHERE = frozenset({"jeugdwet-mkd", "wlz-kind"})


# An item about one reason (guarantees.REASON_ITEMS) leads a story only when the story tells that
# reason: "can the other kids go to daycare via SMI?" after a story about a sick child is not
# about addiction
_REASON_OF_ITEM = {item: reason for reason, item in REASON_ITEMS}


def _told_by_facts(item_id: str, facts) -> bool:
    if item_id in _REASON_OF_ITEM:
        return any(r.value == _REASON_OF_ITEM[item_id] for r in facts.reasons)
    return item_id not in _CHILD_CARE_ELSEWHERE or _fact_item(facts) == item_id


def _fact_item(facts) -> str | None:
    """An item the facts point to more surely than words do: a child with a Wlz indication or
    treatment day care, a child at the end of primary school or older."""
    from wizard.models import School

    if facts.child_treatment:
        return "jeugdwet-mkd"
    if facts.child_wlz:
        return "wlz-kind"
    if any(c.group == 8 or c.school == School.secondary or (c.age or 0) >= 12
           for c in facts.children):
        return "leeftijd"
    if facts.income is not None and not facts.cares and not facts.has_situation:
        return "inkomen"  # an amount of income and no hours or price: does income matter?
    return None


def _nearest(hit: Hit, lang: str) -> str:
    """The nearest item's first sentences, offered as what may help."""
    answer = hit.item.part(lang).answer
    first = " ".join(gre.split(r"(?<=[.!?])\s+", answer)[:3])
    return _t_situation("nearest", lang).format(text=first)


def _t_situation(key: str, lang: str) -> str:
    return load_responses().situation[key]["en" if lang == "en" else "nl"]
