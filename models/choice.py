"""The council's choice of questions: own questions added, renamed, moved, removed.

Guide 2.2 lets the council leave questions out and add its own. These pure functions
change a `Session` in place and keep its ids consistent; the live session calls them
and tells the views. Ids are stable: moving an own question changes its place in the
list, never its id, so notes, measures and last year's comparisons keep pointing at it.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from politirad.models.guide import MAIN_BY_ID
from politirad.models.session import OwnMainQuestion, OwnQuestion, Session
from politirad.models.tree import next_own_main_id, next_own_sub_id, question_tree

T = TypeVar("T")


class Blocker(StrEnum):
    """Why an own question cannot be deleted (the interface names the reason)."""

    NOTE = "note"
    """It has a note: leaving it out keeps the note, deleting would lose it."""
    ACTIONS = "actions"
    """Action items point at it."""
    SUBS = "subs"
    """An own main question still holds sub-questions."""
    GUIDE = "guide"
    """The guide's own questions are left out, never deleted."""


def is_own(session: Session, question_id: str) -> bool:
    """True for the council's own main or sub-questions."""
    return _own_sub(session, question_id) is not None or _own_main(session, question_id) is not None


def main_ids(session: Session) -> list[str]:
    """The main questions in display order, the guide's first."""
    return [m.id for m in question_tree(session)]


def add_own_question(session: Session, main_id: str, text: str) -> OwnQuestion:
    """Append an own sub-question under a guide or own main question."""
    if main_id not in main_ids(session):
        raise ValueError(f"unknown main question {main_id!r}")
    question = OwnQuestion(id=next_own_sub_id(session, main_id), main_id=main_id, text=text.strip())
    session.own_questions.append(question)
    return question


def add_own_main(session: Session, title: str) -> OwnMainQuestion:
    """Append an own main question after the guide's six and earlier own ones."""
    main = OwnMainQuestion(id=next_own_main_id(session), title=title.strip())
    session.own_main_questions.append(main)
    return main


def rename_own(session: Session, question_id: str, text: str) -> None:
    """Change the wording of an own sub-question or the title of an own main question."""
    text = text.strip()
    if not text:
        raise ValueError("an own question needs a text")
    sub = _own_sub(session, question_id)
    if sub is not None:
        sub.text = text
        return
    main = _own_main(session, question_id)
    if main is None:
        raise KeyError(f"no own question {question_id!r}")
    main.title = text


def removal_blocker(session: Session, question_id: str) -> Blocker | None:
    """What stops deleting this question, or None when it may go.

    Deleting never loses what the council said: a question with a note or with
    measures pointing at it must be emptied first, or simply left out.
    """
    if _own_sub(session, question_id) is not None:
        if session.answer(question_id).note.strip():
            return Blocker.NOTE
        if any(a.question_id == question_id for a in session.actions):
            return Blocker.ACTIONS
        return None
    if _own_main(session, question_id) is not None:
        if any(q.main_id == question_id for q in session.own_questions):
            return Blocker.SUBS
        return None
    if question_id in MAIN_BY_ID or "." in question_id:
        return Blocker.GUIDE
    raise KeyError(f"no own question {question_id!r}")


def remove_own(session: Session, question_id: str) -> None:
    """Delete an own question that nothing depends on (see `removal_blocker`)."""
    blocker = removal_blocker(session, question_id)
    if blocker is not None:
        raise ValueError(f"question {question_id!r} cannot be deleted: {blocker}")
    if _own_sub(session, question_id) is not None:
        session.own_questions = [q for q in session.own_questions if q.id != question_id]
        session.answers.pop(question_id, None)
        return
    session.own_main_questions = [m for m in session.own_main_questions if m.id != question_id]
    session.time_allocation.pop(question_id, None)
    session.time_spent.pop(question_id, None)


def move_own(session: Session, question_id: str, delta: int) -> bool:
    """Move an own question up (-1) or down (+1) among its own siblings; False at an end.

    An own sub-question moves among the own sub-questions of the same main question;
    the guide's questions keep their order and stay ahead of the council's own.
    """
    sub = _own_sub(session, question_id)
    if sub is not None:
        siblings = [i for i, q in enumerate(session.own_questions) if q.main_id == sub.main_id]
        return _swap(session.own_questions, siblings, session.own_questions.index(sub), delta)
    main = _own_main(session, question_id)
    if main is None:
        raise KeyError(f"no own question {question_id!r}")
    everything = list(range(len(session.own_main_questions)))
    return _swap(session.own_main_questions, everything, session.own_main_questions.index(main), delta)


def set_main_included(session: Session, main_id: str, included: bool) -> list[str]:
    """Include or leave out every sub-question of a main question; returns the ids changed."""
    main = next((m for m in question_tree(session) if m.id == main_id), None)
    if main is None:
        raise KeyError(f"no main question {main_id!r}")
    changed = [s.id for s in main.subs if s.included != included]
    for question_id in changed:
        answer = session.answer(question_id).model_copy(update={"included": included})
        if answer.is_default():
            session.answers.pop(question_id, None)
        else:
            session.answers[question_id] = answer
    return changed


def _swap(items: list[T], positions: list[int], index: int, delta: int) -> bool:
    place = positions.index(index)
    target = place + delta
    if not 0 <= target < len(positions):
        return False
    other = positions[target]
    items[index], items[other] = items[other], items[index]
    return True


def _own_sub(session: Session, question_id: str) -> OwnQuestion | None:
    return next((q for q in session.own_questions if q.id == question_id), None)


def _own_main(session: Session, question_id: str) -> OwnMainQuestion | None:
    return next((m for m in session.own_main_questions if m.id == question_id), None)
