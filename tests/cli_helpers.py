"""Run the real `politirad` command as a user would, in a subprocess."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ENTRY = "from politirad.tui.cli.main import run; run()"


def politirad_command(*args: str) -> list[str]:
    """The command line that runs politirad with `args`: the console script when
    installed, else the same entry point via this Python."""
    script = shutil.which("politirad")
    return [script, *args] if script else [sys.executable, "-c", ENTRY, *args]


def politirad(*args: str, home: Path | None = None, cwd: Path | None = None, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """The console script when installed, else the same entry point via this Python."""
    env = dict(os.environ)
    if home is not None:
        env["POLITIRAD_HOME"] = str(home)
    return subprocess.run(
        politirad_command(*args), capture_output=True, text=True, env=env, cwd=cwd, timeout=timeout, stdin=subprocess.DEVNULL
    )
