"""The .docx (python-docx) and .odt (odfdo) writers of the document model.

A secretary opens these in Word or LibreOffice and goes on editing, so the structure
is real: the title and sections are heading styles (the navigation pane shows them),
lists are list paragraphs, the measures are a table with a header row, and the
signatures start on a new page with each party's block kept together.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from politirad.sessions.documents.model import (
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


def render_docx(doc: Document) -> bytes:
    """The document as a Word file."""
    import docx
    from docx.shared import Pt

    out = docx.Document()
    out.core_properties.title = doc.title
    out.core_properties.language = doc.language
    for block in doc.blocks:
        match block:
            case Line(text):
                out.add_paragraph().add_run(text).bold = True
            case Title(text):
                out.add_heading(text, level=0)
            case Heading(text, level):
                out.add_heading(text, level=level)
            case Paragraph(text, quote):
                para = out.add_paragraph(style="Quote" if quote else None)
                _docx_lines(para, text)
            case Facts(rows):
                para = out.add_paragraph()
                _docx_lines(para, "\n".join(rows))
            case Labelled(label, text):
                para = out.add_paragraph()
                para.add_run(f"{label}  ").bold = True
                para.add_run(text)
            case LabelledList(pairs):
                for label, text in pairs:
                    para = out.add_paragraph(style="List Bullet")
                    para.add_run(f"{label}  ").bold = True
                    para.add_run(text)
            case Items(entries, numbered):
                for entry in entries:
                    out.add_paragraph(entry, style="List Number" if numbered else "List Bullet")
            case Table(headers, rows, widths):
                _docx_table(out, headers, rows, widths)
            case Signature(party, signer, place_date):
                para = out.add_paragraph()
                para.paragraph_format.keep_with_next = True
                para.paragraph_format.space_before = Pt(18)
                para.add_run(party).bold = True
                for text in (f"{place_date} {PLACE_RULE}", "", SIGNATURE_RULE):
                    line = out.add_paragraph(text)
                    line.paragraph_format.keep_with_next = True
                out.add_paragraph(signer)
            case PageBreak():
                out.add_page_break()
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue()


def _docx_lines(para: object, text: str) -> None:
    """The author's line breaks as line breaks inside one paragraph."""
    from docx.enum.text import WD_BREAK

    for n, line in enumerate(text.splitlines() or [""]):
        if n:
            para.runs[-1].add_break(WD_BREAK.LINE)  # type: ignore[attr-defined]
        para.add_run(line)  # type: ignore[attr-defined]


def _docx_table(
    out: object, headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[int]
) -> None:
    from docx.shared import Cm

    table = out.add_table(rows=1, cols=len(headers))  # type: ignore[attr-defined]
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    total = sum(widths)
    for column, width in zip(table.columns, widths, strict=True):
        for cell in column.cells:
            cell.width = Cm(16 * width / total)


def render_odt(doc: Document) -> bytes:
    """The document as an OpenDocument text file (LibreOffice)."""
    from odfdo import Document as OdfDocument
    from odfdo import Header, List, ListItem, PageBreak as OdfPageBreak
    from odfdo import Paragraph as OdfParagraph
    from odfdo import Span, Style

    out = OdfDocument("text")
    body = out.body
    body.clear()
    out.add_page_break_style()
    bold = Style("text", name="politirad_bold", bold=True)
    out.insert_style(bold, automatic=True)
    quote = Style("paragraph", name="politirad_quote", italic=True, area="paragraph")
    quote.set_properties(area="paragraph", properties={"fo:margin-left": "1cm"})
    out.insert_style(quote, automatic=True)
    title = Style("paragraph", name="Title", display_name="Title", parent_style="Heading", bold=True)
    title.set_properties(area="text", properties={"fo:font-size": "20pt"})
    out.insert_style(title)
    out.meta.title = doc.title
    out.meta.language = doc.language
    for block in doc.blocks:
        match block:
            case Line(text):
                para = OdfParagraph()
                para.append(Span(text, style="politirad_bold"))
                body.append(para)
            case Title(text):
                body.append(OdfParagraph(text, style="Title"))
            case Heading(text, level):
                body.append(Header(level, text, style=f"Heading_20_{level}"))
            case Paragraph(text, is_quote):
                body.append(_odt_paragraph(text, "politirad_quote" if is_quote else None))
            case Facts(rows):
                body.append(_odt_paragraph("\n".join(rows)))
            case Labelled(label, text):
                para = OdfParagraph()
                para.append(Span(f"{label}  ", style="politirad_bold"))
                para.append(text)
                body.append(para)
            case LabelledList(pairs):
                body.append(List([ListItem(f"{label}  {text}") for label, text in pairs]))
            case Items(entries, numbered):
                texts = [f"{n}. {e}" if numbered else e for n, e in enumerate(entries, start=1)]
                body.append(List([ListItem(text) for text in texts]))
            case Table(headers, rows, _widths, name):
                body.append(_odt_table(headers, rows, name))
            case Signature(party, signer, place_date):
                para = OdfParagraph()
                para.append(Span(party, style="politirad_bold"))
                body.append(para)
                for text in (f"{place_date} {PLACE_RULE}", "", SIGNATURE_RULE, signer):
                    body.append(OdfParagraph(text))
            case PageBreak():
                body.append(OdfPageBreak())
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue()


def _odt_paragraph(text: str, style: str | None = None) -> object:
    from odfdo import LineBreak
    from odfdo import Paragraph as OdfParagraph

    para = OdfParagraph(style=style) if style else OdfParagraph()
    for n, line in enumerate(text.splitlines() or [""]):
        if n:
            para.append(LineBreak())
        para.append(line)
    return para


def _odt_table(headers: Sequence[str], rows: Sequence[Sequence[str]], name: str) -> object:
    from odfdo import Cell, Row
    from odfdo import Paragraph as OdfParagraph
    from odfdo import Span
    from odfdo import Table as OdfTable

    table = OdfTable(name or "table")
    head = Row()
    for text in headers:
        cell = Cell()
        para = OdfParagraph()
        para.append(Span(text, style="politirad_bold"))
        cell.append(para)
        head.append(cell)
    table.append(head)
    for row in rows:
        line = Row()
        for text in row:
            cell = Cell()
            cell.append(OdfParagraph(text))
            line.append(cell)
        table.append(line)
    return table
