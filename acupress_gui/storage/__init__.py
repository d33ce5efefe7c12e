"""Files and the database. Never imports PySide6."""
