"""The command palette (Ctrl+P): every action under its name in the interface language.

The commands come from the bindings (tui/keys.py walks them) plus a few commands
without a key, so a new binding with a catalogue description shows up here by itself.
Replaces Textual's English system commands, which a bokmål user should not meet.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider

from politirad.tui.keys import PALETTE_EXTRAS, Command, palette_commands
from politirad.models.catalogue import CATALOGUE as STRINGS

if TYPE_CHECKING:
    from politirad.tui.app import PolitiradApp


class PolitiradCommands(Provider):
    """Offers the app's, the screen's and every pane's actions, by translated name."""

    @property
    def politirad(self) -> PolitiradApp:
        return cast("PolitiradApp", self.app)

    def _entries(self) -> Iterator[tuple[str, Callable[[], object], str]]:
        """(name, callback, help) for every command reachable from the calling screen."""
        app = self.politirad
        for command in palette_commands(self.screen, app):
            yield app.t(command.label), partial(self._run, command), self._help(command.action, command.key)
        for extra in PALETTE_EXTRAS:
            if hasattr(app, f"action_{extra.action}") and app.check_action(extra.action, ()) is not False:
                callback = partial(app.call_later, app.run_action, extra.action)
                yield app.t(extra.label), callback, self._help(extra.action, "")

    def _help(self, action: str, key: str) -> str:
        """The key, then the catalogue's `palette.<action>` explanation if there is one."""
        detail = self.politirad.t(f"palette.{action}") if f"palette.{action}" in STRINGS else ""
        return " – ".join(part for part in (key, detail) if part)

    def _run(self, command: Command) -> None:
        """Run the action in its pane's namespace without moving the focus there.

        Focus stays where the facilitator put it (issue 14): had the palette focused
        the tiltak table for «Nytt tiltak», the next letters typed for the note would
        have been that table's one-letter commands (a new form, a status, a ★).
        """
        self.app.call_later(self.app.run_action, command.action, command.target)

    async def discover(self) -> Hits:
        for name, callback, help_text in self._entries():
            yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, callback, help_text in self._entries():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, text=name, help=help_text)
