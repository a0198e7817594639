"""The link from the chat to the wizard with what the chat understood already filled in.

Only non-identifying facts go into the address: gemeente (profile id), language, each parent's
situation code, children's ages and school, reason codes and the care type. Never a name, an
amount typed by the parent, or free text. `read_prefill` is the wizard's side of the same
format, so both sides share one definition.

    ?lang=nl&gemeente=rotterdam&from=chat&parents=none,work&ages=3,11&school=,primary
    &reasons=parent_physical_illness&care=dagopvang
"""

from __future__ import annotations

from urllib.parse import urlencode

from wizard.chat.facts import Facts
from wizard.errors import SmiError
from wizard.limits import MAX_CHILD_AGE, MAX_CHILDREN
from wizard.models import Activity, CareType, Reason, School

WIZARD_PATH = "/check"  # the wizard page's url_path (wizard/ui/pages.py)
_PARENT_CODES = {a.value for a in Activity} | {"detention", "wlz"}


def prefill_params(facts: Facts, lang: str) -> dict[str, str]:
    """The query parameters for the wizard (only what the message gave)."""
    from wizard.chat.situation import household

    params: dict[str, str] = {"lang": "en" if lang == "en" else "nl", "from": "chat"}
    if facts.gemeente:
        params["gemeente"] = _gemeente_id(facts.gemeente.name, facts.gemeente.profile_id)
    parents, _ = household(facts)
    if parents:
        codes = []
        for p in parents:
            codes.append("detention" if p.detention else "wlz" if p.wlz_indication
                         else p.activity.value)
        params["parents"] = ",".join(codes)
    kids = [c for c in facts.children if c.age is not None]
    if kids:
        params["ages"] = ",".join(str(c.age) for c in kids)
        if any(c.school for c in kids):
            params["school"] = ",".join(c.school.value if c.school else "" for c in kids)
    if facts.reasons:
        params["reasons"] = ",".join(r.value for r in facts.reasons)
    if facts.care_type:
        params["care"] = facts.care_type.value
    return params


def _gemeente_id(name: str, profile_id: str) -> str:
    """The profile id when the profile is this gemeente's alone ("rotterdam"); otherwise (the
    basislijn, a regional profile) the CBS code, so the wizard knows which gemeente it is."""
    from wizard.gemeenten import all_gemeenten, resolve_gemeente

    try:
        entry = resolve_gemeente(name)
    except SmiError:
        return profile_id
    covered = [e for e in all_gemeenten() if e.profile_id == entry.profile_id]
    return entry.profile_id if entry.has_own_profile and len(covered) == 1 else entry.cbs_code


def handoff_link(facts: Facts, lang: str) -> str:
    """A relative link to the wizard page with the prefill in its query string."""
    return f"{WIZARD_PATH}?{urlencode(prefill_params(facts, lang))}"


def read_prefill(params: dict[str, str]) -> dict[str, object]:
    """The wizard's side: query parameters back into partial answers-model fields. Unknown or
    malformed values are dropped, never guessed."""
    out: dict[str, object] = {}
    gemeente = params.get("gemeente", "")
    if gemeente and all(c.isalnum() or c == "-" for c in gemeente) and len(gemeente) <= 80:
        out["gemeente"] = gemeente.lower()
    parents = []
    for code in (params.get("parents") or "").split(",")[:2]:
        if code not in _PARENT_CODES:
            continue
        if code == "detention":
            parents.append({"activity": "none", "detention": True})
        elif code == "wlz":
            parents.append({"activity": "none", "wlz_indication": True})
        else:
            parents.append({"activity": code})
    if parents:
        out["household"] = {"parents": parents}
    ages = [a for a in (params.get("ages") or "").split(",")
            if a.isdigit() and int(a) <= MAX_CHILD_AGE]
    schools = (params.get("school") or "").split(",")
    kids = []
    for i, a in enumerate(ages[:MAX_CHILDREN]):
        child: dict[str, object] = {"age": int(a)}
        s = schools[i] if i < len(schools) else ""
        if s in {x.value for x in School}:
            child["school"] = s
        kids.append(child)
    care = params.get("care")
    if care in {c.value for c in CareType}:
        if not kids:
            kids = [{}]
        kids[0]["care"] = {"type": care}
    if kids:
        out["children"] = kids
    reasons = [r for r in (params.get("reasons") or "").split(",")
               if r in {x.value for x in Reason}]
    if reasons:
        out["situation"] = {"reasons": reasons}
    return out
