"""A list of callbacks that views register with a shared object (live session, presence).

Shared by every subscriber-holding object so one rule holds everywhere: a view whose
callback raises is dropped, and never stops the other views from being told.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

Event = TypeVar("Event")


class Listeners(Generic[Event]):
    """Callbacks to tell about events, in the order they subscribed."""

    def __init__(self) -> None:
        self._callbacks: list[Callable[[Event], None]] = []

    def subscribe(self, callback: Callable[[Event], None]) -> Callable[[], None]:
        """Register a view; returns the function that unregisters it."""
        self._callbacks.append(callback)

        def unsubscribe() -> None:
            if callback in self._callbacks:
                self._callbacks.remove(callback)

        return unsubscribe

    def notify(self, event: Event) -> None:
        """Tell every view; one that raises is dropped and the rest still hear."""
        for callback in list(self._callbacks):
            try:
                callback(event)
            except Exception:  # noqa: BLE001 - one broken view must not stop the others
                self._callbacks.remove(callback)

    def __len__(self) -> int:
        return len(self._callbacks)
