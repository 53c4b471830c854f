"""Read session TOML into models and write it back, atomically and privately.

A file that fails to load is never written to: the error names the file and the line
(TOML syntax) or the field (validation) so a person can mend it in an editor.

Three promises about what is written (issue 13):

* Text is cleaned as it is read (`models.safe_text.clean_text`): control characters,
  C1, BiDi controls and invisible characters in a file become visible marks in
  memory, so nothing a file holds reaches a terminal raw; the next save writes the
  marks.
* What politirad writes it reads back: saves leave out every value equal to its
  default (a file lists what was said, not what was not), and a save whose bytes would
  exceed `MAX_FILE_BYTES`, the most `load` accepts, is refused before anything is
  written (`SessionTooLargeError`), the file on disk staying as it was.
* A session path that is a symbolic link is saved through the link: the file it
  points to gets the new text and keeps its own mode, and the `.bak` is kept beside
  that file; the link stays a link. A link that points nowhere (or in a loop) is
  refused with one line, never followed into a new file.
"""

from __future__ import annotations

import stat
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tomli_w
from pydantic import ValidationError

from politirad.models.actions import ActionItem
from politirad.models.safe_text import clean_text
from politirad.models.session import SCHEMA_VERSION, Answer, Session
from politirad.sessions.storage.atomic import FILE_MODE, write_private
from politirad.sessions.errors import Decimal, SessionFileError, SessionWriteError
from politirad.sessions.storage.migrate import upgrade
from politirad.sessions.storage.naming import backup_path
from politirad.sessions.storage.toml_errors import toml_error
from politirad.sessions.storage.validation import describe_validation_error

__all__ = [
    "FILE_MODE",
    "Loaded",
    "SessionTooLargeError",
    "dumps",
    "load",
    "load_detailed",
    "parse_document",
    "save",
]

MAX_FILE_BYTES = 10 * 1024 * 1024
"""A year's notes are kilobytes; anything this large is not a session file."""

MAX_MESSAGE_CHARS = 200
"""Error lines quote keys from the file; a hostile file must not flood the terminal
(each quoted piece is capped, `errors.quoted`, so the whole reason stays under this)."""

MB = 1024 * 1024


class SessionTooLargeError(SessionWriteError):
    """A save that would write more than `load` reads back; nothing was written.

    Exit code 2 like any bad input: the session (say, `new --from` a huge file) is
    too large to be a session file, not the disk at fault.
    """

    exit_code = 2


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
        raise SessionFileError("error.no_such_file", path) from None
    except OSError as exc:
        raise SessionFileError("error.cannot_read", path, reason=exc.strerror) from None
    if not path.is_file():
        raise SessionFileError("error.not_a_file", path)
    if size > MAX_FILE_BYTES:
        raise SessionFileError(
            "error.too_large_to_read", path, size=Decimal(size / MB), most=MAX_FILE_BYTES // MB
        )
    try:
        return path.read_bytes()
    except OSError as exc:
        raise SessionFileError("error.cannot_read", path, reason=exc.strerror) from None


def parse_toml(raw: bytes, path: Path | None = None) -> dict[str, Any]:
    """Decode and parse bytes as a TOML table; every failure is a SessionFileError."""
    if not raw.strip():
        raise SessionFileError("error.empty", path)
    nul = raw.find(b"\x00")
    if nul >= 0:
        raise SessionFileError("error.binary", path, offset=nul)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SessionFileError(
            "error.not_utf8", path, byte=raw[exc.start], offset=exc.start
        ) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise toml_error(exc, path) from None
    except RecursionError:
        raise SessionFileError("error.toml_too_deep", path) from None


def parse_document(doc: dict[str, Any], path: Path | None = None) -> Session:
    """Validate a TOML table as a session (older versions migrated); errors name the field."""
    return parse_versioned(doc, path)[0]


