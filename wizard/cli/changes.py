"""`smi verlenging` and `smi wijziging`: the extension request and the change report from two
answers files (the first application and now), with the eigen bijdrage before and after."""

from __future__ import annotations

import argparse

from wizard import read_answers
from wizard.cli.documents import _write, output_format


def cmd_verlenging(args: argparse.Namespace) -> int:
    from wizard.documents.changes import build_extension_html, build_extension_pdf

    fmt = output_format(args)
    first, now = read_answers(args.first), read_answers(args.now)
    build = build_extension_html if fmt == "html" else build_extension_pdf
    _write(args.output, build(first, now, now.gemeente, args.lang))
    return 0


def cmd_wijziging(args: argparse.Namespace) -> int:
    from wizard.documents.changes import build_change_html, build_change_pdf

    fmt = output_format(args)
    before, after = read_answers(args.before), read_answers(args.after)
    build = build_change_html if fmt == "html" else build_change_pdf
    _write(args.output, build(before, after, after.gemeente, args.lang))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("verlenging", help="extension request: first application and now")
    p.add_argument("first", help="answers file of the first application")
    p.add_argument("now", help="answers file as things are now")
    p.add_argument("-o", "--output", required=True, help="OUT.pdf or OUT.html")
    p.add_argument("--html", action="store_true", help="same as an -o ending in .html")
    p.set_defaults(func=cmd_verlenging)

    p = sub.add_parser("wijziging", help="change report: before and after")
    p.add_argument("before", help="answers file before the change")
    p.add_argument("after", help="answers file after the change")
    p.add_argument("-o", "--output", required=True, help="OUT.pdf or OUT.html")
    p.add_argument("--html", action="store_true", help="same as an -o ending in .html")
    p.set_defaults(func=cmd_wijziging)
