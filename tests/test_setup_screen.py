"""The setup screen (F2) as a facilitator meets it, and the preparation sheet (F9)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from politirad.models.catalogue import Language, tr
from politirad.models.factory import new_session
from politirad.models.people import Participant, Side
from politirad.sessions.storage import store
from politirad.sessions.live.session import LiveSession
from politirad.tui.app import PolitiradApp
from politirad.tui.screens.navigation import prep_path
from politirad.tui.screens.setup import SetupScreen
from politirad.tui.widgets.participant_table import ParticipantTable
from politirad.tui.widgets.text_list import TextList
from tests.ui_text import own, screen_text

SIZE = (120, 36)


@pytest.fixture
def blank_file(tmp_path: Path) -> Path:
    """A session as plain `politirad` creates it: no council name yet."""
    path = tmp_path / "2026-11-24-politirad.toml"
    store.save(new_session(dt.date(2026, 11, 24), ""), path)
    return path


def _app(path: Path, lang: Language, read_only: bool = False) -> PolitiradApp:
    return PolitiradApp(LiveSession(store.load(path), path, read_only=read_only), lang=lang)


async def test_new_session_opens_on_setup_and_everything_reaches_the_file(blank_file: Path) -> None:
    """Bokmål only: the keys typed are the same in every language and the test types
    for 17 s; the setup screen's words in nynorsk are checked by the F2 tests below."""
    app = _app(blank_file, "nb")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)
        await pilot.press(*"Politirådet i Lillevik", "enter")
        await pilot.press(*"Lillevik, Storvik", "enter")
        await pilot.press(*"Lillevik politistasjon", "enter")
        await pilot.press(*"Sør-Vest politidistrikt", "enter")
        await pilot.press("enter")  # date stays
        await pilot.press(*"09.00-11.00", "enter")
        await pilot.press(*"Rådhuset, formannskapssalen", "enter")
        await pilot.press(*"Kari Nordmann", "enter")
        await pilot.press(*"Anne Berg", "enter")
        await pilot.press(*"Per Hansen, Nina Li", "enter")
        await pilot.press(*"2026-12-15", "enter")
        await pilot.press("backspace", "backspace", "backspace", *"90", "enter")
        await pilot.press("4", "enter")
        await pilot.pause()
        # written agreement: open the select, one down from 'not stated' is 'yes'
        await pilot.press("enter", "down", "enter")
        await pilot.press("tab")  # participants
        assert isinstance(app.focused, ParticipantTable)
        await pilot.press("a")
        await pilot.pause()
        await pilot.press(*"Ola Nordmann")
        await pilot.press("tab", "enter")  # role select open
        await pilot.press(*"politim", "enter")  # type to search: politimester
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("tab")  # themes
        assert isinstance(app.focused, TextList)
        await pilot.press("a", *"Ungdom og rus", "enter")
        await pilot.press("a", *"Vold i nære relasjoner", "enter")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, SetupScreen)
        await pilot.press("ctrl+q")
    saved = store.load(blank_file)
    assert saved.council.name == "Politirådet i Lillevik"
    assert saved.council.municipalities == ["Lillevik", "Storvik"]
    assert saved.council.police_unit == "Lillevik politistasjon"
    assert saved.council.police_district == "Sør-Vest politidistrikt"
    assert saved.date == dt.date(2026, 11, 24)
    assert saved.meeting_time == "09.00-11.00"
    assert saved.meeting_place == "Rådhuset, formannskapssalen"
    assert saved.facilitator == "Kari Nordmann"
    assert saved.referent == "Anne Berg"
    assert saved.apologies == ["Per Hansen", "Nina Li"]
    assert saved.next_meeting == dt.date(2026, 12, 15)
    assert saved.time_budget_minutes == 90
    assert saved.meetings_past_year == 4
    assert saved.written_agreement is True
    assert saved.participants == [Participant(name="Ola Nordmann", role="politimester", side=Side.POLITI)]
    assert saved.focus_themes == ["Ungdom og rus", "Vold i nære relasjoner"]


