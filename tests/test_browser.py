"""Pilot tests of the session browser and its search, and the CLI wiring around it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input

from politirad.models.catalogue import Language, tr
from politirad.sessions.storage import store
from tests.years_samples import Y2024, Y2025, Y2026, copy_years
from politirad.tui.browse import BrowserApp
from politirad.tui.cli.main import main
from politirad.tui.screens.browser import BrowserAction, BrowserChoice, BrowserScreen, HitTable, SessionTable
from politirad.tui.screens.compare import CompareScreen
from tests.ui_text import own

SIZE = (120, 36)
LATER = dt.date(2027, 3, 11)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return copy_years(tmp_path / "sessions")


def _browser(folder: Path, lang: Language, today: dt.date = LATER) -> BrowserApp:
    return BrowserApp(folder, lang=lang, today=today)


def _last_notice(app: BrowserApp) -> str:
    return [n.message for n in app._notifications][-1]


def _rows(table: SessionTable) -> list[list[str]]:
    return [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]


async def test_lists_sessions_newest_first_with_counts(folder: Path, ui_lang: Language) -> None:
    app = _browser(folder, ui_lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, BrowserScreen)
        table = app.screen.query_one(SessionTable)
        assert [str(c.label) for c in table.columns.values()][2:4] == [
            own(ui_lang, "browser.col.answered"),
            own(ui_lang, "browser.col.open"),
        ]
        rows = _rows(table)
        assert [r[0] for r in rows] == ["2026-03-12", "2025-03-13", "2024-03-14"]
        assert rows[0][1] == "Politirådet i Fjordvik"
        assert rows[0][2].startswith("6/")  # six sub-questions answered in 2026
        assert rows[0][3:5] == ["2", "1"]  # T6, T8 open; T3 done
        assert rows[2][3:5] == ["3", "2"]  # 2024: T2, T3, T5 open; T1 done, T4 stopped


@pytest.mark.parametrize(
    ("keys", "action"),
    [
        (["enter"], BrowserAction.OPEN),
        (["r"], BrowserAction.READ_ONLY),
        (["f"], BrowserAction.NEW_FROM),
    ],
)
async def test_row_keys_return_the_choice(
    folder: Path, keys: list[str], action: BrowserAction, ui_lang: Language
) -> None:
    app = _browser(folder, ui_lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("down", *keys)  # the 2025 row
        await pilot.pause()
    assert app.return_value == BrowserChoice(action, folder / Y2025.name)


async def test_new_and_quit(folder: Path, ui_lang: Language) -> None:
    app = _browser(folder, ui_lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        await pilot.pause()
    assert app.return_value == BrowserChoice(BrowserAction.NEW)
    app = _browser(folder, ui_lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q")
        await pilot.pause()
    assert app.return_value is None


async def test_new_from_a_session_dated_today_is_refused(folder: Path, ui_lang: Language) -> None:
    app = _browser(folder, ui_lang, today=dt.date(2026, 3, 12))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f")
        await pilot.pause()
        assert isinstance(app.screen, BrowserScreen)
        assert _last_notice(app) == own(ui_lang, "browser.carry_date", date="2026-03-12")


async def test_compare_with_year_before(folder: Path, ui_lang: Language) -> None:
    app = _browser(folder, ui_lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
        assert tr(ui_lang, "comparison.versus", old="2025-03-13", new="2026-03-12") in app.screen.report
        assert own(ui_lang, "comparison.title") in app.screen.report
        await pilot.press("escape", "down", "down", "c")
        await pilot.pause()
        assert isinstance(app.screen, BrowserScreen)  # 2024 has no year before
        assert _last_notice(app) == own(ui_lang, "browser.no_previous")


async def test_search_shows_hits_in_context_and_goes_to_session(folder: Path, ui_lang: Language) -> None:
    app = _browser(folder, ui_lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"skolen", "enter")
        await pilot.pause()
        hits = app.screen.query_one(HitTable)
        assert hits.display and app.focused is app.screen.query_one("#search", Input)
        await pilot.press("down")  # the facilitator moves to the hits
        assert app.focused is hits
        assert hits.border_title == tr(ui_lang, "browser.hits", n=6, q="skolen")
        assert str(hits.columns[hits.ordered_columns[1].key].label) == own(ui_lang, "browser.col.where")
        second = [str(c) for c in hits.get_row_at(1)]
        assert second == [
            "2026-03-12",
            tr(ui_lang, "hit.note", ref="2.7"),
            "Rektor deltar nå, men skolen er ikke fast medlem.",
        ]
        await pilot.press("down", "down", "enter")  # the 2025 hit under 2.7
        await pilot.pause()
        sessions = app.screen.query_one(SessionTable)
        assert app.focused is sessions
        assert sessions.current_path() == folder / Y2025.name
        await pilot.press("r")
        await pilot.pause()
    assert app.return_value == BrowserChoice(BrowserAction.READ_ONLY, folder / Y2025.name)


async def test_search_typing_letters_does_not_trigger_row_keys(folder: Path, ui_lang: Language) -> None:
    app = _browser(folder, ui_lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"fnrcq")
        await pilot.pause()
        assert app.screen.query_one("#search", Input).value == "fnrcq"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.query_one(HitTable).row_count == 0
        assert _last_notice(app) == tr(ui_lang, "browser.no_hits", q="fnrcq")
        await pilot.press("escape")  # leaves the search, not the browser
        await pilot.pause()
        assert isinstance(app.screen, BrowserScreen)
        assert not app.screen.query_one(HitTable).display


async def test_broken_file_is_mentioned_not_listed(folder: Path) -> None:
    (folder / "2023-01-01-broken.toml").write_text("date = [", encoding="utf-8")
    app = BrowserApp(folder, today=LATER, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.screen.query_one(SessionTable).row_count == 3
        note = app.screen.query_one("#browser-note")
        assert str(note.render()) == "1 file(s) could not be read and are not shown"


# -- the CLI around the browser ---------------------------------------------------------


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Record what the meeting app would open instead of running it."""
    calls: list[dict[str, Any]] = []

    def fake_run_app(path: Path, *, language: str | None, read_only: bool) -> int:
        calls.append({"path": path, "session": store.load(path), "read_only": read_only})
        return 0

    monkeypatch.setattr("politirad.tui.run.run_app", fake_run_app)
    return calls


