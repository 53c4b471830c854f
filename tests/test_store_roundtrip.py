"""Sessions survive the trip to TOML and back, whatever style a person wrote them in."""

from __future__ import annotations

import datetime as dt
import os
import stat
import tomllib
from pathlib import Path

import pytest

from politirad.models.actions import ActionItem, ResponsibleSide, Status
from politirad.models.people import Council, Participant, Side
from politirad.models.session import Answer, Session
from politirad.sessions.storage import store
from politirad.sessions.errors import SessionFileError
from politirad.sessions.storage.naming import backup_path, free_path, session_filename, slugify


def _rich_session() -> Session:
    return Session(
        date=dt.date(2026, 11, 24),
        council=Council(name="Politirådet i Bø og Sauherad", municipalities=["Bø", "Sauherad"], police_unit="Midt-Telemark politistasjon"),
        facilitator="Åse Ødegård",
        participants=[Participant(name="Kari Nordmann", role="ordfører", side=Side.KOMMUNE)],
        answers={
            "1.1": Answer(note='Linje én\n"Sitat" med \'apostrof\' og \\ skråstrek\n\n  innrykk æøå ÆØÅ'),
            "1.2": Answer(note="", included=False),
            "2.1": Answer(note="Trippel \"\"\" anførselstegn og ''' også", confidential=True),
            "4.4": Answer(note="Tab\there, and a trailing newline\n"),
        },
        actions=[
            ActionItem(
                id="T1",
                title="Felles møteplan",
                details="To linjer\nmed detaljer",
                responsible_side=ResponsibleSide.KOMMUNE,
                responsible="SLT-koordinator",
                deadline=dt.date(2027, 3, 1),
                status=Status.PAGAR,
                question_id="4.4",
                year_measure=True,
            )
        ],
        learning_points=["Møt oftere", "Skriv referat"],
    )


def test_round_trip_keeps_every_character(tmp_path: Path) -> None:
    session = _rich_session()
    path = tmp_path / "s.toml"
    store.save(session, path)
    assert store.load(path) == session


def test_empty_notes_round_trip(tmp_path: Path) -> None:
    session = Session(date=dt.date(2026, 1, 2))
    path = tmp_path / "s.toml"
    store.save(session, path)
    assert store.load(path) == session


def test_file_is_readable_toml_with_multiline_notes_and_no_nulls(tmp_path: Path) -> None:
    path = tmp_path / "s.toml"
    store.save(_rich_session(), path)
    text = path.read_text(encoding="utf-8")
    assert 'note = """' in text
    assert "Linje én" in text and "æøå" in text
    assert "null" not in text and "None" not in text
    assert '[answers."1.1"]' in text
    assert "date = 2026-11-24" in text
    assert 'status = "pågår"' in text


def test_hand_written_file_in_other_toml_styles_loads_the_same(tmp_path: Path) -> None:
    canonical = tmp_path / "a.toml"
    store.save(_rich_session(), canonical)
    hand = tmp_path / "b.toml"
    hand.write_text(
        """# Skrevet for hånd
schema_version = 1
date = 2026-11-24
facilitator = 'Åse Ødegård'
council = { name = "Politirådet i Bø og Sauherad", municipalities = ['Bø', 'Sauherad'], police_unit = "Midt-Telemark politistasjon" }
participants = [ { name = "Kari Nordmann", role = "ordfører", side = "kommune" } ]
learning_points = [ "Møt oftere", 'Skriv referat' ]
answers."1.1".note = '''Linje én
"Sitat" med 'apostrof' og \\ skråstrek

  innrykk æøå ÆØÅ'''
answers."1.2".included = false
answers."2.1" = { note = "Trippel \\"\\"\\" anførselstegn og ''' også", confidential = true }
answers."4.4".note = "Tab\\there, and a trailing newline\\n"

[[actions]]
id = "T1"
title = 'Felles møteplan'
details = "To linjer\\nmed detaljer"
responsible_side = "kommune"
responsible = "SLT-koordinator"
deadline = 2027-03-01
status = "pågår"
question_id = "4.4"
year_measure = true
""",
        encoding="utf-8",
    )
    assert store.load(hand) == store.load(canonical)


def test_save_is_private_and_keeps_the_previous_version(tmp_path: Path) -> None:
    path = tmp_path / "s.toml"
    first = _rich_session()
    store.save(first, path)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    second = first.model_copy(update={"facilitator": "Ny fasilitator"})
    store.save(second, path)
    assert store.load(path).facilitator == "Ny fasilitator"
    assert store.load(backup_path(path)).facilitator == "Åse Ødegård"
    assert stat.S_IMODE(os.stat(backup_path(path)).st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_syntax_error_names_file_and_line_and_file_is_untouched(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    raw = b'schema_version = 1\ndate = 2026-11-24\nfacilitator = "open string\n'
    path.write_bytes(raw)
    with pytest.raises(SessionFileError) as info:
        store.load(path)
    assert str(path) in str(info.value)
    assert "line 3" in str(info.value)
    assert path.read_bytes() == raw


def test_validation_error_names_the_field(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text('schema_version = 1\ndate = 2026-11-24\n[[actions]]\nid = "T1"\ntitle = "x"\nstatus = "ferdig"\n')
    with pytest.raises(SessionFileError, match=r"field actions\[0\]\.status"):
        store.load(path)


def test_file_names_are_date_and_slug(tmp_path: Path) -> None:
    assert slugify("Politirådet i Bø – Ærlig Øst") == "politiradet-i-bo-aerlig-ost"
    assert session_filename(dt.date(2026, 11, 24), "") == "2026-11-24-politirad.toml"
    first = free_path(tmp_path, dt.date(2026, 11, 24), "Bø")
    first.write_text("x")
    assert free_path(tmp_path, dt.date(2026, 11, 24), "Bø").name == "2026-11-24-bo-2.toml"


def test_dumped_document_is_plain_toml() -> None:
    doc = tomllib.loads(store.dumps(_rich_session()))
    assert doc["actions"][0]["status"] == "pågår"
    assert "answers" in doc and "1.2" in doc["answers"]
