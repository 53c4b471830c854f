"""Per key type: CPU per key of the facilitator's meeting keys at 2,000 notes and 500 measures.

    python3 bench/key_types.py [--notes 2000] [--items 500] [--presses 30]

Issue 16: a character is not the only key a facilitator presses. Enter in a note, a move
in the question tree, Tab between panes, Ctrl+T (confidential), Ctrl+G (go to) and the
table's status and ★ keys each cost their own work, and one slow key is a dropped frame
for the facilitator and for every viewer. Each key type is pressed `presses` times in
one headless app (Pilot, 120x36), timed as bench/keystrokes.py times a character: the
process's CPU from press to idle, Pilot's own round trip subtracted. The target is the
frame: p95 <= 16 ms of CPU per key, so the "baseline" column is that budget, not an app.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

if __name__ == "__main__":  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from textual.pilot import Pilot

from bench import data
from bench.keystrokes import SIZE, TARE_ROUNDS, target_note
from bench.stats import Row, median, p95

FRAME_MS = 16.0
"""One frame at 60 Hz: the CPU a key may cost before the facilitator sees a lag."""

Setup = Callable[[Pilot[object]], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class KeyType:
    """A key type: how to get where it is pressed, then the keys pressed in turn."""

    name: str
    setup: Setup
    keys: tuple[str, ...]
    """Pressed in turn, cycled; a key between two timed ones that is not timed is `-key`."""


async def _to_note(pilot: Pilot[object]) -> None:
    app = pilot.app
    target, _ = target_note(app.live.session)  # type: ignore[attr-defined]
    await pilot.press("ctrl+g", *target, "enter")
    await pilot.pause()
    if type(app.focused).__name__ != "NoteEditor":
        raise RuntimeError(f"key-types bench: the note of {target} did not get the focus")


async def _to_tree(pilot: Pilot[object]) -> None:
    await _to_note(pilot)
    await pilot.press("escape")
    await pilot.pause()
    if type(pilot.app.focused).__name__ != "QuestionTree":
        raise RuntimeError("key-types bench: Esc did not put the focus on the tree")


async def _to_table(pilot: Pilot[object]) -> None:
    from politirad.tui.widgets.action_table import ActionTable

    pilot.app.screen.query_one(ActionTable).focus()
    await pilot.pause()


KEY_TYPES: tuple[KeyType, ...] = (
    KeyType("character", _to_note, tuple("Politiet og kommunen møtes ")),
    KeyType("Enter in note", _to_note, ("enter",)),
    KeyType("tree down/up", _to_tree, ("down",) * 5 + ("up",) * 5),
    KeyType("Tab", _to_tree, ("tab",)),
    KeyType("Ctrl+T", _to_note, ("ctrl+t",)),
    KeyType("Ctrl+G (open)", _to_tree, ("ctrl+g", "-escape")),
    KeyType("go-to Enter", _to_tree, ("-ctrl+g", "-6", "-.", "-1", "enter")),
    KeyType("table s", _to_table, ("s",)),
    KeyType("table m (★)", _to_table, ("m",)),
    KeyType("table down/up", _to_table, ("down",) * 5 + ("up",) * 5),
)


def _key_name(key: str) -> str:
    """The key to press: untimed keys are written `-key` in a KeyType."""
    return key[1:] if key.startswith("-") and len(key) > 1 else key


async def _tare(pilot: Pilot[object]) -> float:
    """Pilot's own CPU for a round trip without a key, in this app and screen."""
    idle: list[float] = []
    for _ in range(TARE_ROUNDS):
        start = time.process_time()
        await pilot._wait_for_screen()
        await pilot.pause()
        idle.append(time.process_time() - start)
    return median(idle)


async def _measure(kind: KeyType, notes: int, items: int, presses: int, folder: Path) -> tuple[list[float], float]:
    """One fresh app per key type, so one type's state (a long note) does not tax the next."""
    from politirad.sessions.live.session import LiveSession
    from politirad.sessions.storage import store
    from politirad.tui.app import PolitiradApp

    path = folder / f"{abs(hash(kind.name))}-politiradet-i-fjordvik.toml"
    store.save(data.session(notes, items), path)
    live = LiveSession(store.load(path), path)
    app = PolitiradApp(live, lang="nb")
    spent: list[float] = []
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await kind.setup(pilot)
        for key in kind.keys * 2:  # warm-up: first use of a style or a dialog is not the key
            await pilot.press(_key_name(key))
            await pilot.pause()
        tare = await _tare(pilot)
        index = 0
        while len(spent) < presses:
            key = kind.keys[index % len(kind.keys)]
            index += 1
            untimed = key.startswith("-") and len(key) > 1
            start = time.process_time()
            await pilot.press(_key_name(key))
            await pilot.pause()
            if not untimed:
                spent.append(max(0.0, time.process_time() - start - tare))
        live.close()
    return spent, tare


async def _measure_all(
    notes: int, items: int, presses: int, folder: Path
) -> dict[str, tuple[list[float], float]]:
    results: dict[str, tuple[list[float], float]] = {}
    for kind in KEY_TYPES:
        results[kind.name] = await _measure(kind, notes, items, presses, folder)
        gc.unfreeze()  # politirad freezes its startup objects; each app starts alike
        gc.collect()
    return results


def run(notes: int = 2000, action_items: int = 500, presses: int = 30) -> list[Row]:
    """One row per key type: p95 CPU ms per key against the 16 ms frame."""
    with tempfile.TemporaryDirectory(prefix="politirad-keys-") as tmp:
        results = asyncio.run(_measure_all(notes, action_items, presses, Path(tmp)))
    return [
        Row(f"key {name}", p95(spent) * 1000, FRAME_MS, target=1.0,
            detail=f"CPU per key p95 vs the 16 ms frame; median {median(spent) * 1000:.1f} ms; "
                   f"{len(spent)} keys, {notes} notes, {action_items} items; "
                   f"Pilot tare {tare * 1000:.2f} ms (the machine's speed at the time)")
        for name, (spent, tare) in results.items()
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=2000)
    parser.add_argument("--items", type=int, default=500)
    parser.add_argument("--presses", type=int, default=30)
    args = parser.parse_args()
    print(f"{'key type':<16} {'median ms':>10} {'p95 ms':>8} {'tare ms':>8}")
    for row in run(args.notes, args.items, args.presses):
        median_ms = row.detail.split("median ")[1].split(" ms")[0]
        tare_ms = row.detail.split("tare ")[1].split(" ms")[0]
        print(f"{row.name[4:]:<16} {median_ms:>10} {row.ours:>8.1f} {tare_ms:>8}")


if __name__ == "__main__":
    main()
