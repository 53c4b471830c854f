"""The live shared session: changes, subscribers, autosave, crash journal, presence, clock."""
