"""The History page: past sessions, what they did, and whether a routine helps.

A table of sessions (sortable, filtered by routine, dates and status) backed by
:class:`~acupress_gui.ui.history_model.HistoryTableModel`, which fetches rows lazily; the
selected session's holds, pain ratings and note (editable); a summary strip (this week, last
week, streak, all time); a "Does it help?" table of the average change in pain per routine;
weekly charts. Deleting sessions can be undone. The history can be exported to and imported
from CSV.

The charts need pyqtgraph, which is imported when the page is first shown, after its first
paint: neither the app's start nor the page's first screen waits for it.
"""

from __future__ import annotations

import sqlite3
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QItemSelectionModel, QModelIndex, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QFont,
    QHideEvent,
    QKeySequence,
    QPalette,
    QShowEvent,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from acupress_gui.domain.models import Catalog, Side
from acupress_gui.domain.recording import MAX_NOTE_CHARS, SessionRecord, SessionStatus
from acupress_gui.domain.stats import (
    MIN_RATED_FOR_VERDICT,
    HistorySummary,
    RoutineRelief,
    Verdict,
    WeekTotal,
)
from acupress_gui.storage.history import (
    CsvFormatError,
    DeletedSessions,
    HistoryError,
    HistoryFilter,
    HistoryStore,
    export_history,
    import_history,
)
from acupress_gui.ui.history_model import (
    HistoryTableModel,
    format_date,
    format_duration,
    format_seconds,
    format_time,
    status_text,
)
from acupress_gui.ui.widgets.pain_rating import PainRating

if TYPE_CHECKING:
    from acupress_gui.ui.charts import HistoryCharts
    from acupress_gui.ui.context import AppContext
    from acupress_gui.ui.main_window import MainWindow

_NOT_RATED = -1


def _pain_value(rating: PainRating) -> int | None:
    return None if rating.value() == _NOT_RATED else rating.value()


def _pain_rating(name: str) -> PainRating:
    rating = PainRating()
    rating.setAccessibleName(name)
    return rating


