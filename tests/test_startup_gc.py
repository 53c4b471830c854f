"""The collector is held back while politirad starts and is itself again afterwards.

Holding it is only safe if it always ends: after any command, and once the meeting
screen is up (a long meeting, or a server, must collect as usual).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from politirad.tui import startup_gc
from politirad.tui.cli.main import main


@pytest.fixture(autouse=True)
def normal_collector() -> Iterator[tuple[int, int, int]]:
    before = gc.get_threshold()
    yield before
    startup_gc.settle()
    gc.set_threshold(*before)
    gc.unfreeze()


def test_a_command_runs_held_and_leaves_the_collector_as_it_was(
    monkeypatch: pytest.MonkeyPatch, normal_collector: tuple[int, int, int]
) -> None:
    seen: list[tuple[int, int, int]] = []
    import politirad.tui.cli.session_cmds as cmds

    monkeypatch.setattr(cmds, "cmd_default", lambda args: seen.append(gc.get_threshold()) or 0)
    assert main([]) == 0
    assert seen[0][0] >= startup_gc.STARTUP_THRESHOLD
    assert gc.get_threshold() == normal_collector


def test_a_usage_error_leaves_the_collector_as_it_was(normal_collector: tuple[int, int, int]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--no-such-flag"])
    assert exit_.value.code == 2
    assert gc.get_threshold() == normal_collector


async def test_the_meeting_screen_lets_go_and_freezes_after_its_first_frame(
    make_app, normal_collector: tuple[int, int, int]
) -> None:
    startup_gc.hold()
    assert gc.get_threshold()[0] >= startup_gc.STARTUP_THRESHOLD
    app = make_app()
    async with app.run_test() as pilot:
        await pilot.pause()
        assert gc.get_threshold() == normal_collector
        assert gc.get_freeze_count() > 0
