"""Issue 14, the presentation rule: confidential notes (this year's and last year's)
are masked on screen until the facilitator reveals them with Ctrl+R; an SSH viewer
never can."""

from __future__ import annotations

from pathlib import Path

from politirad.models.catalogue import Language, tr
from politirad.sessions.live.presence import Presence, Role, Seat
from politirad.sessions.live.session import LiveSession
from politirad.sessions.live.view import ReadOnlyView
from politirad.sessions.storage import store
from politirad.tui.app import PolitiradApp
from politirad.tui.widgets.last_year import LastYearNote
from politirad.tui.widgets.note_pane import NoteEditor
from tests.ui_text import own
from tests.years_samples import Y2024, Y2025, copy_years

SIZE = (80, 24)
SECRET_LAST_YEAR = "Uklart hva politiet kan dele"


def _live(tmp_path: Path) -> LiveSession:
    folder = copy_years(tmp_path / "s", Y2024, Y2025)
    path = folder / Y2025.name
    live = LiveSession(store.load(path), path)
    live.set_note("3.4", "Tlf 99 88 77 66 til kontakten.")
    live.toggle_confidential("3.4")
    return live


def _screen_text(app: PolitiradApp) -> str:
    return app.screen.query_one(NoteEditor).text + "\n" + app.screen.query_one(LastYearNote).text


async def test_confidential_notes_masked_until_revealed(tmp_path: Path, ui_lang: Language) -> None:
    app = PolitiradApp(_live(tmp_path), lang=ui_lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+g", *"3.4", "enter")
        await pilot.pause()
        shown = _screen_text(app)
        assert "99 88 77 66" not in shown and SECRET_LAST_YEAR not in shown
        assert tr(ui_lang, "note.masked") in shown and tr(ui_lang, "last_year.masked") in shown
        editor = app.screen.query_one(NoteEditor)
        await pilot.press(*"xyz")  # typing into a masked note changes nothing
        assert app.live.session.answer("3.4").note == "Tlf 99 88 77 66 til kontakten."
        await pilot.press("ctrl+r")
        await pilot.pause()
        shown = _screen_text(app)
        assert "99 88 77 66" in shown and SECRET_LAST_YEAR in shown
        assert not editor.read_only
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert "99 88 77 66" not in _screen_text(app)


async def test_ssh_viewer_cannot_reveal(tmp_path: Path, ui_lang: Language) -> None:
    live = _live(tmp_path)
    presence = Presence()
    seat = Seat(presence, presence.join("Ola", Role.VIEWER), leads=False, follows=False)
    app = PolitiradApp(ReadOnlyView(live), lang=ui_lang, read_only=True, seat=seat)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+g", *"3.4", "enter")
        await pilot.pause()
        await pilot.press("ctrl+r")
        await pilot.pause()
        shown = _screen_text(app)
        assert "99 88 77 66" not in shown and SECRET_LAST_YEAR not in shown


async def test_f7_comparison_masks_confidential_notes(tmp_path: Path, ui_lang: Language) -> None:
    from politirad.tui.screens.compare import CompareScreen

    app = PolitiradApp(_live(tmp_path), lang=ui_lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f7")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
        assert SECRET_LAST_YEAR not in app.screen.report and "99 88 77" not in app.screen.report
        assert own(ui_lang, "comparison.withheld") in app.screen.report
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert SECRET_LAST_YEAR in app.screen.report


async def test_browser_search_hit_in_a_confidential_note_is_masked(tmp_path: Path, ui_lang: Language) -> None:
    from politirad.tui.browse import BrowserApp
    from politirad.tui.screens.browser import HitTable

    folder = copy_years(tmp_path / "s", Y2024)
    app = BrowserApp(folder, lang=ui_lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"enkeltungdommer", "enter")
        await pilot.pause()
        hits = app.screen.query_one(HitTable)
        cells = " ".join(str(c) for c in hits.get_row_at(0))
        assert "enkeltungdommer" not in cells and own(ui_lang, "hit.masked") in cells
