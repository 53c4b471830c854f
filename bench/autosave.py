"""Typing while an autosave is on its way to disk: the event loop's CPU per key.

Every SSH viewer shares the facilitator's event loop, so whatever a save does on it is
a stall for all of them (issue 12: 86–320 ms per save at 2,000 notes when the whole
session was formatted and fsynced on the loop). Here a 2,000-note session is typed
into in bursts: after each burst the typist pauses until the autosave fires, and the
disk is made slow (each save takes SLOW_DISK seconds on the writer's thread, as on a
network home folder), so the first keys of the next burst arrive while the save is
still being written. Each key is classed by whether a save was in flight when it was
pressed; the figure is the loop thread's CPU per key (`time.thread_time`, so the
writer's thread is not counted) for keys pressed during a save against keys pressed
with none, in the same run and the same app. A ratio near 1 means a save in progress
costs a key nothing.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path

from bench import data
from bench.keystrokes import SIZE, _run, keys, target_note
from bench.stats import Row, median, p95
from politirad.sessions.live.session import LiveSession
from politirad.sessions.storage import store

SLOW_DISK = 0.3
"""Seconds each save spends on the writer's thread before it writes."""
AUTOSAVE_DELAY = 0.4
BURST = 6
"""Keys per burst; the typist then pauses for the autosave."""


async def _type(typed: list[str], notes: int, action_items: int, folder: Path) -> tuple[list[float], list[float], int]:
    from politirad.tui.app import PolitiradApp

    session = data.session(notes, action_items)
    path = folder / "2026-03-12-politiradet-i-fjordvik.toml"
    store.save(session, path)
    live = LiveSession(store.load(path), path, autosave_delay=AUTOSAVE_DELAY, journal_delay=None)
    saves: list[object] = []
    live.subscribe(lambda change: saves.append(change) if change.kind == "saved" else None)
    app = PolitiradApp(live, lang="nb")
    target, _ = target_note(session)
    during: list[float] = []
    idle: list[float] = []
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+g", *target, "enter")
        await pilot.pause()
        for n, key in enumerate(typed):
            if n and n % BURST == 0:  # pause: the autosave fires and goes to the slow disk
                await asyncio.sleep(AUTOSAVE_DELAY + 0.1)
            in_flight = live._disk._in_flight is not None
            start = time.thread_time()
            await pilot.press(key)
            await pilot.pause()
            spent = time.thread_time() - start
            if n >= BURST:  # the first burst warms caches
                (during if in_flight else idle).append(spent)
        live.close()
    if store.load(path).answer(target).note != live.session.answer(target).note:
        raise RuntimeError("autosave bench: the file does not hold what was typed")
    return during, idle, len(saves)


def run(key_count: int = 90, notes: int = 2000, action_items: int = 500, rounds: int = 2) -> list[Row]:
    """Loop CPU per key pressed while a save is written, against keys pressed without."""
    real = store.save_bytes

    def slow(data: bytes, path: Path) -> None:
        time.sleep(SLOW_DISK)
        real(data, path)

    typed = keys(key_count)
    during: list[float] = []
    idle: list[float] = []
    saves = 0
    store.save_bytes = slow  # type: ignore[assignment]
    try:
        with tempfile.TemporaryDirectory(prefix="politirad-bench-") as tmp:
            for n in range(rounds):
                folder = Path(tmp) / f"round{n}"
                folder.mkdir()
                d, i, s = _run(lambda: _type(typed, notes, action_items, folder))  # type: ignore[arg-type,return-value]
                during, idle, saves = during + d, idle + i, saves + s
    finally:
        store.save_bytes = real  # type: ignore[assignment]
    if not during or not idle:
        raise RuntimeError(f"autosave bench: {len(during)} keys during saves, {len(idle)} without")
    detail = (
        f"loop-thread CPU per key; {len(during)} keys during {saves} saves ({SLOW_DISK:.2f} s disk) "
        f"vs {len(idle)} without; {notes} notes, {action_items} items"
    )
    return [
        Row("autosave median", median(during) * 1000, median(idle) * 1000, target=1.2, detail=detail),
        Row("autosave p95", p95(during) * 1000, p95(idle) * 1000, target=1.2, detail="95th percentile"),
    ]


if __name__ == "__main__":
    for row in run():
        print(f"{row.name} {row.ours:.2f} ms vs {row.baseline:.2f} ms ratio {row.ratio:.2f}  {row.detail}")
