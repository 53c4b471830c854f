"""Interface strings of the year-over-year views: browser, compare, scorecard, last year.

Part of the catalogue politirad.models.catalogue.CATALOGUE, so the one catalogue still holds every string the
app shows and the both-languages check covers these too.
"""

from __future__ import annotations

YEAR_STRINGS: dict[str, dict[str, str]] = {
    "browser.title": {
        "nb": "Egenevalueringer i {folder}",
        "nn": "Eigenevalueringar i {folder}",
        "en": "Sessions in {folder}",
    },
    "browser.help_title": {
        "nb": "Egenevalueringene i mappen",
        "nn": "Eigenevalueringane i mappa",
        "en": "Sessions in the folder",
    },
    "browser.col.date": {
        "nb": "Dato",
        "nn": "Dato",
        "en": "Date",
    },
    "browser.col.council": {
        "nb": "Politiråd",
        "nn": "Politiråd",
        "en": "Council",
    },
    "browser.col.answered": {
        "nb": "Besvart",
        "nn": "Svara",
        "en": "Answered",
    },
    "browser.col.open": {
        "nb": "Åpne tiltak",
        "nn": "Opne tiltak",
        "en": "Open measures",
    },
    "browser.col.done": {
        "nb": "Fullført",
        "nn": "Fullført",
        "en": "Done",
    },
    "browser.col.file": {
        "nb": "Fil",
        "nn": "Fil",
        "en": "File",
    },
    "browser.search": {
        "nb": "Søk i notater, tiltak og læringspunkter (Enter)",
        "nn": "Søk i notat, tiltak og læringspunkt (Enter)",
        "en": "Search notes, measures and learning points (Enter)",
    },
    "browser.hits": {
        "nb": "{n} treff på «{q}»",
        "nn": "{n} treff på «{q}»",
        "en": "{n} hits for '{q}'",
    },
    "browser.no_hits": {
        "nb": "Ingen treff på «{q}»",
        "nn": "Ingen treff på «{q}»",
        "en": "No hits for '{q}'",
    },
    "browser.broken": {
        "nb": "{n} fil(er) kunne ikke leses og vises ikke",
        "nn": "{n} fil(er) kunne ikkje lesast og blir ikkje viste",
        "en": "{n} file(s) could not be read and are not shown",
    },
    "browser.no_previous": {
        "nb": "Ingen tidligere egenevaluering for samme politiråd i mappen",
        "nn": "Inga tidlegare eigenevaluering for same politiråd i mappa",
        "en": "No earlier session of the same council in the folder",
    },
    "browser.carry_date": {
        "nb": "Egenevalueringen er datert {date}; en ny fra den må ha en senere dato",
        "nn": "Eigenevalueringa er datert {date}; ei ny frå denne må ha ein seinare dato",
        "en": "The session is dated {date}; a new session from it needs a later date",
    },
    "browser.col.where": {
        "nb": "Hvor",
        "nn": "Kvar",
        "en": "Where",
    },
    "browser.col.context": {
        "nb": "Treff",
        "nn": "Treff",
        "en": "Hit",
    },
    "hit.note": {
        "nb": "Notat {ref}",
        "nn": "Notat {ref}",
        "en": "Note {ref}",
    },
    "hit.measure": {
        "nb": "Tiltak {ref}",
        "nn": "Tiltak {ref}",
        "en": "Measure {ref}",
    },
    "hit.learning": {
        "nb": "Læringspunkt {ref}",
        "nn": "Læringspunkt {ref}",
        "en": "Learning point {ref}",
    },
    "hit.confidential": {
        "nb": "konfidensielt",
        "nn": "konfidensielt",
        "en": "confidential",
    },
    "key.open": {
        "nb": "Åpne",
        "nn": "Opne",
        "en": "Open",
    },
    "key.open_read_only": {
        "nb": "Åpne skrivebeskyttet",
        "nn": "Opne skriveverna",
        "en": "Open read-only",
    },
    "key.new_session": {
        "nb": "Ny egenevaluering",
        "nn": "Ny eigenevaluering",
        "en": "New session",
    },
    "key.new_from": {
        "nb": "Ny egenevaluering fra denne",
        "nn": "Ny eigenevaluering frå denne",
        "en": "New session from this",
    },
    "key.compare": {
        "nb": "Sammenlign med året før",
        "nn": "Samanlikn med året før",
        "en": "Compare with the year before",
    },
    "key.search": {
        "nb": "Søk",
        "nn": "Søk",
        "en": "Search",
    },
    "key.close": {
        "nb": "Lukk",
        "nn": "Lukk",
        "en": "Close",
    },
    "key.quit_browser": {
        "nb": "Avslutt",
        "nn": "Avslutt",
        "en": "Quit",
    },
    "compare.title": {
        "nb": "Sammenligning {old} → {new}",
        "nn": "Samanlikning {old} → {new}",
        "en": "Comparison {old} → {new}",
    },
    "scorecard.title": {
        "nb": "Suksesskriterier (veilederen 3.5)",
        "nn": "Suksesskriteria (rettleiaren 3.5)",
        "en": "Success criteria (guide 3.5)",
    },
    "scorecard.col.criterion": {
        "nb": "Kriterium",
        "nn": "Kriterium",
        "en": "Criterion",
    },
    "scorecard.col.trend": {
        "nb": "Utvikling",
        "nn": "Utvikling",
        "en": "Trend",
    },
    "scorecard.col.reason": {
        "nb": "Begrunnelse",
        "nn": "Grunngiving",
        "en": "Reason",
    },
    "scorecard.pitfalls": {
        "nb": "Fallgruver",
        "nn": "Fallgruver",
        "en": "Pitfalls",
    },
    "scorecard.reason_prompt": {
        "nb": "Begrunnelse for {criterion} (Enter lagrer, Esc avbryter)",
        "nn": "Grunngiving for {criterion} (Enter lagrar, Esc avbryt)",
        "en": "Reason for {criterion} (Enter saves, Esc cancels)",
    },
    "scorecard.rate_first": {
        "nb": "Gi en vurdering 1–5 før begrunnelsen",
        "nn": "Gi ei vurdering 1–5 før grunngivinga",
        "en": "Give a score 1–5 before the reason",
    },
    "key.score": {
        "nb": "Vurdering 1–5 (0 fjerner)",
        "nn": "Vurdering 1–5 (0 fjernar)",
        "en": "Score 1–5 (0 clears)",
    },
    "key.reason": {
        "nb": "Skriv begrunnelse",
        "nn": "Skriv grunngiving",
        "en": "Write reason",
    },
    "key.scorecard": {
        "nb": "Suksesskriterier",
        "nn": "Suksesskriteria",
        "en": "Success criteria",
    },
    "key.compare_last": {
        "nb": "Sammenlign med i fjor",
        "nn": "Samanlikn med i fjor",
        "en": "Compare with last year",
    },
    "key.toggle_pitfall": {
        "nb": "Kryss av fallgruve",
        "nn": "Kryss av fallgruve",
        "en": "Tick pitfall",
    },
    "last_year.title": {
        "nb": "I fjor ({year})",
        "nn": "I fjor ({year})",
        "en": "Last year ({year})",
    },
    "last_year.empty": {
        "nb": "(ikke besvart i fjor)",
        "nn": "(ikkje svara i fjor)",
        "en": "(not answered last year)",
    },
    "last_year.confidential": {
        "nb": "[konfidensielt]",
        "nn": "[konfidensielt]",
        "en": "[confidential]",
    },
}
