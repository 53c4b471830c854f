"""The note pane: the selected sub-question's full text above an editor for its note."""

from __future__ import annotations

from os.path import commonprefix

from rich.markup import escape
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.geometry import Region, Size
from textual.message import Message
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import Static, TextArea

from politirad.models.catalogue import language
from politirad.models.session import Session
from politirad.models.tree import find_sub, question_tree
from politirad.tui.widgets.in_place import InPlaceText, update_static
from politirad.tui.widgets.kept_scrollbars import KeptScrollbars


class NoteEditor(KeptScrollbars, TextArea):
    """The TextArea for notes; its own class so help and CSS can address it."""

    BINDINGS = [Binding("escape", "leave", show=False)]

    _theme_applied = False
    """The theme's CSS has been applied since the last style update."""

    class LeaveRequested(Message):
        """Esc in the note: the screen puts the focus back on the question tree."""

    def action_leave(self) -> None:
        self.post_message(self.LeaveRequested())

    def _recompute_cursor_offset(self) -> None:
        """Find the cursor's screen offset from a cursor that lies inside the document.

        Textual's undo and redo (``_undo_batch``/``_redo_batch``) change the document,
        resize the widget and only then put the cursor back. When that resize adds or
        removes the scrollbar (a long paste undone at 80×24), the scrollbar's watcher
        asks for the offset of the old cursor, past the end of the shorter document, and
        the wrapped document raises "line index out of bounds". The cursor is clamped
        here for that lookup only; the undo then sets the real cursor as usual.
        """
        location = self.clamp_visitable(self.cursor_location)
        self._cursor_offset = self.wrapped_document.location_to_offset(location)

    def _refresh_size(self) -> None:
        """A note one line longer changes only its own scroll height: Textual's TextArea
        asks for a layout of the whole screen for that (virtual size is a layout
        reactive), which was most of Enter's cost at 2,000 notes (issue 16). The
        scrollbars are updated here instead; one coming or going (the text's width
        changes) still lays out, by its own reactive."""
        if not self.soft_wrap or not self.is_mounted:
            super()._refresh_size()
            return
        size = Size(0, self.wrapped_document.height)
        if size != self.virtual_size:
            self.set_reactive(Widget.virtual_size, size)
            self._scroll_update(size)
            self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._theme_applied = False

    def watch_theme(self) -> None:
        self._theme_applied = False

    def render_lines(self, crop: Region) -> list[Strip]:
        """Textual's TextArea re-applies its theme's CSS on every render, a third of
        a viewer's redraw of a typed character (issue 16); the theme's colours only
        change with a style update (focus, a theme switch), so only then."""
        if self._theme_applied or not self._theme:
            return super(TextArea, self).render_lines(crop)
        self._theme_applied = True
        return super().render_lines(crop)

    def on_text_area_selection_changed(self, event: TextArea.SelectionChanged) -> None:
        """Every key moves the cursor; nothing above the editor listens for that, so the
        message stops here instead of being dispatched up five containers to the app
        on every keystroke (bench/keystrokes.py)."""
        event.stop()


class NotePane(Vertical):
    """Shows one sub-question and lets the facilitator type the council's answer."""

    class NoteEdited(Message):
        """The note text changed by typing; the screen hands it to the live session."""

        def __init__(self, question_id: str, text: str) -> None:
            self.question_id = question_id
            self.text = text
            super().__init__()

    def __init__(self, *, read_only: bool = False, id: str | None = None) -> None:
        super().__init__(id=id)
        self.question_id: str | None = None
        self._read_only = read_only

    def compose(self) -> ComposeResult:
        yield InPlaceText(id="question-text")
        editor = NoteEditor(id="note-editor", read_only=True, soft_wrap=True)
        editor.show_line_numbers = False
        yield editor

    @property
    def editor(self) -> NoteEditor:
        return self.query_one(NoteEditor)

    def show_question(self, session: Session, question_id: str | None, lang: str, hint: str) -> None:
        """Load the question's text and note; an unknown id shows the hint instead."""
        heading = self.query_one("#question-text", Static)
        found = (
            find_sub(question_tree(session, language(lang)), question_id)
            if question_id
            else None
        )
        self.question_id = question_id if found else None
        if not found:
            update_static(heading, hint)
            self.editor.read_only = True
            self.editor.load_text("")
            return
        main, sub = found
        lead = f"\n[dim]{escape(main.lead)}[/dim]" if main.lead else ""
        update_static(
            heading,
            f"[b]{main.id}[/b] [dim]{escape(main.title)}[/dim]{lead}\n"
            f"[b]{sub.id}  {escape(sub.text)}[/b]",
        )
        self.editor.read_only = self._read_only
        text = session.answer(question_id).note if question_id else ""
        if self.editor.text != text:
            self.editor.load_text(text)

    def sync_note(self, text: str) -> None:
        """Take a note changed elsewhere (the facilitator, for a viewer) as one edit of
        the part that differs: the cursor stays with its text, and a key typed elsewhere
        re-wraps one line instead of reloading the whole note (`load_text`) in every
        viewer's editor (issue 16)."""
        old = self.editor.text
        if old == text:
            return
        start = len(commonprefix([old, text]))
        end = len(commonprefix([old[start:][::-1], text[start:][::-1]]))
        document = self.editor.document
        self.editor.replace(
            text[start : len(text) - end],
            document.get_location_from_index(start),
            document.get_location_from_index(len(old) - end),
        )

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        event.stop()
        if self.question_id is not None and not self.editor.read_only:
            self.post_message(self.NoteEdited(self.question_id, self.editor.text))

