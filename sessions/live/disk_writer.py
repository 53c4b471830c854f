"""Puts a live session's saves and crash journals on disk on one worker thread.

Every write ends in fsyncs (the file, then its folder) so it survives a power cut, and
a save also keeps the previous version as `.bak`. On a local disk that is a few
milliseconds; on the network home folders many municipalities use it can be tens or
hundreds, and every SSH viewer of a meeting shares the facilitator's event loop: with
2,000 notes a save on the loop stalled every key for 86–320 ms (issue 12). So the loop
only formats the bytes (cheap with the journal's cache, see `journal.journal_bytes`)
and this writer puts them on disk on its own thread, one job at a time, in the order
they were queued.

Order is the whole point of having one thread for both kinds of write:
- a save queued after a journal lands after it, and removes it (the file now holds
  that work);
- a journal queued after a save holds newer work and lands after the save;
- `drop` and `write_now` bump a generation so queued journals of an older one are
  skipped: an old journal landing after the file would be offered back on the next
  open as if it were unsaved work.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from politirad.sessions.errors import SessionWriteError
from politirad.sessions.live import journal
from politirad.sessions.storage import store

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor


@dataclass(frozen=True, slots=True)
class SaveResult:
    """How a save went, handed back to the event loop."""

    error: str | None = None
    """The one-line reason when the save failed; None when the file holds the bytes."""
    vanished: bool = False
    """The file had gone (deleted, moved away) and was written again at its path."""


class DiskWriter:
    """One session file's writes, queued on a single background thread."""

    def __init__(self, session_path: Path, pool: ThreadPoolExecutor | None = None) -> None:
        """`pool` must have a single worker (writes stay in order); tests pass their own."""
        self.session_path = session_path
        self.error: str | None = None
        """Why the last journal write failed; None after one worked."""
        self._lock = threading.Lock()
        self._generation = 0
        """Bumped by `drop` and `write_now`: queued journals of an older one are skipped."""
        self._pool = pool
        self._last: Future[object] | None = None
        self._file_seen = session_path.exists()
        """Whether the file existed when last looked at: a save tells a vanished file."""

    def _submit(self, job: Callable[..., object], *args: object) -> None:
        if self._pool is None:  # the thread machinery loads on the first write, not at start
            from concurrent.futures import ThreadPoolExecutor

            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="politirad-disk")
        self._last = self._pool.submit(job, *args)

    # -- saves ------------------------------------------------------------------------

    def save_soon(self, data: bytes, done: Callable[[SaveResult], None]) -> None:
        """Queue a save of formatted session bytes; `done` is called on the writer's
        thread with the result (the caller hands it to its own loop)."""
        self._submit(lambda: done(self._save(data)))

    def save_now(self, data: bytes) -> SaveResult:
        """Save on the caller's thread after everything queued (quit, Ctrl+S in tests)."""
        self.wait()
        return self._save(data)

    def _save(self, data: bytes) -> SaveResult:
        with self._lock:
            vanished = self._file_seen and not self.session_path.exists()
            try:
                store.save_bytes(data, self.session_path)
            except SessionWriteError as exc:
                return SaveResult(error=exc.message)
            self._file_seen = True
            self._generation += 1  # journals queued before this save hold nothing newer
            journal.remove_journal(self.session_path)
            return SaveResult(vanished=vanished)

    # -- journals ---------------------------------------------------------------------

    def write_soon(self, data: bytes) -> None:
        """Queue a journal write; returns at once."""
        self._submit(self._write, data, self._generation)

    def write_now(self, data: bytes) -> bool:
        """Write the journal on the caller's thread, superseding anything queued (hang-up)."""
        with self._lock:
            self._generation += 1
            return self._write_locked(data)

    def drop(self) -> None:
        """Nothing queued lands any more, and the journal is removed."""
        with self._lock:
            self._generation += 1
            journal.remove_journal(self.session_path)

    def wait(self) -> None:
        """Until the last queued job is done (a quit, a test reading the file)."""
        if self._last is not None:
            self._last.result()

    def close(self) -> None:
        """Finish what is queued and stop the thread."""
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None

    def _write(self, data: bytes, generation: int) -> None:
        with self._lock:
            if generation == self._generation:
                self._write_locked(data)

    def _write_locked(self, data: bytes) -> bool:
        try:
            journal.write_journal_data(data, self.session_path)
        except SessionWriteError as exc:
            self.error = exc.message
            return False
        self.error = None
        return True
