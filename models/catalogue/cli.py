"""The command line's own words: help texts, argparse's frame, and what commands print.

`cli.argparse.*` are argparse's words ("usage:", "options", its error messages),
put in the interface language by `tui/cli/localized.py`; `cli.help.*` the help line
of each command and option (`tui/cli/*_cmds.py`); `cli.type.*` what an option's
value must be; `cli.list.*` and `cli.check.*` the lines `list` and `check` print.
Help texts go through argparse's `%` formatting: no `%` in them.
"""

from __future__ import annotations

ARGPARSE_STRINGS: dict[str, dict[str, str]] = {
    "cli.argparse.usage": {"nb": "bruk: ", "nn": "bruk: ", "en": "usage: "},
    "cli.argparse.positionals": {"nb": "argumenter", "nn": "argument", "en": "positional arguments"},
    "cli.argparse.options": {"nb": "valg", "nn": "val", "en": "options"},
    "cli.argparse.line": {
        "nb": "{prog}: {message} (se «{prog} --help»)",
        "nn": "{prog}: {message} (sjå «{prog} --help»)",
        "en": "{prog}: {message} (see '{prog} --help')",
    },
    "cli.argparse.argument": {
        "nb": "argument {argument}: {message}",
        "nn": "argument {argument}: {message}",
        "en": "argument {argument}: {message}",
    },
    "cli.argparse.unrecognized": {
        "nb": "ukjente argumenter: {args}",
        "nn": "ukjente argument: {args}",
        "en": "unrecognized arguments: {args}",
    },
    "cli.argparse.invalid_choice": {
        "nb": "ugyldig valg: {value} (velg blant {choices})",
        "nn": "ugyldig val: {value} (vel mellom {choices})",
        "en": "invalid choice: {value} (choose from {choices})",
    },
    "cli.argparse.expected_one": {
        "nb": "venter én verdi",
        "nn": "ventar éin verdi",
        "en": "expected one argument",
    },
    "cli.argparse.expected_at_least_one": {
        "nb": "venter minst én verdi",
        "nn": "ventar minst éin verdi",
        "en": "expected at least one argument",
    },
    "cli.argparse.expected_at_most_one": {
        "nb": "venter høyst én verdi",
        "nn": "ventar høgst éin verdi",
        "en": "expected at most one argument",
    },
    "cli.argparse.expected_n": {
        "nb": "venter {n} verdier",
        "nn": "ventar {n} verdiar",
        "en": "expected {n} arguments",
    },
    "cli.argparse.required": {
        "nb": "disse argumentene mangler: {args}",
        "nn": "desse argumenta manglar: {args}",
        "en": "the following arguments are required: {args}",
    },
    "cli.argparse.ambiguous": {
        "nb": "tvetydig valg: {option} kan bety {matches}",
        "nn": "tvetydig val: {option} kan tyde {matches}",
        "en": "ambiguous option: {option} could match {matches}",
    },
    "cli.argparse.not_allowed_with": {
        "nb": "kan ikke brukes sammen med {other}",
        "nn": "kan ikkje brukast saman med {other}",
        "en": "not allowed with argument {other}",
    },
    "cli.argparse.ignored_explicit": {
        "nb": "tar ingen verdi (fikk {value})",
        "nn": "tek ingen verdi (fekk {value})",
        "en": "ignored explicit argument {value}",
    },
    "cli.argparse.invalid_value": {
        "nb": "ugyldig verdi for {type}: {value}",
        "nn": "ugyldig verdi for {type}: {value}",
        "en": "invalid {type} value: {value}",
    },
    "cli.type.date": {
        "nb": "ugyldig dato «{text}»: skriv ÅÅÅÅ-MM-DD",
        "nn": "ugyldig dato «{text}»: skriv ÅÅÅÅ-MM-DD",
        "en": "invalid date '{text}': use YYYY-MM-DD",
    },
    "cli.type.port": {
        "nb": "porten må være 1–65535, ikke {value}",
        "nn": "porten må vere 1–65535, ikkje {value}",
        "en": "port must be 1-65535, not {value}",
    },
    "cli.type.positive": {
        "nb": "må være minst 1, ikke {value}",
        "nn": "må vere minst 1, ikkje {value}",
        "en": "must be at least 1, not {value}",
    },
    "cli.type.not_negative": {
        "nb": "må være 0 eller mer, ikke {value}",
        "nn": "må vere 0 eller meir, ikkje {value}",
        "en": "must be 0 or more, not {value}",
    },
    "cli.type.whole_number": {
        "nb": "ikke et heltall: «{text}»",
        "nn": "ikkje eit heiltal: «{text}»",
        "en": "not a whole number: '{text}'",
    },
    "cli.list.empty": {
        "nb": "Ingen egenevalueringer i {folder}",
        "nn": "Ingen eigenevalueringar i {folder}",
        "en": "No sessions in {folder}",
    },
    "cli.list.date": {"nb": "Dato", "nn": "Dato", "en": "Date"},
    "cli.list.council": {"nb": "Politiråd", "nn": "Politiråd", "en": "Council"},
    "cli.list.answered": {"nb": "Besvart", "nn": "Svara", "en": "Answered"},
    "cli.list.actions": {"nb": "Tiltak åpne/fullført", "nn": "Tiltak opne/fullførte", "en": "Measures open/done"},
    "cli.list.file": {"nb": "Fil", "nn": "Fil", "en": "File"},
    "cli.check.ok": {
        "nb": "{path}: ok ({council}, {date}, {answered} svar, {actions} tiltak)",
        "nn": "{path}: ok ({council}, {date}, {answered} svar, {actions} tiltak)",
        "en": "{path}: ok ({council}, {date}, {answered} answers, {actions} measures)",
    },
    "cli.check.unnamed": {"nb": "uten navn", "nn": "utan namn", "en": "no name"},
}

