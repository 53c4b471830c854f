"""The form to add or edit an action item; returns the fields, or None when cancelled.

One line per field, so the whole form, its error line and its buttons fit 80×24
without scrolling (issue 14); the error sits under the title, where it is seen.
The responsible person is picked from the participants (with the kommune or police
unit they speak for) or typed; deadlines are typed the Norwegian way (31.3).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Input, Label, Select

from politirad.models.actions import ActionItem, ResponsibleSide, Status
from politirad.models.norwegian_dates import norwegian, parse_date
from politirad.models.people import Participant, Side
from politirad.tui.labels import side_label, status_label
from politirad.tui.screens.form_dialog import FormDialog
from politirad.tui.widgets.tick_box import TickBox

PARTY_OF_SIDE = {Side.POLITI: ResponsibleSide.POLITI, Side.KOMMUNE: ResponsibleSide.KOMMUNE}
"""A participant's side is the measure's party when they are picked as responsible."""


def person_label(person: Participant) -> str:
    """'Kari Nordmann (Stryn)': the name with the kommune or unit, else the role."""
    where = person.represents.strip() or person.role.strip()
    return f"{person.name} ({where})" if where else person.name


class ActionForm(FormDialog[dict[str, Any]]):
    """All fields of an action item; validated here so the live session gets clean data."""

    def __init__(
        self,
        tr: Callable[..., str],
        item: ActionItem | None,
        default_question: str | None,
        known_questions: set[str],
        *,
        participants: Sequence[Participant] = (),
        meeting: dt.date | None = None,
        title: str = "",
    ) -> None:
        super().__init__()
        self._tr = tr
        self._item = item
        self._default_question = default_question
        self._known = known_questions
        self._people = list(participants)
        self._meeting = meeting or dt.date.today()
        """A bare «31.3» is the next 31 March on or after this date."""
        self._title = title
        """The text a new measure starts with (the note line it was made from)."""

    def _row(self, label: str, *fields: Any) -> Horizontal:
        return Horizontal(Label(label, classes="form-label"), *fields, classes="form-row")

    def compose(self) -> ComposeResult:
        t, item = self._tr, self._item
        heading = t("form.edit_title", id=item.id) if item else t("form.add_title")
        with VerticalScroll(classes="dialog", id="action-form"):
            yield Label(f"[b]{heading}[/b]")
            yield Label("", id="form-error")
            yield self._row(t("form.text"), Input(item.title if item else self._title, id="f-title", compact=True))
            yield self._row(t("form.more"), Input(item.details if item else "", id="f-details", compact=True))
            if self._people:
                options = [(person_label(p), n) for n, p in enumerate(self._people)]
                yield self._row(
                    t("form.person"),
                    Select(options, prompt=t("form.nobody"), id="f-person", compact=True),
                )
            yield self._row(t("form.who"), Input(item.responsible if item else "", id="f-responsible", compact=True))
            yield self._row(
                t("form.party"),
                Select(
                    [(side_label(t, s), s) for s in ResponsibleSide],
                    value=item.responsible_side if item else ResponsibleSide.FELLES,
                    allow_blank=False,
                    id="f-side",
                    compact=True,
                ),
            )
            deadline = norwegian(item.deadline) if item and item.deadline else ""
            yield self._row(
                t("form.when"), Input(deadline, id="f-deadline", placeholder=t("form.deadline_hint"), compact=True)
            )
            yield self._row(
                t("form.status"),
                Select(
                    [(status_label(t, s), s) for s in Status],
                    value=item.status if item else Status.IKKE_STARTET,
                    allow_blank=False,
                    id="f-status",
                    compact=True,
                ),
            )
            question = (item.question_id if item else self._default_question) or ""
            yield self._row(t("form.from_question"), Input(question, id="f-question", compact=True))
            yield TickBox(f"★ {t('form.year_measure')}", item.year_measure if item else False, id="f-year")
            with Horizontal(classes="buttons"):
                yield Button(t("form.save"), id="save", variant="primary", compact=True)
                yield Button(t("form.cancel"), id="cancel", compact=True)

    def on_mount(self) -> None:
        title = self.query_one("#f-title", Input)
        title.focus()
        title.cursor_position = len(title.value)

    @on(Select.Changed, "#f-person")
    def _picked(self, event: Select.Changed) -> None:
        """A participant picked: their name and unit fill the field, their side the party."""
        if not isinstance(event.value, int):
            return
        person = self._people[event.value]
        self.query_one("#f-responsible", Input).value = person_label(person)
        if person.side in PARTY_OF_SIDE:
            self.query_one("#f-side", Select).value = PARTY_OF_SIDE[person.side]

    def _value(self, widget_id: str) -> str:
        return self.query_one(f"#{widget_id}", Input).value.strip()

    def collect(self) -> dict[str, Any] | str:
        """The validated fields, or the message saying what is wrong."""
        t = self._tr
        title = self._value("f-title")
        if not title:
            return t("form.need_title")
        deadline_text = self._value("f-deadline")
        deadline: dt.date | None = None
        if deadline_text:
            try:
                deadline = parse_date(deadline_text, self._meeting)
            except ValueError:
                return t("form.bad_deadline", value=deadline_text)
        question = self._value("f-question") or None
        if question is not None and question not in self._known:
            return t("form.bad_question", value=question)
        return {
            "title": title,
            "details": self._value("f-details"),
            "responsible_side": self.query_one("#f-side", Select).value,
            "responsible": self._value("f-responsible"),
            "deadline": deadline,
            "status": self.query_one("#f-status", Select).value,
            "question_id": question,
            "year_measure": self.query_one("#f-year", TickBox).value,
        }
