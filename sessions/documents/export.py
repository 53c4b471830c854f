"""One entry point for previewing and exporting a document, for the CLI and the app.

The app previews with `render_document`, checks with `personal_data`, and saves with
`write_document`; the CLI does the same in that order, so both export the same text
and warn about the same findings.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Literal

from politirad.models.session import Language, Session
from politirad.sessions.storage.atomic import write_private
from politirad.sessions.documents.reading import read_current_agreement
from politirad.sessions.documents.registry import TEXT_FORMATS, build_document, write_format
from politirad.sessions.documents.words import words
from politirad.sessions.errors import SessionFileError, SessionWriteError
from politirad.sessions.reports.pii import Finding, scan_text
from politirad.sessions.storage.store import MAX_FILE_BYTES

DocumentKind = Literal["draft", "minutes", "prep"]

__all__ = ["read_current_agreement", "render_document", "render_file", "write_document"]


def render_document(
    session: Session,
    kind: DocumentKind,
    include_confidential: bool = False,
    fmt: str = "text",
    against: str | None = None,
) -> str:
    """The document as text or Markdown; confidential notes stay out unless asked for.

    `against` (the current agreement's text) applies to the draft only.
    """
    if fmt not in TEXT_FORMATS:
        raise ValueError(f"{fmt} is not a text format")
    text = render_file(session, kind, include_confidential, fmt, against)
    assert isinstance(text, str)
    return text


def render_file(
    session: Session,
    kind: DocumentKind,
    include_confidential: bool = False,
    fmt: str = "text",
    against: str | None = None,
) -> str | bytes:
    """The document in any format: str for text and Markdown, bytes for .docx/.odt."""
    options = {"against": against} if against is not None else {}
    return write_format(build_document(session, kind, include_confidential, **options), fmt)


def personal_data(text: str) -> list[Finding]:
    """What in a document looks like personal data; run it before every export."""
    return scan_text(text)


def describe_finding(finding: Finding, language: Language) -> str:
    """One warning line: what, on which line, in which section and question."""
    w = words(language)
    where = f" ({finding.where})" if finding.where else ""
    return w["pii_warning"].format(
        kind=w[f"pii_{finding.kind}"], line=finding.line, where=where, excerpt=finding.excerpt
    )


def write_document(text: str | bytes, path: Path, source: Path | None = None) -> None:
    """Write whole or not at all, mode 0600 (documents may quote notes); never over a
    session file or the session it came from."""
    if path.suffix.lower() == ".toml" or _same_file(path, source) or _holds_session(path):
        raise SessionFileError("error.refuse_session_overwrite", path)
    if path.is_dir():
        raise SessionFileError("error.is_folder_name_file", path)
    folder = path.parent
    if not folder.is_dir():
        raise SessionFileError("error.no_such_folder", folder)
    try:
        write_private(path, text.encode("utf-8") if isinstance(text, str) else text)
    except OSError as exc:
        raise SessionWriteError("error.cannot_write", path, reason=exc.strerror or exc) from None


def _holds_session(path: Path) -> bool:
    """An existing file that parses as a politirad session, whatever its name (.bak)."""
    try:
        if not path.is_file() or path.stat().st_size > MAX_FILE_BYTES:
            return False
        return "schema_version" in tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False


def _same_file(path: Path, source: Path | None) -> bool:
    if source is None:
        return False
    try:
        return path.resolve() == source.resolve()
    except OSError:
        return False
