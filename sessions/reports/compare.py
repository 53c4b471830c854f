"""Comparing two years of the same council, question id by question id.

Plain data so the CLI's text and the app's screen show the same comparison; the text
rendering lives in sessions/documents/compare.py.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from politirad.models.actions import ActionItem, Status
from politirad.models.criteria import SUCCESS_CRITERIA
from politirad.models.session import Session
from politirad.models.tree import question_tree


class NoteChange(StrEnum):
    """How a sub-question's note moved between the years."""

    ADDED = "added"
    """Nothing written then, a note now."""
    REMOVED = "removed"
    """A note then, nothing now."""
    CHANGED = "changed"
    SAME = "same"


@dataclass(frozen=True, slots=True)
class QuestionDiff:
    """One sub-question in both years; unanswered in both years is left out."""

    id: str
    text: str
    change: NoteChange
    old_note: str
    new_note: str
    confidential: bool = False
    """Marked confidential in either year; documents say so beside the notes."""


@dataclass(frozen=True, slots=True)
class MeasureDiff:
    """A measure present in either year, with its status then and now."""

    id: str
    title: str
    old_status: Status | None
    new_status: Status | None

    @property
    def opened(self) -> bool:
        """New this year: no measure with this id last time."""
        return self.old_status is None and self.new_status is not None

    @property
    def closed(self) -> bool:
        """Open last time, done or stopped now."""
        return (
            self.old_status is not None
            and self.old_status.is_open
            and self.new_status is not None
            and not self.new_status.is_open
        )

    @property
    def still_open(self) -> bool:
        """Open in both years: the follow-up the guide asks about (4.6)."""
        return bool(
            self.old_status and self.old_status.is_open and self.new_status and self.new_status.is_open
        )

    @property
    def dropped(self) -> bool:
        """Open last time and not in this year's session at all."""
        return self.old_status is not None and self.old_status.is_open and self.new_status is None


@dataclass(frozen=True, slots=True)
class CriterionDiff:
    """A success criterion's score then and now (None = not rated)."""

    id: str
    title: str
    old_score: int | None
    new_score: int | None


@dataclass(frozen=True, slots=True)
class Comparison:
    """Everything `politirad compare` reports about two sessions."""

    old_date: dt.date
    new_date: dt.date
    council: str
    language: str
    questions: tuple[QuestionDiff, ...]
    measures: tuple[MeasureDiff, ...]
    old_learning: tuple[str, ...]
    new_learning: tuple[str, ...]
    criteria: tuple[CriterionDiff, ...]

    def changed_questions(self) -> tuple[QuestionDiff, ...]:
        """The sub-questions whose note differs between the years."""
        return tuple(q for q in self.questions if q.change is not NoteChange.SAME)


def compare_sessions(old: Session, new: Session) -> Comparison:
    """Line the two sessions up by question, measure and criterion id."""
    language = new.language
    return Comparison(
        old_date=old.date,
        new_date=new.date,
        council=new.council.name or old.council.name,
        language=language,
        questions=_question_diffs(old, new),
        measures=_measure_diffs(old.actions, new.actions),
        old_learning=tuple(old.learning_points),
        new_learning=tuple(new.learning_points),
        criteria=_criterion_diffs(old, new),
    )


def _question_diffs(old: Session, new: Session) -> tuple[QuestionDiff, ...]:
    texts: dict[str, str] = {}
    for session in (new, old):
        for main in question_tree(session, new.language):
            for sub in main.subs:
                texts.setdefault(sub.id, sub.text)
    diffs: list[QuestionDiff] = []
    for qid, text in texts.items():
        before = old.answer(qid).note.strip()
        after = new.answer(qid).note.strip()
        if not before and not after:
            continue
        secret = old.answer(qid).confidential or new.answer(qid).confidential
        diffs.append(
            QuestionDiff(qid, text, _note_change(before, after), before, after, secret)
        )
    return tuple(diffs)


def _note_change(before: str, after: str) -> NoteChange:
    if not before:
        return NoteChange.ADDED
    if not after:
        return NoteChange.REMOVED
    if " ".join(before.split()) == " ".join(after.split()):
        return NoteChange.SAME
    return NoteChange.CHANGED


def _measure_diffs(old: list[ActionItem], new: list[ActionItem]) -> tuple[MeasureDiff, ...]:
    old_by_id = {a.id: a for a in old}
    new_by_id = {a.id: a for a in new}
    ids = list(old_by_id) + [i for i in new_by_id if i not in old_by_id]
    return tuple(
        MeasureDiff(
            i,
            (new_by_id.get(i) or old_by_id[i]).title,
            old_by_id[i].status if i in old_by_id else None,
            new_by_id[i].status if i in new_by_id else None,
        )
        for i in ids
    )


def _criterion_diffs(old: Session, new: Session) -> tuple[CriterionDiff, ...]:
    diffs: list[CriterionDiff] = []
    for item in SUCCESS_CRITERIA:
        before = old.criteria.get(item.id)
        after = new.criteria.get(item.id)
        if before is None and after is None:
            continue
        diffs.append(
            CriterionDiff(
                item.id,
                item.text_en if new.language == "en" else item.text,
                before.score if before else None,
                after.score if after else None,
            )
        )
    return tuple(diffs)
