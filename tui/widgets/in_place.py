"""Update a text widget without a layout pass of the whole screen when it can be spared.

`Static.update` asks for a layout by default, and in Textual a layout is screen-wide:
every pane is re-arranged, a resized one repaints whole, its scrollbars resize and ask
for a second pass. At 2,000 notes that was most of a tree move's cost (the question
text above the note and last year's note change on every move) although the new text
is nearly always as many lines as the old. So: measure both at the widget's width,
and lay out only when the height differs.
"""

from __future__ import annotations

from textual.geometry import Size
from textual.visual import VisualType
from textual.widgets import Static


def update_static(static: Static, content: VisualType) -> None:
    """`static.update(content)`, with a layout only if its height changes."""
    width = static.content_region.width
    if not static.is_mounted or width <= 0:
        # not laid out yet, or hidden: showing it lays it out anyway
        static.update(content, layout=not static.is_mounted)
        return
    container, viewport = static.size, static.app.size
    before = static.get_content_height(container, viewport, width)
    static.update(content, layout=False)  # clears the measured height
    if static.get_content_height(container, viewport, width) != before:
        static.refresh(layout=True)


class InPlaceText(Static):
    """A text that does not scroll, laid out once per change of its height.

    When a layout pass gives a widget a new size, Textual also sets its
    `virtual_size`, a reactive that asks for a layout of its own: a second
    screen-wide pass that finds every widget where the first put it. Nothing
    depends on the virtual size of a text that does not scroll, so it is set
    without asking (a tree move to a question of another height: two layout
    passes, now one).
    """

    def _size_updated(self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True) -> bool:
        return super()._size_updated(size, virtual_size, container_size, layout=layout and self.is_scrollable)
