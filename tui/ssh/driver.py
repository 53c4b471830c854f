"""A Textual driver whose terminal is an SSH channel instead of the process's tty.

Many apps share one process and one event loop, so this driver starts no threads and
touches no process-wide state (signals, stdin, termios): bytes from the channel are fed
to Textual's xterm parser on the loop, the parser's Esc timeout is ticked with a loop
timer, and output goes to the channel's buffer, which is bounded: a client that stops
reading is cut off rather than buffered for without end.

Input is bounded too, before Textual sees a byte (issue 13): every channel has an
`InputBudget`, a token bucket (bytes per second, a burst) in front of the parser and
a cap on the bytes waiting for it. What a client sends beyond that cap is dropped (the
client is told once), so a viewer pouring random bytes, keys or mouse motion into its
channel costs the shared event loop at most its budget's worth of events per second and
the server at most its cap in memory. Bracketed pastes are cut out of the byte stream
here and posted as one `Paste` of cleaned text: an ESC or BEL inside a paste is text,
never a key.
"""

from __future__ import annotations

import asyncio
from codecs import getincrementaldecoder
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Literal, Protocol, TextIO

from textual import constants, events
from textual._xterm_parser import XTermParser
from textual.app import App
from textual.driver import Driver
from textual.geometry import Size
from textual.message import Message
from textual.widgets import Input

from politirad.tui.paste import PasteSplitter
from politirad.tui.ssh.priority import FrameGate, is_edit

MIN_SIZE = (20, 6)
MAX_SIZE = (400, 150)
"""Terminal sizes are clamped: a client claiming 100000 columns must not cost the server."""

MAX_PENDING_OUTPUT = 2 * 1024 * 1024
"""Bytes waiting for a slow client before it is cut off (a full repaint is ~100 KiB)."""



@dataclass(frozen=True, slots=True)
class InputBudget:
    """How much input one channel may hand the parser, and how much may wait for it."""

    rate: float
    """Bytes per second fed to Textual's parser once the burst is spent."""
    burst: int
    """Bytes that may go through at once (a paste, a quick run of keys)."""
    pending: int
    """Bytes waiting for the budget (or for the app to start); beyond this, dropped."""
    max_text: int | None = None
    """Longest text a one-line input (palette, prompt) may grow to; None = no cap."""


VIEWER_BUDGET = InputBudget(rate=256, burst=1024, pending=4 * 1024, max_text=200)
"""A read-only viewer moves around and clicks: 256 bytes/s is about 80 arrow keys or 20
mouse-wheel notches a second, with bursts of four times that. Its one-line inputs (the
go-to prompt) hold 200 characters."""

EDITOR_BUDGET = InputBudget(rate=8 * 1024, burst=32 * 1024, pending=256 * 1024)
"""A co-facilitator types and pastes notes: a 32 KiB paste goes through at once."""

INPUT_SLICE = 512
"""Bytes parsed per loop turn, so a burst never holds the loop for long."""

ESC_TICK = constants.ESCAPE_DELAY + 0.02
"""A lone Esc is only known after the parser's escape delay: tick it just after."""

