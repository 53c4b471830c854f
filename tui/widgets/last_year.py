"""Last year's note under the selected question id, read-only beside this year's.

Ids never change between years, so the council sees what it said last time while it
answers again. The screen finds last year's session (sessions/carry.py) and hands it
over; this widget never touches disk.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from politirad.tui.i18n import tr
from politirad.tui.widgets.in_place import InPlaceText, update_static

if TYPE_CHECKING:  # the lookup itself runs after the first frame (tui/screens/main.py)
    from politirad.sessions.reports.carry import LastYear


class LastYearNote(VerticalScroll, can_focus=False):
    """Hidden when there is no earlier session of the same council."""

    DEFAULT_CSS = """
    LastYearNote {
        width: 2fr;
        min-width: 20;
        height: 1fr;
        border: round $primary-darken-3;
        border-title-color: $text-muted;
        color: $text-muted;
        padding: 0 1;
        display: none;
    }
    LastYearNote.-has-last-year {
        display: block;
    }
    """

    def __init__(self, lang: str = "nb", *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.lang = lang
        self.last_year: LastYear | None = None
        self.question_id: str | None = None
        self.reveal = False
        """Show a note that was confidential last year (Ctrl+R); masked otherwise."""

    def compose(self) -> ComposeResult:
        yield InPlaceText(id="last-year-text")

    def set_last_year(self, last_year: LastYear | None) -> None:
        """Take last year's answers (None: no earlier session, the pane stays hidden)."""
        self.last_year = last_year
        self.set_class(last_year is not None, "-has-last-year")
        if last_year is not None:
            # The year only: the pane is narrow; the tooltip has the full date.
            self.border_title = tr(self.lang, "last_year.title", year=last_year.date.year)
            self.tooltip = last_year.date.isoformat()
        self.show(self.question_id)

    def show(self, question_id: str | None) -> None:
        """Show last year's note for this id (plain text: notes are never markup)."""
        self.question_id = question_id
        text = self.query_one("#last-year-text", Static)
        if self.last_year is None or question_id is None:
            update_static(text, "")
            return
        answer = self.last_year.answer(question_id)
        if answer is None:
            update_static(text, Text(tr(self.lang, "last_year.empty"), style="italic"))
            return
        body = Text()
        if answer.confidential and not self.reveal:  # the presentation rule (issue 14)
            update_static(text, Text(tr(self.lang, "last_year.masked"), style="italic"))
            return
        if answer.confidential:
            body.append(tr(self.lang, "last_year.confidential") + "\n", style="bold")
        body.append(answer.note.strip())
        update_static(text, body)
        self.scroll_home(animate=False)

    @property
    def text(self) -> str:
        """What the pane shows, as plain text (for tests and screen readers)."""
        return str(self.query_one("#last-year-text", Static).render())
