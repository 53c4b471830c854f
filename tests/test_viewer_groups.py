"""Viewer groups' parts (tui/ssh/groups.py): one app's bytes reach every member, a slow
member is cut off on its own channel, and a member's first key or resize takes it out;
a typist's own frame waits for the groups' frame of its key (tui/ssh/priority.py);
joins settle the heap without a full walk, leaves with one (server.HeapKeeper).
The whole flow with real OpenSSH clients is in tests/test_ssh_e2e.py."""

from __future__ import annotations

import asyncio
import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import asyncssh
import pytest
from textual import events
from textual.app import App, ComposeResult
from textual.widgets import TextArea

from politirad.models.factory import new_session
from politirad.sessions.live.presence import Presence, Role
from politirad.sessions.live.session import Change, ChangeKind, LiveSession
from politirad.sessions.storage import store
from politirad.tui.ssh.driver import RESTORE_SEQUENCES, ChannelTerminal
from politirad.tui.ssh.groups import SYNC_QUERY, Fanout, Membership
from politirad.tui.ssh.priority import FrameGate, is_edit
from tests.waiting import until


class FakeChannel:
    """A channel that keeps what was written and reports a chosen backlog."""

    def __init__(self, backlog: int = 0) -> None:
        self.data = b""
        self.backlog = backlog

    def write(self, data: bytes) -> None:
        self.data += data

    def get_write_buffer_size(self) -> int:
        return self.backlog


def test_every_member_gets_the_same_bytes_and_a_slow_one_is_cut_off_alone() -> None:
    fast, slow = FakeChannel(), FakeChannel(backlog=10_000)
    cut: list[str] = []
    fanout = Fanout()
    fanout.members = [
        ChannelTerminal(fast, (100, 30), max_pending=5_000, on_overflow=lambda: cut.append("fast")),
        ChannelTerminal(slow, (100, 30), max_pending=5_000, on_overflow=lambda: cut.append("slow")),
    ]
    fanout.write(b"frame one")
    fanout.write(b"frame two")
    assert fast.data == b"frame oneframe two"
    assert slow.data == b"frame one"  # cut off after its first write, on its own channel
    assert cut == ["slow"]
    assert fanout.get_write_buffer_size() == 0  # the group's own driver never waits


def test_the_sync_question_is_not_asked_of_members() -> None:
    channel = FakeChannel()
    fanout = Fanout()
    fanout.members = [ChannelTerminal(channel, (80, 24))]
    fanout.write(b"\x1b[?1049h" + SYNC_QUERY + b"\x1b[?25l")
    assert SYNC_QUERY not in channel.data and channel.data == b"\x1b[?1049h\x1b[?25l"


def _member() -> tuple[Membership, ChannelTerminal, FakeChannel]:
    channel = FakeChannel()
    terminal = ChannelTerminal(channel, (100, 30))
    member = Membership(None, terminal)
    terminal.attach(member)  # type: ignore[arg-type] - the stand-in driver
    return member, terminal, channel


def test_a_key_takes_a_member_out_and_is_kept_for_its_own_app() -> None:
    async def scenario() -> None:
        member, terminal, _ = _member()
        terminal.feed(b"f")
        assert await asyncio.wait_for(member.left, 1) is True
        terminal.feed(b"\x1b[B")  # typed while its own app starts: held too, in order
        assert member.held == [b"f", b"\x1b[B"]

    asyncio.run(scenario())


def test_a_resize_takes_a_member_out() -> None:
    async def scenario() -> None:
        member, terminal, _ = _member()
        terminal.resize(84, 26)
        assert await asyncio.wait_for(member.left, 1) is True
        assert terminal.size == (84, 26)

    asyncio.run(scenario())


def test_a_member_that_ends_gets_its_terminal_back() -> None:
    async def scenario() -> None:
        member, terminal, channel = _member()
        member.leave(own=False)
        assert await asyncio.wait_for(member.left, 1) is False
        assert channel.data.endswith(RESTORE_SEQUENCES.encode())
        assert terminal.driver is None

    asyncio.run(scenario())


def test_a_frame_is_announced_after_every_member_has_it() -> None:
    channels = [FakeChannel(), FakeChannel()]
    seen: list[list[bytes]] = []
    fanout = Fanout(on_frame=lambda: seen.append([c.data for c in channels]))
    fanout.members = [ChannelTerminal(c, (100, 30)) for c in channels]
    fanout.write(b"frame")
    assert seen == [[b"frame", b"frame"]]


# -- the viewers' frame first (tui/ssh/priority.py) -------------------------------------------


class FakeScreen:
    def __init__(self) -> None:
        self.prompted = 0

    def check_idle(self) -> None:
        self.prompted += 1


class FakeApp:
    """What the gate uses of a typist's app: its batch and its screen."""

    def __init__(self) -> None:
        self.batched = 0
        self.screen = FakeScreen()

    @contextmanager
    def batch_update(self) -> Iterator[None]:
        self.batched += 1
        try:
            yield
        finally:
            self.batched -= 1


