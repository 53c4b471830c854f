"""Add or edit one participant: name, a preset role (or free text), side and whom they represent."""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Input, Label, Select

from politirad.models import catalogue
from politirad.models.people import Participant, Side, role_presets
from politirad.tui.screens.form_dialog import FormDialog


class ParticipantForm(FormDialog[Participant]):
    """Picking a preset role also picks its usual side; the side can still be changed."""

    ERROR_ID = "person-error"

    def __init__(self, tr: Callable[..., str], person: Participant | None, roles_in: str = "nb") -> None:
        """`roles_in`: the session's language, which the preset roles are offered (and
        stored, and printed in its documents) in, whatever the screen's language."""
        super().__init__()
        self._tr = tr
        self._person = person
        self._presets = role_presets(roles_in)
        self._sides: dict[str, Side] = dict(self._presets)
        other = catalogue.tr(roles_in, "role.other")  # "another role": the typed one is stored
        role = person.role if person else ""
        self._preset = role if role in self._sides else other
        self._free_role = "" if role in self._sides else role

    def compose(self) -> ComposeResult:
        t, person = self._tr, self._person
        with VerticalScroll(classes="dialog", id="participant-form"):
            yield Label(f"[b]{t('person.edit_title' if person else 'person.add_title')}[/b]")
            yield Horizontal(
                Label(t("person.name"), classes="field-label"),
                Input(person.name if person else "", id="p-name", compact=True),
                classes="field",
            )
            yield Horizontal(
                Label(t("person.role"), classes="field-label"),
                Select(
                    [(role, role) for role, _ in self._presets],
                    value=self._preset,
                    allow_blank=False,
                    id="p-role",
                    compact=True,
                ),
                classes="field",
            )
            yield Horizontal(
                Label(t("person.free_role"), classes="field-label"),
                Input(self._free_role, id="p-free-role", placeholder=t("person.free_role_hint"), compact=True),
                classes="field",
            )
            yield Horizontal(
                Label(t("person.side"), classes="field-label"),
                Select(
                    [(t(f"side.{side.value}"), side) for side in Side],
                    value=person.side if person else self._sides[self._preset],
                    allow_blank=False,
                    id="p-side",
                    compact=True,
                ),
                classes="field",
            )
            yield Horizontal(
                Label(t("person.represents"), classes="field-label"),
                Input(
                    person.represents if person else "",
                    id="p-represents",
                    placeholder=t("person.represents_hint"),
                    compact=True,
                ),
                classes="field",
            )
            yield Label("", id="person-error")
            with Horizontal(classes="buttons"):
                yield Button(t("form.save"), id="save", variant="primary")
                yield Button(t("form.cancel"), id="cancel")

    def on_mount(self) -> None:
        self.query_one("#p-name", Input).focus()

    def on_select_changed(self, event: Select.Changed) -> None:
        """A newly picked preset role brings its usual side along."""
        if event.select.id != "p-role" or event.value == self._preset:
            return
        self._preset = str(event.value)
        self.query_one("#p-side", Select).value = self._sides.get(self._preset, Side.ANNEN)

    def collect(self) -> Participant | str:
        """The participant, or the message saying what is missing."""
        name = self.query_one("#p-name", Input).value.strip()
        if not name:
            return self._tr("person.need_name")
        free = self.query_one("#p-free-role", Input).value.strip()
        preset = str(self.query_one("#p-role", Select).value)
        side = self.query_one("#p-side", Select).value
        represents = self.query_one("#p-represents", Input).value.strip()
        return Participant(name=name, role=free or preset, side=Side(str(side)), represents=represents)
