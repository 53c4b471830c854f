"""`politirad serve` end to end: the real program in tmux, real OpenSSH clients beside it.

One meeting for the whole module (a facilitator, two viewers, a co-facilitator, a cap of
three) keeps the
time down; the tests run in file order and each leaves the meeting as the next expects.
Every wait polls the screen with a deadline, so a loaded CI machine only makes it slower.
"""

from __future__ import annotations

import os
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from politirad.models.factory import new_session
from politirad.sessions.storage import store

pytestmark = [
    pytest.mark.ssh,
    pytest.mark.skipif(
        not all(shutil.which(tool) for tool in ("tmux", "ssh", "ssh-keygen", "sftp")),
        reason="needs tmux and the OpenSSH client",
    ),
]

PROGRAM = [sys.executable, "-c", "from politirad.tui.cli.main import run; run()"]
SECRET_TYPING = "Innspill fra Lillevik"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def keygen(path: Path, comment: str) -> Path:
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", comment, "-f", str(path)], check=True)
    return path


class Windows:
    """A private tmux server; each window runs one program at its own size."""

    def __init__(self, folder: Path, log: Path | None = None) -> None:
        self.socket = str(folder / f"tmux-{uuid.uuid4().hex[:6]}")
        self.log = log
        """The server's debug log, shown when a wait fails (CI has nothing else)."""

    def tmux(self, *args: str) -> str:
        done = subprocess.run(["tmux", "-S", self.socket, *args], capture_output=True, text=True)
        return done.stdout

    def open(self, name: str, command: list[str], env: dict[str, str], size: tuple[int, int] = (120, 36)) -> None:
        exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
        line = f"env -u COLUMNS -u LINES TERM=xterm-256color {exports} {shlex.join(command)}; echo EXITED $?; sleep 600"
        if not Path(self.socket).exists():
            self.tmux("-f", "/dev/null", "new-session", "-d", "-s", "m", "-n", name,
                      "-x", str(size[0]), "-y", str(size[1]), line)
        else:
            self.tmux("new-window", "-d", "-t", "m", "-n", name, line)
            self.tmux("resize-window", "-t", f"m:{name}", "-x", str(size[0]), "-y", str(size[1]))

    def screen(self, name: str) -> str:
        return self.tmux("capture-pane", "-p", "-t", f"m:{name}")

    def keys(self, name: str, *keys: str, literal: bool = False) -> None:
        self.tmux("send-keys", "-t", f"m:{name}", *(["-l"] if literal else []), *keys)

    def wait(self, name: str, check: str | Callable[[str], bool], timeout: float = 45.0) -> str:
        test = (lambda screen: check in screen) if isinstance(check, str) else check
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen(name)
            if test(screen):
                return screen
            time.sleep(0.1)
        log = self.log.read_text(errors="replace").splitlines()[-25:] if self.log and self.log.exists() else []
        raise AssertionError(
            f"{name}: timed out waiting for {check!r}; screen:\n{screen}\nserver log:\n" + "\n".join(log)
        )

    def child_pid(self, name: str, program: str) -> int:
        """The pane shell's child running `program` (read from /proc: no procps needed)."""
        shell = int(self.tmux("display-message", "-p", "-t", f"m:{name}", "#{pane_pid}").strip())
        for entry in Path("/proc").iterdir():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            command, rest = stat.split("(", 1)[1].rsplit(")", 1)
            if int(rest.split()[1]) == shell and command == program:
                return int(entry.name)
        raise AssertionError(f"no {program} under the {name} window")

    def _programs(self) -> list[int]:
        """The processes the panes' shells started (the server, the ssh clients)."""
        shells = {int(pid) for pid in self.tmux("list-panes", "-a", "-F", "#{pane_pid}").split()}
        found = []
        for entry in Path("/proc").iterdir():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            if parent in shells:
                found.append(int(entry.name))
        return found

    def close(self) -> None:
        """Close every window as a person closes a terminal; each program must end by
        itself (a `serve` left running after its terminal closed would hold the session)."""
        programs = self._programs()
        self.tmux("kill-server")
        deadline = time.monotonic() + 20
        alive = programs
        while alive and time.monotonic() < deadline:
            time.sleep(0.2)
            alive = [pid for pid in alive if Path(f"/proc/{pid}").exists()
                     and " Z " not in Path(f"/proc/{pid}/stat").read_text(errors="replace")]
        for pid in alive:
            os.kill(pid, signal.SIGKILL)
        assert not alive, f"still running after their terminal closed: {alive}"


