"""Disk reads that a key starts (F6's and F7's folder scans) run on a worker thread.

Every SSH viewer of a meeting shares the facilitator's event loop, so a folder of ten
years of sessions read on it would stall all of them. The read gets a snapshot of
what it needs, never the live session itself, which the loop goes on changing.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any, TypeVar

from textual.app import App

T = TypeVar("T")


def read_then(app: App[Any], read: Callable[[], T], then: Callable[[T], None]) -> None:
    """Run `read` on a thread, then `then(result)` back on the app's loop."""

    async def job() -> None:
        then(await asyncio.to_thread(read))

    app.run_worker(job(), group="disk-read")
