"""Disk trouble while a session is open: it stays in memory, views are told, saving retries.

Full disks and read-only folders are simulated (the failing system call raises what
the kernel would); where the test runs as root and may mount, the same is also done
for real with a tiny tmpfs and a read-only bind mount.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from politirad.models.factory import new_session
from politirad.sessions.storage import store
from politirad.sessions.live.session import RECREATED, Change, ChangeKind, LiveSession
from tests.waiting import until

NOTE = "Kommunen ønsker felles kriseplan med politiet."


def _failing(code: int) -> Callable[..., object]:
    def fail(*args: object, **kwargs: object) -> object:
        raise OSError(code, os.strerror(code))

    return fail


@pytest.fixture
def fast_retry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("politirad.sessions.live.autosave.RETRY_FIRST", 0.02)
    monkeypatch.setattr("politirad.sessions.live.autosave.RETRY_MAX", 0.1)


def _watched(path: Path) -> tuple[LiveSession, list[Change]]:
    live = LiveSession(store.load(path), path, autosave_delay=0.02, journal_delay=0.02)
    seen: list[Change] = []
    live.subscribe(seen.append)
    return live, seen


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.mark.parametrize(
    ("target", "code", "words"),
    [
        ("os.fsync", errno.ENOSPC, "No space left"),
        ("politirad.sessions.storage.atomic.os.write", errno.ENOSPC, "No space left"),
        ("politirad.sessions.storage.atomic.tempfile.mkstemp", errno.EACCES, "Permission denied"),
        ("politirad.sessions.storage.atomic.tempfile.mkstemp", errno.EROFS, "Read-only file system"),
    ],
)
async def test_failed_saves_keep_the_session_tell_views_and_retry(
    session_file: Path, monkeypatch: pytest.MonkeyPatch, fast_retry: None,
    target: str, code: int, words: str,
) -> None:
    before = session_file.read_bytes()
    live, seen = _watched(session_file)
    with monkeypatch.context() as trouble:
        trouble.setattr(target, _failing(code))
        live.set_note("1.1", NOTE)
        await until(lambda: live.failed_saves >= 2)
        assert session_file.read_bytes() == before, "the old file stays whole"
        assert _leftovers(session_file.parent) == []
        assert live.session.answer("1.1").note == NOTE and live.dirty
        failures = [c for c in seen if c.kind is ChangeKind.SAVE_FAILED]
        assert failures and words in (failures[-1].key or "")
        assert live.last_error is not None and words in live.last_error
    # The disk has room again / the folder is writable again: the retry saves by itself.
    await until(lambda: not live.dirty)
    assert store.load(session_file).answer("1.1").note == NOTE
    assert seen[-1].kind is ChangeKind.SAVED and live.last_error is None


async def test_deleted_file_is_written_again_and_views_are_told(session_file: Path) -> None:
    live, seen = _watched(session_file)
    session_file.unlink()
    live.set_note("1.1", NOTE)
    await until(lambda: not live.dirty)
    assert store.load(session_file).answer("1.1").note == NOTE
    assert Change(ChangeKind.SAVED, RECREATED) in seen


async def test_moved_file_is_left_as_it_was_and_the_session_saves_at_its_path(session_file: Path) -> None:
    live, seen = _watched(session_file)
    moved = session_file.with_name("moved-away.toml")
    session_file.rename(moved)
    moved_bytes = moved.read_bytes()
    live.set_note("1.1", NOTE)
    await until(lambda: not live.dirty)
    assert store.load(session_file).answer("1.1").note == NOTE
    assert moved.read_bytes() == moved_bytes
    assert Change(ChangeKind.SAVED, RECREATED) in seen


async def test_deleted_folder_is_made_again_privately(tmp_path: Path) -> None:
    folder = tmp_path / "økter"
    path = folder / "s.toml"
    store.save(new_session(dt.date(2026, 11, 24), "Lillevik"), path)
    live, _ = _watched(path)
    shutil.rmtree(folder)
    live.set_note("1.1", NOTE)
    await until(lambda: not live.dirty)
    assert store.load(path).answer("1.1").note == NOTE
    assert folder.stat().st_mode & 0o777 == 0o700


def test_quit_while_the_disk_refuses_says_so(session_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    live = LiveSession(store.load(session_file), session_file)
    live.set_note("1.1", NOTE)
    monkeypatch.setattr("os.fsync", _failing(errno.ENOSPC))
    assert live.close() is False
    assert live.dirty and live.session.answer("1.1").note == NOTE


# -- the real thing, where the machine allows it --------------------------------------


def _run(*cmd: str) -> bool:
    return subprocess.run(cmd, capture_output=True).returncode == 0


@contextmanager
def _mounted(*args: str, at: Path) -> Iterator[Path]:
    if os.geteuid() != 0 or not _run("mount", *args, str(at)):
        pytest.skip("needs root and permission to mount")
    try:
        yield at
    finally:
        _run("umount", str(at))


async def test_really_full_disk(tmp_path: Path, fast_retry: None) -> None:
    mount = tmp_path / "tiny"
    mount.mkdir()
    with _mounted("-t", "tmpfs", "-o", "size=64k", "tmpfs", at=mount):
        path = mount / "s.toml"
        store.save(new_session(dt.date(2026, 11, 24), "Lillevik"), path)
        before = path.read_bytes()
        filler = mount / "filler"
        fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            while os.write(fd, b"x" * 1024):
                pass
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
        finally:
            os.close(fd)
        live, seen = _watched(path)
        live.set_note("1.1", NOTE * 50)
        await until(lambda: live.failed_saves >= 1)
        assert path.read_bytes() == before
        assert any(c.kind is ChangeKind.SAVE_FAILED for c in seen)
        filler.unlink()
        await until(lambda: not live.dirty)
        assert store.load(path).answer("1.1").note == NOTE * 50


async def test_really_read_only_folder(session_file: Path, fast_retry: None) -> None:
    folder = session_file.parent
    live, seen = _watched(session_file)
    if os.geteuid() != 0:
        folder.chmod(0o500)
        try:
            live.set_note("1.1", NOTE)
            await until(lambda: live.failed_saves >= 1)
        finally:
            folder.chmod(0o700)
    else:
        with _mounted("--bind", str(folder), at=folder):
            if not _run("mount", "-o", "remount,ro,bind", str(folder)):
                pytest.skip("cannot remount read-only")
            live.set_note("1.1", NOTE)
            await until(lambda: live.failed_saves >= 1)
    assert any(c.kind is ChangeKind.SAVE_FAILED for c in seen)
    await until(lambda: not live.dirty)
    assert store.load(session_file).answer("1.1").note == NOTE


async def test_journal_falls_back_to_the_private_folder_when_the_session_folder_refuses(
    session_file: Path, politirad_home: Path, monkeypatch: pytest.MonkeyPatch, fast_retry: None
) -> None:
    import tempfile

    from politirad.sessions.live.journal import fallback_journal_path, find_recovery, journal_path

    real_mkstemp = tempfile.mkstemp

    def refuse_session_folder(*args: object, dir: str | Path | None = None, **kwargs: object) -> object:
        if dir is not None and Path(dir) == session_file.parent:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))
        return real_mkstemp(*args, dir=dir, **kwargs)  # type: ignore[call-overload]

    live, _ = _watched(session_file)
    fallback = fallback_journal_path(session_file)
    assert fallback.is_relative_to(politirad_home)
    with monkeypatch.context() as trouble:
        trouble.setattr("politirad.sessions.storage.atomic.tempfile.mkstemp", refuse_session_folder)
        live.set_note("1.1", NOTE)
        await until(fallback.exists)
        assert not journal_path(session_file).exists()
        # Were the app killed now, the next open would find the work in the fallback.
        recovery = find_recovery(session_file, store.load(session_file))
        assert recovery is not None and recovery.journal == fallback
        assert recovery.recovered.answer("1.1").note == NOTE
    # The folder is writable again: the retry saves and both journals are gone.
    await until(lambda: not live.dirty)
    assert not fallback.exists() and not journal_path(session_file).exists()


async def test_the_app_says_why_a_save_failed_in_its_own_language(
    make_app: Callable[..., object], monkeypatch: pytest.MonkeyPatch, fast_retry: None, ui_lang: str
) -> None:
    """The writer keeps the reason as plain text that still knows its words: the
    facilitator reads it in the screen's language, not in English."""
    from politirad.models.catalogue import tr

    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:  # type: ignore[attr-defined]
        monkeypatch.setattr("os.fsync", _failing(errno.ENOSPC))
        app.writer.set_note("1.1", NOTE)  # type: ignore[attr-defined]
        app.writer.save_soon()  # type: ignore[attr-defined]
        await until(lambda: app.writer.failed_saves > 0)  # type: ignore[attr-defined]
        await pilot.pause()
        messages = [n.message for n in app._notifications]  # type: ignore[attr-defined]
        cannot_write = tr(ui_lang, "error.cannot_write", reason=os.strerror(errno.ENOSPC))
        assert tr(ui_lang, "notice.save_failed", reason=cannot_write) in messages, messages
