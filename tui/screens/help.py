"""F1: the keys of the focused pane and the keys that work everywhere."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static


class HelpScreen(ModalScreen[None]):
    """Lists key bindings given as (keys, description) rows, grouped by title."""

    BINDINGS = [Binding("escape,f1,q", "close", show=False)]

    def __init__(self, title: str, groups: list[tuple[str, list[tuple[str, str]]]], footer: str) -> None:
        super().__init__()
        self._title, self._groups, self._footer = title, groups, footer

    def compose(self) -> ComposeResult:
        # how to close goes beside the title: at 80x24 the end of a long list is below the fold
        lines = [f"[b]{self._title}[/b]   [dim]{self._footer}[/dim]", ""]
        for group_title, rows in self._groups:
            lines.append(f"[b u]{group_title}[/b u]")
            width = max((len(keys) for keys, _ in rows), default=0)
            lines.extend(f"  [b]{keys.ljust(width)}[/b]  {desc}" for keys, desc in rows)
            lines.append("")
        with VerticalScroll(classes="dialog", id="help-dialog"):
            yield Static("\n".join(lines).rstrip(), id="help-text")

    def action_close(self) -> None:
        self.dismiss(None)
