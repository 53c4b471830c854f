"""Two years side by side in the app: the same comparison `politirad compare` prints."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from politirad.models.catalogue import language
from politirad.models.session import Session
from politirad.sessions.reports.compare import compare_sessions
from politirad.sessions.documents.compare import render_comparison
from politirad.sessions.live.session import Change, ChangeKind
from politirad.sessions.reports.years import YearSession, previous_session
from politirad.tui.background import read_then
from politirad.tui.i18n import tr
from politirad.tui.screens.live_screen import LiveScreen

if TYPE_CHECKING:
    from politirad.tui.app import PolitiradApp

CSS_FILE = Path(__file__).with_name("years.tcss")

REDRAWN_BY = frozenset(ChangeKind) - {
    ChangeKind.TIME, ChangeKind.SELECTION, ChangeKind.SAVED, ChangeKind.SAVE_FAILED
}
"""Every kind that changes this year's data: notes, answers, measures, learning points,
setup (ratings, date) and own questions all show in the comparison."""


class CompareScreen(LiveScreen[None]):
    """Read-only: what changed per sub-question, measures opened and closed, learning."""

    CSS_PATH = str(CSS_FILE)
    BINDINGS = [
        Binding("escape", "close", "key.close"),
        Binding("q", "close", "key.close", show=False),
    ]

    app: PolitiradApp

    def __init__(self, old: Session, new: Session, lang: str = "nb") -> None:
        super().__init__()
        self.lang = lang
        self.old = old
        """The earlier year, read once when the screen opened: it does not change in the meeting."""
        self.new = self._this_year(new)

    def _title(self) -> str:
        return tr(self.lang, "compare.title", old=self.old.date.isoformat(), new=self.new.date.isoformat())

    def _key_line(self) -> str:
        return f"[b]Esc[/b] {tr(self.lang, 'key.close')}"

    def compose(self) -> ComposeResult:
        yield Static(self._title(), classes="year-title")
        with VerticalScroll(id="compare-body"):
            yield Static(Text(self.report), id="compare-text")
        yield Static(self._key_line(), classes="year-keys")

    @property
    def report(self) -> str:
        """The comparison as text, exactly as the CLI prints it."""
        shown = bool(getattr(self.app, "reveal_confidential", False))  # Ctrl+R in the meeting app
        return render_comparison(compare_sessions(self.old, self.new), include_confidential=shown)

    def show_confidential(self, shown: bool) -> None:
        """Ctrl+R: the comparison again, confidential notes shown or masked."""
        self.query_one("#compare-text", Static).update(Text(self.report))

    def _this_year(self, session: Session) -> Session:
        """This year in the screen's language (the rendering follows `Session.language`)."""
        return session.model_copy(update={"language": language(self.lang)})

    def on_mount(self) -> None:
        self.query_one("#compare-body").focus()

    def apply_change(self, change: Change) -> None:
        """Someone edited this year (here or over SSH): compare again, scroll kept.

        Only this year is taken afresh from the live session; the earlier year stays as
        read, so another person's typing costs a comparison in memory, no disk read.
        """
        if change.kind not in REDRAWN_BY:
            return
        self.new = self._this_year(self.app.live.session)
        self.query_one("#compare-text", Static).update(Text(self.report))
        if change.kind is ChangeKind.SETUP:  # this year's date is in the title
            self.query_one(".year-title", Static).update(self._title())

    def retranslate(self) -> None:
        """A live language switch: the comparison retold in the new language, scroll kept."""
        self.lang = self.app.lang
        self.new = self._this_year(self.new)
        self.query_one(".year-title", Static).update(self._title())
        self.query_one("#compare-text", Static).update(Text(self.report))
        self.query_one(".year-keys", Static).update(self._key_line())

    def action_close(self) -> None:
        self.dismiss(None)


def open_compare_last(app: PolitiradApp) -> None:
    """Compare the open session with the same council's latest earlier one in its folder."""
    path, session = app.live.path, app.live.session.model_copy()  # a snapshot for the thread

    def previous() -> YearSession | None:
        return previous_session(path.parent, session, exclude=path) if path else None

    def show(found: YearSession | None) -> None:
        if found is None:
            app.notify(tr(app.lang, "browser.no_previous"), severity="warning")
        else:
            app.push_screen(CompareScreen(found.session, app.live.session, app.lang))

    read_then(app, previous, show)
