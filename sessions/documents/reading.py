"""The council's current agreement as plaintext for `draft --against`, from .docx, .odt
or a text file.

Word and LibreOffice number headings by themselves, so a heading's number is often
not in its text; headings of the top level used are numbered here in order, which is
what `against.split_sections` looks for. Tables are read row by row, cells joined.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from politirad.sessions.errors import SessionFileError, quoted

MAX_AGREEMENT_BYTES = 5 * 1024 * 1024
"""An agreement is a few pages; an office file with a logo stays well under this."""
MAX_TEXT_BYTES = 1024 * 1024
_NUMBERED = re.compile(r"^\s*(?:§\s*)?\d{1,2}\s*[.)]?\s")


def read_current_agreement(path: Path) -> str:
    """The agreement's text; SessionFileError with one readable reason otherwise."""
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise SessionFileError("error.is_folder_not_document", path)
        data = path.read_bytes()
    except FileNotFoundError:
        raise SessionFileError("error.no_such_file", path) from None
    except OSError as exc:
        raise SessionFileError("error.cannot_read", path, reason=exc.strerror) from None
    if size > MAX_AGREEMENT_BYTES:
        raise SessionFileError(
            "error.agreement_too_large", path, size=size // 1024, most=MAX_AGREEMENT_BYTES // 1024
        )
    if data.startswith(b"PK"):
        return _office_text(path)
    if size > MAX_TEXT_BYTES:
        raise SessionFileError(
            "error.text_agreement_too_large", path, size=size // 1024, most=MAX_TEXT_BYTES // 1024
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SessionFileError("error.agreement_not_utf8", path, offset=exc.start) from None


def _office_text(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except zipfile.BadZipFile:
        raise SessionFileError("error.not_office", path) from None
    try:
        if "word/document.xml" in names:
            return _docx_text(path)
        if "content.xml" in names:
            return _odt_text(path)
    except Exception as exc:  # a damaged file raises anything from lxml or zipfile
        raise SessionFileError("error.cannot_read_document", path, detail=quoted(exc)) from None
    raise SessionFileError("error.zip_not_office", path)


def _docx_text(path: Path) -> str:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(str(path))
    lines: list[str] = []
    headings: list[tuple[int, str]] = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            style = item.style.name if item.style is not None else ""
            level = _docx_level(style)
            lines.append(item.text)
            if level is not None:
                headings.append((len(lines) - 1, f"{level}"))
        elif isinstance(item, Table):
            lines.extend("  ".join(cell.text for cell in row.cells) for row in item.rows)
    return _number_headings(lines, headings)


def _docx_level(style: str) -> int | None:
    match = re.fullmatch(r"(?:Heading|Overskrift)\s+(\d)", style)
    return int(match.group(1)) if match else None


def _odt_text(path: Path) -> str:
    from odfdo import Document, Header, Table

    document = Document(str(path))
    lines: list[str] = []
    headings: list[tuple[int, str]] = []
    for element in document.body.children:
        if isinstance(element, Header):
            lines.append(str(element).strip())
            headings.append((len(lines) - 1, str(element.level)))
        elif isinstance(element, Table):
            for row in element.traverse():
                lines.append("  ".join(cell.text_content for cell in row.traverse()))
        else:
            lines.append(element.text_recursive)
    return _number_headings(lines, headings)


def _number_headings(lines: list[str], headings: list[tuple[int, str]]) -> str:
    """Number the top-level headings that carry no number in their text."""
    if headings:
        top = min(int(level) for _, level in headings)
        number = 0
        for index, level in headings:
            if int(level) != top:
                continue
            number += 1
            if not _NUMBERED.match(lines[index]):
                lines[index] = f"{number}. {lines[index].strip()}"
    return "\n".join(lines) + "\n"
