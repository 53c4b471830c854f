"""Views subscribed to a shared object: a broken one is dropped, the others still hear."""

from __future__ import annotations

from politirad.sessions.live.listeners import Listeners


def test_a_raising_view_is_dropped_and_the_rest_are_told() -> None:
    heard: list[str] = []
    listeners: Listeners[str] = Listeners()

    def broken(event: str) -> None:
        raise RuntimeError("view crashed")

    listeners.subscribe(heard.append)
    listeners.subscribe(broken)
    unsubscribe = listeners.subscribe(lambda e: heard.append(e.upper()))
    listeners.notify("a")
    assert heard == ["a", "A"]
    assert len(listeners) == 2
    unsubscribe()
    unsubscribe()  # twice is harmless
    listeners.notify("b")
    assert heard == ["a", "A", "b"]
