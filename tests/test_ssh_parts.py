"""The parts of SSH sharing without a network: keys and roles, host key, invites, the
read-only view, presence, and the driver over a fake channel."""

from __future__ import annotations

import asyncio
import datetime as dt
import stat
from functools import partial
from pathlib import Path

import asyncssh
import pytest

from politirad.models.catalogue import Language, tr
from politirad.models.factory import new_session
from politirad.sessions.storage import store
from politirad.sessions.live.view import ReadOnlyView
from politirad.sessions.live.session import LiveSession
from politirad.sessions.storage.lock import acquire
from politirad.sessions.live.presence import Presence, PresenceEvent, Role, Seat, clean_name
from politirad.tui.ssh.driver import MAX_SIZE, RESTORE_SEQUENCES, ChannelTerminal, SSHDriver, clamp_size
from politirad.tui.ssh.keys import (
    KeyRing,
    KeySetupError,
    create_invite,
    load_or_create_host_key,
    parse_authorized_keys,
    read_authorized_keys,
)
from tests.ui_text import own
from tests.waiting import until


def public_line(comment: str) -> str:
    return asyncssh.generate_private_key("ssh-ed25519", comment=comment).export_public_key().decode().strip()


# -- authorized keys and roles ----------------------------------------------------------


def test_roles_come_from_the_key_line_option_not_the_comment() -> None:
    text = "\n".join(
        [
            "# deltakere",
            public_line("Ola"),
            "politirad-role=co-facilitator " + public_line("Kari"),
            public_line("politirad-role=co-facilitator"),  # a comment chosen by the key's owner
        ]
    )
    entries = parse_authorized_keys(text)
    assert [(e.name, e.role) for e in entries] == [
        ("Ola", Role.VIEWER),
        ("Kari", Role.CO_FACILITATOR),
        ("politirad-role=co-facilitator", Role.VIEWER),
    ]
    ring = KeyRing(entries)
    assert ring.find(entries[1].key) is entries[1]
    assert ring.find(asyncssh.generate_private_key("ssh-ed25519")) is None


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('from="10.0.0.0/8" KEY', "option 'from' is not supported"),
        ("politirad-role=admin KEY", "must be one of"),
        ("ssh-ed25519 AAAAnot-base64", "not a public key"),
    ],
)
def test_a_bad_line_stops_with_its_line_number(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "authorized_keys"
    path.write_text(public_line("ok") + "\n" + line.replace("KEY", public_line("x")) + "\n")
    with pytest.raises(KeySetupError) as failure:
        read_authorized_keys(path)
    assert "line 2" in str(failure.value) and message in str(failure.value)
    assert failure.value.exit_code == 2


def test_a_missing_key_file_says_what_it_should_hold(tmp_path: Path) -> None:
    with pytest.raises(KeySetupError, match="one public key per line"):
        read_authorized_keys(tmp_path / "nope")


def test_names_from_key_comments_cannot_drive_a_terminal() -> None:
    assert clean_name("Ola\x1b[2J\x07 Nordmann") == "Ola [2J Nordmann"
    assert len(clean_name("x" * 200)) == 40


# -- host key and invites ---------------------------------------------------------------


def test_host_key_is_made_once_private_and_reused(tmp_path: Path) -> None:
    path = tmp_path / "conf" / "host_key"
    key, created = load_or_create_host_key(path)
    again, created_again = load_or_create_host_key(path)
    assert created and not created_again
    assert again.get_fingerprint() == key.get_fingerprint()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    path.chmod(0o644)
    with pytest.raises(KeySetupError, match="readable by others"):
        load_or_create_host_key(path)


def test_an_invite_key_is_private_and_gone_after_the_meeting(tmp_path: Path) -> None:
    invite = create_invite(tmp_path / "invites")
    assert stat.S_IMODE(invite.path.stat().st_mode) == 0o600
    private = asyncssh.read_private_key(invite.path)
    ring = KeyRing()
    ring.add(invite.entry)
    assert ring.find(private) is invite.entry and invite.entry.role is Role.VIEWER
    invite.remove()
    ring.remove(invite.entry)
    assert not invite.path.exists() and ring.find(private) is None


# -- the viewer's read-only view ------------------------------------------------------------


@pytest.fixture
def live(tmp_path: Path) -> LiveSession:
    path = tmp_path / "s.toml"
    store.save(new_session(dt.date(2026, 11, 24), "Politirådet i Lillevik"), path)
    return LiveSession(store.load(path), path, lock=acquire(path))


def test_a_viewer_reads_everything_and_changes_nothing(live: LiveSession) -> None:
    live.set_note("1.1", "fra fasilitatoren")
    view = ReadOnlyView(live)
    assert view.read_only and view.session.answer("1.1").note == "fra fasilitatoren"
    assert view.timebox is live.timebox and view.path == live.path
    with pytest.raises(AttributeError):
        setattr(view, "session", None)  # a property without a setter
    assert live.session.answer("1.1").note == "fra fasilitatoren"


def test_a_viewer_has_no_change_method_at_all(live: LiveSession) -> None:
    """Every public method of the live session that is not a read is missing on the view,
    including ones added later: the view lists what it has, not what it refuses."""
    reads = {"subscribe", "last_year"}
    changes = {
        name
        for name in dir(LiveSession)
        if not name.startswith("_") and callable(getattr(LiveSession, name)) and name not in reads
    }
    assert {"set_note", "add_action", "update_setup", "clock_toggle", "select", "save_soon", "close"} <= changes
    view = ReadOnlyView(live)
    assert [name for name in sorted(changes) if hasattr(view, name)] == []
    assert view.last_year() is live.last_year()


# -- presence -------------------------------------------------------------------------------


def test_presence_tells_every_view_who_joins_and_leaves() -> None:
    presence = Presence()
    seen: list[PresenceEvent] = []
    presence.subscribe(seen.append)
    presence.subscribe(lambda event: 1 / 0)  # a broken view is dropped, the others still hear
    host = presence.join("Fasilitator", Role.FACILITATOR)
    ola = presence.join("Ola", Role.VIEWER)
    presence.leave(ola.id, "ingen aktivitet")
    assert [(e.joined, e.member.name, e.reason) for e in seen] == [
        (True, "Fasilitator", None),
        (True, "Ola", None),
        (False, "Ola", "ingen aktivitet"),
    ]
    assert presence.members() == [host] and presence.count(Role.VIEWER) == 0


# -- driver and channel -----------------------------------------------------------------------


class FakeChannel:
    def __init__(self, stuck: bool = False) -> None:
        self.data = bytearray()
        self.stuck = stuck

    def write(self, data: bytes) -> None:
        self.data += data

    def get_write_buffer_size(self) -> int:
        return len(self.data) if self.stuck else 0


def test_sizes_are_clamped() -> None:
    assert clamp_size(100000, 100000) == MAX_SIZE
    assert clamp_size(0, 0) == (20, 6)


def test_a_client_that_stops_reading_is_cut_off() -> None:
    cut: list[bool] = []
    terminal = ChannelTerminal(FakeChannel(stuck=True), (80, 24), max_pending=1000, on_overflow=lambda: cut.append(True))
    for _ in range(20):
        terminal.write(b"x" * 100)
    assert cut == [True] and terminal.overflowed
    assert len(terminal.channel.data) <= 1100  # nothing more is queued after the cut


def _connected(lang: Language) -> bytes:
    """The word the presence line starts with ("Tilkoblet 2: …"), whatever the count."""
    return tr(lang, "share.connected", count="").split()[0].encode()


async def test_the_driver_runs_an_app_over_a_channel(live: LiveSession, ui_lang: Language) -> None:
    """Keys in, screen out, a lone Esc after its delay, terminal restored on exit."""
    from politirad.tui.app import PolitiradApp

    channel = FakeChannel()
    terminal = ChannelTerminal(channel, (100, 30))
    presence = Presence()
    member = presence.join("Ola", Role.VIEWER)
    app = PolitiradApp(
        ReadOnlyView(live),
        lang=ui_lang,
        read_only=True,
        seat=Seat(presence, member, leads=False, follows=True),
    )
    app.driver_class = partial(SSHDriver, terminal=terminal)  # type: ignore[assignment]
    keys: list[str] = []
    app.on_event = _recording(app.on_event, keys)  # type: ignore[method-assign]
    task = asyncio.create_task(app.run_async())
    await until(lambda: own(ui_lang, "share.connected", count=1) in channel.data.decode(errors="ignore"))
    assert channel.data.startswith(b"\x1b[?1049h")
    terminal.feed(b"\x1b")  # a lone Esc: only the parser's timeout makes it a key
    await until(lambda: "escape" in keys)
    terminal.feed("f".encode())
    await until(lambda: app.following is False)
    before = sorted(live.path.parent.iterdir())
    terminal.feed(b"\x1b[20~")  # F9, the preparation sheet: would write a file on the host
    await until(lambda: "f9" in keys)
    await asyncio.sleep(0.2)
    assert sorted(live.path.parent.iterdir()) == before
    terminal.resize(90, 25)
    await until(lambda: app.size == (90, 25))
    app.exit()
    await asyncio.wait_for(task, 10)
    assert channel.data.endswith(RESTORE_SEQUENCES.encode())


def _recording(handler, keys: list[str]):  # type: ignore[no-untyped-def]
    async def on_event(event):  # type: ignore[no-untyped-def]
        from textual import events

        if isinstance(event, events.Key):
            keys.append(event.key)
        return await handler(event)

    return on_event


async def test_a_failing_view_ends_alone_and_prints_nothing(
    live: LiveSession, capfd: pytest.CaptureFixture[str], ui_lang: Language
) -> None:
    """One viewer's app raising must not reach the facilitator's terminal or other viewers."""
    from politirad.tui.ssh.keys import AuthorizedKey
    from politirad.tui.ssh.server import ServerSettings, ShareServer

    presence = Presence()
    host_key = asyncssh.generate_private_key("ssh-ed25519")
    server = ShareServer(live, KeyRing(), presence, host_key, ServerSettings(lang=ui_lang))
    key = asyncssh.generate_private_key("ssh-ed25519")
    entry = AuthorizedKey(key, "Ola", Role.VIEWER, key.get_fingerprint())
    channels = [FakeChannel(), FakeChannel()]
    apps = [
        server.make_app(entry, presence.join(f"v{i}", Role.VIEWER), ChannelTerminal(channel, (100, 30)))
        for i, channel in enumerate(channels)
    ]
    tasks = [asyncio.create_task(app.run_async()) for app in apps]
    await until(lambda: all(_connected(ui_lang) in c.data for c in channels))

    def broken() -> None:
        raise RuntimeError("a bug in one view")

    apps[0].call_later(broken)
    await asyncio.wait_for(tasks[0], 10)
    assert "a bug in one view" in apps[0].error_console.file.getvalue()  # type: ignore[attr-defined]
    assert channels[0].data.endswith(RESTORE_SEQUENCES.encode())
    before = len(channels[1].data)
    live.set_note("1.1", "fortsatt her")
    await until(lambda: len(channels[1].data) > before)
    assert not tasks[1].done()
    apps[1].exit()
    await asyncio.wait_for(tasks[1], 10)
    out, err = capfd.readouterr()
    assert "a bug in one view" not in out + err


async def test_a_viewer_cannot_open_other_years_or_write_files(live: LiveSession, ui_lang: Language) -> None:
    """F6/F7 read the council's other session files and F9 writes one: host matters."""
    from politirad.tui.app import PolitiradApp
    from politirad.tui.screens.main import MainScreen

    presence = Presence()
    viewer = PolitiradApp(
        ReadOnlyView(live),
        lang=ui_lang,
        read_only=True,
        seat=Seat(presence, presence.join("Ola", Role.VIEWER), leads=False, follows=True),
    )
    before = sorted(live.path.parent.iterdir())
    async with viewer.run_test(size=(100, 30)) as pilot:
        for key in ("f6", "f7", "f9"):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(viewer.screen, MainScreen), key
    assert sorted(live.path.parent.iterdir()) == before
