"""The keys every form dialog shares: Ctrl+S or Enter checks and returns, Esc cancels.

A form says what it returns by implementing `collect`; a string from it is shown
in the form's error label and the dialog stays open.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label

ResultT = TypeVar("ResultT")


class FormDialog(ModalScreen[ResultT | None], Generic[ResultT]):
    """Base of the add/edit dialogs; buttons with id `save` and any other (cancel)."""

    BINDINGS = [
        Binding("escape", "cancel", show=False),
        Binding("ctrl+s", "submit", show=False),
    ]

    ERROR_ID = "form-error"
    """Id of the Label that shows what is wrong."""

    def collect(self) -> ResultT | str:
        """The validated result, or the message saying what is wrong."""
        raise NotImplementedError

    def action_submit(self) -> None:
        result = self.collect()
        if isinstance(result, str):
            self.query_one(f"#{self.ERROR_ID}", Label).update(f"[red]{result}[/red]")
            return
        self.dismiss(result)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_submit()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            self.action_submit()
        else:
            self.action_cancel()
