"""A small app around the session browser, run before the meeting app opens a file.

The meeting app is built around one live session; choosing which session comes
first, so the browser runs as its own short-lived app and returns the choice.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual.app import App
from textual.binding import Binding

from politirad.tui import startup_gc
from politirad.tui.paste import PasteSafeApp
from politirad.tui.i18n import tr
from politirad.tui.screens.browser import BrowserChoice, BrowserScreen


class BrowserApp(PasteSafeApp, App[BrowserChoice | None]):
    """Shows the browser; exits with the facilitator's choice (None: quit)."""

    TITLE = "politirad"
    BINDINGS = [
        Binding("ctrl+q", "quit", "key.quit_browser", priority=True),
        Binding("f1", "help", "key.help", priority=True),
    ]

    def __init__(self, folder: Path, lang: str = "nb", today: dt.date | None = None) -> None:
        super().__init__()
        self.folder = folder
        self.lang = lang
        self.today = today

    def t(self, key: str, **values: object) -> str:
        return tr(self.lang, key, **values)

    def action_help(self) -> None:
        """F1: the browser's keys, as in the meeting app."""
        from politirad.tui.screens.help import toggle_help

        toggle_help(self)

    def on_mount(self) -> None:
        self.call_after_refresh(startup_gc.settle)  # the normal collector once it shows
        self.push_screen(BrowserScreen(self.folder, self.lang, self.today), self.exit)
