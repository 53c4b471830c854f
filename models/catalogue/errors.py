"""Why something could not be done: the one-line errors of the command line and the app.

Each is raised as `SessionError("error.…", path, **values)` (sessions/errors.py) and
put into words where it is shown; the file it is about is written before it
(`<file>: <reason>`), so a reason starts in lower case and names no file itself.
`{reason}` is the operating system's own text (left as the OS gives it), `{detail}` a
parser's.
"""

from __future__ import annotations

ERROR_STRINGS: dict[str, dict[str, str]] = {
    # -- reading a file ------------------------------------------------------------
    "error.no_such_file": {
        "nb": "filen finnes ikke",
        "nn": "fila finst ikkje",
        "en": "no such file",
    },
    "error.no_such_folder": {
        "nb": "mappen finnes ikke",
        "nn": "mappa finst ikkje",
        "en": "no such folder",
    },
    "error.cannot_read": {
        "nb": "kan ikke lese: {reason}",
        "nn": "kan ikkje lese: {reason}",
        "en": "cannot read: {reason}",
    },
    "error.cannot_write": {
        "nb": "kan ikke skrive: {reason}",
        "nn": "kan ikkje skrive: {reason}",
        "en": "cannot write: {reason}",
    },
    "error.not_a_file": {
        "nb": "ikke en fil",
        "nn": "ikkje ei fil",
        "en": "not a file",
    },
    "error.too_large_to_read": {
        "nb": "filen er {size} MB; en egenevalueringsfil er på høyst {most} MB",
        "nn": "fila er {size} MB; ei eigenevalueringsfil er på høgst {most} MB",
        "en": "file is {size} MB; a session file is at most {most} MB",
    },
    "error.empty": {
        "nb": "filen er tom, ikke en politirad-egenevaluering",
        "nn": "fila er tom, ikkje ei politirad-eigenevaluering",
        "en": "file is empty, not a politirad session",
    },
    "error.binary": {
        "nb": "binærdata, ikke en egenevalueringsfil (NUL-byte ved posisjon {offset})",
        "nn": "binærdata, ikkje ei eigenevalueringsfil (NUL-byte ved posisjon {offset})",
        "en": "binary data, not a session file (NUL byte at offset {offset})",
    },
    "error.not_utf8": {
        "nb": "ikke UTF-8-tekst (byte 0x{byte:02x} ved posisjon {offset})",
        "nn": "ikkje UTF-8-tekst (byte 0x{byte:02x} ved posisjon {offset})",
        "en": "not UTF-8 text (byte 0x{byte:02x} at offset {offset})",
    },
    "error.toml": {
        "nb": "ugyldig TOML: {detail}",
        "nn": "ugyldig TOML: {detail}",
        "en": "invalid TOML: {detail}",
    },
    "error.toml_at": {
        "nb": "ugyldig TOML på linje {line}, kolonne {column}: {detail}",
        "nn": "ugyldig TOML på linje {line}, kolonne {column}: {detail}",
        "en": "invalid TOML at line {line}, column {column}: {detail}",
    },
    "error.toml_too_deep": {
        "nb": "ugyldig TOML: lister eller tabeller er nøstet for dypt",
        "nn": "ugyldig TOML: lister eller tabellar er nøsta for djupt",
        "en": "invalid TOML: arrays or tables nested too deeply",
    },
    "error.values_too_deep": {
        "nb": "verdiene er nøstet for dypt",
        "nn": "verdiane er nøsta for djupt",
        "en": "values nested too deeply",
    },
    # tomllib's complaints, the usual slips of a hand edit (sessions/storage/toml_errors.py);
    # any other is quoted as tomllib says it.
    "toml.overwrite": {
        "nb": "en verdi kan ikke overskrives (står den to ganger?)",
        "nn": "ein verdi kan ikkje skrivast over (står han to gonger?)",
        "en": "cannot overwrite a value (is it there twice?)",
    },
    "toml.declared_twice": {
        "nb": "{key} er oppgitt to ganger",
        "nn": "{key} er gitt opp to gonger",
        "en": "{key} is declared twice",
    },
    "toml.unterminated_string": {
        "nb": "teksten mangler avsluttende anførselstegn",
        "nn": "teksten manglar avsluttande hermeteikn",
        "en": "the text has no closing quote",
    },
    "toml.unclosed_array": {
        "nb": "listen mangler avsluttende ]",
        "nn": "lista manglar avsluttande ]",
        "en": "the list has no closing ]",
    },
    "toml.unclosed_inline_table": {
        "nb": "tabellen på én linje er ikke lukket",
        "nn": "tabellen på éi linje er ikkje lukka",
        "en": "the inline table is not closed",
    },
    "toml.invalid_value": {
        "nb": "ugyldig verdi (tekst skal stå i anførselstegn)",
        "nn": "ugyldig verdi (tekst skal stå i hermeteikn)",
        "en": "invalid value (text goes in quotes)",
    },
    "toml.invalid_statement": {
        "nb": "ugyldig linje",
        "nn": "ugyldig linje",
        "en": "invalid statement",
    },
    "toml.invalid_key": {
        "nb": "ugyldig første tegn i et nøkkelnavn",
        "nn": "ugyldig første teikn i eit nøkkelnamn",
        "en": "invalid first character of a key",
    },
    "toml.invalid_date": {
        "nb": "ugyldig dato eller tidspunkt",
        "nn": "ugyldig dato eller tidspunkt",
        "en": "invalid date or date-time",
    },
    "toml.table_bracket": {
        "nb": "] mangler på slutten av tabelloverskriften",
        "nn": "] manglar på slutten av tabelloverskrifta",
        "en": "expected ']' at the end of a table declaration",
    },
    "toml.array_bracket": {
        "nb": "]] mangler på slutten av listeoverskriften",
        "nn": "]] manglar på slutten av listeoverskrifta",
        "en": "expected ']]' at the end of an array declaration",
    },
    "toml.equals": {
        "nb": "= mangler etter nøkkelen",
        "nn": "= manglar etter nøkkelen",
        "en": "expected '=' after a key",
    },
    "toml.backslash": {
        "nb": "en \\ i tekst må skrives \\\\ (eller bruk enkle anførselstegn)",
        "nn": "ein \\ i tekst må skrivast \\\\ (eller bruk enkle hermeteikn)",
        "en": "a \\ in text must be written \\\\ (or use single quotes)",
    },
    # -- what the file says --------------------------------------------------------
    "error.no_schema_version": {
        "nb": "ikke en politirad-egenevaluering (mangler schema_version)",
        "nn": "ikkje ei politirad-eigenevaluering (manglar schema_version)",
        "en": "not a politirad session file (no schema_version)",
    },
    "error.schema_version_type": {
        "nb": "felt schema_version: må være et heltall",
        "nn": "felt schema_version: må vere eit heiltal",
        "en": "field schema_version: must be a whole number",
    },
    "error.schema_version_newer": {
        "nb": "schema_version {version} er fra en nyere politirad (denne leser opp til {newest}); oppgrader politirad for å åpne den",
        "nn": "schema_version {version} er frå ein nyare politirad (denne les opp til {newest}); oppgrader politirad for å opne ho",
        "en": "schema_version {version} is from a newer politirad (this one reads up to {newest}); upgrade politirad to open it",
    },
    "error.schema_version_older": {
        "nb": "schema_version {version} er eldre enn noen politirad kan lese (denne leser {readable})",
        "nn": "schema_version {version} er eldre enn nokon politirad kan lese (denne les {readable})",
        "en": "schema_version {version} is older than any politirad can read (this one reads {readable})",
    },
    "error.versions": {
        "nb": "{oldest} til {newest}",
        "nn": "{oldest} til {newest}",
        "en": "{oldest} to {newest}",
    },
    "error.cannot_upgrade": {
        "nb": "kan ikke oppgradere fra schema_version {version}: {detail}",
        "nn": "kan ikkje oppgradere frå schema_version {version}: {detail}",
        "en": "cannot upgrade from schema_version {version}: {detail}",
    },
    "error.cannot_keep_original": {
        "nb": "kan ikke ta vare på originalen før oppgraderingen: {reason}",
        "nn": "kan ikkje ta vare på originalen før oppgraderinga: {reason}",
        "en": "cannot keep the original before upgrading: {reason}",
    },
    # -- saving --------------------------------------------------------------------
    "error.save_too_large": {
        "nb": "ikke lagret: egenevalueringen er {size} MB slik politirad skriver den, og en egenevalueringsfil er på høyst {most} MB (filen på disken er uendret)",
        "nn": "ikkje lagra: eigenevalueringa er {size} MB slik politirad skriv ho, og ei eigenevalueringsfil er på høgst {most} MB (fila på disken er uendra)",
        "en": "not saved: the session is {size} MB as politirad writes it, and a session file is at most {most} MB (the file on disk is unchanged)",
    },
    "error.link_points_nowhere": {
        "nb": "ikke lagret: stien er en symbolsk lenke som ikke peker til noen fil",
        "nn": "ikkje lagra: stien er ei symbolsk lenkje som ikkje peikar til noka fil",
        "en": "not saved: the path is a symbolic link that points to no file",
    },
    "error.link_not_regular": {
        "nb": "ikke lagret: den symbolske lenken peker ikke til en vanlig fil",
        "nn": "ikkje lagra: den symbolske lenkja peikar ikkje til ei vanleg fil",
        "en": "not saved: the symbolic link points to no regular file",
    },
    "error.cannot_write_journal": {
        "nb": "kan ikke skrive journalen: {reason}",
        "nn": "kan ikkje skrive journalen: {reason}",
        "en": "cannot write journal: {reason}",
    },
    "error.cannot_read_settings": {
        "nb": "kan ikke lese innstillingene: {reason}",
        "nn": "kan ikkje lese innstillingane: {reason}",
        "en": "cannot read settings: {reason}",
    },
    "error.cannot_write_settings": {
        "nb": "kan ikke skrive innstillingene: {reason}",
        "nn": "kan ikkje skrive innstillingane: {reason}",
        "en": "cannot write settings: {reason}",
    },
    # -- opening and locking -------------------------------------------------------
    "error.no_such_file_journal": {
        "nb": "filen finnes ikke, men det ulagrede arbeidet ligger i {journal}: kopier den filen til {name} for å få det tilbake",
        "nn": "fila finst ikkje, men det ulagra arbeidet ligg i {journal}: kopier den fila til {name} for å få det tilbake",
        "en": "no such file, but its unsaved work is in {journal}: copy that file to {name} to get it back",
    },
    "error.cannot_lock": {
        "nb": "kan ikke låse: {reason}",
        "nn": "kan ikkje låse: {reason}",
        "en": "cannot lock: {reason}",
    },
    "error.lock_keeps_changing": {
        "nb": "kan ikke låse: låsefilen endrer seg hele tiden",
        "nn": "kan ikkje låse: låsefila endrar seg heile tida",
        "en": "cannot lock: the lock file keeps changing",
    },
    "error.already_open": {
        "nb": "allerede åpnet i {holder}; for å se uten å endre: politirad open --read-only {path}",
        "nn": "alt opna i {holder}; for å sjå utan å endre: politirad open --read-only {path}",
        "en": "already open in {holder}; to look without changing it: politirad open --read-only {path}",
    },
    "error.holder": {
        "nb": "prosess {pid} på {host} siden {since}",
        "nn": "prosess {pid} på {host} sidan {since}",
        "en": "process {pid} on {host} since {since}",
    },
    "error.holder_user": {
        "nb": "prosess {pid} ({user}) på {host} siden {since}",
        "nn": "prosess {pid} ({user}) på {host} sidan {since}",
        "en": "process {pid} ({user}) on {host} since {since}",
    },
    "error.read_only": {
        "nb": "egenevalueringen er åpnet skrivebeskyttet",
        "nn": "eigenevalueringa er opna skriveverna",
        "en": "the session is open read-only",
    },
    # -- years: search and carrying forward -----------------------------------------
    "error.query_too_long": {
        "nb": "søketeksten er lengre enn {most} tegn",
        "nn": "søketeksten er lengre enn {most} teikn",
        "en": "search text is longer than {most} characters",
    },
    "error.query_empty": {
        "nb": "søketeksten er tom; skriv ett eller flere ord",
        "nn": "søketeksten er tom; skriv eitt eller fleire ord",
        "en": "search text is empty; give one or more words",
    },
    "error.carry_date": {
        "nb": "datoen {date} for den nye egenevalueringen må komme etter den forrige, {previous}",
        "nn": "datoen {date} for den nye eigenevalueringa må kome etter den førre, {previous}",
        "en": "the new session's date {date} must come after the previous session's {previous}",
    },
    "error.exists_already": {
        "nb": "finnes allerede; velg et annet navn",
        "nn": "finst alt; vel eit anna namn",
        "en": "exists already; choose another name",
    },
    # -- documents -----------------------------------------------------------------
    "error.refuse_session_overwrite": {
        "nb": "skriver ikke over en egenevalueringsfil; velg et navn på .txt, .md, .docx eller .odt",
        "nn": "skriv ikkje over ei eigenevalueringsfil; vel eit namn på .txt, .md, .docx eller .odt",
        "en": "refusing to overwrite a session file; choose a .txt, .md, .docx or .odt name",
    },
    "error.is_folder_name_file": {
        "nb": "er en mappe; oppgi en fil å skrive til",
        "nn": "er ei mappe; gi opp ei fil å skrive til",
        "en": "is a folder; name a file to write",
    },
    "error.is_folder_not_document": {
        "nb": "er en mappe, ikke et dokument",
        "nn": "er ei mappe, ikkje eit dokument",
        "en": "is a folder, not a document",
    },
    "error.agreement_too_large": {
        "nb": "filen er {size} KB; en avtale er på høyst {most} KB",
        "nn": "fila er {size} KB; ein avtale er på høgst {most} KB",
        "en": "file is {size} KB; an agreement is at most {most} KB",
    },
    "error.text_agreement_too_large": {
        "nb": "filen er {size} KB; en avtale i ren tekst er på høyst {most} KB",
        "nn": "fila er {size} KB; ein avtale i rein tekst er på høgst {most} KB",
        "en": "file is {size} KB; a plaintext agreement is at most {most} KB",
    },
    "error.agreement_not_utf8": {
        "nb": "ikke UTF-8-tekst (posisjon {offset}); gi en .docx, .odt eller en UTF-8-tekstfil",
        "nn": "ikkje UTF-8-tekst (posisjon {offset}); gi ei .docx, .odt eller ei UTF-8-tekstfil",
        "en": "not UTF-8 text (offset {offset}); give a .docx, .odt or UTF-8 text file",
    },
    "error.not_office": {
        "nb": "ikke en lesbar .docx- eller .odt-fil",
        "nn": "ikkje ei lesbar .docx- eller .odt-fil",
        "en": "not a readable .docx or .odt file",
    },
    "error.cannot_read_document": {
        "nb": "kan ikke lese dokumentet: {detail}",
        "nn": "kan ikkje lese dokumentet: {detail}",
        "en": "cannot read the document: {detail}",
    },
    "error.zip_not_office": {
        "nb": "en zip-fil, men verken .docx eller .odt",
        "nn": "ei zip-fil, men verken .docx eller .odt",
        "en": "a zip file, but neither .docx nor .odt",
    },
    "error.unknown_format": {
        "nb": "ukjent format «{format}»; velg ett av {choices}",
        "nn": "ukjent format «{format}»; vel eitt av {choices}",
        "en": "unknown format '{format}'; choose one of {choices}",
    },
    "error.office_needs_output": {
        "nb": "--format {format} skriver en fil: gi -o UT.{format}",
        "nn": "--format {format} skriv ei fil: gi -o UT.{format}",
        "en": "--format {format} writes a file: give -o OUT.{format}",
    },
    "error.diff_needs_against": {
        "nb": "--diff trenger --against GJELDENDE",
        "nn": "--diff treng --against GJELDANDE",
        "en": "--diff needs --against CURRENT",
    },
    "error.diff_is_text": {
        "nb": "--diff skriver ut tekst; utelat --format",
        "nn": "--diff skriv ut tekst; utelat --format",
        "en": "--diff prints text; leave out --format",
    },
    # -- sharing over SSH ----------------------------------------------------------
    "error.no_participant_keys": {
        "nb": "ingen offentlige nøkler for deltakerne: legg dem i denne filen, én per linje, eller bruk --invite",
        "nn": "ingen offentlege nøklar for deltakarane: legg dei i denne fila, éin per linje, eller bruk --invite",
        "en": "no participants' public keys: put them in this file, one per line, or use --invite",
    },
    "error.keys_no_such_file": {
        "nb": "filen finnes ikke (én offentlig nøkkel per linje, som i ~/.ssh/authorized_keys)",
        "nn": "fila finst ikkje (éin offentleg nøkkel per linje, som i ~/.ssh/authorized_keys)",
        "en": "no such file (one public key per line, as in ~/.ssh/authorized_keys)",
    },
    "error.keys_line": {
        "nb": "linje {number}: {detail}",
        "nn": "linje {number}: {detail}",
        "en": "line {number}: {detail}",
    },
    "error.host_key_readable": {
        "nb": "vertsnøkkelen kan leses av andre (modus {mode}); kjør chmod 600",
        "nn": "vertsnøkkelen kan lesast av andre (modus {mode}); køyr chmod 600",
        "en": "the host key is readable by others (mode {mode}); run chmod 600",
    },
    "error.cannot_read_host_key": {
        "nb": "kan ikke lese vertsnøkkelen: {reason}",
        "nn": "kan ikkje lese vertsnøkkelen: {reason}",
        "en": "cannot read the host key: {reason}",
    },
    "error.cannot_listen": {
        "nb": "kan ikke lytte på {host}:{port}: {reason}",
        "nn": "kan ikkje lytte på {host}:{port}: {reason}",
        "en": "cannot listen on {host}:{port}: {reason}",
    },
}
