"""Who has a session open: a lock file beside it, so two writers never overwrite each other.

The lock file `<file>.toml.lock` is a small TOML table (pid, host, user, since, and the
process start time where the system tells it). It is created whole with a hard link, so
a reader never sees half a lock. A second opener is told who holds the session and may
open it read-only. A lock is stale when its host is this machine and its process is
gone (or the pid now belongs to a process started later); stale locks are cleared
without asking. A lock from another host is never judged stale: only the person may
decide to take it over (`acquire(..., take_over=True)`).
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
import socket
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import tomli_w

from politirad.sessions.storage.atomic import FILE_MODE, ensure_folder
from politirad.sessions.errors import Phrase, SessionError, SessionWriteError, phrase

LOCK_SUFFIX = ".lock"


@dataclass(frozen=True, slots=True)
class LockInfo:
    """The holder of a lock, as written in the lock file."""

    pid: int
    host: str
    since: dt.datetime
    user: str = ""
    started: int | None = None
    """Process start time in clock ticks since boot (Linux); guards against pid reuse."""

    def describe(self) -> Phrase:
        """One line for the person: who, where and since when (in their language)."""
        when = self.since.astimezone().strftime("%Y-%m-%d %H:%M")
        if self.user:
            return phrase("error.holder_user", pid=self.pid, user=self.user, host=self.host, since=when)
        return phrase("error.holder", pid=self.pid, host=self.host, since=when)

    def to_bytes(self) -> bytes:
        table: dict[str, object] = {
            "pid": self.pid,
            "host": self.host,
            "user": self.user,
            "since": self.since,
        }
        if self.started is not None:
            table["started"] = self.started
        return tomli_w.dumps(table).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> LockInfo | None:
        """The lock's holder, or None when the file is not a lock this code wrote."""
        try:
            table = tomllib.loads(raw.decode("utf-8"))
            pid, host, since = table["pid"], table["host"], table["since"]
            started = table.get("started")
            user = table.get("user", "")
        except (UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError, RecursionError):
            return None
        if not (
            isinstance(pid, int)
            and isinstance(host, str)
            and isinstance(since, dt.datetime)
            and isinstance(user, str)
            and (started is None or isinstance(started, int))
        ):
            return None
        if since.tzinfo is None:
            since = since.replace(tzinfo=dt.timezone.utc)
        return cls(pid, host, since, user, started)


class SessionLockedError(SessionError):
    """The session is open in another live process; `holder` says which."""

    exit_code = 1

    def __init__(self, path: Path, holder: LockInfo) -> None:
        self.holder = holder
        super().__init__("error.already_open", path, holder=holder.describe(), path=path)


def lock_path(session_path: Path) -> Path:
    """The lock file beside a session file; not `*.toml`, so listings skip it."""
    return session_path.with_name(session_path.name + LOCK_SUFFIX)


def this_process() -> LockInfo:
    """A LockInfo describing the running process."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    return LockInfo(
        pid=os.getpid(),
        host=socket.gethostname(),
        since=dt.datetime.now(dt.timezone.utc).replace(microsecond=0),
        user=user,
        started=process_start(os.getpid()),
    )


def _proc_stat(pid: int) -> list[str] | None:
    """The fields of /proc/PID/stat after the command name; None where there is none."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    return stat.rsplit(")", 1)[1].split()


def process_start(pid: int) -> int | None:
    """When a process started (clock ticks since boot), from /proc; None elsewhere."""
    fields = _proc_stat(pid)
    try:
        return int(fields[19]) if fields else None
    except (IndexError, ValueError):
        return None


def _is_zombie(pid: int) -> bool:
    """A killed process its parent has not reaped yet still answers kill(pid, 0)."""
    fields = _proc_stat(pid)
    return bool(fields) and fields[0] == "Z"


def is_stale(info: LockInfo) -> bool:
    """True when the holder is certainly gone: same host, and no such process any more."""
    if info.host != socket.gethostname():
        return False
    if info.pid <= 0:
        return True
    try:
        os.kill(info.pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        pass  # alive, owned by another user
    except OSError:
        return False
    if _is_zombie(info.pid):
        return True
    if info.started is not None:
        now = process_start(info.pid)
        return now is not None and now != info.started
    return False


class SessionLock:
    """A held lock; release it when the session closes (also as a context manager)."""

    def __init__(self, session_path: Path, info: LockInfo, raw: bytes) -> None:
        self.session_path = session_path
        self.path = lock_path(session_path)
        self.info = info
        self._raw = raw
        self.released = False

    def release(self) -> None:
        """Remove the lock file if it is still ours (someone may have taken it over)."""
        if self.released:
            return
        self.released = True
        _remove_if_unchanged(self.path, self._raw)

    def __enter__(self) -> SessionLock:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def read_holder(session_path: Path) -> LockInfo | None:
    """Who holds the session now: None when unlocked or the lock is stale or unreadable."""
    try:
        raw = lock_path(session_path).read_bytes()
    except OSError:
        return None
    info = LockInfo.from_bytes(raw)
    if info is None or is_stale(info):
        return None
    return info


def acquire(session_path: Path, *, take_over: bool = False) -> SessionLock:
    """Take the lock, clearing a stale one; raise SessionLockedError if someone holds it.

    With `take_over`, a live holder's lock is replaced too (the person chose to). Raises
    SessionWriteError when the lock file cannot be written (e.g. a read-only folder).
    """
    path = lock_path(session_path)
    info = this_process()
    raw = info.to_bytes()
    for _ in range(5):
        try:
            _create_exclusive(path, raw)
            return SessionLock(session_path, info, raw)
        except FileExistsError:
            pass
        except OSError as exc:
            raise SessionWriteError("error.cannot_lock", session_path, reason=exc.strerror or exc) from None
        try:
            existing = path.read_bytes()
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise SessionWriteError("error.cannot_lock", session_path, reason=exc.strerror or exc) from None
        holder = LockInfo.from_bytes(existing)
        if holder is not None and not take_over and not is_stale(holder):
            raise SessionLockedError(session_path, holder)
        _remove_if_unchanged(path, existing)
    raise SessionWriteError("error.lock_keeps_changing", session_path)


def _create_exclusive(path: Path, raw: bytes) -> None:
    """Create `path` holding `raw`, failing with FileExistsError if it exists.

    The content is written to a temp file first and hard-linked into place, so the
    lock never exists half-written; file systems without hard links get O_EXCL.
    """
    ensure_folder(path.parent)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), FILE_MODE)
            handle.write(raw)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(tmp_name, path)
            return
        except FileExistsError:
            raise
        except OSError:
            pass
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        with os.fdopen(fd, "wb") as handle:
            handle.write(raw)
            handle.flush()
            os.fsync(handle.fileno())
    finally:
        Path(tmp_name).unlink(missing_ok=True)


def _remove_if_unchanged(path: Path, expected: bytes) -> None:
    """Delete the lock only if it still holds `expected`, not a lock taken since."""
    try:
        if path.read_bytes() == expected:
            path.unlink()
    except OSError:
        pass
