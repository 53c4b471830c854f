"""F1 on every pane of every screen: a named pane, its own keys, and the global keys."""

from __future__ import annotations

from pathlib import Path

from textual.widget import Widget

from politirad.sessions.storage import store
from politirad.sessions.live.session import LiveSession
from politirad.tui.app import PolitiradApp
from politirad.tui.keys import help_groups
from politirad.tui.screens.help import HelpScreen
from politirad.models.catalogue import CATALOGUE as STRINGS
from politirad.models.catalogue import LANGUAGES, Language, tr
from tests.ui_text import own

SIZE = (80, 24)
SCREEN_ACTIONS = ("setup", "questions", "conclusions", "scorecard", "compare_last", "time_allocation")
"""Actions that open a screen or dialog over the meeting (those that exist are checked)."""

CATALOGUE_TEXTS = {entry[lang] for entry in STRINGS.values() for lang in LANGUAGES}


def _app(path: Path, lang: Language) -> PolitiradApp:
    return PolitiradApp(LiveSession(store.load(path), path), lang=lang, clock=lambda: 0.0)


def _check_every_pane(app: PolitiradApp) -> list[str]:
    """Problems with the help of each focusable widget on the current screen (its
    pane's name and every key's text in the app's language)."""
    own_texts = {entry.get(app.lang) or entry["nb"] for entry in STRINGS.values()}
    problems: list[str] = []
    focusable = [w for w in app.screen.query("*") if isinstance(w, Widget) and w.focusable]
    for widget in focusable or [None]:
        pane, groups = help_groups(widget, app.screen, app, app.t)
        where = f"{type(app.screen).__name__}/{type(widget).__name__}#{getattr(widget, 'id', None)}"
        if pane not in CATALOGUE_TEXTS:
            problems.append(f"{where}: pane name {pane!r} is not from the catalogue")
        elif pane not in own_texts:
            problems.append(f"{where}: pane name {pane!r} is not in {app.lang}")
        if len(groups) < 2 or not all(rows for _, rows in groups):
            problems.append(f"{where}: no keys of its own")
        texts = [text for _, rows in groups for _, text in rows]
        raw = [text for text in texts if text.startswith("key.") or text.startswith("help.")]
        if raw:
            problems.append(f"{where}: untranslated {raw}")
        foreign = [text for text in texts if text not in own_texts]
        if foreign:
            problems.append(f"{where}: not in {app.lang}: {foreign}")
    return problems


async def test_help_names_every_pane_of_every_screen(session_file: Path, ui_lang: Language) -> None:
    app = _app(session_file, ui_lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        problems = _check_every_pane(app)
        for action in SCREEN_ACTIONS:
            owner = app if hasattr(app, f"action_{action}") else app.screen
            if not hasattr(owner, f"action_{action}"):
                continue
            await app.run_action(action, owner)
            await pilot.pause()
            opened = app.screen
            problems.extend(_check_every_pane(app))
            if opened is not app.main_screen:
                opened.dismiss(None)
                await pilot.pause()
        assert problems == []


async def test_f1_on_the_note_editor_and_in_a_dialog(session_file: Path, ui_lang: Language) -> None:
    app = _app(session_file, ui_lang)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+g", *"1.1", "enter")
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-text").render())
        assert own(ui_lang, "help.title", pane=tr(ui_lang, "pane.note")) in text
        assert tr(ui_lang, "key.back_tree") in text and own(ui_lang, "key.palette") in text
        await pilot.press("f1")  # F1 again closes
        await pilot.pause()
        await pilot.press("f8", "f1")
        await pilot.pause()
        text = str(app.screen.query_one("#help-text").render())
        assert own(ui_lang, "key.time_allocation") in text and own(ui_lang, "help.fields") in text
