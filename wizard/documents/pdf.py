"""HTML to a tagged PDF (PDF/UA-1) with WeasyPrint, with the project's own fonts and a URL
fetcher that serves only files under content/fonts and content/templates."""

from __future__ import annotations

import threading
from contextlib import nullcontext
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from weasyprint import CSS
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetcherResponse

from wizard.documents import font_streams, line_memo
from wizard.documents.appearances import add_appearances
from wizard.documents.env import templates_dir
from wizard.documents.html_tree import html_document
from wizard.documents.style_cache import style_cache
from wizard.paths import content_dir

_MIME = {".ttf": "font/ttf", ".css": "text/css", ".png": "image/png", ".svg": "image/svg+xml"}
_LOCK = threading.Lock()  # one font configuration is shared; WeasyPrint is not thread-safe


class RefusedURL(ValueError):
    pass


def allowed_dirs() -> tuple[Path, ...]:
    return ((content_dir() / "fonts").resolve(), templates_dir().resolve())


class ProjectFetcher(URLFetcher):
    """Serves file:// URLs inside content/fonts and content/templates; refuses everything
    else (remote URLs, data: URLs, other files). Refusals are recorded for the tests."""

    def __init__(self) -> None:
        super().__init__(allowed_protocols=("file",))
        self.refused: list[str] = []

    def fetch(self, url: str, headers=None) -> URLFetcherResponse:
        parts = urlsplit(url)
        path = Path(unquote(parts.path)).resolve() if parts.scheme == "file" else None
        if (path is None or parts.netloc not in ("", "localhost")
                or not any(path.is_relative_to(d) for d in allowed_dirs())
                or not path.is_file()):
            self.refused.append(url)
            raise RefusedURL(f"refused: {url}")
        mime = _MIME.get(path.suffix, "application/octet-stream")
        return URLFetcherResponse(path.as_uri(), path.read_bytes(), {"Content-Type": mime})


@lru_cache(maxsize=1)
def _shared() -> tuple[FontConfiguration, CSS, ProjectFetcher]:
    """Parsed once per process: the fonts and the stylesheet (the slow part of a first build)."""
    fonts = FontConfiguration()
    fetcher = ProjectFetcher()
    css_path = templates_dir() / "documents.css"
    css = CSS(string=css_path.read_text("utf-8"), base_url=css_path.as_uri(),
              url_fetcher=fetcher, font_config=fonts)
    style_cache(fonts, css)  # styles kept per document shape (style_cache.py)
    font_streams.install()  # the form font read and compressed once (font_streams.py)
    line_memo.install()  # lines of the form's own words kept (line_memo.py)
    return fonts, css, fetcher


def base_url() -> str:
    return templates_dir().as_uri() + "/"


def render_document(html: str, fetcher: ProjectFetcher | None = None,
                    static_lines: bool = False):
    """The laid-out WeasyPrint document (tests inspect its boxes). `static_lines`: the
    document keeps every typed value in a [data-field] element (the form), so the line
    breaks of its other text may be kept (line_memo.py)."""
    fonts, css, shared_fetcher = _shared()
    with _LOCK, (line_memo.static_lines() if static_lines else nullcontext()):
        return html_document(html, base_url(), fetcher or shared_fetcher).render(
            stylesheets=[css], font_config=fonts, pdf_forms=True, pdf_tags=True)


def html_to_pdf(html: str, fetcher: ProjectFetcher | None = None,
                static_lines: bool = False) -> bytes:
    """A tagged PDF/UA-1 document; the title and language come from the HTML."""
    doc = render_document(html, fetcher, static_lines)
    with _LOCK, (line_memo.static_lines() if static_lines else nullcontext()):
        return doc.write_pdf(pdf_variant="pdf/ua-1", pdf_forms=True, pdf_tags=True,
                             finisher=_finish)


def _finish(document, pdf) -> None:
    """WeasyPrint's last step before writing: field appearances, the form font's streams."""
    add_appearances(document, pdf)
    font_streams.reuse_form_font_streams(document, pdf)
