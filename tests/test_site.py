"""A deployment's own look (wizard/site.py, wizard/ui/look.py): the settings file is read and
checked when the app starts; unreadable colours, a missing logo or an unknown profile stop it
with one clear line; without a file the national look is the one in .streamlit/config.toml."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from wizard.errors import SmiError
from wizard.site import Site, contrast, read_site, streamlit_theme_args
from wizard.ui.look import footer_html, header_html

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "deploy" / "site.example.toml"


def write(tmp_path: Path, body: str) -> Path:
    p = tmp_path / "site.toml"
    p.write_text(body)
    return p


# Published WCAG examples: black on white is 21:1, white on white 1:1, #777777 on white
# is the well-known "just below AA" grey (4.48:1).
@pytest.mark.parametrize("a,b,ratio", [("#000000", "#FFFFFF", 21.0), ("#FFFFFF", "#FFFFFF", 1.0),
                                       ("#777777", "#FFFFFF", 4.48)])
def test_contrast_ratio_follows_the_wcag_formula(a, b, ratio):
    assert round(contrast(a, b), 2) == ratio
    assert contrast(a, b) == contrast(b, a)


def test_the_example_site_file_loads_with_its_logo_and_contact():
    site = read_site(EXAMPLE)
    assert site.name == "Gemeente Voorbeeld"
    assert site.logo_data_uri.startswith("data:image/svg+xml;base64,")
    assert site.contact.email == "smi@gemeente.example"


def test_a_grey_header_text_is_refused_naming_the_pair_and_the_ratio(tmp_path):
    p = write(tmp_path, 'name = "X"\n[colours]\nheader_text = "#777777"\n'
                        'header_background = "#FFFFFF"\n')
    with pytest.raises(SmiError) as exc:
        read_site(p)
    msg = exc.value.message("en")
    assert "header_text #777777" in msg and "header_background #FFFFFF" in msg
    assert "4.48:1" in msg and "4.5:1" in msg
    assert "4,5:1" in exc.value.message("nl")


def test_a_light_primary_colour_is_refused_because_white_button_text_would_not_be_readable(
        tmp_path):
    p = write(tmp_path, '[colours]\nprimary = "#66CCFF"\n')
    with pytest.raises(SmiError, match="primary #66CCFF"):
        read_site(p)


def test_a_text_colour_whose_captions_would_be_too_light_is_refused(tmp_path):
    # #202020 itself passes (16:1), but Streamlit's captions at 60 % become #797979 (4.3:1),
    # as axe found on the result page in Chromium
    p = write(tmp_path, '[colours]\ntext = "#202020"\n')
    with pytest.raises(SmiError, match=r"caption text \(text at 60%\) #797979"):
        read_site(p)


@pytest.mark.parametrize("body,needle", [
    ('[colours]\nprimary = "blue"\n', "colours.primary"),
    ('colour = "#000000"\n', "colour"),
    ('profile = "atlantis"\n', "atlantis"),
    ('[logo]\npath = "nope.png"\nalt = "Logo"\n', "nope.png"),
    ('[logo]\npath = "site.toml"\nalt = "Logo"\n', "SVG, PNG or JPEG"),
    ('[logo]\npath = "x.svg"\n', "logo.alt"),
    ('name = "X\n', "TOML"),
])
def test_a_wrong_setting_gives_one_clear_message(tmp_path, body, needle):
    (tmp_path / "x.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    with pytest.raises(SmiError) as exc:
        read_site(write(tmp_path, body))
    assert needle in exc.value.message("en")
    assert "site.toml" in exc.value.message("en")


def test_without_a_file_the_national_look_is_the_one_in_the_streamlit_config():
    theme = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())["theme"]
    c = Site().colours
    assert (c.primary, c.text, c.background, c.secondary_background) == (
        theme["primaryColor"], theme["textColor"], theme["backgroundColor"],
        theme["secondaryBackgroundColor"])
    assert Site().is_national and Site().title == "SMI-wegwijzer"


def test_the_launcher_passes_the_colours_to_streamlit():
    args = streamlit_theme_args(read_site(EXAMPLE))
    assert "--theme.primaryColor=#0B5A4A" in args
    assert "--theme.secondaryBackgroundColor=#EEF4F2" in args


def test_the_launcher_refuses_to_start_with_unreadable_colours(tmp_path):
    p = write(tmp_path, '[colours]\ntext = "#BBBBBB"\n')
    run = subprocess.run([sys.executable, "-m", "wizard.serve", "app.py"], cwd=ROOT,
                         capture_output=True, text=True, env={"SMI_SITE_FILE": str(p),
                                                              "PATH": "/usr/bin:/bin"})
    assert run.returncode == 2
    assert "text #BBBBBB on background #FFFFFF" in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1


def test_header_shows_logo_with_alt_text_and_the_gemeente_name():
    out = header_html(read_site(EXAMPLE), "nl")
    assert 'alt="Logo van Gemeente Voorbeeld"' in out
    assert "Gemeente Voorbeeld" in out and "SMI-wegwijzer" in out


def test_footer_shows_only_the_contact_lines_that_are_given(tmp_path):
    p = write(tmp_path, 'name = "Gemeente <b>X</b>"\n[contact]\nemail = "smi@x.example"\n')
    out = footer_html(read_site(p), "en")
    assert "mailto:smi@x.example" in out
    assert "Phone" not in out and "Address" not in out
    assert "<b>X</b>" not in out and "&lt;b&gt;X&lt;/b&gt;" in out  # escaped, not markup
    assert footer_html(Site(), "nl") == ""  # national look: no contact made up


def test_a_gemeente_by_name_gives_its_cbs_code_and_profile(tmp_path):
    site = read_site(write(tmp_path, 'name = "Gemeente Leiden"\ngemeente = "Leiden"\n'))
    assert site.gemeente_code == "GM0546" and site.profile == "leiden"


def test_an_unknown_gemeente_is_refused_with_the_file_named(tmp_path):
    with pytest.raises(SmiError, match="site.toml: the setting 'gemeente'"):
        read_site(write(tmp_path, 'gemeente = "Atlantis"\n'))


def test_the_deployments_gemeente_is_already_chosen_on_the_first_question(tmp_path,
                                                                           monkeypatch):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("SMI_SITE_FILE", str(write(tmp_path, 'gemeente = "Leiden"\n')))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    at.button(key="start").click().run()
    assert at.selectbox(key="w_gemeente").value == "GM0546"
    at.button(key="next").click().run()
    assert at.session_state["draft"].gemeente == "leiden"
