"""End to end at 80×24, as a facilitator runs a short meeting (issue 14): first-run
setup, notes, a measure captured from the note with «31.3» as deadline, typing on in
the note, save, quit, then next year's session with `new --from`; the files checked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from politirad.sessions.storage import store
from tests.cli_helpers import politirad, politirad_command
from tests.tmux_helpers import Tmux, needs_tmux

pytestmark = [pytest.mark.e2e, needs_tmux]


@pytest.fixture
def tmux(tmp_path: Path) -> Iterator[Tmux]:
    term = Tmux(tmp_path, width=80, height=24)
    yield term
    term.kill()



def test_a_short_meeting_at_80x24(tmux: Tmux, tmp_path: Path) -> None:
    home = tmp_path / "home"
    repo = Path(__file__).resolve().parents[1]
    tmux.start(politirad_command("new", "--date", "2026-11-24"), env={"POLITIRAD_HOME": str(home)}, cwd=repo)

    # First run: the setup opens by itself; the council is named there.
    tmux.wait_for("Oppsett av møtet")
    tmux.type("Politirådet i Lillevik")
    tmux.send("C-s")
    tmux.wait_for(lambda s: "Ctrl+Q" in s and "F9" in s and "Oppsett av møtet" not in s)

    # Notes under 2.1, then the second line becomes a measure without leaving the note.
    tmux.send("C-g")
    tmux.wait_for("Gå til spørsmål")
    tmux.type("2.1")
    tmux.send("Enter")
    tmux.wait_for(lambda s: "Gå til spørsmål" not in s)
    tmux.type("Bra samarbeid.")
    tmux.send("Enter")
    tmux.type("Felles kurs for SLT")
    tmux.wait_for("Felles kurs for SLT")
    tmux.send("C-n")
    tmux.wait_for("Nytt tiltak")
    for _ in range(4):  # title, details, responsible, party → deadline
        tmux.send("Tab")
    tmux.type("31.3")
    tmux.wait_for("31.3")
    tmux.send("C-s")
    tmux.wait_for(lambda s: "31.03.2027" in s and "Nytt tiltak" not in s)

    # Typing goes on in the note: no letter became a table command.
    tmux.type(" og ungdomskontakter")
    tmux.wait_for("og ungdomskontakter")
    tmux.send("C-s")
    tmux.wait_for("Lagret")
    tmux.send("C-q")
    tmux.wait_exit()

    # The file took the council's name given in F2, as `new --from` names its files.
    files = sorted(home.glob("*.toml"))
    assert [f.name for f in files] == ["2026-11-24-politiradet-i-lillevik.toml"]
    session = store.load(files[0])
    assert session.answer("2.1").note == "Bra samarbeid.\nFelles kurs for SLT og ungdomskontakter"
    (item,) = session.actions
    assert (item.id, item.title, item.question_id) == ("T1", "Felles kurs for SLT", "2.1")
    assert item.deadline == dt.date(2027, 3, 31)

    # Opened again, it is on the question the facilitator left off (2.1, not 1.1).
    again_term = Tmux(tmp_path, width=80, height=24)
    try:
        again_term.start(politirad_command("open", str(files[0])), env={"POLITIRAD_HOME": str(home)}, cwd=repo)
        again_term.wait_for("2.1  Hvilke tiltak er blitt iverksatt")
        again_term.wait_for("Bra samarbeid.")
        again_term.send("C-q")
        again_term.wait_exit()
    finally:
        again_term.kill()

    # Next year's session: the open measure comes along, not as one of this year's five.
    session.actions[0].year_measure = True  # starred at the end of the meeting (F4)
    store.save(session, files[0])
    out = politirad("new", "--from", str(files[0]), "--date", "2027-11-23", "--no-open", home=home)
    assert out.returncode == 0, out.stderr
    new_path = Path(out.stdout.strip())
    assert new_path.name == "2027-11-23-politiradet-i-lillevik.toml"
    carried = store.load(new_path)
    (again,) = carried.actions
    assert again.carried_from == dt.date(2026, 11, 24) and not again.year_measure
    assert carried.answers == {}
