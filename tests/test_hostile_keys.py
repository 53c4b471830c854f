"""Item 8 of issue 13: what the SSH side leaves on disk is private and does not linger.

* The debug log named by POLITIRAD_SSH_LOG may hold notes (tracebacks): created 0600.
* An invite key whose server was killed with -9 is removed by the next `serve`,
  with or without `--invite`, before anything else happens.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from tests.cli_helpers import politirad

CONFIGURE = (
    "import os; os.umask(0o022); "
    "from politirad.tui.ssh.server import _configure_logging; _configure_logging(); "
    "import logging; logging.getLogger('politirad.ssh').warning('a note')"
)


def test_the_ssh_debug_log_is_created_private(tmp_path: Path) -> None:
    log = tmp_path / "server.log"
    env = {**os.environ, "POLITIRAD_SSH_LOG": str(log), "POLITIRAD_HOME": str(tmp_path / "home")}
    subprocess.run([sys.executable, "-c", CONFIGURE], env=env, check=True, timeout=60)
    assert "a note" in log.read_text()
    assert stat.S_IMODE(log.stat().st_mode) == 0o600


def test_an_existing_ssh_debug_log_is_made_private(tmp_path: Path) -> None:
    log = tmp_path / "server.log"
    log.write_text("old\n")
    log.chmod(0o644)
    env = {**os.environ, "POLITIRAD_SSH_LOG": str(log), "POLITIRAD_HOME": str(tmp_path / "home")}
    subprocess.run([sys.executable, "-c", CONFIGURE], env=env, check=True, timeout=60)
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert log.read_text().startswith("old\n")


def _dead_pid() -> int:
    done = subprocess.Popen([sys.executable, "-c", "pass"])
    done.wait()
    return done.pid


def test_an_invite_left_by_a_killed_server_is_removed_by_the_next_serve(tmp_path: Path) -> None:
    home = tmp_path / "home"
    invites = home / ".config" / "invites"
    invites.mkdir(parents=True)
    stale = invites / f"politirad-invite-20261124-100000-{_dead_pid()}"
    stale.write_text("-----BEGIN OPENSSH PRIVATE KEY-----\n")
    alive = invites / f"politirad-invite-20261124-100000-{os.getpid()}"
    alive.write_text("-----BEGIN OPENSSH PRIVATE KEY-----\n")
    result = politirad("serve", str(tmp_path / "missing.toml"), home=home)
    assert result.returncode == 2 and "filen finnes ikke" in result.stderr
    assert not stale.exists()
    assert alive.exists()  # a running server's invite is left alone
