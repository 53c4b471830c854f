"""SVG snapshots of the meeting screen, help and setup at 80x24 and 120x36, and the
meeting's dialogs and full screens at 80x24, each in bokmål and in nynorsk.

Plain `def` tests in their own module (textual#5788). The session is made-up and
fixed: fixed date, fixed file name, the meeting clock paused at zero and fed a
constant clock, so nothing on screen depends on today, the host or wall time.
Regenerate with `pytest --snapshot-update tests/test_snapshots.py` after a deliberate
change of the screens or a Textual bump, and look at the SVGs before committing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from politirad.models.catalogue import Language
from politirad.models.factory import new_session
from politirad.models.people import Participant
from politirad.sessions.storage import store
from politirad.sessions.live.session import LiveSession
from politirad.tui.app import PolitiradApp

SnapCompare = Callable[..., bool]
"""pytest-textual-snapshot's fixture: (app, press=, terminal_size=, run_before=) -> bool."""

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 36), id="120x36")]
LANGUAGES = [pytest.param("nb", id="nb"), pytest.param("nn", id="nn")]
"""Every screen in bokmål and its twin in nynorsk (issue 17); the guide's questions stay
bokmål in both."""


def _session_file(folder: Path) -> Path:
    session = new_session(dt.date(2026, 11, 24), "Politirådet i Lillevik")
    session.facilitator = "Kari Nordmann"
    session.participants.append(Participant.model_validate({"name": "Ola Nordmann", "role": "ordfører"}))
    session.answers["1.1"] = session.answer("1.1").model_copy(update={"note": "Felles trygghetsvandring i sentrum."})
    path = folder / "2026-11-24-politiradet-i-lillevik.toml"
    store.save(session, path)
    return path


def _app(folder: Path, lang: Language) -> PolitiradApp:
    path = _session_file(folder)
    return PolitiradApp(LiveSession(store.load(path), path), lang=lang, clock=lambda: 0.0)


async def _steady(pilot: Pilot[int]) -> None:
    """No blinking cursor, everything laid out."""
    await pilot.pause()
    for area in pilot.app.screen.query(TextArea):
        area.cursor_blink = False
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False
    await pilot.pause()


async def _open_setup(pilot: Pilot[int]) -> None:
    await pilot.press("f2")
    await _steady(pilot)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_main_screen(snap_compare: SnapCompare, tmp_path: Path, lang: Language, size: tuple[int, int]) -> None:
    assert snap_compare(_app(tmp_path, lang), terminal_size=size, run_before=_steady)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_help_of_the_question_tree(
    snap_compare: SnapCompare, tmp_path: Path, lang: Language, size: tuple[int, int]
) -> None:
    assert snap_compare(_app(tmp_path, lang), terminal_size=size, press=["f1"], run_before=_steady)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_setup_screen(snap_compare: SnapCompare, tmp_path: Path, lang: Language, size: tuple[int, int]) -> None:
    assert snap_compare(_app(tmp_path, lang), terminal_size=size, run_before=_open_setup)


# -- issue 14: the meeting's dialogs and full screens at 80x24 --------------------------

NARROW = (80, 24)


async def _open_action_form(pilot: Pilot[int]) -> None:
    """The note's line turned into a measure (Ctrl+N), the form as it opens."""
    await pilot.press("ctrl+g", *"1.1", "enter")
    await pilot.press("ctrl+n")
    await _steady(pilot)


async def _open_with(pilot: Pilot[int], key: str) -> None:
    await pilot.pause()
    await pilot.press(key)
    await pilot.app.workers.wait_for_complete()
    await _steady(pilot)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_action_form_from_the_note(snap_compare: SnapCompare, tmp_path: Path, lang: Language) -> None:
    assert snap_compare(_app(tmp_path, lang), terminal_size=NARROW, run_before=_open_action_form)


@pytest.mark.parametrize("key", ["f3", "f4", "f6"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_full_screens_at_80x24(snap_compare: SnapCompare, tmp_path: Path, lang: Language, key: str) -> None:
    async def run_before(pilot: Pilot[int]) -> None:
        await _open_with(pilot, key)

    assert snap_compare(_app(tmp_path, lang), terminal_size=NARROW, run_before=run_before)
