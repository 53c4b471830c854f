"""Switching language from the palette while a screen is open: it follows at once.

Each test opens a screen, leaves something in it (text typed but not saved, a cursor
moved), switches language through the command palette as a facilitator would, and
reads the screen as drawn. What was typed and where the cursor was must survive,
both ways.
"""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import DataTable, Input, OptionList, Select, TabbedContent

from models.criteria import PITFALLS
from sessions import store
from sessions.live import LiveSession
from tests.years_samples import Y2025, Y2026, copy_years
from tui.app import PolitiradApp
from tui.retranslate import CatalogueStatic
from tui.screens.conclusions import ConclusionsScreen
from tui.screens.help import HelpScreen
from tui.screens.questions import QuestionsScreen
from tui.screens.setup import SetupScreen
from tui.screens.time_allocation import TimeAllocationScreen
from tui.strings import STRINGS
from tui.widgets.choice_tree import ChoiceTree

SIZE = (120, 36)
PALETTE_NAME = {"nb": "Bytt språk", "en": "Switch language"}


def _app(path: Path) -> PolitiradApp:
    return PolitiradApp(LiveSession(store.load(path), path), lang="nb", clock=lambda: 0.0)


def screen_text(app: PolitiradApp) -> str:
    """The screen as drawn, line by line: what the facilitator reads."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def switch_language(pilot: Pilot[int]) -> None:
    """Ctrl+P, the command's name in the language shown now, Enter."""
    app = pilot.app
    screen = app.screen
    await pilot.press("ctrl+p", *PALETTE_NAME[app.lang])  # type: ignore[attr-defined]
    await pilot.pause(0.3)
    await pilot.press("enter")
    await pilot.pause()
    await pilot.pause()
    assert app.screen is screen  # the palette closed onto the same screen


def assert_no_raw_keys(app: PolitiradApp) -> None:
    """Every catalogue label shows a string, not its key (a key missing from the catalogue)."""
    for label in app.screen.query(CatalogueStatic):
        assert label.key in STRINGS, label.key


async def test_setup_follows_the_switch_and_keeps_what_was_typed(session_file: Path) -> None:
    app = _app(session_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, SetupScreen)
        council = app.screen.query_one("#s-council", Input)
        agreement = app.screen.query_one("#s-agreement", Select)
        agreement.focus()
        await pilot.press("enter", "down", "enter")  # 'not stated' -> 'yes', not saved
        council.focus()
        await pilot.press("end", *" Nord", "left", "left")
        await pilot.pause()
        typed, cursor = council.value, council.cursor_position
        assert typed == "Politirådet i Lillevik Nord"
        text = screen_text(app)
        assert "Oppsett av møtet" in text and "Politienhet" in text and "tomt = ukjent" in text
        assert "Ingen deltakere ennå" in text and "Lagre (Ctrl+S)" in text and "Ctrl+S lagre" in text

        await switch_language(pilot)
        text = screen_text(app)
        assert "Meeting setup" in text and "Oppsett av møtet" not in text
        assert "Police unit" in text and "Politienhet" not in text  # field label
        assert "blank = unknown" in text  # placeholder of an empty field
        assert "Name" in text and "Role" in text and "Side" in text  # participant columns
        assert "No participants yet – press a" in text and "No themes yet – press a" in text
        assert "Save (Ctrl+S)" in text and "Ctrl+S save" in text  # button and key bar
        assert "Yes" in text and agreement.value == "yes"
        assert council.value == typed and council.cursor_position == cursor
        assert app.focused is council
        assert_no_raw_keys(app)

        await switch_language(pilot)
        text = screen_text(app)
        assert "Oppsett av møtet" in text and "Politienhet" in text and "Meeting setup" not in text
        assert council.value == typed and app.focused is council
        await pilot.press("ctrl+s")  # the unsaved text was kept for real: it saves
        await pilot.pause()
    assert app.live.session.council.name == typed
    assert app.live.session.written_agreement is True


