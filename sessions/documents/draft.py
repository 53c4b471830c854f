"""The draft of the revised cooperation agreement (utkast til samarbeidsavtale).

The guide's last step is "Revider samarbeidsavtalen for neste periode". The draft is
written as agreement text from what the council decided: its themes, learning
points, the five measures, the expectations and its meeting pattern. The notes of the
evaluation appear only as a short, marked basis ("Grunnlag fra egenevalueringen")
for the secretary to read and cut. A section the session settles nothing about still
appears, saying so, because a missing section is easy to miss in a revision. Each
party signs in its own block: every municipality, and the police for the district.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from politirad.models.catalogue import guide_text
from politirad.models.criteria import CIRCULAR_AIMS, CIRCULAR_MIN_MEETINGS, SATISFIED_MIN_MEETINGS
from politirad.models.people import ANCHORING_ROLES, EXECUTIVE_WORDS, MAYOR_WORDS, POLICE_HEAD_WORDS, Participant, Side
from politirad.models.session import Session
from politirad.sessions.documents.model import Document
from politirad.sessions.documents.parts import (
    add_agreed_measures,
    add_expectations,
    council_name,
    date_text,
    expectation_groups,
    municipalities,
    next_evaluation,
    people_by_party,
    police_party,
    short_basis,
)
from politirad.sessions.documents.privacy import NotePolicy
from politirad.sessions.documents.words import words

GOAL_QUESTIONS = ("3.2", "5.5", "6.1")
LEADERSHIP_QUESTIONS = ("4.4",)
EXPECTATION_QUESTIONS = ("6.2",)
FOLLOWUP_QUESTIONS = ("4.5", "4.6")
DURATION_QUESTIONS = ("4.2", "4.3", "6.3")


@dataclass(frozen=True)
class DraftSection:
    """One numbered section: how to write it, and what it proposes (for --against)."""

    key: str
    title: str
    discussed: bool
    write: Callable[[Document], None]
    items: tuple[str, ...] = ()
    """Short statements the agreement should contain; compared with the current text."""
    note_ids: tuple[str, ...] = ()
    """Questions whose notes the section quotes as its basis."""
    new_page: bool = False


@dataclass(frozen=True)
class _Context:
    session: Session
    policy: NotePolicy
    w: dict[str, str]

    def notes(self, question_ids: tuple[str, ...]) -> tuple[str, ...]:
        """The questions among these that have a note this document may print."""
        return tuple(qid for qid in question_ids if self.policy.note(qid))

    def basis(self, doc: Document, question_ids: tuple[str, ...]) -> None:
        """Each note as a short quoted basis under its marked label."""
        for qid in question_ids:
            label = self.w["basis"].format(qid=qid)
            if self.policy.is_confidential(qid):
                label += f" {self.w['confidential_mark']}"
            doc.paragraph(label)
            doc.paragraph(short_basis(self.policy.note(qid)), quote=True)

    @property
    def many(self) -> bool:
        return len(municipalities(self.session)) > 1


def build_sections(session: Session, include_confidential: bool = False) -> list[DraftSection]:
    """The draft's sections in agreement order, numbered by position."""
    ctx = _Context(session, NotePolicy(session, include_confidential), words(session.language))
    builders = (
        _parties, _purpose, _goals, _organisation, _leadership, _expectations,
        _measures, _followup, _duration, _signatures,
    )
    return [build(ctx) for build in builders]


def build_draft(
    session: Session, include_confidential: bool = False, against: str | None = None
) -> Document:
    """The draft agreement; with `against` (the current agreement's text) an appendix
    says section by section what the evaluation proposes to change."""
    # Imported here: against.py reads DraftSection from this module.
    from politirad.sessions.documents.against import add_changes_appendix

    w = words(session.language)
    policy = NotePolicy(session, include_confidential)
    sections = build_sections(session, include_confidential)
    doc = Document(language=session.language)
    doc.line(w["draft_header"])
    doc.heading_title(w["draft_title"].format(council=council_name(session)))
    doc.paragraph(w["draft_lead"].format(date=date_text(session.date, session.language)))
    if statement := policy.statement():
        doc.paragraph(statement)
    for number, section in enumerate(sections, start=1):
        if section.new_page:
            doc.page_break()
        doc.section(f"{number}. {section.title}")
        if section.discussed:
            section.write(doc)
        else:
            doc.paragraph(w["not_discussed"])
    if against is not None:
        doc.page_break()
        add_changes_appendix(doc, sections, against, session.language)
    return doc


