"""The meeting screen's timebox part: clock keys, time allocation dialog, storing time.

A mixin so the meeting screen stays a small module: the screen composes the
MeetingClock widget and this part turns its messages into live-session changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from politirad.sessions.live.session import ReadOnlyError
from politirad.sessions.live.timebox import main_of
from politirad.tui.widgets.meeting_clock import MeetingClock

if TYPE_CHECKING:
    from politirad.tui.app import PolitiradApp


class MeetingTime:
    """Mixed into MainScreen (a Screen); needs `self.app` and `self.query_one`."""

    app: PolitiradApp

    @property
    def meeting_clock(self) -> MeetingClock:
        return self.query_one(MeetingClock)  # type: ignore[attr-defined,no-any-return]

    def show_clock(self) -> None:
        """Budget, allocation, stored time or language changed: redraw the clock line."""
        self.meeting_clock.show_session(self.app.live.session, self.app.t)

    def follow_selection(self, question_id: str | None) -> None:
        """Time runs for the main question of the selected sub-question."""
        self.meeting_clock.follow(main_of(question_id) if question_id else None)

    def _clock_allowed(self) -> bool:
        if self.app.read_only:
            self.app.notify(self.app.t("notice.read_only"), severity="warning")
            return False
        return True

    def action_toggle_clock(self) -> None:
        if self._clock_allowed():
            running = self.meeting_clock.toggle()
            self.app.notify(self.app.t("notice.clock_started" if running else "notice.clock_paused"), timeout=2)

    def clock_start(self) -> None:
        if self._clock_allowed() and not self.meeting_clock.running:
            self.action_toggle_clock()

    def clock_pause(self) -> None:
        if self._clock_allowed() and self.meeting_clock.running:
            self.action_toggle_clock()

    def store_clock_time(self) -> None:
        """Hand every second run so far to the live session now (before quit)."""
        if not self.app.read_only:
            self._store(self.meeting_clock.take_all())

    def _store(self, spent: dict[str, int]) -> None:
        for main_id, seconds in spent.items():
            try:
                self.app.live.add_time_spent(main_id, seconds, origin=self)
            except (ReadOnlyError, KeyError):
                continue  # a main question removed meanwhile: its time has nowhere to go

    def on_meeting_clock_time_spent(self, event: MeetingClock.TimeSpent) -> None:
        event.stop()
        self._store(event.spent)

    def on_meeting_clock_main_overrun(self, event: MeetingClock.MainOverrun) -> None:
        event.stop()
        self.app.notify(
            self.app.t("notice.main_over", id=event.main_id, minutes=event.allotted_minutes),
            severity="warning",
            timeout=8,
        )

    def action_time_allocation(self) -> None:
        if not self._clock_allowed():
            return
        from politirad.tui.screens.time_allocation import TimeAllocationScreen  # F8 only: not at start

        dialog = TimeAllocationScreen(self.app.live.session, self.app.t, self.app.lang)
        self.app.push_screen(dialog, self._allocation_done)

    def _allocation_done(self, given: dict[str, int] | None) -> None:
        if given is None:
            return
        try:
            self.app.live.update_setup(origin=self, time_allocation=given)
        except (ReadOnlyError, ValueError) as exc:
            self.app.notify(str(exc), severity="error")
            return
        self.app.notify(self.app.t("notice.allocation_saved"), timeout=3)
        self.show_clock()
