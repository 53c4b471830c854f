"""A checkbox readable without colour: [x] ticked, [ ] not (Textual's differs only by colour).

On a projector or a colourless terminal ▐X▌ looks the same ticked or not (issue 14).
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Checkbox


class TickBox(Checkbox):
    """Checkbox whose mark is a character: `[x]` when ticked, `[ ]` when not."""

    DEFAULT_CSS = """
    TickBox {
        border: none;
        padding: 0 1;
        height: 1;
    }
    TickBox > .toggle--button {
        background: transparent;
        color: $text;
    }
    """

    @property
    def _button(self) -> Content:
        return Content.assemble(("[x]" if self.value else "[ ]", self.get_visual_style("toggle--label")))