def goto(w: Windows, name: str, question: str) -> None:
    """Ctrl+G and an id: into that question's note, wherever the tree cursor is."""
    w.keys(name, "C-g")
    w.wait(name, "Gå til spørsmål")
    w.keys(name, question, literal=True)
    w.keys(name, "Enter")


@dataclass
class Meeting:
    windows: Windows
    port: int
    folder: Path
    session: Path
    env: dict[str, str]

    def ssh_args(self, key: str, *extra: str) -> list[str]:
        return [
            "ssh", "-p", str(self.port), "-i", str(self.folder / key),
            "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
            "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes", "-o", "LogLevel=ERROR",
            "-o", "ConnectTimeout=30",
            "-F", "/dev/null", *extra,
        ]

    def join(self, name: str, key: str, size: tuple[int, int] = (100, 30)) -> None:
        self.windows.open(name, [*self.ssh_args(key, "-tt"), "127.0.0.1"], {}, size)

    def saved_text(self) -> str:
        return self.session.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def meeting(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Meeting]:
    folder = tmp_path_factory.mktemp("ssh")
    keygen(folder / "ola", "Ola Nordmann")
    keygen(folder / "kari", "Kari")
    keygen(folder / "per", "Per")
    keygen(folder / "stranger", "Ukjent")
    (folder / "authorized_keys").write_text(
        (folder / "ola.pub").read_text()
        + (folder / "kari.pub").read_text()
        + "politirad-role=co-facilitator " + (folder / "per.pub").read_text(),
        encoding="utf-8",
    )
    session = folder / "2026-11-24-lillevik.toml"
    store.save(new_session(__import__("datetime").date(2026, 11, 24), "Politirådet i Lillevik"), session)
    port = free_port()
    env = {"POLITIRAD_HOME": str(folder / "home"), "POLITIRAD_SSH_LOG": str(folder / "server.log")}
    windows = Windows(folder, folder / "server.log")
    command = [
        *PROGRAM, "serve", str(session), "--port", str(port), "--max-viewers", "3",
        "--authorized-keys", str(folder / "authorized_keys"), "--host-key", str(folder / "host_key"),
    ]
    windows.open("host", command, env, (120, 36))
    try:
        windows.wait("host", "Tilkoblet 1")
        yield Meeting(windows, port, folder, session, env)
    finally:
        windows.close()


def test_two_viewers_watch_the_facilitator_type(meeting: Meeting) -> None:
    w = meeting.windows
    meeting.join("ola", "ola")
    meeting.join("kari", "kari", size=(110, 32))
    w.wait("host", "Tilkoblet 3")
    for viewer in ("ola", "kari"):
        w.wait(viewer, "skrivebeskyttet")
    w.keys("host", "Down", "Enter")  # 1.2, into its note
    w.wait("host", "1.2  Nevn eksempler")
    w.keys("host", SECRET_TYPING, literal=True)
    for viewer in ("ola", "kari"):
        screen = w.wait(viewer, SECRET_TYPING)
        assert "1.2  Nevn eksempler" in screen  # viewers follow the facilitator's question
    # autosave keeps working while viewers watch
    deadline = time.monotonic() + 15
    while SECRET_TYPING not in meeting.saved_text() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert SECRET_TYPING in meeting.saved_text()


