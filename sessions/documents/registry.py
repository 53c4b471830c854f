"""Every document politirad writes, one entry each: the CLI's subcommands and the
app's export read this table, so a new document is one entry here.

An entry names the document, the function that builds its model, the help line,
the suffix of its file beside the session, and the options it takes beyond the
common ones (format, -o, --include-confidential, --strict).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from politirad.models.session import Session
    from politirad.sessions.documents.model import Document

Format = Literal["text", "markdown", "docx", "odt"]
TEXT_FORMATS: tuple[Format, ...] = ("text", "markdown")
OFFICE_FORMATS: tuple[Format, ...] = ("docx", "odt")
FORMATS: tuple[Format, ...] = TEXT_FORMATS + OFFICE_FORMATS
EXTENSIONS: dict[Format, str] = {"text": ".txt", "markdown": ".md", "docx": ".docx", "odt": ".odt"}


@dataclass(frozen=True, slots=True)
class DocumentSpec:
    """One document: how to build it and how the CLI and the app offer it."""

    name: str
    builder: str
    """'module:function' of (session, include_confidential, **options) -> Document.

    Named, not imported: every politirad start registers the subcommands from this
    table, and only the document asked for needs its module loaded."""
    help: str
    suffix: str
    """Added to the session file's stem when the app writes it beside the session."""
    options: tuple[str, ...] = ()
    """Options beyond the common ones, by their keyword: 'against'."""

    @property
    def build(self) -> Callable[..., Document]:
        """The builder function itself."""
        module, function = self.builder.split(":")
        return getattr(importlib.import_module(module), function)  # type: ignore[no-any-return]


DOCUMENTS: dict[str, DocumentSpec] = {
    spec.name: spec
    for spec in (
        DocumentSpec(
            "draft", "politirad.sessions.documents.draft:build_draft",
            "draft of the revised cooperation agreement (UTKAST), one signature block per party",
            "-utkast", options=("against",),
        ),
        DocumentSpec(
            "minutes", "politirad.sessions.documents.minutes:build_minutes",
            "minutes of the self-evaluation meeting (møtereferat)",
            "-referat",
        ),
        DocumentSpec(
            "prep", "politirad.sessions.documents.prep:build_prep",
            "preparation sheet to send to participants in advance",
            "-forberedelse",
        ),
    )
}


def build_document(
    session: Session, kind: str, include_confidential: bool = False, **options: Any
) -> Document:
    """The model of one document; options a document does not take are an error."""
    spec = DOCUMENTS.get(kind)
    if spec is None:
        raise ValueError(f"unknown document kind {kind!r}")
    given = {k: v for k, v in options.items() if v is not None}
    unknown = set(given) - set(spec.options)
    if unknown:
        raise ValueError(f"{kind} takes no option {', '.join(sorted(unknown))}")
    return spec.build(session, include_confidential, **given)


def write_format(doc: Document, fmt: str) -> str | bytes:
    """The model in one format: str for text and Markdown, bytes for office files."""
    from politirad.sessions.documents.layout import render_markdown, render_text

    if fmt == "text":
        return render_text(doc)
    if fmt == "markdown":
        return render_markdown(doc)
    if fmt in OFFICE_FORMATS:
        from politirad.sessions.documents.office import render_docx, render_odt

        return render_docx(doc) if fmt == "docx" else render_odt(doc)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
