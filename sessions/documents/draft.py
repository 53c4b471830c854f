"""The agreement-revision draft (utkast til samarbeidsavtale) built from a session.

The guide's last step is "Revider samarbeidsavtalen for neste periode": this turns
the evaluation into the numbered sections such an agreement has, for a secretary to
paste into a document, edit and sign. A section the session says nothing about still
appears, saying so, because a missing section is easy to miss in a revision.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from politirad.models.criteria import CIRCULAR_AIMS, CIRCULAR_MIN_MEETINGS, SATISFIED_MIN_MEETINGS
from politirad.models.people import ANCHORING_ROLES, Participant, Side
from politirad.models.session import Session
from politirad.sessions.documents.layout import DocumentBuilder, Format
from politirad.sessions.documents.conclusions import (
    add_expectations,
    add_measures_table,
    expectation_groups,
)
from politirad.sessions.documents.privacy import NotePolicy
from politirad.sessions.documents.words import long_date, words

GOAL_QUESTIONS = ("3.2", "5.5", "6.1")
ORGANISATION_QUESTIONS = ("2.2", "2.3")
LEADERSHIP_QUESTIONS = ("4.1", "4.4", "4.5", "4.6", "4.7")
EXPECTATION_QUESTIONS = ("6.2",)
LEARNING_QUESTIONS = ("5.6",)
DURATION_QUESTIONS = ("4.2", "4.3", "6.3")


@dataclass(frozen=True)
class DraftSection:
    """One numbered section: how to write it, and what it proposes (for --against)."""

    key: str
    title: str
    discussed: bool
    write: Callable[[DocumentBuilder], None]
    items: tuple[str, ...] = ()
    """Short statements the agreement should contain; compared with the current text."""
    note_ids: tuple[str, ...] = ()
    """Questions whose notes the section quotes."""


@dataclass(frozen=True)
class _Context:
    session: Session
    policy: NotePolicy
    w: dict[str, str]

    def notes(self, question_ids: tuple[str, ...]) -> tuple[str, ...]:
        """The questions among these that have a note this document may print."""
        return tuple(qid for qid in question_ids if self.policy.note(qid))

    def write_notes(self, doc: DocumentBuilder, question_ids: tuple[str, ...]) -> None:
        for qid in self.notes(question_ids):
            label = self.w["from_evaluation"].format(qid=qid)
            if self.policy.is_confidential(qid):
                label += f" {self.w['confidential_mark']}"
            doc.line(label)
            doc.paragraph(self.policy.note(qid), indent="  ")


def build_sections(session: Session, include_confidential: bool = False) -> list[DraftSection]:
    """The draft's sections in agreement order, numbered by position."""
    ctx = _Context(session, NotePolicy(session, include_confidential), words(session.language))
    builders = (
        _parties, _background, _purpose, _goals, _organisation, _leadership,
        _expectations, _measures, _learning, _followup, _duration, _signatures,
    )
    return [build(ctx) for build in builders]


def render_draft(
    session: Session,
    include_confidential: bool = False,
    fmt: Format = "text",
    against: str | None = None,
) -> str:
    """The draft agreement; with `against` (the current agreement's text) an appendix
    says section by section what the evaluation proposes to change."""
    # Imported here: against.py reads DraftSection from this module.
    from politirad.sessions.documents.against import add_changes_appendix

    w = words(session.language)
    policy = NotePolicy(session, include_confidential)
    sections = build_sections(session, include_confidential)
    doc = DocumentBuilder(fmt)
    doc.line(w["draft_header"])
    doc.title(w["draft_title"].format(council=council_name(session)))
    doc.paragraph(w["draft_subtitle"].format(date=long_date(session.date, session.language)))
    doc.paragraph(policy.statement())
    for number, section in enumerate(sections, start=1):
        doc.section(f"{number}. {section.title}")
        if section.discussed:
            section.write(doc)
        else:
            doc.paragraph(w["not_discussed"])
    if against is not None:
        add_changes_appendix(doc, sections, against, session.language)
    return doc.render()


