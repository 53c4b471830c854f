"""The dialog for minutes per main question; returns the new allocation, or None on Esc.

A blank field means "share the rest evenly", so clearing every field restores the
even split the guide's two hours start from.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from politirad.models.catalogue import language
from politirad.models.session import Session
from politirad.models.tree import question_tree
from politirad.sessions.live.timebox import allocation, included_mains
from politirad.tui.retranslate import CatalogueStatic

if TYPE_CHECKING:
    from politirad.tui.app import PolitiradApp


class TimeAllocationScreen(ModalScreen[dict[str, int] | None]):
    """One minutes field per main question on the agenda, with the running sum."""

    CLOCK_OFF_QUESTION = True
    """While this screen is open the meeting clock charges no question (meeting_time.py)."""

    BINDINGS = [
        Binding("ctrl+s", "submit", "key.save"),
        Binding("escape", "cancel", "form.cancel"),
    ]

    app: PolitiradApp

    def __init__(self, session: Session, t: Callable[..., str], lang: str) -> None:
        super().__init__()
        self._session, self._t, self._lang = session, t, lang

    def compose(self) -> ComposeResult:
        t = self._t
        shares = allocation(self._session)
        with VerticalScroll(classes="dialog", id="alloc-dialog"):
            yield Label(id="alloc-title")
            yield CatalogueStatic(t, "alloc.hint", classes="alloc-hint")
            for main_id in included_mains(self._session):
                given = self._session.time_allocation.get(main_id)
                with Horizontal(classes="alloc-row"):
                    yield Label(id=f"alloc-label-{main_id}", classes="alloc-label")
                    yield Input(
                        "" if given is None else str(given),
                        placeholder=str(shares.get(main_id, 0)),
                        type="integer",
                        id=f"alloc-{main_id}",
                        classes="alloc-input",
                    )
            yield Static(id="alloc-sum")
            yield Static(id="alloc-keys")

    def on_mount(self) -> None:
        self._relabel()
        self._update_sum()
        fields = list(self.query(Input))
        if fields:
            fields[0].focus()

    def _relabel(self) -> None:
        """Title, question titles and keys in the interface language."""
        t = self._t
        self.query_one("#alloc-title", Label).update(f"[b]{t('alloc.title')}[/b]")
        for main in question_tree(self._session, language(self._lang)):
            for label in self.query(f"#alloc-label-{main.id}").results(Label):
                label.update(f"{main.id}  {main.title}")
        self.query_one("#alloc-keys", Static).update(f"[dim]{t('alloc.keys')}[/dim]")

    def retranslate(self) -> None:
        """A live language switch: the minutes typed so far stay in their fields."""
        self._lang = self.app.lang
        self._relabel()
        self._update_sum()

    def _given(self) -> dict[str, int]:
        """The minutes typed so far; blank fields are left out (they share the rest)."""
        given: dict[str, int] = {}
        for field in self.query(Input):
            value = field.value.strip()
            if value:
                given[(field.id or "").removeprefix("alloc-")] = int(value)
        return given

    def _update_sum(self) -> None:
        try:
            given = self._given()
        except ValueError:
            return
        preview = self._session.model_copy(update={"time_allocation": given})
        shares = allocation(preview)
        for field in self.query(Input):  # blank fields show the share they would get
            field.placeholder = str(shares.get((field.id or "").removeprefix("alloc-"), 0))
        total = sum(shares.values())
        budget = self._session.time_budget_minutes
        text = self._t("alloc.sum", total=total, budget=budget)
        if sum(given.values()) > budget:
            text = f"[b red]{text} – {self._t('alloc.over_budget')}[/b red]"
        self.query_one("#alloc-sum", Static).update(text)

    def on_input_changed(self, event: Input.Changed) -> None:
        self._update_sum()

    def action_submit(self) -> None:
        try:
            given = self._given()
        except ValueError:
            self.notify(self._t("alloc.bad"), severity="error")
            return
        if any(minutes < 0 for minutes in given.values()):
            self.notify(self._t("alloc.bad"), severity="error")
            return
        self.dismiss(given)

    def action_cancel(self) -> None:
        self.dismiss(None)