async def test_setup_error_is_retold_in_the_new_language(session_file: Path) -> None:
    app = _app(session_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2")
        await pilot.pause()
        date = app.screen.query_one("#s-date", Input)
        date.value = "2026-13-40"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "2026-13-40" in screen_text(app)
        before = screen_text(app)
        await switch_language(pilot)
        after = screen_text(app)
        assert after != before and "2026-13-40" in after and date.value == "2026-13-40"
        assert "Not stated" in after and "Ikke oppgitt" not in after  # the select, left unchanged
        assert isinstance(app.screen, SetupScreen)


async def test_choice_of_questions_follows_and_keeps_the_cursor(session_file: Path) -> None:
    app = _app(session_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f3")
        await pilot.pause()
        assert isinstance(app.screen, QuestionsScreen)
        await pilot.press("down", "down", "down")
        await pilot.pause()
        tree = app.screen.query_one(ChoiceTree)
        ref = tree.current_ref()
        assert ref is not None
        text = screen_text(app)
        assert "Velg spørsmål" in text and "Alle spørsmål" in text and "Mellomrom med/uten" in text

        await switch_language(pilot)
        text = screen_text(app)
        assert "Choose questions" in text and "All questions" in text and "Space in/out" in text
        assert "What has the council done" in text and "Velg spørsmål" not in text
        assert tree.current_ref() == ref and app.focused is tree

        await switch_language(pilot)
        assert "Velg spørsmål" in screen_text(app)
        assert tree.current_ref() == ref


async def test_conclusions_follow_and_keep_tab_and_cursor(session_file: Path) -> None:
    app = _app(session_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f4")
        await pilot.pause()
        assert isinstance(app.screen, ConclusionsScreen)
        for point in ("Første punkt", "Andre punkt"):
            await pilot.press("a")
            await pilot.pause()
            await pilot.press(*point, "enter")
            await pilot.pause()
        points = app.screen.query_one("#learning-points", OptionList)
        await pilot.press("up")
        highlighted = points.highlighted
        await pilot.press("2")
        await pilot.pause()
        text = screen_text(app)
        assert "Læringspunkter" in text and "Årets tiltak" in text and "Tiltak" in text and "Frist" in text

        await switch_language(pilot)
        text = screen_text(app)
        assert "Concluding the meeting" in text
        assert "Learning points" in text and "The year's measures" in text and "Expectations" in text
        assert "Measure" in text and "Deadline" in text and "Frist" not in text  # column headers
        assert "0 of 5 chosen" in text  # the count notice
        assert "1 2 3 tab" in text  # key bar
        assert app.screen.query_one(TabbedContent).active == "tab-measures"
        await pilot.press("3")
        await pilot.pause()
        text = screen_text(app)
        assert "None yet – press a" in text and "Ingen ennå" not in text
        await pilot.press("1")
        await pilot.pause()
        assert points.highlighted == highlighted
        assert app.live.session.learning_points == ["Første punkt", "Andre punkt"]
        assert_no_raw_keys(app)

        await switch_language(pilot)
        assert "Læringspunkter" in screen_text(app) and "Concluding" not in screen_text(app)
        assert points.highlighted == highlighted


async def test_scorecard_follows_and_keeps_a_reason_being_typed(session_file: Path) -> None:
    app = _app(session_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f6")
        await pilot.pause()
        await pilot.press("down", "3", "enter")
        await pilot.pause()
        await pilot.press(*"fordi vi")
        reason = app.screen.query_one("#reason", Input)
        table = app.screen.query_one("#criteria", DataTable)
        row = table.cursor_row
        text = screen_text(app)
        assert "Suksesskriterier" in text and "Begrunnelse" in text and "Fallgruver" in text
        assert PITFALLS[0].text[:30] in text

        await switch_language(pilot)
        text = screen_text(app)
        assert "Success criteria" in text and "Suksesskriterier" not in text
        assert "Criterion" in text and "Trend" in text and "Pitfalls" in text
        assert PITFALLS[0].text_en[:30] in text and PITFALLS[0].text[:30] not in text
        assert reason.value == "fordi vi" and app.focused is reason
        assert reason.placeholder.startswith("Reason for")
        assert table.cursor_row == row

        await switch_language(pilot)
        text = screen_text(app)
        assert "Suksesskriterier" in text and "Criterion" not in text
        await pilot.press("enter")  # the reason typed before both switches is saved
        await pilot.pause()
    criterion = next(iter(app.live.session.criteria.values()))
    assert criterion.score == 3 and criterion.reason == "fordi vi"


async def test_comparison_follows(tmp_path: Path) -> None:
    folder = copy_years(tmp_path / "s", Y2025, Y2026)
    app = _app(folder / Y2026.name)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f7")
        await pilot.pause()
        before = screen_text(app)
        assert "Sammenligning" in before and "Lukk" in before

        await switch_language(pilot)
        after = screen_text(app)
        assert "Comparison" in after and "Close" in after and "Sammenligning" not in after
        assert after.count("\n") == before.count("\n")

        await switch_language(pilot)
        assert "Sammenligning" in screen_text(app)


async def test_time_allocation_dialog_follows_and_keeps_minutes(session_file: Path) -> None:
    app = _app(session_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f8")
        await pilot.pause()
        assert isinstance(app.screen, TimeAllocationScreen)
        await pilot.press("3", "0")
        field = app.focused
        assert isinstance(field, Input) and field.value == "30"
        text = screen_text(app)
        assert "Tid per hovedspørsmål" in text and "Tomt felt" in text and "Sum" in text

        await switch_language(pilot)
        text = screen_text(app)
        assert "Time per main question" in text and "Blank field" in text and "Total" in text
        assert "1  What has the council done" in text and "Ctrl+S saves" in text
        assert app.focused is field and field.value == "30"

        await switch_language(pilot)
        assert "Tid per hovedspørsmål" in screen_text(app) and field.value == "30"
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert app.live.session.time_allocation["1"] == 30


async def test_help_follows(session_file: Path) -> None:
    app = _app(session_file)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        assert "Taster – Spørsmål" in text and "Overalt" in text

        await switch_language(pilot)
        text = screen_text(app)
        assert "Keys – Questions" in text and "Everywhere" in text and "Overalt" not in text
        assert "Start/pause the meeting clock" in text

        await switch_language(pilot)
        assert "Taster – Spørsmål" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is app.main_screen
