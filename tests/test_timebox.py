"""The timebox arithmetic and the live session's time store, with made-up clock times."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from politirad.models.factory import new_session
from politirad.models.session import Answer, OwnMainQuestion
from politirad.sessions.storage import store
from politirad.sessions.live.session import ChangeKind, LiveSession, ReadOnlyError
from politirad.sessions.live.timebox import Timebox, allocation, even_split, format_duration, read


def _session():
    return new_session(dt.date(2026, 11, 24), "Politirådet i Lillevik")


def test_even_split_gives_the_remainder_to_the_first() -> None:
    assert even_split(120, ["1", "2", "3", "4", "5", "6"]) == dict.fromkeys("123456", 20)
    assert even_split(100, ["1", "2", "3"]) == {"1": 34, "2": 33, "3": 33}
    assert even_split(10, []) == {}


def test_allocation_is_even_over_included_main_questions_by_default() -> None:
    session = _session()
    assert allocation(session) == dict.fromkeys("123456", 20)
    # leave out every sub-question of main question 6: it drops off the agenda
    for n in range(1, 7):
        session.answers[f"6.{n}"] = Answer(included=False)
    session.time_budget_minutes = 100
    assert allocation(session) == {"1": 20, "2": 20, "3": 20, "4": 20, "5": 20}


def test_given_minutes_are_kept_and_the_rest_shared() -> None:
    session = _session()
    session.own_main_questions.append(OwnMainQuestion(id="7", title="Rus og ungdom"))
    session.time_allocation = {"1": 30, "7": 10}
    alloc = allocation(session)
    assert alloc["1"] == 30 and alloc["7"] == 10
    assert sum(alloc.values()) == 120
    assert set(alloc) == set("1234567")


def test_format_duration() -> None:
    assert format_duration(0) == "00:00"
    assert format_duration(75.9) == "01:15"
    assert format_duration(3 * 3600 + 62) == "3:01:02"
    assert format_duration(-90) == "-01:30"


def test_clock_counts_only_while_running_and_per_main_question() -> None:
    box = Timebox()
    stored: dict[str, int] = {}
    box.set_main("1", now=0)
    assert box.elapsed(stored, now=50) == 0  # not started
    box.start(now=100)
    assert box.elapsed(stored, now=160) == 60
    box.set_main("2", now=160)
    box.pause(now=190)
    assert box.elapsed(stored, now=10_000) == 90  # paused: no more time counted
    assert box.spent("1", stored, now=10_000) == 60
    assert box.spent("2", stored, now=10_000) == 30
    assert box.take(now=10_000) == {"1": 60, "2": 30}
    assert box.take(now=10_001) == {}


def test_take_keeps_fractions_and_time_without_main_is_not_stored() -> None:
    box = Timebox()
    box.start(now=0.0)
    box.set_main("3", now=5.0)  # 5 s with nothing selected
    assert box.take(now=7.5) == {"3": 2}
    assert box.take(now=8.0) == {"3": 1}  # 0.5 left over + 0.5 new
    assert box.elapsed({"3": 3}, now=8.0) == pytest.approx(8.0)


def test_flush_is_due_every_ten_seconds_while_running() -> None:
    box = Timebox()
    box.set_main("1", now=0)
    assert not box.due(now=100)
    box.start(now=0)
    assert not box.due(now=9.9)
    assert box.due(now=10)
    box.take(now=10)
    assert not box.due(now=15)
    box.pause(now=15)
    box.take(now=15)
    box.start(now=500)  # a long pause does not make a hand-over due at once
    assert not box.due(now=501)
    assert box.due(now=510)


def test_reading_warns_when_the_current_main_question_runs_over() -> None:
    session = _session()
    session.time_allocation = {"2": 1}  # one minute for question 2
    box = Timebox()
    box.set_main("2", now=0)
    box.start(now=0)
    reading = read(session, box, now=59)
    assert not reading.main_over and reading.main_allotted == 60
    reading = read(session, box, now=75)
    assert reading.main_over and reading.main_overrun == 15
    assert reading.remaining == 120 * 60 - 75


def test_stored_time_counts_in_the_reading() -> None:
    session = _session()
    session.time_spent = {"1": 600}
    box = Timebox()
    box.set_main("1", now=0)
    reading = read(session, box, now=0)
    assert reading.elapsed == 600 and reading.main_spent == 600 and not reading.running


async def test_live_session_stores_time_spent_and_saves_it(tmp_path: Path) -> None:
    path = tmp_path / "2026-11-24-lillevik.toml"
    store.save(_session(), path)
    live = LiveSession(store.load(path), path)
    seen: list[ChangeKind] = []
    live.subscribe(lambda change: seen.append(change.kind))
    live.add_time_spent("4", 30)
    live.add_time_spent("4", 12)
    live.add_time_spent("5", 0)  # nothing to add: no change
    assert seen == [ChangeKind.TIME, ChangeKind.TIME]
    assert live.dirty
    with pytest.raises(KeyError):
        live.add_time_spent("99", 5)
    assert live.close()
    assert store.load(path).time_spent == {"4": 42}


def test_read_only_session_refuses_time(tmp_path: Path) -> None:
    live = LiveSession(_session(), None, read_only=True)
    with pytest.raises(ReadOnlyError):
        live.add_time_spent("1", 5)
