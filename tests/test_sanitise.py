"""No control character, escape sequence or BiDi control in session text reaches a
terminal (issue 13, item 3).

Every class of hostile character goes into a note, the council's name and an action
title (from a TOML file, as a person or an attacker could write it) and into a paste,
and the raw bytes of `show`, `draft`, `minutes`, `prep`, `list`, `search` and of an SSH
viewer's stream are read: none of them carries ESC, BEL, C1, BiDi or invisible
characters from the session. The sanitiser itself (models/safe_text.py) is checked too.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import asyncssh
import pytest

from bench.ssh_fanout import Terminal
from politirad.models.safe_text import REPLACEMENT, clean_text
from politirad.sessions.storage import store
from politirad.tui.paste import PasteSplitter
from tests.cli_helpers import politirad

HOSTILE = {
    "osc52": "\x1b]52;c;cHduZWQ=\x07",
    "osc0": "\x1b]0;PWNED\x07",
    "clear": "\x1b[2J",
    "bel": "\x07",
    "dcs": "\x1bP1$qm\x1b\\",
    "c1": "\x9b31m\x9d0;C1TITLE\x9c\x85",
    "bidi": "\u202egnp.exe\u202c\u2066x\u2069\u200f",
    "zero-width": "a\u200bb\u200cc\u2060d\ufeffe\u200df",
    "del-nul": "\x7f\x00\x01",
}
ALL = "Start " + "".join(HOSTILE.values()) + " slutt"

FORBIDDEN_TEXT = [chr(c) for c in (*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F, *range(0x80, 0xA0))] + [
    "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
    "\u200e", "\u200f", "\u061c", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff",
]


def _toml_string(text: str) -> str:
    """`text` as a TOML basic string, control characters written as escapes."""
    out = []
    for char in text:
        if char in '"\\':
            out.append("\\" + char)
        elif ord(char) < 0x20 or 0x7F <= ord(char) < 0xA0:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def _hostile_file(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "2026-11-24-hostile.toml"
    value = _toml_string(ALL)
    path.write_text(
        "schema_version = 1\ndate = 2026-11-24\n"
        f"facilitator = {value}\nlearning_points = [{value}]\n"
        f"[council]\nname = {value}\nmunicipalities = [{value}]\n"
        f'[answers."1.2"]\nnote = {value}\n'
        f'[answers."4.4"]\nnote = {value}\n'
        f'[[actions]]\nid = "T1"\ntitle = {value}\nresponsible = {value}\ndetails = {value}\n'
        f'[[participants]]\nname = {value}\nrole = "ordfører"\nside = "kommune"\n',
        encoding="utf-8",
    )
    return path


def _assert_clean_bytes(data: bytes, where: str) -> None:
    text = data.decode("utf-8", errors="strict")
    found = sorted({f"U+{ord(c):04X}" for c in text if c in FORBIDDEN_TEXT})
    assert not found, f"{where}: {found} got out"


# -- the sanitiser --------------------------------------------------------------------


@pytest.mark.parametrize("name", HOSTILE)
def test_each_class_becomes_visible_marks(name: str) -> None:
    cleaned = clean_text("x" + HOSTILE[name] + "y")
    assert not any(c in FORBIDDEN_TEXT for c in cleaned)
    assert cleaned.startswith("x") and cleaned.endswith("y")
    assert clean_text(cleaned) == cleaned  # idempotent


def test_what_is_kept() -> None:
    kept = "Linje én\n\tinnrykk ÆØÅ æøå, «sitat» – 👨‍👩‍👧 🏴󠁧󠁢󠁳󠁣󠁴󠁿 👍🏽 عربي"
    assert clean_text(kept) == kept
    assert clean_text("a\r\nb\rc\u2028d") == "a\nb\nc\nd"
    assert clean_text("\x1b]0;x\x07") == "␛]0;x␇"
    assert clean_text("a\u200db") == f"a{REPLACEMENT}b"  # a joiner outside an emoji
    assert clean_text("\x9b") == REPLACEMENT


def test_a_paste_is_text_even_with_escapes_inside() -> None:
    splitter = PasteSplitter(limit=10_000)
    pieces = splitter.split("k\x1b[200~før" + HOSTILE["osc52"] + HOSTILE["bel"] + "etter\x1b[20")
    pieces += splitter.split("1~j")
    assert pieces[0] == "k" and pieces[-1] == "j"
    (pasted,) = [p[0] for p in pieces if isinstance(p, tuple)]
    assert pasted.startswith("før") and pasted.endswith("etter")
    assert not any(c in FORBIDDEN_TEXT for c in pasted)


def test_the_local_terminal_takes_a_paste_as_text_not_keys() -> None:
    """Textual's own parser would reissue the ESC in a paste as the Esc key and what
    follows as keys (a BEL as Ctrl+G); the local terminal's parser cuts pastes out first."""
    from textual import events

    from politirad.tui.paste import PasteSafeParser

    parser = PasteSafeParser()
    got = list(parser.feed("a\x1b[200~før" + HOSTILE["osc52"] + HOSTILE["bel"] + "etter\x1b[20"))
    got += list(parser.feed("1~b"))
    keys = [e.key for e in got if isinstance(e, events.Key)]
    pastes = [e.text for e in got if isinstance(e, events.Paste)]
    assert keys == ["a", "b"]
    assert len(pastes) == 1 and pastes[0].startswith("før") and pastes[0].endswith("etter")
    assert not any(c in FORBIDDEN_TEXT for c in pastes[0])


