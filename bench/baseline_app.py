"""The startup baseline: a minimal Textual app with a Tree, a TextArea and a DataTable.

Run as a script by bench/startup.py in a pseudo-terminal, the same way as politirad;
the marker string in the table header tells the harness the first frame is painted.
Given a session file, it first loads it with politirad.sessions.storage.store (pydantic validation): the
"floor" any app on our data layer pays before its own interface. The load runs with
the collector held back as politirad holds it (tui/startup_gc.py), so the floor is a
true lower bound for politirad's start.
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import DataTable, TextArea, Tree

MARKER = "baseline-ready"


class BaselineApp(App[None]):
    """The three widget kinds politirad's meeting screen is built from, and nothing else."""

    def compose(self) -> ComposeResult:
        with Horizontal():
            tree: Tree[None] = Tree("questions")
            tree.root.expand()
            tree.root.add_leaf("1.1")
            yield tree
            with Vertical():
                yield TextArea("note")
                yield DataTable()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns(MARKER, "status")
        table.add_row("T1", "pågår")


if __name__ == "__main__":
    import sys

    if len(sys.argv) > 1:
        from pathlib import Path

        from politirad.sessions.storage import store
        from politirad.tui import startup_gc

        startup_gc.hold()
        store.load(Path(sys.argv[1]))
        startup_gc.settle()
    BaselineApp().run()
