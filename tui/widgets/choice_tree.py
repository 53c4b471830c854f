"""The question tree of the choice screen: every question, included or left out.

Unlike the meeting tree it shows left-out questions too (dimmed, unticked), so they
can be taken back in. Keys post one `Requested` message; the screen does the change.
"""

from __future__ import annotations

from enum import StrEnum

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets.tree import TreeNode

from politirad.models.catalogue import language
from politirad.models.session import Session
from politirad.models.tree import MainNode, SubNode, question_tree
from politirad.tui.widgets.question_tree import NodeRef, QuestionNodesTree

TICKED = "[x]"
UNTICKED = "[ ]"
PARTLY = "[-]"
OWN = "✎ "


class ChoiceOp(StrEnum):
    """What the person asked for on the node under the cursor."""

    TOGGLE = "toggle"
    ADD_SUB = "add_sub"
    ADD_MAIN = "add_main"
    EDIT = "edit"
    DELETE = "delete"
    UP = "up"
    DOWN = "down"


class ChoiceTree(QuestionNodesTree):
    """All main and sub-questions with a tick for 'included'; own questions marked ✎."""

    BINDINGS = [
        Binding("space", "request('toggle')", "key.choice_toggle", key_display="Space"),
        Binding("a", "request('add_sub')", "key.choice_add_sub"),
        Binding("n", "request('add_main')", "key.choice_add_main"),
        Binding("e", "request('edit')", "key.choice_edit"),
        Binding("delete", "request('delete')", "key.choice_delete"),
        Binding("shift+up", "request('up')", "key.choice_up", key_display="Shift+↑"),
        Binding("shift+down", "request('down')", "key.choice_down", key_display="Shift+↓"),
    ]

    class Requested(Message):
        """Do `op` on the node `ref` (None when the tree is empty)."""

        def __init__(self, op: ChoiceOp, ref: NodeRef | None) -> None:
            self.op = op
            self.ref = ref
            super().__init__()

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._by_id: dict[str, TreeNode[NodeRef]] = {}

    def rebuild(self, session: Session, lang: str, cursor: str | None = None) -> None:
        """Redraw from the session, keeping the cursor on `cursor` or where it was."""
        current = cursor or (self.cursor_node.data.question_id if self.cursor_node and self.cursor_node.data else None)
        self.clear()
        self._by_id.clear()
        for main in question_tree(session, language(lang)):
            node = self.root.add(_main_label(main), data=NodeRef(main.id, False), expand=True)
            self._by_id[main.id] = node
            for sub in main.subs:
                self._by_id[sub.id] = node.add_leaf(_sub_label(sub), data=NodeRef(sub.id, True))
        if current in self._by_id:
            self.call_after_refresh(self._move_to, current)

    def _move_to(self, question_id: str) -> None:
        """Cursor to a node by id once lines are laid out (a later rebuild may have run)."""
        node = self._by_id.get(question_id)
        if node is not None:
            self.move_cursor(node)

    def current_ref(self) -> NodeRef | None:
        """What the cursor is on."""
        node = self.cursor_node
        return node.data if node is not None else None

    def action_request(self, op: str) -> None:
        self.post_message(self.Requested(ChoiceOp(op), self.current_ref()))


def _main_label(main: MainNode) -> Text:
    chosen = len(main.included_subs())
    mark = TICKED if main.subs and chosen == len(main.subs) else (PARTLY if chosen else UNTICKED)
    label = Text()
    label.append(f"{mark} ", style="bold" if chosen else "dim")
    if main.own:
        label.append(OWN, style="magenta")
    label.append(f"{main.id} {main.title}", style="bold")
    label.append(f" ({chosen}/{len(main.subs)})", style="dim")
    return label


def _sub_label(sub: SubNode) -> Text:
    label = Text(style="" if sub.included else "dim")
    label.append(f"{TICKED if sub.included else UNTICKED} ", style="bold green" if sub.included else "dim")
    if sub.own:
        label.append(OWN, style="magenta")
    label.append(f"{sub.id} ", style="bold")
    label.append(sub.text)
    return label
