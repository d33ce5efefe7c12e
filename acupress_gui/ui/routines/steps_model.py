"""The steps of the open routine as a Qt model: a drop target for points and steps and a
drag source of steps.

Every change goes through :meth:`RoutineStepsModel.commit`, which pushes an
:class:`~acupress_gui.ui.routines.commands.EditRoutineCommand` on the undo stack; the pure
editing itself is :mod:`acupress_gui.domain.routine_edit`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QUndoStack

from acupress_gui.domain.models import Catalog, Point, Routine, Step
from acupress_gui.domain.routine_edit import (
    DEFAULT_PREPARE_SECONDS,
    RoutineEditError,
    duplicate_steps,
    insert_steps,
    move_steps,
    moved_rows,
    remove_steps,
    routine_seconds,
    shift_steps,
    step_from_point,
    step_seconds,
    update_steps,
)
from acupress_gui.ui.platform.icons import Badge
from acupress_gui.ui.routines.commands import EditRoutineCommand
from acupress_gui.ui.routines.mime import (
    POINTS_MIME,
    STEPS_MIME,
    decode,
    encode,
    int_list,
    point_ids,
    step_rows,
)
from acupress_gui.ui.routines.roles import AnyIndex, Role
from acupress_gui.ui.routines.row_text import point_badges, step_settings_text
from acupress_gui.ui.text.durations import format_duration
from acupress_gui.ui.text.plurals import counted
from acupress_gui.ui.text.points import point_name, point_tooltip

_T = TypeVar("_T")


class RoutineStepsModel(QAbstractListModel):
    """The steps of one routine; drop target for points and steps, drag source of steps.

    Signals:
        routine_edited: An edit, undo or redo was applied; carries the routine as it is now.
        rows_selected: The view should select these rows (after an edit, undo or redo).
        points_added: Points were added by the user (not by redo); carries their ids.
        edit_refused: An edit was not possible; carries a message for the user.
    """

    routine_edited = Signal(object)
    rows_selected = Signal(list)
    points_added = Signal(list)
    edit_refused = Signal(str)

    def __init__(
        self,
        catalog: Catalog,
        undo_stack: QUndoStack | None = None,
        parent: QObject | None = None,
        *,
        prepare_seconds: Callable[[], int] = lambda: DEFAULT_PREPARE_SECONDS,
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._points = {p.id: p for p in catalog.points}
        self._laterality = {p.id: p.laterality for p in catalog.points}
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self._routine: Routine | None = None
        self._read_only = True
        self._token = uuid.uuid4().hex
        # The prepare time of new steps: the user's setting, read when a point is added so a
        # changed setting applies at once.
        self._prepare_seconds = prepare_seconds

    # -- the routine ----------------------------------------------------------------------

    def routine(self) -> Routine | None:
        """The routine shown."""
        return self._routine

    def is_read_only(self) -> bool:
        """True when no routine is shown or it is built-in."""
        return self._read_only

    def set_routine(self, routine: Routine | None) -> None:
        """Show ``routine`` (no undo step); built-in routines are read-only.

        A new version of the same routine with as many steps (a changed setting, name or
        description) updates the rows in place, so the view keeps its selection and focus.
        """
        old = self._routine
        read_only = routine is None or routine.builtin
        if (
            old is not None
            and routine is not None
            and old.id == routine.id
            and len(old.steps) == len(routine.steps)
            and read_only == self._read_only
        ):
            self._routine = routine
            if routine.steps:
                self.dataChanged.emit(self.index(0), self.index(len(routine.steps) - 1))
            return
        self.beginResetModel()
        self._routine = routine
        self._read_only = read_only
        self.endResetModel()

    def apply_routine(self, routine: Routine, rows: list[int] | None) -> None:
        """Show the result of an edit, undo or redo and announce it (used by commands).

        Args:
            routine: The routine as it is now.
            rows: The steps to select, or None to keep the selection (name, description).
        """
        self.set_routine(routine)
        self.routine_edited.emit(routine)
        if rows is not None:
            self.rows_selected.emit([r for r in rows if 0 <= r < len(routine.steps)])

    def point(self, point_id: str) -> Point | None:
        """The catalogue point, or None when the catalogue does not have it."""
        return self._points.get(point_id)

    def step_at(self, row: int) -> Step | None:
        """The step at ``row``."""
        if self._routine is None or not 0 <= row < len(self._routine.steps):
            return None
        return self._routine.steps[row]

    def is_missing(self, row: int) -> bool:
        """True when the step at ``row`` names a point the catalogue does not have."""
        step = self.step_at(row)
        return step is not None and step.point not in self._points

    def total_seconds(self) -> float:
        """How long a session of the routine takes (unknown points left out)."""
        if self._routine is None:
            return 0.0
        return routine_seconds(self._routine, self._laterality)

    def missing_count(self) -> int:
        """How many steps name a point the catalogue does not have."""
        if self._routine is None:
            return 0
        return sum(1 for s in self._routine.steps if s.point not in self._points)

    # -- edits (each one an undo step) ----------------------------------------------------

    def commit(
        self,
        after: Routine,
        text: str,
        *,
        rows_before: list[int] | None = None,
        rows_after: list[int] | None = None,
        merge_key: str | None = None,
    ) -> bool:
        """Push the change from the current routine to ``after`` on the undo stack.

        Args:
            after: The routine after the change (same id).
            text: The undo step's name ("Add BL23").
            rows_before: Steps to select when the change is undone (None: keep selection).
            rows_after: Steps to select when it is done (None: keep selection).
            merge_key: Consecutive commits with the same key are one undo step.

        Returns:
            False when there is nothing to change or the routine is read-only.
        """
        before = self._routine
        if before is None or self._read_only:
            self.edit_refused.emit(self._read_only_message())
            return False
        if after == before:
            return False
        command = EditRoutineCommand(self, before, after, text, rows_before, rows_after, merge_key)
        self.undo_stack.push(command)
        return True

    def _read_only_message(self) -> str:
        if self._routine is None:
            return QCoreApplication.translate("RoutinesPage", "Open or create a routine first.")
        return QCoreApplication.translate(
            "RoutinesPage", "“{name}” is a built-in routine: use “Duplicate to edit” to change it."
        ).format(name=self._routine.name)

    def _edit(self, action: Callable[[], _T]) -> _T | None:
        """Run a pure edit; a refused edit becomes an ``edit_refused`` message."""
        try:
            return action()
        except RoutineEditError as error:
            self.edit_refused.emit(str(error).capitalize())
            return None

    def add_points(self, point_ids: Iterable[str], row: int | None = None) -> bool:
        """Add a step for each point before ``row`` (at the end when None)."""
        routine = self._routine
        if routine is None or self._read_only:
            self.edit_refused.emit(self._read_only_message())
            return False
        points = [p for p in (self._points.get(i) for i in point_ids) if p is not None]
        if not points:
            return False
        at = len(routine.steps) if row is None else min(max(row, 0), len(routine.steps))
        prepare = self._prepare_seconds()
        steps = [step_from_point(p, prepare_seconds=prepare) for p in points]
        after = self._edit(lambda: insert_steps(routine, at, steps))
        if after is None:
            return False
        text = (
            QCoreApplication.translate("RoutinesPage", "Add {code}").format(code=points[0].id)
            if len(points) == 1
            else counted(
                QCoreApplication.translate("RoutinesPage", "Add %n point(s)", None, len(points)),
                len(points),
            )
        )
        done = self.commit(after, text, rows_before=[], rows_after=list(range(at, at + len(steps))))
        if done:
            self.points_added.emit([p.id for p in points])
        return done

    def _edit_rows(
        self,
        rows: Iterable[int],
        edit: Callable[[Routine, list[int]], _T],
        *,
        tell: bool = False,
    ) -> tuple[_T, list[int]] | None:
        """Run ``edit(routine, chosen)`` on the open routine and ``rows`` (sorted, once each).

        Returns its result and the chosen rows, or None when nothing was edited: no routine is
        open, it is read-only (then, with ``tell``, ``edit_refused`` says why), no row is
        chosen, or the edit was refused.
        """
        routine = self._routine
        if routine is None or self._read_only:
            if tell:
                self.edit_refused.emit(self._read_only_message())
            return None
        chosen = sorted(set(rows))
        if not chosen:
            return None
        result = self._edit(lambda: edit(routine, chosen))
        return None if result is None else (result, chosen)

    def remove_rows(self, rows: Iterable[int], *, text: str | None = None) -> bool:
        """Remove the steps at ``rows``."""
        edited = self._edit_rows(rows, remove_steps, tell=True)
        if edited is None:
            return False
        after, chosen = edited
        label = text or (
            QCoreApplication.translate("RoutinesPage", "Remove step")
            if len(chosen) == 1
            else counted(
                QCoreApplication.translate("RoutinesPage", "Remove %n step(s)", None, len(chosen)),
                len(chosen),
            )
        )
        neighbour = min(chosen[0], len(after.steps) - 1)
        return self.commit(
            after,
            label,
            rows_before=chosen,
            rows_after=[neighbour] if neighbour >= 0 else [],
        )

    def move_rows(self, rows: Iterable[int], destination: int) -> bool:
        """Move the steps at ``rows`` (kept in order) to ``destination`` (0..len)."""
        edited = self._edit_rows(rows, lambda r, chosen: move_steps(r, chosen, destination))
        if edited is None:
            return False
        after, chosen = edited
        text = (
            QCoreApplication.translate("RoutinesPage", "Move step")
            if len(chosen) == 1
            else counted(
                QCoreApplication.translate("RoutinesPage", "Move %n step(s)", None, len(chosen)),
                len(chosen),
            )
        )
        return self.commit(
            after, text, rows_before=chosen, rows_after=moved_rows(chosen, destination)
        )

    def shift_rows(self, rows: Iterable[int], delta: int) -> bool:
        """Move the steps at ``rows`` up (``delta < 0``) or down one place per unit."""
        edited = self._edit_rows(rows, lambda r, chosen: shift_steps(r, chosen, delta))
        if edited is None:
            return False
        (after, new_rows), chosen = edited
        text = (
            QCoreApplication.translate("RoutinesPage", "Move step up")
            if delta < 0
            else QCoreApplication.translate("RoutinesPage", "Move step down")
        )
        return self.commit(after, text, rows_before=chosen, rows_after=new_rows)

    def duplicate_rows(self, rows: Iterable[int]) -> bool:
        """Insert copies of the steps at ``rows`` after the last of them."""
        edited = self._edit_rows(rows, duplicate_steps, tell=True)
        if edited is None:
            return False
        (after, new_rows), chosen = edited
        return self.commit(
            after,
            QCoreApplication.translate("RoutinesPage", "Duplicate step"),
            rows_before=chosen,
            rows_after=new_rows,
        )

    def update_rows(self, rows: Iterable[int], **changes: Any) -> bool:
        """Change settings (``hold_seconds=40``, ``sides="left"`` ...) of the steps at ``rows``.

        Consecutive changes of the same setting of the same steps are one undo step.
        """
        edited = self._edit_rows(rows, lambda r, chosen: update_steps(r, chosen, **changes))
        if edited is None:
            return False
        after, chosen = edited
        key = f"steps:{','.join(sorted(changes))}:{chosen}"
        return self.commit(
            after,
            QCoreApplication.translate("RoutinesPage", "Change step"),
            rows_before=chosen,
            rows_after=chosen,
            merge_key=key,
        )

    # -- QAbstractListModel ---------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._routine is None:
            return 0
        return len(self._routine.steps)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        step = self.step_at(index.row()) if index.isValid() else None
        if step is None:
            return None
        row = index.row()
        point = self._points.get(step.point)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{self._title(row, step, point)}\n{self._subtitle(step, point)} — " + (
                self._trailing(step, point)
            )
        if role == Role.TITLE:
            return self._title(row, step, point)
        if role == Role.SUBTITLE:
            return self._subtitle(step, point)
        if role == Role.TRAILING:
            return self._trailing(step, point)
        if role == Qt.ItemDataRole.ToolTipRole:
            if point is None:
                return QCoreApplication.translate(
                    "RoutinesPage",
                    "The point {code} is not in the catalogue of this version. The step is "
                    "kept in the routine but skipped when you run it.",
                ).format(code=step.point)
            return point_tooltip(point)
        if role == Role.BADGES:
            return [Badge.MISSING] if point is None else point_badges(point)
        if role == Role.MISSING:
            return point is None
        if role == Role.POINT_ID:
            return step.point
        if role == Role.STEP:
            return step
        if role == Role.SECONDS:
            return step_seconds(step, self._laterality)
        return None

    @staticmethod
    def _title(row: int, step: Step, point: Point | None) -> str:
        if point is None:
            return QCoreApplication.translate("RoutinesPage", "{n}. unknown point {code}").format(
                n=row + 1, code=step.point
            )
        if point.display_name == point.id:
            return f"{row + 1}. {point.id}"
        return f"{row + 1}. {point.id} · {point_name(point)}"

    @staticmethod
    def _subtitle(step: Step, point: Point | None) -> str:
        return step_settings_text(step, point)

    def _trailing(self, step: Step, point: Point | None) -> str:
        seconds = step_seconds(step, self._laterality)
        return (
            QCoreApplication.translate("RoutinesPage", "skipped")
            if seconds is None
            else format_duration(seconds)
        )

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags if self._read_only else Qt.ItemFlag.ItemIsDropEnabled
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
        if not self._read_only:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    # -- drag and drop --------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [POINTS_MIME, STEPS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        routine_id = self._routine.id if self._routine else ""
        data.setData(
            STEPS_MIME, encode({"source": self._token, "routine": routine_id, "rows": rows})
        )
        return data

    def owns_steps_mime(self, data: QMimeData) -> bool:
        """True when ``data`` carries valid rows of this model's editable routine."""
        payload = decode(data, STEPS_MIME)
        routine = self._routine
        if payload is None or routine is None or self._read_only:
            return False
        rows = int_list(payload.get("rows"))
        return (
            payload.get("source") == self._token
            and payload.get("routine") == routine.id
            and bool(rows)
            and all(0 <= r < len(routine.steps) for r in rows or [])
        )

    def remove_dragged_out(self, data: QMimeData) -> bool:
        """Remove the steps of this model that ``data`` carries (dragged out of the routine)."""
        if not self.owns_steps_mime(data):
            return False
        return self.remove_rows(
            step_rows(data), text=QCoreApplication.translate("RoutinesPage", "Drag steps out")
        )

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        if self._routine is None or self._read_only:
            return False
        if action not in (Qt.DropAction.CopyAction, Qt.DropAction.MoveAction):
            return False
        if data.hasFormat(STEPS_MIME):
            return self.owns_steps_mime(data)
        return any(i in self._points for i in point_ids(data))

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        count = self.rowCount()
        if row < 0:
            # Dropped on an item (insert before it) or on the empty area (append).
            row = parent.row() if parent.isValid() else count
        row = min(row, count)
        if data.hasFormat(STEPS_MIME):
            self.move_rows(step_rows(data), row)
            # A drop on the moved steps themselves changes nothing but is still handled.
            return True
        return self.add_points(point_ids(data), row)
