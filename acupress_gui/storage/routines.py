"""User routines as JSON files in ``<config dir>/routines/``, and routine import/export.

One file per routine, ``<id>.json``, where the id is a file-safe slug of the name chosen when
the routine is created (renaming keeps the file, so history keeps pointing at it)::

    {
      "schema_version": 1,
      "name": "Evening lower back",
      "description": "After work, seated.",
      "steps": [
        {"point": "BL23", "hold_seconds": 60, "rest_seconds": 10, "repetitions": 2,
         "sides": "both", "prepare_seconds": 5}
      ]
    }

Exported files have exactly the same format. Every write is atomic
(:func:`~acupress_gui.storage.atomic.atomic_write`). A file in ``routines/`` that cannot be
read is set aside as ``NAME.corrupt-<timestamp>`` (never deleted) and reported; a file written
by a newer version is left untouched and reported. A step whose point the catalogue no longer
has is kept (the builder marks it); an *imported* file must only name known points.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from acupress_gui.domain.models import Routine, Step
from acupress_gui.domain.routine_edit import (
    MAX_DESCRIPTION_CHARS,
    MAX_NAME_CHARS,
    MAX_STEPS,
    check_name,
    unique_id,
    unique_name,
)
from acupress_gui.domain.search import standard_points
from acupress_gui.storage.atomic import atomic_write, remove_stale_temp_files
from acupress_gui.storage.envelope import Envelope, EnvelopeError, Migration, set_aside
from acupress_gui.storage.files import FileTooLargeError, read_limited
from acupress_gui.storage.paths import routines_dir
from acupress_gui.storage.routine_messages import (
    envelope_problems,
    too_large,
    unknown_point,
    unreadable,
)

__all__ = [
    "MAX_ROUTINE_BYTES",
    "ROUTINE_SCHEMA_VERSION",
    "RoutineFile",
    "RoutineFileError",
    "RoutineLoad",
    "RoutineStore",
    "import_routine_cli",
    "parse_routine_file",
    "routine_to_json",
]

log = logging.getLogger(__name__)

#: The version this app writes.
ROUTINE_SCHEMA_VERSION = 1
#: A routine file larger than this is refused (a routine of 100 steps is about 15 KiB).
MAX_ROUTINE_BYTES = 256 * 1024

_Name = Annotated[str, StringConstraints(min_length=1, max_length=MAX_NAME_CHARS)]
_Description = Annotated[str, StringConstraints(max_length=MAX_DESCRIPTION_CHARS)]


class RoutineFile(BaseModel):
    """The content of a routine file (version 1). Unknown fields are refused."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    schema_version: Literal[1]
    name: _Name
    description: _Description = ""
    steps: list[Step] = Field(max_length=MAX_STEPS)


#: Migrations from version N to N + 1, applied in order to older files before validation.
_MIGRATIONS: dict[int, Migration] = {}
#: Strict: "30" is not a number of seconds, true is not a repetition count.
_ENVELOPE = Envelope(
    RoutineFile,
    ROUTINE_SCHEMA_VERSION,
    max_bytes=MAX_ROUTINE_BYTES,
    migrations=_MIGRATIONS,
    strict=True,
    problem_limit=5,
)


class RoutineFileError(ValueError):
    """A routine file cannot be used. ``problems`` lists every problem, one line each.

    ``newer`` is True when the file was written by a newer version of the app.
    """

    def __init__(self, problems: list[str], *, newer: bool = False) -> None:
        self.problems = problems
        self.newer = newer
        super().__init__(" ".join(problems))


