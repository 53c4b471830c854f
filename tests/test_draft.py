"""The agreement-revision draft: `politirad draft` as a council secretary meets it."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from politirad.models.session import Session
from politirad.sessions.documents.against import split_sections, unified_diff
from politirad.sessions.documents.parts import next_evaluation
from politirad.sessions.documents.export import write_document
from politirad.sessions.errors import SessionFileError
from tests.cli_helpers import politirad
from tests.docs_support import (
    CURRENT_AGREEMENT,
    assert_golden,
    assert_no_confidential,
    render_draft,
    render_minutes,
    render_prep,
    sample,
    sample_path,
)
from politirad.tui.cli.main import main

SECTIONS_NB = (
    "Parter", "Formål", "Mål og satsingsområder", "Organisering og deltakere",
    "Ledelse og møtestruktur", "Gjensidige forventninger", "Tiltak i avtaleperioden",
    "Oppfølging og neste evaluering", "Varighet og revisjon", "Underskrifter",
)


@pytest.mark.parametrize(
    ("golden", "name", "options"),
    [
        ("draft_full.txt", "full", {}),
        ("draft_full_confidential.txt", "full", {"include_confidential": True}),
        ("draft_full.md", "full", {"fmt": "markdown"}),
        ("draft_empty.txt", "empty", {}),
        ("draft_english.txt", "english", {}),
        ("draft_region.txt", "region", {}),
        ("draft_region.md", "region", {"fmt": "markdown"}),
        ("draft_nynorsk.txt", "nynorsk", {}),
    ],
)
def test_draft_matches_golden(golden: str, name: str, options: dict[str, object]) -> None:
    text = render_draft(sample(name), **options)  # type: ignore[arg-type]
    assert_golden(golden, text)


def test_draft_against_current_agreement_matches_golden() -> None:
    current = CURRENT_AGREEMENT.read_text(encoding="utf-8")
    text = render_draft(sample("full"), against=current)
    assert_golden("draft_against.txt", text)


def test_diff_matches_golden() -> None:
    current = CURRENT_AGREEMENT.read_text(encoding="utf-8")
    diff = unified_diff(current, render_draft(sample("full")), "gjeldende.txt")
    assert_golden("draft_diff.txt", diff, fits=False)


def test_full_draft_is_headed_utkast_and_has_every_section_numbered() -> None:
    text = render_draft(sample("full"))
    assert text.splitlines()[0] == "UTKAST"
    headings = re.findall(r"^(\d+)\. (.+)\n-+$", text, re.M)
    assert [(int(n), t) for n, t in headings] == list(enumerate(SECTIONS_NB, start=1))


def test_measures_and_learning_points_come_from_the_session() -> None:
    session = sample("full")
    text = render_draft(session)
    table = text.split("7. Tiltak i avtaleperioden")[1].split("8. Oppfølging")[0]
    assert "Tiltak" in table and "Ansvarlig part" in table and "Frist" in table
    assert "*T1 Fast møteplan med tre" in table
    assert "2026-09-01" in table and "Politiet" in table and "politikontakt" in table
    assert "T3" not in table  # done: not a measure for the new period
    learning = text.split("3. Mål og satsingsområder")[1].split("4. ")[0]
    for n, point in enumerate(session.learning_points, start=1):
        assert f"{n}. {point.split()[0]}" in learning


def test_no_confidential_text_and_the_count_is_stated() -> None:
    text = render_draft(sample("full"))
    assert_no_confidential(text)
    assert "2 konfidensielle notater er ikke tatt med." in text


def test_include_confidential_marks_what_it_includes() -> None:
    text = render_draft(sample("full"), include_confidential=True)
    assert "Grunnlag fra egenevalueringen, spørsmål 4.5: [konfidensielt]" in text
    assert "navngitt sak om en familie" in text
    assert "Konfidensielle notater tatt med: 2" in text


def test_empty_session_keeps_every_section_and_says_not_discussed() -> None:
    text = render_draft(sample("empty"))
    assert len(re.findall(r"^\d+\. .+\n-+$", text, re.M)) == 10
    assert text.count("Ikke avklart i egenevalueringen") == 4
    assert "konfidensiel" not in text.lower()  # no line about confidential notes when there are none


@pytest.mark.parametrize(
    ("held", "finding", "proposed"),
    [
        (0, "holdt 0 møter siste år", 3),
        (1, "holdt 1 møte siste år", 3),
        (2, "holdt 2 møter siste år", 3),
        (3, "holdt 3 møter siste år", 3),
        (6, "holdt 6 møter siste år", 6),
    ],
)
def test_meetings_are_weighed_against_the_circular_and_the_finding(
    held: int, finding: str, proposed: int
) -> None:
    session = Session(date=dt.date(2026, 1, 10), meetings_past_year=held)
    section = render_draft(session).split("5. Ledelse")[1].split("6. ")[0]
    flat = " ".join(section.split())
    assert f"Grunnlag fra egenevalueringen: Politirådet {finding}" in flat
    assert f"Politirådet møtes minst {proposed} ganger i året." in flat


def test_next_self_evaluation_is_a_year_on() -> None:
    assert next_evaluation(dt.date(2026, 3, 12)) == dt.date(2027, 3, 12)
    assert next_evaluation(dt.date(2028, 2, 29)) == dt.date(2029, 2, 28)


def test_english_session_gets_an_english_draft() -> None:
    text = render_draft(sample("english"))
    assert text.startswith("DRAFT\n")
    assert "Not settled in the self-evaluation" in text
    assert "UTKAST" not in text


def test_current_agreement_sections_ignore_numbered_lists() -> None:
    sections = split_sections(CURRENT_AGREEMENT.read_text(encoding="utf-8"))
    assert [s.title for s in sections] == [
        "Parter", "Formål", "Organisering", "Møter", "Satsingsområder", "Taushetsplikt",
        "Varighet",
    ]


def test_against_states_the_change_section_by_section() -> None:
    current = CURRENT_AGREEMENT.read_text(encoding="utf-8")
    appendix = render_draft(sample("full"), against=current).split(
        "Vedlegg: Endringer fra gjeldende avtale"
    )[1]
    flat = " ".join(re.sub(r"^[~-]+$", "", appendix, flags=re.M).split())
    assert "1. Parter (gjeldende avtale: «Parter») Ingen endring foreslått." in flat
    assert "- Politirådet møtes minst 3 ganger i året." in flat
    assert "- Trygghet på kveldstid i sentrum og ved skolene" in flat
    assert "- Rus og ungdom i sentrum" not in flat
    assert "delen «Taushetsplikt», som utkastet ikke har" in flat


# -- the command ---------------------------------------------------------------------


def test_cli_prints_the_golden_draft(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draft", str(sample_path("full"))]) == 0
    out, err = capsys.readouterr()
    assert out == (Path(__file__).parent / "golden" / "draft_full.txt").read_text("utf-8")
    assert err == ""


def test_cli_diff_prints_a_unified_diff(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["draft", str(sample_path("full")), "--against", str(CURRENT_AGREEMENT), "--diff"])
    out = capsys.readouterr().out
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == f"--- {CURRENT_AGREEMENT}" and lines[1] == "+++ utkast"
    assert "+UTKAST" in lines and "-Samarbeidsavtale for Politirådet i Lillevik (2023)" in lines


def test_cli_writes_markdown_to_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "utkast.md"
    code = main(["draft", str(sample_path("full")), "--format", "markdown", "-o", str(out_file)])
    assert code == 0
    assert capsys.readouterr().out == ""
    text = out_file.read_text(encoding="utf-8")
    assert text == render_draft(sample("full"), fmt="markdown")
    assert "## 7. Tiltak i avtaleperioden" in text
    assert "| Tiltak | Ansvarlig part | Ansvarlig | Frist |" in text
    assert out_file.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["utkast.md"]


def test_cli_replaces_an_existing_output_file(tmp_path: Path) -> None:
    out_file = tmp_path / "utkast.txt"
    out_file.write_text("old\n", encoding="utf-8")
    assert main(["draft", str(sample_path("empty")), "-o", str(out_file)]) == 0
    assert out_file.read_text(encoding="utf-8").startswith("UTKAST\n")


def test_cli_refuses_to_overwrite_a_session_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session_copy = tmp_path / "økt.toml"
    original = sample_path("full").read_bytes()
    session_copy.write_bytes(original)
    backup = tmp_path / "økt.toml.bak"
    backup.write_bytes(original)
    for target in (session_copy, backup):
        assert main(["--lang", "en", "draft", str(session_copy), "-o", str(target)]) == 2
        assert "refusing to overwrite a session file" in capsys.readouterr().err
        assert target.read_bytes() == original


def test_write_document_refuses_the_source_under_another_name(tmp_path: Path) -> None:
    source = tmp_path / "session"
    source.write_text("x", encoding="utf-8")
    with pytest.raises(SessionFileError):
        write_document("text", source, source=source)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["draft", "missing.toml"], "no such file"),
        (["draft", "{full}", "--diff"], "--diff needs --against"),
        (["draft", "{full}", "--against", "missing.txt"], "no such file"),
        (["draft", "{full}", "--format", "pdf"], "unknown format 'pdf'"),
        (["draft", "{full}", "--format", "docx"], "give -o OUT.docx"),
        (["minutes", "{full}", "--format", "odt"], "give -o OUT.odt"),
        (["draft", "{full}", "--against", "{tmp}/broken.docx"], "not a readable .docx or .odt"),
        (["draft", "{full}", "--against", "{tmp}/latin1.txt"], "not UTF-8 text"),
        (["draft", "{full}", "-o", "{tmp}/no/such/folder/out.txt"], "no such folder"),
    ],
)
def test_cli_bad_input_is_one_line_and_exit_2(
    args: list[str], message: str, tmp_path: Path
) -> None:
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (tmp_path / "latin1.txt").write_bytes("Formål".encode("latin-1"))
    argv = [a.format(full=sample_path("full"), tmp=tmp_path) for a in args]
    result = politirad("--lang", "en", *argv, cwd=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


_words = st.text(alphabet="abcæøå ÆØÅ-/.,:;()*#|0123456789\n\t", max_size=300)


@settings(max_examples=40, deadline=None)
@given(note=_words, title=st.text(alphabet="abcø -/", min_size=1, max_size=120), point=_words)
def test_every_line_fits_whatever_was_typed(note: str, title: str, point: str) -> None:
    from politirad.models.actions import ActionItem
    from politirad.models.session import Answer
    from tests.docs_support import assert_fits

    session = Session(
        date=dt.date(2026, 3, 12),
        facilitator=point,
        focus_themes=[point],
        learning_points=[point],
        answers={"4.4": Answer(note=note), "1.1": Answer(note=note)},
        actions=[ActionItem(id="T1", title=title.strip() or "x", responsible=point[:60])],
    )
    for render in (render_draft, render_minutes, render_prep):
        for fmt in ("text", "markdown"):
            assert_fits(render(session, fmt=fmt))  # type: ignore[operator]


def test_markdown_hard_breaks_stay_within_78_columns() -> None:
    from politirad.models.people import Participant
    from tests.docs_support import assert_fits

    name = "Møteleder: "
    session = Session(
        date=dt.date(2026, 3, 12),
        facilitator="x" * (78 - len(name)),
        participants=[Participant(name="Kari")],
    )
    text = render_minutes(session, fmt="markdown")
    assert f"{name}{'x' * (78 - len(name))}" not in text  # wrapped, not 79 with the break
    assert_fits(text)


@pytest.mark.parametrize(
    ("title", "key"),
    [("Føremål", "purpose"), ("Varigheit og revisjon", "duration"), ("Leiing og møte", "leadership"),
     ("Innleiing", "background"), ("Mål og satsingsområde", "goals")],
)
def test_a_nynorsk_agreements_sections_are_recognised(title: str, key: str) -> None:
    """`draft --against` on a nynorsk council's current agreement («Føremål» is not «mål»)."""
    from politirad.sessions.documents.against import section_key

    assert section_key(title) == key
