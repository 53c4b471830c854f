"""Keys and actions as data: what help (F1), the command palette and the key bar show.

Bindings themselves stay on the widgets and screens that handle them (Textual's
BINDINGS, with catalogue keys as descriptions). This module walks those bindings so
help and palette can never drift from what the keys really do, and adds what the
bindings cannot say: names of panes and screens, keys a widget inherits from Textual,
commands without a key, and the short labels of the key bar.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from textual.binding import Binding
from textual.dom import DOMNode

from politirad.models.catalogue import CATALOGUE as STRINGS

KEY_PREFIX = "key."
"""Bindings whose description starts with this are ours: listed in help and palette."""

PANE_TITLES: dict[str, str] = {
    # widget ids of the meeting screen
    "tree": "pane.tree",
    "note-pane": "pane.note",
    "note-editor": "pane.note",
    "actions": "pane.actions",
    "goto-bar": "key.goto",
    # screens and dialogs, by class name (those of issue 3a included)
    "MainScreen": "help.meeting",
    "BrowserScreen": "browser.help_title",
    "SetupScreen": "setup.title",
    "QuestionsScreen": "choice.title",
    "ConclusionsScreen": "conclusions.title",
    "ScorecardScreen": "key.scorecard",
    "CompareScreen": "key.compare_last",
    "TimeAllocationScreen": "key.time_allocation",
    "ActionForm": "form.add_title",
    # panes inside those screens, by id, then by class name
    "learning-points": "conclusions.learning",
    "police-of-municipality": "conclusions.expectations",
    "municipality-of-police": "conclusions.expectations",
    "s-themes": "setup.themes",
    "ParticipantTable": "setup.participants",
    "ChoiceTree": "pane.choice",
    "YearMeasureTable": "conclusions.measures",
}
"""Catalogue keys naming a pane (by widget id) or a screen (by class name) in help;
a key not (yet) in the catalogue is skipped, so help never shows a raw key."""

INHERITED_KEYS: dict[str, list[tuple[str, str]]] = {
    "tree": [("↑ ↓", "help.arrows"), ("Enter", "key.open_note"), ("Space", "key.toggle")],
    "note-editor": [("Tab", "key.next_pane"), ("Esc", "key.back_tree")],
    "actions": [("↑ ↓", "help.arrows"), ("Enter", "key.edit")],
    "Input": [("Tab / Shift+Tab", "help.fields")],
    "DataTable": [("↑ ↓", "help.arrows")],
    "ListView": [("↑ ↓", "help.arrows")],
    "Tabs": [("← →", "help.tabs")],
}
"""Keys a widget gets from Textual itself; keyed by widget id or class name."""

GLOBAL_EXTRAS: list[tuple[str, str]] = [
    ("Tab / Shift+Tab", "key.next_pane"),
    ("Ctrl+P", "key.palette"),
]
"""Keys that work everywhere but are not our own bindings."""

KEY_BAR: list[tuple[str, str, str]] = [
    ("F1", "help", "bar.help"),
    ("F2", "setup", "bar.setup"),
    ("F3", "questions", "bar.questions"),
    ("F4", "conclusions", "bar.conclusions"),
    ("F5", "toggle_clock", "bar.clock"),
    ("F6", "scorecard", "bar.scorecard"),
    ("F7", "compare_last", "bar.compare_last"),
    ("F8", "time_allocation", "bar.time_allocation"),
    ("F9", "export_prep", "bar.export_prep"),
    ("Ctrl+G", "goto", "bar.goto"),
    ("Ctrl+Q", "quit", "bar.quit"),
    ("Ctrl+P", "command_palette", "bar.palette"),
]
"""(key, action, short label) in F-key order; entries whose action does not exist
are left out. The bar wraps to a second line on a narrow terminal (80 columns), so
every F-key, Ctrl+G and Ctrl+Q stay in view (issue 14)."""

VIEWER_BAR = frozenset({"help", "goto", "quit", "command_palette"})
"""What an SSH viewer's bar keeps: the keys that do something for them (one line)."""

WRITING_KEYS = frozenset({"Ctrl+N", "Ctrl+T", "a", "e", "s/S", "m", "Delete"})
"""Pane keys that change the session: not shown where this view cannot write."""


PANE_BAR: dict[str, list[tuple[str, str]]] = {
    "note-editor": [
        ("Ctrl+N", "bar.measure_from_note"),
        ("Ctrl+T", "bar.confidential"),
        ("Ctrl+F", "bar.maximize"),
        ("Esc", "bar.back_tree"),
    ],
    "actions": [
        ("a", "bar.add"),
        ("e", "bar.edit"),
        ("s/S", "bar.status"),
        ("m", "bar.year_measure"),
        ("Delete", "bar.delete"),
    ],
}
"""The focused pane's own keys, shown on its bottom border (widget id -> key, label)."""


@dataclass(frozen=True, slots=True)
class Command:
    """One command the palette offers: run `action` in `target`'s namespace."""

    label: str
    """Catalogue key of the name shown."""
    action: str
    key: str
    target: DOMNode


@dataclass(frozen=True, slots=True)
class PaletteExtra:
    """A command with no key; the app runs `action` (an app action)."""

    label: str
    action: str


