"""The one document structure every writer reads: text, Markdown, .docx and .odt.

A document says what it holds (a title, a section, a paragraph, a list, a table, a
signature block, a page break) and never how it looks, so the four formats cannot
drift apart: a section the text shows is a real heading in Word, a measures table
is a real table in LibreOffice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field


SIGNATURE_RULE = "_" * 36
"""The line a signer writes on, in every writer."""

PLACE_RULE = "_" * 30
"""The line for place and date beside a signature."""


@dataclass(frozen=True, slots=True)
class Line:
    """A short line printed as is (a header word such as UTKAST); never wrapped."""

    text: str


@dataclass(frozen=True, slots=True)
class Title:
    """The document's title."""

    text: str


@dataclass(frozen=True, slots=True)
class Heading:
    """A section (level 1) or a part of one (level 2)."""

    text: str
    level: int = 1


@dataclass(frozen=True, slots=True)
class Paragraph:
    """Prose; the author's line breaks are kept. `quote` marks text taken from the
    evaluation (indented in text, a block quote in Markdown, italic in office files)."""

    text: str
    quote: bool = False


@dataclass(frozen=True, slots=True)
class Facts:
    """Short facts, one per line, kept together ('Møtested: Rådhuset')."""

    rows: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Labelled:
    """'4.4  Question text': an id and its text, the text hanging under itself."""

    label: str
    text: str


@dataclass(frozen=True, slots=True)
class LabelledList:
    """Several labelled entries as one list."""

    pairs: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Items:
    """A bulleted or numbered list."""

    entries: tuple[str, ...]
    numbered: bool = False


@dataclass(frozen=True, slots=True)
class Table:
    """Rows under a header; `widths` are the text columns (they add up to 78 with
    two spaces between columns) and the relative widths in office files."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[int, ...]
    name: str = ""
    """What the table holds ('measures'), so a reader of the file can find it."""


@dataclass(frozen=True, slots=True)
class Signature:
    """One party's signature block: for whom, who signs, a line for place and date."""

    party: str
    signer: str
    place_date: str
    """The label before the line to write place and date on ('Sted og dato:')."""


@dataclass(frozen=True, slots=True)
class PageBreak:
    """A new page in office files; text and Markdown ignore it."""


Block = (
    Line | Title | Heading | Paragraph | Facts | Labelled | LabelledList | Items | Table
    | Signature | PageBreak
)


@dataclass(slots=True)
class Document:
    """Blocks in reading order, and the title office files carry in their properties."""

    title: str = ""
    language: str = "nb"
    blocks: list[Block] = field(default_factory=list)

    def add(self, block: Block) -> None:
        """Append one block; the writers put the space between blocks."""
        if isinstance(block, Title) and not self.title:
            self.title = block.text
        self.blocks.append(block)

    def line(self, text: str) -> None:
        """A short line printed as is."""
        self.add(Line(text))

    def heading_title(self, text: str) -> None:
        """The document's title."""
        self.add(Title(text))

    def section(self, text: str, level: int = 1) -> None:
        """A section heading."""
        self.add(Heading(text, level))

    def paragraph(self, text: str, quote: bool = False) -> None:
        """Prose, or with `quote` the evaluation's own words."""
        self.add(Paragraph(text, quote))

    def facts(self, rows: Sequence[str]) -> None:
        """Short facts, one per line."""
        if rows:
            self.add(Facts(tuple(rows)))

    def labelled(self, label: str, text: str) -> None:
        """An id with its text."""
        self.add(Labelled(label, text))

    def labelled_list(self, pairs: Sequence[tuple[str, str]]) -> None:
        """Ids with their texts as one list."""
        if pairs:
            self.add(LabelledList(tuple(pairs)))

    def items(self, entries: Sequence[str], numbered: bool = False) -> None:
        """A list; an empty one adds nothing."""
        if entries:
            self.add(Items(tuple(entries), numbered))

    def table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[int],
        name: str = "",
    ) -> None:
        """A table with a header row."""
        self.add(Table(tuple(headers), tuple(tuple(r) for r in rows), tuple(widths), name))

    def signature(self, party: str, signer: str, place_date: str) -> None:
        """One party's signature block."""
        self.add(Signature(party, signer, place_date))

    def page_break(self) -> None:
        """A new page where a printed document needs one."""
        self.add(PageBreak())
