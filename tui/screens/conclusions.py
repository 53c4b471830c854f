"""F4: what the meeting concludes (guide 5.6 and 6): learning points, measures, expectations.

Three tabs, each first-class data in the session file rather than free notes: the
five most important learning points in order, the year's five measures (starred
action items), and what police and municipality expect of each other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Label, TabbedContent, TabPane

from politirad.models.conclusion_lists import WANTED, ConclusionList, get_list, year_measure_count
from politirad.models.tree import question_tree
from politirad.sessions.live.session import Change, ChangeKind
from politirad.tui.retranslate import CatalogueLabel, CatalogueStatic, relabel_columns
from politirad.tui.screens.action_form import ActionForm
from politirad.tui.screens.live_screen import LiveScreen, write
from politirad.tui.widgets.screen_title import ScreenTitle
from politirad.tui.widgets.text_list import TextList, TextListLabels
from politirad.tui.widgets.year_measures import YearMeasureTable

if TYPE_CHECKING:
    from politirad.tui.app import PolitiradApp

LIST_IDS: dict[ConclusionList, str] = {
    ConclusionList.LEARNING_POINTS: "learning-points",
    ConclusionList.POLICE_OF_MUNICIPALITY: "police-of-municipality",
    ConclusionList.MUNICIPALITY_OF_POLICE: "municipality-of-police",
}

TAB_TITLES: dict[str, str] = {
    "tab-learning": "conclusions.learning",
    "tab-measures": "conclusions.measures",
    "tab-expectations": "conclusions.expectations",
}
"""Catalogue keys of the tabs' titles, in the order of their number keys 1, 2, 3."""

MEASURE_COLUMNS: dict[str, str] = {
    "id": "col.id",
    "title": "col.title",
    "responsible": "col.responsible",
    "deadline": "col.deadline",
}
"""The measures table's column keys and the catalogue keys of their headers."""


