"""Pilot tests of the meeting screen as a facilitator uses it, by keyboard."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from politirad.models.actions import Status
from politirad.models.catalogue import Language, tr
from politirad.sessions.storage import store
from politirad.tui.widgets.action_table import ActionTable
from politirad.tui.widgets.note_pane import NoteEditor, NotePane
from politirad.tui.widgets.question_tree import QuestionTree
from tests.ui_text import own

SIZE = (120, 36)


async def test_ctrl_g_jumps_to_question_and_note_is_saved(make_app, session_file: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+g", "4", ".", "4", "enter")
        await pilot.pause()
        assert isinstance(app.focused, NoteEditor)
        assert app.query_one(NotePane).question_id == "4.4"
        await pilot.press(*"Fast leder: ordfører")
        await pilot.press("ctrl+s")
        await pilot.pause()
    saved = store.load(session_file)
    assert saved.answer("4.4").note == "Fast leder: ordfører"


async def test_enter_on_sub_question_moves_into_its_note(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        tree = app.query_one(QuestionTree)
        assert app.focused is tree
        assert tree.cursor_node.data.question_id == "1.1"
        await pilot.press("down")  # 1 -> 1.1 is highlighted first; move to 1.2
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.focused, NoteEditor)
        assert app.query_one(NotePane).question_id == "1.2"


async def test_tree_marks_answered_questions(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+g", *"2.3", "enter")
        await pilot.press(*"Ja, frivillige")
        await pilot.pause()
        tree = app.query_one(QuestionTree)
        label = tree._sub_nodes["2.3"].label.plain
        assert label.startswith("● 2.3")
        assert tree._main_nodes["2"].label.plain.endswith("(1/6)")
        assert tree._sub_nodes["2.4"].label.plain.startswith("○ 2.4")


async def test_unknown_id_in_goto_changes_nothing(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        before = app.query_one(NotePane).question_id
        await pilot.press("ctrl+g", *"9.9", "enter")
        await pilot.pause()
        assert app.query_one(NotePane).question_id == before
        assert not isinstance(app.focused, NoteEditor)


async def test_add_action_item_cycle_status_and_reopen(make_app, session_file: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+g", *"6.1", "enter")
        app.query_one(ActionTable).focus()
        await pilot.press("a")
        await pilot.pause()
        await pilot.press(*"Felles møteplan for 2027")
        await pilot.press("tab", *"Lag plan", "tab")  # details, then the side select
        form = app.screen
        form.query_one("#f-responsible").value = "SLT-koordinator"
        form.query_one("#f-deadline").value = "2027-03-01"
        await pilot.press("ctrl+s")
        await pilot.pause()
        table = app.query_one(ActionTable)
        assert table.row_count == 1
        table.focus()
        await pilot.press("s")
        await pilot.pause()
        await pilot.press("ctrl+q")
    saved = store.load(session_file)
    assert len(saved.actions) == 1
    item = saved.actions[0]
    assert item.title == "Felles møteplan for 2027"
    assert item.details == "Lag plan"
    assert item.responsible == "SLT-koordinator"
    assert item.deadline == dt.date(2027, 3, 1)
    assert item.question_id == "6.1"
    assert item.status is Status.PAGAR

    reopened = make_app()
    async with reopened.run_test(size=SIZE) as pilot:
        assert reopened.query_one(ActionTable).row_count == 1


async def test_invalid_deadline_keeps_form_open(make_app, session_file: Path, ui_lang: Language) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.query_one(ActionTable).focus()
        await pilot.press("a")
        await pilot.press(*"Tiltak")
        app.screen.query_one("#f-deadline").value = "2027-02-30"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "ActionForm"
        error = str(app.screen.query_one("#form-error").render())
        assert error == own(ui_lang, "form.bad_deadline", value="2027-02-30")
        await pilot.press("escape")
    assert store.load(session_file).actions == []


async def test_read_only_session_refuses_edits(make_app, session_file: Path) -> None:
    before = session_file.read_bytes()
    app = make_app(read_only=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+g", *"1.1", "enter")
        await pilot.press(*"hei")
        app.query_one(ActionTable).focus()
        await pilot.press("a")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "MainScreen"
        await pilot.press("ctrl+q")
    assert session_file.read_bytes() == before


async def test_f1_lists_keys_of_focused_pane(make_app, ui_lang: Language) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.query_one(ActionTable).focus()
        await pilot.press("f1")
        await pilot.pause()
        text = str(app.screen.query_one("#help-text").render())
        assert own(ui_lang, "help.title", pane=tr(ui_lang, "pane.actions")) in text
        assert tr(ui_lang, "key.status") in text and tr(ui_lang, "key.add") in text
        assert own(ui_lang, "key.status_back") in text
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "MainScreen"


async def test_escape_in_the_note_goes_back_to_the_tree(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+g", *"2.2", "enter")
        await pilot.pause()
        assert isinstance(app.focused, NoteEditor)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.focused, QuestionTree)
        assert app.focused.cursor_node.data.question_id == "2.2"
