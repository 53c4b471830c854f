"""Keys for sharing: who may connect (authorized keys, with roles), the host key, invites.

Roles come from the authenticated key, never from the user name: a line in the
authorized_keys file may carry the option `politirad-role=co-facilitator`; every other
key is a viewer. The option sits in the options field (before the key type), which the
facilitator writes, not in the comment, which the key's owner chose when making it.
Any other option (from=, command=, ...) is refused rather than ignored, so a file
written for OpenSSH never grants wider access here than its author meant.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

import asyncssh

from politirad.sessions.errors import SessionError
from politirad.sessions.storage.atomic import write_private
from politirad.sessions.storage.locations import config_dir, ensure_private_dir
from politirad.sessions.live.presence import Role, clean_name

ROLE_OPTION = "politirad-role"
ROLE_VALUES = {"co-facilitator": Role.CO_FACILITATOR, "viewer": Role.VIEWER}
HOST_KEY_NAME = "ssh_host_ed25519_key"
AUTHORIZED_KEYS_NAME = "authorized_keys"
INVITES_DIR = "invites"
_KEY_TYPE = re.compile(r"^(ssh-|ecdsa-|sk-)")


class KeySetupError(SessionError):
    """A key file is missing, unreadable, too open or malformed; names file and line."""


@dataclass(frozen=True, slots=True)
class AuthorizedKey:
    """A key allowed to connect, the name shown for it and the role it grants."""

    key: asyncssh.SSHKey = field(compare=False)
    name: str
    role: Role
    fingerprint: str


class KeyRing:
    """The keys the server accepts, looked up by their public key bytes."""

    def __init__(self, entries: list[AuthorizedKey] | None = None) -> None:
        self._by_data: dict[bytes, AuthorizedKey] = {}
        for entry in entries or []:
            self.add(entry)

    def add(self, entry: AuthorizedKey) -> None:
        self._by_data[entry.key.public_data] = entry

    def remove(self, entry: AuthorizedKey) -> None:
        self._by_data.pop(entry.key.public_data, None)

    def find(self, key: asyncssh.SSHKey) -> AuthorizedKey | None:
        return self._by_data.get(key.public_data)

    def __len__(self) -> int:
        return len(self._by_data)


def default_authorized_keys() -> Path:
    return config_dir() / AUTHORIZED_KEYS_NAME


def default_host_key() -> Path:
    return config_dir() / HOST_KEY_NAME


# -- authorized keys ------------------------------------------------------------------


def read_authorized_keys(path: Path) -> list[AuthorizedKey]:
    """Every key in an authorized_keys file; a bad line stops with its line number."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KeySetupError("error.keys_no_such_file", path) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise KeySetupError("error.cannot_read", path, reason=exc) from None
    return parse_authorized_keys(text, path)


def parse_authorized_keys(text: str, path: Path | None = None) -> list[AuthorizedKey]:
    entries: list[AuthorizedKey] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        try:
            entries.append(_parse_line(line))
        except ValueError as exc:
            raise KeySetupError("error.keys_line", path, number=number, detail=exc) from None
    return entries


def _parse_line(line: str) -> AuthorizedKey:
    options: dict[str, str] = {}
    first = _split_first(line)
    if not _KEY_TYPE.match(first):
        options = _parse_options(first)
        line = line[len(first) :].strip()
    try:
        key = asyncssh.import_public_key(line)
    except (asyncssh.KeyImportError, ValueError) as exc:
        raise ValueError(f"not a public key ({exc})") from None
    role = Role.VIEWER
    for name, value in options.items():
        if name != ROLE_OPTION:
            raise ValueError(f"option {name!r} is not supported here; only {ROLE_OPTION}=co-facilitator")
        if value not in ROLE_VALUES:
            raise ValueError(f"{ROLE_OPTION} must be one of {', '.join(ROLE_VALUES)}, not {value!r}")
        role = ROLE_VALUES[value]
    fingerprint = key.get_fingerprint()
    name = clean_name(key.get_comment() or "") or fingerprint[7:15]
    return AuthorizedKey(key, name, role, fingerprint)


