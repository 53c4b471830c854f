"""Viewer groups: viewers who follow the facilitator at the same size share one app (issue 16).

Every viewer used to run a full `PolitiradApp`: twenty viewers laid out and rendered
the same change twenty times (5-6 ms of server CPU and 3.3 MiB per extra viewer). A
viewer in follow mode sees exactly what any other viewer of the same terminal size,
language and colour system sees, so one app renders for all of them:

- the first viewer of a group starts the group's app; its driver writes into a
  `Fanout`, which hands the same bytes to every member's `ChannelTerminal`, so a slow
  reader is still cut off by its own channel's output cap;
- a later viewer gets the terminal modes and one full repaint of the group's screen,
  then the same bytes as the others;
- the group's presence line names no one in bold and its welcome notice is said when
  the group starts: it is the same screen for everyone in it;
- a member's first key, click or resize means it wants a view of its own (browse with
  `f`, help, another size or language): it leaves the group, its input is kept, and it
  gets its own app, whose first frame paints over the group's last one (the alternate
  screen is already on, so nothing is cleared in between);
- co-facilitators type, so they always run an app of their own.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import logging
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Protocol

import textual.constants
from textual.css.query import NoMatches
from textual.messages import TerminalSupportsSynchronizedOutput

from politirad.sessions.live.presence import Member, Role
from politirad.tui.ssh.driver import RESTORE_SEQUENCES, START_SEQUENCES, VIEWER_BUDGET, ChannelTerminal
from politirad.tui.ssh.priority import FrameGate
from politirad.tui.widgets.note_pane import NotePane

if TYPE_CHECKING:
    from politirad.tui.ssh.driver import SSHDriver
    from politirad.tui.app import PolitiradApp
    from politirad.tui.ssh.keys import AuthorizedKey

log = logging.getLogger("politirad.ssh")

SYNC_QUERY = b"\x1b[?2026$p"
"""The driver asks each terminal whether it has synchronized output; a group's members
would all answer into their own input, which means "this viewer acted". The question
is taken out and the group's app is told the answer (terminals without it ignore the
mode, as the driver's own fallback assumes)."""

JOIN_SEQUENCES = START_SEQUENCES.encode().replace(SYNC_QUERY, b"")
"""What a later member's terminal needs before the repaint: the driver sent it only once."""

REPLAY_GAP = 0.05
"""Seconds between held input chunks replayed into a member's new app (see LateTerminal)."""
REPLAY_PACED = 10
"""Chunks replayed a gap apart; the rest of a long run of held input goes at once."""

GroupKey = tuple[tuple[int, int], str, str]
"""Terminal size, interface language and colour system: what decides the bytes."""

NO_ONE = Member(-1, "", Role.VIEWER, dt.datetime(2000, 1, 1))
"""The group app's own seat: no member of the presence line is "this viewer"."""


class AppMaker(Protocol):
    """`ShareServer.make_app`: how the server builds a view for a key."""

    def __call__(self, entry: AuthorizedKey, member: Member, terminal: ChannelTerminal) -> PolitiradApp: ...


class Fanout:
    """The group app's channel: every write goes to each member's terminal."""

    def __init__(self, on_frame: Callable[[], None] | None = None) -> None:
        self.members: list[ChannelTerminal] = []
        self.on_frame = on_frame
        """Called once a frame is out to every member (the typists' gate, priority.py)."""

    def write(self, data: bytes) -> None:
        data = data.replace(SYNC_QUERY, b"")
        for terminal in list(self.members):
            terminal.write(data)  # each cuts its own slow reader off
        if self.on_frame is not None:
            self.on_frame()

    def get_write_buffer_size(self) -> int:
        return 0  # what waits is counted per member, on its own channel


class Membership:
    """A member's place in a group; stands in for the driver on its terminal, so its
    first input or resize moves it to its own app (`left` then resolves True)."""

    def __init__(self, group: ViewerGroup | None, terminal: ChannelTerminal) -> None:
        self.group = group
        self.terminal = terminal
        self.left: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        """Resolved when it leaves the group: True for an app of its own, False if it ended."""
        self.held: list[bytes] = []
        """Input since it acted, as it came, for its own app once that can take keys."""

    def feed(self, data: bytes) -> None:
        """Input metered out by the terminal: kept for the member's own app."""
        self.held.append(data)
        self.leave(own=True)

    def resize(self, size: tuple[int, int]) -> None:
        self.leave(own=True)

    def leave(self, *, own: bool) -> None:
        if self.left.done():
            return
        if self.group is not None:
            self.group.remove(self)
        if not own:
            self.terminal.detach()
            self.terminal.write_final(RESTORE_SEQUENCES.encode())
        self.left.set_result(own)  # its own app's `LateTerminal` takes over from here


class LateTerminal:
    """The terminal as a member's own app sees it, with input held until the app is up.

    Keys replayed into an app that is still mounting its screen land before the tree
    has the focus, and keys replayed in one batch all reach the widget focused before
    the first of them moved the focus (Enter, then letters meant for the note). So the
    member's stand-in keeps collecting input until the app's first frame, then hands it
    over one chunk (as it came from the client) at a time, a moment apart; only then is the app's
    driver attached to the real terminal, so nothing typed meanwhile overtakes it.
    """

    def __init__(self, terminal: ChannelTerminal, member: Membership) -> None:
        self._terminal = terminal
        self._member = member
        self._driver: SSHDriver | None = None
        self._released = False

    def __getattr__(self, name: str) -> object:
        return getattr(self._terminal, name)  # size, budget, write, write_final ...

    def attach(self, driver: SSHDriver) -> None:
        self._driver = driver
        if self._released:
            self._terminal.attach(driver)

    def detach(self) -> None:
        self._driver = None
        if self._released:
            self._terminal.detach()

    async def release(self) -> None:
        """The app is up: the held chunks one by one, a moment apart, then the terminal."""
        if self._released:
            return
        held = self._member.held
        paced = 0
        while held and self._driver is not None:
            self._driver.feed(held.pop(0))
            paced += 1
            if paced < REPLAY_PACED:
                await asyncio.sleep(REPLAY_GAP)  # the focus moves a few messages later
        self._released = True
        if self._driver is None:  # the app ended while starting
            return
        self._terminal.detach()  # the stand-in goes
        self._driver.resize(self._terminal.size)  # resized while it started
        self._terminal.attach(self._driver)


