"""Sharing the live session over SSH: a transport for the same app, not a second app.

Modules here import asyncssh lazily (only `server` and `keys` need it), so the rest of
the program starts without paying for it.
"""
