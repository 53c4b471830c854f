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
from typing import TYPE_CHECKING, Any

from politirad.models.actions import ActionItem, next_action_id
from politirad.models import choice
from politirad.models.conclusion_lists import ConclusionList, set_list
from politirad.models.session import Answer, OwnMainQuestion, OwnQuestion, Session
from politirad.models.tree import question_tree
from politirad.sessions.live import journal
from politirad.sessions.storage import store
from politirad.sessions.live.listeners import Listeners

if TYPE_CHECKING:
    from politirad.sessions.reports.carry import LastYear
from politirad.sessions.errors import SessionError, SessionWriteError
from politirad.sessions.live.journal import JOURNAL_DELAY, Recovery
from politirad.sessions.live.journal_writer import JournalWriter
from politirad.sessions.storage.lock import SessionLock
from politirad.sessions.live.timebox import Timebox

AUTOSAVE_DELAY = 2.0
"""Seconds after the last change before autosave; the journal covers the time between."""

RETRY_FIRST = 2.0
RETRY_MAX = 30.0
"""A failed save is retried after 2, 4, 8 ... seconds, then every 30 s, until it works."""

RECREATED = "recreated"
"""`Change(SAVED, key=RECREATED)`: the file had vanished (deleted, moved) and was rewritten."""

RECOVERED = "recovered"
"""`Change(SETUP, key=RECOVERED)`: the whole session was replaced by a journal's content."""


class ChangeKind(StrEnum):
    """What changed; views redraw only the parts that depend on it."""

    NOTE = "note"
    ANSWER = "answer"
    ACTIONS = "actions"
    SETUP = "setup"
    QUESTIONS = "questions"
    CONCLUSIONS = "conclusions"
    TIME = "time"
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

