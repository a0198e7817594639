"""The publiekstekst per gemeente (B14): what SMI is, who can get it, what you get, what it
costs, how to apply, what happens next, bezwaar and a line for each term — in the gemeente's
voice and only with what its profile knows. What the profile does not know is left out or
said as "vraag het de gemeente"; our own readings of a gemeente's text (`derived`) are not
told as its rule. For the basislijn profile: the national minimum, for any gemeente.
HTML (with links and a viewport), PDF or Markdown, Dutch or English."""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from wizard.documents.common import check_lang, preview_css, profile_for
from wizard.documents.env import fmt_date, render
from wizard.documents.gemeente_info import contact
from wizard.documents.pdf import html_to_pdf
from wizard.documents.rtl import rtl_isolated
from wizard.documents.rule_words import age_words, is_stated
from wizard.documents.texts import text, texts
from wizard.errors import InputError
from wizard.points import b5_income
from wizard.profiles import Profile, rule_or_basislijn

Format = Literal["html", "pdf", "md"]
_EXTENSION = {"possible": "pub.get_ext_possible", "exceptional": "pub.get_ext_exceptional",
              "yearly_reassessment": "pub.get_ext_yearly", "not_possible": "pub.get_ext_not"}
# Sentences in a profile's texts that speak as this tool ("not in our source"), not as the
# gemeente: left out of the gemeente's own text.
_TOOL_VOICE = re.compile(r"[^.]*\b(onze bron|our source|wij konden lezen|we could read|"
                         r"wij lezen|we read)\b[^.]*[.:]?\s*", re.I)
# Terms that get a line in "Woorden in deze tekst" when they occur (texts.toml [gloss.*]).
GLOSSARY = ("kinderopvangtoeslag", "eigen bijdrage", "BSO", "dagdelen", "gastouderopvang",
            "peuteropvang", "briefadres", "plan van aanpak", "LRK", "Wlz", "jeugdhulp",
            "verlenging", "bezwaar", "besluit")
_GLOSS_KEY = {t: "gloss." + re.sub(r"\W+", "_", t.lower()) for t in GLOSSARY}


def own_voice(s: str | None) -> str:
    return _TOOL_VOICE.sub("", s or "").strip()


def decision_weeks(profile: Profile) -> int | None:
    """The gemeente's own decision term (profile contact); None when not known."""
    if profile.is_basislijn:
        return profile.apply.decision_weeks
    return contact(profile).decision_weeks


def _who(profile: Profile, lang: str, t) -> dict:
    who = [t("pub.who_kot"), t("pub.who_reason")]
    if profile.is_basislijn or is_stated(profile, "age"):
        who.append(t("pub.who_age", age=age_words(profile, lang)))
    else:
        who.append(t("pub.who_age_ask"))
    extra = [] if profile.is_basislijn else [
        own_voice(c.text.get(lang)) for c in profile.conditions if not c.derived]
    after = [t("pub.income_test", gemeente=profile.name)
             if b5_income.compare(profile).status == "below" else t("pub.income_not_access"),
             t("pub.who_first")]
    return {"h": t("pub.who_h"), "p": [t("pub.who_intro")], "li": who, "after": after,
            "extra_h": t("pub.who_extra", gemeente=profile.name),
            "extra": [e for e in extra if e]}


def _get(profile: Profile, lang: str, t) -> dict:
    get = []
    if profile.is_basislijn or is_stated(profile, "days"):
        get.append(t("pub.get_days", days=rule_or_basislijn(profile, "days").text.get(lang)))
    if profile.is_basislijn:
        get.append(t("pub.get_months_min", months=rule_or_basislijn(profile, "months").months))
    elif is_stated(profile, "months"):
        get.append(t("pub.get_months", months=profile.rules.months.months))
    if not get:
        get.append(t("pub.get_ask"))
    get.append(t("pub.get_less"))
    if profile.is_basislijn or is_stated(profile, "extension"):
        get.append(t(_EXTENSION[rule_or_basislijn(profile, "extension").extension]))
    else:
        get.append(t("pub.get_ext_ask"))
    return {"h": t("pub.get_h"), "p": get}


def _cost(profile: Profile, lang: str, t) -> dict:
    fee = rule_or_basislijn(profile, "fee")
    method = fee.method if (profile.is_basislijn or is_stated(profile, "fee")) else "unknown"
    if method == "none":
        cost = [t("pub.cost_none")]
    elif method in ("kot", "vng"):
        cost = [t("pub.cost_table"), t("pub.cost_income"), t(f"pub.cost_{method}")]
    else:
        cost = [t("pub.cost_table"), t("pub.cost_ask")]
    return {"h": t("pub.cost_h"), "p": cost}


