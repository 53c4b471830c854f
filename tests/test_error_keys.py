"""Every error politirad raises is a catalogue key, checked in the source, not at run time.

A `SessionError` (or a subclass) made with a literal sentence, or with an f-string,
would show that text in every language; made with a key the catalogue lacks it would
show the key. Both are found here by reading the code with `ast`, so an error path
no test happens to reach is covered too. `argparse.ArgumentTypeError` is held to the
same rule: its text must come from `tr(...)`.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from politirad.models.catalogue import CATALOGUE

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted([*ROOT.glob("sessions/**/*.py"), *ROOT.glob("tui/**/*.py")])


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def error_classes(trees: list[ast.Module]) -> set[str]:
    """SessionError and every class that derives from it, however deep, by name."""
    found = {"SessionError"}
    changed = True
    while changed:
        changed = False
        for tree in trees:
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.ClassDef)
                    and node.name not in found
                    and any(_name(base) in found for base in node.bases)
                ):
                    found.add(node.name)
                    changed = True
    return found


def bad_raises(tree: ast.Module, classes: set[str], catalogue: dict[str, object]) -> list[str]:
    """`line: why` for every construction of an error class whose first argument is a
    sentence or unknown key, and every ArgumentTypeError with literal text."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name, first = _name(node.func), node.args[0]
        if name in classes:
            if isinstance(first, ast.JoinedStr):
                found.append(f"{node.lineno}: {name} with an f-string, not a key")
            elif isinstance(first, ast.Constant) and isinstance(first.value, str) and first.value not in catalogue:
                found.append(f"{node.lineno}: {name}({first.value!r}) is not a catalogue key")
        elif name == "ArgumentTypeError" and isinstance(first, (ast.Constant, ast.JoinedStr)):
            found.append(f"{node.lineno}: ArgumentTypeError with literal text, not tr(...)")
    return found


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"))


TREES = {path: _tree(path) for path in SOURCES}
CLASSES = error_classes(list(TREES.values()))


def test_the_error_classes_are_found() -> None:
    assert {"SessionFileError", "SessionWriteError", "SessionLockedError", "KeySetupError", "ShareError"} <= CLASSES


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_error_raised_is_a_catalogue_key(path: Path) -> None:
    assert bad_raises(TREES[path], CLASSES, CATALOGUE) == []


def test_a_planted_sentence_an_f_string_and_an_unknown_key_are_found() -> None:
    planted = ast.parse(
        "class OddError(SessionFileError): pass\n"
        "raise SessionFileError('no such file', path)\n"
        "raise OddError(f'cannot read: {x}')\n"
        "raise SessionError('error.no_such_thing')\n"
        "raise SessionError('error.no_such_file', path)\n"
        "raise argparse.ArgumentTypeError('not a port')\n"
    )
    classes = error_classes([*TREES.values(), planted])
    assert bad_raises(planted, classes, CATALOGUE) == [
        "2: SessionFileError('no such file') is not a catalogue key",
        "3: OddError with an f-string, not a key",
        "4: SessionError('error.no_such_thing') is not a catalogue key",
        "6: ArgumentTypeError with literal text, not tr(...)",
    ]