def parse_versioned(doc: dict[str, Any], path: Path | None = None) -> tuple[Session, int]:
    """Validate a TOML table as a session, returning the schema_version it was found at."""
    version = doc.get("schema_version")
    if version is None:
        raise SessionFileError("error.no_schema_version", path)
    if not isinstance(version, int) or isinstance(version, bool):
        raise SessionFileError("error.schema_version_type", path)
    if version > SCHEMA_VERSION:
        raise SessionFileError(
            "error.schema_version_newer", path, version=version, newest=SCHEMA_VERSION
        )
    doc, found = upgrade(doc, path)
    try:
        return Session.model_validate(_cleaned(doc)), found
    except ValidationError as exc:
        raise SessionFileError.of(describe_validation_error(exc), path) from None
    except RecursionError:
        raise SessionFileError("error.values_too_deep", path) from None


def _cleaned(value: Any) -> Any:
    """Every string value of a TOML table through `clean_text` (keys are ids, which
    validation checks against the known ones, and errors quote them escaped)."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {key: _cleaned(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_cleaned(item) for item in value]
    return value


def to_document(session: Session) -> dict[str, Any]:
    """The TOML table for a session: no nulls, no defaults, ids not positions.

    Every value equal to its default is left out (an action's status too: a measure
    without one has not started), so a save never adds to what a person wrote and a
    file lists only what was said. `schema_version` and `date` are always written.
    """
    doc = session.model_dump(mode="python", exclude_defaults=True, exclude_none=True)
    doc = {"schema_version": session.schema_version, "date": session.date, **doc}
    doc["answers"] = {
        qid: answer for qid, answer in doc.get("answers", {}).items() if answer
    }
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
    end style is not. (Text read or typed is already cleaned, a lone CR made a line
    end; one set in code is written as an escape and cleaned when read.)
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


def action_toml(item: ActionItem) -> str:
    """One action item as its own `[[actions]]` table, with the values `dumps` writes;
    appended after the rest of a session's TOML it reads back as the next item.

    The header is written here: tomli_w would write a short item as an inline array
    (`actions = [{...}]`), which after another table would belong to that table. An
    item's values are all plain (no sub-tables), so its body is one flat table.
    """
    values = _plain(item.model_dump(mode="python", exclude_defaults=True, exclude_none=True))
    return "[[actions]]\n" + document_toml(values)


def save(session: Session, path: Path) -> None:
    """Write atomically (temp file, fsync, replace), keeping the old file as .bak, 0600."""
    save_bytes(dumps(session).encode("utf-8"), path)


def save_bytes(data: bytes, path: Path) -> None:
    """Write a session's formatted TOML as `save` does; safe on a worker thread (the
    live session formats on its loop and writes here, sessions/live/disk_writer.py).

    Refuses, before touching the disk, what `load` would refuse to read back.
    """
    if len(data) > MAX_FILE_BYTES:
        raise SessionTooLargeError(
            "error.save_too_large", path, size=Decimal(len(data) / MB), most=MAX_FILE_BYTES // MB
        )
    target, mode = _save_target(path)
    try:
        write_private(target, data, backup=backup_path(target), mode=mode)
    except OSError as exc:
        raise SessionWriteError("error.cannot_write", path, reason=exc.strerror or exc) from None


def _save_target(path: Path) -> tuple[Path, int]:
    """Where a save goes and with which mode: the path itself at 0600, or, when the
    path is a symbolic link, the existing regular file it points to, at that file's
    own mode. A dangling or looping link is refused rather than followed into a new
    file somewhere else."""
    try:
        if not path.is_symlink():
            return path, FILE_MODE
        target = path.resolve(strict=True)
        info = target.stat()
    except (OSError, RuntimeError):
        raise SessionWriteError("error.link_points_nowhere", path) from None
    if not stat.S_ISREG(info.st_mode):
        raise SessionWriteError("error.link_not_regular", path)
    return target, stat.S_IMODE(info.st_mode)
