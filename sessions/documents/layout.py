"""The text and Markdown writers of the document model.

Both keep every prose line within 78 columns; Markdown table rows, which cannot wrap,
are the one exception. Page breaks exist only on paper, so both skip them.
"""

from __future__ import annotations

from collections.abc import Sequence

from politirad.sessions.documents.model import (
    Block,
    PLACE_RULE,
    SIGNATURE_RULE,
    Document,
    Facts,
    Heading,
    Items,
    Labelled,
    LabelledList,
    Line,
    PageBreak,
    Paragraph,
    Signature,
    Table,
    Title,
)
from politirad.sessions.documents.text import WIDTH, fill, heading, wrap


def render_text(doc: Document) -> str:
    """Plain text: underlined headings, indented quotes, fixed-width tables."""
    return _join(_text_block(block) for block in doc.blocks)


def render_markdown(doc: Document) -> str:
    """Markdown: # headings, > quotes, pipe tables."""
    return _join(_md_block(block) for block in doc.blocks)


def _join(blocks: object) -> str:
    lines: list[str] = []
    for block in blocks:  # type: ignore[attr-defined]
        if not block:
            continue
        if lines:
            lines.append("")
        lines.extend(block)
    lines = [line.rstrip() for line in lines]
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n"


# -- text -----------------------------------------------------------------------------


def _text_block(block: Block) -> list[str]:
    match block:
        case Line(text):
            return [text]
        case Title(text):
            return heading(text, "=")
        case Heading(text, level):
            return heading(text, "-" if level == 1 else "~")
        case Paragraph(text, quote):
            return wrap(text, indent="  " if quote else "")
        case Facts(rows):
            return [line for row in rows for line in wrap(row, hang="  ")]
        case Labelled(label, text):
            return wrap(f"{label}  {text}", hang=" " * (len(label) + 2))
        case LabelledList(pairs):
            return [
                line
                for label, text in pairs
                for line in wrap(f"  {label}  {text}", hang=" " * (len(label) + 4))
            ]
        case Items(entries, numbered):
            return _text_items(entries, numbered)
        case Table(headers, rows, widths):
            return text_table(headers, rows, widths)
        case Signature(party, signer, place_date):
            return [party, "", f"{place_date} {PLACE_RULE}", "", "", SIGNATURE_RULE, *wrap(signer)]
        case PageBreak():
            return []
    raise TypeError(f"unknown block {block!r}")


def _text_items(entries: Sequence[str], numbered: bool) -> list[str]:
    out: list[str] = []
    for n, entry in enumerate(entries, start=1):
        marker = f"  {n}. " if numbered else "  - "
        out.extend(fill(entry, WIDTH, marker, " " * len(marker)) or [marker.rstrip()])
    return out


def text_table(
    headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[int]
) -> list[str]:
    """Columns of fixed width whose cells wrap at spaces and hyphens only.

    A word longer than its column widens that column and narrows the widest other
    one, so the word stays whole and the table keeps its width where it can.
    """
    widths = fit_widths([headers, *rows], widths)
    out = [*_text_row(headers, widths), "  ".join("-" * w for w in widths)]
    for row in rows:
        out.extend(_text_row(row, widths))
    return out


def fit_widths(rows: Sequence[Sequence[str]], widths: Sequence[int]) -> list[int]:
    """The widths, each at least its column's longest word."""
    fitted = list(widths)
    for col in range(len(fitted)):
        longest = max((len(word) for row in rows for word in row[col].split()), default=0)
        need = longest - fitted[col]
        if need <= 0:
            continue
        fitted[col] = longest
        others = sorted((i for i in range(len(fitted)) if i != col), key=lambda i: -fitted[i])
        for other in others:
            spare = fitted[other] - max(
                (len(w) for row in rows for w in row[other].split()), default=1
            )
            take = min(spare, need)
            if take > 0:
                fitted[other] -= take
                need -= take
            if need <= 0:
                break
    return fitted


def _cell_lines(cell: str, width: int) -> list[str]:
    """A cell's own lines (party, then person), each wrapped to the column."""
    return [line for part in cell.splitlines() for line in fill(part, width)] or [""]


def _text_row(cells: Sequence[str], widths: Sequence[int]) -> list[str]:
    wrapped = [_cell_lines(cell, w) for cell, w in zip(cells, widths, strict=True)]
    height = max(len(c) for c in wrapped)
    return [
        "  ".join(
            (col[i] if i < len(col) else "").ljust(w)
            for col, w in zip(wrapped, widths, strict=True)
        ).rstrip()
        for i in range(height)
    ]


# -- Markdown -------------------------------------------------------------------------


def _md_block(block: Block) -> list[str]:
    match block:
        case Line(text):
            return [f"**{_escape(text)}**"]
        case Title(text):
            return [f"# {_escape(text)}"]
        case Heading(text, level):
            return [f"{'#' * (level + 1)} {_escape(text)}"]
        case Paragraph(text, quote):
            return wrap(_escape(text), indent="> ") if quote else _md_lines(text)
        case Facts(rows):
            return _md_facts(rows)
        case Labelled(label, text):
            return wrap(f"**{_escape(label)}** {_escape(text)}")
        case LabelledList(pairs):
            return [
                line
                for label, text in pairs
                for line in wrap(f"- **{_escape(label)}** {_escape(text)}", hang="  ")
            ]
        case Items(entries, numbered):
            out: list[str] = []
            for n, entry in enumerate(entries, start=1):
                marker = f"{n}. " if numbered else "- "
                out.extend(fill(_escape(entry), WIDTH, marker, " " * len(marker)))
            return out
        case Table(headers, rows, _):
            head = [_md_row(headers), "|" + "|".join(" --- " for _ in headers) + "|"]
            return head + [_md_row(row) for row in rows]
        case Signature(party, signer, place_date):
            rows = (f"**{_escape(party)}**", f"{place_date} {PLACE_RULE}", "", SIGNATURE_RULE, signer)
            return _md_facts(rows)
        case PageBreak():
            return []
    raise TypeError(f"unknown block {block!r}")


def _md_facts(rows: Sequence[str]) -> list[str]:
    """One fact a line: a trailing backslash is Markdown's hard line break."""
    out: list[str] = []
    for row in rows:
        text = row if row.startswith("**") else _escape(row)
        out.extend(wrap(text, width=WIDTH - 1, hang="  ") or [""])
        out[-1] += "\\"
    if out:
        out[-1] = out[-1][:-1]
    return [line if line != "\\" else "&nbsp;\\" for line in out]


def _md_row(cells: Sequence[str]) -> str:
    """One table row; a cell's own line break becomes <br>, which tables allow."""
    return "| " + " | ".join(
        "<br>".join(_escape(line).replace("|", "\\|") for line in c.splitlines()) or " "
        for c in cells
    ) + " |"


def _md_lines(text: str) -> list[str]:
    """Markdown joins adjacent lines; a hard break keeps the author's line breaks."""
    out: list[str] = []
    for paragraph in text.splitlines() or [""]:
        lines = wrap(_escape(paragraph), width=WIDTH - 1)
        if out and out[-1] and lines and lines[0]:
            out[-1] += "\\"
        out.extend(lines)
    return out


def _escape(text: str) -> str:
    """Keep notes from turning into Markdown markup by accident (lists, headings)."""
    for char in ("\\", "*", "_", "`", "#", "<", ">"):
        text = text.replace(char, "\\" + char)
    return text
