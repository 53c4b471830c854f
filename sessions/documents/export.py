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
from politirad.sessions.documents.draft import render_draft
from politirad.sessions.documents.layout import Format
from politirad.sessions.documents.minutes import render_minutes
from politirad.sessions.documents.prep import render_prep
from politirad.sessions.documents.words import words
from politirad.sessions.errors import SessionFileError, SessionWriteError
from politirad.sessions.reports.pii import Finding, scan_text
from politirad.sessions.storage.store import MAX_FILE_BYTES

DocumentKind = Literal["draft", "minutes", "prep"]

MAX_AGREEMENT_BYTES = 1024 * 1024
"""An agreement is a few pages; anything larger is not the plaintext agreement."""


def render_document(
    session: Session,
    kind: DocumentKind,
    include_confidential: bool = False,
    fmt: Format = "text",
    against: str | None = None,
) -> str:
    """The document as text; confidential notes stay out unless asked for.

    `against` (the current agreement's text) applies to the draft only.
    """
    if kind == "draft":
        return render_draft(session, include_confidential, fmt, against)
    if kind == "minutes":
        return render_minutes(session, include_confidential, fmt)
    if kind == "prep":
        return render_prep(session, include_confidential, fmt)
    raise ValueError(f"unknown document kind {kind!r}")


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


def strict_refusal(findings: list[Finding], language: Language) -> str:
    """The one-line error when --strict forbids exporting what was found."""
    return words(language)["pii_strict"].format(n=len(findings))


def write_document(text: str, path: Path, source: Path | None = None) -> None:
    """Write whole or not at all, mode 0600 (documents may quote notes); never over a
    session file or the session it came from."""
    if path.suffix.lower() == ".toml" or _same_file(path, source) or _holds_session(path):
        raise SessionFileError("refusing to overwrite a session file; choose a .txt or .md name", path)
    if path.is_dir():
        raise SessionFileError("is a folder; name a file to write", path)
    folder = path.parent
    if not folder.is_dir():
        raise SessionFileError("no such folder", folder)
    try:
        write_private(path, text.encode("utf-8"))
    except OSError as exc:
        raise SessionWriteError(f"cannot write: {exc.strerror or exc}", path) from None


def _holds_session(path: Path) -> bool:
    """An existing file that parses as a politirad session, whatever its name (.bak)."""
    try:
        if not path.is_file() or path.stat().st_size > MAX_FILE_BYTES:
            return False
        return "schema_version" in tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False


def read_current_agreement(path: Path) -> str:
    """The council's current agreement as plaintext, for `--against`."""
    try:
        size = path.stat().st_size
        if size > MAX_AGREEMENT_BYTES:
            raise SessionFileError(
                f"file is {size // 1024} KB; a plaintext agreement is at most "
                f"{MAX_AGREEMENT_BYTES // 1024} KB",
                path,
            )
        return path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise SessionFileError("no such file", path) from None
    except IsADirectoryError:
        raise SessionFileError("is a folder, not a text file", path) from None
    except UnicodeDecodeError as exc:
        raise SessionFileError(
            f"not UTF-8 text (offset {exc.start}); save the agreement as UTF-8 plaintext", path
        ) from None
    except OSError as exc:
        raise SessionFileError(f"cannot read: {exc.strerror}", path) from None


def _same_file(path: Path, source: Path | None) -> bool:
    if source is None:
        return False
    try:
        return path.resolve() == source.resolve()
    except OSError:
        return False
