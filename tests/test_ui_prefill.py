"""A journey that starts from the chat: what the chat understood is filled in on the wizard's
steps, once, and then leaves the address (AppTest)."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

from tests.ui_driver import gemeente_code, new_app, next_, step
from wizard.chat.facts import read_facts
from wizard.chat.handoff import handoff_link

STORY = ("Ik ben ziek, mijn man werkt. We wonen in Rotterdam. Onze zoon is 3 jaar en gaat "
         "naar de kdv.")


def _open_with_link(link: str):
    at = new_app()
    at.session_state["chat_handoff_link"] = link  # what the chat panel's button stores
    at.run()
    assert not at.exception, at.exception
    return at


def test_the_chat_story_is_filled_in_on_each_step_and_every_step_is_still_asked():
    at = _open_with_link(handoff_link(read_facts(STORY), "nl"))
    assert step(at) == "gemeente"
    assert at.selectbox(key="w_gemeente").value == gemeente_code("rotterdam")
    assert any("chat" in i.value for i in at.info)  # "check each answer"
    next_(at)
    assert step(at) == "household"
    assert at.radio(key="w_partner").value == "partner"
    assert [at.radio(key="w_act_0").value, at.radio(key="w_act_1").value] == ["none", "work"]
    # the chat did not say whether the ill parent has a Wlz indication: still asked
    assert at.radio(key="w_special_0").value is None
    at.radio(key="w_special_0").set_value("no").run()
    next_(at)
    assert step(at) == "situation"
    assert at.checkbox(key="w_reason_parent_physical_illness").value is True
    assert at.checkbox(key="w_reason_other").value is False
    at.radio(key="w_long").set_value("yes").run()
    at.radio(key="w_prof").set_value("yes").run()
    next_(at)
    assert step(at) == "children"
    assert at.number_input(key="w_c0_age").value == 3
    assert at.radio(key="w_c0_care").value is None  # special care: the chat never asked
    at.radio(key="w_c0_school").set_value("none").run()
    at.radio(key="w_c0_care").set_value("no").run()
    next_(at)
    assert step(at) == "opvang"
    assert at.radio(key="w_o0_type").value == "dagopvang"
    # a confirmed step no longer says it came from the chat
    at.button(key="back").click().run()
    assert step(at) == "children" and not any("chat" in i.value for i in at.info)


def test_a_shared_link_fills_in_once_and_leaves_the_address():
    link = handoff_link(read_facts("I am ill and my husband works. We live in Groningen. "
                                   "Our son is 3."), "en")
    at = new_app()
    for k, v in parse_qsl(urlsplit(link).query):
        at.query_params[k] = v
    at.run()
    assert not at.exception, at.exception
    # Groningen has no profile of its own: the link still names the gemeente itself
    assert at.selectbox(key="w_gemeente").value == gemeente_code("Groningen")
    assert not {"from", "parents", "ages", "gemeente", "reasons"} & set(at.query_params)


def test_answers_already_given_are_never_overwritten_by_a_later_handoff():
    at = new_app()
    at.button(key="start").click().run()
    at.selectbox(key="w_gemeente").set_value(gemeente_code("leiden"))
    next_(at)
    at.session_state["chat_handoff_link"] = handoff_link(read_facts(STORY), "nl")
    at.run()
    assert at.session_state["draft"].gemeente == "leiden"
    assert at.radio(key="w_partner").value is None
    assert "chat_handoff_link" not in at.session_state
