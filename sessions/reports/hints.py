"""Hints from the session's own data, each citing the guide it rests on.

A hint points at something the guide names as a success criterion and the data says
is missing; quoting the guide lets the council weigh it instead of taking our word.
Unknown facts (meetings not recorded, no participants listed yet) give no hint:
silence is not evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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

_SOURCES = {
    "nb": {
        "meetings": "Veilederen 3.5, «Fast møtestruktur»",
        "satisfied": "Veilederen 3.5, «Fast møtestruktur» (Rambøll 2014)",
        "anchoring": "Veilederen 3.5, «Forankring i øverste ledelse og i organisasjonen»",
        "agreement": "Veilederen 3.5, «Skriftlig samarbeidsavtale»",
        "follow_up": "Veilederen 2.3, spørsmål 4.6",
    },
    "en": {
        "meetings": "Guide 3.5, 'Fixed meeting structure'",
        "satisfied": "Guide 3.5, 'Fixed meeting structure' (Rambøll 2014)",
        "anchoring": "Guide 3.5, 'Anchoring in top leadership and in the organisation'",
        "agreement": "Guide 3.5, 'Written cooperation agreement'",
        "follow_up": "Guide 2.3, question 4.6",
    },
}

_TEXTS = {
    "nb": {
        "meetings_below_minimum": "Politirådet hadde {n} {unit} siste år, færre enn "
        "rundskrivets minimum på to.",
        "meetings_below_satisfied": "Politirådet hadde {n} møter siste år. Råd med tre "
        "eller flere møter var mest fornøyd med samarbeidet.",
        "no_ordforer": "Ordfører er ikke blant deltagerne.",
        "no_radmann": "Kommunedirektør/rådmann er ikke blant deltagerne.",
        "no_agreement": "Politirådet har ingen skriftlig samarbeidsavtale.",
        "carried_open": "Tiltak fra i fjor som fortsatt er åpne: {ids}.",
    },
    "en": {
        "meetings_below_minimum": "The council met {n} {unit} in the past year, fewer "
        "than the circular's minimum of two.",
        "meetings_below_satisfied": "The council met {n} times in the past year. "
        "Councils with three or more meetings were the most satisfied.",
        "no_ordforer": "The mayor (ordfører) is not among the participants.",
        "no_radmann": "The chief municipal executive (kommunedirektør/rådmann) is not "
        "among the participants.",
        "no_agreement": "The council has no written cooperation agreement.",
        "carried_open": "Measures from last year that are still open: {ids}.",
    },
}


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

    def add(hint_id: str, source: str, quote: str, **values: object) -> None:
        text = _TEXTS[lang][hint_id].format(**values)
        found.append(Hint(hint_id, text, _SOURCES[lang][source], quote))

    meetings = session.meetings_past_year
    if meetings is not None and meetings < CIRCULAR_MIN_MEETINGS:
        unit = {"nb": ("møte", "møter"), "en": ("time", "times")}[lang][meetings != 1]
        add("meetings_below_minimum", "meetings", _MEETINGS_MINIMUM, n=meetings, unit=unit)
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
