"""The minutes (møtereferat) of the self-evaluation meeting.

Guide 3.5 asks for minutes that name tasks, who is responsible and deadlines, so the
measures table is part of the minutes, not an attachment.
"""

from __future__ import annotations

from politirad.models.session import Session
from politirad.models.tree import MainNode, question_tree
from politirad.sessions.documents.draft import council_name
from politirad.sessions.documents.layout import DocumentBuilder, Format
from politirad.sessions.documents.conclusions import (
    add_expectations,
    add_measures_table,
    expectation_groups,
)
from politirad.sessions.documents.privacy import NotePolicy
from politirad.sessions.documents.words import long_date, words


def render_minutes(
    session: Session, include_confidential: bool = False, fmt: Format = "text"
) -> str:
    """Council, date, participants, the notes per main question, measures, learning."""
    w = words(session.language)
    policy = NotePolicy(session, include_confidential)
    doc = DocumentBuilder(fmt)
    doc.line(w["minutes_header"])
    doc.title(w["minutes_title"].format(council=council_name(session)))
    facts = [f"{w['date']}: {long_date(session.date, session.language)}"]
    if session.facilitator.strip():
        facts.append(f"{w['facilitator']}: {session.facilitator.strip()}")
    doc.lines(facts)
    doc.paragraph(policy.statement())
    add_people(doc, session)
    for main in question_tree(session):
        _main_question(doc, main, policy)
    doc.section(w["minutes_measures"])
    add_measures_table(doc, session.actions, session.language)
    doc.section(w["minutes_learning"])
    points = [p for p in session.learning_points if p.strip()]
    if points:
        doc.items(points, numbered=True)
    else:
        doc.paragraph(w["minutes_none"])
    _expectations(doc, session)
    return doc.render()


def add_people(doc: DocumentBuilder, session: Session) -> None:
    """Participants with role and side, then the themes they want to emphasise."""
    w = words(session.language)
    doc.section(w["participants"])
    if session.participants:
        doc.items(
            [
                ", ".join(x for x in (p.name, p.role.strip(), w[f"side_{p.side}"]) if x)
                for p in session.participants
            ]
        )
    else:
        doc.paragraph(w["none_recorded"])
    themes = [t for t in session.focus_themes if t.strip()]
    if themes:
        doc.paragraph(f"{w['focus_themes']}:")
        doc.items(themes)


def _main_question(doc: DocumentBuilder, main: MainNode, policy: NotePolicy) -> None:
    w = words(policy.session.language)
    doc.section(f"{main.id}. {main.title}")
    said = False
    for sub in main.included_subs():
        note = policy.note(sub.id)
        withheld = not note and policy.is_confidential(sub.id)
        if not note and not withheld:
            continue
        said = True
        doc.labelled(sub.id, sub.text)
        if withheld:
            doc.paragraph(w["confidential_withheld"], indent="  ")
            continue
        if policy.is_confidential(sub.id):
            doc.paragraph(w["confidential_mark"], indent="  ")
        doc.paragraph(note, indent="  ")
    if not said:
        doc.paragraph(w["minutes_none"])


def _expectations(doc: DocumentBuilder, session: Session) -> None:
    groups = expectation_groups(session)
    if any(entries for _, entries in groups):
        doc.section(words(session.language)["minutes_expectations"])
        add_expectations(doc, groups)
