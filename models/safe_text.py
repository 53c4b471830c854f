"""One sanitiser for text that enters politirad (from a file, a paste or a keystroke).

Session text ends up on terminals: the local TUI, every SSH viewer's stream, and the
output of every CLI command. A control character in a note would be executed by those
terminals, not shown: OSC 52 writes the clipboard, OSC 0 sets the window title,
``ESC[2J`` clears the screen, BEL rings, a DCS string talks to the terminal itself, and
BiDi overrides or zero-width characters make text read differently from what it holds.
So text is cleaned once, where it enters, and everything after that can print it.

What :func:`clean_text` does (pure, no I/O, idempotent):

* ``\\n`` and ``\\t`` are kept; ``\\r\\n`` and a lone ``\\r`` become ``\\n``, and the
  Unicode line/paragraph separators U+2028/U+2029 become ``\\n`` too.
* Every other C0 control (U+0000–U+001F) becomes its Unicode *Control Picture*
  (U+2400 + code), so ESC shows as ``␛`` and BEL as ``␇``; DEL becomes ``␡``.
  The rest of an escape sequence stays as the harmless printable text it was.
* C1 controls (U+0080–U+009F, among them CSI, OSC, DCS and ST as single characters),
  BiDi embedding/override/isolate controls and marks (U+202A–U+202E, U+2066–U+2069,
  U+200E, U+200F, U+061C), invisible zero-width and format characters (U+200B, U+200C,
  U+2060–U+2064, U+FEFF, U+180E, U+FFF9–U+FFFB, U+00AD), lone surrogates (which could
  not even be written as UTF-8) and Unicode tag characters become ``�`` (U+FFFD), the
  replacement character: visible, harmless, and plainly "something was here".
* Zero-width joiner (U+200D) is kept only inside an emoji sequence (an emoji or an
  emoji modifier/variation selector before it and an emoji after it), so 👨‍👩‍👧 stays one
  family; anywhere else it is invisible and becomes ``�``. Tag characters are kept
  only in a flag tag sequence after 🏴 (U+1F3F4), for the same reason.

Everything else, every letter in every script, emoji and symbols, is kept as typed.
"""

from __future__ import annotations

import re
import unicodedata

REPLACEMENT = "\ufffd"
"""What a character that must not reach a terminal and has no picture of its own becomes."""

_ZWJ = "\u200d"
_BLACK_FLAG = "\U0001f3f4"

_TRANSLATION: dict[int, str] = {code: chr(0x2400 + code) for code in range(0x20)}
del _TRANSLATION[0x09], _TRANSLATION[0x0A], _TRANSLATION[0x0D]
_TRANSLATION[0x7F] = "\u2421"
for _code in (
    *range(0x80, 0xA0),
    0x00AD,
    0x061C,
    0x180E,
    0x200B,
    0x200C,
    0x200E,
    0x200F,
    *range(0x202A, 0x202F),
    *range(0x2060, 0x2065),
    *range(0x2066, 0x206A),
    0xFEFF,
    *range(0xFFF9, 0xFFFC),
    *range(0xD800, 0xE000),
):
    _TRANSLATION[_code] = REPLACEMENT
_TRANSLATION[0x2028] = "\n"
_TRANSLATION[0x2029] = "\n"

_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e"
    "\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb\ud800-\udfff\U000e0000-\U000e007f]"
)
"""Any character :func:`clean_text` would change; text without one is returned as is."""

_TAG_RUN = re.compile("[\U000e0000-\U000e007f]+")


def _is_emoji_part(char: str) -> bool:
    """True for a character that may stand next to a ZWJ in an emoji sequence."""
    code = ord(char)
    return (
        unicodedata.category(char) == "So"
        or code == 0xFE0F
        or 0x1F3FB <= code <= 0x1F3FF
        or code == 0x20E3
    )


def _clean_joiners(text: str) -> str:
    """ZWJ survives only between emoji parts; anywhere else it is an invisible mark."""
    parts = text.split(_ZWJ)
    out = [parts[0]]
    for previous, following in zip(parts, parts[1:]):
        joined = (
            bool(previous) and bool(following)
            and _is_emoji_part(previous[-1]) and _is_emoji_part(following[0])
        )
        out.append(_ZWJ if joined else REPLACEMENT)
        out.append(following)
    return "".join(out)


def _clean_tags(text: str) -> str:
    """Tag characters survive only as a flag's tag sequence right after 🏴."""

    def keep_or_mark(match: re.Match[str]) -> str:
        start = match.start()
        if start > 0 and text[start - 1] == _BLACK_FLAG:
            return match.group()
        return REPLACEMENT * len(match.group())

    return _TAG_RUN.sub(keep_or_mark, text)


def clean_text(text: str) -> str:
    """Return ``text`` with everything a terminal would act on made visible and harmless.

    Pure and idempotent; text that needs nothing (nearly all of it) is returned
    unchanged without copying, so calling it on every load and every change is cheap.
    """
    if _UNSAFE.search(text) is None:
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _ZWJ in text:
        text = _clean_joiners(text)
    if _TAG_RUN.search(text) is not None:
        text = _clean_tags(text)
    return text.translate(_TRANSLATION)


def is_clean(text: str) -> bool:
    """True when :func:`clean_text` would leave ``text`` as it is."""
    return clean_text(text) == text
