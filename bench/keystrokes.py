"""Typing: processing time per keystroke in a note of a large session, against a bare TextArea.

Both apps run headless under Textual's Pilot in this process, and each key is timed
the same way: `await pilot.press(key)` and `await pilot.pause()`, i.e. until the app
has handled the key, re-rendered and gone idle. Pilot's idle detection sleeps in
20 ms steps, so the wall clock of a press is mostly that sleep for both apps; the
figure reported is the CPU time the process spent per key (`time.process_time`),
which is the work the key caused: the TextArea edit, the live session's change,
the tree's marks, the header, and the repaint.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from textual.app import App, ComposeResult
from textual.pilot import Pilot
from textual.widgets import TextArea

from bench import data
from bench.stats import Row, median, p95
from sessions import store
from sessions.live import LiveSession

SIZE = (120, 36)
TEXT = "Politiet og kommunen møtes fire ganger i året, og ordfører leder møtene. "
WARMUP = 5
"""Keys typed before timing starts: first-use caches (fonts, styles) are not typing."""


class BareTextArea(App[None]):
    """The baseline: one TextArea, focused, holding nothing else."""

    def compose(self) -> ComposeResult:
        yield TextArea(id="note")

    def on_mount(self) -> None:
        self.query_one(TextArea).focus()


def keys(count: int) -> list[str]:
    """`count` characters of a sentence a facilitator might type, spaces included."""
    text = (TEXT * (count // len(TEXT) + 1))[:count]
    return list(text)


async def _time_keys(pilot: Pilot[object], typed: list[str]) -> list[float]:
    """CPU seconds per key, from press to processed and idle."""
    for key in typed[:WARMUP]:
        await pilot.press(key)
        await pilot.pause()
    spent: list[float] = []
    for key in typed[WARMUP:]:
        start = time.process_time()
        await pilot.press(key)
        await pilot.pause()
        spent.append(time.process_time() - start)
    return spent


async def type_into_politirad(typed: list[str], notes: int, action_items: int, folder: Path) -> list[float]:
    """Open a session of that size, go to the last own question's note and type."""
    from tui.app import PolitiradApp

    session = data.session(notes, action_items)
    path = folder / "2026-03-12-politiradet-i-fjordvik.toml"
    store.save(session, path)
    live = LiveSession(store.load(path), path)
    app = PolitiradApp(live, lang="nb")
    target = session.own_questions[-1].id if session.own_questions else "6.1"
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


async def type_into_bare(typed: list[str]) -> list[float]:
    app = BareTextArea()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        spent = await _time_keys(pilot, typed)
        if not app.query_one(TextArea).text.endswith("".join(typed)):
            raise RuntimeError("typing bench: the bare TextArea does not hold what was typed")
    return spent


def _run(coro: Callable[[], Awaitable[list[float]]]) -> list[float]:
    return asyncio.run(coro())  # type: ignore[arg-type]


def run(key_count: int = 60, notes: int = 2000, action_items: int = 500, rounds: int = 2) -> list[Row]:
    """Median and p95 CPU ms per key, ours against the bare TextArea, alternating rounds."""
    typed = keys(key_count + WARMUP)
    ours: list[float] = []
    base: list[float] = []
    with tempfile.TemporaryDirectory(prefix="politirad-bench-") as tmp:
        for n in range(rounds):
            folder = Path(tmp) / f"round{n}"
            folder.mkdir()
            base += _run(lambda: type_into_bare(typed))
            ours += _run(lambda: type_into_politirad(typed, notes, action_items, folder))
    size = f"{notes} notes, {action_items} items, {len(ours)} keys"
    return [
        Row("typing median", median(ours) * 1000, median(base) * 1000, target=1.5, detail=f"CPU per key; {size}"),
        Row("typing p95", p95(ours) * 1000, p95(base) * 1000, target=1.5, detail="CPU per key, 95th percentile"),
    ]


if __name__ == "__main__":
    for row in run():
        print(f"{row.name} {row.ours:.2f} ms vs {row.baseline:.2f} ms ratio {row.ratio:.2f}")
