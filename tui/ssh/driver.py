"""A Textual driver whose terminal is an SSH channel instead of the process's tty.

Many apps share one process and one event loop, so this driver starts no threads and
touches no process-wide state (signals, stdin, termios): bytes from the channel are fed
to Textual's xterm parser on the loop, the parser's Esc timeout is ticked with a loop
timer, and output goes to the channel's buffer, which is bounded: a client that stops
reading is cut off rather than buffered for without end.
"""

from __future__ import annotations

import asyncio
from codecs import getincrementaldecoder
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO, Literal, Protocol, TextIO

from textual import constants, events
from textual._xterm_parser import XTermParser
from textual.app import App
from textual.driver import Driver
from textual.geometry import Size
from textual.message import Message

MIN_SIZE = (20, 6)
MAX_SIZE = (400, 150)
"""Terminal sizes are clamped: a client claiming 100000 columns must not cost the server."""

MAX_PENDING_OUTPUT = 2 * 1024 * 1024
"""Bytes waiting for a slow client before it is cut off (a full repaint is ~100 KiB)."""

MAX_PENDING_INPUT = 64 * 1024
"""Input kept before the app is ready to read it; more is dropped."""

ESC_TICK = constants.ESCAPE_DELAY + 0.02
"""A lone Esc is only known after the parser's escape delay: tick it just after."""

START_SEQUENCES = (
    "\x1b[?1049h"  # alternate screen
    "\x1b[?1000h\x1b[?1003h\x1b[?1015h\x1b[?1006h"  # mouse: buttons, motion, SGR coordinates
    "\x1b[?25l"  # hide cursor
    "\x1b[?2004h"  # bracketed paste
    "\x1b[?7l"  # no line wrap
    "\x1b[?2026$p"  # ask whether synchronized output is supported
)
RESTORE_SEQUENCES = (
    "\x1b[?1000l\x1b[?1003l\x1b[?1015l\x1b[?1006l"  # mouse off
    "\x1b[?2004l"  # bracketed paste off
    "\x1b[?7h"  # line wrap on
    "\x1b[0m"  # plain colours
    "\x1b[?1049l"  # leave the alternate screen
    "\x1b[?25h"  # show cursor
)
"""What leaves a client's terminal as it was before it connected."""


def clamp_size(width: int, height: int) -> tuple[int, int]:
    return (
        min(max(width, MIN_SIZE[0]), MAX_SIZE[0]),
        min(max(height, MIN_SIZE[1]), MAX_SIZE[1]),
    )


class Channel(Protocol):
    """The part of asyncssh's server channel the terminal uses (fakes in tests)."""

    def write(self, data: bytes) -> None: ...

    def get_write_buffer_size(self) -> int: ...


class ChannelTerminal:
    """One client's terminal as the server sees it: size, input until a driver reads it,
    and output into the channel with a cap on what may wait for the client."""

    def __init__(
        self,
        channel: Channel,
        size: tuple[int, int],
        *,
        max_pending: int = MAX_PENDING_OUTPUT,
        on_overflow: Callable[[], None] | None = None,
    ) -> None:
        self.channel = channel
        self.size = clamp_size(*size)
        self.max_pending = max_pending
        self.on_overflow = on_overflow
        self.driver: SSHDriver | None = None
        self.closed = False
        """No more writes: the client went away or was cut off."""
        self.overflowed = False
        self._input: list[bytes] = []
        self._input_size = 0

    def feed(self, data: bytes) -> None:
        """Bytes typed by the client: to the driver, or kept until it starts."""
        if self.driver is not None:
            self.driver.feed(data)
        elif self._input_size + len(data) <= MAX_PENDING_INPUT:
            self._input.append(data)
            self._input_size += len(data)

    def resize(self, width: int, height: int) -> None:
        self.size = clamp_size(width, height)
        if self.driver is not None:
            self.driver.resize(self.size)

    def attach(self, driver: SSHDriver) -> None:
        self.driver = driver
        pending, self._input, self._input_size = self._input, [], 0
        for data in pending:
            driver.feed(data)

    def detach(self) -> None:
        self.driver = None

    def write(self, data: bytes) -> None:
        """Queue output; past `max_pending` unread bytes the client is cut off."""
        if self.closed:
            return
        try:
            self.channel.write(data)
            pending = self.channel.get_write_buffer_size()
        except (OSError, RuntimeError, EOFError):  # channel closed under us: client gone
            self.closed = True
            return
        if pending > self.max_pending:
            self.closed = True
            self.overflowed = True
            if self.on_overflow is not None:
                self.on_overflow()

    def write_final(self, data: bytes) -> None:
        """Last words (terminal restore, goodbye) even after a cut-off; at most a few bytes."""
        try:
            self.channel.write(data)
        except (OSError, RuntimeError, EOFError):
            pass


