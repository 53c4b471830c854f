"""tomllib's complaints about a session file, said in the reader's language.

tomllib speaks English and puts the place at the end ("Invalid value (at line 3,
column 5)"). The place becomes part of the translated sentence; the usual slips of a
hand edit get politirad's own words; any other complaint is quoted as tomllib says it.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from politirad.sessions.errors import Phrase, SessionFileError, phrase, quoted

MAX_DETAIL_CHARS = 120

_AT = re.compile(r"(?P<detail>.*) \(at line (?P<line>\d+), column (?P<column>\d+)\)")

_KNOWN = {
    "Cannot overwrite a value": "toml.overwrite",
    "Unterminated string": "toml.unterminated_string",
    "Unclosed array": "toml.unclosed_array",
    "Unclosed inline table": "toml.unclosed_inline_table",
    "Invalid value": "toml.invalid_value",
    "Invalid statement": "toml.invalid_statement",
    "Invalid initial character for a key part": "toml.invalid_key",
    "Invalid date or datetime": "toml.invalid_date",
    "Expected ']' at the end of a table declaration": "toml.table_bracket",
    "Expected ']]' at the end of an array declaration": "toml.array_bracket",
    "Expected '=' after a key in a key/value pair": "toml.equals",
    "Unescaped '\\' in a string": "toml.backslash",
}

_TWICE = re.compile(r"Cannot declare (?P<key>.+) twice")


def toml_error(exc: tomllib.TOMLDecodeError, path: Path | None) -> SessionFileError:
    """The SessionFileError for a file tomllib refused."""
    message = str(exc)
    found = _AT.fullmatch(message)
    if found is None:
        return SessionFileError("error.toml", path, detail=_detail(message))
    return SessionFileError(
        "error.toml_at", path,
        line=int(found["line"]), column=int(found["column"]), detail=_detail(found["detail"]),
    )


def _detail(message: str) -> Phrase | str:
    if message in _KNOWN:
        return phrase(_KNOWN[message])
    twice = _TWICE.fullmatch(message)
    if twice:
        return phrase("toml.declared_twice", key=quoted(twice["key"], 60))
    return quoted(message, MAX_DETAIL_CHARS)