def test_a_viewers_keys_change_nothing(meeting: Meeting) -> None:
    w = meeting.windows
    w.keys("ola", "Enter")  # into the (read-only) note
    w.keys("ola", "INNTRENGER", literal=True)
    w.wait("ola", "bare fasilitatoren kan skrive")
    w.keys("ola", "C-t")  # confidential toggle
    w.keys("ola", "Tab")
    w.keys("ola", "a")  # new action item
    w.wait("ola", "bare fasilitatoren kan skrive")
    time.sleep(0.5)
    for name in ("host", "ola", "kari"):
        assert "INNTRENGER" not in w.screen(name)
        assert "🔒" not in w.screen(name)
    assert "INNTRENGER" not in meeting.saved_text()
    assert "confidential = true" not in meeting.saved_text()


def test_esc_arrows_and_mouse_from_the_client(meeting: Meeting) -> None:
    w = meeting.windows
    w.keys("kari", "f")  # stop following: browse freely
    w.wait("kari", "Blar fritt")
    w.keys("kari", "F1")
    w.wait("kari", "Esc eller F1 lukker")
    w.keys("kari", "Escape")  # a lone Esc closes the help
    w.wait("kari", lambda s: "Esc eller F1 lukker" not in s)
    w.keys("kari", "Down", "Down")  # arrows move this viewer only
    w.wait("kari", "1.4  Hvordan")
    assert "1.2  Nevn eksempler" in w.screen("host")
    screen = w.screen("kari")
    row = next(i for i, line in enumerate(screen.splitlines()) if "1.6 Er det" in line)
    w.keys("kari", f"\x1b[<0;12;{row + 1}M\x1b[<0;12;{row + 1}m", literal=True)  # click on 1.6
    w.wait("kari", "1.6  Er det noe")
    w.keys("kari", "f")  # follow again: back to the facilitator's question
    w.wait("kari", "1.2  Nevn eksempler")


def test_resize_from_the_client(meeting: Meeting) -> None:
    w = meeting.windows
    w.tmux("resize-window", "-t", "m:kari", "-x", "84", "-y", "26")

    def fits(screen: str) -> bool:
        lines = screen.splitlines()
        top = [line.rstrip() for line in lines if line.startswith("╭─ Spørsmål")]
        return bool(top) and len(top[0]) == 84 and "Tilkoblet" in lines[24]

    w.wait("kari", fits)


def test_a_co_facilitator_key_may_write(meeting: Meeting) -> None:
    w = meeting.windows
    meeting.join("per", "per")
    w.wait("host", "Per (medfasilitator)")
    screen = w.wait("per", "Tilkoblet 4")
    assert "skrivebeskyttet" not in screen
    goto(w, "per", "1.3")  # a co-facilitator moves on their own
    w.wait("per", "1.3  Hvilke forbedringer")
    w.keys("per", "Notat fra Per", literal=True)
    w.wait("per", "Notat fra Per")
    goto(w, "host", "1.3")  # the facilitator goes to 1.3: the note is there
    w.wait("host", "Notat fra Per")
    goto(w, "host", "1.2")  # and back into 1.2 for the tests that follow
    w.wait("host", "1.2  Nevn eksempler")

def test_one_connection_over_the_cap_is_refused(meeting: Meeting) -> None:
    meeting.join("fifth", "ola")
    meeting.windows.wait("fifth", "Møtet er fullt")
    meeting.windows.wait("fifth", "EXITED")
    assert "Tilkoblet 4" in meeting.windows.screen("host")


def test_unknown_key_is_refused(meeting: Meeting) -> None:
    done = subprocess.run(
        [*meeting.ssh_args("stranger"), "127.0.0.1", "true"], capture_output=True, text=True, timeout=30
    )
    assert done.returncode == 255
    assert "Permission denied (publickey)" in done.stderr


