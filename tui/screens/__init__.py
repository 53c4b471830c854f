"""Screens and modal dialogs of the politirad app."""
