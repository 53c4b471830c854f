"""Issue 14, the focus rule: after a dialog closes, focus is back where it was, and
one-letter commands never fire in a pane the facilitator did not move to."""

from __future__ import annotations

from collections.abc import Callable


from politirad.models.catalogue import Language, tr
from politirad.tui.app import PolitiradApp

from politirad.tui.widgets.note_pane import NoteEditor

SIZE = (80, 24)


async def _in_note(pilot, app: PolitiradApp) -> NoteEditor:  # type: ignore[no-untyped-def]
    await pilot.pause()
    await pilot.press("down", "enter")  # 1.1 opened from the tree
    await pilot.pause()
    editor = app.screen.query_one(NoteEditor)
    assert app.focused is editor
    return editor


async def test_palette_new_measure_returns_to_the_note(
    make_app: Callable[..., PolitiradApp], ui_lang: Language
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        editor = await _in_note(pilot, app)
        await pilot.press(*"Hei")
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*tr(ui_lang, "key.add"))  # the command's name as the palette shows it
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause(0.2)
        await pilot.press(*"Kurs")
        await pilot.press("ctrl+s")
        await pilot.pause(0.2)
        assert [a.title for a in app.live.session.actions] == ["Kurs"]
        assert app.focused is editor
        await pilot.press(*" asm")
        await pilot.pause()
        assert editor.text == "Hei asm"
        assert len(app.live.session.actions) == 1
