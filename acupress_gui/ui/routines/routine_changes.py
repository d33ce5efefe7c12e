"""Creating, deleting, importing and exporting routines: undo steps, saves and their messages.

Every change is saved through the :class:`RoutineLibrary`; what could not be saved, removed,
imported or exported is explained in the page's message bar.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QKeySequence, QUndoStack

from acupress_gui.domain.models import Routine
from acupress_gui.storage.routines import RoutineFileError
from acupress_gui.ui.routines.commands import RoutineLifeCommand
from acupress_gui.ui.services.routine_library import RoutineLibrary
from acupress_gui.ui.text.plurals import counted
from acupress_gui.ui.widgets.message_bar import MessageBar

log = logging.getLogger(__name__)


class RoutineChanges(QObject):
    """The routine-level changes of the Routines page, each one an undo step on ``undo_stack``.

    Signals:
        routine_added: A routine was created (or a delete undone): open it; carries its id.
        routine_removed: A routine was deleted (or a create undone): its id, and the id of
            the routine to open if it was the open one.
    """

    routine_added = Signal(str)
    routine_removed = Signal(str, str)

    def __init__(
        self,
        library: RoutineLibrary,
        undo_stack: QUndoStack,
        messages: MessageBar,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._undo_stack = undo_stack
        self._messages = messages
        self._last_save_ok = True

    def save(self, routine: Routine) -> bool:
        """Save ``routine``; False, with a message, when its file could not be written."""
        try:
            self._library.save(routine)
        except OSError as error:
            self._last_save_ok = False
            self._messages.show_message(
                self.tr(
                    "“{name}” could not be saved to {folder}: {reason}. The change is kept "
                    "only until you close the app."
                ).format(name=routine.name, folder=self._library.folder, reason=error.strerror),
                "error",
            )
            return False
        self._last_save_ok = True
        return True

    def _add(self, routine: Routine) -> None:
        self.save(routine)
        self.routine_added.emit(routine.id)

    def _remove(self, routine_id: str, other_id: str) -> None:
        known = self._library.routine(routine_id)
        try:
            self._library.delete(routine_id)
        except OSError as error:
            self._messages.show_message(
                self.tr("The file of “{name}” could not be removed: {reason}").format(
                    name=known.name if known else routine_id, reason=error.strerror
                ),
                "error",
            )
        self.routine_removed.emit(routine_id, other_id)

    def _push(self, routine: Routine, *, create: bool, text: str, other_id: str) -> None:
        command = RoutineLifeCommand(
            routine, add=self._add, remove=self._remove, create=create, text=text, other_id=other_id
        )
        self._undo_stack.push(command)

    def new_routine(self, name: str, previous: Routine | None) -> Routine:
        """Create an empty routine called like ``name``; undoing it opens ``previous``."""
        routine = self._library.new_routine(name)
        other = previous.id if previous else ""
        self._push(routine, create=True, text=self.tr("New routine"), other_id=other)
        return routine

    def duplicate(self, source: Routine) -> Routine:
        """Make an editable copy of ``source``."""
        copy = self._library.duplicate(source, self.tr("{name} (copy)").format(name=source.name))
        text = self.tr("Duplicate “{name}”").format(name=source.name)
        self._push(copy, create=True, text=text, other_id=source.id)
        self._messages.show_message(
            self.tr("“{name}” is your copy: drag points in, reorder, change the timings.").format(
                name=copy.name
            )
        )
        return copy

    def delete(self, routine: Routine, ordered: list[Routine]) -> None:
        """Delete the user routine ``routine``; the next one in ``ordered`` opens."""
        position = next(i for i, r in enumerate(ordered) if r.id == routine.id)
        others = ordered[position + 1 :] + ordered[:position][::-1]
        text = self.tr("Delete “{name}”").format(name=routine.name)
        self._push(routine, create=False, text=text, other_id=others[0].id if others else "")
        keys = QKeySequence(QKeySequence.StandardKey.Undo).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self._messages.show_message(
            self.tr("Deleted “{name}”. {keys} brings it back.").format(name=routine.name, keys=keys)
        )

    def import_file(self, file: Path, previous: Routine | None) -> bool:
        """Import ``file`` as a new routine; True when it was imported and saved."""
        try:
            routine = self._library.read_import(file)
        except RoutineFileError as error:
            log.info("%s was not imported: %s", file, " ".join(error.problems))
            self._messages.show_message(
                self.tr("{file} was not imported: {reason}").format(
                    file=file.name,
                    reason=" ".join(p.removeprefix(f"{file.name}: ") for p in error.problems),
                ),
                "error",
            )
            return False
        text = self.tr("Import “{name}”").format(name=routine.name)
        self._push(routine, create=True, text=text, other_id=previous.id if previous else "")
        if not self._last_save_ok:
            return False
        self._messages.show_message(
            self.tr("Imported “{name}” ({steps}).").format(
                name=routine.name,
                steps=counted(
                    QCoreApplication.translate(
                        "RoutineChanges", "%n step(s)", None, len(routine.steps)
                    ),
                    len(routine.steps),
                ),
            )
        )
        return True

    def export(self, routine: Routine, path: Path) -> bool:
        """Write ``routine`` to ``path``; True when written."""
        try:
            self._library.export(routine, path)
        except OSError as error:
            self._messages.show_message(
                self.tr("The routine could not be exported to {path}: {reason}").format(
                    path=path, reason=error.strerror
                ),
                "error",
            )
            return False
        self._messages.show_message(
            self.tr("Exported “{name}” to {path}.").format(name=routine.name, path=path)
        )
        return True
