"""The form to add or edit an action item; returns the fields, or None when cancelled."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Checkbox, Input, Label, Select

from politirad.models.actions import ActionItem, ResponsibleSide, Status
from politirad.tui.screens.form_dialog import FormDialog


class ActionForm(FormDialog[dict[str, Any]]):
    """All fields of an action item; validated here so the live session gets clean data."""

    def __init__(
        self,
        tr: Callable[..., str],
        item: ActionItem | None,
        default_question: str | None,
        known_questions: set[str],
    ) -> None:
        super().__init__()
        self._tr = tr
        self._item = item
        self._default_question = default_question
        self._known = known_questions

    def compose(self) -> ComposeResult:
        t, item = self._tr, self._item
        title = t("form.edit_title", id=item.id) if item else t("form.add_title")
        with VerticalScroll(classes="dialog", id="action-form"):
            yield Label(f"[b]{title}[/b]")
            yield Label(t("form.title"))
            yield Input(item.title if item else "", id="f-title")
            yield Label(t("form.details"))
            yield Input(item.details if item else "", id="f-details")
            yield Label(t("form.side"))
            yield Select(
                [(str(s), s) for s in ResponsibleSide],
                value=item.responsible_side if item else ResponsibleSide.FELLES,
                allow_blank=False,
                id="f-side",
            )
            yield Label(t("form.responsible"))
            yield Input(item.responsible if item else "", id="f-responsible")
            yield Label(t("form.deadline"))
            deadline = item.deadline.isoformat() if item and item.deadline else ""
            yield Input(deadline, id="f-deadline", placeholder="2027-06-30")
            yield Label(t("form.status"))
            yield Select(
                [(str(s), s) for s in Status],
                value=item.status if item else Status.IKKE_STARTET,
                allow_blank=False,
                id="f-status",
            )
            yield Label(t("form.question"))
            question = (item.question_id if item else self._default_question) or ""
            yield Input(question, id="f-question")
            yield Checkbox(t("form.year_measure"), item.year_measure if item else False, id="f-year")
            yield Label("", id="form-error")
            with Horizontal(classes="buttons"):
                yield Button(t("form.save"), id="save", variant="primary")
                yield Button(t("form.cancel"), id="cancel")

    def on_mount(self) -> None:
        self.query_one("#f-title", Input).focus()

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
                deadline = dt.date.fromisoformat(deadline_text)
            except ValueError:
                return t("form.bad_date", value=deadline_text)
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
            "year_measure": self.query_one("#f-year", Checkbox).value,
        }
