"""A whole meeting by keyboard alone, from a blank session to a complete TOML file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from politirad.models.catalogue import Language
from politirad.models.factory import new_session
from politirad.sessions.storage import store
from politirad.sessions.live.session import LiveSession
from politirad.tui.app import PolitiradApp
from politirad.tui.screens.setup import SetupScreen
from politirad.tui.widgets.action_table import ActionTable
from tests.ui_text import own, screen_text

SIZE = (80, 24)


async def test_set_up_choose_note_conclude_all_in_the_file(tmp_path: Path, ui_lang: Language) -> None:
    path = tmp_path / "2026-11-24-politirad.toml"
    store.save(new_session(dt.date(2026, 11, 24), ""), path)
    app = PolitiradApp(LiveSession(store.load(path), path), lang=ui_lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)
        assert own(ui_lang, "setup.council") in screen_text(app)
        await pilot.press(*"Politirådet i Lillevik", "ctrl+s")
        await pilot.pause()
        await pilot.press("f3")  # the cursor starts on 1.1: leave out 1.2
        await pilot.pause()
        assert own(ui_lang, "choice.title") in screen_text(app)
        await pilot.press("down", "space", "a", *"Eget spørsmål", "enter", "escape")
        await pilot.pause()
        await pilot.press("ctrl+g", *"1.7", "enter", *"Svar på eget spørsmål")
        await pilot.press("tab")  # note -> action table
        assert isinstance(app.focused, ActionTable)
        for n in range(1, 6):
            await pilot.press("a")
            await pilot.pause()
            await pilot.press(*f"Tiltak {n}", "ctrl+s")
            await pilot.pause()
            await pilot.press("m")
            await pilot.pause()
        await pilot.press("f4")
        await pilot.pause()
        for n in range(1, 6):
            await pilot.press("a", *f"Læring {n}", "enter")
        await pilot.press("3", "a", *"Rask varsling", "enter", "tab", "a", *"Fast kontakt", "enter")
        await pilot.pause()
        await pilot.press("escape", "ctrl+q")
    saved = store.load(path)
    assert saved.council.name == "Politirådet i Lillevik"
    assert saved.answer("1.2").included is False
    assert saved.answer("1.7").note == "Svar på eget spørsmål"
    assert [a.title for a in saved.actions if a.year_measure] == [f"Tiltak {n}" for n in range(1, 6)]
    assert saved.learning_points == [f"Læring {n}" for n in range(1, 6)]
    assert saved.expectations.police_of_municipality == ["Rask varsling"]
    assert saved.expectations.municipality_of_police == ["Fast kontakt"]
