"""The `smi` command line over the same engine as the wizard. Each command lives in its own
module with `register(subparsers)`; bad input exits 2 with one clear line on stderr."""

from __future__ import annotations

import argparse
import functools
import importlib
import re
import sys

from wizard import LANGS, SmiError, gettext_for, normalise_lang
from wizard.i18n import N_

# One module per group of commands; each defines register(subparsers).
COMMAND_MODULES = [
    "wizard.cli.core",
    "wizard.cli.chat",
    "wizard.cli.monitor",
    "wizard.cli.changes",
    "wizard.cli.feedback",
    "wizard.cli.documents",
]


# argparse speaks English only: its usual complaints, in the user's language (English msgids).
_USAGE_ERRORS = [
    (re.compile(r"the following arguments are required: (?P<what>.+)"),
     N_("these options are missing: {what}")),
    (re.compile(r"argument (?P<opt>\S+): invalid choice: (?P<value>.+?) \(choose from "
                r"(?P<choices>.+)\)"),
     N_("{opt}: {value} is not possible; choose from {choices}")),
    (re.compile(r"unrecognized arguments: (?P<what>.+)"), N_("unknown options: {what}")),
    (re.compile(r"argument (?P<opt>\S+): expected one argument"),
     N_("{opt}: give one value after it")),
    (re.compile(r"argument (?P<opt>\S+): invalid \w+ value: (?P<value>.+)"),
     N_("{opt}: {value} is not a valid value")),
]

def _usage_error(message: str, lang: str) -> str:
    for pattern, msgid in _USAGE_ERRORS:
        m = pattern.fullmatch(message)
        if m:
            return gettext_for(lang)(msgid).format(**m.groupdict())
    return message


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, lang: str = "nl", **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.lang = lang  # read from argv before parsing: argparse's errors need it too

    def error(self, message: str) -> None:  # one line, exit 2, no usage dump
        sys.stderr.write(f"smi: {_usage_error(message, self.lang)}\n")
        raise SystemExit(2)


def _lang_in(argv: list[str]) -> str:
    """--lang X or --lang=X, before argparse has run (its errors need the language too)."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return normalise_lang(argv[i + 1])
        if arg.startswith("--lang="):
            return normalise_lang(arg.split("=", 1)[1])
    return "nl"


def build_parser(lang: str = "nl") -> argparse.ArgumentParser:
    parser = _Parser(prog="smi", lang=lang,
                     description="SMI-wegwijzer: SMI childcare check, fees, documents.")
    parser.add_argument("--lang", default="nl", choices=list(LANGS),
                        help="language of messages and texts (default nl)")
    sub = parser.add_subparsers(dest="command", required=True,
                                parser_class=functools.partial(_Parser, lang=lang))
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(_lang_in(argv))
    args = parser.parse_args(argv)
    lang = normalise_lang(getattr(args, "lang", "nl"))
    try:
        return int(args.func(args) or 0)
    except SmiError as exc:
        sys.stderr.write(f"smi: {exc.message(lang)}\n")
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
