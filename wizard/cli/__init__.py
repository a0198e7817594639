"""The `smi` command line over the same engine as the wizard. Each command lives in its own
module with `register(subparsers)`; bad input exits 2 with one clear line on stderr."""

from __future__ import annotations

import argparse
import importlib
import sys

from wizard import LANGS, SmiError, normalise_lang

# One module per group of commands; each defines register(subparsers).
COMMAND_MODULES = [
    "wizard.cli.core",
    "wizard.cli.chat",
    "wizard.cli.monitor",
    "wizard.cli.changes",
    "wizard.cli.feedback",
    "wizard.cli.documents",
]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, no usage dump
        sys.stderr.write(f"smi: {message}\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="smi", description="SMI-wegwijzer: SMI childcare check, fees, documents.")
    parser.add_argument("--lang", default="nl", choices=list(LANGS),
                        help="language of messages and texts (default nl)")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
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
