"""The command line as a user meets it: output, exit codes, one-line errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from politirad.models.actions import ActionItem
from politirad.models.factory import new_session
from politirad.models.guide import MAIN_QUESTIONS, SUB_QUESTIONS
from politirad.models.session import Answer
from politirad.sessions.storage import store
from tests.cli_helpers import politirad


def _one_line_error(result, code: int = 2) -> str:
    assert result.returncode == code, result
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_questions_prints_all_questions_verbatim_in_order() -> None:
    result = politirad("questions")
    assert result.returncode == 0
    out = result.stdout
    positions = []
    for main in MAIN_QUESTIONS:
        positions.append(out.index(f"{main.id}  {main.title}"))
        for sub in main.subs:
            positions.append(out.index(f"{sub.id}  {sub.text}"))
    assert positions == sorted(positions)
    sub_lines = [line.split()[0] for line in out.splitlines() if line.startswith("   ") and line.split()[0] in SUB_QUESTIONS]
    assert sub_lines == list(SUB_QUESTIONS)


def test_new_without_open_creates_a_file_in_the_default_folder(politirad_home: Path) -> None:
    result = politirad("new", "--council", "Politirådet i Bø", "--date", "2026-11-24", "--no-open", home=politirad_home)
    assert result.returncode == 0, result.stderr
    path = Path(result.stdout.strip())
    assert path == politirad_home / "2026-11-24-politiradet-i-bo.toml"
    assert store.load(path).council.name == "Politirådet i Bø"
    again = politirad("new", "--council", "Politirådet i Bø", "--date", "2026-11-24", "--no-open", home=politirad_home)
    assert Path(again.stdout.strip()).name == "2026-11-24-politiradet-i-bo-2.toml"


def test_new_refuses_to_overwrite_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "x.toml"
    target.write_text("keep me")
    line = _one_line_error(politirad("new", "-o", str(target), "--no-open"))
    assert "finnes allerede" in line
    assert target.read_text() == "keep me"


def test_list_shows_date_council_answered_and_actions(tmp_path: Path) -> None:
    session = new_session(dt.date(2025, 11, 20), "Politirådet i Lillevik")
    session.answers["1.1"] = Answer(note="Mye bra")
    session.actions = [ActionItem(id="T1", title="a"), ActionItem(id="T2", title="b", status="fullført")]
    store.save(session, tmp_path / "2025-11-20-lillevik.toml")
    result = politirad("list", "--dir", str(tmp_path))
    assert result.returncode == 0
    row = next(line for line in result.stdout.splitlines() if "2025-11-20" in line)
    assert "Politirådet i Lillevik" in row and "1/33" in row and "1/1" in row


def test_show_prints_notes_under_questions_then_actions(session_file: Path) -> None:
    session = store.load(session_file)
    session.answers["1.1"] = Answer(note="Stolte av SLT")
    session.actions = [ActionItem(id="T1", title="Felles møteplan", responsible="ordfører")]
    store.save(session, session_file)
    out = politirad("show", str(session_file)).stdout
    assert out.index("1.1  Hva er politirådet stolt av") < out.index("Stolte av SLT") < out.index("T1  Felles møteplan")
    assert max(len(line) for line in out.splitlines()) <= 78


def test_check_valid_and_broken(tmp_path: Path, session_file: Path) -> None:
    ok = politirad("check", str(session_file))
    assert ok.returncode == 0 and "ok" in ok.stdout
    broken = tmp_path / "broken.toml"
    raw = b"schema_version = 1\ndate = 2026-11-24\n[council\nname = 'x'\n"
    broken.write_bytes(raw)
    line = _one_line_error(politirad("check", str(broken)))
    assert str(broken) in line and "linje 3" in line
    assert broken.read_bytes() == raw


def test_missing_file_and_bad_flag_are_one_line_exit_2(tmp_path: Path) -> None:
    assert "filen finnes ikke" in _one_line_error(politirad("show", str(tmp_path / "nope.toml")))
    assert "--bogus" in _one_line_error(politirad("list", "--bogus"))
    assert "ugyldig dato" in _one_line_error(politirad("new", "--date", "2026-13-01", "--no-open"))
    assert "ugyldig valg" in _one_line_error(politirad("frobnicate"))
    assert "invalid choice" in _one_line_error(politirad("--lang", "en", "frobnicate"))


def test_open_on_a_foreign_toml_file_refuses_without_starting_the_app(tmp_path: Path) -> None:
    foreign = tmp_path / "pyproject.toml"
    foreign.write_text('[project]\nname = "x"\n')
    line = _one_line_error(politirad("open", str(foreign)))
    assert "ikke en politirad-egenevaluering" in line


def test_help_everywhere() -> None:
    for command in ([], ["new"], ["open"], ["list"], ["show"], ["check"], ["questions"]):
        result = politirad(*command, "--help")
        assert result.returncode == 0 and result.stdout.startswith("bruk:")
        english = politirad("--lang", "en", *command, "--help")
        assert english.returncode == 0 and english.stdout.startswith("usage:")
