"""The documents as Word and LibreOffice files, reopened with the libraries that wrote
them: real headings, the measures as a table, one signature block per party, and no
confidential note unless asked for."""

from __future__ import annotations

from pathlib import Path

import docx
import odfdo
import pytest

from politirad.sessions.documents.export import render_file
from politirad.sessions.documents.reading import read_current_agreement
from politirad.tui.cli.main import main
from tests.docs_support import CONFIDENTIAL_TEXTS, sample, sample_path

KINDS = ("draft", "minutes", "prep")


def _docx(data: bytes, tmp_path: Path) -> docx.document.Document:
    path = tmp_path / "out.docx"
    path.write_bytes(data)
    return docx.Document(str(path))


def _odt(data: bytes, tmp_path: Path) -> odfdo.Document:
    path = tmp_path / "out.odt"
    path.write_bytes(data)
    return odfdo.Document(str(path))


def _docx_all_text(document: docx.document.Document) -> str:
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def _docx_headings(document: docx.document.Document) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]


def _odt_headings(document: odfdo.Document) -> list[str]:
    return [str(h).strip() for h in document.body.headers]


def _odt_rows(table: odfdo.Table) -> list[list[str]]:
    return [[cell.text_content for cell in row.traverse()] for row in table.traverse()]


@pytest.mark.parametrize("kind", KINDS)
def test_docx_has_the_text_documents_headings(kind: str, tmp_path: Path) -> None:
    session = sample("full")
    document = _docx(render_file(session, kind, fmt="docx"), tmp_path)  # type: ignore[arg-type]
    text = render_file(session, kind)  # type: ignore[arg-type]
    headings = _docx_headings(document)
    assert headings and all(h in text for h in headings)
    title = [p.text for p in document.paragraphs if p.style.name == "Title"]
    assert len(title) == 1 and title[0] in text


@pytest.mark.parametrize("kind", KINDS)
def test_odt_has_the_text_documents_headings(kind: str, tmp_path: Path) -> None:
    session = sample("full")
    document = _odt(render_file(session, kind, fmt="odt"), tmp_path)  # type: ignore[arg-type]
    text = render_file(session, kind)  # type: ignore[arg-type]
    headings = _odt_headings(document)
    assert headings == _docx_headings(_docx(render_file(session, kind, fmt="docx"), tmp_path))  # type: ignore[arg-type]
    assert all(h in text for h in headings)


def test_draft_docx_measures_table_and_one_signature_block_per_party(tmp_path: Path) -> None:
    document = _docx(render_file(sample("region"), "draft", fmt="docx"), tmp_path)
    assert "1. Parter" in _docx_headings(document)
    (table,) = document.tables
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows[0] == ["Tiltak", "Ansvarlig part", "Ansvarlig", "Frist"]
    assert rows[1] == [
        "*T1 Felles øvelse for beredskap ved flom og ras", "Felles",
        "Sivilforsvaret / beredskapskoordinator", "2027-05-01",
    ]
    assert table.rows[0].cells[0].paragraphs[0].runs[0].bold
    blocks = [p.text for p in document.paragraphs if p.text.startswith("For ")]
    assert blocks == [
        "For Stad kommune", "For Stryn kommune", "For Gloppen kommune", "For Vest politidistrikt",
    ]
    breaks = [p for p in document.paragraphs if 'w:br w:type="page"' in p._p.xml]
    assert breaks, "the signatures start on a new page"


def test_draft_odt_measures_table_and_one_signature_block_per_party(tmp_path: Path) -> None:
    document = _odt(render_file(sample("region"), "draft", fmt="odt"), tmp_path)
    assert "1. Parter" in _odt_headings(document)
    (table,) = document.body.tables
    assert table.name == "measures"
    rows = _odt_rows(table)
    assert rows[0] == ["Tiltak", "Ansvarlig part", "Ansvarlig", "Frist"]
    assert rows[3] == ["T3 Faste møtedatoer for 2027 vedtatt på første møte", "Politiet", "politistasjonssjef", "2027-02-10"]
    blocks = [p.text_recursive for p in document.body.paragraphs if p.text_recursive.startswith("For ")]
    assert blocks == [
        "For Stad kommune", "For Stryn kommune", "For Gloppen kommune", "For Vest politidistrikt",
    ]
    assert document.meta.title == "Samarbeidsavtale for Nordfjord politiråd"


@pytest.mark.parametrize("fmt", ["docx", "odt"])
@pytest.mark.parametrize("kind", KINDS)
def test_no_confidential_note_unless_asked(kind: str, fmt: str, tmp_path: Path) -> None:
    session = sample("full")
    kept = render_file(session, kind, fmt=fmt)  # type: ignore[arg-type]
    shown = render_file(session, kind, include_confidential=True, fmt=fmt)  # type: ignore[arg-type]
    read = _docx_text_of if fmt == "docx" else _odt_text_of
    kept_text, shown_text = read(kept, tmp_path), read(shown, tmp_path)
    assert [t for t in CONFIDENTIAL_TEXTS if t in kept_text] == []
    assert "2 konfidensielle notater er ikke tatt med." in kept_text
    if kind == "minutes":
        assert "holdes internt" in shown_text


def _docx_text_of(data: bytes, tmp_path: Path) -> str:
    return _docx_all_text(_docx(data, tmp_path))


def _odt_text_of(data: bytes, tmp_path: Path) -> str:
    return _odt(data, tmp_path).body.text_recursive


def test_minutes_docx_holds_the_measures_with_status(tmp_path: Path) -> None:
    document = _docx(render_file(sample("full"), "minutes", fmt="docx"), tmp_path)
    (table,) = document.tables
    assert [c.text for c in table.rows[0].cells] == ["Tiltak", "Ansvarlig", "Frist", "Status"]
    assert any(row.cells[3].text == "fullført" for row in table.rows)


@pytest.mark.parametrize("fmt", ["docx", "odt"])
def test_cli_writes_office_files_privately(fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / f"utkast.{fmt}"
    assert main(["draft", str(sample_path("region")), "--format", fmt, "-o", str(out)]) == 0
    assert capsys.readouterr().out == ""
    assert out.stat().st_mode & 0o777 == 0o600
    assert out.read_bytes()[:2] == b"PK"


@pytest.mark.parametrize("fmt", ["docx", "odt"])
def test_against_reads_office_files(fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The current agreement as Word/LibreOffice: its sections are found by heading."""
    current = tmp_path / f"gjeldende.{fmt}"
    current.write_bytes(render_file(sample("full"), "draft", fmt=fmt))  # type: ignore[arg-type]
    text = read_current_agreement(current)
    assert "1. Parter" in text.splitlines() and "Lillevik kommune" in text
    assert main(["draft", str(sample_path("full")), "--against", str(current)]) == 0
    appendix = capsys.readouterr().out.split("Vedlegg: Endringer fra gjeldende avtale")[1]
    assert "1. Parter (gjeldende avtale: «Parter»)" in appendix
    assert "Ny del" not in appendix


def test_against_numbers_word_headings_that_carry_no_number(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Samarbeidsavtale", level=0)
    for title in ("Parter", "Formål", "Varighet"):
        document.add_heading(title, level=1)
        document.add_paragraph(f"Tekst om {title.lower()}.")
    path = tmp_path / "avtale.docx"
    document.save(str(path))
    lines = read_current_agreement(path).splitlines()
    assert ["1. Parter", "2. Formål", "3. Varighet"] == [l for l in lines if l[:1].isdigit()]
