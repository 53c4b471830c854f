"""Issue 14 at 80×24: maximise, a key bar with every F-key, dialogs that fit, cut
text readable in full, keys shown as typed, English statuses, readable ticks."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.widgets import Static

from politirad.models.catalogue import Language, tr

from politirad.tui.app import PolitiradApp
from politirad.tui.keys import help_groups
from politirad.tui.screens.confirm import ConfirmScreen
from politirad.tui.widgets.action_table import ActionTable
from politirad.tui.widgets.key_line import KeyLine
from politirad.tui.widgets.note_pane import NotePane
from politirad.tui.widgets.tick_box import TickBox
from tests.ui_text import own

SIZE = (80, 24)


async def test_ctrl_f_maximises_the_note_and_esc_restores(make_app: Callable[..., PolitiradApp]) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+g", *"1.1", "enter")
        await pilot.pause()
        note = app.screen.query_one(NotePane)
        small = note.region
        await pilot.press("ctrl+f")
        await pilot.pause()
        assert app.screen.maximized is note
        assert note.region.height > small.height + 5 and note.region.width == SIZE[0]
        await pilot.press(*"abc")  # typing goes on in the enlarged note
        assert note.editor.text.endswith("abc")
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.maximized is None and app.focused is note.editor


async def test_key_bar_shows_every_f_key_ctrl_g_and_ctrl_q(
    make_app: Callable[..., PolitiradApp], ui_lang: Language
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        bar = app.screen.query_one("#key-bar", KeyLine)
        shown = "\n".join(str(line) for line in str(bar.render()).splitlines())
        for key in ("F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "Ctrl+G", "Ctrl+Q"):
            assert key in shown
        assert bar.region.bottom <= SIZE[1] and bar.region.height == 2
        # an entry never breaks over two lines
        assert f"F7 {tr(ui_lang, 'bar.compare_last')}" in shown.splitlines()[1]
        assert f"F4 {own(ui_lang, 'bar.conclusions')}" in shown and f"F6 {own(ui_lang, 'bar.scorecard')}" in shown
        assert f"Ctrl+P {own(ui_lang, 'bar.palette')}" in shown


async def test_delete_confirmation_shows_the_whole_title(
    make_app: Callable[..., PolitiradApp], ui_lang: Language
) -> None:
    app = make_app()
    title = "Felles trygghetsvandring med politi og kommune i sentrum hver måned, også i feriene"
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.live.add_action(title=title)  # type: ignore[union-attr]
        await pilot.pause()
        app.screen.query_one(ActionTable).focus()
        await pilot.press("delete")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        label = app.screen.query_one("Label")
        assert label.region.height >= 2
        assert str(label.render()).replace("\n", " ") == tr(ui_lang, "confirm.delete", id="T1", title=title)
        assert app.screen.query_one("#no").region.bottom <= SIZE[1]


async def test_f3_shows_the_highlighted_question_in_full(make_app: Callable[..., PolitiradApp]) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f3")
        await pilot.pause()
        await pilot.press("down", "down", "down", "down", "down")  # from 1.1 to 1.6, cut in the tree
        await pilot.pause()
        preview = str(app.screen.query_one("#choice-preview", Static).render())
        assert preview.startswith("1.6") and preview.rstrip().endswith("?")


async def test_help_shows_keys_as_typed(make_app: Callable[..., PolitiradApp]) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.screen.query_one(ActionTable).focus()
        await pilot.pause()
        _, groups = help_groups(app.focused, app.screen, app, app.t)
        keys = [k for _, rows in groups for k, _ in rows]
        assert "a" in keys and "A" not in keys and "S" in keys and "Delete" in keys and "Esc" not in keys[:6]


@pytest.mark.parametrize("ui_lang", ["en"])
async def test_english_statuses_and_measures(make_app: Callable[..., PolitiradApp]) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.live.add_action(title="Course")  # type: ignore[union-attr]
        await pilot.pause()
        table = app.screen.query_one(ActionTable)
        assert str(table.get_row_at(0)[1]) == "not started"
        assert table.border_title == "Measures"


async def test_tick_box_reads_without_colour() -> None:
    from textual.app import App

    class One(App[None]):
        def compose(self):  # type: ignore[no-untyped-def]
            yield TickBox("★", False, id="box")

    app = One()
    async with app.run_test(size=SIZE) as pilot:
        box = app.query_one(TickBox)
        assert str(box.render()).startswith("[ ]")
        box.value = True
        await pilot.pause()
        assert str(box.render()).startswith("[x]")


async def test_the_highlighted_measure_is_readable_in_full(
    make_app: Callable[..., PolitiradApp], ui_lang: Language
) -> None:
    """At 80×24 the table cuts the title and scrolls Ansvar/Spm. sideways; the detail
    line under it shows them whole while the table has focus."""
    app = make_app()
    title = "Felles trygghetsvandring med politi og kommune i sentrum hver måned"
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.live.add_action(title=title, responsible="Kari Nordmann (Stryn)", question_id="1.1")  # type: ignore[union-attr]
        await pilot.pause()
        detail = app.screen.query_one("#action-detail", Static)
        assert not detail.display
        app.screen.query_one(ActionTable).focus()
        await pilot.pause()
        shown = str(detail.render())
        assert detail.display and title in shown.replace("\n", " ")
        assert "Kari Nordmann (Stryn)" in shown and f"{tr(ui_lang, 'col.question')} 1.1" in shown
        assert own(ui_lang, "status.ikke_startet") in shown
        assert detail.region.bottom <= SIZE[1] - 2  # above the key bar
