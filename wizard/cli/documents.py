"""`smi form`, `smi publiekstekst`, `smi letter`: the documents from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path

from wizard import InputError, read_answers


def texts(key: str, **fields: object) -> dict[str, str]:
    from wizard.documents.texts import texts as _texts  # lazy: keeps `smi --help` fast

    return _texts(key, **fields)


def _write(out: str, data: bytes | str) -> None:
    try:
        Path(out).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    except OSError as exc:
        raise InputError(texts("error.write", path=out, error=exc.strerror or "")) from None


def output_format(args: argparse.Namespace, allowed: tuple[str, ...] = ("pdf", "html")) -> str:
    """The format -o's suffix asks for: .pdf, .html (or .htm), .md where the document has one.
    Any other suffix, or --html with a suffix that is not .html, is one clear error (exit 2)."""
    suffix = Path(args.output).suffix.lower().lstrip(".")
    suffix = "html" if suffix == "htm" else suffix
    if suffix not in allowed or (getattr(args, "html", False) and suffix != "html"):
        raise InputError(texts("error.out_suffix_for", suffixes=", ".join(
            f".{s}" for s in allowed)))
    return suffix


def _answers(args: argparse.Namespace):
    answers = read_answers(args.answers)
    if getattr(args, "gemeente", None):
        answers = answers.model_copy(update={"gemeente": args.gemeente})
    return answers


def cmd_form(args: argparse.Namespace) -> int:
    from wizard.documents import build_form_html, build_form_pdf

    fmt = output_format(args)
    answers = _answers(args)
    build = build_form_html if fmt == "html" else build_form_pdf
    _write(args.output, build(answers, answers.gemeente, args.lang))
    return 0


def cmd_publiekstekst(args: argparse.Namespace) -> int:
    from wizard.documents import build_publiekstekst

    fmt = output_format(args, ("pdf", "html", "md"))
    _write(args.output, build_publiekstekst(args.gemeente, args.lang, fmt))
    return 0


def cmd_letter(args: argparse.Namespace) -> int:
    from wizard.documents import build_letter_html, build_letter_pdf, parse_decision

    fmt = output_format(args)
    answers = _answers(args)
    decision = None
    if args.decision:
        try:
            raw = Path(args.decision).read_bytes()
        except OSError as exc:
            raise InputError(texts("error.read", path=args.decision,
                                   error=exc.strerror or "")) from None
        decision = parse_decision(raw)
    build = build_letter_html if fmt == "html" else build_letter_pdf
    _write(args.output, build(args.kind, answers, decision, answers.gemeente, args.lang))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    from wizard.i18n import LANGS

    langs = list(LANGS)
    p = sub.add_parser("form", help="the filled-in application form (PDF, or HTML)")
    p.add_argument("answers", help="answers file (JSON)")
    p.add_argument("--gemeente", help="gemeente id (default: from the answers file)")
    p.add_argument("--lang", choices=langs, default=argparse.SUPPRESS)
    p.add_argument("--html", action="store_true", help="same as an -o ending in .html")
    p.add_argument("-o", "--output", required=True, help="OUT.pdf or OUT.html")
    p.set_defaults(func=cmd_form)

    p = sub.add_parser("publiekstekst", help="the public text of a gemeente (.pdf, .html, .md)")
    p.add_argument("--gemeente", required=True)
    p.add_argument("--lang", choices=langs, default=argparse.SUPPRESS)
    p.add_argument("-o", "--output", required=True, help="OUT.pdf, OUT.html or OUT.md")
    p.set_defaults(func=cmd_publiekstekst)

    p = sub.add_parser("letter", help="a letter to the parent (gemeente staff)")
    p.add_argument("kind", choices=["toekenning", "verlenging", "afwijzing", "ontbrekend"])
    p.add_argument("answers", help="answers file (JSON)")
    p.add_argument("--decision", help="decision file (JSON): number, dates, granted hours")
    p.add_argument("--gemeente")
    p.add_argument("--lang", choices=langs, default=argparse.SUPPRESS)
    p.add_argument("--html", action="store_true", help="same as an -o ending in .html")
    p.add_argument("-o", "--output", required=True, help="OUT.pdf or OUT.html")
    p.set_defaults(func=cmd_letter)
