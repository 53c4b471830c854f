"""Interface strings for sharing over SSH; part of the catalogue politirad.models.catalogue.CATALOGUE."""

from __future__ import annotations

SSH_STRINGS: dict[str, dict[str, str]] = {
    "share.connected": {
        "nb": "Tilkoblet {count}:",
        "nn": "Tilkopla {count}:",
        "en": "Connected {count}:",
    },
    "share.facilitator": {
        "nb": "Fasilitator",
        "nn": "Fasilitator",
        "en": "Facilitator",
    },
    "share.co_facilitator": {
        "nb": "medfasilitator",
        "nn": "medfasilitator",
        "en": "co-facilitator",
    },
    "share.you": {
        "nb": "deg",
        "nn": "deg",
        "en": "you",
    },
    "share.following": {
        "nb": "Følger fasilitatoren (f: bla fritt)",
        "nn": "Følgjer fasilitatoren (f: bla fritt)",
        "en": "Following the facilitator (f: browse freely)",
    },
    "share.browsing": {
        "nb": "Blar fritt (f: følg fasilitatoren)",
        "nn": "Blar fritt (f: følg fasilitatoren)",
        "en": "Browsing freely (f: follow the facilitator)",
    },
    "share.join": {
        "nb": "Bli med: {command}",
        "nn": "Bli med: {command}",
        "en": "Join: {command}",
    },
    "share.joined": {
        "nb": "{name} koblet til",
        "nn": "{name} kopla til",
        "en": "{name} joined",
    },
    "share.left": {
        "nb": "{name} koblet fra",
        "nn": "{name} kopla frå",
        "en": "{name} left",
    },
    "share.left_reason": {
        "nb": "{name} koblet fra: {reason}",
        "nn": "{name} kopla frå: {reason}",
        "en": "{name} left: {reason}",
    },
    "share.welcome_viewer": {
        "nb": "Du ser på møtet og kan ikke endre noe. f: følg/bla fritt · Ctrl+Q: forlat",
        "nn": "Du ser på møtet og kan ikkje endre noko. f: følg/bla fritt · Ctrl+Q: forlat",
        "en": "You are watching the meeting and cannot change anything. f: follow/browse · Ctrl+Q: leave",
    },
    "share.welcome_co": {
        "nb": "Du er medfasilitator og kan skrive. Ctrl+Q: forlat",
        "nn": "Du er medfasilitator og kan skrive. Ctrl+Q: forlat",
        "en": "You are a co-facilitator and can write. Ctrl+Q: leave",
    },
    "share.welcome_host": {
        "nb": "Deler over SSH. Bli med: {command} · vertsnøkkel {fingerprint}",
        "nn": "Deler over SSH. Bli med: {command} · vertsnøkkel {fingerprint}",
        "en": "Sharing over SSH. Join: {command} · host key {fingerprint}",
    },
    "notice.viewer_read_only": {
        "nb": "Du ser på møtet: bare fasilitatoren kan skrive her.",
        "nn": "Du ser på møtet: berre fasilitatoren kan skrive her.",
        "en": "You are watching: only the facilitator can write here.",
    },
    "key.follow": {
        "nb": "Følg fasilitatoren av/på",
        "nn": "Følg fasilitatoren av/på",
        "en": "Follow the facilitator on/off",
    },
    "ssh.reason.idle": {
        "nb": "ingen aktivitet på {minutes} minutter",
        "nn": "ingen aktivitet på {minutes} minutt",
        "en": "no activity for {minutes} minutes",
    },
    "ssh.reason.slow": {
        "nb": "forbindelsen klarte ikke å følge med",
        "nn": "sambandet klarte ikkje å følgje med",
        "en": "the connection could not keep up",
    },
    "ssh.reason.crashed": {
        "nb": "visningen feilet",
        "nn": "visninga feila",
        "en": "the view failed",
    },
    "ssh.reason.stopped": {
        "nb": "fasilitatoren avsluttet delingen",
        "nn": "fasilitatoren avslutta delinga",
        "en": "the facilitator stopped sharing",
    },
    "ssh.full": {
        "nb": "Møtet er fullt ({max} tilkoblet). Prøv igjen senere.",
        "nn": "Møtet er fullt ({max} tilkopla). Prøv igjen seinare.",
        "en": "The meeting is full ({max} connected). Try again later.",
    },
    "ssh.input_dropped": {
        "nb": "For mye inndata på en gang: resten ble ignorert.",
        "nn": "For mykje inndata på ein gong: resten vart ignorert.",
        "en": "Too much input at once: the rest was ignored.",
    },
    "ssh.bye": {
        "nb": "politirad: frakoblet ({reason}).",
        "nn": "politirad: fråkopla ({reason}).",
        "en": "politirad: disconnected ({reason}).",
    },
    "serve.sharing": {
        "nb": "Deler {file} over SSH på {address}",
        "nn": "Deler {file} over SSH på {address}",
        "en": "Sharing {file} over SSH on {address}",
    },
    "serve.fingerprint": {
        "nb": "Vertsnøkkel: {fingerprint}{new}",
        "nn": "Vertsnøkkel: {fingerprint}{new}",
        "en": "Host key: {fingerprint}{new}",
    },
    "serve.new_key": {
        "nb": " (ny, laget nå)",
        "nn": " (ny, laga no)",
        "en": " (new, made now)",
    },
    "serve.keys": {
        "nb": "Godkjente nøkler: {count} fra {path}",
        "nn": "Godkjende nøklar: {count} frå {path}",
        "en": "Authorized keys: {count} from {path}",
    },
    "serve.join": {
        "nb": "Deltakere kobler til med: {command}",
        "nn": "Deltakarar koplar til med: {command}",
        "en": "Participants join with: {command}",
    },
    "serve.invite": {
        "nb": "Invitasjonsnøkkel for dette møtet: {path}\n  Gi fila til deltakeren på en trygg måte (ikke i møtechatten). Deltakeren lagrer den,\n  kjører chmod 600 på den og kobler til med: {command}\n  Nøkkelen slettes og slutter å virke når du avslutter.",
        "nn": "Invitasjonsnøkkel for dette møtet: {path}\n  Gi fila til deltakaren på ein trygg måte (ikkje i møtechatten). Deltakaren lagrar ho,\n  køyrer chmod 600 på ho og koplar til med: {command}\n  Nøkkelen blir sletta og sluttar å verke når du avsluttar.",
        "en": "Invite key for this meeting: {path}\n  Hand the file to the participant privately (not in the meeting chat). They save it,\n  run chmod 600 on it and join with: {command}\n  The key is deleted and stops working when you quit.",
    },
    "serve.stopped": {
        "nb": "Delingen er avsluttet.",
        "nn": "Delinga er avslutta.",
        "en": "Sharing has stopped.",
    },
}
