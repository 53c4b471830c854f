"""Pilot tests of the year-over-year views as a facilitator meets them."""

from __future__ import annotations

from pathlib import Path

from politirad.models.catalogue import Language, tr
from politirad.sessions.storage import store
from politirad.sessions.live.session import LiveSession
from tests.years_samples import Y2024, Y2025, Y2026, copy_years
from politirad.tui.app import PolitiradApp
from politirad.tui.widgets.last_year import LastYearNote
from tests.ui_text import own, screen_text

SIZE = (120, 36)


def _app(path: Path, lang: str, read_only: bool = False) -> PolitiradApp:
    return PolitiradApp(LiveSession(store.load(path), path, read_only=read_only), lang=lang)


async def test_last_years_note_beside_this_years(tmp_path: Path, ui_lang: Language) -> None:
    folder = copy_years(tmp_path / "s")
    app = _app(folder / Y2026.name, ui_lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+g", *"4.4", "enter")
        await pilot.pause()
        pane = app.query_one(LastYearNote)
        assert pane.display
        assert pane.border_title == tr(ui_lang, "last_year.title", year=2025)
        assert pane.text.startswith("Tre møter i fjor med fast dagsorden.")
        await pilot.press("escape", "ctrl+g", *"6.1", "enter")
        await pilot.pause()
        assert pane.text == own(ui_lang, "last_year.empty")


async def test_last_year_comes_from_the_latest_earlier_year_in_english(tmp_path: Path) -> None:
    folder = copy_years(tmp_path / "s", Y2024, Y2025)
    app = _app(folder / Y2025.name, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+g", *"3.4", "enter")
        await pilot.pause()
        pane = app.query_one(LastYearNote)
        assert pane.border_title == "Last year (2024)"
        assert pane.text.startswith("🔒 Confidential last year – hidden")  # masked on screen
        await pilot.press("ctrl+r")  # the facilitator shows it
        await pilot.pause()
        assert pane.text.startswith("[confidential]\nUklart hva politiet kan dele")


async def test_no_last_year_pane_without_earlier_session(tmp_path: Path, ui_lang: Language) -> None:
    folder = copy_years(tmp_path / "s", Y2024)
    app = _app(folder / Y2024.name, ui_lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert not app.query_one(LastYearNote).display


async def test_scorecard_rates_this_year_beside_earlier_years(tmp_path: Path, ui_lang: Language) -> None:
    from politirad.tui.screens.scorecard import CriteriaTable, ScorecardScreen

    folder = copy_years(tmp_path / "s")
    path = folder / Y2026.name
    app = _app(path, ui_lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f6")
        await pilot.pause()
        assert isinstance(app.screen, ScorecardScreen)
        shown = screen_text(app)
        assert own(ui_lang, "scorecard.title") in shown and own(ui_lang, "scorecard.col.reason") in shown
        assert "Fast møtestruktur" in shown  # the guide's criterion, verbatim in either language
        table = app.screen.query_one(CriteriaTable)
        assert [str(c.label) for c in table.columns.values()][1:4] == ["2024", "2025", "2026"]
        assert table.get_row("motestruktur")[1:5] == ["1", "3", "4", "▁▄▆"]
        # 'malsettinger' is the fourth criterion: rate it 2 with a reason.
        await pilot.press("down", "down", "down", "2", "enter", *"Ikke avklart", "enter")
        await pilot.pause()
        assert table.get_row("malsettinger")[3] == "2"
        await pilot.press("tab", "space")  # tick the first pitfall
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ScorecardScreen)
        await pilot.press("ctrl+s")
        await pilot.pause()
    saved = store.load(path)
    assert saved.criteria["malsettinger"].score == 2
    assert saved.criteria["malsettinger"].reason == "Ikke avklart"
    assert saved.pitfalls == ["f1", "f6"]


async def test_scorecard_read_only_changes_nothing(tmp_path: Path, ui_lang: Language) -> None:
    folder = copy_years(tmp_path / "s", Y2026)
    path = folder / Y2026.name
    before = path.read_bytes()
    app = _app(path, ui_lang, read_only=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f6", "1", "enter", "tab", "space", "escape")
        await pilot.pause()
        assert app.live.session.criteria["forankring"].score == 5
        assert app.live.session.pitfalls == ["f6"]
    assert path.read_bytes() == before


async def test_compare_with_last_year_in_the_app(tmp_path: Path, ui_lang: Language) -> None:
    from politirad.tui.screens.compare import CompareScreen

    folder = copy_years(tmp_path / "s")
    app = _app(folder / Y2026.name, ui_lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f7")
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
        moved = f"({tr(ui_lang, 'status.pagar')} → {tr(ui_lang, 'status.fullfort')})"
        assert f"T3  Lage ungdata-basert kunnskapsgrunnlag om rus {moved}" in app.screen.report
        assert own(ui_lang, "comparison.closed") in app.screen.report
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, CompareScreen)


async def test_compare_without_earlier_year_says_so(tmp_path: Path, ui_lang: Language) -> None:
    folder = copy_years(tmp_path / "s", Y2024)
    app = _app(folder / Y2024.name, ui_lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f7")
        await pilot.pause()
        assert app.screen is app.main_screen
        assert [n.message for n in app._notifications] == [own(ui_lang, "browser.no_previous")]


async def test_scorecard_shows_hints_citing_the_guide(tmp_path: Path, ui_lang: Language) -> None:
    folder = copy_years(tmp_path / "s", Y2024)
    app = _app(folder / Y2024.name, ui_lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f6")
        await pilot.pause()
        hints = str(app.screen.query_one("#hints").render())
        assert "• " + own(ui_lang, "hint.meetings_below_minimum.one", n=1) in hints
        assert own(ui_lang, "hint.source.agreement") in hints


def test_last_year_is_looked_up_once_for_every_view(tmp_path: Path, monkeypatch) -> None:
    """An SSH meeting has many views; the folder is read once, not once per view."""
    import politirad.sessions.reports.carry
    from politirad.sessions.storage import store as session_store
    from politirad.sessions.live.session import LiveSession
    from politirad.sessions.live.view import ReadOnlyView

    calls: list[Path] = []
    real = politirad.sessions.reports.carry.find_last_year

    def counting(folder: Path, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(folder)
        return real(folder, *args, **kwargs)

    monkeypatch.setattr(politirad.sessions.reports.carry, "find_last_year", counting)
    copy_years(tmp_path, Y2025, Y2026)
    path = tmp_path / Y2026.name
    live = LiveSession(session_store.load(path), path)
    first = live.last_year()
    assert first is not None
    assert ReadOnlyView(live).last_year() is first  # a viewer's handle may read it too
    assert live.last_year() is first
    assert calls == [tmp_path]
