"""Content health: every rule and value has a source, every reason's rule id exists in
content/, every message is translated, and logic modules do not import Streamlit."""

from __future__ import annotations

import itertools
import re
import shutil
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from tests.conftest import make_answers
from wizard.basislijn import basislijn, routes
from wizard.errors import ContentError
from wizard.profiles import all_profiles
from wizard.rules import assess
from wizard.tables import catalogue

ROOT = Path(__file__).resolve().parents[1]


def known_rule_ids() -> set[str]:
    ids = set(basislijn().points)
    for p in all_profiles().values():
        ids |= p.rule_ids()
    return ids


def test_every_profile_rule_has_a_source_with_a_reference_and_a_date_or_note():
    for p in all_profiles().values():
        assert p.sources, p.id
        for rule in p.all_rules():
            src = p.source_of(rule)
            assert src.title and (src.url or src.cvdr) and (src.date or src.date_note)


def test_at_least_five_real_gemeenten_are_shipped():
    real = [p for p in all_profiles().values() if not p.is_basislijn]
    assert len(real) >= 5


def test_every_table_and_route_has_a_source():
    for t in catalogue().table:
        assert t.source.url and t.source.date
    for r in routes().values():
        assert r.source.title and r.url


REASON_PATCHES = [
    {}, {"household": {"parents": [{"activity": "work"}]}},
    {"household": {"parents": [{"activity": "work"}, {"activity": "none", "detention": True}]}},
    {"situation": {"reasons": []}}, {"situation": {"professional_can_confirm": False}},
    {"situation": {"reasons": ["other"], "long_term": True}},
    {"children": [{"age": 2, "wlz_indication": True}, {"age": 4, "needs_treatment_daycare": True},
                  {"age": 13, "school": "secondary"}, {"age": 2},
                  {"age": 11, "school": "primary"}]},
]


@pytest.mark.parametrize("gemeente", sorted(all_profiles()))
def test_every_reason_in_a_verdict_cites_a_rule_that_exists_in_content(gemeente):
    ids = known_rule_ids()
    for patch in REASON_PATCHES:
        v = assess(make_answers(gemeente=gemeente, **patch))
        for reason in v.all_reasons():
            assert reason.rule in ids, reason
        for flag in v.flags:
            assert flag.rule in ids and flag.basislijn in ids


def _catalogs():
    return sorted((ROOT / "locales").glob("*/LC_MESSAGES/*.po"))


@pytest.mark.parametrize("po", _catalogs(), ids=lambda p: f"{p.parts[-3]}/{p.name}")
def test_every_msgid_is_translated(po):
    catalog = read_po(po.open("rb"), locale=po.parts[-3])
    missing = [m.id for m in catalog if m.id and (not m.string or m.fuzzy)]
    assert not missing, f"{po}: untranslated {missing[:5]}"


def test_every_language_has_the_same_catalogues():
    names = {lang: {p.name for p in (ROOT / "locales" / lang / "LC_MESSAGES").glob("*.po")}
             for lang in ("nl", "en")}
    assert names["nl"] == names["en"]


def test_every_engine_message_in_the_code_is_in_the_catalogue():
    from babel.messages.extract import extract_from_file

    keywords = {"both": None, "_": None, "N_": None, "_reason": (2,)}
    nl = {m.id for m in read_po((ROOT / "locales/nl/LC_MESSAGES/messages.po").open("rb"))}
    files = list((ROOT / "wizard").glob("*.py")) + [ROOT / "wizard/cli/core.py"]
    found = set()
    for f in files:
        for _, msg, _, _ in extract_from_file("python", f, keywords=keywords):
            found.add(msg if isinstance(msg, str) else msg[0])
    assert found - nl == set()


def test_only_the_ui_imports_streamlit():
    offenders = []
    for f in (ROOT / "wizard").rglob("*.py"):
        if "ui" in f.relative_to(ROOT / "wizard").parts:
            continue
        if re.search(r"^\s*(import|from)\s+streamlit", f.read_text(), re.M):
            offenders.append(str(f))
    assert not offenders


def _copy_content(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(ROOT / "content", target)
    return target


@pytest.mark.parametrize("broken,field", [
    ('[sources.web]\ntitle = "x"\ndate_note = "n.d."\n', "sources.web"),
    ('[sources.web]\ntitle = "x"\nurl = "https://example.org"\ndate_note = "n.d."\n', "apply"),
])
def test_a_malformed_profile_fails_with_file_and_field(tmp_path, monkeypatch, broken, field):
    content = _copy_content(tmp_path)
    (content / "gemeenten" / "kapot.toml").write_text(
        'id = "kapot"\nname = "Kapot"\nkind = "gemeente"\nvalid_from = 2026-01-01\n'
        'checked = { nl = "x", en = "x" }\n' + broken
        + ('' if "apply" == field else '[apply]\nhow = { nl = "x", en = "x" }\n'))
    monkeypatch.setenv("SMI_CONTENT_DIR", str(content))
    all_profiles.cache_clear()
    try:
        with pytest.raises(ContentError) as exc:
            all_profiles()
        assert "kapot.toml" in exc.value.message("en") and field in exc.value.message("en")
    finally:
        all_profiles.cache_clear()


def test_a_rule_without_a_known_source_fails_loading(tmp_path, monkeypatch):
    content = _copy_content(tmp_path)
    path = content / "gemeenten" / "leiden.toml"
    path.write_text(path.read_text().replace('source = "web"', 'source = "nergens"', 1))
    monkeypatch.setenv("SMI_CONTENT_DIR", str(content))
    all_profiles.cache_clear()
    try:
        with pytest.raises(ContentError) as exc:
            all_profiles()
        assert "leiden.toml" in exc.value.message("nl") and "nergens" in exc.value.message("en")
    finally:
        all_profiles.cache_clear()


def test_rule_ids_are_unique_across_gemeenten():
    seen = {}
    for p in all_profiles().values():
        if p.is_basislijn:
            continue
        for rid in p.rule_ids():
            assert rid not in seen, f"{rid} in {p.id} and {seen.get(rid)}"
            seen[rid] = p.id
    assert not set(seen) & set(itertools.chain(basislijn().points))


def test_other_cited_sources_are_traceable():
    import tomllib

    from wizard.sources import Source

    data = tomllib.loads((ROOT / "content" / "sources.toml").read_text())
    for key, src in data["sources"].items():
        assert Source.model_validate(src).ref, key


def test_the_app_reads_nothing_outside_the_project():
    # The deployment image holds only the project: no module may read ../shared at run time.
    for f in (ROOT / "wizard").rglob("*.py"):
        text = f.read_text()
        assert '"shared"' not in text and "'shared'" not in text, f
