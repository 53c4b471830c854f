"""The meeting screen's measures part: the tiltak table's keys and Ctrl+N from the note.

A mixin so the meeting screen stays a small module (like MeetingTime): the screen
composes the ActionTable and this part turns its messages, and Ctrl+N in the note,
into live-session changes through the screen's `write`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.widgets import Static

from politirad.models.actions import Status
from politirad.models.tree import question_tree
from politirad.tui.labels import side_label, status_label
from politirad.tui.widgets.action_table import ActionTable
from politirad.tui.widgets.in_place import update_static
from politirad.tui.widgets.note_pane import NotePane

if TYPE_CHECKING:
    from textual.notifications import Notification

    from politirad.models.actions import ActionItem
    from politirad.tui.app import PolitiradApp
    from politirad.tui.screens.action_form import ActionForm


class MeetingMeasures:
    """Mixed into MainScreen (a LiveScreen); needs `self.app`, `query_one`, `write`,
    `writable`, `notify` and the screen's `_masked`."""

    app: PolitiradApp
    _status_toast: Notification | None = None
    _action_detail: Text | None = None

    def on_data_table_row_highlighted(self, event: ActionTable.RowHighlighted) -> None:
        if event.data_table.id == "actions":
            self.show_action_detail()

    def show_action_detail(self) -> None:
        """The highlighted measure in full under the table: at 80 columns the table
        cuts the title and scrolls the responsible and question sideways.

        Only while it shows (the table has the focus), and only a changed text: an
        update is a layout pass of the whole screen."""
        shown = self.query_one("#action-detail", Static)  # type: ignore[attr-defined]
        if not shown.display:
            return
        table = self.query_one(ActionTable)  # type: ignore[attr-defined]
        action_id = table.current_id()
        item = self.app.live.session.action(action_id) if action_id else None
        detail = Text()
        if item is not None:
            t = self.app.t
            detail.append(f"{item.id} ", style="bold")
            detail.append(item.title)
            who = " / ".join(x for x in (side_label(t, item.responsible_side), item.responsible) if x)
            extra = [status_label(t, item.status), who]
            if item.question_id:
                extra.append(f"{t('col.question')} {item.question_id}")
            detail.append("  · " + " · ".join(extra), style="dim")
        if detail != self._action_detail:
            self._action_detail = detail
            update_static(shown, detail)

    def _known_questions(self) -> set[str]:
        return {s.id for m in question_tree(self.app.live.session) for s in m.subs}

    def _action_form(self, item: ActionItem | None, question_id: str | None, title: str = "") -> ActionForm:
        from politirad.tui.screens.action_form import ActionForm

        session = self.app.live.session
        return ActionForm(
            self.app.t, item, question_id, self._known_questions(),
            participants=session.participants, meeting=session.date, title=title,
        )

    def on_action_table_add_requested(self, event: ActionTable.AddRequested) -> None:
        if not self.writable():
            return
        self.app.push_screen(self._action_form(None, self.query_one(NotePane).question_id), self._added)

    def action_measure_from_note(self) -> None:
        """Ctrl+N: the note's current line (or selection) becomes a measure linked to
        the question; afterwards the facilitator types on where they were (issue 14)."""
        note = self.query_one(NotePane)
        if note.question_id is None:
            self.notify(self.app.t("note.pick"), severity="warning")
            return
        if not self.writable() or self._masked(note.question_id):
            return
        editor = note.editor
        where = editor.selection
        was_focused = self.app.focused is editor
        text = editor.selected_text or editor.document.get_line(where.end[0])
        title = " ".join(text.split()).lstrip("-*•–· ").strip()

        def done(fields: dict[str, Any] | None) -> None:
            self._added(fields)
            if was_focused:  # back in the note, at the same place
                editor.focus()
                editor.selection = where

        self.app.push_screen(self._action_form(None, note.question_id, title), done)

    def _added(self, fields: dict[str, Any] | None) -> None:
        if fields:
            item = self.write(lambda writer: writer.add_action(origin=self, **fields))
            if item is not None:
                self.query_one(ActionTable).show_items(self.app.live.session.actions, keep=item.id)

    def on_action_table_status_cycle_requested(self, event: ActionTable.StatusCycleRequested) -> None:
        event.stop()
        if event.back:
            current = self.app.live.session.action(event.action_id)
            if current is None:
                return
            order = list(Status)
            earlier = order[(order.index(current.status) - 1) % len(order)]
            item = self.write(lambda writer: writer.update_action(event.action_id, origin=self, status=earlier))
        else:
            item = self.write(lambda writer: writer.cycle_status(event.action_id, origin=self))
        if item is not None:
            self._status_notice(self.app.t("notice.status", id=item.id, status=status_label(self.app.t, item.status)))

    def _status_notice(self, message: str) -> None:
        """One toast for status presses: each new one replaces the last instead of stacking."""
        from textual.notifications import Notification, Notify

        if self._status_toast is not None:
            self.app._unnotify(self._status_toast)  # Textual has no public "replace"
        self._status_toast = Notification(message, "", "information", 3)
        self.app.post_message(Notify(self._status_toast))

    def on_action_table_year_measure_toggle_requested(self, event: ActionTable.YearMeasureToggleRequested) -> None:
        event.stop()
        from politirad.tui.screens.conclusions import toggle_year_measure  # loaded on first use: faster start

        toggle_year_measure(self, event.action_id)

    def on_action_table_delete_requested(self, event: ActionTable.DeleteRequested) -> None:
        event.stop()
        item = self.app.live.session.action(event.action_id)
        if item is None:
            return
        t = self.app.t
        from politirad.tui.screens.confirm import ConfirmScreen

        def done(yes: bool | None) -> None:
            if yes:
                self.write(lambda writer: writer.remove_action(item.id, origin=self))

        self.app.push_screen(
            ConfirmScreen(t("confirm.delete", id=item.id, title=item.title), t("confirm.yes"), t("confirm.no")),
            done,
        )

    def on_action_table_edit_requested(self, event: ActionTable.EditRequested) -> None:
        item = self.app.live.session.action(event.action_id)
        if item is None:
            return
        if not self.writable():
            return

        def done(fields: dict[str, Any] | None) -> None:
            if fields:
                self.write(lambda writer: writer.update_action(item.id, origin=self, **fields))

        self.app.push_screen(self._action_form(item, None), done)
