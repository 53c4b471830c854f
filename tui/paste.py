"""Bracketed pastes taken as text, never as keys, for every terminal politirad reads.

Textual's xterm parser reissues an escape sequence inside a paste as keys: a pasted
ESC followed by text becomes an Esc key and keystrokes, a pasted BEL after it Ctrl+G.
`PasteSplitter` cuts pastes out of the decoded input before the parser sees it; the
SSH driver uses it per channel (tui/ssh/driver.py) and `PasteSafeParser` puts it in
front of the parser of the local terminal (`PasteSafeApp` installs it).
"""

from __future__ import annotations

from collections.abc import Iterable

from textual import events
from textual._xterm_parser import XTermParser

from politirad.models.safe_text import clean_text

LOCAL_PASTE_LIMIT = 1024 * 1024
"""Characters one local paste may hold (the session file itself is capped at 10 MB)."""

PASTE_START = "\x1b[200~"
PASTE_END = "\x1b[201~"


class PasteSplitter:
    """Cuts bracketed pastes out of decoded input, before Textual's parser sees them.

    Textual's parser reissues an escape sequence inside a paste as keys (an ESC, then a
    BEL read as Ctrl+G), so pasted text could act. Here everything between the start
    and end markers is text: it comes back as one cleaned string, and only what lies
    outside pastes goes on to the parser. Markers split across reads are found; a paste
    longer than `limit` characters keeps its first `limit` and drops the rest.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._paste: list[str] | None = None
        self._size = 0
        self._held = ""
        self.truncated = False
        """The last paste was longer than `limit` and lost its tail."""

    def split(self, text: str) -> list[str | tuple[str]]:
        """Pieces in order: str for the parser, a 1-tuple holding a finished paste."""
        text, self._held = self._held + text, ""
        out: list[str | tuple[str]] = []
        while text:
            marker = PASTE_END if self._paste is not None else PASTE_START
            at = text.find(marker)
            if at < 0:
                keep = _partial_marker(text, marker)
                if keep == 1 and self._paste is None:
                    keep = 0  # a lone trailing Esc is the Esc key: the parser times it out
                body, self._held = text[: len(text) - keep], text[len(text) - keep :]
                self._take(body, out)
                break
            self._take(text[:at], out)
            text = text[at + len(marker) :]
            if self._paste is None:
                self._paste, self._size = [], 0
            else:
                pasted, self._paste = "".join(self._paste), None
                out.append((clean_text(pasted),))
        return out

    def release(self) -> str:
        """Outside a paste, what was held as a possible paste start (the Esc timeout
        passed without the rest arriving): it was keys after all."""
        if self._paste is not None:
            return ""
        held, self._held = self._held, ""
        return held

    def _take(self, body: str, out: list[str | tuple[str]]) -> None:
        if not body:
            return
        if self._paste is None:
            out.append(body)
            return
        room = self.limit - self._size
        if len(body) > room:
            self.truncated = True
            body = body[: max(0, room)]
        self._paste.append(body)
        self._size += len(body)


def _partial_marker(text: str, marker: str) -> int:
    """How many characters at the end of `text` could be the start of `marker`."""
    for length in range(min(len(marker) - 1, len(text)), 0, -1):
        if marker.startswith(text[-length:]):
            return length
    return 0


class PasteSafeParser(XTermParser):
    """The local terminal's parser with bracketed pastes cut out first."""

    def __init__(self, debug: bool = False) -> None:
        super().__init__(debug)
        self._pastes = PasteSplitter(LOCAL_PASTE_LIMIT)

    def feed(self, data: str) -> Iterable[events.Event]:  # type: ignore[override]
        if not data:  # end of input: whatever was held is keys
            held = self._pastes.release()
            if held:
                yield from super().feed(held)
            yield from super().feed(data)
            return
        for piece in self._pastes.split(data):
            if isinstance(piece, tuple):
                yield events.Paste(piece[0])
            else:
                yield from super().feed(piece)

    def tick(self) -> Iterable[events.Event]:  # type: ignore[override]
        """Called about every 0.1 s: a held possible paste start that got no rest is keys."""
        held = self._pastes.release()
        if held:
            yield from super().feed(held)
        yield from super().tick()


class PasteSafeApp:
    """Mixed into the apps a local terminal runs (the meeting, the browser): when
    Textual picks the platform's driver, it reads through `PasteSafeParser`."""

    def get_driver_class(self) -> type:
        install_for_local_terminal()
        return super().get_driver_class()  # type: ignore[misc,no-any-return]


def install_for_local_terminal() -> None:
    """Make the local Linux driver read through `PasteSafeParser` (one process, one
    local terminal: SSH viewers have their own driver)."""
    from textual.drivers import linux_driver

    linux_driver.XTermParser = PasteSafeParser  # type: ignore[misc]
