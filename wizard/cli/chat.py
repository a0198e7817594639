"""`smi ask "question" [--lang nl|en] [--gemeente ID] [--json]`: the guidance chat on the
command line. The question is not logged or stored."""

from __future__ import annotations

import argparse
import json

from wizard import resolve_gemeente
from wizard.chat import ask


def cmd_ask(args: argparse.Namespace) -> int:
    gemeente = None
    if args.gemeente:  # a name, CBS code or profile id; an unknown one exits 2 with one line
        gemeente = resolve_gemeente(args.gemeente).name
    reply = ask(args.question, lang=args.ask_lang, gemeente=gemeente, force_lang=args.ask_lang)
    if args.json:
        print(json.dumps(reply.to_json(), ensure_ascii=False, indent=2))
        return 0
    print(reply.answer)
    if reply.action:
        gemeente = reply.action["gemeente"] or "-"
        print(f"\n→ {reply.action['label']}: smi check (gemeente: {gemeente})")
        if reply.action.get("link"):
            print(f"  {reply.action['link']}")
    label = "Bronnen" if reply.lang == "nl" or reply.lang == "both" else "Sources"
    print(f"\n{label}:")
    for s in reply.sources:
        print(f"- {s['title']} ({s['ref']})" if s["ref"] not in s["title"] else f"- {s['title']}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ask", help="ask the SMI guidance chat a question")
    p.add_argument("question", help="your question, in Dutch or English")
    p.add_argument("--lang", dest="ask_lang", choices=["nl", "en"], default=None,
                   help="language of the answer (default: the language of the question)")
    p.add_argument("--gemeente", default=None,
                   help="gemeente name, CBS code or profile id (see `smi gemeenten`)")
    p.add_argument("--json", action="store_true",
                   help='print {"kind", "answer", "sources": [{"title", "ref"}], "facts", '
                        '"outcome" (when the engine ran)}')
    p.set_defaults(func=cmd_ask)
