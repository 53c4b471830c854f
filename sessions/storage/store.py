"""Read session TOML into models and write it back, atomically and privately.

A file that fails to load is never written to: the error names the file and the line
(TOML syntax) or the field (validation) so a person can mend it in an editor.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tomli_w
from pydantic import ValidationError

from politirad.models.session import SCHEMA_VERSION, Answer, Session
from politirad.sessions.storage.atomic import FILE_MODE, write_private
from politirad.sessions.errors import SessionFileError, SessionWriteError
from politirad.sessions.storage.migrate import upgrade
from politirad.sessions.storage.naming import backup_path

__all__ = ["FILE_MODE", "Loaded", "dumps", "load", "load_detailed", "parse_document", "save"]

MAX_FILE_BYTES = 10 * 1024 * 1024
"""A year's notes are kilobytes; anything this large is not a session file."""

MAX_MESSAGE_CHARS = 200
"""Error lines quote keys from the file; a hostile file must not flood the terminal."""


@dataclass(frozen=True, slots=True)
class Loaded:
    """A session with what opening it needs: the version found and the exact bytes."""

    session: Session
    found_version: int
    raw: bytes

    @property
    def needs_upgrade(self) -> bool:
        """True when the file was written by an older politirad (migrated in memory)."""
        return self.found_version < SCHEMA_VERSION


def load(path: Path) -> Session:
    """Load and validate a session file, or raise SessionFileError naming what is wrong."""
    return load_detailed(path).session


def load_detailed(path: Path) -> Loaded:
    """Load like `load`, keeping the found schema_version and the bytes read."""
    raw = read_bytes(path)
    session, found = parse_versioned(parse_toml(raw, path), path)
    return Loaded(session, found, raw)


