"""The participants of the setup screen: a table edited by keyboard through a form."""

from __future__ import annotations

from collections.abc import Callable

from rich.markup import escape
from textual.binding import Binding
from textual.widgets import DataTable

from politirad.models.people import Participant
from politirad.tui.screens.confirm import ConfirmScreen
from politirad.tui.screens.participant_form import ParticipantForm


class ParticipantTable(DataTable[str]):
    """Holds the setup form's own copy of the participants until the form is saved."""

    BINDINGS = [
        Binding("a", "add_person", "key.person_add"),
        Binding("e", "edit_person", "key.person_edit"),
        Binding("delete", "delete_person", "key.person_delete"),
    ]

    def __init__(self, tr: Callable[..., str], people: list[Participant], *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self._tr = tr
        self.people = list(people)

    def on_mount(self) -> None:
        for key in ("person.name", "person.role", "person.side", "person.represents"):
            self.add_column(self._tr(key), key=key)
        self.show_people()

    def show_people(self, cursor: int | None = None) -> None:
        """Refill the rows; an empty table shows a hint row that cannot be edited."""
        keep = self.cursor_row if cursor is None else cursor
        self.clear()
        for person in self.people:
            self.add_row(person.name, person.role, self._tr(f"side.{person.side.value}"), person.represents)
        if not self.people:
            self.add_row(self._tr("person.empty"), "", "", "", key="empty")
        if self.people:
            self.move_cursor(row=max(0, min(keep, len(self.people) - 1)))

    def _current(self) -> int | None:
        return self.cursor_row if self.people and 0 <= self.cursor_row < len(self.people) else None

    def action_add_person(self) -> None:
        def done(person: Participant | None) -> None:
            if person is not None:
                self.people.append(person)
                self.show_people(len(self.people) - 1)

        self.app.push_screen(ParticipantForm(self._tr, None, self.app.live.session.language), done)

    def action_edit_person(self) -> None:
        index = self._current()
        if index is None:
            self.action_add_person()
            return

        def done(person: Participant | None) -> None:
            if person is not None:
                self.people[index] = person
                self.show_people(index)

        self.app.push_screen(ParticipantForm(self._tr, self.people[index], self.app.live.session.language), done)

    def action_delete_person(self) -> None:
        index = self._current()
        if index is None:
            return
        name = self.people[index].name

        def done(yes: bool | None) -> None:
            if yes:
                del self.people[index]
                self.show_people(index)

        t = self._tr
        self.app.push_screen(ConfirmScreen(t("person.confirm_delete", name=escape(name)), t("confirm.yes"), t("confirm.no")), done)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter edits the participant (or adds one in an empty table)."""
        event.stop()
        self.action_edit_person()
