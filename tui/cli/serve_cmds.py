"""`politirad serve`: facilitate in this terminal while participants watch over SSH."""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path

from politirad.models.catalogue import Language, tr
from politirad.sessions.errors import SessionError
from politirad.tui.cli.localized import current_language
from politirad.tui.cli.common import HelpWords, load_file


def register(sub: argparse._SubParsersAction, lang: Language) -> None:  # type: ignore[type-arg]
    """Add serve, its help in `lang`."""
    w = HelpWords(lang)
    p = sub.add_parser("serve", help=w.help("serve"), description=w.help("serve.description"))
    p.add_argument("file", metavar=w.metavar("file"))
    p.add_argument("--host", default="127.0.0.1", metavar=w.metavar("address"), help=w.help("serve.host"))
    p.add_argument("--port", type=_port, default=2222, metavar=w.metavar("port"), help=w.help("serve.port"))
    p.add_argument("--authorized-keys", metavar=w.metavar("path"), help=w.help("serve.authorized_keys"))
    p.add_argument("--host-key", metavar=w.metavar("path"), help=w.help("serve.host_key"))
    p.add_argument(
        "--max-viewers", type=_positive, default=20, metavar=w.metavar("number"), help=w.help("serve.max_viewers")
    )
    p.add_argument(
        "--idle-timeout", type=_minutes, default=120, metavar=w.metavar("minutes"), help=w.help("serve.idle_timeout")
    )
    p.add_argument("--invite", action="store_true", help=w.help("serve.invite"))
    p.set_defaults(handler=cmd_serve)


def cmd_serve(args: argparse.Namespace) -> int:
    from politirad.sessions.storage.opening import open_session
    from politirad.tui.ssh.keys import (
        KeyRing,
        create_invite,
        default_authorized_keys,
        default_host_key,
        load_or_create_host_key,
        read_authorized_keys,
        remove_stale_invites,
    )
    from politirad.tui.ssh.meeting import MeetingSetup, choose_colour_system, run_meeting
    from politirad.tui.ssh.server import ServerSettings

    remove_stale_invites()  # a server killed with -9 could not delete its invite key
    path, session = load_file(args.file)  # a broken file fails here, before any key or lock work
    lang = args.lang or session.language
    keys_path = Path(args.authorized_keys).expanduser() if args.authorized_keys else default_authorized_keys()
    # A named file must exist; the default one may be missing (then only --invite lets anyone in).
    entries = read_authorized_keys(keys_path) if args.authorized_keys or keys_path.exists() else []
    if not entries and not args.invite:
        raise SessionError("error.no_participant_keys", keys_path)
    banner = [tr(lang, "serve.keys", count=len(entries), path=keys_path)] if entries else []
    keys = KeyRing(entries)
    host_key, new_host_key = load_or_create_host_key(
        Path(args.host_key).expanduser() if args.host_key else default_host_key()
    )
    choose_colour_system()
    opened = open_session(path)  # lock, upgrade, look for a crash journal
    live = opened.live
    invite = None
    try:
        if args.invite:
            invite = create_invite()
            keys.add(invite.entry)
            banner.append(tr(lang, "serve.invite", path=invite.path, command=f"{{command}} -i {invite.path.name}"))
        settings = ServerSettings(
            host=args.host,
            port=args.port,
            max_viewers=args.max_viewers,
            idle_timeout=args.idle_timeout * 60.0,
            lang=lang,
        )
        setup = MeetingSetup(live, keys, host_key, settings, banner, new_host_key, opened.recovery)
        return asyncio.run(run_meeting(setup))
    finally:
        live.close(force=True)  # saves; releases the lock even if saving failed (journal kept)
        if invite is not None:
            invite.remove()


def _port(text: str) -> int:
    value = _int(text)
    if not 1 <= value <= 65535:
        raise argparse.ArgumentTypeError(tr(current_language(), "cli.type.port", value=value))
    return value


def _positive(text: str) -> int:
    value = _int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(tr(current_language(), "cli.type.positive", value=value))
    return value


def _minutes(text: str) -> int:
    value = _int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(tr(current_language(), "cli.type.not_negative", value=value))
    return value


def _int(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr(current_language(), "cli.type.whole_number", text=text)) from None
