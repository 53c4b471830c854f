"""The politirad Textual app: one instance per terminal, all sharing one live session.

The same class serves the facilitator's local terminal and every SSH viewer; what
differs is the role (read-only or not) and the language, never the code path.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.binding import Binding
from textual.message import Message

from sessions.live import Change, ChangeKind, LiveSession
from tui.i18n import tr
from tui.screens.help import HelpScreen
from tui.screens.main import MainScreen

CSS_FILE = Path(__file__).with_name("app.tcss")

GLOBAL_KEYS: list[tuple[str, str]] = [
    ("Tab / Shift+Tab", "key.next_pane"),
    ("Ctrl+G", "key.goto"),
    ("Ctrl+T", "key.confidential"),
    ("Ctrl+S", "key.save"),
    ("Ctrl+Q", "key.quit"),
    ("F1", "key.help"),
    ("F6", "key.scorecard"),
    ("F7", "key.compare_last"),
]


class LiveChanged(Message):
    """A live-session change delivered through this app's own message queue."""

    def __init__(self, change: Change) -> None:
        self.change = change
        super().__init__()


class PolitiradApp(App[int]):
    """Facilitator or viewer of one live session."""

    CSS_PATH = str(CSS_FILE)
    TITLE = "politirad"
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = [
        Binding("ctrl+s", "save", "key.save"),
        Binding("ctrl+q", "quit", "key.quit", priority=True),
        Binding("f1", "help", "key.help", priority=True),
        Binding("f6", "scorecard", "key.scorecard", priority=True),
        Binding("f7", "compare_last", "key.compare_last", priority=True),
    ]

    def __init__(self, live: LiveSession, *, lang: str = "nb", read_only: bool | None = None) -> None:
        super().__init__()
        self.live = live
        self.lang = lang
        self.read_only = live.read_only if read_only is None else read_only
        self.main_screen: MainScreen | None = None
        self._unsubscribe = live.subscribe(self._on_live_change)
        self._quit_warned = False

    def t(self, key: str, **values: object) -> str:
        """Translate a catalogue key into this app's language."""
        return tr(self.lang, key, **values)

    def get_default_screen(self) -> MainScreen:
        """The meeting screen is the base of the stack; dialogs push on top of it."""
        self.main_screen = MainScreen()
        return self.main_screen

    def on_mount(self) -> None:
        self.title = self.t("app.title")

    def _on_live_change(self, change: Change) -> None:
        """Called by the live session, possibly from another app's handler: queue it."""
        self.post_message(LiveChanged(change))

    def on_live_changed(self, message: LiveChanged) -> None:
        if self.main_screen is not None and self.main_screen.is_mounted:
            self.main_screen.apply_change(message.change)
        if message.change.kind is ChangeKind.SAVE_FAILED and not self.read_only:
            self.notify(self.t("notice.save_failed", reason=message.change.key), severity="error")

    def action_save(self) -> None:
        if self.read_only:
            self.notify(self.t("notice.read_only"), severity="warning")
            return
        if self.live.save() and self.live.path is not None:
            self.notify(self.t("notice.saved", file=self.live.path.name))

    async def action_quit(self) -> None:
        """Save, then quit; if saving fails, warn once so nothing is lost by accident."""
        if self.read_only or self.live.close() or self._quit_warned:
            self.exit(0)
            return
        self._quit_warned = True
        self.notify(self.t("notice.quit_unsaved"), severity="error", timeout=10)

    def action_scorecard(self) -> None:
        """Success criteria of guide 3.5 with the council's earlier years (issue 5)."""
        from tui.screens.scorecard import open_scorecard

        if self.screen is self.main_screen:  # priority key: not over dialogs
            open_scorecard(self)

    def action_compare_last(self) -> None:
        """This session against the same council's previous one in the folder."""
        from tui.screens.compare import open_compare_last

        if self.screen is self.main_screen:
            open_compare_last(self)

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss(None)
            return
        focused = self.focused
        groups: list[tuple[str, list[tuple[str, str]]]] = []
        pane = self.t("pane.tree")
        if focused is not None:
            rows = [
                (b.key_display or _display_key(b.key), self.t(b.description))
                for b in focused.BINDINGS
                if isinstance(b, Binding) and b.description.startswith("key.")
            ]
            pane = {
                "tree": self.t("pane.tree"),
                "note-editor": self.t("pane.note"),
                "actions": self.t("pane.actions"),
            }.get(focused.id or "", focused.__class__.__name__)
            rows.extend(self._pane_extras(focused.id or ""))
            if rows:
                groups.append((pane, rows))
        groups.append((self.t("help.global"), [(k, self.t(d)) for k, d in GLOBAL_KEYS]))
        self.push_screen(HelpScreen(self.t("help.title", pane=pane), groups, self.t("help.close")))

    def _pane_extras(self, pane_id: str) -> list[tuple[str, str]]:
        """Keys that widgets inherit from Textual and that a facilitator should know."""
        if pane_id == "tree":
            return [("↑ ↓", self.t("help.arrows")), ("Enter", self.t("key.open_note")), ("Space", self.t("key.toggle"))]
        if pane_id == "note-editor":
            return [("Tab", self.t("key.next_pane")), ("Esc", self.t("key.back_tree"))]
        if pane_id == "actions":
            return [("↑ ↓", self.t("help.arrows")), ("Enter", self.t("key.edit"))]
        return []

    def on_unmount(self) -> None:
        self._unsubscribe()


def _display_key(key: str) -> str:
    return "+".join(part.capitalize() if len(part) > 1 else part for part in key.split("+"))
