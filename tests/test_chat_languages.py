"""The chat with a parent who writes Turkish, Arabic, Polish or Ukrainian (issue 15): the SMI
answer stays Dutch/English, and its first line, in the parent's language, says so and links to
the SMI check in that language. Dutch and English questions get no such line."""

from __future__ import annotations

from urllib.parse import unquote

import pytest

from wizard.chat.compose import ask
from wizard.i18n import LANG_NAMES, gettext_for

QUESTIONS = {
    "tr": "Çocuğum için SMI alabilir miyim? Eşim hasta ve ben çalışıyorum.",
    "ar": "هل يمكنني الحصول على SMI لطفلي؟ زوجي مريض وأنا أعمل.",
    "pl": "Czy mogę dostać SMI dla dziecka? Mój mąż jest chory, a ja pracuję.",
    "uk": "Чи можу я отримати SMI для дитини? Мій чоловік хворий, а я працюю.",
}


@pytest.mark.parametrize("lang", QUESTIONS)
def test_a_question_in_the_language_gets_a_first_line_in_it_with_a_link_to_the_check(lang):
    reply = ask(QUESTIONS[lang], lang="nl")
    first = reply.answer.split("\n\n")[0]
    # the line's fixed words come from that language's catalogue, not Dutch or English
    said = gettext_for(lang, "ui")("This answer is in {reply}. The SMI check also works in "
                                   "your language: [{name}]({link}).")
    assert said.split("{reply}")[0] in first
    assert f"[{LANG_NAMES[lang]}](/?lang=" in first
    assert unquote(first.split("(/?lang=")[1].split(")")[0]) == LANG_NAMES[lang]
    # the SMI answer itself follows, in Dutch and/or English
    assert len(reply.answer.split("\n\n")) > 1


def test_a_dutch_question_on_a_dutch_page_gets_no_language_line():
    reply = ask("Kan ik SMI krijgen als mijn man ziek is en ik werk?", lang="nl")
    assert "?lang=" not in reply.answer


def test_a_dutch_question_on_a_turkish_page_says_in_turkish_that_the_answer_is_dutch():
    reply = ask("Kan ik SMI krijgen als mijn man ziek is en ik werk?", lang="tr")
    first = reply.answer.split("\n\n")[0]
    assert "Hollandaca" in first or "İngilizce" in first
    assert "[Türkçe]" in first
