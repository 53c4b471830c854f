"""Full-text search across a folder of sessions, with hits shown in context."""

from __future__ import annotations

from pathlib import Path

import pytest

from politirad.sessions.storage import store
from politirad.sessions.reports.search import EmptyQueryError, HitKind, search_folder
from tests.years_samples import Y2024, copy_years, load_year
from politirad.tui.cli.main import main


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return copy_years(tmp_path / "sessions")


def test_hits_across_years_newest_first_with_context(folder: Path) -> None:
    hits = search_folder(folder, "skolen")
    assert [(h.date.year, h.kind, h.ref) for h in hits] == [
        (2026, HitKind.NOTE, "1.5"),
        (2026, HitKind.NOTE, "2.7"),
        (2025, HitKind.NOTE, "2.7"),
        (2025, HitKind.LEARNING, "2"),
        (2024, HitKind.NOTE, "2.7"),
        (2024, HitKind.LEARNING, "3"),
    ]
    first = hits[1]
    assert first.before == "Rektor deltar nå, men "
    assert first.match == "skolen"  # the text's own casing, for highlighting
    assert first.after == " er ikke fast medlem."


def test_case_insensitive_and_norwegian_letters(folder: Path) -> None:
    hits = search_folder(folder, "MØTEDATOER")
    assert [(h.date.year, h.kind) for h in hits] == [(2024, HitKind.LEARNING)]
    assert hits[0].match == "møtedatoer"


def test_measures_searched_in_title_details_and_review_note(folder: Path) -> None:
    hits = search_folder(folder, "signert")
    kinds = {(h.date.year, h.kind, h.ref) for h in hits}
    assert (2025, HitKind.MEASURE, "T2") in kinds  # review note 'Signert i oktober 2024.'
    hits = search_folder(folder, "malen")
    assert {h.ref for h in hits if h.kind is HitKind.MEASURE} == {"T2"}


def test_all_words_must_occur_in_the_same_field(folder: Path) -> None:
    assert search_folder(folder, "natteravner lørdager") == []
    hits = search_folder(folder, "natteravnene lørdager")
    assert [(h.date.year, h.ref) for h in hits] == [(2025, "1.1")]


def test_long_text_is_cut_to_context_on_word_boundaries(tmp_path: Path) -> None:
    session = load_year(Y2024)
    filler = " ".join(["ord"] * 40)
    session.answers["1.2"] = session.answer("1.2").model_copy(
        update={"note": f"{filler}\nnøkkelordet\n{filler}"}
    )
    store.save(session, tmp_path / Y2024.name)
    (hit,) = search_folder(tmp_path, "nøkkelordet")
    assert hit.before.startswith("…ord ") and hit.after.endswith(" ord…")
    assert len(hit.context) < 100
    assert "\n" not in hit.context


def test_confidential_notes_are_marked(folder: Path) -> None:
    (hit,) = search_folder(folder, "enkeltungdommer")
    assert hit.confidential


def test_broken_files_and_missing_folder_give_no_hits(tmp_path: Path) -> None:
    (tmp_path / "2025-01-01-x.toml").write_text("[[[", encoding="utf-8")
    assert search_folder(tmp_path, "skolen") == []
    assert search_folder(tmp_path / "missing", "skolen") == []


@pytest.mark.parametrize("query", ["", "   "])
def test_empty_query_is_refused(folder: Path, query: str) -> None:
    with pytest.raises(EmptyQueryError):
        search_folder(folder, query)


def test_cli_search_prints_hits_in_context(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "ungdata", "--dir", str(folder)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "2026-03-12-politiradet-i-fjordvik.toml  tiltak T3"
    assert "ungdata-basert kunnskapsgrunnlag" in out[1]


def test_cli_search_uses_politirad_home(
    politirad_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy_years(politirad_home, Y2024)
    assert main(["search", "natteravner"]) == 0
    assert "2024-03-14-politiradet-i-fjordvik.toml  notat 2.1" in capsys.readouterr().out


def test_cli_search_no_hits_exit_1(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "sykkeltyveri", "--dir", str(folder)]) == 1
    assert "Ingen treff på «sykkeltyveri»" in capsys.readouterr().out


def test_cli_search_bad_input_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "x", "--dir", str(tmp_path / "missing")]) == 2
    assert "mappen finnes ikke" in capsys.readouterr().err
    assert main(["--lang", "en", "search", " ", "--dir", str(tmp_path)]) == 2
    assert "search text is empty" in capsys.readouterr().err
    assert main(["--lang", "nn", "search", " ", "--dir", str(tmp_path)]) == 2
    assert "søketeksten er tom" in capsys.readouterr().err
