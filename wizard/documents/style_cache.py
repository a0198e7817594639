"""Computed CSS styles kept between document builds of the same shape.

WeasyPrint matches every selector of its own and our stylesheet against every element of
each document (~20 ms of a ~150 ms form build) and then computes style values on demand
during layout. Two forms for the same gemeente and language differ mostly in the text
typed by the family, which plays no part in the cascade: the styles depend only on the
elements, their attributes and their place in the tree. So the styles of a document are
kept under a hash of that shape (tags, attributes, number of children, in tree order;
never the text) and given to the next document with the same shape, element by element.

Privacy: a kept entry holds style values only, listed by position; no element, no text
(line_memo.py keeps the lines of the form's own words beside them, never a typed value).
The cache is in memory, bounded (LRU) and used only for the project's own stylesheet and
fonts (wizard.documents.pdf), under its lock, as WeasyPrint is not thread-safe."""

from __future__ import annotations

import hashlib
from collections import OrderedDict

import weasyprint.document
from weasyprint.css import StyleFor

_MAX_SHAPES = 32
# What decides the cascade besides the shape: these elements' text (a stylesheet) or
# external resources; documents that have them are not cached.
_UNCACHED_TAGS = frozenset({"style", "link", "svg", "math"})
_original = weasyprint.document.get_all_computed_styles


class _Shape:
    """The styles of one document shape, by element position (no elements, no text)."""

    def __init__(self, styles: list, pseudo: list, initial_page_sizes: dict) -> None:
        self.styles = styles  # the ComputedStyle of the n-th element in tree order
        self.pseudo = pseudo  # (n, pseudo type, ComputedStyle) for ::before, ::marker ...
        self.initial_page_sizes = initial_page_sizes


class StyleCache:
    def __init__(self, font_config, stylesheet) -> None:
        self.font_config = font_config
        self.stylesheet = stylesheet
        self._shapes: OrderedDict[bytes, _Shape] = OrderedDict()
        self.hits = self.misses = 0

    def __len__(self) -> int:
        return len(self._shapes)

    def clear(self) -> None:
        self._shapes.clear()

    def applies(self, user_stylesheets, font_config) -> bool:
        return font_config is self.font_config and list(user_stylesheets or []) == [
            self.stylesheet]

    def computed_styles(self, html, user_stylesheets, presentational_hints, font_config,
                        counter_style, color_profiles, page_rules, layers, target_collector,
                        forms):
        nodes = list(html.etree_element.iter())
        key = _shape_key(nodes, presentational_hints, forms, html.base_url)
        elements = [node for node in nodes if isinstance(node.tag, str)]
        shape = self._shapes.get(key) if key is not None else None
        if shape is None:
            self.misses += 1
            style_for = _original(html, user_stylesheets, presentational_hints, font_config,
                                  counter_style, color_profiles, page_rules, layers,
                                  target_collector, forms)
            if key is not None:
                self._keep(key, style_for, elements)
            return style_for
        self.hits += 1
        self._shapes.move_to_end(key)
        return _style_for(shape, html, elements, font_config, counter_style, user_stylesheets,
                          presentational_hints, forms, target_collector)

    def _keep(self, key: bytes, style_for: StyleFor, elements: list) -> None:
        computed = style_for.get_computed_styles()
        place = {id(element): n for n, element in enumerate(elements)}
        styles = [computed.get((element, None)) for element in elements]
        pseudo = [(place[id(element)], pseudo_type, style)
                  for (element, pseudo_type), style in computed.items()
                  if pseudo_type and id(element) in place]
        if any(style is None for style in styles):
            return
        _mark_static(elements[0], computed)
        self._shapes[key] = _Shape(styles, pseudo, style_for.initial_page_sizes)
        while len(self._shapes) > _MAX_SHAPES:
            self._shapes.popitem(last=False)


