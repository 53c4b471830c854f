"""A DataTable whose rows are addressed by key, so a table's key bindings act on ids."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import DataTable


class KeyedTable(DataTable[str | Text]):
    """Row keys are ids (file paths, criterion ids); positions change when rows do."""

    def current_key(self) -> str | None:
        """The key of the row under the cursor, None in an empty table."""
        if not self.row_count:
            return None
        return self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value
