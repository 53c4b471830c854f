"""Compare the draft with the council's current agreement (`draft --against/--diff`).

Agreements are written in many ways, so the current text is read loosely: numbered
headings ("3. Formål", "§ 3 Formål", "## 3 Formål") split it into sections, and a
section's title decides which draft section it corresponds to. What the draft
proposes and the current text lacks is listed as a proposed addition.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from politirad.models.session import Language
from politirad.sessions.documents.draft import DraftSection
from politirad.sessions.documents.model import Document
from politirad.sessions.documents.words import words

_HEADING = re.compile(
    r"^\s{0,3}(?:#{1,6}\s*)?(?:§\s*)?(?P<number>\d{1,2})\s*[.)]?\s+(?P<title>\S.{0,60})$"
)

_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("purpose", ("formål", "føremål", "hensikt", "purpose", "aim")),
    ("signatures", ("underskrift", "signatur", "signature")),
    (
        "organisation",
        ("deltag", "deltak", "organis", "sammensetning", "medlem", "particip", "member"),
    ),
    ("parties", ("part",)),
    ("expectations", ("forvent", "expect")),
    ("measures", ("tiltak", "handlingsplan", "measure", "action")),
    ("learning", ("læring", "learning", "lesson")),
    ("duration", ("varighet", "varigheit", "revisjon", "gyldighet", "gyldigheit", "ikrafttred", "duration", "revision")),
    ("followup", ("oppfølging", "evaluering", "follow", "evaluation")),
    ("background", ("bakgrunn", "innledning", "innleiing", "background", "introduction")),
    ("leadership", ("ledelse", "leiing", "leder", "leiar", "møte", "lead", "meeting", "chair")),
    ("goals", ("mål", "satsing", "priorit", "fokus", "goal", "focus")),
)
"""Checked in this order, so 'Formål' (and nynorsk 'Føremål') is the purpose before
'mål' makes it a goal. Stems in bokmål, nynorsk and English; 'Innleiing'
is checked before its 'leiing' makes it leadership."""


@dataclass(frozen=True, slots=True)
class CurrentSection:
    """A section of the current agreement as found by its numbered heading."""

    number: int
    title: str
    body: str


def split_sections(text: str) -> list[CurrentSection]:
    """Numbered headings in order; a number must follow the previous one, so a
    numbered list inside a section is not mistaken for a heading."""
    sections: list[CurrentSection] = []
    body: list[str] = []
    for line in text.splitlines():
        match = _HEADING.match(line)
        expected = sections[-1].number + 1 if sections else None
        if match and _is_heading(match, expected):
            _close(sections, body)
            sections.append(CurrentSection(int(match["number"]), match["title"].strip(), ""))
            body = []
        elif sections:
            body.append(line)
    _close(sections, body)
    return sections


def _is_heading(match: re.Match[str], expected: int | None) -> bool:
    number = int(match["number"])
    title = match["title"].rstrip()
    if title.endswith((".", ",", ";", ":")) and not title.endswith(".."):
        return False
    return number == expected if expected is not None else number in (0, 1)


def _close(sections: list[CurrentSection], body: list[str]) -> None:
    if sections:
        last = sections[-1]
        sections[-1] = CurrentSection(last.number, last.title, "\n".join(body))


def section_key(title: str) -> str | None:
    """The draft section a current heading corresponds to, or None."""
    lowered = title.casefold()
    for key, keywords in _KEYWORDS:
        if any(word in lowered for word in keywords):
            return key
    return None


def match_sections(current: Sequence[CurrentSection]) -> dict[str, CurrentSection]:
    """Each draft key to the first current section that corresponds to it."""
    matched: dict[str, CurrentSection] = {}
    for section in current:
        key = section_key(section.title)
        if key is not None and key not in matched:
            matched[key] = section
    return matched


def _normal(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


@dataclass(frozen=True, slots=True)
class SectionChange:
    """What the evaluation proposes for one draft section."""

    title: str
    verdict: str
    additions: tuple[str, ...] = ()
    notes: str = ""


def proposed_changes(
    sections: Sequence[DraftSection], current_text: str, language: Language
) -> list[SectionChange]:
    """One verdict per draft section, in the draft's order."""
    w = words(language)
    matched = match_sections(split_sections(current_text))
    out: list[SectionChange] = []
    for number, section in enumerate(sections, start=1):
        found = matched.get(section.key)
        title = f"{number}. {section.title}"
        if found is not None:
            title += " " + w["against_matched"].format(title=found.title)
        additions: tuple[str, ...] = ()
        if not section.discussed:
            verdict = w["against_keep"] if found else w["against_absent"]
        elif found is None:
            verdict = w["against_new"]
        else:
            body = _normal(f"{found.title}\n{found.body}")
            additions = tuple(item for item in section.items if _normal(item) not in body)
            verdict = w["against_add"] if additions else w["against_unchanged"]
        notes = (
            w["against_notes"].format(ids=", ".join(section.note_ids))
            if section.note_ids
            else ""
        )
        out.append(SectionChange(title, verdict, additions, notes))
    return out


def add_changes_appendix(
    doc: Document,
    sections: Sequence[DraftSection],
    current_text: str,
    language: Language,
) -> None:
    """The appendix a secretary reads before deciding on each change, then cuts."""
    w = words(language)
    doc.section(w["against_title"])
    current = split_sections(current_text)
    if not current:
        doc.paragraph(w["against_no_sections"])
        return
    doc.paragraph(w["against_lead"])
    for change in proposed_changes(sections, current_text, language):
        doc.section(change.title, level=2)
        doc.paragraph(change.verdict, quote=True)
        if change.additions:
            doc.items(change.additions)
        if change.notes:
            doc.paragraph(change.notes, quote=True)
    matched = {(s.number, s.title) for s in match_sections(current).values()}
    for section in current:
        if (section.number, section.title) not in matched:
            doc.paragraph(w["against_extra"].format(title=section.title))


def unified_diff(current_text: str, draft_text: str, current_name: str) -> str:
    """The change from the current agreement to the draft, as `diff -u` prints it."""
    lines = difflib.unified_diff(
        current_text.splitlines(keepends=True),
        draft_text.splitlines(keepends=True),
        fromfile=current_name,
        tofile="utkast",
    )
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)
