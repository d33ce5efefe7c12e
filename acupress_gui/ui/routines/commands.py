"""The undo steps of the Routines page.

:class:`EditRoutineCommand` is one change of the open routine (the routine before and after);
:class:`RoutineLifeCommand` creates or deletes a user routine.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtGui import QUndoCommand

from acupress_gui.domain.models import Routine


class ShowsRoutine(Protocol):
    """What an edit command applies its routine to (the steps model)."""

    def apply_routine(self, routine: Routine, rows: list[int] | None) -> None:
        """Show ``routine`` as the result of an edit, undo or redo; select ``rows``."""


class EditRoutineCommand(QUndoCommand):
    """One undoable change of a routine: the routine before and after, and which rows to
    select afterwards.

    Consecutive commands with the same ``merge_key`` on the same routine (typing in the
    description, spinning a value) merge into one undo step.
    """

    MERGE_ID = 0x4143_5500

    def __init__(
        self,
        model: ShowsRoutine,
        before: Routine,
        after: Routine,
        text: str,
        rows_before: list[int] | None,
        rows_after: list[int] | None,
        merge_key: str | None = None,
    ) -> None:
        super().__init__(text)
        self.model = model
        self.before = before
        self.after = after
        self.rows_before = rows_before
        self.rows_after = rows_after
        self.merge_key = merge_key

    def redo(self) -> None:
        self.model.apply_routine(self.after, self.rows_after)

    def undo(self) -> None:
        self.model.apply_routine(self.before, self.rows_before)

    def id(self) -> int:
        return self.MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, EditRoutineCommand)
            and other.merge_key == self.merge_key
            and other.before.id == self.after.id
            and other.model is self.model
        ):
            return False
        self.after = other.after
        self.rows_after = other.rows_after
        return True


class RoutineLifeCommand(QUndoCommand):
    """Creating (or, with ``create=False``, deleting) a user routine, as one undo step.

    Args:
        routine: The routine created or deleted.
        add: Saves, lists and opens a routine.
        remove: Deletes a routine by id and opens the other one (the second argument).
        create: True to create, False to delete.
        text: The undo step's name.
        other_id: The routine to open when this one is gone (after a delete, or undoing a
            create).
    """

    def __init__(
        self,
        routine: Routine,
        *,
        add: Callable[[Routine], None],
        remove: Callable[[str, str], None],
        create: bool,
        text: str,
        other_id: str,
    ) -> None:
        super().__init__(text)
        self.routine = routine
        self._add = add
        self._remove = remove
        self.create = create
        self.other_id = other_id

    def redo(self) -> None:
        if self.create:
            self._add(self.routine)
        else:
            self._remove(self.routine.id, self.other_id)

    def undo(self) -> None:
        if self.create:
            self._remove(self.routine.id, self.other_id)
        else:
            self._add(self.routine)