class FakeGroup:
    """A viewer group showing one note."""

    def __init__(self, showing: str = "1.1") -> None:
        self.showing = showing

    def shows(self, question_id: str) -> bool:
        return question_id == self.showing


def note(question_id: str = "1.1") -> Change:
    return Change(ChangeKind.NOTE, question_id, None)


def test_an_edit_holds_the_typists_frame_until_every_group_has_drawn() -> None:
    async def scenario() -> None:
        first, second = FakeGroup(), FakeGroup()
        gate = FrameGate(lambda: [first, second], limit=60)
        app = FakeApp()
        gate.hold(app)  # type: ignore[arg-type]
        gate.hold(app)  # type: ignore[arg-type] - a second key while held: still one batch
        assert app.batched == 1
        gate.drew(first)  # a frame from before the change (a clock tick) releases nothing
        gate.changed(Change(ChangeKind.SAVED, None, None))  # nor does a change of another kind
        assert app.batched == 1
        gate.changed(note())
        gate.drew(first)
        assert app.batched == 1  # the second group still owes the change
        gate.drew(second)
        assert app.batched == 0 and app.screen.prompted == 1 and not gate.holding

    asyncio.run(scenario())


def test_only_the_groups_showing_the_note_owe_a_frame() -> None:
    async def scenario() -> None:
        elsewhere, here = FakeGroup("2.1"), FakeGroup("1.1")
        gate = FrameGate(lambda: [elsewhere, here], limit=60)
        app = FakeApp()
        gate.hold(app)  # type: ignore[arg-type]
        gate.changed(note("1.1"))
        gate.drew(here)
        assert app.batched == 0  # the group on another question owed nothing
        gate.hold(app)  # type: ignore[arg-type]
        gate.changed(note("3.1"))  # a note no group shows: the typist draws at once
        assert app.batched == 0 and app.screen.prompted == 2

    asyncio.run(scenario())


def test_a_hold_ends_by_itself_when_no_group_draws() -> None:
    async def scenario() -> None:
        gate = FrameGate(lambda: [FakeGroup()], limit=0.01)
        app = FakeApp()
        gate.hold(app)  # type: ignore[arg-type]
        gate.changed(note())  # e.g. a masked (confidential) note: nothing redrawn
        await until(lambda: not gate.holding)
        assert app.batched == 0 and app.screen.prompted == 1

    asyncio.run(scenario())


def test_no_group_means_no_hold_and_an_ended_group_owes_nothing() -> None:
    async def scenario() -> None:
        groups: list[FakeGroup] = []
        gate = FrameGate(lambda: groups, limit=60)
        app = FakeApp()
        gate.hold(app)  # type: ignore[arg-type]
        assert app.batched == 0
        group = FakeGroup()
        groups.append(group)
        gate.hold(app)  # type: ignore[arg-type]
        gate.changed(note())
        groups.clear()
        gate.forget(group)
        assert app.batched == 0

    asyncio.run(scenario())


class Editor(App[None]):
    def compose(self) -> ComposeResult:
        yield TextArea("", id="note")
        yield TextArea("", id="locked", read_only=True)


async def test_only_keys_that_change_an_editable_note_are_edits() -> None:
    app = Editor()
    async with app.run_test() as pilot:
        app.query_one("#note").focus()
        await pilot.pause()
        assert is_edit(app, events.Key("a", "a"))
        assert is_edit(app, events.Key("enter", "\r"))
        assert is_edit(app, events.Key("backspace", "\x7f"))
        assert is_edit(app, events.Paste("tekst"))
        assert not is_edit(app, events.Key("down", None))
        assert not is_edit(app, events.Key("ctrl+g", None))
        app.query_one("#locked").focus()
        await pilot.pause()
        assert not is_edit(app, events.Key("a", "a"))


@pytest.fixture
def live(tmp_path: Path) -> LiveSession:
    path = tmp_path / "s.toml"
    store.save(new_session(dt.date(2026, 11, 24), "Politirådet i Lillevik"), path)
    return LiveSession(store.load(path), path, journal_delay=None)


class Recorder:
    """Channels that log every write, in order, to one shared list."""

    def __init__(self, log: list[tuple[str, bytes]], name: str) -> None:
        self.log = log
        self.name = name

    def write(self, data: bytes) -> None:
        self.log.append((self.name, data))

    def get_write_buffer_size(self) -> int:
        return 0

    def text(self) -> bytes:
        return b"".join(data for name, data in self.log if name == self.name)


def _plain(log: list[tuple[str, bytes]], who: str) -> bytes:
    """What `who` was sent, without the escape codes between the cells."""
    return re.sub(rb"\x1b\[[0-9;?<>$]*[ -/]*[@-~]", b"", b"".join(data for name, data in log if name == who))


