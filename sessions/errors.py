"""Errors the CLI and the app show as one line; each names the file it is about.

An error carries a catalogue key and the values for it, not a sentence: the sentence
is put into words when it is shown, in the language of whoever reads it (the CLI's
`--lang`, the app's screen language): `exc.text(lang)`, `exc.reason(lang)`.
`str(exc)` and `exc.message` are English (`PLAIN`), as they were before the
catalogue, for logs and for code that has no reader's language at hand.

Values that are themselves still to be put into words (a validation problem inside
"field X: …", the kind of value found) are `Phrase`s, rendered in the same language;
a `Decimal` is written as the reader writes numbers.
Values politirad does not write itself (an OS error text, a parser's own message, a
name from the file) are shown as given, inside the translated sentence.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, Self, runtime_checkable

from politirad.models.catalogue import Language, language, tr

PLAIN: Language = "en"
"""The language of `str(exc)` and `exc.message`: logs, tracebacks, code without a reader."""

MAX_QUOTED_CHARS = 90
"""Text quoted from a file or a parser (see `quoted`): a hostile file must not flood
the terminal, and the sentence around it must still fit on a line."""


@dataclass(frozen=True, slots=True)
class Phrase:
    """A catalogue key and its values: a sentence not yet put into words."""

    key: str
    values: Mapping[str, object] = field(default_factory=dict)

    def render(self, lang: str) -> str:
        """The sentence in `lang`; nested phrases are rendered in `lang` too."""
        values = {name: _rendered(value, lang) for name, value in self.values.items()}
        return tr(lang, self.key, **values)


def phrase(key: str, /, **values: object) -> Phrase:
    """`Phrase(key, values)`, written like `tr(lang, key, **values)` without the language."""
    return Phrase(key, values)


@runtime_checkable
class Rendered(Protocol):
    """A value that is written differently in each language (a phrase, a number)."""

    def render(self, lang: str) -> str: ...


@dataclass(frozen=True, slots=True)
class Decimal:
    """A number with decimals as the reader writes it: 30,0 in Norwegian, 30.0 in English."""

    value: float
    places: int = 1

    def render(self, lang: str) -> str:
        text = f"{self.value:.{self.places}f}"
        return text if language(lang) == "en" else text.replace(".", ",")


def _rendered(value: object, lang: str) -> object:
    return value.render(lang) if isinstance(value, Rendered) else value


class Reason(str):
    """An error's reason as plain (English) text that still knows its `Phrase`.

    Code that keeps a reason as a string (a broken file in a folder listing, why no
    lock could be taken) stores this; whoever shows it later can put it into their
    own language with `in_language`.
    """

    phrase: Phrase

    def __new__(cls, source: Phrase) -> Self:
        text = super().__new__(cls, source.render(PLAIN))
        text.phrase = source
        return text


def in_language(reason: str, lang: str) -> str:
    """A reason kept as text, in `lang` when it is a `Reason`, else as it is."""
    return reason.phrase.render(lang) if isinstance(reason, Reason) else reason


def quoted(text: object, limit: int = MAX_QUOTED_CHARS) -> str:
    """Text from outside politirad made safe to quote in a one-line error: control
    characters escaped, length capped."""
    escaped = "".join(
        ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii")
        for ch in str(text)
    )
    return escaped if len(escaped) <= limit else escaped[: limit - 1] + "…"


class SessionError(Exception):
    """Base for every expected failure: the CLI prints it and exits with `exit_code`.

    `SessionError("error.no_such_file", path)`, or with values:
    `SessionError("error.cannot_read", path, reason=exc.strerror)`. The key must be in
    the catalogue (tests/test_error_keys.py checks every literal key statically).
    """

    exit_code = 2

    def __init__(self, key: str, path: Path | None = None, /, **values: object) -> None:
        self.phrase = Phrase(key, values)
        self.path = path
        super().__init__(self.text(PLAIN))

    @classmethod
    def of(cls, found: Phrase, path: Path | None = None) -> Self:
        """The error whose reason is an already built phrase (a validation problem)."""
        return cls(found.key, path, **found.values)

    @property
    def key(self) -> str:
        return self.phrase.key

    @property
    def message(self) -> Reason:
        """The reason without the file name, as plain text that `in_language` can still
        put into the reader's language."""
        return Reason(self.phrase)

    def reason(self, lang: str) -> str:
        """The reason without the file name, in `lang`."""
        return self.phrase.render(lang)

    def text(self, lang: str) -> str:
        """The whole line in `lang`: `<path>: <reason>`, or the reason alone."""
        reason = self.reason(lang)
        return f"{self.path}: {reason}" if self.path is not None else reason


class SessionFileError(SessionError):
    """A session file that cannot be read: syntax, validation, encoding, size."""


class SessionWriteError(SessionError):
    """Saving failed (full disk, read-only folder); the session stays in memory."""

    exit_code = 1
