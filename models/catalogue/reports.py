"""Words of the hints (`politirad hints`, the scorecard's hint line) and of the crash
journal's recovery dialog."""

from __future__ import annotations

REPORT_STRINGS: dict[str, dict[str, str]] = {
    "hint.source.meetings": {
        "nb": "Veilederen 3.5, «Fast møtestruktur»",
        "nn": "Rettleiaren 3.5, «Fast møtestruktur»",
        "en": "Guide 3.5, 'Fixed meeting structure'",
    },
    "hint.source.satisfied": {
        "nb": "Veilederen 3.5, «Fast møtestruktur» (Rambøll 2014)",
        "nn": "Rettleiaren 3.5, «Fast møtestruktur» (Rambøll 2014)",
        "en": "Guide 3.5, 'Fixed meeting structure' (Rambøll 2014)",
    },
    "hint.source.anchoring": {
        "nb": "Veilederen 3.5, «Forankring i øverste ledelse og i organisasjonen»",
        "nn": "Rettleiaren 3.5, «Forankring i øverste ledelse og i organisasjonen»",
        "en": "Guide 3.5, 'Anchoring in top leadership and in the organisation'",
    },
    "hint.source.agreement": {
        "nb": "Veilederen 3.5, «Skriftlig samarbeidsavtale»",
        "nn": "Rettleiaren 3.5, «Skriftlig samarbeidsavtale»",
        "en": "Guide 3.5, 'Written cooperation agreement'",
    },
    "hint.source.follow_up": {
        "nb": "Veilederen 2.3, spørsmål 4.6",
        "nn": "Rettleiaren 2.3, spørsmål 4.6",
        "en": "Guide 2.3, question 4.6",
    },
    "hint.meetings_below_minimum.one": {
        "nb": "Politirådet hadde {n} møte siste år, færre enn rundskrivets minimum på to.",
        "nn": "Politirådet hadde {n} møte siste året, færre enn minstekravet på to i rundskrivet.",
        "en": "The council met {n} time in the past year, fewer than the circular's minimum of two.",
    },
    "hint.meetings_below_minimum.many": {
        "nb": "Politirådet hadde {n} møter siste år, færre enn rundskrivets minimum på to.",
        "nn": "Politirådet hadde {n} møte siste året, færre enn minstekravet på to i rundskrivet.",
        "en": "The council met {n} times in the past year, fewer than the circular's minimum of two.",
    },
    "hint.meetings_below_satisfied": {
        "nb": "Politirådet hadde {n} møter siste år. Råd med tre eller flere møter var mest fornøyd med samarbeidet.",
        "nn": "Politirådet hadde {n} møte siste året. Råd med tre eller fleire møte var mest nøgde med samarbeidet.",
        "en": "The council met {n} times in the past year. Councils with three or more meetings were the most satisfied.",
    },
    "hint.no_ordforer": {
        "nb": "Ordfører er ikke blant deltakerne.",
        "nn": "Ordførar er ikkje blant deltakarane.",
        "en": "The mayor (ordfører) is not among the participants.",
    },
    "hint.no_radmann": {
        "nb": "Kommunedirektør/rådmann er ikke blant deltakerne.",
        "nn": "Kommunedirektør/rådmann er ikkje blant deltakarane.",
        "en": "The chief municipal executive (kommunedirektør/rådmann) is not among the participants.",
    },
    "hint.no_agreement": {
        "nb": "Politirådet har ingen skriftlig samarbeidsavtale.",
        "nn": "Politirådet har ingen skriftleg samarbeidsavtale.",
        "en": "The council has no written cooperation agreement.",
    },
    "hint.carried_open": {
        "nb": "Tiltak fra i fjor som fortsatt er åpne: {ids}.",
        "nn": "Tiltak frå i fjor som framleis er opne: {ids}.",
        "en": "Measures from last year that are still open: {ids}.",
    },
    "journal.found": {
        "nb": "Ulagret arbeid fra {when} ble funnet.",
        "nn": "Ulagra arbeid frå {when} vart funne.",
        "en": "Unsaved work from {when} was found.",
    },
    "journal.file_newer": {
        "nb": "Filen er endret senere enn dette.",
        "nn": "Fila er endra seinare enn dette.",
        "en": "The file was changed after it.",
    },
    "journal.note.added": {
        "nb": "{key}: nytt notat ({detail} tegn)",
        "nn": "{key}: nytt notat ({detail} teikn)",
        "en": "{key}: new note ({detail} characters)",
    },
    "journal.note.changed": {
        "nb": "{key}: notatet er endret ({detail} tegn)",
        "nn": "{key}: notatet er endra ({detail} teikn)",
        "en": "{key}: note changed ({detail} characters)",
    },
    "journal.note.removed": {
        "nb": "{key}: notatet er slettet ({detail} tegn)",
        "nn": "{key}: notatet er sletta ({detail} teikn)",
        "en": "{key}: note deleted ({detail} characters)",
    },
    "journal.answer.changed": {
        "nb": "{key}: {detail} er endret",
        "nn": "{key}: {detail} er endra",
        "en": "{key}: {detail} changed",
    },
    "journal.action.added": {
        "nb": "Tiltak {key} er lagt til",
        "nn": "Tiltak {key} er lagt til",
        "en": "Measure {key} added",
    },
    "journal.action.changed": {
        "nb": "Tiltak {key} er endret ({detail})",
        "nn": "Tiltak {key} er endra ({detail})",
        "en": "Measure {key} changed ({detail})",
    },
    "journal.action.removed": {
        "nb": "Tiltak {key} er fjernet",
        "nn": "Tiltak {key} er fjerna",
        "en": "Measure {key} removed",
    },
    "journal.field.changed": {
        "nb": "Oppsett: {key} er endret",
        "nn": "Oppsett: {key} er endra",
        "en": "Setup: {key} changed",
    },
}
