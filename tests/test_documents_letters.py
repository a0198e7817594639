"""Letters: each letter for each outcome, every combination of missing details in the brief
ontbrekende gegevens, refusal reasons with their rules, and the CLI."""

from __future__ import annotations

import itertools
import json
import re

import pytest

from tests.test_documents import pdf_text
from tests.test_documents_fixtures import DECISION, full_answers
from wizard.cli import main
from wizard.documents import Decision, build_letter_html, build_letter_pdf, missing_fields
from wizard.documents.fields import NEEDED_TO_DECIDE, needed_missing
from wizard.documents.texts import text
from wizard.errors import InputError
from wizard.rules import assess

DEC = Decision.model_validate_json(json.dumps(DECISION))

# One household per outcome of the check.
OUTCOMES = {
    "eligible": {},
    "assessment_needed": {"situation": {"reasons": ["other"], "professional_can_confirm": True}},
    "other_route": {"household": {"parents": [{"activity": "work"}, {"activity": "study"}]}},
    "not_eligible": {"situation": {"reasons": []}},
}


def answers_for(outcome: str):
    a = full_answers(**OUTCOMES[outcome])
    assert assess(a).outcome == outcome
    return a


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("outcome", list(OUTCOMES))
@pytest.mark.parametrize("kind", ["ontbrekend", "toekenning", "verlenging", "afwijzing"])
def test_each_letter_for_each_outcome(kind, outcome, lang):
    a = answers_for(outcome)
    if kind == "ontbrekend":  # a request needs something to ask for: no phone number
        app = a.application
        a = a.model_copy(update={"application": app.model_copy(update={
            "contact": app.contact.model_copy(update={"phone": None, "email": None})})})
    if kind == "afwijzing" and outcome in ("eligible", "assessment_needed"):
        with pytest.raises(InputError):
            build_letter_html(kind, a, DEC, lang=lang)
        dec = Decision.model_validate_json(json.dumps(DECISION | {"extra_reasons": [
            {"rule": "B3", "text": "De huisarts kon uw situatie niet bevestigen."}]}))
        html = build_letter_html(kind, a, dec, lang=lang)
        assert "De huisarts kon uw situatie niet bevestigen." in html
        return
    html = build_letter_html(kind, a, DEC, lang=lang)
    assert f'<html lang="{lang}">' in html
    assert text(f"{kind}.subject", lang) in html
    if kind != "ontbrekend":
        assert text("bezwaar.when", lang) in html  # bezwaar within 6 weeks (Awb 6:7)
        assert "6:7" in html


@pytest.mark.parametrize("kind", ["toekenning", "verlenging"])
def test_grant_letter_has_period_hours_contribution_expectations_and_monitoring(kind):
    pdf = build_letter_pdf(kind, full_answers(), DEC, lang="nl")
    t = pdf_text(pdf)
    for value in ("1 december 2026", "31 mei 2027", "80 uur per maand", "KDV Het Zonnetje",
                  "€ 123,45", "SMI-2026-0042", "U blijft in gesprek met het wijkteam",
                  "1 maart 2027", "2 november 2026", "binnen 6 weken"):
        assert value in t, value
    # the letter speaks in plain words: no basislijn points or rule ids
    assert not re.search(r"\bB\d{1,2}\b|regel [A-Z]|basislijn", t), t
    if kind == "verlenging":
        assert "SMI-2026-0001" in t


def test_grant_letter_needs_a_decision():
    with pytest.raises(InputError, match="decision"):
        build_letter_html("toekenning", full_answers(), None)
    with pytest.raises(InputError, match="period_start"):
        build_letter_html("toekenning", full_answers(),
                          Decision.model_validate_json('{"number": "1", "date": "2026-01-01"}'))


@pytest.mark.parametrize("outcome", ["other_route", "not_eligible"])
def test_refusal_lists_every_reason_with_its_rule_and_the_referrals(outcome):
    a = answers_for(outcome)
    verdict = assess(a)
    html = build_letter_html("afwijzing", a, DEC, lang="nl")
    for c in verdict.children:  # the deciding reason of each child (the check's last)
        assert f'data-rule="{c.reasons[-1].rule}"' in html
    for ref in verdict.referrals:
        assert f'data-route="{ref.route}"' in html


# Every detail that can be removed from a complete answers file, with the key it must give.
REMOVABLE = {
    "applicant_name": lambda d: d["application"]["applicant"].pop("name"),
    "address": lambda d: d["application"]["contact"].pop("street"),
    "contact": lambda d: (d["application"]["contact"].pop("phone"),
                          d["application"]["contact"].pop("email")),
    "partner_name": lambda d: d["application"].pop("partner"),
    "child1.child_name": lambda d: d["application"]["children"][0].pop("name"),
    "child1.child_birth_date": lambda d: (d["children"][0].pop("birth_date"),
                                          d["children"][0].update(age=3)),
    "child1.provider": lambda d: d["application"]["children"][0]["provider"].pop("name"),
    "child1.lrk": lambda d: d["application"]["children"][0]["provider"].pop("lrk_number"),
    "child1.start_date": lambda d: d["application"]["children"][0]["provider"].pop("start_date"),
    "child1.hours": lambda d: d["children"][0]["care"].pop("hours_per_month"),
    "child1.price": lambda d: d["children"][0]["care"].pop("hourly_price"),
    "reason_category": lambda d: d["situation"].update(reasons=[]),
    "reason_text": lambda d: d["application"].pop("reason_text"),
    "professional": lambda d: d["application"]["professional"].pop("phone"),
    "consent": lambda d: d["application"]["professional"].update(consent=False),
    "period": lambda d: d["application"]["period"].pop("end"),
    "income": lambda d: d["income"].update(toetsingsinkomen=None),
}


