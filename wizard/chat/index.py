"""The bm25s index of the FAQ, one per language, built once and cached. Every question variant
is a document (the answer text too, with a lower weight); an item scores as its best document.
Besides the BM25 score, `coverage` says how much of the question (idf-weighted) the best document
explains: that is what the "not sure" threshold is tuned on."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import bm25s
import numpy as np

from wizard.chat import text as T
from wizard.chat.faq import Item, load_items
from wizard.chat.per_message import remembered

ANSWER_WEIGHT = 0.6  # an answer text matches less reliably than a question variant
UNKNOWN_WEIGHT = 0.6  # share of the mean idf that an unknown question word counts against


@dataclass(frozen=True)
class Hit:
    item: Item
    score: float
    coverage: float
    lang: str  # the index it came from


class Index:
    def __init__(self, lang: str, items: tuple[Item, ...]):
        self.lang = lang
        self.items = items
        docs: list[list[str]] = []
        self.doc_item: list[int] = []
        self.doc_weight: list[float] = []
        for i, item in enumerate(items):
            part = item.part(lang)
            for v in part.variants:
                docs.append(T.tokens(v, lang))
                self.doc_item.append(i)
                self.doc_weight.append(1.0)
            docs.append(T.tokens(part.answer, lang))
            self.doc_item.append(i)
            self.doc_weight.append(ANSWER_WEIGHT)
        self.doc_tokens = [frozenset(d) for d in docs]
        self.doc_item_arr = np.array(self.doc_item)
        self.doc_weight_arr = np.array(self.doc_weight, dtype=np.float32)
        self.bm25 = bm25s.BM25()
        self.bm25.index(docs, show_progress=False)
        n = len(docs)
        df: dict[str, int] = {}
        for d in self.doc_tokens:
            for t in d:
                df[t] = df.get(t, 0) + 1
        self.idf = {t: math.log(1 + (n - c + 0.5) / (c + 0.5)) for t, c in df.items()}
        self.mean_idf = sum(self.idf.values()) / max(1, len(self.idf))
        # surface words of the corpus, for typo correction of unknown question words
        surface: dict[str, str] = {}
        for item in items:
            part = item.part(lang)
            for text in [*part.variants, part.answer]:
                for w in T.content_words(text, lang):
                    surface.setdefault(w, T.stem_all([w], lang)[0])
        self.surface = surface
        self.surface_list = sorted(surface)
        self.typos = _build_typos(self)  # built with the index, not on the first typo
        _common_words()

    def _correct(self, word: str) -> str | None:
        return _closest(self, word)

    def query_tokens(self, question: str, drop_unknown: bool = False) -> list[str]:
        """Stemmed query tokens; unknown words are typo-corrected when close to a corpus word,
        and left out when `drop_unknown` (mixed or other-language questions)."""
        out: list[str] = []
        for w in T.content_words(question, self.lang):
            stem = T.stem_all([w], self.lang)[0]
            if stem not in self.idf and len(w) >= 5 and not w.isdigit():
                fixed = self._correct(w)
                if fixed:
                    stem = fixed
                else:
                    # a Dutch compound the FAQ does not spell out ("leeftijdsgrens"): its
                    # known first part says what it is about
                    first = self._first_part(w)
                    if first:
                        out.append(first)
            if drop_unknown and stem not in self.idf:
                continue
            out.append(stem)
        return out

    def _first_part(self, word: str) -> str | None:
        if self.lang != "nl" or len(word) < 8:
            return None
        for i in range(len(word) - 3, 3, -1):
            head, rest = word[:i], word[i:]
            if rest[:1] == "s" and len(rest) > 3:  # the linking s of "leeftijds-grens"
                rest = rest[1:]
            if len(rest) >= 3 and head in self.surface:
                return self.surface[head]
        return None

    def search(self, question: str, k: int = 3, drop_unknown: bool = False) -> list[Hit]:
        q = self.query_tokens(question, drop_unknown)
        if not q:
            return []
        scores = self.bm25.get_scores(q) * self.doc_weight_arr
        # stable: items with the same score keep the content's order on every numpy version
        order = np.argsort(-scores, kind="stable")
        seen: set[int] = set()
        hits: list[Hit] = []
        qset = list(dict.fromkeys(q))
        denom = sum(self.idf.get(t, UNKNOWN_WEIGHT * self.mean_idf) for t in qset)
        for d in order[: 40]:
            i = int(self.doc_item_arr[d])
            if i in seen or scores[d] <= 0:
                continue
            seen.add(i)
            matched = sum(self.idf[t] for t in qset if t in self.doc_tokens[d])
            hits.append(Hit(self.items[i], float(scores[d]), matched / denom if denom else 0.0,
                            self.lang))
            if len(hits) >= k:
                break
        return hits

    @property
    def vocabulary(self) -> frozenset[str]:
        return frozenset(self.surface)


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def _typo_index(lang: str) -> dict[str, tuple[str, ...]]:
    return get_index(lang).typos


def _build_typos(idx: Index) -> dict[str, tuple[str, ...]]:
    """Symmetric-delete index of the domain vocabulary (corpus words and the spellings the
    synonym table knows, e.g. "huisarts"): one edit (a letter left out, added, changed or two
    letters swapped) finds the word without comparing against the whole vocabulary."""
    vocab = set(idx.surface) | {w for w in T.SYNONYMS if len(w) >= 5 and w.isalpha()}
    out: dict[str, set[str]] = {}
    for w in vocab:
        for key in {w, *_deletes(w)}:
            out.setdefault(key, set()).add(w)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _stem_of(lang: str, word: str) -> str:
    idx = get_index(lang)
    if word in idx.surface:
        return idx.surface[word]
    return T.tokens(word, lang)[0] if T.tokens(word, lang) else word


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Common Dutch and English words (content/faq/common_words.toml): right as written."""
    from wizard.content import read_toml
    from wizard.paths import content_dir

    data = read_toml(content_dir() / "faq" / "common_words.toml")
    return frozenset(data["common"]["words"].split())


