"""Private, atomic writes: every byte politirad puts on disk goes through here.

One writer for session files, backups, journals, lock files and migration copies, so
that each of them is written whole or not at all (temp file in the same folder, fsync,
`os.replace`) and is readable by its owner only (files 0600, folders 0700).

Folders are tightened to 0700 only when they are politirad's own: folders politirad
created, and the default data folder (`POLITIRAD_HOME` or the platform's user data
folder). A folder the user pointed at with `--dir` or a file path is left as it is,
and shared folders such as /tmp (sticky bit), the home folder, the root folder and
folders owned by someone else are never touched.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

from politirad.sessions.storage.locations import sessions_dir

FILE_MODE = 0o600
DIR_MODE = 0o700

_created: set[Path] = set()
"""Folders this process created; they are ours to keep private on every write."""


def write_private(
    path: Path, data: bytes, *, backup: Path | None = None, mode: int = FILE_MODE
) -> None:
    """Write `data` to `path` whole or not at all, mode 0600; raise OSError on failure.

    With `backup`, the file's previous version is kept there (hard link, else a copy)
    just before the new one replaces it. `mode` is for the one caller that writes
    through a symbolic link a person made (the store), where the target keeps its own
    mode; everything else politirad writes is 0600.
    """
    folder = path.parent
    ensure_folder(folder)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    tmp = Path(tmp_name)
    try:
        try:
            os.fchmod(fd, mode)
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        if backup is not None and path.exists():
            keep_copy(path, backup)
        os.replace(tmp, path)
        os.chmod(path, mode)
        fsync_dir(folder)
    finally:
        tmp.unlink(missing_ok=True)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        view = view[written:]


def keep_copy(source: Path, target: Path) -> None:
    """Put the current `source` at `target` (hard link, else a byte copy), mode 0600."""
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        os.link(source, tmp)
    except OSError:
        _copy_bytes(source, tmp)
    try:
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def _copy_bytes(source: Path, target: Path) -> None:
    data = source.read_bytes()
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    try:
        _write_all(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)


def ensure_folder(folder: Path) -> None:
    """Create a missing folder as 0700, and keep politirad's own folders at 0700."""
    if not folder.exists():
        missing = [folder, *(p for p in folder.parents if not p.exists())]
        folder.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
        for made in missing:
            _created.add(_key(made))
            tighten(made)
        return
    if is_own_folder(folder):
        tighten(folder)


def tighten(folder: Path) -> None:
    """chmod 0700 when the mode differs; a folder we may not chmod is left alone."""
    try:
        if stat.S_IMODE(folder.stat().st_mode) != DIR_MODE:
            os.chmod(folder, DIR_MODE)
    except OSError:
        pass


def is_own_folder(folder: Path) -> bool:
    """True for folders politirad created or its default data folder, never shared ones."""
    key = _key(folder)
    if key not in _created and key != _key(sessions_dir()):
        return False
    return not is_shared_folder(folder)


def is_shared_folder(folder: Path) -> bool:
    """Folders that must never be made private: sticky (/tmp), others', home, root."""
    try:
        info = folder.stat()
    except OSError:
        return True
    key = _key(folder)
    return (
        bool(info.st_mode & stat.S_ISVTX)
        or info.st_uid != os.geteuid()
        or key == _key(Path.home())
        or key == Path(key.anchor)
    )


def _key(folder: Path) -> Path:
    try:
        return folder.expanduser().resolve()
    except (OSError, RuntimeError):
        return folder.absolute()


def fsync_dir(folder: Path) -> None:
    """Make a rename durable; some file systems cannot fsync a folder, which is fine."""
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)
