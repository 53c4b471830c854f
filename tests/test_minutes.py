"""The minutes (møtereferat): `politirad minutes` on the sample sessions."""

from __future__ import annotations

import re

import pytest

from tests.docs_support import render_minutes
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
        ("minutes_region.txt", "region", {}),
        ("minutes_region.md", "region", {"fmt": "markdown"}),
        ("minutes_nynorsk.txt", "nynorsk", {}),
    ],
)
def test_minutes_match_golden(golden: str, name: str, options: dict[str, object]) -> None:
    text = render_minutes(sample(name), **options)  # type: ignore[arg-type]
    assert_golden(golden, text)


def test_minutes_name_council_date_participants_and_measures() -> None:
    text = render_minutes(sample("full"))
    assert text.startswith("MØTEREFERAT\n\nPolitirådet i Lillevik\n")
    assert "Dato: 12. mars 2026" in text
    assert "Per Hansen, politistasjonssjef, Lillevik politistasjon" in text
    measures = text.split("Politirådet vedtok disse tiltakene:")[1]
    assert "Felles:" in measures and "ordfører og" in measures and "2026-04-30" in measures
    assert "fullført" in measures  # the minutes keep every measure with its status


def test_minutes_header_has_place_time_apologies_referent_and_numbered_items() -> None:
    text = render_minutes(sample("region"))
    head = text.split("Sak 1:")[0]
    for fact in (
        "Møtested: Nordfjordeid, Eid rådhus, kommunestyresalen",
        "Dato: 21. oktober 2026",
        "Tid: 09.00–11.30",
        "Linda Reite, ordfører, Stad kommune",
        "Geir Aasen, politistasjonssjef, Nordfjord politistasjon",
        "Forfall: Tor Eide, kommunedirektør i Gloppen",
        "Referent: Marte Hjelle",
    ):
        assert fact in head
    items = re.findall(r"^Sak (\d+): ", text, re.M)
    assert items == [str(n) for n in range(1, len(items) + 1)] and len(items) == 6
    assert "Neste møte er 10. februar 2027." in text
    not_discussed = text.split("Sak 1:")[1].split("Sak 2:")[0].split("Ikke drøftet:")[1]
    assert "1.5  Hva har politirådet ikke fått til" in not_discussed


def test_notes_stand_under_their_question() -> None:
    text = render_minutes(sample("full"))
    q44 = text.index("4.4  Hvordan er møtestrukturen?")
    assert text.index("Ordføreren leder rådet.") > q44
    assert text.index("Ordføreren leder rådet.") < text.index("Sak 5: Hva er de viktigste")


def test_confidential_notes_are_withheld_and_counted() -> None:
    text = render_minutes(sample("full"))
    assert_no_confidential(text)
    assert "2 konfidensielle notater er ikke tatt med." in text
    assert text.count("[Konfidensielt notat holdt utenfor referatet.]") == 2


def test_include_confidential_prints_them_marked() -> None:
    text = render_minutes(sample("full"), include_confidential=True)
    assert "Uenighet om ressursbruken ved skolene" in text
    assert text.count("[konfidensielt]") == 3  # the statement names the mark once
    assert "[Konfidensielt notat holdt utenfor referatet.]" not in text


def test_own_questions_and_left_out_questions() -> None:
    text = render_minutes(sample("english"))
    assert "Item 6: How do we reach young people?" in text
    assert "4.8  Should the council have a deputy chair?" in text
    assert "[Confidential note kept out of the minutes.]" in text
    left_out = text.split("Questions not discussed")[1]
    assert "2  Which actors have taken part" in left_out


def test_cli_minutes_with_confidential_flag(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["minutes", str(sample_path("full")), "--include-confidential"])
    out = capsys.readouterr().out
    assert code == 0
    assert out == render_minutes(sample("full"), include_confidential=True)