_ANSWERS_ONLY = frozenset({ChangeKind.NOTE, ChangeKind.ANSWER})
"""Changes that touch nothing but `Session.answers` (the journal reuses the rest)."""


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
        journal_delay: float | None = JOURNAL_DELAY,
        lock: SessionLock | None = None,
    ) -> None:
        self.session = session
        self.path = path
        self.read_only = read_only
        self.autosave_delay = autosave_delay
        self.journal_delay = journal_delay
        """None turns the crash journal off (tests of autosave alone)."""
        self.lock = lock
        """The session file's lock, released by `close` (None when not locked)."""
        self.dirty = False
        self.last_saved: dt.datetime | None = None
        self.last_error: str | None = None
        self._last_year: tuple[LastYear | None] | None = None
        """The council's previous session, once looked up (see `last_year`)."""
        self.selected: str | None = None
        """The facilitator's selected sub-question; viewers may follow it."""
        self.timebox = Timebox()
        """The meeting clock's state (not saved): shared, so every view shows it running."""
        self._subscribers: Listeners[Change] = Listeners()
        self._autosave: asyncio.TimerHandle | None = None
        self._journal_timer: asyncio.TimerHandle | None = None
        self._retry: asyncio.TimerHandle | None = None
        self.failed_saves = 0
        """Consecutive failed saves; sets the retry back-off, 0 after a save works."""
        self._file_seen = path is not None and path.exists()
        self._journal_cache = journal.JournalCache()
        """What the last journal formatted; see `_changed` for when it is told to look again."""
        self._journal_writer = JournalWriter(path) if path is not None else None
        """Puts the journal on disk off the event loop (fsync can be slow; see its module)."""

    # -- subscription ---------------------------------------------------------------

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Register a view; returns the function that unregisters it."""
        return self._subscribers.subscribe(callback)

    def _notify(self, change: Change) -> None:
        self._subscribers.notify(change)

    def _changed(self, kind: ChangeKind, key: str | None, origin: object | None) -> None:
        self.dirty = True
        if kind in _ANSWERS_ONLY and key is not None:
            self._journal_cache.answer_changed(key)
        else:
            self._journal_cache.everything_changed()
        self._notify(Change(kind, key, origin))
        self._schedule_autosave()
        self._schedule_journal()

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

    # -- timebox --------------------------------------------------------------------

    def add_time_spent(self, main_id: str, seconds: int, origin: object | None = None) -> None:
        """Add meeting time to a main question; the clock calls this every ~10 s, not per tick."""
        self._check_writable()
        if seconds <= 0:
            return
        if main_id not in {m.id for m in question_tree(self.session)}:
            raise KeyError(f"no main question {main_id!r}")
        self.session.time_spent[main_id] = self.session.time_spent.get(main_id, 0) + seconds
        self._changed(ChangeKind.TIME, main_id, origin)

    # -- choice of questions --------------------------------------------------------

    def add_own_question(self, main_id: str, text: str, origin: object | None = None) -> OwnQuestion:
        """Add the council's own sub-question under a main question."""
        self._check_writable()
        question = choice.add_own_question(self.session, main_id, text)
        self._changed(ChangeKind.QUESTIONS, question.id, origin)
        return question

    def add_own_main(self, title: str, origin: object | None = None) -> OwnMainQuestion:
        """Add the council's own main question after the guide's."""
        self._check_writable()
        main = choice.add_own_main(self.session, title)
        self._changed(ChangeKind.QUESTIONS, main.id, origin)
        return main

    def rename_own(self, question_id: str, text: str, origin: object | None = None) -> None:
        """Reword an own sub-question or retitle an own main question."""
        self._check_writable()
        choice.rename_own(self.session, question_id, text)
        self._changed(ChangeKind.QUESTIONS, question_id, origin)

    def remove_own(self, question_id: str, origin: object | None = None) -> None:
        """Delete an own question; refused (ValueError) while a note or measure needs it."""
        self._check_writable()
        choice.remove_own(self.session, question_id)
        self._changed(ChangeKind.QUESTIONS, question_id, origin)

    def move_own(self, question_id: str, delta: int, origin: object | None = None) -> bool:
        """Move an own question up or down among its own siblings; False at an end."""
        self._check_writable()
        moved = choice.move_own(self.session, question_id, delta)
        if moved:
            self._changed(ChangeKind.QUESTIONS, question_id, origin)
        return moved

    def set_main_included(self, main_id: str, included: bool, origin: object | None = None) -> None:
        """Include or leave out all sub-questions of a main question at once."""
        self._check_writable()
        if choice.set_main_included(self.session, main_id, included):
            self._changed(ChangeKind.QUESTIONS, main_id, origin)

    # -- conclusions ----------------------------------------------------------------

    def set_conclusion_list(
        self, which: ConclusionList, items: list[str], origin: object | None = None
    ) -> list[str]:
        """Replace learning points or one direction of expectations (ordered texts)."""
        self._check_writable()
        clean = set_list(self.session, which, items)
        self._changed(ChangeKind.CONCLUSIONS, which.value, origin)
        return clean

    def toggle_year_measure(self, action_id: str, origin: object | None = None) -> ActionItem:
        """Mark or unmark an action item as one of the year's five measures."""
        current = self.session.actions[self._action_index(action_id)]
        return self.update_action(action_id, origin, year_measure=not current.year_measure)

    # -- selection (not saved) ------------------------------------------------------

    def last_year(self) -> LastYear | None:
        """The same council's previous session in the folder, looked up once.

        Every view shows last year's notes, and an SSH meeting has many views: reading
        the whole folder once per view would stall them all on a large archive.
        """
        if self._last_year is None:
            from politirad.sessions.reports.carry import find_last_year  # loads the folder: only when asked

            found = None if self.path is None else find_last_year(self.path.parent, self.session, self.path)
            self._last_year = (found,)
        return self._last_year[0]

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
        """Write the file now; on failure keep the session in memory, tell views, retry.

        A file deleted or moved away while open is written again at its path, and
        views get `Change(SAVED, RECREATED)` so the person knows.
        """
        if self.path is None or self.read_only:
            return False
        self._cancel_timers(journal_too=False)
        vanished = self._file_seen and not self.path.exists()
        try:
            store.save(self.session, self.path)
        except SessionWriteError as exc:
            self.failed_saves += 1
            self.last_error = exc.message
            self._notify(Change(ChangeKind.SAVE_FAILED, exc.message))
            self._schedule_retry()
            return False
        self._file_seen = True
        self.failed_saves = 0
        self.dirty = False
        self.last_error = None
        self.last_saved = dt.datetime.now()
        self._cancel_timers(journal_too=True)
        self._drop_journal()
        self._notify(Change(ChangeKind.SAVED, RECREATED if vanished else None))
        return True

    def _cancel_timers(self, *, journal_too: bool) -> None:
        timers = ["_autosave", "_retry"] + (["_journal_timer"] if journal_too else [])
        for name in timers:
            handle: asyncio.TimerHandle | None = getattr(self, name)
            if handle is not None:
                handle.cancel()
                setattr(self, name, None)

    def _schedule_retry(self) -> None:
        """Try the save again later with back-off; every change also schedules a save."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        delay = min(RETRY_MAX, RETRY_FIRST * 2 ** (self.failed_saves - 1))
        self._retry = loop.call_later(delay, self._autosave_now)

    # -- crash journal --------------------------------------------------------------

    def _schedule_journal(self) -> None:
        """Journal within `journal_delay` of a change; typing on does not postpone it."""
        if self.journal_delay is None or self.path is None or self.read_only:
            return
        if self._journal_timer is not None:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        self._journal_timer = loop.call_later(self.journal_delay, self._journal_soon)

    def _journal_data(self) -> bytes | None:
        """The journal to write now, or None when there is nothing unsaved to journal."""
        if not self.dirty or self.path is None or self.read_only or self.journal_delay is None:
            return None
        return journal.journal_bytes(self.session, self._journal_cache)

    def _journal_soon(self) -> None:
        """The timer's write: formatted here, written by the writer's thread."""
        self._journal_timer = None
        data = self._journal_data()
        if data is not None and self._journal_writer is not None:
            self._journal_writer.write_soon(data)

    def flush_journal(self) -> bool:
        """Write unsaved changes to the journal now, on this thread (quit, hang-up);
        False if it failed."""
        self._journal_timer = None
        data = self._journal_data()
        if data is None or self._journal_writer is None:
            return True
        return self._journal_writer.write_now(data)

    @property
    def journal_error(self) -> str | None:
        """Why the last journal write failed; failing saves tell the person about the disk."""
        return None if self._journal_writer is None else self._journal_writer.error

    def wait_for_journal(self) -> None:
        """Until the journal queued last is on disk (tests read it right after)."""
        if self._journal_writer is not None:
            self._journal_writer.wait()

    def _drop_journal(self) -> None:
        if self._journal_writer is not None:
            self._journal_writer.drop()

    def recover(self, recovery: Recovery, origin: object | None = None) -> bool:
        """Take the journal's unsaved work as the session and save it; False if not saved."""
        self._check_writable()
        self.session = recovery.recovered
        self._changed(ChangeKind.SETUP, RECOVERED, origin)
        return self.save()

    def close(self, *, force: bool = False) -> bool:
        """Save pending changes and release the lock; called on quit.

        Returns False if the changes could not be saved; then the lock and the journal
        stay (the person may retry), unless `force` (quitting anyway) releases the lock.
        The journal always stays when unsaved, so the next open offers to recover.
        """
        saved = self.save() if self.dirty else True
        if not saved:
            self.flush_journal()
        if saved or force:
            self._cancel_timers(journal_too=True)
            if self._journal_writer is not None:
                self._journal_writer.close()
            if self.lock is not None:
                self.lock.release()
        return saved
