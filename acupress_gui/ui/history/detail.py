"""The selected session: when, how it ended, every hold, and its editable ratings and note."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from acupress_gui.domain.models import Catalog
from acupress_gui.domain.recording import MAX_NOTE_CHARS, SessionRecord, SessionStatus
from acupress_gui.storage.history import HistoryError, HistoryStore
from acupress_gui.ui.history.format import format_date, format_time, status_text
from acupress_gui.ui.text.durations import format_duration, format_seconds
from acupress_gui.ui.text.plurals import counted
from acupress_gui.ui.text.points import point_name
from acupress_gui.ui.text.regions import regions_list
from acupress_gui.ui.text.sides import side_short
from acupress_gui.ui.widgets.buddy_label import buddy_label
from acupress_gui.ui.widgets.pain_rating import PainRating

log = logging.getLogger(__name__)

#: The pain rating's value for "not rated".
_NOT_RATED = -1


def _pain_value(rating: PainRating) -> int | None:
    return None if rating.value() == _NOT_RATED else rating.value()


def _pain_rating(name: str) -> PainRating:
    rating = PainRating()
    rating.setAccessibleName(name)
    return rating


def empty_hint(shown: int, sessions: int) -> str:
    """What the panel says when no session is selected.

    Args:
        shown: Sessions the table shows (after the filters).
        sessions: Sessions in the history.
    """
    if sessions == 0:
        return QCoreApplication.translate(
            "SessionDetail",
            "No sessions yet. Run one on the Session page (Ctrl+1): it appears here with "
            "its holds, and you can rate how it helped. You can also import a CSV file.",
        )
    if shown == 0:
        return QCoreApplication.translate("SessionDetail", "No session matches these filters.")
    return QCoreApplication.translate(
        "SessionDetail", "Select a session to see its holds, ratings and note."
    )


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

    def __init__(
        self, store: HistoryStore, catalog: Catalog, parent: QWidget | None = None
    ) -> None:
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
        repetition = self.holds.horizontalHeaderItem(3)
        assert repetition is not None  # set by setHorizontalHeaderLabels
        repetition.setToolTip(self.tr("Repetition on this side"))

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
        before_label = buddy_label(self.tr("Pain &before:"), self.pain_before)
        after_label = buddy_label(self.tr("Pain &after:"), self.pain_after)
        ratings = QHBoxLayout()
        ratings.addWidget(before_label)
        ratings.addWidget(self.pain_before)
        ratings.addSpacing(12)
        ratings.addWidget(after_label)
        ratings.addWidget(self.pain_after)
        ratings.addStretch(1)
        form.addRow(ratings)
        note_label = buddy_label(self.tr("&Note:"), self.note)
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
            log.warning("Session %s could not be read: %s", session_id, error)
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
            counted(
                QCoreApplication.translate(
                    "SessionDetail", "%Ln hold(s), {held} held", None, len(record.holds)
                ),
                len(record.holds),
            ).format(held=format_duration(record.held_seconds)),
        ]
        meta = " · ".join(parts)
        if record.status is SessionStatus.INTERRUPTED:
            meta += "\n" + self.tr(
                "The app closed during this session; the holds finished before were kept."
            )
        if record.pain_regions:
            meta += "\n" + self.tr("Where it hurt: {regions}").format(
                regions=regions_list(record.pain_regions)
            )
        if record.checkin is not None:
            meta += "\n" + self.tr(
                "Weekly check-in: pain got in the way {interference}/10, slept {sleep}/10"
            ).format(interference=record.checkin.interference, sleep=record.checkin.sleep)
        self.meta.setText(meta)
        self.holds.setRowCount(len(record.holds))
        for row, hold in enumerate(record.holds):
            point = self._catalog.point(hold.point)
            name = f"{hold.point}  {point_name(point)}" if point else hold.point
            texts = (
                str(hold.step + 1),
                name,
                side_short(hold.side),
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
            saved = self._store.get(record.session_id)
        except KeyError:  # deleted meanwhile
            self._set_dirty(False)
            return False
        except HistoryError as error:
            log.warning(
                "The ratings of session %s could not be saved: %s", record.session_id, error
            )
            self.failed.emit(
                self.tr("The ratings and the note could not be saved: {error}").format(error=error)
            )
            return False
        self._record = saved
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
