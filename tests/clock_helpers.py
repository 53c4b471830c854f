"""A made-up clock for meeting-clock tests: time moves only when the test says so."""

from __future__ import annotations

import pytest

from politirad.tui.widgets.meeting_clock import MeetingClock


class FakeClock:
    """Seconds on a monotonic scale that move only when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def ticks_only_by_hand(monkeypatch: pytest.MonkeyPatch) -> None:
    """A real one-second tick landing mid-test would hand over time or redraw on its own."""
    monkeypatch.setattr(MeetingClock, "TICK_SECONDS", 3600.0)
