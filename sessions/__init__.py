"""Session lifecycle: files on disk, the live shared session, and documents.

Owns every byte politirad writes. Imports models/, never textual.
"""
