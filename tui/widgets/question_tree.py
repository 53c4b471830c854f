"""The question tree pane: main questions that expand to sub-questions, with marks."""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from rich.text import Text
from textual.geometry import Region
from textual.message import Message
from textual.strip import Strip
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from politirad.models.catalogue import language
from politirad.models.session import Session
from politirad.models.tree import MainNode, question_tree
from politirad.tui.widgets.focus_styles import StyleFingerprints
from politirad.tui.widgets.kept_scrollbars import KeptScrollbars

ANSWERED = "●"
EMPTY = "○"


@dataclass(frozen=True, slots=True)
class NodeRef:
    """What a tree node stands for: a main question or a sub-question."""

    question_id: str
    is_sub: bool


class QuestionNodesTree(KeptScrollbars, Tree[NodeRef]):
    """A tree of main and sub-questions without a visible root; the meeting's tree and
    the choice-of-questions tree share this look."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("politirad", id=id)
        self._style_fingerprints = StyleFingerprints()
        self.show_root = False
        self.guide_depth = 2

    def notify_style_update(self) -> None:
        """Restyled (focus came or went): repaint, but keep the tree's lines.

        Textual's Tree rebuilds all its lines on every style update, measuring every
        label; a focus change is one, so Tab cost 55-75 ms at 2,000 questions (issue 16).
        The lines hold structure and widths, which no style changes. The rendered
        lines are cached per focus state, so they stay too unless the styles of the
        state changed, checked at the next render (tui/widgets/focus_styles.py).
        """
        super(Tree, self).notify_style_update()
        self._style_fingerprints.restyled()
        self.refresh()

    def render_lines(self, crop: Region) -> list[Strip]:
        self._style_fingerprints.before_render(self, self._line_cache.clear)
        return super().render_lines(crop)

    def get_label_width(self, node: TreeNode[NodeRef]) -> int:
        """The width Textual's Tree measures by rendering the label: its cells plus the
        expand icon. Rebuilding the lines measures every label (issue 16)."""
        width = node.label.cell_len
        if node.allow_expand:
            width += cell_len(self.ICON_NODE_EXPANDED if node.is_expanded else self.ICON_NODE)
        return width


class QuestionTree(QuestionNodesTree):
    """Shows the session's questions; the app rebuilds labels when notes change."""

    class SubQuestionChosen(Message):
        """Enter on a sub-question: the screen moves the cursor into its note."""

        def __init__(self, question_id: str) -> None:
            self.question_id = question_id
            super().__init__()

    class Highlighted(Message):
        """The cursor moved to another node; the note pane follows it."""

        def __init__(self, ref: NodeRef | None) -> None:
            self.ref = ref
            super().__init__()

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._sub_nodes: dict[str, TreeNode[NodeRef]] = {}
        self._main_nodes: dict[str, TreeNode[NodeRef]] = {}
        self._mains: tuple[MainNode, ...] = ()
        self._main_of: dict[str, MainNode] = {}
        """The main question holding each shown sub-question."""
        self._sub_text: dict[str, str] = {}
        self._progress: tuple[int, int] | None = None

    def rebuild(self, session: Session, lang: str) -> None:
        """Rebuild the whole tree (questions added, left out or language changed)."""
        expanded = {qid for qid, node in self._main_nodes.items() if node.is_expanded}
        current = self.cursor_node.data.question_id if self.cursor_node and self.cursor_node.data else None
        self.clear()
        self._sub_nodes.clear()
        self._main_nodes.clear()
        self._main_of.clear()
        self._sub_text.clear()
        self._mains = question_tree(session, language(lang))
        for main in self._mains:
            node = self.root.add(
                self._main_label(main, session),
                data=NodeRef(main.id, False),
                expand=not expanded or main.id in expanded,
            )
            self._main_nodes[main.id] = node
            for sub in main.included_subs():
                self._main_of[sub.id] = main
                self._sub_text[sub.id] = sub.text
                self._sub_nodes[sub.id] = node.add_leaf(
                    self._sub_label(sub.id, sub.text, session), data=NodeRef(sub.id, True)
                )
        if current:
            self.select_question(current)
        self._show_progress(session)

    def _show_progress(self, session: Session) -> None:
        """The whole meeting's progress under the pane: answered of chosen sub-questions."""
        chosen = [s.id for m in self._mains for s in m.included_subs()]
        done = sum(1 for qid in chosen if session.answer(qid).note.strip())
        style = "green" if chosen and done == len(chosen) else ""
        if (done, len(chosen)) != self._progress:  # a border title repaints the whole tree
            self._progress = (done, len(chosen))
            self.border_subtitle = Text(f"{ANSWERED} {done}/{len(chosen)}", style=style)

    def refresh_marks(self, session: Session, question_id: str | None = None) -> None:
        """Update the answered marks and counts without rebuilding the tree.

        A label is set only when its text differs, so a keystroke that neither fills
        nor empties a note leaves the tree unpainted (see bench/keystrokes.py).
        """
        if question_id is None:
            for main in self._mains:
                for sub in main.included_subs():
                    self._relabel_sub(sub.id, sub.text, session)
                _relabel(self._main_nodes[main.id], self._main_label(main, session))
            self._show_progress(session)
            return
        main = self._main_of.get(question_id)
        # a main's count and the progress change only with a sub's mark: a keystroke
        # that neither fills nor empties the note counts nothing (bench/keystrokes.py)
        if main is not None and self._relabel_sub(question_id, self._sub_text[question_id], session):
            _relabel(self._main_nodes[main.id], self._main_label(main, session))
            self._show_progress(session)

    def refresh_answer(self, session: Session, question_id: str) -> bool:
        """An answer's marks changed (confidential, included): relabel its line if that
        is all it takes; False when the tree must be rebuilt (it was included or left
        out). Ctrl+T used to rebuild the tree and the measures table (issue 16)."""
        if session.answer(question_id).included != (question_id in self._sub_nodes):
            return False
        if question_id in self._sub_nodes:
            self.refresh_marks(session, question_id)
        return True

    def _relabel_sub(self, question_id: str, text: str, session: Session) -> bool:
        node = self._sub_nodes.get(question_id)
        return node is not None and _relabel(node, self._sub_label(question_id, text, session))

    def select_question(self, question_id: str) -> bool:
        """Move the cursor to a sub-question (expanding its main); False if hidden."""
        node = self._sub_nodes.get(question_id) or self._main_nodes.get(question_id)
        if node is None:
            return False
        if node.parent is not None and not node.parent.is_root and not node.parent.is_expanded:
            node.parent.expand()  # rebuilds every line of the tree: only when it must
        if node.line >= 0:
            self.move_cursor(node)
            return True
        # Freshly built nodes: Textual numbers the lines lazily, on the next idle.
        # Asking for a line numbers them now, so a key pressed in the first frame
        # already acts on this question and not on the tree's first line; scrolling
        # to it waits for the next refresh, when the tree knows its height.
        self.get_node_at_line(0)
        self.cursor_line = node.line
        self.call_after_refresh(self._scroll_to_cursor)
        return True

    def _scroll_to_cursor(self) -> None:
        """Wherever the cursor is by now: a key may already have moved it on."""
        if self.cursor_node is not None:
            self.scroll_to_node(self.cursor_node, animate=False)

    def visible_ids(self) -> set[str]:
        """Ids of the sub-questions shown (included ones)."""
        return set(self._sub_nodes)

    @staticmethod
    def _sub_label(question_id: str, text: str, session: Session) -> Text:
        answer = session.answer(question_id)
        mark = ANSWERED if answer.note.strip() else EMPTY
        label = Text()
        label.append(f"{mark} ", style="green" if answer.note.strip() else "dim")
        label.append(f"{question_id} ", style="bold")
        if answer.confidential:
            label.append("🔒 ")
        label.append(text)
        return label

    @staticmethod
    def _main_label(main: MainNode, session: Session) -> Text:
        subs = main.included_subs()
        done = sum(1 for s in subs if session.answer(s.id).note.strip())
        label = Text()
        label.append(f"{main.id} ", style="bold")
        label.append(main.title, style="bold")
        label.append(f" ({done}/{len(subs)})", style="green" if subs and done == len(subs) else "dim")
        return label

    def on_tree_node_selected(self, event: Tree.NodeSelected[NodeRef]) -> None:
        """Enter on a sub-question opens its note; on a main it just toggles."""
        ref = event.node.data
        if ref is not None and ref.is_sub:
            event.stop()
            self.post_message(self.SubQuestionChosen(ref.question_id))

    def on_tree_node_highlighted(self, event: Tree.NodeHighlighted[NodeRef]) -> None:
        event.stop()
        self.post_message(self.Highlighted(event.node.data))


def _relabel(node: TreeNode[NodeRef], label: Text) -> bool:
    """Set a label only when its text changes (the styles follow the text here)."""
    if node.label.plain == label.plain:
        return False
    node.set_label(label)
    return True
