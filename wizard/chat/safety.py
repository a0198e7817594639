"""The chat's safety net: does a message signal danger (suicide, acute danger, violence or abuse
at home, a parent's fear of harming a child), and which help line does the reader need first.

It runs before anything else on every chat message. It is fail-safe: signals are combined and
scored, misspellings are matched by edit distance, and a doubtful message gets the help line (a
false alarm costs a sentence, a miss can cost a life). Signals and reply texts are data in
content/safety/; nothing here logs or stores the message."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from wizard.chat import gated_re as gre
from wizard.chat.per_message import remembered, this_message
from wizard.chat.phrases import AnchorIndex, Matcher, literal_words, message_keys, plain
from wizard.content import read_toml
from wizard.paths import content_dir, locales_dir

KINDS = ("suicide", "acute_danger", "domestic_violence", "harm_to_child")
REPLY_LANGS = ("nl", "en", "tr", "ar", "pl", "uk")
THRESHOLD = 0.9  # a kind fires here; a single weak signal stays below it
MAX_CHARS = 4000  # a longer paste is cut, as in the chat itself

_WORD = gre.compile(r"[^\W_]+(?:'[^\W_]+)?")
# (a point between digits is part of a number: "1.9k", "10.50", "2.450")
_SENTENCE_END = gre.compile(r"(?:(?<!\d)\.|\.(?!\d)|[!?;\n])[.!?;\n]*|\s[-–—]\s|"
                           r",\s*(?:maar|but|en|and)\s")
_SHORT_FORMS = {"mn": "mijn", "m'n": "mijn", "zn": "zijn", "z'n": "zijn", "k": "ik", "'k": "ik",
                "dr": "haar", "d'r": "haar", "im": "i'm", "cant": "can't", "dont": "don't",
                "wont": "won't", "isnt": "isn't", "doesnt": "doesn't", "whats": "what's",
                "ive": "i've", "id": "i'd", "u": "you", "leve": "leven",
                "wanne": "wanna", "kil": "kill"}


_IS_FORMS = frozenset({"he's", "she's", "it's", "that's", "what's", "there's", "who's", "here's",
                       "let's", "where's"})


@dataclass(frozen=True)
class Danger:
    """What the safety net found. `kind` is the most urgent kind; `kinds` all that fired."""

    kind: str
    kinds: tuple[str, ...]
    lines: tuple[str, ...]  # help line ids in the order to show them: "112", "113", ...
    numbers: tuple[str, ...]  # their phone numbers, same order
    scores: dict[str, float] = field(default_factory=dict, compare=False)
    signals: tuple[str, ...] = ()  # e.g. "suicide.hopeless", for tests and debugging only
    child_writer: bool = False
    unresponsive: bool = False


# --- data ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Signal:
    name: str  # "kind.signal"
    weight: float
    rx: Matcher


@dataclass(frozen=True)
class _Lexicon:
    signals: dict[str, _Signal]
    neutral: Matcher
    child_writer: Matcher
    words: frozenset[str]  # every literal word of the danger phrases
    keywords: frozenset[str]  # those long enough for spelling repair
    prefixes: frozenset[str]  # stems of "word*" entries
    deletes: dict[str, frozenset[str]]  # one-letter deletions -> keywords (symmetric delete)
    stem_lengths: tuple[int, ...]  # head lengths to try for a misspelt stem (stem length +-1)
    concepts: tuple[tuple[frozenset[str], frozenset[str], tuple[str, ...]], ...]  # per language
    squashed: tuple[str, ...]  # direct words looked for with the spaces taken out
    harm: dict[str, tuple[str, ...]]  # concept words of a parent harming a child, " word " form
    long_ago: Matcher  # past_over: a time that is over by itself ("vroeger", "jaren geleden")
    past: Matcher  # past_over: a past, maybe recent ("vorig jaar")
    resolved: Matcher  # past_over: it is over now ("uit beeld", "doing better")
    again: Matcher  # past_over: not over ("weer", "still")
    again_told: Matcher  # past_over: "again" about telling or a form ("weer alles uitleggen")
    now: Matcher  # past_over: outside that past, not over ("nu", "tonight")
    asking: Matcher  # past_over: a sentence that only asks ("nu vraag ik me af of ...")
    points_back: Matcher  # past_over: a word that points back to the past ("het", "eraan", "too")
    since: Matcher  # past_over: "since then", open unless its sentence says it is over
    not_me: Matcher  # past_over: "dat is werk", "not about me", "just kidding"
    serious: Matcher  # past_over: "not kidding", "ik meen het"
    aftereffect: Matcher  # past_over: what goes on is its mark (fear, PTSD), not the danger
    hospital: Matcher  # care_in_place: someone in hospital or admitted
    condition: Matcher  # care_in_place: a known illness with moments of not responding
    habit: Matcher  # care_in_place: told as a habit ("soms", "waarbij", "sometimes")
    care: Matcher  # care_in_place: the care that is in place ("noodplan", "neuroloog")
    emergency: Matcher  # care_in_place: a sign of an emergency ("blauw", "ademt niet", "minuten")


def _safety_dir() -> Path:
    return content_dir() / "safety"


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    data = read_toml(_safety_dir() / "signals.toml")
    signals: dict[str, _Signal] = {}
    words: set[str] = set()
    stems: set[str] = set()
    for kind, spec in data["kinds"].items():
        for name, sig in spec["signals"].items():
            signals[f"{kind}.{name}"] = _Signal(f"{kind}.{name}", float(sig["weight"]),
                                                Matcher(sig["phrases"]))
            # (the writer's revenge is mostly ordinary words: "weet waar ze woont")
            if sig["weight"] > 0 and name not in ("person", "now", "revenge"):
                w, s = literal_words(sig["phrases"])
                words |= w
                stems |= s
    # Only words long enough to be told apart from ordinary words by one letter are repaired.
    keywords = frozenset(w for w in words if len(w) >= 5 and not w.isdigit())
    prefixes = frozenset(s for s in stems if len(s) >= 5)
    deletes: dict[str, set[str]] = {}
    for w in keywords | prefixes:
        for d in _deletions(w) | {w}:
            deletes.setdefault(d, set()).add(w)
    stem_lengths = sorted({len(p) + d for p in prefixes if len(p) >= 6 for d in (-1, 0, 1)})
    concepts = tuple((frozenset(c["self"]), frozenset(c["intent"]),
                      tuple(f" {plain(d).replace('_', ' ')} " for d in c["death"]))
                     for c in data["concepts"].values())
    return _Lexicon(signals, Matcher(data["neutral"]["phrases"]),
                    Matcher(data["writer_is_child"]["phrases"]), frozenset(words), keywords,
                    prefixes, {k: frozenset(v) for k, v in deletes.items()}, tuple(stem_lengths),
                    concepts, tuple(data["squashed"]["phrases"]),
                    {k: tuple(f" {plain(w).replace('_', ' ')} " for w in v)
                     for k, v in data["harm_concepts"].items()},
                    *(Matcher(data["past_over"][k]) for k in
                      ("long_ago", "past", "resolved", "again", "again_told", "now", "asking",
                       "points_back", "since", "not_me", "serious", "aftereffect")),
                    *(Matcher(data["care_in_place"][k])
                      for k in ("hospital", "condition", "habit", "care", "emergency")))


@lru_cache(maxsize=1)
def ordinary_words() -> frozenset[str]:
    """Words that are right as written and must never be 'repaired' into a danger word: every
    word of our own content and translations, the chat's language word lists and the labelled
    ordinary messages (never a word of the danger lists themselves)."""
    from wizard.chat.lang import _WORDS
    from wizard.chat.text import STOP_EN, STOP_NL

    out: set[str] = set(STOP_NL | STOP_EN).union(*_WORDS.values())
    paths = [p for p in content_dir().rglob("*.toml") if "safety" not in p.parts]
    paths += list(locales_dir().glob("*/LC_MESSAGES/*.po"))
    for path in paths:
        out.update(_WORD.findall(plain(path.read_text(encoding="utf-8"))))
    out.update(read_toml(_safety_dir() / "signals.toml").get("ordinary", {}).get("words", []))
    # Common Dutch and English words one letter from another word (real_words.toml, made from
    # word frequencies): "schulden" is debts, not a misspelt "schudden".
    out.update(read_toml(_safety_dir() / "real_words.toml")["common"]["words"])
    # Words of the labelled ordinary messages (examples*.toml) that two or more of them use and
    # no crisis message does are right as written too ("talking" was 'repaired' into "stalking").
    # A word seen once may be a near-miss written misspelt on purpose ("bijna gegooit").
    ordinary: Counter[str] = Counter()
    crisis: set[str] = set()
    for path in sorted(_safety_dir().glob("examples*.toml")):
        for e in read_toml(path).get("examples", []):
            words = set(_WORD.findall(plain(e["text"])))
            if e.get("label") == "ordinary":
                ordinary.update(words)
            else:
                crisis |= words
    out.update(w for w, n in ordinary.items() if n >= 2 and w not in crisis)
    return frozenset(out) - lexicon().words


@lru_cache(maxsize=1)
def replies() -> dict[str, Any]:
    return read_toml(_safety_dir() / "replies.toml")


def warm_up() -> None:
    """Compile the signal lists now (about half a second), not on a parent's first message."""
    lexicon()
    ordinary_words()
    replies()
    from wizard.chat.safety_broad import net
    from wizard.chat.safety_learned import model

    net()  # the broad net's word classes (else compiled on the first message)
    model()  # the learned net trains once, here (about a second)