def test_a_lone_esc_on_the_local_terminal_is_still_the_esc_key() -> None:
    from textual import events

    from politirad.tui.paste import PasteSafeParser

    import time

    from textual import constants

    parser = PasteSafeParser()
    got = list(parser.feed("\x1b"))
    time.sleep(constants.ESCAPE_DELAY + 0.05)
    got += list(parser.tick())  # the driver ticks about every 0.1 s
    assert [e.key for e in got if isinstance(e, events.Key)] == ["escape"]


# -- on load, and every CLI command's raw bytes ----------------------------------------


def test_a_hostile_file_loads_clean(tmp_path: Path) -> None:
    session = store.load(_hostile_file(tmp_path / "s"))
    for text in (session.council.name, session.answer("1.2").note, session.actions[0].title,
                 session.participants[0].name, session.facilitator):
        assert text.startswith("Start ") and text.endswith(" slutt")
        assert not any(c in FORBIDDEN_TEXT for c in text)


@pytest.mark.parametrize("command", ["show", "draft", "minutes", "prep", "check", "list", "search"])
def test_no_command_prints_what_a_terminal_would_act_on(tmp_path: Path, command: str) -> None:
    folder = tmp_path / "s"
    path = _hostile_file(folder)
    args = {
        "list": ["list", "--dir", str(folder)],
        "search": ["search", "Start", "--dir", str(folder)],
    }.get(command, [command, str(path)])
    result = politirad(*args, home=tmp_path / "home")
    assert result.returncode == 0, result.stderr
    assert "Start" in result.stdout or command == "check"
    _assert_clean_bytes(result.stdout.encode(), f"{command} stdout")
    _assert_clean_bytes(result.stderr.encode(), f"{command} stderr")


def test_a_file_name_with_an_escape_is_printed_harmless(tmp_path: Path) -> None:
    path = tmp_path / "a\x1b]0;PWNED\x07.toml"
    path.write_text("not toml", encoding="utf-8")
    result = politirad("check", str(path), home=tmp_path / "home")
    assert result.returncode == 2
    _assert_clean_bytes(result.stderr.encode(), "check stderr")
    assert "␛]0;PWNED␇" in result.stderr


# -- a viewer's stream, and a co-facilitator's paste over SSH --------------------------


async def _until(check, what: str, timeout: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting until {what}")
        await asyncio.sleep(0.05)


class Stream(Terminal):
    """Keeps every byte the viewer's terminal got."""

    def __init__(self) -> None:
        super().__init__()
        self.raw = bytearray()

    def data_received(self, data: bytes, datatype: int | None) -> None:
        self.raw += data
        super().data_received(data, datatype)


@pytest.mark.ssh
async def test_a_viewers_stream_and_a_paste_carry_nothing_raw(tmp_path: Path) -> None:
    from tests.test_ssh_e2e import PROGRAM, Windows, free_port

    path = _hostile_file(tmp_path / "s")
    viewer = asyncssh.generate_private_key("ssh-ed25519", comment="Ola")
    co = asyncssh.generate_private_key("ssh-ed25519", comment="Per")
    keys = tmp_path / "authorized_keys"
    keys.write_bytes(viewer.export_public_key() + b"politirad-role=co-facilitator " + co.export_public_key())
    port = free_port()
    windows = Windows(tmp_path)
    windows.open("host", [*PROGRAM, "serve", str(path), "--port", str(port), "--authorized-keys", str(keys),
                          "--host-key", str(tmp_path / "host_key")], {"POLITIRAD_HOME": str(tmp_path / "home")})
    try:
        windows.wait("host", "Tilkoblet 1")
        windows.keys("host", "Down", "Enter")  # 1.2 and its hostile note; viewers follow
        joined = []
        for key in (viewer, co):
            conn = await asyncssh.connect("127.0.0.1", port, username="x", client_keys=[key],
                                          known_hosts=None, agent_path=None)
            chan, term = await conn.create_session(Stream, term_type="xterm-256color",
                                                   term_size=(120, 36), encoding=None)
            joined.append((conn, chan, term))
        (_, _, watching), (_, co_chan, co_term) = joined
        await _until(lambda: b"Start " in watching.tail and b"1.2" in watching.tail, "the viewer sees the note")
        await _until(lambda: b"Tilkoblet 3" in co_term.tail, "the co-facilitator is in")
        co_chan.write(b"\x1b[200~Limt " + ALL.encode() + b" inn\x1b[201~")  # into the tree: ignored
        co_chan.write(b"\r")  # into the note of the question it is on
        await asyncio.sleep(0.5)
        co_chan.write(b"\x1b[200~Limt " + ALL.encode() + b" inn\x1b[201~")
        await _until(lambda: "Limt Start" in path.read_text(encoding="utf-8"), "the paste is saved", 30)
        await asyncio.sleep(1.0)
        assert "Gå til spørsmål" not in windows.screen("host")  # the BEL was not Ctrl+G
        saved = store.load(path)
        pasted = [a.note for a in saved.answers.values() if "Limt Start" in a.note]
        assert pasted and not any(c in FORBIDDEN_TEXT for c in pasted[0])
        assert "\\u001b" not in path.read_text(encoding="utf-8")
        for _, _, term in joined:
            raw = bytes(term.raw)
            for bad in (b"\x1b]52", b"\x1b]0;", b"\x1bP", b"PWNED\x07", b"\xc2\x9b", b"\xc2\x9d",
                        "\u202e".encode(), "\u2066".encode(), "\u200b".encode(), b"C1TITLE\x1b\\"):
                assert bad not in raw, f"{bad!r} reached a viewer"
            assert b"\x07" not in raw.replace(b"\x1b]22;default\x07", b"")
        for conn, _, _ in joined:
            conn.close()
    finally:
        windows.close()

