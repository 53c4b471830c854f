"""Issue 14: one allocation rule for clock, F8 and the preparation sheet, and time
charged only to the question being discussed (not while F4, F6 or F8 is open)."""

from __future__ import annotations

from pathlib import Path

import pytest

from politirad.models.catalogue import Language
from politirad.sessions.live.session import LiveSession
from politirad.sessions.storage import store
from politirad.tui.app import PolitiradApp
from tests.clock_helpers import FakeClock, ticks_only_by_hand

SIZE = (80, 24)


@pytest.fixture(autouse=True)
def _no_ticks(monkeypatch: pytest.MonkeyPatch) -> None:
    ticks_only_by_hand(monkeypatch)


@pytest.mark.parametrize("key", ["f4", "f6", "f8"])
async def test_time_while_f4_f6_f8_is_open_is_charged_to_no_question(
    session_file: Path, key: str, ui_lang: Language
) -> None:
    clock = FakeClock()
    live = LiveSession(store.load(session_file), session_file)
    app = PolitiradApp(live, lang=ui_lang, clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+g", *"1.1", "enter")
        await pilot.pause()
        await pilot.press("f5")
        clock.advance(60)
        await pilot.press(key)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is not app.main_screen
        clock.advance(600)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is app.main_screen
        clock.advance(30)
        live.clock_hand_over(clock())
        assert live.session.time_spent == {"1": 90}


def test_clock_f8_and_the_preparation_sheet_share_one_allocation(session_file: Path) -> None:
    """Issue 14: with {"1": 30} (what F8 saves when the other fields stay blank) the
    sheet printed 2-6 blank while the clock gave them 18 minutes; the council's own
    main question 7 got time in F8 and none on the sheet."""
    from politirad.sessions.documents.export import render_document
    from politirad.sessions.live.timebox import allocation

    live = LiveSession(store.load(session_file), session_file)
    main = live.add_own_main("Ungdom og rus")
    live.add_own_question(main.id, "Hva gjør vi for ungdom i helgene?")
    live.update_setup(time_allocation={"1": 30})
    session = live.session
    shares = allocation(session)
    assert shares["1"] == 30 and shares[main.id] > 0
    sheet = render_document(session, "prep")
    for main_id, minutes in shares.items():
        row = next(line for line in sheet.splitlines() if line.lstrip().startswith(f"{main_id}. "))
        assert f"{minutes} min" in row, row
