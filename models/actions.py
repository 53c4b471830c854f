"""Action items (tiltak): what the council agrees to do, who does it and by when."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class Status(StrEnum):
    """An action item's state; the file stores the Norwegian words users read."""

    IKKE_STARTET = "ikke startet"
    PAGAR = "pågår"
    FULLFORT = "fullført"
    AVBRUTT = "avbrutt"

    @property
    def is_open(self) -> bool:
        """Open items are the ones carried into next year's session for review."""
        return self in (Status.IKKE_STARTET, Status.PAGAR)

    def next(self) -> Status:
        """The status one key press moves to, in the order a measure usually lives."""
        order = list(Status)
        return order[(order.index(self) + 1) % len(order)]


class ResponsibleSide(StrEnum):
    """Which party owns a measure; 'felles' when both do."""

    POLITI = "politi"
    KOMMUNE = "kommune"
    FELLES = "felles"
    ANNEN = "annen"


class ActionItem(BaseModel):
    """One measure with its owner, deadline and status.

    Strict like every session model (a TOML date, integer or boolean must be one, not
    text), except the two word lists, which TOML can only write as text.
    """

    model_config = ConfigDict(extra="forbid", strict=True)

    id: str = Field(min_length=1, description="Stable id such as 'T3', kept across years.")
    title: str = Field(min_length=1)
    details: str = ""
    responsible_side: ResponsibleSide = Field(default=ResponsibleSide.FELLES, strict=False)
    responsible: str = Field(default="", description="Person or role that owns it.")
    deadline: dt.date | None = None
    status: Status = Field(default=Status.IKKE_STARTET, strict=False)
    question_id: str | None = Field(
        default=None, description="The sub-question the measure came from, e.g. '2.6'."
    )
    year_measure: bool = Field(
        default=False,
        description="One of the (up to) five measures for the coming year (guide 6.1).",
    )
    carried_from: dt.date | None = Field(
        default=None,
        description="Date of the earlier session this open item was carried over from.",
    )
    review_note: str = Field(
        default="", description="What the meeting said when reviewing a carried item."
    )


def next_action_id(existing: list[ActionItem]) -> str:
    """The next free 'T<n>' id; ids are never reused so years stay comparable."""
    numbers = [int(a.id[1:]) for a in existing if a.id[:1] == "T" and a.id[1:].isdigit()]
    return f"T{max(numbers, default=0) + 1}"
