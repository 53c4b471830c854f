"""Issue 14: a measure captured from the note without leaving it, at 80×24."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual.widgets import Input, Select

from politirad.models.actions import Status
from politirad.models.catalogue import Language, tr
from politirad.models.factory import new_session
from politirad.models.people import Participant
from politirad.sessions.live.session import LiveSession
from politirad.sessions.storage import store
from politirad.tui.app import PolitiradApp
from politirad.tui.screens.action_form import ActionForm
from politirad.tui.widgets.action_table import ActionTable
from politirad.tui.widgets.note_pane import NoteEditor
from tests.ui_text import own, screen_text

SIZE = (80, 24)


def _app(tmp_path: Path, lang: Language) -> PolitiradApp:
    session = new_session(dt.date(2026, 11, 24), "Politirådet i Tre kommuner")
    session.participants = [
        Participant(name="Kari Nordmann", role="ordfører", side="kommune", represents="Stryn"),  # type: ignore[arg-type]
        Participant(name="Per Hansen", role="politikontakt", side="politi", represents="Nordfjord lensmannskontor"),  # type: ignore[arg-type]
    ]
    path = tmp_path / "2026-11-24-tre.toml"
    store.save(session, path)
    return PolitiradApp(LiveSession(store.load(path), path), lang=lang)


async def test_ctrl_n_turns_the_note_line_into_a_measure_and_typing_goes_on(tmp_path: Path, ui_lang: Language) -> None:
    app = _app(tmp_path, ui_lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+g", *"2.1", "enter")
        await pilot.pause()
        editor = app.screen.query_one(NoteEditor)
        await pilot.press(*"Bra samarbeid.", "enter", *"- Felles kurs for SLT", "enter", *"Mer")
        await pilot.press("up")
        where = editor.cursor_location
        await pilot.press("ctrl+n")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ActionForm)
        assert form.query_one("#f-title", Input).value == "Felles kurs for SLT"
        assert form.query_one("#f-question", Input).value == "2.1"
        labels = screen_text(app)
        assert own(ui_lang, "form.person") in labels and own(ui_lang, "form.who") in labels
        form.query_one("#f-person", Select).value = 0  # Kari Nordmann (Stryn)
        await pilot.pause()
        assert form.query_one("#f-responsible", Input).value == "Kari Nordmann (Stryn)"
        form.query_one("#f-deadline", Input).value = "31.3"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is app.main_screen
        (item,) = app.live.session.actions
        assert (item.title, item.question_id, item.deadline) == ("Felles kurs for SLT", "2.1", dt.date(2027, 3, 31))
        assert item.responsible == "Kari Nordmann (Stryn)" and item.responsible_side == "kommune"
        assert app.focused is editor and editor.cursor_location == where
        await pilot.press(*" asm")
        await pilot.pause()
        line, col = "- Felles kurs for SLT", where[1]
        assert editor.text.splitlines() == ["Bra samarbeid.", line[:col] + " asm" + line[col:], "Mer"]
        assert len(app.live.session.actions) == 1 and not app.live.session.actions[0].year_measure


async def test_a_bad_deadline_is_shown_in_view_and_the_form_stays(tmp_path: Path, ui_lang: Language) -> None:
    app = _app(tmp_path, ui_lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+g", *"2.1", "enter", *"Kurs", "ctrl+n")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ActionForm)
        form.query_one("#f-deadline", Input).value = "snart"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is form
        error = form.query_one("#form-error")
        assert str(error.render()) == own(ui_lang, "form.bad_deadline", value="snart")
        assert error.region.y >= 0 and error.region.bottom <= SIZE[1]  # on screen, not scrolled away
        save = form.query_one("#save")
        assert save.region.bottom <= SIZE[1]  # the buttons fit 80×24 without scrolling


async def test_status_cycles_both_ways_with_one_toast_and_overdue_is_marked(tmp_path: Path, ui_lang: Language) -> None:
    app = _app(tmp_path, ui_lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.live.add_action(title="Gammelt tiltak", deadline=dt.date(2026, 3, 31))  # type: ignore[union-attr]
        await pilot.pause()
        table = app.screen.query_one(ActionTable)
        table.focus()
        await pilot.pause()
        assert "⚠" in str(table.get_row_at(0)[3])
        await pilot.press("s", "s", "S")
        await pilot.pause()
        assert app.live.session.actions[0].status is Status.PAGAR
        status_toasts = [n.message for n in app._notifications if n.message.startswith("T")]
        assert status_toasts == [tr(ui_lang, "notice.status", id="T1", status=tr(ui_lang, "status.pagar"))]


async def test_a_selection_becomes_the_title_and_esc_keeps_it(tmp_path: Path, ui_lang: Language) -> None:
    from textual.widgets.text_area import Selection

    app = _app(tmp_path, ui_lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+g", *"2.1", "enter", *"Vi trenger kurs i kommunene")
        editor = app.screen.query_one(NoteEditor)
        editor.selection = Selection((0, 11), (0, 27))
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert isinstance(app.screen, ActionForm)
        assert app.screen.query_one("#f-title", Input).value == "kurs i kommunene"
        await pilot.press("escape")
        await pilot.pause()
        assert app.focused is editor and editor.selection == Selection((0, 11), (0, 27))
        assert app.live.session.actions == []
