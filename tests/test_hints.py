"""Hints from the data: each triggered when the data says so, silent otherwise."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from politirad.models.actions import ActionItem, Status
from politirad.models.people import Participant, Side
from politirad.models.session import Session
from politirad.sessions.reports.hints import hints_for
from tests.years_samples import Y2024, Y2025, Y2026
from politirad.tui.cli.main import main

ANCHORED = [
    Participant(name="Kari Nordvik", role="ordfører", side=Side.KOMMUNE),
    Participant(name="Per Olav Strand", role="kommunedirektør/rådmann", side=Side.KOMMUNE),
    Participant(name="Tone Berg", role="politistasjonssjef", side=Side.POLITI),
]


def _session(**changes: object) -> Session:
    """A session that triggers no hint, with `changes` applied."""
    base: dict[str, object] = {
        "date": dt.date(2026, 3, 12),
        "meetings_past_year": 4,
        "written_agreement": True,
        "participants": ANCHORED,
    }
    return Session.model_validate(base | changes)


def _ids(session: Session) -> list[str]:
    return [h.id for h in hints_for(session)]


def test_a_healthy_session_gets_no_hints() -> None:
    assert _ids(_session()) == []


@pytest.mark.parametrize(
    ("meetings", "expected"),
    [
        (0, ["meetings_below_minimum"]),
        (1, ["meetings_below_minimum"]),
        (2, ["meetings_below_satisfied"]),
        (3, []),
        (None, []),  # not recorded: no hint
    ],
)
def test_meeting_hints(meetings: int | None, expected: list[str]) -> None:
    assert _ids(_session(meetings_past_year=meetings)) == expected


def test_meeting_hints_cite_the_guide() -> None:
    (minimum,) = hints_for(_session(meetings_past_year=1))
    assert minimum.source == "Veilederen 3.5, «Fast møtestruktur»"
    assert minimum.quote == "Rundskrivet sier det bør være minimum to møter årlig."
    assert "1 møte " in minimum.text
    (satisfied,) = hints_for(_session(meetings_past_year=2))
    assert "Rambøll 2014" in satisfied.source
    assert "tre eller flere møter i året var mest tilfreds" in satisfied.quote


def test_missing_ordforer_and_radmann() -> None:
    police_only = [ANCHORED[2]]
    assert _ids(_session(participants=police_only)) == ["no_ordforer", "no_radmann"]
    (hint,) = hints_for(_session(participants=ANCHORED[1:]))
    assert hint.id == "no_ordforer"
    assert hint.quote == "Det forutsettes at ordfører og rådmann deltar i politirådet."


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("varaordfører", ["no_ordforer"]),  # a deputy is not the mayor
        ("Ordfører", []),
        ("byrådsleder", []),
        ("ordfører (leder)", []),
    ],
)
def test_ordforer_matched_by_whole_word(role: str, expected: list[str]) -> None:
    people = [Participant(name="A", role=role), *ANCHORED[1:]]
    assert _ids(_session(participants=people)) == expected


@pytest.mark.parametrize("role", ["rådmann", "kommunedirektør", "Konstituert rådmann"])
def test_radmann_in_any_of_its_names(role: str) -> None:
    people = [ANCHORED[0], Participant(name="B", role=role)]
    assert _ids(_session(participants=people)) == []


def test_no_participants_yet_gives_no_anchoring_hint() -> None:
    assert _ids(_session(participants=[])) == []


@pytest.mark.parametrize(("agreement", "expected"), [(False, ["no_agreement"]), (True, []), (None, [])])
def test_written_agreement(agreement: bool | None, expected: list[str]) -> None:
    assert _ids(_session(written_agreement=agreement)) == expected


def test_last_years_measures_still_open() -> None:
    carried = dt.date(2025, 3, 13)
    actions = [
        ActionItem(id="T3", title="Kunnskapsgrunnlag", carried_from=carried, status=Status.PAGAR),
        ActionItem(id="T6", title="Skolen fast med", carried_from=carried),
        ActionItem(id="T7", title="Ferdig", carried_from=carried, status=Status.FULLFORT),
        ActionItem(id="T8", title="Nytt i år"),
    ]
    (hint,) = hints_for(_session(actions=actions))
    assert hint.id == "carried_open"
    assert hint.text.endswith("T3, T6.")
    assert hint.quote == "Blir tiltak og beslutninger satt ut i livet?"
    closed = [a.model_copy(update={"status": Status.FULLFORT}) for a in actions]
    assert _ids(_session(actions=closed)) == []


def test_english_text_keeps_norwegian_quote() -> None:
    (hint,) = hints_for(_session(written_agreement=False), language="en")
    assert hint.text == "The council has no written cooperation agreement."
    assert hint.source == "Guide 3.5, 'Written cooperation agreement'"
    assert hint.quote.startswith("Felles utarbeidelse av")


def test_sample_years_hints() -> None:
    from tests.years_samples import load_year

    assert _ids(load_year(Y2024)) == ["meetings_below_minimum", "no_agreement"]
    assert _ids(load_year(Y2025)) == ["no_ordforer", "carried_open"]
    assert _ids(load_year(Y2026)) == ["carried_open"]


def test_cli_hints(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["hints", str(Y2024)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("- Politirådet hadde 1 møte siste år")
    assert "Veilederen 3.5, «Skriftlig samarbeidsavtale»" in out
    assert max(len(line) for line in out.splitlines()) <= 78


def test_cli_hints_none(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from politirad.sessions.storage import store

    path = tmp_path / "2026-03-12-x.toml"
    store.save(_session(), path)
    assert main(["hints", str(path)]) == 0
    assert capsys.readouterr().out.startswith("Ingen merknader")


def test_cli_hints_missing_file_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "nn", "hints", str(tmp_path / "nope.toml")]) == 2
    assert "fila finst ikkje" in capsys.readouterr().err


def test_last_years_open_measures_never_carried_count_too() -> None:
    from tests.years_samples import load_year

    previous = load_year(Y2025)  # T3 pågår, T6 ikke startet
    this_year = _session(actions=[ActionItem(id="T3", title="Ferdig nå", status=Status.FULLFORT)])
    (hint,) = hints_for(this_year, previous=previous)
    assert hint.id == "carried_open"
    assert hint.text.endswith(": T6.")  # T3 was closed this year; T6 was left behind
    assert _ids(this_year) == []  # without last year's session there is nothing to say


def test_cli_hints_reads_last_year_from_the_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from politirad.sessions.storage import store
    from tests.years_samples import copy_years

    folder = copy_years(tmp_path / "s", Y2025)
    path = folder / "2026-03-12-politiradet-i-fjordvik.toml"
    store.save(_session(council={"name": "Politirådet i Fjordvik"}), path)
    assert main(["hints", str(path)]) == 0
    assert "Tiltak fra i fjor som fortsatt er åpne: T3, T6." in capsys.readouterr().out