def sections(profile: Profile, lang: str) -> list[dict]:
    def t(key: str, **fields: object) -> str:
        return text(key, lang, **fields)

    own_professional = None if profile.is_basislijn else profile.rules.professional
    apply_after = [t("pub.apply_no_medical")]
    if own_professional and not own_professional.derived:
        apply_after.insert(0, t("pub.apply_need_professional_who", gemeente=profile.name,
                                who=own_voice(own_professional.who.get(lang))))
    weeks = decision_weeks(profile)
    after = [t("pub.after_missing"),
             t("pub.after_decide", weeks=weeks) if weeks else t("pub.after_decide_law")]
    how = own_voice(profile.apply.how.get(lang)) or t("pub.apply_ask")
    return [
        {"h": t("pub.what_h"), "p": [t("pub.what_1"), t("pub.what_2"), t("pub.what_3")]},
        _who(profile, lang, t),
        _get(profile, lang, t),
        _cost(profile, lang, t),
        {"h": t("pub.apply_h"), "p": [how, t("pub.apply_need")],
         "li": [t("pub.apply_need_provider"), t("pub.apply_need_professional")],
         "after": apply_after, "contact": True},
        {"h": t("pub.after_h"), "p": after},
        {"h": t("pub.objection_h"), "p": [t("pub.objection_1"), t("pub.objection_2")]},
        {"h": t("pub.questions_h"), "p": [t("pub.questions_basislijn") if profile.is_basislijn
                                          else t("pub.questions", gemeente=profile.name)],
         "contact": True},
    ]


def glossary_lines(running_text: str, lang: str) -> list[tuple[str, str]]:
    """(term, explanation) for each glossary term that occurs in the text."""
    out = []
    for term in GLOSSARY:
        if re.search(rf"\b{re.escape(term)}\b", running_text, re.I):
            out.append((term, text(_GLOSS_KEY[term], lang)))
    return out


def _context(profile: Profile, lang: str, made: date) -> dict:
    secs = [{"p": [], "li": [], "after": [], "extra": [], "extra_h": "", "contact": False} | s
            for s in sections(profile, lang)]
    running = "\n".join(x for s in secs for x in s["p"] + s["li"] + s["extra"] + s["after"])
    info = contact(profile)
    website = info.url or (None if profile.is_basislijn else profile.apply.url)
    title = (text("pub.title_basislijn", lang) if profile.is_basislijn
             else text("pub.title", lang, gemeente=profile.name))
    return {"title": title, "author": "SMI-wegwijzer" if profile.is_basislijn else profile.name,
            "profile": profile, "sections": secs,
            "contact": {"postal": info.postal, "phone": info.phone, "email": info.email,
                        "url": website},
            "glossary": glossary_lines(running, lang),
            "made": text("pub.made", lang, date=fmt_date(made, lang)),
            "sources": (text("pub.sources_basislijn", lang) if profile.is_basislijn
                        else text("pub.sources", lang, gemeente=profile.name))}


def plain_text(profile: Profile | str, lang: str = "nl") -> str:
    """The running text only (headings and the sources line left out): what readability
    is measured on."""
    profile = profile_for(None, profile)
    out = []
    for s in sections(profile, lang):
        out += s["p"] + s.get("li", []) + s.get("extra", []) + s.get("after", [])
    return "\n".join(out)


def build_publiekstekst(profile: Profile | str, lang: str = "nl", fmt: Format = "html",
                        made: date | None = None) -> bytes | str:
    """HTML or Markdown as str, PDF as bytes. `made`: the date printed as made on."""
    check_lang(lang)
    profile = profile_for(None, profile)
    ctx = _context(profile, lang, made or date.today())
    if fmt == "md":
        return render("publiekstekst.md.j2", lang, output="md", **ctx)
    ctx = rtl_isolated(ctx, lang)  # Arabic: Dutch passages keep their own direction
    if fmt == "html":
        return render("publiekstekst.html.j2", lang, preview=True, css=preview_css(), **ctx)
    if fmt == "pdf":
        return html_to_pdf(render("publiekstekst.html.j2", lang, preview=False, css="", **ctx))
    raise InputError(texts("error.format", fmt=fmt))
