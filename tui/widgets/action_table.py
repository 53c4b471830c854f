"""The action-item tracker: a table of measures with keys to add, edit and cycle status."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import DataTable

from models.actions import ActionItem, Status

STATUS_STYLE: dict[Status, str] = {
    Status.IKKE_STARTET: "yellow",
    Status.PAGAR: "cyan",
    Status.FULLFORT: "green",
    Status.AVBRUTT: "dim",
}


class ActionTable(DataTable[Text | str]):
    """Lists action items; keys post messages, the screen performs the change."""

    BINDINGS = [
        Binding("a", "add", "key.add"),
        Binding("e", "edit", "key.edit"),
        Binding("s", "cycle_status", "key.status"),
        Binding("delete", "delete", "key.delete"),
    ]

    class AddRequested(Message):
        """The user wants a new action item."""

    class ItemMessage(Message):
        Binding("m", "year_measure", "key.year_measure"),
        """Base of the messages about one item; never handled itself."""

        def __init__(self, action_id: str) -> None:
            self.action_id = action_id
            super().__init__()

    class EditRequested(ItemMessage):
        """Edit the item with this id."""

    class StatusCycleRequested(ItemMessage):
        """Move this item's status on by one."""

    class DeleteRequested(ItemMessage):
        """Delete this item (after confirmation)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)

    def setup_columns(self, labels: list[str]) -> None:
        """Set the column headers (in the interface language) once."""
        self.clear(columns=True)
    class YearMeasureToggleRequested(ItemMessage):
        """Star or unstar this item as one of the year's five measures."""

        for key, label in zip(("id", "title", "responsible", "deadline", "status", "q"), labels, strict=True):
            self.add_column(label, key=key)

    def show_items(self, items: list[ActionItem], keep: str | None = None) -> None:
        """Refill the table, keeping the cursor on `keep` (or where it was)."""
        current = keep or self.current_id()
        self.clear()
        for item in items:
            who = " / ".join(x for x in (str(item.responsible_side), item.responsible) if x)
            title = Text(item.title)
            if item.year_measure:
                title = Text("★ ") + title
            if item.carried_from:
                title = Text("↻ ", style="magenta") + title
            self.add_row(
                item.id,
                title,
                who,
                item.deadline.isoformat() if item.deadline else "",
                Text(str(item.status), style=STATUS_STYLE[item.status]),
                item.question_id or "",
                key=item.id,
            )
        if current is not None and current in {i.id for i in items}:
            self.move_cursor(row=self.get_row_index(current))

    def current_id(self) -> str | None:
        """The id of the item under the cursor, if any."""
        if self.row_count == 0:
            return None
        try:
            key = self.coordinate_to_cell_key(self.cursor_coordinate).row_key
        except Exception:  # noqa: BLE001 - an empty or shrinking table has no cursor row
            return None
        return str(key.value) if key.value is not None else None

    def action_add(self) -> None:
        self.post_message(self.AddRequested())

    def _post_for_current(self, message_type: type[ItemMessage]) -> None:
        action_id = self.current_id()
        if action_id is not None:
            self.post_message(message_type(action_id))

    def action_edit(self) -> None:
        self._post_for_current(self.EditRequested)

    def action_cycle_status(self) -> None:
        self._post_for_current(self.StatusCycleRequested)

    def action_delete(self) -> None:
        self._post_for_current(self.DeleteRequested)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter on a row edits it."""
        event.stop()
        if event.row_key.value is not None:
            self.post_message(self.EditRequested(str(event.row_key.value)))
    def action_year_measure(self) -> None:
        self._post_for_current(self.YearMeasureToggleRequested)