class SessionDetail(QWidget):
    """One session: when, how it ended, every hold, and its editable ratings and note.

    Args:
        store: The history.
        catalog: Point names for the holds.
        parent: The owning widget.
    """

    #: The ratings or note of the session with this id were saved.
    saved = Signal(str)
    #: The history could not be read or written; the text says why.
    failed = Signal(str)

    def __init__(self, store: HistoryStore, catalog: Catalog, parent: QWidget | None = None):
        super().__init__(parent)
        self._store = store
        self._catalog = catalog
        self._record: SessionRecord | None = None
        self._loading = False
        self._dirty = False

        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta = QLabel()
        self.meta.setWordWrap(True)
        self.meta.setAccessibleName(self.tr("Session summary"))
        self.empty_label = QLabel(self.tr("Select a session to see its holds, ratings and note."))
        self.empty_label.setWordWrap(True)

        self.holds = QTableWidget(0, 6)
        self.holds.setAccessibleName(self.tr("Holds"))
        self.holds.setHorizontalHeaderLabels(
            [
                self.tr("Step"),
                self.tr("Point"),
                self.tr("Side"),
                self.tr("Rep."),
                self.tr("Planned"),
                self.tr("Held"),
            ]
        )
        self.holds.verticalHeader().hide()
        self.holds.verticalHeader().setDefaultSectionSize(self.holds.fontMetrics().height() + 6)
        self.holds.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.holds.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.holds.setAlternatingRowColors(True)
        self.holds.setTabKeyNavigation(False)
        header = self.holds.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.holds.horizontalHeaderItem(3).setToolTip(self.tr("Repetition on this side"))

        # Lists, not spin boxes: a focused spin box blinks its cursor and wakes the app.
        self.pain_before = _pain_rating(self.tr("Pain before"))
        self.pain_after = _pain_rating(self.tr("Pain after"))
        for rating in (self.pain_before, self.pain_after):
            rating.value_changed.connect(self._on_rating_value_changed)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("How did it feel? Anything to remember next time?"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        self.note.textChanged.connect(self._on_note_text_changed)

        self.save_button = QPushButton(self.tr("Save chan&ges"))
        self.save_button.setAccessibleName(self.tr("Save ratings and note"))
        self.save_button.setToolTip(self.tr("Save the ratings and the note (Ctrl+S)"))
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setAccessibleName(self.tr("Revert ratings and note"))
        self.revert_button.clicked.connect(self._on_revert_button_clicked)
        self.save_action = QAction(self.tr("Save ratings and note"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self._on_save_button_clicked)
        self.addAction(self.save_action)

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        before_label = QLabel(self.tr("Pain &before:"))
        before_label.setBuddy(self.pain_before)
        after_label = QLabel(self.tr("Pain &after:"))
        after_label.setBuddy(self.pain_after)
        ratings = QHBoxLayout()
        ratings.addWidget(before_label)
        ratings.addWidget(self.pain_before)
        ratings.addSpacing(12)
        ratings.addWidget(after_label)
        ratings.addWidget(self.pain_after)
        ratings.addStretch(1)
        form.addRow(ratings)
        note_label = QLabel(self.tr("&Note:"))
        note_label.setBuddy(self.note)
        form.addRow(note_label)
        form.addRow(self.note)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        self.editor = QWidget()
        self.editor.setLayout(form)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.holds, 1)
        layout.addWidget(self.editor)
        self.setFocusProxy(self.holds)
        self.show_session(None)

    # ---- state ------------------------------------------------------------------------

    @property
    def session_id(self) -> str | None:
        """The session shown, or None."""
        return self._record.session_id if self._record else None

    @property
    def record(self) -> SessionRecord | None:
        """The session shown as last read or saved."""
        return self._record

    @property
    def dirty(self) -> bool:
        """True when the ratings or the note were changed and not saved."""
        return self._dirty

    def show_session(self, session_id: str | None) -> None:
        """Show a session (None: nothing), saving unsaved changes of the one shown."""
        if self._dirty:
            self.save()
        try:
            record = self._store.get(session_id) if session_id else None
        except HistoryError as error:
            record = None
            self.failed.emit(str(error))
        self._record = record
        self._loading = True
        try:
            self._fill(record)
        finally:
            self._loading = False
        self._set_dirty(False)

    def _fill(self, record: SessionRecord | None) -> None:
        for widget in (self.title, self.meta, self.holds, self.editor):
            widget.setVisible(record is not None)
        self.empty_label.setVisible(record is None)
        if record is None:
            self.holds.setRowCount(0)
            return
        self.title.setText(record.routine_name)
        when = format_date(record.started_at)
        if record.ended_at is not None:
            when += f"–{format_time(record.ended_at.astimezone(record.started_at.tzinfo))}"
        seconds = None
        if record.ended_at is not None:
            seconds = (record.ended_at - record.started_at).total_seconds()
        parts = [
            when,
            format_duration(seconds),
            status_text(record.status),
            _plural(
                len(record.holds), self.tr("%n hold, {held} held"), self.tr("%n holds, {held} held")
            ).format(held=format_duration(record.held_seconds)),
        ]
        meta = " · ".join(parts)
        if record.status is SessionStatus.INTERRUPTED:
            meta += "\n" + self.tr(
                "The app closed during this session; the holds finished before were kept."
            )
        self.meta.setText(meta)
        self.holds.setRowCount(len(record.holds))
        sides = {
            Side.LEFT: self.tr("left"),
            Side.RIGHT: self.tr("right"),
            Side.MIDLINE: self.tr("midline"),
        }
        for row, hold in enumerate(record.holds):
            point = self._catalog.point(hold.point)
            name = f"{hold.point}  {point.display_name}" if point else hold.point
            texts = (
                str(hold.step + 1),
                name,
                sides.get(hold.side, str(hold.side)),
                str(hold.repetition),
                format_seconds(hold.planned_seconds),
                format_seconds(hold.held_seconds),
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column in (0, 3, 4, 5):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.holds.setItem(row, column, item)
        self.pain_before.setValue(_NOT_RATED if record.pain_before is None else record.pain_before)
        self.pain_after.setValue(_NOT_RATED if record.pain_after is None else record.pain_after)
        self.note.setPlainText(record.note)

    def save(self) -> bool:
        """Write the ratings and the note; returns False when there was nothing to save."""
        record = self._record
        if record is None or not self._dirty:
            return False
        note = self.note.toPlainText()[:MAX_NOTE_CHARS]
        before = _pain_value(self.pain_before)
        after = _pain_value(self.pain_after)
        try:
            self._store.rate(record.session_id, pain_before=before, pain_after=after, note=note)
        except KeyError:  # deleted meanwhile
            self._set_dirty(False)
            return False
        except (HistoryError, sqlite3.Error) as error:
            self.failed.emit(
                self.tr("The ratings and the note could not be saved: {error}").format(error=error)
            )
            return False
        self._record = self._store.get(record.session_id)
        self._set_dirty(False)
        self.saved.emit(record.session_id)
        return True

    def revert(self) -> None:
        """Forget unsaved changes."""
        self._set_dirty(False)
        self.show_session(self.session_id)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    # ---- slots ------------------------------------------------------------------------

    @Slot(int)
    def _on_rating_value_changed(self, _value: int) -> None:
        if not self._loading:
            self._set_dirty(True)

    @Slot()
    def _on_note_text_changed(self) -> None:
        if not self._loading:
            self._set_dirty(True)

    @Slot()
    def _on_save_button_clicked(self) -> None:
        self.save()

    @Slot()
    def _on_revert_button_clicked(self) -> None:
        self.revert()


class DeleteSessionsCommand(QUndoCommand):
    """Deleting sessions, undoable: the rows are kept exactly and put back on undo.

    Args:
        page: The History page (refreshed after each step).
        session_ids: The sessions to delete.
    """

    def __init__(self, page: HistoryPage, session_ids: list[str]) -> None:
        super().__init__(
            _plural(len(session_ids), page.tr("Delete %n session"), page.tr("Delete %n sessions"))
        )
        self._page = page
        self._ids = session_ids
        self._deleted: DeletedSessions | None = None

    def redo(self) -> None:
        try:
            self._deleted = self._page.store.delete(self._ids)
        except (HistoryError, sqlite3.Error) as error:
            self._deleted = None
            self.setObsolete(True)  # nothing to undo
            self._page.notify(str(error))
            return
        self._page.refresh()
        self._page.notify(
            _plural(
                len(self._deleted),
                self._page.tr("Deleted %n session."),
                self._page.tr("Deleted %n sessions."),
            ),
            undo=True,
        )

    def undo(self) -> None:
        if self._deleted is None:
            return
        try:
            self._page.store.restore(self._deleted)
        except (HistoryError, sqlite3.Error) as error:
            self._page.notify(str(error))
            return
        self._page.refresh()
        self._page.select_session(self._deleted.session_ids[0])
        self._page.notify(
            _plural(
                len(self._deleted),
                self._page.tr("Restored %n session."),
                self._page.tr("Restored %n sessions."),
            ),
            undo=False,
        )


_PERIODS = ("all", "4w", "3m", "12m", "custom")


class HistoryPage(QWidget):
    """Past sessions, their details, summaries and charts.

    Args:
        context: The app's context (point names for the holds).
        store: The history.
        parent: The owning widget.
    """

    #: The history changed here (a rating, a note, a delete, an undo or an import).
    history_changed = Signal()

    def __init__(
        self, context: AppContext, store: HistoryStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.store = store
        self.charts: HistoryCharts | None = None
        #: The history changed while the page was hidden: read it again when shown.
        self.stale = False
        # The charts are built a moment after the page is first shown (after its first paint).
        self._charts_timer = QTimer(self)
        self._charts_timer.setSingleShot(True)
        self._charts_timer.setInterval(50)
        self._charts_timer.timeout.connect(self._on_charts_timer_timeout)
        self._updating_filters = False
        self.summary: HistorySummary | None = None

        self.model = HistoryTableModel(store, self)
        self.model.total_changed.connect(self._on_model_total_changed)
        self.model.read_failed.connect(self._on_model_read_failed)
        self.undo_stack = QUndoStack(self)

        self._build_filters()
        self._build_actions()
        self._build_summary()
        self._build_table()
        self.detail = SessionDetail(store, context.catalog)
        self.detail.saved.connect(self._on_detail_saved)
        self.detail.failed.connect(self._on_model_read_failed)
        self._build_notice()

        self.relief_table = self._build_relief_table()
        relief_tab = QWidget()
        relief_layout = QVBoxLayout(relief_tab)
        self.relief_intro = QLabel(
            self.tr(
                "The average change in pain from before to after a session, over the sessions "
                "rated both times (0 = no pain, 10 = the worst). A routine needs {n} rated "
                "sessions before it can be judged."
            ).format(n=MIN_RATED_FOR_VERDICT)
        )
        self.relief_intro.setWordWrap(True)
        relief_layout.addWidget(self.relief_intro)
        relief_layout.addWidget(self.relief_table, 1)

        self.charts_placeholder = QLabel(self.tr("The charts are drawn when the page opens…"))
        self.charts_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.charts_tab = QWidget()
        charts_layout = QVBoxLayout(self.charts_tab)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        charts_layout.addWidget(self.charts_placeholder)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Session details, relief per routine and charts"))
        self.tabs.addTab(self.detail, self.tr("Session"))
        self.tabs.addTab(relief_tab, self.tr("Does it help?"))
        self.tabs.addTab(self.charts_tab, self.tr("Charts"))
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        table_bar = QHBoxLayout()
        table_bar.addWidget(self.count_label, 1)
        table_bar.addWidget(self.export_button)
        table_bar.addWidget(self.import_button)
        table_bar.addSpacing(8)
        table_bar.addWidget(self.delete_button)
        left_layout.addLayout(table_bar)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([600, 400])
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(self.filter_bar)
        layout.addWidget(self.summary_frame)
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)
        self.setFocusProxy(self.table)

        self._fill_routines()
        self._set_period("all")
        self._update_summary()
        self._update_count(self.model.total)
        if self.model.rowCount() > 0:
            self._select_row(0)
        self._update_actions()
        if self.model.last_error:
            self.notify(self.model.last_error)

    # ---- building ---------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.routine_combo = QComboBox()
        self.routine_combo.setAccessibleName(self.tr("Filter by routine"))
        self.routine_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.routine_combo.setMinimumContentsLength(12)
        self.routine_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.period_combo = QComboBox()
        self.period_combo.setAccessibleName(self.tr("Filter by period"))
        for key, text in zip(
            _PERIODS,
            (
                self.tr("All time"),
                self.tr("Last 4 weeks"),
                self.tr("Last 3 months"),
                self.tr("Last 12 months"),
                self.tr("Custom dates"),
            ),
            strict=True,
        ):
            self.period_combo.addItem(text, key)
        self.period_combo.currentIndexChanged.connect(self._on_period_combo_current_index_changed)
        self.date_from = QDateEdit()
        self.date_from.setAccessibleName(self.tr("From date"))
        self.date_to = QDateEdit()
        self.date_to.setAccessibleName(self.tr("To date"))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setMinimumDate(QDate(1970, 1, 1))
            edit.dateChanged.connect(self._on_date_changed)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Filter by status"))
        self.status_combo.addItem(self.tr("Any status"), None)
        for status in (
            SessionStatus.COMPLETED,
            SessionStatus.STOPPED,
            SessionStatus.INTERRUPTED,
            SessionStatus.RUNNING,
        ):
            self.status_combo.addItem(status_text(status), str(status))
        self.status_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.clear_filters_button = QPushButton(self.tr("&Clear filters"))
        self.clear_filters_button.setAccessibleName(self.tr("Clear filters"))
        self.clear_filters_button.clicked.connect(self._on_clear_filters_button_clicked)

        bar = QHBoxLayout()
        for text, widget in (
            (self.tr("&Routine:"), self.routine_combo),
            (self.tr("&Period:"), self.period_combo),
            (self.tr("&From:"), self.date_from),
            (self.tr("T&o:"), self.date_to),
            (self.tr("&Status:"), self.status_combo),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            bar.addWidget(label)
            bar.addWidget(widget)
            bar.addSpacing(4)
        bar.addWidget(self.clear_filters_button)
        bar.addStretch(1)
        self.filter_bar = bar

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

        self.export_button = QPushButton(self.tr("E&xport CSV…"))
        self.export_button.setAccessibleName(self.tr("Export history as CSV"))
        self.export_button.setToolTip(self.tr("Export the whole history as a CSV file (Ctrl+E)"))
        self.export_button.clicked.connect(self.export_action.trigger)
        self.import_button = QPushButton(self.tr("&Import CSV…"))
        self.import_button.setAccessibleName(self.tr("Import history from CSV"))
        self.import_button.setToolTip(
            self.tr("Add the sessions of a history CSV file; sessions already here are skipped")
        )
        self.import_button.clicked.connect(self.import_action.trigger)

    def _build_summary(self) -> None:
        self.summary_frame = QFrame()
        self.summary_frame.setObjectName("historySummary")
        self.summary_frame.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self.summary_frame)
        grid.setContentsMargins(10, 6, 10, 6)
        grid.setHorizontalSpacing(24)
        self.this_week_label = QLabel()
        self.last_week_label = QLabel()
        self.streak_label = QLabel()
        self.total_label = QLabel()
        captions = (
            self.tr("This week"),
            self.tr("Last week"),
            self.tr("Streak"),
            self.tr("All time"),
        )
        labels = (self.this_week_label, self.last_week_label, self.streak_label, self.total_label)
        for column, (caption, label) in enumerate(zip(captions, labels, strict=True)):
            title = QLabel(caption)
            font = QFont(title.font())
            font.setBold(True)
            title.setFont(font)
            label.setAccessibleName(caption)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(title, 0, column)
            grid.addWidget(label, 1, column)
            grid.setColumnStretch(column, 1)

    def _build_table(self) -> None:
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Sessions"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        metrics = self.table.fontMetrics()
        widths = {
            0: metrics.horizontalAdvance(format_date_sample()) + 16,
            2: metrics.horizontalAdvance(self.tr("1 h 05 min")) + 16,
            3: metrics.horizontalAdvance(self.tr("Interrupted")) + 16,
            4: metrics.horizontalAdvance(self.tr("Holds")) + 24,
            5: metrics.horizontalAdvance("10 → 10") + 24,
        }
        for column, width in widths.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.addAction(self.delete_action)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of sessions shown"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected sessions"))
        self.delete_button.setToolTip(self.tr("Delete the selected sessions (Del); can be undone"))
        self.delete_button.clicked.connect(self._on_delete_action_triggered)

    def _build_notice(self) -> None:
        self.notice = QFrame()
        self.notice.setObjectName("historyNotice")
        self.notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.notice.setAutoFillBackground(True)
        self.notice.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.notice_label = QLabel()
        self.notice_label.setWordWrap(True)
        self.notice_label.setAccessibleName(self.tr("Message"))
        self.notice_undo_button = QPushButton(self.tr("&Undo"))
        self.notice_undo_button.setAccessibleName(self.tr("Undo delete"))
        self.notice_undo_button.clicked.connect(self._on_notice_undo_button_clicked)
        self.notice_close_button = QToolButton()
        self.notice_close_button.setText("✕")
        self.notice_close_button.setAccessibleName(self.tr("Dismiss message"))
        self.notice_close_button.setToolTip(self.tr("Dismiss"))
        self.notice_close_button.clicked.connect(self._on_notice_close_button_clicked)
        layout = QHBoxLayout(self.notice)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.addWidget(self.notice_label, 1)
        layout.addWidget(self.notice_undo_button)
        layout.addWidget(self.notice_close_button)
        self.notice.hide()

    def _build_relief_table(self) -> QTableWidget:
        table = QTableWidget(0, 4)
        table.setAccessibleName(self.tr("Does it help? Change in pain per routine"))
        table.setHorizontalHeaderLabels(
            [
                self.tr("Routine"),
                self.tr("Rated"),
                self.tr("Pain change"),
                self.tr("What it suggests"),
            ]
        )
        table.horizontalHeaderItem(1).setToolTip(
            self.tr("Sessions rated before and after, of all the routine's sessions")
        )
        table.horizontalHeaderItem(2).setToolTip(
            self.tr("Pain after minus pain before, on average (negative: less pain after)")
        )
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    # ---- filling ----------------------------------------------------------------------

    def _fill_routines(self) -> None:
        current = self.routine_combo.currentData()
        self._updating_filters = True
        try:
            self.routine_combo.clear()
            self.routine_combo.addItem(self.tr("All routines"), None)
            for name in self.store.routine_names():
                self.routine_combo.addItem(name, name)
            index = self.routine_combo.findData(current) if current is not None else 0
            self.routine_combo.setCurrentIndex(max(0, index))
        finally:
            self._updating_filters = False

    def _set_period(self, key: str, *, apply: bool = True) -> None:
        today = self.store.local_today()
        first: date | None
        if key == "all":
            bounds = self.store.date_range()
            first = bounds[0] if bounds else today
            last = max(today, bounds[1]) if bounds else today
        elif key == "4w":
            first, last = today - timedelta(weeks=4) + timedelta(days=1), today
        elif key == "3m":
            first, last = _months_back(today, 3) + timedelta(days=1), today
        elif key == "12m":
            first, last = _months_back(today, 12) + timedelta(days=1), today
        else:
            return
        self._updating_filters = True
        try:
            self.period_combo.setCurrentIndex(_PERIODS.index(key))
            self.date_from.setDate(QDate(first.year, first.month, first.day))
            self.date_to.setDate(QDate(last.year, last.month, last.day))
        finally:
            self._updating_filters = False
        if apply:
            self._apply_filter()

    def current_filter(self) -> HistoryFilter:
        """The filter the widgets describe."""
        routine = self.routine_combo.currentData()
        status = self.status_combo.currentData()
        period = self.period_combo.currentData()
        date_from: date | None = None
        date_to: date | None = None
        if period != "all":
            date_from = self.date_from.date().toPython()
            date_to = self.date_to.date().toPython()
        return HistoryFilter(
            routine=routine if isinstance(routine, str) else None,
            date_from=date_from,
            date_to=date_to,
            status=SessionStatus(status) if isinstance(status, str) else None,
        )

    def _apply_filter(self) -> None:
        selected = self.detail.session_id
        self.model.set_filter(self.current_filter())
        self.clear_filters_button.setEnabled(self.model.history_filter.active)
        if not (selected and self.select_session(selected)) and self.model.rowCount() > 0:
            self._select_row(0)
        elif self.model.rowCount() == 0:
            self.detail.show_session(None)

    def _update_summary(self) -> None:
        try:
            summary = self.store.summary(self.store.local_today())
        except HistoryError as error:
            self.notify(str(error))
            return
        self.summary = summary
        self.this_week_label.setText(self._week_text(summary.this_week))
        self.last_week_label.setText(self._week_text(summary.last_week))
        streaks = summary.streaks
        if streaks.longest == 0:
            streak = self.tr("No sessions yet")
        else:
            current = (
                _plural(streaks.current, self.tr("%n day"), self.tr("%n days"))
                if streaks.current
                else self.tr("None now")
            )
            longest = _plural(
                streaks.longest, self.tr("longest %n day"), self.tr("longest %n days")
            )
            streak = f"{current} · {longest}"
        self.streak_label.setText(streak)
        self.total_label.setText(
            _plural(summary.sessions, self.tr("%n session"), self.tr("%n sessions"))
            + " · "
            + format_duration(summary.minutes * 60.0 if summary.sessions else None)
        )
        self._fill_relief(summary.routines)

    def _week_text(self, week: WeekTotal) -> str:
        text = _plural(week.sessions, self.tr("%n session"), self.tr("%n sessions"))
        if week.sessions:
            text += " · " + format_duration(week.minutes * 60.0)
        return text

    def _fill_relief(self, reliefs: tuple[RoutineRelief, ...]) -> None:
        verdicts = {
            Verdict.HELPS: self.tr("Seems to help"),
            Verdict.NO_CLEAR_CHANGE: self.tr("No clear change"),
            Verdict.WORSE: self.tr("Pain is higher after"),
            Verdict.TOO_FEW_RATINGS: self.tr("Too few ratings yet"),
        }
        table = self.relief_table
        table.setRowCount(len(reliefs))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, relief in enumerate(reliefs):
            average = relief.average
            change = "—" if average is None else f"{-average:+.1f}".replace("-", "−")
            rated = self.tr("{rated} of {sessions}").format(
                rated=f"{relief.rated:,}", sessions=f"{relief.sessions:,}"
            )
            texts = (relief.routine, rated, change, verdicts[relief.verdict])
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column in (1, 2):
                    item.setTextAlignment(right)
                table.setItem(row, column, item)

    def _update_count(self, total: int) -> None:
        all_sessions = self.summary.sessions if self.summary else total
        if self.model.history_filter.active:
            text = _plural(
                all_sessions,
                self.tr("{shown} of %n session shown"),
                self.tr("{shown} of %n sessions shown"),
            ).format(shown=f"{total:,}")
        else:
            text = _plural(total, self.tr("%n session"), self.tr("%n sessions"))
        self.count_label.setText(text)
        # The detail panel is what catches the eye on an empty page: say what to do.
        if all_sessions == 0:
            hint = self.tr(
                "No sessions yet. Run one on the Session page (Ctrl+1): it appears here with "
                "its holds, and you can rate how it helped. You can also import a CSV file."
            )
        elif total == 0:
            hint = self.tr("No session matches these filters.")
        else:
            hint = self.tr("Select a session to see its holds, ratings and note.")
        self.detail.empty_label.setText(hint)

    def _update_actions(self) -> None:
        has_selection = bool(self.selected_session_ids())
        self.delete_action.setEnabled(has_selection)
        self.delete_button.setEnabled(has_selection)

    # ---- public -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the history again (after a session ended, an import, a delete ...)."""
        self.stale = False
        period = self.period_combo.currentData()
        if period in ("4w", "3m", "12m"):
            # "Last 4 weeks" ends today, also when the app stayed open past midnight.
            self._set_period(period, apply=False)
        selected = self.detail.session_id
        if self.detail.dirty:
            self.detail.save()
        self._fill_routines()
        self.model.set_filter(self.current_filter())
        self.model.refresh()
        self._update_summary()
        self._update_count(self.model.total)
        self._update_charts()
        if selected and self.select_session(selected):
            self.detail.show_session(selected)
        elif self.model.rowCount() > 0:
            self._select_row(0)
        else:
            self.detail.show_session(None)
        self._update_actions()

    def select_session(self, session_id: str) -> bool:
        """Select a session in the table; False when it is not among the rows shown."""
        row = self.model.row_of(session_id)
        if row is None:
            return False
        self._select_row(row)
        return True

    def _select_row(self, row: int) -> None:
        # Not QTableView.selectRow: that one reads the keyboard modifiers, so with Ctrl held
        # (the page opened with Ctrl+3) it would toggle the row off instead of selecting it.
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def selected_session_ids(self) -> list[str]:
        """Ids of the selected sessions, in table order."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [sid for sid in (self.model.session_id(row) for row in rows) if sid]

    def delete_selected(self) -> int:
        """Delete the selected sessions (undoable); returns how many."""
        ids = self.selected_session_ids()
        if not ids:
            return 0
        self.undo_stack.push(DeleteSessionsCommand(self, ids))
        self.history_changed.emit()
        return len(ids)

    def notify(self, text: str, *, undo: bool = False) -> None:
        """Show a message above the table; with ``undo`` an Undo button next to it."""
        self.notice_label.setText(text)
        self.notice_undo_button.setVisible(undo)
        self.notice.show()

    def export_to(self, file: Path) -> str:
        """Export the history to ``file``; returns the message shown."""
        try:
            sessions, holds = export_history(self.store, file)
        except OSError as error:
            message = self.tr("The history could not be written to {file}: {error}").format(
                file=file, error=error.strerror or error
            )
        except (HistoryError, sqlite3.Error) as error:
            message = str(error)
        else:
            message = self.tr("Exported {sessions} ({holds}) to {file}.").format(
                sessions=_plural(sessions, self.tr("%n session"), self.tr("%n sessions")),
                holds=_plural(holds, self.tr("%n hold"), self.tr("%n holds")),
                file=file,
            )
        self.notify(message)
        return message

    def import_from(self, file: Path) -> str:
        """Merge a history CSV; returns the message shown."""
        try:
            added, skipped = import_history(self.store, file)
        except CsvFormatError as error:
            message = self.tr("{error}; nothing was imported.").format(error=error)
        except OSError as error:
            message = self.tr("{file} could not be read: {error}").format(
                file=file, error=error.strerror or error
            )
        except (HistoryError, sqlite3.Error) as error:
            message = self.tr("{error} Nothing was imported.").format(error=error)
        else:
            message = self.tr("Imported {sessions}").format(
                sessions=_plural(added, self.tr("%n session"), self.tr("%n sessions"))
            )
            if skipped:
                message += self.tr("; skipped {n} already in the history").format(n=f"{skipped:,}")
            message += "."
            self.refresh()
            self.history_changed.emit()
        self.notify(message)
        return message

    def _update_charts(self) -> None:
        if self.charts is None:
            return
        try:
            self.charts.set_weeks(self.store.weekly_totals(self.store.local_today()))
        except HistoryError as error:
            self.notify(str(error))

    def ensure_charts(self) -> HistoryCharts:
        """Build the charts now if they are not built yet (imports pyqtgraph)."""
        if self.charts is None:
            from acupress_gui.ui.charts import HistoryCharts

            charts = HistoryCharts()
            try:
                charts.set_weeks(self.store.weekly_totals(self.store.local_today()))
            except HistoryError as error:
                charts.description.setText(str(error))
            layout = self.charts_tab.layout()
            layout.removeWidget(self.charts_placeholder)
            self.charts_placeholder.deleteLater()
            layout.addWidget(charts)
            self.charts = charts
        return self.charts

    # ---- events and slots -------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()
        if self.charts is None:
            self._charts_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        # Hidden (another page, or closing) before the charts were built: build them next time.
        self._charts_timer.stop()
        super().hideEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(1024, 640)

    @Slot()
    def _on_charts_timer_timeout(self) -> None:
        self.ensure_charts()

    @Slot(int)
    def _on_tabs_current_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.charts_tab:
            self.ensure_charts()

    @Slot()
    def _on_filter_changed(self) -> None:
        if not self._updating_filters:
            self._apply_filter()

    @Slot(int)
    def _on_period_combo_current_index_changed(self, index: int) -> None:
        if not self._updating_filters:
            self._set_period(_PERIODS[index])

    @Slot(QDate)
    def _on_date_changed(self, _date: QDate) -> None:
        if self._updating_filters:
            return
        self._updating_filters = True
        try:
            self.period_combo.setCurrentIndex(_PERIODS.index("custom"))
            if self.date_to.date() < self.date_from.date():
                other = self.date_to if self.sender() is self.date_from else self.date_from
                other.setDate(_date)
        finally:
            self._updating_filters = False
        self._apply_filter()

    @Slot()
    def _on_clear_filters_button_clicked(self) -> None:
        self._updating_filters = True
        try:
            self.routine_combo.setCurrentIndex(0)
            self.status_combo.setCurrentIndex(0)
        finally:
            self._updating_filters = False
        self._set_period("all")

    @Slot(str)
    def _on_model_read_failed(self, message: str) -> None:
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
        self._update_charts()
        self.select_session(session_id)
        self.history_changed.emit()

    @Slot()
    def _on_delete_action_triggered(self) -> None:
        self.delete_selected()

    @Slot()
    def _on_notice_undo_button_clicked(self) -> None:
        self.undo_stack.undo()

    @Slot()
    def _on_notice_close_button_clicked(self) -> None:
        self.notice.hide()

    @Slot()
    def _on_export_action_triggered(self) -> None:
        suggested = Path.home() / f"acupress-history-{self.store.local_today().isoformat()}.csv"
        name, _selected = QFileDialog.getSaveFileName(
            self, self.tr("Export history"), str(suggested), self.tr("CSV files (*.csv)")
        )
        if name:
            self.export_to(Path(name))

    @Slot()
    def _on_import_action_triggered(self) -> None:
        name, _selected = QFileDialog.getOpenFileName(
            self, self.tr("Import history"), str(Path.home()), self.tr("CSV files (*.csv)")
        )
        if name:
            self.import_from(Path(name))


def _plural(count: int, one: str, many: str) -> str:
    """``one`` or ``many`` (both already translated) with ``%n`` replaced by ``count``."""
    return (one if count == 1 else many).replace("%n", f"{count:,}")


def format_date_sample() -> str:
    """The widest date the table shows, to size its column."""
    return format_date(datetime(2025, 9, 24, 23, 58))


def _months_back(day: date, months: int) -> date:
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, candidate)
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


def build_history_page_timed(
    context: AppContext, store: HistoryStore, size: QSize | None = None
) -> tuple[HistoryPage, float]:
    """Build the History page with its first screen of rows and summaries, timed.

    This is the self-test's ``history_ms``: the page is built (count, first page of rows,
    routine list, summaries, relief per routine, the newest session's details), laid out at
    ``size`` (1024x640 by default) and rendered once. The charts are not included: they are
    built after the page is first shown.

    Returns:
        (the page, not shown; milliseconds).
    """
    started = time.perf_counter()
    page = HistoryPage(context, store)
    page.resize(size or QSize(1024, 640))
    page.grab()
    return page, (time.perf_counter() - started) * 1000.0


def install_history_page(window: MainWindow, store: HistoryStore) -> QAction:
    """Add the History page (Ctrl+3) and a History menu to the main window.

    The page is built when first shown. It is placed before the Points page in the page bar
    and the View menu when there is one. The History menu offers export (Ctrl+Shift+E) and
    import (Ctrl+Shift+I) whether or not the page was built yet. When the window has a
    Session page, the History page (if built) is refreshed after each session and rating.

    Returns:
        The page's action.
    """
    action = window.add_page(
        "history", window.tr("&History"), lambda: HistoryPage(window.context, store), "Ctrl+3"
    )
    keys = window.page_keys()
    if "points" in keys:
        # add_page appends to the page bar and the View menu in page order: move History
        # in front of Points there.
        points = window.page_bar.actions()[keys.index("points")]
        window.page_bar.insertAction(points, action)
        for menu_action in window.menuBar().actions():
            menu = menu_action.menu()
            if menu is not None and points in menu.actions():
                menu.insertAction(points, action)

    def history_page() -> HistoryPage:
        window.show_page("history")
        page = window.page("history")
        assert isinstance(page, HistoryPage)
        return page

    menu = window.menuBar().addMenu(window.tr("His&tory"))
    export = QAction(window.tr("E&xport history as CSV…"), window)
    export.setShortcut(QKeySequence("Ctrl+Shift+E"))
    export.triggered.connect(lambda: history_page().export_action.trigger())
    imported = QAction(window.tr("&Import history from CSV…"), window)
    imported.setShortcut(QKeySequence("Ctrl+Shift+I"))
    imported.triggered.connect(lambda: history_page().import_action.trigger())
    menu.addActions([export, imported])

    def refresh(_session_id: str = "") -> None:
        if "history" in window.built_pages():
            page = window.page("history")
            assert isinstance(page, HistoryPage)
            # A hidden page reads the history once, when it is next shown, not at every
            # session end and rating.
            if page.isVisible():
                page.refresh()
            else:
                page.stale = True

    session_page = getattr(window, "session_page", None)
    for name in ("session_ended", "session_rated"):
        signal = getattr(session_page, name, None)
        if signal is not None:
            signal.connect(refresh)
    return action


__all__ = [
    "DeleteSessionsCommand",
    "HistoryPage",
    "SessionDetail",
    "build_history_page_timed",
    "install_history_page",
]
