"""The scorecard (F6) and the year comparison (F7) follow edits made in another view.

One live session serves the facilitator's app and every co-facilitator's over SSH;
a screen left open while someone else rates, ticks or writes must show it at once,
with the person's cursor and scroll where they were, and without reading the other
years' files again (they do not change during the meeting).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import politirad.sessions.reports.years
from politirad.models.catalogue import Language, tr
from politirad.models.session import CriterionRating
from politirad.sessions.storage import store
from politirad.sessions.live.session import LiveSession
from tests.ui_text import own
from tests.years_samples import Y2026, copy_years
from politirad.tui.app import PolitiradApp

SIZE = (120, 36)


class Elsewhere:
    """Stands for another person's view as the origin of a change."""


@pytest.fixture
def live(tmp_path: Path) -> LiveSession:
    folder = copy_years(tmp_path / "s")
    path = folder / Y2026.name
    return LiveSession(store.load(path), path, autosave_delay=3600, journal_delay=None)


@pytest.fixture
def disk_reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every session file loaded by the year lookups from now on."""
    reads: list[Path] = []
    real = politirad.sessions.reports.years.store.load

    def counting(path: Path):  # type: ignore[no-untyped-def]
        reads.append(path)
        return real(path)

    monkeypatch.setattr(politirad.sessions.reports.years.store, "load", counting)
    return reads


def _text(app: PolitiradApp, selector: str) -> str:
    return str(app.screen.query_one(selector).render())


async def test_a_co_facilitators_rating_and_pitfall_show_in_an_open_scorecard(
    live: LiveSession, ui_lang: Language
) -> None:
    from textual.widgets import SelectionList

    from politirad.tui.screens.scorecard import CriteriaTable, ScorecardScreen

    facilitator = PolitiradApp(live, lang=ui_lang)
    co_facilitator = PolitiradApp(live, lang=ui_lang)
    async with facilitator.run_test(size=SIZE) as mine, co_facilitator.run_test(size=SIZE) as theirs:
        await mine.press("f6", "down", "down", "down")  # the facilitator reads 'malsettinger'
        await mine.pause()
        assert isinstance(facilitator.screen, ScorecardScreen)
        table = facilitator.screen.query_one(CriteriaTable)
        assert table.get_row("motestruktur")[1:5] == ["1", "3", "4", "▁▄▆"]
        pitfalls = facilitator.screen.query_one(SelectionList)
        assert "f1" not in pitfalls.selected

        await theirs.press("f6", "down", "2", "tab", "space")  # 'motestruktur' to 2; tick f1
        await theirs.pause()
        await mine.pause()

        assert live.session.criteria["motestruktur"].score == 2
        assert table.get_row("motestruktur")[1:5] == ["1", "3", "2", "▁▄▂"]
        assert "f1" in pitfalls.selected
        assert table.cursor_row == 3 and table.current_key() == "malsettinger"
        assert facilitator.screen.focused is table


async def test_a_reason_and_a_meeting_count_set_elsewhere_show_in_the_scorecard(
    live: LiveSession, disk_reads: list[Path], ui_lang: Language
) -> None:
    from politirad.tui.screens.scorecard import CriteriaTable

    app = PolitiradApp(live, lang=ui_lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f6", "down")
        await pilot.pause()
        table = app.screen.query_one(CriteriaTable)
        opened_with = len(disk_reads)
        one_meeting = "• " + own(ui_lang, "hint.meetings_below_minimum.one", n=1)
        assert one_meeting not in _text(app, "#hints")

        criteria = dict(live.session.criteria)
        criteria["motestruktur"] = CriterionRating(score=5, reason="Faste datoer hele året")
        live.update_setup(origin=Elsewhere(), criteria=criteria, meetings_past_year=1)
        await pilot.pause()

        assert table.get_row("motestruktur")[3:5] == ["5", "▁▄█"]
        assert str(table.get_row("motestruktur")[-1]) == "Faste datoer hele året"
        assert "Faste datoer hele året" in _text(app, "#criterion-detail")  # the cursor's row
        assert one_meeting in _text(app, "#hints")
        assert table.cursor_row == 1
        assert len(disk_reads) == opened_with  # earlier years are not read again

        reason = table.get_row("motestruktur")[-1]
        live.set_note("4.4", "Notater vises ikke her", origin=Elsewhere())
        await pilot.pause()
        assert table.get_row("motestruktur")[-1] is reason  # typing elsewhere redraws nothing


async def test_an_open_comparison_follows_notes_and_measures_with_its_scroll_kept(
    live: LiveSession, disk_reads: list[Path], ui_lang: Language
) -> None:
    from textual.containers import VerticalScroll

    from politirad.tui.screens.compare import CompareScreen

    app = PolitiradApp(live, lang=ui_lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f7", "pagedown")
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
        body = app.screen.query_one("#compare-body", VerticalScroll)
        scrolled = body.scroll_y
        assert scrolled > 0
        opened_with = len(disk_reads)
        assert "6.1" not in _text(app, "#compare-text")

        someone = Elsewhere()
        live.set_note("6.1", "Vi forventer raskere svar fra politiet.", origin=someone)
        live.add_action(origin=someone, title="Felles nattevandring i sommerferien")
        await pilot.pause()

        shown = _text(app, "#compare-text")
        assert "6.1" in shown and "Vi forventer raskere svar fra politiet." in shown
        opened = shown.split(f"{tr(ui_lang, 'comparison.opened')}:")[1].split("\n\n")[0]
        assert "Felles nattevandring i sommerferien" in opened
        assert body.scroll_y == scrolled
        assert len(disk_reads) == opened_with  # last year is not read again

        text = app.screen.query_one("#compare-text")
        rendered = text.render()
        live.add_time_spent("1", 30, origin=someone)  # the clock changes nothing compared
        live.select("2.1", origin=someone)
        await pilot.pause()
        assert text.render() is rendered

        live.update_setup(origin=someone, date=dt.date(2026, 11, 24))
        await pilot.pause()
        assert "2026-11-24" in _text(app, ".year-title")


async def test_a_date_moved_elsewhere_gives_the_scorecard_this_years_column_anew(
    live: LiveSession, ui_lang: Language
) -> None:
    from politirad.tui.screens.scorecard import CriteriaTable

    app = PolitiradApp(live, lang=ui_lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f6", "down", "down")
        await pilot.pause()
        table = app.screen.query_one(CriteriaTable)
        live.update_setup(origin=Elsewhere(), date=dt.date(2026, 11, 24))
        await pilot.pause()
        assert [str(k.value) for k in table.columns][1:4] == ["2024-03-14", "2025-03-13", "2026-11-24"]
        assert table.get_row("motestruktur")[1:5] == ["1", "3", "4", "▁▄▆"]
        assert table.cursor_row == 2