def _parties(ctx: _Context) -> DraftSection:
    s, w = ctx.session, ctx.w
    names = municipalities(s)
    council = s.council
    parties = [*names, police_party(s)]

    def write(doc: Document) -> None:
        doc.paragraph(w["parties_lead"])
        doc.items(parties)
        if council.name.strip():
            doc.paragraph(w["parties_council"].format(council=council.name.strip()))

    return DraftSection("parties", w["s_parties"], bool(names), write, items=tuple(parties))


def _purpose(ctx: _Context) -> DraftSection:
    aims = [guide_text(aim.text, aim.text_en, ctx.session.language) for aim in CIRCULAR_AIMS]
    w = ctx.w
    municipality = w["the_municipalities"] if ctx.many else w["the_municipality"]

    def write(doc: Document) -> None:
        doc.paragraph(w["purpose_text"].format(municipality=municipality))
        doc.paragraph(w["purpose_lead"])
        doc.items(aims)

    return DraftSection("purpose", w["s_purpose"], True, write, items=tuple(aims))


def _goals(ctx: _Context) -> DraftSection:
    s, w = ctx.session, ctx.w
    themes = [t.strip() for t in s.focus_themes if t.strip()]
    points = [p.strip() for p in s.learning_points if p.strip()]
    notes = ctx.notes(GOAL_QUESTIONS)

    def write(doc: Document) -> None:
        if themes:
            doc.paragraph(w["goals_themes"])
            doc.items(themes)
        if points:
            doc.paragraph(w["goals_learning"])
            doc.items(points, numbered=True)
        ctx.basis(doc, notes)

    return DraftSection(
        "goals", w["s_goals"], bool(themes or points), write,
        items=(*themes, *points), note_ids=notes,
    )


def _organisation(ctx: _Context) -> DraftSection:
    s, w = ctx.session, ctx.w
    groups = people_by_party(s)
    missing = _missing_anchoring(s)
    unit = s.council.police_unit.strip() or w["organisation_police_unit"]
    municipality = w["organisation_each_municipality"] if ctx.many else w["the_municipality"]
    rule = w["organisation_rule"].format(municipality=municipality, unit=unit)

    def write(doc: Document) -> None:
        if groups:
            doc.paragraph(w["organisation_lead"])
            doc.items([f"{party}: " + ", ".join(_person(p) for p in people) for party, people in groups])
        doc.paragraph(rule)
        if s.participants and missing:
            doc.paragraph(w["basis_fact"])
            roles = _and(missing, s.language)
            doc.paragraph(w["anchoring_missing"].format(roles=roles[:1].upper() + roles[1:]), quote=True)

    return DraftSection(
        "organisation", w["s_organisation"], True, write,
        items=tuple(p.name for p in s.participants),
    )


def _leadership(ctx: _Context) -> DraftSection:
    s, w = ctx.session, ctx.w
    notes = ctx.notes(LEADERSHIP_QUESTIONS)
    held = s.meetings_past_year
    meetings = w["leadership_meetings"].format(n=max(held or 0, SATISFIED_MIN_MEETINGS))
    has_mayor = any(
        any(word in p.role.casefold() for word in MAYOR_WORDS) and p.side == Side.KOMMUNE for p in s.participants
    )
    chair = "" if not has_mayor else w["leadership_chair_many" if ctx.many else "leadership_chair_one"]

    def write(doc: Document) -> None:
        if chair:
            doc.paragraph(chair)
        doc.paragraph(meetings)
        doc.paragraph(w["leadership_papers"])
        if held is not None or notes:
            if held is not None:
                key = "meetings_held_one" if held == 1 else "meetings_held"
                doc.paragraph(w["basis_fact"])
                doc.paragraph(
                    w[key].format(n=held, min=CIRCULAR_MIN_MEETINGS, sat=SATISFIED_MIN_MEETINGS),
                    quote=True,
                )
            ctx.basis(doc, notes)

    return DraftSection(
        "leadership", w["s_leadership"], True, write, items=(meetings,), note_ids=notes,
    )


