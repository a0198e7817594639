"""`smi fee`, `smi check`, `smi gemeenten`, `smi schema`."""

from __future__ import annotations

import argparse
import json
from datetime import date

from wizard import (
    Answers,
    CareType,
    all_profiles,
    assess,
    basislijn_note,
    below_basislijn,
    fee,
    fee_to_json,
    fmt_eur,
    gettext_for,
    profile_for_gemeente,
    read_amount,
    read_answers,
    resolve_gemeente,
    search_gemeenten,
    this_year,
    verdict_to_json,
    verdict_to_text,
)


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def cmd_fee(args: argparse.Namespace) -> int:
    lang = args.lang
    # The one amount reader, with the answers model's bounds: "60.000" is sixty thousand.
    income = None if args.income is None else read_amount(args.income, kind="income", lang=lang)
    price = read_amount(args.price, kind="price", lang=lang)
    hours = read_amount(args.hours, kind="hours", lang=lang)
    # This year unless asked: in a year whose tables are not published yet that is one clear
    # message (exit 2), never last year's table without saying so.
    year = args.year if args.year is not None else this_year()
    result = fee(args.table, year, income, CareType(args.care), price, hours, args.rank)
    if args.json:
        _print_json(fee_to_json(result))
        return 0
    _ = gettext_for(args.lang)
    rows = [(_("Table"), f"{args.table.upper()} {year}")]
    if result.pct is not None:
        rows.append((_("Percentage"), f"{result.pct} %"))
    if result.parent_rate is not None:
        rows.append((_("Parent pays per hour"), fmt_eur(result.parent_rate, lang)))
    rows += [(_("Invoice"), fmt_eur(result.invoice, lang)),
             (_("Paid by the gemeente"), fmt_eur(result.reimbursed, lang)),
             (_("Own contribution (eigen bijdrage)"), fmt_eur(result.eigen_bijdrage, lang))]
    for label, value in rows:
        print(f"{label}: {value}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    answers = read_answers(args.answers)
    # A gemeente name ("Utrecht", "Den Bosch"), CBS code or profile id; the answers keep the
    # id of the profile that judges it.
    profile, entry = profile_for_gemeente(args.gemeente or answers.gemeente)
    answers = answers.model_copy(update={"gemeente": profile.id})
    verdict = assess(answers, profile)
    note = basislijn_note(entry)
    if args.json:
        data = verdict_to_json(verdict, args.lang)
        if entry is not None:
            data["gemeente_entry"] = {"name": entry.name, "cbs_code": entry.cbs_code,
                                      "profile_id": entry.profile_id}
        if note:
            data["note"] = note[args.lang]
        _print_json(data)
    else:
        if note:
            print(note[args.lang])
        print(verdict_to_text(verdict, args.lang))
    return 0


def cmd_gemeenten(args: argparse.Namespace) -> int:
    if args.query:
        return _search_gemeenten(args)
    profiles = all_profiles().values()
    if args.json:
        today = date.today()  # an ended rule is not a flag any more
        _print_json([{"id": p.id, "name": p.name, "kind": p.kind, "covers": p.covers,
                      "flags": [{"rule": f.rule, "basislijn": f.basislijn,
                                 "text": f.texts[args.lang]}
                                for f in below_basislijn(p, today)]}
                     for p in profiles])
        return 0
    for p in profiles:
        flags = below_basislijn(p, date.today())
        mark = f"  ({len(flags)} x < basislijn)" if flags else ""
        print(f"{p.id:20} {p.name}{mark}")
    return 0


def _search_gemeenten(args: argparse.Namespace) -> int:
    found = search_gemeenten(args.query, limit=20)
    if args.json:
        _print_json([{"name": e.name, "cbs_code": e.cbs_code, "aliases": list(e.aliases),
                      "profile_id": e.profile_id, "has_own_profile": e.has_own_profile}
                     for e in found])
        return 0
    if not found:
        resolve_gemeente(args.query)  # raises the one clear "unknown gemeente" message
    for e in found:
        print(f"{e.cbs_code}  {e.name:32} {e.profile_id}")
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    _print_json(Answers.model_json_schema())
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("fee", help="eigen bijdrage for one child per month")
    p.add_argument("--year", type=int, default=None,
                   help="year of the tables (default: this year)")
    p.add_argument("--table", choices=["kot", "vng", "none"], default="kot")
    p.add_argument("--income", default=None,
                   help="yearly toetsingsinkomen; leave out for the highest contribution")
    p.add_argument("--care", choices=[c.value for c in CareType], required=True)
    p.add_argument("--price", required=True, help="hourly price in euros, e.g. 10,50")
    p.add_argument("--hours", required=True, help="hours per month")
    p.add_argument("--rank", type=int, choices=[1, 2], default=1,
                   help="1 = first child (most hours), 2 = each next child")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_fee)

    p = sub.add_parser("check", help="assess an answers file")
    p.add_argument("answers", help="answers JSON file (see `smi schema`)")
    p.add_argument("--gemeente", help="gemeente name, CBS code or profile id (see `smi gemeenten`)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("gemeenten", help="list gemeente profiles, or find a gemeente by name")
    p.add_argument("query", nargs="?", help="a gemeente name, alias or CBS code to look up")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_gemeenten)

    p = sub.add_parser("schema", help="print the JSON Schema of the answers file")
    p.set_defaults(func=cmd_schema)
