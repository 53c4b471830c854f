"""The interface's words as a Pilot test expects them, in the language it runs in.

Pilot tests run the meeting app in bokmål and in nynorsk (`ui_lang` in conftest.py)
and assert its words through the catalogue, `tr(ui_lang, key, ...)`, instead of
bokmål literals. A plain `tr` passes as long as the screen shows what the catalogue
holds, even if a nynorsk value is the bokmål copied by mistake; `own` is for the keys
whose nynorsk must read differently, so each screen checks at least one word that is
nynorsk's own. Guide texts (questions, criteria) stay bokmål in nynorsk and are
asserted as literals.
"""

from __future__ import annotations

import io

from rich.console import Console
from textual.app import App
from textual.geometry import Region
from textual.widget import Widget

from politirad.models.catalogue import Language, tr

UI_LANGUAGES: tuple[Language, ...] = ("nb", "nn")
"""The languages every Pilot test runs the interface in."""


def own(lang: str, key: str, /, **values: object) -> str:
    """`tr(lang, key, **values)` for a key whose nynorsk differs from its bokmål: a
    nynorsk run cannot pass on bokmål words, and a nynorsk value left as the bokmål
    fails here."""
    bokmal, nynorsk = tr("nb", key, **values), tr("nn", key, **values)
    assert bokmal != nynorsk, f"{key}: the nynorsk is the bokmål ({bokmal!r})"
    return tr(lang, key, **values)


def shown(widget: Widget) -> str:
    """The plain text a widget shows on screen now, line by line, whatever it renders
    (a Rich table too)."""
    strips = widget.render_lines(Region(0, 0, widget.region.width, widget.region.height))
    return "\n".join(strip.text.rstrip() for strip in strips)


def screen_text(app: App[object]) -> str:
    """The plain text of the whole screen, as `export_screenshot` draws it."""
    width, height = app.size
    console = Console(
        width=width, height=height, file=io.StringIO(), force_terminal=True, record=True, legacy_windows=False
    )
    console.print(app.screen._compositor.render_update(full=True, screen_stack=app._background_screens))
    return console.export_text()
