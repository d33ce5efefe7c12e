"""What can go wrong with the history database, in plain words.

:func:`translate` is the one place that turns a :class:`sqlite3.Error` into a
:class:`HistoryError`; :class:`~acupress_gui.storage.history.connection.Database` calls it
around every call into SQLite, so no caller ever needs to catch :mod:`sqlite3`.
"""

from __future__ import annotations

import re
import sqlite3

__all__ = [
    "HistoryConstraintError",
    "HistoryDamagedError",
    "HistoryError",
    "HistoryUnavailableError",
    "HistoryVersionError",
    "damaged",
    "plain",
    "translate",
]

_CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]+")
# SQLite's primary result codes that mean the file itself is damaged.
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26


class HistoryError(RuntimeError):
    """The history database cannot be used; the message says why in plain words.

    Attributes:
        reason: What went wrong, without the sentence around it (one line).
    """

    def __init__(self, message: str, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason or message


class HistoryVersionError(HistoryError):
    """The database was written by a newer version of the app; it is left untouched."""


class HistoryDamagedError(HistoryError):
    """The database turned out to be damaged while the app was running.

    A recorder wrapping the store (see :mod:`acupress_gui.storage.fallback`) keeps the
    session in memory. Damage found when the file is opened is handled there: the file is set
    aside.
    """


class HistoryUnavailableError(HistoryError):
    """The database cannot be read or written right now: locked, read-only, full, closed."""


class HistoryConstraintError(HistoryError, ValueError):
    """A write broke a rule of the schema (a repeated id, a value out of range): the
    caller's mistake, not a storage problem, hence also a :class:`ValueError`."""


def plain(error: object) -> str:
    """An error's text on one line, without control characters (SQLite may quote bytes of a
    damaged schema), and not longer than 200 characters."""
    text = _CONTROL_CHARACTERS.sub(" ", str(error)).strip() or type(error).__name__
    return text if len(text) <= 200 else text[:199] + "…"


def is_damage(error: sqlite3.Error) -> bool:
    """True when SQLite says the file is damaged (not busy, full or read-only)."""
    if isinstance(error, sqlite3.IntegrityError):
        return False
    code = (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF
    if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return True
    text = str(error)
    return (
        "no such table" in text
        or "no such column" in text
        or "malformed" in text
        # Python's sqlite3 cannot decode a text cell: bytes in the file were damaged.
        or text.startswith("Could not decode to UTF-8")
    )


def damaged(name: str, error: BaseException) -> HistoryDamagedError:
    """The error for damage found in the file ``name`` while it is in use."""
    reason = plain(error)
    return HistoryDamagedError(
        f"The session history {name} is damaged ({reason}). It is left as it is; "
        "restart acupress-gui to keep it aside and start a new history.",
        reason,
    )


def translate(error: sqlite3.Error, name: str) -> HistoryError:
    """The storage error for a :class:`sqlite3.Error` raised on the database ``name``."""
    reason = plain(error)
    if isinstance(error, sqlite3.IntegrityError):
        return HistoryConstraintError(f"The session history {name} refused it: {reason}", reason)
    if is_damage(error):
        return damaged(name, error)
    return HistoryUnavailableError(
        f"The session history {name} cannot be used right now ({reason}).", reason
    )
