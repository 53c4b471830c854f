"""Ctrl+P: every action under its Norwegian name; typing a name and Enter runs it."""

from __future__ import annotations

from pathlib import Path

from textual.command import CommandPalette

from politirad.sessions.storage import store
from politirad.sessions.live.session import LiveSession
from politirad.tui.app import PolitiradApp
from politirad.tui.commands import PolitiradCommands
from politirad.tui.keys import PALETTE_EXTRAS, palette_commands
from politirad.models.catalogue import CATALOGUE as STRINGS
from politirad.models.catalogue import Language, tr
from politirad.tui.widgets.meeting_clock import MeetingClock
from tests.ui_text import own

SIZE = (80, 24)


def _app(path: Path, lang: str) -> PolitiradApp:
    return PolitiradApp(LiveSession(store.load(path), path), lang=lang, clock=lambda: 0.0)


async def _run_from_palette(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("ctrl+p")
    await pilot.pause()
    assert isinstance(pilot.app.screen, CommandPalette)
    await pilot.press(*text)
    await pilot.pause(0.3)  # the palette gathers hits in a worker
    await pilot.press("enter")
    await pilot.pause()


async def test_palette_starts_the_clock_by_its_norwegian_name(session_file: Path, ui_lang: Language) -> None:
    app = _app(session_file, ui_lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await _run_from_palette(pilot, tr(ui_lang, "key.clock"))
        assert not isinstance(app.screen, CommandPalette)
        assert app.query_one(MeetingClock).running


async def test_palette_runs_a_pane_action_in_its_pane(session_file: Path, ui_lang: Language) -> None:
    app = _app(session_file, ui_lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await _run_from_palette(pilot, tr(ui_lang, "key.add"))
        assert app.screen.__class__.__name__ == "ActionForm"


async def test_palette_lists_every_bound_action_in_norwegian(session_file: Path, ui_lang: Language) -> None:
    app = _app(session_file, ui_lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        provider = PolitiradCommands(app.screen)
        names = [hit.text async for hit in provider.discover()]
        expected = {app.t(c.label) for c in palette_commands(app.screen, app)}
        expected |= {app.t(e.label) for e in PALETTE_EXTRAS if e.action != f"language_{app.lang}"}
        assert set(names) == expected
        for key in ("key.save", "key.goto", "key.clock", "key.status"):
            assert tr(ui_lang, key) in names
        assert own(ui_lang, "key.language_en") in names and own(ui_lang, "key.time_allocation") in names
        # every command is named from the catalogue, so it has a bokmål name
        labels = [c.label for c in palette_commands(app.screen, app)]
        assert all(label in STRINGS for label in labels), [x for x in labels if x not in STRINGS]


async def test_palette_placeholder_follows_the_language(session_file: Path) -> None:
    app = _app(session_file, "en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        assert palette.query_one("Input").placeholder == "Search for an action …"
        await pilot.press("escape")


async def test_palette_on_another_screen_offers_that_screens_actions(session_file: Path, ui_lang: Language) -> None:
    app = _app(session_file, ui_lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f3")  # choice of questions (issue 3a)
        await pilot.pause()
        screen = app.screen
        names = [hit.text async for hit in PolitiradCommands(screen).discover()]
        assert tr(ui_lang, "key.choice_toggle") in names and tr(ui_lang, "key.back") in names
        assert own(ui_lang, "key.choice_add_main") in names
        await _run_from_palette(pilot, tr(ui_lang, "key.back"))
        assert app.screen is app.main_screen