class ConclusionsScreen(LiveScreen[None]):
    """1, 2, 3 switch tabs; every edit goes straight to the live session."""

    CLOCK_OFF_QUESTION = True
    """While this screen is open the meeting clock charges no question (meeting_time.py)."""

    BINDINGS = [
        Binding("escape", "close", "key.back"),
        Binding("1", "show_tab('tab-learning')", "key.tab_learning"),
        Binding("2", "show_tab('tab-measures')", "key.tab_measures"),
        Binding("3", "show_tab('tab-expectations')", "key.tab_expectations"),
    ]

    app: PolitiradApp

    def __init__(self, tab: str = "tab-learning") -> None:
        super().__init__()
        self._first_tab = tab

    def compose(self) -> ComposeResult:
        t = self.app.t
        yield ScreenTitle(t, "conclusions.title", id="conclusions-title")
        with TabbedContent(initial=self._first_tab, id="conclusions-tabs"):
            with TabPane(self._tab_title("tab-learning"), id="tab-learning"):
                yield CatalogueLabel(t, "conclusions.learning_intro", classes="hint")
                yield self._list(ConclusionList.LEARNING_POINTS, WANTED)
            with TabPane(self._tab_title("tab-measures"), id="tab-measures"):
                yield Label("", id="measures-count")
                yield YearMeasureTable(
                    tuple(t(key) for key in MEASURE_COLUMNS.values()),  # type: ignore[arg-type]
                    id="year-measures",
                )
            with TabPane(self._tab_title("tab-expectations"), id="tab-expectations"):
                with Vertical(classes="expectation"):
                    yield CatalogueLabel(t, "conclusions.police_of_municipality", classes="section-label")
                    yield self._list(ConclusionList.POLICE_OF_MUNICIPALITY, None)
                with Vertical(classes="expectation"):
                    yield CatalogueLabel(t, "conclusions.municipality_of_police", classes="section-label")
                    yield self._list(ConclusionList.MUNICIPALITY_OF_POLICE, None)
        yield CatalogueStatic(t, "conclusions.keys", id="conclusions-keys", classes="key-bar")

    def _tab_title(self, tab: str) -> str:
        number = list(TAB_TITLES).index(tab) + 1
        return f"{number} {self.app.t(TAB_TITLES[tab])}"

    def _list_labels(self, which: ConclusionList) -> TextListLabels:
        kind = "learning" if which is ConclusionList.LEARNING_POINTS else "expectation"
        return TextListLabels.from_catalogue(self.app.t, f"conclusions.{kind}")

    def _list(self, which: ConclusionList, wanted: int | None) -> TextList:
        labels = self._list_labels(which)
        return TextList(labels, get_list(self.app.live.session, which), wanted=wanted, id=LIST_IDS[which])

    def retranslate(self) -> None:
        """A live language switch: tabs, headers and hints follow; lists keep their cursor."""
        tabs = self.query_one(TabbedContent)
        for tab in TAB_TITLES:
            tabs.get_tab(tab).label = self._tab_title(tab)
        relabel_columns(self.query_one(YearMeasureTable), {k: self.app.t(v) for k, v in MEASURE_COLUMNS.items()})
        self._show_measures()
        for which, widget_id in LIST_IDS.items():
            text_list = self.query_one(f"#{widget_id}", TextList)
            text_list.labels = self._list_labels(which)
            text_list.set_items(text_list.items)

    def on_mount(self) -> None:
        self._show_measures()
        self.call_after_refresh(self._focus_tab, self._first_tab)

    # -- redraw -------------------------------------------------------------------------

    def _show_measures(self) -> None:
        session, t = self.app.live.session, self.app.t
        self.query_one(YearMeasureTable).show(session.actions, t("conclusions.no_actions"))
        count = year_measure_count(session)
        key = "conclusions.measures_over" if count > WANTED else "conclusions.measures_count"
        text = Text(t(key, n=count, wanted=WANTED), style="bold" if count > WANTED else "")
        self.query_one("#measures-count", Label).update(text)

    def apply_change(self, change: Change) -> None:
        """Follow changes made elsewhere: another facilitator, or the meeting screen."""
        if change.kind in (ChangeKind.ACTIONS, ChangeKind.SETUP):
            self._show_measures()
        if change.kind in (ChangeKind.CONCLUSIONS, ChangeKind.SETUP) and change.origin is not self:
            for which, widget_id in LIST_IDS.items():
                self.query_one(f"#{widget_id}", TextList).set_items(get_list(self.app.live.session, which))

    # -- keys ---------------------------------------------------------------------------

    def action_close(self) -> None:
        self.dismiss(None)

    def action_show_tab(self, tab: str) -> None:
        self.query_one(TabbedContent).active = tab
        self._focus_tab(tab)

    def _focus_tab(self, tab: str) -> None:
        target = {"tab-learning": "#learning-points", "tab-measures": "#year-measures"}.get(
            tab, "#police-of-municipality"
        )
        self.query_one(target).focus()

    def on_text_list_changed(self, event: TextList.Changed) -> None:
        event.stop()
        which = next(w for w, widget_id in LIST_IDS.items() if widget_id == event.text_list.id)
        if not self.wrote(lambda writer: writer.set_conclusion_list(which, event.items, origin=self)):
            event.text_list.set_items(get_list(self.app.live.session, which))
            return
        if which is ConclusionList.LEARNING_POINTS and len(event.items) > WANTED:
            self.notify(self.app.t("conclusions.too_many_points", wanted=WANTED), severity="warning")

    def on_year_measure_table_toggle_requested(self, event: YearMeasureTable.ToggleRequested) -> None:
        event.stop()
        toggle_year_measure(self, event.action_id)

    def on_year_measure_table_add_requested(self, event: YearMeasureTable.AddRequested) -> None:
        """A measure agreed at the end of the meeting goes straight in as one of the five."""
        event.stop()
        if not self.writable():
            return
        known = {s.id for m in question_tree(self.app.live.session) for s in m.subs}

        def done(fields: dict[str, Any] | None) -> None:
            if not fields:
                return
            fields["year_measure"] = True
            item = self.write(lambda writer: writer.add_action(origin=self, **fields))
            if item is not None:
                n = year_measure_count(self.app.live.session)
                self.notify(self.app.t("conclusions.starred", id=item.id, n=n, wanted=WANTED))

        session = self.app.live.session
        form = ActionForm(self.app.t, None, None, known, participants=session.participants, meeting=session.date)
        self.app.push_screen(form, done)


def toggle_year_measure(screen: Screen[None], action_id: str) -> None:
    """Star or unstar a measure and warn past five; shared by this view and the action table."""
    app: PolitiradApp = screen.app  # type: ignore[assignment]
    item = write(app, lambda writer: writer.toggle_year_measure(action_id, origin=screen))
    if item is None:
        return
    count = year_measure_count(app.live.session)
    key = "conclusions.starred" if item.year_measure else "conclusions.unstarred"
    message = app.t(key, id=item.id, n=count, wanted=WANTED)
    if count > WANTED:
        screen.notify(f"{message} {app.t('conclusions.too_many', wanted=WANTED)}", severity="warning")
    else:
        screen.notify(message)