async def test_named_session_does_not_open_setup_but_f2_does(make_app, ui_lang: Language) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.screen.__class__.__name__ == "MainScreen"
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)
        shown = screen_text(app)
        assert tr(ui_lang, "setup.title") in shown
        for key in ("setup.intro", "setup.council", "setup.police_unit", "setup.place", "setup.facilitator"):
            assert own(ui_lang, key) in shown, key
        await pilot.press("escape")  # nothing changed: no question asked
        await pilot.pause()
        assert app.screen.__class__.__name__ == "MainScreen"


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        ("#s-date", "2026-02-30", "setup.bad_date"),
        ("#s-budget", "0", "setup.bad_budget"),
        ("#s-meetings", "400", "setup.bad_meetings"),
        ("#s-next", "neste uke", "setup.bad_next_meeting"),
    ],
)
async def test_invalid_values_keep_the_form_open_and_the_file_unchanged(
    make_app, session_file: Path, field: str, value: str, error: str, ui_lang: Language
) -> None:
    before = session_file.read_bytes()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2")
        await pilot.pause()
        app.screen.query_one(field).value = value
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)
        assert str(app.screen.query_one("#setup-error").render()) == own(ui_lang, error, value=value)
        await pilot.press("escape")  # changed: asks before discarding
        await pilot.pause()
        assert app.screen.__class__.__name__ == "ConfirmScreen"
        assert str(app.screen.query_one("Label").render()) == own(ui_lang, "setup.discard")
        await pilot.press("y")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "MainScreen"
        await pilot.press("ctrl+q")
    assert session_file.read_bytes() == before


async def test_editing_later_keeps_what_was_there(make_app, session_file: Path) -> None:
    session = store.load(session_file)
    session.participants.append(Participant(name="Per Politi", role="politikontakt", side=Side.POLITI))
    session.focus_themes = ["Rus"]
    store.save(session, session_file)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2")
        await pilot.pause()
        facilitator = app.screen.query_one("#s-facilitator")
        facilitator.focus()
        await pilot.press(*"Kari")
        table = app.screen.query_one(ParticipantTable)
        table.focus()
        await pilot.press("delete", "y")
        await pilot.pause()
        assert table.people == []
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("ctrl+q")
    saved = store.load(session_file)
    assert saved.facilitator == "Kari"
    assert saved.participants == []
    assert saved.focus_themes == ["Rus"]
    assert saved.council.name == "Politirådet i Lillevik"


async def test_read_only_viewer_cannot_save_setup(make_app, session_file: Path) -> None:
    before = session_file.read_bytes()
    app = make_app(read_only=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2")
        await pilot.pause()
        app.screen.query_one("#s-council").value = "Noe annet"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)
    assert session_file.read_bytes() == before


async def test_f9_writes_the_preparation_sheet_beside_the_session(make_app, session_file: Path) -> None:
    session = store.load(session_file)
    session.facilitator = "Kari Nordmann"
    session.focus_themes = ["Ungdom og rus"]
    session.answers["1.1"] = session.answer("1.1").model_copy(update={"note": "Hemmelig notat fra møtet"})
    session.answers["2.3"] = session.answer("2.3").model_copy(update={"included": False})
    store.save(session, session_file)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f9")
        await pilot.pause()
    sheet = prep_path(session_file)
    assert sheet.name == "2026-11-24-politiradet-i-lillevik-forberedelse.txt"
    text = sheet.read_text(encoding="utf-8")
    assert "Kari Nordmann" in text and "Ungdom og rus" in text
    assert "2.2" in text and "2.3 " not in text  # left-out question not sent out
    assert "Hemmelig notat" not in text  # the sheet carries no notes
    assert sheet.stat().st_mode & 0o077 == 0


async def test_setup_from_the_command_palette(make_app, ui_lang: Language) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*tr(ui_lang, "key.setup").lower())
        await app.workers.wait_for_complete()
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause(0.3)
        assert isinstance(app.screen, SetupScreen)


async def test_saving_setup_keeps_what_a_co_facilitator_changed_meanwhile(blank_file: Path, ui_lang: Language) -> None:
    app = _app(blank_file, ui_lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)
        co_facilitator = object()
        app.live.update_setup(origin=co_facilitator, facilitator="Per Hansen", time_budget_minutes=90)
        app.live.update_setup(origin=co_facilitator, council={"name": "", "police_unit": "Storvik politistasjon"})
        await pilot.press(*"Politirådet i Lillevik")
        await pilot.press("ctrl+s")
        await pilot.pause()
    session = app.live.session
    assert session.council.name == "Politirådet i Lillevik"
    assert session.council.police_unit == "Storvik politistasjon"
    assert session.facilitator == "Per Hansen"
    assert session.time_budget_minutes == 90


