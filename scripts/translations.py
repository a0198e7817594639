"""Keep the tr/ar/pl/uk catalogues in step with the Dutch one (helper lang, issue 15).

  sync                      every msgid of locales/nl/<domain>.po into each new language's
                            .po (translations kept, new ones empty, gone ones dropped)
  todo LANG DOMAIN [OUT]    the msgids of LANG still without a translation, as JSON {id: ""}
  apply LANG DOMAIN FILE    fill in translations from a JSON {msgid: text}
  add DOMAIN FILE           new msgids with nl and en texts: JSON {msgid: {"nl": .., "en": ..}}
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from wizard.i18n import NEW_LANGS  # noqa: E402

LOCALES = Path(__file__).resolve().parent.parent / "locales"
DOMAINS = ("messages", "ui")


def po_path(lang: str, domain: str) -> Path:
    return LOCALES / lang / "LC_MESSAGES" / f"{domain}.po"


def load(lang: str, domain: str) -> Catalog:
    p = po_path(lang, domain)
    if not p.exists():
        return Catalog(locale=lang, project="SMI-wegwijzer")
    with p.open("rb") as fh:
        return read_po(fh, locale=lang)


def save(cat: Catalog, lang: str, domain: str) -> None:
    p = po_path(lang, domain)
    p.parent.mkdir(parents=True, exist_ok=True)
    with p.open("wb") as fh:
        write_po(fh, cat, no_location=True, ignore_obsolete=True, width=100)


def sync() -> None:
    for domain in DOMAINS:
        ids = [m.id for m in load("nl", domain) if m.id]
        for lang in NEW_LANGS:
            old = {m.id: m.string for m in load(lang, domain) if m.id}
            if list(old) == ids:
                continue  # unchanged: no rewrite (keeps the header date, no churn in git)
            cat = Catalog(locale=lang, project="SMI-wegwijzer")
            for mid in ids:
                cat.add(mid, old.get(mid, ""))
            save(cat, lang, domain)
            missing = sum(1 for mid in ids if not old.get(mid))
            print(f"{lang}/{domain}: {len(ids)} msgids, {missing} to translate")


def todo(lang: str, domain: str, out: str | None = None) -> None:
    data = {m.id: "" for m in load(lang, domain) if m.id and not m.string}
    text = json.dumps(data, ensure_ascii=False, indent=1)
    Path(out).write_text(text, "utf-8") if out else print(text)


def apply(lang: str, domain: str, file: str) -> None:
    data = json.loads(Path(file).read_text("utf-8"))
    cat = load(lang, domain)
    unknown = [k for k in data if k not in cat]
    for m in cat:
        if m.id and data.get(m.id):
            m.string = data[m.id]
    save(cat, lang, domain)
    print(f"{lang}/{domain}: applied {len(data) - len(unknown)}; unknown msgids: {unknown}")


def _po_str(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def add(domain: str, file: str) -> None:
    """Appended as plain entries at the end of the nl/en .po, so other people's lines stay
    untouched (no rewrap, fewer merge conflicts)."""
    data = json.loads(Path(file).read_text("utf-8"))
    for lang in ("nl", "en"):
        have = {m.id for m in load(lang, domain) if m.id}
        new = [f"msgid {_po_str(mid)}\nmsgstr {_po_str(t[lang])}\n"
               for mid, t in data.items() if mid not in have]
        if new:
            p = po_path(lang, domain)
            body = p.read_text("utf-8").rstrip("\n")
            p.write_text(body + "\n\n" + "\n".join(new), "utf-8")  # ends with a newline
    sync()


if __name__ == "__main__":
    cmd, *args = sys.argv[1:]
    {"sync": sync, "todo": todo, "apply": apply, "add": add}[cmd](*args)
