"""The interface's language lookups: the one catalogue's `tr` (models/catalogue).

Each app instance has its own language (an SSH viewer may read English while the
facilitator reads bokmål, a third nynorsk), so lookups take the language rather than
a global.
"""

from __future__ import annotations

from politirad.models.catalogue import LANGUAGES, Language, language, tr

__all__ = ["LANGUAGES", "Language", "language", "tr"]
