"""Item models of the routine builder: the point library and the steps of a routine.

Both are :class:`QAbstractListModel` subclasses that do Qt model/view drag-and-drop
themselves (``mimeData``, ``canDropMimeData``, ``dropMimeData``, ``supportedDropActions``)
with MIME types of our own:

- :data:`POINTS_MIME` carries point ids (a drag out of the library). Dropped on the routine it
  inserts a step per point at the drop row (copy).
- :data:`STEPS_MIME` carries step rows of one routine model (a drag out of the routine).
  Dropped on the same routine it moves them, in order, to the drop row; dropped on the library
  it removes them from the routine.

Every change to a routine goes through :meth:`RoutineStepsModel.commit`, which pushes an
:class:`EditRoutineCommand` on the undo stack; the pure editing itself is
:mod:`acupress_gui.domain.routine_edit`.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QUndoCommand,
    QUndoStack,
)

from acupress_gui.domain.models import Catalog, Laterality, Point, Routine, Sides, Step
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
from acupress_gui.domain.search import search_points
from acupress_gui.ui.platform.icons import Badge
from acupress_gui.ui.text.points import caution_kind_label, point_title, timing_text

#: MIME type of a drag of points out of the library: ``{"points": ["BL23", ...]}``.
POINTS_MIME = "application/x-acupress-gui-points"
#: MIME type of a drag of steps out of a routine:
#: ``{"source": <model token>, "routine": <routine id>, "rows": [0, 2]}``.
STEPS_MIME = "application/x-acupress-gui-steps"

type AnyIndex = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    """Translate in the context of the builder's models."""
    return QCoreApplication.translate("RoutineModel", text)


class Role(IntEnum):
    """Data roles the builder's delegate and tests read, besides the standard ones."""

    POINT_ID = Qt.ItemDataRole.UserRole + 1
    TITLE = Qt.ItemDataRole.UserRole + 2
    SUBTITLE = Qt.ItemDataRole.UserRole + 3
    TRAILING = Qt.ItemDataRole.UserRole + 4
    BADGES = Qt.ItemDataRole.UserRole + 5
    MISSING = Qt.ItemDataRole.UserRole + 6
    STEP = Qt.ItemDataRole.UserRole + 7
    SECONDS = Qt.ItemDataRole.UserRole + 8
    ROUTINE_ID = Qt.ItemDataRole.UserRole + 9


def badge_tooltip(kind: str) -> str:
    """What a badge means, in words."""
    return {
        Badge.PREGNANCY: tr("Caution in pregnancy"),
        Badge.PARTNER: tr("Needs a partner or therapist"),
        Badge.MISSING: tr("Point not in the catalogue"),
        Badge.BUILTIN: tr("Built-in, read-only"),
    }.get(kind, kind)


def format_duration(seconds: float) -> str:
    """``45 s``, ``2 min 5 s``, ``1 h 3 min``."""
    total = round(seconds)
    if total < 60:
        return tr("{s} s").format(s=total)
    minutes, secs = divmod(total, 60)
    if minutes < 60:
        if secs == 0:
            return tr("{m} min").format(m=minutes)
        return tr("{m} min {s} s").format(m=minutes, s=secs)
    hours, minutes = divmod(minutes, 60)
    return tr("{h} h {m} min").format(h=hours, m=minutes)


def sides_text(step: Step, point: Point | None) -> str:
    """How a step's sides read in a row: ``both sides``, ``left side``, ``midline``."""
    if point is not None and point.laterality is Laterality.MIDLINE:
        return tr("midline")
    return {
        Sides.BOTH: tr("both sides"),
        Sides.LEFT: tr("left side"),
        Sides.RIGHT: tr("right side"),
    }[step.sides]


def step_settings_text(step: Step, point: Point | None) -> str:
    """``hold 30 s · rest 10 s · 3× · both sides · prepare 5 s``."""
    return tr("hold {hold} s · rest {rest} s · {reps}× · {sides} · prepare {prepare} s").format(
        hold=step.hold_seconds,
        rest=step.rest_seconds,
        reps=step.repetitions,
        sides=sides_text(step, point),
        prepare=step.prepare_seconds,
    )


