"""Ctrl+G: type a question id such as 4.4 and Enter — 'let's take 4.4'.

A one-line prompt laid over the bottom of the meeting screen, not a screen of its
own: pushing a modal screen and dismissing it made Textual lay out and repaint the
whole meeting screen twice (issue 16: 34-50 ms of CPU at 2,000 notes for a key that
must feel instant). On a layer of its own (`goto`, which the meeting screen declares
in tui/app.tcss), docked to the bottom over the key bar, it takes no room from the
panes. It is shown and hidden by its visibility, not its display: a widget coming
into or leaving the display renumbers the drawing order of every other widget on the
screen, and Textual repaints each one whose order changed, the whole screen (issue 16:
most of Ctrl+G's cost). Hidden, it stays in the layout, draws nothing, takes no clicks
and cannot take the focus.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Input, Label

HEIGHT = 3


class GotoBar(Horizontal):
    """Hidden until `open`; posts `Chosen` with the id typed. Esc, Enter on nothing,
    or the focus leaving close it without a message, the focus back where it was."""

    DEFAULT_CSS = f"""
    GotoBar {{
        layer: goto;
        dock: bottom;
        height: {HEIGHT};
        width: 100%;
        background: $panel;
        padding: 0 1;
        visibility: hidden;
    }}
    GotoBar Label {{
        padding: 1 1 0 0;
    }}
    GotoBar Input {{
        width: 20;
    }}
    """

    BINDINGS = [Binding("escape", "cancel", show=False)]

    class Chosen(Message):
        """An id was typed: the screen goes there, or gives the focus `back`."""

        def __init__(self, value: str, back: Widget | None) -> None:
            self.value = value
            self.back = back
            super().__init__()

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._back_to: Widget | None = None

    def compose(self) -> ComposeResult:
        yield Label(id="goto-prompt")
        yield Input(id="goto-input", placeholder="1.1")

    @property
    def is_open(self) -> bool:
        return self.visible

    def open(self, prompt: str) -> None:
        """Show the prompt over the screen's last lines and take the focus."""
        entry = self.query_one(Input)
        if not self.is_open:
            self._back_to = self.screen.focused
            label = self.query_one(Label)
            if label.content != prompt:  # the same words each time: no layout for them
                label.update(prompt)
            entry.value = ""
            self.visible = True
        entry.focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        value = event.value.strip().replace(",", ".")
        back = self._close()
        if value:
            self.post_message(self.Chosen(value, back))
        elif back is not None:
            back.focus()

    def action_cancel(self) -> None:
        back = self._close()
        if back is not None:
            back.focus()

    def on_descendant_blur(self) -> None:
        """Tab, or a click elsewhere: the prompt is left, as Esc leaves it."""
        if self.is_open and self.screen.focused is not self.query_one(Input):
            self._close()

    def _close(self) -> Widget | None:
        """Hide; the widget that had the focus before, if it can take it again."""
        self.visible = False
        back, self._back_to = self._back_to, None
        return back if back is not None and back.is_attached and back.focusable else None
