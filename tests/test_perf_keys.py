"""Issue 16, keys within a frame: Enter in a note lays out nothing but itself, and the
first save of a meeting costs what later ones do. Work is counted, never timed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.screen import Screen

from politirad.models.session import Answer
from politirad.sessions.storage import store
from politirad.tui.app import PolitiradApp
from politirad.tui.widgets.note_pane import NotePane
from tests.counting import counting

SIZE = (80, 24)


@pytest.mark.parametrize("ui_lang", ["nb"])
async def test_enter_in_a_note_lays_out_only_when_a_scrollbar_comes(
    make_app: Callable[..., PolitiradApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+g", *"1.1", "enter", *"Første linje")
        await pilot.pause()
        editor = app.screen.query_one(NotePane).editor
        with counting(monkeypatch, Screen, "_refresh_layout") as layouts:
            await pilot.press("enter", *"andre")
            await pilot.pause()
        assert layouts[0] == 0
        assert editor.text == "Første linje\nandre" and editor.virtual_size.height == 2
        assert not editor.show_vertical_scrollbar
        for n in range(editor.size.height + 2):  # past the bottom: the scrollbar comes
            await pilot.press("enter", *f"linje {n}")
        await pilot.pause()
        assert editor.show_vertical_scrollbar
        assert editor.virtual_size.height == editor.document.line_count
        cursor_row = editor.cursor_screen_offset.y
        assert editor.region.y <= cursor_row < editor.region.bottom  # the cursor stays in view
        assert editor.scroll_y == editor.max_scroll_y


@pytest.mark.parametrize("ui_lang", ["nb"])
async def test_the_first_save_of_a_meeting_formats_only_what_changed(
    make_app: Callable[..., PolitiradApp], monkeypatch: pytest.MonkeyPatch, session_file: Path
) -> None:
    """The app fills the save cache after its first frame: the first journal and save
    of the meeting format the one note typed, not every note and measure (107 ms at
    2,000 notes and 500 measures, one second into the first note)."""
    session = store.load(session_file)
    for qid in ("1.1", "1.2", "1.3", "3.1"):
        session.answers[qid] = Answer(note=f"Notat under {qid}")
    store.save(session, session_file)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        formatted: list[str] = []
        original = store.answer_toml
        monkeypatch.setattr(store, "answer_toml", lambda qid, answer: formatted.append(qid) or original(qid, answer))
        await pilot.press("ctrl+g", *"2.1", "enter", *"Notat")
        await pilot.pause()
        assert app.writer is not None and app.writer.flush_journal()
        assert formatted == ["2.1"]
        await pilot.press("ctrl+s")
        await pilot.pause()
        app.writer.wait_for_disk()
    assert store.load(session_file).answers["2.1"].note == "Notat"


def _screen(app: PolitiradApp) -> list[list[tuple[str, object]]]:
    """Every cell's text and style on the screen, line by line."""
    return [[(segment.text, segment.style) for segment in strip] for strip in app.screen._compositor.render_strips()]


async def _redrawn_from_scratch(app: PolitiradApp, pilot: object) -> list[list[tuple[str, object]]]:
    """The screen as Textual would draw it with every cached cell and line thrown away."""
    from politirad.tui.widgets.action_table import ActionTable

    table = app.screen.query_one(ActionTable)
    table._clear_caches()
    table.refresh()
    app.screen.refresh(repaint=True)
    await pilot.pause()  # type: ignore[attr-defined]
    return _screen(app)


@pytest.mark.parametrize("ui_lang", ["nb"])
@pytest.mark.parametrize("measures", [1, 30])
async def test_a_status_key_redraws_only_its_row_and_draws_what_a_full_redraw_draws(
    make_app: Callable[..., PolitiradApp], monkeypatch: pytest.MonkeyPatch, measures: int
) -> None:
    """30 measures: the status column keeps its width, so only the cursor's row is
    drawn again (DataTable's own update redraws every visible row). One measure: its
    status is the column's widest cell, the column narrows and the table is redrawn."""
    from textual.widgets import DataTable

    from politirad.tui.labels import status_label
    from politirad.tui.widgets.action_table import ActionTable

    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        for n in range(measures):
            app.live.add_action(title=f"Tiltak {n}", responsible="Kari", question_id="1.1")  # type: ignore[union-attr]
        await pilot.pause()
        table = app.screen.query_one(ActionTable)
        table.focus()
        await pilot.press("down")
        await pilot.pause()
        row = table.cursor_row
        target = table.current_id()
        before = [table.get_row_at(n) for n in range(table.row_count)]
        with counting(monkeypatch, DataTable, "_render_cell") as cells:
            await pilot.press("s")
            await pilot.pause()
        status = app.live.session.action(target).status  # type: ignore[arg-type]
        after = [table.get_row_at(n) for n in range(table.row_count)]
        assert str(after[row][1]) == status_label(app.t, status) != str(before[row][1])
        assert [r for n, r in enumerate(after) if n != row] == [r for n, r in enumerate(before) if n != row]
        detail = str(app.screen.query_one("#action-detail").render())
        assert detail.startswith(f"{target} ") and status_label(app.t, status) in detail
        if measures > 1:
            assert cells[0] <= len(after[row]), cells[0]  # one row's cells, not ten rows'
        shown = _screen(app)
        redrawn = await _redrawn_from_scratch(app, pilot)
        assert [n for n, (a, b) in enumerate(zip(shown, redrawn)) if a != b] == []
