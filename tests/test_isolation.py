"""Two sessions in one server process, in different languages and gemeenten, never see each
other's answers or language (no module-level state, no global gettext)."""

from __future__ import annotations

from tests import ui_driver as d


def _family(lang: str, gid: str, income: str):
    at = d.new_app(lang=lang)
    d.start(at)
    d.gemeente(at, gid)
    d.household(at, ["work", "none"])
    d.situation(at, ["parent_physical_illness"])
    d.professional(at, yes=True)
    d.children(at, [(1, "none", "no")])
    d.opvang(at, {0: ("dagopvang", "60", "10,00")})
    d.income(at, income)
    return d.to_result(at)


def test_interleaved_sessions_keep_their_own_language_gemeente_and_answers():
    nl = d.new_app(lang="nl")
    en = d.new_app(lang="en")
    d.start(nl)
    d.start(en)
    d.gemeente(nl, "rotterdam")
    d.gemeente(en, "leiden")
    d.household(nl, ["work", "none"])
    d.household(en, ["none"])
    assert nl.session_state["draft"].gemeente == "rotterdam"
    assert en.session_state["draft"].gemeente == "leiden"
    assert len(nl.session_state["draft"].household.parents) == 2
    assert len(en.session_state["draft"].household.parents) == 1
    nl_text, en_text = d.texts(nl), d.texts(en)
    assert "ziekte" in nl_text and "illness" not in nl_text
    assert "illness" in en_text and "ziekte" not in en_text


def test_two_sessions_finishing_in_turn_keep_their_own_results():
    # AppTest runs scripts on the calling thread, so the two sessions take turns here; the
    # real server with parallel browser sessions is measured by `make bench` (concurrency).
    nl = _family("nl", "haarlemmermeer", "30000")
    en = _family("en", "oost-gelre", "150000")
    nl.run()  # rerun the first session after the second finished
    assert nl.session_state["lang"] == "nl" and en.session_state["lang"] == "en"
    assert nl.session_state["draft"].gemeente == "haarlemmermeer"
    assert en.session_state["draft"].gemeente == "oost-gelre"
    assert nl.session_state["draft"].income.toetsingsinkomen == 30000
    assert en.session_state["draft"].income.toetsingsinkomen == 150000
    assert "Haarlemmermeer" in d.texts(nl) and "Oost Gelre" not in d.texts(nl)
    assert "Oost Gelre" in d.texts(en) and "Haarlemmermeer" not in d.texts(en)
