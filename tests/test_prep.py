"""The preparation sheet: `politirad prep`, sent to participants before the meeting."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from politirad.models.session import Answer, Session
from politirad.sessions.live.timebox import allocation
from tests.docs_support import render_prep
from tests.docs_support import (
    assert_golden,
    assert_no_confidential,
    sample,
    sample_path,
)
from politirad.tui.cli.main import main


@pytest.mark.parametrize(
    ("golden", "name", "options"),
    [
        ("prep_full.txt", "full", {}),
        ("prep_full.md", "full", {"fmt": "markdown"}),
        ("prep_empty.txt", "empty", {}),
        ("prep_english.txt", "english", {}),
        ("prep_region.txt", "region", {}),
        ("prep_region.md", "region", {"fmt": "markdown"}),
        ("prep_nynorsk.txt", "nynorsk", {}),
    ],
)
def test_prep_matches_golden(golden: str, name: str, options: dict[str, object]) -> None:
    text = render_prep(sample(name), **options)  # type: ignore[arg-type]
    assert_golden(golden, text)


def test_sheet_carries_no_notes_even_when_confidential_are_asked_for() -> None:
    session = sample("full")
    for include in (False, True):
        text = render_prep(session, include_confidential=include)
        assert_no_confidential(text)
        assert "Nattravnene" not in text
        assert "2 konfidensielle notater er ikke tatt med." in text


def test_left_out_questions_are_not_sent_and_own_ones_are() -> None:
    text = render_prep(sample("english"))
    assert "1.2  " not in text and "2  Which actors" not in text
    assert "4.8  Should the council have a deputy chair?" in text
    assert "7  How do we reach young people?" in text
    assert "7.1  Which channels reach young people best?" in text


def test_practical_details_and_open_measures() -> None:
    text = render_prep(sample("full"))
    assert "Tidsramme: 120 minutter" in text and "Møteleder: Ingrid Fjeldstad" in text
    assert "Rus og ungdom i sentrum" in text
    review = text.split("Tiltak som skal gjennomgås")[1]
    assert "*T1" in review and "*T2" in review and "T3" not in review


@pytest.mark.parametrize("budget", [120, 100, 7])
def test_even_schedule_adds_up_to_the_budget(budget: int) -> None:
    session = Session(date=dt.date(2026, 5, 4), time_budget_minutes=budget)
    minutes = allocation(session)
    assert sum(minutes.values()) == budget
    assert max(minutes.values()) - min(minutes.values()) <= 1
    text = render_prep(session)
    shown = [int(m) for m in re.findall(r"^\d\. .*?(\d+) min$", text, re.M)]
    assert sum(shown) == budget


def test_schedule_follows_the_sessions_own_split() -> None:
    text = render_prep(sample("english"))
    assert re.search(r"^4\. How do the formal frameworks work\? +50 min$", text, re.M)
    assert re.search(r"^3\. What hinders", text, re.M)
    # the clock's rule (issue 14): the own split used up the budget, so 3 gets what is left
    assert re.search(r"^3\. What hinders .* 0 min$", text, re.M)


def test_no_questions_chosen() -> None:
    from politirad.models.guide import SUB_QUESTIONS

    session = Session(
        date=dt.date(2026, 5, 4),
        answers={qid: Answer(included=False) for qid in SUB_QUESTIONS},
    )
    text = render_prep(session)
    assert "Ingen spørsmål valgt." in text and "Tidsplan" not in text


def test_cli_prep(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["prep", str(sample_path("english"))]) == 0
    captured = capsys.readouterr()
    assert captured.out == render_prep(sample("english"))
    assert captured.err == ""


def test_sheet_names_place_and_time_of_the_meeting() -> None:
    practical = render_prep(sample("region")).split("Praktisk")[1].split("Deltakere")[0]
    assert "Møtested: Nordfjordeid, Eid rådhus, kommunestyresalen" in practical
    assert "Dato: 21. oktober 2026" in practical and "Tid: 09.00–11.30" in practical
    assert "Referent: Marte Hjelle" in practical
