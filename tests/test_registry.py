"""The document registry: one entry per document feeds the CLI; documents share parts
through one module and never import each other; no document speaks the app's keys."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from politirad.sessions.documents import registry
from politirad.sessions.documents.export import render_file
from politirad.sessions.documents.model import Document
from tests.cli_helpers import politirad
from tests.docs_support import SAMPLES, sample

DOCUMENTS_DIR = Path(registry.__file__).parent
SAMPLE_NAMES = sorted(p.stem.removeprefix("docs_") for p in SAMPLES.glob("docs_*.toml"))
UI_HINTS = re.compile(r"\(F\d{1,2}\)|\bF\d{1,2}\b|★|Ctrl\+|\(m\)|Shift\+")


def test_every_entry_is_a_cli_subcommand_with_its_help() -> None:
    result = politirad("--lang", "en", "--help")
    for spec in registry.DOCUMENTS.values():
        assert re.search(rf"^\s+{spec.name}\s", result.stdout, re.M), spec.name
        assert spec.help[:30] in " ".join(result.stdout.split())


def test_entries_have_distinct_names_and_suffixes() -> None:
    specs = list(registry.DOCUMENTS.values())
    assert len({s.suffix for s in specs}) == len(specs)
    assert [s.name for s in specs] == ["draft", "minutes", "prep"]
    assert registry.DOCUMENTS["draft"].options == ("against",)


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_every_document_builds_from_every_sample(name: str) -> None:
    for kind in registry.DOCUMENTS:
        assert isinstance(registry.build_document(sample(name), kind), Document)


def test_an_option_a_document_does_not_take_is_refused() -> None:
    with pytest.raises(ValueError, match="minutes takes no option against"):
        registry.build_document(sample("full"), "minutes", against="x")
    with pytest.raises(ValueError, match="unknown document kind"):
        registry.build_document(sample("full"), "letter")


@pytest.mark.parametrize("name", SAMPLE_NAMES)
@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_no_document_names_an_app_key_or_ui_hint(name: str, fmt: str) -> None:
    for kind in registry.DOCUMENTS:
        text = render_file(sample(name), kind, include_confidential=True, fmt=fmt)  # type: ignore[arg-type]
        assert isinstance(text, str)
        assert UI_HINTS.findall(text) == [], (kind, UI_HINTS.findall(text))


def test_documents_do_not_import_their_siblings() -> None:
    """Shared parts live in parts.py; a document module imports no other document."""
    documents = {"draft", "minutes", "prep"}
    for name in documents:
        tree = ast.parse((DOCUMENTS_DIR / f"{name}.py").read_text(encoding="utf-8"))
        imported = {
            node.module.rsplit(".", 1)[-1]
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module
        }
        assert imported & (documents - {name}) == set(), name


def test_document_words_live_in_the_catalogue() -> None:
    """No document module carries its own word table; their words are catalogue keys."""
    from politirad.sessions.documents.words import words

    assert "deadline" in set(words("nn")) and words("nb")["deadline"] == "Frist"
    for name in ("draft", "minutes", "prep", "parts", "against", "layout", "office"):
        source = (DOCUMENTS_DIR / f"{name}.py").read_text(encoding="utf-8")
        assert "_WORDS = " not in source and '"nb":' not in source and '"en":' not in source, name


def test_registering_the_commands_loads_no_document_module() -> None:
    """Every politirad start reads the registry; a document's module loads on use."""
    import subprocess
    import sys

    code = (
        "import sys, politirad.tui.cli.document_cmds; "
        "print(sorted(m for m in sys.modules if m.startswith('politirad.sessions.documents.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "draft" not in out and "minutes" not in out and "docx" not in out, out
