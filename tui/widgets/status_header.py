"""The top line: council, date, file and whether everything is saved."""

from __future__ import annotations

from rich.table import Table
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
        """Render the header parts; the state sits at the right edge and is never cut
        (a narrow terminal shortens the council and file name instead)."""
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append(council, style="bold")
        text.append(f"  {date}  ")
        text.append(file, style="italic")
        state_text = Text(f"  {state}", style=state_style)
        shown = text + state_text
        if shown != self._shown:  # called on every keystroke; most leave it unchanged
            self._shown = shown
            grid = Table.grid(expand=True)
            grid.add_column(ratio=1, no_wrap=True, overflow="ellipsis")
            grid.add_column(justify="right", no_wrap=True)
            grid.add_row(text, state_text)
            self.update(grid, layout=False)  # one docked line: its size never changes
