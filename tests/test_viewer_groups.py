"""Viewer groups' parts (tui/ssh/groups.py): one app's bytes reach every member, a slow
member is cut off on its own channel, and a member's first key or resize takes it out.
The whole flow with real OpenSSH clients is in tests/test_ssh_e2e.py."""

from __future__ import annotations

import asyncio

from politirad.tui.ssh.driver import RESTORE_SEQUENCES, ChannelTerminal
from politirad.tui.ssh.groups import SYNC_QUERY, Fanout, Membership


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
