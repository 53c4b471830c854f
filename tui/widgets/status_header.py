"""The top line: council, date, file and whether everything is saved."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static


class StatusHeader(Static):
    """One line that the screen updates after every change and save."""

    DEFAULT_CSS = """
    StatusHeader {
        dock: top;
        height: 1;
        background: $primary;
        color: $text;
        padding: 0 1;
    }
    """

    _shown: Text | None = None

    def show(self, council: str, date: str, file: str, state: str, state_style: str) -> None:
        """Render the header parts; the state goes right-most so it is always seen."""
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append(council, style="bold")
        text.append(f"  {date}  ")
        text.append(file, style="italic")
        text.append("  ")
        text.append(state, style=state_style)
        if text != self._shown:  # called on every keystroke; most leave it unchanged
            self._shown = text
            self.update(text, layout=False)  # one docked line: its size never changes
