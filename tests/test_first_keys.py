"""Keys typed the moment the meeting screen appears act on the question it shows.

The tree's lines are numbered lazily by Textual; moving the cursor to the first
question used to wait for the next refresh, so a quick Enter or ↓ landed on the tree's
first line (main question 1) instead of the sub-question the note pane already showed.
"""

from __future__ import annotations

from politirad.tui.widgets.note_pane import NoteEditor, NotePane
from politirad.tui.widgets.question_tree import QuestionTree


async def test_enter_at_once_opens_the_note_of_the_question_shown(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        tree = app.screen.query_one(QuestionTree)
        assert tree.cursor_node is not None and tree.cursor_node.data is not None
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.focused, NoteEditor)
        assert app.screen.query_one(NotePane).question_id == "1.1"


async def test_down_at_once_moves_from_the_question_shown(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("down")
        await pilot.pause()
        assert app.screen.query_one(NotePane).question_id == "1.2"
