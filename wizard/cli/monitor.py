"""`smi monitor`: the basislijn monitor as HTML, CSV or JSON."""

from __future__ import annotations

import argparse
import csv
import io
import json
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from wizard import BASISLIJN_IDS, InputError, all_profiles, gettext_for, monitor_rows, spread
from wizard import judge_profile as judge
from wizard.i18n import N_, both
from wizard.paths import content_dir

STATUS = {"met": N_("met"), "below": N_("below"), "unknown": N_("unknown")}
SPREAD_TITLES = {"days_per_week": N_("Days per week"), "months": N_("Months"),
                 "age_limit": N_("Age limit"), "fee_method": N_("Fee method"),
                 "income_or_asset_test": N_("Income or asset test")}


def safe_cell(value: str) -> str:
    """Neutralise spreadsheet formulas (=, +, -, @) in CSV cells."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def render_html(lang: str) -> str:
    _ = gettext_for(lang)
    env = Environment(loader=FileSystemLoader(content_dir() / "monitor"),
                      autoescape=select_autoescape(["html", "j2"]))
    gemeenten = [{"name": p.name, "judgements": [
        {"point": j.point, "status": j.status, "rule": j.rule, "source": j.source,
         "text": j.texts[lang]} for j in judge(p)]} for p in all_profiles().values()]
    return env.get_template("monitor.html.j2").render(
        _=_, lang=lang, points=BASISLIJN_IDS, gemeenten=gemeenten, spread=spread(),
        status_label={k: _(v) for k, v in STATUS.items()},
        spread_titles={k: _(v) for k, v in SPREAD_TITLES.items()})


def render_csv(lang: str) -> str:
    buf = io.StringIO()
    rows = monitor_rows(lang)
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]))
    writer.writeheader()
    for row in rows:
        writer.writerow({k: safe_cell(v) for k, v in row.items()})
    return buf.getvalue()


def render_json(lang: str) -> str:
    return json.dumps({"rows": monitor_rows(lang), "spread": spread()}, ensure_ascii=False,
                      indent=2)


def cmd_monitor(args: argparse.Namespace) -> int:
    fmt = args.format or (Path(args.output).suffix.lstrip(".") if args.output else "json")
    renderers = {"html": render_html, "csv": render_csv, "json": render_json}
    if fmt not in renderers:
        raise InputError(both("Unknown format '{fmt}': use html, csv or json.", fmt=fmt))
    text = renderers[fmt](args.lang)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        print(text)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("monitor", help="basislijn monitor across gemeente profiles")
    p.add_argument("--format", choices=["html", "csv", "json"])
    p.add_argument("-o", "--output", help="file to write (default: standard output)")
    p.set_defaults(func=cmd_monitor)