PALETTE_EXTRAS: list[PaletteExtra] = [
    PaletteExtra("key.language_nb", "language_nb"),
    PaletteExtra("key.language_nn", "language_nn"),
    PaletteExtra("key.language_en", "language_en"),
    PaletteExtra("key.clock_start", "clock_start"),
    PaletteExtra("key.clock_pause", "clock_pause"),
]


KEY_NAMES = {"escape": "Esc", "delete": "Delete", "space": "Space", "enter": "Enter", "slash": "/"}
"""One spelling of each key name, everywhere (help, palette, bars, hints)."""


def display_key(key: str) -> str:
    """'ctrl+g' -> 'Ctrl+G', 'a' -> 'a' (as typed: Shift+A is not meant), 'S' -> 'S';
    the first of several alternatives."""
    first = key.split(",")[0].strip()
    parts = first.split("+")
    if len(parts) == 1:
        return KEY_NAMES.get(first, first if len(first) == 1 else first.capitalize())
    return "+".join(KEY_NAMES.get(p, p.capitalize() if len(p) > 1 else p.upper()) for p in parts)


def own_bindings(node: DOMNode) -> list[Binding]:
    """A node's bindings with catalogue descriptions, its classes' and their bases'."""
    seen: set[str] = set()
    found: list[Binding] = []
    for cls in type(node).__mro__:
        for binding in cls.__dict__.get("BINDINGS", ()):
            if (
                isinstance(binding, Binding)
                and binding.description.startswith(KEY_PREFIX)
                and binding.action not in seen
            ):
                seen.add(binding.action)
                found.append(binding)
    return found


def _chain(node: DOMNode | None) -> Iterator[DOMNode]:
    """The node and its ancestors, up to and including its screen."""
    while node is not None:
        yield node
        if node is node.screen:
            return
        node = node.parent


def title_key(node: DOMNode) -> str | None:
    """The catalogue key naming a pane or screen, by id first, then by class."""
    names = [node.id or "", *(c.__name__ for c in type(node).__mro__)]
    return next((PANE_TITLES[n] for n in names if PANE_TITLES.get(n) in STRINGS), None)


def inherited_rows(node: DOMNode) -> list[tuple[str, str]]:
    """Keys the node gets from Textual, by id first, then by class."""
    if node.id in INHERITED_KEYS:
        return INHERITED_KEYS[node.id or ""]
    return next((INHERITED_KEYS[c.__name__] for c in type(node).__mro__ if c.__name__ in INHERITED_KEYS), [])


HelpGroups = list[tuple[str, list[tuple[str, str]]]]


def binding_rows(bindings: list[Binding], t: Callable[..., str]) -> list[tuple[str, str]]:
    """(keys, text) rows; bindings sharing a description share a row ('0 / 1 / 2')."""
    keys_by_label: dict[str, list[str]] = {}
    for binding in bindings:
        keys_by_label.setdefault(binding.description, []).append(binding.key_display or display_key(binding.key))
    return [(" / ".join(keys), t(label)) for label, keys in keys_by_label.items()]


def help_groups(
    focused: DOMNode | None, screen: DOMNode, app: DOMNode, t: Callable[..., str]
) -> tuple[str, HelpGroups]:
    """The help title's pane name and the key groups: focused pane outward, then global."""
    groups: HelpGroups = []
    pane_name: str | None = None
    pending: list[tuple[str, str]] = []
    for node in _chain(focused if focused is not None else screen):
        rows = binding_rows(own_bindings(node), t)
        rows.extend((keys, t(label)) for keys, label in inherited_rows(node))
        pending.extend(row for row in rows if row not in pending)
        name = title_key(node)
        if name is not None and pending:
            groups.append((t(name), pending))
            pane_name = pane_name or t(name)
            pending = []
    if pending:
        groups.append((t(title_key(screen) or "help.meeting"), pending))
    global_rows = binding_rows(own_bindings(app), t)
    global_rows.extend((keys, t(label)) for keys, label in GLOBAL_EXTRAS)
    groups.append((t("help.global"), global_rows))
    return pane_name or t(title_key(screen) or "help.meeting"), groups


def _panes(screen: DOMNode) -> Iterable[DOMNode]:
    """Widgets on the screen that have bindings of their own (panes and lists)."""
    return (w for w in screen.query("*") if own_bindings(w))


def palette_commands(screen: DOMNode, app: DOMNode) -> list[Command]:
    """Every bound action reachable from `screen`: the app's, the screen's, each pane's."""
    commands: list[Command] = []
    labels: set[str] = set()
    for target in (app, screen, *_panes(screen)):
        bindings = own_bindings(target)
        shared = {b.description for b in bindings if sum(c.description == b.description for c in bindings) > 1}
        for binding in bindings:
            # shared descriptions ("score" on 0-5) need the key itself: not a palette command
            if binding.action == "help" or binding.description in labels | shared:
                continue
            labels.add(binding.description)
            key = binding.key_display or display_key(binding.key)
            commands.append(Command(binding.description, binding.action, key, target))
    return commands


def key_bar_entries(has_action: Callable[[str], bool], viewer: bool = False) -> list[tuple[str, str]]:
    """(key, short label key) for the key bar, only for actions that exist (and, for
    an SSH viewer, only those that do something for them)."""
    return [
        (key, label)
        for key, action, label in KEY_BAR
        if has_action(action) and (not viewer or action in VIEWER_BAR)
    ]
