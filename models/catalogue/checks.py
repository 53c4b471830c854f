"""What makes a catalogue whole: every language in every entry, the same placeholders.

Plain functions over any catalogue, so the tests can show each one failing on a
planted mistake as well as passing on the real `CATALOGUE`.
"""

from __future__ import annotations

from collections.abc import Mapping
from string import Formatter

from politirad.models.catalogue import LANGUAGES, Entry


def placeholders(text: str) -> set[str]:
    """The `{names}` a text is formatted with."""
    return {name for _, name, _, _ in Formatter().parse(text) if name is not None}


def missing_languages(catalogue: Mapping[str, Entry]) -> list[str]:
    """`key: lang, …` for every entry without a text in some language."""
    found = []
    for key, entry in catalogue.items():
        missing = [lang for lang in LANGUAGES if not entry.get(lang)]
        if missing:
            found.append(f"{key}: {', '.join(missing)}")
    return found


def placeholder_mismatches(catalogue: Mapping[str, Entry]) -> list[str]:
    """`key: lang {…} vs nb {…}` where a translation's placeholders differ from bokmål's."""
    found = []
    for key, entry in catalogue.items():
        expected = placeholders(entry.get("nb", ""))
        for lang in LANGUAGES:
            if lang in entry and placeholders(entry[lang]) != expected:
                found.append(f"{key}: {lang} {sorted(placeholders(entry[lang]))} vs nb {sorted(expected)}")
    return found
