"""An ordered list of short texts edited by keyboard: learning points, expectations, themes.

The widget edits its own copy and posts `Changed` with the whole new list; the screen
decides where it goes (the live session, or a setup form saved later) and pushes the
stored list back with `set_items` when someone else changed it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rich.markup import escape
from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from politirad.tui.screens.confirm import ConfirmScreen
from politirad.tui.screens.text_prompt import TextPrompt


@dataclass(frozen=True, slots=True)
class TextListLabels:
    """The words a list shows, in the interface language (the screen translates)."""

    add_title: str
    edit_title: str
    empty_hint: str
    prompt_hint: str = ""
    confirm_delete: str = "{text}?"
    yes: str = "Ja"
    no: str = "Nei"

    @classmethod
    def from_catalogue(cls, t: Callable[..., str], prefix: str) -> TextListLabels:
        """Labels from the catalogue keys `<prefix>_add`, `<prefix>_edit`, `<prefix>_empty`."""
        return cls(
            add_title=t(f"{prefix}_add"),
            edit_title=t(f"{prefix}_edit"),
            empty_hint=t(f"{prefix}_empty"),
            prompt_hint=t("prompt.hint"),
            confirm_delete=t("list.confirm_delete"),
            yes=t("confirm.yes"),
            no=t("confirm.no"),
        )


class TextList(OptionList):
    """Numbered texts; a adds, e/Enter edits, Delete removes, Shift+↑/↓ moves."""

    BINDINGS = [
        Binding("a", "add_item", "key.list_add"),
        Binding("e", "edit_item", "key.list_edit"),
        Binding("delete", "delete_item", "key.list_delete"),
        Binding("shift+up", "move_item(-1)", "key.list_up", key_display="Shift+↑"),
        Binding("shift+down", "move_item(1)", "key.list_down", key_display="Shift+↓"),
    ]

    class Changed(Message):
        """The person changed the list; `items` is the whole list in its new order."""

        def __init__(self, text_list: TextList, items: list[str]) -> None:
            self.text_list = text_list
            self.items = items
            super().__init__()

        @property
        def control(self) -> TextList:
            return self.text_list

    def __init__(
        self,
        labels: TextListLabels,
        items: list[str] | None = None,
        *,
        wanted: int | None = None,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id, markup=False)
        self.labels = labels
        self.wanted = wanted
        """When set (the guide's five), the subtitle counts against it and warns above it."""
        self._items: list[str] = []
        self.set_items(items or [])

    @property
    def items(self) -> list[str]:
        """A copy of the texts in order."""
        return list(self._items)

    def set_items(self, items: list[str], highlight: int | None = None) -> None:
        """Show these texts, the cursor on `highlight` or else on the text it was on
        (someone else may have added or removed one above it), else near where it was."""
        keep = highlight
        if keep is None:
            current = self._current()
            keep = self.highlighted if current is None else _locate(items, self._items[current], current)
        self._items = list(items)
        options: list[Option] = []
        for number, text in enumerate(self._items, start=1):
            over = self.wanted is not None and number > self.wanted
            line = Text(f"{number}. ", style="bold yellow" if over else "bold")
            line.append(text)
            options.append(Option(line))
        if not options:
            options.append(Option(Text(self.labels.empty_hint, style="dim italic"), disabled=True))
        self.set_options(options)
        if self._items:
            self.highlighted = min(keep or 0, len(self._items) - 1)
        self._show_count()

    def _show_count(self) -> None:
        if self.wanted is None:
            return
        count = len(self._items)
        style = "bold red" if count > self.wanted else ("green" if count == self.wanted else "")
        self.border_subtitle = Text(f"{count}/{self.wanted}", style=style)

    def _current(self) -> int | None:
        index = self.highlighted
        return index if self._items and index is not None and index < len(self._items) else None

    def _commit(self, items: list[str], highlight: int) -> None:
        self.set_items(items, highlight)
        self.post_message(self.Changed(self, self.items))

    # -- keys -------------------------------------------------------------------------

    def action_add_item(self) -> None:
        def done(text: str | None) -> None:
            if text:
                index = self._current()
                at = len(self._items) if index is None else index + 1
                self._commit([*self._items[:at], text, *self._items[at:]], at)

        self.app.push_screen(TextPrompt(self.labels.add_title, "", self.labels.prompt_hint), done)

    def action_edit_item(self) -> None:
        index = self._current()
        if index is None:
            self.action_add_item()
            return

        original = self._items[index]

        def done(text: str | None) -> None:
            if not text:
                return
            items = self.items
            at = _locate(items, original, index)  # others may have changed the list meanwhile
            if at is None:  # the text was removed or changed elsewhere: keep what was typed
                at = min(index, len(items))
                items.insert(at, text)
            else:
                items[at] = text
            self._commit(items, at)

        title = self.labels.edit_title.format(n=index + 1)
        self.app.push_screen(TextPrompt(title, self._items[index], self.labels.prompt_hint), done)

    def action_delete_item(self) -> None:
        index = self._current()
        if index is None:
            return
        text = self._items[index]

        def done(yes: bool | None) -> None:
            at = _locate(self._items, text, index) if yes else None
            if at is not None:
                items = self.items
                del items[at]
                self._commit(items, max(0, at - 1) if at >= len(items) else at)

        question = self.labels.confirm_delete.format(text=escape(text))
        self.app.push_screen(ConfirmScreen(question, self.labels.yes, self.labels.no), done)

    def action_move_item(self, delta: int) -> None:
        index = self._current()
        if index is None or not 0 <= index + delta < len(self._items):
            return
        items = self.items
        items[index], items[index + delta] = items[index + delta], items[index]
        self._commit(items, index + delta)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter edits the highlighted text."""
        event.stop()
        self.action_edit_item()


def _locate(items: list[str], text: str, near: int) -> int | None:
    """Where `text` is now: at `near` if still there, else its place nearest to it.

    Lists are shared live (a co-facilitator may add, move or remove items while a
    prompt is open), so an edit or delete must find its text again, not trust a
    position taken before.
    """
    if near < len(items) and items[near] == text:
        return near
    places = [i for i, item in enumerate(items) if item == text]
    return min(places, key=lambda i: abs(i - near)) if places else None
