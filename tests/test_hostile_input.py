"""The per-channel input budget in front of Textual's parser (issue 13, item 1), in
isolation: what waits is capped, the excess is dropped and the client told once, and
what is kept reaches the driver no faster than the budget allows."""

from __future__ import annotations

import asyncio

from politirad.tui.ssh.driver import ChannelTerminal, InputBudget
from tests.test_ssh_parts import FakeChannel


class CountingDriver:
    """Stands in for SSHDriver: records the bytes it was handed."""

    def __init__(self) -> None:
        self.fed = bytearray()

    def feed(self, data: bytes) -> None:
        self.fed += data


async def test_excess_input_is_dropped_once_told_and_the_rest_metered() -> None:
    told: list[bool] = []
    budget = InputBudget(rate=1000, burst=100, pending=500)
    terminal = ChannelTerminal(FakeChannel(), (80, 24), budget=budget, on_input_dropped=lambda: told.append(True))
    driver = CountingDriver()
    terminal.attach(driver)  # type: ignore[arg-type]
    for _ in range(100):
        terminal.feed(b"x" * 100)  # 10 kB at once
    assert len(driver.fed) == 100  # the burst, no more
    assert terminal.pending_input <= budget.pending
    assert terminal.dropped >= 10_000 - 100 - budget.pending
    assert told == [True]
    await asyncio.sleep(0.3)  # about 300 bytes more at 1000 B/s
    assert 100 < len(driver.fed) < 100 + budget.pending
    terminal.detach()


async def test_a_keystroke_within_the_budget_goes_straight_through() -> None:
    terminal = ChannelTerminal(FakeChannel(), (80, 24), budget=InputBudget(rate=10, burst=16, pending=64))
    driver = CountingDriver()
    terminal.attach(driver)  # type: ignore[arg-type]
    terminal.feed(b"\x1b[A")
    assert bytes(driver.fed) == b"\x1b[A"
    terminal.detach()


async def test_input_before_the_app_starts_is_kept_within_the_cap() -> None:
    terminal = ChannelTerminal(FakeChannel(), (80, 24), budget=InputBudget(rate=10, burst=1000, pending=64))
    terminal.feed(b"a" * 60)
    terminal.feed(b"b" * 60)  # over the cap: dropped
    driver = CountingDriver()
    terminal.attach(driver)  # type: ignore[arg-type]
    assert bytes(driver.fed) == b"a" * 60
    assert terminal.dropped == 60
    terminal.detach()
