"""End to end: end the real app in tmux while typing a note, then reopen the session.

Ended by kill -9, or by its terminal closing (tmux server killed, SIGHUP).

The reopened session must hold everything typed except at most the last two seconds.
Typing is paced like a fast typist and every key's send time is recorded, so "the last
two seconds" is measured against when the keys were actually sent.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from politirad.models.factory import new_session
from politirad.sessions.storage import store
from politirad.sessions.storage.opening import open_session
from tests.cli_helpers import ENTRY
from tests.tmux_helpers import Tmux, needs_tmux

pytestmark = [pytest.mark.e2e, needs_tmux]

SENTENCE = "Vi møtes fire ganger i året og deler situasjonsbilde før hvert møte. "
TYPING_SECONDS = 6.0
KEY_PAUSE = 0.04
LOSS_LIMIT = 2.0


@pytest.fixture
def app_in_tmux(tmp_path: Path) -> Iterator[Tmux]:
    """A tmux window (torn down after the test) in which the test starts the app."""
    window = Tmux(tmp_path)
    try:
        yield window
    finally:
        window.kill()


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _app_pid(pane_pid: int) -> int:
    """The python process under the pane's shell (the shell may or may not exec it)."""
    pid = pane_pid
    while kids := _children(pid):
        pid = kids[0]
    return pid


def _alive(pid: int) -> bool:
    """True while the process runs; a zombie (dead, not yet reaped by its parent) is gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _gone(pid: int, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(pid), "the app outlived its terminal"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="finds the app's pid in /proc")
@pytest.mark.parametrize("end", ["kill -9", "terminal closed"])
def test_app_ended_mid_typing_loses_at_most_two_seconds(
    app_in_tmux: Tmux, tmp_path: Path, end: str
) -> None:
    tmux = app_in_tmux
    path = tmp_path / "2026-11-24-politiradet-i-lillevik.toml"
    store.save(new_session(dt.date(2026, 11, 24), "Politirådet i Lillevik"), path)
    repo = Path(__file__).resolve().parents[1]
    tmux.start([sys.executable, "-c", ENTRY, "open", str(path)], env={"POLITIRAD_HOME": str(tmp_path / "home")}, cwd=repo)
    tmux.wait_for("Politirådet i Lillevik")
    tmux.send("C-g")
    tmux.wait_for("(f.eks. 4.4):")
    tmux.type("1.1")
    tmux.send("Enter")
    tmux.wait_for(lambda s: "(f.eks. 4.4):" not in s)
    app = _app_pid(tmux.pane_pid())

    text = SENTENCE * 10
    sent_at: list[float] = []
    start = time.monotonic()
    for char in text:
        tmux.send(char, literal=True)
        sent_at.append(time.monotonic())
        if sent_at[-1] - start > TYPING_SECONDS:
            break
        time.sleep(KEY_PAUSE)
    killed_at = time.monotonic()
    if end == "kill -9":
        os.kill(app, signal.SIGKILL)
    else:
        tmux.kill()  # the terminal goes away: the app gets SIGHUP
    _gone(app)
    typed = text[: len(sent_at)]

    opened = open_session(path)  # the dead app's lock, if any, is stale and cleared
    assert opened.recovery is not None, "typing went on, so only the journal holds the note"
    assert any("1.1" in line for line in opened.recovery.summary())
    assert opened.live.recover(opened.recovery)
    opened.live.close()
    note = store.load(path).answer("1.1").note
    assert typed.startswith(note), "the recovered note is what was typed, in order"
    lost = sent_at[len(note) :]
    assert len(note) > 0
    assert all(when >= killed_at - LOSS_LIMIT for when in lost), (
        f"{len(lost)} of {len(typed)} characters lost, the oldest sent "
        f"{killed_at - lost[0]:.1f} s before the kill"
    )
