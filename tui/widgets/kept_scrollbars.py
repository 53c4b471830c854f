"""Scrollbars that draw their lines again only when what they show changed.

A pane's scrollbars are repainted with it: on every focus change (the pane's border
colour is restyled, and with it its children), on every layout pass that touches the
pane, and often in a frame of their own after the pane's, as their repaint requests
arrive later. Each repaint rebuilt the bar cell by cell, 0.3-0.4 ms for the
question tree's 30-line bar, 1-2 ms of a Tab or a tree move at 2,000 notes (issue 16),
for a bar that had not moved. A kept bar remembers its last few looks, each with
everything it is drawn from (size, thumb, colours, hover), and returns the one that
matches.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING

from textual.geometry import Region
from textual.scrollbar import ScrollBar
from textual.strip import Strip
from textual.widget import Widget


class KeptScrollBar(ScrollBar):
    """A ScrollBar that returns the lines it drew before for the same look."""

    KEEP = 4
    """Looks kept: a pane's background differs with the focus, and the note's bar has
    two heights (the measure detail under the table comes and goes)."""

    def __init__(self, vertical: bool = True, name: str | None = None, *, thickness: int = 1) -> None:
        super().__init__(vertical, name, thickness=thickness)
        self._kept: dict[Hashable, list[Strip]] = {}

    def _drawn_from(self) -> Hashable:
        """What `ScrollBar.render` reads, as values."""
        owner = self.parent
        assert isinstance(owner, Widget)
        styles = owner.styles
        return (
            self.size, self.window_virtual_size, self.window_size, self.position,
            self.thickness, self.vertical, self.grabbed, self.mouse_over,
            styles.scrollbar_color, styles.scrollbar_background,
            styles.scrollbar_color_hover, styles.scrollbar_background_hover,
            styles.scrollbar_color_active, styles.scrollbar_background_active,
            owner.background_colors, self.screen.styles.scrollbar_color.a,
        )

    def render_lines(self, crop: Region) -> list[Strip]:
        """The whole bar is kept (frames ask for different parts of it), cut to `crop`."""
        drawn_from = self._drawn_from()
        whole = self._kept.pop(drawn_from, None)
        if whole is None:
            whole = super().render_lines(self.size.region)
            if len(self._kept) >= self.KEEP:
                del self._kept[next(iter(self._kept))]  # the look least recently drawn
        self._kept[drawn_from] = whole
        lines = whole[crop.y : crop.bottom]
        if crop.x == 0 and crop.width == self.size.width:
            return lines
        return [line.crop(crop.x, crop.right) for line in lines]


if TYPE_CHECKING:
    _Mixin = Widget
else:  # a Widget base would hide the real widget's CSS and component classes from Textual
    _Mixin = object


class KeptScrollbars(_Mixin):
    """Mixed in before a scrolling widget's class: its scrollbars are KeptScrollBars.

    Textual creates a widget's scrollbars on first use in these two properties and
    offers no factory to override, so they are repeated here with the other class.
    """

    @property
    def vertical_scrollbar(self) -> ScrollBar:
        if self._vertical_scrollbar is None:
            self._vertical_scrollbar = self._kept_scrollbar(vertical=True)
        return self._vertical_scrollbar

    @property
    def horizontal_scrollbar(self) -> ScrollBar:
        if self._horizontal_scrollbar is None:
            self._horizontal_scrollbar = self._kept_scrollbar(vertical=False)
        return self._horizontal_scrollbar

    def _kept_scrollbar(self, vertical: bool) -> ScrollBar:
        thickness = self.scrollbar_size_vertical if vertical else self.scrollbar_size_horizontal
        bar = KeptScrollBar(vertical=vertical, name="vertical" if vertical else "horizontal", thickness=thickness)
        bar.display = False
        self.app._start_widget(self, bar)
        return bar
