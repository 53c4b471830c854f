"""The crash journal: unsaved work on disk within a second, offered back on the next open."""

from __future__ import annotations

import asyncio
import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from politirad.models.actions import Status
from politirad.sessions.storage import store
from politirad.sessions.errors import SessionFileError
from politirad.sessions.live.journal import Difference, diff_sessions, find_recovery, journal_path
from politirad.sessions.live.session import RECOVERED, Change, ChangeKind, LiveSession
from politirad.sessions.storage.opening import open_session
from tests.waiting import until

SECRET = "Fortrolig: navn på informant"


def _live(path: Path, **kwargs: float) -> LiveSession:
    return LiveSession(store.load(path), path, autosave_delay=kwargs.get("autosave", 3600), journal_delay=kwargs.get("journal", 0.05))


async def test_a_change_reaches_the_journal_before_the_file(session_file: Path) -> None:
    live = _live(session_file)
    live.set_note("1.1", "Vi møtes fire ganger i året.")
    await until(journal_path(session_file).exists)
    assert store.load(journal_path(session_file)).answer("1.1").note == "Vi møtes fire ganger i året."
    assert store.load(session_file).answer("1.1").note == ""
    assert stat.S_IMODE(journal_path(session_file).stat().st_mode) == 0o600


async def test_continuous_typing_does_not_postpone_the_journal(session_file: Path) -> None:
    live = _live(session_file, journal=0.1)
    text = ""
    for ch in "Referat sendes ut innen en uke etter møtet, og legges på kommunens nettside.":
        text += ch
        live.set_note("2.3", text)
        await asyncio.sleep(0.02)
        if journal_path(session_file).exists():
            break
    assert journal_path(session_file).exists(), "journal written while typing went on"
    assert len(text) < 76


async def test_a_successful_save_removes_the_journal(session_file: Path) -> None:
    live = _live(session_file)
    live.set_note("1.1", "tekst")
    await until(journal_path(session_file).exists)
    assert live.save()
    assert not journal_path(session_file).exists()
    assert find_recovery(session_file, store.load(session_file)) is None


def test_without_a_journal_there_is_nothing_to_recover(session_file: Path) -> None:
    assert find_recovery(session_file, store.load(session_file)) is None


def test_journal_equal_to_the_file_is_dropped_silently(session_file: Path) -> None:
    journal_path(session_file).write_bytes(session_file.read_bytes())
    assert find_recovery(session_file, store.load(session_file)) is None
    assert not journal_path(session_file).exists()


def test_a_damaged_journal_is_set_aside_not_offered_nor_deleted(session_file: Path) -> None:
    journal_path(session_file).write_bytes(b"\x00garbage")
    assert find_recovery(session_file, store.load(session_file)) is None
    aside = journal_path(session_file).with_name(journal_path(session_file).name + ".discarded")
    assert aside.read_bytes() == b"\x00garbage"


def _crashed_with_changes(session_file: Path) -> None:
    """Leave a journal as a killed app would: changed notes, items and setup, unsaved."""
    live = LiveSession(store.load(session_file), session_file, autosave_delay=3600)
    live.add_action(title="Felles møteplan", responsible="SLT-koordinator")
    live.save()
    live.set_note("1.1", "Vi møtes fire ganger i året.")
    live.set_note("4.4", SECRET)
    live.toggle_confidential("4.4")
    live.update_action("T1", status=Status.PAGAR)
    live.add_action(title="Nytt tiltak")
    live.update_setup(facilitator="Åse Ødegård")
    assert live.flush_journal()


def test_recovery_lists_what_differs_without_quoting_notes(session_file: Path) -> None:
    _crashed_with_changes(session_file)
    recovery = find_recovery(session_file, store.load(session_file))
    assert recovery is not None and recovery.journal_is_newer
    assert recovery.differences == [
        Difference("note", "1.1", "added", "0 → 28"),
        Difference("note", "4.4", "added", f"0 → {len(SECRET)}"),
        Difference("answer", "4.4", "changed", "confidential"),
        Difference("action", "T1", "changed", "status"),
        Difference("action", "T2", "added"),
        Difference("field", "facilitator", "changed"),
    ]
    lines = recovery.summary()
    assert lines[0].startswith("Ulagret arbeid fra ")
    assert "1.1: nytt notat (0 → 28 tegn)" in lines
    assert "Tiltak T1 er endret (status)" in lines
    assert "Setup: facilitator changed" in recovery.summary("en")
    assert not any(SECRET in line or "fire ganger" in line for line in lines + recovery.summary("en"))


