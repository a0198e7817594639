"""Reading and writing a saved answers file (the wizard's save/resume and the CLI).
Anything wrong — too big, not JSON, too deep, wrong version, unknown field — gives one
clear message in the user's language, and nothing half-loaded."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

from pydantic import ValidationError

from wizard.dated import check_date
from wizard.errors import InputError
from wizard.i18n import LANGS, N_, both
from wizard.models import Answers
from wizard.profiles import all_profiles

MAX_BYTES = 1_000_000  # a real answers file is a few kB
MAX_DEPTH = 12  # the model nests 5 deep; more is not an answers file

# Plain-language texts per pydantic error type (English msgid; Dutch in locales/).
_ERRORS = {
    "extra_forbidden": N_("this field is not known"),
    "missing": N_("this is missing"),
    "int_type": N_("this must be a whole number"),
    "int_parsing": N_("this must be a whole number"),
    "int_from_float": N_("this must be a whole number"),
    "bool_type": N_("this must be true or false"),
    "bool_parsing": N_("this must be true or false"),
    "enum": N_("this value is not one of the choices"),
    "literal_error": N_("this value is not one of the choices"),
    "greater_than_equal": N_("this number is too small"),
    "less_than_equal": N_("this number is too large"),
    "too_short": N_("this list is too short"),
    "too_long": N_("this list or text is too long"),
    "string_type": N_("this must be text"),
    "string_pattern_mismatch": N_("this text has characters that are not allowed"),
    "string_too_long": N_("this text is too long"),
    "date_type": N_("this must be a date (YYYY-MM-DD)"),
    "date_parsing": N_("this must be a date (YYYY-MM-DD)"),
    "date_from_datetime_parsing": N_("this must be a date (YYYY-MM-DD)"),
    "decimal_type": N_("this must be an amount"),
    "decimal_parsing": N_("this must be an amount"),
    "model_type": N_("this must be a group of fields"),
    "model_attributes_type": N_("this must be a group of fields"),
    "list_type": N_("this must be a list"),
    "dict_type": N_("this must be a group of fields"),
    "smi_age_missing": N_("give the child's age or date of birth"),
    "smi_newer_version": N_("this file was made by a newer version of this tool"),
    "smi_bad_version": N_("the version number of this file is not valid"),
    "smi_birth_future": N_("the date of birth is in the future"),
    "smi_too_old": N_("the date of birth gives an age above 18"),
    "smi_age_mismatch": N_("the age ({age}) does not match the date of birth, which gives "
                           "{computed} years; please check both"),
    # application details (wizard/application.py)
    "smi_control_char": N_("this text has characters that are not allowed"),
    "smi_bsn": N_("this is not a valid BSN (the elfproef fails)"),
    "smi_phone": N_("this is not a phone number"),
    "smi_postcode": N_("this is not a Dutch postcode (1234 AB)"),
    "smi_email": N_("this is not an e-mail address"),
    "smi_lrk": N_("an LRK number has digits only (6 to 12)"),
    "smi_period_order": N_("the end date is not after the start date"),
    "smi_period_long": N_("the period is longer than 5 years"),
}


def _depth(obj: object, level: int = 0) -> int:
    if level > MAX_DEPTH:
        return level
    if isinstance(obj, dict):
        return max((_depth(v, level + 1) for v in obj.values()), default=level)
    if isinstance(obj, list):
        return max((_depth(v, level + 1) for v in obj), default=level)
    return level


# Field names as a parent knows them; other fields are shown by their name in the file.
_FIELDS = {
    "age": N_("age"),
    "birth_date": N_("date of birth"),
    "hours_per_month": N_("hours per month"),
    "hourly_price": N_("price per hour"),
    "toetsingsinkomen": N_("yearly income"),
    "school": N_("school"),
    "care": N_("childcare"),
}


def _where(loc: tuple, ctx: dict) -> dict[str, str]:
    """Where the problem is, per language: "Kind 2: uurprijs" rather than children.1.care...."""
    parts = list(loc)
    child = None
    if len(parts) >= 2 and parts[0] == "children" and isinstance(parts[1], int):
        child, parts = parts[1] + 1, parts[2:]
    elif "n" in ctx:  # a check over all children names the child in its context
        child = ctx["n"]
    field = str(parts[-1]) if parts else ""
    named = both(_FIELDS[field]) if field in _FIELDS else (
        {lg: ".".join(str(p) for p in parts) for lg in LANGS} if parts else None)
    if child is not None:
        label = both("Child {n}", n=child)
        return {lg: f"{label[lg]}: {named.get(lg, named['nl'])}" if named else label[lg]
                for lg in label}
    return named or both("file")


def problem_texts(err: dict) -> dict[str, str]:
    """The model's own words for one validation problem (an item of `exc.errors()`), in every
    language, without where it is: a screen that shows it under the field uses this."""
    ctx = err.get("ctx") or {}
    if err["type"] == "smi_amount":  # the amount reader's own sentence, in each language
        return {lg: ctx[lg].rstrip(".") for lg in ("nl", "en")}
    return both(_ERRORS.get(err["type"], "this value is not valid"), **{
        k: v for k, v in ctx.items() if isinstance(v, (int, str))})


def explain(exc: ValidationError) -> InputError:
    """The first problem of a validation error, in plain words, naming the child it is about."""
    err = exc.errors()[0]
    ctx = err.get("ctx") or {}
    problem = problem_texts(err)
    texts = both("The answers file cannot be used: {where}: {problem}.",
                 where=_where(tuple(err["loc"]), ctx), problem=problem)
    return InputError(texts)


def parse_answers(raw: bytes | str) -> Answers:
    if isinstance(raw, str):
        raw = raw.encode("utf-8")
    if len(raw) > MAX_BYTES:
        raise InputError(both("This file is too large to be an answers file (at most 1 MB)."))
    raw = raw.removeprefix(codecs.BOM_UTF8)  # Windows editors save with a BOM
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise InputError(both("This file is not an answers file: it is not valid JSON.")) from None
    if not isinstance(data, dict):
        raise InputError(both("This file is not an answers file: it has no answers in it."))
    if _depth(data) > MAX_DEPTH:
        raise InputError(both("This file is not an answers file: it is nested too deeply."))
    try:
        answers = Answers.model_validate_json(raw)
    except ValidationError as exc:
        raise explain(exc) from None
    if answers.gemeente not in all_profiles():
        raise InputError(both("The answers file names a gemeente this tool does not know: "
                              "{gemeente}.", gemeente=answers.gemeente))
    check_date(answers.reference_date)  # one clear message at the door, not a crash later
    return answers


def read_answers(path: str | Path) -> Answers:
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise InputError(both("File not found: {path}", path=str(p))) from None
    except OSError as exc:
        raise InputError(both("Cannot read {path}: {error}", path=str(p),
                              error=exc.strerror or "")) from None
    return parse_answers(raw)


def dump_answers(answers: Answers) -> bytes:
    """The file a parent downloads: the answers model as JSON, nothing else."""
    return answers.model_dump_json(indent=2).encode("utf-8")
