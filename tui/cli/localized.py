"""argparse in the interface language: its frame, its help and its error lines.

argparse writes English ("usage:", "options", "unrecognized arguments") through
gettext, which politirad does not use. `LocalParser` and `LocalFormatter` put the
frame (usage prefix, group titles, the -h line) into the parser's language, and
`argparse_message` translates argparse's error messages: they are recognised by
argparse's own wording (its gettext message ids, turned into patterns) and said with
the catalogue's `cli.argparse.*`; a message it does not know is kept as argparse
wrote it. Every usage error is one line on stderr and exit code 2.

Option types (`type=iso_date`) raise `ArgumentTypeError` in `current_language()`,
the language of the parser that is parsing.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from contextvars import ContextVar
from functools import partial
from typing import Any, NoReturn

from politirad.models.catalogue import DEFAULT, Language, tr

_PARSING: ContextVar[Language] = ContextVar("politirad_cli_language", default=DEFAULT)


def current_language() -> Language:
    """The language of the parser now parsing (bokmål outside a parse)."""
    return _PARSING.get()


class LocalFormatter(argparse.HelpFormatter):
    """argparse's help layout with the usage prefix in the parser's language."""

    def __init__(self, prog: str, *, lang: Language = DEFAULT, **kwargs: Any) -> None:
        super().__init__(prog, **kwargs)
        self.lang = lang

    def add_usage(self, usage: str | None, actions: Any, groups: Any, prefix: str | None = None) -> None:
        if prefix is None:
            prefix = tr(self.lang, "cli.argparse.usage")
        super().add_usage(usage, actions, groups, prefix)


class LocalParser(argparse.ArgumentParser):
    """An ArgumentParser that speaks `lang`, as do the subcommand parsers it makes."""

    def __init__(self, *args: Any, lang: Language = DEFAULT, **kwargs: Any) -> None:
        self.lang: Language = lang
        kwargs.setdefault("formatter_class", partial(LocalFormatter, lang=lang))
        super().__init__(*args, **kwargs)
        self._positionals.title = tr(lang, "cli.argparse.positionals")
        self._optionals.title = tr(lang, "cli.argparse.options")
        for action in self._actions:
            if isinstance(action, argparse._HelpAction):
                action.help = tr(lang, "cli.help.help")

    def add_subparsers(self, **kwargs: Any) -> Any:
        kwargs.setdefault("parser_class", partial(LocalParser, lang=self.lang))
        return super().add_subparsers(**kwargs)

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        token = _PARSING.set(self.lang)
        try:
            return super().parse_known_args(args, namespace)
        finally:
            _PARSING.reset(token)

    def error(self, message: str) -> NoReturn:
        """One line naming the problem and where to get help; exit 2 (bad input)."""
        text = argparse_message(message, self.lang)
        sys.stderr.write(tr(self.lang, "cli.argparse.line", prog=self.prog, message=text) + "\n")
        raise SystemExit(2)


def _pattern(msgid: str) -> re.Pattern[str]:
    """argparse's message id as a pattern: `%(name)s`/`%(name)r` become groups, a bare
    `%s` the group `args`."""
    parts = re.split(r"(%\([a-z_]+\)[rs]|%[rs])", msgid)
    regex = ""
    for part in parts:
        named = re.fullmatch(r"%\(([a-z_]+)\)[rs]", part)
        if named:
            regex += f"(?P<{named[1]}>.+?)"
        elif part in {"%s", "%r"}:
            regex += "(?P<args>.+?)"
        else:
            regex += re.escape(part)
    return re.compile(regex)


_MESSAGES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (_pattern(msgid), key)
    for msgid, key in (
        ("unrecognized arguments: %s", "cli.argparse.unrecognized"),
        ("invalid choice: %(value)r (choose from %(choices)s)", "cli.argparse.invalid_choice"),
        ("expected one argument", "cli.argparse.expected_one"),
        ("expected at least one argument", "cli.argparse.expected_at_least_one"),
        ("expected at most one argument", "cli.argparse.expected_at_most_one"),
        ("expected %(n)s arguments", "cli.argparse.expected_n"),
        ("the following arguments are required: %s", "cli.argparse.required"),
        ("ambiguous option: %(option)s could match %(matches)s", "cli.argparse.ambiguous"),
        ("not allowed with argument %(other)s", "cli.argparse.not_allowed_with"),
        ("ignored explicit argument %(value)s", "cli.argparse.ignored_explicit"),
        ("invalid %(type)s value: %(value)s", "cli.argparse.invalid_value"),
    )
)
"""argparse's message ids (CPython's Lib/argparse.py) and the catalogue's words."""

_ARGUMENT = _pattern("argument %(argument)s: %(message)s")


def argparse_message(message: str, lang: Language) -> str:
    """An argparse error message in `lang`; one it does not know stays as it is."""
    framed = _ARGUMENT.fullmatch(message)
    if framed:
        inner = argparse_message(framed["message"], lang)
        return tr(lang, "cli.argparse.argument", argument=framed["argument"], message=inner)
    for pattern, key in _MESSAGES:
        found = pattern.fullmatch(message)
        if found:
            return tr(lang, key, **found.groupdict())
    return message
