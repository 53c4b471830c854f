"""A shared meeting: the facilitator's app in the local terminal and the SSH server,
in one process and on one event loop, on one live session.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
import threading
from dataclasses import dataclass
from functools import partial

import asyncssh
import textual.constants
from textual.app import App

from politirad.sessions.live.journal import Recovery
from politirad.sessions.live.session import LiveSession
from politirad.sessions.live.presence import Presence, Role, Seat
from politirad.tui.i18n import tr
from politirad.tui.ssh.keys import KeyRing
from politirad.tui.ssh.priority import host_app
from politirad.tui.ssh.server import ServerSettings, ShareServer

COLOUR_ENV = "TEXTUAL_COLOR_SYSTEM"
DEFAULT_COLOURS = "256"
"""Textual caches rendered lines process-wide (Strip.blank is an lru_cache holding its
rendered escape codes), so every app in the process must use the same colour system.
256 colours show correctly on 256-colour and truecolor terminals alike; set
TEXTUAL_COLOR_SYSTEM=truecolor when every participant's terminal has truecolor."""


def choose_colour_system() -> str:
    """Fix the colour system once for the process, before any app exists."""
    chosen = os.environ.get(COLOUR_ENV) or DEFAULT_COLOURS
    textual.constants.COLOR_SYSTEM = chosen  # type: ignore[misc] - read by every App()
    return chosen


HANGUP_GRACE = 5.0
"""Seconds a signalled server has to end its apps before it exits regardless."""


def _stop_on_signal(app: App[int], live: LiveSession) -> None:
    """SIGTERM or SIGHUP (the facilitator's terminal window closed): save at once, then
    end every app so each participant gets their terminal back.

    Ending can hang: with the facilitator's terminal gone, Textual's output thread may
    never take the last writes, and its shutdown waits for it for ever (seen in the
    tests). So the work is saved first, and a watchdog ends the process after
    `HANGUP_GRACE` seconds if the apps have not; the lock it leaves names a dead
    process, which the next open takes over, and the next `serve` removes the invite.
    """
    live.save()
    live.flush_journal()
    app.exit()
    watchdog = threading.Timer(HANGUP_GRACE, os._exit, args=(0,))
    watchdog.daemon = True
    watchdog.start()


def join_command(host: str, port: int) -> str:
    """What a participant types; a wildcard address is shown as this machine's name."""
    shown = socket.gethostname() if host in ("0.0.0.0", "::", "") else host
    if ":" in shown:
        shown = f"[{shown}]"
    return f"ssh {shown}" if port == 22 else f"ssh -p {port} {shown}"


@dataclass(frozen=True, slots=True)
class MeetingSetup:
    """Everything the shared meeting needs, prepared (and validated) by the CLI."""

    live: LiveSession
    keys: KeyRing
    host_key: asyncssh.SSHKey
    settings: ServerSettings
    banner: list[str]
    """Lines printed before the TUI starts (keys, invite); the address line is added here."""
    new_host_key: bool = False
    recovery: Recovery | None = None
    """Unsaved work a crash left in the journal, offered to the facilitator on start."""


async def run_meeting(setup: MeetingSetup) -> int:
    """Serve until the facilitator quits; then end every viewer's session and return."""
    lang = setup.settings.lang
    presence = Presence()
    server = ShareServer(setup.live, setup.keys, presence, setup.host_key, setup.settings)
    await server.start()
    hint = join_command(setup.settings.host, server.port)
    fingerprint = setup.host_key.get_fingerprint()
    path = setup.live.path
    print(tr(lang, "serve.sharing", file=path.name if path else "-", address=f"{setup.settings.host}:{server.port}"))
    print(tr(lang, "serve.fingerprint", fingerprint=fingerprint, new=tr(lang, "serve.new_key") if setup.new_host_key else ""))
    for line in setup.banner:
        print(line.replace("{command}", hint))
    print(tr(lang, "serve.join", command=hint), flush=True)

    member = presence.join(tr(lang, "share.facilitator"), Role.FACILITATOR)
    seat = Seat(
        presence,
        member,
        leads=True,
        follows=False,
        join_hint=hint,
        welcome=tr(lang, "share.welcome_host", command=hint, fingerprint=fingerprint),
    )
    # the viewers' frame of a key goes out before the facilitator's own (priority.py)
    app = host_app(server.groups.gate, setup.live, lang=lang, seat=seat, recovery=setup.recovery)
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGHUP):
        loop.add_signal_handler(signum, partial(_stop_on_signal, app, setup.live))
    try:
        result = await app.run_async()
    finally:
        for signum in (signal.SIGTERM, signal.SIGHUP):
            loop.remove_signal_handler(signum)
        await server.stop()
        # Apps redirect sys.stdout/stderr while they run and restore them in the order they
        # started, which is not the order they end when several share the process.
        sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
    print(tr(lang, "serve.stopped"))
    return result or 0
