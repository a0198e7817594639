"""`smi ask`: the JSON contract {"kind", "answer", "sources": [{"title", "ref"}]}."""

from __future__ import annotations

import json

import pytest

from wizard.cli import main


def _ask(capsys, *argv):
    rc = main(["ask", *argv])
    out = capsys.readouterr()
    return rc, out.out, out.err


@pytest.mark.parametrize("argv, kind", [
    (["mijn vriendin is ziek, kan ons kindje dan naar de opvang?"], "answer"),
    (["do I need a doctor's letter?", "--lang", "en"], "answer"),
    (["Kom ik in aanmerking voor smi?", "--gemeente", "leiden"], "answer"),
    (["wat is de status van mijn aanvraag?", "--gemeente", "leiden"], "handoff"),
    (["ik wil niet meer leven"], "handoff"),
    (["what is the capital of France?"], "refuse"),
])
def test_ask_json_has_exactly_the_contract_keys(capsys, argv, kind):
    rc, out, _ = _ask(capsys, *argv, "--json")
    assert rc == 0
    data = json.loads(out)
    assert {"kind", "answer", "sources", "facts"} <= set(data) <= {
        "kind", "answer", "sources", "facts", "outcome", "crisis"}
    assert data["kind"] == kind
    assert isinstance(data["answer"], str) and data["answer"]
    assert data["sources"] and all(set(s) == {"title", "ref"} for s in data["sources"])


def test_ask_with_a_gemeente_answers_with_its_rule(capsys):
    rc, out, _ = _ask(capsys, "hoeveel dagen?", "--lang", "nl", "--gemeente", "leiden", "--json")
    data = json.loads(out)
    assert "Leiden" in data["answer"] and "3 dagen" in data["answer"]


def test_global_lang_and_ask_lang_do_not_clash(capsys):
    rc = main(["--lang", "en", "ask", "hoeveel dagen krijg ik?", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert rc == 0 and "dagen" in data["answer"]  # the question's language wins


def test_ask_lang_forces_the_reply_language(capsys):
    rc, out, _ = _ask(capsys, "hoeveel dagen krijg ik?", "--lang", "en", "--json")
    answer = json.loads(out)["answer"]
    assert "days a week" in answer and "dagen" not in answer
    rc, out, _ = _ask(capsys, "how many days do I get?", "--lang", "nl", "--json")
    assert "dagen per week" in json.loads(out)["answer"]


def test_ask_json_reports_the_facts_understood_and_the_engine_outcome(capsys):
    rc, out, _ = _ask(capsys, "Mijn man werkt fulltime en ik ben ziek. We wonen in Rotterdam. "
                      "Onze dochter is 3 jaar.", "--json")
    data = json.loads(out)
    assert data["kind"] == "answer"
    assert data["facts"]["gemeente"] == "rotterdam"
    assert data["facts"]["household"]["parents"][1] == {"activity": "work"}
    assert data["facts"]["children"] == [{"age": 3}]
    assert data["outcome"]["route"] == "smi"
    assert "proefberekening" not in data["answer"].lower()


def test_unknown_gemeente_exits_2_with_one_line(capsys):
    rc, out, err = _ask(capsys, "hoeveel dagen?", "--gemeente", "atlantis")
    assert rc == 2 and "atlantis" in err and err.count("\n") == 1


def test_text_output_lists_the_sources(capsys):
    rc, out, _ = _ask(capsys, "wat is de hardheidsclausule?")
    assert rc == 0 and "Bronnen:" in out and "B8" in out


def test_ask_takes_a_gemeente_name_or_cbs_code(capsys):
    rc, out, _ = _ask(capsys, "hoeveel dagen?", "--gemeente", "GM0599", "--json")
    assert rc == 0 and "Rotterdam" in json.loads(out)["answer"]
    rc, out, _ = _ask(capsys, "hoeveel dagen?", "--gemeente", "Utrecht", "--json")
    answer = json.loads(out)["answer"]
    assert "Utrecht" in answer and "weten wij niet" in answer