def council_name(session: Session) -> str:
    """The council's name, or a neutral word when the setup left it empty."""
    return session.council.name.strip() or words(session.language)["unnamed_council"]


def next_evaluation(date: dt.date) -> dt.date:
    """A year on; 29 February falls back to the 28th."""
    try:
        return date.replace(year=date.year + 1)
    except ValueError:
        return date.replace(year=date.year + 1, day=28)


def _parties(ctx: _Context) -> DraftSection:
    council = ctx.session.council
    rows = []
    if council.name.strip():
        rows.append(ctx.w["party_council"].format(name=council.name.strip()))
    if council.municipalities:
        rows.append(ctx.w["party_municipality"].format(names=", ".join(council.municipalities)))
    if council.police_unit.strip():
        rows.append(ctx.w["party_police"].format(unit=council.police_unit.strip()))
    items = (*council.municipalities, council.police_unit.strip())
    return DraftSection(
        "parties", ctx.w["s_parties"], bool(rows), lambda doc: doc.lines(rows),
        items=tuple(i for i in items if i),
    )


def _background(ctx: _Context) -> DraftSection:
    s, w = ctx.session, ctx.w

    def write(doc: DocumentBuilder) -> None:
        doc.paragraph(w["background_text"].format(date=long_date(s.date, s.language)))
        facts = []
        if s.facilitator.strip():
            facts.append(f"{w['facilitator']}: {s.facilitator.strip()}")
        if s.participants:
            facts.append(f"{w['participants']}: " + ", ".join(_person(p) for p in s.participants))
        if facts:
            doc.lines(facts)
        if s.written_agreement is not None:
            key = "background_agreement_yes" if s.written_agreement else "background_agreement_no"
            doc.paragraph(w[key])

    return DraftSection("background", w["s_background"], True, write)


def _purpose(ctx: _Context) -> DraftSection:
    english = ctx.session.language == "en"
    aims = [aim.text_en if english else aim.text for aim in CIRCULAR_AIMS]

    def write(doc: DocumentBuilder) -> None:
        doc.paragraph(ctx.w["purpose_lead"])
        doc.items(aims)

    return DraftSection("purpose", ctx.w["s_purpose"], True, write, items=tuple(aims))


def _goals(ctx: _Context) -> DraftSection:
    themes = [t for t in ctx.session.focus_themes if t.strip()]
    notes = ctx.notes(GOAL_QUESTIONS)

    def write(doc: DocumentBuilder) -> None:
        if themes:
            doc.paragraph(f"{ctx.w['focus_themes']}:")
            doc.items(themes)
        ctx.write_notes(doc, notes)

    return DraftSection(
        "goals", ctx.w["s_goals"], bool(themes or notes), write,
        items=tuple(themes), note_ids=notes,
    )


def _organisation(ctx: _Context) -> DraftSection:
    s, w = ctx.session, ctx.w
    notes = ctx.notes(ORGANISATION_QUESTIONS)
    missing = _missing_anchoring(s)

    def write(doc: DocumentBuilder) -> None:
        for side in (Side.KOMMUNE, Side.POLITI, Side.ANNEN):
            people = [_person(p) for p in s.participants if p.side == side]
            if people:
                doc.paragraph(f"{w[f'side_{side}']}:")
                doc.items(people)
        if s.participants and missing:
            doc.paragraph(w["anchoring_missing"].format(roles=", ".join(missing)))
        ctx.write_notes(doc, notes)

    return DraftSection(
        "organisation", w["s_organisation"], bool(s.participants or notes), write,
        items=tuple(p.name for p in s.participants), note_ids=notes,
    )


