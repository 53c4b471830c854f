"""Issue 14: deadlines typed the Norwegian way."""

from __future__ import annotations

import datetime as dt

import pytest

from politirad.models.norwegian_dates import parse_date

MEETING = dt.date(2026, 11, 24)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31.3", dt.date(2027, 3, 31)),  # already past this year: next March
        ("31.3.", dt.date(2027, 3, 31)),
        ("24.11", dt.date(2026, 11, 24)),  # the meeting day itself counts
        ("1.12", dt.date(2026, 12, 1)),
        ("1.12.2026", dt.date(2026, 12, 1)),
        ("31.03.2027", dt.date(2027, 3, 31)),
        ("31/3/27", dt.date(2027, 3, 31)),
        ("2027-03-31", dt.date(2027, 3, 31)),
        (" 29.2 ", dt.date(2028, 2, 29)),
    ],
)
def test_accepted_forms(text: str, expected: dt.date) -> None:
    assert parse_date(text, MEETING) == expected


@pytest.mark.parametrize("text", ["31.2", "32.1", "mars", "2027-3-31", "1.13.2027", ""])
def test_refused_forms(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text, MEETING)
