"""A checkbox readable without colour: [x] ticked, [ ] not (Textual's differs only by colour).

On a projector or a colourless terminal ▐X▌ looks the same ticked or not (issue 14).
"""

from __future__ import annotations

from rich.segment import Segment
from textual.content import Content
from textual.strip import Strip
from textual.widgets import Checkbox, SelectionList
from textual.widgets._toggle_button import ToggleButton  # the marks SelectionList draws


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


class TickList(SelectionList[str]):
    """SelectionList whose marks read `[x]` / `[ ]` (the pitfalls checklist, F6)."""

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        segments = list(strip)
        if len(segments) < 3 or segments[1].text != ToggleButton.BUTTON_INNER:
            return strip
        meta = segments[1].style.meta if segments[1].style else {}
        index = meta.get("option")
        if index is None:
            return strip
        ticked = self.get_option_at_index(index).value in self.selected
        plain = segments[3].style if len(segments) > 3 else None
        segments[0:3] = [Segment("[", plain), Segment("x" if ticked else " ", plain), Segment("]", plain)]
        return Strip(segments, strip.cell_length)
