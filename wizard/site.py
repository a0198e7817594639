"""A deployment's own look and words: the gemeente's name, logo, colours, contact details and
profile, read from one TOML file (env SMI_SITE_FILE). Without it, the national neutral look.
Colours are checked for WCAG 2.1 AA contrast when the file is read, so a deployment cannot
start with unreadable text."""

from __future__ import annotations

import base64
import os
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from wizard.application import EMAIL
from wizard.errors import ContentError
from wizard.i18n import both

ENV = "SMI_SITE_FILE"
AA_TEXT = 4.5  # WCAG 2.1 SC 1.4.3, normal text
MAX_LOGO_BYTES = 200_000
LOGO_TYPES = {".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg",
              ".jpeg": "image/jpeg"}
Colour = Annotated[str, Field(pattern=r"^#[0-9A-Fa-f]{6}$")]
# Streamlit draws a primary button's text in white on the primary colour.
BUTTON_TEXT = "#FFFFFF"
CAPTION_ALPHA = 0.6


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Colours(_Strict):
    """The national neutral look; .streamlit/config.toml holds the same values (tested)."""

    primary: Colour = "#154273"
    text: Colour = "#1A1A1A"
    background: Colour = "#FFFFFF"
    secondary_background: Colour = "#EEF2F7"
    header_background: Colour = "#154273"
    header_text: Colour = "#FFFFFF"


class Logo(_Strict):
    path: Annotated[str, Field(min_length=1)]
    alt: Annotated[str, Field(min_length=1, max_length=200)]  # WCAG 1.1.1: required


class Contact(_Strict):
    """How a parent reaches the gemeente about SMI. Any field may be left out: then it is
    not shown (never made up)."""

    phone: Annotated[str, Field(max_length=40, pattern=r"^[0-9 +()-]+$")] | None = None
    email: Annotated[str, Field(max_length=120, pattern=f"^{EMAIL}$")] | None = None
    url: Annotated[str, Field(max_length=300, pattern=r"^https://\S+$")] | None = None
    address: Annotated[list[Annotated[str, Field(max_length=120)]], Field(max_length=5)] = []
    hours: Annotated[str, Field(max_length=200)] | None = None  # e.g. when the phone is answered


class Site(_Strict):
    name: Annotated[str, Field(max_length=80)] = ""  # the gemeente; "" = national
    product: Annotated[str, Field(min_length=1, max_length=60)] = "SMI-wegwijzer"
    profile: Annotated[str, Field(pattern=r"^[a-z0-9-]+$")] | None = None
    # The gemeente of this deployment (name or CBS code): chosen already on the wizard's
    # first question (a parent can still change it); its profile when `profile` is not set.
    gemeente: Annotated[str, Field(min_length=1, max_length=80)] | None = None
    gemeente_code: str | None = None  # filled when read; never in the file
    logo: Logo | None = None
    colours: Colours = Colours()
    contact: Contact = Contact()
    logo_data_uri: str | None = None  # filled when read; never in the file

    @property
    def is_national(self) -> bool:
        return not self.name

    @property
    def title(self) -> str:
        return f"{self.product} – {self.name}" if self.name else self.product


# --- contrast (WCAG 2.1, "relative luminance" and "contrast ratio") --------------------------

def _channel(c: int) -> float:
    s = c / 255
    return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def blend(fg: str, bg: str, alpha: float) -> str:
    """`fg` drawn with opacity `alpha` over `bg`, as the browser shows it."""
    mix = (round(alpha * int(fg[i:i + 2], 16) + (1 - alpha) * int(bg[i:i + 2], 16))
           for i in (1, 3, 5))
    return "#" + "".join(f"{v:02X}" for v in mix)


def colour_pairs(c: Colours) -> list[tuple[str, str, str, str]]:
    """(foreground name, colour, background name, colour) for every pair of the page."""
    return [("text", c.text, "background", c.background),
            ("text", c.text, "secondary_background", c.secondary_background),
            # Streamlit draws captions and help texts in the text colour at 60 % opacity
            ("caption text (text at 60%)", blend(c.text, c.background, CAPTION_ALPHA),
             "background", c.background),
            ("primary", c.primary, "background", c.background),  # links, outlines
            ("button text (white)", BUTTON_TEXT, "primary", c.primary),
            ("header_text", c.header_text, "header_background", c.header_background)]


