"""A hostile participant cannot hurt the meeting (issue 13, items 1 and 2).

The real `politirad serve` runs in tmux with the facilitator's terminal; asyncssh
clients join as viewers, on 127.0.0.1 only. One viewer watches and times the
facilitator's keystrokes (tmux send-keys to the text on the viewer's stream); another
pours in 2 MB of random bytes, then types 10,000 characters into what it can open
(command palette, go-to prompt). The facilitator's latency is compared with its idle
value measured in the same test, and the server's memory with its own at the start.
Idle unauthenticated sockets and an `ssh -N` must not keep anyone out.

Every loop is bounded in count and in time.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import socket
import statistics
import string
import sys
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import asyncssh
import pytest

from bench.ssh_fanout import ESCAPES, Terminal, cpu_seconds, rss_mib
from politirad.models.factory import new_session
from politirad.sessions.storage import store
from tests.test_ssh_e2e import PROGRAM, Windows, free_port, pytestmark  # noqa: F401

SAMPLES = 12
"""Keystrokes timed per phase; the median is compared."""

KEY_TIMEOUT = 20.0
"""A keystroke that takes longer than this to reach the viewer fails the test."""

NOTICE = b"For mye inndata"


class Recorder(Terminal):
    """A viewer terminal that also remembers whether `NOTICE` ever arrived."""

    def __init__(self) -> None:
        super().__init__()
        self.noticed = False
        self._recent = b""

    def data_received(self, data: bytes, datatype: int | None) -> None:
        super().data_received(data, datatype)
        self._recent = (self._recent + ESCAPES.sub(b"", data))[-4096:]
        self.noticed = self.noticed or NOTICE in self._recent


@dataclass
class Served:
    windows: Windows
    port: int
    pid: int
    keys: dict[str, asyncssh.SSHKey]


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Served:
    folder = tmp_path_factory.mktemp("flood")
    keys = {name: asyncssh.generate_private_key("ssh-ed25519", comment=name) for name in ("Ola", "Flom", "Kari")}
    (folder / "authorized_keys").write_bytes(b"".join(k.export_public_key() for k in keys.values()))
    session = folder / "2026-11-24-lillevik.toml"
    store.save(new_session(dt.date(2026, 11, 24), "Politirådet i Lillevik"), session)
    port = free_port()
    env = {"POLITIRAD_HOME": str(folder / "home")}
    windows = Windows(folder)
    command = [
        *PROGRAM, "serve", str(session), "--port", str(port), "--max-viewers", "3",
        "--authorized-keys", str(folder / "authorized_keys"), "--host-key", str(folder / "host_key"),
    ]
    windows.open("host", command, env, (120, 36))
    try:
        windows.wait("host", "Tilkoblet 1")
        pid = windows.child_pid("host", Path(sys.executable).name[:15])
        yield Served(windows, port, pid, keys)
    finally:
        windows.close()


@pytest.fixture
async def viewers(served: Served) -> AsyncIterator[list[tuple[asyncssh.SSHClientConnection, asyncssh.SSHClientChannel, Recorder]]]:  # type: ignore[type-arg]
    joined = []
    try:
        for name in ("Ola", "Flom"):
            conn = await asyncssh.connect(
                "127.0.0.1", served.port, username="x", client_keys=[served.keys[name]],
                known_hosts=None, agent_path=None,
            )
            chan, term = await conn.create_session(
                Recorder, term_type="xterm-256color", term_size=(100, 30), encoding=None
            )
            joined.append((conn, chan, term))
        await _until(lambda: all(b"Tilkoblet 3" in t.tail for _, _, t in joined), "both viewers see the meeting")
        yield joined
    finally:
        for conn, _, _ in joined:
            conn.close()
        await _until(lambda: "Tilkoblet 1" in served.windows.screen("host"), "the viewers left")


async def _until(check, what: str, timeout: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting until {what}")
        await asyncio.sleep(0.05)


class Typist:
    """The facilitator typing into a note; times each key to the watching viewer."""

    def __init__(self, windows: Windows, watcher: Recorder) -> None:
        self.windows = windows
        self.watcher = watcher
        self.typed = ""
        self.count = 0

    async def latencies(self, samples: int) -> list[float]:
        found: list[float] = []
        for _ in range(samples):
            if len(self.typed) >= 40:  # keep the line short: a wrapped marker is not found
                await asyncio.to_thread(self.windows.keys, "host", "Enter")
                self.typed = ""
                await asyncio.sleep(0.3)
            char = string.ascii_uppercase[self.count % 26]
            self.count += 1
            self.typed += char
            self.watcher.wait_for(self.typed[-4:].encode())
            sent = time.perf_counter()
            await asyncio.to_thread(self.windows.keys, "host", char, literal=True)
            try:
                await asyncio.wait_for(self.watcher.arrived.wait(), KEY_TIMEOUT)
            except asyncio.TimeoutError:
                raise AssertionError(f"a keystroke took over {KEY_TIMEOUT} s to reach the viewer") from None
            found.append(self.watcher.at - sent)
            await asyncio.sleep(0.15)
        return found


async def _random_bytes(chan: asyncssh.SSHClientChannel, total: int, seconds: float) -> None:  # type: ignore[type-arg]
    """`total` random bytes spread over about `seconds`, without Ctrl+Q (which would
    only make the flooder leave the meeting and end its flood)."""
    chunk = 64 * 1024
    for _ in range(total // chunk):
        chan.write(os.urandom(chunk).replace(b"\x11", b"\x00"))
        await asyncio.sleep(seconds * chunk / total)


async def _typing(chan: asyncssh.SSHClientChannel, opener: bytes, count: int, seconds: float) -> None:  # type: ignore[type-arg]
    """Open something (palette, prompt) and type `count` characters into it."""
    chan.write(opener)
    await asyncio.sleep(0.3)
    burst = 100
    for n in range(count // burst):
        chan.write(("abcdefghij" * 10).encode())
        await asyncio.sleep(seconds * burst / count)


async def test_a_flooding_viewer_leaves_the_facilitator_and_memory_alone(served: Served, viewers) -> None:  # type: ignore[no-untyped-def]
    w = served.windows
    (_, _, watcher), (_, flood, flooder) = viewers
    w.keys("host", "Down", "Enter")  # 1.2, into its note; the viewers follow
    w.wait("host", "1.2  Nevn eksempler")
    await _until(lambda: b"1.2  Nevn eksempler" in watcher.tail, "the viewer follows to 1.2")
    typist = Typist(w, watcher)
    await typist.latencies(3)  # warm up: first frames, the note's first line
    idle = statistics.median(await typist.latencies(SAMPLES))
    start_rss = rss_mib(served.pid)

    phases = {
        "2 MB of random bytes": _random_bytes(flood, 2 * 1024 * 1024, 4.0),
        "10,000 characters into the palette": _typing(flood, b"\x10", 10_000, 4.0),
        "10,000 characters into the go-to prompt": _typing(flood, b"\x1b\x07", 10_000, 4.0),
    }
    for what, flooding in phases.items():
        cpu, began = cpu_seconds(served.pid), time.monotonic()
        task = asyncio.ensure_future(flooding)
        try:
            flooded = statistics.median(await typist.latencies(SAMPLES))
        finally:
            await task
        rss = rss_mib(served.pid)
        load = (cpu_seconds(served.pid) - cpu) / (time.monotonic() - began)
        print(f"{what}: idle {idle * 1000:.1f} ms, flooded {flooded * 1000:.1f} ms, "
              f"RSS {start_rss:.1f} -> {rss:.1f} MiB, server CPU {load:.0%}")
        assert flooded <= 2 * idle, f"{what}: {flooded * 1000:.0f} ms against {idle * 1000:.0f} ms idle"
        assert rss - start_rss <= 50, f"{what}: RSS grew {rss - start_rss:.1f} MiB"
        assert "Tilkoblet 3" in w.screen("host"), f"{what}: a viewer was thrown out"
    assert flooder.noticed, "the flooding viewer was told its input was dropped"


async def test_idle_unauthenticated_sockets_do_not_keep_a_viewer_out(served: Served) -> None:
    sockets = [socket.create_connection(("127.0.0.1", served.port), timeout=10) for _ in range(30)]
    try:
        await asyncio.sleep(0.5)
        conn = await asyncio.wait_for(
            asyncssh.connect("127.0.0.1", served.port, username="x", client_keys=[served.keys["Kari"]],
                             known_hosts=None, agent_path=None),
            30,
        )
        try:
            _, term = await conn.create_session(Terminal, term_type="xterm-256color", term_size=(100, 30), encoding=None)
            await _until(lambda: b"Tilkoblet 2" in term.tail, "the viewer joined")
        finally:
            conn.close()
    finally:
        for sock in sockets:
            sock.close()
    await _until(lambda: "Tilkoblet 1" in served.windows.screen("host"), "the viewer left")


async def test_an_authenticated_connection_without_a_terminal_is_closed(served: Served) -> None:
    """`ssh -N`: authenticated, no session, holding a slot; it goes after the login time."""
    conn = await asyncssh.connect(
        "127.0.0.1", served.port, username="x", client_keys=[served.keys["Kari"]],
        known_hosts=None, agent_path=None,
    )
    try:
        await asyncio.wait_for(conn.wait_closed(), 60)
    except asyncio.TimeoutError:
        conn.close()
        raise AssertionError("an authenticated connection without a session stayed open") from None
