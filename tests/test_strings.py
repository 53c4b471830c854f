"""The interface's side of the one catalogue: every language everywhere, nothing hard-coded."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from politirad.tui.i18n import LANGUAGES, tr
from politirad.models.catalogue import CATALOGUE as STRINGS
from politirad.models.catalogue.parts import PARTS

TUI = Path(__file__).resolve().parents[1] / "tui"
VIEW_MODULES = sorted(
    [
        *TUI.glob("screens/*.py"),
        *TUI.glob("widgets/*.py"),
        *TUI.glob("ssh/*.py"),
        TUI / "app.py",
        TUI / "browse.py",
        TUI / "commands.py",
        TUI / "keys.py",
    ]
)
NORWEGIAN_LETTERS = re.compile(r"[æøåÆØÅ]")
CATALOGUE_KEY = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_no_key_is_defined_in_two_parts_of_the_catalogue() -> None:
    seen: set[str] = set()
    for part in PARTS:
        assert not seen & set(part), sorted(seen & set(part))
        seen |= set(part)
    assert seen == set(STRINGS)


def test_every_key_has_every_language() -> None:
    missing = [key for key, entry in STRINGS.items() if any(not entry.get(lang, "").strip() for lang in LANGUAGES)]
    assert missing == []


def test_every_language_takes_the_same_placeholders() -> None:
    mismatched = [
        key for key, entry in STRINGS.items() if any(_fields(entry["nb"]) != _fields(entry[lang]) for lang in LANGUAGES)
    ]
    assert mismatched == []


def test_lookup_falls_back_to_the_key_and_formats_values() -> None:
    assert tr("en", "help.title", pane="X") == "Keys – X"


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the string nodes that are docstrings (modules, classes, functions, attributes)."""
    found: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if not isinstance(body, list):
            continue
        for stmt in body:
            value = stmt.value if isinstance(stmt, ast.Expr) else None
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                found.add(id(value))
    return found


def _strings(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _docstrings(tree)
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip
    ]


@pytest.mark.parametrize("path", VIEW_MODULES, ids=lambda p: str(p.relative_to(TUI)))
def test_no_hard_coded_norwegian_in_screens_and_widgets(path: Path) -> None:
    """User-facing text comes from the catalogue; a Norwegian letter in code is a leak."""
    leaks = [f"{path.name}:{line}: {text!r}" for line, text in _strings(path) if NORWEGIAN_LETTERS.search(text)]
    assert leaks == []


SELF_TRANSLATING = {"CatalogueStatic", "CatalogueLabel", "ScreenTitle"}


def _used_keys(path: Path) -> list[tuple[int, str]]:
    """Literal catalogue keys passed to t()/tr(), used as Binding descriptions, or given
    to the labels that translate themselves (CatalogueStatic, CatalogueLabel,
    ScreenTitle: their arguments after the translate function)."""
    used: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        if name in SELF_TRANSLATING:
            args = node.args[1:]
        elif name in {"t", "tr", "_t", "Binding"}:
            args = node.args[1:] if name == "tr" else node.args[2:3] if name == "Binding" else node.args[:1]
        else:
            continue
        for arg in args:
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and CATALOGUE_KEY.match(arg.value):
                used.append((node.lineno, arg.value))
    return used


@pytest.mark.parametrize("path", VIEW_MODULES, ids=lambda p: str(p.relative_to(TUI)))
def test_every_key_used_in_code_is_in_the_catalogue(path: Path) -> None:
    unknown = [f"{path.name}:{line}: {key}" for line, key in _used_keys(path) if key not in STRINGS]
    assert unknown == []
