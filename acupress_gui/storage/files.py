"""Reading the user's files safely: only regular files, never more than a limit.

A FIFO, a socket or a device in place of a file (``settings.json`` as a named pipe, a routine
file that links to ``/dev/zero``) would hang the app or fill its memory. :func:`read_limited`
opens without blocking, refuses anything that is not a regular file before reading a byte, and
reads at most ``limit + 1`` bytes, so the limit holds even when the size the file claims is
wrong. :func:`check_regular` does the check for a path another library opens (SQLite).
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

__all__ = [
    "FileTooLargeError",
    "NotRegularFileError",
    "check_regular",
    "read_limited",
    "short_text",
]

_CHUNK = 1024 * 1024


class NotRegularFileError(OSError):
    """The path names a FIFO, a socket, a device or a folder, not a file."""

    def __init__(self, path: Path, kind: str) -> None:
        super().__init__(errno.EINVAL, f"it is {kind}, not a regular file", str(path))
        self.kind = kind


class FileTooLargeError(OSError):
    """The file holds more than the limit (found while reading it)."""

    def __init__(self, path: Path, limit: int) -> None:
        super().__init__(errno.EFBIG, f"it is larger than {limit // 1024} KiB", str(path))
        self.limit = limit


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a file"


def check_regular(path: Path) -> bool:
    """True when ``path`` is a regular file (after links), False when it does not exist.

    Raises:
        NotRegularFileError: It exists and is something else.
        OSError: It cannot be looked at.
    """
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return False
    if not stat.S_ISREG(mode):
        raise NotRegularFileError(path, _kind(mode))
    return True


def read_limited(path: Path, limit: int | None) -> bytes:
    """The bytes of the regular file ``path``, refusing one larger than ``limit``.

    Args:
        path: The file (a link to a regular file is followed).
        limit: At most this many bytes are accepted (None: no limit).

    Raises:
        FileNotFoundError: There is no such file.
        NotRegularFileError: It is not a regular file (nothing was read).
        FileTooLargeError: More than ``limit`` bytes (at most ``limit + 1`` were read).
        OSError: It cannot be read.
    """
    # O_NONBLOCK: opening a FIFO for reading would wait for a writer forever.
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegularFileError(path, _kind(mode))
        chunks: list[bytes] = []
        size = 0
        while limit is None or size <= limit:
            want = _CHUNK if limit is None else min(_CHUNK, limit + 1 - size)
            chunk = os.read(fd, want)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if limit is not None and size > limit:
            raise FileTooLargeError(path, limit)
        return b"".join(chunks)
    finally:
        os.close(fd)


def short_text(value: object, limit: int = 20) -> str:
    """``value`` as a message may quote it: at most ``limit`` characters, then "…".

    A refused value is never echoed in full: it could be a password pasted in the wrong
    field, or thousands of digits.
    """
    text = value if isinstance(value, str) else repr(value)
    text = text if text.isprintable() else text.encode("unicode_escape").decode("ascii")
    return text if len(text) <= limit else text[:limit] + "…"
