"""The top line of the meeting's full screens: a bold title and a dim explanation."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.widgets import Static


class ScreenTitle(Static):
    """Plain text, never markup: the catalogue's '[x]' must show as written.

    Holds catalogue keys, not strings, so a live language switch can retitle it.
    """

    def __init__(self, t: Callable[..., str], title_key: str, intro_key: str = "", *, id: str | None = None) -> None:
        self._t, self._keys = t, (title_key, intro_key)
        super().__init__(self._text(), id=id, classes="screen-title")

    def _text(self) -> Text:
        title_key, intro_key = self._keys
        text = Text(self._t(title_key), style="bold")
        if intro_key:
            text.append(f"  {self._t(intro_key)}", style="dim")
        return text

    def retranslate(self) -> None:
        self.update(self._text())
