"""Which language the command line speaks, known before argparse runs.

Decided once per run, before parsing, so that even argparse's own errors (an unknown
flag, a bad choice) are in it: `--lang` if given on the command line, else the
language the person chose in the app (saved in the settings file), else bokmål.
"""

from __future__ import annotations

from collections.abc import Sequence

from politirad.models.catalogue import DEFAULT, LANGUAGES, Language

FLAG = "--lang"


def flag_language(argv: Sequence[str]) -> Language | None:
    """The valid `--lang X` or `--lang=X` before any `--`; None when there is none."""
    for index, word in enumerate(argv):
        if word == "--":
            break
        value = argv[index + 1] if word == FLAG and index + 1 < len(argv) else None
        if word.startswith(FLAG + "="):
            value = word[len(FLAG) + 1 :]
        if value in LANGUAGES:
            return value  # type: ignore[return-value]
    return None


def cli_language(argv: Sequence[str]) -> Language:
    """`--lang`, else the saved setting, else bokmål: the app's own rule
    (`interface_language`) with bokmål where the app would take the session's."""
    from politirad.sessions.storage.settings import interface_language

    return interface_language(flag_language(argv), DEFAULT)
