"""Files politirad writes, files it follows, and the types it reads (issue 13, items 4–6).

* What politirad writes it reads back: saves leave defaults out, and a save over the
  size `load` accepts is refused before anything is written.
* A session path that is a symbolic link is saved through to the file it points to.
* Wrong types are refused on load with the field named (pydantic strict mode).
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest

from politirad.models.factory import new_session
from politirad.models.people import Participant
from politirad.models.session import Session
from politirad.sessions.errors import SessionFileError, SessionWriteError
from politirad.sessions.storage import store
from politirad.sessions.storage.naming import backup_path
from tests.cli_helpers import politirad

HEAD = "schema_version = 1\ndate = 2025-03-13\n"


def _many_actions_file(path: Path, size: int) -> Path:
    """A valid file of bare measures (id and title only), as a person may write them."""
    parts, total, n = [HEAD, '[council]\nname = "Rådet"\n'], 0, 1
    while total < size:
        entry = f'\n[[actions]]\nid = "T{n}"\ntitle = "x"\n'
        parts.append(entry)
        total += len(entry)
        n += 1
    path.write_text("".join(parts), encoding="utf-8")
    return path


# -- item 4: what politirad writes it reads back ------------------------------------------


def test_new_from_a_large_valid_file_never_writes_what_check_refuses(tmp_path: Path) -> None:
    previous = _many_actions_file(tmp_path / "2025-03-13-radet.toml", int(7.9 * 1024 * 1024))
    assert politirad("check", str(previous)).returncode == 0
    result = politirad("--dir", str(tmp_path), "new", "--from", str(previous),
                       "--date", "2026-03-14", "--no-open", timeout=180)
    written = sorted(tmp_path.glob("2026-*.toml"))
    if result.returncode == 0:
        assert [p.name for p in written] == [Path(result.stdout.strip()).name]
        assert politirad("check", str(written[0])).returncode == 0
    else:
        assert result.returncode == 2, result.stderr
        assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr
        assert "på høyst 10 MB" in result.stderr  # bokmål, the default
        assert written == []


def test_a_save_over_the_read_limit_is_refused_and_the_file_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "s.toml"
    store.save(Session(date=dt.date(2026, 1, 2)), path)
    before = path.read_bytes()
    huge = Session(date=dt.date(2026, 1, 2), facilitator="x" * (store.MAX_FILE_BYTES + 1))
    with pytest.raises(SessionWriteError, match="at most 10 MB") as caught:
        store.save(huge, path)
    assert caught.value.exit_code == 2
    assert path.read_bytes() == before
    assert not backup_path(path).exists()


def test_saving_a_file_written_without_defaults_does_not_grow_it(tmp_path: Path) -> None:
    path = tmp_path / "s.toml"
    people = "".join(f'\n[[participants]]\nname = "P{n}"\n' for n in range(200))
    measures = "".join(f'\n[[actions]]\nid = "T{n}"\ntitle = "t"\n' for n in range(1, 200))
    path.write_text(HEAD + people + measures, encoding="utf-8")
    size = path.stat().st_size
    store.save(store.load(path), path)
    assert path.stat().st_size <= size
    assert store.load(path) == store.load(backup_path(path))


def test_defaults_are_left_out_but_version_date_and_what_was_said_are_kept() -> None:
    session = new_session(dt.date(2026, 3, 14), "Rådet")
    session.participants.append(Participant(name="Kari"))
    text = store.dumps(session)
    assert text.startswith("schema_version = 1\ndate = 2026-03-14\n")
    assert 'name = "Kari"' in text and 'side = "annen"' not in text and 'role = ""' not in text
    assert store.parse_document(__import__("tomllib").loads(text)) == session


# -- item 5: symbolic links -----------------------------------------------------------------


def test_save_through_a_symlink_writes_the_target_and_keeps_its_mode(tmp_path: Path) -> None:
    real_dir = tmp_path / "synced"
    real_dir.mkdir()
    target = real_dir / "real.toml"
    store.save(new_session(dt.date(2026, 3, 14), "Rådet"), target)
    os.chmod(target, 0o640)
    link = tmp_path / "2026-03-14-radet.toml"
    link.symlink_to(target)
    session = store.load(link)
    session.facilitator = "Åse"
    store.save(session, link)
    assert link.is_symlink() and link.resolve() == target.resolve()
    assert store.load(target).facilitator == "Åse"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    bak = backup_path(target)
    assert bak.is_file() and not bak.is_symlink()
    assert store.load(bak).facilitator == ""
    assert not backup_path(link).exists()


def test_a_dangling_symlink_is_refused_in_one_line(tmp_path: Path) -> None:
    link = tmp_path / "s.toml"
    link.symlink_to(tmp_path / "nowhere" / "x.toml")
    with pytest.raises(SessionWriteError, match="symbolic link") as caught:
        store.save(Session(date=dt.date(2026, 1, 2)), link)
    assert "\n" not in str(caught.value)
    assert link.is_symlink() and not (tmp_path / "nowhere").exists()


# -- item 6: strict types ----------------------------------------------------------------------


WRONG_TYPES = {
    "date-as-text": ('schema_version = 1\ndate = "2026-03-14"\n', "field date: must be a date"),
    "budget-as-text": (HEAD + 'time_budget_minutes = "120"\n', "field time_budget_minutes: must be a whole number"),
    "agreement-as-text": (HEAD + 'written_agreement = "no"\n', "field written_agreement: must be true or false"),
    "included-as-zero": (HEAD + '[answers."1.1"]\nincluded = 0\n', 'field answers."1.1".included: must be true or false'),
    "included-as-text": (HEAD + '[answers."1.1"]\nincluded = "false"\n', 'field answers."1.1".included: must be true or false'),
    "meetings-as-float": (HEAD + "meetings_past_year = 3.0\n", "field meetings_past_year: must be a whole number"),
    "score-as-bool": (HEAD + '[criteria."1"]\nscore = true\n', "must be a whole number"),
    "deadline-as-text": (HEAD + '[[actions]]\nid = "T1"\ntitle = "t"\ndeadline = "2027-01-01"\n', "field actions[0].deadline: must be a date"),
    "deadline-with-time": (HEAD + '[[actions]]\nid = "T1"\ntitle = "t"\ndeadline = 2027-01-01T10:00:00\n', "field actions[0].deadline: must be a date"),
}


@pytest.mark.parametrize("name", WRONG_TYPES)
def test_wrong_types_are_refused_naming_the_field(tmp_path: Path, name: str) -> None:
    text, expected = WRONG_TYPES[name]
    path = tmp_path / f"{name}.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SessionFileError) as caught:
        store.load(path)
    assert expected in str(caught.value)
    result = politirad("--lang", "en", "check", str(path))
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1
    assert expected in result.stderr


def test_right_types_and_word_lists_still_load(tmp_path: Path) -> None:
    path = tmp_path / "ok.toml"
    path.write_text(
        HEAD + "time_budget_minutes = 90\nmeetings_past_year = 3\nwritten_agreement = false\n"
        '[[participants]]\nname = "Kari"\nside = "kommune"\n'
        '[[actions]]\nid = "T1"\ntitle = "t"\nstatus = "pågår"\nresponsible_side = "politi"\n'
        'deadline = 2027-01-01\n[answers."1.1"]\nincluded = false\n',
        encoding="utf-8",
    )
    session = store.load(path)
    assert (session.time_budget_minutes, session.meetings_past_year) == (90, 3)
    assert session.actions[0].status == "pågår" and session.participants[0].side == "kommune"
    assert session.answers["1.1"].included is False


def test_every_sample_file_still_loads() -> None:
    samples = sorted((Path(__file__).parent / "samples").rglob("*.toml"))
    assert samples
    for path in samples:
        store.load(path)
