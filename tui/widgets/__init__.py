"""Reusable widgets of the politirad app; none of them touches disk."""
