"""Plain-text documents built from a session: functions `Session -> str`, no terminal."""
