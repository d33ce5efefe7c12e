"""The History page: past sessions, what they did, and whether a routine helps.

A table of sessions (sortable, filtered by routine, dates and status) backed by
:class:`~acupress_gui.ui.history.table_model.HistoryTableModel`, which fetches rows lazily;
the selected session's holds, pain ratings and note (editable); a summary strip (this week,
last week, streak, all time); a "Does it help?" table of the average change in pain per
routine; weekly charts. Deleting sessions can be undone. The history can be exported to and
imported from CSV.

The charts need pyqtgraph: it is imported on a thread of its own after the page's first
paint, and the charts are built, in steps, when the Charts tab is first shown: neither the
app's start nor the page's first screen waits for them, and the window does not freeze.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QPaintEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from acupress_gui.domain.models import Catalog
from acupress_gui.domain.stats import HistorySummary, merge_reliefs
from acupress_gui.storage.history import HistoryError, HistoryStore
from acupress_gui.ui.history.calendar import PracticeCalendar
from acupress_gui.ui.history.charts import HistoryCharts
from acupress_gui.ui.history.charts_tab import ChartsTab
from acupress_gui.ui.history.commands import DeleteSessionsCommand
from acupress_gui.ui.history.csv_actions import (
    ask_export_file,
    ask_import_file,
    export_csv,
    import_csv,
)
from acupress_gui.ui.history.detail import SessionDetail, empty_hint
from acupress_gui.ui.history.filters import FilterBar
from acupress_gui.ui.history.relief import ReliefPanel
from acupress_gui.ui.history.session_table import SessionsPanel
from acupress_gui.ui.history.summary import SummaryStrip
from acupress_gui.ui.history.table_model import HistoryTableModel
from acupress_gui.ui.widgets.message_bar import MessageBar

log = logging.getLogger(__name__)


class HistoryPage(QWidget):
    """Past sessions, their details, summaries and charts.

    Args:
        store: The history.
        catalog: Point names for the holds.
        parent: The owning widget.
        weekly_goal: Days a week the person aims for (the calendar's goal).
    """

    #: The history changed here (a rating, a note, a delete, an undo or an import).
    history_changed = Signal()

    #: False until __init__ has finished: event handlers do nothing on a half-built page.
    _built = False
    #: None until the first show, True from then until the next paint (which starts the
    #: import of pyqtgraph), False after it.
    _prepare_charts: bool | None = None

    def __init__(
        self,
        store: HistoryStore,
        catalog: Catalog,
        parent: QWidget | None = None,
        *,
        weekly_goal: Callable[[], int] = lambda: 5,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._stale = False
        self._summary: HistorySummary | None = None

        self.model = HistoryTableModel(store, self)
        self.model.total_changed.connect(self._on_model_total_changed)
        self.model.read_failed.connect(self._on_read_failed)
        self.undo_stack = QUndoStack(self)
        self.filters = FilterBar(store.local_today, store.date_range)
        self.filters.filter_changed.connect(self._on_filters_filter_changed)
        self._build_actions()
        self.sessions = SessionsPanel(
            self.model, self.export_action, self.import_action, self.delete_action
        )
        self.table = self.sessions.table
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.summary_strip = SummaryStrip()
        # A built-in routine is named as the app speaks now, whatever it was recorded under.
        self._routine_names = {routine.id: routine.name for routine in catalog.routines}
        self.detail = SessionDetail(store, catalog)
        self.detail.saved.connect(self._on_detail_saved)
        self.detail.failed.connect(self._on_read_failed)
        self.notice = MessageBar(object_name="historyNotice", undo_name=self.tr("Undo delete"))
        self.notice.undo_requested.connect(self.undo_stack.undo)
        self.relief = ReliefPanel()

        self.charts_tab = ChartsTab(lambda: store.weekly_totals(store.local_today()))
        self.charts_tab.failed.connect(self._on_read_failed)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Session details, relief per routine and charts"))
        self.tabs.addTab(self.detail, self.tr("Session"))
        self.tabs.addTab(self.relief, self.tr("Does it help?"))
        self.tabs.addTab(self.charts_tab, self.tr("Charts"))
        self.calendar = PracticeCalendar(store, weekly_goal)
        self.tabs.addTab(self.calendar, self.tr("Calendar"))
        self._lay_out()

        self.filters.set_routine_names(store.routine_names())
        self.model.set_filter(self.filters.current_filter())
        self._update_summary()
        self._update_count(self.model.total)
        if self.model.rowCount() > 0:
            self.table.select_row(0)
        self._update_actions()
        if self.model.last_error:
            self.notify(self.model.last_error)
        self._built = True

    def _build_actions(self) -> None:
        self.export_action = QAction(self.tr("E&xport history as CSV…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self._on_export_action_triggered)
        self.import_action = QAction(self.tr("&Import history from CSV…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self._on_import_action_triggered)
        self.delete_action = QAction(self.tr("&Delete"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.triggered.connect(self._on_delete_action_triggered)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        # Both common redo keys, whatever the platform's standard one is.
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.export_action, self.import_action, self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    def _lay_out(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.sessions)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([600, 400])
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.summary_strip)
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)
        self.setFocusProxy(self.table)

    # ---- state ------------------------------------------------------------------------

    @property
    def store(self) -> HistoryStore:
        """The history shown."""
        return self._store

    @property
    def charts(self) -> HistoryCharts | None:
        """The charts, None until they are built (after the Charts tab is first shown)."""
        return self.charts_tab.charts

    @property
    def summary(self) -> HistorySummary | None:
        """The summary last read (None until the history could be read)."""
        return self._summary

    @property
    def stale(self) -> bool:
        """True when the history changed while the page was hidden (read again when shown)."""
        return self._stale

    def selected_session_ids(self) -> list[str]:
        """Ids of the selected sessions, in table order."""
        return self.table.selected_session_ids()

    # ---- filling ----------------------------------------------------------------------

    def _apply_filter(self) -> None:
        selected = self.detail.session_id
        self.model.set_filter(self.filters.current_filter())
        if not (selected and self.select_session(selected)) and self.model.rowCount() > 0:
            self.table.select_row(0)
        elif self.model.rowCount() == 0:
            self.detail.show_session(None)

    def _update_summary(self) -> None:
        try:
            summary = self.store.summary(self.store.local_today())
        except HistoryError as error:
            log.warning("The history summary could not be read: %s", error)
            self.notify(str(error))
            return
        self._summary = summary
        self.summary_strip.show_summary(summary)
        self.relief.show_reliefs(merge_reliefs(summary.routines, self._routine_names))

    def _update_count(self, total: int) -> None:
        all_sessions = self._summary.sessions if self._summary else total
        self.sessions.show_count(total, all_sessions, filtered=self.model.history_filter.active)
        # The detail panel is what catches the eye on an empty page: say what to do.
        self.detail.empty_label.setText(empty_hint(total, all_sessions))

    def _update_actions(self) -> None:
        has_selection = bool(self.selected_session_ids())
        self.delete_action.setEnabled(has_selection)
        self.sessions.delete_button.setEnabled(has_selection)

    # ---- public -----------------------------------------------------------------------

    @Slot()
    def history_changed_elsewhere(self) -> None:
        """The history changed outside this page (a session ended or was rated).

        A visible page reads it again now; a hidden one once, when it is next shown, not at
        every session end and rating.
        """
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def refresh(self) -> None:
        """Read the history again (after a session ended, an import, a delete ...)."""
        self._stale = False
        self.filters.follow_today()
        selected = self.detail.session_id
        if self.detail.dirty:
            self.detail.save()
        self.filters.set_routine_names(self.store.routine_names())
        self.model.set_filter(self.filters.current_filter())
        self.model.refresh()
        self._update_summary()
        self._update_count(self.model.total)
        self.charts_tab.redraw()
        self.calendar.refresh()
        if selected and self.select_session(selected):
            self.detail.show_session(selected)
        elif self.model.rowCount() > 0:
            self.table.select_row(0)
        else:
            self.detail.show_session(None)
        self._update_actions()

    def select_session(self, session_id: str) -> bool:
        """Select a session in the table; False when it is not among the rows shown."""
        row = self.model.row_of(session_id)
        if row is None:
            return False
        self.table.select_row(row)
        return True

    def delete_selected(self) -> int:
        """Delete the selected sessions (undoable); returns how many."""
        ids = self.selected_session_ids()
        if not ids:
            return 0
        self.undo_stack.push(DeleteSessionsCommand(self.store, self, ids))
        self.history_changed.emit()
        return len(ids)

    def notify(self, text: str, *, undo: bool = False) -> None:
        """Show a message above the table; with ``undo`` an Undo button next to it."""
        self.notice.show_message(text, undo=undo)

    def export_to(self, file: Path) -> str:
        """Export the history to ``file``; returns the message shown."""
        outcome = export_csv(self.store, file)
        self.notify(outcome.message)
        return outcome.message

    def import_from(self, file: Path) -> str:
        """Merge a history CSV; returns the message shown."""
        outcome = import_csv(self.store, file)
        if outcome.changed:
            self.refresh()
            self.history_changed.emit()
        self.notify(outcome.message)
        return outcome.message

    def ensure_charts(self) -> HistoryCharts:
        """Build the charts now, at once, if they are not built yet (waits for pyqtgraph)."""
        return self.charts_tab.ensure_charts()

    # ---- events and slots -------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._built:  # an event that arrives while the page is being built
            return
        if self._stale:
            self.refresh()
        # pyqtgraph is imported on its thread once the page is painted (see paintEvent); the
        # charts are built when their tab is shown.
        if self._prepare_charts is None:
            self._prepare_charts = True

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        # After the first paint, not at the show: the import thread and the GUI thread share
        # Python's lock, and the page's first paint (hundreds of calls of the table model)
        # took 2-5 times as long with the import running beside it.
        if self._prepare_charts:
            self._prepare_charts = False
            QTimer.singleShot(0, self.charts_tab.prepare)

    def sizeHint(self) -> QSize:
        return QSize(1024, 640)

    @Slot()
    def _on_filters_filter_changed(self) -> None:
        self._apply_filter()

    @Slot(str)
    def _on_read_failed(self, message: str) -> None:
        self.notify(message)

    @Slot(int)
    def _on_model_total_changed(self, total: int) -> None:
        self._update_count(total)

    @Slot(QModelIndex, QModelIndex)
    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        session_id = self.model.session_id(current.row()) if current.isValid() else None
        if session_id != self.detail.session_id:
            self.detail.show_session(session_id)

    @Slot()
    def _on_table_selection_changed(self) -> None:
        self._update_actions()

    @Slot(str)
    def _on_detail_saved(self, session_id: str) -> None:
        self.model.refresh()
        self._update_summary()
        self.charts_tab.redraw()
        self.select_session(session_id)
        self.history_changed.emit()

    @Slot()
    def _on_delete_action_triggered(self) -> None:
        self.delete_selected()

    @Slot()
    def _on_export_action_triggered(self) -> None:
        file = ask_export_file(self, self.store.local_today())
        if file is not None:
            self.export_to(file)

    @Slot()
    def _on_import_action_triggered(self) -> None:
        file = ask_import_file(self)
        if file is not None:
            self.import_from(file)


__all__ = ["HistoryPage"]
