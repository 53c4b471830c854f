"""The documents' words, read from the one catalogue (models/catalogue/documents.py).

The documents index a language's words like a table (`w["deadline"]`) and format
them themselves; `words(lang)` hands them the catalogue's `doc.*` entries that way,
so no document module holds a word of its own.
"""

from __future__ import annotations

import datetime as dt

from politirad.models.catalogue import Table, language, tr


def words(lang: str) -> Table:
    """The document vocabulary of a language."""
    return Table("doc.", lang)


def long_date(date: dt.date, lang: str) -> str:
    """A date as people write it in a letter: '3. mars 2027' or '3 March 2027'."""
    month = tr(lang, f"doc.month.{date.month}")
    return f"{date.day} {month} {date.year}" if language(lang) == "en" else f"{date.day}. {month} {date.year}"