def _expectations(ctx: _Context) -> DraftSection:
    groups = expectation_groups(ctx.session)
    notes = ctx.notes(EXPECTATION_QUESTIONS)
    entries = tuple(e for _, group in groups for e in group)

    def write(doc: Document) -> None:
        add_expectations(doc, groups)
        ctx.basis(doc, notes)

    return DraftSection(
        "expectations", ctx.w["s_expectations"], bool(entries), write,
        items=entries, note_ids=notes,
    )


def _measures(ctx: _Context) -> DraftSection:
    s = ctx.session
    open_items = [a for a in s.actions if a.status.is_open]

    def write(doc: Document) -> None:
        doc.paragraph(ctx.w["measures_lead"])
        add_agreed_measures(doc, s)

    return DraftSection(
        "measures", ctx.w["s_measures"], bool(open_items), write,
        items=tuple(a.title for a in open_items),
    )


def _followup(ctx: _Context) -> DraftSection:
    s, w = ctx.session, ctx.w
    when = date_text(next_evaluation(s.date), s.language)
    notes = ctx.notes(FOLLOWUP_QUESTIONS)

    def write(doc: Document) -> None:
        doc.paragraph(w["followup_text"].format(date=when))
        if s.next_meeting is not None:
            doc.paragraph(w["followup_next_meeting"].format(date=date_text(s.next_meeting, s.language)))
        ctx.basis(doc, notes)

    return DraftSection("followup", w["s_followup"], True, write, items=(when,), note_ids=notes)


def _duration(ctx: _Context) -> DraftSection:
    s, w = ctx.session, ctx.w
    notes = ctx.notes(DURATION_QUESTIONS)

    def write(doc: Document) -> None:
        text = w["duration_text"]
        if s.written_agreement is not None:
            text += " " + w["duration_replaces" if s.written_agreement else "duration_first"]
        doc.paragraph(text)
        ctx.basis(doc, notes)

    return DraftSection("duration", w["s_duration"], True, write, note_ids=notes)


def _signatures(ctx: _Context) -> DraftSection:
    s, w = ctx.session, ctx.w
    names = municipalities(s)
    unit = s.council.police_unit.strip()
    district = s.council.police_district.strip()

    def write(doc: Document) -> None:
        doc.paragraph(w["signatures_lead"])
        for raw, name in zip(s.council.municipalities, names, strict=False):
            mayor = _signer(s, Side.KOMMUNE, raw, MAYOR_WORDS + EXECUTIVE_WORDS)
            signer = mayor or w["signature_municipality"]
            doc.signature(w["signature_for"].format(party=name), signer, w["signature_place"])
        head = _signer(s, Side.POLITI, unit, POLICE_HEAD_WORDS)
        role = w["signature_police"].format(unit=unit) if unit else w["signature_police_plain"]
        named = district or unit
        party = w["signature_for"].format(party=named) if named else w["signature_for_police"]
        doc.signature(party, head or role, w["signature_place"])

    return DraftSection("signatures", w["s_signatures"], True, write, new_page=True)


def _signer(session: Session, side: Side, party: str, roles: tuple[str, ...]) -> str:
    """'Kari Nordmann, ordfører': the participant who signs for a party, if known.

    The first of `roles` held by a participant of that side who represents the party
    (or, with one municipality or no named party, anyone of that side).
    """
    w = words(session.language)
    single = len(session.council.municipalities) <= 1 or side == Side.POLITI
    for role in roles:
        for p in session.participants:
            speaks_for = p.represents.strip().casefold()
            own = speaks_for == party.strip().casefold() or (not speaks_for and single)
            if p.side == side and own and role in p.role.casefold():
                return w["signature_named"].format(name=p.name, role=p.role.strip())
    return ""


def _person(p: Participant) -> str:
    return f"{p.name} ({p.role.strip()})" if p.role.strip() else p.name


def _and(items: list[str], language: str) -> str:
    joiner = f" {words(language)['and']} "
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + joiner + items[-1]


def _missing_anchoring(session: Session) -> list[str]:
    """Roles guide 3.5 expects at the table that no participant holds."""
    w = words(session.language)
    labels = {"ordfører": w["role_mayor"], "kommunedirektør/rådmann": w["role_executive"]}
    roles = [p.role.casefold() for p in session.participants]
    return [
        labels[key]
        for key, words_ in ANCHORING_ROLES.items()
        if not any(word in role for role in roles for word in words_)
    ]
