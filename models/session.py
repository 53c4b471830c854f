"""The session: one council's self-evaluation in one year, as stored in one TOML file.

Pure data with validation. The store (sessions/store.py) turns it into TOML and back;
nothing here reads files or knows about terminals.
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from politirad.models.actions import ActionItem
from politirad.models.catalogue import Language  # nb, nn or en: the documents follow it
from politirad.models.criteria import CRITERION_BY_ID, PITFALL_BY_ID
from politirad.models.guide import MAIN_BY_ID, SUB_QUESTIONS
from politirad.models.people import Council, Participant

SCHEMA_VERSION = 1
"""Bump when the file layout changes; sessions/ migrates older files forward."""



class Answer(BaseModel):
    """What the council said under one sub-question."""

    model_config = ConfigDict(extra="forbid", strict=True, defer_build=True)

    note: str = ""
    included: bool = Field(default=True, description="False when the council left it out.")
    confidential: bool = Field(
        default=False, description="Kept out of drafts, minutes and sheets by default."
    )

    def is_default(self) -> bool:
        """Default answers are not written, so files list only what was said."""
        return not self.note and self.included and not self.confidential


class OwnMainQuestion(BaseModel):
    """A main question the council added itself (the guide invites this, 2.2)."""

    model_config = ConfigDict(extra="forbid", strict=True, defer_build=True)

    id: str = Field(description="Numbered after the guide's six: '7', '8', ...")
    title: str = Field(min_length=1)


class OwnQuestion(BaseModel):
    """A sub-question the council added under a guide or own main question."""

    model_config = ConfigDict(extra="forbid", strict=True, defer_build=True)

    id: str = Field(description="'<main>.<n>', numbered after the main's last question.")
    main_id: str
    text: str = Field(min_length=1)


class Expectations(BaseModel):
    """Guide 6.2, 'Avklar forventninger til hverandre', one list per direction."""

    model_config = ConfigDict(extra="forbid", strict=True, defer_build=True)

    police_of_municipality: list[str] = Field(default_factory=list)
    municipality_of_police: list[str] = Field(default_factory=list)


class CriterionRating(BaseModel):
    """A success criterion of guide 3.5 rated 1–5 with a one-line reason."""

    model_config = ConfigDict(extra="forbid", strict=True, defer_build=True)

    score: int = Field(ge=1, le=5)
    reason: str = ""

    @field_validator("reason")
    @classmethod
    def _one_line(cls, value: str) -> str:
        """A reason is one line: line breaks and runs of spaces fold to single spaces,
        so the scorecard's table and chart rows stay one line and TOML round-trips."""
        return " ".join(value.split())


class Session(BaseModel):
    """One self-evaluation: setup, answers, measures and conclusions."""

    model_config = ConfigDict(extra="forbid", strict=True, defer_build=True)

    schema_version: int = SCHEMA_VERSION
    date: dt.date
    language: Language = "nb"
    council: Council = Field(default_factory=Council)
    facilitator: str = ""
    participants: list[Participant] = Field(default_factory=list)
    focus_themes: list[str] = Field(default_factory=list)
    time_budget_minutes: int = Field(default=120, ge=1, le=24 * 60)
    meetings_past_year: int | None = Field(default=None, ge=0, le=365)
    written_agreement: bool | None = None
    meeting_place: str = Field(default="", description="Where the meeting is held (møtested).")
    meeting_time: str = Field(default="", description="Time of day as written, e.g. '09.00–11.00'.")
    referent: str = Field(default="", description="Who writes the minutes.")
    apologies: list[str] = Field(
        default_factory=list, description="Members who sent their apologies (forfall)."
    )
    next_meeting: dt.date | None = Field(default=None, description="The council's next meeting.")
    answers: dict[str, Answer] = Field(default_factory=dict)
    own_main_questions: list[OwnMainQuestion] = Field(default_factory=list)
    own_questions: list[OwnQuestion] = Field(default_factory=list)
    actions: list[ActionItem] = Field(default_factory=list)
    learning_points: list[str] = Field(
        default_factory=list, description="Ordered, most important first (guide 5.6)."
    )
    expectations: Expectations = Field(default_factory=Expectations)
    criteria: dict[str, CriterionRating] = Field(default_factory=dict)
    pitfalls: list[str] = Field(
        default_factory=list, description="Ids of the 3.5 pitfalls the council ticked."
    )
    time_allocation: dict[str, int] = Field(
        default_factory=dict, description="Minutes per main question; empty = even."
    )
    time_spent: dict[str, int] = Field(
        default_factory=dict, description="Seconds spent per main question."
    )

    @field_validator("schema_version")
    @classmethod
    def _known_version(cls, value: int) -> int:
        if value > SCHEMA_VERSION:
            raise ValueError(
                f"schema_version {value} is newer than this politirad understands "
                f"({SCHEMA_VERSION}); upgrade politirad"
            )
        if value < 1:
            raise ValueError(f"schema_version {value} is not a valid version")
        return value

    @model_validator(mode="after")
    def _consistent_ids(self) -> Session:
        own_mains = [m.id for m in self.own_main_questions]
        _unique("own_main_questions", own_mains)
        for main_id in own_mains:
            if main_id in MAIN_BY_ID:
                raise ValueError(f"own_main_questions: id {main_id!r} is a guide question")
        mains = set(MAIN_BY_ID) | set(own_mains)
        own_ids = [q.id for q in self.own_questions]
        _unique("own_questions", own_ids)
        for q in self.own_questions:
            if q.id in SUB_QUESTIONS:
                raise ValueError(f"own_questions: id {q.id!r} is a guide question")
            if q.main_id not in mains:
                raise ValueError(f"own_questions: {q.id!r} has unknown main_id {q.main_id!r}")
        known = set(SUB_QUESTIONS) | set(own_ids)
        for qid in self.answers:
            if qid not in known:
                raise ValueError(f"answers: unknown question id {qid!r}")
        _unique("actions", [a.id for a in self.actions])
        for action in self.actions:
            if action.question_id is not None and action.question_id not in known:
                raise ValueError(
                    f"actions: {action.id!r} refers to unknown question {action.question_id!r}"
                )
        for cid in self.criteria:
            if cid not in CRITERION_BY_ID:
                raise ValueError(f"criteria: unknown success criterion {cid!r}")
        for pid in self.pitfalls:
            if pid not in PITFALL_BY_ID:
                raise ValueError(f"pitfalls: unknown pitfall {pid!r}")
        for key in (*self.time_allocation, *self.time_spent):
            if key not in mains:
                raise ValueError(f"time: unknown main question {key!r}")
        return self

    def answer(self, question_id: str) -> Answer:
        """The stored answer, or a fresh default one (not stored) when none exists."""
        return self.answers.get(question_id) or Answer()

    def action(self, action_id: str) -> ActionItem | None:
        """The action item with that id, if any."""
        return next((a for a in self.actions if a.id == action_id), None)


def _unique(field: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for item in ids:
        if item in seen:
            raise ValueError(f"{field}: duplicate id {item!r}")
        seen.add(item)