def point_tooltip(point: Point) -> str:
    """Rich-text tooltip of a point: name, where it is, what it helps with, flags."""
    parts = [f"<b>{escape(point_title(point))}</b>"]
    parts.append(f"<b>{escape(tr('Where:'))}</b> {escape(point.location)}")
    parts.append(f"<b>{escape(tr('Helps with:'))}</b> {escape(', '.join(point.indications))}")
    parts.append(escape(timing_text(point)))
    if point.has_pregnancy_caution:
        texts = [c.text for c in point.cautions if c.kind == "pregnancy"]
        parts.append(f"⚠ <b>{escape(caution_kind_label('pregnancy'))}:</b> {escape(texts[0])}")
    if not point.self_applicable:
        parts.append(f"<b>{escape(tr('Needs a partner or therapist'))}</b>")
    return "<p style='white-space:pre-wrap'>" + "<br>".join(parts) + "</p>"


def point_badges(point: Point) -> list[str]:
    """The badges of a point: pregnancy caution, partner needed."""
    badges: list[str] = []
    if point.has_pregnancy_caution:
        badges.append(Badge.PREGNANCY)
    if not point.self_applicable:
        badges.append(Badge.PARTNER)
    return badges


def _encode(payload: dict[str, Any]) -> QByteArray:
    return QByteArray(json.dumps(payload).encode("utf-8"))


