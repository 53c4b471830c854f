"""What the draft, the minutes and the sheet share: names of the parties, people, the
measures table and the expectations.

Kept here rather than in one document that the others import, so each document
module depends on this one and on nothing of its siblings. The guide's success
criteria ask for minutes that name tasks, who is responsible and deadlines; the three
documents print the same measures so they agree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from politirad.models.actions import ActionItem
from politirad.models.people import Participant, Side
from politirad.models.session import Language, Session
from politirad.sessions.documents.model import Document
from politirad.sessions.documents.words import long_date, words

DRAFT_WIDTHS = (30, 14, 18, 10)
"""Measure, responsible party, responsible, deadline: 72 plus three gaps of two."""
MINUTES_WIDTHS = (28, 22, 10, 12)
"""Measure, responsible, deadline, status ('ikke startet' whole): 72 plus three gaps."""
MAX_BASIS = 300
"""A quoted note is basis, not text: at most this many characters of it."""


def council_name(session: Session) -> str:
    """The council's name, or a neutral word when the setup left it empty."""
    return session.council.name.strip() or words(session.language)["unnamed_council"]


def municipality_name(name: str, language: Language) -> str:
    """'Stryn' as a party: 'Stryn kommune'; a name that already says so stays."""
    w = words(language)
    name = name.strip()
    if w["municipality_word"] in name.casefold() or "kommune" in name.casefold():
        return name
    return w["municipality_name"].format(name=name)


def municipalities(session: Session) -> list[str]:
    """Each municipality of the council as a party."""
    return [municipality_name(m, session.language) for m in session.council.municipalities if m.strip()]


def police_party(session: Session) -> str:
    """The police as a party: the district, by the unit when both are known."""
    w = words(session.language)
    district = session.council.police_district.strip()
    unit = session.council.police_unit.strip()
    if district and unit:
        return w["parties_police"].format(district=district, unit=unit)
    return district or unit or w["police_unnamed"]


def party_of(person: Participant, session: Session) -> str:
    """Whom a participant speaks for: what they represent, else their side's party."""
    w = words(session.language)
    if person.represents.strip():
        if person.side == Side.KOMMUNE:
            return municipality_name(person.represents, session.language)
        return person.represents.strip()
    if person.side == Side.KOMMUNE:
        names = municipalities(session)
        return names[0] if len(names) == 1 else w["side_kommune"]
    if person.side == Side.POLITI:
        return session.council.police_unit.strip() or w["police_unnamed"]
    return w["others"]


def person_line(person: Participant, session: Session) -> str:
    """'Kari Nordmann, ordfører, Stad kommune': name, role and party."""
    return ", ".join(x for x in (person.name, person.role.strip(), party_of(person, session)) if x)


def people_by_party(session: Session) -> list[tuple[str, list[Participant]]]:
    """Participants grouped by the party they speak for, municipalities first."""
    groups: dict[str, list[Participant]] = {}
    order = {Side.KOMMUNE: 0, Side.POLITI: 1, Side.ANNEN: 2}
    for person in sorted(session.participants, key=lambda p: order[p.side]):
        groups.setdefault(party_of(person, session), []).append(person)
    return list(groups.items())


def present_facts(pairs: Sequence[tuple[str, str]]) -> list[str]:
    """'Møtested: Rådhuset' lines for the pairs that have a value, in their order."""
    return [f"{label}: {value}" for label, value in pairs if value]


def meeting_when_where(session: Session) -> list[tuple[str, str]]:
    """Place, date and time of the meeting as the minutes and the sheet head them."""
    w = words(session.language)
    return [
        (w["place"], session.meeting_place.strip()),
        (w["date"], date_text(session.date, session.language)),
        (w["time"], session.meeting_time.strip()),
    ]


def add_people(doc: Document, session: Session, label: str | None = None) -> None:
    """('Til stede:' and) each participant with role and party, or 'none recorded'."""
    w = words(session.language)
    if label:
        doc.paragraph(f"{label}:")
    if session.participants:
        doc.items([person_line(p, session) for p in session.participants])
    else:
        doc.paragraph(w["none_recorded"])


