"""The session browser: the start screen when the folder already holds sessions.

One row per session (date, council, answered, measures open and done); from a row the
facilitator opens it for editing or read-only, starts this year's session from it,
or compares it with the year before. Search runs across every session in the folder
and shows each hit in context; choosing a hit moves to its session's row.

The screen returns a BrowserChoice; the caller opens files (screens never do).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Input, Static

from politirad.sessions.storage import store
from politirad.sessions.reports.catalog import SessionSummary, scan
from politirad.sessions.errors import SessionError
from politirad.sessions.reports.search import Hit, search_folder
from politirad.sessions.reports.years import previous_session
from politirad.tui.i18n import tr
from politirad.tui.screens.compare import CompareScreen
from politirad.tui.widgets.key_line import KeyLine
from politirad.tui.widgets.keyed_table import KeyedTable

CSS_FILE = Path(__file__).with_name("years.tcss")


class BrowserAction(StrEnum):
    """What the facilitator chose in the browser."""

    OPEN = "open"
    READ_ONLY = "read_only"
    NEW = "new"
    NEW_FROM = "new_from"


@dataclass(frozen=True, slots=True)
class BrowserChoice:
    """The browser's answer: an action and, except for NEW, the session file."""

    action: BrowserAction
    path: Path | None = None


class SessionTable(KeyedTable):
    """The sessions, newest first; row keys are file paths."""

    BINDINGS = [
        Binding("enter", "choose('open')", "key.open"),
        Binding("r", "choose('read_only')", "key.open_read_only"),
        Binding("f", "choose('new_from')", "key.new_from"),
        Binding("c", "choose('compare')", "key.compare"),
    ]

    class Chosen(Message):
        """A key was pressed on a session row."""

        def __init__(self, path: Path, what: str) -> None:
            self.path = path
            self.what = what
            super().__init__()

    def current_path(self) -> Path | None:
        """The file of the highlighted row."""
        key = self.current_key()
        return Path(key) if key else None

    def action_choose(self, what: str) -> None:
        path = self.current_path()
        if path is not None:
            self.post_message(self.Chosen(path, what))


class HitTable(KeyedTable):
    """Search hits; Enter moves to the hit's session in the session table."""

    BINDINGS = [Binding("enter", "go", "key.open")]

    class Go(Message):
        """Show the session this hit is in."""

        def __init__(self, path: Path) -> None:
            self.path = path
            super().__init__()

    def action_go(self) -> None:
        key = self.current_key()
        if key:
            self.post_message(self.Go(Path(key.split("#", 1)[0])))


