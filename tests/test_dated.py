"""Dated rules: every rule, table and profile is looked up by the answers' reference date. A
verdict is given for every day the basislijn covers; a day before it gives one clear message
(exit 2 in the CLI). The eigen bijdrage needs the fee tables of the reference year: after the
last published year the verdict is still given, with one sentence instead of an amount, never
last year's numbers (cases: tests/cases/dated.toml). The content has no gaps or overlaps between
dated values. Every date here is written out: no test depends on the day it runs."""

from __future__ import annotations

import json
import tomllib
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from tests.conftest import BASE, deep_merge, make_answers
from wizard import assess, get_profile
from wizard.cli import main
from wizard.dated import covered_period, fee_period, periods
from wizard.errors import DateNotCovered
from wizard.points import compare_all
from wizard.profiles import all_profiles
from wizard.report import verdict_to_json, verdict_to_text
from wizard.tables import catalogue

CASES = tomllib.loads((Path(__file__).parent / "cases" / "dated.toml").read_text())["case"]
# What a reader must find in the sentence that replaces the amount, per language.
NOTICE = {"nl": ("nog niet gepubliceerd", "gemeente"), "en": ("not published yet", "gemeente"),
          "tr": ("henüz yayımlanmadı",), "ar": ("لم تُنشر بعد",), "pl": ("jeszcze opublikowane",),
          "uk": ("ще не опубліковані",)}


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_a_family_after_the_last_fee_table(case):
    answers = make_answers(**{"gemeente": case.get("gemeente", "basislijn"), **case["patch"]})
    verdict = assess(answers)
    exp = case["expect"]
    if "outcome" in exp:
        assert verdict.outcome == exp["outcome"]
    if "children" in exp:
        assert [c.outcome for c in verdict.children] == exp["children"]
    rules = {r.rule for r in verdict.all_reasons()}
    assert set(exp.get("rules", [])) <= rules, sorted(rules)
    assert set(exp.get("referrals", [])) <= {r.route for r in verdict.referrals}
    year = str(answers.reference_date.year)
    notices = [r for r in verdict.fee_notes if year in r.texts["en"]
               and "not published yet" in r.texts["en"]]
    if exp["notice"]:
        assert verdict.fee is None and verdict.fee_not_published == answers.reference_date.year
        assert [r.rule for r in notices] == ["B11"]
        for lang, words in NOTICE.items():
            assert year in notices[0].texts[lang]
            assert all(w in notices[0].texts[lang] for w in words), lang
        for lang in ("nl", "en"):  # the text a family reads has no amount at all
            assert "€" not in verdict_to_text(verdict, lang)
    else:
        assert notices == [] and verdict.fee_not_published is None
    if "fee_total" in exp:
        assert verdict.fee is not None
        assert verdict.fee.total_eigen_bijdrage == Decimal(exp["fee_total"])
    if "income_asked" in exp:
        assert ("income.toetsingsinkomen" in verdict.needs()) == exp["income_asked"]
    if "text_contains" in exp:
        assert any(exp["text_contains"] in r.texts["en"] for r in verdict.all_reasons())
    for reason in verdict.all_reasons():  # every reason cites a point or a gemeente rule
        assert reason.rule and reason.texts["nl"] and reason.texts["en"]


@pytest.mark.parametrize("when", ["2019-06-01", "2025-12-31"])
def test_a_date_before_the_basislijn_is_one_clear_message(when):
    with pytest.raises(DateNotCovered) as info:
        assess(make_answers(reference_date=when))
    nl, en = info.value.message("nl"), info.value.message("en")
    assert when in nl and when in en and "geen regels" in nl and "\n" not in en
    assert "2026-01-01" in nl


def test_smi_check_refuses_a_date_before_the_basislijn_with_exit_2_and_one_line(tmp_path,
                                                                                 capsys):
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(deep_merge(BASE, {"reference_date": "2025-06-01"})))
    code = main(["check", str(path)])
    err = capsys.readouterr().err
    assert code == 2 and "2025-06-01" in err and len(err.strip().splitlines()) == 1


