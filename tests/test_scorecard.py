"""The success-criteria scorecard: TOML round trip, ratings over years, the CLI."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from politirad.models.criteria import PITFALLS, SUCCESS_CRITERIA
from politirad.models.safe_text import clean_text
from politirad.models.session import CriterionRating, Session
from politirad.sessions.storage import store
from politirad.sessions.errors import SessionFileError
from politirad.sessions.documents.scorecard import render_scorecard, score_bar
from politirad.sessions.reports.scorecard import build_scorecard, council_scorecard
from tests.years_samples import Y2024, Y2025, Y2026, copy_years, load_year
from politirad.tui.cli.main import main

CRITERION_IDS = [c.id for c in SUCCESS_CRITERIA]
PITFALL_IDS = [p.id for p in PITFALLS]


def test_ratings_and_pitfalls_round_trip_through_toml(tmp_path: Path) -> None:
    session = Session(
        date=dt.date(2026, 3, 12),
        criteria={
            "forankring": CriterionRating(score=5, reason="Ordfører og rådmann på alle møter."),
            "taushetsplikt": CriterionRating(score=1, reason='Uklart: «hva kan deles?»\n'),
        },
        pitfalls=["f1", "f8"],
    )
    path = tmp_path / "2026-03-12-x.toml"
    store.save(session, path)
    assert store.load(path) == session


@given(
    ratings=st.dictionaries(
        st.sampled_from(CRITERION_IDS),
        # text as it is once inside politirad (cleaned where it enters, models/safe_text.py)
        st.builds(CriterionRating, score=st.integers(1, 5), reason=st.text(max_size=40).map(clean_text)),
    ),
    pitfalls=st.lists(st.sampled_from(PITFALL_IDS), unique=True),
)
def test_any_scorecard_round_trips(ratings: dict[str, CriterionRating], pitfalls: list[str]) -> None:
    session = Session(date=dt.date(2026, 3, 12), criteria=ratings, pitfalls=pitfalls)
    assert store.parse_document(tomllib.loads(store.dumps(session))) == session


@pytest.mark.parametrize("score", [0, 6])
def test_scores_outside_1_to_5_are_refused_on_load(tmp_path: Path, score: int) -> None:
    path = tmp_path / "2026-03-12-x.toml"
    path.write_text(
        f'schema_version = 1\ndate = 2026-03-12\n[criteria.avtale]\nscore = {score}\n',
        encoding="utf-8",
    )
    with pytest.raises(SessionFileError, match=r"criteria\.avtale\.score"):
        store.load(path)


def test_scores_over_three_years_for_the_chart(tmp_path: Path) -> None:
    folder = copy_years(tmp_path / "s")
    card = council_scorecard(folder, load_year(Y2026), folder / Y2026.name)
    assert card.dates == (dt.date(2024, 3, 14), dt.date(2025, 3, 13), dt.date(2026, 3, 12))
    rows = {r.id: r for r in card.criteria}
    assert list(rows) == CRITERION_IDS  # all eight, in the guide's order
    assert rows["motestruktur"].scores == (1, 3, 4)
    assert rows["lokale_utfordringer"].scores == (None, 3, 4)  # gaps stay gaps
    assert rows["malsettinger"].scores == (None, None, None)
    assert rows["forankring"].latest_reason == "Ordfører og rådmann på alle møtene."
    pits = {p.id: p for p in card.pitfalls}
    assert pits["f8"].ticked == (True, False, False)
    assert pits["f6"].ticked_now


def test_in_memory_session_stands_in_for_its_file(tmp_path: Path) -> None:
    folder = copy_years(tmp_path / "s")
    this_year = load_year(Y2026)
    this_year.criteria["malsettinger"] = CriterionRating(score=2, reason="Ikke avklart.")
    card = council_scorecard(folder, this_year, folder / Y2026.name)
    assert len(card.dates) == 3
    assert {r.id: r.scores for r in card.criteria}["malsettinger"] == (None, None, 2)


def test_scorecard_of_an_earlier_year_leaves_out_later_ones(tmp_path: Path) -> None:
    folder = copy_years(tmp_path / "s")
    card = council_scorecard(folder, load_year(Y2025), folder / Y2025.name)
    assert card.dates == (dt.date(2024, 3, 14), dt.date(2025, 3, 13))


def test_other_councils_are_not_in_the_history(tmp_path: Path) -> None:
    folder = copy_years(tmp_path / "s", Y2024, Y2026)
    other = load_year(Y2025)
    other.council.name = "Politirådet i Sørvik"
    store.save(other, folder / "2025-03-13-politiradet-i-sorvik.toml")
    card = council_scorecard(folder, load_year(Y2026), folder / Y2026.name)
    assert [d.year for d in card.dates] == [2024, 2026]


def test_english_titles() -> None:
    card = build_scorecard([load_year(Y2026)], language="en")
    assert card.criteria[1].title == "Fixed meeting structure"
    assert card.pitfalls[-1].text == "Rare meetings and low priority."


def test_score_bar() -> None:
    assert score_bar(3) == "███░░"
    assert score_bar(None) == "·····"


def test_rendered_scorecard(tmp_path: Path) -> None:
    folder = copy_years(tmp_path / "s")
    text = render_scorecard(council_scorecard(folder, load_year(Y2026), folder / Y2026.name))
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= 78
    at = lines.index("Fast møtestruktur")
    assert lines[at + 1 : at + 5] == [
        "  2024  █░░░░  1",
        "  2025  ███░░  3",
        "  2026  ████░  4",
        "        Fire møter, datoer satt ett år fram.",
    ]
    assert "[x] For stort fokus på manglende ressurser." in lines
    assert "[ ] Sjeldne møter og lav prioritering." in lines


def test_cli_scorecard_uses_the_files_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = copy_years(tmp_path / "s")
    assert main(["scorecard", str(folder / Y2026.name)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Suksesskriterier: Politirådet i Fjordvik")
    assert "  2024  ████░  4" in out


def test_cli_scorecard_missing_file_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["scorecard", str(tmp_path / "nope.toml")]) == 2
    assert capsys.readouterr().err.strip().endswith("nope.toml: filen finnes ikke")


def test_cli_scorecard_invalid_file_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "2026-03-12-x.toml"
    path.write_text("schema_version = 1\ndate = 2026-03-12\npitfalls = ['f99']\n", "utf-8")
    assert main(["--lang", "en", "scorecard", str(path)]) == 2
    assert "unknown pitfall 'f99'" in capsys.readouterr().err
    assert main(["scorecard", str(path)]) == 2
    assert "ukjent fallgruve 'f99'" in capsys.readouterr().err


def test_reason_is_folded_to_one_line() -> None:
    rating = CriterionRating(score=3, reason="  Fire møter,\r\n  datoer satt\tett år fram. ")
    assert rating.reason == "Fire møter, datoer satt ett år fram."
