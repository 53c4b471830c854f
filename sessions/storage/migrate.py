"""Bring session files written by an older politirad up to the current schema_version.

How it works: `MIGRATIONS[n]` turns a version-n TOML table into a version-(n+1) table;
`upgrade` chains them up to `SCHEMA_VERSION` before validation, so `check` and `show`
read old files in memory without writing anything. Only opening a file for editing
persists the upgrade (`politirad.sessions.storage.opening.open_session`): the original bytes are first kept beside the
file as `<file>.toml.v<n>` (never overwritten), then the upgraded session is saved.

Version 1 is the first layout politirad has written, so the table is empty today. When
the layout changes: bump `politirad.models.session.SCHEMA_VERSION` to 2 and add `MIGRATIONS[1]`.
A file with no `schema_version` is not a politirad session file at all (refused), and a
version with no migration path (0 or below today) is refused naming that version.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

from politirad.models.session import SCHEMA_VERSION
from politirad.sessions.storage.atomic import write_private
from politirad.sessions.errors import Phrase, SessionFileError, SessionWriteError, phrase, quoted

Migration = Callable[[dict[str, Any]], dict[str, Any]]

MIGRATIONS: dict[int, Migration] = {}
"""From-version -> function returning the table one version up. Empty while at 1."""


def upgrade(doc: dict[str, Any], path: Path | None = None) -> tuple[dict[str, Any], int]:
    """The table migrated to SCHEMA_VERSION, and the version it was found at.

    The caller has checked that `schema_version` is a whole number not from the future.
    """
    found: int = doc["schema_version"]
    version = found
    while version < SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise SessionFileError(
                "error.schema_version_older", path, version=version, readable=_readable_versions()
            )
        try:
            doc = step(copy.deepcopy(doc))
        except Exception as exc:  # noqa: BLE001 - a hand-edited old file may break a step
            raise SessionFileError(
                "error.cannot_upgrade", path,
                version=version, detail=quoted(f"{type(exc).__name__} {exc}"),
            ) from None
        version += 1
        doc["schema_version"] = version
    return doc, found


def _readable_versions() -> Phrase | int:
    oldest = SCHEMA_VERSION
    while oldest - 1 in MIGRATIONS:
        oldest -= 1
    return phrase("error.versions", oldest=oldest, newest=SCHEMA_VERSION) if oldest < SCHEMA_VERSION else SCHEMA_VERSION


def original_copy_path(path: Path, version: int) -> Path:
    """Where the pre-upgrade file is kept; not `*.toml`, so listings do not show it."""
    candidate = path.with_name(f"{path.name}.v{version}")
    n = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.v{version}-{n}")
        n += 1
    return candidate


def keep_original(path: Path, raw: bytes, version: int) -> Path:
    """Write the file's exact original bytes to a fresh `.v<n>` copy, mode 0600."""
    target = original_copy_path(path, version)
    try:
        write_private(target, raw)
    except OSError as exc:
        raise SessionWriteError("error.cannot_keep_original", path, reason=exc.strerror or exc) from None
    return target