START_SEQUENCES = (
    "\x1b[?1049h"  # alternate screen
    # mouse: buttons, motion only while a button is held (1002, not every move: 1003
    # would send a stream of input over SSH for hover effects alone), SGR coordinates
    "\x1b[?1000h\x1b[?1002h\x1b[?1015h\x1b[?1006h"
    "\x1b[?25l"  # hide cursor
    "\x1b[?2004h"  # bracketed paste
    "\x1b[?7l"  # no line wrap
    "\x1b[?2026$p"  # ask whether synchronized output is supported
)
RESTORE_SEQUENCES = (
    "\x1b[?1000l\x1b[?1002l\x1b[?1003l\x1b[?1015l\x1b[?1006l"  # mouse off
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
    """One client's terminal as the server sees it: size, input metered out to the
    driver by the channel's `InputBudget`, and output into the channel with a cap on
    what may wait for the client."""

    def __init__(
        self,
        channel: Channel,
        size: tuple[int, int],
        *,
        max_pending: int = MAX_PENDING_OUTPUT,
        on_overflow: Callable[[], None] | None = None,
        budget: InputBudget = EDITOR_BUDGET,
        on_input_dropped: Callable[[], None] | None = None,
    ) -> None:
        self.channel = channel
        self.size = clamp_size(*size)
        self.max_pending = max_pending
        self.on_overflow = on_overflow
        self.budget = budget
        self.on_input_dropped = on_input_dropped
        """Called once, the first time input is dropped (the client is told)."""
        self.driver: SSHDriver | None = None
        self.closed = False
        """No more writes: the client went away or was cut off."""
        self.overflowed = False
        self.dropped = 0
        """Input bytes dropped so far because too much was waiting."""
        self._input: bytearray = bytearray()
        self._tokens = float(budget.burst)
        self._refilled: float | None = None
        self._pump_handle: asyncio.TimerHandle | None = None

    def feed(self, data: bytes) -> None:
        """Bytes typed by the client: queued (or dropped past the cap), then metered out."""
        if len(self._input) + len(data) > self.budget.pending:
            self._drop(len(data))
            return
        self._input += data
        if self._pump_handle is None:  # else a pump is due already, and this waits its turn
            self._pump()

    def _drop(self, count: int) -> None:
        first = self.dropped == 0
        self.dropped += count
        if first and self.on_input_dropped is not None:
            self.on_input_dropped()

    def _pump(self) -> None:
        """Hand the driver what the budget allows now; come back when it allows more."""
        self._pump_handle = None
        if self.driver is None or not self._input:
            return
        loop = asyncio.get_running_loop()
        now = loop.time()
        if self._refilled is not None:
            elapsed = now - self._refilled
            self._tokens = min(float(self.budget.burst), self._tokens + elapsed * self.budget.rate)
        self._refilled = now
        count = min(len(self._input), INPUT_SLICE, int(self._tokens))
        if count > 0:
            data = bytes(self._input[:count])
            del self._input[:count]
            self._tokens -= count
            self.driver.feed(data)
        if self._input and self._pump_handle is None and self.driver is not None:
            wanted = min(len(self._input), INPUT_SLICE)
            wait = max(0.0, (wanted - self._tokens) / self.budget.rate)
            self._pump_handle = loop.call_later(wait, self._pump)

    @property
    def pending_input(self) -> int:
        """Bytes received and not yet handed to the parser."""
        return len(self._input)

    def resize(self, width: int, height: int) -> None:
        self.size = clamp_size(width, height)
        if self.driver is not None:
            self.driver.resize(self.size)

    def attach(self, driver: SSHDriver) -> None:
        self.driver = driver
        self._pump()

    def detach(self) -> None:
        self.driver = None
        if self._pump_handle is not None:
            self._pump_handle.cancel()
            self._pump_handle = None

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
        gate: FrameGate | None = None,
    ) -> None:
        super().__init__(app, debug=debug, mouse=mouse, size=terminal.size)
        self._terminal = terminal
        self._gate = gate
        """A typist's: its editing keys' frames wait for the viewer groups' (priority.py)."""
        self._parser = XTermParser(debug=False)  # debug=True would open keys.log in the cwd
        self._decode = getincrementaldecoder("utf-8")(errors="replace").decode
        self._max_text = terminal.budget.max_text
        self._pastes = PasteSplitter(terminal.budget.pending)
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
            for piece in self._pastes.split(self._decode(data)):
                if isinstance(piece, tuple):
                    self._cap_text_input()
                    self._process(events.Paste(piece[0]))
                    continue
                for event in self._parser.feed(piece):
                    if isinstance(event, events.Key) and event.is_printable:
                        self._cap_text_input()
                    self._process(event)
        if self._tick_handle is not None:
            self._tick_handle.cancel()
        self._tick_handle = self._loop.call_later(ESC_TICK, self._tick)

    def _process(self, event: events.Event) -> None:
        """Hand an input event to the app; an edit first holds the typist's own frame."""
        if self._gate is not None and is_edit(self._app, event):
            self._gate.hold(self._app)
        self.process_message(event)

    def _cap_text_input(self) -> None:
        """Give the focused one-line input this channel's length cap before text reaches it.

        A viewer can open prompts (go to question) whose input has no limit, and each
        character typed into a long one costs more than the last; with a cap the input
        refuses what is past it."""
        if self._max_text is None:
            return
        try:
            focused = self._app.focused
        except Exception:  # noqa: BLE001 - no screen yet: nothing to cap
            return
        if isinstance(focused, Input) and not focused.max_length:
            focused.max_length = self._max_text

    def _tick(self) -> None:
        """Let the parser time out a pending lone Esc (the linux driver polls for this)."""
        self._tick_handle = None
        if not self._reading:
            return
        held = self._pastes.release()
        with self._app._context():
            for event in self._parser.feed(held) if held else self._parser.tick():
                self.process_message(event)
        if held:  # the parser has new input to time out
            self._tick_handle = self._loop.call_later(ESC_TICK, self._tick)

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
