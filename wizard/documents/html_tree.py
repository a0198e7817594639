"""Our own documents' HTML to an element tree, quicker than WeasyPrint's HTML5 parser
(tinyhtml5, pure Python: ~9 ms of a form build). The templates write well-formed HTML: every
element closed in order, html/head/body explicit. For such HTML the HTML5 tree is the plain
nesting of the tags, which the standard library's parser gives in a third of the time.
Anything else (an implied end tag, a stray end tag, text outside body, a table) falls back
to tinyhtml5, so the tree is always the one WeasyPrint would build (tests compare them)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import cssselect2
import tinyhtml5
from weasyprint import HTML

_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "source", "track", "wbr"})
# Elements whose HTML5 parsing is more than nesting (implied elements, raw text, foster
# parenting, foreign content); documents with them take tinyhtml5.
_SPECIAL = frozenset({"table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption",
                      "colgroup", "col", "script", "style", "textarea", "template", "svg",
                      "math", "pre", "listing", "frameset", "frame", "noscript", "iframe",
                      "plaintext", "xmp", "noembed", "noframes", "form", "image", "nobr", "a",
                      "button", "base", "object", "applet", "marquee", "ruby", "rb", "rt",
                      "rp", "rtc", "dd", "dt", "li", "optgroup", "body_in_body"})
# Tags an open <p> would be closed by (HTML5 "close a p element").
_CLOSES_P = frozenset({"address", "article", "aside", "blockquote", "details", "dialog",
                       "div", "dl", "fieldset", "figcaption", "figure", "footer", "form",
                       "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main",
                       "menu", "nav", "ol", "p", "pre", "section", "summary", "ul", "li",
                       "dd", "dt", "table", "listing", "xmp", "plaintext"})


class _NotSimple(Exception):
    pass


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root: ET.Element | None = None
        self.stack: list[ET.Element] = []
        self.last: ET.Element | None = None  # the element whose tail takes the next text
        self.head_done = self.body_done = False

    def handle_starttag(self, tag, attrs):
        if tag in _SPECIAL or (tag in _CLOSES_P and any(e.tag == "p" for e in self.stack)):
            raise _NotSimple(tag)
        if tag == "option" and self.stack and self.stack[-1].tag == "option":
            raise _NotSimple(tag)  # an implied end tag
        expected = {0: "html", 1: "head" if not self.head_done else "body"}.get(len(self.stack))
        if expected and tag != expected or self.body_done:
            raise _NotSimple(tag)
        attrib = {}
        for name, value in attrs:
            attrib.setdefault(name, "" if value is None else value)  # first one wins
        element = ET.Element(tag, attrib)
        if self.stack:
            self.stack[-1].append(element)
        else:
            self.root = element
        if tag in _VOID:
            self.last = element
        else:
            self.stack.append(element)
            self.last = None

    def handle_startendtag(self, tag, attrs):
        if tag not in _VOID:
            raise _NotSimple(tag)  # '<div/>' opens a div in HTML5
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag in _VOID or not self.stack or self.stack[-1].tag != tag:
            raise _NotSimple(tag)
        element = self.stack.pop()
        if tag == "head":
            self.head_done = True
        elif tag == "body":
            self.body_done = True
        self.last = element

    def handle_data(self, data):
        # Where HTML5 puts text outside body's content: before <head> it drops whitespace,
        # between </head> and <body> it keeps it after head, after </body> it adds it to
        # body. Other text there is not our templates': tinyhtml5 handles it.
        inside = len(self.stack) >= 2 and not self.body_done
        if not inside and data.strip():
            raise _NotSimple("text")
        if self.body_done:
            body = self.root[-1]
            if len(body):
                body[-1].tail = (body[-1].tail or "") + data
            else:
                body.text = (body.text or "") + data
        elif not inside:
            if self.head_done:
                head = self.root[0]
                head.tail = (head.tail or "") + data
        elif self.last is not None:
            self.last.tail = (self.last.tail or "") + data
        else:
            self.stack[-1].text = (self.stack[-1].text or "") + data

    def handle_comment(self, data):
        raise _NotSimple("comment")

    def handle_decl(self, decl):
        if decl.lower() != "doctype html" or self.root is not None:
            raise _NotSimple("doctype")

    def handle_pi(self, data):
        raise _NotSimple("pi")

    def unknown_decl(self, data):
        raise _NotSimple("decl")


def plain_tree(html: str) -> ET.Element | None:
    """The tree of well-formed HTML by plain nesting; None when HTML5 would do more."""
    if "\r" in html or "\x00" in html:
        return None  # HTML5 normalises these in text
    builder = _Builder()
    try:
        builder.feed(html)
        builder.close()
    except _NotSimple:
        return None
    if builder.root is None or builder.stack or not builder.body_done:
        return None
    return builder.root


def parse(html: str) -> ET.Element:
    """The tree tinyhtml5 would give (namespace-free HTML elements)."""
    tree = plain_tree(html)
    return tree if tree is not None else tinyhtml5.parse(html, namespace_html_elements=False)


def html_document(html: str, base_url: str, url_fetcher) -> HTML:
    """A WeasyPrint HTML object for `html`, as HTML(string=...) makes it."""
    tree = parse(html)
    document = HTML.__new__(HTML)
    document.base_url = base_url
    document.url_fetcher = url_fetcher
    document.media_type = "print"
    document.wrapper_element = cssselect2.ElementWrapper.from_html_root(
        tree, content_language=None)
    document.etree_element = document.wrapper_element.etree_element
    return document
