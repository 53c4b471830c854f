"""The catalogue of every interface string: key -> {"nb": ..., "en": ...}.

One catalogue, kept in a few files by the part of the app they serve so each stays
readable; a translator works in this folder only, and tests/test_strings.py checks
that every key has both languages and that no key is defined twice.
"""

from __future__ import annotations

from politirad.tui.strings.core import CORE_STRINGS
from politirad.tui.strings.flow import FLOW_STRINGS
from politirad.tui.strings.meeting import MEETING_STRINGS
from politirad.tui.strings.sharing import SSH_STRINGS
from politirad.tui.strings.year import YEAR_STRINGS

PARTS: tuple[dict[str, dict[str, str]], ...] = (
    CORE_STRINGS,
    YEAR_STRINGS,
    MEETING_STRINGS,
    SSH_STRINGS,
    FLOW_STRINGS,
)

STRINGS: dict[str, dict[str, str]] = {key: entry for part in PARTS for key, entry in part.items()}