def read_bytes(path: Path) -> bytes:
    """The file's bytes, refusing what cannot be a session: missing, not a file, huge."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise SessionFileError("no such file", path) from None
    except OSError as exc:
        raise SessionFileError(f"cannot read: {exc.strerror}", path) from None
    if not path.is_file():
        raise SessionFileError("not a file", path)
    if size > MAX_FILE_BYTES:
        raise SessionFileError(
            f"file is {size / 1024 / 1024:.1f} MB; a session file is at most "
            f"{MAX_FILE_BYTES // 1024 // 1024} MB",
            path,
        )
    try:
        return path.read_bytes()
    except OSError as exc:
        raise SessionFileError(f"cannot read: {exc.strerror}", path) from None


def parse_toml(raw: bytes, path: Path | None = None) -> dict[str, Any]:
    """Decode and parse bytes as a TOML table; every failure is a SessionFileError."""
    if not raw.strip():
        raise SessionFileError("file is empty, not a politirad session", path)
    nul = raw.find(b"\x00")
    if nul >= 0:
        raise SessionFileError(f"binary data, not a session file (NUL byte at offset {nul})", path)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SessionFileError(
            f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start})", path
        ) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SessionFileError(one_line(f"invalid TOML: {exc}"), path) from None
    except RecursionError:
        raise SessionFileError("invalid TOML: arrays or tables nested too deeply", path) from None


def parse_document(doc: dict[str, Any], path: Path | None = None) -> Session:
    """Validate a TOML table as a session (older versions migrated); errors name the field."""
    return parse_versioned(doc, path)[0]


def parse_versioned(doc: dict[str, Any], path: Path | None = None) -> tuple[Session, int]:
    """Validate a TOML table as a session, returning the schema_version it was found at."""
    version = doc.get("schema_version")
    if version is None:
        raise SessionFileError("not a politirad session file (no schema_version)", path)
    if not isinstance(version, int) or isinstance(version, bool):
        raise SessionFileError("field schema_version: must be a whole number", path)
    if version > SCHEMA_VERSION:
        raise SessionFileError(
            f"schema_version {version} is from a newer politirad (this one reads "
            f"up to {SCHEMA_VERSION}); upgrade politirad to open it",
            path,
        )
    doc, found = upgrade(doc, path)
    try:
        return Session.model_validate(doc), found
    except ValidationError as exc:
        raise SessionFileError(one_line(describe_validation_error(exc)), path) from None
    except RecursionError:
        raise SessionFileError("values nested too deeply", path) from None


def one_line(text: str) -> str:
    """Control characters escaped and length capped, so an error stays one short line."""
    escaped = "".join(
        ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text
    )
    if len(escaped) > MAX_MESSAGE_CHARS:
        escaped = escaped[: MAX_MESSAGE_CHARS - 1] + "…"
    return escaped


def describe_validation_error(exc: ValidationError) -> str:
    """The first problem as 'field a.b[0].c: message', plus how many more there are."""
    errors = exc.errors(include_url=False)
    first = errors[0]
    where = _format_loc(first["loc"])
    message = first["msg"]
    if first["type"] == "extra_forbidden":
        message = "unknown field (politirad does not know it; check the spelling)"
    elif first["type"] == "missing":
        message = "missing (required)"
    elif first["type"].startswith("date_"):
        message = "must be a date written YYYY-MM-DD, e.g. 2026-03-14"
    elif first["type"] == "value_error":
        message = message.removeprefix("Value error, ")
    text = f"field {where}: {message}" if where else message
    if len(errors) > 1:
        text += f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''})"
    return text


def _format_loc(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif out:
            out += f".{part}" if part.isidentifier() else f'."{part}"'
        else:
            out = str(part)
    return out


def to_document(session: Session) -> dict[str, Any]:
    """The TOML table for a session: no nulls, no default answers, ids not positions."""
    doc = session.model_dump(mode="python", exclude_none=True)
    doc["answers"] = {
        qid: session.answers[qid].model_dump(mode="python", exclude_defaults=True)
        for qid in session.answers
        if not session.answers[qid].is_default()
    }
    doc["actions"] = [
        {k: v for k, v in item.items() if v not in ("", False)} | {"status": item["status"]}
        for item in doc["actions"]
    ]
    return _drop_empty(_plain(doc))


def _drop_empty(doc: dict[str, Any]) -> dict[str, Any]:
    """Leave out empty lists and tables so a person reads only what the session holds."""
    out: dict[str, Any] = {}
    for key, value in doc.items():
        if isinstance(value, dict):
            value = _drop_empty(value)
        if value in ([], {}):
            continue
        out[key] = value
    return out


def _plain(value: Any) -> Any:
    """Plain str for StrEnums (the words users read), and line ends as LF.

    Multi-line TOML strings cannot hold a CR LF line end (a parser reads it as LF), so
    a note pasted with Windows line ends is saved with LF: the text is kept, the line
    end style is not. A lone CR is kept (written as an escape).
    """
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, str):
        return str(value).replace("\r\n", "\n")
    return value


def dumps(session: Session) -> str:
    """The session as TOML text, multi-line notes as multi-line strings."""
    return document_toml(to_document(session))


def document_toml(doc: dict[str, Any]) -> str:
    """A table from `to_document` as TOML text, multi-line notes as multi-line strings."""
    return tomli_w.dumps(doc, multiline_strings=True)


def answer_toml(question_id: str, answer: Answer) -> str:
    """One answer as its own table (`[answers."1.1"]`), written as `dumps` writes it.

    Appended after the rest of a session's TOML it reads back the same; the journal
    uses this to re-format only the notes that changed (sessions/journal.py).
    """
    doc = {"answers": {question_id: answer.model_dump(mode="python", exclude_defaults=True)}}
    return document_toml(_drop_empty(_plain(doc)))


def save(session: Session, path: Path) -> None:
    """Write atomically (temp file, fsync, replace), keeping the old file as .bak, 0600."""
    save_bytes(dumps(session).encode("utf-8"), path)


def save_bytes(data: bytes, path: Path) -> None:
    """Write a session's formatted TOML as `save` does; safe on a worker thread (the
    live session formats on its loop and writes here, sessions/live/disk_writer.py)."""
    try:
        write_private(path, data, backup=backup_path(path))
    except OSError as exc:
        raise SessionWriteError(f"cannot write: {exc.strerror or exc}", path) from None
