"""The success-criteria scorecard in the app: rate this year, see the years as a chart.

Each of guide 3.5's eight criteria gets a score 1–5 and a one-line reason for this
year; earlier years of the same council (found in the session's folder) stand beside
it with a small text chart, and the pitfalls are a checklist. Every change goes
through the live session, like every other edit.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.widgets import DataTable, Input, SelectionList, Static
from textual.widgets.selection_list import Selection

from politirad.models.catalogue import language
from politirad.models.session import CriterionRating, Session
from politirad.sessions.reports.hints import hints_for
from politirad.sessions.live.session import Change, ChangeKind
from politirad.sessions.reports.scorecard import CriterionTrend, Scorecard, build_scorecard
from politirad.sessions.reports.years import history
from politirad.tui.background import read_then
from politirad.tui.i18n import tr
from politirad.tui.screens.live_screen import LiveScreen
from politirad.tui.widgets.keyed_table import KeyedTable
from politirad.tui.widgets.key_line import KeyLine
from politirad.tui.widgets.tick_box import TickList

if TYPE_CHECKING:
    from politirad.tui.app import PolitiradApp

CSS_FILE = Path(__file__).with_name("years.tcss")

CRITERION_WIDTH = 34
"""Titles are long; cut them so the years, the chart and the reason fit in 80 columns."""

SPARK = "▁▂▄▆█"
"""One block per year, taller for a higher score: a trend readable at a glance."""

REDRAWN_BY = frozenset({ChangeKind.SETUP, ChangeKind.ACTIONS})
"""Ratings and pitfalls are setup fields, and the hints read setup and measures; notes
never show here, so another person's typing does not redraw the scorecard."""


def sparkline(scores: tuple[int | None, ...]) -> str:
    """'▂▄█' for scores 2, 3, 5; '·' marks a year without a rating."""
    return "".join(SPARK[s - 1] if s is not None else "·" for s in scores)


def row_cells(trend: CriterionTrend) -> list[str | Text]:
    """One criterion's row: title, a score per year, the chart, this year's reason."""
    cells: list[str | Text] = [Text(trend.title, overflow="ellipsis", no_wrap=True)]
    cells.extend(str(s) if s is not None else "-" for s in trend.scores)
    cells.append(sparkline(trend.scores))
    cells.append(Text(trend.latest_reason))
    return cells


class CriteriaTable(KeyedTable):
    """The criteria table; score keys live here so typing a reason never rates."""

    BINDINGS = [
        *(Binding(str(n), f"score({n})", "key.score", show=False) for n in range(6)),
        Binding("enter", "reason", "key.reason"),
    ]

    class ScoreRequested(Message):
        """Set (1–5) or clear (0) this year's score for a criterion."""

        def __init__(self, criterion_id: str, score: int) -> None:
            self.criterion_id = criterion_id
            self.score = score
            super().__init__()

    class ReasonRequested(Message):
        """Edit this year's reason for a criterion."""

        def __init__(self, criterion_id: str) -> None:
            self.criterion_id = criterion_id
            super().__init__()

    def action_score(self, score: int) -> None:
        criterion = self.current_key()
        if criterion:
            self.post_message(self.ScoreRequested(criterion, score))

    def action_reason(self) -> None:
        criterion = self.current_key()
        if criterion:
            self.post_message(self.ReasonRequested(criterion))


