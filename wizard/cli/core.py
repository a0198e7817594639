"""`smi fee`, `smi check`, `smi gemeenten`, `smi schema`."""

from __future__ import annotations

import argparse
import json
from decimal import Decimal, InvalidOperation

from wizard.answers_io import read_answers
from wizard.errors import InputError
from wizard.fees import fee
from wizard.i18n import both, gettext_for
from wizard.models import Answers, CareType
from wizard.money import fmt_eur
from wizard.profiles import all_profiles, below_basislijn, get_profile
from wizard.report import fee_to_json, verdict_to_json, verdict_to_text
from wizard.rules import assess


def _amount(name: str):
    def parse(text: str) -> Decimal:
        try:
            value = Decimal(text.replace(",", "."))
        except InvalidOperation:
            raise argparse.ArgumentTypeError(f"{name} must be a number, not '{text}'") from None
        if not value.is_finite() or value < 0:
            raise argparse.ArgumentTypeError(f"{name} must be zero or more, not '{text}'")
        return value
    return parse


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def cmd_fee(args: argparse.Namespace) -> int:
    if args.hours > Decimal(744):
        raise InputError(both("A month has at most 744 hours."))
    result = fee(args.table, args.year, args.income, CareType(args.care), args.price, args.hours,
                 args.rank)
    if args.json:
        _print_json(fee_to_json(result))
        return 0
    _ = gettext_for(args.lang)
    lang = args.lang
    rows = [(_("Table"), f"{args.table.upper()} {args.year}")]
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
    if args.gemeente:
        answers = answers.model_copy(update={"gemeente": args.gemeente})
    verdict = assess(answers, get_profile(answers.gemeente))
    if args.json:
        _print_json(verdict_to_json(verdict, args.lang))
    else:
        print(verdict_to_text(verdict, args.lang))
    return 0


def cmd_gemeenten(args: argparse.Namespace) -> int:
    profiles = all_profiles().values()
    if args.json:
        _print_json([{"id": p.id, "name": p.name, "kind": p.kind, "covers": p.covers,
                      "flags": [{"rule": f.rule, "basislijn": f.basislijn,
                                 "text": f.texts[args.lang]} for f in below_basislijn(p)]}
                     for p in profiles])
        return 0
    for p in profiles:
        flags = below_basislijn(p)
        mark = f"  ({len(flags)} x < basislijn)" if flags else ""
        print(f"{p.id:20} {p.name}{mark}")
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    _print_json(Answers.model_json_schema())
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("fee", help="eigen bijdrage for one child per month")
    p.add_argument("--year", type=int, default=2026)
    p.add_argument("--table", choices=["kot", "vng", "none"], default="kot")
    p.add_argument("--income", type=_amount("income"), default=None,
                   help="yearly toetsingsinkomen; leave out for the highest contribution")
    p.add_argument("--care", choices=[c.value for c in CareType], required=True)
    p.add_argument("--price", type=_amount("price"), required=True, help="hourly price in euros")
    p.add_argument("--hours", type=_amount("hours"), required=True, help="hours per month")
    p.add_argument("--rank", type=int, choices=[1, 2], default=1,
                   help="1 = first child (most hours), 2 = each next child")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_fee)

    p = sub.add_parser("check", help="assess an answers file")
    p.add_argument("answers", help="answers JSON file (see `smi schema`)")
    p.add_argument("--gemeente", help="profile id (see `smi gemeenten`)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("gemeenten", help="list gemeente profiles")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_gemeenten)

    p = sub.add_parser("schema", help="print the JSON Schema of the answers file")
    p.set_defaults(func=cmd_schema)
