"""The live session's crash journal reuses what it formatted before; every change still
reaches it. The live session marks which answers changed (or that anything may have);
after each kind of change the journal must read back as the session in memory, as a
person recovering after a crash would get it.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest

from politirad.models.factory import new_session
from politirad.sessions.storage import store
from politirad.sessions.live.journal import journal_path
from politirad.sessions.live.session import LiveSession

Step = Callable[[LiveSession], object]

STEPS: list[tuple[str, Step]] = [
    ("first note", lambda live: live.set_note("1.1", "Vi møtes fire ganger i året.")),
    ("typing on", lambda live: live.set_note("1.1", "Vi møtes fire ganger i året. Ordfører")),
    ("another note", lambda live: live.set_note("2.3", "Politiet deltar alltid.")),
    ("left out", lambda live: live.set_included("2.1", False)),
    ("taken back", lambda live: live.set_included("2.1", True)),
    ("confidential", lambda live: live.toggle_confidential("2.3")),
    ("note emptied", lambda live: live.set_note("1.1", "")),
    ("note again", lambda live: live.set_note("1.1", "Ny tekst\nandre linje")),
    ("action added", lambda live: live.add_action(title="Felles plan", question_id="1.1")),
    ("own question", lambda live: live.add_own_question("3", "Hvem følger opp?")),
    ("note under it", lambda live: live.set_note(live.session.own_questions[-1].id, "Kommunedirektøren")),
    ("whole main left out", lambda live: live.set_main_included("4", False)),
    ("setup", lambda live: live.update_setup(time_budget_minutes=90)),
    ("note after setup", lambda live: live.set_note("2.3", "Politiet deltar nesten alltid.")),
    ("a second action", lambda live: live.add_action(title="Vandring", responsible="Kari", deadline=dt.date(2027, 1, 31))),
    ("status pressed", lambda live: live.cycle_status("T1")),
    ("starred", lambda live: live.toggle_year_measure("T2")),
    ("edited", lambda live: live.update_action("T1", title="Felles plan for 2027")),
    ("a short one", lambda live: live.add_action(title="Ny")),  # short: tomli_w would inline it
    ("first removed", lambda live: live.remove_action("T1")),
    ("status on the rest", lambda live: live.cycle_status("T3")),
]


@pytest.fixture
def live(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> LiveSession:
    monkeypatch.setenv("POLITIRAD_HOME", str(tmp_path / "home"))
    path = tmp_path / "2026-11-24-politiradet-i-lillevik.toml"
    store.save(new_session(dt.date(2026, 11, 24), "Politirådet i Lillevik"), path)
    return LiveSession(store.load(path), path)


def _journal_reads_back_as(live: LiveSession) -> bool:
    assert live.path is not None
    assert live.flush_journal()
    text = journal_path(live.path).read_text(encoding="utf-8")
    return store.dumps(store.parse_document(tomllib.loads(text))) == store.dumps(live.session)


def test_every_change_reaches_the_next_journal(live: LiveSession) -> None:
    for name, step in STEPS:
        step(live)
        assert _journal_reads_back_as(live), f"the journal after '{name}' differs from the session"


def test_a_journal_after_many_changes_at_once_holds_them_all(live: LiveSession) -> None:
    (_, first), *rest = STEPS
    first(live)
    assert _journal_reads_back_as(live)  # the cache now holds the session as it was
    for _, step in rest:
        step(live)
    assert _journal_reads_back_as(live)


def test_a_status_press_formats_that_measure_only(live: LiveSession, monkeypatch: pytest.MonkeyPatch) -> None:
    """At 500 measures, formatting them all for each save was 50 ms on the loop."""
    for n in range(40):
        live.add_action(title=f"Tiltak {n}", responsible="Kari")
    assert _journal_reads_back_as(live)
    formatted: list[str] = []
    original = store.action_toml
    monkeypatch.setattr(store, "action_toml", lambda item: formatted.append(item.id) or original(item))
    live.cycle_status("T7")
    assert _journal_reads_back_as(live)
    assert formatted == ["T7"]


def test_a_measure_change_leaves_the_rest_of_the_session_alone(live: LiveSession, monkeypatch: pytest.MonkeyPatch) -> None:
    """At 2,000 own questions, dumping and comparing the session's head for each
    status press was 8 ms on the loop: a spike every journal while the table is used."""
    for n in range(3):
        live.add_own_question("3", f"Eget spørsmål {n}?")
    live.add_action(title="Felles plan", question_id="1.1")
    assert _journal_reads_back_as(live)
    dumped: list[object] = []
    original = store.to_document
    monkeypatch.setattr(store, "to_document", lambda session: dumped.append(session) or original(session))
    for step in (lambda: live.cycle_status("T1"), lambda: live.toggle_year_measure("T1"),
                 lambda: live.update_action("T1", title="Felles plan for 2027"), lambda: live.add_action(title="Ny"),
                 lambda: live.remove_action("T1")):
        step()
        assert live.flush_journal()
        assert dumped == []  # the head (own questions, setup) was not dumped again
        monkeypatch.setattr(store, "to_document", original)
        assert _journal_reads_back_as(live)
        monkeypatch.setattr(store, "to_document", lambda session: dumped.append(session) or original(session))
    live.add_own_question("3", "Et til?")  # anything else still re-dumps the head
    assert live.flush_journal()
    assert len(dumped) == 1
