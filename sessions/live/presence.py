"""Who is looking at a shared live session right now, and in which role.

The SSH server adds a member when a participant's terminal opens and removes it when
it closes; every view subscribes to show the list and to say who joined and left. It
lives beside the live session (no Textual here) so the rule "every view learns the
same thing the same way" holds for presence as for notes.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from politirad.sessions.live.listeners import Listeners


class Role(StrEnum):
    """What a view may do; decided by the SSH key, never by the user name."""

    FACILITATOR = "facilitator"
    CO_FACILITATOR = "co-facilitator"
    VIEWER = "viewer"

    @property
    def can_edit(self) -> bool:
        return self is not Role.VIEWER


@dataclass(frozen=True, slots=True)
class Member:
    """One open view of the session."""

    id: int
    name: str
    role: Role
    joined: dt.datetime = field(compare=False)


@dataclass(frozen=True, slots=True)
class PresenceEvent:
    """A join or a leave; `reason` says why someone left when it was not their choice."""

    joined: bool
    member: Member
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class Seat:
    """One view's place in a shared meeting: who it is and how it moves with the others.

    `leads` views publish their selected question; `follows` views start by following
    it (a viewer may switch to browsing freely).
    """

    presence: Presence
    member: Member
    leads: bool
    follows: bool
    join_hint: str = ""
    """How others join (the ssh command), shown to the facilitator."""
    welcome: str = ""
    """Said once when the view opens (what this role can do)."""


PresenceListener = Callable[[PresenceEvent], None]

MAX_NAME = 40
"""Names come from key comments; long ones are cut so the presence line stays one line."""


def clean_name(raw: str) -> str:
    """A display name without control characters (a key comment must not drive a terminal)."""
    text = "".join(ch if ch.isprintable() else " " for ch in raw).strip()
    text = " ".join(text.split())
    return text[:MAX_NAME] if len(text) <= MAX_NAME else text[: MAX_NAME - 1] + "…"


class Presence:
    """The members of a shared session, in joining order, with change notifications."""

    def __init__(self, clock: Callable[[], dt.datetime] = dt.datetime.now) -> None:
        self._members: dict[int, Member] = {}
        self._listeners: Listeners[PresenceEvent] = Listeners()
        self._ids = itertools.count(1)
        self._clock = clock

    def join(self, name: str, role: Role) -> Member:
        member = Member(next(self._ids), clean_name(name) or "?", role, self._clock())
        self._members[member.id] = member
        self._notify(PresenceEvent(True, member))
        return member

    def leave(self, member_id: int, reason: str | None = None) -> None:
        member = self._members.pop(member_id, None)
        if member is not None:
            self._notify(PresenceEvent(False, member, reason))

    def members(self) -> list[Member]:
        return list(self._members.values())

    def count(self, *roles: Role) -> int:
        """How many members have one of `roles` (all when none given)."""
        return sum(1 for m in self._members.values() if not roles or m.role in roles)

    def subscribe(self, listener: PresenceListener) -> Callable[[], None]:
        """Register a view; returns the function that unregisters it."""
        return self._listeners.subscribe(listener)

    def _notify(self, event: PresenceEvent) -> None:
        self._listeners.notify(event)