METAVAR_STRINGS: dict[str, dict[str, str]] = {
    "cli.metavar.command": {"nb": "KOMMANDO", "nn": "KOMMANDO", "en": "COMMAND"},
    "cli.metavar.file": {"nb": "FIL", "nn": "FIL", "en": "FILE"},
    "cli.metavar.folder": {"nb": "MAPPE", "nn": "MAPPE", "en": "DIR"},
    "cli.metavar.name": {"nb": "NAVN", "nn": "NAMN", "en": "NAME"},
    "cli.metavar.date": {"nb": "ÅÅÅÅ-MM-DD", "nn": "ÅÅÅÅ-MM-DD", "en": "YYYY-MM-DD"},
    "cli.metavar.previous": {"nb": "FORRIGE.toml", "nn": "FØRRE.toml", "en": "PREVIOUS.toml"},
    "cli.metavar.old": {"nb": "GAMMEL.toml", "nn": "GAMMAL.toml", "en": "OLD.toml"},
    "cli.metavar.new": {"nb": "NY.toml", "nn": "NY.toml", "en": "NEW.toml"},
    "cli.metavar.query": {"nb": "SØK", "nn": "SØK", "en": "QUERY"},
    "cli.metavar.out": {"nb": "UT", "nn": "UT", "en": "OUT"},
    "cli.metavar.format": {"nb": "FORMAT", "nn": "FORMAT", "en": "FORMAT"},
    "cli.metavar.current": {"nb": "GJELDENDE", "nn": "GJELDANDE", "en": "CURRENT"},
    "cli.metavar.path": {"nb": "STI", "nn": "STI", "en": "PATH"},
    "cli.metavar.minutes": {"nb": "MINUTTER", "nn": "MINUTT", "en": "MINUTES"},
    "cli.metavar.address": {"nb": "ADRESSE", "nn": "ADRESSE", "en": "HOST"},
    "cli.metavar.port": {"nb": "PORT", "nn": "PORT", "en": "PORT"},
    "cli.metavar.number": {"nb": "ANTALL", "nn": "TAL", "en": "N"},
}
"""The placeholders in usage lines (`-o FIL`); the error texts that name an option's
value use the same words (`error.diff_needs_against`: --against GJELDENDE)."""

