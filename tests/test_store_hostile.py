"""Hostile and broken session files: one clear line, exit 2, and the file left as it was.

Runs the real command line in a subprocess, as a person would meet it, for `check`
and `open` (which must refuse the file before any app or lock appears).
"""

from __future__ import annotations

import hashlib
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from politirad.models.catalogue import LANGUAGES
from politirad.sessions.storage import store
from politirad.sessions.errors import SessionFileError
from tests.cli_helpers import ENTRY

VALID_HEAD = "schema_version = 1\ndate = 2026-11-24\n"

HOSTILE: dict[str, tuple[bytes, str]] = {
    "invalid-toml": (f'{VALID_HEAD}facilitator = "unclosed\n'.encode(), "invalid TOML"),
    "duplicate-key": (f"{VALID_HEAD}date = 2026-11-25\n".encode(), "invalid TOML"),
    "wrong-type": (f'{VALID_HEAD}time_budget_minutes = "lots"\n'.encode(), "field time_budget_minutes"),
    "wrong-date": (b'schema_version = 1\ndate = "next tuesday"\n', "field date: must be a date"),
    "wrong-table": (f"{VALID_HEAD}council = 7\n".encode(), "field council"),
    "version-text": (b'schema_version = "1"\ndate = 2026-11-24\n', "schema_version: must be a whole number"),
    "unknown-key": (f'{VALID_HEAD}colour = "red"\n'.encode(), "field colour: unknown field"),
    "unknown-nested-key": (
        f'{VALID_HEAD}[council]\nname = "X"\nmayor = "Y"\n'.encode(),
        "field council.mayor: unknown field",
    ),
    "future-version": (b"schema_version = 99\ndate = 2026-11-24\n", "schema_version 99"),
    "version-zero": (b"schema_version = 0\ndate = 2026-11-24\n", "schema_version 0"),
    "no-version": (b'date = 2026-11-24\nfacilitator = "A"\n', "not a politirad session file"),
    "binary-garbage": (random.Random(7).randbytes(4096), ""),
    "nul-bytes": (VALID_HEAD.encode() + b"\x00\x00\x01\x02", "binary data"),
    "not-utf8": (f'{VALID_HEAD}facilitator = "Åse Ødegård"\n'.encode("latin-1"), "not UTF-8"),
    "utf16": (f"{VALID_HEAD}".encode("utf-16"), ""),
    "empty": (b"", "empty"),
    "whitespace-only": (b"  \n\t\n", "empty"),
    "deep-nesting": (b"x = " + b"[" * 5000 + b"]" * 5000 + b"\n", "nested too deeply"),
    "control-char-key": (f'{VALID_HEAD}"a\\nb\\u001b[31m" = 1\n'.encode(), "unknown field"),
    "unknown-question": (f'{VALID_HEAD}[answers."9.9"]\nnote = "x"\n'.encode(), "unknown question id"),
    "array-at-top": (b"[[schema_version]]\n", ""),
}

BIG = 30 * 1024 * 1024


def politirad(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    """This Python straight into the entry point: skips the console-script shim, 44 runs."""
    env = {**os.environ, "POLITIRAD_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-c", ENTRY, *args],
        capture_output=True, text=True, env=env, timeout=60, stdin=subprocess.DEVNULL,
    )


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _assert_one_line_refusal(result: subprocess.CompletedProcess[str], path: Path, expected: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"politirad: {path}: ")
    assert expected in lines[0]
    assert result.stdout == ""


@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    for name, (data, _) in HOSTILE.items():
        (folder / f"{name}.toml").write_bytes(data)
    with open(folder / "huge.toml", "wb") as handle:
        handle.write(VALID_HEAD.encode())
        handle.write(b"# " + b"x" * (BIG - 40) + b"\n")
    return folder


CASES = [*HOSTILE, "huge"]


@pytest.mark.parametrize("command", ["check", "open"])
@pytest.mark.parametrize("name", CASES)
def test_hostile_file_gets_one_line_exit_2_and_stays_byte_for_byte(
    hostile_dir: Path, tmp_path: Path, name: str, command: str
) -> None:
    path = hostile_dir / f"{name}.toml"
    before = _sha(path)
    listing = sorted(p.name for p in hostile_dir.iterdir())
    expected = "30.0 MB" if name == "huge" else HOSTILE[name][1]
    result = politirad("--lang", "en", command, str(path), home=tmp_path / "home")
    _assert_one_line_refusal(result, path, expected)
    assert _sha(path) == before
    assert sorted(p.name for p in hostile_dir.iterdir()) == listing, "no lock, journal or backup"


@pytest.mark.parametrize("name", CASES)
def test_loader_raises_only_session_file_error_with_a_short_line(hostile_dir: Path, name: str) -> None:
    path = hostile_dir / f"{name}.toml"
    with pytest.raises(SessionFileError) as caught:
        store.load(path)
    for lang in LANGUAGES:
        reason = caught.value.reason(lang)
        assert "\n" not in reason and 0 < len(reason) <= store.MAX_MESSAGE_CHARS, (lang, reason)


def test_control_characters_from_a_key_are_escaped_not_printed(hostile_dir: Path) -> None:
    with pytest.raises(SessionFileError) as caught:
        store.load(hostile_dir / "control-char-key.toml")
    assert "\x1b" not in caught.value.message
    assert "\\n" in caught.value.message


def test_unknown_keys_are_refused_not_dropped(tmp_path: Path) -> None:
    """Decision: an unknown key is refused (likely a typo) rather than silently lost on save."""
    path = tmp_path / "typo.toml"
    path.write_text(f'{VALID_HEAD}[answers."1.1"]\nnotes = "typo for note"\n', encoding="utf-8")
    with pytest.raises(SessionFileError, match=r'answers\."1\.1"\.notes: unknown field'):
        store.load(path)


def test_a_folder_or_missing_file_is_one_line_too(tmp_path: Path) -> None:
    (tmp_path / "folder.toml").mkdir()
    for name, expected in (("folder.toml", "ikke en fil"), ("missing.toml", "filen finnes ikke")):
        result = politirad("check", str(tmp_path / name), home=tmp_path / "home")
        _assert_one_line_refusal(result, tmp_path / name, expected)


def test_valid_file_passes_check(tmp_path: Path) -> None:
    path = tmp_path / "ok.toml"
    path.write_text(f'{VALID_HEAD}[council]\nname = "Politirådet i Lillevik"\n', encoding="utf-8")
    result = politirad("check", str(path), home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    assert "ok" in result.stdout
