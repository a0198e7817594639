"""What the chat reads of a message is computed once per answer and not kept after it (privacy:
answers live only in the session; wizard/chat/per_message.py)."""

from __future__ import annotations

from wizard.chat.compose import ask
from wizard.chat.per_message import _MEMO, one_message, remembered


def test_nothing_of_a_message_is_kept_after_the_answer():
    ask("Mijn man is ziek en ik werk. Kan ik smi krijgen voor onze dochter van 3?")
    assert _MEMO.get() is None  # no memo outside one answer


def test_within_one_message_a_reading_is_computed_once_and_dropped_after():
    calls = []

    @remembered
    def read(text):
        calls.append(text)
        return text.upper()

    with one_message():
        assert read("hoeveel dagen?") == read("hoeveel dagen?") == "HOEVEEL DAGEN?"
        assert _MEMO.get()  # kept while the answer is composed
    assert calls == ["hoeveel dagen?"]
    read("hoeveel dagen?")  # a new answer reads it again: nothing was kept
    assert calls == ["hoeveel dagen?", "hoeveel dagen?"]


def test_no_word_of_a_message_is_cached_across_answers():
    """Typo repair (retrieval) and spelling repair (safety net) read single words of a parent's
    message; they are remembered per answer only, never in a process-wide cache."""
    from wizard.chat import index, safety

    ask("mijn vrouw Fatima is ziek en ik werk, kan ik smi krjgen?")
    for fn in (index._closest_cached, safety._repair):
        assert not hasattr(fn, "cache_info"), fn  # no functools cache holds message words
    assert _MEMO.get() is None


def test_the_learned_safety_net_keeps_no_word_of_a_message():
    """The learned net reads every word's letter groups; it keeps those of its own examples only
    (read at start), never the words of a parent's message (a name, a street)."""
    from wizard.chat import safety_learned

    ask("Wij wonen aan de Kwekerijdreefhoek, mijn vrouw Ysoldewieke is ziek. Kan ik smi krijgen?")
    kept = safety_learned.model()._groups
    assert "kwekerijdreefhoek" not in kept and "ysoldewieke" not in kept
    assert "ziek" in kept  # (a word of the examples: read once, at start)
    assert not hasattr(safety_learned._letter_groups, "cache_info")
