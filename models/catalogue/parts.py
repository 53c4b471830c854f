"""The catalogue's parts, one module each, in the order `CATALOGUE` merges them."""

from __future__ import annotations

from politirad.models.catalogue.documents import DOCUMENT_STRINGS
from politirad.models.catalogue.reports import REPORT_STRINGS
from politirad.models.catalogue.text_commands import TEXT_COMMAND_STRINGS

PARTS: tuple[dict[str, dict[str, str]], ...] = (DOCUMENT_STRINGS, REPORT_STRINGS, TEXT_COMMAND_STRINGS)
