"""Reading a history CSV's bytes: a cap on how many, and where the first non-UTF-8 byte is."""

from __future__ import annotations

import io
from collections.abc import Buffer
from pathlib import Path

from acupress_gui.storage.files import FileTooLargeError, read_limited


class LimitedReader(io.RawIOBase):
    """A binary file that refuses to give more than ``limit`` bytes (a file that grows
    while it is read)."""

    def __init__(self, raw: io.BufferedReader, limit: int) -> None:
        super().__init__()
        self._raw = raw
        self._left = limit
        self._limit = limit

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Buffer) -> int:
        count = self._raw.readinto(buffer)
        self._left -= count
        if self._left < 0:
            raise FileTooLargeError(Path(self._raw.name), self._limit)
        return count


def bad_utf8_line(file: Path, max_bytes: int) -> int:
    """The line of the first byte that is not UTF-8 (read again: only for the message)."""
    raw = read_limited(file, max_bytes)
    try:
        raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return raw.count(b"\n", 0, error.start) + 1
    return 1
