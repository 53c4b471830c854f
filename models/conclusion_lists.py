"""The guide's concluding lists (5.6 and 6.2) addressed by name.

Learning points and the two directions of mutual expectations are all ordered lists
of short texts; naming them lets one list widget and one live-session method serve
all three.
"""

from __future__ import annotations

from enum import StrEnum

from politirad.models.session import Session

WANTED = 5
"""The guide asks for the five most important learning points and five measures."""


class ConclusionList(StrEnum):
    """Which list; the value is the field's name in the session file."""

    LEARNING_POINTS = "learning_points"
    POLICE_OF_MUNICIPALITY = "police_of_municipality"
    MUNICIPALITY_OF_POLICE = "municipality_of_police"


def get_list(session: Session, which: ConclusionList) -> list[str]:
    """The list as stored (a copy, so callers cannot change the session by accident)."""
    if which is ConclusionList.LEARNING_POINTS:
        return list(session.learning_points)
    return list(getattr(session.expectations, which.value))


def set_list(session: Session, which: ConclusionList, items: list[str]) -> list[str]:
    """Replace the list with trimmed, non-empty items in the given order; returns them."""
    clean = [item.strip() for item in items if item.strip()]
    if which is ConclusionList.LEARNING_POINTS:
        session.learning_points = clean
    else:
        setattr(session.expectations, which.value, clean)
    return clean


def year_measure_count(session: Session) -> int:
    """How many action items are marked as the year's measures."""
    return sum(1 for a in session.actions if a.year_measure)
