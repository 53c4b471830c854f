"""A typed yes/no dialog (frogmouth's habit): `ModalScreen[bool]`."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Label


class ConfirmScreen(ModalScreen[bool]):
    """Ask a question; dismiss with True for yes, False for no or Esc."""

    BINDINGS = [Binding("escape", "no", show=False), Binding("y,j", "yes", show=False), Binding("n", "no", show=False)]

    def __init__(self, question: str, yes: str, no: str) -> None:
        super().__init__()
        self._question, self._yes, self._no = question, yes, no

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog", id="confirm-body"):  # fits 80×24, scrolls if longer
            yield Label(self._question)
            with Horizontal(classes="buttons"):
                yield Button(self._yes, id="yes", variant="error")
                yield Button(self._no, id="no", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_yes(self) -> None:
        self.dismiss(True)

    def action_no(self) -> None:
        self.dismiss(False)
