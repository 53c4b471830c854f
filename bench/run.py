"""Run every benchmark and print one table of ratios against same-run baselines.

    python bench/run.py            # the figures BENCHMARKS.md records (about 2 minutes)
    python bench/run.py --quick    # small sizes, a smoke run in seconds
    python bench/run.py --only startup typing

Absolute times drift on shared machines; the ratio to a baseline measured in the
same run is the figure to compare. A missed target is marked MISSED, and the exit
code is still 0: these are measurements, not tests.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run as a script: make `bench`, `tui`, ... importable
    sys.path.insert(0, str(REPO))

from bench.stats import Row  # noqa: E402

SSH_MODULE = REPO / "bench" / "ssh_fanout.py"
NAMES = ("startup", "typing", "autosave", "storage", "ssh")


def machine() -> str:
    """One line naming what the figures were measured on."""
    from importlib.metadata import version

    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            kib = int(next(line for line in meminfo if line.startswith("MemTotal")).split()[1])
        memory = f"{kib / 1024 / 1024:.1f} GiB"
    except (OSError, StopIteration, ValueError):
        memory = "?"
    return (
        f"{platform.system()} {platform.machine()}, nproc {os.cpu_count()}, memory {memory}, "
        f"python {platform.python_version()}, textual {version('textual')}"
    )


def format_row(row: Row) -> str:
    """`name  ours  baseline  ratio X.XX  target  verdict  detail` on one line."""
    target = f"target <= {row.target:.2f} {row.verdict}" if row.target is not None else ""
    return (
        f"{row.name:<16} {row.ours:>9.2f} {row.unit:<3} vs {row.baseline:>9.2f} {row.unit:<3} "
        f"ratio {row.ratio:5.2f}  {target:<20} {row.detail}"
    ).rstrip()


def startup(quick: bool) -> list[Row]:
    from bench import startup as bench

    return bench.run(repeats=2 if quick else 7)


def typing(quick: bool) -> list[Row]:
    """The character figure against a bare TextArea, then every key type against the frame."""
    from bench import key_types, keystrokes

    if quick:
        return keystrokes.run(key_count=15, notes=200, action_items=50, rounds=1) + key_types.run(200, 50, 5)
    return keystrokes.run() + key_types.run()


def autosave(quick: bool) -> list[Row]:
    from bench import autosave as bench

    if quick:
        return bench.run(key_count=24, notes=200, action_items=50, rounds=1)
    return bench.run()


def storage(quick: bool) -> list[Row]:
    from bench import storage as bench

    if quick:
        return bench.run(notes=500, years=2, councils=5, repeats=1)
    return bench.run()


def ssh(quick: bool) -> list[Row | str]:
    """bench/ssh_fanout.py's own table (a server process and asyncssh clients), indented."""
    if not SSH_MODULE.exists() or importlib.util.find_spec("politirad.tui.ssh") is None:
        return ["ssh fan-out: not available"]
    args = [sys.executable, str(SSH_MODULE)] + (["--viewers", "1,2", "--keys", "5"] if quick else [])
    done = subprocess.run(args, cwd=REPO, capture_output=True, text=True, timeout=900, check=False)
    if done.returncode != 0 or not done.stdout.strip():
        return [f"ssh fan-out: failed (exit {done.returncode}): {done.stderr.strip()[-300:]}"]
    return ["ssh fan-out (bench/ssh_fanout.py):"] + ["  " + line for line in done.stdout.strip().splitlines()]


BENCHES: dict[str, Callable[[bool], list[Row] | list[Row | str]]] = {
    "startup": startup,
    "typing": typing,
    "autosave": autosave,
    "storage": storage,
    "ssh": ssh,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench/run.py", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes and few repetitions")
    parser.add_argument("--only", nargs="+", choices=NAMES, metavar="NAME",
                        help=f"run only these: {', '.join(NAMES)}")
    args = parser.parse_args(argv)
    print(f"machine: {machine()}", flush=True)
    for name in args.only or NAMES:
        try:
            rows = BENCHES[name](args.quick)
        except Exception as exc:  # noqa: BLE001 - one broken bench must not hide the others
            rows = [f"{name}: failed: {type(exc).__name__}: {exc}"]
        for row in rows:
            print(format_row(row) if isinstance(row, Row) else row, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