def test_smi_check_json_in_2027_gives_the_verdict_and_the_sentence_instead_of_a_fee(tmp_path,
                                                                                    capsys):
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(deep_merge(BASE, {"reference_date": "2027-02-01"})))
    for lang, words in (("nl", NOTICE["nl"]), ("en", NOTICE["en"])):
        assert main(["--lang", lang, "check", "--json", str(path)]) == 0
        data = json.loads(capsys.readouterr().out)
        assert data["outcome"] == "eligible" and data["fee"] is None
        assert data["fee_not_published"] == 2027
        assert {r["rule"] for r in data["reasons"]} >= {"B3", "B5", "B6"}
        [note] = [n for n in data["fee_notes"] if "2027" in n["text"]]
        assert note["rule"] == "B11" and all(w in note["text"] for w in words)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_smi_fee_for_2027_is_one_clear_message_and_exit_2(capsys, lang):
    code = main(["--lang", lang, "fee", "--year", "2027", "--care", "dagopvang",
                 "--price", "10,50", "--hours", "80", "--income", "45000"])
    out = capsys.readouterr()
    assert code == 2 and out.out == ""
    [line] = out.err.strip().splitlines()
    assert "2027" in line and all(w in line for w in NOTICE[lang]) and "€" not in line


def test_smi_fee_for_a_year_before_the_tables_names_the_years_there_are(capsys):
    assert main(["--lang", "en", "fee", "--year", "2019", "--care", "dagopvang",
                 "--price", "10,50", "--hours", "80"]) == 2
    line = capsys.readouterr().err.strip()
    assert "2019" in line and "2026" in line and "not published" not in line


def test_a_verdict_is_given_from_the_first_day_of_the_basislijn_without_an_end():
    start, end = covered_period()
    assert start == date(2026, 1, 1) and end is None
    assert assess(make_answers(reference_date=start.isoformat())).outcome == "eligible"
    with pytest.raises(DateNotCovered):
        assess(make_answers(reference_date=(start - timedelta(days=1)).isoformat()))


def test_the_fee_is_estimated_up_to_the_last_table_day_and_not_one_day_later():
    _, last = fee_period("kot")
    assert last == date(2026, 12, 31)
    on, after = (assess(make_answers(reference_date=d.isoformat()))
                 for d in (last, last + timedelta(days=1)))
    assert on.fee is not None and on.fee_not_published is None
    assert after.fee is None and after.fee_not_published == 2027
    assert after.outcome == on.outcome and {r.rule for r in after.reasons} == {
        r.rule for r in on.reasons}


def test_the_json_report_has_no_amount_when_the_tables_are_not_published():
    data = verdict_to_json(assess(make_answers(reference_date="2027-02-01")), "en")
    assert data["fee"] is None and "eigen_bijdrage" not in json.dumps(data)


def test_a_rule_that_ended_before_the_reference_date_is_not_applied():
    dh = get_profile("den-haag")
    ended = dh.rules.age.model_copy(update={"valid_until": date(2026, 6, 30)})
    profile = dh.model_copy(update={"rules": dh.rules.model_copy(update={"age": ended})})
    three = {"children": [{"age": 3, "care": {"type": "dagopvang", "hours_per_month": "80",
                                              "hourly_price": "10.50"}}]}
    before = assess(make_answers(gemeente="den-haag", reference_date="2026-06-01", **three),
                    profile)
    after = assess(make_answers(gemeente="den-haag", reference_date="2026-11-26", **three),
                   profile)
    assert before.outcome == "other_route" and "B4" in {f.basislijn for f in before.flags}
    assert after.outcome == "eligible" and "B4" not in {f.basislijn for f in after.flags}
    assert [c.status for c in compare_all(profile, date(2026, 11, 26))][3] != "below"


def test_a_profile_past_its_valid_until_is_one_clear_message():
    dh = get_profile("den-haag").model_copy(update={"valid_until": date(2026, 6, 30)})
    with pytest.raises(DateNotCovered) as info:
        assess(make_answers(gemeente="den-haag", reference_date="2026-11-26"), dh)
    assert "Den Haag" in info.value.message("nl")


# --- content health: dated values have no gaps and no overlaps -------------------------------

@pytest.mark.parametrize("kind", sorted({t.kind for t in catalogue().table}))
def test_table_periods_have_no_gaps_or_overlaps(kind):
    spans = periods(kind)
    for start, end in spans:
        assert start <= end
    for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
        assert start == end + timedelta(days=1), f"{kind}: gap or overlap after {end}"


@pytest.mark.parametrize("pid", sorted(all_profiles()))
def test_profile_and_rule_dates_are_in_order(pid):
    p = all_profiles()[pid]
    assert p.valid_until is None or p.valid_from <= p.valid_until
    ids: dict[str, list] = {}  # one key per kind of rule and id (B6 is days and months)
    for rule in p.all_rules():
        assert rule.valid_from is None or rule.valid_until is None or (
            rule.valid_from <= rule.valid_until), rule.id
        ids.setdefault(f"{type(rule).__name__} {rule.id}", []).append(rule)
    for rid, versions in ids.items():  # two versions of one rule may not overlap in time
        spans = sorted((r.valid_from or date.min, r.valid_until or date.max) for r in versions)
        for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
            assert start > end, f"{pid}: rule {rid} has overlapping versions"