def check_contrast(c: Colours, where: str) -> None:
    for fg_name, fg, bg_name, bg in colour_pairs(c):
        ratio = contrast(fg, bg)
        if ratio < AA_TEXT:
            raise ContentError(both(
                "{where}: the colour {fg_name} {fg} on {bg_name} {bg} has a contrast of "
                "{ratio}:1. WCAG AA needs at least 4.5:1. Choose a darker or lighter colour.",
                where=where, fg_name=fg_name, fg=fg, bg_name=bg_name, bg=bg,
                ratio=f"{ratio:.2f}"))


# --- reading ---------------------------------------------------------------------------------

def _logo_uri(logo: Logo, base: Path, where: str) -> str:
    path = (base / logo.path).resolve()
    kind = LOGO_TYPES.get(path.suffix.lower())
    if kind is None:
        raise ContentError(both("{where}: the logo must be an SVG, PNG or JPEG file.",
                                where=where))
    try:
        data = path.read_bytes()
    except OSError:
        raise ContentError(both("{where}: the logo file {path} cannot be read.", where=where,
                                path=logo.path)) from None
    if len(data) > MAX_LOGO_BYTES:
        raise ContentError(both("{where}: the logo file is larger than 200 kB.", where=where))
    return f"data:{kind};base64,{base64.b64encode(data).decode('ascii')}"


def read_site(path: str | Path) -> Site:
    """The settings of one deployment, checked; one clear error naming the file otherwise."""
    path = Path(path)
    where = str(path)
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except OSError:
        raise ContentError(both("{where}: the site settings file cannot be read.",
                                where=where)) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ContentError(both("{where}: this is not a valid TOML file ({error}).",
                                where=where, error=str(exc))) from None
    data.pop("logo_data_uri", None)
    data.pop("gemeente_code", None)
    try:
        site = Site.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(p) for p in err["loc"])
        raise ContentError(both("{where}: the setting '{field}' is not right: {problem}.",
                                where=where, field=field, problem=err["msg"])) from None
    check_contrast(site.colours, where)
    if site.gemeente is not None:
        from wizard.errors import UnknownGemeente
        from wizard.gemeenten import resolve_gemeente

        try:
            entry = resolve_gemeente(site.gemeente)
        except UnknownGemeente as exc:
            raise ContentError(both("{where}: the setting '{field}' is not right: {problem}.",
                                    where=where, field="gemeente", problem=exc.texts)) from None
        site = site.model_copy(update={"gemeente_code": entry.cbs_code,
                                       "profile": site.profile or entry.profile_id})
    if site.profile is not None:
        from wizard.errors import UnknownGemeente
        from wizard.profiles import get_profile

        try:
            get_profile(site.profile)
        except UnknownGemeente as exc:  # its message lists the known ids
            raise ContentError(both("{where}: the setting '{field}' is not right: {problem}.",
                                    where=where, field="profile", problem=exc.texts)) from None
    if site.logo is not None:
        site = site.model_copy(update={"logo_data_uri": _logo_uri(site.logo, path.parent,
                                                                  where)})
    return site


@lru_cache(maxsize=4)
def _cached(path: str) -> Site:
    return read_site(path) if path else Site()


def current_site() -> Site:
    """The deployment's settings (SMI_SITE_FILE), read once per process."""
    return _cached(os.environ.get(ENV, "").strip())


def streamlit_theme_args(site: Site) -> list[str]:
    """Streamlit's theme as command-line options (they win over .streamlit/config.toml), so
    every widget uses the deployment's colours."""
    c = site.colours
    opts = {"primaryColor": c.primary, "textColor": c.text, "backgroundColor": c.background,
            "secondaryBackgroundColor": c.secondary_background, "linkColor": c.primary}
    return [f"--theme.{k}={v}" for k, v in opts.items()]



def main(argv: list[str]) -> int:
    """`python -m wizard.site FILE`: check a settings file; exit 2 with one line if wrong."""
    import sys

    from wizard.errors import SmiError

    path = argv[0] if argv else os.environ.get(ENV, "")
    try:
        site = read_site(path) if path else Site()
    except SmiError as exc:
        print(exc.message(os.environ.get("SMI_LANG", "en")), file=sys.stderr)
        return 2
    c = site.colours
    for fg_name, fg, bg_name, bg in colour_pairs(c):
        print(f"{fg_name} {fg} on {bg_name} {bg}: {contrast(fg, bg):.2f}:1")
    print(f"ok: {site.title}")
    return 0


if __name__ == "__main__":
    import sys

    raise SystemExit(main(sys.argv[1:]))