def _leadership(ctx: _Context) -> DraftSection:
    s, w = ctx.session, ctx.w
    notes = ctx.notes(LEADERSHIP_QUESTIONS)
    held = s.meetings_past_year
    rule = (
        w["meetings_rule"].format(n=max(held, SATISFIED_MIN_MEETINGS))
        if held is not None
        else ""
    )

    def write(doc: DocumentBuilder) -> None:
        if held is not None:
            said = w["meetings_held_one"] if held == 1 else w["meetings_held"].format(n=held)
            if held < CIRCULAR_MIN_MEETINGS:
                finding = w["meetings_below_min"]
            elif held < SATISFIED_MIN_MEETINGS:
                finding = w["meetings_at_min"]
            else:
                finding = w["meetings_satisfied"]
            finding = finding.format(min=CIRCULAR_MIN_MEETINGS, sat=SATISFIED_MIN_MEETINGS)
            doc.paragraph(f"{said} {finding}")
            doc.paragraph(w["proposal"].format(text=rule))
        ctx.write_notes(doc, notes)

    return DraftSection(
        "leadership", w["s_leadership"], bool(held is not None or notes), write,
        items=(rule,) if rule else (), note_ids=notes,
    )


def _expectations(ctx: _Context) -> DraftSection:
    groups = expectation_groups(ctx.session)
    notes = ctx.notes(EXPECTATION_QUESTIONS)

    def write(doc: DocumentBuilder) -> None:
        add_expectations(doc, groups)
        ctx.write_notes(doc, notes)

    entries = tuple(e for _, group in groups for e in group)
    return DraftSection(
        "expectations", ctx.w["s_expectations"], bool(entries or notes), write,
        items=entries, note_ids=notes,
    )


def _measures(ctx: _Context) -> DraftSection:
    actions = ctx.session.actions
    return DraftSection(
        "measures", ctx.w["s_measures"], bool(actions),
        lambda doc: add_measures_table(doc, actions, ctx.session.language),
        items=tuple(a.title for a in actions),
    )


def _learning(ctx: _Context) -> DraftSection:
    points = [p for p in ctx.session.learning_points if p.strip()]
    notes = ctx.notes(LEARNING_QUESTIONS)

    def write(doc: DocumentBuilder) -> None:
        if points:
            doc.items(points, numbered=True)
        ctx.write_notes(doc, notes)

    return DraftSection(
        "learning", ctx.w["s_learning"], bool(points or notes), write,
        items=tuple(points), note_ids=notes,
    )


def _followup(ctx: _Context) -> DraftSection:
    s = ctx.session
    when = long_date(next_evaluation(s.date), s.language)
    text = ctx.w["followup_text"].format(date=when)
    return DraftSection(
        "followup", ctx.w["s_followup"], True, lambda doc: doc.paragraph(text), items=(when,)
    )


def _duration(ctx: _Context) -> DraftSection:
    notes = ctx.notes(DURATION_QUESTIONS)

    def write(doc: DocumentBuilder) -> None:
        doc.paragraph(ctx.w["duration_text"])
        ctx.write_notes(doc, notes)

    return DraftSection("duration", ctx.w["s_duration"], True, write, note_ids=notes)


def _signatures(ctx: _Context) -> DraftSection:
    w = ctx.w
    municipality = ", ".join(
        name if "kommune" in name.casefold() else name + w["municipality_suffix"]
        for name in ctx.session.council.municipalities
    )
    police = ctx.session.council.police_unit.strip()
    left = w["signature_mayor"] + (f", {municipality}" if municipality else "")
    right = w["signature_police"] + (f", {police}" if police else "")

    def write(doc: DocumentBuilder) -> None:
        doc.line(w["signature_place"])
        doc.signature(left)
        doc.signature(right)

    return DraftSection("signatures", w["s_signatures"], True, write)


def _person(p: Participant) -> str:
    return f"{p.name} ({p.role})" if p.role.strip() else p.name


def _missing_anchoring(session: Session) -> list[str]:
    """Roles guide 3.5 expects at the table that no participant holds."""
    roles = [p.role.casefold() for p in session.participants]
    return [
        label
        for label, words_ in ANCHORING_ROLES.items()
        if not any(word in role for role in roles for word in words_)
    ]
