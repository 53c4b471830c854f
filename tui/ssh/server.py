"""The SSH server: one Textual app per SSH channel, all on the facilitator's event loop.

Every connection authenticates with a public key from the key ring; the key decides
the role. A connection gets one PTY session and nothing else: exec, subsystems (sftp),
port forwarding, agent and X11 forwarding are refused. Each session runs its own
`PolitiradApp` on the shared live session through `SSHDriver`; whatever happens to one
session (disconnect, crash, slow link) ends that session only.

Connection hygiene (issue 13): a connection that has not authenticated within
`login_timeout` is dropped, and such connections have their own small cap, in total and
per source address; when a new one arrives over a cap, an older unauthenticated one is
dropped instead of the newcomer (first those that have not even sent their SSH version,
as a real client does at once), so idle or slow sockets can neither refuse a real
participant nor hold a slot for long. Only authenticated connections count against
`max_viewers`. An authenticated connection must open its terminal session within
`login_timeout` too (`ssh -N` holds nothing), and `idle_timeout` applies to every one.
"""

from __future__ import annotations

import asyncio
import gc
import io
import logging
import os
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, cast

import asyncssh
from rich.console import Console

from politirad.sessions.errors import SessionError
from politirad.sessions.storage.atomic import FILE_MODE
from politirad.sessions.live.view import ReadOnlyView
from politirad.sessions.live.session import LiveSession
from politirad.sessions.live.presence import Member, Presence, Role, Seat
from politirad.tui.i18n import tr
from politirad.tui.ssh.driver import (
    EDITOR_BUDGET,
    VIEWER_BUDGET,
    ChannelTerminal,
    SSHDriver,
    clamp_size,
)
from politirad.tui.ssh.groups import ViewerGroups
from politirad.tui.ssh.keys import AuthorizedKey, KeyRing

if TYPE_CHECKING:
    from politirad.tui.app import PolitiradApp

log = logging.getLogger("politirad.ssh")

LOG_ENV = "POLITIRAD_SSH_LOG"
"""Path of a debug log for the server (off by default; may hold notes from tracebacks)."""

CONNECTION_HEADROOM = 8
"""Authenticated connections beyond the viewer cap (they are told the meeting is full)."""

MAX_UNAUTHENTICATED = 32
"""Connections still authenticating at once; a newcomer over it pushes out an older one."""

MAX_UNAUTHENTICATED_PER_SOURCE = 8
"""The same, per source address: one machine cannot take every authenticating slot."""


class ShareError(SessionError):
    """The server cannot start (port taken, bad address)."""


@dataclass(frozen=True, slots=True)
class ServerSettings:
    host: str = "127.0.0.1"
    port: int = 2222
    max_viewers: int = 20
    idle_timeout: float = 120 * 60.0
    """Seconds without a key press or mouse event before a session is closed; 0 = never."""
    login_timeout: float = 10.0
    """Seconds to authenticate, and then to open the terminal session (key auth on a
    LAN takes well under a second; OpenSSH's own client gives up after its own)."""
    keepalive: float = 30.0
    lang: str = "nb"