class SSHDriver(Driver):
    """Drives one app over one `ChannelTerminal`; created by the app via `driver_class`."""

    def __init__(
        self,
        app: App[Any],
        *,
        debug: bool = False,
        mouse: bool = True,
        size: tuple[int, int] | None = None,
        terminal: ChannelTerminal,
    ) -> None:
        super().__init__(app, debug=debug, mouse=mouse, size=terminal.size)
        self._terminal = terminal
        self._parser = XTermParser(debug=False)  # debug=True would open keys.log in the cwd
        self._decode = getincrementaldecoder("utf-8")(errors="replace").decode
        self._tick_handle: asyncio.TimerHandle | None = None
        self._reading = False
        self._out: list[str] = []
        self._flush_handle: asyncio.Handle | None = None

    # -- output -------------------------------------------------------------------------

    def write(self, data: str) -> None:
        """Collect a frame's pieces (sync start, frame, sync end) into one SSH packet."""
        self._out.append(data)
        if self._flush_handle is None:  # writes outside a frame go out on the next loop turn
            self._flush_handle = self._loop.call_soon(self.flush)

    def flush(self) -> None:
        """Textual calls this after each frame: send what was written as one message."""
        if self._flush_handle is not None:
            self._flush_handle.cancel()
            self._flush_handle = None
        if self._out:
            data, self._out = "".join(self._out), []
            self._terminal.write(data.encode("utf-8", errors="replace"))

    # -- input --------------------------------------------------------------------------

    def feed(self, data: bytes) -> None:
        """Parse the client's bytes into Textual events for this app only."""
        if not self._reading:
            return
        with self._app._context():  # events belong to this app, whichever task called us
            for event in self._parser.feed(self._decode(data)):
                self.process_message(event)
        if self._tick_handle is not None:
            self._tick_handle.cancel()
        self._tick_handle = self._loop.call_later(ESC_TICK, self._tick)

    def _tick(self) -> None:
        """Let the parser time out a pending lone Esc (the linux driver polls for this)."""
        self._tick_handle = None
        if not self._reading:
            return
        with self._app._context():
            for event in self._parser.tick():
                self.process_message(event)

    def resize(self, size: tuple[int, int]) -> None:
        self._size = size
        if self._reading:
            textual_size = Size(*size)
            self.send_message(events.Resize(textual_size, textual_size))

    def send_message(self, message: Message) -> None:
        """Post straight to the app: we are already on the loop (no thread hop)."""
        self._app.post_message(message)

    # -- application mode -----------------------------------------------------------------

    def start_application_mode(self) -> None:
        self._reading = True
        self.write(START_SEQUENCES)
        self.resize(self._terminal.size)
        self._terminal.attach(self)

    def disable_input(self) -> None:
        self._reading = False
        if self._tick_handle is not None:
            self._tick_handle.cancel()
            self._tick_handle = None

    def stop_application_mode(self) -> None:
        self.disable_input()
        self.flush()
        self._terminal.detach()
        self._terminal.write_final(RESTORE_SEQUENCES.encode())

    def close(self) -> None:
        self.disable_input()
        self.flush()
        self._terminal.detach()

    # -- things a remote viewer must not do on the facilitator's machine ---------------------

    def open_url(self, url: str, new_tab: bool = True) -> None:
        """A link clicked by a viewer must not open a browser on the server."""

    def deliver_binary(
        self,
        binary: BinaryIO | TextIO,
        *,
        delivery_key: str,
        save_path: Path,
        open_method: Literal["browser", "download"] = "download",
        encoding: str | None = None,
        mime_type: str | None = None,
        name: str | None = None,
    ) -> None:
        """Never write files on the server on behalf of a remote client."""
        self._app.post_message(
            events.DeliveryFailed(
                key=delivery_key, exception=PermissionError("not over SSH"), name=name
            )
        )
