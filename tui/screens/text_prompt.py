"""A one-field dialog for a short text: a learning point, a theme, an own question."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label


class TextPrompt(ModalScreen[str | None]):
    """Dismisses with the trimmed text on Enter, or None on Esc or an empty field."""

    BINDINGS = [Binding("escape", "cancel", show=False)]

    def __init__(self, title: str, value: str = "", hint: str = "") -> None:
        super().__init__()
        self._title, self._value, self._hint = title, value, hint

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="text-prompt"):
            yield Label(self._title, id="prompt-title", markup=False)
            yield Input(self._value, id="prompt-input", select_on_focus=False)
            if self._hint:
                yield Label(self._hint, id="prompt-hint", classes="hint", markup=False)

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)
