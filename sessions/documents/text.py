"""Shared plain-text layout for every document: wrapping at 78 columns and headings."""

from __future__ import annotations

import textwrap

WIDTH = 78


def wrap(text: str, indent: str = "", width: int = WIDTH, hang: str | None = None) -> list[str]:
    """Wrap each paragraph of `text`, keeping the author's own line breaks.

    `hang` indents continuation lines (e.g. under the text after a question id).
    """
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        if not paragraph.strip():
            lines.append("")
            continue
        lines.extend(
            textwrap.wrap(
                paragraph,
                width=width,
                initial_indent=indent,
                subsequent_indent=indent if hang is None else hang,
                break_long_words=True,
                break_on_hyphens=False,
            )
        )
    return lines


def heading(title: str, underline: str = "=") -> list[str]:
    """A title with a rule under it, the way plain-text documents mark sections."""
    title = title[:WIDTH]
    return [title, underline * len(title)]
