"""Ctrl+G: type a question id such as 4.4 and Enter — 'let's take 4.4'."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import ModalScreen
from textual.widgets import Input, Label


class GotoScreen(ModalScreen[str | None]):
    """A one-line prompt at the bottom; dismisses with the id typed, or None on Esc."""

    BINDINGS = [Binding("escape", "cancel", show=False)]

    def __init__(self, prompt: str) -> None:
        super().__init__()
        self._prompt = prompt

    def compose(self) -> ComposeResult:
        with Horizontal(id="goto-bar"):
            yield Label(self._prompt)
            yield Input(id="goto-input", placeholder="1.1")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        value = event.value.strip().replace(",", ".")
        self.dismiss(value or None)

    def action_cancel(self) -> None:
        self.dismiss(None)
