"""Subcommands that print or write the documents: draft, minutes, prep.

Each loads the session, renders the document with confidential notes kept out unless
asked for, scans the result for personal data (warnings on stderr, an error with
--strict), and only then prints it or writes it with -o.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from politirad.sessions.documents.layout import FORMATS
from politirad.sessions.errors import SessionError
from politirad.tui.cli.common import load_file

if TYPE_CHECKING:
    from politirad.sessions.documents.export import DocumentKind

_HELP: dict[DocumentKind, str] = {
    "draft": "draft of the revised cooperation agreement (UTKAST)",
    "minutes": "minutes of the self-evaluation meeting (møtereferat)",
    "prep": "preparation sheet to send to participants in advance",
}


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add draft, minutes and prep."""
    for kind, help_text in _HELP.items():
        p = sub.add_parser(kind, help=help_text)
        p.add_argument("file", metavar="FILE", help="session file (.toml)")
        p.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
        p.add_argument(
            "--format", choices=FORMATS, default="text", help="text (default) or markdown"
        )
        p.add_argument(
            "--include-confidential",
            action="store_true",
            help="include notes marked confidential (kept out by default)",
        )
        p.add_argument(
            "--strict",
            action="store_true",
            help="refuse to export when personal data is found (exit 2)",
        )
        if kind == "draft":
            p.add_argument(
                "--against",
                metavar="CURRENT.txt",
                help="the current agreement as plaintext: say what the draft changes",
            )
            p.add_argument(
                "--diff",
                action="store_true",
                help="print a unified diff from CURRENT.txt to the draft (needs --against)",
            )
        p.set_defaults(handler=cmd_document, document=kind)


def cmd_document(args: argparse.Namespace) -> int:
    """Render, scan, then print or write."""
    # Imported here: every politirad start (also `open`) registers this command.
    from politirad.sessions.documents.against import unified_diff
    from politirad.sessions.documents.export import (
        describe_finding,
        personal_data,
        read_current_agreement,
        render_document,
        strict_refusal,
        write_document,
    )

    kind: DocumentKind = args.document
    against_name = getattr(args, "against", None)
    diff = getattr(args, "diff", False)
    if diff and not against_name:
        raise SessionError("--diff needs --against CURRENT.txt")
    path, session = load_file(args.file)
    current = read_current_agreement(Path(against_name).expanduser()) if against_name else None
    if diff and current is not None:
        draft = render_document(session, kind, args.include_confidential, args.format)
        text = unified_diff(current, draft, against_name)
    else:
        text = render_document(session, kind, args.include_confidential, args.format, current)
    findings = personal_data(text)
    for finding in findings:
        sys.stderr.write(f"politirad: {describe_finding(finding, session.language)}\n")
    if findings and args.strict:
        raise SessionError(strict_refusal(findings, session.language))
    if args.output:
        write_document(text, Path(args.output).expanduser(), source=path)
    else:
        sys.stdout.write(text)
    return 0