async def test_open_offers_recovery_and_recover_saves_it(session_file: Path) -> None:
    _crashed_with_changes(session_file)
    opened = open_session(session_file)
    assert opened.recovery is not None
    seen: list[Change] = []
    opened.live.subscribe(seen.append)
    assert opened.live.recover(opened.recovery)
    assert Change(ChangeKind.SETUP, RECOVERED) in seen
    assert store.load(session_file).answer("4.4").note == SECRET
    assert not journal_path(session_file).exists()
    opened.live.close()
    assert open_session(session_file).recovery is None


def test_discarding_sets_the_journal_aside(session_file: Path) -> None:
    _crashed_with_changes(session_file)
    opened = open_session(session_file)
    assert opened.recovery is not None
    aside = opened.recovery.discard()
    assert aside is not None and aside.exists() and not journal_path(session_file).exists()
    assert store.load(session_file).answer("1.1").note == ""
    opened.live.close()


def test_journal_older_than_a_hand_edit_is_flagged(session_file: Path) -> None:
    _crashed_with_changes(session_file)
    later = journal_path(session_file).stat().st_mtime + 60
    os.utime(session_file, (later, later))
    recovery = find_recovery(session_file, store.load(session_file))
    assert recovery is not None and not recovery.journal_is_newer
    assert "endret senere" in recovery.summary()[0]


def test_removed_items_and_notes_are_listed(session_file: Path) -> None:
    _crashed_with_changes(session_file)
    saved = store.load(journal_path(session_file))
    emptied = saved.model_copy(deep=True)
    emptied.answers.pop("1.1")
    emptied.actions = [a for a in emptied.actions if a.id != "T2"]
    assert diff_sessions(saved, emptied) == [
        Difference("note", "1.1", "removed", "28 → 0"),
        Difference("action", "T2", "removed"),
    ]


def test_read_only_open_does_not_touch_the_journal(session_file: Path) -> None:
    _crashed_with_changes(session_file)
    before = journal_path(session_file).read_bytes()
    viewer = open_session(session_file, read_only=True)
    assert viewer.recovery is None
    viewer.live.close()
    assert journal_path(session_file).read_bytes() == before


TYPIST = """
import asyncio, sys
from pathlib import Path
from politirad.sessions.storage import store
from politirad.sessions.live.session import LiveSession

async def main() -> None:
    path = Path(sys.argv[1])
    live = LiveSession(store.load(path), path)
    text = ""
    n = 0
    while True:
        text += "abcdefghij"[n % 10]
        n += 1
        live.set_note("1.1", text)
        print(len(text), flush=True)
        await asyncio.sleep(0.05)

asyncio.run(main())
"""

CHARS_PER_SECOND = 20
"""The typist's top speed; under load it types slower, never faster."""


def test_kill_9_mid_typing_loses_at_most_two_seconds(session_file: Path) -> None:
    """A real process with the real delays (autosave 2 s, journal 1 s), killed mid-word."""
    typist = subprocess.Popen(
        [sys.executable, "-c", TYPIST, str(session_file)], stdout=subprocess.PIPE, text=True
    )
    assert typist.stdout is not None
    typed = 0
    while typed < 7.5 * CHARS_PER_SECOND:
        typed = int(typist.stdout.readline())
    os.kill(typist.pid, signal.SIGKILL)
    typist.wait()
    for line in typist.stdout:
        typed = max(typed, int(line))

    opened = open_session(session_file)
    assert opened.recovery is not None, "the file alone never saves while typing goes on"
    opened.live.recover(opened.recovery)
    note = store.load(session_file).answer("1.1").note
    expected = "".join("abcdefghij"[i % 10] for i in range(typed))
    assert expected.startswith(note)
    assert typed - len(note) <= 2 * CHARS_PER_SECOND
    opened.live.close()


def test_a_missing_file_with_a_journal_says_where_the_work_is(session_file: Path) -> None:
    _crashed_with_changes(session_file)
    session_file.unlink()
    with pytest.raises(SessionFileError, match=r"no such file, but its unsaved work is in .*\.journal"):
        open_session(session_file)
    assert journal_path(session_file).exists()
