"""Writes a live session's crash journal on a worker thread, off the event loop.

The journal is written about once a second while someone types, and each write ends
in two fsyncs (the file, then its folder) so it survives a power cut. On a local disk
that is a millisecond; on the network home folders many municipalities use it can be
tens of milliseconds, and on the event loop every one of them would be a stall in the
typing. So the loop formats the journal (cheap, see `journal.journal_bytes`) and this
writer puts it on disk on its own thread, one write at a time, in order.

A save makes every journal formatted before it stale: `drop` waits for a write in
progress, discards the ones still queued and removes the journal, so no old journal
can land after the file that holds its work (it would be offered back as "unsaved
work" on the next open).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from politirad.sessions.live import journal
from politirad.sessions.errors import SessionWriteError

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor


class JournalWriter:
    """One session file's journal writes, queued on a single background thread."""

    def __init__(self, session_path: Path, pool: ThreadPoolExecutor | None = None) -> None:
        """`pool` must have a single worker (writes stay in order); tests pass their own."""
        self.session_path = session_path
        self.error: str | None = None
        """Why the last journal write failed; None after one worked."""
        self._lock = threading.Lock()
        self._generation = 0
        """Bumped by `drop` and `write_now`: queued writes of an older one are skipped."""
        self._pool = pool
        self._last: Future[None] | None = None

    def write_soon(self, data: bytes) -> None:
        """Queue a journal write; returns at once."""
        if self._pool is None:  # the thread machinery loads on the first write, not at start
            from concurrent.futures import ThreadPoolExecutor

            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="politirad-journal")
        self._last = self._pool.submit(self._write, data, self._generation)

    def write_now(self, data: bytes) -> bool:
        """Write on the caller's thread, superseding anything queued (quit, hang-up)."""
        with self._lock:
            self._generation += 1
            return self._write_locked(data)

    def drop(self) -> None:
        """After a save: nothing queued lands any more, and the journal is removed."""
        with self._lock:
            self._generation += 1
            journal.remove_journal(self.session_path)

    def wait(self) -> None:
        """Until the last queued write is done (tests, and closing the session)."""
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
