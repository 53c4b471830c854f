"""The success-criteria scorecard over a council's years, ready for a chart.

Ratings are stored per session under stable criterion ids (models/criteria.py), so a
council's years line up criterion by criterion; unrated years stay gaps (None), not
zeros, so a chart does not show a fall that never happened.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from politirad.models.catalogue import guide_text
from politirad.models.criteria import PITFALLS, SUCCESS_CRITERIA
from politirad.models.session import Language, Session
from politirad.sessions.reports.years import history


@dataclass(frozen=True, slots=True)
class CriterionTrend:
    """One criterion's score in each year (aligned with Scorecard.dates)."""

    id: str
    title: str
    scores: tuple[int | None, ...]
    reasons: tuple[str, ...]

    @property
    def latest_reason(self) -> str:
        """This year's one-line reason."""
        return self.reasons[-1] if self.reasons else ""


@dataclass(frozen=True, slots=True)
class PitfallRow:
    """A pitfall of 3.5 and whether it was ticked in each year."""

    id: str
    text: str
    ticked: tuple[bool, ...]

    @property
    def ticked_now(self) -> bool:
        """Ticked in the latest year: the checklist's state."""
        return bool(self.ticked) and self.ticked[-1]


@dataclass(frozen=True, slots=True)
class Scorecard:
    """All eight criteria and all pitfalls across the given years, oldest first."""

    council: str
    language: Language
    dates: tuple[dt.date, ...]
    criteria: tuple[CriterionTrend, ...]
    pitfalls: tuple[PitfallRow, ...]


def build_scorecard(years: list[Session], language: Language | None = None) -> Scorecard:
    """The scorecard of sessions in date order; the last one is 'this year'."""
    ordered = sorted(years, key=lambda s: s.date)
    lang: Language = language or (ordered[-1].language if ordered else "nb")
    criteria = []
    for item in SUCCESS_CRITERIA:
        ratings = [s.criteria.get(item.id) for s in ordered]
        criteria.append(
            CriterionTrend(
                item.id,
                guide_text(item.text, item.text_en, lang),
                tuple(r.score if r else None for r in ratings),
                tuple(r.reason if r else "" for r in ratings),
            )
        )
    pitfalls = tuple(
        PitfallRow(p.id, guide_text(p.text, p.text_en, lang), tuple(p.id in s.pitfalls for s in ordered))
        for p in PITFALLS
    )
    return Scorecard(
        council=ordered[-1].council.name if ordered else "",
        language=lang,
        dates=tuple(s.date for s in ordered),
        criteria=tuple(criteria),
        pitfalls=pitfalls,
    )


def council_scorecard(
    folder: Path, session: Session, path: Path | None = None, language: Language | None = None
) -> Scorecard:
    """This session with the same council's earlier years found in `folder`."""
    return build_scorecard([y.session for y in history(folder, session, path)], language)
