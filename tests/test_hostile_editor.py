"""A paste followed by Ctrl+Z (and Ctrl+Y) never crashes the note editor (issue 13, item 7).

Textual's undo resized the editor before it put the cursor back; when the resize took
the scrollbar away, the cursor still pointed past the end of the shortened document and
the app exited with "The document line index 1 is out of bounds".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events

from politirad.models.catalogue import Language
from politirad.sessions.live.session import LiveSession
from politirad.sessions.storage import store
from politirad.tui.app import PolitiradApp
from politirad.tui.widgets.last_year import LastYearNote
from politirad.tui.widgets.note_pane import NoteEditor
from tests.years_samples import Y2026, copy_years


def _pasted(lines: int, long: bool) -> str:
    word = "lang tekst om samarbeid " * 12 if long else "kort"
    return "\n".join(f"Linje {n}: {word}" for n in range(lines))


async def _paste_undo_redo(
    app: PolitiradApp, size: tuple[int, int], text: str, last_year: bool = False
) -> None:
    async with app.run_test(size=size) as pilot:
        await pilot.press("ctrl+g", *"4.4", "enter")
        await pilot.pause()
        editor = app.focused
        assert isinstance(editor, NoteEditor)
        assert app.query_one(LastYearNote).display is last_year
        before = editor.text
        app.post_message(events.Paste(text))  # as the driver does
        await pilot.pause()
        assert text in editor.text
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert editor.text == before
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert text in editor.text
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert editor.text == before
        assert app.is_running


@pytest.mark.parametrize("size", [(80, 24), (120, 36)])
@pytest.mark.parametrize(("lines", "long"), [(10, True), (30, True), (400, True), (30, False)])
async def test_paste_then_undo_does_not_crash(
    make_app, size: tuple[int, int], lines: int, long: bool
) -> None:
    await _paste_undo_redo(make_app(), size, _pasted(lines, long))


@pytest.mark.parametrize("size", [(80, 24), (120, 36)])
async def test_paste_then_undo_with_last_year_open(tmp_path: Path, size: tuple[int, int], ui_lang: Language) -> None:
    folder = copy_years(tmp_path / "s")
    path = folder / Y2026.name
    app = PolitiradApp(LiveSession(store.load(path), path), lang=ui_lang)
    await _paste_undo_redo(app, size, _pasted(10, True), last_year=True)