class HeapKeeper:
    """Keeps Python's cycle collector off the long-lived objects of running apps.

    Twenty apps hold millions of objects; a full collection walks all of them and
    stalls every view for a few hundred milliseconds, several times a minute while
    someone types. Shortly after anyone joins or leaves we collect once and freeze
    what is left (gc.freeze), so later collections only walk new objects. After a
    leave the heap is unfrozen first, so a departed viewer's app, full of reference
    cycles, can be collected; after joins alone only what is new since the last
    freeze is walked: a full walk stalled every view for 77-98 ms, two seconds after
    each join, in the middle of someone's typing (issue 16, profiled at 20 viewers).
    """

    SETTLE = 2.0
    """Seconds after a join or leave: a new app has drawn its first screen by then."""

    def __init__(self) -> None:
        self._handle: asyncio.TimerHandle | None = None
        self._left = False
        """Someone left since the last settle: its app's cycles are in the frozen heap."""

    def changed(self, *, left: bool = False) -> None:
        self._left = self._left or left
        if self._handle is not None:
            self._handle.cancel()
        self._handle = asyncio.get_running_loop().call_later(self.SETTLE, self.settle)

    def settle(self) -> None:
        self._handle = None
        if self._left:
            gc.unfreeze()
            self._left = False
        gc.collect()
        gc.freeze()

    def close(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        gc.unfreeze()


class ShareServer:
    """Listens for SSH clients and runs a view of `live` for each one."""

    def __init__(
        self,
        live: LiveSession,
        keys: KeyRing,
        presence: Presence,
        host_key: asyncssh.SSHKey,
        settings: ServerSettings,
    ) -> None:
        self.live = live
        self.keys = keys
        self.presence = presence
        self.host_key = host_key
        self.settings = settings
        self.port = settings.port
        self.sessions: set[ViewerSession] = set()
        self.connections: set[asyncssh.SSHServerConnection] = set()
        self.unauthenticated: dict[asyncssh.SSHServerConnection, str] = {}
        """Connections still authenticating, oldest first, with their source address."""
        self._acceptor: asyncssh.SSHAcceptor | None = None
        self.heap = HeapKeeper()
        self.groups = ViewerGroups(self.make_app, settings.lang)
        """Viewers who follow at one size share one rendering app (tui/ssh/groups.py)."""
        self._unsubscribe_gate = live.subscribe(self.groups.gate.changed)
        """A typist's echo waits for the groups' frame of its change (tui/ssh/priority.py)."""

    def t(self, key: str, **values: object) -> str:
        return tr(self.settings.lang, key, **values)

    async def start(self) -> None:
        _configure_logging()
        s = self.settings
        try:
            self._acceptor = await asyncssh.listen(
                s.host,
                s.port,
                server_factory=partial(_Connection, self),
                server_host_keys=[self.host_key],
                encoding=None,
                line_editor=False,
                agent_forwarding=False,
                x11_forwarding=False,
                allow_scp=False,
                public_key_auth=True,
                password_auth=False,
                kbdint_auth=False,
                host_based_auth=False,
                gss_host=None,
                login_timeout=s.login_timeout,
                keepalive_interval=s.keepalive,
                keepalive_count_max=3,
                reuse_address=True,
            )
        except OSError as exc:
            raise ShareError("error.cannot_listen", host=s.host, port=s.port, reason=exc.strerror or exc) from None
        self.port = self._acceptor.get_port()

    async def stop(self, timeout: float = 5.0) -> None:
        """End every session (restoring each client's terminal), then stop listening."""
        if self._acceptor is None:
            return
        acceptor, self._acceptor = self._acceptor, None
        acceptor.close()  # no new connections from here on
        sessions = list(self.sessions)
        for session in sessions:
            session.end(self.t("ssh.reason.stopped"))
        waits = [s.done for s in sessions]
        if waits:
            await asyncio.wait(waits, timeout=timeout)
        # Clients hang up once their session channel has closed; waiting for that lets
        # the last bytes (terminal restore, goodbye) arrive instead of being cut off.
        closing = [asyncio.ensure_future(conn.wait_closed()) for conn in self.connections]
        if closing:
            await asyncio.wait(closing, timeout=timeout / 2)
        for conn in list(self.connections):
            conn.close()
        await acceptor.wait_closed()
        self.heap.close()
        self._unsubscribe_gate()
        self.groups.gate.release_all()

    def make_app(self, entry: AuthorizedKey, member: Member, terminal: ChannelTerminal) -> PolitiradApp:
        """A view for one client: the same app class as the facilitator's, on the same session."""
        from politirad.tui.app import PolitiradApp

        can_edit = entry.role.can_edit
        live = self.live if can_edit else ReadOnlyView(self.live)
        seat = Seat(
            self.presence,
            member,
            leads=False,
            follows=not can_edit,
            welcome=self.t("share.welcome_co" if can_edit else "share.welcome_viewer"),
        )
        app = PolitiradApp(live, lang=self.settings.lang, read_only=not can_edit, seat=seat)
        if not can_edit:
            # A viewer has nothing to command, and the palette's input searches on every
            # character typed into it: it is the cheapest way to burden the shared loop.
            app.use_command_palette = False
        gate = self.groups.gate if can_edit else None  # a typist's frame follows the viewers'
        app.driver_class = cast(type[SSHDriver], partial(SSHDriver, terminal=terminal, gate=gate))
        # A failing view must never print its traceback on the facilitator's terminal.
        app.error_console = Console(file=io.StringIO(), markup=False, highlight=False)
        return app


class _Connection(asyncssh.SSHServer):
    """One client connection: public-key auth against the key ring, one PTY session."""

    def __init__(self, server: ShareServer) -> None:
        self._server = server
        self._conn: asyncssh.SSHServerConnection | None = None
        self._entry: AuthorizedKey | None = None
        self._session: ViewerSession | None = None

    def connection_made(self, conn: asyncssh.SSHServerConnection) -> None:
        self._conn = conn
        server = self._server
        server.connections.add(conn)
        peer = conn.get_extra_info("peername")
        source = str(peer[0]) if peer else ""
        waiting = server.unauthenticated
        same_source = [c for c, s in waiting.items() if s == source]
        if len(same_source) >= MAX_UNAUTHENTICATED_PER_SOURCE:
            _drop(_least_advanced(same_source), waiting)
        elif len(waiting) >= MAX_UNAUTHENTICATED:
            _drop(_least_advanced(list(waiting)), waiting)
        waiting[conn] = source

    def auth_completed(self) -> None:
        """Authenticated: counts against the viewer cap now, and must open its session."""
        server, conn = self._server, self._conn
        if conn is None:
            return
        server.unauthenticated.pop(conn, None)
        authenticated = len(server.connections) - len(server.unauthenticated)
        loop = asyncio.get_running_loop()
        if authenticated > server.settings.max_viewers + CONNECTION_HEADROOM:
            loop.call_soon(conn.disconnect, asyncssh.DISC_TOO_MANY_CONNECTIONS, "too many connections")
            return
        loop.call_later(server.settings.login_timeout, self._check_session_opened)

    def _check_session_opened(self) -> None:
        """A connection that authenticated but opened no terminal (`ssh -N`) goes."""
        if self._session is None and self._conn is not None and self._conn in self._server.connections:
            self._conn.disconnect(asyncssh.DISC_BY_APPLICATION, "no terminal session opened")

    def connection_lost(self, exc: Exception | None) -> None:
        if self._conn is not None:
            self._server.connections.discard(self._conn)
            self._server.unauthenticated.pop(self._conn, None)

    def begin_auth(self, username: str) -> bool:
        return True  # always authenticate; the user name is never trusted for anything

    def password_auth_supported(self) -> bool:
        return False

    def kbdint_auth_supported(self) -> bool:
        return False

    def host_based_auth_supported(self) -> bool:
        return False

    def public_key_auth_supported(self) -> bool:
        return True

    def validate_public_key(self, username: str, key: asyncssh.SSHKey) -> bool:
        """The last key validated is the one whose signature completes authentication."""
        self._entry = self._server.keys.find(key)
        return self._entry is not None

    def session_requested(self) -> ViewerSession | bool:
        if self._entry is None or self._session is not None or self._conn is None:
            return False  # one session per connection (no multiplexed extra channels)
        self._session = ViewerSession(self._server, self._entry, self._conn)
        return self._session

    def connection_requested(self, dest_host: str, dest_port: int, orig_host: str, orig_port: int) -> bool:
        raise asyncssh.ChannelOpenError(asyncssh.OPEN_ADMINISTRATIVELY_PROHIBITED, "port forwarding is not allowed")

    def server_requested(self, listen_host: str, listen_port: int) -> bool:
        return False

    def unix_connection_requested(self, dest_path: str) -> bool:
        raise asyncssh.ChannelOpenError(asyncssh.OPEN_ADMINISTRATIVELY_PROHIBITED, "forwarding is not allowed")

    def unix_server_requested(self, listen_path: str) -> bool:
        return False


def _least_advanced(oldest_first: list[asyncssh.SSHServerConnection]) -> asyncssh.SSHServerConnection:
    """The oldest connection that has not sent its SSH version, else the oldest.

    A real client sends its version the moment it connects; a socket that sent nothing
    is the first to go, so re-opening idle sockets only ever pushes out idle sockets."""
    silent = (c for c in oldest_first if not c.get_extra_info("client_version"))
    return next(silent, oldest_first[0])


def _drop(conn: asyncssh.SSHServerConnection, waiting: dict[asyncssh.SSHServerConnection, str]) -> None:
    """Push out an unauthenticated connection to make room for a newer one."""
    waiting.pop(conn, None)
    asyncio.get_running_loop().call_soon(
        conn.disconnect, asyncssh.DISC_TOO_MANY_CONNECTIONS, "too many unauthenticated connections"
    )


class ViewerSession(asyncssh.SSHServerSession):  # type: ignore[type-arg]
    """One client terminal: runs its app until the client leaves, idles out or falls behind."""

    def __init__(self, server: ShareServer, entry: AuthorizedKey, conn: asyncssh.SSHServerConnection) -> None:
        self._server = server
        self._entry = entry
        self._conn = conn
        self._chan: asyncssh.SSHServerChannel | None = None  # type: ignore[type-arg]
        self._size = (80, 24)
        self._pty = False
        self._terminal: ChannelTerminal | None = None
        self._app: PolitiradApp | None = None
        self._reason: str | None = None
        self._idle_handle: asyncio.TimerHandle | None = None
        self._untold_drop = False
        """Input was dropped while this view had no app of its own (watching in a group)."""
        self._loop = asyncio.get_running_loop()
        self._last_input = self._loop.time()
        self.done: asyncio.Future[None] = self._loop.create_future()

    # -- asyncssh callbacks -----------------------------------------------------------------

    def connection_made(self, chan: asyncssh.SSHServerChannel) -> None:  # type: ignore[type-arg]
        self._chan = chan

    def pty_requested(self, term_type: str, term_size: tuple[int, int, int, int], term_modes: object) -> bool:
        self._pty = True
        self._size = clamp_size(term_size[0] or 80, term_size[1] or 24)
        return True

    def shell_requested(self) -> bool:
        return self._pty  # PTY sessions only: `ssh -T` gets "shell request failed"

    def exec_requested(self, command: str) -> bool:
        return False

    def subsystem_requested(self, subsystem: str) -> bool:
        return False

    def session_started(self) -> None:
        self._server.sessions.add(self)
        self._loop.create_task(self._run())

    def data_received(self, data: bytes, datatype: int | None) -> None:
        self._last_input = self._loop.time()
        if self._terminal is not None:
            self._terminal.feed(data)

    def terminal_size_changed(self, width: int, height: int, pixwidth: int, pixheight: int) -> None:
        self._size = clamp_size(width or 80, height or 24)
        if self._terminal is not None:
            self._terminal.resize(*self._size)

    def eof_received(self) -> bool:
        self.end(None)
        return False

    def break_received(self, msec: int) -> bool:
        return True  # ignored

    def signal_received(self, signal: str) -> None:
        """Signals from the client are ignored; Ctrl+Q leaves."""

    def connection_lost(self, exc: Exception | None) -> None:
        if self._terminal is not None:
            self._terminal.closed = True
        self.end(None)

    # -- running the app ----------------------------------------------------------------------

    def end(self, reason: str | None) -> None:
        """Ask the app to exit (it restores the client's terminal on the way out)."""
        if self._reason is None:
            self._reason = reason
        if self._app is not None:
            self._app.exit(0)
        else:
            self._server.groups.ended(self)

    async def _run(self) -> None:
        server, chan = self._server, self._chan
        assert chan is not None
        terminal = self._terminal = ChannelTerminal(
            chan,
            self._size,
            on_overflow=lambda: self.end(server.t("ssh.reason.slow")),
            budget=EDITOR_BUDGET if self._entry.role.can_edit else VIEWER_BUDGET,
            on_input_dropped=self._input_dropped,
        )
        try:
            if server.presence.count(Role.VIEWER, Role.CO_FACILITATOR) >= server.settings.max_viewers:
                self._goodbye(server.t("ssh.full", max=server.settings.max_viewers) + "\r\n", 1)
                return
            member = server.presence.join(self._entry.name, self._entry.role)
            server.heap.changed()
            try:
                # a following viewer watches in a group until it acts (issue 16)
                self._schedule_idle_check()  # a viewer watching in a group idles out too
                app = await server.groups.watch(self, self._entry, member, terminal)
                crashed = await self._run_app(app) if app is not None else False
            finally:
                server.presence.leave(member.id, self._reason)
                server.heap.changed(left=True)
            if crashed and self._reason is None:
                self._reason = server.t("ssh.reason.crashed")
            bye = server.t("ssh.bye", reason=self._reason) + "\r\n" if self._reason else ""
            self._goodbye(bye, 1 if crashed else 0)
        finally:
            if self._idle_handle is not None:
                self._idle_handle.cancel()
            server.sessions.discard(self)
            if not self.done.done():
                self.done.set_result(None)

    async def _run_app(self, app: PolitiradApp) -> bool:
        """Run until exit; True if the app failed (its error text stays off every screen)."""
        self._app = app
        if self._reason is not None:  # ended while starting
            app.exit(0)
        if self._untold_drop:  # input was dropped before this view had an app
            self._loop.call_later(1.0, self._input_dropped)
        if self._idle_handle is None:  # else scheduled while it watched in a group
            self._schedule_idle_check()
        try:
            await app.run_async()
        except Exception:  # noqa: BLE001 - a failing view ends its own session only
            log.exception("view for %s failed", self._entry.fingerprint)
            return True
        finally:
            self._app = None
            unsubscribe = getattr(app, "_unsubscribe", None)
            if callable(unsubscribe):
                unsubscribe()  # an app that never mounted still holds its live subscription
        errors = cast(io.StringIO, app.error_console.file).getvalue()
        if errors and os.environ.get(LOG_ENV):
            log.error("view for %s failed:\n%s", self._entry.fingerprint, errors)
        return bool(errors)

    def _input_dropped(self) -> None:
        """Told once: more input arrived than this view takes, and the rest was ignored.

        A viewer watching in a group has no app of its own yet (its input is what gives
        it one, tui/ssh/groups.py): it is told as soon as that app is up."""
        if self._app is None:
            self._untold_drop = True
            return
        self._untold_drop = False
        self._app.notify(self._server.t("ssh.input_dropped"), severity="warning", timeout=8)

    def _goodbye(self, text: str, status: int) -> None:
        if self._terminal is not None and text:
            self._terminal.write_final(text.encode("utf-8"))
        if self._chan is not None:
            try:
                self._chan.exit(status)
            except (OSError, asyncssh.Error):
                pass

    def _schedule_idle_check(self) -> None:
        limit = self._server.settings.idle_timeout
        if limit > 0:
            self._idle_handle = self._loop.call_later(min(limit, 60.0), self._check_idle)

    def _check_idle(self) -> None:
        limit = self._server.settings.idle_timeout
        if self._loop.time() - self._last_input >= limit:
            self.end(self._server.t("ssh.reason.idle", minutes=max(1, round(limit / 60))))
        else:
            self._schedule_idle_check()


def _configure_logging() -> None:
    """Server logs never reach the facilitator's screen; a file only when asked for."""
    for name in ("asyncssh", "politirad.ssh"):
        logger = logging.getLogger(name)
        logger.propagate = False
        if not logger.handlers:
            path = os.environ.get(LOG_ENV)
            handler: logging.Handler = _private_log(path) if path else logging.NullHandler()
            handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
            logger.addHandler(handler)
            logger.setLevel(logging.INFO if path else logging.WARNING)


def _private_log(path: str) -> logging.Handler:
    """The debug log may hold notes (from tracebacks): created 0600, like session files,
    and an existing one made 0600 before anything is appended."""
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, FILE_MODE)
    try:
        os.fchmod(fd, FILE_MODE)
    finally:
        os.close(fd)
    return logging.FileHandler(path)
