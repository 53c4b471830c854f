"""A key bar that wraps between entries, never inside one («F7 I fjor» stays whole).

Rich wraps at any whitespace, a no-break space included, so a narrow terminal split
«Kryss av | fallgruve» over two lines; this widget lays the entries out itself for
its own width (issue 14: every F-key stays in view at 80 columns).
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.geometry import Size
from textual.widget import Widget

GAP = 2
"""Cells between two entries."""


class KeyLine(Widget):
    """Key/label pairs, as many per line as fit; `height: auto` in CSS grows it."""

    DEFAULT_CSS = """
    KeyLine {
        height: auto;
    }
    """

    def __init__(self, entries: list[tuple[str, str]] | None = None, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.entries: list[tuple[str, str]] = list(entries or [])

    def show(self, entries: list[tuple[str, str]]) -> None:
        """New entries (another language, another pane)."""
        self.entries = list(entries)
        self.refresh(layout=True)

    @property
    def plain(self) -> str:
        """Every entry on one line, for tests and screen readers."""
        return "  ".join(f"{key} {label}" for key, label in self.entries)

    def _lines(self, width: int) -> list[list[tuple[str, str]]]:
        lines: list[list[tuple[str, str]]] = [[]]
        used = 0
        for key, label in self.entries:
            size = cell_len(key) + 1 + cell_len(label)
            if lines[-1] and used + GAP + size > width:
                lines.append([])
                used = 0
            used += size + (GAP if lines[-1] else 0)
            lines[-1].append((key, label))
        return lines

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._lines(max(width, 1)))

    def render(self) -> Text:
        text = Text(no_wrap=True, overflow="ellipsis")
        for n, line in enumerate(self._lines(max(self.content_region.width, 1))):
            if n:
                text.append("\n")
            for m, (key, label) in enumerate(line):
                text.append(" " * GAP if m else "")
                text.append(key, style="bold")
                text.append(f" {label}")
        return text
