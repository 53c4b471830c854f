"""Views only render (issue 12): every change, the clock's too, goes through the live
session; viewers hold a read view with no change methods; refusals are one notice."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from politirad.sessions.live.presence import Presence, Role, Seat
from politirad.sessions.live.session import Change, ChangeKind, LiveSession
from politirad.sessions.live.view import ReadOnlyView
from politirad.sessions.storage import store
from politirad.tui.app import PolitiradApp
from politirad.tui.widgets.meeting_clock import MeetingClock
from tests.clock_helpers import FakeClock, ticks_only_by_hand
from tests.waiting import until

SIZE = (80, 24)


@pytest.fixture(autouse=True)
def _no_ticks(monkeypatch: pytest.MonkeyPatch) -> None:
    """The clock's own tick never runs: what a viewer shows must come from changes."""
    ticks_only_by_hand(monkeypatch)


def _line(app: PolitiradApp) -> str:
    return str(app.query_one(MeetingClock).render())


def _viewer(live: LiveSession, clock: FakeClock) -> PolitiradApp:
    presence = Presence()
    seat = Seat(presence, presence.join("Ola", Role.VIEWER), leads=False, follows=True)
    return PolitiradApp(ReadOnlyView(live), read_only=True, seat=seat, clock=clock)


async def test_starting_and_moving_the_clock_reach_a_viewer_as_changes(session_file: Path) -> None:
    clock = FakeClock()
    live = LiveSession(store.load(session_file), session_file)
    seen: list[Change] = []
    live.subscribe(seen.append)
    facilitator, viewer = PolitiradApp(live, clock=clock), _viewer(live, clock)
    async with facilitator.run_test(size=SIZE) as pilot, viewer.run_test(size=SIZE) as watching:
        await pilot.press("ctrl+g", *"3.1", "enter", "f5")
        await pilot.pause()
        await watching.pause()
        assert any(c.kind is ChangeKind.TIME for c in seen)
        assert live.timebox.running and live.timebox.current_main == "3"
        assert "▶ Går" in _line(viewer) and "Spm. 3" in _line(viewer)  # no tick ran
        clock.advance(42)
        await pilot.press("f5")  # pause: the time run is stored as a change
        await pilot.pause()
        await watching.pause()
        assert live.session.time_spent == {"3": 42}
        assert "‖ Pause" in _line(viewer)


async def test_a_viewer_is_told_once_why_nothing_changes(session_file: Path) -> None:
    live = LiveSession(store.load(session_file), session_file)
    viewer = _viewer(live, FakeClock())
    assert viewer.writer is None and not hasattr(viewer.live, "set_note")
    async with viewer.run_test(size=SIZE) as pilot:
        await pilot.press("f5", "ctrl+s")
        await pilot.pause()
        texts = [str(n.message) for n in viewer._notifications]
        assert texts == ["Du ser på møtet: bare fasilitatoren kan skrive her."] * 2
    assert not live.timebox.running and not live.dirty


async def test_a_session_opened_read_only_says_so_not_the_viewer_text(session_file: Path) -> None:
    app = PolitiradApp(LiveSession(store.load(session_file), session_file, read_only=True))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f5")
        await pilot.pause()
        texts = [str(n.message) for n in app._notifications]
        assert texts == ["Egenevalueringen er åpnet skrivebeskyttet: endringen ble ikke gjort."]


async def test_ctrl_s_saves_off_the_loop_and_says_so_when_done(
    session_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[str] = []
    real = store.save_bytes

    def watched(data: bytes, path: Path) -> None:
        threads.append(threading.current_thread().name)
        real(data, path)

    monkeypatch.setattr(store, "save_bytes", watched)
    live = LiveSession(store.load(session_file), session_file, autosave_delay=3600)
    app = PolitiradApp(live)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+g", *"1.2", "enter", *"Samarbeid", "ctrl+s")
        await until(lambda: not live.dirty)
        await pilot.pause()
        assert store.load(session_file).answer("1.2").note == "Samarbeid"
        assert threads and threading.main_thread().name not in threads
        assert any("Lagret" in str(n.message) for n in app._notifications)
