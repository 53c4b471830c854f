"""F1: the keys of the focused pane and the keys that work everywhere."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from politirad.tui.keys import help_groups

if TYPE_CHECKING:
    from politirad.tui.app import PolitiradApp


class HelpScreen(ModalScreen[None]):
    """Lists key bindings given as (keys, description) rows, grouped by title."""

    BINDINGS = [Binding("escape,f1,q", "close", show=False)]

    app: PolitiradApp

    def __init__(self, title: str, groups: list[tuple[str, list[tuple[str, str]]]], footer: str) -> None:
        super().__init__()
        self._title, self._groups, self._footer = title, groups, footer

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog", id="help-dialog"):
            yield Static(self._text(), id="help-text")

    def _text(self) -> str:
        # how to close goes beside the title: at 80x24 the end of a long list is below the fold
        lines = [f"[b]{self._title}[/b]   [dim]{self._footer}[/dim]", ""]
        for group_title, rows in self._groups:
            lines.append(f"[b u]{group_title}[/b u]")
            width = max((len(keys) for keys, _ in rows), default=0)
            lines.extend(f"  [b]{keys.ljust(width)}[/b]  {desc}" for keys, desc in rows)
            lines.append("")
        return "\n".join(lines).rstrip()

    def retranslate(self) -> None:
        """A live language switch: the same keys, for the pane help was opened on, retold.

        The pane is the one still focused on the screen below, as when F1 was pressed.
        """
        stack = self.app.screen_stack
        below = stack[stack.index(self) - 1]
        t = self.app.t
        pane, self._groups = help_groups(below.focused, below, self.app, t)
        self._title, self._footer = t("help.title", pane=pane), t("help.close")
        self.query_one("#help-text", Static).update(self._text())

    def action_close(self) -> None:
        self.dismiss(None)


def toggle_help(app: App[object]) -> None:
    """F1 in either app (the meeting, the browser): the focused pane's keys, then its
    screen's, then the global ones; F1 again (or Esc) closes them."""
    if isinstance(app.screen, HelpScreen):
        app.screen.dismiss(None)
        return
    t = app.t  # type: ignore[attr-defined]
    pane, groups = help_groups(app.focused, app.screen, app, t)
    app.push_screen(HelpScreen(t("help.title", pane=pane), groups, t("help.close")))
