"""What a view may read of a live session, as types: the local TUI, co-facilitators and
SSH viewers all render from a `SessionView`; only a writer holds the `LiveSession`.

A viewer's app is handed a `ReadOnlyView`. It has no change methods at all, so a
screen cannot change the session through it by mistake (the type checker says so, and
at run time the attribute is not there); screens change the session only through the
app's `writer`, which a viewer's app does not have (tui/screens/live_screen.py turns
that into one notice). Its clock is a `ClockView`: the reading half of the `Timebox`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from politirad.models.session import Session

if TYPE_CHECKING:
    from politirad.sessions.live.session import Change, LiveSession
    from politirad.sessions.reports.carry import LastYear


class ClockView(Protocol):
    """The shared meeting clock, for reading."""

    @property
    def running(self) -> bool: ...

    @property
    def current_main(self) -> str | None: ...

    def due(self, now: float) -> bool: ...

    def spent(self, main_id: str, stored: Mapping[str, int], now: float) -> float: ...

    def elapsed(self, stored: Mapping[str, int], now: float) -> float: ...


class SessionView(Protocol):
    """A live session as every view reads it; `LiveSession` implements it."""

    @property
    def session(self) -> Session: ...

    @property
    def path(self) -> Path | None: ...

    @property
    def read_only(self) -> bool: ...

    @property
    def selected(self) -> str | None: ...

    @property
    def timebox(self) -> ClockView: ...

    @property
    def dirty(self) -> bool: ...

    @property
    def last_saved(self) -> dt.datetime | None: ...

    @property
    def last_error(self) -> str | None: ...

    def subscribe(self, callback: Callable[[Change], None]) -> Callable[[], None]: ...

    def last_year(self) -> LastYear | None: ...


class ReadOnlyView:
    """A viewer's handle on a shared live session: every read, no change method."""

    read_only = True

    def __init__(self, live: LiveSession) -> None:
        self._live = live

    @property
    def session(self) -> Session:
        return self._live.session

    @property
    def path(self) -> Path | None:
        return self._live.path

    @property
    def selected(self) -> str | None:
        return self._live.selected

    @property
    def timebox(self) -> ClockView:
        return self._live.timebox

    @property
    def dirty(self) -> bool:
        return self._live.dirty

    @property
    def last_saved(self) -> dt.datetime | None:
        return self._live.last_saved

    @property
    def last_error(self) -> str | None:
        return self._live.last_error

    def subscribe(self, callback: Callable[[Change], None]) -> Callable[[], None]:
        return self._live.subscribe(callback)

    def last_year(self) -> LastYear | None:
        return self._live.last_year()
