"""The year's measures (guide 6.1): every action item, with a star on the chosen ones.

Listing all items, not only the starred, lets the council pick its five among the
measures proposed during the meeting without leaving the view.
"""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import DataTable

from politirad.models.norwegian_dates import norwegian
from politirad.models.actions import ActionItem

STAR = "★"


class YearMeasureTable(DataTable[Text | str]):
    """m or Space stars or unstars the item under the cursor, a adds one (the screen does it)."""

    BINDINGS = [
        Binding("m,space", "toggle_year", "key.year_measure", key_display="m / Space"),
        Binding("a", "add_measure", "key.add_year_measure"),
    ]

    class AddRequested(Message):
        """A new action item, starred from the start."""

    class ToggleRequested(Message):
        """Star or unstar the action item with this id."""

        def __init__(self, action_id: str) -> None:
            self.action_id = action_id
            super().__init__()

    def __init__(self, headers: tuple[str, str, str, str], *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self._headers = headers

    def on_mount(self) -> None:
        self.add_column(STAR, key="star")
        for key, label in zip(("id", "title", "responsible", "deadline"), self._headers, strict=True):
            self.add_column(label, key=key)

    def show(self, items: list[ActionItem], empty_hint: str) -> None:
        """Refill the rows, the cursor staying on the same item."""
        keep = self._current_id()
        self.clear()
        for item in items:
            self.add_row(
                Text(STAR, style="bold yellow") if item.year_measure else "",
                item.id,
                Text(item.title, style="bold" if item.year_measure else ""),
                item.responsible or str(item.responsible_side),
                norwegian(item.deadline) if item.deadline else "",  # as typed in the form
                key=item.id,
            )
        if not items:
            self.add_row("", "", Text(empty_hint, style="dim italic"), "", "", key="")
        elif keep in {i.id for i in items}:
            self.move_cursor(row=self.get_row_index(keep))

    def _current_id(self) -> str | None:
        if self.row_count == 0:
            return None
        row_key = self.coordinate_to_cell_key(self.cursor_coordinate).row_key
        return str(row_key.value) if row_key.value else None

    def action_toggle_year(self) -> None:
        action_id = self._current_id()
        if action_id:
            self.post_message(self.ToggleRequested(action_id))

    def action_add_measure(self) -> None:
        self.post_message(self.AddRequested())
