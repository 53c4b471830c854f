"""Switching the interface language while screens are open (the palette's «Bytt språk»).

Every screen on the stack is relabelled in place, never recomposed: a recomposed
form would lose what the facilitator typed but has not saved, and every list its
cursor. The app calls `retranslate_stack` after changing its language; each widget
or screen that shows catalogue text implements `retranslate()`, and the widget
walk runs before the screen's own step so a screen may rely on its labels.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol, runtime_checkable

from rich.text import Text
from textual.app import App
from textual.widgets import DataTable, Label, Static


@runtime_checkable
class Retranslates(Protocol):
    """A screen or widget that can show itself in the app's new language."""

    def retranslate(self) -> None: ...


def retranslate_stack(app: App[Any]) -> None:
    """Relabel every open screen, the ones under a dialog as well as the top one."""
    for screen in list(app.screen_stack):
        if not screen.is_mounted:
            continue
        for widget in screen.query("*"):
            if isinstance(widget, Retranslates):
                widget.retranslate()
        if isinstance(screen, Retranslates):
            screen.retranslate()


class CatalogueStatic(Static):
    """One catalogue string (markup allowed, as in the catalogue's key bars).

    `t` is the app's bound `t`, which reads the app's language at each call, so
    the widget relabels itself without being told the new language.
    """

    def __init__(self, t: Callable[..., str], key: str, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(t(key), id=id, classes=classes)
        self._t = t
        self.key = key
        """The catalogue key shown."""

    def retranslate(self) -> None:
        self.update(self._t(self.key))


class CatalogueLabel(CatalogueStatic, Label):
    """A `Label` (sized to its text) showing one catalogue string."""


def relabel_columns(table: DataTable[Any], labels: Mapping[str, str]) -> None:
    """New headers for the columns keyed in `labels`; rows, cursor and scroll stay.

    DataTable has no public way to retitle a column, so the table is rebuilt from
    its own cells with the same keys, widths and row heights.
    """
    cursor, scroll = table.cursor_coordinate, table.scroll_offset
    columns = [
        (column.key.value, labels.get(column.key.value or "", column.label), None if column.auto_width else column.width)
        for column in table.ordered_columns
    ]
    rows = [
        (row.key.value, None if row.auto_height else row.height, table.get_row(row.key))
        for row in table.ordered_rows
    ]
    table.clear(columns=True)
    for key, label, width in columns:
        table.add_column(Text(label) if isinstance(label, str) else label, key=key, width=width)
    for key, height, cells in rows:
        table.add_row(*cells, key=key, height=height)
    if table.row_count:
        table.move_cursor(row=cursor.row, column=cursor.column, scroll=False)
    table.scroll_to(scroll.x, scroll.y, animate=False, immediate=True)
