"""Keeping a live session on disk: autosave, retries with back-off, the crash journal.

Split from the change API (`session.py`), which calls `changed` after every change and
reads the state kept here. Timers run on the event loop; the bytes are formatted there
too, with the journal's cache (about 2 ms at 2,000 notes when one note changed, where
`store.dumps` takes about 115 ms), and put on disk by the `DiskWriter`'s thread, so an
fsync on a slow disk never stalls the keys of the facilitator or of any SSH viewer.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from politirad.models.session import Session
from politirad.sessions.live import journal
from politirad.sessions.live.disk_writer import DiskWriter, SaveResult

AUTOSAVE_DELAY = 2.0
"""Seconds after the last change before autosave; the journal covers the time between."""

RETRY_FIRST = 2.0
"""Seconds before the first retry of a failed save; doubles up to RETRY_MAX."""

RETRY_MAX = 30.0

Saved = Callable[[SaveResult, object | None], None]
"""Told when a save is done: its result and who asked for it."""


class Autosave:
    """When to save and journal one live session, and how the last save went."""

    def __init__(
        self,
        path: Path | None,
        session: Callable[[], Session],
        saved: Saved,
        *,
        autosave_delay: float = AUTOSAVE_DELAY,
        journal_delay: float | None = journal.JOURNAL_DELAY,
        writer: DiskWriter | None = None,
    ) -> None:
        self.path = path
        self._session = session
        """The live session's current data (it is replaced whole on recovery)."""
        self._saved = saved
        self.autosave_delay = autosave_delay
        self.journal_delay = journal_delay
        """None turns the crash journal off (tests of autosave alone)."""
        self.dirty = False
        self.revision = 0
        """Counts changes, so a save that ends knows whether it holds the latest one."""
        self.last_saved: dt.datetime | None = None
        self.last_error: str | None = None
        self.failed_saves = 0
        """Consecutive failed saves; sets the retry back-off, 0 after a save works."""
        self.closed = False
        self._in_flight: int | None = None
        """The revision of the save queued on the writer and not yet reported back."""
        self._cache = journal.JournalCache()
        self._writer = writer or (DiskWriter(path) if path is not None else None)
        self._timers: dict[str, asyncio.TimerHandle] = {}

    # -- what the change API calls ----------------------------------------------------

    def changed(self, answer: str | None, *, actions: bool = False) -> None:
        """A change to one answer (`answer` is its id), to action items only
        (`actions`), or to anything else."""
        self.dirty = True
        self.revision += 1
        if answer is not None:
            self._cache.answer_changed(answer)
        elif actions:
            self._cache.actions_changed()
        else:
            self._cache.everything_changed()
        self._later("autosave", self.autosave_delay, self.save_soon, restart=True)
        if self.journal_delay is not None:
            self._later("journal", self.journal_delay, self._journal_soon, restart=False)

    def replaced(self) -> None:
        """The whole session object was replaced (a recovery): nothing cached holds."""
        self._cache = journal.JournalCache()

    # -- saving -----------------------------------------------------------------------

    def save_soon(self, origin: object | None = None) -> bool:
        """Queue a save on the writer's thread; the result comes back to the loop.

        Outside a running loop (the command line) it saves at once. False when there is
        nowhere to save to.
        """
        if self._writer is None or self.closed:
            return False
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return self.save_now(origin)
        self._cancel("autosave", "retry")
        data, revision = self._format(), self.revision
        self._in_flight = revision

        def done(result: SaveResult) -> None:  # on the writer's thread
            if not loop.is_closed():
                loop.call_soon_threadsafe(self._done, result, revision, origin)

        self._writer.save_soon(data, done)
        return True

    def save_now(self, origin: object | None = None) -> bool:
        """Save on this thread after whatever is queued (quit, recovery); True if saved."""
        if self._writer is None:
            return False
        self._cancel("autosave", "retry")
        revision = self.revision
        result = self._writer.save_now(self._format())
        self._done(result, revision, origin)
        return result.error is None

    def prime(self) -> None:
        """Fill the formatting cache, so the first save and journal of the meeting cost
        what later ones do: a cold cache formats every note and measure, 107 ms on the
        loop at 2,000 notes and 500 measures, a hitch one second into the first note
        typed (issue 16). The app calls this after its first frame, before any key."""
        if self._writer is not None and not self.closed:
            self._format()

    def _format(self) -> bytes:
        return journal.journal_bytes(self._session(), self._cache)

    def _done(self, result: SaveResult, revision: int, origin: object | None) -> None:
        if self._in_flight == revision:
            self._in_flight = None
        if result.error is not None:
            self.failed_saves += 1
            self.last_error = result.error
            self._saved(result, origin)
            if not self.closed:
                self._journal_soon()  # the journal it stood in for: the work is on disk somewhere
                delay = min(RETRY_MAX, RETRY_FIRST * 2 ** (self.failed_saves - 1))
                self._later("retry", delay, self.save_soon, restart=True)
            return
        self.failed_saves = 0
        self.last_error = None
        self.last_saved = dt.datetime.now()
        if revision == self.revision:  # nothing changed while it was written
            self.dirty = False
            self._cancel("journal")
        self._saved(result, origin)

    # -- crash journal ----------------------------------------------------------------

    def _journal_data(self) -> bytes | None:
        """The journal to write now, or None when nothing unsaved needs one."""
        if not self.dirty or self.journal_delay is None or self._in_flight == self.revision:
            return None  # clean, journal off, or a save of exactly this state is on its way
        return self._format()

    def _journal_soon(self) -> None:
        data = self._journal_data()
        if data is not None and self._writer is not None:
            self._writer.write_soon(data)

    def flush_journal(self) -> bool:
        """Write unsaved changes to the journal now, on this thread (hang-up, failed quit)."""
        self._cancel("journal")
        data = self._journal_data()
        if data is None or self._writer is None:
            return True
        return self._writer.write_now(data)

    @property
    def journal_error(self) -> str | None:
        """Why the last journal write failed; failing saves tell the person about the disk."""
        return None if self._writer is None else self._writer.error

    def wait(self) -> None:
        """Until every queued write is on disk (quit, tests reading the files)."""
        if self._writer is not None:
            self._writer.wait()

    def close(self) -> None:
        """No more timers or writes; what is queued still lands."""
        self.closed = True
        self._cancel(*list(self._timers))
        if self._writer is not None:
            self._writer.close()

    # -- timers -----------------------------------------------------------------------

    def _later(self, name: str, delay: float, callback: Callable[[], object], *, restart: bool) -> None:
        if self.path is None or self.closed or (name in self._timers and not restart):
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        self._cancel(name)

        def fire() -> None:
            self._timers.pop(name, None)
            callback()

        self._timers[name] = loop.call_later(delay, fire)

    def _cancel(self, *names: str) -> None:
        for name in names:
            handle = self._timers.pop(name, None)
            if handle is not None:
                handle.cancel()
