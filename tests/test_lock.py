"""Two openers of one session: the second is told who holds it; stale locks are cleared."""

from __future__ import annotations

import datetime as dt
import os
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from politirad.sessions.reports.catalog import scan
from politirad.sessions.storage.lock import (
    LockInfo,
    SessionLockedError,
    acquire,
    is_stale,
    lock_path,
    read_holder,
    this_process,
)
from politirad.sessions.storage.opening import open_session

HOLDER = """
import sys, time
from pathlib import Path
from politirad.sessions.storage.lock import acquire
lock = acquire(Path(sys.argv[1]))
print("locked", flush=True)
time.sleep(120)
"""


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _write_lock(session: Path, info: LockInfo) -> None:
    lock_path(session).write_bytes(info.to_bytes())


def test_lock_file_names_pid_host_and_since_and_is_private(session_file: Path) -> None:
    lock = acquire(session_file)
    path = lock_path(session_file)
    assert path.name == session_file.name + ".lock"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    info = LockInfo.from_bytes(path.read_bytes())
    assert info is not None
    assert (info.pid, info.host) == (os.getpid(), socket.gethostname())
    assert abs(dt.datetime.now(dt.timezone.utc) - info.since) < dt.timedelta(minutes=5)
    lock.release()
    assert not path.exists()


def test_second_opener_in_another_process_is_told_who_holds_it(session_file: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(session_file)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(SessionLockedError) as caught:
            open_session(session_file)
        assert caught.value.holder.pid == holder.pid
        message = str(caught.value)
        assert f"process {holder.pid}" in message
        assert socket.gethostname() in message
        assert caught.value.holder.since.astimezone().strftime("%Y-%m-%d %H:%M") in message
        assert "read-only" in message

        viewer = open_session(session_file, read_only=True)
        assert viewer.live.read_only
        assert viewer.holder is not None and viewer.holder.pid == holder.pid
    finally:
        holder.kill()
        holder.wait()
    # The holder died by kill -9: its lock is stale and the next opener takes it.
    opened = open_session(session_file)
    assert opened.live.lock is not None and opened.live.lock.info.pid == os.getpid()
    opened.live.close()
    assert not lock_path(session_file).exists()


def test_a_second_open_in_the_same_process_is_refused_too(session_file: Path) -> None:
    first = open_session(session_file)
    with pytest.raises(SessionLockedError):
        open_session(session_file)
    first.live.close()
    open_session(session_file).live.close()


def test_stale_lock_of_a_dead_process_on_this_host_is_cleared(session_file: Path) -> None:
    stale = LockInfo(_dead_pid(), socket.gethostname(), dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc))
    _write_lock(session_file, stale)
    assert read_holder(session_file) is None
    lock = acquire(session_file)
    assert LockInfo.from_bytes(lock_path(session_file).read_bytes()) == lock.info
    lock.release()


def test_a_reused_pid_is_recognised_by_its_start_time(session_file: Path) -> None:
    me = this_process()
    if me.started is None:
        pytest.skip("no /proc start times on this system")
    _write_lock(session_file, LockInfo(me.pid, me.host, me.since, me.user, me.started - 1))
    acquire(session_file).release()


def test_a_lock_from_another_host_is_never_judged_stale(session_file: Path) -> None:
    elsewhere = LockInfo(_dead_pid(), "another-machine", dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc))
    _write_lock(session_file, elsewhere)
    with pytest.raises(SessionLockedError, match="another-machine"):
        acquire(session_file)
    lock = acquire(session_file, take_over=True)
    assert lock.info.pid == os.getpid()
    lock.release()


@pytest.mark.parametrize("junk", [b"", b"\xff\xfe garbage", b"pid = 'x'\n", b"[[[["])
def test_an_unreadable_lock_file_is_cleared(session_file: Path, junk: bytes) -> None:
    lock_path(session_file).write_bytes(junk)
    acquire(session_file).release()
    assert not lock_path(session_file).exists()


def test_release_leaves_a_lock_someone_took_over(session_file: Path) -> None:
    mine = acquire(session_file)
    theirs = LockInfo(12345, "another-machine", dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc))
    _write_lock(session_file, theirs)
    mine.release()
    assert LockInfo.from_bytes(lock_path(session_file).read_bytes()) == theirs


def test_read_only_open_takes_no_lock(session_file: Path) -> None:
    viewer = open_session(session_file, read_only=True)
    assert viewer.holder is None and viewer.live.lock is None
    assert not lock_path(session_file).exists()


def test_lock_files_are_not_listed_as_sessions(session_file: Path) -> None:
    lock = acquire(session_file)
    summaries, broken = scan(session_file.parent)
    assert [s.path for s in summaries] == [session_file] and broken == []
    lock.release()


def test_a_folder_that_refuses_the_lock_still_opens_and_says_why(
    session_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("politirad.sessions.storage.lock.tempfile.mkstemp", refuse)
    opened = open_session(session_file)
    assert opened.live.lock is None and not opened.live.read_only
    assert opened.lock_problem is not None and "Permission denied" in opened.lock_problem


def _no_space(fd: int) -> None:
    raise OSError(28, "No space left on device")


def test_quitting_keeps_the_lock_while_unsaved_unless_forced(
    session_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = open_session(session_file)
    opened.live.set_note("1.1", "ulagret")
    with monkeypatch.context() as trouble:
        trouble.setattr("os.fsync", _no_space)
        assert opened.live.close() is False
        assert lock_path(session_file).exists()
        assert opened.live.close(force=True) is False
    assert not lock_path(session_file).exists()


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads process state from /proc")
def test_a_killed_holder_not_yet_reaped_is_stale() -> None:
    """A crashed app whose parent has not reaped it yet (a zombie) holds nothing."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    try:
        deadline = time.monotonic() + 20
        while Path(f"/proc/{child.pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z":
            assert time.monotonic() < deadline, "the child never exited"
            time.sleep(0.02)
        zombie = LockInfo(child.pid, socket.gethostname(), dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc))
        assert is_stale(zombie)
    finally:
        child.wait()
