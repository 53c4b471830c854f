"""Keep a widget's rendered lines across focus changes when its styles did not change.

Textual's DataTable and Tree throw away every rendered line on any style update, and
a focus change is one: Tab re-rendered every visible cell of the measures table and
every line of the question tree from scratch (issue 16: Tab cost 50-75 ms at 2,000
notes and 500 measures). Their line caches are already keyed by the pseudo-class state
(focus, hover), so lines rendered while focused and while not can live side by side;
what a clear protects against is the CSS itself changing (a theme switch). So each
widget records, per pseudo-class state, a fingerprint of the styles it renders with
(taken when it next renders after a style update: during the update itself its
component styles still have the old state's values),
and its caches are cleared when the fingerprint of the state it is in differs from
the one recorded for that state, when it has none recorded for it (lines may have
been drawn in that state before anything was recorded), and when the app's theme
changed (a theme can change the look of a state the widget is not in).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from textual.widget import Widget


def _fingerprint(widget: Widget) -> tuple[Hashable, ...]:
    """Everything the widget's lines are drawn with: its own style and background,
    and each of its component classes' styles."""
    components = tuple(
        widget.get_component_rich_style(name, partial=True) for name in sorted(widget.COMPONENT_CLASSES)
    )
    return (widget.rich_style, widget.background_colors, components)


class StyleFingerprints:
    """The styles a widget last rendered with, per pseudo-class state."""

    def __init__(self) -> None:
        self._seen: dict[Hashable, tuple[Hashable, ...]] = {}
        self._theme: str | None = None
        self._restyled = True

    def restyled(self) -> None:
        """The widget's styles were updated (call it from `notify_style_update`)."""
        self._restyled = True

    def before_render(self, widget: Widget, clear: Callable[[], None]) -> None:
        """At the start of `render_lines`: `clear` the widget's line caches if a style
        update since the last render changed how its lines look."""
        if self._restyled:
            self._restyled = False
            if not self.unchanged(widget):
                clear()

    def unchanged(self, widget: Widget) -> bool:
        """Whether every line the widget has cached is still right (call it before
        rendering, after a style update); if not, the caller clears its caches."""
        state = widget.get_pseudo_class_state()
        fingerprint = _fingerprint(widget)
        theme = widget.app.theme
        if theme != self._theme:
            self._theme, self._seen = theme, {state: fingerprint}
            return False
        seen = self._seen.get(state)
        self._seen[state] = fingerprint
        if seen == fingerprint:
            return True
        if seen is not None:  # this state's styles changed: the others' may have too
            self._seen = {state: fingerprint}
        return False
