"""Pilot tests of the year-over-year views as a facilitator meets them."""

from __future__ import annotations

from pathlib import Path

from sessions import store
from sessions.live import LiveSession
from tests.years_samples import Y2024, Y2025, Y2026, copy_years
from tui.app import PolitiradApp
from tui.widgets.last_year import LastYearNote

SIZE = (120, 36)


def _app(path: Path, lang: str = "nb", read_only: bool = False) -> PolitiradApp:
    return PolitiradApp(LiveSession(store.load(path), path, read_only=read_only), lang=lang)


async def test_last_years_note_beside_this_years(tmp_path: Path) -> None:
    folder = copy_years(tmp_path / "s")
    app = _app(folder / Y2026.name)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+g", *"4.4", "enter")
        await pilot.pause()
        pane = app.query_one(LastYearNote)
        assert pane.display
        assert pane.border_title == "I fjor (2025-03-13)"
        assert pane.text.startswith("Tre møter i fjor med fast dagsorden.")
        await pilot.press("escape", "ctrl+g", *"6.1", "enter")
        await pilot.pause()
        assert pane.text == "(ikke besvart i fjor)"


async def test_last_year_comes_from_the_latest_earlier_year_in_english(tmp_path: Path) -> None:
    folder = copy_years(tmp_path / "s", Y2024, Y2025)
    app = _app(folder / Y2025.name, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+g", *"3.4", "enter")
        await pilot.pause()
        pane = app.query_one(LastYearNote)
        assert pane.border_title == "Last year (2024-03-14)"
        assert pane.text.startswith("[confidential]\nUklart hva politiet kan dele")


async def test_no_last_year_pane_without_earlier_session(tmp_path: Path) -> None:
    folder = copy_years(tmp_path / "s", Y2024)
    app = _app(folder / Y2024.name)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert not app.query_one(LastYearNote).display
