"""The catalogue's parts, one module each, in the order `CATALOGUE` merges them."""

from __future__ import annotations

from politirad.models.catalogue.cli import CLI_STRINGS
from politirad.models.catalogue.comparison import COMPARISON_STRINGS
from politirad.models.catalogue.documents import DOCUMENT_STRINGS
from politirad.models.catalogue.errors import ERROR_STRINGS
from politirad.models.catalogue.interface_core import CORE_STRINGS
from politirad.models.catalogue.interface_flow import FLOW_STRINGS
from politirad.models.catalogue.interface_meeting import MEETING_STRINGS
from politirad.models.catalogue.interface_sharing import SSH_STRINGS
from politirad.models.catalogue.interface_year import YEAR_STRINGS
from politirad.models.catalogue.reports import REPORT_STRINGS
from politirad.models.catalogue.text_commands import TEXT_COMMAND_STRINGS
from politirad.models.catalogue.validation import VALIDATION_STRINGS

PARTS: tuple[dict[str, dict[str, str]], ...] = (
    CORE_STRINGS, YEAR_STRINGS, MEETING_STRINGS, SSH_STRINGS, FLOW_STRINGS,
    COMPARISON_STRINGS,
    DOCUMENT_STRINGS, REPORT_STRINGS, TEXT_COMMAND_STRINGS,
    ERROR_STRINGS, VALIDATION_STRINGS, CLI_STRINGS,
)
