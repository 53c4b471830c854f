"""Benchmark (not a test): server memory and keystroke-to-viewer latency over SSH.

    python3 bench/ssh_fanout.py [--viewers 1,5,20,50] [--keys 30]

A server process runs `ShareServer` on a made-up session on 127.0.0.1 (loopback only).
This process connects a co-facilitator and N viewers with asyncssh clients (PTY, like
`ssh -t`). The co-facilitator types into a note over SSH; for each keystroke we time
how long until every viewer's terminal has received the new text, and we read the
server's resident memory (VmRSS) at each viewer count. Loops are bounded in count and
time; the server stops when this script ends. Issue 16: the same run first measures
tmux sharing the same app (bench/tmux_fanout.py) and prints politirad's figures as
ratios to tmux's. Targets: p95 <= 1.5x tmux's at 20 viewers and <= 2x at 50; server
memory <= 0.5 MiB per extra viewer.

BENCH_PROFILE=PATH writes a cProfile of the server during the last count's timed keys
(joins left out); BENCH_SLOWEST=1 prints each count's five slowest keys (the time
until the last viewer had each), to tell a stall of everyone from a spread.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import getpass
import os
import re
import shlex
import signal
import statistics
import string
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import asyncssh  # noqa: E402

ESCAPES = re.compile(rb"\x1b\[[0-9;?<>$]*[ -/]*[@-~]|\x1b[=>]")
KEY_TIMEOUT = 3.0
"""Seconds a keystroke may take to reach every viewer before it counts as lost."""
SETTLE_TIMEOUT = 60.0
PROFILE_ENV = "BENCH_PROFILE"
SLOWEST_ENV = "BENCH_SLOWEST"
"""Set: print each count's five slowest keys, to tell a stall (all viewers late) from a spread."""
"""Path for a cProfile of the server during the last viewer count's timed keys."""


# -- the server process ---------------------------------------------------------------------


async def serve(port: int, keys_path: Path, host_key: Path, session_path: Path) -> None:
    from politirad.sessions.storage import store
    from politirad.sessions.live.session import LiveSession
    from politirad.sessions.live.presence import Presence, Role
    from politirad.tui.ssh.keys import KeyRing, load_or_create_host_key, read_authorized_keys
    from politirad.tui.ssh.meeting import choose_colour_system
    from politirad.tui.ssh.server import ServerSettings, ShareServer

    choose_colour_system()
    live = LiveSession(store.load(session_path), session_path, journal_delay=None)
    presence = Presence()
    presence.join("Fasilitator", Role.FACILITATOR)
    key, _ = load_or_create_host_key(host_key)
    server = ShareServer(
        live, KeyRing(read_authorized_keys(keys_path)), presence, key,
        ServerSettings(port=port, max_viewers=200, idle_timeout=0),
    )
    await server.start()
    profile_path = os.environ.get(PROFILE_ENV)
    loop = asyncio.get_running_loop()
    if profile_path:  # where the server spends its time: python3 -m pstats PATH
        import cProfile

        profiler = cProfile.Profile()
        # The bench signals just before the last count's timed keys: joins are left out.
        loop.add_signal_handler(signal.SIGUSR1, profiler.enable)
    print("ready", flush=True)
    await loop.run_in_executor(None, sys.stdin.read)  # until the benchmark closes our stdin
    if profile_path:
        profiler.disable()
        profiler.dump_stats(profile_path)
    await server.stop()


# -- the clients ------------------------------------------------------------------------------


class Terminal(asyncssh.SSHClientSession):  # type: ignore[type-arg]
    """A client terminal that only records when an expected text arrives."""

    def __init__(self) -> None:
        self.tail = b""
        self.expect: bytes | None = None
        self.arrived: asyncio.Event = asyncio.Event()
        self.at = 0.0

    def data_received(self, data: bytes, datatype: int | None) -> None:
        # Each cell comes with its own colour codes: compare the text without them.
        self.tail = (self.tail + ESCAPES.sub(b"", data))[-16384:]
        if self.expect is not None and self.expect in self.tail:
            self.at = time.perf_counter()
            self.expect = None
            self.arrived.set()

    def wait_for(self, text: bytes) -> None:
        self.arrived.clear()
        self.tail = b""
        self.expect = text