def _split_first(line: str) -> str:
    """The first whitespace-separated field, where quoted text may hold spaces."""
    quoted = False
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char.isspace() and not quoted:
            return line[:index]
    return line


def _parse_options(text: str) -> dict[str, str]:
    options: dict[str, str] = {}
    parts: list[str] = []
    current, quoted = "", False
    for char in text:
        if char == '"':
            quoted = not quoted
        elif char == "," and not quoted:
            parts.append(current)
            current = ""
            continue
        current += char
    if quoted:
        raise ValueError("unbalanced quote in options")
    parts.append(current)
    for part in parts:
        name, _, value = part.partition("=")
        options[name.strip().lower()] = value.strip().strip('"')
    return options


# -- host key ---------------------------------------------------------------------------


def load_or_create_host_key(path: Path) -> tuple[asyncssh.SSHKey, bool]:
    """The server's persistent host key, made on first use (0600); True when just made.

    A key readable by others is refused, as OpenSSH refuses it: whoever can read it
    can impersonate this server to every participant.
    """
    if path.exists():
        mode = path.stat().st_mode
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise KeySetupError("error.host_key_readable", path, mode=f"{mode & 0o777:o}")
        try:
            return asyncssh.read_private_key(path), False
        except (OSError, asyncssh.KeyImportError, ValueError) as exc:
            raise KeySetupError("error.cannot_read_host_key", path, reason=exc) from None
    ensure_private_dir(path.parent)
    key = asyncssh.generate_private_key("ssh-ed25519", comment="politirad host key")
    _write_private(path, key.export_private_key())
    return key, True


def _write_private(path: Path, data: bytes) -> None:
    """A private key through the one private writer (sessions/storage/atomic.py): 0600
    from its first byte, whole or not at all."""
    try:
        write_private(path, data)
    except OSError as exc:
        raise KeySetupError("error.cannot_write", path, reason=exc.strerror or exc) from None


# -- invites ----------------------------------------------------------------------------


@dataclass
class Invite:
    """A key pair for this meeting only: the private half on disk for handing over,
    the public half accepted in memory until the server stops."""

    path: Path
    entry: AuthorizedKey

    def remove(self) -> None:
        """Delete the private key; the public half was never written, so it is gone too."""
        self.path.unlink(missing_ok=True)


def create_invite(folder: Path | None = None, name: str = "gjest") -> Invite:
    """Make a viewer key pair; invite files left by a server that died are removed first."""
    folder = ensure_private_dir(folder or config_dir() / INVITES_DIR)
    remove_stale_invites(folder)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = folder / f"politirad-invite-{stamp}-{os.getpid()}"
    key = asyncssh.generate_private_key("ssh-ed25519", comment=name)
    _write_private(path, key.export_private_key())
    public = asyncssh.import_public_key(key.export_public_key())
    return Invite(path, AuthorizedKey(public, name, Role.VIEWER, public.get_fingerprint()))


def remove_stale_invites(folder: Path | None = None) -> None:
    """Delete invite keys whose server is gone (killed with -9, or the machine stopped).

    Such a key grants nothing any more (its public half lived in the dead server's
    memory), but it is a private key lying on disk; every `serve` removes them, with
    or without `--invite`."""
    folder = folder or config_dir() / INVITES_DIR
    if not folder.is_dir():
        return
    for old in folder.glob("politirad-invite-*"):
        if not _process_alive(old.name.rsplit("-", 1)[-1]):
            old.unlink(missing_ok=True)


def _process_alive(pid_text: str) -> bool:
    try:
        os.kill(int(pid_text), 0)
    except (ValueError, ProcessLookupError):
        return False
    except PermissionError:
        return True
    return True
