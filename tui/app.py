"""The politirad Textual app: one instance per terminal, all sharing one live session.

The same class serves the facilitator's local terminal and every SSH viewer; what
differs is the role (read-only or not) and the language, never the code path.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from textual import events
from textual.app import App
from textual.binding import Binding
from textual.command import CommandPalette
from textual.message import Message
from textual.reactive import var
from textual.widgets import TextArea

from politirad.models.catalogue import language
from politirad.sessions.errors import SessionError, in_language
from politirad.sessions.live.journal import Recovery
from politirad.sessions.live.presence import Seat
from politirad.sessions.live.session import Change, ChangeKind, LiveSession
from politirad.sessions.live.view import SessionView
from politirad.sessions.storage.settings import Settings, save_settings
from politirad.tui.commands import PolitiradCommands
from politirad.tui.i18n import tr
from politirad.tui.paste import PasteSafeApp
from politirad.tui.screens.help import toggle_help
from politirad.tui.screens.live_screen import LiveScreen, read_only_notice, write, wrote
from politirad.tui.screens.main import MainScreen

CSS_FILE = Path(__file__).with_name("app.tcss")

class LiveChanged(Message):
    """A live-session change delivered through this app's own message queue."""

    def __init__(self, change: Change) -> None:
        self.change = change
        super().__init__()


