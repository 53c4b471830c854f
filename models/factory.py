"""How a brand-new session starts out, shared by the CLI and the app."""

from __future__ import annotations

import datetime as dt

from politirad.models.people import Council
from politirad.models.session import Language, Session


def new_session(date: dt.date, council: str = "", language: Language = "nb") -> Session:
    """An empty session for a meeting on `date` (the caller knows what day it is)."""
    return Session(date=date, language=language, council=Council(name=council))