@pytest.mark.parametrize("size", [(80, 24), (120, 36)])
async def test_participant_represents_and_new_fields_by_keyboard(
    make_app, session_file: Path, size: tuple[int, int], ui_lang: Language
) -> None:
    """At 80×24 too: every new field is reached with Tab, and a participant's municipality
    is typed in the form and shown in the table."""
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await pilot.press("f2")
        await pilot.pause()
        screen = app.screen
        for widget_id in ("s-district", "s-place", "s-referent", "s-next"):
            while app.focused is not None and app.focused.id != widget_id:
                await pilot.press("tab")
            assert app.focused is screen.query_one(f"#{widget_id}")
            assert screen.query_one(f"#{widget_id}").region.height >= 1  # scrolled into view
        await pilot.press(*"2027-01-20")
        while not isinstance(app.focused, ParticipantTable):
            await pilot.press("tab")
        await pilot.press("a")
        await pilot.pause()
        assert own(ui_lang, "person.add_title") in screen_text(app)
        await pilot.press(*"Sindre Bakke", "tab", "tab", "tab", "tab")
        assert app.focused is not None and app.focused.id == "p-represents"
        await pilot.press(*"Stryn")
        await pilot.press("ctrl+s")
        await pilot.pause()
        table = screen.query_one(ParticipantTable)
        assert table.get_row_at(0)[3] == "Stryn"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, SetupScreen)
        await pilot.press("ctrl+q")
    saved = store.load(session_file)
    assert saved.next_meeting == dt.date(2027, 1, 20)
    assert saved.participants[-1].name == "Sindre Bakke"
    assert saved.participants[-1].represents == "Stryn"


@pytest.mark.parametrize(("typed", "meeting", "following"), [("1.12.2026", "31.3", dt.date(2027, 3, 31)),
                                                              ("2026-12-01", "31.03.2027", dt.date(2027, 3, 31))])
async def test_dates_are_taken_as_norwegians_write_them(
    make_app, session_file: Path, typed: str, meeting: str, following: dt.date
) -> None:
    """«1.12.2026» and «31.3» (the next 31 March after the meeting) were refused (issue 14)."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f2")
        await pilot.pause()
        assert app.screen.query_one("#s-date").value == "24.11.2026"  # shown as written in Norway
        app.screen.query_one("#s-date").value = typed
        app.screen.query_one("#s-next").value = meeting
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "MainScreen"
        await pilot.press("ctrl+q")
    saved = store.load(session_file)
    assert saved.date == dt.date(2026, 12, 1) and saved.next_meeting == following


@pytest.mark.parametrize("council_language", ["nb", "nn"])
async def test_preset_roles_are_written_in_the_councils_language(
    tmp_path: Path, ui_lang: Language, council_language: Language
) -> None:
    """A role is stored as text and printed in the agreement: a nynorsk council's
    mayor is «ordførar» whatever the screen's language, a bokmål council's «ordfører»."""
    from textual.widgets import Select

    path = tmp_path / "2026-11-24-politiradet-i-lillevik.toml"
    session = new_session(dt.date(2026, 11, 24), "Politirådet i Lillevik")
    session.language = council_language
    store.save(session, path)
    app = _app(path, ui_lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2")
        await pilot.pause()
        app.screen.query_one(ParticipantTable).focus()
        await pilot.press("a")
        await pilot.pause()
        roles = app.screen.query_one("#p-role", Select)
        offered = [str(prompt) for prompt, _ in roles._options]
        assert tr(council_language, "role.mayor") in offered and tr(council_language, "role.police_chief") in offered
        roles.value = tr(council_language, "role.mayor")
        await pilot.pause()
        assert app.screen.query_one("#p-side", Select).value is Side.KOMMUNE  # the preset brings its side
        await pilot.press(*"Kari Nordmann")
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("ctrl+q")
    mayor = store.load(path).participants[-1]
    assert mayor.name == "Kari Nordmann" and mayor.role == {"nb": "ordfører", "nn": "ordførar"}[council_language]
