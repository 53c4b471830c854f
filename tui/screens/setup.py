"""F2: the meeting's setup (guide 2.1): who, where, when, how long, and what to stress.

Opens by itself when the app starts on a writable session without a council name, so a
plain `politirad` begins where the guide begins. The form edits a copy; Ctrl+S checks
every field and hands the whole setup to the live session in one change.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Input, Label, Select

from politirad.models.norwegian_dates import norwegian, parse_date
from politirad.models.session import Session
from politirad.tui.retranslate import CatalogueLabel, CatalogueStatic, relabel_columns
from politirad.tui.screens.confirm import ConfirmScreen
from politirad.tui.screens.live_screen import LiveScreen
from politirad.tui.widgets.participant_table import ParticipantTable
from politirad.tui.widgets.screen_title import ScreenTitle
from politirad.tui.widgets.text_list import TextList, TextListLabels

if TYPE_CHECKING:
    from politirad.tui.app import PolitiradApp

AGREEMENT_VALUES: dict[str, bool | None] = {"unknown": None, "yes": True, "no": False}
"""The select's values for `Session.written_agreement`: not known, yes, no."""

TEXT_FIELDS: tuple[tuple[str, str], ...] = (
    ("s-council", "setup.council"),
    ("s-municipalities", "setup.municipalities"),
    ("s-police", "setup.police_unit"),
    ("s-district", "setup.district"),
    ("s-date", "setup.date"),
    ("s-time", "setup.time"),
    ("s-place", "setup.place"),
    ("s-facilitator", "setup.facilitator"),
    ("s-referent", "setup.referent"),
    ("s-apologies", "setup.apologies"),
    ("s-next", "setup.next_meeting"),
    ("s-budget", "setup.budget"),
    ("s-meetings", "setup.meetings"),
)

FIELD_ROWS: tuple[tuple[str, ...], ...] = (
    ("s-council",),
    ("s-municipalities",),
    ("s-police", "s-district"),
    ("s-date", "s-time"),
    ("s-place",),
    ("s-facilitator", "s-referent"),
    ("s-apologies", "s-next"),
    ("s-budget", "s-meetings"),
)
"""Short fields that belong together share a row, so the form fits 36 rows unscrolled."""


def initial_values(session: Session) -> dict[str, str]:
    """The text fields' contents as the form opens on a session."""
    return {
        "s-council": session.council.name,
        "s-municipalities": ", ".join(session.council.municipalities),
        "s-police": session.council.police_unit,
        "s-district": session.council.police_district,
        "s-date": norwegian(session.date),
        "s-time": session.meeting_time,
        "s-place": session.meeting_place,
        "s-facilitator": session.facilitator,
        "s-referent": session.referent,
        "s-apologies": ", ".join(session.apologies),
        "s-next": norwegian(session.next_meeting) if session.next_meeting else "",
        "s-budget": str(session.time_budget_minutes),
        "s-meetings": "" if session.meetings_past_year is None else str(session.meetings_past_year),
    }


