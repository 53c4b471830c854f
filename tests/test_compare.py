"""Comparing years: per sub-question changes, measures opened and closed, learning points."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from politirad.models.actions import Status
from politirad.sessions.reports.carry import carry_forward
from politirad.sessions.reports.compare import NoteChange, compare_sessions
from politirad.sessions.documents.compare import render_comparison
from tests.years_samples import Y2024, Y2025, Y2026, load_year
from politirad.tui.cli.main import main


def _changes(old: Path, new: Path) -> dict[str, NoteChange]:
    comparison = compare_sessions(load_year(old), load_year(new))
    return {q.id: q.change for q in comparison.questions}


def test_question_changes_2025_to_2026() -> None:
    changes = _changes(Y2025, Y2026)
    assert changes["1.1"] is NoteChange.CHANGED
    assert changes["2.4"] is NoteChange.REMOVED
    assert changes["4.2"] is NoteChange.SAME
    assert changes["2.7"] is NoteChange.CHANGED  # the council's own question lines up too
    assert "6.1" not in changes  # unanswered in both years is left out


def test_question_added_and_confidential_marked() -> None:
    comparison = compare_sessions(load_year(Y2024), load_year(Y2025))
    by_id = {q.id: q for q in comparison.questions}
    assert by_id["3.4"].change is NoteChange.REMOVED
    assert by_id["3.4"].confidential
    reverse = {q.id: q.change for q in compare_sessions(load_year(Y2025), load_year(Y2024)).questions}
    assert reverse["3.4"] is NoteChange.ADDED


def test_measures_opened_closed_still_open_2024_to_2025() -> None:
    measures = compare_sessions(load_year(Y2024), load_year(Y2025)).measures
    assert [m.id for m in measures if m.opened] == ["T6", "T7"]
    assert [m.id for m in measures if m.closed] == ["T2", "T5"]
    assert [m.id for m in measures if m.still_open] == ["T3"]
    # T1 and T4 were already fullført/avbrutt in 2024: neither closed now nor dropped.
    t1 = next(m for m in measures if m.id == "T1")
    assert not (t1.opened or t1.closed or t1.still_open or t1.dropped)


def test_measure_dropped_when_open_item_is_missing_next_year() -> None:
    new = carry_forward(load_year(Y2025), dt.date(2026, 3, 12))
    new.actions = [a for a in new.actions if a.id != "T6"]
    measures = compare_sessions(load_year(Y2025), new).measures
    assert [m.id for m in measures if m.dropped] == ["T6"]


def test_learning_points_then_and_now() -> None:
    comparison = compare_sessions(load_year(Y2025), load_year(Y2026))
    assert comparison.old_learning[0] == "Skriftlig avtale ga oss faste møter og tydelige roller."
    assert comparison.new_learning[-1] == "Faste møter virker; hold på fire i året."


def test_criteria_scores_then_and_now() -> None:
    criteria = {c.id: c for c in compare_sessions(load_year(Y2024), load_year(Y2026)).criteria}
    assert (criteria["motestruktur"].old_score, criteria["motestruktur"].new_score) == (1, 4)
    assert (criteria["taushetsplikt"].old_score, criteria["taushetsplikt"].new_score) == (None, 3)
    assert "malsettinger" not in criteria  # rated in neither year


def test_rendered_text_fits_78_columns_and_names_what_changed() -> None:
    text = render_comparison(compare_sessions(load_year(Y2025), load_year(Y2026)))
    assert max(len(line) for line in text.splitlines()) <= 78
    assert "2025-03-13 mot 2026-03-12" in text
    assert "T3  Lage ungdata-basert kunnskapsgrunnlag om rus (pågår → fullført)" in text
    assert "Nye tiltak:" in text and "T8  Rusforebyggende undervisning" in text
    assert "Uendret: 4.2" in text


def test_rendered_in_english_when_session_is_english() -> None:
    new = load_year(Y2026).model_copy(update={"language": "en"})
    text = render_comparison(compare_sessions(load_year(Y2025), new))
    assert "Comparison: Politirådet i Fjordvik" in text
    assert "1.1  What is the council proud to have achieved?" in text
    assert "Closed since last time:" in text
    assert "Spørsmål" not in text


def test_compare_of_carried_session_shows_status_moves() -> None:
    new = carry_forward(load_year(Y2025), dt.date(2026, 3, 12))
    new.actions[0] = new.actions[0].model_copy(update={"status": Status.FULLFORT})
    text = render_comparison(compare_sessions(load_year(Y2025), new))
    assert "Avsluttet siden sist:" in text
    assert "Fortsatt åpne:" in text


def test_cli_compare_prints_and_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", str(Y2025), str(Y2026)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Sammenligning: Politirådet i Fjordvik")


def test_cli_compare_english_by_flag(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "compare", str(Y2025), str(Y2026)]) == 0
    assert capsys.readouterr().out.startswith("Comparison:")


def test_cli_compare_missing_file_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.toml"
    assert main(["compare", str(Y2025), str(missing)]) == 2
    err = capsys.readouterr().err
    assert err.strip() == f"politirad: {missing}: filen finnes ikke"
    assert main(["--lang", "en", "compare", str(Y2025), str(missing)]) == 2
    assert capsys.readouterr().err.strip() == f"politirad: {missing}: no such file"


def test_cli_compare_needs_two_files() -> None:
    with pytest.raises(SystemExit) as exc:
        main(["compare", str(Y2025)])
    assert exc.value.code == 2


def test_cli_compare_masks_confidential_notes_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 14: like draft, minutes and prep; `--include-confidential` shows them."""
    secret = "Uklart hva politiet kan dele om enkeltungdommer."
    assert main(["compare", str(Y2024), str(Y2025)]) == 0
    out = capsys.readouterr().out
    assert secret not in out
    assert "(konfidensielt notat, ikke vist)" in out
    assert "1 konfidensielt notat er ikke tatt med." in out
    assert "Besvart i fjor, ikke i år." in out
    assert main(["compare", "--include-confidential", str(Y2024), str(Y2025)]) == 0
    out = capsys.readouterr().out
    assert secret in out and "ikke tatt med" not in out
