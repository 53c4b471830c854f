"""Starting a year from the last one: what is carried, what starts empty, last year's notes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from politirad.models.actions import Status
from politirad.sessions.storage import store
from politirad.sessions.reports.carry import CarryDateError, carry_forward, find_last_year, last_year_of
from politirad.sessions.storage.naming import session_filename
from tests.years_samples import Y2024, Y2025, Y2026, copy_years, load_year
from politirad.tui.cli.main import main


def test_open_measures_are_carried_with_same_ids_and_date() -> None:
    new = carry_forward(load_year(Y2024), dt.date(2025, 3, 13))
    assert [a.id for a in new.actions] == ["T2", "T3", "T5"]
    assert {a.carried_from for a in new.actions} == {dt.date(2024, 3, 14)}
    assert [a.status for a in new.actions] == [Status.PAGAR, Status.IKKE_STARTET, Status.IKKE_STARTET]


def test_done_and_stopped_measures_stay_behind() -> None:
    new = carry_forward(load_year(Y2025), dt.date(2026, 3, 12))
    # T2, T5, T7 were fullført in 2025: only the open T3 and T6 come along.
    assert [a.id for a in new.actions] == ["T3", "T6"]
    assert all(a.status.is_open for a in new.actions)


def test_setup_carried_and_this_years_work_starts_empty() -> None:
    old = load_year(Y2025)
    new = carry_forward(old, dt.date(2026, 3, 12))
    assert new.council == old.council
    assert [p.name for p in new.participants] == [p.name for p in old.participants]
    assert [q.id for q in new.own_questions] == ["2.7"]
    assert new.answers == {}
    assert new.learning_points == []
    assert new.criteria == {}
    assert new.pitfalls == []
    assert new.meetings_past_year is None
    assert all(a.review_note == "" for a in new.actions)


def test_carrying_leaves_the_previous_session_untouched() -> None:
    old = load_year(Y2024)
    new = carry_forward(old, dt.date(2025, 3, 13))
    new.actions[0].title = "Endret"
    new.participants[0].name = "Annen person"
    assert old.actions[1].title == "Skrive samarbeidsavtale for politirådet"
    assert old.participants[0].name == "Kari Nordvik"
    assert old.actions[1].carried_from is None


def test_council_name_can_be_renamed_on_carry() -> None:
    new = carry_forward(load_year(Y2024), dt.date(2025, 1, 1), council="Politirådet i Nye Fjordvik")
    assert new.council.name == "Politirådet i Nye Fjordvik"
    assert new.council.police_unit == "Fjordvik politistasjon"


@pytest.mark.parametrize("date", [dt.date(2025, 3, 13), dt.date(2024, 1, 1)])
def test_new_date_must_come_after_previous(date: dt.date) -> None:
    with pytest.raises(CarryDateError, match="must come after"):
        carry_forward(load_year(Y2025), date)


def test_carried_session_round_trips_through_toml(tmp_path: Path) -> None:
    new = carry_forward(load_year(Y2025), dt.date(2026, 3, 12))
    path = tmp_path / session_filename(new.date, new.council.name)
    store.save(new, path)
    again = store.load(path)
    assert again == new
    assert "carried_from = 2025-03-13" in path.read_text(encoding="utf-8")


def test_last_years_note_found_in_folder_by_council_and_date(tmp_path: Path) -> None:
    folder = copy_years(tmp_path / "s")
    this_year = load_year(Y2026)
    last = find_last_year(folder, this_year, folder / Y2026.name)
    assert last is not None
    assert last.date == dt.date(2025, 3, 13)
    assert last.note("4.4").startswith("Tre møter i fjor")
    assert last.note("2.7").startswith("Rektor deltok")
    assert last.note("6.1") == ""


def test_last_year_skips_other_councils_and_later_years(tmp_path: Path) -> None:
    folder = copy_years(tmp_path / "s", Y2024, Y2026)
    other = load_year(Y2025)
    other.council.name = "Politirådet i Sørvik"
    store.save(other, folder / "2025-03-13-politiradet-i-sorvik.toml")
    last = find_last_year(folder, load_year(Y2025))  # a Fjordvik session dated 2025
    assert last is not None and last.date == dt.date(2024, 3, 14)
    assert find_last_year(folder, load_year(Y2024)) is None


def test_last_year_ignores_broken_files(tmp_path: Path) -> None:
    folder = copy_years(tmp_path / "s", Y2024)
    (folder / "2025-01-01-broken.toml").write_text("not = [valid", encoding="utf-8")
    last = find_last_year(folder, load_year(Y2025))
    assert last is not None and last.date == dt.date(2024, 3, 14)


def test_last_year_keeps_confidential_flag() -> None:
    last = last_year_of(load_year(Y2024))
    answer = last.answer("3.4")
    assert answer is not None and answer.confidential


def test_cli_new_from_previous_puts_file_beside_it(
    tmp_path: Path, politirad_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = copy_years(tmp_path / "s", Y2024, Y2025)
    previous = folder / Y2025.name
    assert main(["new", "--from", str(previous), "--date", "2026-03-12", "--no-open"]) == 0
    created = Path(capsys.readouterr().out.strip())
    assert created == folder / "2026-03-12-politiradet-i-fjordvik.toml"
    session = store.load(created)
    assert [(a.id, a.carried_from) for a in session.actions] == [
        ("T3", dt.date(2025, 3, 13)),
        ("T6", dt.date(2025, 3, 13)),
    ]
    assert not politirad_home.exists()  # nothing written to the default folder
    last = find_last_year(folder, session, created)
    assert last is not None and last.date == dt.date(2025, 3, 13)


def test_cli_new_from_honours_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "here.toml"
    assert main(["new", "--from", str(Y2024), "--date", "2025-03-13", "-o", str(out), "--no-open"]) == 0
    assert store.load(out).action("T2") is not None


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["new", "--from", "missing.toml", "--no-open"], "missing.toml: no such file"),
        (["new", "--from", str(Y2025), "--date", "2025-03-13", "--no-open"], "must come after"),
    ],
)
def test_cli_new_from_bad_input_exit_2(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--lang", "en", *argv]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_carried_measures_lose_their_star() -> None:
    """Issue 14: last year's five measures are not this year's; F4 starts at 0 of 5."""
    old = load_year(Y2024)
    for item in old.actions:
        item.year_measure = True
    new = carry_forward(old, dt.date(2025, 3, 13))
    assert new.actions and not any(a.year_measure for a in new.actions)
    assert all(a.year_measure for a in old.actions)
