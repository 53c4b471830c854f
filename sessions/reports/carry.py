"""Starting this year's session from last year's, and reading last year's notes.

The guide's worth is in the follow-up ("Blir tiltak og beslutninger satt ut i livet?",
4.6): measures still open are carried into the new session under the same ids so the
meeting reviews each one, and last year's note under a question id sits beside this
year's, since ids never change between years.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from politirad.models.actions import ActionItem
from politirad.models.session import Answer, Session
from politirad.sessions.errors import SessionError
from politirad.sessions.reports.years import previous_session


class CarryDateError(SessionError):
    """The new session would not come after the one it is started from."""


def carry_forward(previous: Session, date: dt.date, council: str = "") -> Session:
    """A new session on `date` that continues `previous`.

    Kept: council, language, facilitator, participants (for review at the table),
    own main and sub-questions, and every measure still open, marked with the date it
    was carried from. Notes, ratings and conclusions start empty: they are this
    year's to write.
    """
    if date <= previous.date:
        raise CarryDateError(
            "error.carry_date", date=date.isoformat(), previous=previous.date.isoformat()
        )
    council_data = previous.council.model_copy(deep=True)
    if council:
        council_data.name = council
    return Session(
        date=date,
        language=previous.language,
        council=council_data,
        facilitator=previous.facilitator,
        participants=[p.model_copy(deep=True) for p in previous.participants],
        time_budget_minutes=previous.time_budget_minutes,
        own_main_questions=[q.model_copy(deep=True) for q in previous.own_main_questions],
        own_questions=[q.model_copy(deep=True) for q in previous.own_questions],
        actions=[_carried(a, previous.date) for a in previous.actions if a.status.is_open],
    )


def _carried(item: ActionItem, previous_date: dt.date) -> ActionItem:
    """Same id and content; the review note is this meeting's to write, and the ★ is
    dropped: last year's five measures are not this year's (issue 14)."""
    return item.model_copy(
        update={"carried_from": previous_date, "review_note": "", "year_measure": False}, deep=True
    )


@dataclass(frozen=True, slots=True)
class LastYear:
    """Last year's answers, looked up by the question ids that line the years up."""

    date: dt.date
    path: Path | None
    answers: dict[str, Answer] = field(default_factory=dict)

    def note(self, question_id: str) -> str:
        """Last year's note under that id, or '' when nothing was written."""
        answer = self.answers.get(question_id)
        return answer.note if answer else ""

    def answer(self, question_id: str) -> Answer | None:
        """The whole answer, so a view can respect its confidential flag."""
        return self.answers.get(question_id)


def last_year_of(previous: Session, path: Path | None = None) -> LastYear:
    """Last year's answers from a session already in hand."""
    answers = {
        qid: answer.model_copy() for qid, answer in previous.answers.items() if answer.note.strip()
    }
    return LastYear(previous.date, path, answers)


def find_last_year(folder: Path, session: Session, path: Path | None = None) -> LastYear | None:
    """The same council's latest earlier session in `folder`, as a note lookup."""
    found = previous_session(folder, session, exclude=path)
    if found is None:
        return None
    return last_year_of(found.session, found.path)
