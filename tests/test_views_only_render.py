"""Views only render (issue 12): every change, the clock's too, goes through the live
session; viewers hold a read view with no change methods; refusals are one notice."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from politirad.models.catalogue import Language, tr
from politirad.sessions.live.presence import Presence, Role, Seat
from politirad.sessions.live.session import Change, ChangeKind, LiveSession
from politirad.sessions.live.view import ReadOnlyView
from politirad.sessions.storage import store
from politirad.tui.app import PolitiradApp
from politirad.tui.widgets.meeting_clock import MeetingClock
from tests.clock_helpers import FakeClock, ticks_only_by_hand
from tests.ui_text import own
from tests.waiting import until

SIZE = (80, 24)


@pytest.fixture(autouse=True)
def _no_ticks(monkeypatch: pytest.MonkeyPatch) -> None:
    """The clock's own tick never runs: what a viewer shows must come from changes."""
    ticks_only_by_hand(monkeypatch)


def _line(app: PolitiradApp) -> str:
    return str(app.query_one(MeetingClock).render())


def _viewer(live: LiveSession, clock: FakeClock, lang: Language) -> PolitiradApp:
    presence = Presence()
    seat = Seat(presence, presence.join("Ola", Role.VIEWER), leads=False, follows=True)
    return PolitiradApp(ReadOnlyView(live), lang=lang, read_only=True, seat=seat, clock=clock)


async def test_starting_and_moving_the_clock_reach_a_viewer_as_changes(session_file: Path, ui_lang: Language) -> None:
    clock = FakeClock()
    live = LiveSession(store.load(session_file), session_file)
    seen: list[Change] = []
    live.subscribe(seen.append)
    facilitator, viewer = PolitiradApp(live, lang=ui_lang, clock=clock), _viewer(live, clock, ui_lang)
    async with facilitator.run_test(size=SIZE) as pilot, viewer.run_test(size=SIZE) as watching:
        await pilot.press("ctrl+g", *"3.1", "enter", "f5")
        await pilot.pause()
        await watching.pause()
        assert any(c.kind is ChangeKind.TIME for c in seen)
        assert live.timebox.running and live.timebox.current_main == "3"
        # no tick ran
        assert tr(ui_lang, "clock.running") in _line(viewer) and f"{tr(ui_lang, 'col.question')} 3" in _line(viewer)
        clock.advance(42)
        await pilot.press("f5")  # pause: the time run is stored as a change
        await pilot.pause()
        await watching.pause()
        assert live.session.time_spent == {"3": 42}
        assert tr(ui_lang, "clock.paused") in _line(viewer)


async def test_a_viewer_is_told_once_why_nothing_changes(session_file: Path, ui_lang: Language) -> None:
    live = LiveSession(store.load(session_file), session_file)
    viewer = _viewer(live, FakeClock(), ui_lang)
    assert viewer.writer is None and not hasattr(viewer.live, "set_note")
    async with viewer.run_test(size=SIZE) as pilot:
        await pilot.press("f5", "ctrl+s")
        await pilot.pause()
        texts = [str(n.message) for n in viewer._notifications]
        assert texts == [own(ui_lang, "notice.viewer_read_only")] * 2
    assert not live.timebox.running and not live.dirty


async def test_a_session_opened_read_only_says_so_not_the_viewer_text(session_file: Path, ui_lang: Language) -> None:
    app = PolitiradApp(LiveSession(store.load(session_file), session_file, read_only=True), lang=ui_lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f5")
        await pilot.pause()
        texts = [str(n.message) for n in app._notifications]
        assert texts == [own(ui_lang, "notice.read_only")]


async def test_ctrl_s_saves_off_the_loop_and_says_so_when_done(
    session_file: Path, monkeypatch: pytest.MonkeyPatch, ui_lang: Language
) -> None:
    threads: list[str] = []
    real = store.save_bytes

    def watched(data: bytes, path: Path) -> None:
        threads.append(threading.current_thread().name)
        real(data, path)

    monkeypatch.setattr(store, "save_bytes", watched)
    live = LiveSession(store.load(session_file), session_file, autosave_delay=3600)
    app = PolitiradApp(live, lang=ui_lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+g", *"1.2", "enter", *"Samarbeid", "ctrl+s")
        await until(lambda: not live.dirty)
        await pilot.pause()
        assert store.load(session_file).answer("1.2").note == "Samarbeid"
        assert threads and threading.main_thread().name not in threads
        assert own(ui_lang, "notice.saved", file=session_file.name) in [n.message for n in app._notifications]