def read_routine_bytes(path: Path) -> bytes:
    """The bytes of a routine file: a regular file of at most :data:`MAX_ROUTINE_BYTES`.

    Raises:
        RoutineFileError: The file is larger (found while reading; at most the limit + 1
            bytes are read).
        OSError: It cannot be read, or is not a regular file (a FIFO, a device).
    """
    try:
        return read_limited(path, MAX_ROUTINE_BYTES)
    except FileTooLargeError:
        raise RoutineFileError([too_large(path.name, MAX_ROUTINE_BYTES // 1024)]) from None


def routine_to_json(routine: Routine) -> str:
    """The file content for ``routine`` (current schema version), ending with a newline."""
    envelope = {
        "schema_version": ROUTINE_SCHEMA_VERSION,
        "name": routine.name,
        "description": routine.description,
        "steps": [step.model_dump(mode="json") for step in routine.steps],
    }
    return json.dumps(envelope, indent=2, ensure_ascii=False) + "\n"


def parse_routine_file(
    raw: bytes,
    routine_id: str,
    *,
    file_name: str,
    known_point_ids: Collection[str] | None = None,
    aliases: Mapping[str, str] | None = None,
) -> Routine:
    """Validate the bytes of a routine file strictly.

    Args:
        raw: The file's bytes.
        routine_id: The id to give the routine.
        file_name: Used in messages.
        known_point_ids: When given, every step must name one of these points (imports);
            when None, unknown points are kept (the user's own files).
        aliases: Other spellings of the codes (normalized: no spaces, upper case) to the
            standard id; a step naming one (``UB40``) is stored with the standard id
            (``BL40``).

    Returns:
        The routine (not built-in).

    Raises:
        RoutineFileError: With every problem found; ``newer`` for a newer schema version.
    """
    if aliases is None and isinstance(known_point_ids, Mapping):
        aliases = known_point_ids  # every spelling of a code -> its standard id
    try:
        parsed = _ENVELOPE.read(
            raw, file_name, prepare=standard_points(aliases) if aliases is not None else None
        )
    except EnvelopeError as error:
        raise RoutineFileError(
            envelope_problems(error, file_name, newest=ROUTINE_SCHEMA_VERSION), newer=error.newer
        ) from None
    problems: list[str] = []
    name_problem = check_name(parsed.name)
    if name_problem:
        problems.append(
            f"{file_name}: {name_problem[:1].upper()}{name_problem[1:]}; write a name of 1 to "
            f"{MAX_NAME_CHARS} characters in the file."
        )
    steps = list(parsed.steps)
    if known_point_ids is not None:
        known = set(aliases.values()) if aliases is not None else set(known_point_ids)
        problems.extend(
            unknown_point(file_name, index, step.point)
            for index, step in enumerate(steps)
            if step.point not in known
        )
    if problems:
        raise RoutineFileError(problems[:6])
    return Routine(
        id=routine_id,
        name=parsed.name.strip(),
        description=parsed.description,
        steps=steps,
    )


@dataclass
class RoutineLoad:
    """The user routines read from disk and what the user should be told about the folder.

    Attributes:
        routines: The routines that loaded, sorted by name.
        warnings: One plain sentence per file that could not be used.
        skipped_ids: Ids of files that are on disk but not loaded (newer versions, clashes);
            new routines never take these ids.
    """

    routines: list[Routine] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skipped_ids: set[str] = field(default_factory=set)


class RoutineStore:
    """Reads and writes the user's routines; never loses a file it could not read.

    Args:
        config_dir: The config directory; routines live in its ``routines/`` folder.
    """

    def __init__(self, config_dir: Path) -> None:
        self.folder = routines_dir(config_dir)

    def path_of(self, routine_id: str) -> Path:
        """The file of the routine ``routine_id``."""
        return self.folder / f"{routine_id}.json"

    def load_all(
        self, *, reserved_ids: Collection[str] = (), aliases: Mapping[str, str] | None = None
    ) -> RoutineLoad:
        """Read every ``*.json`` in the folder.

        A broken file is quarantined and reported; a file from a newer version is left as it
        is and reported; a file whose id is in ``reserved_ids`` (a built-in routine's id) is
        reported and skipped. With ``aliases`` (every spelling of a code to its standard id),
        a step naming a point in another spelling (a file edited by hand: ``UB40``) loads
        with the standard id.
        """
        result = RoutineLoad()
        remove_stale_temp_files(self.folder)
        try:
            files = sorted(self.folder.glob("*.json"))
        except OSError as error:
            log.warning("%s could not be read: %s", self.folder, error.strerror)
            result.warnings.append(f"The routines folder could not be read: {error.strerror}")
            return result
        for path in files:
            routine_id = path.stem
            if routine_id in reserved_ids:
                log.warning("%s has the id of a built-in routine; not loaded", path)
                result.skipped_ids.add(routine_id)
                result.warnings.append(
                    f"routines/{path.name} has the name of a built-in routine and was not "
                    "loaded; rename the file to use it."
                )
                continue
            try:
                raw = read_routine_bytes(path)
                result.routines.append(
                    parse_routine_file(raw, routine_id, file_name=path.name, aliases=aliases)
                )
            except OSError as error:
                log.warning("%s could not be read: %s", path, error.strerror)
                result.skipped_ids.add(routine_id)
                result.warnings.append(f"routines/{path.name} could not be read: {error.strerror}")
            except RoutineFileError as error:
                result.skipped_ids.add(routine_id)
                if error.newer:
                    log.warning("%s is of a newer schema; left untouched", path)
                    result.warnings.append(
                        f"routines/{path.name} was written by a newer version of acupress-gui; "
                        "it is left untouched and not shown."
                    )
                else:
                    result.warnings.append(self._set_aside(path, error))
        _rename_repeats(result)
        result.routines.sort(key=lambda r: (r.name.casefold(), r.id))
        return result

    def _set_aside(self, path: Path, error: RoutineFileError) -> str:
        reason = " ".join(p.removeprefix(f"{path.name}: ") for p in error.problems[:3])
        try:
            moved = set_aside(path, reason).name
        except OSError as os_error:
            return (
                f"routines/{path.name} could not be used: {reason} It could not be renamed "
                f"either ({os_error.strerror})."
            )
        return f"routines/{path.name} could not be used: {reason} It was kept as {moved}."

    def taken_ids(self) -> set[str]:
        """Ids of every routine file on disk, readable or not."""
        try:
            return {path.stem for path in self.folder.glob("*.json")}
        except OSError:
            return set()

    def new_id(self, name: str, reserved: Collection[str] = ()) -> str:
        """A file-safe id for a new routine called ``name``, unused on disk and in
        ``reserved``."""
        return unique_id(name, self.taken_ids() | set(reserved))

    def save(self, routine: Routine) -> Path:
        """Write ``routine`` atomically to its file.

        Raises:
            ValueError: ``routine`` is built-in (those are never written).
            OSError: The folder cannot be written; the old file is intact.
        """
        if routine.builtin:
            raise ValueError(f"built-in routine {routine.id} is read-only")
        path = self._safe_path(routine.id)
        atomic_write(path, routine_to_json(routine))
        return path

    def _safe_path(self, routine_id: str) -> Path:
        """The routine's file, refusing an id that would name a file outside the folder."""
        path = self.path_of(routine_id)
        if path.parent != self.folder or not path.name.endswith(".json"):
            raise ValueError(f"{routine_id!r} is not a file-safe routine id")
        return path

    def delete(self, routine_id: str) -> None:
        """Remove a routine's file (nothing happens when there is none).

        Raises:
            OSError: The file exists but cannot be removed.
        """
        self._safe_path(routine_id).unlink(missing_ok=True)

    def rename(self, routine: Routine, name: str, taken_names: Collection[str]) -> Routine:
        """Give ``routine`` a new, unique name and save it (the file name stays).

        Raises:
            ValueError: The name is empty, too long or taken (a plain message).
            OSError: The file cannot be written.
        """
        problem = check_name(name, [n for n in taken_names if n != routine.name])
        if problem:
            raise ValueError(problem)
        renamed = routine.model_copy(update={"name": name.strip()})
        self.save(renamed)
        return renamed

    @staticmethod
    def export(routine: Routine, path: Path) -> None:
        """Write ``routine`` (user or built-in) to ``path`` in the routine file format.

        Raises:
            OSError: The file cannot be written.
        """
        atomic_write(path, routine_to_json(routine), mode=0o644)

    @staticmethod
    def read_import(path: Path, known_point_ids: Collection[str]) -> Routine:
        """Read and validate a file to import (nothing is written).

        The returned routine's id is a placeholder; :meth:`import_file` gives it a real one.

        Raises:
            RoutineFileError: The file is unreadable, too large, of an unknown version, out of
                bounds or names a point the catalogue does not have.
        """
        try:
            raw = read_routine_bytes(path)
        except OSError as error:
            raise RoutineFileError([unreadable(path.name, error.strerror)]) from None
        return parse_routine_file(
            raw, "imported", file_name=path.name, known_point_ids=known_point_ids
        )

    def import_file(
        self,
        path: Path,
        known_point_ids: Collection[str],
        *,
        taken_names: Collection[str] = (),
        reserved_ids: Collection[str] = (),
    ) -> Routine:
        """Validate ``path`` and save it as a new user routine.

        A name already in use gets a number (``Back (2)``). Nothing is written unless the
        whole file is valid.

        Args:
            path: The file to import.
            known_point_ids: The catalogue's point ids.
            taken_names: Names of the routines the user already has (user and built-in).
            reserved_ids: Ids the new routine must not take (built-in routines).

        Returns:
            The saved routine.

        Raises:
            RoutineFileError: The file is not a valid routine.
            OSError: The routines folder cannot be written.
        """
        routine = self.read_import(path, known_point_ids)
        name = unique_name(routine.name, taken_names)
        routine_id = self.new_id(name, reserved_ids)
        saved = routine.model_copy(update={"id": routine_id, "name": name})
        self.save(saved)
        return saved

    def names_on_disk(self) -> list[str]:
        """Names of the readable routine files, without quarantining anything."""
        names: list[str] = []
        try:
            files = sorted(self.folder.glob("*.json"))
        except OSError:
            return names
        for path in files:
            try:
                raw = read_routine_bytes(path)
                names.append(parse_routine_file(raw, path.stem, file_name="").name)
            except (OSError, RoutineFileError):
                continue
        return names


def _rename_repeats(result: RoutineLoad) -> None:
    """Two files with one name (any case): the later file's routine loads as "Name (2)"."""
    taken: list[str] = []
    for routine in sorted(result.routines, key=lambda r: r.id):
        name = unique_name(routine.name, taken)
        taken.append(name)
        if name == routine.name:
            continue
        position = result.routines.index(routine)
        result.routines[position] = routine.model_copy(update={"name": name})
        log.warning(
            "routines/%s.json repeats the name %r; shown as %r", routine.id, routine.name, name
        )
        result.warnings.append(
            f"routines/{routine.id}.json has the same name as another routine; it is shown "
            f"as {name!r} (rename it to keep that name)."
        )


def import_routine_cli(
    config_dir: Path,
    file: Path,
    catalog_point_ids: Collection[str],
    *,
    reserved_names: Collection[str] = (),
    reserved_ids: Collection[str] = (),
) -> tuple[int, str]:
    """Import ``file`` as a user routine for ``acupress-gui --import-routine FILE``.

    Args:
        config_dir: The config directory.
        file: The routine file to import.
        catalog_point_ids: The catalogue's point ids; every step must name one.
        reserved_names: Names of the built-in routines (a clashing name gets a number).
        reserved_ids: Ids of the built-in routines (never used as a file name).

    Returns:
        The exit code (0 imported, 1 refused or failed) and a one-line message.
    """
    store = RoutineStore(config_dir)
    try:
        routine = store.import_file(
            file,
            catalog_point_ids,
            taken_names=[*store.names_on_disk(), *reserved_names],
            reserved_ids=reserved_ids,
        )
    except RoutineFileError as error:
        log.warning("%s not imported: %s", file, error)
        return 1, _one_line(f"Not imported: {error}")
    except OSError as error:
        log.warning("%s not imported: %s", file, error)
        return 1, _one_line(f"Not imported: {store.folder} could not be written ({error.strerror})")
    steps = len(routine.steps)
    noun = "step" if steps == 1 else "steps"
    return 0, _one_line(
        f"Imported routine {routine.name!r} ({steps} {noun}) as {store.path_of(routine.id)}"
    )


def _one_line(text: str) -> str:
    return " ".join(text.split())