# --- reading a message -----------------------------------------------------------------------


@lru_cache(maxsize=1)
def _as_written() -> frozenset[str]:
    """The words _repair leaves as they are without a look: the lexicon's keywords and every
    ordinary word."""
    return lexicon().keywords | ordinary_words()


@remembered  # per message only: no word of a parent's message stays in memory after its answer
def _repair(word: str) -> str:
    """A misspelt danger word ("zelfmoort", "mishandelt") -> the lexicon word; else unchanged.
    Short words differ from ordinary words by one letter too often ("moest"/"molest"), so only
    d/t endings are repaired below 7 letters; longer words by edit distance 1 (symmetric delete),
    also at the start of a compound ("zelfmoortgedachten")."""
    lex = lexicon()
    if len(word) < 4 or word in _as_written():
        return word
    for alt in _dt_variants(word) + (_sound_variants(word) if len(word) >= 5 else []):
        if alt in lex.words and len(alt) >= 4:
            return alt
    if len(word) < 6 or any(word.startswith(p) for p in lex.prefixes):
        # written by ear: "leefe" is "leven" (only where no ordinary word sounds the same)
        return _sound_index().get(sound_key(word), word) if len(word) >= 5 else word
    cands = set(lex.deletes.get(word, ()))
    for d in _deletions(word):
        cands |= lex.deletes.get(d, frozenset())
    cands = {c for c in cands if len(c) >= 6 and _one_edit(word, c)}
    if cands:  # several are all danger words alike: take one, stably
        return min(cands, key=lambda c: (abs(len(c) - len(word)), c))
    for n in lex.stem_lengths:  # a compound with a misspelt stem: "zelfmoortgedachten"
        head = word[:n]
        if len(word) <= n:
            break
        near = set(lex.deletes.get(head, ()))
        for d in _deletions(head):
            near |= lex.deletes.get(d, frozenset())
        # A wrong letter (not a missing one) only in long stems: "belast" is not "betast".
        stems = sorted(p for p in near if p in lex.prefixes and len(p) >= 6
                       and (len(p) != n or len(p) >= 8) and _one_edit(head, p))
        if stems:
            return stems[0] + word[n:]
    return _sound_index().get(sound_key(word), word)


def sound_key(word: str) -> str:
    """How a word sounds, roughly, in the spelling of someone who writes by ear or in dialect:
    "leefe", "leve" and "leven" all sound as "leve" (double vowels and letters single, f/v, s/z,
    ij/ei, ch/g, d/t alike, a dropped final -n after -e)."""
    w = word.replace("ij", "ei").replace("ch", "g").replace("dt", "t").translate(_SOUNDS_ALIKE)
    w = _DOUBLED.sub(r"\1", w)
    return w[:-1] if w.endswith("en") else w


_SOUNDS_ALIKE = str.maketrans("fzd", "vst")
_DOUBLED = gre.compile(r"(.)\1+")


@lru_cache(maxsize=1)
def _sound_index() -> dict[str, str]:
    """Sound key -> the one danger word (of 5 letters or more) that sounds so; keys shared by
    several danger words or by any ordinary word are left out, so an ordinary word is never
    heard as a danger word."""
    lex = lexicon()
    keys: dict[str, set[str]] = {}
    for w in lex.words:
        if len(w) >= 5 and not w.isdigit():
            keys.setdefault(sound_key(w), set()).add(w)
    ordinary = {sound_key(w) for w in ordinary_words() if w not in lex.words}
    return {k: next(iter(v)) for k, v in keys.items() if len(v) == 1 and k not in ordinary}