class ViewerGroup:
    """One rendering app and the terminals it renders for."""

    def __init__(self, groups: ViewerGroups, key: GroupKey, app: PolitiradApp, fanout: Fanout) -> None:
        self.groups = groups
        self.key = key
        self.app = app
        self.fanout = fanout
        self.members: list[Membership] = []
        self.task = asyncio.get_running_loop().create_task(self._run())

    async def _run(self) -> None:
        app = self.app
        app.post_message(TerminalSupportsSynchronizedOutput())
        try:
            await app.run_async()
        except Exception:  # noqa: BLE001 - members fall back to apps of their own
            log.exception("a viewer group's app failed")
        finally:
            unsubscribe = getattr(app, "_unsubscribe", None)
            if callable(unsubscribe):
                unsubscribe()
            self.groups.forget(self)
            for member in list(self.members):  # the app ended under them
                member.leave(own=True)

    def shows(self, question_id: str) -> bool:
        """Is this the note on the group's screen (so a change to it means a frame)?"""
        screen = self.app.main_screen
        if screen is None or not screen.is_mounted:
            return False
        try:
            return screen.query_one(NotePane).question_id == question_id
        except NoMatches:  # not composed yet: nothing to draw
            return False

    def add(self, terminal: ChannelTerminal) -> Membership:
        member = Membership(self, terminal)
        if self.members:  # the app has drawn for others already: modes, then all of it
            terminal.write(JOIN_SEQUENCES)
            self._repaint()
        self.members.append(member)
        self.fanout.members.append(terminal)
        log.info("viewer group %sx%s: %d watching", *self.key[0], len(self.members))
        terminal.attach(member)  # type: ignore[arg-type] - a stand-in driver: feed and resize
        return member

    def _repaint(self) -> None:
        """One full frame for everyone: the newcomer needs it, the others see no change."""
        try:
            self.app.screen.refresh()
        except Exception:  # noqa: BLE001 - no screen yet: its first frame is full anyway
            log.debug("no screen to repaint yet")

    def remove(self, member: Membership) -> None:
        if member in self.members:
            self.members.remove(member)
            self.fanout.members.remove(member.terminal)
        if not self.members:
            self.groups.forget(self)
            self.app.exit(0)


async def _release_when_up(app: PolitiradApp, late: LateTerminal, limit: float = 15.0) -> None:
    """Hand the held input over once the app has drawn with the focus set (bounded)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + limit
    while loop.time() < deadline and not (app.is_running and app.focused is not None):
        await asyncio.sleep(0.02)
    await asyncio.sleep(REPLAY_GAP)  # its first frame
    await late.release()


class ViewerGroups:
    """The server's groups, by what decides their bytes; `watch` is a viewer's way in."""

    def __init__(self, make_app: AppMaker, lang: str) -> None:
        self._make_app = make_app
        self._lang = lang
        self._groups: dict[GroupKey, ViewerGroup] = {}
        self._memberships: dict[object, Membership] = {}
        self.gate = FrameGate(self.drawing)
        """Typists' editing keys wait for these groups' frames (subscribed by the server)."""

    def drawing(self) -> list[ViewerGroup]:
        """The groups with an app drawing for members now."""
        return list(self._groups.values())

    async def watch(
        self, session: object, entry: AuthorizedKey, member: Member, terminal: ChannelTerminal
    ) -> PolitiradApp | None:
        """The app `session` runs for itself: at once for a co-facilitator; for a viewer
        after it has watched in a group and acted or resized. None: it ended meanwhile."""
        if entry.role.can_edit:
            return self._make_app(entry, member, terminal)
        key: GroupKey = (terminal.size, self._lang, str(textual.constants.COLOR_SYSTEM))
        group = self._groups.get(key)
        if group is None:
            fanout = Fanout()
            app = self._make_app(entry, NO_ONE, ChannelTerminal(fanout, terminal.size, budget=VIEWER_BUDGET))
            group = self._groups[key] = ViewerGroup(self, key, app, fanout)
            fanout.on_frame = partial(self.gate.drew, group)
        membership = self._memberships[session] = group.add(terminal)
        try:
            own = await membership.left
        finally:
            self._memberships.pop(session, None)
        if not own:
            return None
        late = LateTerminal(terminal, membership)
        app = self._make_app(entry, member, late)  # type: ignore[arg-type] - a terminal, input held
        if app.seat is not None:  # welcomed by the group already
            app.seat = dataclasses.replace(app.seat, welcome="")
        asyncio.get_running_loop().create_task(_release_when_up(app, late))
        return app

    def ended(self, session: object) -> None:
        """The session ends (hung up, cut off, server stopping) while in a group."""
        membership = self._memberships.get(session)
        if membership is not None:
            membership.leave(own=False)

    def forget(self, group: ViewerGroup) -> None:
        if self._groups.get(group.key) is group:
            del self._groups[group.key]
        self.gate.forget(group)

    def __len__(self) -> int:
        return len(self._groups)
