"""Startup: process start to first painted frame, politirad against a minimal Textual app.

Both programs run as real subprocesses in a pseudo-terminal of 120x36. The clock starts
just before fork and stops when the terminal output first contains a string that only
a painted screen holds (politirad's key bar, the baseline's table header), so both are
measured the same way and neither needs a hook. Runs alternate to share the machine's
drift; each program is then asked to quit with Ctrl+Q like a person would.
"""

from __future__ import annotations

import fcntl
import os
import pty
import select
import shutil
import signal
import struct
import sys
import tempfile
import termios
import time
from pathlib import Path

from bench import data
from bench.stats import Row, median
from politirad.sessions.storage import store

REPO = Path(__file__).resolve().parent.parent
BASELINE = Path(__file__).with_name("baseline_app.py")
POLITIRAD_MARKER = b"Ctrl+G"
"""Drawn in the meeting screen's key bar, which is filled in the screen's on_mount."""
BASELINE_MARKER = b"baseline-ready"
SIZE = (120, 36)
TIMEOUT = 30.0
CTRL_Q = b"\x11"


class StartupError(RuntimeError):
    """A program did not paint its first frame in time; the message carries its output."""


def first_frame_seconds(argv: list[str], marker: bytes, env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds from fork to the marker appearing on the pty, and the CPU seconds the
    program had used by then (less disturbed by other load); the program is then quit."""
    cols, rows = SIZE
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:  # child: size the terminal before the program can ask for it
        try:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
            os.chdir(REPO)
            os.execve(argv[0], argv, env)
        finally:
            os._exit(127)
    seen = b""
    elapsed: float | None = None
    try:
        deadline = start + TIMEOUT
        while elapsed is None and time.perf_counter() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.5)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen = seen[-len(marker) :] + chunk if len(seen) > 4096 else seen + chunk
            if marker in seen:
                elapsed = time.perf_counter() - start
                cpu = cpu_seconds(pid)
        if elapsed is None:
            tail = seen[-400:].decode("utf-8", "replace")
            raise StartupError(f"{Path(argv[-1]).name}: no first frame within {TIMEOUT:.0f} s: {tail!r}")
        _quit(pid, fd)
        return elapsed, cpu
    finally:
        _reap(pid)
        os.close(fd)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a running process (all its threads), from /proc."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _quit(pid: int, fd: int) -> None:
    """Ctrl+Q, then drain output until the program has gone (restoring the terminal)."""
    os.write(fd, CTRL_Q)
    deadline = time.perf_counter() + 10
    while time.perf_counter() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                if not os.read(fd, 65536):
                    return
            except OSError:
                return
        elif os.waitpid(pid, os.WNOHANG)[0]:
            return


def _reap(pid: int) -> None:
    try:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if not done:
            time.sleep(0.5)
            done, _ = os.waitpid(pid, os.WNOHANG)
        if not done:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
    except ChildProcessError:
        pass


def _env(home: Path) -> dict[str, str]:
    """A terminal's environment; bytecode is cached (in the bench's own folder, filled by
    the warm-up run) as on an installed system, even where PYTHONDONTWRITEBYTECODE is set."""
    env = {
        k: v for k, v in os.environ.items()
        if not k.startswith("TEXTUAL") and k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")
    }
    env.update(
        TERM="xterm-256color", COLORTERM="truecolor", POLITIRAD_HOME=str(home),
        LANG=env.get("LANG", "C.UTF-8"), PYTHONPATH=str(REPO),
        PYTHONPYCACHEPREFIX=str(home.parent / "pycache"),
    )
    return env


def politirad_argv(file: Path) -> list[str]:
    """`politirad open FILE` with the same interpreter; avoids version-manager shims."""
    return [sys.executable, "-c", "from politirad.tui.cli.main import run; run()", "open", str(file)]


def run(repeats: int = 7) -> list[Row]:
    """Median startup of each program over `repeats` alternating runs, after a warm-up."""
    with tempfile.TemporaryDirectory(prefix="politirad-bench-") as tmp:
        folder = Path(tmp)
        template = folder / "template.toml"
        store.save(data.realistic(), template)
        env = _env(folder / "home")
        ours: list[tuple[float, float]] = []
        base: list[tuple[float, float]] = []
        floor: list[tuple[float, float]] = []
        for n in range(repeats + 1):  # run 0 warms the page cache and .pyc files
            work = folder / f"run{n}"  # a fresh copy: no lock or journal from the last run
            work.mkdir()
            file = work / "2026-03-12-politiradet-i-fjordvik.toml"
            shutil.copyfile(template, file)
            b = first_frame_seconds([sys.executable, str(BASELINE)], BASELINE_MARKER, env)
            o = first_frame_seconds(politirad_argv(file), POLITIRAD_MARKER, env)
            f = first_frame_seconds([sys.executable, str(BASELINE), str(file)], BASELINE_MARKER, env)
            if n:
                base.append(b)
                ours.append(o)
                floor.append(f)
    return [
        Row(
            "startup",
            median([wall for wall, _ in ours]) * 1000,
            median([wall for wall, _ in base]) * 1000,
            target=1.5,  # issue 16 (issue 8 asked 1.3; see BENCHMARKS.md)
            detail=f"median of {repeats}, fork to first frame in a 120x36 pty",
        ),
        Row(
            "startup cpu",
            median([cpu for _, cpu in ours]) * 1000,
            median([cpu for _, cpu in base]) * 1000,
            detail="CPU used by then (/proc, 10 ms ticks); steadier when the machine is busy",
        ),
        Row(
            "startup floor",
            median([cpu for _, cpu in floor]) * 1000,
            median([cpu for _, cpu in base]) * 1000,
            detail="CPU: the baseline app after loading the same file with politirad.sessions.storage.store (pydantic)",
        ),
    ]


if __name__ == "__main__":
    for row in run():
        print(f"{row.name} {row.ours:.0f} ms vs {row.baseline:.0f} ms ratio {row.ratio:.2f}")
