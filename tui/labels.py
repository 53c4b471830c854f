"""Statuses and responsible parties in the interface language.

The file stores the Norwegian words (`Status`, `ResponsibleSide`); an English
interface must not say «pågår» (issue 14).
"""

from __future__ import annotations

from collections.abc import Callable

from politirad.models.actions import ResponsibleSide, Status


def status_label(t: Callable[..., str], status: Status) -> str:
    """'pågår' / 'in progress'."""
    return t(f"status.{status.name.lower()}")


def side_label(t: Callable[..., str], side: ResponsibleSide) -> str:
    """'politiet' / 'police'."""
    return t(f"party.{side.name.lower()}")