def _mark_static(root, computed: dict) -> None:
    """Mark each element style `smi_static` when no element with that style shows a value
    ([data-field], and what is inside it) or the title: the template's own words, whose
    line breaks line_memo.py may keep. Styles are shared by elements with the same rules,
    so a style used by one value element is never static."""
    seen: dict[int, object] = {}
    private: set[int] = set()
    stack = [(root, False)]
    while stack:
        element, inside_value = stack.pop()
        inside_value = inside_value or "data-field" in element.attrib or element.tag == "title"
        if (style := computed.get((element, None))) is not None:
            seen[id(style)] = style
            if inside_value:
                private.add(id(style))
        stack += [(child, inside_value) for child in element if isinstance(child.tag, str)]
    for key, style in seen.items():
        style.smi_static = key not in private


def _shape_key(nodes: list, presentational_hints: bool, forms: bool,
               base_url: str | None) -> bytes | None:
    """A digest of the tree's shape: each element's tag, attributes and number of children
    in tree order. Text is left out: it does not take part in the cascade."""
    digest = hashlib.sha256(repr((presentational_hints, forms, base_url)).encode())
    for element in nodes:
        tag = element.tag
        if not isinstance(tag, str):  # a comment or processing instruction
            digest.update(b"\x00c")
            continue
        if tag in _UNCACHED_TAGS:
            return None
        digest.update(repr((tag, sorted(element.attrib.items()), len(element))).encode())
    return digest.digest()


def _style_for(shape: _Shape, html, elements: list, font_config, counter_style,
               user_stylesheets, presentational_hints: bool, forms: bool,
               target_collector) -> StyleFor:
    """A StyleFor as WeasyPrint's would be after its constructor, from the kept styles."""
    style_for = StyleFor.__new__(StyleFor)
    style_for._cascaded_styles = {}  # cleared at the end of StyleFor.__init__ as well
    computed = style_for._computed_styles = {}
    for element, style in zip(elements, shape.styles, strict=True):
        computed[element, None] = style
    for n, pseudo_type, style in shape.pseudo:
        computed[elements[n], pseudo_type] = style
    style_for.initial_page_sizes = shape.initial_page_sizes
    style_for.font_config = font_config
    sheets = [(sheet, "user agent", None) for sheet in html._ua_stylesheets(forms) or []]
    if presentational_hints:
        sheets += [(sheet, "author", (0, 0, 0)) for sheet in html._ph_stylesheets() or []]
    sheets += [(sheet, "user", None) for sheet in user_stylesheets]
    style_for._sheets = sheets  # for the @page rules, applied during layout
    for style in html._ua_counter_style():  # as get_all_computed_styles does
        for name, value in style.items():
            counter_style[name] = value
    if target_collector:  # WeasyPrint collects each distinct style's anchor
        for style in {id(style): style for style in shape.styles}.values():
            if style["anchor"]:
                target_collector.collect_anchor(style["anchor"])
    return style_for


_caches: list[StyleCache] = []


def _dispatch(html, user_stylesheets=None, presentational_hints=False, font_config=None,
              counter_style=None, color_profiles=None, page_rules=None, layers=None,
              target_collector=None, forms=False):
    for cache in _caches:
        if cache.applies(user_stylesheets, font_config):
            return cache.computed_styles(html, user_stylesheets, presentational_hints,
                                         font_config, counter_style, color_profiles,
                                         page_rules, layers, target_collector, forms)
    return _original(html, user_stylesheets, presentational_hints, font_config,
                     counter_style, color_profiles, page_rules, layers, target_collector,
                     forms)


def style_cache(font_config, stylesheet) -> StyleCache:
    """A style cache for documents rendered with exactly this font configuration and this
    one user stylesheet; WeasyPrint's style step goes through it from now on."""
    cache = StyleCache(font_config, stylesheet)
    _caches.append(cache)
    weasyprint.document.get_all_computed_styles = _dispatch
    return cache
