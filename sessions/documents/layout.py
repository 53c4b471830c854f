"""One builder for every document, writing either plain text or Markdown.

The documents describe what they say (a section, a paragraph, a list, a table) and
the builder decides how it looks, so the draft, the minutes and the preparation sheet
get the same layout and both formats keep every prose line within 78 columns.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence
from typing import Literal

from politirad.sessions.documents.text import WIDTH, heading, wrap

Format = Literal["text", "markdown"]
FORMATS: tuple[Format, ...] = ("text", "markdown")


class DocumentBuilder:
    """Collects blocks separated by one blank line and renders them as one string."""

    def __init__(self, fmt: Format = "text") -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}")
        self.fmt = fmt
        self._lines: list[str] = []

    @property
    def markdown(self) -> bool:
        """True when writing Markdown."""
        return self.fmt == "markdown"

    def _block(self, lines: Iterable[str]) -> None:
        if self._lines and self._lines[-1] != "":
            self._lines.append("")
        self._lines.extend(lines)

    def line(self, text: str) -> None:
        """A single short line (header word, signature line); never wrapped."""
        self._block([text[:WIDTH]])

    def title(self, text: str) -> None:
        """The document's title."""
        self._block([f"# {text}"] if self.markdown else heading(text, "="))

    def section(self, text: str) -> None:
        """A numbered section or a part of a document."""
        self._block([f"## {text}"] if self.markdown else heading(text, "-"))

    def paragraph(self, text: str, indent: str = "") -> None:
        """Prose wrapped at 78 columns; the author's line breaks are kept."""
        if self.markdown:
            indent = "> " if indent else ""
            self._block(wrap(_escape(text), indent=indent) if indent else _md_lines(text))
        else:
            self._block(wrap(text, indent=indent))

    def lines(self, rows: Sequence[str]) -> None:
        """Several short facts, one per line, kept together as one block."""
        out: list[str] = []
        for row in rows:
            if self.markdown:
                out.extend(wrap(_escape(row), width=WIDTH - 1, hang="  "))
            else:
                out.extend(wrap(row, hang="  "))
            if self.markdown:
                out[-1] += "\\"
        if self.markdown and out:
            out[-1] = out[-1][:-1]
        self._block(out)

    def labelled(self, label: str, text: str) -> None:
        """'4.4  Question text', continuation lines hanging under the text."""
        if self.markdown:
            self._block(wrap(f"**{label}** {_escape(text)}"))
        else:
            self._block(wrap(f"{label}  {text}", hang=" " * (len(label) + 2)))

    def labelled_list(self, pairs: Sequence[tuple[str, str]]) -> None:
        """A list of '1.1  text' entries, each wrapped with its text hanging aligned."""
        out: list[str] = []
        for label, text in pairs:
            if self.markdown:
                out.extend(wrap(f"- **{label}** {_escape(text)}", hang="  "))
            else:
                out.extend(wrap(f"  {label}  {text}", hang=" " * (len(label) + 4)))
        self._block(out)

    def items(self, entries: Sequence[str], numbered: bool = False) -> None:
        """A bulleted or numbered list; continuation lines hang under the text."""
        out: list[str] = []
        for n, entry in enumerate(entries, start=1):
            marker = f"{n}. " if numbered else "- "
            if not self.markdown:
                marker = "  " + marker
            text = _escape(entry) if self.markdown else entry
            out.extend(
                textwrap.wrap(
                    text,
                    width=WIDTH,
                    initial_indent=marker,
                    subsequent_indent=" " * len(marker),
                    break_on_hyphens=False,
                )
                or [marker.rstrip()]
            )
        self._block(out)

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[int]) -> None:
        """Columns of fixed width in text (cells wrap); a pipe table in Markdown.

        Markdown table rows cannot wrap, so they are the one place a line may run
        past 78 columns.
        """
        if self.markdown:
            out = [_md_row(headers), "|" + "|".join(" --- " for _ in headers) + "|"]
            out.extend(_md_row(row) for row in rows)
            self._block(out)
            return
        out = [_text_row(headers, widths)[0], "  ".join("-" * w for w in widths)]
        for row in rows:
            out.extend(_text_row(row, widths))
        self._block(out)

    def signature(self, label: str, width: int = 36) -> None:
        """A line to sign on with who signs under it (beside it in Markdown)."""
        rule = "_" * width
        if self.markdown:
            self._block([f"{_escape(label)}: {rule}"])
        else:
            self._block(["", rule, label[:WIDTH]])

    def render(self) -> str:
        """The document as one string with a single trailing newline."""
        lines = [line.rstrip() for line in self._lines]
        while lines and not lines[-1]:
            lines.pop()
        return "\n".join(lines) + "\n"


def _text_row(cells: Sequence[str], widths: Sequence[int]) -> list[str]:
    wrapped = [
        textwrap.wrap(cell, width=w, break_on_hyphens=False) or [""]
        for cell, w in zip(cells, widths, strict=True)
    ]
    height = max(len(c) for c in wrapped)
    return [
        "  ".join(
            (col[i] if i < len(col) else "").ljust(w)
            for col, w in zip(wrapped, widths, strict=True)
        ).rstrip()
        for i in range(height)
    ]


def _md_row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(_escape(c).replace("|", "\\|") or " " for c in cells) + " |"


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
