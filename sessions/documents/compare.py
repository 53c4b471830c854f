"""`politirad compare`: two years side by side as plain text, at most 78 columns.

Confidential notes (marked so in either year) are left out unless asked for, as in
the draft, the minutes and the preparation sheet: the comparison is read aloud or
shown on a shared screen (issue 14).
"""

from __future__ import annotations

from politirad.models.actions import Status
from politirad.models.catalogue import Table
from politirad.sessions.reports.compare import Comparison, MeasureDiff, NoteChange
from politirad.sessions.documents.text import heading, wrap

def render_comparison(comparison: Comparison, include_confidential: bool = False) -> str:
    """The comparison for reading at the table or attaching to the minutes; notes
    marked confidential are shown only with `include_confidential`."""
    w = Table("comparison.", comparison.language)
    old = comparison.old_date.isoformat()
    new = comparison.new_date.isoformat()
    out = heading(f"{w['title']}: {comparison.council or 'politirad'}")
    out.append(w["versus"].format(old=old, new=new))
    withheld = 0 if include_confidential else sum(q.confidential for q in comparison.questions)
    if withheld:  # no line at all when nothing was left out
        out.append(w["withheld_one"] if withheld == 1 else w["withheld_many"].format(n=withheld))
    out.append("")
    out.extend(_questions(comparison, w, old, new, include_confidential))
    out.append("")
    out.extend(_measures(comparison, w))
    out.append("")
    out.extend(_learning(comparison, w, old, new))
    if comparison.criteria:
        out.append("")
        out.extend(_criteria(comparison, w))
    return "\n".join(out) + "\n"


def _questions(c: Comparison, w: dict[str, str], old: str, new: str, include_confidential: bool) -> list[str]:
    out = heading(w["questions"], "-")
    changed = c.changed_questions()
    if not c.questions:
        out.append(w["no_questions"])
    for q in changed:
        out.append("")
        out.extend(wrap(f"{q.id}  {q.text}", hang=" " * (len(q.id) + 2)))
        out.append(f"     {w[q.change.value]}" + (f" {w['confidential']}" if q.confidential else ""))
        masked = q.confidential and not include_confidential
        if q.change is not NoteChange.ADDED:
            out.extend(_labelled(w["then"].format(date=old), w["withheld"] if masked else q.old_note))
        if q.change is not NoteChange.REMOVED:
            out.extend(_labelled(w["now"].format(date=new), w["withheld"] if masked else q.new_note))
    same = [q.id for q in c.questions if q.change is NoteChange.SAME]
    if same:
        out.append("")
        out.extend(wrap(f"{w['same']}: {', '.join(same)}"))
    return out


def _labelled(label: str, note: str) -> list[str]:
    return [f"     {label}:", *wrap(note, indent="       ")]


def _measures(c: Comparison, w: dict[str, str]) -> list[str]:
    out = heading(w["measures"], "-")
    groups = (
        ("opened", [m for m in c.measures if m.opened]),
        ("closed", [m for m in c.measures if m.closed]),
        ("still_open", [m for m in c.measures if m.still_open]),
        ("dropped", [m for m in c.measures if m.dropped]),
    )
    if not c.measures:
        out.append(w["no_measures"])
    for key, items in groups:
        if not items:
            continue
        out.append("")
        out.append(f"{w[key]}:")
        for m in items:
            out.extend(wrap(f"{m.id}  {m.title} ({_status_move(m)})", indent="  ", hang="      "))
    return out


def _status_move(m: MeasureDiff) -> str:
    def word(status: Status | None) -> str:
        return str(status) if status is not None else "-"

    if m.old_status is None or m.new_status is None or m.old_status == m.new_status:
        return word(m.new_status or m.old_status)
    return f"{word(m.old_status)} → {word(m.new_status)}"


def _learning(c: Comparison, w: dict[str, str], old: str, new: str) -> list[str]:
    out = heading(w["learning"], "-")
    for label, points in ((w["then"].format(date=old), c.old_learning),
                          (w["now"].format(date=new), c.new_learning)):
        out.append("")
        out.append(f"{label}:")
        if not points:
            out.append(f"  {w['none']}")
        for n, point in enumerate(points, start=1):
            out.extend(wrap(f"{n}. {point}", indent="  ", hang="     "))
    return out


def _criteria(c: Comparison, w: dict[str, str]) -> list[str]:
    out = heading(w["criteria"], "-")
    for item in c.criteria:
        before = str(item.old_score) if item.old_score is not None else w["not_rated"]
        after = str(item.new_score) if item.new_score is not None else w["not_rated"]
        scores = f"{before} → {after}"
        lines = wrap(item.title, width=78 - len(scores) - 2)
        for i, line in enumerate(lines):
            out.append(f"{line:<{78 - len(scores) - 2}}  {scores}" if i == 0 else line)
    return out
