"""The deployment's look on every page of both apps: a calm header with the product name, the
gemeente's name and logo, Streamlit's developer chrome hidden, and the gemeente's contact
details at the foot. The settings come from wizard.site (checked for contrast when read)."""

from __future__ import annotations

import html

import streamlit as st

from wizard.i18n import gettext_for
from wizard.site import Site, current_site

# What a parent does not need: the deploy button, the app menu ("⋮" / hamburger), the coloured
# line at the top. The status widget stays: it says "Running" / "Connecting" to everyone.
CHROME_CSS = """<style>
[data-testid="stAppDeployButton"], [data-testid="stMainMenu"], [data-testid="stDecoration"],
#MainMenu { display: none !important; }
.smi-site-header { display: flex; align-items: center; gap: 1rem; padding: .75rem 1rem;
  border-radius: .25rem; margin-bottom: .5rem; }
.smi-site-header img { max-height: 3rem; max-width: 10rem; }
.smi-site-header .smi-product { font-size: 1.25rem; font-weight: 700; margin: 0; }
.smi-site-header .smi-gemeente { margin: 0; }
.smi-site-footer { margin-top: 2rem; padding-top: 1rem; border-top: 1px solid currentColor; }
.smi-site-footer a { text-decoration: underline; }
</style>"""


def header_html(site: Site, lang: str, staff: bool = False) -> str:
    c = site.colours
    logo = ""
    if site.logo_data_uri and site.logo:
        logo = (f'<img src="{site.logo_data_uri}" alt="{html.escape(site.logo.alt)}">')
    _ = gettext_for(lang, "ui")
    product = site.product + (" – " + _("for gemeente staff") if staff else "")
    name = f'<p class="smi-gemeente">{html.escape(site.name)}</p>' if site.name else ""
    return (f'<div class="smi-site-header" data-testid="smi-site-header" '
            f'style="background:{c.header_background};color:{c.header_text}">'
            f'{logo}<div><p class="smi-product">{html.escape(product)}</p>{name}</div></div>')


def footer_html(site: Site, lang: str) -> str:
    """The gemeente's contact details; only what the settings give (nothing made up)."""
    _ = gettext_for(lang, "ui")
    k = site.contact
    lines = []
    if k.phone:
        tel = "".join(ch for ch in k.phone if ch.isdigit() or ch == "+")
        lines.append(f'{_("Phone")}: <a href="tel:{tel}">{html.escape(k.phone)}</a>'
                     + (f" ({html.escape(k.hours)})" if k.hours else ""))
    if k.email:
        lines.append(f'{_("E-mail")}: <a href="mailto:{html.escape(k.email)}">'
                     f'{html.escape(k.email)}</a>')
    if k.url:
        lines.append(f'{_("Website")}: <a href="{html.escape(k.url)}">'
                     f'{html.escape(k.url)}</a>')
    if k.address:
        lines.append(f'{_("Address")}: ' + ", ".join(html.escape(a) for a in k.address))
    if not lines:
        return ""
    head = _("Questions about SMI? Contact {gemeente}.").format(
        gemeente=html.escape(site.name or _("your gemeente")))
    items = "".join(f"<li>{line}</li>" for line in lines)
    return (f'<div class="smi-site-footer" data-testid="smi-site-footer">'
            f'<p><strong>{head}</strong></p><ul>{items}</ul></div>')


def apply(lang: str, staff: bool = False) -> None:
    """Draw the header (call before the page); the footer comes from `footer`."""
    st.html(CHROME_CSS)
    st.html(header_html(current_site(), lang, staff))


def footer(lang: str) -> None:
    block = footer_html(current_site(), lang)
    if block:
        st.html(block)


def preselect_gemeente() -> None:
    """A gemeente's own deployment answers "Where do you live?" with that gemeente until the
    parent chooses another (the key is the wizard's own gemeente field)."""
    from wizard.ui.state import ss

    code = current_site().gemeente_code
    if code and "w_gemeente" not in ss and "gemeente" not in (ss.get("done") or []):
        ss["w_gemeente"] = code


def run_page(navigation, before=None, staff: bool = False) -> None:
    """One call for an app's router: the header, `before` (e.g. the language switch), the
    chosen page, then the gemeente's contact details."""
    from wizard.ui import session_lost
    from wizard.ui.state import lang

    apply(lang(), staff)
    if before is not None:
        before()
    if not staff:
        preselect_gemeente()
        session_lost.before_page()
    navigation.run()
    if not staff:
        session_lost.after_page()
    footer(lang())
