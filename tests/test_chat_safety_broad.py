"""The chat's broad second safety net (wizard/chat/safety_broad.py, content/safety/broad.toml):
crisis messages said in other words than the precise net's phrases (hoping not to wake up, an ex
who knows where the children go to school, a teacher hearing a child's disclosure, a forced
marriage, a parent afraid of hurting a toddler) get the right help line through the whole chat;
ordinary messages with alarming words stay calm. Measured on our own cases
(tests/cases/safety_broad.toml) and the blind development sets (never tests/blind/heldout/)."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from wizard.chat import ask, safety, safety_broad
from wizard.chat.safety_broad import detect_broad

HERE = Path(__file__).parent
BLIND = HERE / "blind"
# The number a reader of each kind needs (../shared/domain.md, "Safety first").
NUMBER = {"suicide": "0800-0113", "acute_danger": "112", "domestic_violence": "0800-2000",
          "harm_to_child": "0800-2000"}


def _jsonl(name: str) -> list[dict]:
    return [json.loads(x) for x in (BLIND / name).read_text("utf-8").splitlines() if x.strip()]


def _own() -> dict[str, list[dict]]:
    return tomllib.loads((HERE / "cases" / "safety_broad.toml").read_text("utf-8"))


def _crisis_missed(cases: list[dict]) -> list[str]:
    """Cases where the chat's reply is not a crisis reply with the kind's help line (or, where a
    case accepts it, the line of another kind, e.g. 112 for a death threat)."""
    missed = []
    for c in cases:
        reply = ask(c["text"], lang=c.get("lang") if c.get("lang") in ("nl", "en") else None)
        kinds = [c["kind"], *c.get("accept", [])]
        if reply.kind == "answer" or not reply.crisis \
                or not any(NUMBER[k] in reply.answer for k in kinds):
            missed.append(f"{c['kind']} got {reply.crisis and reply.crisis['kinds']}: {c['text']}")
    return missed


def _false_alarms(texts: list[str]) -> list[str]:
    return [t for t in texts if ask(t).crisis is not None]


def test_our_own_cases_are_many_and_varied():
    own = _own()
    assert len(own["crisis"]) >= 60 and len(own["ordinary"]) >= 60
    assert {c["kind"] for c in own["crisis"]} >= {"suicide", "domestic_violence",
                                                   "harm_to_child"}


def test_every_crisis_message_of_ours_gets_its_help_line_through_the_chat():
    missed = _crisis_missed(_own()["crisis"])
    assert not missed, "\n".join(missed)


def test_every_development_crisis_message_gets_its_help_line_through_the_chat():
    missed = _crisis_missed(_jsonl("crisis.jsonl"))
    assert not missed, "\n".join(missed)


def test_ordinary_messages_with_alarming_words_and_chat_questions_stay_calm():
    """False crisis at most 2 % over our ordinary cases, the blind ordinary-alarming set and
    the 120 blind chat questions (none of which may trigger)."""
    chat = [c["text"] for c in _jsonl("chat_questions.jsonl")]
    assert len(chat) >= 100
    assert not _false_alarms(chat)
    ordinary = [c["text"] for c in _own()["ordinary"]]
    ordinary += [c["text"] for c in _jsonl("ordinary_alarming.jsonl")]
    false = _false_alarms(ordinary)
    assert len(false) <= 0.02 * (len(ordinary) + len(chat)), "\n".join(false)


def test_a_danger_the_message_says_went_well_stays_calm():
    """A letter for the children written before an operation that went well: calm as the whole
    message reads (safety.py's past that is over), whatever one sentence alone says."""
    texts = [c["text"] for c in _own()["ordinary_past"]]
    assert texts and not _false_alarms(texts)


def test_the_broad_net_itself_raises_no_alarm_on_any_ordinary_message():
    """The broad net adds no false alarm of its own (the precise net's are its own business)."""
    own = _own()
    texts = [c["text"] for c in own["ordinary"] + own["precise_net_false_alarm"]]
    for name in ("ordinary_alarming.jsonl", "chat_questions.jsonl"):
        texts += [c["text"] for c in _jsonl(name)]
    fired = [f"{safety_broad.fired_rules(t)}: {t}" for t in texts if detect_broad(t)]
    assert not fired, "\n".join(fired)


@pytest.mark.parametrize("text", [
    "dood", "bang", "ik ben bang", "slaan", "eer", "alleen", "vertelde", "mijn ex",
    "niet wakker", "dan is het klaar", "ik heb er genoeg van", "gedachten", "blauwe plekken",
    "my ex", "scared", "hurt", "i had enough", "then it's over", "the teacher told me",
    "mijn kind slaat op de opvang", "mijn peuter bijt andere kinderen", "I'm dying to know",
])
def test_one_alarming_word_or_class_alone_never_fires(text):
    assert detect_broad(text) is None


@pytest.mark.parametrize("text, kind, number", [
    ("ik hoop dat ik morgen niet meer wakker word", "suicide", "0800-0113"),
    ("my ex follows me everywhere and knows where the kids go to school",
     "domestic_violence", "0800-2000"),
    ("een leerling vertelde me dat haar oom aan haar zit waar dat niet mag",
     "harm_to_child", "0800-2000"),
    ("ik heb mijn zoon zo hard vastgepakt dat hij plekken heeft", "harm_to_child", "0800-2000"),
    ("mijn ex volgt me en hij staat nu voor de deur", "acute_danger", "112"),
    # session 10 (own wordings): a professional unsure whether an ending is meant; possessions given
    # away; "checking out"
    ("a father I support said when he left: after the holidays you won't have to arrange the bso "
     "for me anymore, then it's done. I really can't tell if he meant it", "suicide", "0800-0113"),
    ("I gave my sister my gold last week. The kids' clothes are in boxes with their names. "
     "Then it can go on when I am not around.", "suicide", "0800-0113"),
    ("I'm about ready to check out for good", "suicide", "0800-0113"),
])
def test_the_broad_net_names_the_kind_and_its_number(text, kind, number):
    danger = detect_broad(text)
    assert danger is not None and danger.kind == kind and number in danger.numbers


def test_danger_now_puts_112_before_veilig_thuis():
    danger = detect_broad("mijn ex volgt me en hij staat nu bij de school van de kinderen")
    assert danger is not None
    assert danger.numbers[0] == "112" and "0800-2000" in danger.numbers


def test_the_precise_net_hands_a_calm_looking_message_to_the_broad_net(monkeypatch):
    """detect_danger asks the broad net when its own phrases find nothing."""
    seen = []
    monkeypatch.setattr(safety_broad, "detect_broad", lambda text, norm=None: seen.append(text))
    safety.detect_danger("wat kost de opvang per uur")
    assert seen == ["wat kost de opvang per uur"]


def test_a_rule_naming_an_unknown_class_fails_loudly(monkeypatch):
    real = safety_broad.read_toml

    def broken(path):
        data = real(path)
        data["rules"] = [{"name": "typo", "kind": "suicide", "all": ["wish", "slep"]}]
        return data

    monkeypatch.setattr(safety_broad, "read_toml", broken)
    safety_broad.net.cache_clear()
    try:
        with pytest.raises(ValueError, match="slep"):
            safety_broad.net()
    finally:
        safety_broad.net.cache_clear()


def test_the_word_list_says_it_is_our_own_with_date_and_basis():
    meta = tomllib.loads((HERE.parent / "content/safety/broad.toml").read_text("utf-8"))["meta"]
    assert meta["date"] and meta["valid_from"] and "own list" in meta["basis"]
    rules = tomllib.loads((HERE.parent / "content/safety/broad.toml").read_text("utf-8"))["rules"]
    assert all(len(r["all"]) >= 2 for r in rules)  # no rule fires on one class alone
