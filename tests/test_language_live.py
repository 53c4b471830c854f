"""Switching language from the palette while a screen is open: it follows at once.

Each test opens a screen, leaves something in it (text typed but not saved, a cursor
moved), switches language through the command palette as a facilitator would, and
reads the screen as drawn. What was typed and where the cursor was must survive,
both ways.
"""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import DataTable, Input, OptionList, Select, SelectionList, TabbedContent

from politirad.models.criteria import PITFALLS
from politirad.sessions.storage import store
from politirad.sessions.live.session import LiveSession
from tests.years_samples import Y2025, Y2026, copy_years
from politirad.tui.app import PolitiradApp
from politirad.tui.retranslate import CatalogueStatic
from politirad.tui.screens.compare import CompareScreen
from politirad.tui.screens.conclusions import ConclusionsScreen
from politirad.tui.screens.help import HelpScreen
from politirad.tui.screens.questions import QuestionsScreen
from politirad.tui.screens.scorecard import ScorecardScreen
from politirad.tui.screens.setup import SetupScreen
from politirad.tui.screens.time_allocation import TimeAllocationScreen
from politirad.models.catalogue import CATALOGUE as STRINGS
from politirad.tui.widgets.choice_tree import ChoiceTree

SIZE = (120, 36)


def _app(path: Path) -> PolitiradApp:
    return PolitiradApp(LiveSession(store.load(path), path), lang="nb", clock=lambda: 0.0)


def screen_text(app: PolitiradApp) -> str:
    """The screen as drawn, line by line: what the facilitator reads."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


async def open_screen(pilot: Pilot[int], key: str, kind: type[Screen[object]]) -> Screen[object]:
    """Press the screen's key; it is on top."""
    await pilot.pause()
    await pilot.press(key)
    await pilot.pause()
    assert isinstance(pilot.app.screen, kind)
    return pilot.app.screen


async def switch_language(pilot: Pilot[int], shown: tuple[str, ...], then: tuple[str, ...]) -> str:
    """Ctrl+P, the command's name in the language shown now, Enter: the screen showed
    every text in `shown` before and shows every one in `then`, and none of `shown`, after.

    Returns the screen's text after the switch.
    """
    app: PolitiradApp = pilot.app  # type: ignore[assignment]
    screen, before = app.screen, screen_text(app)
    assert [text for text in shown if text not in before] == []
    target = "en" if app.lang == "nb" else "nb"
    await pilot.press("ctrl+p", *app.t(f"key.language_{target}"))
    await pilot.pause(0.3)
    await pilot.press("enter")
    await pilot.pause()
    await pilot.pause()
    assert app.screen is screen  # the palette closed onto the same screen
    after = screen_text(app)
    assert [text for text in then if text not in after] == []
    assert [text for text in shown if text in after] == []
    for label in screen.query(CatalogueStatic):  # no raw catalogue key on screen
        assert label.key in STRINGS, label.key
    return after


async def test_setup_follows_the_switch_and_keeps_what_was_typed(session_file: Path) -> None:
    app = _app(session_file)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, "f2", SetupScreen)
        council = screen.query_one("#s-council", Input)
        agreement = screen.query_one("#s-agreement", Select)
        agreement.focus()
        await pilot.press("enter", "down", "enter")  # 'not stated' -> 'yes', not saved
        council.focus()
        await pilot.press("end", *" Nord", "left", "left")
        await pilot.pause()
        typed, cursor = council.value, council.cursor_position
        assert typed == "Politirådet i Lillevik Nord"
        nb = (
            "Oppsett av møtet",  # title
            "Politienhet",  # field label
            "tomt = ukjent",  # placeholder of an empty field
            "Rolle",  # participant column
            "Ingen deltakere ennå",
            "Ingen temaer ennå",
            "Lagre (Ctrl+S)",  # button
            "Ctrl+S lagre",  # key bar
        )
        en = (
            "Meeting setup",
            "Police unit",
            "blank = unknown",
            "Role",
            "No participants yet – press a",
            "No themes yet – press a",
            "Save (Ctrl+S)",
            "Ctrl+S save",
            "Yes",
        )
        await switch_language(pilot, nb, en)
        assert agreement.value == "yes"
        assert council.value == typed and council.cursor_position == cursor
        assert app.focused is council

        await switch_language(pilot, en[:-1], nb)
        assert council.value == typed and app.focused is council
        await pilot.press("ctrl+s")  # the unsaved text was kept for real: it saves
        await pilot.pause()
    assert app.live.session.council.name == typed
    assert app.live.session.written_agreement is True


async def test_setup_error_and_an_unchanged_choice_are_retold(session_file: Path) -> None:
    app = _app(session_file)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, "f2", SetupScreen)
        date = screen.query_one("#s-date", Input)
        date.value = "2026-13-40"
        await pilot.press("ctrl+s")
        await pilot.pause()
        after = await switch_language(pilot, ("Ikke oppgitt",), ("Not stated",))
        assert after.count("2026-13-40") == 2  # the field and the error, now in English
        assert date.value == "2026-13-40" and app.screen is screen


