"""The table of sessions (sortable, several rows selectable) and the buttons under it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from acupress_gui.domain.recording import SessionStatus
from acupress_gui.ui.history.format import format_date_sample, status_text
from acupress_gui.ui.history.table_model import HistoryTableModel
from acupress_gui.ui.text.durations import format_duration
from acupress_gui.ui.text.numbers import format_count
from acupress_gui.ui.text.plurals import counted

#: A long session's length, to size the duration column.
_WIDE_DURATION_S = 3 * 3600 + 55 * 60


class SessionTable(QTableView):
    """The sessions of a :class:`HistoryTableModel`, newest first.

    Args:
        model: The sessions.
        delete_action: Offered in the context menu; its shortcut works while the table has
            the focus.
        parent: The owning widget.
    """

    def __init__(
        self, model: HistoryTableModel, delete_action: QAction, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._model = model
        self.setAccessibleName(self.tr("Sessions"))
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        metrics = self.fontMetrics()
        widths = {
            0: metrics.horizontalAdvance(format_date_sample()) + 16,
            2: metrics.horizontalAdvance(format_duration(_WIDE_DURATION_S)) + 16,
            3: metrics.horizontalAdvance(status_text(SessionStatus.INTERRUPTED)) + 16,
            4: metrics.horizontalAdvance(self.tr("Holds")) + 24,
            5: metrics.horizontalAdvance("10 → 10") + 24,
        }
        for column, width in widths.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.setSortingEnabled(True)
        self.addAction(delete_action)
        delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def select_row(self, row: int) -> None:
        """Make ``row`` the current and only selected row, and scroll to it."""
        # Not QTableView.selectRow: that one reads the keyboard modifiers, so with Ctrl held
        # (the page opened with Ctrl+3) it would toggle the row off instead of selecting it.
        index = self._model.index(row, 0)
        self.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.scrollTo(index)

    def selected_session_ids(self) -> list[str]:
        """Ids of the selected sessions, in table order."""
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        return [sid for sid in (self._model.session_id(row) for row in rows) if sid]


class SessionsPanel(QWidget):
    """The session table, the number of sessions shown, and Export, Import and Delete buttons.

    Args:
        model: The sessions.
        export_action: Triggered by the Export button.
        import_action: Triggered by the Import button.
        delete_action: Triggered by the Delete button and offered in the table.
        parent: The owning widget.
    """

    def __init__(
        self,
        model: HistoryTableModel,
        export_action: QAction,
        import_action: QAction,
        delete_action: QAction,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.table = SessionTable(model, delete_action)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of sessions shown"))
        self.export_button = QPushButton(self.tr("E&xport CSV…"))
        self.export_button.setAccessibleName(self.tr("Export history as CSV"))
        self.export_button.setToolTip(self.tr("Export the whole history as a CSV file (Ctrl+E)"))
        self.export_button.clicked.connect(export_action.trigger)
        self.import_button = QPushButton(self.tr("&Import CSV…"))
        self.import_button.setAccessibleName(self.tr("Import history from CSV"))
        self.import_button.setToolTip(
            self.tr("Add the sessions of a history CSV file; sessions already here are skipped")
        )
        self.import_button.clicked.connect(import_action.trigger)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected sessions"))
        self.delete_button.setToolTip(self.tr("Delete the selected sessions (Del); can be undone"))
        self.delete_button.clicked.connect(delete_action.trigger)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.count_label, 1)
        bar.addWidget(self.export_button)
        bar.addWidget(self.import_button)
        bar.addSpacing(8)
        bar.addWidget(self.delete_button)
        layout.addLayout(bar)

    def show_count(self, shown: int, sessions: int, *, filtered: bool) -> None:
        """Say how many sessions the table shows, "12 of 80 sessions shown" when filtered."""
        if filtered:
            text = counted(
                QCoreApplication.translate(
                    "SessionsPanel", "{shown} of %Ln session(s) shown", None, sessions
                ),
                sessions,
            )
            text = text.format(shown=format_count(shown))
        else:
            text = counted(
                QCoreApplication.translate("SessionsPanel", "%Ln session(s)", None, shown), shown
            )
        self.count_label.setText(text)
