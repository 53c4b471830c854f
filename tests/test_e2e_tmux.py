"""End to end: the real `politirad` in tmux, typed into by keyboard, then `politirad show`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from politirad.sessions.storage import store
from tests.cli_helpers import politirad, politirad_command
from tests.tmux_helpers import Tmux, needs_tmux

pytestmark = [pytest.mark.e2e, needs_tmux]


@pytest.fixture
def tmux(tmp_path: Path) -> Iterator[Tmux]:
    term = Tmux(tmp_path)
    yield term
    term.kill()



def _new_session_on_1_1(tmux: Tmux, tmp_path: Path) -> Path:
    """A new session started as a person would, with Ctrl+G to 1.1's note; its home."""
    home = tmp_path / "home"
    tmux.start(
        politirad_command("new", "--council", "Politirådet i Lillevik", "--date", "2026-11-24"),
        env={"POLITIRAD_HOME": str(home)},
        cwd=Path(__file__).resolve().parents[1],
    )
    tmux.wait_for("Politirådet i Lillevik")
    tmux.wait_for("1.1")
    tmux.send("C-g")
    tmux.wait_for("Gå til spørsmål (f.eks. 4.4):")
    tmux.type("1.1")
    tmux.send("Enter")
    tmux.wait_for(lambda s: "(f.eks. 4.4):" not in s)
    return home


def test_note_via_ctrl_g_and_action_item_survive_save_and_quit(tmux: Tmux, tmp_path: Path) -> None:
    home = _new_session_on_1_1(tmux, tmp_path)
    tmux.type("Vi er stolte av SLT-samarbeidet, særlig på Øvre torg.")
    tmux.wait_for("særlig på Øvre torg.")
    # Into the action table: Tab from the note goes to the next pane.
    tmux.send("Tab")
    tmux.send("a")
    tmux.wait_for("Nytt tiltak")
    tmux.type("Felles møteplan for 2027")
    tmux.send("Enter")
    tmux.wait_for(lambda s: "T1" in s and "Felles møteplan" in s and "Nytt tiltak" not in s)
    tmux.send("C-s")
    tmux.wait_for("Lagret")
    tmux.send("C-q")
    tmux.wait_exit()

    files = sorted(home.glob("*.toml"))
    assert [f.name for f in files] == ["2026-11-24-politiradet-i-lillevik.toml"]
    session = store.load(files[0])
    assert session.answer("1.1").note == "Vi er stolte av SLT-samarbeidet, særlig på Øvre torg."
    assert [a.title for a in session.actions] == ["Felles møteplan for 2027"]

    shown = politirad("show", str(files[0])).stdout
    assert "Vi er stolte av SLT-samarbeidet" in shown
    assert "T1  Felles møteplan for 2027" in shown


def test_a_paste_with_escapes_is_text_in_the_real_terminal(tmux: Tmux, tmp_path: Path) -> None:
    """tmux pastes bracketed, as a terminal does: the ESC and BEL inside stay text (no
    Esc key, no Ctrl+G opening «Gå til»), and the pane's title is never set."""
    home = _new_session_on_1_1(tmux, tmp_path)
    title_before = tmux._tmux("display-message", "-p", "-t", tmux.name, "#{pane_title}").stdout
    pasted = tmp_path / "paste.txt"
    pasted.write_bytes("før\x1b]0;KAPRET\x07etter\x07ferdig".encode())
    tmux._tmux("load-buffer", "-b", "p", str(pasted))
    tmux._tmux("paste-buffer", "-p", "-b", "p", "-t", tmux.name)
    screen = tmux.wait_for("etter␇ferdig")
    assert "(f.eks. 4.4):" not in screen  # the BEL was not Ctrl+G
    assert "før␛]0;KAPRET␇etter␇ferdig" in screen
    assert tmux._tmux("display-message", "-p", "-t", tmux.name, "#{pane_title}").stdout == title_before
    tmux.send("C-q")
    tmux.wait_exit()
    (saved,) = sorted(home.glob("*.toml"))
    assert store.load(saved).answer("1.1").note == "før␛]0;KAPRET␇etter␇ferdig"
