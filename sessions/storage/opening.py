"""Opening a session file for the app: load, lock, upgrade an old layout, find lost work.

The one call a front end makes (`open_session`); the TUI and the SSH server then ask
the person about what it reports (who holds the lock, unsaved work to recover).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from politirad.sessions.storage import store
from politirad.sessions.errors import SessionFileError, SessionWriteError
from politirad.sessions.live.journal import Recovery, existing_journal, find_recovery
from politirad.sessions.live.session import LiveSession
from politirad.sessions.storage.lock import LockInfo, SessionLock, acquire, read_holder
from politirad.sessions.storage.migrate import keep_original


@dataclass(slots=True)
class OpenedSession:
    """A live session ready for the app, and what the person should be told about it."""

    live: LiveSession
    recovery: Recovery | None = None
    """Unsaved work from a crash: show `recovery.summary()`, then `live.recover(recovery)`
    or `recovery.discard()`."""
    holder: LockInfo | None = None
    """Read-only opens: who has the session open for writing, if anyone."""
    lock_problem: str | None = None
    """Why no lock could be taken (e.g. read-only folder); the session opened anyway."""
    upgraded_from: int | None = None
    """The older schema_version the file was migrated from."""
    original_copy: Path | None = None
    """Where the file's pre-upgrade bytes were kept."""


def open_session(path: Path, *, read_only: bool = False, take_over: bool = False) -> OpenedSession:
    """Load and lock a session file for editing (or look at it read-only).

    Raises SessionFileError when the file cannot be used (it is left untouched) and
    SessionLockedError (with `.holder`) when another live process has it open; the
    caller may then offer `read_only=True`, or `take_over=True` if the person insists.
    An older file is upgraded only after its original bytes are kept beside it; if
    they cannot be kept, SessionWriteError is raised and nothing is written.
    """
    try:
        loaded = store.load_detailed(path)
    except SessionFileError:
        journal = existing_journal(path)
        if journal is not None and not path.exists():
            raise SessionFileError(
                "error.no_such_file_journal", path, journal=journal, name=path.name
            ) from None
        raise
    if read_only:
        return OpenedSession(LiveSession(loaded.session, path, read_only=True), holder=read_holder(path))
    lock: SessionLock | None = None
    lock_problem: str | None = None
    try:
        lock = acquire(path, take_over=take_over)
    except SessionWriteError as exc:
        lock_problem = exc.message
    live = LiveSession(loaded.session, path, lock=lock)
    opened = OpenedSession(live, lock_problem=lock_problem)
    if loaded.needs_upgrade:
        try:
            opened.original_copy = keep_original(path, loaded.raw, loaded.found_version)
        except SessionWriteError:
            if lock is not None:
                lock.release()
            raise
        opened.upgraded_from = loaded.found_version
        live.save()  # the upgraded layout, whether or not anything changes
    opened.recovery = find_recovery(path, loaded.session)
    return opened
