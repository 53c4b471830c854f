"""The widest cell of each table column, kept up to date one row at a time.

A status or ★ key changes one measure's cells; measuring all 500 rows' cells again
to find each column's widest was a third of that key's cost (issue 16). A count of
the cells of each width per column answers "the widest" after a one-row change
without looking at the other rows.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from rich.cells import cell_len
from rich.text import Text

Cells = Sequence[Text | str]


def _widths(cells: Cells) -> list[int]:
    return [cell_len(str(cell)) for cell in cells]


class ColumnWidths:
    """Per column, how many cells of each width the table holds."""

    def __init__(self, columns: int) -> None:
        self._counts: list[Counter[int]] = [Counter() for _ in range(columns)]

    def reset(self, rows: Iterable[Cells]) -> None:
        """Count every row afresh (a new list of rows, or columns in a new language)."""
        for count in self._counts:
            count.clear()
        for row in rows:
            self.add(row)

    def add(self, cells: Cells) -> None:
        for count, width in zip(self._counts, _widths(cells), strict=True):
            count[width] += 1

    def remove(self, cells: Cells) -> None:
        for count, width in zip(self._counts, _widths(cells), strict=True):
            count[width] -= 1
            if count[width] <= 0:
                del count[width]

    def widest(self, column: int) -> int:
        """The widest cell in the column; 0 for a table without rows."""
        return max(self._counts[column], default=0)
