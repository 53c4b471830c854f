"""Private on every write: files 0600, politirad's own folders 0700, shared folders untouched."""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from politirad.models.factory import new_session
from politirad.models.session import Session
from politirad.sessions.storage import store
from politirad.sessions.live.journal import journal_path, write_journal
from politirad.sessions.storage.lock import acquire, lock_path
from politirad.sessions.storage.migrate import keep_original
from politirad.sessions.storage.naming import backup_path
from tests.cli_helpers import politirad


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _session() -> Session:
    return new_session(dt.date(2026, 11, 24), "Politirådet i Lillevik")


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The loosest umask a user might have: nothing may rely on it."""
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def test_every_file_politirad_writes_is_0600(tmp_path: Path, open_umask: None) -> None:
    path = tmp_path / "s.toml"
    store.save(_session(), path)
    store.save(_session(), path)
    write_journal(_session(), path)
    lock = acquire(path)
    copy = keep_original(path, b"schema_version = 0\n", 0)
    for written in (path, backup_path(path), journal_path(path), lock_path(path), copy):
        assert _mode(written) == 0o600, written.name
    lock.release()


def test_a_loosened_file_is_made_private_again_on_the_next_save(tmp_path: Path) -> None:
    path = tmp_path / "s.toml"
    store.save(_session(), path)
    path.chmod(0o644)
    store.save(_session(), path)
    assert _mode(path) == 0o600
    assert _mode(backup_path(path)) == 0o600


def test_default_folder_is_created_0700_and_kept_so(politirad_home: Path, open_umask: None) -> None:
    path = politirad_home / "s.toml"
    store.save(_session(), path)
    assert _mode(politirad_home) == 0o700
    politirad_home.chmod(0o755)
    store.save(_session(), path)
    assert _mode(politirad_home) == 0o700


def test_a_folder_politirad_creates_is_0700(tmp_path: Path, open_umask: None) -> None:
    folder = tmp_path / "arkiv" / "2026"
    store.save(_session(), folder / "s.toml")
    assert _mode(folder) == 0o700
    assert _mode(folder.parent) == 0o700, "parents politirad made are its own too"
    folder.chmod(0o750)
    store.save(_session(), folder / "s.toml")
    assert _mode(folder) == 0o700


def test_a_folder_the_user_chose_keeps_its_mode(tmp_path: Path) -> None:
    folder = tmp_path / "delt"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    store.save(_session(), folder / "s.toml")
    assert _mode(folder) == 0o755
    assert _mode(folder / "s.toml") == 0o600


def test_a_sticky_shared_folder_is_never_chmodded_even_as_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = tmp_path / "shared-tmp"
    shared.mkdir()
    shared.chmod(0o1777)
    monkeypatch.setenv("POLITIRAD_HOME", str(shared))
    store.save(_session(), shared / "s.toml")
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777


def test_the_home_folder_is_never_chmodded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "user"
    home.mkdir()
    home.chmod(0o755)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("POLITIRAD_HOME", str(home))
    store.save(_session(), home / "s.toml")
    assert _mode(home) == 0o755


def test_cli_new_writes_a_private_file_in_a_private_folder(politirad_home: Path) -> None:
    result = politirad("new", "--no-open", "--council", "Politirådet i Lillevik", "--date", "2026-11-24")
    assert result.returncode == 0, result.stderr
    path = Path(result.stdout.strip())
    assert path.parent == politirad_home
    assert _mode(path) == 0o600
    assert _mode(politirad_home) == 0o700
