"""Ctrl+G, the go-to prompt over the key bar (issue 16 made it part of the meeting
screen instead of a dialog): it goes, it cancels, it warns, and it gives the focus
back; it takes no room from the panes; the screen's keys wait while it is open."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from politirad.models.catalogue import Language, tr
from politirad.tui.app import PolitiradApp
from politirad.tui.widgets.goto_bar import GotoBar
from politirad.tui.widgets.note_pane import NoteEditor, NotePane
from politirad.tui.widgets.question_tree import QuestionTree

SIZE = (80, 24)


async def test_ctrl_g_goes_to_the_note_and_esc_goes_back(make_app: Callable[..., PolitiradApp], ui_lang: Language) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        tree = app.screen.query_one(QuestionTree)
        panes = {w.id: w.region for w in app.screen.query("#tree, #note-pane, #actions")}
        await pilot.press("ctrl+g")
        await pilot.pause()
        bar = app.screen.query_one(GotoBar)
        assert bar.is_open and bar.region.bottom == SIZE[1] and bar.region.height == 3
        assert tr(ui_lang, "goto.prompt") in str(bar.query_one("#goto-prompt").render())
        assert {w.id: w.region for w in app.screen.query("#tree, #note-pane, #actions")} == panes  # no room taken
        await pilot.press("escape")
        await pilot.pause()
        assert not bar.is_open and app.focused is tree
        await pilot.press("ctrl+g", *"3,2", "enter")  # a comma, as typed on a Norwegian keyboard
        await pilot.pause()
        assert not bar.is_open and isinstance(app.focused, NoteEditor)
        assert app.screen.query_one(NotePane).question_id == "3.2"
        assert tree.cursor_node is not None and tree.cursor_node.data.question_id == "3.2"  # type: ignore[union-attr]


async def test_an_unknown_id_warns_and_the_focus_stays_where_it_was(
    make_app: Callable[..., PolitiradApp], ui_lang: Language
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+g", *"1.1", "enter")  # into a note first
        await pilot.pause()
        editor = app.focused
        assert isinstance(editor, NoteEditor)
        await pilot.press("ctrl+g", *"9.9", "enter")
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert tr(ui_lang, "goto.unknown", value="9.9") in messages
        assert app.focused is editor and app.screen.query_one(NotePane).question_id == "1.1"
        await pilot.press("ctrl+g", "enter")  # nothing typed: just closes
        await pilot.pause()
        assert app.focused is editor and not app.screen.query_one(GotoBar).is_open


async def test_tab_leaves_the_prompt_closed_and_ctrl_t_waits_while_it_is_open(
    make_app: Callable[..., PolitiradApp],
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+g", *"1.1", "enter", *"Hemmelig")
        await pilot.pause()
        await pilot.press("ctrl+g", "ctrl+t")  # would mark 1.1 confidential outside the prompt
        await pilot.pause()
        assert not app.live.session.answer("1.1").confidential
        bar = app.screen.query_one(GotoBar)
        assert bar.is_open
        await pilot.press("tab")
        await pilot.pause()
        assert not bar.is_open and app.focused is not None and app.focused not in bar.query("*")


async def test_opening_and_closing_the_prompt_repaints_the_prompt_and_the_pane_it_leaves(
    make_app: Callable[..., PolitiradApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A widget entering or leaving the display renumbers every other widget's drawing
    order and Textual repainted the whole screen (issue 16); shown by its visibility,
    the prompt costs its own lines and the tree's (whose focus colour changes)."""
    from textual._compositor import Compositor
    from textual.geometry import Region

    from politirad.tui.widgets.status_header import StatusHeader

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        untouched = [app.screen.query_one(StatusHeader).region, app.screen.query_one(NotePane).region]
        dirty: list[Region] = []
        original = Compositor.render_update

        def render_update(self: Compositor, *args: object, **kwargs: object) -> object:
            dirty.extend(self._dirty_regions)
            return original(self, *args, **kwargs)

        monkeypatch.setattr(Compositor, "render_update", render_update)
        for key in ("ctrl+g", "escape"):
            await pilot.press(key)
            await pilot.pause()
        monkeypatch.setattr(Compositor, "render_update", original)
        assert dirty and not [r for r in dirty for u in untouched if r.overlaps(u)]
        assert isinstance(app.focused, QuestionTree) and not app.screen.query_one(GotoBar).is_open
