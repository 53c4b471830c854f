"""Interface language: one catalogue of every string the app shows, bokmål and English.

Each app instance has its own language (an SSH viewer may read English while the
facilitator reads bokmål), so lookups take the language rather than a global.
"""

from __future__ import annotations

from typing import Literal

from politirad.tui.strings import STRINGS

Lang = Literal["nb", "en"]
LANGS: tuple[Lang, ...] = ("nb", "en")


def tr(lang: str, key: str, **values: object) -> str:
    """The string for `key` in `lang`, formatted with `values`; bokmål as fallback."""
    entry = STRINGS.get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry["nb"]
    return text.format(**values) if values else text
