"""The one module that knows where politirad keeps its files.

Tests and users point politirad elsewhere with `--dir` or POLITIRAD_HOME, so nothing
else may compute a folder on its own.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "politirad"
HOME_ENV = "POLITIRAD_HOME"


def sessions_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Where session files live: --dir, else $POLITIRAD_HOME, else the user data folder."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(HOME_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """Where host keys and settings live; under POLITIRAD_HOME when that is set."""
    env = os.environ.get(HOME_ENV)
    if env:
        return Path(env).expanduser() / ".config"
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def ensure_private_dir(folder: Path) -> Path:
    """Create the folder readable by the owner only; notes may be confidential."""
    if not folder.exists():
        folder.mkdir(mode=0o700, parents=True)
    return folder
