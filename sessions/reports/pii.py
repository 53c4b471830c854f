"""Find what looks like personal data in text before it leaves politirad.

Notes are typed live in a meeting and may name people; a draft or minutes sent to a
council must not carry a fødselsnummer, a phone number or an e-mail address by
accident. The checks are the well-kept libraries' (python-stdnum for the fødselsnummer's
two check digits, phonenumbers for Norwegian numbering), so an 11-digit number with
wrong check digits, a date or a deadline is not reported.

Each finding says where it is: the line, the document section and the question id
found above it, and an excerpt with most of the value masked, so a warning printed on
a shared screen does not itself leak the value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Kind = Literal["fodselsnummer", "phone", "email"]

REGION = "NO"

_PERSONAL_TYPES = (
    "FIXED_LINE", "MOBILE", "FIXED_LINE_OR_MOBILE", "VOIP", "PERSONAL_NUMBER", "PAGER"
)
"""phonenumbers' types a person or household can have; service numbers (02800,
800-numbers) are public and not personal data."""

_MIN_PHONE_DIGITS = 8
"""Norwegian personal numbers have eight digits; lines with fewer skip the matcher."""

_FNR = re.compile(r"(?<![\d+])(\d{6}) ?(\d{5})(?!\d)")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])")
_MD_HEADING = re.compile(r"^#{1,6}\s+(?P<title>.+)$")
_RULE = re.compile(r"^(=+|-+)$")
_QUESTION = re.compile(
    r"^\s{0,4}(?:- )?(?:\*\*)?(?P<id>\d+\.\d+)(?:\*\*)?(?:  |\*\* )\S|\((?P<ref>\d+\.\d+)\):"
)


@dataclass(frozen=True, slots=True)
class Finding:
    """One piece of text that looks like personal data."""

    kind: Kind
    line: int
    """1-based line number in the scanned text."""
    column: int
    """1-based column where the value starts."""
    section: str
    """The heading above it ('' before the first heading)."""
    question: str
    """The question id above it within the section, e.g. '4.4' ('' when none)."""
    excerpt: str
    """The value with all but a few characters masked."""

    @property
    def where(self) -> str:
        """Section and question joined for a one-line message."""
        return ", ".join(part for part in (self.section, self.question) if part)


def scan_text(text: str) -> list[Finding]:
    """Every fødselsnummer, phone number and e-mail address in `text`, in order.

    Works on any text: a rendered document (headings give the section) or a single
    note (no section).
    """
    findings: list[Finding] = []
    lines = text.splitlines()
    section = question = ""
    for index, line in enumerate(lines):
        heading = _heading(lines, index)
        if heading is not None:
            section, question = heading, ""
            continue
        match = _QUESTION.search(line)
        if match:
            question = match["id"] or match["ref"]
        for kind, start, value in _scan_line(line):
            findings.append(
                Finding(kind, index + 1, start + 1, section, question, mask(kind, value))
            )
    return findings


def _heading(lines: list[str], index: int) -> str | None:
    line = lines[index].strip()
    md = _MD_HEADING.match(line)
    if md:
        return md["title"].strip()
    following = lines[index + 1].strip() if index + 1 < len(lines) else ""
    if line and _RULE.match(following) and len(following) == len(line):
        return line
    return None


def _scan_line(line: str) -> list[tuple[Kind, int, str]]:
    # Imported here: phonenumbers costs ~50 ms, and every CLI start (also `open`) imports this module.
    import phonenumbers
    from stdnum.no import fodselsnummer

    found: list[tuple[Kind, int, str]] = []
    taken: list[range] = []
    for match in _FNR.finditer(line):
        if fodselsnummer.is_valid(match[1] + match[2]):
            found.append(("fodselsnummer", match.start(), match[0]))
            taken.append(range(match.start(), match.end()))
    for match in _EMAIL.finditer(line):
        found.append(("email", match.start(), match[0]))
        taken.append(range(match.start(), match.end()))
    if sum(ch.isdigit() for ch in line) < _MIN_PHONE_DIGITS:
        return sorted(found, key=lambda f: f[1])
    matcher = phonenumbers.PhoneNumberMatcher(line, REGION, leniency=phonenumbers.Leniency.VALID)
    personal = {getattr(phonenumbers.PhoneNumberType, name) for name in _PERSONAL_TYPES}
    for phone in matcher:
        if phonenumbers.number_type(phone.number) not in personal:
            continue
        if not any(phone.start in span or phone.end - 1 in span for span in taken):
            found.append(("phone", phone.start, phone.raw_string))
    return sorted(found, key=lambda f: f[1])


def mask(kind: Kind, value: str) -> str:
    """Hide all but enough to find the value again in the text.

    E-mail keeps the first letter and the top-level domain; numbers keep their
    last two digits and their spacing.
    """
    if kind == "email":
        local, _, domain = value.partition("@")
        name, _, tld = domain.rpartition(".")
        return f"{local[:1]}***@{'*' * len(name)}.{tld}"
    digits_seen = 0
    total = sum(ch.isdigit() for ch in value)
    out = []
    for ch in value:
        if ch.isdigit():
            digits_seen += 1
            out.append(ch if digits_seen > total - 2 else "*")
        else:
            out.append(ch)
    return "".join(out)
