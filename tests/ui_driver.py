"""Drive the wizard through AppTest the way a visitor does (shared by the test_ui_* files)."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 60


def new_app(lang: str = "nl", pro: bool = False) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    at.run()
    if lang != "nl":
        at.radio(key="lang").set_value(lang).run()
    if pro:
        at.toggle(key="w_pro").set_value(True).run()
    return at


def step(at: AppTest) -> str:
    return at.session_state["step"]


def next_(at: AppTest) -> AppTest:
    at.button(key="next").click().run()
    assert not at.exception, at.exception
    return at


def start(at: AppTest) -> AppTest:
    at.button(key="start").click().run()
    return at


def gemeente_code(gid: str) -> str:
    """The option of the gemeente step for a profile id ("leiden") or a gemeente name
    ("Utrecht"); "basislijn" is the option 'I do not know'."""
    from wizard.gemeenten import all_gemeenten

    if gid == "basislijn":
        return gid
    for e in all_gemeenten():
        if e.name.lower() == gid.lower() or e.profile_id == gid:
            return e.cbs_code
    raise KeyError(gid)


def gemeente(at: AppTest, gid: str = "basislijn") -> AppTest:
    at.selectbox(key="w_gemeente").set_value(gemeente_code(gid))
    return next_(at)


def household(at: AppTest, acts: list[str], special: dict[int, str] | None = None) -> AppTest:
    at.radio(key="w_partner").set_value("partner" if len(acts) == 2 else "alone").run()
    for i, a in enumerate(acts):
        at.radio(key=f"w_act_{i}").set_value(a).run()
    special = special or {}
    for r in at.radio:
        if r.key and r.key.startswith("w_special_"):  # "no" unless the test says otherwise
            r.set_value(special.get(int(r.key.rsplit("_", 1)[1]), "no"))
    at.run()
    return next_(at)


def situation(at: AppTest, reasons: list[str], long: str = "no") -> AppTest:
    if not reasons:
        at.checkbox(key="w_reason_none").check().run()
    for r in reasons:
        at.checkbox(key=f"w_reason_{r}").check().run()
    if reasons:  # "who knows about it" is on the same step: professional() goes on
        at.radio(key="w_long").set_value(long).run()
        return at
    return next_(at)


def professional(at: AppTest, yes: bool = True, contact: dict[str, str] | None = None
                 ) -> AppTest:
    """The rest of the situation step: does a professional know, and (professional mode)
    the professional's own contact details."""
    at.radio(key="w_prof").set_value("yes" if yes else "no").run()
    for k, v in (contact or {}).items():
        at.text_input(key=f"w_pc_{k}").input(v)
    return next_(at)


def children(at: AppTest, kids: list[tuple[int, str, str]]) -> AppTest:
    at.selectbox(key="w_n_children").set_value(len(kids)).run()
    for i, (age, school, care) in enumerate(kids):
        at.number_input(key=f"w_c{i}_age").set_value(age)
        at.radio(key=f"w_c{i}_school").set_value(school)
        at.radio(key=f"w_c{i}_care").set_value(care)
    return next_(at)


def opvang(at: AppTest, cares: dict[int, tuple[str, str, str]]) -> AppTest:
    for i, (kind, hours, price) in cares.items():
        at.radio(key=f"w_o{i}_type").set_value(kind).run()
        if kind != "unknown":
            at.radio(key=f"w_o{i}_unit").set_value("hours").run()
            at.text_input(key=f"w_o{i}_hours").input(hours)
            at.text_input(key=f"w_o{i}_price").input(price)
    return next_(at)


def income(at: AppTest, amount: str | None) -> AppTest:
    at.radio(key="w_inc_choice").set_value("give" if amount else "skip").run()
    if amount:
        at.text_input(key="w_inc").input(amount)
    return next_(at)


def to_result(at: AppTest) -> AppTest:
    at.button(key="to_result").click().run()
    assert not at.exception, at.exception
    return at


def texts(at: AppTest) -> str:
    """Every visible text of the current screen, for content checks."""
    parts: list[str] = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "error", "warning",
                 "info", "success"):
        parts += [str(e.value) for e in getattr(at, kind)]
    for kind in ("button", "radio", "checkbox", "selectbox", "text_input", "number_input",
                 "toggle", "multiselect", "text_area"):
        for w in getattr(at, kind):
            parts.append(str(getattr(w, "label", "")))
            if hasattr(w, "options"):
                parts += [str(o) for o in w.options]
    for t in at.table:
        parts.append(t.value.to_string() if hasattr(t.value, "to_string") else str(t.value))
    return "\n".join(parts)


def to_opvang(at: AppTest, gid: str = "basislijn") -> AppTest:
    """An eligible family (one parent works, the other has mental health problems, a toddler)
    up to the childcare step."""
    start(at)
    gemeente(at, gid)
    household(at, ["work", "none"])
    situation(at, ["parent_mental_illness"], long="yes")
    professional(at, yes=True)
    children(at, [(2, "none", "no")])
    assert step(at) == "opvang"
    return at


def eligible_family(at: AppTest, gid: str = "basislijn", income_: str | None = "40000"
                    ) -> AppTest:
    to_opvang(at, gid)
    opvang(at, {0: ("dagopvang", "87", "10,50")})
    income(at, income_)
    return to_result(at)
