"""The minutes (møtereferat): `politirad minutes` on the sample sessions."""

from __future__ import annotations

import pytest

from politirad.sessions.documents.minutes import render_minutes
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
        ("minutes_full.txt", "full", {}),
        ("minutes_full_confidential.txt", "full", {"include_confidential": True}),
        ("minutes_full.md", "full", {"fmt": "markdown"}),
        ("minutes_empty.txt", "empty", {}),
        ("minutes_english.txt", "english", {}),
    ],
)
def test_minutes_match_golden(golden: str, name: str, options: dict[str, object]) -> None:
    text = render_minutes(sample(name), **options)  # type: ignore[arg-type]
    assert_golden(golden, text)


def test_minutes_name_council_date_participants_and_measures() -> None:
    text = render_minutes(sample("full"))
    assert text.startswith("MØTEREFERAT\n\nEgenevaluering i Politirådet i Lillevik\n")
    assert "Dato: 12. mars 2026" in text
    assert "Per Hansen, politistasjonssjef, Politiet" in text
    measures = text.split("\nTiltak\n------\n")[1]
    assert "Felles: ordfører og" in measures and "2026-04-30" in measures


def test_notes_stand_under_their_question() -> None:
    text = render_minutes(sample("full"))
    q44 = text.index("4.4  Hvordan er møtestrukturen?")
    assert text.index("Ordføreren leder rådet.") > q44
    assert text.index("Ordføreren leder rådet.") < text.index("5. Hva er de viktigste")


def test_confidential_notes_are_withheld_and_counted() -> None:
    text = render_minutes(sample("full"))
    assert_no_confidential(text)
    assert "Konfidensielle notater holdt utenfor: 2." in text
    assert text.count("[konfidensielt notat utelatt]") == 2


def test_include_confidential_prints_them_marked() -> None:
    text = render_minutes(sample("full"), include_confidential=True)
    assert "Uenighet om ressursbruken ved skolene" in text
    assert text.count("[konfidensielt]") == 3  # the statement names the mark once
    assert "[konfidensielt notat utelatt]" not in text


def test_own_questions_and_left_out_questions() -> None:
    text = render_minutes(sample("english"))
    assert "7. How do we reach young people?" in text
    assert "4.8  Should the council have a deputy chair?" in text
    assert "[confidential note left out]" in text


def test_cli_minutes_with_confidential_flag(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["minutes", str(sample_path("full")), "--include-confidential"])
    out = capsys.readouterr().out
    assert code == 0
    assert out == render_minutes(sample("full"), include_confidential=True)
