"""F3: choose the questions (guide 2.2): leave out, take back, add the council's own.

Every change goes straight to the live session, so the meeting view behind this
screen and every viewer follow at once. Left-out questions stay in the file with
their notes; own questions can be deleted only while nothing was said under them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from rich.markup import escape
from textual.app import ComposeResult
from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.widgets import Static, Tree

from politirad.models.catalogue import language
from politirad.models import choice
from politirad.models.tree import find_sub, question_tree
from politirad.sessions.live.session import Change, ChangeKind, LiveSession
from politirad.tui.retranslate import CatalogueStatic
from politirad.tui.screens.confirm import ConfirmScreen
from politirad.tui.screens.live_screen import LiveScreen
from politirad.tui.screens.text_prompt import TextPrompt
from politirad.tui.widgets.choice_tree import ChoiceOp, ChoiceTree
from politirad.tui.widgets.question_tree import NodeRef
from politirad.tui.widgets.screen_title import ScreenTitle

if TYPE_CHECKING:
    from politirad.tui.app import PolitiradApp


class QuestionsScreen(LiveScreen[None]):
    """One tree of all questions; Esc returns to the meeting."""

    BINDINGS = [Binding("escape", "close", "key.back")]

    app: PolitiradApp

    def compose(self) -> ComposeResult:
        t = self.app.t
        yield ScreenTitle(t, "choice.title", "choice.intro", id="choice-title")
        yield ChoiceTree(id="choice-tree")
        yield Static(id="choice-preview")
        yield CatalogueStatic(t, "choice.keys", id="choice-keys", classes="key-bar")

    def on_mount(self) -> None:
        self._draw(self.app.live.selected)
        self.query_one(ChoiceTree).focus()

    def _draw(self, cursor: str | None = None) -> None:
        """The tree in the interface language, the cursor on `cursor` or where it was."""
        tree = self.query_one(ChoiceTree)
        tree.border_title = self.app.t("pane.choice")
        tree.rebuild(self.app.live.session, self.app.lang, cursor)

    @on(Tree.NodeHighlighted, "#choice-tree")
    def _preview(self, event: Tree.NodeHighlighted[NodeRef]) -> None:
        """The highlighted question in full under the tree: at 80 columns the tree cuts it."""
        ref = event.node.data
        text = Text()
        if ref is not None:
            mains = question_tree(self.app.live.session, language(self.app.lang))
            found = find_sub(mains, ref.question_id) if ref.is_sub else None
            if found is not None:
                text.append(f"{found[1].id}  ", style="bold")
                text.append(found[1].text)
            else:
                main = next((m for m in mains if m.id == ref.question_id), None)
                if main is not None:
                    text.append(f"{main.id}  {main.title}", style="bold")
                    if main.lead:
                        text.append(f" {main.lead}", style="dim")
        self.query_one("#choice-preview", Static).update(text)

    def retranslate(self) -> None:
        """A live language switch: the guide's questions in the new language, cursor kept."""
        self._draw()

    def apply_change(self, change: Change) -> None:
        """Redraw when questions or inclusion changed, here or in another view."""
        if change.origin is not self and change.kind in (ChangeKind.QUESTIONS, ChangeKind.ANSWER, ChangeKind.SETUP):
            self.query_one(ChoiceTree).rebuild(self.app.live.session, self.app.lang)

    def action_close(self) -> None:
        self.dismiss(None)

    def _guarded(self, change: Callable[[LiveSession], Any], cursor: str | None = None) -> Any:
        """Make a live-session change, then redraw with the cursor on `cursor`.

        A result with an `id` (a question just added) takes the cursor instead;
        read-only and refusals become the one notice (see `LiveScreen.write`).
        """
        result = self.write(change)
        new_id = getattr(result, "id", None)
        self.query_one(ChoiceTree).rebuild(self.app.live.session, self.app.lang, new_id or cursor)
        if new_id:
            self.notify(self.app.t("choice.added", id=new_id))
        return result

    def _ask(self, title: str, value: str, then: Callable[[str], None]) -> None:
        def done(text: str | None) -> None:
            if text:
                then(text)

        self.app.push_screen(TextPrompt(title, value, self.app.t("prompt.hint")), done)

    # -- requests from the tree ---------------------------------------------------------

    def on_choice_tree_requested(self, event: ChoiceTree.Requested) -> None:
        event.stop()
        ref = event.ref
        if event.op is ChoiceOp.ADD_MAIN:
            self._add_main()
        elif ref is None:
            return
        elif event.op is ChoiceOp.TOGGLE:
            self._toggle(ref)
        elif event.op is ChoiceOp.ADD_SUB:
            self._add_sub(self._main_of(ref))
        elif not choice.is_own(self.app.live.session, ref.question_id):
            self.notify(self.app.t("choice.guide_fixed"), severity="warning")
        elif event.op is ChoiceOp.EDIT:
            self._edit(ref)
        elif event.op is ChoiceOp.DELETE:
            self._delete(ref)
        else:
            delta = -1 if event.op is ChoiceOp.UP else 1
            self._guarded(lambda w: w.move_own(ref.question_id, delta, origin=self), ref.question_id)

    def _main_of(self, ref: NodeRef) -> str:
        if not ref.is_sub:
            return ref.question_id
        found = find_sub(question_tree(self.app.live.session), ref.question_id)
        return found[0].id if found else ref.question_id.split(".")[0]

    def _toggle(self, ref: NodeRef) -> None:
        live = self.app.live
        if ref.is_sub:
            included = not live.session.answer(ref.question_id).included
            self._guarded(lambda w: w.set_included(ref.question_id, included, origin=self), ref.question_id)
            return
        main = next(m for m in question_tree(live.session) if m.id == ref.question_id)
        included = len(main.included_subs()) < len(main.subs)
        self._guarded(lambda w: w.set_main_included(main.id, included, origin=self), main.id)

    def _add_sub(self, main_id: str) -> None:

        def add(text: str) -> None:
            self._guarded(lambda w: w.add_own_question(main_id, text, origin=self))

        self._ask(self.app.t("choice.add_sub_title", main=main_id), "", add)

    def _add_main(self) -> None:

        def add(text: str) -> None:
            self._guarded(lambda w: w.add_own_main(text, origin=self))

        self._ask(self.app.t("choice.add_main_title"), "", add)

    def _own_text(self, question_id: str) -> str:
        session = self.app.live.session
        sub = next((q.text for q in session.own_questions if q.id == question_id), None)
        return sub if sub is not None else next(m.title for m in session.own_main_questions if m.id == question_id)

    def _edit(self, ref: NodeRef) -> None:

        def rename(text: str) -> None:
            self._guarded(lambda w: w.rename_own(ref.question_id, text, origin=self), ref.question_id)

        self._ask(self.app.t("choice.edit_title", id=ref.question_id), self._own_text(ref.question_id), rename)

    def _delete(self, ref: NodeRef) -> None:
        live, t = self.app.live, self.app.t
        blocker = choice.removal_blocker(live.session, ref.question_id)
        if blocker is not None:
            self.notify(t(f"choice.blocked_{blocker.value}", id=ref.question_id), severity="warning", timeout=8)
            return

        def done(yes: bool | None) -> None:
            if yes:
                self._guarded(lambda w: w.remove_own(ref.question_id, origin=self))

        question = t("choice.confirm_delete", id=ref.question_id, text=escape(self._own_text(ref.question_id)))
        self.app.push_screen(ConfirmScreen(question, t("confirm.yes"), t("confirm.no")), done)
