"""Files on disk: atomic private writes, TOML load/save, locks, migrations, folders."""
