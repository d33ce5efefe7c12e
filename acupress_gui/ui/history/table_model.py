"""The session table's model: rows fetched from the history store a page at a time.

Sorting and filtering are done by the store in SQL; the model only ever holds the rows the
view has asked for (``canFetchMore``/``fetchMore``: :data:`PAGE_SIZE` rows first, then as
many again as are loaded, keyset paging), so a history of 100,000 sessions opens as fast as a
short one; a row's texts are formatted when it is first shown.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
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

#: Rows fetched per page.
PAGE_SIZE = 200
#: Each further fetch asks for as many rows as are loaded (up to this): scrolling to the end
#: of 300,000 sessions takes a few fetches, not 1,500.
MAX_FETCH = 50_000
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
    #: Formatted the first time the row is shown (most fetched rows never are).
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
        self._lines: list[_Line] = []
        self._total = 0
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
        self._load(PAGE_SIZE)

    # ---- state ------------------------------------------------------------------------

    @property
    def history_filter(self) -> HistoryFilter:
        """The filter in use."""
        return self._filter

    @property
    def total(self) -> int:
        """Sessions matching the filter (fetched or not)."""
        return self._total

    @property
    def sort_order(self) -> tuple[SortKey, bool]:
        """(sort key, descending)."""
        return self._sort, self._descending

    def set_filter(self, history_filter: HistoryFilter) -> None:
        """Show only the sessions matching ``history_filter`` (from the first page)."""
        if history_filter == self._filter:
            return
        self._filter = history_filter
        self._reload(PAGE_SIZE)

    def refresh(self) -> None:
        """Read the store again, keeping as many rows loaded as before."""
        self._reload(max(PAGE_SIZE, len(self._lines)))

    def _reload(self, count: int) -> None:
        self.beginResetModel()
        self._load(count)
        self.endResetModel()
        self.total_changed.emit(self._total)

    def _load(self, count: int) -> None:
        try:
            self._total = self._store.count(self._filter)
        except HistoryError as error:
            self._total = 0
            self._failed(error)
        self._lines = self._fetch(count, None)

    def _failed(self, error: HistoryError) -> None:
        log.warning("The history could not be read: %s", error)
        self.last_error = str(error)
        self.read_failed.emit(self.last_error)

    def _fetch(self, count: int, after: tuple[object, ...] | None) -> list[_Line]:
        try:
            rows = self._store.rows(
                self._filter,
                sort=self._sort,
                descending=self._descending,
                limit=count,
                after=after,
            )
        except HistoryError as error:
            # Show what could be read; never raise inside a Qt virtual.
            self._total = len(self._lines) if after is not None else 0
            self._failed(error)
            return []
        return [_Line(row) for row in rows]

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
        """The session shown on ``row`` (None when out of range)."""
        return self._lines[row].row if 0 <= row < len(self._lines) else None

    def session_id(self, row: int) -> str | None:
        """The id of the session on ``row``."""
        line = self.session_row(row)
        return line.session_id if line else None

    def row_of(self, session_id: str) -> int | None:
        """The row of a loaded session, or None."""
        for row, line in enumerate(self._lines):
            if line.row.session_id == session_id:
                return row
        return None

    @staticmethod
    def column_key(column: int) -> SortKey:
        """The sort key of a column."""
        return _COLUMNS[column]

    # ---- QAbstractItemModel -----------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
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

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._lines) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._lines:
            return
        count = min(MAX_FETCH, max(PAGE_SIZE, len(self._lines)))
        more = self._fetch(count, self._lines[-1].row.sort_key)
        if not more:
            # The store changed under us (another process); count again next refresh.
            self._total = len(self._lines)
            return
        first = len(self._lines)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._lines.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(_COLUMNS):
            return
        key = _COLUMNS[column]
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort, self._descending):
            return
        self._sort = key
        self._descending = descending
        # The same sessions in another order: no count again.
        self.beginResetModel()
        self._lines = self._fetch(PAGE_SIZE, None)
        self.endResetModel()
        self.total_changed.emit(self._total)