class PolitiradApp(PasteSafeApp, App[int]):
    """Facilitator or viewer of one live session."""

    CSS_PATH = str(CSS_FILE)
    TITLE = "politirad"
    ENABLE_COMMAND_PALETTE = True
    ALLOW_IN_MAXIMIZED_VIEW = "#status-header, #meeting-clock, #key-bar, #presence"
    """A maximised pane (Ctrl+F) keeps the header, the clock and the key bar in view."""
    COMMANDS = {PolitiradCommands}
    BINDINGS = [
        # Tab moves between panes before the focused widget sees the next key, so a
        # fast "Tab a" never types the "a" into the note it is leaving.
        Binding("tab", "app.focus_next", show=False, priority=True),
        Binding("shift+tab", "app.focus_previous", show=False, priority=True),
        Binding("ctrl+s", "save", "key.save"),
        Binding("ctrl+q", "quit", "key.quit", priority=True),
        Binding("f1", "help", "key.help", priority=True),
        Binding("f6", "scorecard", "key.scorecard", priority=True),
        Binding("f7", "compare_last", "key.compare_last", priority=True),
        Binding("f2", "setup", "key.setup"),
        Binding("f3", "questions", "key.questions"),
        Binding("f4", "conclusions", "key.conclusions"),
        Binding("f9", "export_prep", "key.export_prep"),
        Binding("ctrl+r", "reveal_confidential", "key.reveal", priority=True),
    ]

    reveal_confidential: var[bool] = var(False)
    """Confidential notes (this year's and last year's) shown on this screen; off at
    every start, and never on for an SSH viewer (issue 14: the presentation rule)."""

    following: var[bool] = var(False)
    """A shared view follows the facilitator's selected question (f toggles; issue 6)."""

    def __init__(
        self,
        live: LiveSession | SessionView,
        *,
        lang: str = "nb",
        read_only: bool | None = None,
        clock: Callable[[], float] | None = None,
        seat: Seat | None = None,
        recovery: Recovery | None = None,
    ) -> None:
        super().__init__()
        self._recovery = recovery
        """Unsaved work a crash left in the journal; offered once the screen is up."""
        self.seat = seat
        """This view's place in a meeting shared over SSH; None when not shared."""
        self.set_reactive(PolitiradApp.following, seat is not None and seat.follows)
        if seat is not None and not seat.leads:  # f only where there is someone to follow
            self.bind("f", "toggle_follow", description="key.follow", show=False)
        self._notice_at = 0.0
        self.clock = clock or time.monotonic
        """Seconds on a monotonic scale for the meeting clock; tests inject their own."""
        self.live: SessionView = live
        """What every screen reads; a viewer's is a `ReadOnlyView` with no change methods."""
        self.lang = lang
        self.read_only = live.read_only if read_only is None else read_only
        self.writer: LiveSession | None = (
            live if isinstance(live, LiveSession) and not self.read_only else None
        )
        """The live session's change API, for `write` (tui/screens/live_screen.py); None
        where this view only watches."""
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
        if self._recovery is not None:
            self.call_after_refresh(self._offer_recovery, self._recovery)
        else:  # at once, not after the first frame: no flash of the meeting screen (issue 14)
            _navigation().open_setup_if_new(self)

    def _offer_recovery(self, recovery: Recovery) -> None:
        """Ask whether to take the unsaved work a crash left behind; show what differs."""
        from politirad.tui.screens.confirm import ConfirmScreen

        def answered(take: bool | None) -> None:
            if take and wrote(self, lambda writer: writer.recover(recovery)):
                self.notify(self.t("notice.recovered"))
            else:
                recovery.discard()

        lines = recovery.summary(language(self.lang))
        question = "\n".join([*lines, "", self.t("confirm.recover")])
        self.push_screen(
            ConfirmScreen(question, self.t("confirm.recover_yes"), self.t("confirm.recover_no")),
            answered,
        )

    @property
    def leads(self) -> bool:
        """This view's selected question is the one shared viewers follow."""
        return self.seat is None or self.seat.leads

    def on_ready(self) -> None:
        """A following view catches up with a move made while it was opening (the change
        can arrive after the screen read the selection but before it counted as mounted)."""
        if self.following and self.live.selected and self.main_screen is not None:
            self.main_screen.follow(self.live.selected)

    def action_toggle_follow(self) -> None:
        """f in a shared view: follow the facilitator's question or browse freely."""
        if self.leads:
            return
        self.following = not self.following
        if self.following and self.live.selected and self.main_screen is not None:
            self.main_screen.follow(self.live.selected)

    def on_key(self, event: events.Key) -> None:
        """A viewer typing into a note is told why nothing happens (at most every 3 s)."""
        if self.read_only and event.is_printable and event.key != "f" and isinstance(self.focused, TextArea):
            if time.monotonic() - self._notice_at > 3:
                self._notice_at = time.monotonic()
                self.notify(read_only_notice(self), severity="warning", timeout=3)

    def _on_live_change(self, change: Change) -> None:
        """Called by the live session, possibly from another app's handler: queue it."""
        self.post_message(LiveChanged(change))

    def on_live_changed(self, message: LiveChanged) -> None:
        change = message.change
        if self.main_screen is not None and self.main_screen.is_mounted:
            self.main_screen.apply_change(change)
        for screen in self.screen_stack:  # full screens under a dialog follow too
            if screen is not self.main_screen and screen.is_mounted and isinstance(screen, LiveScreen):
                screen.apply_change(change)
        if change.kind is ChangeKind.SAVE_FAILED and not self.read_only:
            reason = in_language(change.key or "", self.lang)  # the writer kept it as a Reason
            self.notify(self.t("notice.save_failed", reason=reason), severity="error")
        elif change.kind is ChangeKind.SAVED and change.origin is self and self.live.path is not None:
            self.notify(self.t("notice.saved", file=self.live.path.name))

    def action_setup(self) -> None:
        """F2: council, people, time budget and themes (guide 2.1)."""
        from politirad.tui.screens.setup import SetupScreen

        _navigation().open_screen(self, SetupScreen)

    def action_questions(self) -> None:
        """F3: leave out, take back and add the council's own questions (guide 2.2)."""
        from politirad.tui.screens.questions import QuestionsScreen

        _navigation().open_screen(self, QuestionsScreen)

    def action_conclusions(self) -> None:
        """F4: learning points, the year's measures, mutual expectations."""
        from politirad.tui.screens.conclusions import ConclusionsScreen

        _navigation().open_screen(self, ConclusionsScreen)

    def action_export_prep(self) -> None:
        """F9: the preparation sheet beside the session file."""
        if self._refused_to_viewer():  # writes a file on the host
            return
        _navigation().export_prep(self)

    def action_save(self) -> None:
        """Ctrl+S: queue a save now; the notice comes when it is on disk (`SAVED`)."""
        write(self, lambda writer: writer.save_soon(origin=self))

    async def action_quit(self) -> None:
        """Save, then quit; if saving fails, warn once so nothing is lost by accident."""
        if self.main_screen is not None and self.main_screen.is_mounted:
            self.main_screen.store_clock_time()
        if self.writer is None or self.writer.close(force=self._quit_warned) or self._quit_warned:
            self.exit(0)
            return
        self._quit_warned = True
        self.notify(self.t("notice.quit_unsaved"), severity="error", timeout=10)

    def action_scorecard(self) -> None:
        """Success criteria of guide 3.5 with the council's earlier years (issue 5)."""
        from politirad.tui.screens.scorecard import open_scorecard

        if self.screen is self.main_screen and not self._refused_to_viewer():
            open_scorecard(self)  # the screen check: a priority key, not over dialogs

    def action_compare_last(self) -> None:
        """This session against the same council's previous one in the folder."""
        from politirad.tui.screens.compare import open_compare_last

        if self.screen is self.main_screen and not self._refused_to_viewer():
            open_compare_last(self)

    def _refused_to_viewer(self) -> bool:
        """SSH viewers see this meeting only: no other years' files, no files written
        on the facilitator's machine. True (with a notice) when this view is one."""
        if self.seat is not None and self.read_only:
            self.notify(read_only_notice(self), severity="warning")
            return True
        return False

    def action_reveal_confidential(self) -> None:
        """Ctrl+R: the facilitator shows or hides confidential notes on this screen."""
        if self._refused_to_viewer():
            return
        self.reveal_confidential = not self.reveal_confidential
        for screen in self.screen_stack:  # the meeting and F7's comparison redraw
            redraw = getattr(screen, "show_confidential", None)
            if redraw is not None and screen.is_mounted:
                redraw(self.reveal_confidential)
        self.notify(self.t("notice.revealed" if self.reveal_confidential else "notice.masked"), timeout=3)

    def action_help(self) -> None:
        """F1: the keys of the focused pane (and the screen around it), then global keys."""
        toggle_help(self)

    def action_command_palette(self) -> None:
        """Ctrl+P with a placeholder in the interface language."""
        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(CommandPalette(placeholder=self.t("palette.placeholder"), id="--command-palette"))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The palette offers a switch to the other two languages, not to this one."""
        if action.startswith("language_"):
            return action != f"language_{self.lang}"
        return True

    def action_language_nb(self) -> None:
        self.switch_language("nb")

    def action_language_nn(self) -> None:
        self.switch_language("nn")

    def action_language_en(self) -> None:
        self.switch_language("en")

    def switch_language(self, lang: str) -> None:
        """Switch the interface language live and keep the choice for the next start."""
        self.lang = language(lang)
        self.title = self.t("app.title")
        if self.main_screen is not None and self.main_screen.is_mounted:
            self.main_screen.refresh_all()
        from politirad.tui.retranslate import retranslate_stack  # a rare action: not at start

        retranslate_stack(self)  # screens already open follow at once, keeping what was typed
        if not self.read_only:  # a viewer (SSH) must not change the host user's settings
            try:
                save_settings(Settings(language=self.lang))  # type: ignore[arg-type]
            except SessionError as exc:
                self.notify(self.t("notice.settings_failed", reason=exc.reason(self.lang)), severity="warning")
        self.notify(self.t("notice.language"))

    def action_clock_start(self) -> None:
        if self.main_screen is not None:
            self.main_screen.clock_start()

    def action_clock_pause(self) -> None:
        if self.main_screen is not None:
            self.main_screen.clock_pause()

    def on_unmount(self) -> None:
        self._unsubscribe()


def _navigation() -> ModuleType:
    """The full screens and the prep export, imported on first use after the first frame.

    They are a third of the app's import time; the meeting view does not need them to
    open (bench/startup.py, BENCHMARKS.md).
    """
    from politirad.tui.screens import navigation

    return navigation