async def test_a_typed_key_reaches_the_viewers_before_the_typists_own_echo(live: LiveSession) -> None:
    """Both apps draw on one loop: the group's frame of the key is written first."""
    from politirad.tui.ssh.keys import AuthorizedKey, KeyRing
    from politirad.tui.ssh.server import ServerSettings, ShareServer

    presence = Presence()
    server = ShareServer(live, KeyRing(), presence, asyncssh.generate_private_key("ssh-ed25519"), ServerSettings())
    log: list[tuple[str, bytes]] = []
    typist_channel, viewer_channel = Recorder(log, "typist"), Recorder(log, "viewer")
    co_key, viewer_key = asyncssh.generate_private_key("ssh-ed25519"), asyncssh.generate_private_key("ssh-ed25519")
    co = AuthorizedKey(co_key, "Kari", Role.CO_FACILITATOR, co_key.get_fingerprint())
    viewer = AuthorizedKey(viewer_key, "Ola", Role.VIEWER, viewer_key.get_fingerprint())
    typist_terminal = ChannelTerminal(typist_channel, (100, 30))
    typist = server.make_app(co, presence.join("Kari", Role.CO_FACILITATOR), typist_terminal)
    typing = asyncio.create_task(typist.run_async())
    session = object()
    watching = asyncio.create_task(
        server.groups.watch(session, viewer, presence.join("Ola", Role.VIEWER), ChannelTerminal(viewer_channel, (100, 30)))
    )
    try:
        await until(lambda: b"Tilkoblet" in typist_channel.text() and b"Tilkoblet" in viewer_channel.text())
        await asyncio.sleep(0.5)  # the tree takes its cursor after the first frame
        typist_terminal.feed(b"\r")  # into the first sub-question's note
        await until(lambda: isinstance(typist.focused, TextArea))
        typed = b""
        for key in b"QXJWVK":  # one at a time, as typed
            typed += bytes([key])
            start = len(log)
            typist_terminal.feed(bytes([key]))
            await until(lambda: all(typed in _plain(log[start:], who) for who in ("typist", "viewer")))
            firsts = [name for name, data in log[start:] if bytes([key]) in data]
            assert firsts[0] == "viewer", firsts
            assert not server.groups.gate.holding
            await asyncio.sleep(0.05)
    finally:
        server.groups.ended(session)
        typist.exit()
        await asyncio.wait_for(asyncio.gather(typing, watching), 10)


def test_joins_walk_only_the_new_heap_and_a_leave_unfreezes_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """A full walk of twenty apps' heap stalls every view: only a departed app needs one."""
    from politirad.tui.ssh import server

    calls: list[str] = []
    for name in ("unfreeze", "collect", "freeze"):
        monkeypatch.setattr(server.gc, name, lambda name=name: calls.append(name))

    async def scenario() -> None:
        heap = server.HeapKeeper()
        heap.changed()
        heap.changed()
        heap.settle()
        assert calls == ["collect", "freeze"]
        calls.clear()
        heap.changed(left=True)
        heap.changed()  # a join after the leave: the leave's unfreeze still stands
        heap.settle()
        assert calls == ["unfreeze", "collect", "freeze"]
        calls.clear()
        heap.changed()
        heap.settle()
        assert calls == ["collect", "freeze"]
        heap.close()

    asyncio.run(scenario())


class RecordingGate:
    """Stands in for the server's gate: which apps asked to hold their frame."""

    def __init__(self) -> None:
        self.held: list[object] = []

    def hold(self, app: object) -> None:
        self.held.append(app)


async def test_the_facilitators_own_edits_hold_its_frame_too(live: LiveSession) -> None:
    """In `serve` the facilitator types in the local terminal: the same gate applies."""
    from politirad.sessions.live.presence import Seat
    from politirad.tui.ssh.priority import host_app

    presence = Presence()
    gate = RecordingGate()
    seat = Seat(presence, presence.join("Fasilitator", Role.FACILITATOR), leads=True, follows=False)
    app = host_app(gate, live, seat=seat)  # type: ignore[arg-type]
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(0.3)
        await pilot.press("down")  # the tree: no note changes
        assert gate.held == []
        await pilot.press("enter")  # into the first sub-question's note
        await pilot.pause()
        assert isinstance(app.focused, TextArea)
        await pilot.press("a")
        assert gate.held == [app]


async def test_joins_that_come_together_are_said_in_one_notice(live: LiveSession) -> None:
    """Every toast is two layout passes on the shared loop: twenty joins, one notice."""
    from politirad.sessions.live.presence import Seat
    from politirad.tui.app import PolitiradApp
    from politirad.tui.i18n import tr
    from politirad.tui.ssh.presence_bar import JOIN_GATHER

    presence = Presence()
    seat = Seat(presence, presence.join("Fasilitator", Role.FACILITATOR), leads=True, follows=False)
    app = PolitiradApp(live, seat=seat)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        for name in ("Ola", "Kari", "Per", "Pål", "Espen"):
            presence.join(name, Role.VIEWER)
        await pilot.pause(JOIN_GATHER + 0.3)
        said = [str(n.message) for n in app._notifications]
        assert said == [tr(app.lang, "share.joined", name="Ola, Kari, Per +2")]
        presence.join("Siri", Role.VIEWER)  # a later join: a notice of its own
        await pilot.pause(JOIN_GATHER + 0.3)
        assert [str(n.message) for n in app._notifications][-1] == tr(app.lang, "share.joined", name="Siri")
