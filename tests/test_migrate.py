"""Older session layouts: migrated in memory by readers, persisted with the original kept.

politirad's first layout is version 1, so these tests register a synthetic version 0
(the council as a bare string, notes as a flat table) the way a real migration will be
registered when the layout changes.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from politirad.models.session import SCHEMA_VERSION
from politirad.sessions.storage import migrate, store
from politirad.sessions.errors import SessionFileError, SessionWriteError
from politirad.sessions.storage.opening import open_session
from tests.cli_helpers import politirad

V0_FILE = """schema_version = 0
date = 2025-11-20
council = "Politirådet i Lillevik"

[notes]
"1.1" = "Vi møtes fire ganger i året."
"2.3" = "Referat sendes ut etter hvert møte."
"""


def _v0_to_v1(doc: dict[str, Any]) -> dict[str, Any]:
    doc["council"] = {"name": doc.pop("council")}
    doc["answers"] = {qid: {"note": text} for qid, text in doc.pop("notes", {}).items()}
    return doc


@pytest.fixture
def with_v0(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(migrate.MIGRATIONS, 0, _v0_to_v1)


@pytest.fixture
def v0_file(tmp_path: Path) -> Path:
    path = tmp_path / "2025-11-20-politiradet-i-lillevik.toml"
    path.write_text(V0_FILE, encoding="utf-8")
    return path


def test_reading_an_old_file_migrates_in_memory_and_writes_nothing(with_v0: None, v0_file: Path) -> None:
    before = v0_file.read_bytes()
    loaded = store.load_detailed(v0_file)
    assert loaded.found_version == 0 and loaded.needs_upgrade
    assert loaded.session.schema_version == SCHEMA_VERSION
    assert loaded.session.council.name == "Politirådet i Lillevik"
    assert loaded.session.answer("2.3").note == "Referat sendes ut etter hvert møte."
    assert v0_file.read_bytes() == before
    assert sorted(p.name for p in v0_file.parent.iterdir()) == [v0_file.name]


def test_opening_an_old_file_upgrades_it_and_keeps_the_original(with_v0: None, v0_file: Path) -> None:
    original = v0_file.read_bytes()
    opened = open_session(v0_file)
    try:
        assert opened.upgraded_from == 0
        assert opened.original_copy == v0_file.with_name(v0_file.name + ".v0")
        assert opened.original_copy.read_bytes() == original
        assert 'schema_version = 1' in v0_file.read_text(encoding="utf-8")
        assert store.load(v0_file).answer("1.1").note == "Vi møtes fire ganger i året."
        assert not opened.live.dirty
    finally:
        opened.live.close()


def test_a_second_upgrade_never_overwrites_the_first_copy(with_v0: None, v0_file: Path) -> None:
    copy = v0_file.with_name(v0_file.name + ".v0")
    copy.write_bytes(b"an older copy a person kept")
    opened = open_session(v0_file)
    opened.live.close()
    assert copy.read_bytes() == b"an older copy a person kept"
    assert opened.original_copy == v0_file.with_name(v0_file.name + ".v0-2")


def test_without_a_migration_path_the_version_is_named(v0_file: Path) -> None:
    with pytest.raises(SessionFileError, match="schema_version 0 is older than any politirad"):
        store.load(v0_file)


def test_a_migration_that_breaks_on_a_hand_edited_file_is_a_file_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(migrate.MIGRATIONS, 0, _v0_to_v1)
    path = tmp_path / "odd.toml"
    path.write_text("schema_version = 0\ndate = 2025-11-20\n", encoding="utf-8")
    with pytest.raises(SessionFileError, match="cannot upgrade from schema_version 0: KeyError"):
        store.load(path)


def test_upgrade_is_refused_whole_when_the_original_cannot_be_kept(
    with_v0: None, v0_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = hashlib.sha256(v0_file.read_bytes()).hexdigest()

    def refuse(path: Path, raw: bytes, version: int) -> Path:
        raise SessionWriteError("error.cannot_keep_original", path, reason="No space left")

    monkeypatch.setattr("politirad.sessions.storage.opening.keep_original", refuse)
    with pytest.raises(SessionWriteError):
        open_session(v0_file)
    assert hashlib.sha256(v0_file.read_bytes()).hexdigest() == before
    assert not v0_file.with_name(v0_file.name + ".lock").exists()


def test_check_reads_an_old_file_without_writing(tmp_path: Path) -> None:
    """Through the real CLI the table is empty, so version 0 is refused naming it."""
    path = tmp_path / "old.toml"
    path.write_text(V0_FILE, encoding="utf-8")
    result = politirad("--lang", "en", "check", str(path))
    assert result.returncode == 2
    assert "schema_version 0" in result.stderr
    assert path.read_text(encoding="utf-8") == V0_FILE
