"""The app's log: stdlib logging into one rotating file in the user's log folder.

Every module logs through ``logging.getLogger(__name__)``; this module only decides where
the records go. The file is readable only by the user (it may name routines and files).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from acupress_gui.storage.paths import LOG_FILE_NAME

log = logging.getLogger(__name__)

#: The root of the app's loggers; records below it go to the file.
APP_LOGGER = "acupress_gui"
MAX_LOG_BYTES = 1024 * 1024
LOG_BACKUPS = 3
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating file handler whose files (the current one and every new one) are 0600."""

    def _open(self):  # type: ignore[no-untyped-def]  # typeshed leaves it untyped
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)


def setup_logging(log_dir: Path, *, level: int = logging.INFO) -> Path | None:
    """Send the app's records to ``log_dir/acupress-gui.log``; returns its path.

    Returns None when the folder cannot be written: the app runs on, logging to stderr only.
    Calling it again replaces the earlier file handler.
    """
    app_logger = logging.getLogger(APP_LOGGER)
    app_logger.setLevel(level)
    for old in list(app_logger.handlers):
        if isinstance(old, PrivateRotatingFileHandler):
            app_logger.removeHandler(old)
            old.close()
    path = log_dir / LOG_FILE_NAME
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = PrivateRotatingFileHandler(
            path, maxBytes=MAX_LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
    except OSError as error:
        log.warning("The log file %s cannot be written: %s", path, error.strerror or error)
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    app_logger.addHandler(handler)
    return path
