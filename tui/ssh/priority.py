"""The viewers' frame first: a typist's own echo waits for the viewer groups (issue 16).

All apps share one event loop, so a keystroke's frames are drawn one after the other.
Left alone, the typist's app draws its own echo first (its screen is dirty a few
messages before the note's change reaches the live session), and only then does the
viewer groups' app hear of the change and draw it for every viewer: each viewer waited
for a whole frame it never sees (profiled at 20 viewers: own frame 2.6-4.3 ms, then
the group's frame and its writes). tmux draws once.

So an editing key (a character, Enter, Backspace, Delete or a paste into an editable
note) puts the typist's app in a Textual batch (no frames) until every viewer group
that shows the changed note has written the frame of that change. The hold is short
and bounded: it ends at once when there is no group or the change is to a note no
group shows, and after `HOLD_LIMIT` whatever happens (a key that changes nothing, a
machine too busy to draw in time), so the typist's echo is late by at most a frame,
and usually by the group's frame alone. A co-facilitator's keys are seen by its
`SSHDriver`; the facilitator's own, in the local terminal, by `HostApp`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Collection
from contextlib import AbstractContextManager
from functools import cache
from typing import TYPE_CHECKING, Any, Protocol

from textual import events
from textual.app import App
from textual.message import Message
from textual.widgets import TextArea

from politirad.sessions.live.session import Change, ChangeKind

if TYPE_CHECKING:
    from politirad.tui.app import PolitiradApp

HOLD_LIMIT = 1 / 60
"""Seconds a typist's frame waits at most for the viewers' (one 60 Hz frame): under
load the group's frame can take longer than half of one, and the hold is then lost
exactly when the viewers need it."""

EDITING_KEYS = frozenset({"enter", "backspace", "delete"})
"""Keys that change a note besides printable characters."""


def is_edit(app: App[Any], message: Message) -> bool:
    """Will this input change the note being typed in (and so the viewers' screens)?"""
    if not isinstance(message, (events.Key, events.Paste)):
        return False
    if isinstance(message, events.Key) and message.is_forwarded:
        return False  # a key bubbling back to the app: held (or not) when it came in
    if isinstance(message, events.Key) and not (message.is_printable or message.key in EDITING_KEYS):
        return False
    try:
        focused = app.focused
    except Exception:  # noqa: BLE001 - no screen yet
        return False
    return isinstance(focused, TextArea) and not focused.read_only


def host_app(gate: FrameGate, *args: Any, **options: Any) -> PolitiradApp:
    """The facilitator's app for a shared meeting: a `PolitiradApp` (same arguments)
    whose editing keys hold its frame for the viewer groups."""
    app = _host_app_class()(*args, **options)
    app.gate = gate
    return app


@cache
def _host_app_class() -> type[Any]:
    """Made on first use: the app module is imported only when a meeting starts."""
    from politirad.tui.app import PolitiradApp

    class HostApp(PolitiradApp):
        gate: FrameGate | None = None

        async def on_event(self, event: events.Event) -> None:
            if self.gate is not None and is_edit(self, event):
                self.gate.hold(self)
            await super().on_event(event)

    return HostApp


class _Hold:
    """One typist app's suspended frames and the timer that ends them regardless."""

    def __init__(self, batch: AbstractContextManager[None], limit: asyncio.TimerHandle) -> None:
        self.batch = batch
        self.limit = limit


class Group(Protocol):
    """What the gate asks of a viewer group (tui/ssh/groups.py `ViewerGroup`)."""

    def shows(self, question_id: str) -> bool: ...


class FrameGate:
    """Holds typists' frames while a viewer group still owes the frame of a change."""

    def __init__(self, groups: Callable[[], Collection[Group]], limit: float = HOLD_LIMIT) -> None:
        self._groups = groups
        """The groups drawing now (each calls `drew` after its frame's writes)."""
        self._limit = limit
        self._held: dict[App[Any], _Hold] = {}
        self._owed: set[Group] = set()
        """Groups that have not yet drawn the change made during the holds."""
        self._changed = False

    @property
    def holding(self) -> bool:
        return bool(self._held)

    def hold(self, app: App[Any]) -> None:
        """An editing key reached `app`: no frame of its own until the groups have drawn."""
        if app in self._held or not self._groups():
            return  # held already: the first key's limit stands, so an echo is never later
        batch = app.batch_update()
        batch.__enter__()
        limit = asyncio.get_running_loop().call_later(self._limit, self.release_all)
        self._held[app] = _Hold(batch, limit)

    def changed(self, change: Change) -> None:
        """Live-session subscriber: a note changed while held is owed by the groups that
        show it; if none does, the typists draw at once."""
        if not self._held or change.kind is not ChangeKind.NOTE or not change.key:
            return
        self._changed = True
        self._owed.update(group for group in self._groups() if group.shows(change.key))
        if not self._owed:
            self.release_all()

    def drew(self, group: Group) -> None:
        """A group has written a frame to its members: release once none owes one."""
        self._owed.discard(group)
        if self._changed and not self._owed:
            self.release_all()

    def forget(self, group: Group) -> None:
        """A group ended: it owes nothing."""
        self.drew(group)

    def release_all(self) -> None:
        """The typists draw their own frames now (their screens are dirty already)."""
        held, self._held = self._held, {}
        self._owed.clear()
        self._changed = False
        for app, hold in held.items():
            hold.limit.cancel()
            hold.batch.__exit__(None, None, None)
            try:
                app.screen.check_idle()  # the screen skipped its update while batched
            except Exception:  # noqa: BLE001 - the app ended meanwhile: nothing to draw
                pass
