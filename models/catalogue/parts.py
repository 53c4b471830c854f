"""The catalogue's parts, one module each, in the order `CATALOGUE` merges them."""

from __future__ import annotations

from politirad.models.catalogue.reports import REPORT_STRINGS

PARTS: tuple[dict[str, dict[str, str]], ...] = (REPORT_STRINGS,)
