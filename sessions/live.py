"""The one in-memory session that every view shares, the local TUI and SSH viewers alike.

Every change goes through a method here, so all views are notified the same way and
the file is autosaved shortly after the last change. No view writes the file itself.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from models.actions import ActionItem, next_action_id
from models.session import Answer, Session
from sessions import store
from sessions.errors import SessionError, SessionWriteError

AUTOSAVE_DELAY = 2.0
"""Seconds after the last change before autosave: a crash loses at most this much."""


class ChangeKind(StrEnum):
    """What changed; views redraw only the parts that depend on it."""

    NOTE = "note"
    ANSWER = "answer"
    ACTIONS = "actions"
    SETUP = "setup"
    QUESTIONS = "questions"
    CONCLUSIONS = "conclusions"
    SELECTION = "selection"
    SAVED = "saved"
    SAVE_FAILED = "save_failed"


@dataclass(frozen=True, slots=True)
class Change:
    """A notification to subscribers; `origin` lets a view skip its own echo."""

    kind: ChangeKind
    key: str | None = None
    origin: object | None = None


Subscriber = Callable[[Change], None]


class ReadOnlyError(SessionError):
    """A change was attempted on a session opened read-only."""


class LiveSession:
    """Holds the session, applies changes, notifies subscribers and autosaves."""

    def __init__(
        self,
        session: Session,
        path: Path | None,
        *,
        read_only: bool = False,
        autosave_delay: float = AUTOSAVE_DELAY,
    ) -> None:
        self.session = session
        self.path = path
        self.read_only = read_only
        self.autosave_delay = autosave_delay
        self.dirty = False
        self.last_saved: dt.datetime | None = None
        self.last_error: str | None = None
        self.selected: str | None = None
        """The facilitator's selected sub-question; viewers may follow it."""
        self._subscribers: list[Subscriber] = []
        self._autosave: asyncio.TimerHandle | None = None

    # -- subscription ---------------------------------------------------------------

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Register a view; returns the function that unregisters it."""
        self._subscribers.append(callback)

        def unsubscribe() -> None:
            if callback in self._subscribers:
                self._subscribers.remove(callback)

        return unsubscribe

    def _notify(self, change: Change) -> None:
        for callback in list(self._subscribers):
            try:
                callback(change)
            except Exception:  # noqa: BLE001 - one broken view must not stop the others
                self._subscribers.remove(callback)

    def _changed(self, kind: ChangeKind, key: str | None, origin: object | None) -> None:
        self.dirty = True
        self._notify(Change(kind, key, origin))
        self._schedule_autosave()

    def _check_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyError("the session is open read-only")

    # -- answers --------------------------------------------------------------------

    def _update_answer(self, question_id: str, **fields: Any) -> Answer:
        self._check_writable()
        answer = self.session.answer(question_id).model_copy(update=fields)
        if answer.is_default():
            self.session.answers.pop(question_id, None)
        else:
            self.session.answers[question_id] = answer
        return answer

    def set_note(self, question_id: str, text: str, origin: object | None = None) -> None:
        """Replace the note under a sub-question (called on every edit of the note)."""
        if self.session.answer(question_id).note == text:
            return
        self._update_answer(question_id, note=text)
        self._changed(ChangeKind.NOTE, question_id, origin)

    def set_included(self, question_id: str, included: bool, origin: object | None = None) -> None:
        """Include or leave out a sub-question; left-out answers stay in the file."""
        self._update_answer(question_id, included=included)
        self._changed(ChangeKind.ANSWER, question_id, origin)

    def toggle_confidential(self, question_id: str, origin: object | None = None) -> bool:
        """Flip the confidential mark of a note; returns the new state."""
        answer = self._update_answer(
            question_id, confidential=not self.session.answer(question_id).confidential
        )
        self._changed(ChangeKind.ANSWER, question_id, origin)
        return answer.confidential

    # -- action items ---------------------------------------------------------------

    def add_action(self, origin: object | None = None, **fields: Any) -> ActionItem:
        """Validate and append a new action item with the next free id."""
        self._check_writable()
        fields.setdefault("id", next_action_id(self.session.actions))
        item = ActionItem.model_validate(fields)
        if self.session.action(item.id) is not None:
            raise ValueError(f"an action item with id {item.id!r} exists already")
        self.session.actions.append(item)
        self._changed(ChangeKind.ACTIONS, item.id, origin)
        return item

    def update_action(self, action_id: str, origin: object | None = None, **fields: Any) -> ActionItem:
        """Validate the changed fields and replace the item in place."""
        self._check_writable()
        index = self._action_index(action_id)
        current = self.session.actions[index]
        item = ActionItem.model_validate({**current.model_dump(), **fields, "id": current.id})
        self.session.actions[index] = item
        self._changed(ChangeKind.ACTIONS, item.id, origin)
        return item

    def cycle_status(self, action_id: str, origin: object | None = None) -> ActionItem:
        """Move an item's status on by one (the tracker's single status key)."""
        current = self.session.actions[self._action_index(action_id)]
        return self.update_action(action_id, origin, status=current.status.next())

    def remove_action(self, action_id: str, origin: object | None = None) -> None:
        """Delete an action item."""
        self._check_writable()
        del self.session.actions[self._action_index(action_id)]
        self._changed(ChangeKind.ACTIONS, action_id, origin)

    def _action_index(self, action_id: str) -> int:
        for index, item in enumerate(self.session.actions):
            if item.id == action_id:
                return index
        raise KeyError(f"no action item {action_id!r}")

    # -- setup ----------------------------------------------------------------------

    def update_setup(self, origin: object | None = None, **fields: Any) -> None:
        """Change session-level fields (council, participants, budget ...) validated."""
        self._check_writable()
        data = self.session.model_dump()
        data.update(fields)
        self.session = Session.model_validate(data)
        self._changed(ChangeKind.SETUP, None, origin)

    # -- selection (not saved) ------------------------------------------------------

    def select(self, question_id: str | None, origin: object | None = None) -> None:
        """Record the facilitator's current sub-question so viewers can follow."""
        if question_id == self.selected:
            return
        self.selected = question_id
        self._notify(Change(ChangeKind.SELECTION, question_id, origin))

    # -- saving ---------------------------------------------------------------------

    def _schedule_autosave(self) -> None:
        if self.path is None or self.read_only:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        if self._autosave is not None:
            self._autosave.cancel()
        self._autosave = loop.call_later(self.autosave_delay, self._autosave_now)

    def _autosave_now(self) -> None:
        self._autosave = None
        if self.dirty:
            self.save()

    def save(self) -> bool:
        """Write the file now; on failure keep the session in memory and tell views."""
        if self.path is None or self.read_only:
            return False
        if self._autosave is not None:
            self._autosave.cancel()
            self._autosave = None
        try:
            store.save(self.session, self.path)
        except SessionWriteError as exc:
            self.last_error = exc.message
            self._notify(Change(ChangeKind.SAVE_FAILED, exc.message))
            return False
        self.dirty = False
        self.last_error = None
        self.last_saved = dt.datetime.now()
        self._notify(Change(ChangeKind.SAVED))
        return True

    def close(self) -> bool:
        """Save pending changes; called on quit. Returns False if they could not be saved."""
        if self.dirty:
            return self.save()
        return True
