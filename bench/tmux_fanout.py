"""The same-run baseline of bench/ssh_fanout.py: one tmux session, N `tmux attach -r` viewers.

Issue 16: what sharing a terminal app costs when the multiplexer does the sharing. One
tmux server (its own socket, no config) runs the same app on the same kind of session
in its one pane; a read-write client in its own pty is the typist, and each viewer is
`tmux attach -r` in its own pty, 100x30 like the SSH bench's terminals. Keystrokes and
the "has every viewer got it" test are the same as the SSH bench's (`Terminal`).

With OpenSSH's sshd installed (`Sshd`, the issue's method), each viewer is an asyncssh
client like politirad's viewers, whose session runs `tmux attach -r` in a pty under a
private sshd on 127.0.0.1: the same client, transport and encryption on both sides.
CPU and memory are then the tmux server's, the app's and every sshd and attach process
of the viewers (the server side of sharing). Without sshd the viewers attach directly
in ptys of their own: cheaper than any SSH transport, and said so in the output.
"""

from __future__ import annotations

import asyncio
import fcntl
import os
import pty
import shutil
import struct
import subprocess
import sys
import termios
from pathlib import Path

COLUMNS, LINES = 100, 30


class PtyClient:
    """A process in a pty of its own whose output feeds a terminal recorder."""

    def __init__(self, argv: list[str], env: dict[str, str], sink: object) -> None:
        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", LINES, COLUMNS, 0, 0))
        self.process = subprocess.Popen(
            argv, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True, close_fds=True
        )
        os.close(slave)
        self.sink = sink
        asyncio.get_running_loop().add_reader(self.master, self._read)

    def _read(self) -> None:
        try:
            data = os.read(self.master, 65536)
        except OSError:
            data = b""
        if not data:
            asyncio.get_running_loop().remove_reader(self.master)
            return
        self.sink.data_received(data, None)  # type: ignore[attr-defined]

    def write(self, data: bytes) -> None:
        os.write(self.master, data)

    def close(self) -> None:
        asyncio.get_running_loop().remove_reader(self.master)
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
        os.close(self.master)


class TmuxShare:
    """One tmux server on a private socket running `politirad open SESSION` in its pane."""

    def __init__(self, folder: Path, session_path: Path, env: dict[str, str]) -> None:
        self.socket = folder / "tmux.sock"
        self.env = {**env, "TERM": "xterm-256color"}
        self.env.pop("TMUX", None)
        app = f"{sys.executable} -m politirad open {session_path}"
        self.tmux = ["tmux", "-S", str(self.socket), "-f", "/dev/null"]
        subprocess.run(
            [*self.tmux, "new-session", "-d", "-s", "bench", "-x", str(COLUMNS), "-y", str(LINES), app],
            env=self.env, check=True,
        )
        subprocess.run([*self.tmux, "set-option", "-g", "status", "off"], env=self.env, check=True)
        self.clients: list[PtyClient] = []

    def attach(self, sink: object, read_only: bool) -> PtyClient:
        client = PtyClient([*self.tmux, "attach", *(["-r"] if read_only else []), "-t", "bench"], self.env, sink)
        self.clients.append(client)
        return client

    def pids(self) -> list[int]:
        """The tmux server and the app in its pane: the sharing side's processes."""
        done = subprocess.run(
            [*self.tmux, "display-message", "-p", "-t", "bench", "#{pid} #{pane_pid}"],
            env=self.env, capture_output=True, text=True, check=True,
        )
        return [int(p) for p in done.stdout.split()]

    def close(self) -> None:
        for client in self.clients:
            client.close()
        subprocess.run([*self.tmux, "kill-server"], env=self.env, check=False, capture_output=True)


def free_port() -> int:
    """A free port on 127.0.0.1 for the private sshd."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def available() -> bool:
    return shutil.which("tmux") is not None


SSHD = "/usr/sbin/sshd"


class Sshd:
    """A private OpenSSH server on 127.0.0.1 for the viewers (bench only; never in tests)."""

    def __init__(self, folder: Path, port: int, public_key: str) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        host_key = folder / "ssh_host_ed25519_key"
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(host_key)], check=True)
        keys = folder / "authorized_keys"
        keys.write_text(public_key)
        keys.chmod(0o600)
        config = folder / "sshd_config"
        config.write_text(
            f"Port {port}\nListenAddress 127.0.0.1\nHostKey {host_key}\nAuthorizedKeysFile {keys}\n"
            "PasswordAuthentication no\nKbdInteractiveAuthentication no\nUsePAM no\nStrictModes no\n"
            f"PermitRootLogin yes\nPidFile {folder / 'sshd.pid'}\nMaxStartups 100:30:200\nMaxSessions 200\n"
            "PrintMotd no\nPrintLastLog no\nAcceptEnv TERM\nLogLevel ERROR\n"
        )
        Path("/run/sshd").mkdir(exist_ok=True)
        self.port = port
        self.process = subprocess.Popen([SSHD, "-D", "-e", "-f", str(config)], stderr=subprocess.DEVNULL)

    def pids(self) -> list[int]:
        """sshd and everything under it: per-connection sshd, the shells' tmux clients."""
        children: dict[int, list[int]] = {}
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
                except (OSError, IndexError, ValueError):
                    continue
                children.setdefault(parent, []).append(int(entry.name))
        found, todo = [], [self.process.pid]
        while todo:
            pid = todo.pop()
            found.append(pid)
            todo.extend(children.get(pid, []))
        return found

    def close(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()


def sshd_available() -> bool:
    return Path(SSHD).exists() and os.geteuid() == 0 and shutil.which("ssh-keygen") is not None
