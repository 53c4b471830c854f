"""Every word politirad writes itself, in every language it speaks: one catalogue.

The interface, the command line's messages and the documents all look their words up
here, by key, with `tr(lang, key, **values)`. An entry is `{"nb": …, "nn": …, "en": …}`;
the entries are kept in a few modules by the part of politirad they serve (so each
stays readable), merged into `CATALOGUE` once. A translator works in this folder only.

The guide's own texts (its questions, success criteria and pitfalls) are not here:
they are quoted verbatim from the directorate's guide and stay bokmål in bokmål and
nynorsk alike (`models/guide.py`, `guide_text`).

`tests/test_catalogue.py` checks that every entry has every language with the same
placeholders, and, by running the whole suite with unknown keys turned into errors
(`STRICT_ENV`), that nothing is looked up by a key the catalogue lacks, dynamic keys
(`f"status.{value}"`) included.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from typing import Literal, get_args

Language = Literal["nb", "nn", "en"]
"""bokmål (the default), nynorsk, English."""

LANGUAGES: tuple[Language, ...] = get_args(Language)

DEFAULT: Language = "nb"

STRICT_ENV = "POLITIRAD_STRICT_CATALOGUE"
"""Set (to anything) and an unknown key raises instead of showing the key itself."""

Entry = Mapping[str, str]


class UnknownKey(KeyError):
    """A lookup by a key the catalogue does not have (only raised in strict mode)."""


def language(value: object) -> Language:
    """`value` if it names a language politirad speaks, else bokmål."""
    return value if value in LANGUAGES else DEFAULT  # type: ignore[return-value]


def merge(parts: Iterable[Mapping[str, Entry]]) -> dict[str, Entry]:
    """One table from the parts; a key defined twice is a mistake, not an override."""
    merged: dict[str, Entry] = {}
    for part in parts:
        for key, entry in part.items():
            if key in merged:
                raise ValueError(f"catalogue key {key!r} is defined twice")
            merged[key] = entry
    return merged


def _load() -> dict[str, Entry]:
    from politirad.models.catalogue import parts

    return merge(parts.PARTS)


CATALOGUE: dict[str, Entry] = _load()


def guide_text(bokmal: str, english: str, lang: str) -> str:
    """A text quoted from the guide: its own bokmål in bokmål and nynorsk (it is the
    directorate's wording), the English rendering in English."""
    return english if language(lang) == "en" else bokmal


def tr(lang: str, key: str, /, **values: object) -> str:
    """The text for `key` in `lang`, formatted with `values`.

    A language an entry lacks falls back to bokmål; an unknown key shows as itself
    (a visible mistake beats a crash in the meeting), except in strict mode.
    """
    entry = CATALOGUE.get(key)
    if entry is None:
        if os.environ.get(STRICT_ENV):
            raise UnknownKey(key)
        return key
    text = entry.get(language(lang)) or entry[DEFAULT]
    return text.format(**values) if values else text


class Table(Mapping[str, str]):
    """The entries under one prefix in one language, read like a word table:
    `table("doc.", "nn")["deadline"]` is `doc.deadline` in nynorsk, unformatted."""

    def __init__(self, prefix: str, lang: str) -> None:
        self.prefix = prefix
        self.language: Language = language(lang)

    def __getitem__(self, key: str) -> str:
        return tr(self.language, self.prefix + key)

    def __iter__(self) -> Iterator[str]:
        return (key[len(self.prefix) :] for key in CATALOGUE if key.startswith(self.prefix))

    def __len__(self) -> int:
        return sum(1 for _ in self)
