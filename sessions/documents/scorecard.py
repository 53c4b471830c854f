"""`politirad scorecard`: ratings with reasons, a text bar per year, the pitfall checklist."""

from __future__ import annotations

from politirad.models.catalogue import Table
from politirad.sessions.documents.text import heading, wrap
from politirad.sessions.reports.scorecard import Scorecard

MAX_SCORE = 5


def score_bar(score: int | None) -> str:
    """A fixed-width bar, so years line up under each other: '███░░'."""
    if score is None:
        return "·" * MAX_SCORE
    return "█" * score + "░" * (MAX_SCORE - score)


def render_scorecard(card: Scorecard) -> str:
    """Each criterion with one bar per year and this year's reason, then the checklist."""
    w = Table("scorecard_text.", card.language)
    title = w["title"] + (f": {card.council}" if card.council else "")
    out = heading(title)
    out.append(w["scale"])
    for row in card.criteria:
        out.append("")
        out.extend(wrap(row.title))
        for date, score in zip(card.dates, row.scores, strict=True):
            value = str(score) if score is not None else w["not_rated"]
            out.append(f"  {date.year}  {score_bar(score)}  {value}")
        if row.latest_reason:
            out.extend(wrap(row.latest_reason, indent="        "))
    out.append("")
    out.extend(heading(w["pitfalls"], "-"))
    for pit in card.pitfalls:
        mark = "[x]" if pit.ticked_now else "[ ]"
        out.extend(wrap(f"{mark} {pit.text}", hang="    "))
    return "\n".join(out) + "\n"
