"""Drive the real program in tmux as a person would: send keys, read the screen.

Polls the screen with a deadline instead of fixed sleeps so tests hold on a loaded
two-core CI machine.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import time
import uuid
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

needs_tmux = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


class Tmux:
    """One detached tmux session running one command, on a private tmux server socket."""

    def __init__(self, tmp_path: Path, width: int = 120, height: int = 36) -> None:
        self.socket = str(tmp_path / f"tmux-{uuid.uuid4().hex[:8]}.sock")
        self.width, self.height = width, height
        self.name = "t"

    def _tmux(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["tmux", "-S", self.socket, *args], capture_output=True, text=True, check=check)

    def start(self, command: list[str], env: Mapping[str, str] | None = None, cwd: Path | None = None) -> None:
        """Start `command` in a fresh window of the given size."""
        exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in (env or {}).items())
        shell = f"cd {shlex.quote(str(cwd or os.getcwd()))} && env -u COLUMNS -u LINES TERM=xterm-256color {exports} {shlex.join(command)}"
        self._tmux(
            "-f", "/dev/null", "new-session", "-d", "-s", self.name,
            "-x", str(self.width), "-y", str(self.height), shell,
        )
        self._tmux("set-option", "-t", self.name, "remain-on-exit", "on", check=False)

    def send(self, *keys: str, literal: bool = False) -> None:
        """Send keys (tmux names like C-g, Enter) or, with literal, text as typed."""
        args = ["send-keys", "-t", self.name]
        if literal:
            args.append("-l")
        self._tmux(*args, *keys)

    def type(self, text: str, delay: float = 0.0) -> None:
        """Type text character by character, as a person would."""
        for char in text:
            self.send(char, literal=True)
            if delay:
                time.sleep(delay)

    def screen(self) -> str:
        """The visible screen as plain text."""
        return self._tmux("capture-pane", "-p", "-t", self.name, check=False).stdout

    def wait_for(self, predicate: str | Callable[[str], bool], timeout: float = 20.0) -> str:
        """Poll until the text appears (or the predicate holds); fail with the screen."""
        check = (lambda s: predicate in s) if isinstance(predicate, str) else predicate
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if check(screen):
                return screen
            time.sleep(0.1)
        raise AssertionError(f"timed out waiting for {predicate!r}; screen was:\n{screen}")

    def pane_pid(self) -> int:
        """PID of the command running in the pane."""
        return int(self._tmux("display-message", "-p", "-t", self.name, "#{pane_pid}").stdout.strip())

    def pane_dead(self) -> bool:
        """True once the command has exited."""
        out = self._tmux("display-message", "-p", "-t", self.name, "#{pane_dead}", check=False).stdout
        return out.strip() == "1"

    def wait_exit(self, timeout: float = 20.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.pane_dead():
                return
            time.sleep(0.1)
        raise AssertionError(f"program did not exit; screen was:\n{self.screen()}")

    def kill(self) -> None:
        self._tmux("kill-server", check=False)