def _choose(monkeypatch: pytest.MonkeyPatch, choice: BrowserChoice | None) -> None:
    """The browser answers `choice` once; back in it after the meeting app, q quits."""
    answers = iter([choice, None])
    monkeypatch.setattr(BrowserApp, "run", lambda self, *a, **k: next(answers))


def test_no_command_with_sessions_in_folder_starts_from_last_year(
    politirad_home: Path, monkeypatch: pytest.MonkeyPatch, opened: list[dict[str, Any]]
) -> None:
    copy_years(politirad_home, Y2024, Y2025)
    _choose(monkeypatch, BrowserChoice(BrowserAction.NEW_FROM, politirad_home / Y2025.name))
    assert main([]) == 0
    (call,) = opened
    assert call["path"].parent == politirad_home
    assert not call["read_only"]
    saved = store.load(call["path"])
    assert [a.id for a in saved.actions] == ["T3", "T6"]
    assert {a.carried_from for a in saved.actions} == {dt.date(2025, 3, 13)}


def test_browse_read_only_opens_read_only(
    folder: Path, monkeypatch: pytest.MonkeyPatch, opened: list[dict[str, Any]]
) -> None:
    _choose(monkeypatch, BrowserChoice(BrowserAction.READ_ONLY, folder / Y2026.name))
    assert main(["browse", "--dir", str(folder)]) == 0
    assert opened[0]["path"] == folder / Y2026.name and opened[0]["read_only"]


def test_browse_quit_opens_nothing(
    folder: Path, monkeypatch: pytest.MonkeyPatch, opened: list[dict[str, Any]]
) -> None:
    _choose(monkeypatch, None)
    assert main(["browse", "--dir", str(folder)]) == 0
    assert opened == []


def test_browse_missing_folder_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["browse", "--dir", str(tmp_path / "missing")]) == 2
    assert tr("nb", "error.no_such_folder") in capsys.readouterr().err


def test_no_command_in_empty_folder_still_makes_a_new_session(
    politirad_home: Path, monkeypatch: pytest.MonkeyPatch, opened: list[dict[str, Any]]
) -> None:
    def no_browser(self: BrowserApp, *a: Any, **k: Any) -> None:
        raise AssertionError("browser shown for an empty folder")

    monkeypatch.setattr(BrowserApp, "run", no_browser)
    assert main([]) == 0
    assert opened[0]["path"].parent == politirad_home


async def test_typing_after_a_search_stays_in_the_search(folder: Path, ui_lang: Language) -> None:
    """Issue 14: after / skolen Enter, a new search typed at once never reaches the
    table's one-letter keys (`n` had created and opened an empty session)."""
    app = _browser(folder, ui_lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash", *"skolen", "enter")
        await pilot.pause()
        assert app.screen.query_one(HitTable).row_count
        await pilot.press("end", *"nrfc")
        await pilot.pause()
        assert isinstance(app.screen, BrowserScreen)
        assert app.screen.query_one("#search", Input).value.endswith("nrfc")
    assert app.return_value is None


async def test_f1_helps_and_esc_does_not_quit_the_browser(folder: Path, ui_lang: Language) -> None:
    """Issue 14: F1 did nothing; Esc quit the program without asking."""
    from politirad.tui.screens.help import HelpScreen

    app = _browser(folder, ui_lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("f1", "escape")
        await pilot.pause()
        assert isinstance(app.screen, BrowserScreen)
        assert _last_notice(app) == own(ui_lang, "browser.how_to_quit")
    assert app.return_value is None


def test_quitting_a_session_opened_from_the_browser_goes_back_to_it(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 14: Ctrl+Q in the meeting app returns to the browser; q there quits."""
    import argparse

    from politirad.tui.cli import year_cmds

    choices = iter([BrowserChoice(BrowserAction.READ_ONLY, folder / Y2025.name), None])
    shown: list[int] = []

    class FakeBrowser:
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            shown.append(1)

        def run(self) -> BrowserChoice | None:
            return next(choices)

    opened: list[Path] = []
    monkeypatch.setattr("politirad.tui.browse.BrowserApp", FakeBrowser)
    monkeypatch.setattr("politirad.tui.run.run_app", lambda path, **kw: opened.append(path) or 0)
    args = argparse.Namespace(lang=None, dir=None)
    assert year_cmds.browse_then_open(args, folder) == 0
    assert opened == [folder / Y2025.name] and len(shown) == 2


async def test_f1_in_the_browser_names_the_browser(folder: Path, ui_lang: Language) -> None:
    from politirad.tui.screens.help import HelpScreen
    from tests.ui_text import screen_text

    app = _browser(folder, ui_lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        assert own(ui_lang, "help.title", pane=own(ui_lang, "browser.help_title")) in text
        assert tr(ui_lang, "help.title", pane=tr(ui_lang, "help.meeting")) not in text
