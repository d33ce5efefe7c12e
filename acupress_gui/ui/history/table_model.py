"""The session table's model: every matching session counted, rows read a block at a time.

Sorting and filtering are done by the store in SQL. ``rowCount`` is the whole filtered count
(one ``COUNT(*)``), so the scroll bar is right from the start and Ctrl+End goes to the last
session at once; :meth:`~HistoryTableModel.data` reads the block of :data:`BLOCK_SIZE` rows
that holds the asked row (keyset after the block before when that one is kept, else by
offset, from whichever end is nearer) and keeps the last :data:`MAX_BLOCKS` blocks. A row's
texts are formatted when it is first shown. Scrolling to the end of 300,000 sessions reads
only the blocks that are shown.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from acupress_gui.storage.history import (
    HistoryError,
    HistoryFilter,
    HistoryStore,
    SessionRow,
    SortKey,
)
from acupress_gui.ui.history.format import format_date, format_pain, status_text
from acupress_gui.ui.text.durations import format_duration

log = logging.getLogger(__name__)

#: Rows read from the store at a time.
BLOCK_SIZE = 256
#: Blocks kept (least recently used dropped first).
MAX_BLOCKS = 8
#: The role giving a row's session id.
SESSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_COLUMNS: tuple[SortKey, ...] = (
    SortKey.DATE,
    SortKey.ROUTINE,
    SortKey.DURATION,
    SortKey.STATUS,
    SortKey.HOLDS,
    SortKey.PAIN,
)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter

type _Index = QModelIndex | QPersistentModelIndex


@dataclass(slots=True)
class _Line:
    row: SessionRow
    #: Formatted the first time the row is shown (most read rows never are).
    texts: tuple[str, ...] | None = None


class HistoryTableModel(QAbstractTableModel):
    """Sessions as a table: date, routine, duration, status, holds, pain before -> after.

    Args:
        store: The history.
        parent: The owning object.
    """

    #: The number of sessions matching the filter changed (after a reset or a refresh).
    total_changed = Signal(int)
    #: The history could not be read (a damaged file); the text says so in plain words.
    read_failed = Signal(str)

    def __init__(self, store: HistoryStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._filter = HistoryFilter()
        self._sort = SortKey.DATE
        self._descending = True
        self._blocks: OrderedDict[int, list[_Line]] = OrderedDict()
        self._total = 0
        #: Blocks read from the store since the last reset (for tests and benchmarks).
        self.blocks_read = 0
        #: The last read failure in plain words ("" when reading works).
        self.last_error = ""
        self._headers = (
            self.tr("Date"),
            self.tr("Routine"),
            self.tr("Duration"),
            self.tr("Status"),
            self.tr("Holds"),
            self.tr("Pain"),
        )
        self._load()

    # ---- state ------------------------------------------------------------------------

    @property
    def history_filter(self) -> HistoryFilter:
        """The filter in use."""
        return self._filter

    @property
    def total(self) -> int:
        """Sessions matching the filter (the row count)."""
        return self._total

    @property
    def sort_order(self) -> tuple[SortKey, bool]:
        """(sort key, descending)."""
        return self._sort, self._descending

    @property
    def blocks_kept(self) -> list[int]:
        """The numbers of the blocks held, least recently used first."""
        return list(self._blocks)

    def set_filter(self, history_filter: HistoryFilter) -> None:
        """Show only the sessions matching ``history_filter``."""
        if history_filter == self._filter:
            return
        self._filter = history_filter
        self._reload()

    def refresh(self) -> None:
        """Read the store again (count and rows)."""
        self._reload()

    def _reload(self) -> None:
        self.beginResetModel()
        self._load()
        self.endResetModel()
        self.total_changed.emit(self._total)

    def _load(self) -> None:
        self._blocks.clear()
        self.blocks_read = 0
        try:
            self._total = self._store.count(self._filter)
        except HistoryError as error:
            self._total = 0
            self._failed(error)
            return
        # The first block now: a history that cannot be read shows no rows, not blank ones.
        if self._total:
            try:
                self._keep(0, self._read(0))
            except HistoryError as error:
                self._total = 0
                self._failed(error)

    def _failed(self, error: HistoryError) -> None:
        log.warning("The history could not be read: %s", error)
        self.last_error = str(error)
        self.read_failed.emit(self.last_error)

    def _block(self, number: int) -> list[_Line] | None:
        """Block ``number`` (read when not kept), or None when it is out of range."""
        lines = self._blocks.get(number)
        if lines is not None:
            self._blocks.move_to_end(number)
            return lines
        if not 0 <= number * BLOCK_SIZE < self._total:
            return None
        try:
            lines = self._read(number)
        except HistoryError as error:
            # Never raise inside a Qt virtual; tell once the view has finished asking.
            log.warning("The history could not be read: %s", error)
            self.last_error = str(error)
            QTimer.singleShot(0, self, lambda: self.read_failed.emit(self.last_error))
            lines = []
        self._keep(number, lines)
        return lines

    def _keep(self, number: int, lines: list[_Line]) -> None:
        self._blocks[number] = lines
        while len(self._blocks) > MAX_BLOCKS:
            self._blocks.popitem(last=False)

    def _read(self, number: int) -> list[_Line]:
        """Read block ``number`` from the store.

        Raises:
            HistoryError: The history cannot be read.
        """
        self.blocks_read += 1
        first = number * BLOCK_SIZE
        count = min(BLOCK_SIZE, self._total - first)
        before = self._blocks.get(number - 1)
        if before:
            # Straight on after the block above (scrolling down): keyset, no offset.
            rows = self._rows(count, self._descending, after=before[-1].row.sort_key)
        elif first > self._total - first - count:
            # Nearer the end: read from the end in the other order, then turn it round.
            rows = self._rows(count, not self._descending, offset=self._total - first - count)
            rows.reverse()
        else:
            rows = self._rows(count, self._descending, offset=first)
        return [_Line(row) for row in rows]

    def _rows(
        self,
        count: int,
        descending: bool,
        *,
        after: tuple[object, ...] | None = None,
        offset: int = 0,
    ) -> list[SessionRow]:
        return self._store.rows(
            self._filter,
            sort=self._sort,
            descending=descending,
            limit=count,
            after=after,
            offset=offset,
        )

    def _line(self, row: int) -> _Line | None:
        if not 0 <= row < self._total:
            return None
        lines = self._block(row // BLOCK_SIZE)
        at = row % BLOCK_SIZE
        return lines[at] if lines is not None and at < len(lines) else None

    @staticmethod
    def _texts(row: SessionRow) -> tuple[str, ...]:
        routine = row.routine_name + ("  ✎" if row.has_note else "")
        return (
            format_date(row.started_at),
            routine,
            format_duration(row.duration_s),
            status_text(row.status),
            str(row.hold_count),
            format_pain(row.pain_before, row.pain_after),
        )

    # ---- lookups ----------------------------------------------------------------------

    def session_row(self, row: int) -> SessionRow | None:
        """The session shown on ``row`` (None when out of range or unreadable)."""
        line = self._line(row)
        return line.row if line else None

    def session_id(self, row: int) -> str | None:
        """The id of the session on ``row``."""
        line = self.session_row(row)
        return line.session_id if line else None

    def row_of(self, session_id: str) -> int | None:
        """The row of a session matching the filter, or None."""
        for number, lines in self._blocks.items():
            for at, line in enumerate(lines):
                if line.row.session_id == session_id:
                    return number * BLOCK_SIZE + at
        try:
            row = self._store.position(
                session_id, self._filter, sort=self._sort, descending=self._descending
            )
        except HistoryError as error:
            self._failed(error)
            return None
        return row if row is not None and row < self._total else None

    @staticmethod
    def column_key(column: int) -> SortKey:
        """The sort key of a column."""
        return _COLUMNS[column]

    # ---- QAbstractItemModel -----------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        line = self._line(index.row())
        if line is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if line.texts is None:
                line.texts = self._texts(line.row)
            return line.texts[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if _COLUMNS[column] in (SortKey.DURATION, SortKey.HOLDS):
                return int(_RIGHT.value)
            if _COLUMNS[column] is SortKey.PAIN:
                return int(_CENTER.value)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and _COLUMNS[column] is SortKey.ROUTINE:
            return self.tr("Has a note") if line.row.has_note else None
        if role == SESSION_ID_ROLE:
            return line.row.session_id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(_COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.ToolTipRole and _COLUMNS[section] is SortKey.PAIN:
                return self.tr("Pain before → after the session (0 = none, 10 = the worst)")
            if role == Qt.ItemDataRole.TextAlignmentRole and _COLUMNS[section] in (
                SortKey.DURATION,
                SortKey.HOLDS,
            ):
                return int(_RIGHT.value)
        return super().headerData(section, orientation, role)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(_COLUMNS):
            return
        key = _COLUMNS[column]
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort, self._descending):
            return
        self._sort = key
        self._descending = descending
        # The same sessions in another order: no count again, the blocks read again.
        self.beginResetModel()
        self._blocks.clear()
        self.blocks_read = 0
        self.endResetModel()
        self.total_changed.emit(self._total)
