"""Update locales/<lang>/LC_MESSAGES/<domain>.po from a .pot, keeping existing translations
(a thin wrapper over babel's update, so no developer edits msgids by hand)."""

import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

pot, domain = Path(sys.argv[1]), sys.argv[2]
template = read_po(pot.open("rb"))
for lang in ("nl", "en"):
    po = Path("locales") / lang / "LC_MESSAGES" / f"{domain}.po"
    catalog = read_po(po.open("rb"), locale=lang) if po.exists() else Catalog(locale=lang)
    catalog.update(template, no_fuzzy_matching=True)
    if lang == "en":  # message ids are English
        for m in catalog:
            if m.id and not m.string:
                m.string = m.id
    po.parent.mkdir(parents=True, exist_ok=True)
    with po.open("wb") as fh:
        write_po(fh, catalog, omit_header=False, no_location=True, ignore_obsolete=True)
    print(f"updated {po}")
