"""A viewer's handle on the shared live session: it reads everything and changes nothing.

Screens already turn `live.read_only` and `ReadOnlyError` into a short notice. Giving a
viewer's app this wrapper instead of the live session makes every one of those paths
hold for viewers too, including change methods added to the live session later: only
the names listed here pass through, every other method raises `ReadOnlyError`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from politirad.sessions.live.session import LiveSession, ReadOnlyError

PASS_THROUGH = frozenset({"subscribe", "last_year"})
"""Methods a viewer may call on the real live session (they change nothing)."""


class ReadOnlyLive:
    """Looks like a read-only `LiveSession`; attributes are read from the shared one."""

    read_only = True

    def __init__(self, live: LiveSession) -> None:
        object.__setattr__(self, "_live", live)

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._live, name)
        if name in PASS_THROUGH or not callable(value):
            return value
        return _refuse(name)

    def __setattr__(self, name: str, value: object) -> None:
        raise ReadOnlyError(f"{name}: the shared session is read-only for viewers")

    def select(self, question_id: str | None, origin: object | None = None) -> None:
        """A viewer's cursor never moves the question the others follow."""

    def save(self) -> bool:
        return False

    def flush_journal(self) -> bool:
        return True

    def close(self, *, force: bool = False) -> bool:
        """Leaving as a viewer saves nothing and keeps the facilitator's lock."""
        return True


def _refuse(name: str) -> Callable[..., Any]:
    def refused(*_args: object, **_kwargs: object) -> Any:
        raise ReadOnlyError(f"{name}: the shared session is read-only for viewers")

    return refused
