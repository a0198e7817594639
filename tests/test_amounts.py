"""The one reader of typed amounts (wizard/amounts.py), table-driven from tests/cases/amounts.toml,
plus show_money and the properties that protect a parent from a silent wrong amount."""

from __future__ import annotations

import json
import tomllib
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wizard import AmountError, InputError, read_amount, show_money
from wizard.amounts import keep_amounts_together
from wizard.limits import MAX_HOURLY_PRICE, MAX_INCOME

CASES = tomllib.loads((Path(__file__).parent / "cases" / "amounts.toml").read_text())["case"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_amount_case(case):
    lang = case.get("lang", "nl")
    if "value" in case:
        assert read_amount(case["text"], kind=case["kind"], lang=lang) == Decimal(case["value"])
        return
    with pytest.raises(AmountError) as info:
        read_amount(case["text"], kind=case["kind"], lang=lang)
    err = info.value
    assert err.ambiguous is (case["error"] == "question")
    if "readings" in case:
        assert [Decimal(r) for r in case["readings"]] == list(err.readings)
    # one line in each language, and the two differ (the Dutch is really Dutch)
    nl, en = err.message("nl"), err.message("en")
    assert nl and en and nl != en and "\n" not in nl


def test_an_amount_error_is_an_input_error_and_str_is_in_the_users_language():
    with pytest.raises(InputError) as info:
        read_amount("abc", kind="income", lang="en")
    assert str(info.value).startswith("Please type the yearly income")
    with pytest.raises(AmountError) as info:
        read_amount("abc", kind="income", lang="nl")
    assert str(info.value).startswith("Typ het jaarinkomen")


def test_the_question_shows_both_readings_in_the_readers_format():
    with pytest.raises(AmountError) as info:
        read_amount("1.250", kind="price", lang="nl")
    assert "€ 1,25" in info.value.message("nl") and "€ 1.250" in info.value.message("nl")
    assert "€1.25" in info.value.message("en") and "€1,250" in info.value.message("en")


def test_too_large_names_the_maximum():
    with pytest.raises(AmountError) as info:
        read_amount("250", kind="price", lang="nl")
    assert "€ 100" in info.value.message("nl")


def test_numbers_and_decimals_pass_through_within_bounds():
    assert read_amount(60000, kind="income") == Decimal(60000)
    assert read_amount(Decimal("10.50"), kind="price") == Decimal("10.50")
    with pytest.raises(AmountError):
        read_amount(Decimal("NaN"), kind="price")
    with pytest.raises(AmountError):
        read_amount(-1, kind="hours")


@pytest.mark.parametrize(("amount", "lang", "cents", "shown"), [
    ("60000", "nl", None, "€ 60.000"),
    ("60000", "en", None, "€60,000"),
    ("10.5", "nl", None, "€ 10,50"),
    ("10.5", "en", None, "€10.50"),
    ("1250.5", "nl", None, "€ 1.250,50"),
    ("60000", "nl", True, "€ 60.000,00"),
    ("10.50", "en", False, "€11"),
    ("0.005", "nl", True, "€ 0,01"),
])
def test_show_money(amount, lang, cents, shown):
    assert show_money(Decimal(amount), lang, cents) == shown


@given(st.decimals(min_value=0, max_value=MAX_INCOME, places=2), st.sampled_from(["nl", "en"]))
def test_an_income_shown_with_cents_reads_back_as_itself(amount, lang):
    assert read_amount(show_money(amount, lang, cents=True), kind="income", lang=lang) == amount


@given(st.decimals(min_value=0, max_value=MAX_HOURLY_PRICE, places=2),
       st.sampled_from(["nl", "en"]))
def test_a_price_shown_with_cents_reads_back_as_itself(amount, lang):
    assert read_amount(show_money(amount, lang, cents=True), kind="price", lang=lang) == amount


@given(st.text(max_size=30), st.sampled_from(["income", "price", "hours", "days"]))
def test_any_text_gives_an_amount_in_bounds_or_one_clear_error(text, kind):
    try:
        value = read_amount(text, kind=kind)
    except AmountError as exc:
        assert exc.message("nl") and exc.message("en")
    else:
        assert value >= 0


# --- every input path gives the same reading: answers file, `smi fee`, `smi check` ---------

INCOME_FORMATS = ["60.000", "60,000", "€ 60.000,00", "60000", "€ 60.000,-"]


def _fee_cli(capsys, *args: str) -> tuple[int, str, str]:
    from wizard.cli import main
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize("typed", INCOME_FORMATS)
def test_smi_fee_reads_the_income_the_way_the_reader_does(capsys, typed):
    code, out, err = _fee_cli(capsys, "fee", "--income", typed, "--care", "dagopvang",
                              "--price", "10,50", "--hours", "122", "--json")
    assert code == 0, err
    # the brochure's example: 60,000 a year, 122 hours at 10.50 -> 78.14 (not the €60 reading)
    assert json.loads(out)["eigen_bijdrage"] == "78.14"


@pytest.mark.parametrize(("args", "fragment"), [
    (["--price", "1e9"], "prijs per uur"),
    (["--price", "1.250"], "Bedoelt u"),
    (["--hours", "4 dagen"], "Hoeveel uur per maand"),
    (["--income", "-60.000"], "onder nul"),
])
def test_smi_fee_refuses_with_exit_2_and_one_line(capsys, args, fragment):
    base = {"--price": "10,50", "--hours": "122", "--income": "60000"}
    base.update(dict(zip(args[::2], args[1::2], strict=True)))
    argv = ["fee", "--care", "dagopvang"] + [x for kv in base.items() for x in kv]
    code, out, err = _fee_cli(capsys, *argv)
    assert code == 2 and out == "" and fragment in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("typed", INCOME_FORMATS)
def test_an_answers_file_reads_the_income_the_way_the_reader_does(typed):
    from tests.conftest import BASE, deep_merge
    from wizard.answers_io import parse_answers
    data = deep_merge(BASE, {"income": {"toetsingsinkomen": typed},
                             "children": [{"age": 3, "care": {
                                 "type": "dagopvang", "hours_per_month": "122 uur",
                                 "hourly_price": "€ 10,50"}}]})
    answers = parse_answers(json.dumps(data))
    assert answers.income.toetsingsinkomen == Decimal(60000)
    assert answers.children[0].care.hourly_price == Decimal("10.50")
    assert answers.children[0].care.hours_per_month == Decimal(122)


def test_an_ambiguous_price_in_an_answers_file_names_the_child_and_asks():
    from tests.conftest import BASE, deep_merge
    from wizard.answers_io import parse_answers
    data = deep_merge(BASE, {"children": [{"age": 3}, {"age": 5, "care": {
        "type": "bso", "hours_per_month": "40", "hourly_price": "1.250"}}]})
    with pytest.raises(InputError) as info:
        parse_answers(json.dumps(data))
    assert "Kind 2: prijs per uur: Bedoelt u € 1,25 of € 1.250?" in info.value.message("nl")
    assert "Child 2: price per hour: Do you mean €1.25 or €1,250?" in info.value.message("en")


def test_an_answers_file_saved_with_a_byte_order_mark_is_read():
    from tests.conftest import BASE
    from wizard.answers_io import parse_answers
    raw = b"\xef\xbb\xbf" + json.dumps(BASE).encode("utf-8")
    assert parse_answers(raw).income.toetsingsinkomen == Decimal(45000)


def test_an_age_that_contradicts_the_birth_date_is_reported_for_that_child():
    from tests.conftest import BASE, deep_merge
    from wizard.answers_io import parse_answers
    data = deep_merge(BASE, {"children": [{"age": 3},
                                          {"age": 2, "birth_date": "2020-01-15"}]})
    with pytest.raises(InputError) as info:
        parse_answers(json.dumps(data))
    assert "Kind 2" in info.value.message("nl") and "(2)" in info.value.message("nl")
    assert "6 years" in info.value.message("en") and "Child 2" in info.value.message("en")


def test_json_numbers_in_an_answers_file_are_amounts_too():
    from tests.conftest import BASE, deep_merge
    from wizard.answers_io import parse_answers
    data = deep_merge(BASE, {"income": {"toetsingsinkomen": 60000},
                             "children": [{"age": 3, "care": {
                                 "type": "dagopvang", "hours_per_month": 122,
                                 "hourly_price": 10.5}}]})
    answers = parse_answers(json.dumps(data))
    care = answers.children[0].care
    assert (answers.income.toetsingsinkomen, care.hours_per_month, care.hourly_price) == (
        Decimal(60000), Decimal(122), Decimal("10.5"))


@pytest.mark.parametrize("text, shown", [
    ("Uw eigen bijdrage is € 47,25 per maand.", "Uw eigen bijdrage is €\u00a047,25 per maand."),
    ("Samen: € 1.234,56; het verschil € 0,27 per uur.", "Samen: €\u00a01.234,56; het verschil €\u00a00,27 per uur."),
    ("About €47.25 per month.", "About €47.25 per month."),  # English has no space to break
    ("Het teken € alleen.", "Het teken € alleen."),
])
def test_an_amount_in_a_chat_reply_never_breaks_between_the_euro_sign_and_its_digits(text, shown):
    assert keep_amounts_together(text) == shown