def _complete() -> dict:
    return json.loads(full_answers().model_dump_json())


def test_complete_answers_miss_nothing():
    assert missing_fields(full_answers()) == []
    # no request for nothing under the subject "wij missen nog gegevens": a clear error
    with pytest.raises(InputError) as err:
        build_letter_html("ontbrekend", full_answers(), DEC)
    assert "ontbreekt niets" in err.value.message("nl")
    assert "Nothing the gemeente needs is missing" in err.value.message("en")


def test_every_missing_field_combination_is_listed_exactly():
    """All 2^17 subsets is too many to render; every subset of size <= 2, every subset of
    size >= 15, and a fixed sample in between, each checked against the letter's list."""
    keys = list(REMOVABLE)
    subsets = [c for r in (0, 1, 2, len(keys) - 2, len(keys) - 1, len(keys))
               for c in itertools.combinations(keys, r)]
    import random
    rng = random.Random(4)
    subsets += [tuple(rng.sample(keys, rng.randint(3, len(keys) - 3))) for _ in range(300)]
    for subset in subsets:
        data = _complete()
        for key in subset:
            REMOVABLE[key](data)
        from wizard.models import Answers
        a = Answers.from_data(data)
        needed = [k for k in subset if k.split(".")[-1] in NEEDED_TO_DECIDE]
        if not needed:  # nothing to ask for: no letter, a clear message instead
            with pytest.raises(InputError):
                build_letter_html("ontbrekend", a, DEC)
            assert needed_missing(a) == []
            continue
        html = build_letter_html("ontbrekend", a, DEC)
        listed = re.findall(r'<li data-field="([^"]+)">', html)
        assert sorted(listed) == sorted(needed), subset
        assert [m.id for m in needed_missing(a)] == listed
        assert sorted(m.id for m in missing_fields(a)) == sorted(subset)


def test_missing_child_care_lists_type_hours_and_price():
    data = _complete()
    data["children"][0].pop("care")
    from wizard.models import Answers
    ids = [m.id for m in missing_fields(Answers.from_data(data))]
    assert ids == ["child1.care_type", "child1.hours", "child1.price"]


def test_cli_letters_and_bad_input(tmp_path, capsys):
    answers = tmp_path / "a.json"
    answers.write_text(full_answers().model_dump_json())
    decision = tmp_path / "d.json"
    decision.write_text(json.dumps(DECISION))
    for kind in ("toekenning", "verlenging"):
        out = tmp_path / f"{kind}.pdf"
        assert main(["letter", kind, str(answers), "--decision", str(decision),
                     "-o", str(out)]) == 0
        assert out.read_bytes().startswith(b"%PDF")
    # complete answers: no request for missing details, one clear line, no file
    out = tmp_path / "ontbrekend.pdf"
    assert main(["letter", "ontbrekend", str(answers), "--decision", str(decision),
                 "-o", str(out)]) == 2 and not out.exists()
    assert "ontbreekt niets" in capsys.readouterr().err
    data = json.loads(answers.read_text())
    data["application"]["contact"].update(phone=None, email=None)
    answers.write_text(json.dumps(data))
    assert main(["letter", "ontbrekend", str(answers), "--decision", str(decision),
                 "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert main(["letter", "toekenning", str(answers), "-o", str(tmp_path / "x.pdf")]) == 2
    decision.write_text('{"number": "1"}')
    assert main(["letter", "toekenning", str(answers), "--decision", str(decision),
                 "-o", str(tmp_path / "x.pdf")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert all(line.startswith("smi: ") for line in err) and len(err) == 2


def test_cli_form_and_publiekstekst(tmp_path):
    answers = tmp_path / "a.json"
    answers.write_text(full_answers().model_dump_json())
    assert main(["form", str(answers), "--gemeente", "leiden", "-o",
                 str(tmp_path / "f.pdf")]) == 0
    assert main(["--lang", "en", "form", str(answers), "-o", str(tmp_path / "f.html")]) == 0
    assert '<html lang="en">' in (tmp_path / "f.html").read_text()
    for ext in ("pdf", "html", "md"):
        assert main(["publiekstekst", "--gemeente", "rotterdam", "--lang", "en", "-o",
                     str(tmp_path / f"p.{ext}")]) == 0
    assert main(["publiekstekst", "--gemeente", "nope", "-o", str(tmp_path / "p.md")]) == 2
    assert main(["publiekstekst", "--gemeente", "leiden", "-o", str(tmp_path / "p.txt")]) == 2
    assert main(["form", str(tmp_path / "missing.json"), "-o", str(tmp_path / "f.pdf")]) == 2
