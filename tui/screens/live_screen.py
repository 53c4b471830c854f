"""The base of every full screen that shows the live session, and the one write guard.

Views only render: they read the session through the app's `SessionView` and change
it only through `write`, which hands the edit the app's `LiveSession` (its writer).
A view without one (an SSH viewer, a session opened read-only) gets one notice, and a
value the session refuses gets one error notice, in one place instead of at every
change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from textual.reactive import Reactive
from textual.screen import Screen
from textual.widget import Widget

from politirad.sessions.live.session import Change, LiveSession, ReadOnlyError

if TYPE_CHECKING:
    from politirad.tui.app import PolitiradApp

R = TypeVar("R")
ResultT = TypeVar("ResultT")


def read_only_notice(app: PolitiradApp) -> str:
    """Why nothing changed: a viewer is watching someone else's meeting; a session
    opened read-only is only being read."""
    return app.t("notice.viewer_read_only" if app.seat is not None else "notice.read_only")


def writable(app: PolitiradApp) -> bool:
    """Whether this view may change the session; if not, the one notice says why.
    For opening a form or starting the clock before there is a change to make."""
    if app.writer is None:
        app.notify(read_only_notice(app), severity="warning")
        return False
    return True


def write(app: PolitiradApp, edit: Callable[[LiveSession], R]) -> R | None:
    """Run `edit` on the app's writer: its result, or None (after one notice) if refused."""
    done = _attempt(app, edit)
    return None if done is None else done[0]


def wrote(app: PolitiradApp, edit: Callable[[LiveSession], object]) -> bool:
    """Like `write`, for edits that return nothing: whether the change was made."""
    return _attempt(app, edit) is not None


def _attempt(app: PolitiradApp, edit: Callable[[LiveSession], R]) -> tuple[R] | None:
    if not writable(app):
        return None
    try:
        return (edit(app.writer),)  # type: ignore[arg-type]  # writable: not None
    except ReadOnlyError:
        app.notify(read_only_notice(app), severity="warning")
    except (ValueError, KeyError) as exc:
        app.notify(str(exc), severity="error")
    return None


class LiveScreen(Screen[ResultT]):
    """A full screen kept up to date with the shared session.

    The app hands every change to each `LiveScreen` on its stack (`apply_change`), and
    a language switch relabels it (`retranslate`, see tui/retranslate.py).
    """

    app: PolitiradApp  # type: ignore[assignment]

    focused: Reactive[Widget | None] = Reactive(None, repaint=False)
    """As Textual's, without its whole-screen repaint on every focus change: the
    panes whose look depends on focus restyle and repaint themselves (`:focus`,
    `:focus-within`), and at 2,000 notes a full repaint per Tab was half a frame."""

    def apply_change(self, change: Change) -> None:
        """Redraw what `change` touched (another view's edit, a save, the clock)."""

    def write(self, edit: Callable[[LiveSession], R]) -> R | None:
        """Change the session through the app's writer (see the module docstring)."""
        return write(self.app, edit)

    def wrote(self, edit: Callable[[LiveSession], object]) -> bool:
        """See `wrote`: whether the change was made."""
        return wrote(self.app, edit)

    def writable(self) -> bool:
        """See `writable`: True, or the one notice and False."""
        return writable(self.app)


__all__ = ["LiveScreen", "read_only_notice", "writable", "write", "wrote"]
