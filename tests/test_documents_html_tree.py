"""The quick HTML parser of our documents (wizard/documents/html_tree.py) gives exactly the
tree of WeasyPrint's HTML5 parser, for every kind of form and for text a person typed;
anything that is not plain nesting goes to the HTML5 parser itself."""

from __future__ import annotations

import pytest
import tinyhtml5

from tests.conftest import make_answers
from tests.test_documents_fixtures import FULL_APP, full_answers
from wizard.documents.form import build_form_html
from wizard.documents.html_tree import parse, plain_tree


def differences(a, b, path=""):
    here = f"{path}/{a.tag}"
    if (a.tag, a.attrib, a.text or None, a.tail or None) != (
            b.tag, b.attrib, b.text or None, b.tail or None):
        return [(here, (a.tag, a.attrib, a.text, a.tail), (b.tag, b.attrib, b.text, b.tail))]
    if len(a) != len(b):
        return [(here, len(a), len(b))]
    return [d for x, y in zip(a, b, strict=True) for d in differences(x, y, here)]


def html5(html: str):
    return tinyhtml5.parse(html, namespace_html_elements=False)


TYPED = ["<b>vet</b> & 'quotes' \"dubbel\"", "Ali\u202eKHTAP\u202c", "a  b   c", "&amp; &lt;p&gt;",
         "Zoë Çelik-Øster", "</div></body>", "{{ 7*7 }}"]


@pytest.mark.parametrize("gemeente", ["basislijn", "rotterdam", "den-haag", "leiden"])
@pytest.mark.parametrize("lang", ["nl", "en", "ar"])
def test_every_form_gets_the_html5_tree(gemeente, lang):
    for answers in (make_answers(gemeente=gemeente, children=[{"age": 3}, {"age": 8}]),
                    full_answers(gemeente=gemeente)):
        html = build_form_html(answers, gemeente, lang, preview=False)
        assert plain_tree(html) is not None  # the quick way is taken
        assert differences(parse(html), html5(html)) == []


@pytest.mark.parametrize("typed", TYPED)
def test_typed_text_gives_the_html5_tree(typed):
    app = FULL_APP | {"applicant": {"name": typed}, "reason_text": typed}
    html = build_form_html(full_answers(application=app), "basislijn", "nl", preview=False)
    assert differences(parse(html), html5(html)) == []


@pytest.mark.parametrize("html", [
    "<!DOCTYPE html><html><head><title>t</title></head><body><p>a<div>b</div></body></html>",
    "<html><head></head><body><ul><li>a<li>b</ul></body></html>",
    "<html><head></head><body><table><tr><td>x</td></tr></table></body></html>",
    "<html><head></head><body><p>a</p></body></html> trailing text",
    "<html><head></head><body><div/>x</body></html>",
    "<p>no html, head or body</p>",
    "<html><head></head><body><span>a</div></body></html>",
    "<html><head></head><body><!-- note --><p>a</p>\r\n</body></html>",
])
def test_html_that_is_not_plain_nesting_gets_the_html5_tree_too(html):
    assert plain_tree(html) is None
    assert differences(parse(html), html5(html)) == []
