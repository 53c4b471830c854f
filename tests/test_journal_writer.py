"""The crash journal is written off the event loop, and never lands after a save.

A slow disk (a network home folder) must not stall typing: the write runs on the
writer's own thread. A journal formatted before a save must not appear after it, or
the next open would offer old work back as if it were unsaved.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from politirad.sessions.live import journal
from politirad.sessions.storage import store
from politirad.sessions.live.journal import journal_path
from politirad.sessions.live.disk_writer import DiskWriter
from politirad.sessions.live.session import LiveSession
from tests.waiting import until


class SlowDisk:
    """Stands in for `journal.write_journal_data`: holds each write until released."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.started = threading.Event()
        self.threads: list[str] = []
        self.real = journal.write_journal_data

    def __call__(self, data: bytes, session_path: Path) -> Path:
        self.threads.append(threading.current_thread().name)
        self.started.set()
        assert self.release.wait(10), "the test never released the write"
        return self.real(data, session_path)


@pytest.fixture
def slow_disk(monkeypatch: pytest.MonkeyPatch) -> SlowDisk:
    disk = SlowDisk()
    monkeypatch.setattr(journal, "write_journal_data", disk)
    return disk


async def test_a_stuck_journal_write_leaves_the_event_loop_free(session_file: Path, slow_disk: SlowDisk) -> None:
    live = LiveSession(store.load(session_file), session_file, autosave_delay=3600, journal_delay=0.01)
    live.set_note("1.1", "Første linje")
    await until(slow_disk.started.is_set)
    live.set_note("1.1", "Første linje, og mer")  # the loop goes on while the disk hangs
    assert live.session.answer("1.1").note.endswith("og mer")
    assert threading.main_thread().name not in slow_disk.threads
    slow_disk.release.set()
    await until(lambda: journal_path(session_file).exists())
    live.wait_for_disk()
    assert store.load(journal_path(session_file)).answer("1.1").note.startswith("Første linje")
    live.close()


def test_a_journal_queued_before_a_save_never_lands_after_it(session_file: Path) -> None:
    pool = ThreadPoolExecutor(max_workers=1)
    gate = threading.Event()
    pool.submit(gate.wait, 10)  # the writer's thread is busy: the next write waits in line
    writer = DiskWriter(session_file, pool)
    writer.write_soon(session_file.read_bytes())
    writer.drop()  # what a save does once the file holds the work
    gate.set()
    writer.wait()
    writer.close()
    assert not journal_path(session_file).exists()


def test_a_journal_queued_after_a_save_is_written(session_file: Path) -> None:
    writer = DiskWriter(session_file)
    writer.drop()
    writer.write_soon(session_file.read_bytes())
    writer.wait()
    writer.close()
    assert journal_path(session_file).read_bytes() == session_file.read_bytes()


def test_quitting_writes_the_journal_at_once_when_the_save_fails(session_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    live = LiveSession(store.load(session_file), session_file, autosave_delay=3600, journal_delay=0.01)
    live.set_note("1.1", "Ulagret")
    monkeypatch.setattr(live, "save", lambda: False)
    assert not live.close(force=True)
    assert store.load(journal_path(session_file)).answer("1.1").note == "Ulagret"
