"""The publiekstekst per gemeente (B14): what SMI is, who can get it, what you get, what it
costs, how to apply, what happens next and bezwaar — from the gemeente profile, layered over
the basislijn like the rules engine does. HTML, PDF or Markdown, Dutch or English."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from wizard.documents.common import check_lang, preview_css, profile_for
from wizard.documents.env import fmt_number, render
from wizard.documents.pdf import html_to_pdf
from wizard.documents.texts import text, texts
from wizard.errors import InputError
from wizard.points import b5_income
from wizard.profiles import Profile, get_profile, rule_or_basislijn

Format = Literal["html", "pdf", "md"]
_EXTENSION = {"possible": "pub.get_ext_possible", "exceptional": "pub.get_ext_exceptional",
              "yearly_reassessment": "pub.get_ext_yearly", "not_possible": "pub.get_ext_not"}


def decision_weeks(profile: Profile) -> int:
    """The gemeente's own decision term, else the basislijn profile's (Awb 4:13: 8 weeks)."""
    weeks = profile.apply.decision_weeks or get_profile("basislijn").apply.decision_weeks
    return weeks or 8


def sections(profile: Profile, lang: str) -> list[dict]:
    def t(key: str, **fields: object) -> str:
        return text(key, lang, **fields)

    r = profile.rules
    own = not profile.is_basislijn
    age, days, months, ext, fee = (rule_or_basislijn(profile, n)
                                   for n in ("age", "days", "months", "extension", "fee"))

    who = [t("pub.who_kot"), t("pub.who_reason")]
    if age.until_end_of_primary or not own:
        who.append(t("pub.who_age_primary"))
    elif age.below_age_months:
        years = (Decimal(age.below_age_months) / 12).quantize(Decimal("0.1")).normalize()
        who.append(t("pub.who_age_below", years=fmt_number(years, lang)))
    elif age.max_age_years is not None:
        who.append(t("pub.who_age_max", age=age.max_age_years))
    who_after = [t("pub.who_first")]
    if b5_income.compare(profile).status != "below":  # no promise a local rule breaks
        who_after.insert(0, t("pub.who_income"))

    get = [t("pub.get_days", days=days.text.get(lang)),
           t("pub.get_months", months=months.months), t("pub.get_less"),
           t(_EXTENSION[ext.extension])]
    cost = ([t("pub.cost_none")] if fee.method == "none"
            else [t("pub.cost_table"), t("pub.cost_income")])
    if own and r.fee:
        cost.append(t("pub.cost_rule", gemeente=profile.name, text=r.fee.text.get(lang)))
    apply_after = [t("pub.apply_no_medical")]
    if own and r.professional:
        apply_after.insert(0, t("pub.apply_need_professional_who", gemeente=profile.name,
                                who=r.professional.who.get(lang)))
    return [
        {"h": t("pub.what_h"), "p": [t("pub.what_1"), t("pub.what_2"), t("pub.what_3")]},
        {"h": t("pub.who_h"), "p": [t("pub.who_intro")], "li": who, "after": who_after,
         "extra_h": t("pub.who_extra", gemeente=profile.name),
         "extra": [c.text.get(lang) for c in profile.conditions] if own else []},
        {"h": t("pub.get_h"), "p": get},
        {"h": t("pub.cost_h"), "p": cost},
        {"h": t("pub.apply_h"), "p": [profile.apply.how.get(lang), t("pub.apply_need")],
         "li": [t("pub.apply_need_contract"), t("pub.apply_need_professional")],
         "after": apply_after, "contact": True},
        {"h": t("pub.after_h"), "p": [t("pub.after_missing"),
                                      t("pub.after_decide", weeks=decision_weeks(profile)),
                                      t("pub.after_monitor")]},
        {"h": t("pub.objection_h"), "p": [t("pub.objection_1"), t("pub.objection_2")]},
        {"h": t("pub.questions_h"), "p": [t("pub.questions", gemeente=profile.name)],
         "contact": True},
    ]


def _context(profile: Profile, lang: str) -> dict:
    secs = [{"p": [], "li": [], "after": [], "extra": [], "extra_h": "", "contact": False} | s
            for s in sections(profile, lang)]
    return {"title": text("pub.title", lang, gemeente=profile.name), "author": profile.name,
            "profile": profile, "sections": secs}


def plain_text(profile: Profile | str, lang: str = "nl") -> str:
    """The running text only (headings and the sources line left out): what readability
    is measured on."""
    profile = profile_for(None, profile)
    out = []
    for s in sections(profile, lang):
        out += s["p"] + s.get("li", []) + s.get("extra", []) + s.get("after", [])
    return "\n".join(out)


def build_publiekstekst(profile: Profile | str, lang: str = "nl",
                        fmt: Format = "html") -> bytes | str:
    """HTML or Markdown as str, PDF as bytes."""
    check_lang(lang)
    profile = profile_for(None, profile)
    ctx = _context(profile, lang)
    if fmt == "md":
        return render("publiekstekst.md.j2", lang, output="md", **ctx)
    if fmt == "html":
        return render("publiekstekst.html.j2", lang, preview=True, css=preview_css(), **ctx)
    if fmt == "pdf":
        return html_to_pdf(render("publiekstekst.html.j2", lang, preview=False, css="", **ctx))
    raise InputError(texts("error.format", fmt=fmt))
