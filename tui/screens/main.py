"""The meeting screen: question tree, note editor and action tracker side by side."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.css.query import NoMatches

from politirad.models.tree import find_sub, question_tree
from politirad.sessions.live.session import Change, ChangeKind
from politirad.tui import startup_gc
from politirad.tui.screens.live_screen import LiveScreen
from politirad.tui.screens.meeting_measures import MeetingMeasures
from politirad.tui.screens.meeting_time import MeetingTime
from politirad.tui.widgets.action_table import LABEL_KEYS, ActionTable
from politirad.tui.keys import PANE_BAR, WRITING_KEYS, key_bar_entries
from politirad.tui.widgets.goto_bar import GotoBar
from politirad.tui.widgets.in_place import InPlaceText
from politirad.tui.widgets.key_line import KeyLine
from politirad.tui.widgets.last_year import LastYearNote
from politirad.tui.widgets.meeting_clock import MeetingClock
from politirad.tui.widgets.note_pane import NoteEditor, NotePane
from politirad.tui.widgets.question_tree import NodeRef, QuestionTree
from politirad.tui.widgets.status_header import StatusHeader

# Dialogs (action form, confirm, go to), last year's notes and the SSH presence bar are
# imported where first used: the first frame does not need them (bench/startup.py).

if TYPE_CHECKING:
    from politirad.tui.app import PolitiradApp


class MainScreen(MeetingTime, MeetingMeasures, LiveScreen[None]):
    """Renders the live session and turns the panes' messages into live-session changes."""

    BINDINGS = [
        Binding("ctrl+g", "goto", "key.goto", priority=True),
        Binding("ctrl+t", "toggle_confidential", "key.confidential", priority=True),
        Binding("f5", "toggle_clock", "key.clock"),
        Binding("f8", "time_allocation", "key.time_allocation"),
        Binding("ctrl+n", "measure_from_note", "key.measure_from_note"),
        Binding("ctrl+f", "toggle_maximize", "key.maximize", priority=True),
    ]

    app: PolitiradApp

    def compose(self) -> ComposeResult:
        yield StatusHeader(id="status-header")
        yield MeetingClock(self.app.clock, self.app.live.timebox, writer=not self.app.read_only, id="meeting-clock")
        with Horizontal(id="panes"):
            yield QuestionTree(id="tree")
            with Vertical(id="right"):
                with Horizontal(id="note-row"):
                    yield NotePane(read_only=self.app.read_only, id="note-pane")
                    yield LastYearNote(self.app.lang, id="last-year")
                yield ActionTable(id="actions")
                yield InPlaceText(id="action-detail")  # the highlighted measure in full (table focused)
        if self.app.seat is not None:  # shared over SSH: who is connected (issue 6)
            from politirad.tui.ssh.presence_bar import PresenceBar  # local sessions never need it

            yield PresenceBar(self.app.seat, id="presence")
        yield KeyLine(id="key-bar")
        yield GotoBar(id="goto-bar")  # last: drawn over the key bar while open

    # -- lifecycle --------------------------------------------------------------------

    def on_mount(self) -> None:
        self.refresh_all()
        self.call_after_refresh(self._show_last_year)
        if self.app.writer is not None:
            self.call_after_refresh(self.app.writer.prime_saves)
        self.call_after_refresh(startup_gc.settle, freeze=True)  # last: freezes what those made
        tree = self.query_one(QuestionTree)
        start = self.app.live.selected or next(iter(sorted(tree.visible_ids(), key=_id_key)), None)
        if start:
            tree.select_question(start)
            self._show(start)
        self.follow_selection(start)
        tree.focus()

    def _show_last_year(self) -> None:
        """After the first frame: finding last year loads every session in the folder."""
        self.query_one(LastYearNote).set_last_year(self.app.live.last_year())

    def relabel(self) -> None:
        """Pane titles, column headers and the key bar in the interface language."""
        t = self.app.t
        self.query_one("#tree").border_title = t("pane.tree")
        self.query_one("#note-pane").border_title = t("pane.note")
        table = self.query_one(ActionTable)
        table.border_title = t("pane.actions")
        table.tr = t
        table.as_of = self.app.live.session.date
        last_year = self.query_one(LastYearNote)
        if last_year.lang != self.app.lang:  # switched live: retitle it too
            last_year.lang = self.app.lang
            last_year.set_last_year(last_year.last_year)
        table.setup_columns(
            [t(k) for k in LABEL_KEYS]
        )
        viewer = self.app.seat is not None and self.app.read_only
        entries = key_bar_entries(lambda name: any(hasattr(o, f"action_{name}") for o in (self, self.app)), viewer)
        self.query_one("#key-bar", KeyLine).show([(key, t(label)) for key, label in entries])
        self._show_pane_keys()

    def _show_pane_keys(self) -> None:
        """The focused pane's own keys on its bottom border; other panes show none.
        (The tree's border keeps its answered count.)"""
        focused = self.app.focused
        for pane_id in ("note-pane", "actions"):
            pane = self.query_one(f"#{pane_id}")
            owner = "note-editor" if pane_id == "note-pane" else pane_id
            has_focus = focused is not None and (focused is pane or pane in focused.ancestors)
            entries = PANE_BAR.get(owner, []) if has_focus else []
            if self.app.writer is None:  # keys that would only be refused are not offered
                entries = [(key, label) for key, label in entries if key not in WRITING_KEYS]
            subtitle = "  ".join(f"{key} {self.app.t(label)}" for key, label in entries)
            if pane.border_subtitle != subtitle:  # setting it repaints the whole pane
                pane.border_subtitle = subtitle
        table = self.query_one(ActionTable)
        self.query_one("#action-detail").display = focused is table and table.row_count > 0
        self.show_action_detail()

    def watch_focused(self) -> None:
        """In the same tick as the focus change (not on the later DescendantFocus
        message), so the pane borders, their keys and the measure detail change in
        the one frame that repaints for the focus, not in two or three. The focus also
        moves while the screen is taken down at quit, its panes already gone."""
        if self.is_mounted:
            try:
                self._show_pane_keys()
            except NoMatches:
                pass

    def action_toggle_maximize(self) -> None:
        """Ctrl+F: the focused pane fills the screen (the note with its question), or back."""
        if self.maximized is not None:
            self.minimize()
            return
        focused = self.focused
        note = self.query_one(NotePane)
        if focused is not None and (focused is note or note in focused.ancestors):
            self.maximized = note
        elif focused is not None:
            self.maximized = focused

    def refresh_all(self) -> None:
        """Redraw everything from the live session (start, language or question changes)."""
        self.relabel()
        self.show_clock()
        session = self.app.live.session
        self.query_one(QuestionTree).rebuild(session, self.app.lang)
        self.query_one(ActionTable).show_items(session.actions)
        note = self.query_one(NotePane)
        if note.question_id:
            self._show(note.question_id)
        self.refresh_header()

    def refresh_header(self) -> None:
        live, t = self.app.live, self.app.t
        if live.read_only:
            state, style = t("header.read_only"), "yellow"
        elif live.last_error:
            state, style = t("header.save_failed"), "bold red"
        elif live.dirty:
            state, style = t("header.unsaved"), "yellow"
        elif live.last_saved:
            state, style = t("header.saved", time=live.last_saved.strftime("%H:%M:%S")), "green"
        else:
            state, style = "✓", "green"
        session = live.session
        self.query_one(StatusHeader).show(
            session.council.name or t("header.unnamed"),
            session.date.isoformat(),
            live.path.name if live.path else t("header.new"),
            state,
            style,
        )

    def apply_change(self, change: Change) -> None:
        """A change from the live session (this view or another) reaches the screen."""
        session = self.app.live.session
        note = self.query_one(NotePane)
        if change.kind is ChangeKind.NOTE and change.key:
            self.query_one(QuestionTree).refresh_marks(session, change.key)
            if change.origin is not self and note.question_id == change.key and not self._masked(change.key):
                note.sync_note(session.answer(change.key).note)
        elif change.kind is ChangeKind.ACTIONS:
            self.query_one(ActionTable).show_items(session.actions, changed=change.key)
            self.show_action_detail()  # a status or ★ key changes the measure it shows
        elif change.kind is ChangeKind.ANSWER and change.key and self.query_one(QuestionTree).refresh_answer(session, change.key):
            if note.question_id == change.key:  # e.g. Ctrl+T: one label, not refresh_all (issue 16)
                self._show(change.key)
        elif change.kind in (ChangeKind.ANSWER, ChangeKind.QUESTIONS, ChangeKind.SETUP):
            self.refresh_all()
        elif change.kind is ChangeKind.TIME:
            self.show_clock()
        elif change.kind is ChangeKind.SELECTION:
            self.follow_selection(change.key)
            if self.app.following:
                self.follow(change.key)
        self.refresh_header()

    # -- panes → live session -----------------------------------------------------------

    def on_note_pane_note_edited(self, event: NotePane.NoteEdited) -> None:
        self.write(lambda writer: writer.set_note(event.question_id, event.text, origin=self))
        stored = self.app.live.session.answer(event.question_id).note
        note = self.query_one(NotePane)
        if stored != event.text and note.question_id == event.question_id:
            note.sync_note(stored)  # a paste's control characters, shown as the file keeps them

    def on_question_tree_highlighted(self, event: QuestionTree.Highlighted) -> None:
        ref: NodeRef | None = event.ref
        if ref is None:
            return
        self._show(ref.question_id if ref.is_sub else None, main_id=None if ref.is_sub else ref.question_id)
        if ref.is_sub:
            self._lead_to(ref.question_id)

    def follow(self, question_id: str | None) -> None:
        """A shared viewer's view moves to the facilitator's selected question (issue 6);
        after the tree's own pending cursor moves, so a start-up move cannot undo it."""
        if question_id:
            self.query_one(QuestionTree).call_after_refresh(self._follow_now, question_id)

    def _follow_now(self, question_id: str) -> None:
        if self.app.following and self.query_one(QuestionTree).select_question(question_id):
            self._show(question_id)

    def on_note_editor_leave_requested(self, event: NoteEditor.LeaveRequested) -> None:
        event.stop()
        if self.maximized is not None:  # Esc first leaves the enlarged note, then the note
            self.minimize()
            return
        self.query_one(QuestionTree).focus()

    def on_question_tree_sub_question_chosen(self, event: QuestionTree.SubQuestionChosen) -> None:
        self._open_note(event.question_id)

    def _show(self, question_id: str | None, main_id: str | None = None) -> None:
        hint = self.app.t("note.main", id=main_id) if main_id else self.app.t("note.pick")
        note = self.query_one(NotePane)
        note.show_question(self.app.live.session, question_id, self.app.lang, hint)
        if question_id is not None and self._masked(question_id):
            # The presentation rule (issue 14): a confidential note is not projected
            # until the facilitator shows it (Ctrl+R); read-only, so it cannot be typed over.
            note.editor.read_only = True
            note.editor.load_text(self.app.t("note.masked"))
        last_year = self.query_one(LastYearNote)
        last_year.reveal = self.app.reveal_confidential
        last_year.show(question_id)

    def _masked(self, question_id: str) -> bool:
        """This year's note under `question_id` is confidential and not revealed."""
        answer = self.app.live.session.answers.get(question_id)
        return bool(answer and answer.confidential and answer.note.strip()) and not self.app.reveal_confidential

    def show_confidential(self, shown: bool) -> None:
        """Ctrl+R (the app's): show the current question again, masked or not."""
        note = self.query_one(NotePane)
        focused = self.app.focused
        self._show(note.question_id)
        if focused is note.editor and not note.editor.read_only:
            note.editor.move_cursor(note.editor.document.end)

    def _open_note(self, question_id: str) -> None:
        self._show(question_id)
        editor = self.query_one(NoteEditor)
        editor.focus()
        editor.move_cursor(editor.document.end)

    def on_note_editor_blur(self) -> None:  # pragma: no cover - cosmetic
        self.refresh_header()

    # -- actions ----------------------------------------------------------------------

    def action_goto(self) -> None:
        self.query_one(GotoBar).open(self.app.t("goto.prompt"))

    def on_goto_bar_chosen(self, event: GotoBar.Chosen) -> None:
        if not self._goto_done(event.value) and event.back is not None:
            event.back.focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """While the go-to prompt is open, the screen's own keys wait (as they did
        under the dialog it replaces); Ctrl+G itself only keeps the prompt."""
        if action in ("toggle_confidential", "toggle_maximize", "measure_from_note") and self.is_mounted:
            return not self.query_one(GotoBar).is_open
        return True

    def _goto_done(self, question_id: str) -> bool:
        """Go to `question_id`'s note; False (after a warning) if it is not shown."""
        tree = self.query_one(QuestionTree)
        session = self.app.live.session
        if question_id not in tree.visible_ids():
            found = find_sub(question_tree(session), question_id)
            key = "goto.left_out" if found else "goto.unknown"
            self.notify(self.app.t(key, value=question_id), severity="warning")
            return False
        tree.select_question(question_id)
        self._lead_to(question_id)
        self._open_note(question_id)
        return True

    def _lead_to(self, question_id: str) -> None:
        """The facilitator's view moved: viewers may follow it there."""
        if self.app.leads and self.app.writer is not None:
            self.app.writer.select(question_id, origin=self)

    def action_toggle_confidential(self) -> None:
        question_id = self.query_one(NotePane).question_id
        if question_id:
            self.write(lambda writer: writer.toggle_confidential(question_id, origin=self))


def _id_key(question_id: str) -> tuple[int, ...]:
    """Sort '1.10' after '1.9'."""
    return tuple(int(p) if p.isdigit() else 0 for p in question_id.split("."))