def _one_edit(a: str, b: str) -> bool:
    """Damerau-Levenshtein distance exactly 1 (one letter wrong, missing, added or swapped)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


_SOUNDS = (("f", "v"), ("v", "f"), ("s", "z"), ("z", "s"), ("ei", "ij"), ("ij", "ei"),
           ("ou", "au"), ("au", "ou"), ("g", "ch"), ("ch", "g"))


def _sound_variants(word: str) -> list[str]:
    """Spellings by ear, one change at a time: "lefen" -> "leven", "zelfmoort" (d/t above)."""
    out = []
    for a, b in _SOUNDS:
        start = word.find(a)
        while start != -1:
            out.append(word[:start] + b + word[start + len(a):])
            start = word.find(a, start + 1)
    return out


def _dt_variants(word: str) -> list[str]:
    """Dutch d/t spelling slips at the end of a verb: slaad/slaat, mishandeld/mishandelt."""
    stem = gre.sub(r"(dt|d|t)$", "", word)
    return [] if stem == word else [stem + e for e in ("t", "d", "dt") if stem + e != word]


_STRETCHED = re.compile(r"(.)\1\1")  # (plain re: per word, a gate would cost more than it saves)


def _unstretch(word: str) -> str:
    """Letters held down for emphasis: "dooood" -> "dood", "pleeease" -> "please"."""
    if not _STRETCHED.search(word):
        return word
    two = gre.sub(r"(.)\1{2,}", r"\1\1", word)
    if two in lexicon().words or two in ordinary_words():
        return two
    return gre.sub(r"(.)\1{2,}", r"\1", word)


_SPOKEN_NIE = gre.compile(
    r"\b((?:wil|wilt|kan|kun|ga|gaat|durf|zie|weet|hoef|moet|ben|is)\s+(?:\w+\s+){0,2})nie\b")


@remembered  # the whole message and its sentences are read by several checks
def normalise(text: str) -> str:
    """' word word | word ... ': lower case, no accents, short forms written out, misspelt danger
    words repaired, ' | ' between sentences so a phrase never spans two."""
    out = []
    # spoken Dutch "ik wil nie meer" (not the Polish "nie" of "dziecko nie oddycha")
    text = _SPOKEN_NIE.sub(r"\1niet", plain(text[:MAX_CHARS]))
    for sentence in _SENTENCE_END.split(text):
        ws = [_SHORT_FORMS.get(w, w) for w in _WORD.findall(sentence)]
        ws = [w if w in _IS_FORMS else w.removesuffix("'s") for w in ws]  # "husband's"
        if _STRETCHED.search(sentence):  # (rare: a word is read again only when one is)
            ws = [_unstretch(w) for w in ws]
        keep = _as_written()
        # (_repair's own first test, here without the per-message memo: most words pass it)
        ws = [w if len(w) < 4 or w in keep else _repair(w) for w in ws]
        if ws:
            out.append(" ".join(ws))
    return " " + " | ".join(out) + " "


def _sentences(norm: str) -> list[str]:
    return [f" {s.strip()} " for s in norm.split("|") if s.strip()]


def _hits(norm: str) -> dict[str, int]:
    """How often each signal occurs (at most 2: two finality phrases weigh more than one)."""
    keys = message_keys(norm)
    # only the signals one of whose anchor words is in the message are read (speed)
    met = _signal_anchors().met(keys)
    return {name: min(2, len(sig.rx.spans(norm, met=met[name]))) if name in met else 0
            for name, sig in lexicon().signals.items()}


@lru_cache(maxsize=1)
def _signal_anchors() -> AnchorIndex:
    return AnchorIndex({name: sig.rx for name, sig in lexicon().signals.items()})


_OWN_INJURY = gre.compile(r"\b(hurt|hurts|injured|injures|pulled|strained|broke)\s+(his|her)\s+"
                         r"(back|knee|leg|ankle|shoulder|hip|wrist|foot|neck)\b")


def _dv_verb_counts(norm: str) -> bool:
    """A violence verb counts when an adult actor or a victim is in the same sentence, and the
    one who hits is not a young child at the opvang."""
    sig = lexicon().signals
    for s in _sentences(norm):
        # "my partner hurt his back at the gym": his own injury, not a blow; the rest of the
        # sentence is read as before
        s = _OWN_INJURY.sub(" ~ ", s)
        if not sig["domestic_violence.verb"].rx.search(s):
            continue
        young = sig["domestic_violence.young_actor"].rx.search(s)
        if young and not gre.search(r" (mijn|my) (man|vrouw|partner|ex|husband|wife|vriend)", s):
            continue
        if any(sig[f"domestic_violence.{n}"].rx.search(s) for n in ("actor", "victim")):
            return True
        verb_at = sig["domestic_violence.verb"].rx.spans(s)[0][0]
        if any(start > verb_at for start, _ in sig["domestic_violence.victim_child"].rx.spans(s)):
            return True
    return False


def _self_intent_death(norm: str) -> bool:
    """The net under the phrases: one sentence with the writer, a wish and death, in one
    language ("ik denk er steeds over om dood te zijn")."""
    for sentence in _sentences(norm):
        words = set(sentence.split())
        for self_words, intent, death in lexicon().concepts:
            if words & self_words and words & intent and any(d in sentence for d in death):
                return True
    return False


def _only_lost(norm: str) -> bool:
    """Is the whole message only the words of not knowing any more ("ik weet het niet meer",
    "I just don't know anymore"), with nothing that says about what? Said alone it may be
    despair: the reader gets the help line (signals.toml [explained])."""
    ex = _explained_lists()
    spans = ex.lost.spans(norm)
    if not spans:
        return False
    rest = _blank(norm, spans).replace("|", " ").split()
    return all(w == "~" or w in ex.lost_tail or w in ex.lost_alone for w in rest)


@lru_cache(maxsize=1)
def _only_plan_words() -> tuple[frozenset[str], ...]:
    data = read_toml(_safety_dir() / "signals.toml")["only_plan"]
    return tuple(frozenset(plain(w) for w in data[k]) for k in ("do", "it", "time", "filler"))


def _only_plan(norm: str) -> bool:
    """Is the whole message only "I'll do it" and a time ("ik doe het vanavond", "doing it
    tonight"), with nothing that says what? Said alone it may be a plan to die (signals.toml
    [only_plan]). A short message only: longer ones name their object or are read by the nets."""
    words = norm.replace("|", " ").split()
    if not 2 <= len(words) <= 8:
        return False
    do, it, time, filler = _only_plan_words()
    ws = set(words)
    return bool(ws & do and ws & it and ws & time) and ws <= do | it | time | filler


def _writer_harms_child(norm: str) -> bool:
    """The net under the harm phrases: one sentence with the writer, a child and a harmful act
    that is feared or done, and no other child being the one who hits."""
    harm = lexicon().harm
    for s in _sentences(norm):
        def has(key: str, s: str = s) -> bool:
            return any(w in s for w in harm[key])
        if has("self") and has("child") and (has("done") or has("fear") and has("act")) \
                and not has("others"):
            return True
    return False


# Signals that mean danger only together with another one (weighed in _scores below).
_COMBINED_ONLY = frozenset({"verb", "person", "now", "not_responding", "injury", "left_behind",
                            "revenge"})


def _scores(norm: str, hits: dict[str, int]) -> dict[str, float]:
    sig = lexicon().signals
    scores = dict.fromkeys(KINDS, 0.0)
    for name, hit in hits.items():
        kind, part = name.split(".", 1)
        if not hit or sig[name].weight == 0 or part in _COMBINED_ONLY:
            continue
        # Two phrases of one suicide signal (two farewells) weigh more; two means do not.
        scores[kind] += sig[name].weight * (hit if kind == "suicide" and part != "means" else 1)
    # Combinations that only mean danger together.
    if scores["suicide"] < THRESHOLD and (_self_intent_death(norm) or any(
            p in norm.replace(" ", "") for p in lexicon().squashed)):
        scores["suicide"] = THRESHOLD
    if scores["suicide"] < THRESHOLD and _only_plan(norm):
        scores["suicide"] = THRESHOLD  # "ik doe het vanavond." and nothing else
    if scores["suicide"] < THRESHOLD and _only_lost(norm):
        scores["suicide"] = THRESHOLD  # "ik weet het niet meer." and nothing else: ask, don't guess
    if scores["harm_to_child"] < THRESHOLD and _writer_harms_child(norm):
        scores["harm_to_child"] = THRESHOLD
    if hits["domestic_violence.verb"] and _dv_verb_counts(norm):
        scores["domestic_violence"] += 1.0
    acute = scores["acute_danger"]
    if hits["acute_danger.not_responding"] and (hits["acute_danger.person"]
                                                or hits["acute_danger.injury"]):
        acute += 1.0
    elif hits["acute_danger.injury"] and hits["acute_danger.now"] and acute > 0:
        acute += 0.4
    if acute > 0 and (hits["acute_danger.now"] or hits["domestic_violence.actor"]
                      or hits["acute_danger.fear"] or hits["domestic_violence.victim"]):
        acute += 0.4  # a weapon, a threat or someone at the door, now or by a partner/ex
    if hits["acute_danger.aggression"] and _own_anger_only(norm):
        acute -= sig["acute_danger.aggression"].weight  # "ik ben woedend": the writer's anger
    # The writer's threat to harm someone ("ik weet waar ze woont, ze gaan boeten"): two signs, or
    # one with anger, a threat or a weapon. A figure alone ("make them pay for the daycare") is not.
    revenge = hits["acute_danger.revenge"]
    if revenge >= 2 or revenge and (acute > 0 or hits["acute_danger.anger"]):
        acute = max(acute + 0.5 * revenge, THRESHOLD)
    # Someone back at the house ("he's back.") with a cry for help or "now".
    if hits["acute_danger.returned"] and hits["acute_danger.distress"]:
        acute = max(acute, THRESHOLD)
    if hits["domestic_violence.left_behind"] and hits["domestic_violence.direct"] == 1 \
            and not (hits["domestic_violence.verb"] or hits["domestic_violence.fear"] or acute):
        scores["domestic_violence"] += sig["domestic_violence.left_behind"].weight
    # Violence or harm to a child that is happening now: 112 first.
    if hits["acute_danger.now"] and THRESHOLD <= max(scores["domestic_violence"],
                                                      scores["harm_to_child"]):
        acute = max(acute, THRESHOLD)
    scores["acute_danger"] = acute
    if acute >= THRESHOLD and (hits["suicide.direct"] or hits["acute_danger.overdose_taken"]):
        scores["suicide"] = max(scores["suicide"], THRESHOLD)  # an overdose taken: 112 and 113
    # Hopelessness plus any sign of violence or a weapon is not left to chance.
    if 0 < scores["suicide"] < THRESHOLD and (acute > 0 or scores["harm_to_child"] > 0):
        scores["suicide"] += 0.2
    return scores


@lru_cache(maxsize=1)
def _own_anger_list() -> Matcher:
    return Matcher(read_toml(_safety_dir() / "signals.toml")["own_anger"]["phrases"])


def _own_anger_only(norm: str) -> bool:
    """Is every word of aggression in the message the writer's own anger ("woedend ben ik",
    signals.toml [own_anger])? Then it names nobody who is a danger."""
    own = _own_anger_list().spans(norm)
    aggression = lexicon().signals["acute_danger.aggression"].rx.spans(norm)
    return bool(own) and all(any(s <= a < e for s, e in own) for a, _ in aggression)


def overdose_taken(norm: str) -> bool:
    """Does a normalised message say that pills or medicine were taken in a harmful amount? Where
    it is an emergency, the reader gets 113 after 112 (every net)."""
    return bool(lexicon().signals["acute_danger.overdose_taken"].rx.search(norm))


def _order(kinds: list[str], violence_at_home: bool) -> tuple[str, ...]:
    """Help lines, most urgent first, without repeats."""
    table = replies()["kinds"]
    lines: list[str] = []
    if "acute_danger" in kinds:
        lines.append("112")
        if "domestic_violence" not in kinds and violence_at_home:
            lines.append("veilig_thuis")
    for kind in kinds:
        lines.extend(table[kind])
    return tuple(dict.fromkeys(lines))


def detect_danger(text: str) -> Danger | None:
    """The danger a message signals, or None. Fast (well under 1 ms): a handful of regular
    expressions over the normalised text."""
    with this_message():  # the nets read the same sentences: once per message
        return _screen(text)[0]


def with_calm_line(question: str, reply: Any) -> Any:
    """The chat's reply to a message without danger now, with Veilig Thuis added as a calm line
    (no "Help now", no 112) where the message told violence at home that is over for the one
    it happened to: a past that is over, or someone safe now ([safe_now]). `reply` is the chat's
    ChatReply (duck-typed, as in crisis_reply)."""
    line = _screen(question or "")[1]
    if line is None or replies()["lines"][line]["number"] in reply.answer:
        return reply
    texts = replies()["text"]
    text = texts.get(reply.lang, texts["nl"])[f"line_{line}"]
    return replace(reply, answer=f"{reply.answer}\n\n{text}",
                   sources=[*reply.sources, _line_source(line)])


@remembered  # once per message: detect_danger and with_calm_line both ask
def _screen(text: str) -> tuple[Danger | None, str | None]:
    """(the danger now, or None; the help line to give calmly, or None)."""
    if not text or not text.strip():
        return None, None
    danger = _detect(text)
    if danger is None:
        return None, None
    # violence at home that is over: its help line stays, calmly, for advice
    calm = "veilig_thuis" if "domestic_violence" in danger.kinds else None
    if "domestic_violence.strangled" in danger.signals:
        # strangulation is not downgraded to a calm line by "it is over" or "I'm fine": it is the
        # strongest warning sign of violence at home, whenever it happened
        return _with_parent_line(text, danger), None
    calmer = _explained(text)
    if calmer is not None and _detect(text, calmer) is None:
        return None, None  # the words of despair are about a named ordinary thing ([explained])
    rest = _present_part(text)
    if rest is not None and (not rest.strip() or _detect(rest) is None):
        return None, calm  # the danger was in the past and is over (signals.toml [past_over])
    if _said_ok(text, danger):
        return None, None  # "..., but we're safe and fine" on weak signals only ([said_ok])
    if _safe_now(text, danger):
        return None, "veilig_thuis"  # violence at home, and the one it happened to is safe now
    return _with_parent_line(text, danger), None


# Signals of the precise net that name violence at home in plain words, or only a person or
# "now": what a safe place ([safe_now]) can explain. Any other signal (a threat, a weapon, fear,
# despair, harm to a child) keeps the box, whichever net fired.
_PLAIN_VIOLENCE = frozenset({"domestic_violence.direct", "domestic_violence.verb",
                             "domestic_violence.service", "domestic_violence.left_behind",
                             "acute_danger.person", "acute_danger.now"})


# A quick look before the message is read again: a word that every [safe_now] place has.
_SAFE_PLACE_WORD = gre.compile(r"veilig|safe|geheim|secret|confidential|anoniem|undisclosed|"
                              r"shelter|refuge|opvang|blijf|away from")


@lru_cache(maxsize=1)
def _safe_now_lists() -> tuple[Matcher, Matcher]:
    data = read_toml(_safety_dir() / "signals.toml")["safe_now"]
    return Matcher(data["places"]), Matcher(data["reopen"])


def _safe_now(text: str, danger: Danger) -> bool:
    """Violence at home, told in plain words, by or about someone who is in a safe place now
    ("she has moved to a safe address", "woont nu in de vrouwenopvang"), with nothing that
    reopens it ("again", "he found her", fear, tonight) and no other kind of danger."""
    # (harm to a child as the broad or learned net guesses it from "mishandeld ... met haar
    # zoon"; a phrase of harm to a child is a precise signal and keeps the box below)
    if set(danger.kinds) - {"domestic_violence", "acute_danger", "harm_to_child"}:
        return False
    if not _SAFE_PLACE_WORD.search(plain(text[:MAX_CHARS])):
        return False  # no word of a safe place at all: most messages, no second reading
    places, reopen = _safe_now_lists()
    norm = blank_neutral(normalise(text))
    if not places.search(norm) or reopen.search(norm):
        return False
    sig = lexicon().signals
    hits = _hits(norm)
    named = hits["domestic_violence.direct"] or hits["domestic_violence.verb"]
    return bool(named) and not any(h and sig[n].weight != 0 and n not in _PLAIN_VIOLENCE
                                   for n, h in hits.items())


@lru_cache(maxsize=1)
def _served_list() -> Matcher:
    return Matcher(read_toml(_safety_dir() / "signals.toml")["past_over"]["served"])


def _served(norm: str) -> bool:
    """A sentence that says the danger was judged and a sentence served for it ("zat in de
    gevangenis voor mishandeling"): a past of its own, over where the message says so. Read on
    the sentence before [past_over] resolved phrases are set aside ("zat in de gevangenis" is
    one of them)."""
    return _served_list().search(norm)


@lru_cache(maxsize=1)
def _said_ok_lists() -> tuple[Matcher, frozenset[str]]:
    data = read_toml(_safety_dir() / "signals.toml")["said_ok"]
    return Matcher(data["phrases"]), frozenset(data["weak_signals"])


def _said_ok(text: str, danger: Danger) -> bool:
    """Does the writer say plainly that they or the family are all right now ("but I'm ok",
    "niks ernstigs"), where every signal the danger rests on is a weak one (tired, not coping, a
    person or "now" alone, the learned or the broad net)? A wish to die, a means, a weapon or
    violence named is never explained away so, nor a thought of suicide that the learned or the
    broad net read ("I've written letters for my kids and I'm fine with it")."""
    says_ok, weak = _said_ok_lists()
    if not danger.signals or not says_ok.search(normalise(text)):
        return False
    if "suicide" in danger.kinds and any(s == "learned" or s.startswith("broad.")
                                         for s in danger.signals):
        return False  # someone who plans to go may well write "I'm fine"
    from wizard.chat.safety_broad import tells_own_fear  # (safety_broad imports this module)

    if tells_own_fear(danger.signals):
        # "I threw her onto the bed too hard. she's ok but I scared myself": the child is all
        # right now; what was done, or feared, is not over
        return False
    return all(s in weak or s.startswith("broad.") for s in danger.signals)


def _with_parent_line(text: str, danger: Danger) -> Danger:
    """A parent afraid of harming their own child, or who did, is in a crisis of their own: 113
    after Veilig Thuis. Harm by someone else (a partner, the oppas) keeps Veilig Thuis alone."""
    if "harm_to_child" not in danger.kinds or "113" in danger.lines \
            or not _writer_is_the_one(normalise(text)):
        return danger
    lines = list(danger.lines)
    lines.insert(lines.index("veilig_thuis") + 1 if "veilig_thuis" in lines else len(lines), "113")
    return replace(danger, lines=tuple(lines),
                   numbers=tuple(replies()["lines"][x]["number"] for x in lines))


def _writer_is_the_one(norm: str) -> bool:
    """A sentence with harm to a child (a phrase of harm_to_child, or the harm concepts) in which
    the writer speaks of themself and no other adult is named."""
    lex = lexicon()
    harm = lex.harm
    sig = lex.signals
    for s in _sentences(norm):
        words = set(s.split())
        if not words & {w.strip() for w in harm["self"]}:
            continue
        if any(f" {w.strip()} " in s for w in harm["other_actor"]):
            continue
        if sig["harm_to_child.direct"].rx.search(s) or sig["harm_to_child.by_parent"].rx.search(s) \
                or _writer_harms_child(s):
            return True
    return False


# "nog" / "still" beside the mark a past left ("ik heb nu nog wel last van PTSS", "I still have
# nightmares now") points back to that mark, not to the danger: the one it happened to telling
# how it goes now. Any other pointing word ("het", "weer", "er ... aan") still reopens the past.
_MARK_POINTERS = frozenset({"nog", "still"})
_CONTINUING = frozenset({"nog steeds", "nog altijd", "still"})


def _points_back(norm: str) -> bool:
    """Does a "now" sentence point back to the past it follows (signals.toml [past_over]
    points_back), other than by "nog"/"still" beside an aftereffect?"""
    lex = lexicon()
    words = {norm[s:e].strip() for s, e in lex.points_back.spans(norm)}
    if words and words <= _MARK_POINTERS and lex.aftereffect.search(norm):
        return False
    return bool(words)


# The marks that may come back without the danger ("weer last van PTSS-klachten", "nightmares
# again"); fear is not among them ("ik ben weer bang" may be fear of the danger come back).
_FEAR = frozenset({"angst", "angstig", "angsten", "bang", "anxiety", "anxious", "fear", "fears",
                   "scared", "afraid"})


def _mark_follows(norm: str, end: int) -> bool:
    """Does a mark the past left ([past_over] aftereffect, not fear) start within two words
    after `end` ("weer last van", "again flashbacks")?"""
    return any(0 <= len(norm[end:a].split()) <= 2 and norm[a:b].strip() not in _FEAR
               for a, b in lexicon().aftereffect.spans(norm) if a >= end)


# A short sentence that only dates the one before it: "dat is vijf jaar geleden", "that was
# back in 2019", "het was vorig jaar".
_POINTER_START = frozenset({"dat", "dit", "het", "that", "this", "it", "that's", "it's",
                            "thats", "its"})


def _dated_back(norm: str) -> str | None:
    """"long_ago" or "past" when `norm` opens as such a dating sentence (a pointing word, and a
    time in its first eight words: "dat is nu zes jaar voorbij: hij heeft geen contact meer")
    and names no danger, else None."""
    words = [w for w in norm.split() if w != "~"]
    if not words or words[0] not in _POINTER_START:
        return None
    lex = lexicon()
    head = f" {' '.join(words[:8])} "
    when = "long_ago" if lex.long_ago.search(head) else "past" if lex.past.search(head) else None
    return when if when and _detect(norm) is None else None


def _present_part(text: str) -> str | None:
    """The sentences of a message that are not explained away, or None when the message explains
    nothing away, or reopens what it explained ('again', 'still', 'now' outside that past). Then
    the danger found in it may be background the parent gives for the form, not a crisis.
    Explained away (signals.toml [past_over] and [care_in_place]):
    - WHEN: a sentence about a past that the message says is over (or long ago, beside a question);
    - WHAT: a known illness with moments of not responding told as a habit, with care in place
      (a hospital's plan), in a message that says nothing of now or of an emergency; someone in
      hospital whose only danger is acute (blood lost after a birth, an operation);
    - WHO: the sentences up to a plain "dat is werk", "not about me", "just kidding".
    A sentence that reopens: 'weer', 'still'; 'nu', 'now' outside the past, unless the message
    says explicitly that the past is over and that sentence names no danger and does not point
    back to it ('nu heb ik MS' is the present; 'nu doet hij het weer', 'nu denk ik er elke dag
    aan' is not)."""
    lex = lexicon()
    parts = [c for p in _SENTENCE_END.split(plain(text[:MAX_CHARS])) if p.strip()
             for c in clauses(p)]
    norms = []
    resolved = False
    for part in parts:
        norm = normalise(part)
        # "..., dan is het klaar" is an end to come, not a past that is over
        spans = [(a, b) for a, b in lex.resolved.spans(norm)
                 if norm[:a].split()[-1:] not in (["dan"], ["then"])]
        resolved = resolved or bool(spans)
        for start, end in reversed(spans):  # "het gaat nu weer goed" is no "again"
            norm = norm[:start] + "~ " * norm[start:end].count(" ") + norm[end:]
        norms.append((part, norm, bool(spans)))
    # Care in place explains a habit away only in a message with no sign of an emergency and no
    # "now" outside a question ("..., maar deze duurt al tien minuten").
    care = any(lex.care.search(n) for _, n, _ in norms) and not any(
        lex.emergency.search(n) or lex.now.search(n) and not lex.asking.search(n)
        for _, n, _ in norms)
    # WHO: everything up to a plain "that is my work" / "just kidding" is set aside.
    set_aside = max((i for i, (_, n, _) in enumerate(norms)
                     if lex.not_me.search(n) and not lex.serious.search(n)), default=-1)
    only_long_ago, kept, dropped, asks, past_dropped = True, [], set_aside >= 0, False, False
    dated_after = [_dated_back(n) for _, n, _ in norms[1:]] + [None]
    for i, (part, norm, own_resolved) in enumerate(norms):
        asking = bool(lex.asking.search(norm))
        if i <= set_aside or care and _care_in_place(norm) or _in_hospital(part, norm):
            dropped = True
            continue
        # "Still" about the mark the past left ("mijn dochter heeft nog steeds angst", "I still
        # have PTSD") is no danger back, where that sentence names no danger itself.
        # Only a "still" goes on with a mark: "weer", "terug", "again", "back" say the danger
        # itself came back ("maar nu is hij terug en ik ben bang" is no mark of the past), unless
        # the mark itself follows it ("weer last van PTSS-klachten": the mark came back).
        long_ago_at, past_at = lex.long_ago.spans(norm), lex.past.spans(norm)
        # "back in 2022" is a time, not "back"; "weer alles uitleggen" is a form, not the danger
        told_at = lex.again_told.spans(norm)
        again = [(a, b) for a, b in lex.again.spans(norm)
                 if not any(s <= a < e for s, e in long_ago_at + past_at + told_at)]
        still_marked = bool(lex.aftereffect.search(norm)) and _detect(part) is None and all(
            norm[a:b].strip() in _CONTINUING or _mark_follows(norm, b) for a, b in again)
        if again and not still_marked or lex.since.search(norm) and not own_resolved:
            return None  # a past that is back: "vroeger sloeg hij, nu weer"
        # "Mijn vorige partner was gewelddadig. Dat is vijf jaar geleden.": the time said in
        # the short sentence after it, pointing back
        long_ago = bool(long_ago_at) or dated_after[i] == "long_ago"
        past = bool(past_at) or dated_after[i] == "past"
        if (long_ago or past) and _now_after_past(norm) and not own_resolved:
            return None  # "years ago he beat me and now he threatens me": the past goes on
        served = _served(normalise(part))
        if served and _now_after_past(normalise(part), served):
            return None  # "zat vast voor mishandeling, nu bedreigt hij me weer"
        if long_ago or past or served:
            dropped = past_dropped = True
            only_long_ago = only_long_ago and long_ago
        elif lex.now.search(norm) and not (own_resolved or asking) and not (
                resolved and not _points_back(norm) and _detect(part) is None):
            return None  # "... maar nu staat hij voor de deur" (not: "maar nu ben ik veilig")
        else:
            kept.append(part)
            asks = asks or asking
    if not dropped:
        return None
    # A past is over where the message says so; long ago by itself only beside a question.
    if past_dropped and not (resolved or only_long_ago and asks):
        return None
    return ". ".join(kept)


# A long sentence without punctuation (a voice memo, a story typed in one breath) is read in
# clauses, cut before a joining word: in one sentence of 120 words a past told at its start
# ("vorig jaar ...") would set aside a danger told at its end, and every word meets every other.
CLAUSE_START = frozenset("en maar want omdat dus toen and but so because cause cos coz".split())
LONG_SENTENCE = 40  # words: a sentence longer than this is read in clauses
CLAUSE_MIN = 6  # words: a clause is not cut shorter than this


def clause_starts(words: list[str]) -> list[int]:
    """The indexes of the words that start a new clause in a sentence of these words (none in a
    sentence of LONG_SENTENCE words or fewer)."""
    if len(words) <= LONG_SENTENCE:
        return []
    starts, size = [], 0
    for i, w in enumerate(words):
        if w.lower() in CLAUSE_START and size >= CLAUSE_MIN:
            starts.append(i)
            size = 0
        size += 1
    return starts


def clauses(sentence: str) -> list[str]:
    """A sentence as its clauses (itself, unless it is long: see clause_starts)."""
    words = sentence.split()
    cuts = [0, *clause_starts(words), len(words)]
    if len(cuts) == 2:
        return [sentence]
    return [" ".join(words[a:b]) for a, b in zip(cuts, cuts[1:], strict=False)]


@dataclass(frozen=True)
class _Explained:
    lost: Matcher
    practical: Matcher
    practical_words: frozenset[str]
    practical_long: tuple[str, ...]  # the words long enough to be read misspelt
    trouble: Matcher
    lost_tail: frozenset[str]
    lost_alone: frozenset[str]  # words that say nothing about what is not known any more
    gone: Matcher
    illness: Matcher
    arrangement: Matcher
    breaks: Matcher  # a cover or a day named: the arrangement is not explained by the illness
    burden_other: Matcher  # someone else not wanting to be a burden ...
    burden_reason: Matcher  # ... for a care arrangement named beside it


@lru_cache(maxsize=1)
def _explained_lists() -> _Explained:
    data = read_toml(_safety_dir() / "signals.toml")["explained"]
    words = frozenset(plain(w) for w in data["practical_words"])
    return _Explained(Matcher(data["lost"]), Matcher(data["practical"]), words,
                      tuple(w for w in words if len(w) >= 5), Matcher(data["trouble"]),
                      frozenset(plain(w) for w in data["lost_tail"]),
                      frozenset(plain(w) for w in data["lost_alone"]),
                      *(Matcher(data[k]) for k in ("gone", "illness", "arrangement", "breaks",
                                                   "burden_other", "burden_reason")))


_PIECES = gre.compile(f"({_SENTENCE_END.pattern})")


def _practical(sentence: str) -> bool:
    """Does a normalised sentence name a practical thing of the application (the form, SMI, the
    gemeente, the opvang, money), also misspelt by one letter ("formulir")?"""
    ex = _explained_lists()
    if ex.practical.search(sentence):
        return True
    for w in sentence.split():
        if w in ex.practical_words:
            return True
        if len(w) >= 5 and any(_one_edit(w, p) for p in ex.practical_long):
            return True
    return False


def _blank(norm: str, spans: list[tuple[int, int]]) -> str:
    for start, end in reversed(spans):
        norm = norm[:start] + "~ " * norm[start:end].count(" ") + norm[end:]
    return norm


_NOT_KNOWING = gre.compile(r"\b(weet|weten|wee|know|idea)\b")


def _explained(text: str) -> str | None:
    """The message as read with the words set aside that the message itself explains as
    ordinary (signals.toml [explained]), or None when it explains nothing:
    - not knowing any more ("ik weet het niet meer", "I don't know anymore", "ik zie het niet
      meer zitten") whose object is a practical thing: named right after the words ("met dat
      formulier"), or, where the words end their sentence, asked about or in trouble in the same
      sentence or the one before ("Moet het formulier naar de gemeente? Ik weet het niet meer.");
    - someone else not wanting to be a burden, beside a care arrangement ("my mum doesn't want
      to be a burden, so she won't babysit any more");
    - being gone or a will ("voor als ik er niet meer ben") in a message about a serious illness
      or a death in the family that names a will, a notary or a guardian, and neither a day nor
      a cover ("she thinks it is for her illness").
    Only those words are set aside; the caller reads the rest again, so a burden, a wish to be
    gone or a plan anywhere in the message keeps the help line."""
    ex = _explained_lists()
    pieces = _PIECES.split(plain(text[:MAX_CHARS]))
    # (normalised sentence, ends with a question mark, ends softly: ", maar", " - ")
    sentences: list[tuple[str, bool, bool]] = []
    for i in range(0, len(pieces), 2):
        norm = normalise(pieces[i]).strip()
        if norm:
            sep = pieces[i + 1] if i + 1 < len(pieces) else ""
            sentences.append((f" {norm} ", "?" in sep, not gre.search(r"[.!?;\n]", sep)))
    changed = lost_found = False
    out = []
    whole = " ".join(s for s, _, _ in sentences)
    illness_will = bool(ex.illness.search(whole) and ex.arrangement.search(whole)
                        and not ex.breaks.search(whole))
    for i, (sentence, question, _) in enumerate(sentences):
        spans = []
        for start, end in ex.lost.spans(sentence):
            head, tail = sentence[:start], sentence[end:]
            tail_words = [w for w in tail.split() if w != "~"]
            if tail_words and all(w in ex.lost_tail for w in tail_words):
                tail_words = []
            if tail_words:  # "... met dat formulier": the object follows the words
                about = len(tail_words) <= 6 and _practical(tail)
            else:  # the words end the sentence: the object is what was asked or went wrong
                # (or, for not knowing how, the practical question right after it: "Ik weet
                # echt niet meer hoe ik dit moet doen. Is er iets voor de opvang?"; not "ik stop
                # ermee. Kan de opvang de kinderen houden?")
                after = sentences[i + 1] if i + 1 < len(sentences) else None
                about = _asked_about_a_thing(sentences, i, head, question) or (
                    after is not None and after[1] and _practical(after[0])
                    and bool(_NOT_KNOWING.search(sentence[start:end])))
            if about:
                spans.append((start, end))
                lost_found = True
        if illness_will:
            spans += ex.gone.spans(sentence)
        burden = ex.burden_other.spans(sentence)
        if burden and any(ex.burden_reason.search(s) for s, _, _ in sentences[i:i + 2]):
            spans += burden
        if spans:
            changed = True
            sentence = _blank(sentence, sorted(set(spans)))
        out.append(sentence.strip())
    if not changed:
        return None
    norm = " " + " | ".join(out) + " "
    if illness_will and not lost_found:
        # A will for an illness is background only where nothing else in the message names a
        # harm, a means, an ending or despair (broad.toml [danger_words]): "ik kan het niet meer
        # aanzien ... ik heb alles geregeld, ook het testament" is not.
        from wizard.chat.safety_broad import danger_word_sentences

        if any(danger_word_sentences(norm)):
            return None
    return norm


def _asked_about_a_thing(sentences: list[tuple[str, bool, bool]], i: int, head: str,
                        question: bool) -> bool:
    """Is a practical thing asked about or in trouble just before the words of not knowing at the
    end of sentence i: in its head, or in the sentence before (with the parts split off from it
    only by a comma and a conjunction)? A short question without an object of its own between
    them ("Wat moet ik doen?") points further back, one sentence."""
    ex = _explained_lists()
    if _practical(head) and (question or ex.trouble.search(head)):
        return True
    asked = False
    j = i - 1
    for _ in range(2):
        if j < 0:
            return False
        parts, q = [sentences[j][0]], sentences[j][1]
        while j > 0 and sentences[j - 1][2]:
            j -= 1
            parts.insert(0, sentences[j][0])
            q = q or sentences[j][1]
        text = " ".join(parts)
        trouble = q or bool(ex.trouble.search(text))
        if _practical(text):
            return trouble or asked
        if not trouble or len(text.split()) > 6:
            return False
        asked, j = True, j - 1
    return False


def _now_after_past(norm: str, served: bool = False) -> bool:
    """Does a sentence go on from its past to a danger now ("jaren geleden sloeg hij me en nu
    bedreigt hij me")? Then the past is not over. ("..., nu woon ik veilig" is over.)"""
    lex = lexicon()
    past = [start for start, _ in lex.long_ago.spans(norm) + lex.past.spans(norm)
            + (_served_list().spans(norm) if served else [])]
    if not past:
        return False
    for start, _ in lex.now.spans(norm):
        if start > min(past):
            tail = " " + norm[start:].strip() + " "
            return _detect(tail, tail) is not None
    return False


# A message typed without full stops can hold a whole day in one "sentence" ("... mijn vriendin
# ligt sinds de operatie in bed ... sorry tussendoor mijn dochter heeft net een vaatwastablet in
# haar mond gehad"): beyond this many words it is no longer one thought about one person.
_ONE_THOUGHT_WORDS = 40


def _in_hospital(part: str, norm: str) -> bool:
    """A sentence about someone in hospital or admitted whose only danger is acute (an injury,
    blood lost, not responding): the care is there. Violence, an overdose or a wish to die in it
    is never explained away so."""
    if not lexicon().hospital.search(norm) or len(norm.split()) > _ONE_THOUGHT_WORDS:
        return False  # (a run-on of many thoughts is not one sentence about someone in hospital)
    found = _detect(part)
    return found is not None and set(found.kinds) == {"acute_danger"}


def _care_in_place(norm: str) -> bool:
    """A sentence that tells a known illness with moments of not responding as a habit ("heeft
    soms aanvallen waarbij ze niet reageert"); the caller checks the message for now and for an
    emergency sign."""
    lex = lexicon()
    return bool(lex.condition.search(norm) and lex.habit.search(norm))


def blank_neutral(norm: str) -> str:
    """A normalised message with its ordinary idioms ("dood moe", "killing time") and its
    figures of speech about paperwork, work or waiting ("die wachttijd is dodelijk") blanked out
    as '~', keeping the word count: every net reads this."""
    keys = message_keys(norm)
    spans = lexicon().neutral.spans(norm, keys) + _figurative_spans(norm, keys)
    return _blank(norm, _merged(spans))


_FIGURE_SECTIONS = ("figurative", "care_afraid", "not_wanted", "intensity", "privacy_worry",
                    "sent_around", "care_overload")
# A figure told as someone's words ("my client keeps saying the letters will kill her") is
# read with its frame: the learned net must not see "keeps saying that ..." left alone.
_REPORTED = gre.compile(r"(?:^| )(?:zegt|zei|zeggen|roept|riep|klaagt|says|said|saying|tells|told|"
                       r"telling|complains|keeps)(?: [^ |]+){0,4} $")


@lru_cache(maxsize=1)
def _figurative_lists() -> tuple[tuple[Matcher, Matcher, bool], ...]:
    """Per section of signals.toml that lists figures of speech ([figurative], [care_afraid],
    [not_wanted], [intensity]): (the figures, what breaks them, whether a break anywhere in the
    message counts or only in the figure's sentence). Each phrase has THING read as any of the
    section's `things`, so a new thing is one word in the data, not a new phrase."""
    data = read_toml(_safety_dir() / "signals.toml")
    out = []
    for name in _FIGURE_SECTIONS:
        sec = data[name]
        thing = "/".join(sec["things"])
        out.append((Matcher([p.replace("THING", thing) for p in sec["phrases"]]),
                    Matcher(sec["breaks"]), sec.get("breaks_in") == "message"))
    return tuple(out)


def _figurative_spans(norm: str, keys: frozenset[str]) -> list[tuple[int, int]]:
    """Where a message says a figure of speech or a worry with alarming words (signals.toml
    [figurative], [care_afraid], [not_wanted], [intensity]): a death word said of a thing of
    paperwork, work or waiting ("dit formulier wordt mijn dood", "my boss will murder me"), the
    opvang afraid to take a child on, not wanting a mistake or being awkward, anger so strong
    one cannot sleep or type. Not where its sentence (for anger: the message) names a wish, a
    threat, a weapon or means, a partner, or "now"."""
    out = []
    for figures, breaks, whole in _figurative_lists():
        spans = figures.spans(norm, keys)
        for start, end in spans:
            left = norm.rfind("|", 0, start) + 1
            right = norm.find("|", end)
            sentence = " " + norm[left:len(norm) if right < 0 else right].strip() + " "
            if breaks.search(norm if whole else sentence):
                continue
            frame = _REPORTED.search(norm[left:start])
            out.append((left + frame.start() if frame else start, end))
    return out


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans sorted, overlapping ones joined (_blank needs them apart)."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def _detect(text: str, norm: str | None = None) -> Danger | None:
    """The danger in `text`; `norm`, when given, is the text as read with some phrases set aside
    (_explained)."""
    norm = blank_neutral(normalise(text) if norm is None else norm)
    lex = lexicon()
    hits = _hits(norm)
    scores = _scores(norm, hits)
    kinds = [k for k in ("acute_danger", "suicide", "domestic_violence", "harm_to_child")
             if scores[k] >= THRESHOLD]
    if not kinds:  # the broad second net (safety_broad.py) reads it for other words of danger
        from wizard.chat.safety_broad import detect_broad
        from wizard.chat.safety_learned import detect_learned

        # then the learned third net (safety_learned.py) for wordings no rule was written for
        return detect_broad(text, norm) or detect_learned(text, norm)
    if len(kinds) == 1:
        # One kind alone may not be all the reader needs: "I pray I won't wake up" reads here as
        # a person not waking (112), but the broad net reads a wish to die (113); a parent's
        # images of drowning the baby read as harm to a child (Veilig Thuis), but the parent
        # needs 113 too. The broad net's kinds are added after the precise net's.
        from wizard.chat.safety_broad import detect_broad
        broad = detect_broad(text, norm)
        kinds += [k for k in broad.kinds if k not in kinds] if broad else []
    child = bool(lex.child_writer.search(norm))
    # A threat, a weapon or someone at the door from a partner or family member is violence at
    # home too: after 112, Veilig Thuis ("hij zegt dat hij me vanavond vermoordt, hij is thuis").
    by_someone_close = "acute_danger" in kinds and hits["domestic_violence.actor"] and any(
        hits[f"acute_danger.{s}"]
        for s in ("threat", "weapon", "at_door", "aggression", "returned"))
    lines = list(_order(kinds, scores["domestic_violence"] > 0 or bool(by_someone_close)))
    if child:
        lines.append("kindertelefoon")
    numbers = tuple(replies()["lines"][x]["number"] for x in lines)
    return Danger(kind=kinds[0], kinds=tuple(kinds), lines=tuple(lines), numbers=numbers,
                  scores={k: round(v, 2) for k, v in scores.items()},
                  signals=tuple(n for n, h in hits.items() if h), child_writer=child,
                  unresponsive=bool(hits["acute_danger.unresponsive"]
                                    or hits["acute_danger.not_responding"]))


# --- the reply ---------------------------------------------------------------------------------

_TR_WORDS = frozenset("""ve bir bu ne için icin cocuk çocuk çocuğum cocugum çocuklarım benim beni
    bana mi mı var yok nasıl nasil istiyorum istemiyorum kocam karım eşim esim değil degil ama çok
    cok lütfen lutfen yardım yardim evde şimdi simdi ölmek olmek dövüyor dovuyor yapmalıyım
    yapmaliyim""".split())
_PL_WORDS = frozenset("""jest nie się sie mnie mój moj moja dziecko dzieci czy jak co żeby zeby chcę
    chce mąż maz bije proszę prosze pomocy pomoc już juz mam jestem umrzeć umrzec żyć
    zyc""".split())


def reply_lang(text: str, hint: str | None = None) -> str:
    """The language for the safety reply: tr/ar/pl/uk when the message is written in it (script
    or typical words), else nl/en as the chat reads it; "both" when it cannot tell."""
    if gre.search(r"[\u0600-\u06ff]", text):
        return "ar"
    if gre.search(r"[\u0400-\u04ff]", text):
        # Ukrainian, or Russian as many Ukrainian families also write: the Ukrainian reply.
        return "uk"
    low = text.lower()
    ws = set(_WORD.findall(low))
    tr, pl = len(ws & _TR_WORDS), len(ws & _PL_WORDS)
    # A Turkish or Polish letter in one word may be a name in a Dutch message ("Barış",
    # "Michał"): it takes two such words, or one with a typical word of the language.
    tr_letters = sum(1 for w in ws if gre.search(r"[ğşı]", w))
    pl_letters = sum(1 for w in ws if gre.search(r"[ąęłńśźż]", w))
    if tr_letters >= 2 or (tr_letters or gre.search(r"[öüç]", low)) and tr >= 1 or tr >= 2:
        return "tr"
    if pl_letters >= 2 or (pl_letters or "ó" in low) and pl >= 1 or pl >= 2:
        return "pl"
    from wizard.chat.lang import answer_lang, detect

    lang = answer_lang(detect(text, hint=hint), text, hint=hint)
    return {"tr": "tr", "pl": "pl"}.get(lang, lang)


def _block(danger: Danger, lang: str, followed: bool) -> str:
    t = replies()["text"][lang]
    lines = [f"**{t['heading']}**", t[f"open_{danger.kind}"]]
    for line in danger.lines:
        if line == "112":
            first = danger.kind == "acute_danger"
            lines.append(t["line_112_first" if first else "line_112_now"])
            if first and danger.unresponsive:
                lines.append(t["line_stay"])
        elif line == "veilig_thuis":
            parent = danger.kind == "harm_to_child" and "domestic_violence" not in danger.kinds
            lines.append(t["line_veilig_thuis_parent" if parent else "line_veilig_thuis"])
        else:
            lines.append(t[f"line_{line}"])
    # The other lines in one sentence: a danger read as the wrong kind still gets its number.
    others = [t[f"also_{line}"] for line in ("113", "veilig_thuis") if line not in danger.lines]
    if others:
        lines.append(f"{t['also']} {'; '.join(others)}.")
    lines.append(t["below" if followed else "later"])
    return "\n\n".join(lines)


def danger_reply(danger: Danger, lang: str, followed_by_answer: bool = False,
                 companion: str = "nl") -> str:
    """The safety text in the reader's language. tr/ar/pl/uk are followed by the text in
    `companion` (nl or en: the reader may be a helper, or the language guess wrong); "both" =
    Dutch and English."""
    if lang == "both":
        langs = ["nl", "en"]
    elif lang in ("tr", "ar", "pl", "uk"):
        langs = [lang, companion if companion in ("nl", "en") else "nl"]
    else:
        langs = ["en" if lang == "en" else "nl"]
    return "\n\n---\n\n".join(_block(danger, lg, followed_by_answer) for lg in langs)


def danger_sources(danger: Danger) -> list[dict[str, str]]:
    return [_line_source(line) for line in danger.lines]


def _line_source(line: str) -> dict[str, str]:
    spec = replies()["lines"][line]
    return {"title": f"{spec['name']} ({spec['number']})", "ref": spec.get("url") or spec["number"]}


# Words that show a message also asks about SMI itself (then its answer follows the help line).
_SMI_TOPIC = gre.compile(
    r"\bsmi\b|sociaal[\s-]*medisch|opvang|\bkdv\b|\bbso\b|gastouder|toeslag|kinderdagverblijf|"
    r"childcare|child care|day\s*care|nursery|after[\s-]*school|aanvra|\bapply|gemeente|"
    r"municipal|eigen bijdrage|verleng|\bwizard\b")


def asks_about_smi(text: str) -> bool:
    return bool(_SMI_TOPIC.search(plain(text)))


def smi_part(text: str) -> str:
    """The sentences of a message that signal no danger themselves, so that the SMI question in
    "I can't go on. Can SMI pay for daycare?" is answered as if asked alone. The whole message
    when every sentence carries a signal."""
    parts = [p.strip() for p in gre.split(r"(?<=[.!?\n])\s+", text) if p.strip()]
    rest = [p for p in parts if detect_danger(p) is None]
    return " ".join(rest) if rest and len(rest) < len(parts) else text


def crisis_reply(danger: Danger, question: str, hint: str | None, smi_reply: Any,
                 force_lang: str | None = None) -> Any:
    """The chat reply for a message with danger: the help line first, in the reader's language;
    then, when the message also asked about SMI and the chat had a real answer, that answer.
    `smi_reply` is the chat's ChatReply for the same message (duck-typed: no import cycle).
    `force_lang` (nl/en, `smi ask --lang`) wins over nl/en as read from the message; a message in
    tr/ar/pl/uk still gets its own language first. kind is "handoff", never "answer"."""
    lang = reply_lang(question, hint)
    if force_lang in ("nl", "en") and lang not in ("tr", "ar", "pl", "uk"):
        lang = force_lang
    follow = (asks_about_smi(question) and smi_reply is not None
              and smi_reply.kind in ("answer", "handoff")
              and smi_reply.intent not in ("unsure", "offtopic"))
    text = danger_reply(danger, lang, followed_by_answer=follow,
                        companion=force_lang or (hint if hint in ("nl", "en") else "nl"))
    crisis = {"kind": danger.kind, "kinds": list(danger.kinds), "numbers": list(danger.numbers),
              "text": text, "lang": lang}
    sources = danger_sources(danger)
    if follow:
        body = f"{text}\n\n{smi_reply.answer}"
        seen = {s["ref"] for s in sources}
        sources += [s for s in smi_reply.sources if s["ref"] not in seen]
        return replace(smi_reply, kind="handoff", answer=body, sources=sources,
                       intent=f"crisis_{danger.kind}", crisis=crisis)
    return replace(smi_reply, kind="handoff", answer=text, sources=sources,
                   intent=f"crisis_{danger.kind}", crisis=crisis, action=None, item_id=None)
