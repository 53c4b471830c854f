"""The meeting screen's timebox part: clock keys, time allocation dialog, storing time.

A mixin so the meeting screen stays a small module: the screen composes the
MeetingClock widget and this part turns its messages into live-session changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from politirad.sessions.live.timebox import main_of
from politirad.tui.widgets.meeting_clock import MeetingClock

if TYPE_CHECKING:
    from politirad.tui.app import PolitiradApp


class MeetingTime:
    """Mixed into MainScreen (a LiveScreen); needs `self.app`, `self.query_one`, `self.write`."""

    app: PolitiradApp

    @property
    def meeting_clock(self) -> MeetingClock:
        return self.query_one(MeetingClock)  # type: ignore[attr-defined,no-any-return]

    def show_clock(self) -> None:
        """Budget, allocation, stored time or language changed: redraw the clock line."""
        self.meeting_clock.show_session(self.app.live.session, self.app.t)

    def follow_selection(self, question_id: str | None) -> None:
        """Time runs for the main question of the selected sub-question."""
        writer = self.app.writer
        if writer is not None:
            writer.clock_follow(main_of(question_id) if question_id else None, self.app.clock(), origin=self)
        self.meeting_clock.redraw()

    def on_screen_suspend(self) -> None:
        """A screen opened over the meeting: F4, F6 and F8 are about no question."""
        self._clock_for_top()

    def on_screen_resume(self) -> None:
        """Back (or one screen replaced another): time runs for the selected question again."""
        self._clock_for_top()

    def _clock_for_top(self) -> None:
        """Time is charged only to the question being discussed (issue 14): while a
        screen marked `CLOCK_OFF_QUESTION` is on top, the clock follows no question."""
        off = getattr(self.app.screen, "CLOCK_OFF_QUESTION", False)
        self.follow_selection(None if off else self.app.live.selected)

    def action_toggle_clock(self) -> None:
        running = self.write(lambda writer: writer.clock_toggle(self.app.clock(), origin=self))  # type: ignore[attr-defined]
        if running is not None:
            self.app.notify(self.app.t("notice.clock_started" if running else "notice.clock_paused"), timeout=2)

    def clock_start(self) -> None:
        if not self.meeting_clock.running:
            self.action_toggle_clock()

    def clock_pause(self) -> None:
        if self.meeting_clock.running:
            self.action_toggle_clock()

    def store_clock_time(self) -> None:
        """Hand every second run so far to the live session now (before quit)."""
        if self.app.writer is not None:
            self.app.writer.clock_hand_over(self.app.clock(), origin=self)

    def on_meeting_clock_time_due(self, event: MeetingClock.TimeDue) -> None:
        event.stop()
        self.store_clock_time()

    def on_meeting_clock_main_overrun(self, event: MeetingClock.MainOverrun) -> None:
        event.stop()
        self.app.notify(
            self.app.t("notice.main_over", id=event.main_id, minutes=event.allotted_minutes),
            severity="warning",
            timeout=8,
        )

    def action_time_allocation(self) -> None:
        if not self.writable():  # type: ignore[attr-defined]
            return
        from politirad.tui.screens.time_allocation import TimeAllocationScreen  # F8 only: not at start

        dialog = TimeAllocationScreen(self.app.live.session, self.app.t, self.app.lang)
        self.app.push_screen(dialog, self._allocation_done)

    def _allocation_done(self, given: dict[str, int] | None) -> None:
        if given is None:
            return
        if not self.wrote(lambda writer: writer.update_setup(origin=self, time_allocation=given)):  # type: ignore[attr-defined]
            return
        self.app.notify(self.app.t("notice.allocation_saved"), timeout=3)
        self.show_clock()
