"""The three made-up yearly sessions of Politirådet i Fjordvik (tests/samples/years)."""

from __future__ import annotations

import shutil
from pathlib import Path

from politirad.models.session import Session
from politirad.sessions.storage import store

YEARS_DIR = Path(__file__).parent / "samples" / "years"
Y2024 = YEARS_DIR / "2024-03-14-politiradet-i-fjordvik.toml"
Y2025 = YEARS_DIR / "2025-03-13-politiradet-i-fjordvik.toml"
Y2026 = YEARS_DIR / "2026-03-12-politiradet-i-fjordvik.toml"


def load_year(path: Path) -> Session:
    """One sample year, freshly loaded."""
    return store.load(path)


def copy_years(folder: Path, *paths: Path) -> Path:
    """Copy sample years into a scratch folder (tests never write into the repo)."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in paths or (Y2024, Y2025, Y2026):
        shutil.copy(path, folder / path.name)
    return folder
