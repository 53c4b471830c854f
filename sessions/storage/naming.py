"""Session file names: `<date>-<council-slug>.toml`, sortable by date in any folder."""

from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from pathlib import Path

SUFFIX = ".toml"
BACKUP_SUFFIX = ".bak"

_TRANSLIT = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "ae", "Ø": "o", "Å": "a"})


def slugify(text: str) -> str:
    """ASCII, lower case, dashes: 'Politirådet i Bø' -> 'politiradet-i-bo'."""
    ascii_text = (
        unicodedata.normalize("NFKD", text.translate(_TRANSLIT))
        .encode("ascii", "ignore")
        .decode("ascii")
    )
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:60].rstrip("-") or "politirad"


def session_filename(date: dt.date, council_name: str) -> str:
    """The canonical file name for a session."""
    return f"{date.isoformat()}-{slugify(council_name)}{SUFFIX}"


def free_path(folder: Path, date: dt.date, council_name: str) -> Path:
    """A path in `folder` that does not exist yet; never overwrite another session."""
    base = session_filename(date, council_name)[: -len(SUFFIX)]
    candidate = folder / f"{base}{SUFFIX}"
    n = 2
    while candidate.exists():
        candidate = folder / f"{base}-{n}{SUFFIX}"
        n += 1
    return candidate


def backup_path(path: Path) -> Path:
    """Where the previous version of a session file is kept."""
    return path.with_name(path.name + BACKUP_SUFFIX)


def unnamed(path: Path, date: dt.date) -> bool:
    """The file still has the name a session gets before its council is named."""
    stem = path.name[: -len(SUFFIX)] if path.name.endswith(SUFFIX) else path.name
    return re.fullmatch(rf"{date.isoformat()}-politirad(-\d+)?", stem) is not None


def name_after_council(path: Path, date: dt.date, council_name: str) -> Path:
    """Rename `<date>-politirad.toml` to `<date>-<council>.toml` once the council is named.

    Like `new --from` names its file. Never over another file: the target is a free
    name, and the rename is a hard link plus unlink (a link fails if the name was
    taken meanwhile). Returns the path the session now has (unchanged if nothing
    was to be done or the rename failed; the session is safe under its old name).
    """
    if not council_name.strip() or not unnamed(path, date) or not path.exists():
        return path
    target = free_path(path.parent, date, council_name)
    try:
        os.link(path, target)
    except OSError:
        return path
    path.unlink()
    old_backup = backup_path(path)
    if old_backup.exists() and not backup_path(target).exists():
        os.replace(old_backup, backup_path(target))
    return target
