"""Dates as a Norwegian facilitator types them: `31.3`, `31.03.2027`, `2027-03-31`.

Pure: the meeting date is passed in, so a bare day and month (`31.3`) means the next
such day on or after the meeting, never one already past (a deadline agreed in
November for «31.3» is March next year).
"""

from __future__ import annotations

import datetime as dt
import re

_DAY_MONTH = re.compile(r"^(\d{1,2})[./](\d{1,2})\.?(?:[./](\d{2}|\d{4}))?$")
"""31.3 · 31.3. · 31.03.2027 · 31/3/27 (day first, as in Norway)."""


def parse_date(text: str, meeting: dt.date) -> dt.date:
    """The date `text` names; a year left out is the first on or after `meeting`.

    Raises ValueError for anything else (the form shows the accepted forms).
    """
    value = text.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return dt.date.fromisoformat(value)
    found = _DAY_MONTH.match(value)
    if found is None:
        raise ValueError(value)
    day, month, year = int(found[1]), int(found[2]), found[3]
    if year is not None:
        full = int(year) + (2000 if len(year) == 2 else 0)
        return dt.date(full, month, day)
    for candidate in range(meeting.year, meeting.year + 8):  # 29.2 waits for a leap year
        try:
            date = dt.date(candidate, month, day)
        except ValueError:
            if not 1 <= month <= 12 or not 1 <= day <= 31 or (month, day) != (2, 29):
                raise
            continue
        if date >= meeting:
            return date
    raise ValueError(value)


def norwegian(date: dt.date) -> str:
    """31.03.2027: how the form shows a stored deadline back."""
    return date.strftime("%d.%m.%Y")
