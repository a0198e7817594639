"""Finding a gemeente the way people type it, and which rules then judge the family."""

from __future__ import annotations

import json

import pytest

from tests.conftest import BASE
from wizard import (
    UnknownGemeente,
    all_gemeenten,
    profile_for_gemeente,
    resolve_gemeente,
    search_gemeenten,
)
from wizard.cli import main
from wizard.gemeenten import basislijn_note, gemeenten_source


@pytest.mark.parametrize("typed,code,name,profile", [
    ("Utrecht", "GM0344", "Utrecht", "basislijn"),
    ("Amsterdam", "GM0363", "Amsterdam", "basislijn"),
    ("the hague", "GM0518", "'s-Gravenhage", "den-haag"),
    ("s-gravenhage", "GM0518", "'s-Gravenhage", "den-haag"),
    ("Den Haag", "GM0518", "'s-Gravenhage", "den-haag"),
    ("Den Bosch", "GM0796", "'s-Hertogenbosch", "basislijn"),
    ("'s-Hertogenbosch", "GM0796", "'s-Hertogenbosch", "basislijn"),
    ("Leiderdorp", "GM0547", "Leiderdorp", "leiden"),
    ("Hillegom", "GM0534", "Hillegom", "isd-bollenstreek"),
    ("Lisse", "GM0553", "Lisse", "isd-bollenstreek"),
    ("Noordwijk", "GM0575", "Noordwijk", "isd-bollenstreek"),
    ("teylingen", "GM1525", "Teylingen", "isd-bollenstreek"),
    ("Sudwest Fryslan", "GM1900", "Súdwest-Fryslân", "basislijn"),
    ("SÚDWEST-FRYSLÂN", "GM1900", "Súdwest-Fryslân", "basislijn"),
    ("Bergen (NH)", "GM0373", "Bergen (NH.)", "basislijn"),
    ("Bergen (L)", "GM0893", "Bergen (L.)", "basislijn"),
    ("GM0344", "GM0344", "Utrecht", "basislijn"),
    ("0599", "GM0599", "Rotterdam", "rotterdam"),
    ("den-haag", "GM0518", "'s-Gravenhage", "den-haag"),
    ("west-maas-en-waal", "GM0668", "West Maas en Waal", "west-maas-en-waal"),
    ("  rotterdam ", "GM0599", "Rotterdam", "rotterdam"),
])
def test_a_gemeente_is_found_as_people_type_it(typed, code, name, profile):
    entry = resolve_gemeente(typed)
    assert (entry.cbs_code, entry.name, entry.profile_id) == (code, name, profile)
    assert entry.has_own_profile is (profile != "basislijn")


def test_the_list_has_every_gemeente_of_2026_once():
    entries = all_gemeenten()
    assert len(entries) == 342
    assert len({e.cbs_code for e in entries}) == 342
    assert len({e.name for e in entries}) == 342
    # Mergers up to 2023 are in; the gemeenten they replaced are gone.
    names = {e.name for e in entries}
    assert {"Voorne aan Zee", "Dijk en Waard", "Land van Cuijk", "Maashorst"} <= names
    assert not {"Brielle", "Hellevoetsluis", "Weesp", "Heerhugowaard", "Uden"} & names
    source = gemeenten_source()
    assert "1 januari 2026" in source.title and source.url


def test_prefix_search_is_free_of_accents_and_case():
    assert [e.name for e in search_gemeenten("sudw")] == ["Súdwest-Fryslân"]
    names = [e.name for e in search_gemeenten("bergen")]
    assert names[:2] == ["Bergen (L.)", "Bergen (NH.)"] and "Bergen op Zoom" in names
    assert search_gemeenten("noardeast")[0].name == "Noardeast-Fryslân"
    assert len(search_gemeenten("a", limit=3)) == 3
    assert search_gemeenten("") == [] and search_gemeenten("   ") == []


def test_an_exact_name_comes_before_longer_names_that_start_with_it():
    assert [e.name for e in search_gemeenten("Utrecht")][:2] == ["Utrecht",
                                                                 "Utrechtse Heuvelrug"]
    assert search_gemeenten("leiden")[0].name == "Leiden"


@pytest.mark.parametrize("typed,needle_nl,needle_en", [
    ("Bergen", "meer gemeenten", "More than one gemeente"),
    ("Atlantis", "Wij kennen de gemeente 'Atlantis' niet", "We do not know the gemeente"),
])
def test_an_unclear_or_unknown_name_gets_one_helpful_message(typed, needle_nl, needle_en):
    with pytest.raises(UnknownGemeente) as exc:
        resolve_gemeente(typed)
    assert needle_nl in exc.value.message("nl") and needle_en in exc.value.message("en")
    if typed == "Bergen":
        assert "Bergen (NH.)" in exc.value.message("nl")
        assert "Bergen (L.)" in exc.value.message("nl")


def test_leiderdorp_is_judged_by_the_leiden_profile():
    profile, entry = profile_for_gemeente("Leiderdorp")
    assert profile.id == "leiden" and entry.name == "Leiderdorp"


def test_a_gemeente_without_own_rules_gets_the_basislijn_with_a_plain_note():
    profile, entry = profile_for_gemeente("Utrecht")
    assert profile.is_basislijn
    note = basislijn_note(entry)
    assert note["nl"] == ("Wij kennen de eigen regels van Utrecht nog niet. "
                          "Dit is het landelijke minimum.")
    assert note["en"] == ("We do not know the own rules of Utrecht yet. "
                          "This is the national minimum.")
    assert basislijn_note(resolve_gemeente("Rotterdam")) is None


def test_a_regional_profile_id_still_works_where_a_name_is_asked():
    profile, entry = profile_for_gemeente("isd-bollenstreek")
    assert profile.id == "isd-bollenstreek" and entry is None


def _answers(tmp_path, **patch) -> str:
    p = tmp_path / "answers.json"
    p.write_text(json.dumps({**BASE, **patch}))
    return str(p)


def test_smi_check_takes_a_gemeente_name(tmp_path, capsys):
    assert main(["--lang", "en", "check", _answers(tmp_path), "--gemeente", "Den Haag",
                 "--json"]) == 0
    v = json.loads(capsys.readouterr().out)
    assert v["gemeente"] == "den-haag" and v["gemeente_entry"]["cbs_code"] == "GM0518"
    assert "note" not in v


def test_smi_check_for_utrecht_says_it_uses_the_national_minimum(tmp_path, capsys):
    assert main(["check", _answers(tmp_path), "--gemeente", "utrecht"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Wij kennen de eigen regels van Utrecht nog niet.")


def test_smi_check_with_an_unknown_gemeente_exits_2_with_one_line(tmp_path, capsys):
    assert main(["check", _answers(tmp_path), "--gemeente", "Atlantis"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("smi: Wij kennen de gemeente 'Atlantis' niet")


def test_smi_gemeenten_finds_a_gemeente_by_name(capsys):
    assert main(["gemeenten", "Hillegom", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found == [{"name": "Hillegom", "cbs_code": "GM0534", "aliases": [],
                      "profile_id": "isd-bollenstreek", "has_own_profile": True}]
