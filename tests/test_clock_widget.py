"""The meeting clock in the running app, driven by a made-up clock (never by sleeping)."""

from __future__ import annotations

from pathlib import Path

import pytest

from politirad.models.catalogue import Language, tr
from politirad.sessions.storage import store
from politirad.sessions.live.session import LiveSession
from politirad.tui.app import PolitiradApp
from politirad.tui.widgets.meeting_clock import MeetingClock
from tests.clock_helpers import FakeClock, ticks_only_by_hand
from tests.ui_text import own

SIZE = (80, 24)


@pytest.fixture(autouse=True)
def _ticks_only_by_hand(monkeypatch: pytest.MonkeyPatch) -> None:
    ticks_only_by_hand(monkeypatch)


def _app(path: Path, clock: FakeClock, lang: Language, read_only: bool = False) -> PolitiradApp:
    return PolitiradApp(LiveSession(store.load(path), path, read_only=read_only), lang=lang, clock=clock)


def _line(app: PolitiradApp) -> str:
    return str(app.query_one(MeetingClock).render())


async def test_f5_starts_and_pauses_the_clock(session_file: Path, ui_lang: Language) -> None:
    clock = FakeClock()
    app = _app(session_file, clock, ui_lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        widget = app.query_one(MeetingClock)
        assert tr(ui_lang, "clock.paused") in _line(app) and "00:00/2:00:00" in _line(app)
        await pilot.press("f5")
        clock.advance(90)
        widget.tick()
        await pilot.pause()
        assert tr(ui_lang, "clock.running") in _line(app)
        assert own(ui_lang, "clock.meeting", elapsed="01:30", budget="2:00:00", remaining="1:58:30") in _line(app)
        await pilot.press("f5")  # pause
        clock.advance(600)
        widget.tick()
        await pilot.pause()
        assert tr(ui_lang, "clock.paused") in _line(app) and "01:30/2:00:00" in _line(app)
        # paused time was handed to the session at once, for main question 1
        assert app.live.session.time_spent == {"1": 90}


async def test_time_goes_to_the_main_question_of_the_selected_sub_question(
    session_file: Path, ui_lang: Language
) -> None:
    clock = FakeClock()
    app = _app(session_file, clock, ui_lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f5")
        clock.advance(30)
        await pilot.press("ctrl+g", *"3.2", "enter")
        await pilot.pause()
        clock.advance(45)
        app.query_one(MeetingClock).tick()
        await pilot.pause()
        assert tr(ui_lang, "clock.main", id="3", spent="00:45", allotted="20:00") in _line(app)
        await pilot.press("ctrl+q")
    assert store.load(session_file).time_spent == {"1": 30, "3": 45}


async def test_running_clock_stores_time_every_ten_seconds_not_every_tick(
    session_file: Path, ui_lang: Language
) -> None:
    clock = FakeClock()
    app = _app(session_file, clock, ui_lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        widget = app.query_one(MeetingClock)
        await pilot.press("f5")
        for _ in range(9):
            clock.advance(1)
            widget.tick()
        await pilot.pause()
        assert app.live.session.time_spent == {}  # nothing written yet
        clock.advance(1)
        widget.tick()
        await pilot.pause()
        assert app.live.session.time_spent == {"1": 10}
        assert app.live.dirty  # autosave picks it up


async def test_warning_when_the_current_main_question_runs_over(session_file: Path, ui_lang: Language) -> None:
    session = store.load(session_file)
    session.time_allocation = {"1": 1}
    store.save(session, session_file)
    clock = FakeClock()
    app = _app(session_file, clock, ui_lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        widget = app.query_one(MeetingClock)
        await pilot.press("f5")
        clock.advance(59)
        widget.tick()
        await pilot.pause()
        assert not widget.has_class("-over") and "over" not in _line(app)
        clock.advance(16)
        widget.tick()
        await pilot.pause()
        assert widget.has_class("-over")
        assert tr(ui_lang, "clock.over", over="00:15") in _line(app)
        messages = [n.message for n in app._notifications]
        assert own(ui_lang, "notice.main_over", id="1", minutes=1) in messages


async def test_meeting_over_its_budget_turns_the_clock_red(session_file: Path, ui_lang: Language) -> None:
    session = store.load(session_file)
    session.time_budget_minutes = 10
    session.time_spent = {"2": 9 * 60}
    store.save(session, session_file)
    clock = FakeClock()
    app = _app(session_file, clock, ui_lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        widget = app.query_one(MeetingClock)
        meeting = own(ui_lang, "clock.meeting", elapsed="09:00", budget="10:00", remaining="01:00")
        assert meeting in _line(app) and not widget.has_class("-over")
        await pilot.press("f5")
        clock.advance(61)
        widget.tick()
        await pilot.pause()
        assert tr(ui_lang, "clock.meeting_over", elapsed="10:01", budget="10:00", over="00:01") in _line(app)
        assert widget.has_class("-over")


async def test_time_allocation_dialog_saves_minutes(session_file: Path, ui_lang: Language) -> None:
    app = _app(session_file, FakeClock(), ui_lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f8")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "TimeAllocationScreen"
        await pilot.press(*"30")  # first field: main question 1
        await pilot.pause()
        assert own(ui_lang, "alloc.sum", total=120, budget=120) in str(app.screen.query_one("#alloc-sum").render())
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "MainScreen"
        assert tr(ui_lang, "clock.main", id="1", spent="00:00", allotted="30:00") in _line(app)
        await pilot.press("ctrl+q")
    assert store.load(session_file).time_allocation == {"1": 30}


async def test_read_only_viewer_cannot_run_the_clock(session_file: Path, ui_lang: Language) -> None:
    before = session_file.read_bytes()
    clock = FakeClock()
    app = _app(session_file, clock, ui_lang, read_only=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f5")
        clock.advance(100)
        app.query_one(MeetingClock).tick()
        await pilot.pause()
        assert tr(ui_lang, "clock.paused") in _line(app)
        await pilot.press("ctrl+q")
    assert session_file.read_bytes() == before


async def test_a_viewer_of_the_same_live_session_sees_the_clock_run(session_file: Path, ui_lang: Language) -> None:
    clock = FakeClock()
    live = LiveSession(store.load(session_file), session_file)
    facilitator = PolitiradApp(live, lang=ui_lang, clock=clock)
    viewer = PolitiradApp(live, lang=ui_lang, read_only=True, clock=clock)
    async with facilitator.run_test(size=SIZE) as pilot, viewer.run_test(size=SIZE) as watching:
        await pilot.pause()
        await pilot.press("ctrl+g", *"2.1", "enter", "f5")
        clock.advance(125)
        viewer.query_one(MeetingClock).tick()
        await watching.pause()
        assert tr(ui_lang, "clock.running") in _line(viewer)
        assert tr(ui_lang, "clock.main", id="2", spent="02:05", allotted="20:00") in _line(viewer)
        await watching.press("f5")  # the viewer cannot stop it
        await watching.pause()
        assert facilitator.query_one(MeetingClock).running
        # only the facilitator hands time to the session
        for _ in range(3):
            viewer.query_one(MeetingClock).tick()
        assert live.session.time_spent == {}
        facilitator.query_one(MeetingClock).tick()
        await pilot.pause()
        assert live.session.time_spent == {"2": 125}
