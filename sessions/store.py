"""Read session TOML into models and write it back, atomically and privately.

A file that fails to load is never written to: the error names the file and the line
(TOML syntax) or the field (validation) so a person can mend it in an editor.
"""

from __future__ import annotations

import os
import tempfile
import tomllib
from pathlib import Path
from typing import Any

import tomli_w
from pydantic import ValidationError

from models.session import SCHEMA_VERSION, Session
from sessions.errors import SessionFileError, SessionWriteError
from sessions.naming import backup_path

MAX_FILE_BYTES = 10 * 1024 * 1024
"""A year's notes are kilobytes; anything this large is not a session file."""

FILE_MODE = 0o600


def load(path: Path) -> Session:
    """Load and validate a session file, or raise SessionFileError naming what is wrong."""
    return parse_document(read_document(path), path)


def read_document(path: Path) -> dict[str, Any]:
    """Read a file as a TOML table, with one-line errors for every way it can fail."""
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
        raw = path.read_bytes()
    except OSError as exc:
        raise SessionFileError(f"cannot read: {exc.strerror}", path) from None
    if not raw.strip():
        raise SessionFileError("file is empty, not a politirad session", path)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SessionFileError(
            f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start})", path
        ) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SessionFileError(f"invalid TOML: {exc}", path) from None


def parse_document(doc: dict[str, Any], path: Path | None = None) -> Session:
    """Validate a TOML table as a session; errors name the field."""
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
    try:
        return Session.model_validate(doc)
    except ValidationError as exc:
        raise SessionFileError(describe_validation_error(exc), path) from None


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
    """Turn StrEnums into plain str so tomli-w writes exactly the words users read."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, str):
        return str(value)
    return value


def dumps(session: Session) -> str:
    """The session as TOML text, multi-line notes as multi-line strings."""
    return tomli_w.dumps(to_document(session), multiline_strings=True)


def save(session: Session, path: Path) -> None:
    """Write atomically: temp file beside it, fsync, keep the old file as .bak, replace."""
    data = dumps(session).encode("utf-8")
    folder = path.parent
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise SessionWriteError(f"cannot write: {exc.strerror}", path) from None
    tmp = Path(tmp_name)
    try:
        try:
            os.fchmod(fd, FILE_MODE)
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            if path.exists():
                _keep_backup(path)
            os.replace(tmp, path)
            os.chmod(path, FILE_MODE)
            _fsync_dir(folder)
        except OSError as exc:
            raise SessionWriteError(f"cannot write: {exc.strerror or exc}", path) from None
    finally:
        if tmp.exists():
            tmp.unlink(missing_ok=True)


def _keep_backup(path: Path) -> None:
    """Hard-link (or copy) the current file to .bak so a bad save can be undone by hand."""
    bak = backup_path(path)
    tmp_bak = bak.with_name(bak.name + ".tmp")
    tmp_bak.unlink(missing_ok=True)
    try:
        os.link(path, tmp_bak)
    except OSError:
        tmp_bak.write_bytes(path.read_bytes())
    os.chmod(tmp_bak, FILE_MODE)
    os.replace(tmp_bak, bak)


def _fsync_dir(folder: Path) -> None:
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)