def _decode(data: QMimeData, mime: str) -> dict[str, Any] | None:
    """The JSON object in ``data`` for ``mime``, or None when absent or malformed."""
    if not data.hasFormat(mime):
        return None
    try:
        payload = json.loads(bytes(data.data(mime).data()).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    return payload if isinstance(payload, dict) else None


def _int_list(value: Any) -> list[int] | None:
    if not isinstance(value, list) or not all(
        isinstance(v, int) and not isinstance(v, bool) for v in value
    ):
        return None
    return list(value)


# --------------------------------------------------------------------------------------------
# The library
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LibraryFilter:
    """What the library shows.

    Attributes:
        query: Search text: a code in any spelling, a name, a complaint.
        region: Only points of this region ("" for all).
        indication: Only points that help with this ("" for all).
        self_applicable_only: Hide points that need a partner.
        hide_pregnancy_cautioned: Hide points with a pregnancy caution.
    """

    query: str = ""
    region: str = ""
    indication: str = ""
    self_applicable_only: bool = False
    hide_pregnancy_cautioned: bool = False

    @property
    def is_default(self) -> bool:
        """True when nothing is filtered."""
        return self == LibraryFilter()


class PointLibraryModel(QAbstractListModel):
    """The catalogue's points, filtered; a drag source of points and a drop target for steps.

    Dropping steps of :attr:`removal_target` here removes them from the routine.
    """

    filter_changed = Signal()

    def __init__(self, catalog: Catalog, parent: Any = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._filter = LibraryFilter()
        self._points: list[Point] = list(catalog.points)
        self.removal_target: RoutineStepsModel | None = None

    # -- filtering ------------------------------------------------------------------------

    def regions(self) -> list[str]:
        """Every region, in catalogue order."""
        return list(dict.fromkeys(p.region for p in self._catalog.points))

    def indications(self) -> list[str]:
        """Every indication, sorted."""
        return sorted({i for p in self._catalog.points for i in p.indications}, key=str.casefold)

    def current_filter(self) -> LibraryFilter:
        """The filter in effect."""
        return self._filter

    def set_filter(self, library_filter: LibraryFilter) -> None:
        """Show only the points that pass ``library_filter``."""
        if library_filter == self._filter:
            return
        self.beginResetModel()
        self._filter = library_filter
        self._points = [p for p in self._search(library_filter) if self._passes(p)]
        self.endResetModel()
        self.filter_changed.emit()

    def _search(self, library_filter: LibraryFilter) -> list[Point]:
        return search_points(list(self._catalog.points), library_filter.query)

    def _passes(self, point: Point) -> bool:
        f = self._filter
        if f.region and point.region != f.region:
            return False
        if f.indication and f.indication not in point.indications:
            return False
        if f.self_applicable_only and not point.self_applicable:
            return False
        return not (f.hide_pregnancy_cautioned and point.has_pregnancy_caution)

    def points(self) -> list[Point]:
        """The points shown, in order."""
        return list(self._points)

    def point_at(self, row: int) -> Point | None:
        """The point shown at ``row``."""
        return self._points[row] if 0 <= row < len(self._points) else None

    def row_of(self, point_id: str) -> int:
        """The row showing ``point_id``, or -1."""
        for row, point in enumerate(self._points):
            if point.id == point_id:
                return row
        return -1

    # -- QAbstractListModel ---------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._points)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        point = self.point_at(index.row()) if index.isValid() else None
        if point is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            flags = [badge_tooltip(b) for b in point_badges(point)]
            text = f"{point.id} · {point.display_name}\n{point.region}"
            return text + (f" ({', '.join(flags)})" if flags else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return point_tooltip(point)
        if role == Role.POINT_ID:
            return point.id
        if role == Role.TITLE:
            if point.display_name == point.id:
                return point.id
            return f"{point.id} · {point.display_name}"
        if role == Role.SUBTITLE:
            return point.region
        if role == Role.BADGES:
            return point_badges(point)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            # The empty area of the list: steps dragged here are removed from the routine.
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    # -- drag and drop --------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [POINTS_MIME, STEPS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        ids = [self._points[r].id for r in rows if 0 <= r < len(self._points)]
        data = QMimeData()
        data.setData(POINTS_MIME, _encode({"points": ids}))
        data.setText(" ".join(ids))
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        target = self.removal_target
        if target is None or action != Qt.DropAction.MoveAction:
            return False
        return target.owns_steps_mime(data)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        assert self.removal_target is not None
        payload = _decode(data, STEPS_MIME) or {}
        rows = _int_list(payload.get("rows")) or []
        return self.removal_target.remove_rows(rows, text=tr("Drag steps out"))


# --------------------------------------------------------------------------------------------
# The routine
# --------------------------------------------------------------------------------------------


class EditRoutineCommand(QUndoCommand):
    """One undoable change of a routine: the routine before and after, and which rows to
    select afterwards.

    Consecutive commands with the same ``merge_key`` on the same routine (typing in the
    description, spinning a value) merge into one undo step.
    """

    MERGE_ID = 0x4143_5500

    def __init__(
        self,
        model: RoutineStepsModel,
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
        self, catalog: Catalog, undo_stack: QUndoStack | None = None, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._points = {p.id: p for p in catalog.points}
        self._laterality = {p.id: p.laterality for p in catalog.points}
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self._routine: Routine | None = None
        self._read_only = True
        self._token = uuid.uuid4().hex
        #: Where the prepare time of new steps comes from (the user's setting, read when a
        #: point is added so a changed setting applies at once).
        self.prepare_seconds_source: Callable[[], int] = lambda: DEFAULT_PREPARE_SECONDS

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
            return tr("Open or create a routine first.")
        return tr("“{name}” is a built-in routine: use “Duplicate to edit” to change it.").format(
            name=self._routine.name
        )

    def _edit(self, action: Any) -> Any:
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
        prepare = self.prepare_seconds_source()
        steps = [step_from_point(p, prepare_seconds=prepare) for p in points]
        after = self._edit(lambda: insert_steps(routine, at, steps))
        if after is None:
            return False
        text = (
            tr("Add {code}").format(code=points[0].id)
            if len(points) == 1
            else tr("Add {n} points").format(n=len(points))
        )
        done = self.commit(after, text, rows_before=[], rows_after=list(range(at, at + len(steps))))
        if done:
            self.points_added.emit([p.id for p in points])
        return done

    def remove_rows(self, rows: Iterable[int], *, text: str | None = None) -> bool:
        """Remove the steps at ``rows``."""
        routine = self._routine
        chosen = sorted(set(rows))
        if routine is None or self._read_only:
            self.edit_refused.emit(self._read_only_message())
            return False
        if not chosen:
            return False
        after = self._edit(lambda: remove_steps(routine, chosen))
        if after is None:
            return False
        label = text or (
            tr("Remove step") if len(chosen) == 1 else tr("Remove {n} steps").format(n=len(chosen))
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
        routine = self._routine
        chosen = sorted(set(rows))
        if routine is None or self._read_only or not chosen:
            return False
        after = self._edit(lambda: move_steps(routine, chosen, destination))
        if after is None:
            return False
        text = tr("Move step") if len(chosen) == 1 else tr("Move {n} steps").format(n=len(chosen))
        return self.commit(
            after, text, rows_before=chosen, rows_after=moved_rows(chosen, destination)
        )

    def shift_rows(self, rows: Iterable[int], delta: int) -> bool:
        """Move the steps at ``rows`` up (``delta < 0``) or down one place per unit."""
        routine = self._routine
        chosen = sorted(set(rows))
        if routine is None or self._read_only or not chosen:
            return False
        result = self._edit(lambda: shift_steps(routine, chosen, delta))
        if result is None:
            return False
        after, new_rows = result
        text = tr("Move step up") if delta < 0 else tr("Move step down")
        return self.commit(after, text, rows_before=chosen, rows_after=new_rows)

    def duplicate_rows(self, rows: Iterable[int]) -> bool:
        """Insert copies of the steps at ``rows`` after the last of them."""
        routine = self._routine
        chosen = sorted(set(rows))
        if routine is None or self._read_only:
            self.edit_refused.emit(self._read_only_message())
            return False
        if not chosen:
            return False
        result = self._edit(lambda: duplicate_steps(routine, chosen))
        if result is None:
            return False
        after, new_rows = result
        return self.commit(after, tr("Duplicate step"), rows_before=chosen, rows_after=new_rows)

    def update_rows(self, rows: Iterable[int], **changes: Any) -> bool:
        """Change settings (``hold_seconds=40``, ``sides="left"`` ...) of the steps at ``rows``.

        Consecutive changes of the same setting of the same steps are one undo step.
        """
        routine = self._routine
        chosen = sorted(set(rows))
        if routine is None or self._read_only or not chosen:
            return False
        after = self._edit(lambda: update_steps(routine, chosen, **changes))
        if after is None:
            return False
        key = f"steps:{','.join(sorted(changes))}:{chosen}"
        return self.commit(
            after, tr("Change step"), rows_before=chosen, rows_after=chosen, merge_key=key
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
                return tr(
                    "The point {code} is not in the catalogue of this version. The step is "
                    "kept in the routine but skipped when you run it."
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
            return tr("{n}. unknown point {code}").format(n=row + 1, code=step.point)
        if point.display_name == point.id:
            return f"{row + 1}. {point.id}"
        return f"{row + 1}. {point.id} · {point.display_name}"

    @staticmethod
    def _subtitle(step: Step, point: Point | None) -> str:
        return step_settings_text(step, point)

    def _trailing(self, step: Step, point: Point | None) -> str:
        seconds = step_seconds(step, self._laterality)
        return tr("skipped") if seconds is None else format_duration(seconds)

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
            STEPS_MIME, _encode({"source": self._token, "routine": routine_id, "rows": rows})
        )
        return data

    def owns_steps_mime(self, data: QMimeData) -> bool:
        """True when ``data`` carries valid rows of this model's editable routine."""
        payload = _decode(data, STEPS_MIME)
        routine = self._routine
        if payload is None or routine is None or self._read_only:
            return False
        rows = _int_list(payload.get("rows"))
        return (
            payload.get("source") == self._token
            and payload.get("routine") == routine.id
            and bool(rows)
            and all(0 <= r < len(routine.steps) for r in rows or [])
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
        payload = _decode(data, POINTS_MIME)
        ids = payload.get("points") if payload else None
        return isinstance(ids, list) and any(isinstance(i, str) and i in self._points for i in ids)

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
            rows = _int_list((_decode(data, STEPS_MIME) or {}).get("rows")) or []
            self.move_rows(rows, row)
            # A drop on the moved steps themselves changes nothing but is still handled.
            return True
        ids = (_decode(data, POINTS_MIME) or {}).get("points") or []
        return self.add_points([i for i in ids if isinstance(i, str)], row)
