"""The routines the app knows: the built-in ones of the catalogue and the user's own files.

Built once by the composition root, before any widget, from the catalogue and a
:class:`~acupress_gui.storage.routines.RoutineStore`. The Routines page edits through it; the
Session page is fed from :attr:`RoutineLibrary.changed`.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from acupress_gui.domain.models import Catalog, Routine
from acupress_gui.domain.routine_edit import duplicate_routine, unique_name
from acupress_gui.domain.search import point_spellings
from acupress_gui.storage.routines import RoutineStore

log = logging.getLogger(__name__)


def _sort_key(routine: Routine) -> tuple[str, str]:
    return (routine.name.casefold(), routine.id)


class RoutineLibrary(QObject):
    """The built-in and the user's routines; the user's are loaded once, when built.

    Signals:
        changed: The set of user routines or one of them changed (a save or a delete).

    Args:
        catalog: The point catalogue; its routines are the built-in ones.
        store: Where the user's routines live.
        parent: The Qt parent.
        english_names: The built-in routines' English names (case-folded) to their ids, so
            that a reminder or ``--routine`` written in English finds its routine in any
            language.
    """

    changed = Signal()

    def __init__(
        self,
        catalog: Catalog,
        store: RoutineStore,
        parent: QObject | None = None,
        *,
        english_names: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._english_names = dict(english_names or {})
        # Every spelling of every code (UB40, B54, ...) to its standard id, for imports.
        self._point_ids = point_spellings(catalog.points)
        self._builtins = {
            r.id: r if r.builtin else r.model_copy(update={"builtin": True})
            for r in catalog.routines
        }
        loaded = store.load_all(reserved_ids=set(self._builtins), aliases=self._point_ids)
        self._user: dict[str, Routine] = {r.id: r for r in loaded.routines}
        self._skipped_ids = set(loaded.skipped_ids)
        self._load_warnings = list(loaded.warnings)
        for warning in self._load_warnings:
            log.warning("%s", warning)

    # -- reading ---------------------------------------------------------------------------

    @property
    def load_warnings(self) -> list[str]:
        """One sentence per routine file that could not be used when the library was built."""
        return list(self._load_warnings)

    @property
    def folder(self) -> Path:
        """The folder of the user's routine files."""
        return self._store.folder

    def path_of(self, routine_id: str) -> Path:
        """The file of the user routine ``routine_id``."""
        return self._store.path_of(routine_id)

    def builtin_routines(self) -> list[Routine]:
        """The built-in routines, in catalogue order (all marked ``builtin``)."""
        return list(self._builtins.values())

    def user_routines(self) -> list[Routine]:
        """The user's routines as they are now, sorted by name."""
        return sorted(self._user.values(), key=_sort_key)

    def all_routines(self) -> list[Routine]:
        """Built-in routines first, then the user's."""
        return [*self.builtin_routines(), *self.user_routines()]

    def routine(self, routine_id: str) -> Routine | None:
        """A user or built-in routine by id."""
        return self._user.get(routine_id) or self._builtins.get(routine_id)

    def find(self, ref: str) -> Routine | None:
        """The routine ``ref`` names: its id, its name as the app shows it (any case), or a
        built-in routine's English name; None when there is none."""
        wanted = ref.strip().casefold()
        if not wanted:
            return None
        for routine in self.all_routines():
            if wanted in (routine.id.casefold(), routine.name.casefold()):
                return routine
        english = self._english_names.get(wanted)
        return self._builtins.get(english) if english is not None else None

    def names(self, *, but: str | None = None) -> list[str]:
        """The names of every routine, leaving out the routine ``but``."""
        return [r.name for r in self.all_routines() if r.id != but]

    # -- new routines (not yet saved) --------------------------------------------------------

    def _new_id(self, name: str) -> str:
        reserved = set(self._builtins) | set(self._user) | self._skipped_ids
        return self._store.new_id(name, reserved)

    def new_routine(self, name: str) -> Routine:
        """An empty routine with a free name like ``name`` and a fresh id (not saved)."""
        chosen = unique_name(name, self.names())
        return Routine(id=self._new_id(chosen), name=chosen)

    def duplicate(self, source: Routine, name: str) -> Routine:
        """An editable copy of ``source`` with a free name like ``name`` (not saved)."""
        chosen = unique_name(name, self.names())
        return duplicate_routine(source, self._new_id(chosen), chosen)

    def read_import(self, path: Path) -> Routine:
        """The routine in the file ``path``, with a free name and a fresh id (not saved).

        Raises:
            RoutineFileError: The file cannot be read or is not a valid routine file.
        """
        routine = self._store.read_import(path, self._point_ids)
        name = unique_name(routine.name, self.names())
        return routine.model_copy(update={"id": self._new_id(name), "name": name})

    # -- changing ----------------------------------------------------------------------------

    def save(self, routine: Routine) -> None:
        """Keep ``routine`` as a user routine and write its file; emits :attr:`changed`.

        Raises:
            OSError: The file could not be written; the routine is kept in memory anyway
                (until the app closes) and :attr:`changed` is still emitted.
        """
        self._user[routine.id] = routine
        try:
            self._store.save(routine)
        except OSError as error:
            log.warning("routine %s could not be saved: %s", routine.id, error)
            raise
        finally:
            self.changed.emit()

    def delete(self, routine_id: str) -> Routine | None:
        """Forget a user routine and remove its file; emits :attr:`changed`.

        Returns:
            The routine that was removed, or None when there was none.

        Raises:
            OSError: The file could not be removed (the routine is forgotten anyway).
        """
        routine = self._user.pop(routine_id, None)
        try:
            self._store.delete(routine_id)
        except OSError as error:
            log.warning("routine file %s could not be removed: %s", routine_id, error)
            raise
        finally:
            self.changed.emit()
        return routine

    def export(self, routine: Routine, path: Path) -> None:
        """Write ``routine`` (user or built-in) to ``path`` in the routine file format.

        Raises:
            OSError: The file could not be written.
        """
        try:
            self._store.export(routine, path)
        except OSError as error:
            log.warning("routine %s could not be exported to %s: %s", routine.id, path, error)
            raise
