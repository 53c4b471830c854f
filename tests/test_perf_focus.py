"""Issue 16, Tab within a frame: a focus change redraws only what it changes, draws it
right, and a real style change (a theme switch) still redraws everything.

The counts are of work (cells rendered, layout passes), never of time.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.app import App, ComposeResult
from textual.screen import Screen
from textual.widgets import DataTable, Static

from politirad.tui.app import PolitiradApp
from politirad.tui.widgets.action_table import ActionTable
from politirad.tui.widgets.in_place import InPlaceText, update_static
from politirad.tui.widgets.note_pane import NotePane
from politirad.tui.widgets.question_tree import QuestionTree
from tests.counting import counting

SIZE = (100, 30)


def _with_measures(app: PolitiradApp, count: int = 8) -> None:
    for n in range(count):
        app.live.add_action(title=f"Tiltak nummer {n} med en lang tittel", responsible="Kari", question_id="1.1")  # type: ignore[union-attr]


@pytest.mark.parametrize("ui_lang", ["nb"])
async def test_tab_back_and_forth_renders_no_cell_twice_and_draws_the_same_screen(
    make_app: Callable[..., PolitiradApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        _with_measures(app, 30)  # more than the table shows: its scrollbar stays
        await pilot.pause()
        assert isinstance(app.focused, QuestionTree)
        for _ in range(3):  # tree → note → table → tree: each state drawn once
            await pilot.press("tab")
            await pilot.pause()
        assert isinstance(app.focused, QuestionTree)
        with counting(monkeypatch, DataTable, "_render_cell") as cells, counting(
            monkeypatch, QuestionTree, "render_label"
        ) as lines:
            for _ in range(3):
                await pilot.press("tab")
                await pilot.pause()
        assert isinstance(app.focused, QuestionTree)
        # ~10 rows of 6 columns and ~25 tree lines would be drawn again without the caches
        assert cells[0] <= 6 and lines[0] <= 4, (cells[0], lines[0])
        cached = app.export_screenshot()
        table, tree = app.screen.query_one(ActionTable), app.screen.query_one(QuestionTree)
        table._clear_caches()  # what Textual would have done: draw it all from scratch
        tree._line_cache.clear()
        app.screen.refresh(repaint=True)
        table.refresh()
        tree.refresh()
        await pilot.pause()
        assert app.export_screenshot() == cached


@pytest.mark.parametrize("ui_lang", ["nb"])
async def test_a_theme_change_redraws_the_table_and_the_tree(
    make_app: Callable[..., PolitiradApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        _with_measures(app)
        await pilot.pause()
        for _ in range(3):
            await pilot.press("tab")
            await pilot.pause()
        dark = app.export_screenshot()
        with counting(monkeypatch, DataTable, "_render_cell") as cells, counting(
            monkeypatch, QuestionTree, "render_label"
        ) as lines:
            app.theme = "textual-light"
            await pilot.pause()
            await pilot.pause()
        assert cells[0] >= 8 * 6 and lines[0] >= 10, (cells[0], lines[0])
        assert app.export_screenshot() != dark
        table = app.screen.query_one(ActionTable)
        assert table.rich_style.bgcolor is not None
        # the light theme's background, not the dark one cached before
        assert table.rich_style.bgcolor.triplet is not None and sum(table.rich_style.bgcolor.triplet) > 3 * 128
        editor = app.screen.query_one(NotePane).editor  # its theme's colours follow too
        background = editor._theme.base_style.bgcolor if editor._theme and editor._theme.base_style else None
        assert background is not None and background.triplet is not None and sum(background.triplet) > 3 * 128


@pytest.mark.parametrize("ui_lang", ["nb"])
async def test_the_measure_detail_shows_only_while_the_table_has_the_focus(make_app: Callable[..., PolitiradApp]) -> None:
    """It is updated on the focus change itself, in the frame that repaints for it."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        _with_measures(app, 2)
        await pilot.pause()
        detail = app.screen.query_one("#action-detail", Static)
        shown: list[bool] = []
        for _ in range(3):
            await pilot.press("tab")
            await pilot.pause()
            shown.append(detail.display and "Tiltak nummer 0" in str(detail.render()))
        assert shown == [False, True, False]


class _Texts(App[None]):
    def __init__(self, kind: type[Static] = Static) -> None:
        super().__init__()
        self.kind = kind

    def compose(self) -> ComposeResult:
        yield self.kind("en linje", id="text")
        yield Static("under", id="below")


@pytest.mark.parametrize("kind", [Static, InPlaceText])
async def test_update_static_lays_out_only_when_the_height_changes(monkeypatch: pytest.MonkeyPatch, kind: type[Static]) -> None:
    app = _Texts(kind)
    async with app.run_test(size=(40, 10)) as pilot:
        text = app.query_one("#text", Static)
        below = app.query_one("#below", Static)
        await pilot.pause()
        with counting(monkeypatch, Screen, "_refresh_layout") as layouts:
            update_static(text, "en annen")  # one line for one line
            await pilot.pause()
        assert layouts[0] == 0 and str(text.render()) == "en annen"
        update_static(text, "første linje\nandre linje\ntredje linje")
        await pilot.pause()
        assert text.region.height == 3 and below.region.y == text.region.bottom
        with counting(monkeypatch, Screen, "_refresh_layout") as layouts:
            update_static(text, "kort")
            await pilot.pause()
        assert text.region.height == 1 and below.region.y == 1
        # a Static's new height asks for a second pass through its virtual size
        assert layouts[0] == (1 if kind is InPlaceText else 2), layouts[0]


@pytest.mark.parametrize("ui_lang", ["nb"])
async def test_the_panes_scrollbars_are_drawn_again_only_when_they_change(
    make_app: Callable[..., PolitiradApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A focus change repaints the panes and their scrollbars; a bar that has not
    moved is not drawn again. One that moves is, and matches a bar drawn afresh."""
    from textual.scrollbar import ScrollBar

    from politirad.tui.widgets.kept_scrollbars import KeptScrollBar

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        _with_measures(app, 30)
        await pilot.pause()
        tree = app.screen.query_one(QuestionTree)
        bar = tree.vertical_scrollbar
        assert isinstance(bar, KeptScrollBar) and bar.display  # the guide's 39 lines do not fit
        for _ in range(3):
            await pilot.press("tab")
            await pilot.pause()
        with counting(monkeypatch, ScrollBar, "render") as drawn:
            for _ in range(3):
                await pilot.press("tab")
                await pilot.pause()
        assert drawn[0] == 0
        before = [strip.text for strip in bar.render_lines(bar.size.region)]
        with counting(monkeypatch, ScrollBar, "render") as drawn:
            await pilot.press("end")  # the tree scrolls to its last line: the thumb moves
            await pilot.pause()
        assert drawn[0] >= 1 and tree.scroll_y > 0
        kept = [(segment.text, segment.style) for strip in bar.render_lines(bar.size.region) for segment in strip]
        assert [strip.text for strip in bar.render_lines(bar.size.region)] != before
        bar._kept.clear()
        bar._styles_cache.clear()
        assert [(segment.text, segment.style) for strip in bar.render_lines(bar.size.region) for segment in strip] == kept