HELP_STRINGS: dict[str, dict[str, str]] = {
    "cli.help.description": {
        "nb": "politirad: gjennomfør politirådets årlige egenevaluering. Uten kommando åpnes en ny egenevaluering i standardmappen.",
        "nn": "politirad: gjennomfør den årlege eigenevalueringa til politirådet. Utan kommando blir ei ny eigenevaluering opna i standardmappa.",
        "en": "politirad: run a politiråd's yearly self-evaluation (egenevaluering). Without a command it opens a new session in the default folder.",
    },
    "cli.help.help": {
        "nb": "vis denne hjelpeteksten og avslutt",
        "nn": "vis denne hjelpeteksten og avslutt",
        "en": "show this help message and exit",
    },
    "cli.help.version": {
        "nb": "vis versjonsnummeret og avslutt",
        "nn": "vis versjonsnummeret og avslutt",
        "en": "show the version number and exit",
    },
    "cli.help.dir": {
        "nb": "mappe for egenevalueringsfilene (standard: $POLITIRAD_HOME eller brukerens datamappe)",
        "nn": "mappe for eigenevalueringsfilene (standard: $POLITIRAD_HOME eller datamappa til brukaren)",
        "en": "folder for session files (default: $POLITIRAD_HOME or the user data folder)",
    },
    "cli.help.lang": {
        "nb": "språk: nb (bokmål, standard), nn (nynorsk) eller en (engelsk)",
        "nn": "språk: nb (bokmål, standard), nn (nynorsk) eller en (engelsk)",
        "en": "interface language: nb (bokmål, default), nn (nynorsk) or en",
    },
    "cli.help.commands": {
        "nb": "kommandoen; «politirad KOMMANDO --help» forklarer den",
        "nn": "kommandoen; «politirad KOMMANDO --help» forklarar han",
        "en": "the command; 'politirad COMMAND --help' explains it",
    },
    # -- new, open, list, show, check, questions -----------------------------------------
    "cli.help.new": {
        "nb": "lag en ny egenevaluering og åpne den",
        "nn": "lag ei ny eigenevaluering og opne ho",
        "en": "create a new session and open it",
    },
    "cli.help.new.council": {"nb": "politirådets navn", "nn": "namnet på politirådet", "en": "the council's name"},
    "cli.help.new.date": {"nb": "møtedato (i dag)", "nn": "møtedato (i dag)", "en": "meeting date (today)"},
    "cli.help.new.output": {"nb": "filen som skal lages", "nn": "fila som skal lagast", "en": "file to create"},
    "cli.help.new.no_open": {
        "nb": "lag filen, men ikke åpne den",
        "nn": "lag fila, men ikkje opne ho",
        "en": "create the file, do not open it",
    },
    "cli.help.new.from": {
        "nb": "start fra fjorårets egenevaluering: politiråd, deltakere, egne spørsmål og åpne tiltak (ny fil ved siden av den, om ikke --dir eller -o er gitt)",
        "nn": "start frå eigenevalueringa i fjor: politiråd, deltakarar, eigne spørsmål og opne tiltak (ny fil ved sida av ho, om ikkje --dir eller -o er gitt)",
        "en": "start from last year's session: council, participants, own questions and open measures (new file beside it unless --dir or -o)",
    },
    "cli.help.open": {
        "nb": "åpne en egenevalueringsfil i appen",
        "nn": "opne ei eigenevalueringsfil i appen",
        "en": "open a session file in the app",
    },
    "cli.help.open.read_only": {
        "nb": "se, ikke endre",
        "nn": "sjå, ikkje endre",
        "en": "look, do not change",
    },
    "cli.help.list": {
        "nb": "list egenevalueringene i en mappe",
        "nn": "list opp eigenevalueringane i ei mappe",
        "en": "list the sessions in a folder",
    },
    "cli.help.list.dir": {"nb": "mappen som skal listes", "nn": "mappa som skal listast opp", "en": "folder to list"},
    "cli.help.show": {
        "nb": "skriv ut en egenevaluering som lesbar tekst",
        "nn": "skriv ut ei eigenevaluering som lesbar tekst",
        "en": "print a session as readable text",
    },
    "cli.help.check": {
        "nb": "kontroller en egenevalueringsfil (avslutningskode 0 gyldig, 2 ugyldig)",
        "nn": "kontroller ei eigenevalueringsfil (avslutningskode 0 gyldig, 2 ugyldig)",
        "en": "validate a session file (exit 0 valid, 2 not)",
    },
    "cli.help.questions": {
        "nb": "skriv ut spørsmålene i veilederen med id-ene deres",
        "nn": "skriv ut spørsmåla i rettleiaren med id-ane deira",
        "en": "print the guide's questions with their ids",
    },
    # -- compare, search, browse, hints, scorecard ---------------------------------------
    "cli.help.compare": {
        "nb": "hva som er endret mellom to års egenevalueringer",
        "nn": "kva som er endra mellom eigenevalueringane til to år",
        "en": "what changed between two years' sessions",
    },
    "cli.help.include_confidential": {
        "nb": "ta med notater merket konfidensielle (holdes utenfor som standard)",
        "nn": "ta med notat merkte konfidensielle (haldne utanfor som standard)",
        "en": "include notes marked confidential (kept out by default)",
    },
    "cli.help.search": {
        "nb": "søk i notater, tiltak og læringspunkter i alle egenevalueringene i en mappe (avslutningskode 0 funnet, 1 ingenting funnet)",
        "nn": "søk i notat, tiltak og læringspunkt i alle eigenevalueringane i ei mappe (avslutningskode 0 funne, 1 ingenting funne)",
        "en": "search notes, measures and learning points in every session of a folder (exit 0 found, 1 nothing found)",
    },
    "cli.help.search.query": {
        "nb": "ord som alle må forekomme",
        "nn": "ord som alle må finnast",
        "en": "words that must all occur",
    },
    "cli.help.search.dir": {"nb": "mappen det skal søkes i", "nn": "mappa det skal søkjast i", "en": "folder to search"},
    "cli.help.browse": {
        "nb": "oversikten over egenevalueringer: velg en, start fra i fjor, søk",
        "nn": "lista over eigenevalueringar: vel ei, start frå i fjor, søk",
        "en": "the session browser: pick a session, start from last year, search",
    },
    "cli.help.browse.dir": {"nb": "mappen som skal vises", "nn": "mappa som skal visast", "en": "folder to browse"},
    "cli.help.hints": {
        "nb": "råd ut fra egenevalueringens data, med henvisning til veilederen",
        "nn": "råd ut frå data i eigenevalueringa, med tilvising til rettleiaren",
        "en": "hints from the session's data, citing the guide",
    },
    "cli.help.scorecard": {
        "nb": "vurderingene av suksesskriteriene over årene, og fallgruvene",
        "nn": "vurderingane av suksesskriteria over åra, og fallgruvene",
        "en": "success-criteria ratings over the years and the pitfalls",
    },
    # -- documents -----------------------------------------------------------------------
    "cli.help.doc.draft": {
        "nb": "utkast til revidert samarbeidsavtale (UTKAST), med én signaturblokk per part",
        "nn": "utkast til revidert samarbeidsavtale (UTKAST), med éin signaturblokk per part",
        "en": "draft of the revised cooperation agreement (UTKAST), one signature block per party",
    },
    "cli.help.doc.minutes": {
        "nb": "referat fra egenevalueringsmøtet",
        "nn": "referat frå eigenevalueringsmøtet",
        "en": "minutes of the self-evaluation meeting (møtereferat)",
    },
    "cli.help.doc.prep": {
        "nb": "forberedelsesark å sende deltakerne på forhånd",
        "nn": "førebuingsark å sende deltakarane på førehand",
        "en": "preparation sheet to send to participants in advance",
    },
    "cli.help.doc.file": {
        "nb": "egenevalueringsfilen (.toml)",
        "nn": "eigenevalueringsfila (.toml)",
        "en": "session file (.toml)",
    },
    "cli.help.doc.output": {
        "nb": "skriv hit i stedet for til standard ut (nødvendig for docx og odt)",
        "nn": "skriv hit i staden for til standard ut (naudsynt for docx og odt)",
        "en": "write here instead of stdout (needed for docx and odt)",
    },
    "cli.help.doc.format": {
        "nb": "{formats} (standard text)",
        "nn": "{formats} (standard text)",
        "en": "{formats} (default text)",
    },
    "cli.help.doc.strict": {
        "nb": "nekt å eksportere når det finnes personopplysninger (avslutningskode 2)",
        "nn": "nekt å eksportere når det finst personopplysningar (avslutningskode 2)",
        "en": "refuse to export when personal data is found (exit 2)",
    },
    "cli.help.doc.against": {
        "nb": "den gjeldende avtalen (.docx, .odt eller tekst): si hva utkastet endrer",
        "nn": "den gjeldande avtalen (.docx, .odt eller tekst): sei kva utkastet endrar",
        "en": "the current agreement (.docx, .odt or text): say what the draft changes",
    },
    "cli.help.doc.diff": {
        "nb": "skriv ut en samlet diff fra GJELDENDE til utkastet som tekst (trenger --against)",
        "nn": "skriv ut ein samla diff frå GJELDANDE til utkastet som tekst (treng --against)",
        "en": "print a unified diff from CURRENT to the draft as text (needs --against)",
    },
    # -- serve ---------------------------------------------------------------------------
    "cli.help.serve": {
        "nb": "del en egenevaluering over SSH: du leder her, deltakerne kobler til med ssh",
        "nn": "del ei eigenevaluering over SSH: du leier her, deltakarane koplar til med ssh",
        "en": "share a session over SSH: you facilitate here, participants join with ssh",
    },
    "cli.help.serve.description": {
        "nb": "Åpne FIL her som møteleder og la deltakerne følge den direkte over SSH (bare offentlige nøkler; deltakerne kan bare se, med mindre nøkkellinjen deres sier politirad-role=co-facilitator).",
        "nn": "Opne FIL her som møteleiar og la deltakarane følgje ho direkte over SSH (berre offentlege nøklar; deltakarane kan berre sjå, med mindre nøkkellinja deira seier politirad-role=co-facilitator).",
        "en": "Open FILE here as facilitator and let participants watch it live over SSH (public keys only; viewers are read-only unless their key line says politirad-role=co-facilitator).",
    },
    "cli.help.serve.host": {
        "nb": "adressen det lyttes på (standard 127.0.0.1: bare denne maskinen)",
        "nn": "adressa det blir lytta på (standard 127.0.0.1: berre denne maskina)",
        "en": "address to listen on (default 127.0.0.1: this machine only)",
    },
    "cli.help.serve.port": {"nb": "TCP-port (standard 2222)", "nn": "TCP-port (standard 2222)", "en": "TCP port (default 2222)"},
    "cli.help.serve.authorized_keys": {
        "nb": "deltakernes offentlige nøkler, én per linje (standard: authorized_keys i konfigurasjonsmappen)",
        "nn": "dei offentlege nøklane til deltakarane, éin per linje (standard: authorized_keys i konfigurasjonsmappa)",
        "en": "participants' public keys, one per line (default: authorized_keys in the config folder)",
    },
    "cli.help.serve.host_key": {
        "nb": "serverens nøkkel, lages første gang (standard: i konfigurasjonsmappen)",
        "nn": "nøkkelen til tenaren, blir laga første gongen (standard: i konfigurasjonsmappa)",
        "en": "server key, made on first use (default: in the config folder)",
    },
    "cli.help.serve.max_viewers": {
        "nb": "flest SSH-deltakere samtidig (standard 20)",
        "nn": "flest SSH-deltakarar samstundes (standard 20)",
        "en": "most SSH participants at once (default 20)",
    },
    "cli.help.serve.idle_timeout": {
        "nb": "lukk en deltakers økt etter så lenge uten tastetrykk (standard 120, 0 = aldri)",
        "nn": "lukk økta til ein deltakar etter så lenge utan tastetrykk (standard 120, 0 = aldri)",
        "en": "close a participant's session after this long without a key press (default 120, 0 = never)",
    },
    "cli.help.serve.invite": {
        "nb": "lag et nøkkelpar bare for dette møtet, til en deltaker uten nøkkel (se README)",
        "nn": "lag eit nøkkelpar berre for dette møtet, til ein deltakar utan nøkkel (sjå README)",
        "en": "make a key pair for this meeting only, for a participant without a key (see README)",
    },
}

CLI_STRINGS: dict[str, dict[str, str]] = {**ARGPARSE_STRINGS, **METAVAR_STRINGS, **HELP_STRINGS}
"""The tables share no key: argparse's words and results under `cli.argparse.`,
`cli.type.`, `cli.list.`, `cli.check.`; placeholders under `cli.metavar.`; help texts
under `cli.help.`."""