class ScorecardScreen(LiveScreen[None]):
    """This year's ratings with the earlier years, and the pitfalls checklist."""

    CLOCK_OFF_QUESTION = True
    """While this screen is open the meeting clock charges no question (meeting_time.py)."""

    CSS_PATH = str(CSS_FILE)
    BINDINGS = [Binding("escape", "close", "key.close")]

    app: PolitiradApp

    def __init__(self, earlier: list[Session], lang: str = "nb") -> None:
        super().__init__()
        self.earlier = sorted(earlier, key=lambda s: s.date)
        self.lang = lang
        self.editing: str | None = None

    def t(self, key: str, **values: object) -> str:
        return tr(self.lang, key, **values)

    @property
    def card(self) -> Scorecard:
        """Earlier years from disk plus this year as it stands in the live session."""
        session = self.app.live.session
        return build_scorecard([*self.earlier, session], language(self.lang))

    def _title(self) -> str:
        council = self.app.live.session.council.name
        return self.t("scorecard.title") + (f": {council}" if council else "")

    def _key_line(self) -> list[tuple[str, str]]:
        keys = (("1–5", "key.score"), ("Enter", "key.reason"), ("Space", "key.toggle_pitfall"),
                ("Tab", "key.next_pane"), ("Esc", "key.close"))
        return [(k, self.t(d)) for k, d in keys]

    def compose(self) -> ComposeResult:
        yield Static(self._title(), classes="year-title")
        yield CriteriaTable(id="criteria", cursor_type="row", zebra_stripes=True)
        yield Static(id="criterion-detail")
        yield Static(id="hints")
        yield Input(id="reason")
        yield TickList(id="pitfalls")
        yield KeyLine(self._key_line(), classes="year-keys")

    def on_mount(self) -> None:
        table = self.query_one(CriteriaTable)
        pitfalls = self.query_one(SelectionList)
        self._border_titles()
        card = self.card
        pitfalls.add_options(Selection(p.text, p.id, p.ticked_now) for p in card.pitfalls)
        pitfalls.highlighted = 0  # Space ticks at once, without an arrow key first
        self.refresh_table()
        self.refresh_hints()
        table.focus()

    def _border_titles(self) -> None:
        self.query_one(CriteriaTable).border_title = self.t("scorecard.title")
        self.query_one(SelectionList).border_title = self.t("scorecard.pitfalls")

    def refresh_hints(self) -> None:
        """Hints from this year's data, each with the guide's words (sessions/hints.py)."""
        last = self.earlier[-1] if self.earlier else None
        found = hints_for(self.app.live.session, language(self.lang), last)
        text = Text()
        for n, hint in enumerate(found):
            text.append(("\n" if n else "") + "• " + hint.text, style="bold")
            text.append(f" {hint.source}: «{hint.quote}»", style="italic")
        self.query_one("#hints", Static).update(text)

    def refresh_table(self, keep: str | None = None) -> None:
        """Rebuild the rows from the scorecard; the cursor stays on `keep`."""
        card = self.card
        table = self.query_one(CriteriaTable)
        row = table.cursor_row
        table.clear(columns=True)
        table.add_column(self.t("scorecard.col.criterion"), key="criterion", width=CRITERION_WIDTH)
        for date in card.dates:
            table.add_column(str(date.year), key=date.isoformat())
        table.add_column(self.t("scorecard.col.trend"), key="trend")
        table.add_column(self.t("scorecard.col.reason"), key="reason")
        for trend in card.criteria:
            table.add_row(*row_cells(trend), key=trend.id)
        if keep is not None:
            row = table.get_row_index(keep)
        table.move_cursor(row=min(max(row, 0), table.row_count - 1))

    # -- changes made in another view ------------------------------------------------

    def apply_change(self, change: Change) -> None:
        """Another facilitator rated, ticked, or changed setup or measures: show it.

        The earlier years stay as read when the screen opened (they do not change during
        the meeting); only this year is taken afresh from the live session. The cells
        are rewritten in place, so the cursor, the scroll and a reason being typed stay.
        """
        if change.origin is self or change.kind not in REDRAWN_BY:
            return
        card = self.card
        table = self.query_one(CriteriaTable)
        if [str(key.value) for key in table.columns] != self._column_keys(card):
            self.refresh_table(keep=table.current_key())  # the date moved: other years
        else:
            for trend in card.criteria:
                for column, value in zip(table.columns, row_cells(trend)):
                    table.update_cell(trend.id, column, value, update_width=True)
        self._show_pitfalls()
        self.refresh_hints()
        self._show_detail(table.current_key())

    @staticmethod
    def _column_keys(card: Scorecard) -> list[str]:
        return ["criterion", *(date.isoformat() for date in card.dates), "trend", "reason"]

    def _show_pitfalls(self) -> None:
        """Tick exactly this year's pitfalls, without taking that as the person's change."""
        pitfalls = self.query_one(SelectionList)
        with pitfalls.prevent(SelectionList.SelectedChanged):
            pitfalls.deselect_all()
            for pid in self.app.live.session.pitfalls:
                pitfalls.select(pid)

    # -- changes through the live session -------------------------------------------

    def _update(self, **fields: object) -> bool:
        return self.wrote(lambda writer: writer.update_setup(origin=self, **fields))

    @on(CriteriaTable.ScoreRequested)
    def set_score(self, event: CriteriaTable.ScoreRequested) -> None:
        criteria = dict(self.app.live.session.criteria)
        if event.score == 0:
            criteria.pop(event.criterion_id, None)
        else:
            old = criteria.get(event.criterion_id)
            criteria[event.criterion_id] = CriterionRating(
                score=event.score, reason=old.reason if old else ""
            )
        if self._update(criteria=criteria):
            self.refresh_table(keep=event.criterion_id)

    @on(CriteriaTable.ReasonRequested)
    def edit_reason(self, event: CriteriaTable.ReasonRequested) -> None:
        rating = self.app.live.session.criteria.get(event.criterion_id)
        if rating is None:
            self.notify(self.t("scorecard.rate_first"), severity="warning")
            return
        if not self.writable():
            return
        self.editing = event.criterion_id
        field = self.query_one("#reason", Input)
        field.placeholder = self._reason_prompt(event.criterion_id)
        field.value = rating.reason
        field.add_class("-editing")
        field.focus()

    def _reason_prompt(self, criterion_id: str) -> str:
        title = next(c.title for c in self.card.criteria if c.id == criterion_id)
        return self.t("scorecard.reason_prompt", criterion=title)

    @on(Input.Submitted, "#reason")
    def save_reason(self, event: Input.Submitted) -> None:
        criterion = self.editing
        if criterion is not None:
            criteria = dict(self.app.live.session.criteria)
            rating = criteria.get(criterion)
            if rating is not None:
                criteria[criterion] = rating.model_copy(update={"reason": " ".join(event.value.split())})
                self._update(criteria=criteria)
        self._stop_editing(criterion)

    def _stop_editing(self, keep: str | None) -> None:
        self.editing = None
        self.query_one("#reason", Input).remove_class("-editing")
        self.refresh_table(keep=keep)
        self.query_one(CriteriaTable).focus()

    @on(SelectionList.SelectedChanged, "#pitfalls")
    def pitfalls_changed(self, event: SelectionList.SelectedChanged[str]) -> None:
        chosen = list(event.selection_list.selected)
        if sorted(chosen) == sorted(self.app.live.session.pitfalls):
            return
        if not self._update(pitfalls=sorted(chosen, key=_pitfall_order)):
            self._show_pitfalls()

    @on(SelectionList.SelectionHighlighted, "#pitfalls")
    def show_pitfall(self, event: SelectionList.SelectionHighlighted[str]) -> None:
        """The highlighted pitfall in full under the table: the list cuts long ones."""
        if event.selection_list.has_focus:
            self._show_pitfall_detail()

    def on_descendant_focus(self) -> None:
        """Tab to the pitfalls: the detail line follows their cursor, back: the criterion's."""
        pitfalls = self.query_one(TickList)
        if pitfalls.has_focus:
            self._show_pitfall_detail()
        elif self.query_one(CriteriaTable).has_focus:
            self._show_detail(self.query_one(CriteriaTable).current_key())

    def _show_pitfall_detail(self) -> None:
        pitfalls = self.query_one(TickList)
        if pitfalls.highlighted is not None:
            prompt = pitfalls.get_option_at_index(pitfalls.highlighted).prompt
            self.query_one("#criterion-detail", Static).update(Text(str(prompt), style="bold"))

    @on(DataTable.RowHighlighted, "#criteria")
    def show_detail(self, event: DataTable.RowHighlighted) -> None:
        """The highlighted criterion's full title and reason: the table cuts both."""
        self._show_detail(event.row_key.value)

    def _show_detail(self, criterion_id: str | None) -> None:
        trend = next((c for c in self.card.criteria if c.id == criterion_id), None)
        if trend is None:
            return
        detail = Text(trend.title, style="bold")
        if trend.latest_reason:
            detail.append(f"\n{trend.latest_reason}", style="")
        self.query_one("#criterion-detail", Static).update(detail)

    # -- the interface language switched live -----------------------------------------

    def retranslate(self) -> None:
        """Titles, headers, criteria, pitfalls and hints in the new language; the cursor,
        the ticks and a reason being typed stay as they were."""
        self.lang = self.app.lang
        self.query_one(".year-title", Static).update(self._title())
        self.query_one(".year-keys", KeyLine).show(self._key_line())
        self._border_titles()
        pitfalls = self.query_one(SelectionList)
        for index, pitfall in enumerate(self.card.pitfalls):
            pitfalls.replace_option_prompt_at_index(index, pitfall.text)
        table = self.query_one(CriteriaTable)
        self.refresh_table(keep=table.current_key())
        self.refresh_hints()
        self._show_detail(table.current_key())
        if self.editing is not None:
            self.query_one("#reason", Input).placeholder = self._reason_prompt(self.editing)

    def action_close(self) -> None:
        if self.editing is not None:
            self._stop_editing(self.editing)
            return
        self.dismiss(None)


def _pitfall_order(pitfall_id: str) -> int:
    return int(pitfall_id[1:]) if pitfall_id[1:].isdigit() else 0


def open_scorecard(app: PolitiradApp) -> None:
    """Push the scorecard with the council's earlier years read from the session's folder."""
    path, session = app.live.path, app.live.session.model_copy()  # a snapshot for the thread

    def earlier_years() -> list[Session]:
        return [] if path is None else [y.session for y in history(path.parent, session, path)[:-1]]

    read_then(app, earlier_years, lambda earlier: app.push_screen(ScorecardScreen(earlier, app.lang)))
