"""Interface strings of the year-over-year views: browser, compare, scorecard, last year.

Part of the catalogue politirad.tui.strings.STRINGS, so the one catalogue still holds every string the
app shows and the both-languages check covers these too.
"""

from __future__ import annotations

YEAR_STRINGS: dict[str, dict[str, str]] = {
    # session browser
    "browser.title": {"nb": "Egenevalueringer i {folder}", "en": "Sessions in {folder}"},
    "browser.col.date": {"nb": "Dato", "en": "Date"},
    "browser.col.council": {"nb": "Politiråd", "en": "Council"},
    "browser.col.answered": {"nb": "Besvart", "en": "Answered"},
    "browser.col.open": {"nb": "Åpne tiltak", "en": "Open measures"},
    "browser.col.done": {"nb": "Fullført", "en": "Done"},
    "browser.col.file": {"nb": "Fil", "en": "File"},
    "browser.search": {
        "nb": "Søk i notater, tiltak og læringspunkter (Enter)",
        "en": "Search notes, measures and learning points (Enter)",
    },
    "browser.hits": {"nb": "{n} treff på «{q}»", "en": "{n} hits for '{q}'"},
    "browser.no_hits": {"nb": "Ingen treff på «{q}»", "en": "No hits for '{q}'"},
    "browser.broken": {
        "nb": "{n} fil(er) kunne ikke leses og vises ikke",
        "en": "{n} file(s) could not be read and are not shown",
    },
    "browser.no_previous": {
        "nb": "Ingen tidligere egenevaluering for samme politiråd i mappen",
        "en": "No earlier session of the same council in the folder",
    },
    "browser.carry_date": {
        "nb": "Egenevalueringen er datert {date}; en ny fra den må ha en senere dato",
        "en": "The session is dated {date}; a new session from it needs a later date",
    },
    "browser.col.where": {"nb": "Hvor", "en": "Where"},
    "browser.col.context": {"nb": "Treff", "en": "Hit"},
    "hit.note": {"nb": "Notat {ref}", "en": "Note {ref}"},
    "hit.measure": {"nb": "Tiltak {ref}", "en": "Measure {ref}"},
    "hit.learning": {"nb": "Læringspunkt {ref}", "en": "Learning point {ref}"},
    "hit.confidential": {"nb": "konfidensielt", "en": "confidential"},
    "key.open": {"nb": "Åpne", "en": "Open"},
    "key.open_read_only": {"nb": "Åpne skrivebeskyttet", "en": "Open read-only"},
    "key.new_session": {"nb": "Ny egenevaluering", "en": "New session"},
    "key.new_from": {"nb": "Ny egenevaluering fra denne", "en": "New session from this"},
    "key.compare": {"nb": "Sammenlign med året før", "en": "Compare with the year before"},
    "key.search": {"nb": "Søk", "en": "Search"},
    "key.close": {"nb": "Lukk", "en": "Close"},
    "key.quit_browser": {"nb": "Avslutt", "en": "Quit"},
    # compare
    "compare.title": {
        "nb": "Sammenligning {old} → {new}",
        "en": "Comparison {old} → {new}",
    },
    # scorecard
    "scorecard.title": {"nb": "Suksesskriterier (veilederen 3.5)", "en": "Success criteria (guide 3.5)"},
    "scorecard.col.criterion": {"nb": "Kriterium", "en": "Criterion"},
    "scorecard.col.trend": {"nb": "Utvikling", "en": "Trend"},
    "scorecard.col.reason": {"nb": "Begrunnelse", "en": "Reason"},
    "scorecard.pitfalls": {"nb": "Fallgruver", "en": "Pitfalls"},
    "scorecard.reason_prompt": {
        "nb": "Begrunnelse for {criterion} (Enter lagrer, Esc avbryter)",
        "en": "Reason for {criterion} (Enter saves, Esc cancels)",
    },
    "scorecard.rate_first": {
        "nb": "Gi en vurdering 1–5 før begrunnelsen",
        "en": "Give a score 1–5 before the reason",
    },
    "key.score": {"nb": "Vurdering 1–5 (0 fjerner)", "en": "Score 1–5 (0 clears)"},
    "key.reason": {"nb": "Skriv begrunnelse", "en": "Write reason"},
    "key.scorecard": {"nb": "Suksesskriterier", "en": "Success criteria"},
    "key.compare_last": {"nb": "Sammenlign med i fjor", "en": "Compare with last year"},
    "key.toggle_pitfall": {"nb": "Kryss av fallgruve", "en": "Tick pitfall"},
    # last year's note
    "last_year.title": {"nb": "I fjor ({year})", "en": "Last year ({year})"},
    "last_year.empty": {"nb": "(ikke besvart i fjor)", "en": "(not answered last year)"},
    "last_year.confidential": {"nb": "[konfidensielt]", "en": "[confidential]"},
}