def test_an_answers_file_with_an_uncovered_date_is_refused_when_it_is_read():
    from wizard.answers_io import parse_answers
    with pytest.raises(DateNotCovered) as info:
        parse_answers(json.dumps(deep_merge(BASE, {"reference_date": "2019-06-01"})))
    assert "2019-06-01" in info.value.message("nl")


# --- the chat, on a day after the last fee table -----------------------------------------------

@pytest.fixture
def in_2027(monkeypatch):
    monkeypatch.setattr("wizard.dated.today", lambda: date(2027, 2, 1))


@pytest.mark.parametrize("question, lang, amount", [
    ("gastouder 80 uur per maand a 8 euro, wij verdienen 30.000. hoeveel betaal ik zelf", "nl",
     "25,60"),
    ("We make 58000 together, daycare 88 hours a month at 10.75. Rough contribution?", "en",
     "42.57"),
])
def test_in_2027_the_chat_says_the_tables_are_not_published_instead_of_an_amount(
        in_2027, question, lang, amount):
    from wizard.chat import ask

    r = ask(question)
    assert "2027" in r.answer and all(w in r.answer for w in NOTICE[lang])
    assert amount not in r.answer  # the 2026 amount of the same question is not given


def test_in_2027_the_chat_still_judges_a_story_and_says_why_there_is_no_amount(in_2027):
    from wizard.chat import ask

    r = ask("Ik ben ziek en mijn man werkt. Onze zoon van 3 gaat 80 uur per maand naar de "
            "kinderopvang, 10,50 per uur. Inkomen 45.000. Kom ik in aanmerking en wat kost het?")
    assert "SMI" in r.answer and all(w in r.answer for w in NOTICE["nl"])
    assert "33,60" not in r.answer


def test_in_2027_a_partial_fee_question_is_not_asked_for_numbers_it_cannot_use(in_2027):
    from wizard.chat import ask

    r = ask("wat kost het als we 45.000 verdienen?")
    assert all(w in r.answer for w in NOTICE["nl"]) and "2027" in r.answer


def test_a_new_wizard_draft_takes_the_pinned_day_as_its_reference_date(in_2027):
    from wizard.draft import Draft

    assert Draft.new().reference_date == date(2027, 2, 1) == Draft().reference_date


# --- documents, on a day after the last fee table ----------------------------------------------

def _family_2027():
    from tests.test_documents_fixtures import full_answers

    return full_answers(reference_date="2027-02-01")


def test_in_2027_the_application_form_is_made_and_prints_only_the_price_the_parent_gave():
    from wizard.documents.form import build_form_html

    html = build_form_html(_family_2027(), lang="nl")
    assert "10,25" in html  # the hourly price typed by the parent
    assert "33,60" not in html and "gepubliceerd" not in html  # no estimate at all on a form


@pytest.mark.parametrize("bijdrage, shown", [("123.45", "123,45"), (None, "aparte brief")])
def test_in_2027_a_toekenning_prints_the_decisions_own_contribution_or_says_it_comes_later(
        bijdrage, shown):
    from tests.test_documents_fixtures import DECISION
    from wizard.documents.decision import Decision
    from wizard.documents.letters import build_letter_html

    decision = Decision.model_validate_json(json.dumps(
        {**DECISION, "date": "2027-02-01", "eigen_bijdrage_per_month": bijdrage}))
    html = build_letter_html("toekenning", _family_2027(), decision, lang="nl")
    assert shown in html


def test_an_extension_asked_in_2027_says_why_there_is_no_new_amount():
    from tests.test_documents_fixtures import full_answers
    from wizard.documents.changes import build_extension_html, fee_rows

    first, after = full_answers(), _family_2027()
    [row] = fee_rows(first, after, "nl")[0]
    assert row["before"] != "–" and row["after"] == "–"  # the 2026 estimate is not carried on
    html = build_extension_html(first, after, lang="nl")
    assert "2027" in html and all(w in html for w in NOTICE["nl"])


def test_smi_fee_without_a_year_uses_this_year_so_in_2027_it_says_so_and_exits_2(in_2027,
                                                                                   capsys):
    code = main(["fee", "--care", "bso", "--price", "9", "--hours", "40", "--income", "45000"])
    out = capsys.readouterr()
    assert code == 2 and "2027" in out.err and NOTICE["nl"][0] in out.err and out.out == ""
