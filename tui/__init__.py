"""The terminal interface: the Textual app, its screens and widgets, the CLI and SSH."""
