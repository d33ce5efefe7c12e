"""Atomic file writes and setting aside unreadable files.

Every file the app rewrites goes through :func:`atomic_write`: the new content is written to
a temporary file in the same folder, flushed and fsynced, then moved over the old one with
``os.replace``, so a crash or a full disk leaves either the old file or the new one, never a
half-written one.
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, TextIO

log = logging.getLogger(__name__)

PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700


def _temporary(path: Path) -> tuple[int, str]:
    """A new temporary file beside ``path``: (descriptor, name)."""
    # Imported here: tempfile (and random with it) is not needed to start, nor to export
    # the history (whose memory is measured against a plain script's).
    import tempfile

    return tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)


def ensure_private_dir(path: Path) -> None:
    """Create ``path`` (and parents) if needed; every new folder is private (0700).

    ``Path.mkdir(parents=True)`` would give the parents it creates the umask's mode (0755,
    or 0777 under umask 000); each missing folder is made here, and set to 0700.
    """
    missing: list[Path] = []
    folder = path
    while not folder.is_dir():
        missing.append(folder)
        if folder.parent == folder:
            break
        folder = folder.parent
    for new in reversed(missing):
        try:
            new.mkdir(mode=PRIVATE_DIR_MODE)
        except FileExistsError:
            if not new.is_dir():
                raise
            continue  # made meanwhile by another process: its mode is its own
        os.chmod(new, PRIVATE_DIR_MODE)


def atomic_write(path: Path, data: bytes | str, *, mode: int = PRIVATE_FILE_MODE) -> None:
    """Replace ``path`` with ``data`` atomically.

    Args:
        path: The file to write; its folder is created if missing.
        data: Bytes, or text written as UTF-8.
        mode: Permission bits of the new file (private by default).

    Raises:
        OSError: The folder is read-only, the disk is full, ...; the old file is intact.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with _replacing(path, mode, lambda fd: os.fdopen(fd, "wb")) as handle:
        handle.write(payload)


@contextlib.contextmanager
def atomic_text_file(path: Path, *, mode: int = PRIVATE_FILE_MODE) -> Iterator[TextIO]:
    """Write ``path`` as it is streamed, replacing the old file atomically at the end.

    What is written goes to a temporary file in the same folder (UTF-8, ``newline=""``);
    when the block ends it is flushed, fsynced and moved over ``path``, as
    :func:`atomic_write` does. An exception in the block leaves the old file intact.

    Raises:
        OSError: The folder is read-only, the disk is full, ...; the old file is intact.
    """
    with _replacing(
        path, mode, lambda fd: os.fdopen(fd, "w", encoding="utf-8", newline="")
    ) as handle:
        yield handle


@contextlib.contextmanager
def _replacing[H: IO[Any]](path: Path, mode: int, open_fd: Callable[[int], H]) -> Iterator[H]:
    """A temporary file beside ``path`` (opened by ``open_fd``), moved over it at the end.

    When the block ends the file is flushed, fsynced and moved over ``path``.

    An exception in the block removes the temporary file and leaves the old one intact.
    """
    ensure_private_dir(path.parent)
    fd, tmp_name = _temporary(path)
    try:
        handle = open_fd(fd)
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def quarantine(path: Path, now: datetime | None = None) -> Path:
    """Set an unreadable file aside as ``NAME.corrupt-<timestamp>``; never deletes it.

    Args:
        path: The file to move.
        now: The time to stamp (UTC now when omitted).

    Returns:
        The new path of the file.
    """
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{counter}")
    os.replace(path, target)
    # The copy keeps personal data: private, whatever mode the broken file had.
    with contextlib.suppress(OSError):
        if target.is_file():
            os.chmod(target, PRIVATE_FILE_MODE)
    return target


#: A temp file of :func:`atomic_write` older than this is left over from a killed write.
STALE_TEMP_SECONDS = 60.0


def remove_stale_temp_files(folder: Path, name: str = "*", *, now: float | None = None) -> int:
    """Delete the temp files killed writes of ``folder/name`` left behind.

    A write is killed between creating its temp file and the rename only by a crash, a
    SIGKILL or a power cut; the old file is intact, the temp file is garbage. One that is
    minutes old cannot belong to a write still going on.

    Returns:
        How many were deleted.
    """
    limit = (time.time() if now is None else now) - STALE_TEMP_SECONDS
    removed = 0
    try:
        candidates = list(folder.glob(f".{name}.*.tmp"))
    except OSError:
        return 0
    for path in candidates:
        try:
            if path.is_file() and path.stat().st_mtime < limit:
                path.unlink()
                removed += 1
                log.warning("removed %s, left over from a write that was killed", path)
        except OSError:
            continue
    return removed