def test_exec_and_sftp_are_refused(meeting: Meeting) -> None:
    done = subprocess.run(
        [*meeting.ssh_args("ola"), "127.0.0.1", "echo", "inne"], capture_output=True, text=True, timeout=30
    )
    assert done.returncode != 0 and "inne" not in done.stdout
    sftp = subprocess.run(
        ["sftp", "-P", str(meeting.port), *meeting.ssh_args("ola")[3:], "127.0.0.1"],
        input="ls\n", capture_output=True, text=True, timeout=30,
    )
    assert sftp.returncode != 0
    assert "subsystem request failed" in sftp.stderr or "Connection closed" in sftp.stderr


def test_port_forwarding_is_refused(meeting: Meeting) -> None:
    accepted: list[object] = []
    target = socket.socket()
    target.bind(("127.0.0.1", 0))
    target.listen()
    target.settimeout(0.2)
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                accepted.append(target.accept()[0])
            except OSError:
                pass

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    local = free_port()
    tunnel = subprocess.Popen(
        [*meeting.ssh_args("ola", "-N", "-L", f"{local}:127.0.0.1:{target.getsockname()[1]}"), "127.0.0.1"],
        stderr=subprocess.PIPE, text=True,
    )
    try:
        received = b"?"
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:  # -L: the client listens; each connection is refused
            try:
                with socket.create_connection(("127.0.0.1", local), timeout=5) as conn:
                    received = conn.recv(10)
                break
            except ConnectionRefusedError:
                time.sleep(0.2)
        assert received == b""
        remote = subprocess.run(
            [*meeting.ssh_args("ola", "-N", "-o", "ExitOnForwardFailure=yes", "-R", f"0:127.0.0.1:{target.getsockname()[1]}"),
             "127.0.0.1"],
            capture_output=True, text=True, timeout=30,
        )
        assert remote.returncode != 0
        assert "forwarding failed" in remote.stderr
        assert accepted == []
    finally:
        tunnel.kill()
        tunnel.wait()
        stop.set()
        thread.join()
        target.close()


def test_killing_one_viewer_leaves_the_others_working(meeting: Meeting) -> None:
    w = meeting.windows
    os.kill(w.child_pid("ola", "ssh"), signal.SIGKILL)
    w.wait("host", "Tilkoblet 3")
    w.keys("host", " og mer", literal=True)
    w.wait("kari", SECRET_TYPING + " og mer")
    w.wait("host", SECRET_TYPING + " og mer")


def test_stopping_the_server_restores_every_client(meeting: Meeting) -> None:
    w = meeting.windows
    w.keys("host", "C-q")
    screen = w.wait("kari", "EXITED")
    assert "frakoblet (fasilitatoren avsluttet delingen)" in screen
    assert "Tilkoblet" not in screen  # back on the normal screen, the app is gone
    w.wait("host", "Delingen er avsluttet")
    assert SECRET_TYPING + " og mer" in meeting.saved_text()


def test_an_invite_key_works_for_one_meeting_only(tmp_path: Path) -> None:
    session = tmp_path / "2026-11-24-lillevik.toml"
    store.save(new_session(__import__("datetime").date(2026, 11, 24), "Politirådet i Lillevik"), session)
    env = {"POLITIRAD_HOME": str(tmp_path / "home")}
    invites = tmp_path / "home" / ".config" / "invites"
    port = free_port()
    windows = Windows(tmp_path)
    serve = [*PROGRAM, "serve", str(session), "--port", str(port), "--invite"]
    meeting = Meeting(windows, port, tmp_path, session, env)
    try:
        windows.open("host", serve, env)
        windows.wait("host", "Tilkoblet 1")
        (invite,) = list(invites.iterdir())
        assert invite.stat().st_mode & 0o077 == 0
        kept = tmp_path / "guest_key"  # what the participant saved
        kept.write_bytes(invite.read_bytes())
        kept.chmod(0o600)
        meeting.join("guest", "guest_key")
        windows.wait("host", "Tilkoblet 2")
        windows.keys("host", "C-q")
        windows.wait("guest", "EXITED")
        windows.wait("host", "EXITED")
        assert not invite.exists()
        windows.open("next", serve, env)  # the next meeting, with its own invite
        windows.wait("next", "Tilkoblet 1")
        refused = subprocess.run(
            [*meeting.ssh_args("guest_key"), "127.0.0.1", "true"], capture_output=True, text=True, timeout=30
        )
        assert refused.returncode == 255 and "Permission denied" in refused.stderr
    finally:
        windows.close()


