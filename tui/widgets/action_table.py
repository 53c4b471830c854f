"""The action-item tracker: a table of measures with keys to add, edit and cycle status."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Region
from textual.message import Message
from textual.strip import Strip
from textual.widgets import DataTable
from textual.widgets.data_table import ColumnKey, RowKey

from politirad.models.actions import ActionItem, Status
from politirad.models.norwegian_dates import norwegian
from politirad.tui.i18n import tr
from politirad.tui.labels import side_label, status_label
from politirad.tui.widgets.column_widths import ColumnWidths
from politirad.tui.widgets.focus_styles import StyleFingerprints
from politirad.tui.widgets.kept_scrollbars import KeptScrollbars

STATUS_STYLE: dict[Status, str] = {
    Status.IKKE_STARTET: "yellow",
    Status.PAGAR: "cyan",
    Status.FULLFORT: "green",
    Status.AVBRUTT: "dim",
}


COLUMNS = ("id", "status", "title", "deadline", "responsible", "q")
"""Left to right by what a facilitator needs first; on a narrow terminal the
responsible party and the question id are the ones that scroll out of view."""
LABEL_KEYS = tuple(f"col.{'question' if key == 'q' else key}" for key in COLUMNS)
MAX_WIDTHS = {"title": 48, "responsible": 16}
MIN_TITLE = 12
MIN_TITLE_ALL = 16
"""All columns are shown while the title keeps at least this many cells."""
"""Long titles and names are cut in the table; the edit form shows them whole."""


class ActionTable(KeptScrollbars, DataTable[Text | str]):
    """Lists action items; keys post messages, the screen performs the change."""

    BINDINGS = [
        Binding("a", "add", "key.add"),
        Binding("e", "edit", "key.edit"),
        Binding("s", "cycle_status", "key.status"),
        Binding("S", "cycle_status(True)", "key.status_back"),
        Binding("delete", "delete", "key.delete"),
        Binding("m", "year_measure", "key.year_measure"),
    ]

    class AddRequested(Message):
        """The user wants a new action item."""

    class ItemMessage(Message):
        """Base of the messages about one item; never handled itself."""

        def __init__(self, action_id: str) -> None:
            self.action_id = action_id
            super().__init__()

    class EditRequested(ItemMessage):
        """Edit the item with this id."""

    class StatusCycleRequested(ItemMessage):
        """Move this item's status on by one (`back`: back by one)."""

        def __init__(self, action_id: str, back: bool = False) -> None:
            self.back = back
            super().__init__(action_id)

    class DeleteRequested(ItemMessage):
        """Delete this item (after confirmation)."""

    class YearMeasureToggleRequested(ItemMessage):
        """Star or unstar this item as one of the year's five measures."""

    def __init__(self, *, id: str | None = None) -> None:
        self._style_fingerprints = StyleFingerprints()
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self._shown: dict[str, tuple[Text | str, ...]] = {}
        """Each row's cells as last shown, by item id (see `show_items`)."""
        self._widths = ColumnWidths(len(COLUMNS))
        """The widths of the cells in `_shown`, per column."""
        self.tr: Callable[..., str] = lambda key, **values: tr("nb", key, **values)
        """The interface language's catalogue; the screen sets it (statuses, parties)."""
        self.as_of: dt.date | None = None
        """The meeting date: an open measure with an earlier deadline is marked overdue."""
        self._laid_out_width = -1
        """The content width the columns were last shared out for (see `on_resize`)."""

    def setup_columns(self, labels: list[str]) -> None:
        """Set the column headers (in the interface language), in LABEL_KEYS order."""
        self.clear(columns=True)
        self._shown = {}  # cells in the old language are no cells to reuse
        self._widths.reset(())
        for key, label in zip(COLUMNS, labels, strict=True):
            self.add_column(label, key=key)

    def show_items(self, items: list[ActionItem], keep: str | None = None, changed: str | None = None) -> None:
        """Bring the table in line with `items`, keeping the cursor on `keep` or where it was.

        Rows are updated in place where possible: rebuilding the whole table on every
        change flickers, and a cleared table can paint one frame with stale widths.
        `changed` names the one item a change was about (a status or ★ key): the other
        rows keep the cells they show, instead of 500 rows' cells built and compared
        on every key (issue 16).
        """
        current = keep or self.current_id()
        reuse = self._shown if changed is not None else {}
        wanted = {item.id: (reuse.get(item.id) if item.id != changed else None) or self._cells(item) for item in items}
        self._count_widths(wanted, reuse)
        self._shown = wanted
        existing = [str(key.value) for key in self.rows]
        shown_before = set(existing)
        kept = [rid for rid in existing if rid in wanted]
        appended = [rid for rid in wanted if rid not in shown_before]
        if kept + appended != list(wanted):
            self.clear()
            kept, appended = [], list(wanted)
        widened = self._fix_widths()
        for rid in existing:
            if rid not in wanted:
                self.remove_row(rid)
        for rid in kept:
            if rid in reuse and rid != changed:
                continue  # the very cells it shows
            if rid == changed and not widened:
                self._repaint_row(rid, wanted[rid])
                continue
            for column, value in zip(COLUMNS, wanted[rid], strict=True):
                if self.get_cell(rid, column) != value:
                    # widths are fixed above; DataTable's own re-measure of a narrower
                    # cell walks the whole column (500 cells)
                    self.update_cell(rid, column, value, update_width=widened)
        for rid in appended:
            self.add_row(*wanted[rid], key=rid)
        if current is not None and current in wanted:
            self.move_cursor(row=self.get_row_index(current))

    def _count_widths(self, wanted: dict[str, tuple[Text | str, ...]], reuse: dict[str, tuple[Text | str, ...]]) -> None:
        """Keep the column widths' counts in step with the cells about to be shown:
        after a one-measure change only that row's cells are counted again."""
        if not reuse:
            self._widths.reset(wanted.values())
            return
        for rid, cells in reuse.items():
            if wanted.get(rid) is not cells:
                self._widths.remove(cells)
        for rid, cells in wanted.items():
            if reuse.get(rid) is not cells:
                self._widths.add(cells)

    def _repaint_row(self, rid: str, cells: tuple[Text | str, ...]) -> None:
        """Show one row's new cells, the column widths unchanged.

        DataTable's `update_cell` bumps a counter that is part of the key of every
        cached cell and line, so a status key re-rendered all visible rows (issue 16);
        here only this row's cached cells and lines are dropped and repainted.
        """
        row_key = RowKey(rid)
        data = self._data[row_key]
        for column, value in zip(COLUMNS, cells, strict=True):
            data[ColumnKey(column)] = value
        for cache in (self._cell_render_cache, self._row_render_cache):
            for key in [key for key in cache.keys() if key[0] == row_key]:
                cache.discard(key)
        index = self.get_row_index(row_key)
        for key in [key for key in self._row_renderable_cache.keys() if key[1] == index]:
            self._row_renderable_cache.discard(key)
        header = self.header_height if self.show_header else 0
        lines = {header + y for y, (key, _) in enumerate(self._y_offsets) if key == row_key}
        for key in [key for key in self._line_cache.keys() if key[0] in lines]:
            self._line_cache.discard(key)
        self.refresh_row(index)

    def _fix_widths(self) -> bool:
        """Set every column's width before the rows change; True if one changed.

        DataTable measures auto widths on idle, after a frame may already be cached
        with the old, narrower widths; fixed widths set first avoid that stale frame.
        The title gets what the other columns leave, so status and deadline stay in
        view on an 80-column terminal instead of behind a horizontal scroll.
        """
        natural: dict[str, int] = {}
        for index, column in enumerate(self.ordered_columns):  # in COLUMNS order, as the cells
            key = str(column.key.value)
            widest = max(cell_len(column.label.plain), self._widths.widest(index))
            natural[key] = min(widest, MAX_WIDTHS.get(key, 40))
        available = self.scrollable_content_region.width
        if available > 0 and "title" in natural:
            before_title = COLUMNS[: COLUMNS.index("title")]
            after_title = COLUMNS[COLUMNS.index("title") + 1 :]
            padding = 2 * self.cell_padding * len(natural)
            everything = sum(width for key, width in natural.items() if key != "title")
            if available - padding - everything < min(natural["title"], MIN_TITLE_ALL):
                # Too narrow for all: the title takes what the columns before it and
                # the deadline leave; the rest scrolls.
                shown = (*before_title, after_title[0])
                padding = 2 * self.cell_padding * (len(shown) + 1)
                everything = sum(natural[key] for key in shown)
            natural["title"] = max(MIN_TITLE, min(natural["title"], available - padding - everything))
        changed = False
        for column in self.ordered_columns:
            changed = changed or column.auto_width or column.width != natural[str(column.key.value)]
            column.width = natural[str(column.key.value)]
            column.auto_width = False
        return changed

    def notify_style_update(self) -> None:
        """Restyled (focus came or went): DataTable would re-render every visible
        cell. Its caches are keyed by focus state, so they stay unless the styles of
        the state changed, checked at the next render (tui/widgets/focus_styles.py).
        The per-cell style lookup is not keyed by state and is always redone."""
        super(DataTable, self).notify_style_update()
        self._get_styles_to_render_cell.cache_clear()
        self._style_fingerprints.restyled()
        self.refresh()

    def render_lines(self, crop: Region) -> list[Strip]:
        self._style_fingerprints.before_render(self, self._clear_caches)
        return super().render_lines(crop)

    def _on_resize(self, event: events.Resize) -> None:
        """Share a new width out again. A change of height only (the measure detail
        showing under the table on focus) changes no line: DataTable's own handler,
        which would throw every rendered line away, is skipped for it."""
        width = self.scrollable_content_region.width  # a scrollbar coming takes cells
        if width == self._laid_out_width:
            event.prevent_default()
            return
        self._laid_out_width = width
        if self._shown and self._fix_widths():
            self.refresh()

    def _cells(self, item: ActionItem) -> tuple[Text | str, ...]:
        who = " / ".join(x for x in (side_label(self.tr, item.responsible_side), item.responsible) if x)
        title = Text(item.title)
        if item.year_measure:
            title = Text("★ ") + title
        if item.carried_from:
            title = Text("↻ ", style="magenta") + title
        cells = {
            "id": item.id,
            "status": Text(status_label(self.tr, item.status), style=STATUS_STYLE[item.status]),
            "title": title,
            "deadline": self._deadline(item),
            "responsible": who,
            "q": item.question_id or "",
        }
        return tuple(cells[key] for key in COLUMNS)

    def _deadline(self, item: ActionItem) -> Text | str:
        """The deadline as typed in Norway; ⚠ and red when an open measure is past it."""
        if item.deadline is None:
            return ""
        shown = norwegian(item.deadline)
        if self.as_of is not None and item.status.is_open and item.deadline < self.as_of:
            return Text(f"⚠ {shown}", style="bold red")
        return shown

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

    def action_cycle_status(self, back: bool = False) -> None:
        action_id = self.current_id()
        if action_id is not None:
            self.post_message(self.StatusCycleRequested(action_id, back))

    def action_delete(self) -> None:
        self._post_for_current(self.DeleteRequested)

    def action_year_measure(self) -> None:
        self._post_for_current(self.YearMeasureToggleRequested)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter on a row edits it."""
        event.stop()
        if event.row_key.value is not None:
            self.post_message(self.EditRequested(str(event.row_key.value)))