async def connect(port: int, key: asyncssh.SSHKey) -> tuple[asyncssh.SSHClientConnection, asyncssh.SSHClientChannel, Terminal]:  # type: ignore[type-arg]
    conn = await asyncssh.connect(
        "127.0.0.1", port, username="bench", client_keys=[key], known_hosts=None, agent_path=None
    )
    chan, term = await conn.create_session(
        Terminal, term_type="xterm-256color", term_size=(100, 30), encoding=None
    )
    return conn, chan, term


async def settle(terminals: list[Terminal], text: bytes) -> None:
    """Wait until every terminal has shown `text` at least once since it connected."""
    deadline = time.monotonic() + SETTLE_TIMEOUT
    while not all(text in t.tail for t in terminals):
        if time.monotonic() > deadline:
            raise SystemExit("viewers did not get their first screen in time")
        await asyncio.sleep(0.05)


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of a process so far (0 for one that has gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def quiet(pids: list[int], limit: float = 30.0) -> None:
    """Wait until the server side uses under 5% CPU for a second (bounded by `limit`)."""
    deadline = time.monotonic() + limit
    calm = 0
    while calm < 2 and time.monotonic() < deadline:
        before = sum(cpu_seconds(pid) for pid in pids)
        await asyncio.sleep(0.5)
        calm = calm + 1 if sum(cpu_seconds(pid) for pid in pids) - before < 0.025 else 0


def rss_mib(pid: int) -> float:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    for line in status.splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


@dataclass(frozen=True, slots=True)
class Figures:
    """One viewer count's figures, for either sharer."""

    count: int
    rss: float
    per_viewer: float
    median: float
    p95: float
    lost: int
    cpu_per_key: float


HEADER = f"{'viewers':>8} {'RSS MiB':>8} {'MiB/viewer':>11} {'median ms':>10} {'p95 ms':>8} {'lost':>5} {'server CPU ms/key':>18}"


def line(f: Figures) -> str:
    return f"{f.count:>8} {f.rss:>8.1f} {f.per_viewer:>11.2f} {f.median:>10.1f} {f.p95:>8.1f} {f.lost:>5} {f.cpu_per_key:>18.1f}"


async def measure(
    counts: list[int],
    keystrokes: int,
    type_key: Callable[[bytes], None],
    add_viewer: Callable[[], Awaitable[Terminal]],
    ready: bytes,
    pids: Callable[[], list[int]],
    before_last: Callable[[], None] = lambda: None,
) -> list[Figures]:
    """Add viewers up to each count, then time `keystrokes` keys typed by `type_key`
    until every viewer has shown them; CPU and memory are summed over `pids()`, the
    sharing side's processes once that count has joined."""
    viewers: list[Terminal] = []
    typed = "Z"
    letters = string.ascii_uppercase
    first_rss: float | None = None
    results: list[Figures] = []
    for count in counts:
        while len(viewers) < count:
            viewers.append(await add_viewer())
        await settle(viewers, ready)
        pid_list = pids()
        await quiet(pid_list)  # joins are over: welcome notices gone, nothing redrawing
        rss = sum(rss_mib(pid) for pid in pid_list)
        first_rss = rss if first_rss is None else first_rss
        per_viewer = (rss - first_rss) / (count - counts[0]) if count > counts[0] else float("nan")
        if count == counts[-1]:
            before_last()
        samples: list[float] = []
        last: list[float] = []
        """Per key, the time until its last viewer had it: a stall shows as one slow key."""
        lost = 0
        cpu_before = sum(cpu_seconds(pid) for pid in pid_list)
        for index in range(keystrokes):
            if len(typed) >= 60:  # keep the note on one line: start a fresh line
                type_key(b"\r")
                typed = ""
                await asyncio.sleep(0.3)
            char = letters[index % len(letters)]
            typed += char
            marker = typed[-4:].encode()
            for term in viewers:
                term.wait_for(marker)
            sent = time.perf_counter()
            type_key(char.encode())
            try:
                await asyncio.wait_for(asyncio.gather(*(t.arrived.wait() for t in viewers)), KEY_TIMEOUT)
            except asyncio.TimeoutError:
                lost += 1
            times = [(t.at - sent) * 1000 for t in viewers if t.arrived.is_set()]
            samples.extend(times)
            last.append(max(times, default=KEY_TIMEOUT * 1000))
            await asyncio.sleep(0.05)
        cpu_per_key = (sum(cpu_seconds(pid) for pid in pid_list) - cpu_before) * 1000 / keystrokes
        median = statistics.median(samples) if samples else float("nan")
        p95 = statistics.quantiles(samples, n=20)[18] if len(samples) >= 20 else float("nan")
        results.append(Figures(count, rss, per_viewer, median, p95, lost, cpu_per_key))
        print(line(results[-1]), flush=True)
        if os.environ.get(SLOWEST_ENV):
            print(f"{'':>8} slowest keys (last viewer), ms: {' '.join(f'{v:.1f}' for v in sorted(last)[-5:])}", flush=True)
    return results


async def start_typing(typist: Terminal, type_key: Callable[[bytes], None]) -> None:
    """Enter on the first sub-question opens its note; a first Z shows the typing works."""
    await asyncio.sleep(1.0)  # the tree takes its cursor just after the first frame
    type_key(b"\r")
    await asyncio.sleep(0.5)
    typist.wait_for(b" Z")
    type_key(b"Z")
    try:
        await asyncio.wait_for(typist.arrived.wait(), SETTLE_TIMEOUT)
    except asyncio.TimeoutError:
        raise SystemExit("the typist could not type into the note") from None


async def run_politirad(counts: list[int], keystrokes: int, folder: Path, session_path: Path) -> list[Figures]:
    co_key = asyncssh.generate_private_key("ssh-ed25519", comment="Medfasilitator")
    viewer_key = asyncssh.generate_private_key("ssh-ed25519", comment="Seer")
    (folder / "keys").write_text(
        "politirad-role=co-facilitator " + co_key.export_public_key().decode() + viewer_key.export_public_key().decode()
    )
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ, "POLITIRAD_HOME": str(folder / "home"), "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen(
        [sys.executable, __file__, "--serve", str(port), str(folder / "keys"), str(folder / "host"), str(session_path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, text=True,
    )
    conns: list[asyncssh.SSHClientConnection] = []

    async def add_viewer() -> Terminal:
        conn, _, term = await connect(port, viewer_key)
        conns.append(conn)
        return term

    try:
        assert server.stdout is not None and server.stdout.readline().strip() == "ready"
        print(f"politirad serve: server RSS with no one connected: {rss_mib(server.pid):.1f} MiB")
        co_conn, co_chan, co_term = await connect(port, co_key)
        conns.append(co_conn)
        await settle([co_term], b"Tilkoblet")
        await start_typing(co_term, co_chan.write)
        print(HEADER)
        profile = partial(os.kill, server.pid, signal.SIGUSR1) if os.environ.get(PROFILE_ENV) else lambda: None
        return await measure(counts, keystrokes, co_chan.write, add_viewer, b"Tilkoblet", lambda: [server.pid], profile)
    finally:
        for conn in conns:
            conn.close()
        if server.stdin is not None:
            server.stdin.close()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()


async def run_tmux(counts: list[int], keystrokes: int, folder: Path, session_path: Path) -> list[Figures]:
    """tmux sharing the same app; viewers over a private sshd when there is one."""
    from bench.tmux_fanout import Sshd, TmuxShare, free_port, sshd_available

    env = {**os.environ, "POLITIRAD_HOME": str(folder / "home-tmux"), "PYTHONPATH": str(ROOT)}
    share = TmuxShare(folder, session_path, env)
    sshd: Sshd | None = None
    conns: list[asyncssh.SSHClientConnection] = []
    try:
        typist = Terminal()
        client = share.attach(typist, read_only=False)
        await settle([typist], b"Benkr")
        await start_typing(typist, client.write)
        if sshd_available():
            key = asyncssh.generate_private_key("ssh-ed25519", comment="Seer")
            sshd = Sshd(folder / "sshd", free_port(), key.export_public_key().decode())
            await asyncio.sleep(0.5)
            attach = f"TERM=xterm-256color {shlex.join(share.tmux)} attach -r -t bench"
            print(f"tmux: viewers over OpenSSH's sshd (port {sshd.port}), `tmux attach -r` in each session's pty")
        else:
            print("tmux: no sshd here: viewers attach directly in ptys (no SSH transport: a cheaper baseline)")
        pids = share.pids()
        print(f"tmux: server and app RSS with only the typist attached: {sum(rss_mib(p) for p in pids):.1f} MiB")
        print(HEADER)

        async def add_viewer() -> Terminal:
            if sshd is None:
                term = Terminal()
                share.attach(term, read_only=True)
                return term
            conn = await asyncssh.connect(
                "127.0.0.1", sshd.port, username=getpass.getuser(), client_keys=[key],
                known_hosts=None, agent_path=None,
            )
            conns.append(conn)
            _, term = await conn.create_session(
                Terminal, attach, term_type="xterm-256color", term_size=(100, 30), encoding=None
            )
            return term

        def sharing_pids() -> list[int]:
            return pids + (sshd.pids() if sshd is not None else [])

        return await measure(counts, keystrokes, client.write, add_viewer, b"Benkr", sharing_pids)
    finally:
        for conn in conns:
            conn.close()
        share.close()
        if sshd is not None:
            sshd.close()


def ratios(ours: list[Figures], tmux: list[Figures]) -> list[str]:
    """politirad's figures over tmux's at each count: the issue's targets are these ratios."""
    rows = [f"{'viewers':>8} {'p95 ratio':>10} {'median ratio':>13} {'CPU/key ratio':>14}   targets: p95 <= 1.5 at 20, <= 2 at 50"]
    for a, b in zip(ours, tmux, strict=True):
        target = {20: 1.5, 50: 2.0}.get(a.count)
        verdict = "" if target is None else ("ok" if a.p95 / b.p95 <= target else "MISSED")
        rows.append(f"{a.count:>8} {a.p95 / b.p95:>10.2f} {a.median / b.median:>13.2f} {a.cpu_per_key / max(b.cpu_per_key, 1e-9):>14.2f}   {verdict}")
    mib = [f.per_viewer for f in ours if f.per_viewer == f.per_viewer]
    if mib:
        verdict = "ok" if mib[-1] <= 0.5 else "MISSED"
        rows.append(f"server MiB per extra viewer (politirad, to {ours[-1].count}): {mib[-1]:.2f}  target <= 0.5 {verdict}")
    return rows


async def run(counts: list[int], keystrokes: int, with_tmux: bool) -> None:
    from politirad.models.factory import new_session
    from politirad.sessions.storage import store

    folder = Path(tempfile.mkdtemp(prefix="politirad-bench-"))
    session_path = folder / "bench.toml"
    store.save(new_session(dt.date(2026, 11, 24), "Benkrådet"), session_path)
    tmux: list[Figures] = []
    if with_tmux:
        tmux_path = folder / "tmux.toml"
        store.save(new_session(dt.date(2026, 11, 24), "Benkrådet"), tmux_path)
        tmux = await run_tmux(counts, keystrokes, folder, tmux_path)
    ours = await run_politirad(counts, keystrokes, folder, session_path)
    if tmux:
        print("politirad / tmux, same run:")
        for row in ratios(ours, tmux):
            print(row)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--viewers", default="1,5,20,50", help="viewer counts, ascending")
    parser.add_argument("--keys", type=int, default=30, help="keystrokes timed at each count")
    parser.add_argument("--no-tmux", action="store_true", help="skip the tmux baseline")
    parser.add_argument("--serve", nargs=4, metavar=("PORT", "KEYS", "HOSTKEY", "SESSION"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        port, keys, host, session = args.serve
        asyncio.run(serve(int(port), Path(keys), Path(host), Path(session)))
        return
    counts = sorted({max(1, int(c)) for c in args.viewers.split(",")})
    from bench.tmux_fanout import available

    asyncio.run(run(counts, max(1, min(args.keys, 500)), with_tmux=not args.no_tmux and available()))


if __name__ == "__main__":
    main()
