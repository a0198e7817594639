"""A Verdict as plain data (for `smi check --json`) and as plain text (for people), in one
language. The wizard's result page and the documents read the same Verdict."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from wizard.fees import FeeResult
from wizard.i18n import N_, gettext_for
from wizard.money import fmt_eur
from wizard.verdict import Verdict


def money(x: Decimal) -> str:
    return f"{x:.2f}"


def fee_to_json(r: FeeResult) -> dict[str, Any]:
    out: dict[str, Any] = {"year": r.year, "table": r.table, "rank": r.rank,
                           "care_type": r.care_type.value}
    if r.pct is not None:
        out["pct"] = f"{r.pct}"
    if r.parent_rate is not None:
        out["parent_rate"] = money(r.parent_rate)
        out["subsidy_per_hour"] = money(r.subsidy_per_hour or Decimal(0))
    out |= {"hours": f"{r.hours}", "hourly_price": money(r.hourly_price),
            "eligible_price": money(r.eligible_price), "eligible_hours": f"{r.eligible_hours}",
            "invoice": money(r.invoice), "reimbursed": money(r.reimbursed),
            "eigen_bijdrage": money(r.eigen_bijdrage), "income_given": r.income_given}
    return out


def verdict_to_json(v: Verdict, lang: str = "nl") -> dict[str, Any]:
    def reasons(rs):
        return [{"rule": r.rule, "text": r.text(lang)} for r in rs]

    def criterion(c):  # every criterion judged, also the silent passes (MyFriendBen)
        return {"id": c.id, "point": c.point, "result": c.result, "needs": list(c.needs),
                "text": (c.texts or {}).get(lang)}

    out: dict[str, Any] = {
        "gemeente": v.gemeente, "gemeente_name": v.gemeente_name,
        "reference_date": v.reference_date.isoformat(), "outcome": v.outcome,
        "children": [{"child": c.child, "outcome": c.outcome, "reasons": reasons(c.reasons),
                      "referrals": [r.route for r in c.referrals],
                      "criteria": [criterion(x) for x in c.criteria]} for c in v.children],
        "criteria": [criterion(x) for x in v.criteria],
        "reasons": reasons(v.reasons),
        "referrals": [{"route": r.route, "rule": r.rule, "title": r.title[lang],
                       "text": r.texts[lang], "url": r.url} for r in v.referrals],
        "offer": None, "flags": [{"rule": f.rule, "basislijn": f.basislijn,
                                  "text": f.texts[lang]} for f in v.flags],
        "gemeente_rules": reasons(v.gemeente_rules),
        "fee": None, "fee_notes": reasons(v.fee_notes),
        "fee_not_published": v.fee_not_published,
    }
    if v.offer:
        o = v.offer
        out["offer"] = {"days_per_week": None if o.days_per_week is None else f"{o.days_per_week}",
                        "days_text": o.days_texts[lang], "months": o.months,
                        "extension": o.extension, "extension_possible": o.extension_possible,
                        "hardheidsclausule": o.hardheidsclausule,
                        "rules": [o.days_rule, o.months_rule, o.extension_rule],
                        "from_basislijn": o.from_basislijn}
    if v.fee:
        out["fee"] = {"table": v.fee.table, "year": v.fee.year, "rule": v.fee.rule,
                      "income_given": v.fee.income_given,
                      "total_eigen_bijdrage": money(v.fee.total_eigen_bijdrage),
                      "children": [{"child": c.child} | fee_to_json(c.result)
                                   for c in v.fee.children],
                      "notes": reasons(v.fee.notes)}
    return out


OUTCOME_TEXT = {
    "eligible": N_("You can probably get SMI."),
    "assessment_needed": N_(
        "You may be able to get SMI. The gemeente must look at your situation first."),
    "other_route": N_("Another arrangement comes before SMI for your family."),
    "not_eligible": N_("SMI is probably not possible for your family."),
}


def verdict_to_text(v: Verdict, lang: str = "nl", show_rules: bool = True) -> str:
    _ = gettext_for(lang)

    def line(rule: str, text: str) -> str:
        return f"  - [{rule}] {text}" if show_rules else f"  - {text}"

    child, total = _("Child"), _("Total")
    out = [_("Gemeente") + f": {v.gemeente_name}",
           _("Outcome") + f": {_(OUTCOME_TEXT[v.outcome])}", "", _("Why:")]
    out += [line(r.rule, r.text(lang)) for r in v.reasons]
    for c in v.children:
        out.append(f"{child} {c.child}: {_(OUTCOME_TEXT[c.outcome])}")
        out += [line(r.rule, r.text(lang)) for r in c.reasons]
    if v.referrals:
        out += ["", _("Where to go first:")]
        out += [f"  - {r.title[lang]}: {r.texts[lang]} ({r.url})" for r in v.referrals]
    if v.gemeente_rules:
        out += ["", _("Rules of this gemeente:")]
        out += [line(r.rule, r.text(lang)) for r in v.gemeente_rules]
    if v.flags:
        out += ["", _("Below the basislijn:")]
        out += [line(f"{f.rule} / {f.basislijn}", f.texts[lang]) for f in v.flags]
    if v.fee:
        out += ["", _("Estimated own contribution per month:")]
        for c in v.fee.children:
            out.append(f"  {child} {c.child}: {fmt_eur(c.result.eigen_bijdrage, lang)}")
        out.append(f"  {total}: {fmt_eur(v.fee.total_eigen_bijdrage, lang)}")
        out += [line(r.rule, r.text(lang)) for r in v.fee.notes]
    elif v.fee_notes:  # no estimate, and why (e.g. the year's tables are not published yet)
        out += ["", _("Own contribution (eigen bijdrage)") + ":"]
    out += [line(r.rule, r.text(lang)) for r in v.fee_notes]
    return "\n".join(out)
