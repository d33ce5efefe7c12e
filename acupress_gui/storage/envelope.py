"""The one reader of versioned JSON files (``settings.json``, routine files, ``points.json``).

A versioned file is a JSON object with a ``schema_version`` and the fields of a pydantic
model. :func:`parse_json` turns bytes into JSON (size cap, UTF-8, nesting, numbers Python
refuses to read); :class:`Envelope` adds the version check, the migrations of older files and
the validation. Whatever is wrong is raised as :class:`EnvelopeError`, whose
:attr:`~EnvelopeError.problem` says which check failed, so that each file keeps its own
wording. :func:`set_aside` moves a file that cannot be used to ``NAME.corrupt-<timestamp>``.

A file written by a newer version (:attr:`Problem.NEWER`) is never set aside: the caller
leaves it untouched.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from acupress_gui.domain.catalog import format_validation_error, short_repr
from acupress_gui.storage.atomic import quarantine

__all__ = [
    "Envelope",
    "EnvelopeError",
    "Migration",
    "Problem",
    "parse_json",
    "printable",
    "set_aside",
]

log = logging.getLogger(__name__)

#: Upgrades the parsed content of version N to version N + 1.
Migration = Callable[[dict[str, Any]], dict[str, Any]]


class Problem(StrEnum):
    """Which check a file failed."""

    TOO_LARGE = "too large"
    NOT_TEXT = "not UTF-8"
    NOT_JSON = "not JSON"
    TOO_DEEP = "nested too deeply"
    NUMBER_TOO_LONG = "number too long"
    NOT_OBJECT = "not an object"
    NO_VERSION = "no version number"
    OLD_VERSION = "unknown version"
    NEWER = "newer version"
    INVALID = "invalid"


class EnvelopeError(ValueError):
    """A versioned file cannot be used.

    Attributes:
        problem: Which check failed.
        detail: One printable line: the parser's message (NOT_TEXT, NOT_JSON), the limit
            (TOO_LARGE in KiB, NUMBER_TOO_LONG in digits), the top-level type (NOT_OBJECT),
            the version as a message shows it (NO_VERSION, OLD_VERSION, NEWER).
        version: The file's schema version, when it is a whole number.
        problems: The validation problems (INVALID), one line each, naming the file.
        line: Where the JSON parser stopped (NOT_JSON), 1-based, else None.
        column: The column there (NOT_JSON), 1-based, else None.
        reason: The JSON parser's message without the position (NOT_JSON), else "".
        errors: The validation errors as pydantic lists them (INVALID), for a file's own
            wording.
        data: The parsed, migrated content the errors refer to (INVALID), else None.
    """

    def __init__(
        self,
        problem: Problem,
        detail: str = "",
        *,
        version: int | None = None,
        problems: list[str] | None = None,
        line: int | None = None,
        column: int | None = None,
        reason: str = "",
        errors: list[Any] | None = None,
        data: Any = None,
    ) -> None:
        self.problem = problem
        self.detail = printable(detail)
        self.version = version
        self.problems = problems or []
        self.line = line
        self.column = column
        self.reason = printable(reason)
        self.errors: list[Any] = errors or []
        self.data = data
        super().__init__(f"{problem}: {'; '.join(self.problems) or self.detail}")

    @property
    def newer(self) -> bool:
        """True when a newer version of the app wrote the file."""
        return self.problem is Problem.NEWER


def printable(text: str) -> str:
    """``text`` on one line, with control characters escaped."""
    if text.isprintable():
        return text
    return text.encode("unicode_escape").decode("ascii")


def parse_json(raw: bytes, *, max_bytes: int | None = None) -> Any:
    """The JSON value in ``raw``.

    Args:
        raw: The file's bytes.
        max_bytes: A larger file is refused unread (None: no limit).

    Raises:
        EnvelopeError: TOO_LARGE, NOT_TEXT, NOT_JSON, TOO_DEEP or NUMBER_TOO_LONG.
    """
    if max_bytes is not None and len(raw) > max_bytes:
        raise EnvelopeError(Problem.TOO_LARGE, str(max_bytes // 1024))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise EnvelopeError(Problem.NOT_TEXT, str(error)) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise EnvelopeError(
            Problem.NOT_JSON, str(error), line=error.lineno, column=error.colno, reason=error.msg
        ) from None
    except RecursionError:
        raise EnvelopeError(Problem.TOO_DEEP) from None
    except ValueError as error:
        # "Exceeds the limit (4300 digits) for integer string conversion": Python refuses
        # to read an integer literal that long (it would take quadratic time).
        if "digits" in str(error):
            raise EnvelopeError(
                Problem.NUMBER_TOO_LONG, str(sys.get_int_max_str_digits())
            ) from None
        raise EnvelopeError(Problem.NOT_JSON, str(error)) from None


@dataclass(frozen=True)
class Envelope[M: BaseModel]:
    """How one kind of versioned file is read.

    Attributes:
        model: The content of the current version.
        version: The version this app writes (and the newest it reads).
        max_bytes: A larger file is refused unread (None: no limit).
        missing_version: The version of a file without ``schema_version`` (None: such a
            file is refused).
        migrations: ``migrations[n]`` upgrades version n to n + 1, for every n from 1 up to
            ``version - 1``.
        strict: Validate strictly, as JSON ("30" is not a number, true is not a count).
        problem_limit: At most this many validation problems are listed.
    """

    model: type[M]
    version: int
    max_bytes: int | None = None
    missing_version: int | None = None
    migrations: Mapping[int, Migration] = field(default_factory=dict)
    strict: bool = False
    problem_limit: int = 5

    def read(
        self,
        raw: bytes,
        file_name: str,
        *,
        prepare: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
    ) -> M:
        """Parse, check the version of, migrate and validate ``raw``.

        Args:
            raw: The file's bytes.
            file_name: Names the file in validation problems.
            prepare: Applied to the migrated content just before validation (e.g. to turn
                other spellings of a value into the standard one).

        Raises:
            EnvelopeError: Whatever is wrong (NEWER for a file of a newer version).
        """
        data = parse_json(raw, max_bytes=self.max_bytes)
        if not isinstance(data, dict):
            raise EnvelopeError(Problem.NOT_OBJECT, type(data).__name__)
        if "schema_version" not in data and self.missing_version is not None:
            version: Any = self.missing_version
        else:
            version = data.get("schema_version")
        if isinstance(version, bool) or not isinstance(version, int):
            raise EnvelopeError(Problem.NO_VERSION, short_repr(version))
        if version > self.version:
            raise EnvelopeError(Problem.NEWER, str(version), version=version)
        if version < 1:
            raise EnvelopeError(Problem.OLD_VERSION, str(version), version=version)
        for step in range(version, self.version):
            data = self.migrations[step](data)
        if prepare is not None:
            data = prepare(data)
        try:
            if self.strict:
                return self.model.model_validate_json(json.dumps(data), strict=True)
            return self.model.model_validate(data)
        except ValidationError as error:
            problems = format_validation_error(error, data, file_name, limit=self.problem_limit)
            raise EnvelopeError(
                Problem.INVALID,
                version=version,
                problems=problems,
                errors=list(error.errors(include_url=False)),
                data=data,
            ) from None


def set_aside(path: Path, reason: str) -> Path:
    """Move an unusable ``path`` to ``NAME.corrupt-<timestamp>`` (never deletes it).

    Args:
        path: The file.
        reason: Why it cannot be used (for the log).

    Returns:
        Where the file is now.

    Raises:
        OSError: It cannot be renamed (it is left where it is).
    """
    try:
        moved = quarantine(path)
    except OSError as error:
        log.warning("%s could not be used (%s) nor renamed: %s", path, reason, error.strerror)
        raise
    log.warning("%s could not be used (%s); it was kept as %s", path, reason, moved.name)
    return moved
