"""What a parent sees on screen and on paper: each PDF rendered with pdfium (Chrome, Edge) and
with Poppler (Debian poppler-utils: Evince, Okular, pdftoppm). A ticked box must show its tick
and a printed value its ink in both; bidi controls typed into a name never reorder a line in
the letters, the form, the extension request or the change report."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
import pytest
from PIL import Image

from tests.conftest import make_answers
from tests.test_documents import pdf_text
from tests.test_documents_fixtures import DECISION, FULL_APP, full_answers
from wizard.documents import Decision, build_form_pdf, build_letter_pdf
from wizard.documents.changes import build_change_pdf, build_extension_pdf

DPI = 100
SCALE = DPI / 72
RLO = "\u202e"


def render_pdfium(pdf: bytes, page: int) -> Image.Image:
    doc = pdfium.PdfDocument(pdf)
    doc.init_forms()  # draws form fields as Chrome's viewer does
    return doc[page].render(scale=SCALE, may_draw_forms=True).to_pil().convert("L")


def render_poppler(pdf: bytes, page: int, tmp: Path) -> Image.Image:
    assert shutil.which("pdftoppm"), "install poppler-utils (scripts/system-deps.sh)"
    src = tmp / "in.pdf"
    src.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(DPI), "-f", str(page + 1), "-l", str(page + 1),
                    "-png", "-singlefile", str(src), str(tmp / "out")], check=True,
                   capture_output=True, timeout=60)
    return Image.open(tmp / "out.png").convert("L")


def ink(img: Image.Image, box: tuple[float, float, float, float], page_h: float,
        inset: float = 0.2) -> float:
    """Share of dark pixels inside a PDF rectangle (points, origin bottom-left), its frame
    left out (`inset` of the width and height on each side)."""
    x0, y0, x1, y1 = box
    dx, dy = (x1 - x0) * inset, (y1 - y0) * inset
    px = (round((x0 + dx) * SCALE), round((page_h - y1 + dy) * SCALE),
          round((x1 - dx) * SCALE), round((page_h - y0 - dy) * SCALE))
    region = img.crop(px)
    dark = sum(region.histogram()[:128])
    return dark / max(1, region.width * region.height)


def widgets(pdf: bytes) -> list[dict]:
    """Every form field: name, tooltip, kind, page, rectangle, ticked."""
    out = []
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        pages = {p.objgen: i for i, p in enumerate(doc.pages)}
        for f in doc.Root.AcroForm.Fields:
            rect = tuple(sorted(float(v) for v in f.Rect[0::2])) , tuple(
                sorted(float(v) for v in f.Rect[1::2]))
            out.append({"name": str(f.T), "tooltip": str(f.get("/TU", "")),
                        "kind": str(f.FT), "page": pages[f.P.objgen],
                        "rect": (rect[0][0], rect[1][0], rect[0][1], rect[1][1]),
                        "ticked": str(f.get("/V", "")) not in ("", "/Off"),
                        "has_ap": "/AP" in f, "has_da": "/DA" in f,
                        "page_h": float(doc.pages[pages[f.P.objgen]].mediabox[3])})
    return out


def word_boxes(pdf: bytes, tmp: Path, page: int) -> list[tuple[str, tuple]]:
    """Words Poppler finds on a page, with their box in PDF points (origin bottom-left)."""
    src = tmp / "words.pdf"
    src.write_bytes(pdf)
    html = subprocess.run(["pdftotext", "-bbox", "-f", str(page + 1), "-l", str(page + 1),
                           str(src), "-"], capture_output=True, text=True, check=True).stdout
    h = float(re.search(r'<page width="[\d.]+" height="([\d.]+)"', html)[1])
    out = []
    for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                         r'yMax="([\d.]+)">([^<]*)</word>', html):
        x0, y0, x1, y1 = (float(v) for v in m.groups()[:4])
        out.append((m[5], (x0, h - y1, x1, h - y0)))
    return out


@pytest.fixture(scope="module")
def ticked_form() -> bytes:
    """A form whose consent box is ticked and whose care-type choice is still open."""
    a = full_answers(children=[{"birth_date": "2023-05-04"}], income={"toetsingsinkomen": None})
    return build_form_pdf(a, "basislijn", "nl")


def test_every_field_has_an_appearance_and_a_default_appearance(ticked_form):
    fields = widgets(ticked_form)
    assert fields
    for f in fields:
        assert f["has_ap"], f["name"]
        assert f["has_da"] or f["kind"] != "/Tx", f["name"]


@pytest.mark.parametrize("renderer", ["pdfium", "poppler"])
def test_a_ticked_box_shows_its_tick_and_an_empty_box_stays_empty(ticked_form, renderer,
                                                                  tmp_path):
    fields = [f for f in widgets(ticked_form) if f["kind"] == "/Btn"]
    ticked = [f for f in fields if f["ticked"]]
    empty = [f for f in fields if not f["ticked"]]
    assert ticked and empty, [f["name"] for f in fields]
    for f in fields:
        img = (render_pdfium(ticked_form, f["page"]) if renderer == "pdfium"
               else render_poppler(ticked_form, f["page"], tmp_path))
        share = ink(img, f["rect"], f["page_h"])
        if f["ticked"]:
            assert share > 0.1, (renderer, f["name"], share)
        else:
            assert share < 0.02, (renderer, f["name"], share)


@pytest.mark.parametrize("renderer", ["pdfium", "poppler"])
def test_printed_values_show_ink_where_their_words_are(ticked_form, renderer, tmp_path):
    words = dict(word_boxes(ticked_form, tmp_path, 0))
    for value in ("Fatima", "Coolsingel", "06-12345678"):
        assert value in words, value
        img = (render_pdfium(ticked_form, 0) if renderer == "pdfium"
               else render_poppler(ticked_form, 0, tmp_path))
        with pikepdf.open(io.BytesIO(ticked_form)) as doc:
            h = float(doc.pages[0].mediabox[3])
        assert ink(img, words[value], h, inset=0.0) > 0.05, (renderer, value)


def test_tooltips_are_unique_and_name_the_child_or_person():
    a = make_answers(children=[{"age": 3}, {"age": 5}],
                     household={"parents": [{"activity": "work"}, {"activity": "none"}]})
    fields = widgets(build_form_pdf(a, "basislijn", "nl"))
    tips = [f["tooltip"] for f in fields]
    assert len(tips) == len(set(tips)), sorted(tips)
    assert any(t.startswith("Kind 1 — ") for t in tips)
    assert any(t.startswith("Kind 2 — ") for t in tips)


def test_extension_and_change_tooltips_say_what_each_blank_is():
    a = make_answers(children=[{"age": 3}, {"age": 5}])
    for pdf in (build_extension_pdf(a, a, "basislijn", "nl"),
                build_change_pdf(a, a, "basislijn", "nl")):
        tips = [f["tooltip"] for f in widgets(pdf)]
        assert len(tips) == len(set(tips)) and "Datum van ondertekening" in tips
        assert not {"Vanaf", "Tot en met", "Datum"} & set(tips), tips


def test_an_open_care_type_is_a_choice_with_the_three_kinds():
    a = make_answers(children=[{"age": 3}])
    with pikepdf.open(io.BytesIO(build_form_pdf(a, "basislijn", "en"))) as doc:
        choice = [f for f in doc.Root.AcroForm.Fields if str(f.T) == "child1_care_type"]
        assert choice and str(choice[0].FT) == "/Ch"
        options = " ".join(str(o[1]) for o in choice[0].Opt)
    assert "BSO" in options and "childminder" in options and "day care" in options


# --- bidi controls typed into a name (issue 14: "Kind 1 (60 :(live ... uur per maand") ---

BIDI_APP = FULL_APP | {"applicant": {"name": f"Ali {RLO}evil"},
                       "children": [FULL_APP["children"][0] | {"name": f"Noor{RLO}live"}]}


def _no_bidi(pdf: bytes) -> str:
    text = pdf_text(pdf)
    for ch in ("\u202a", "\u202b", "\u202c", "\u202d", RLO, "\u2066", "\u2067", "\u2068",
               "\u2069", "\u200e", "\u200f"):
        assert ch not in text
    assert "[U+202E]" in text
    return text


@pytest.mark.parametrize("kind", ["toekenning", "verlenging", "ontbrekend"])
def test_letters_show_a_bidi_control_as_a_code_and_keep_the_hours_line_in_order(kind):
    app = BIDI_APP
    if kind == "ontbrekend":  # a request needs something to ask for
        app = BIDI_APP | {"contact": FULL_APP["contact"] | {"phone": None, "email": None}}
    a = full_answers(application=app)
    dec = Decision.model_validate_json(json.dumps(DECISION))
    text = _no_bidi(build_letter_pdf(kind, a, dec, lang="nl"))
    if kind != "ontbrekend":
        assert "Noor[U+202E]live" in text.replace(" ", "")
        assert "80 uur per maand" in text


def test_the_form_extension_and_change_pdfs_show_bidi_controls_as_codes():
    a = full_answers(application=BIDI_APP)
    _no_bidi(build_form_pdf(a, "basislijn", "nl"))
    _no_bidi(build_extension_pdf(a, a, "basislijn", "nl"))
    b = a.model_copy(deep=True)
    b.children[0].care.hours_per_month = b.children[0].care.hours_per_month + 10
    _no_bidi(build_change_pdf(a, b, "basislijn", "nl"))


# --- the output format follows -o ---

def _smi(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "wizard", *args], capture_output=True,
                          text=True, timeout=120, cwd=cwd)


@pytest.mark.parametrize("command", ["form", "letter", "verlenging", "wijziging",
                                     "publiekstekst"])
def test_every_document_command_writes_the_format_of_its_suffix(command, tmp_path):
    answers = tmp_path / "a.json"
    answers.write_text(full_answers().model_dump_json())
    decision = tmp_path / "d.json"
    decision.write_text(json.dumps(DECISION))
    base = {"form": ["form", str(answers)],
            "letter": ["letter", "toekenning", str(answers), "--decision", str(decision)],
            "verlenging": ["verlenging", str(answers), str(answers)],
            "wijziging": ["wijziging", str(answers), str(answers)],
            "publiekstekst": ["publiekstekst", "--gemeente", "leiden"]}[command]
    for suffix, start in ((".pdf", b"%PDF"), (".html", b"<!DOCTYPE html>")):
        out = tmp_path / f"x{suffix}"
        r = _smi(*base, "-o", str(out))
        assert r.returncode == 0, r.stderr
        assert out.read_bytes().startswith(start), (command, suffix)
    bad = tmp_path / "x.txt"
    r = _smi(*base, "-o", str(bad))
    assert r.returncode == 2 and not bad.exists()
    assert ".pdf" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    if command != "publiekstekst":
        r = _smi(*base, "--html", "-o", str(tmp_path / "y.pdf"))
        assert r.returncode == 2, r.stderr


# --- layout: the last page is never a near-empty page with only a footer ---

@pytest.mark.parametrize("children", [1, 2, 3])
@pytest.mark.parametrize("gemeente,lang", [("rotterdam", "nl"), ("basislijn", "en"),
                                           ("den-haag", "nl")])
def test_the_forms_last_page_carries_the_signature_block_not_just_a_footer(children, gemeente,
                                                                          lang):
    from pypdf import PdfReader
    kids = [{"age": 3 + i, "care": {"type": "dagopvang", "hours_per_month": "80",
                                    "hourly_price": "10"}} for i in range(children)]
    a = make_answers(gemeente=gemeente, children=kids)
    pages = PdfReader(io.BytesIO(build_form_pdf(a, gemeente, lang))).pages
    last = re.sub(r"\s+", " ", pages[-1].extract_text() or "")
    sign = "Ondertekenen" if lang == "nl" else "Signing"
    assert sign in last and len(last) > 150, last


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_form_speaks_one_language_and_names_the_gemeente_on_top(lang):
    from pypdf import PdfReader
    a = make_answers(gemeente="rotterdam")
    first = PdfReader(io.BytesIO(build_form_pdf(a, "rotterdam", lang))).pages[0].extract_text()
    assert first.lstrip().startswith("Gemeente Rotterdam")
    text = pdf_text(build_form_pdf(make_answers(), "basislijn", "en"))
    assert "Landelijke basislijn" not in text and "Aanvraag" not in text
    nl = pdf_text(build_form_pdf(make_answers(gemeente="den-haag"), "den-haag", "nl"))
    assert "SMI is voor kinderen jonger dan 2,5 jaar" in nl  # Den Haag's own age rule
    rt = pdf_text(build_form_pdf(make_answers(gemeente="rotterdam"), "rotterdam", "nl"))
    assert "SMI is voor kinderen tot en met 12 jaar" in rt


def test_the_form_says_where_to_send_it_from_the_gemeentes_contact():
    t = pdf_text(build_form_pdf(make_answers(gemeente="alkmaar"), "alkmaar", "nl"))
    assert "Postbus 53" in t and "1800 BC Alkmaar" in t and "smi@alkmaar.nl" in t
    t = pdf_text(build_form_pdf(make_answers(gemeente="den-haag"), "den-haag", "nl"))
    assert "Postbus 12 600" in t and "2500 DJ Den Haag" in t


def test_the_form_asks_the_gemeente_where_to_send_it_when_no_address_is_known():
    # A gemeente without its own profile (e.g. Utrecht) goes on with the basislijn, which has
    # no postal address: the form must say so instead of printing an address.
    t = pdf_text(build_form_pdf(make_answers(gemeente="basislijn"), "basislijn", "nl"))
    assert "Vraag de gemeente waar u het naartoe stuurt" in t and "Postbus" not in t


def test_a_basislijn_form_prints_the_gemeente_the_family_chose():
    from wizard.application import Application

    answers = make_answers(gemeente="basislijn")
    answers = answers.model_copy(update={"application": Application(gemeente_name="Zwolle")})
    for lang in ("nl", "en"):
        t = pdf_text(build_form_pdf(answers, "basislijn", lang))
        assert "Zwolle" in t, lang
    empty = pdf_text(build_form_pdf(make_answers(gemeente="basislijn"), "basislijn", "nl"))
    assert "Zwolle" not in empty and "Voor welke gemeente is deze aanvraag?" in empty