async def test_choice_of_questions_follows_and_keeps_the_cursor(session_file: Path) -> None:
    app = _app(session_file)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, "f3", QuestionsScreen)
        await pilot.press("down", "down", "down")
        await pilot.pause()
        tree = screen.query_one(ChoiceTree)
        ref = tree.current_ref()
        assert ref is not None
        nb = ("Velg spørsmål", "Alle spørsmål", "Space med/uten", "Hva har politirådet gjort")
        en = ("Choose questions", "All questions", "Space in/out", "What has the council done")
        await switch_language(pilot, nb, en)
        assert tree.current_ref() == ref and app.focused is tree
        await switch_language(pilot, en, nb)
        assert tree.current_ref() == ref


async def test_conclusions_follow_and_keep_tab_and_cursor(session_file: Path) -> None:
    app = _app(session_file)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, "f4", ConclusionsScreen)
        for point in ("Første punkt", "Andre punkt"):
            await pilot.press("a")
            await pilot.pause()
            await pilot.press(*point, "enter")
            await pilot.pause()
        points = screen.query_one("#learning-points", OptionList)
        await pilot.press("up")
        highlighted = points.highlighted
        await pilot.press("2")
        await pilot.pause()
        nb = ("Avslutning av møtet", "Læringspunkter", "Årets tiltak", "Frist", "0 av 5 valgt", "1 2 3 fane")
        en = (
            "Concluding the meeting",
            "Learning points",  # tab titles
            "The year's measures",
            "Expectations",
            "Deadline",  # column header
            "0 of 5 chosen",  # the count notice
            "1 2 3 tab",  # key bar
        )
        await switch_language(pilot, nb, en)
        assert screen.query_one(TabbedContent).active == "tab-measures"
        await pilot.press("3")
        await pilot.pause()
        assert "None yet – press a" in screen_text(app)
        await pilot.press("1")
        await pilot.pause()
        assert points.highlighted == highlighted
        on_learning_tab = ("Concluding the meeting", "Learning points", "1 2 3 tab")
        await switch_language(pilot, on_learning_tab, ("Avslutning av møtet", "Læringspunkter", "1 2 3 fane"))
        assert points.highlighted == highlighted
    assert app.live.session.learning_points == ["Første punkt", "Andre punkt"]


async def test_scorecard_follows_and_keeps_a_reason_being_typed(session_file: Path) -> None:
    app = _app(session_file)
    app.live.update_setup(pitfalls=[PITFALLS[1].id])
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, "f6", ScorecardScreen)
        pitfalls = screen.query_one("#pitfalls", SelectionList)
        await pilot.press("down", "3", "enter")
        await pilot.pause()
        await pilot.press(*"fordi vi")
        reason = screen.query_one("#reason", Input)
        table = screen.query_one("#criteria", DataTable)
        row = table.cursor_row
        nb = ("Suksesskriterier", "Kriterium", "Fallgruver", PITFALLS[0].text[:30])
        en = ("Success criteria", "Criterion", "Pitfalls", PITFALLS[0].text_en[:30])
        await switch_language(pilot, nb, en)
        assert reason.value == "fordi vi" and app.focused is reason
        assert reason.placeholder.startswith("Reason for")
        assert table.cursor_row == row
        assert list(pitfalls.selected) == [PITFALLS[1].id]  # the ticks stay
        await switch_language(pilot, en, nb)
        await pilot.press("enter")  # the reason typed before both switches is saved
        await pilot.pause()
    criterion = next(iter(app.live.session.criteria.values()))
    assert criterion.score == 3 and criterion.reason == "fordi vi"


async def test_comparison_follows(tmp_path: Path) -> None:
    folder = copy_years(tmp_path / "s", Y2025, Y2026)
    app = _app(folder / Y2026.name)
    async with app.run_test(size=SIZE) as pilot:
        await open_screen(pilot, "f7", CompareScreen)
        await switch_language(pilot, ("Sammenligning", "Lukk"), ("Comparison", "Close"))
        await switch_language(pilot, ("Comparison", "Close"), ("Sammenligning", "Lukk"))


async def test_time_allocation_dialog_follows_and_keeps_minutes(session_file: Path) -> None:
    app = _app(session_file)
    async with app.run_test(size=SIZE) as pilot:
        await open_screen(pilot, "f8", TimeAllocationScreen)
        await pilot.press("3", "0")
        field = app.focused
        assert isinstance(field, Input) and field.value == "30"
        nb = ("Tid per hovedspørsmål", "Tomt felt", "1  Hva har politirådet gjort", "Ctrl+S lagrer")
        en = ("Time per main question", "Blank field", "1  What has the council done", "Ctrl+S saves")
        await switch_language(pilot, nb, en)
        assert app.focused is field and field.value == "30"
        await switch_language(pilot, en, nb)
        assert field.value == "30"
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert app.live.session.time_allocation["1"] == 30


async def test_help_follows(session_file: Path) -> None:
    app = _app(session_file)
    async with app.run_test(size=SIZE) as pilot:
        await open_screen(pilot, "f1", HelpScreen)
        nb = ("Taster – Spørsmål", "Overalt", "Start/pause møteklokka")
        en = ("Keys – Questions", "Everywhere", "Start/pause the meeting clock")
        await switch_language(pilot, nb, en)
        await switch_language(pilot, en, nb)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is app.main_screen
