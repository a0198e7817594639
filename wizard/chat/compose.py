"""The chat assistant: intents first (crisis always first), then retrieval from the FAQ, then a
gemeente-specific paragraph; every reply carries its sources. Nothing here logs or stores the
question."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from wizard.chat import gemeente as G
from wizard.chat import intents as I
from wizard.chat import llm, safety
from wizard.chat.faq import Reply as FixedReply
from wizard.chat.faq import load_responses, source_dict
from wizard.chat.index import Hit, get_index, known_words
from wizard.chat.lang import _WORDS, answer_lang, detect
from wizard.chat.text import SYNONYMS

# Tuned on the development questions (see wizard/chat/evaluate.py): below these the bot says it
# is not sure instead of guessing.
MIN_COVERAGE = 0.30
MIN_SCORE = 2.5
# A short question that one variant explains almost completely needs less BM25 score.
MIN_COVERAGE_SHORT = 0.80
MIN_SCORE_SHORT = 1.2
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

    def to_json(self) -> dict[str, object]:
        """The public contract: kind, answer, sources; `crisis` {kind, numbers} on a crisis."""
        out: dict[str, object] = {"kind": self.kind, "answer": self.answer, "sources": self.sources}
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


def _wizard_action(lang: str, gemeente: str | None) -> dict[str, str]:
    words = load_responses().words
    lg = "nl" if lang == "both" else lang
    return {"type": "wizard", "lang": lg, "gemeente": gemeente or "",
            "label": words["wizard_button"][lg]}


def _best(question: str, lang: str, detected: str) -> Hit | None:
    """The best item over both indexes (items are bilingual, so a hit in either index answers)."""
    if detected not in ("nl", "en", "mixed"):  # leave out the other language's function words
        foreign = _WORDS.get(detected, frozenset())
        question = " ".join(w for w in re.findall(r"[\w'.-]+", question)
                            if w.lower() not in foreign or w.lower() in SYNONYMS)
    drop = detected not in ("nl", "en")
    hits: list[Hit] = []
    for lg in ("nl", "en"):
        hits.extend(get_index(lg).search(question, k=1, drop_unknown=drop))
    if not hits:
        return None

    def key(h: Hit) -> float:
        return (h.coverage + 0.02 * h.score) * (OWN_LANG_BONUS if h.lang == lang else 1.0)

    return max(hits, key=key)


def _confident(hit: Hit) -> bool:
    return (hit.coverage >= MIN_COVERAGE and hit.score >= MIN_SCORE) or \
        (hit.coverage >= MIN_COVERAGE_SHORT and hit.score >= MIN_SCORE_SHORT)


def _only_smi(question: str) -> bool:
    """"Wat is SMI?", "smi??": no topic word besides SMI itself."""
    return get_index("nl").query_tokens(question) == ["smi"] or \
        get_index("en").query_tokens(question) == ["smi"]


def ask(question: str, lang: str | None = None, gemeente: str | None = None,
        use_llm: bool | None = None) -> ChatReply:
    """Answer one chat message: the safety net first, always (wizard/chat/safety.py)."""
    danger = safety.detect_danger(question or "")
    if danger is None:
        return _answer(question, lang, gemeente, use_llm)
    try:  # the help line must reach the reader even if the SMI part fails
        reply = _answer(question, lang, gemeente, use_llm)
    except Exception:  # noqa: BLE001
        reply = ChatReply(kind="handoff", answer="", sources=[], intent="crisis")
    return safety.crisis_reply(danger, question or "", lang, reply)


def _answer(question: str, lang: str | None = None, gemeente: str | None = None,
            use_llm: bool | None = None) -> ChatReply:
    """Answer one chat message (after the safety net). `lang` is the UI language (None =
    detect); `gemeente` a profile id. `use_llm` None = use the optional rephrasing endpoint
    when it is configured."""
    question = (question or "").strip()[:2000]
    detected = detect(question, hint=lang)
    reply_lang = answer_lang(detected, question, hint=lang)
    named = G.mentioned(question)
    profile = G.profile_or_none(named[0] if named else gemeente)
    gem_id = profile.id if profile and not profile.is_basislijn else (gemeente or None)

    intent = I.classify(question, known_words())
    prefix, prefix_sources = "", []
    if reply_lang == "both":
        prefix, prefix_sources = _fixed("languages", "both")

    def done(kind: str, text: str, sources: list[dict[str, str]], name: str, **kw) -> ChatReply:
        body = f"{prefix}\n\n{text}" if prefix else text
        return ChatReply(kind=kind, answer=body, sources=_dedupe(sources + prefix_sources),
                         intent=name, lang=reply_lang, **kw)

    if intent.name in ("injection", "abuse", "medical", "legal", "rephrase"):
        text, sources = _fixed(intent.name, reply_lang)
        action = _wizard_action(reply_lang, gem_id) if intent.name == "abuse" else None
        return done("refuse", text, sources, intent.name, action=action)
    if intent.name == "handoff":
        text, sources = _fixed("handoff", reply_lang, gemeente=_gemeente_words(profile, reply_lang))
        if profile and not profile.is_basislijn:
            src = next(iter(profile.sources.values()))
            sources = [*sources, {"title": src.title, "ref": profile.apply.url or src.ref}]
        return done("handoff", text, sources, "handoff", action=_wizard_action(reply_lang, gem_id))

    # Retrieval. A gemeente's name is not a topic word: leave it out of the query.
    query = question.lower().replace(named[1], " ") if named else question
    hit = _best(query, "nl" if reply_lang == "both" else reply_lang, detected)
    if _only_smi(query):
        item = next(i for i in get_index("nl").items if i.id == "wat-is-smi")
        hit = Hit(item, MIN_SCORE, 1.0, "nl")
    if hit is None or not _confident(hit):
        if not I.is_domain(question):
            text, sources = _fixed("offtopic", reply_lang)
            return done("refuse", text, sources, "offtopic")
        ref = {lg: (profile.apply.url or next(iter(profile.sources.values())).ref)
               if profile and not profile.is_basislijn else
               ("zoek op de website van uw gemeente naar 'SMI'" if lg == "nl"
                else "search its website for 'SMI'") for lg in ("nl", "en")}
        text, sources = _fixed("unsure", reply_lang, gemeente=_gemeente_words(profile, reply_lang),
                               gemeente_ref=ref)
        if profile and not profile.is_basislijn:
            src = next(iter(profile.sources.values()))
            sources = [{"title": src.title, "ref": profile.apply.url or src.ref}, *sources]
        r = done("answer", text, sources, "unsure", action=_wizard_action(reply_lang, gem_id))
        if hit:
            r.score, r.coverage, r.debug = hit.score, hit.coverage, {"near": hit.item.id}
        return r

    item = hit.item
    texts, sources = [], []
    for lg in _langs(reply_lang):
        body = item.part(lg).answer
        if profile and not profile.is_basislijn and item.topic:
            local, local_sources = G.topic_answer(profile, item.topic, lg)
            if local:
                body = f"{local}\n\n{body}" if named else f"{body}\n\n{local}"
                if lg == ("nl" if reply_lang == "both" else reply_lang):
                    sources.extend(local_sources)
        texts.append(body)
    src_lang = "nl" if reply_lang == "both" else reply_lang
    sources.extend(source_dict(s, src_lang) for s in item.sources)
    name = "gemeente" if profile and not profile.is_basislijn and item.topic else "faq"
    if (llm.enabled() if use_llm is None else use_llm) and reply_lang != "both":
        texts = [llm.rephrase(question, texts[0], reply_lang) or texts[0]]
    r = done("answer", "\n\n".join(texts), sources, name, item_id=item.id)
    r.score, r.coverage = hit.score, hit.coverage
    return r
