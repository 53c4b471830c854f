"""The guide's concluding parts as every document prints them: measures, expectations.

The guide's success criteria ask for minutes that name tasks, who is responsible and
deadlines; the draft, the minutes and the preparation sheet print the same table so
the three agree.
"""

from __future__ import annotations

from collections.abc import Sequence

from politirad.models.actions import ActionItem
from politirad.models.session import Language, Session
from politirad.sessions.documents.layout import DocumentBuilder
from politirad.sessions.documents.words import words

WIDTHS = (30, 20, 10, 12)
"""Column widths: 30 + 20 + 10 + 12 plus three gaps of two make 78."""


def responsible_text(item: ActionItem, language: Language) -> str:
    """'Kommunen: SLT-koordinator' - the side, then the person or role when named."""
    side = words(language)[f"side_{item.responsible_side}"]
    return f"{side}: {item.responsible}" if item.responsible.strip() else side


def ordered(actions: Sequence[ActionItem]) -> list[ActionItem]:
    """The year's measures first (guide 6.1), each group in the session's order."""
    return [a for a in actions if a.year_measure] + [a for a in actions if not a.year_measure]


def add_measures_table(
    doc: DocumentBuilder, actions: Sequence[ActionItem], language: Language
) -> None:
    """The table, or a line saying there are none; year measures carry a star."""
    w = words(language)
    if not actions:
        doc.paragraph(w["no_measures"])
        return
    rows = [
        (
            f"{'*' if item.year_measure else ''}{item.id} {item.title}",
            responsible_text(item, language),
            item.deadline.isoformat() if item.deadline else "",
            w[f"status_{item.status}"],
        )
        for item in ordered(actions)
    ]
    doc.table((w["measure"], w["responsible"], w["deadline"], w["status"]), rows, WIDTHS)
    if any(item.year_measure for item in actions):
        doc.paragraph(w["year_measure_note"])


def expectation_groups(session: Session) -> list[tuple[str, list[str]]]:
    """Guide 6.2 both ways, each with its lead line; empty entries dropped."""
    w = words(session.language)
    exp = session.expectations
    return [
        (w[key], [e for e in entries if e.strip()])
        for key, entries in (
            ("police_of_municipality", exp.police_of_municipality),
            ("municipality_of_police", exp.municipality_of_police),
        )
    ]


def add_expectations(doc: DocumentBuilder, groups: list[tuple[str, list[str]]]) -> None:
    """Each direction that has entries, as a lead line and a list."""
    for label, entries in groups:
        if entries:
            doc.paragraph(label)
            doc.items(entries)
