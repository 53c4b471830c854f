"""pydantic's validation errors said in politirad's words, in any language.

A hand-edited session file usually has one slip; the person needs the field it is in
and what to write instead. `describe_validation_error` gives the first problem as a
`Phrase` ("field a.b[0].c: …", plus how many more there are) to be rendered in the
reader's language. Error types politirad has no words for keep pydantic's own
message inside the translated frame, so nothing is lost.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from politirad.sessions.errors import Phrase, phrase, quoted
from pydantic import ValidationError
from pydantic_core import ErrorDetails

MAX_WHERE_CHARS = 70
"""A field path is built from the file's keys; a hostile file's keys can be long."""


def describe_validation_error(exc: ValidationError) -> Phrase:
    """The first problem as `error.field` (or the problem alone at the top level),
    with `error.field.more.*` when there are more."""
    errors = exc.errors(include_url=False)
    first = errors[0]
    where, problem = _format_loc(first["loc"]), _problem(first)
    if first["type"] == "value_error":
        where, problem = _model_check(where, first["msg"].removeprefix("Value error, "))
    text = phrase("error.field", where=quoted(where, MAX_WHERE_CHARS), problem=problem) if where else problem
    more = len(errors) - 1
    if more:
        return phrase("error.field.more.one" if more == 1 else "error.field.more.many", text=text, n=more)
    return text


def _problem(error: ErrorDetails) -> Phrase:
    kind = error["type"]
    ctx: Mapping[str, Any] = error.get("ctx") or {}
    if kind in _FOUND:
        return phrase(_FOUND[kind], found=found_kind(error.get("input")))
    if kind == "string_too_short" and ctx.get("min_length") == 1:
        return phrase("invalid.text_empty")
    if kind in _LIMITS:
        key, name = _LIMITS[kind]
        return phrase(key, n=ctx.get(name, "?"))
    if kind in {"enum", "literal_error"}:
        return phrase("invalid.choice", expected=_choices(str(ctx.get("expected", ""))))
    if kind.startswith("date_"):
        return phrase("invalid.date")
    if kind in _PLAIN:
        return phrase(_PLAIN[kind])
    return phrase("invalid.other", detail=quoted(error["msg"]))


_FOUND = {
    "int_type": "invalid.int_type",
    "bool_type": "invalid.bool_type",
    "date_type": "invalid.date_type",
    "string_type": "invalid.string_type",
    "float_type": "invalid.float_type",
    "list_type": "invalid.list_type",
    "model_type": "invalid.table_type",
    "dict_type": "invalid.table_type",
}
"""Strict types (models use pydantic strict mode where TOML has the type): say what
to write and what was found."""

_LIMITS = {
    "string_too_short": ("invalid.text_too_short", "min_length"),
    "string_too_long": ("invalid.text_too_long", "max_length"),
    "too_short": ("invalid.list_too_short", "min_length"),
    "too_long": ("invalid.list_too_long", "max_length"),
    "greater_than_equal": ("invalid.at_least", "ge"),
    "less_than_equal": ("invalid.at_most", "le"),
    "greater_than": ("invalid.more_than", "gt"),
    "less_than": ("invalid.less_than", "lt"),
}

_PLAIN = {
    "extra_forbidden": "invalid.extra_forbidden",
    "missing": "invalid.missing",
    "int_parsing": "invalid.int_parsing",
    "int_from_float": "invalid.int_parsing",
    "bool_parsing": "invalid.bool_parsing",
}


def _choices(expected: str) -> Phrase | str:
    """pydantic's "'a', 'b' or 'c'" with the last "or" in the reader's language."""
    items = re.split(r", | or ", expected)
    if len(items) < 2:
        return quoted(expected)
    return phrase("invalid.or", first=quoted(", ".join(items[:-1])), last=quoted(items[-1]))


_MODEL_CHECKS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), key)
    for pattern, key in (
        (r"unknown question id (?P<id>.+)", "invalid.unknown_question"),
        (r"duplicate id (?P<id>.+)", "invalid.duplicate_id"),
        (r"unknown success criterion (?P<id>.+)", "invalid.unknown_criterion"),
        (r"unknown pitfall (?P<id>.+)", "invalid.unknown_pitfall"),
        (r"unknown main question (?P<id>.+)", "invalid.unknown_main"),
        (r"id (?P<id>.+) is a guide question", "invalid.guide_id"),
        (r"(?P<id>.+) has unknown main_id (?P<main>.+)", "invalid.own_question_main"),
        (r"(?P<id>.+) refers to unknown question (?P<question>.+)", "invalid.action_question"),
    )
)
"""The session model's own checks (models/session.py), which speak English as
"<field>: <problem>": recognised by their wording and said in the reader's words."""


def _model_check(where: str, message: str) -> tuple[str, Phrase]:
    """The field and the problem of a model check; an unknown one is kept verbatim."""
    field, sep, rest = message.partition(": ")
    if sep and re.fullmatch(r"[a-z_]+", field):
        for pattern, key in _MODEL_CHECKS:
            match = pattern.fullmatch(rest)
            if match:
                values = {name: quoted(value, 40) for name, value in match.groupdict().items()}
                return where or field, phrase(key, **values)
    return where, phrase("invalid.other", detail=quoted(message))


_KINDS: tuple[tuple[type | tuple[type, ...], str], ...] = (
    (bool, "found.bool"),
    (str, "found.text"),
    (float, "found.float"),
    (int, "found.int"),
    (dt.datetime, "found.datetime"),
    (dt.date, "found.date"),
    (dt.time, "found.time"),
    (list, "found.list"),
    (dict, "found.table"),
)
"""In this order: bool before int (a bool is an int), datetime before date."""


def found_kind(value: object) -> Phrase | str:
    """What a wrong value is, in the words of TOML."""
    for kinds, key in _KINDS:
        if isinstance(value, kinds):
            return phrase(key)
    return type(value).__name__


def _format_loc(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif out:
            out += f".{part}" if part.isidentifier() else f'."{part}"'
        else:
            out = str(part)
    return out

