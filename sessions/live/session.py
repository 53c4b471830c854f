"""The one in-memory session that every view shares, the local TUI and SSH viewers alike.

Every change goes through a method here, so all views are notified the same way and
the file is autosaved shortly after the last change. No view writes the file itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from politirad.models import choice
from politirad.models.actions import ActionItem, next_action_id
from politirad.models.conclusion_lists import ConclusionList, set_list
from politirad.models.safe_text import clean_text
from politirad.models.session import Answer, OwnMainQuestion, OwnQuestion, Session
from politirad.models.tree import question_tree
from politirad.sessions.errors import SessionError
from politirad.sessions.live.autosave import AUTOSAVE_DELAY, Autosave
from politirad.sessions.live.disk_writer import SaveResult
from politirad.sessions.live.journal import JOURNAL_DELAY, Recovery
from politirad.sessions.live.listeners import Listeners
from politirad.sessions.live.timebox import Timebox
from politirad.sessions.storage.lock import SessionLock

if TYPE_CHECKING:
    from politirad.sessions.reports.carry import LastYear

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
        self.lock = lock
        """The session file's lock, released by `close` (None when not locked)."""
        self._last_year: tuple[LastYear | None] | None = None
        """The council's previous session, once looked up (see `last_year`)."""
        self.selected: str | None = None
        """The facilitator's selected sub-question; viewers may follow it."""
        self._timebox = Timebox()
        """The meeting clock's state (not saved); changed only by the clock methods."""
        self._subscribers: Listeners[Change] = Listeners()
        self._disk = Autosave(
            None if read_only else path,
            lambda: self.session,
            self._saved,
            autosave_delay=autosave_delay,
            journal_delay=journal_delay,
        )
        """Autosave, retries and the crash journal, written off the event loop."""

    # -- what views read ------------------------------------------------------------

    @property
    def timebox(self) -> Timebox:
        """The shared clock, for reading; views change it through the clock methods."""
        return self._timebox

    @property
    def dirty(self) -> bool:
        """Changes not yet on disk."""
        return self._disk.dirty

    @property
    def last_saved(self) -> dt.datetime | None:
        return self._disk.last_saved

    @property
    def last_error(self) -> str | None:
        """Why the last save failed; None after one worked."""
        return self._disk.last_error

    @property
    def failed_saves(self) -> int:
        return self._disk.failed_saves

    @property
    def journal_error(self) -> str | None:
        """Why the last journal write failed; failing saves tell the person about the disk."""
        return self._disk.journal_error

    # -- subscription ---------------------------------------------------------------

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Register a view; returns the function that unregisters it."""
        return self._subscribers.subscribe(callback)

    def _notify(self, change: Change) -> None:
        self._subscribers.notify(change)

    def _changed(self, kind: ChangeKind, key: str | None, origin: object | None) -> None:
        self._disk.changed(key if kind in _ANSWERS_ONLY else None, actions=kind is ChangeKind.ACTIONS)
        self._notify(Change(kind, key, origin))

    def _check_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyError("error.read_only")

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
        text = clean_text(text)
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
        fields = _cleaned(fields)
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
        fields = _cleaned(fields)
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
        data.update(_cleaned(fields))
        self.session = Session.model_validate(data)
        self._changed(ChangeKind.SETUP, None, origin)

    # -- the meeting clock ----------------------------------------------------------

    def add_time_spent(self, main_id: str, seconds: int, origin: object | None = None) -> None:
        """Add meeting time to a main question (stored in the file)."""
        self._check_writable()
        if seconds <= 0:
            return
        if main_id not in {m.id for m in question_tree(self.session)}:
            raise KeyError(f"no main question {main_id!r}")
        self.session.time_spent[main_id] = self.session.time_spent.get(main_id, 0) + seconds
        self._changed(ChangeKind.TIME, main_id, origin)

    def clock_toggle(self, now: float, origin: object | None = None) -> bool:
        """Start or pause the shared clock; pausing stores the time run. Returns running."""
        self._check_writable()
        if self._timebox.running:
            self._timebox.pause(now)
            self.clock_hand_over(now, origin)
        else:
            self._timebox.start(now)
        self._notify(Change(ChangeKind.TIME, None, origin))
        return self._timebox.running

    def clock_follow(self, main_id: str | None, now: float, origin: object | None = None) -> None:
        """The meeting moved on: time from now runs for `main_id` (None: for no question)."""
        self._check_writable()
        if main_id == self._timebox.current_main:
            return
        self._timebox.set_main(main_id, now)
        self._notify(Change(ChangeKind.TIME, None, origin))

    def clock_hand_over(self, now: float, origin: object | None = None) -> None:
        """Store the whole seconds run so far (every FLUSH_SECONDS of running, and on quit)."""
        self._check_writable()
        for main_id, seconds in self._timebox.take(now).items():
            try:
                self.add_time_spent(main_id, seconds, origin)
            except KeyError:
                continue  # a main question removed meanwhile: its time has nowhere to go

    # -- choice of questions --------------------------------------------------------

    def add_own_question(self, main_id: str, text: str, origin: object | None = None) -> OwnQuestion:
        """Add the council's own sub-question under a main question."""
        self._check_writable()
        question = choice.add_own_question(self.session, main_id, clean_text(text))
        self._changed(ChangeKind.QUESTIONS, question.id, origin)
        return question

    def add_own_main(self, title: str, origin: object | None = None) -> OwnMainQuestion:
        """Add the council's own main question after the guide's."""
        self._check_writable()
        main = choice.add_own_main(self.session, clean_text(title))
        self._changed(ChangeKind.QUESTIONS, main.id, origin)
        return main

    def rename_own(self, question_id: str, text: str, origin: object | None = None) -> None:
        """Reword an own sub-question or retitle an own main question."""
        self._check_writable()
        choice.rename_own(self.session, question_id, clean_text(text))
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
        clean = set_list(self.session, which, [clean_text(item) for item in items])
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

    def save_soon(self, origin: object | None = None) -> bool:
        """Queue a save (Ctrl+S, autosave); views hear `SAVED` or `SAVE_FAILED` when done.

        A failed save keeps the session in memory and is retried with back-off. A file
        deleted or moved away while open is written again at its path, and views get
        `Change(SAVED, RECREATED)` so the person knows. False when read-only or unsaved.
        """
        return not self.read_only and self._disk.save_soon(origin)

    def save(self) -> bool:
        """Write the file now, on this thread, after anything queued; True if saved."""
        return not self.read_only and self._disk.save_now()

    def _saved(self, result: SaveResult, origin: object | None) -> None:
        if result.error is not None:
            self._notify(Change(ChangeKind.SAVE_FAILED, result.error, origin))
        else:
            self._notify(Change(ChangeKind.SAVED, RECREATED if result.vanished else None, origin))

    def flush_journal(self) -> bool:
        """Write unsaved changes to the journal now (quit that could not save, hang-up)."""
        return self._disk.flush_journal()

    def prime_saves(self) -> None:
        """Format the session once now, while nobody types (see `Autosave.prime`)."""
        self._disk.prime()

    def wait_for_disk(self) -> None:
        """Until every queued save and journal is on disk (tests read the files after)."""
        self._disk.wait()


    def recover(self, recovery: Recovery, origin: object | None = None) -> bool:
        """Take the journal's unsaved work as the session and save it; False if not saved."""
        self._check_writable()
        self.session = recovery.recovered
        self._disk.replaced()
        self._changed(ChangeKind.SETUP, RECOVERED, origin)
        return self.save()

    def close(self, *, force: bool = False) -> bool:
        """Save pending changes and release the lock; called on quit.

        Waits for the saves already queued, so a quit never ends before the last one is
        on disk. Returns False if the changes could not be saved; then the lock and the
        journal stay (the person may retry), unless `force` (quitting anyway) releases
        the lock. The journal always stays when unsaved, so the next open offers it back.
        """
        self._disk.wait()
        saved = self.save() if self.dirty and not self.read_only else True
        if not saved:
            self.flush_journal()
        if saved or force:
            self._disk.close()
            if self.lock is not None:
                self.lock.release()
        return saved


def _cleaned(value: Any) -> Any:
    """Every string in a change's fields as `clean_text` makes it (nested lists, dicts,
    models too): text typed or pasted in any form or dialog enters the session here."""
    if type(value) is str:  # not a StrEnum member: its value is ours, not typed
        return clean_text(value)
    if isinstance(value, dict):
        return {key: _cleaned(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(_cleaned(item) for item in value)
    if hasattr(value, "model_dump"):
        return _cleaned(value.model_dump())
    return value