class SetupScreen(LiveScreen[bool]):
    """Dismisses with True when the setup was saved, False when left unchanged."""

    BINDINGS = [
        Binding("ctrl+s", "submit", "key.setup_save"),
        Binding("escape", "cancel", "key.back"),
    ]

    app: PolitiradApp

    def compose(self) -> ComposeResult:
        t, session = self.app.t, self.app.live.session
        values = initial_values(session)
        yield ScreenTitle(t, "setup.title", "setup.intro", id="setup-title")
        with VerticalScroll(id="setup-form"):
            labels = dict(TEXT_FIELDS)
            for row in FIELD_ROWS:
                with Horizontal(classes="field"):
                    for n, widget_id in enumerate(row):
                        label = labels[widget_id]
                        caption = CatalogueLabel(t, label, classes="field-label")
                        if n:  # the second field of a row: its label as wide as its words
                            caption.styles.width = "auto"
                            caption.styles.padding = (0, 1, 0, 2)
                        yield caption
                        numeric = widget_id in ("s-budget", "s-meetings")
                        yield Input(
                            values[widget_id],
                            id=widget_id,
                            type="integer" if numeric else "text",
                            placeholder=t(f"{label}_hint"),
                            compact=True,
                        )
            with Horizontal(classes="field"):
                yield CatalogueLabel(t, "setup.agreement", classes="field-label")
                current = next(k for k, v in AGREEMENT_VALUES.items() if v == session.written_agreement)
                yield Select(
                    self._agreement_options(),
                    value=current,
                    allow_blank=False,
                    id="s-agreement",
                    compact=True,
                )
            yield CatalogueLabel(t, "setup.participants", classes="section-label")
            yield ParticipantTable(t, session.participants, id="s-participants")
            yield CatalogueLabel(t, "setup.themes", classes="section-label")
            yield TextList(self._theme_labels(), session.focus_themes, id="s-themes")
            yield Label("", id="setup-error")
            with Horizontal(classes="buttons"):
                yield Button(t("setup.save"), id="setup-save", variant="primary")
                yield Button(t("setup.cancel"), id="setup-cancel")
        yield CatalogueStatic(t, "setup.keys", id="setup-keys", classes="key-bar")

    def _agreement_options(self) -> list[tuple[str, str]]:
        return [(self.app.t(f"setup.agreement_{key}"), key) for key in AGREEMENT_VALUES]

    def _theme_labels(self) -> TextListLabels:
        return TextListLabels.from_catalogue(self.app.t, "setup.theme")

    def retranslate(self) -> None:
        """A live language switch: what is typed, chosen and highlighted stays as it was."""
        t = self.app.t
        for widget_id, label in TEXT_FIELDS:
            self.query_one(f"#{widget_id}", Input).placeholder = t(f"{label}_hint")
        agreement = self.query_one("#s-agreement", Select)
        chosen = agreement.value
        agreement.set_options(self._agreement_options())
        agreement.value = chosen
        agreement.mutate_reactive(Select.value)  # an unchanged value redraws its words too
        people = self.query_one(ParticipantTable)  # its column keys are catalogue keys
        relabel_columns(people, {str(c.key.value): t(str(c.key.value)) for c in people.ordered_columns})
        people.show_people()  # the side column and the empty-table hint are words too
        themes = self.query_one(TextList)
        themes.labels = self._theme_labels()
        themes.set_items(themes.items)
        self.query_one("#setup-save", Button).label = t("setup.save")
        self.query_one("#setup-cancel", Button).label = t("setup.cancel")
        error = self.query_one("#setup-error", Label)
        if error.content and isinstance(problem := self.collect(), str):
            error.update(f"[red]{problem}[/red]")

    def on_mount(self) -> None:
        self._initial = self._snapshot()
        self._opened_with = self.collect()
        self.query_one("#s-council", Input).focus()

    def _text(self, widget_id: str) -> str:
        return self.query_one(f"#{widget_id}", Input).value.strip()

    def _snapshot(self) -> tuple[Any, ...]:
        """Everything the person can change, to tell whether Esc would lose something."""
        return (
            tuple(self._text(w) for w, _ in TEXT_FIELDS),
            self.query_one("#s-agreement", Select).value,
            tuple(self.query_one(ParticipantTable).people),
            tuple(self.query_one(TextList).items),
        )

    def collect(self) -> dict[str, Any] | str:
        """The setup fields for `LiveSession.update_setup`, or what is wrong."""
        t = self.app.t
        date_text = self._text("s-date")
        try:
            date = parse_date(date_text, dt.date.today())
        except ValueError:
            return t("setup.bad_date", value=date_text)
        budget = _whole_number(self._text("s-budget"))
        if budget is None or not 1 <= budget <= 24 * 60:
            return t("setup.bad_budget", value=self._text("s-budget"))
        next_text = self._text("s-next")
        try:
            next_meeting = parse_date(next_text, date) if next_text else None
        except ValueError:
            return t("setup.bad_next_meeting", value=next_text)
        meetings_text = self._text("s-meetings")
        meetings = _whole_number(meetings_text) if meetings_text else None
        if meetings_text and (meetings is None or not 0 <= meetings <= 365):
            return t("setup.bad_meetings", value=meetings_text)
        return {
            "council": {
                "name": self._text("s-council"),
                "municipalities": _names(self._text("s-municipalities")),
                "police_unit": self._text("s-police"),
                "police_district": self._text("s-district"),
            },
            "date": date,
            "meeting_time": self._text("s-time"),
            "meeting_place": self._text("s-place"),
            "facilitator": self._text("s-facilitator"),
            "referent": self._text("s-referent"),
            "apologies": _names(self._text("s-apologies")),
            "next_meeting": next_meeting,
            "time_budget_minutes": budget,
            "meetings_past_year": meetings,
            "written_agreement": AGREEMENT_VALUES[str(self.query_one("#s-agreement", Select).value)],
            "participants": [p.model_dump() for p in self.query_one(ParticipantTable).people],
            "focus_themes": self.query_one(TextList).items,
        }

    def action_submit(self) -> None:
        error = self.query_one("#setup-error", Label)
        result = self.collect()
        if isinstance(result, str):
            error.update(f"[red]{result}[/red]")
            error.scroll_visible()
            self.notify(result, severity="error")
            return
        changed = self._changed_here(result)
        if changed and not self.writable():
            return
        try:
            if changed and self.app.writer is not None:
                self.app.writer.update_setup(origin=self, **changed)
        except ValueError as exc:  # shown in the form, beside the fields
            error.update(f"[red]{exc}[/red]")
            return
        self.notify(self.app.t("setup.saved"))
        self.dismiss(True)

    def _changed_here(self, fields: dict[str, Any]) -> dict[str, Any]:
        """Only the fields changed in this form since it opened.

        In a meeting shared over SSH a co-facilitator may change the setup while this
        form is open; saving every field would put back the values the form opened
        with and silently undo that. The council's three fields count one by one.
        """
        before = self._opened_with
        if not isinstance(before, dict):  # the session's own values did not pass the form's checks
            return fields
        changed = {k: v for k, v in fields.items() if k != "council" and v != before[k]}
        council = {k: v for k, v in fields["council"].items() if v != before["council"][k]}
        if council:
            changed["council"] = {**self.app.live.session.council.model_dump(), **council}
        return changed

    def action_cancel(self) -> None:
        if self._snapshot() == self._initial:
            self.dismiss(False)
            return
        t = self.app.t

        def done(discard: bool | None) -> None:
            if discard:
                self.dismiss(False)

        self.app.push_screen(ConfirmScreen(t("setup.discard"), t("confirm.yes"), t("confirm.no")), done)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in a field moves on to the next one, as in a paper form."""
        event.stop()
        self.focus_next()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "setup-save":
            self.action_submit()
        else:
            self.action_cancel()


def _names(text: str) -> list[str]:
    """A comma-separated field as its entries, blanks dropped."""
    return [part.strip() for part in text.split(",") if part.strip()]


def _whole_number(text: str) -> int | None:
    try:
        return int(text)
    except ValueError:
        return None

