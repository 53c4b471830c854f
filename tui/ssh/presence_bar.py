"""One line under the panes of a shared meeting: who is connected, and follow or browse.

Presence changes arrive from other apps' handlers (another connection's task), so the
listener only posts a message; the bar redraws and says who joined or left from its
own app's queue. Joins that come together are said in one notice: each toast is a
layout pass when it appears and another when it goes (5-35 ms on the shared loop),
and twenty viewers joining at the start of a meeting made forty of them in the
facilitators' apps while the viewers waited for their frames (issue 16).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from rich.text import Text
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Static

from politirad.sessions.live.presence import Member, PresenceEvent, Role, Seat

if TYPE_CHECKING:
    from politirad.tui.app import PolitiradApp


JOIN_GATHER = 1.0
"""Seconds joins are gathered for one notice."""

NAMED = 3
"""Names a joins notice shows; the rest are counted ("+5")."""


def joined_names(names: list[str]) -> str:
    """Who joined, for one notice: the first few by name, the others as a count."""
    shown = ", ".join(names[:NAMED])
    return shown if len(names) <= NAMED else f"{shown} +{len(names) - NAMED}"


class PresenceBar(Static):
    """Members of the shared session and this view's follow state."""

    DEFAULT_CSS = """
    PresenceBar {
        height: 1;
        background: $boost;
        padding: 0 1;
    }
    """

    app: PolitiradApp

    class Changed(Message):
        """Someone joined or left (posted from whichever task saw it)."""

        def __init__(self, event: PresenceEvent) -> None:
            self.event = event
            super().__init__()

    def __init__(self, seat: Seat, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.seat = seat
        self._unsubscribe: Callable[[], None] = lambda: None
        self._joined: list[str] = []
        """Joins waiting for their one notice."""
        self._gather: Timer | None = None

    def on_mount(self) -> None:
        self._unsubscribe = self.seat.presence.subscribe(lambda event: self.post_message(self.Changed(event)))
        self.watch(self.app, "following", lambda _following: self.show_members(), init=False)
        self.show_members()
        if self.seat.welcome:
            self.notify(self.seat.welcome, timeout=12)

    def on_unmount(self) -> None:
        self._unsubscribe()

    def on_presence_bar_changed(self, message: PresenceBar.Changed) -> None:
        event = message.event
        # Joins and leaves are announced to those who run the meeting; viewers see the
        # line change (twenty viewers each toasting every join would be noise, and work).
        if event.member.id != self.seat.member.id and self.seat.member.role is not Role.VIEWER:
            t = self.app.t
            name = self._label(event.member)
            if event.joined:
                self._joined.append(name)
                if self._gather is None:
                    self._gather = self.set_timer(JOIN_GATHER, self._say_joined)
            elif event.reason:
                self.notify(t("share.left_reason", name=name, reason=event.reason), timeout=6)
            else:
                self.notify(t("share.left", name=name), timeout=4)
        self.show_members()

    def _say_joined(self) -> None:
        self._gather = None
        names, self._joined = self._joined, []
        if names:
            self.notify(self.app.t("share.joined", name=joined_names(names)), timeout=4)

    def show_members(self) -> None:
        t = self.app.t
        members = self.seat.presence.members()
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append(t("share.connected", count=len(members)), style="bold")
        for index, member in enumerate(members):
            text.append(" " if index == 0 else ", ")
            style = "bold" if member.id == self.seat.member.id else ""
            text.append(self._label(member), style=style)
        if self.seat.leads:
            if self.seat.join_hint:
                text.append("  │  ")
                text.append(t("share.join", command=self.seat.join_hint), style="dim")
        elif self.seat.member.role is Role.VIEWER:
            text.append("  │  ")
            text.append(t("share.following" if self.app.following else "share.browsing"), style="italic")
        self.update(text, layout=False)  # always one line

    def _label(self, member: Member) -> str:
        t = self.app.t
        if member.role is Role.FACILITATOR:
            return t("share.facilitator")
        if member.role is Role.CO_FACILITATOR:
            return f"{member.name} ({t('share.co_facilitator')})"
        return member.name
