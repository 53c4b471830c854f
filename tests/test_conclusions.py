"""The concluding parts (F4): five learning points, the year's five measures, expectations."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from politirad.models.actions import ActionItem
from politirad.models.catalogue import Language, tr
from politirad.models.conclusion_lists import ConclusionList, get_list, set_list, year_measure_count
from politirad.models.factory import new_session
from politirad.sessions.storage import store
from politirad.sessions.live.session import ChangeKind, LiveSession
from politirad.tui.screens.conclusions import ConclusionsScreen
from politirad.tui.widgets.action_table import ActionTable
from politirad.tui.widgets.text_list import TextList
from politirad.tui.widgets.year_measures import YearMeasureTable
from tests.ui_text import own, screen_text

SIZE = (120, 36)


def _with_actions(path: Path, count: int) -> None:
    session = store.load(path)
    session.actions = [ActionItem(id=f"T{n}", title=f"Tiltak {n}") for n in range(1, count + 1)]
    store.save(session, path)


def test_lists_are_trimmed_and_stored_in_order() -> None:
    session = new_session(dt.date(2026, 11, 24), "Politirådet i Lillevik")
    assert set_list(session, ConclusionList.LEARNING_POINTS, [" B ", "", "A"]) == ["B", "A"]
    set_list(session, ConclusionList.MUNICIPALITY_OF_POLICE, ["Fast kontakt"])
    copy = get_list(session, ConclusionList.LEARNING_POINTS)
    copy.append("not stored")
    assert session.learning_points == ["B", "A"]
    assert session.expectations.municipality_of_police == ["Fast kontakt"]
    assert session.expectations.police_of_municipality == []


def test_live_conclusions_notify_and_reach_the_file(tmp_path: Path) -> None:
    path = tmp_path / "s.toml"
    session = new_session(dt.date(2026, 11, 24), "Politirådet i Lillevik")
    session.actions.append(ActionItem(id="T1", title="Felles møteplan"))
    live = LiveSession(session, path, journal_delay=None)
    kinds: list[ChangeKind] = []
    live.subscribe(lambda change: kinds.append(change.kind))
    live.set_conclusion_list(ConclusionList.LEARNING_POINTS, ["Faste møter virker"])
    live.set_conclusion_list(ConclusionList.POLICE_OF_MUNICIPALITY, ["Rask varsling"])
    assert live.toggle_year_measure("T1").year_measure is True
    assert kinds == [ChangeKind.CONCLUSIONS, ChangeKind.CONCLUSIONS, ChangeKind.ACTIONS]
    live.save()
    saved = store.load(path)
    assert saved.learning_points == ["Faste møter virker"]
    assert saved.expectations.police_of_municipality == ["Rask varsling"]
    assert year_measure_count(saved) == 1


async def test_five_learning_points_by_keyboard_ordered_edited_and_warned(
    make_app, session_file: Path, ui_lang: Language
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f4")
        await pilot.pause()
        assert isinstance(app.screen, ConclusionsScreen)
        points = app.screen.query_one("#learning-points", TextList)
        assert app.focused is points
        shown = screen_text(app)
        assert own(ui_lang, "conclusions.learning_intro") in shown
        assert own(ui_lang, "conclusions.learning_empty") in shown
        for n in range(1, 7):
            await pilot.press("a", *f"Punkt {n}", "enter")
            await pilot.pause()
        assert "6/5" in points.border_subtitle and "red" in points.border_subtitle
        assert own(ui_lang, "conclusions.too_many_points", wanted=5) in [n.message for n in app._notifications]
        await pilot.press("delete", "y")  # the sixth goes
        await pilot.pause()
        assert "5/5" in points.border_subtitle and "red" not in points.border_subtitle
        await pilot.press("shift+up", "shift+up", "shift+up", "shift+up")  # 5 to the top
        await pilot.press("e", *" (viktigst)", "enter")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert store.load(session_file).learning_points[0] == "Punkt 5 (viktigst)"
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "MainScreen"
        await pilot.press("ctrl+q")
    assert store.load(session_file).learning_points == [
        "Punkt 5 (viktigst)", "Punkt 1", "Punkt 2", "Punkt 3", "Punkt 4",
    ]


async def test_expectations_both_ways_by_keyboard(make_app, session_file: Path, ui_lang: Language) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f4", "3")
        await pilot.pause()
        assert app.focused is app.screen.query_one("#police-of-municipality")
        shown = screen_text(app)
        assert own(ui_lang, "conclusions.police_of_municipality") in shown
        assert own(ui_lang, "conclusions.municipality_of_police") in shown
        await pilot.press("a", *"Rask tilbakemelding på bekymringsmeldinger", "enter")
        await pilot.press("tab")
        assert app.focused is app.screen.query_one("#municipality-of-police")
        await pilot.press("a", *"Fast politikontakt", "enter")
        await pilot.press("a", *"Deltar på SLT-møter", "enter")
        await pilot.pause()
        await pilot.press("ctrl+q")
    saved = store.load(session_file).expectations
    assert saved.police_of_municipality == ["Rask tilbakemelding på bekymringsmeldinger"]
    assert saved.municipality_of_police == ["Fast politikontakt", "Deltar på SLT-møter"]


async def test_year_measures_marked_in_the_action_table_and_in_the_view(
    make_app, session_file: Path, ui_lang: Language
) -> None:
    _with_actions(session_file, 7)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        table = app.query_one(ActionTable)
        table.focus()
        await pilot.press("m")  # T1 from the meeting's action table
        await pilot.pause()
        await pilot.press("f4", "2")
        await pilot.pause()
        measures = app.screen.query_one(YearMeasureTable)
        assert app.focused is measures
        for _ in range(5):  # T2..T6: six chosen, one too many
            await pilot.press("down", "m")
            await pilot.pause()
        count = str(app.screen.query_one("#measures-count").render())
        assert count == own(ui_lang, "conclusions.measures_over", n=6, wanted=5)
        await pilot.press("space")  # T6 off again
        await pilot.pause()
        assert str(app.screen.query_one("#measures-count").render()) == own(
            ui_lang, "conclusions.measures_count", n=5, wanted=5
        )
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("ctrl+q")
    saved = store.load(session_file)
    assert [a.id for a in saved.actions if a.year_measure] == ["T1", "T2", "T3", "T4", "T5"]


async def test_open_view_follows_changes_made_elsewhere(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f4")
        await pilot.pause()
        app.live.set_conclusion_list(ConclusionList.LEARNING_POINTS, ["Fra en annen fasilitator"])
        await pilot.pause()
        assert app.screen.query_one("#learning-points", TextList).items == ["Fra en annen fasilitator"]


async def test_read_only_viewer_cannot_change_conclusions(make_app, session_file: Path) -> None:
    before = session_file.read_bytes()
    app = make_app(read_only=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f4")
        await pilot.pause()
        await pilot.press("a", *"Nei", "enter")
        await pilot.pause()
        assert app.screen.query_one("#learning-points", TextList).items == []
        await pilot.press("ctrl+q")
    assert session_file.read_bytes() == before


async def test_a_measure_added_in_the_view_is_one_of_the_five(
    make_app, session_file: Path, ui_lang: Language
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f4", "2", "a")
        await pilot.pause()
        await pilot.press(*"Felles trygghetsvandring", "ctrl+s")
        await pilot.pause()
        assert str(app.screen.query_one("#measures-count").render()) == tr(
            ui_lang, "conclusions.measures_count", n=1, wanted=5
        )
        await pilot.press("ctrl+q")
    saved = store.load(session_file)
    assert [(a.title, a.year_measure) for a in saved.actions] == [("Felles trygghetsvandring", True)]


async def test_a_shared_list_keeps_cursor_and_edits_on_their_text_when_others_change_it(
    make_app, session_file: Path
) -> None:
    app = make_app()
    co_facilitator = object()
    async with app.run_test(size=SIZE) as pilot:
        app.live.set_conclusion_list(ConclusionList.LEARNING_POINTS, ["A", "B", "C"], origin=co_facilitator)
        await pilot.press("f4")
        await pilot.pause()
        points = app.screen.query_one("#learning-points", TextList)
        await pilot.press("down")  # on B
        app.live.set_conclusion_list(ConclusionList.LEARNING_POINTS, ["X", "A", "B", "C"], origin=co_facilitator)
        await pilot.pause()
        assert points.items[points.highlighted or 0] == "B"  # still on B, not on A
        await pilot.press("e")  # edit B ...
        await pilot.pause()
        app.live.set_conclusion_list(ConclusionList.LEARNING_POINTS, ["Y", "X", "A", "B", "C"], origin=co_facilitator)
        await pilot.press(*" endret", "enter")  # ... while someone adds Y above it
        await pilot.pause()
    assert app.live.session.learning_points == ["Y", "X", "A", "B endret", "C"]