def _same_family(a: str, b: str) -> bool:
    """A plural, a d/t ending or another inflection: all but the last two letters of the longer
    word shared ("benefits"/"benefit", "herstelt"/"herstel"; not "fiets"/"fits")."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n >= max(len(a), len(b)) - 2


@remembered  # per message only: no word of a parent's message stays in memory after its answer
def _closest_cached(lang: str, word: str) -> str | None:
    table = _typo_index(lang)
    cands: set[str] = set()
    for key in {word, *_deletes(word)}:
        cands.update(table.get(key, ()))
    # people rarely get the first letter wrong; "zeiden" is not a typo of "leiden"
    cands = {c for c in cands if abs(len(c) - len(word)) <= 1 and c[0] == word[0]
             and _one_edit(word, c)}
    if not cands:
        return None
    idx = get_index(lang)
    # the most informative-but-known word wins a tie: lowest idf = most common in the FAQ
    best = min(sorted(cands), key=lambda c: idx.idf.get(_stem_of(lang, c), 99.0))
    # a common word is right as written ("tillen" is not "telt", "fiets" not "fits"), unless
    # the repair only changes its ending ("benefits" -> "benefit")
    if word in _common_words() and not _same_family(word, best):
        return None
    return _stem_of(lang, best)


def _one_edit(a: str, b: str) -> bool:
    """Damerau-Levenshtein distance of at most 1."""
    if a == b:
        return True
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    if len(a) > len(b):
        a, b = b, a
    return any(b[:i] + b[i + 1:] == a for i in range(len(b)))


def _closest(idx: Index, word: str) -> str | None:
    return _closest_cached(idx.lang, word)


@lru_cache(maxsize=2)
def get_index(lang: str) -> Index:
    """The index of one language, built once per process."""
    return Index(lang, load_items())


@lru_cache(maxsize=1)
def known_words() -> frozenset[str]:
    return get_index("nl").vocabulary | get_index("en").vocabulary
