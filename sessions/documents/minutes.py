"""The minutes (møtereferat) of the self-evaluation meeting, in the form a municipality
files them: a header (politirådet, møtested, dato, tid, til stede, forfall, referent),
numbered items (saker) with what was said and what was decided, and the next meeting.

Guide 3.5 asks for minutes that name tasks, who is responsible and deadlines, so the
measures are the decision of their item, not an attachment. Questions the council
left out are listed as not discussed, so a reader sees they were not forgotten.
"""

from __future__ import annotations

from collections.abc import Callable

from politirad.models.session import Session
from politirad.models.tree import MainNode, question_tree
from politirad.sessions.documents.model import Document
from politirad.sessions.documents.parts import (
    add_expectations,
    add_measures_status,
    add_people,
    council_name,
    date_text,
    expectation_groups,
    meeting_when_where,
    present_facts,
)
from politirad.sessions.documents.privacy import NotePolicy
from politirad.sessions.documents.words import words

LEARNING_MAIN = "5"
MEASURES_MAIN = "6"
"""The guide's main questions whose items carry the learning points and the measures."""

Decision = Callable[[Document], None]


def build_minutes(session: Session, include_confidential: bool = False) -> Document:
    """Header, one item per main question discussed, decisions, next meeting."""
    w = words(session.language)
    policy = NotePolicy(session, include_confidential)
    doc = Document(language=session.language)
    doc.line(w["minutes_header"])
    doc.heading_title(council_name(session))
    _header(doc, session)
    doc.paragraph(w["minutes_subject"])
    doc.paragraph(w["guide_quoted"])
    if statement := policy.statement():
        doc.paragraph(statement)
    decisions = _decisions(session)
    mains = question_tree(session)
    number = 0
    for main in mains:
        if not main.included_subs():
            continue
        number += 1
        doc.section(w["minutes_case"].format(n=number, title=main.title))
        _discussion(doc, main, policy)
        found = decisions.pop(main.id, None)
        if found is not None:
            doc.paragraph(w["minutes_decision"])
            found[1](doc)
    for title_key, decision in decisions.values():
        number += 1
        doc.section(w["minutes_case"].format(n=number, title=w[title_key]))
        doc.paragraph(w["minutes_decision"])
        decision(doc)
    _next_meeting(doc, session)
    left_out = [m for m in mains if not m.included_subs()]
    if left_out:
        doc.section(w["minutes_left_out"])
        doc.labelled_list([(m.id, m.title) for m in left_out])
    return doc


def _header(doc: Document, session: Session) -> None:
    w = words(session.language)
    doc.facts(present_facts(meeting_when_where(session)))
    add_people(doc, session, w["present"])
    apologies = ", ".join(a.strip() for a in session.apologies if a.strip())
    doc.facts(
        present_facts(
            (
                (w["apologies"], apologies),
                (w["facilitator"], session.facilitator.strip()),
                (w["referent"], session.referent.strip()),
            ),
        )
    )


def _decisions(session: Session) -> dict[str, tuple[str, Decision]]:
    """What the council decided, by the main question whose item carries it.

    An item the council left out entirely still gets its decision, in an item of its
    own after the discussed ones.
    """
    w = words(session.language)
    out: dict[str, tuple[str, Decision]] = {}
    points = [p.strip() for p in session.learning_points if p.strip()]
    if points:

        def learning(doc: Document) -> None:
            doc.paragraph(w["minutes_learning_decision"])
            doc.items(points, numbered=True)

        out[LEARNING_MAIN] = ("minutes_learning", learning)
    groups = expectation_groups(session)
    if session.actions or any(entries for _, entries in groups):

        def measures(doc: Document) -> None:
            if session.actions:
                doc.paragraph(w["minutes_measures_decision"])
                add_measures_status(doc, session, session.actions)
            add_expectations(doc, groups)

        out[MEASURES_MAIN] = ("minutes_measures", measures)
    return out


def _discussion(doc: Document, main: MainNode, policy: NotePolicy) -> None:
    w = words(policy.session.language)
    said = False
    for sub in main.included_subs():
        note = policy.note(sub.id)
        withheld = not note and policy.is_confidential(sub.id)
        if not note and not withheld:
            continue
        said = True
        doc.labelled(sub.id, sub.text)
        if withheld:
            doc.paragraph(w["confidential_withheld"], quote=True)
            continue
        if policy.is_confidential(sub.id):
            doc.paragraph(w["confidential_mark"], quote=True)
        doc.paragraph(note, quote=True)
    if not said:
        doc.paragraph(w["minutes_no_notes"])
    left_out = [sub for sub in main.subs if not sub.included]
    if left_out:
        doc.paragraph(w["minutes_not_discussed"])
        doc.labelled_list([(sub.id, sub.text) for sub in left_out])


def _next_meeting(doc: Document, session: Session) -> None:
    w = words(session.language)
    doc.section(w["minutes_next"])
    if session.next_meeting is None:
        doc.paragraph(w["minutes_next_unset"])
        return
    doc.paragraph(w["minutes_next_text"].format(date=date_text(session.next_meeting, session.language)))
