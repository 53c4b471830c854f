"""Run the real `politirad` command as a user would, in a subprocess."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ENTRY = "from politirad.tui.cli.main import run; run()"


def politirad(*args: str, home: Path | None = None, cwd: Path | None = None, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """The console script when installed, else the same entry point via this Python."""
    env = dict(os.environ)
    if home is not None:
        env["POLITIRAD_HOME"] = str(home)
    script = shutil.which("politirad")
    cmd = [script, *args] if script else [sys.executable, "-c", ENTRY, *args]
    return subprocess.run(
        cmd, capture_output=True, text=True, env=env, cwd=cwd, timeout=timeout, stdin=subprocess.DEVNULL
    )
