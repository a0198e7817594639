"""User-facing errors: one clear message per problem, in the user's language."""

from __future__ import annotations


class SmiError(Exception):
    """An error a person can act on. `texts` holds the message per language code."""

    def __init__(self, texts: dict[str, str]):
        self.texts = texts
        super().__init__(texts.get("en") or next(iter(texts.values())))

    def message(self, lang: str = "nl") -> str:
        return self.texts.get(lang) or self.texts["en"]


class ContentError(SmiError):
    """A data file in content/ is malformed or lacks a source."""


class UnknownGemeente(SmiError):
    """The gemeente id has no profile."""


class TableNotAvailable(SmiError):
    """No fee table is shipped for the asked year or table."""


class InputError(SmiError):
    """Answers or command-line input that cannot be used."""


class DateNotCovered(InputError):
    """The reference date lies outside every rule or table this tool has (valid_from..until)."""


class AmountError(InputError):
    """An amount typed by a person that cannot be read (garbage, negative, too large), or that
    can be read two ways: then `ambiguous` is True and `readings` holds both, so the screen can
    ask which one is meant instead of guessing."""

    def __init__(self, texts: dict[str, str], *, lang: str = "nl", ambiguous: bool = False,
                 readings: tuple = ()):
        super().__init__(texts)
        self.lang = lang
        self.ambiguous = ambiguous
        self.readings = readings

    def __str__(self) -> str:
        return self.message(self.lang)
