"""Hints from the session's own data, each citing the guide it rests on.

A hint points at something the guide names as a success criterion and the data says
is missing; quoting the guide lets the council weigh it instead of taking our word.
Unknown facts (meetings not recorded, no participants listed yet) give no hint:
silence is not evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from politirad.models.catalogue import tr
from politirad.models.criteria import CIRCULAR_MIN_MEETINGS, SATISFIED_MIN_MEETINGS
from politirad.models.people import ANCHORING_ROLES, Participant
from politirad.models.session import Language, Session

_MEETINGS_MINIMUM = "Rundskrivet sier det bør være minimum to møter årlig."
_MEETINGS_SATISFIED = (
    "Evalueringen viste at politiråddeltagerne som hadde tre eller flere møter i året "
    "var mest tilfreds med samarbeidet."
)
_ANCHORING = "Det forutsettes at ordfører og rådmann deltar i politirådet."
_AGREEMENT = (
    "Felles utarbeidelse av, og enighet om skriftlig samarbeidsavtale er et "
    "suksesskriterium."
)
_FOLLOW_UP = "Blir tiltak og beslutninger satt ut i livet?"

@dataclass(frozen=True, slots=True)
class Hint:
    """One observation with the guide's words behind it.

    `quote` stays in Norwegian in both languages: the guide's text is authoritative.
    """

    id: str
    text: str
    source: str
    quote: str


def hints_for(
    session: Session, language: Language | None = None, previous: Session | None = None
) -> list[Hint]:
    """All hints the data supports, in the order a facilitator would raise them.

    `previous` is last year's session when known: its open measures that this session
    neither carried nor closed count as still open too.
    """
    lang: Language = language or session.language
    found: list[Hint] = []

    def add(hint_id: str, source: str, quote: str, text_key: str | None = None, **values: object) -> None:
        text = tr(lang, f"hint.{text_key or hint_id}", **values)
        found.append(Hint(hint_id, text, tr(lang, f"hint.source.{source}"), quote))

    meetings = session.meetings_past_year
    if meetings is not None and meetings < CIRCULAR_MIN_MEETINGS:
        count = "one" if meetings == 1 else "many"
        add("meetings_below_minimum", "meetings", _MEETINGS_MINIMUM, f"meetings_below_minimum.{count}", n=meetings)
    elif meetings is not None and meetings < SATISFIED_MIN_MEETINGS:
        add("meetings_below_satisfied", "satisfied", _MEETINGS_SATISFIED, n=meetings)
    if session.participants:
        missing = missing_anchoring_roles(session.participants)
        if "ordfører" in missing:
            add("no_ordforer", "anchoring", _ANCHORING)
        if "kommunedirektør/rådmann" in missing:
            add("no_radmann", "anchoring", _ANCHORING)
    if session.written_agreement is False:
        add("no_agreement", "agreement", _AGREEMENT)
    still_open = still_open_from_last_year(session, previous)
    if still_open:
        add("carried_open", "follow_up", _FOLLOW_UP, ids=", ".join(still_open))
    return found


def still_open_from_last_year(session: Session, previous: Session | None = None) -> list[str]:
    """Ids of last year's measures not yet done: carried and open, or never carried."""
    ids = [a.id for a in session.actions if a.carried_from and a.status.is_open]
    if previous is not None:
        present = {a.id for a in session.actions}
        ids.extend(a.id for a in previous.actions if a.status.is_open and a.id not in present)
    return ids


def missing_anchoring_roles(participants: list[Participant]) -> list[str]:
    """The anchoring roles of guide 3.5 that no participant holds.

    Roles are matched word by word so 'varaordfører' does not count as 'ordfører'.
    """
    words = {w for p in participants for w in re.findall(r"\w+", p.role.casefold())}
    return [
        role
        for role, names in ANCHORING_ROLES.items()
        if not any(name.casefold() in words for name in names)
    ]
