"""Typing: processing time per keystroke in a note of a large session, against a bare TextArea.

Both apps run headless under Textual's Pilot in this process, and each key is timed
the same way: `await pilot.press(key)` and `await pilot.pause()`, i.e. until the app
has handled the key, re-rendered and gone idle. Pilot's idle detection sleeps in
20 ms steps, so the wall clock of a press is mostly that sleep for both apps; the
figure reported is the CPU time the process spent per key (`time.process_time`),
which is the work the key caused: the TextArea edit, the live session's change,
the tree's marks, the header, and the repaint.

Pilot's own bookkeeping is tared off: `press` waits for every widget of the screen to
drain its queue (a callback posted to each), which costs more on a screen of fourteen
widgets than on one of two and is no work a real keystroke causes. The median CPU of
a round trip without a key (`_wait_for_screen` + `pause`) is measured in the same app
and subtracted from each key; the tare of both apps is reported.
"""

from __future__ import annotations

import asyncio
import gc
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from textual.app import App, ComposeResult
from textual.pilot import Pilot
from textual.widgets import TextArea

from bench import data
from bench.stats import Row, median, p95
from politirad.sessions.storage import store
from politirad.models.session import Session
from politirad.sessions.live.session import LiveSession

SIZE = (120, 36)
TEXT = "Politiet og kommunen møtes fire ganger i året, og ordfører leder møtene. "
WARMUP = 5
"""Keys typed before timing starts: first-use caches (fonts, styles) are not typing."""
TARE_ROUNDS = 20
"""Round trips without a key, to measure Pilot's own cost in the same app."""

Timing = tuple[list[float], float]
"""CPU seconds per key (tare subtracted) and the tare itself."""


class BareTextArea(App[None]):
    """The baseline: one TextArea, focused, holding the same note and nothing else."""

    def __init__(self, text: str = "") -> None:
        super().__init__()
        self.start_text = text

    def compose(self) -> ComposeResult:
        yield TextArea(self.start_text, id="note")

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.move_cursor(area.document.end)
        area.focus()


def keys(count: int) -> list[str]:
    """`count` characters of a sentence a facilitator might type, spaces included."""
    text = (TEXT * (count // len(TEXT) + 1))[:count]
    return list(text)


async def _time_keys(
    pilot: Pilot[object], typed: list[str], clock: Callable[[], float] = time.process_time
) -> Timing:
    """CPU seconds per key, from press to processed and idle, less Pilot's round trip.

    `clock` is the process's CPU time by default; `time.thread_time` counts only the
    event loop's thread (bench/autosave.py: the disk writer's thread is not the loop).
    """
    for key in typed[:WARMUP]:
        await pilot.press(key)
        await pilot.pause()
    idle: list[float] = []
    for _ in range(TARE_ROUNDS):
        start = clock()
        await pilot._wait_for_screen()  # what press does besides sending the key
        await pilot.pause()
        idle.append(clock() - start)
    tare = median(idle)
    spent: list[float] = []
    for key in typed[WARMUP:]:
        start = clock()
        await pilot.press(key)
        await pilot.pause()
        spent.append(max(0.0, clock() - start - tare))
    return spent, tare


def target_note(session: Session) -> tuple[str, str]:
    """The question typed into (the last own one, or 6.1) and the note it already holds.

    The bare TextArea starts with the same note, so both apps type the same keys into
    the same text; until 2026-11-24 it started empty, which made every politirad key
    re-render a note of six to nine lines against one to three.
    """
    target = session.own_questions[-1].id if session.own_questions else "6.1"
    return target, session.answer(target).note


async def type_into_politirad(typed: list[str], notes: int, action_items: int, folder: Path) -> Timing:
    """Open a session of that size, go to the last own question's note and type."""
    from politirad.tui.app import PolitiradApp

    session = data.session(notes, action_items)
    path = folder / "2026-03-12-politiradet-i-fjordvik.toml"
    store.save(session, path)
    live = LiveSession(store.load(path), path)
    app = PolitiradApp(live, lang="nb")
    target, _ = target_note(session)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+g", *target, "enter")
        await pilot.pause()
        if type(app.focused).__name__ != "NoteEditor":
            raise RuntimeError(f"typing bench: the note of {target} did not get the focus")
        spent = await _time_keys(pilot, typed)
        note = live.session.answer(target).note
        if not note.endswith("".join(typed)):
            raise RuntimeError("typing bench: the note does not hold what was typed")
        live.close()
    return spent


async def type_into_bare(typed: list[str], text: str = "") -> Timing:
    app = BareTextArea(text)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        spent = await _time_keys(pilot, typed)
        if not app.query_one(TextArea).text.endswith("".join(typed)):
            raise RuntimeError("typing bench: the bare TextArea does not hold what was typed")
    return spent


def _run(coro: Callable[[], Awaitable[Timing]]) -> Timing:
    """One app's run; the collector is reset after it (politirad freezes what it built
    after its first frame, as in a real start), so each run starts from the same state."""
    try:
        return asyncio.run(coro())  # type: ignore[arg-type]
    finally:
        gc.unfreeze()
        gc.collect()


def run(key_count: int = 60, notes: int = 2000, action_items: int = 500, rounds: int = 6) -> list[Row]:
    """Median and p95 CPU ms per key, ours against the bare TextArea, alternating rounds."""
    typed = keys(key_count + WARMUP)
    _, start_text = target_note(data.session(notes, action_items))
    ours: list[float] = []
    base: list[float] = []
    tares: list[tuple[float, float]] = []
    with tempfile.TemporaryDirectory(prefix="politirad-bench-") as tmp:
        for n in range(rounds):
            folder = Path(tmp) / f"round{n}"
            folder.mkdir()
            base_keys, base_tare = _run(lambda: type_into_bare(typed, start_text))
            our_keys, our_tare = _run(lambda: type_into_politirad(typed, notes, action_items, folder))
            base += base_keys
            ours += our_keys
            tares.append((our_tare, base_tare))
    size = f"{notes} notes, {action_items} items, {len(ours)} keys"
    tare = (
        f"Pilot tare {median([o for o, _ in tares]) * 1000:.2f} / "
        f"{median([b for _, b in tares]) * 1000:.2f} ms subtracted"
    )
    return [
        Row("typing median", median(ours) * 1000, median(base) * 1000, target=1.5,
            detail=f"CPU per key; {size}; {tare}"),
        Row("typing p95", p95(ours) * 1000, p95(base) * 1000, target=1.5, detail="CPU per key, 95th percentile"),
    ]


if __name__ == "__main__":
    for row in run():
        print(f"{row.name} {row.ours:.2f} ms vs {row.baseline:.2f} ms ratio {row.ratio:.2f}")