def test_a_viewer_group_splits_for_browsing_and_resizing(tmp_path: Path) -> None:
    """Two viewers of one size share one rendering app (issue 16, tui/ssh/groups.py); one
    browses with f, the other resizes, and each then sees a correct screen of its own."""
    keygen(tmp_path / "ola", "Ola Nordmann")
    keygen(tmp_path / "kari", "Kari")
    (tmp_path / "authorized_keys").write_text(
        (tmp_path / "ola.pub").read_text() + (tmp_path / "kari.pub").read_text(), encoding="utf-8"
    )
    session = tmp_path / "2026-11-24-lillevik.toml"
    store.save(new_session(__import__("datetime").date(2026, 11, 24), "Politirådet i Lillevik"), session)
    log = tmp_path / "server.log"
    env = {"POLITIRAD_HOME": str(tmp_path / "home"), "POLITIRAD_SSH_LOG": str(log)}
    port = free_port()
    windows = Windows(tmp_path, log)
    meeting = Meeting(windows, port, tmp_path, session, env)
    w = windows
    try:
        w.open("host", [
            *PROGRAM, "serve", str(session), "--port", str(port), "--max-viewers", "3",
            "--authorized-keys", str(tmp_path / "authorized_keys"), "--host-key", str(tmp_path / "host_key"),
        ], env, (120, 36))
        w.wait("host", "Tilkoblet 1")
        meeting.join("ola", "ola")
        meeting.join("kari", "kari")
        w.wait("host", "Tilkoblet 3")
        for viewer in ("ola", "kari"):
            w.wait(viewer, "Følger fasilitatoren")
        assert "viewer group 100x30: 2 watching" in log.read_text(errors="replace")
        w.keys("host", "Down", "Enter")  # 1.2, into its note
        w.wait("host", "1.2  Nevn eksempler")
        w.keys("host", SECRET_TYPING, literal=True)
        for viewer in ("ola", "kari"):
            screen = w.wait(viewer, SECRET_TYPING)
            assert "1.2  Nevn eksempler" in screen and "Tilkoblet 3" in screen

        w.keys("ola", "f")  # browse: out of the group, into an app of its own
        w.wait("ola", "Blar fritt")
        w.keys("ola", "Down", "Down")
        w.wait("ola", "1.4  Hvordan")
        kari = w.screen("kari")
        assert "Følger fasilitatoren" in kari and "1.2  Nevn eksempler" in kari  # the group's app goes on

        w.tmux("resize-window", "-t", "m:kari", "-x", "84", "-y", "26")

        def fits(screen: str) -> bool:
            top = [line.rstrip() for line in screen.splitlines() if line.startswith("╭─ Spørsmål")]
            return bool(top) and len(top[0]) == 84 and SECRET_TYPING in screen and "Følger fasilitatoren" in screen

        w.wait("kari", fits)
        w.keys("host", " og mer", literal=True)
        w.wait("kari", SECRET_TYPING + " og mer")  # its own app follows on
        w.wait("host", SECRET_TYPING + " og mer")
        ola = w.screen("ola")
        assert "1.4  Hvordan" in ola and "Blar fritt" in ola  # still where it browsed to
        w.keys("host", "C-q")
        for viewer in ("ola", "kari"):
            assert "frakoblet" in w.wait(viewer, "EXITED")
    finally:
        windows.close()
