"""The top line of the meeting's full screens: a bold title and a dim explanation."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static


class ScreenTitle(Static):
    """Plain text, never markup: the catalogue's '[x]' must show as written."""

    def __init__(self, title: str, intro: str = "", *, id: str | None = None) -> None:
        text = Text(title, style="bold")
        if intro:
            text.append(f"  {intro}", style="dim")
        super().__init__(text, id=id, classes="screen-title")
