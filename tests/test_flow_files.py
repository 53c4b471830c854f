"""Issue 14: a session named in F2 gets `<date>-<council>.toml` (as `new --from`
names it), safely; `politirad` reopens on the question left off."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from politirad.models.factory import new_session
from politirad.sessions.storage import store
from politirad.sessions.storage.naming import name_after_council
from politirad.sessions.storage.settings import last_question, remember_question

DATE = dt.date(2026, 11, 24)


def test_unnamed_file_takes_the_councils_name(tmp_path: Path) -> None:
    path = tmp_path / "2026-11-24-politirad.toml"
    store.save(new_session(DATE, ""), path)
    moved = name_after_council(path, DATE, "Politirådet i Bø")
    assert moved == tmp_path / "2026-11-24-politiradet-i-bo.toml"
    assert moved.exists() and not path.exists()


def test_rename_never_overwrites_another_session(tmp_path: Path) -> None:
    other = tmp_path / "2026-11-24-politiradet-i-bo.toml"
    other.write_text("# someone else's\n")
    path = tmp_path / "2026-11-24-politirad.toml"
    store.save(new_session(DATE, ""), path)
    moved = name_after_council(path, DATE, "Politirådet i Bø")
    assert moved == tmp_path / "2026-11-24-politiradet-i-bo-2.toml"
    assert other.read_text() == "# someone else's\n"


def test_a_named_file_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "2026-11-24-mitt-eget-navn.toml"
    store.save(new_session(DATE, ""), path)
    assert name_after_council(path, DATE, "Politirådet i Bø") == path


def test_last_question_is_remembered_per_file(tmp_path: Path) -> None:
    path = tmp_path / "a.toml"
    assert last_question(path) is None
    remember_question(path, "4.4")
    remember_question(tmp_path / "b.toml", "2.1")
    assert last_question(path) == "4.4"
