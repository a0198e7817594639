"""Makes content/fonts/SMIForm-Sans.ttf: DejaVu Sans cut down to the Latin letters, digits and
signs a Dutch or English form field needs. WeasyPrint embeds a font used in form fields whole
(a viewer may type any character into the field); the whole DejaVu Sans (~750 kB) cost ~100 ms
per form. Page text keeps the full font: WeasyPrint subsets it per document with HarfBuzz,
which costs ~2 ms of a form build (measured Nov 2026); cutting DejaVu down beforehand would
save less than that and lose the glyphs of names typed in other scripts (Greek, Cyrillic,
Vietnamese). `make bench` prints where a form build's time goes (form_cpu_ms_by_step).

    .venv/bin/python scripts/subset_fonts.py      # re-run only when the font or ranges change
"""

from __future__ import annotations

from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

FONTS = Path(__file__).resolve().parent.parent / "content" / "fonts"
FAMILY = "SMI Form Sans"  # a new name: the Bitstream Vera licence asks renamed derivatives
# Basic Latin, Latin-1, Latin Extended-A/B (Dutch, Turkish, Polish ... names), punctuation,
# euro sign, check marks.
RANGES = [(0x20, 0x7E), (0xA0, 0x24F), (0x2010, 0x2027), (0x2030, 0x203A), (0x20AC, 0x20AC),
          (0x2122, 0x2122), (0x2713, 0x2714)]


def main() -> None:
    font = TTFont(FONTS / "DejaVuSans.ttf")
    options = subset.Options()
    options.hinting = False
    options.layout_features = ["kern", "liga"]
    options.name_IDs = ["*"]
    sub = subset.Subsetter(options)
    sub.populate(unicodes=[c for a, b in RANGES for c in range(a, b + 1)])
    sub.subset(font)
    for rec in font["name"].names:
        if rec.nameID in (1, 4, 16):
            rec.string = FAMILY
        elif rec.nameID == 6:
            rec.string = FAMILY.replace(" ", "")
    out = FONTS / "SMIForm-Sans.ttf"
    font.save(out)
    print(out, out.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
