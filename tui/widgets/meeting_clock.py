"""The meeting clock: one line with elapsed and remaining time and the current question's share.

The widget only shows the shared clock (the live session's `Timebox`, read through
`ClockView`); starting, pausing, moving it to another question and storing its time
are live-session changes the screen makes, so every view sees them at once. It reads
time from an injected function, so tests drive it with a made-up clock, and tells the
screen when run time is due to be stored (every FLUSH_SECONDS).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from rich.text import Text
from textual.message import Message
from textual.widgets import Static

from politirad.models.session import Session
from politirad.sessions.live.timebox import Reading, Timebox, format_duration, read
from politirad.sessions.live.view import ClockView

Translate = Callable[..., str]


class MeetingClock(Static):
    """Shows the shared timebox; redraws on `show_session`, `redraw` and its own tick."""

    DEFAULT_CSS = """
    MeetingClock {
        height: 1;
        background: $panel;
        padding: 0 1;
    }
    MeetingClock.-running {
        background: $primary-darken-2;
    }
    MeetingClock.-over {
        background: $error-darken-2;
        color: $text;
    }
    """

    class TimeDue(Message):
        """Run time is due to be stored in the session (a writer's clock only)."""

    class MainOverrun(Message):
        """The current main question just used up its allocation (sent once per question)."""

        def __init__(self, main_id: str, allotted_minutes: int) -> None:
            self.main_id = main_id
            self.allotted_minutes = allotted_minutes
            super().__init__()

    def __init__(
        self,
        now: Callable[[], float] = time.monotonic,
        timebox: ClockView | None = None,
        *,
        writer: bool = True,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.timebox: ClockView = timebox or Timebox()
        """Shared with the other views of the live session, so viewers see it run."""
        self.writer = writer
        """Only a writer's clock asks for run time to be stored; a viewer just shows it."""
        self._now = now
        self._session: Session | None = None
        self._t: Translate | None = None
        self._warned: set[str] = set()
        self._shown: Text | None = None
        self._drawn_running = True
        """Whether the clock ran when last drawn (True until drawn once)."""

    TICK_SECONDS = 1.0
    """How often the clock redraws itself; tests that drive ticks by hand turn it off."""

    def on_mount(self) -> None:
        self.set_interval(self.TICK_SECONDS, self.tick)

    def show_session(self, session: Session, t: Translate) -> None:
        """New session data (budget, allocation, stored time) or a new language."""
        self._session, self._t = session, t
        self._render_now(self._now())

    @property
    def running(self) -> bool:
        return self.timebox.running

    def redraw(self) -> None:
        """The shared clock changed (started, paused, moved, time stored): show it now."""
        self._render_now(self._now())

    def tick(self) -> None:
        """Once a second: redraw, hand time over when due, warn on overrun.

        A clock that was paused at its last drawing and still is shows the same line:
        reading it costs a walk of the question tree (about 5 ms with 2,000 notes, a
        stall in typing once a second), so it is skipped. Whatever can change a paused
        reading (session data, the current main question, pausing) redraws it itself.
        """
        if not self.timebox.running and not self._drawn_running:
            return
        now = self._now()
        if self.writer and self.timebox.due(now):
            self.post_message(self.TimeDue())
        self._render_now(now)

    def reading(self) -> Reading | None:
        if self._session is None:
            return None
        return read(self._session, self.timebox, self._now())

    def _render_now(self, now: float) -> None:
        if self._session is None or self._t is None:
            return
        reading = read(self._session, self.timebox, now)
        self._drawn_running = reading.running
        self.set_class(reading.running, "-running")
        self.set_class(reading.main_over or reading.remaining < 0, "-over")
        line = render_reading(reading, self._t)
        if line != self._shown:  # ticks every second; a paused clock need not repaint
            self._shown = line
            self.update(line, layout=False)  # one line: its size never changes
        if reading.main_over and reading.main_id and reading.main_id not in self._warned:
            self._warned.add(reading.main_id)
            self.post_message(self.MainOverrun(reading.main_id, int((reading.main_allotted or 0) // 60)))


def render_reading(reading: Reading, t: Translate) -> Text:
    """The clock line: state, meeting time, then the current main question's share."""
    text = Text(no_wrap=True, overflow="ellipsis")
    text.append(t("clock.running" if reading.running else "clock.paused"), style="bold")
    text.append("  ")
    budget = format_duration(reading.budget)
    elapsed = format_duration(reading.elapsed)
    if reading.remaining >= 0:
        text.append(t("clock.meeting", elapsed=elapsed, budget=budget, remaining=format_duration(reading.remaining)))
    else:
        text.append(t("clock.meeting_over", elapsed=elapsed, budget=budget, over=format_duration(-reading.remaining)))
    if reading.main_id is not None:
        text.append(" │ ", style="dim")
        spent = format_duration(reading.main_spent)
        if reading.main_allotted is None:
            text.append(t("clock.main_free", id=reading.main_id, spent=spent))
        else:
            text.append(
                t("clock.main", id=reading.main_id, spent=spent, allotted=format_duration(reading.main_allotted))
            )
        if reading.main_over:
            text.append("  ")
            text.append(t("clock.over", over=format_duration(reading.main_overrun)), style="bold reverse")
    return text