def responsible_side(item: ActionItem, session: Session) -> str:
    """The party responsible: 'Kommunen' (or 'Kommunene'), 'Politiet', 'Felles'."""
    w = words(session.language)
    if item.responsible_side == "kommune" and len(municipalities(session)) > 1:
        return w["side_kommuner"]
    return w[f"side_{item.responsible_side}"]


def ordered(actions: Sequence[ActionItem]) -> list[ActionItem]:
    """The year's measures first (guide 6.1), each group in the session's order."""
    return [a for a in actions if a.year_measure] + [a for a in actions if not a.year_measure]


def _title(item: ActionItem) -> str:
    return f"{'*' if item.year_measure else ''}{item.id} {item.title}"


def add_agreed_measures(doc: Document, session: Session) -> None:
    """The draft's table: the measures still to do, with party, person and deadline."""
    w = words(session.language)
    open_items = [a for a in session.actions if a.status.is_open]
    headers = (w["measure"], w["responsible_side"], w["responsible"], w["deadline"])

    def row(item: ActionItem) -> tuple[str, ...]:
        return (_title(item), responsible_side(item, session), item.responsible.strip(), _deadline(item))

    _measures_table(doc, session, open_items, headers, row, DRAFT_WIDTHS)


def add_measures_status(doc: Document, session: Session, actions: Sequence[ActionItem]) -> None:
    """The minutes' and the sheet's table: every measure with its status."""
    w = words(session.language)
    headers = (w["measure"], w["responsible"], w["deadline"], w["status"])

    def row(item: ActionItem) -> tuple[str, ...]:
        return (_title(item), _responsible(item, session), _deadline(item), w[f"status_{item.status}"])

    _measures_table(doc, session, actions, headers, row, MINUTES_WIDTHS)


def _measures_table(
    doc: Document,
    session: Session,
    actions: Sequence[ActionItem],
    headers: tuple[str, ...],
    row: Callable[[ActionItem], tuple[str, ...]],
    widths: tuple[int, ...],
) -> None:
    """The year's measures first, a star and its key under the table; or 'none'."""
    w = words(session.language)
    if not actions:
        doc.paragraph(w["no_measures"])
        return
    doc.table(headers, [row(item) for item in ordered(actions)], widths, name="measures")
    if any(item.year_measure for item in actions):
        doc.paragraph(w["year_measure_note"])


def _deadline(item: ActionItem) -> str:
    return item.deadline.isoformat() if item.deadline else ""


def _responsible(item: ActionItem, session: Session) -> str:
    side = responsible_side(item, session)
    return f"{side}:\n{item.responsible.strip()}" if item.responsible.strip() else side


def expectation_groups(session: Session) -> list[tuple[str, list[str]]]:
    """Guide 6.2 both ways, each with its lead line; empty entries dropped."""
    w = words(session.language)
    many = len(municipalities(session)) > 1
    exp = session.expectations
    of_police = "municipalities_of_police" if many else "municipality_of_police"
    of_municipality = "police_of_municipalities" if many else "police_of_municipality"
    return [
        (w[key], [e.strip() for e in entries if e.strip()])
        for key, entries in (
            (of_police, exp.municipality_of_police),
            (of_municipality, exp.police_of_municipality),
        )
    ]


def add_expectations(doc: Document, groups: list[tuple[str, list[str]]]) -> None:
    """Each direction that has entries, as a lead line and a list."""
    for label, entries in groups:
        if entries:
            doc.paragraph(label)
            doc.items(entries)


def short_basis(note: str) -> str:
    """A note cut to a short basis at a word, so the draft quotes and does not paste."""
    text = " ".join(note.split())
    if len(text) <= MAX_BASIS:
        return text
    cut = text[:MAX_BASIS].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + " …"


def next_evaluation(date: dt.date) -> dt.date:
    """A year on; 29 February falls back to the 28th."""
    try:
        return date.replace(year=date.year + 1)
    except ValueError:
        return date.replace(year=date.year + 1, day=28)


def date_text(date: dt.date, language: Language) -> str:
    """A date as people write it in a letter."""
    return long_date(date, language)
