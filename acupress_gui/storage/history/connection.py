"""The connection to ``history.sqlite3``: opening, checking, migrating, and the one place
where SQLite's errors become storage errors.

Every call into :mod:`sqlite3` goes through :class:`Database`, which raises
:class:`~acupress_gui.storage.history.errors.HistoryError` (a subclass) instead of
:class:`sqlite3.Error`; :meth:`Database.decoding` does the same for a stored value that
cannot be read back (damage SQLite's own checks cannot see).

A file that is not a database, or is damaged, is set aside with
:func:`~acupress_gui.storage.atomic.quarantine` and a new one is started; a file of a newer
schema is refused (:class:`~acupress_gui.storage.history.errors.HistoryVersionError`) and left
untouched. The files are private to the user (mode 0600).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from operator import itemgetter
from pathlib import Path
from typing import Any

from acupress_gui.storage.atomic import PRIVATE_FILE_MODE, ensure_private_dir, quarantine
from acupress_gui.storage.files import check_regular
from acupress_gui.storage.history.errors import (
    HistoryDamagedError,
    HistoryError,
    HistoryVersionError,
    damaged,
    plain,
    translate,
)
from acupress_gui.storage.history.schema import MIGRATIONS, SCHEMA_OBJECTS, SCHEMA_VERSION

__all__ = ["QUICK_CHECK_MAX_BYTES", "Database", "open_database", "open_read_only"]

log = logging.getLogger(__name__)

_SQLITE_MAGIC = b"SQLite format 3\x00"
#: At open, ``PRAGMA quick_check`` reads the whole file when it is at most this large (about
#: 15 years of daily sessions); a larger one is checked as it is read.
QUICK_CHECK_MAX_BYTES = 32 * 1024 * 1024

Params = Sequence[Any]


class Database:
    """An SQLite connection that raises only storage errors; rows are read by column name.

    Args:
        connection: The open connection (autocommit: transactions are explicit).
        name: The file's name, for messages.
    """

    def __init__(self, connection: sqlite3.Connection, name: str) -> None:
        connection.row_factory = sqlite3.Row
        self._connection = connection
        self.name = name

    @classmethod
    def connect_read_only(cls, target: Path, *, immutable: bool = False) -> Database:
        """Open ``target`` read-only (``mode=ro``; ``immutable=1`` where even the shared
        memory file cannot be made, as in a read-only folder)."""
        query = "immutable=1" if immutable else "mode=ro"
        uri = f"{_uri(target)}?{query}"
        with _translated(target.name):
            return cls(
                sqlite3.connect(uri, uri=True, isolation_level=None, timeout=5.0), target.name
            )

    @classmethod
    def connect(cls, target: Path | None) -> Database:
        """Open ``target``, or a database in memory when it is None."""
        name = target.name if target is not None else "history"
        with _translated(name):
            if target is None:
                return cls(sqlite3.connect(":memory:", isolation_level=None), name)
            return cls(sqlite3.connect(target, isolation_level=None, timeout=5.0), name)

    # ---- the one translation ----------------------------------------------------------

    @contextlib.contextmanager
    def decoding(self) -> Iterator[None]:
        """A stored value that cannot be turned back into what it was is damage."""
        try:
            with _translated(self.name):
                yield
        except HistoryError:
            raise
        except (ValueError, TypeError, OverflowError) as error:
            raise damaged(self.name, error) from None

    # ---- statements -------------------------------------------------------------------

    def execute(self, sql: str, params: Params = ()) -> sqlite3.Cursor:
        """Run one statement (read its rows with :meth:`all`, :meth:`one` or :meth:`stream`
        when they matter)."""
        with _translated(self.name):
            return self._connection.execute(sql, params)

    def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        """Run one statement once per row of parameters."""
        with _translated(self.name):
            self._connection.executemany(sql, rows)

    def insert(self, sql: str, params: Params = ()) -> tuple[int, int | None]:
        """Run an ``INSERT``; returns (rows changed, the new row's id)."""
        with _translated(self.name):
            cursor = self._connection.execute(sql, params)
            return cursor.rowcount, cursor.lastrowid

    def all(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        """Every row of a query."""
        with _translated(self.name):
            return self._connection.execute(sql, params).fetchall()

    def one(self, sql: str, params: Params = ()) -> sqlite3.Row | None:
        """The first row of a query, or None."""
        with _translated(self.name):
            row: sqlite3.Row | None = self._connection.execute(sql, params).fetchone()
            return row

    def column(self, sql: str, params: Params = ()) -> list[Any]:
        """The values of a query of one column (without building a row object for each)."""
        with _translated(self.name):
            cursor = self._connection.cursor()
            cursor.row_factory = None
            # Unpacking refuses a row of more than one column.
            return [value for (value,) in cursor.execute(sql, params)]

    def value(self, sql: str, params: Params = ()) -> Any:
        """The value a query of one column and at most one row gives (None: no row)."""
        values = self.column(sql, params)
        if len(values) > 1:
            raise ValueError(f"more than one row from {sql!r}")
        return values[0] if values else None

    def stream(self, sql: str, params: Params = ()) -> Iterator[sqlite3.Row]:
        """The rows of a query, one at a time (for results too large to hold)."""
        with _translated(self.name):
            cursor = self._connection.execute(sql, params)
            # Not "yield from": that would close the cursor when an unfinished stream is
            # dropped, which fails once the connection itself is closed.
            for row in cursor:  # noqa: UP028
                yield row

    @contextlib.contextmanager
    def values(self, sql: str, params: Params = ()) -> Iterator[Iterator[Any]]:
        """The values of a query of one column as a stream, consumed inside the block (an
        error while it is read is a storage error too); no Python code runs per row."""
        with _translated(self.name):
            cursor = self._connection.cursor()
            cursor.row_factory = None
            yield map(itemgetter(0), cursor.execute(sql, params))

    def function(self, name: str, arity: int, function: Callable[..., Any]) -> None:
        """Make ``function`` callable from SQL as ``name`` (deterministic)."""
        with _translated(self.name):
            self._connection.create_function(name, arity, function, deterministic=True)

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[Database]:
        """A read transaction: every query inside sees the same state of the file."""
        self.execute("BEGIN")
        try:
            yield self
        finally:
            self.rollback()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """``BEGIN IMMEDIATE`` ... ``COMMIT``; rolled back on any error."""
        self.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        self.execute("COMMIT")

    def rollback(self) -> None:
        """Roll back if a transaction is open; never hides the error being handled."""
        with contextlib.suppress(sqlite3.Error):
            if self._connection.in_transaction:
                self._connection.execute("ROLLBACK")

    def copy_in_memory(self) -> Database:
        """A copy of the whole database in memory."""
        with _translated(self.name):
            memory = sqlite3.connect(":memory:", isolation_level=None)
            self._connection.backup(memory)
        return Database(memory, self.name)

    def close(self) -> None:
        """Close the connection (further calls raise a HistoryError)."""
        with _translated(self.name):
            self._connection.close()

    @property
    def user_version(self) -> int:
        """``PRAGMA user_version``: the schema version."""
        return int(self.value("PRAGMA user_version"))


@contextlib.contextmanager
def _translated(name: str) -> Iterator[None]:
    try:
        yield
    except sqlite3.Error as error:
        raise translate(error, name) from None


# ---- opening -------------------------------------------------------------------------------


class _DamageFoundError(Exception):
    """A check at open found the file damaged."""


class _ForeignError(Exception):
    """The file is another program's SQLite database: never adopted, set aside."""


def open_database(
    path: Path | None,
    *,
    stamp: Callable[[], datetime],
    prepare: Callable[[Database], None],
    warnings: list[str],
) -> Database:
    """Open (create, upgrade, check) the history database at ``path``; None: in memory.

    Args:
        path: The file.
        stamp: The time to stamp a set-aside file with.
        prepare: Run once the schema is current and checked (a value that cannot be read
            there is damage too, and the file is set aside).
        warnings: What the user should be told is appended here.

    Raises:
        HistoryVersionError: A newer app wrote the file (it is left untouched).
        HistoryError: The file cannot be opened, nor set aside.
    """
    if path is None:
        db = Database.connect(None)
        db.execute("PRAGMA foreign_keys = ON")
        migrate(db)
        return db
    try:
        ensure_private_dir(path.parent)
    except OSError as error:
        raise HistoryError(
            f"The folder {path.parent} cannot be created: {error.strerror}"
        ) from None
    try:
        check_regular(path)  # SQLite would block on a FIFO, forever
    except OSError as error:
        raise HistoryError(f"{path.name} cannot be used: {error.strerror}") from None
    problem = _sniff(path)
    if problem:
        _set_aside(path, problem, stamp, warnings)
    try:
        return _connect(path, prepare)
    except HistoryVersionError:
        raise
    except HistoryDamagedError as error:
        _set_aside(path, f"it is damaged: {error.reason}", stamp, warnings)
    except _ForeignError as error:
        _set_aside(path, str(error), stamp, warnings)
    except HistoryError as error:
        raise HistoryError(f"{path.name} cannot be opened: {error.reason}") from None
    except (_DamageFoundError, ValueError, TypeError, OverflowError) as error:
        _set_aside(path, f"it is damaged: {plain(error)}", stamp, warnings)
    try:
        return _connect(path, prepare)
    except HistoryVersionError:
        raise
    except HistoryError as error:
        raise HistoryError(f"{path.name} cannot be opened: {error.reason}") from None
    except (_DamageFoundError, ValueError) as error:
        raise HistoryError(f"{path.name} cannot be opened: {plain(error)}") from None


def open_read_only(path: Path) -> Database:
    """The history at ``path`` opened for reading only (writing it is refused).

    A file that does not exist gives an empty history in memory, so that the store can show
    nothing and try again to create the file later. A file of an older schema is read through
    a copy in memory brought up to date (the file itself is never written).

    Raises:
        HistoryVersionError: A newer app wrote the file.
        HistoryError: It cannot be read, is damaged or not a history.
    """
    try:
        empty = not check_regular(path) or path.stat().st_size == 0
    except OSError as error:
        raise HistoryError(f"{path.name} cannot be read: {error.strerror}") from None
    if empty:
        db = Database.connect(None)
        migrate(db)
        return db
    if _sniff(path):
        raise HistoryError(f"{path.name} is not an SQLite database")
    failure: HistoryError | None = None
    for immutable in (False, True):
        db = Database.connect_read_only(path, immutable=immutable)
        try:
            if db.user_version != SCHEMA_VERSION:
                db = _upgraded_copy(db, path)
            _check(db, path)
        except HistoryVersionError:
            raise
        except HistoryError as error:
            db.close()
            failure = error
            continue
        except _DamageFoundError as error:
            db.close()
            raise HistoryError(f"{path.name} is damaged: {plain(error)}") from None
        return db
    assert failure is not None
    raise failure


def _upgraded_copy(db: Database, path: Path) -> Database:
    """An older schema's file as a copy in memory at the current schema (``db`` is closed)."""
    try:
        version = db.user_version
        if version < 0 or (version == 0 and db.value("SELECT count(*) FROM sqlite_master")):
            raise HistoryError(f"{path.name} is another program's database")
        copy = db.copy_in_memory()
    finally:
        db.close()
    migrate(copy)  # in memory: nothing to lose when it fails (the copy is then dropped)
    log.info("%s is of schema %d: read through a copy brought up to date", path, version)
    return copy


def newer_message(path: Path, version: int) -> str:
    """What the user is told about a file of a newer schema."""
    return (
        f"The session history {path.name} was written by a newer version of acupress-gui "
        f"(schema {version}; this version knows up to {SCHEMA_VERSION}). It is left untouched; "
        "update acupress-gui to see and add to it."
    )


def _sniff(path: Path) -> str:
    """Why ``path`` is not a usable database ("" when it is, or does not exist)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except FileNotFoundError:
        return ""
    except OSError as error:
        raise HistoryError(f"{path.name} cannot be read: {error.strerror}") from None
    if not header:
        return ""
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        return "it is not an SQLite database"
    version = int.from_bytes(header[60:64], "big", signed=True)
    if version > SCHEMA_VERSION:
        log.warning("%s is of a newer schema (%d); left untouched", path, version)
        raise HistoryVersionError(newer_message(path, version))
    return ""


def _set_aside(
    path: Path, problem: str, stamp: Callable[[], datetime], warnings: list[str]
) -> None:
    try:
        moved = quarantine(path, stamp())
        for suffix in ("-wal", "-shm", "-journal"):
            extra = path.with_name(path.name + suffix)
            if extra.exists():
                quarantine(extra, stamp())
    except OSError as error:
        log.warning("%s could not be used (%s) nor renamed: %s", path, problem, error.strerror)
        raise HistoryError(
            f"{path.name} could not be used ({problem}) and could not be renamed: {error.strerror}"
        ) from None
    log.warning("%s could not be used (%s); it was kept as %s", path, problem, moved.name)
    warnings.append(
        f"The session history {path.name} could not be used ({problem}); it was kept "
        f"as {moved.name}, and a new, empty history was started."
    )


def _connect(path: Path, prepare: Callable[[Database], None]) -> Database:
    # Create the file private before SQLite does, so it is never readable by others.
    try:
        new = not path.exists() or path.stat().st_size == 0
    except OSError:
        new = False
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE_MODE)
    except OSError as error:
        raise HistoryError(
            f"{path.name} cannot be opened: {error.strerror}", str(error.strerror)
        ) from None
    os.close(fd)
    # A read-only open while the file was read-only may have left its shared-memory file
    # read-only too; the file is writable now, so are they.
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(OSError):
            os.chmod(path.with_name(path.name + suffix), PRIVATE_FILE_MODE)
    db = Database.connect(path)
    try:
        version = db.user_version
        if version > SCHEMA_VERSION:
            log.warning("%s is of a newer schema (%d); left untouched", path, version)
            raise HistoryVersionError(newer_message(path, version))
        if version < 0 or (version == 0 and db.value("SELECT count(*) FROM sqlite_master")):
            # Schema 0 with tables, or a negative one: not ours (ours gets its version with
            # its first table, and counts up from 0).
            raise _ForeignError("it is another program's database")
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA foreign_keys = ON")
        # FULL: a committed hold survives a power cut too, not only a killed process.
        db.execute("PRAGMA synchronous = FULL")
        migrate(db)
        _check(db, path)
        prepare(db)
    except BaseException:
        with contextlib.suppress(HistoryError):
            db.close()
        if new:
            # A full disk: never leave an empty file without tables behind.
            _remove_empty(path)
        raise
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            os.chmod(path.with_name(path.name + suffix), PRIVATE_FILE_MODE)
    return db


def _uri(path: Path) -> str:
    """The ``file:`` URI of ``path`` for SQLite (``?`` and ``#`` in names escaped)."""
    # Imported here: urllib.parse brings ipaddress, and only a read-only open needs a URI.
    import urllib.parse

    return "file:" + urllib.parse.quote(str(path.resolve()))


def _remove_empty(path: Path) -> None:
    """Remove the file (and its journals) this open created, when it holds no schema."""
    try:
        if path.stat().st_size > 0:
            probe = sqlite3.connect(f"{_uri(path)}?mode=ro", uri=True)
            try:
                if probe.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                    return
            finally:
                probe.close()
    except (OSError, sqlite3.Error) as error:
        # Busy or locked: another process may be filling it. Never delete what is unknown.
        log.warning(
            "%s could not be created and could not be checked (%s); left as it is", path, error
        )
        return
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            os.unlink(path.with_name(path.name + suffix))
    log.warning("%s could not be created; the empty file was removed", path)


def _check(db: Database, path: Path) -> None:
    """Find damage now, when the file can still be set aside, rather than mid-session."""
    names = {row["name"] for row in db.all("SELECT name FROM sqlite_master")}
    missing = sorted(SCHEMA_OBJECTS - names)
    if missing:
        raise _DamageFoundError(f"{', '.join(missing)} missing")
    size = sum(
        file.stat().st_size for file in (path, path.with_name(path.name + "-wal")) if file.exists()
    )
    if size <= QUICK_CHECK_MAX_BYTES:
        result = db.value("PRAGMA quick_check(1)")
        if result != "ok":
            raise _DamageFoundError(result or "quick_check failed")
    for table in ("sessions", "holds", "days", "routine_totals"):
        db.value(f"SELECT count(*) FROM {table}")


def migrate(db: Database) -> None:
    """Bring the schema to :data:`SCHEMA_VERSION`, one version per transaction."""
    while True:
        with db.transaction():
            # Read again inside the write lock: another process may have migrated.
            version = db.user_version
            if version >= SCHEMA_VERSION:
                return
            for statement in MIGRATIONS[version]:
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {version + 1}")
