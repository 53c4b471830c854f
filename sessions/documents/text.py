"""Shared plain-text layout for every document: wrapping at 78 columns and headings.

Lines break only at spaces or after a hyphen inside a word ("SLT-/koordinator"),
never inside a word: a word longer than the line stands on its own line, whole.
"""

from __future__ import annotations

import textwrap

WIDTH = 78


def fill(text: str, width: int, first: str = "", rest: str = "") -> list[str]:
    """One paragraph wrapped without splitting a word; [] for blank text.

    Spaces first; only when a word does not fit a line of its own does the text
    break after hyphens too, so "self-evaluation" stays whole in prose.
    """
    for hyphens in (False, True):
        lines = textwrap.wrap(
            text,
            width=width,
            initial_indent=first,
            subsequent_indent=rest,
            break_long_words=False,
            break_on_hyphens=hyphens,
        )
        if all(len(line) <= width for line in lines):
            break
    return lines


def wrap(text: str, indent: str = "", width: int = WIDTH, hang: str | None = None) -> list[str]:
    """Wrap each paragraph of `text`, keeping the author's own line breaks.

    `hang` indents continuation lines (e.g. under the text after a question id).
    """
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        if not paragraph.strip():
            lines.append("")
            continue
        lines.extend(fill(paragraph, width, indent, indent if hang is None else hang))
    return lines


def heading(title: str, underline: str = "=") -> list[str]:
    """A title with a rule under it, the way plain-text documents mark sections."""
    lines = fill(title, WIDTH) or [""]
    return [*lines, underline * min(WIDTH, max(len(line) for line in lines))]
