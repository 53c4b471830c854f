"""Subcommands that print or write the documents: one per entry of the registry.

Each loads the session, builds the document with confidential notes kept out unless
asked for, scans its text for personal data (warnings on stderr, an error with
--strict), and only then prints it or writes it with -o. Word and LibreOffice files
are not for a terminal, so --format docx|odt needs -o.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from politirad.sessions.documents.registry import DOCUMENTS, FORMATS, OFFICE_FORMATS
from politirad.models.catalogue import Language
from politirad.sessions.errors import SessionError, quoted
from politirad.tui.cli.common import HelpWords, load_file


def register(sub: argparse._SubParsersAction, lang: Language) -> None:  # type: ignore[type-arg]
    """Add one subcommand per registered document, its help (`cli.help.doc.<name>`)
    in `lang`."""
    w = HelpWords(lang)
    for spec in DOCUMENTS.values():
        about = w.help(f"doc.{spec.name}")
        p = sub.add_parser(spec.name, help=about, description=about)
        p.add_argument("file", metavar=w.metavar("file"), help=w.help("doc.file"))
        p.add_argument("-o", "--output", metavar=w.metavar("out"), help=w.help("doc.output"))
        p.add_argument(
            "--format", default="text", metavar=w.metavar("format"),
            help=w.help("doc.format", formats=", ".join(FORMATS)),
        )
        p.add_argument("--include-confidential", action="store_true", help=w.help("include_confidential"))
        p.add_argument("--strict", action="store_true", help=w.help("doc.strict"))
        if "against" in spec.options:
            p.add_argument("--against", metavar=w.metavar("current"), help=w.help("doc.against"))
            p.add_argument("--diff", action="store_true", help=w.help("doc.diff"))
        p.set_defaults(handler=cmd_document, document=spec.name)


def cmd_document(args: argparse.Namespace) -> int:
    """Check the options, build, scan, then print or write."""
    # Imported here: every politirad start (also `open`) registers this command.
    from politirad.sessions.documents.against import unified_diff
    from politirad.sessions.documents.export import (
        describe_finding,
        personal_data,
        read_current_agreement,
        render_file,
        write_document,
    )

    kind = args.document
    fmt = args.format
    against_name = getattr(args, "against", None)
    diff = getattr(args, "diff", False)
    if fmt not in FORMATS:
        raise SessionError("error.unknown_format", format=quoted(fmt, 40), choices=", ".join(FORMATS))
    if fmt in OFFICE_FORMATS and not args.output:
        raise SessionError("error.office_needs_output", format=fmt)
    if diff and not against_name:
        raise SessionError("error.diff_needs_against")
    if diff and fmt != "text":
        raise SessionError("error.diff_is_text")
    path, session = load_file(args.file)
    current = read_current_agreement(Path(against_name).expanduser()) if against_name else None
    confidential = args.include_confidential
    text = render_file(session, kind, confidential, "text", current)
    assert isinstance(text, str)
    if diff and current is not None:
        draft = render_file(session, kind, confidential, "text")
        assert isinstance(draft, str)
        text = unified_diff(current, draft, against_name)
    findings = personal_data(text)
    for finding in findings:
        sys.stderr.write(f"politirad: {describe_finding(finding, session.language)}\n")
    if findings and args.strict:
        raise SessionError("doc.pii_strict", n=len(findings))
    output = text if fmt == "text" else render_file(session, kind, confidential, fmt, current)
    if args.output:
        write_document(output, Path(args.output).expanduser(), source=path)
    else:
        sys.stdout.write(output if isinstance(output, str) else "")
    return 0