class BrowserScreen(Screen[BrowserChoice | None]):
    """Pick a session, start a new one, or search across the years."""

    CSS_PATH = str(CSS_FILE)
    BINDINGS = [
        Binding("slash", "search", "key.search"),
        Binding("down", "to_hits", show=False),
        Binding("n", "new", "key.new_session"),
        Binding("escape", "back", "key.leave_search"),
        Binding("q", "quit_browser", "key.quit_browser", show=False),
    ]

    def __init__(self, folder: Path, lang: str = "nb", today: dt.date | None = None) -> None:
        super().__init__()
        self.folder = folder
        self.lang = lang
        self.today = today or dt.date.today()
        self.summaries: list[SessionSummary] = []

    def t(self, key: str, **values: object) -> str:
        return tr(self.lang, key, **values)

    def compose(self) -> ComposeResult:
        yield Static(self.t("browser.title", folder=str(self.folder)), classes="year-title")
        yield Input(placeholder=self.t("browser.search"), id="search")
        yield SessionTable(id="sessions", cursor_type="row", zebra_stripes=True)
        yield HitTable(id="hits", cursor_type="row")
        yield Static(id="browser-note")
        keys = (
            ("Enter", "key.open"),
            ("r", "key.open_read_only"),
            ("f", "key.new_from"),
            ("c", "key.compare"),
            ("n", "key.new_session"),
            ("/", "key.search"),
            ("q", "key.quit_browser"),
        )
        yield KeyLine([(k, self.t(d)) for k, d in keys], classes="year-keys")  # wraps at 80 columns

    def on_mount(self) -> None:
        table = self.query_one(SessionTable)
        for key, label in (
            ("date", "browser.col.date"),
            ("council", "browser.col.council"),
            ("answered", "browser.col.answered"),
            ("open", "browser.col.open"),
            ("done", "browser.col.done"),
            ("file", "browser.col.file"),
        ):
            table.add_column(self.t(label), key=key)
        hits = self.query_one(HitTable)
        for key, label in (
            ("date", "browser.col.date"),
            ("where", "browser.col.where"),
            ("context", "browser.col.context"),
        ):
            hits.add_column(self.t(label), key=key)
        self.reload()
        table.focus()

    def reload(self) -> None:
        """Read the folder's sessions again (after a new one was made, for instance)."""
        self.summaries, broken = scan(self.folder)
        table = self.query_one(SessionTable)
        table.clear()
        for s in self.summaries:
            table.add_row(
                s.date.isoformat(),
                s.council or "-",
                f"{s.answered}/{s.included}",
                str(s.actions_open),
                str(s.actions_done),
                s.path.name,
                key=str(s.path),
            )
        note = self.t("browser.broken", n=len(broken)) if broken else ""
        self.query_one("#browser-note", Static).update(note)

    # -- search -------------------------------------------------------------------

    def action_search(self) -> None:
        self.query_one("#search", Input).focus()

    @on(Input.Submitted, "#search")
    def run_search(self, event: Input.Submitted) -> None:
        query = event.value.strip()
        hits_table = self.query_one(HitTable)
        if not query:
            hits_table.remove_class("-shown")
            self.query_one(SessionTable).focus()
            return
        try:
            hits = search_folder(self.folder, query)
        except SessionError as exc:
            self.notify(exc.reason(self.lang), severity="warning")
            return
        self.show_hits(query, hits)

    def action_to_hits(self) -> None:
        """↓ in the search field moves into the hits the facilitator wants to read."""
        hits = self.query_one(HitTable)
        if self.query_one("#search", Input).has_focus and hits.has_class("-shown") and hits.row_count:
            hits.focus()

    def show_hits(self, query: str, hits: list[Hit]) -> None:
        """Fill the hit table: file, where in it, and the words around the match."""
        table = self.query_one(HitTable)
        table.clear()
        for n, hit in enumerate(hits):
            where = self.t(f"hit.{hit.kind.value}", ref=hit.ref)
            if hit.confidential:
                where += f" ({self.t('hit.confidential')})"
            if hit.confidential:  # the presentation rule: the browser may be projected too
                context = Text(self.t("hit.masked"), style="italic")
            else:
                context = Text(hit.before)
                context.append(hit.match, style="bold reverse")
                context.append(hit.after)
            table.add_row(hit.date.isoformat(), where, context, key=f"{hit.path}#{n}")
        key = "browser.hits" if hits else "browser.no_hits"
        table.border_title = self.t(key, n=len(hits), q=query)
        table.add_class("-shown")
        if not hits:
            self.notify(self.t("browser.no_hits", q=query))
        # Focus stays in the search field (issue 14): a facilitator typing the next
        # search must not hit the table's one-letter keys; ↓ or Tab moves to the hits.

    @on(HitTable.Go)
    def go_to_session(self, event: HitTable.Go) -> None:
        table = self.query_one(SessionTable)
        table.move_cursor(row=table.get_row_index(str(event.path)))
        table.focus()

    # -- choices ------------------------------------------------------------------

    @on(SessionTable.Chosen)
    def chosen(self, event: SessionTable.Chosen) -> None:
        if event.what == "compare":
            self.compare_with_year_before(event.path)
            return
        if event.what == "new_from" and not self._can_carry(event.path):
            return
        self.dismiss(BrowserChoice(BrowserAction(event.what), event.path))

    def _can_carry(self, path: Path) -> bool:
        summary = next((s for s in self.summaries if s.path == path), None)
        if summary is not None and summary.date >= self.today:
            self.notify(
                tr(self.lang, "browser.carry_date", date=summary.date.isoformat()),
                severity="warning",
            )
            return False
        return True

    def compare_with_year_before(self, path: Path) -> None:
        """Push the comparison of this session and its council's previous one."""
        try:
            session = store.load(path)
        except SessionError as exc:
            self.notify(exc.reason(self.lang), severity="error")
            return
        found = previous_session(self.folder, session, exclude=path)
        if found is None:
            self.notify(self.t("browser.no_previous"), severity="warning")
            return
        self.app.push_screen(CompareScreen(found.session, session, self.lang))

    def action_new(self) -> None:
        self.dismiss(BrowserChoice(BrowserAction.NEW))

    def action_back(self) -> None:
        """Esc leaves the search; in the list itself it only says how to quit (q or
        Ctrl+Q): a stray Esc must not close the program (issue 14)."""
        search = self.query_one("#search", Input)
        hits = self.query_one(HitTable)
        if search.has_focus or hits.has_class("-shown"):
            hits.remove_class("-shown")
            search.value = ""
            self.query_one(SessionTable).focus()
            return
        self.notify(self.t("browser.how_to_quit"), timeout=3)

    def action_quit_browser(self) -> None:
        self.dismiss(None)
