"""The preparation sheet (forberedelsesark) sent to participants before the meeting.

Guide 2.1: the questions go out in advance so each participant can think them
through; the time frame, the themes to emphasise and who leads are agreed beforehand.
The sheet carries no notes from the meeting, only what was prepared.
"""

from __future__ import annotations

from politirad.models.session import Session
from politirad.models.tree import question_tree
from politirad.sessions.documents.model import Document
from politirad.sessions.documents.parts import (
    add_measures_status,
    add_people,
    council_name,
    meeting_when_where,
    present_facts,
)
from politirad.sessions.documents.privacy import NotePolicy
from politirad.sessions.documents.words import words
from politirad.sessions.live import timebox


def build_prep(session: Session, include_confidential: bool = False) -> Document:
    """Practical details, themes, schedule, the chosen questions, measures to review.

    `include_confidential` is accepted so every document has the same signature; the
    sheet prints no notes, so it never includes any.
    """
    w = words(session.language)
    policy = NotePolicy(session, include_confidential)
    doc = Document(language=session.language)
    doc.line(w["prep_header"])
    doc.heading_title(w["prep_title"].format(council=council_name(session)))
    doc.paragraph(" ".join(filter(None, (policy.statement(shows_notes=False), w["prep_no_notes"]))))
    doc.section(w["prep_practical"])
    facts = present_facts(
        (
            *meeting_when_where(session),
            (w["prep_time"], w["prep_minutes"].format(n=session.time_budget_minutes)),
            (w["facilitator"], session.facilitator.strip()),
            (w["referent"], session.referent.strip()),
        ),
    )
    doc.facts(facts)
    doc.paragraph(w["prep_intro"])
    doc.paragraph(w["guide_quoted"])
    doc.section(w["participants"])
    add_people(doc, session)
    themes = [t.strip() for t in session.focus_themes if t.strip()]
    if themes:
        doc.paragraph(f"{w['focus_themes']}:")
        doc.items(themes)
    mains = [m for m in question_tree(session) if m.included_subs()]
    if mains:
        doc.section(w["prep_schedule"])
        minutes = timebox.allocation(session)  # the clock's and F8's rule (issue 14)
        short = w["prep_minutes_short"]
        rows = [
            (f"{m.id}. {m.title}", f"{minutes[m.id]} {short}" if m.id in minutes else "")
            for m in mains
        ]
        doc.table((w["prep_main_question"], w["prep_time"]), rows, (64, 12), name="schedule")
    doc.section(w["prep_questions"])
    if not mains:
        doc.paragraph(w["prep_no_questions"])
    for main in mains:
        doc.labelled(main.id, main.title)
        if main.lead:
            doc.paragraph(main.lead, quote=True)
        doc.labelled_list([(sub.id, sub.text) for sub in main.included_subs()])
    open_items = [a for a in session.actions if a.status.is_open]
    if open_items:
        doc.section(w["prep_open_measures"])
        add_measures_status(doc, session, open_items)
    return doc
