"""The meeting's timebox: budget, per-main-question allocation and a start/pause clock.

Pure arithmetic with every time passed in as an argument (seconds on any monotonic
scale), so the TUI can drive it from a real clock and tests from a made-up one. The
guide plans about two hours for the meeting (2.1); the facilitator splits them over
the main questions and sees when the current one runs over.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from politirad.models.session import Session
from politirad.models.tree import question_tree
from politirad.sessions.live.view import ClockView

FLUSH_SECONDS = 10.0
"""How often a running clock hands time to the session: often enough that a crash
loses little, seldom enough that the file is not rewritten every second."""


def included_mains(session: Session) -> list[str]:
    """Main questions on the agenda: those not left out entirely (no subs = included)."""
    return [m.id for m in question_tree(session) if m.included_subs() or not m.subs]


def main_of(question_id: str) -> str:
    """The main question a sub-question belongs to ('4.4' -> '4'); ids are '<main>.<n>'."""
    return question_id.split(".", 1)[0]


def even_split(total: int, ids: Iterable[str]) -> dict[str, int]:
    """Whole minutes shared as evenly as possible; the first ones get the remainder."""
    keys = list(ids)
    if not keys:
        return {}
    base, rest = divmod(max(total, 0), len(keys))
    return {key: base + (1 if n < rest else 0) for n, key in enumerate(keys)}


def allocation(session: Session) -> dict[str, int]:
    """Minutes per included main question.

    Empty `time_allocation` means an even split of the budget. Mains given a value
    keep it; mains without one share what is left of the budget evenly.
    """
    mains = included_mains(session)
    given = {m: session.time_allocation[m] for m in mains if m in session.time_allocation}
    if not given:
        return even_split(session.time_budget_minutes, mains)
    rest = even_split(session.time_budget_minutes - sum(given.values()), [m for m in mains if m not in given])
    return {m: given.get(m, rest.get(m, 0)) for m in mains}


def format_duration(seconds: float) -> str:
    """'mm:ss' under an hour, 'h:mm:ss' above; a leading minus when negative."""
    sign = "-" if seconds < 0 else ""
    total = int(abs(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes:02d}:{secs:02d}"


class Timebox:
    """Whether the clock runs, which main question it runs for, and unstored time.

    Time already stored in the session (`Session.time_spent`) is passed in on every
    reading, so the session stays the one source of truth; this object only holds
    what has not yet been handed over with `take`.
    """

    def __init__(self) -> None:
        self.running_since: float | None = None
        self.current_main: str | None = None
        self._pending: dict[str | None, float] = {}
        """Seconds run but not yet taken; key None = no main question selected."""
        self._last_take: float | None = None

    @property
    def running(self) -> bool:
        return self.running_since is not None

    def _settle(self, now: float) -> None:
        """Book the time since the last settle to the current main question."""
        if self.running_since is None:
            return
        ran = max(0.0, now - self.running_since)
        self._pending[self.current_main] = self._pending.get(self.current_main, 0.0) + ran
        self.running_since = now

    def start(self, now: float) -> None:
        if self.running_since is None:
            self.running_since = now
            self._last_take = now  # the next hand-over is FLUSH_SECONDS of running away

    def pause(self, now: float) -> None:
        self._settle(now)
        self.running_since = None

    def toggle(self, now: float) -> bool:
        """Start a paused clock or pause a running one; returns whether it now runs."""
        if self.running:
            self.pause(now)
        else:
            self.start(now)
        return self.running

    def set_main(self, main_id: str | None, now: float) -> None:
        """The meeting moved to another main question; time so far stays with the old one."""
        if main_id != self.current_main:
            self._settle(now)
            self.current_main = main_id

    def due(self, now: float) -> bool:
        """True when unstored time should be handed to the session (every FLUSH_SECONDS)."""
        return self.running and (self._last_take is None or now - self._last_take >= FLUSH_SECONDS)

    def take(self, now: float) -> dict[str, int]:
        """Whole seconds per main question not yet stored; fractions stay for next time.

        Time run with no main question selected is counted in the elapsed time of
        this run but never stored, since the file records time per main question.
        """
        self._settle(now)
        self._last_take = now
        taken: dict[str, int] = {}
        for key, seconds in list(self._pending.items()):
            if key is None:
                continue
            whole = int(seconds)
            if whole > 0:
                taken[key] = whole
                self._pending[key] = seconds - whole
        return taken

    def _unstored(self, main_id: str | None, now: float) -> float:
        running = now - self.running_since if self.running_since is not None and main_id == self.current_main else 0.0
        return self._pending.get(main_id, 0.0) + max(0.0, running)

    def spent(self, main_id: str, stored: Mapping[str, int], now: float) -> float:
        """Seconds spent on one main question: stored plus not yet stored."""
        return stored.get(main_id, 0) + self._unstored(main_id, now)

    def elapsed(self, stored: Mapping[str, int], now: float) -> float:
        """Seconds of meeting time so far: all stored time plus this run's unstored time."""
        keys = set(self._pending) | {self.current_main}
        return sum(stored.values()) + sum(self._unstored(k, now) for k in keys)


@dataclass(frozen=True, slots=True)
class Reading:
    """What the clock shows at one moment."""

    running: bool
    elapsed: float
    budget: float
    main_id: str | None
    main_spent: float
    main_allotted: float | None
    """Seconds allotted to the current main question; None if it has no allocation."""

    @property
    def remaining(self) -> float:
        """Whole seconds left of the budget (so elapsed + remaining = budget on screen);
        negative when the meeting runs over."""
        return self.budget - int(self.elapsed)

    @property
    def main_over(self) -> bool:
        return self.main_allotted is not None and self.main_spent > self.main_allotted

    @property
    def main_overrun(self) -> float:
        return self.main_spent - (self.main_allotted or 0.0) if self.main_over else 0.0


def read(session: Session, timebox: ClockView, now: float) -> Reading:
    """The clock's reading for `session` at `now`."""
    main_id = timebox.current_main
    allotted = allocation(session).get(main_id) if main_id is not None else None
    return Reading(
        running=timebox.running,
        elapsed=timebox.elapsed(session.time_spent, now),
        budget=session.time_budget_minutes * 60.0,
        main_id=main_id,
        main_spent=timebox.spent(main_id, session.time_spent, now) if main_id else 0.0,
        main_allotted=allotted * 60.0 if allotted is not None else None,
    )
