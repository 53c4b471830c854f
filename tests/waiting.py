"""Waiting in async tests for something the event loop (or a worker thread) does."""

from __future__ import annotations

import asyncio
from collections.abc import Callable


async def until(condition: Callable[[], bool], limit: float = 10.0) -> None:
    """Poll while the loop runs until `condition()` holds; fail (not hang) after `limit` s."""
    deadline = asyncio.get_running_loop().time() + limit
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.01)
