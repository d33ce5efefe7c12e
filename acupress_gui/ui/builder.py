"""The routine builder page: routines, the point library and the routine being edited.

Three columns: the user's and the built-in routines; the point library (search and filters);
the steps of the open routine with the selected step's settings, the routine's name,
description and total duration. Points are dragged from the library into the routine, steps
are dragged to reorder them or back to the library to remove them, and every drag has a key
(Enter adds, Ctrl+Up/Down moves, Delete removes). Every edit is an undo step and is written
to the routine's file at once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QShortcut,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from acupress_gui.domain.models import (
    HOLD_SECONDS,
    PREPARE_SECONDS,
    REPETITIONS,
    REST_SECONDS,
    Laterality,
    Routine,
    Sides,
)
from acupress_gui.domain.routine_edit import (
    MAX_DESCRIPTION_CHARS,
    MAX_NAME_CHARS,
    RoutineEditError,
    check_name,
    duplicate_routine,
    rename_routine,
    routine_seconds,
    set_description,
    unique_name,
)
from acupress_gui.storage.routines import RoutineFileError, RoutineStore
from acupress_gui.ui.context import AppContext
from acupress_gui.ui.platform.icons import Badge, badge_icon
from acupress_gui.ui.routine_model import (
    LibraryFilter,
    PointLibraryModel,
    Role,
    RoutineStepsModel,
    format_duration,
)

_PAD = 6
_BADGE = 16


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0..1) of the way towards ``b``."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


class RowDelegate(QStyledItemDelegate):
    """Two-line rows: a bold title with a value on the right, a muted subtitle with badges.

    Reads :class:`~acupress_gui.ui.routine_model.Role` ``TITLE``, ``SUBTITLE``, ``TRAILING``,
    ``BADGES`` and ``MISSING``; falls back to the display text.
    """

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:
        bold = QFont(option.font)  # type: ignore[attr-defined]
        bold.setBold(True)
        title_h = QFontMetrics(bold).height()
        sub_h = option.fontMetrics.height()  # type: ignore[attr-defined]
        return QSize(200, _PAD * 2 + title_h + 3 + max(sub_h, _BADGE))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        opt.text = ""  # type: ignore[attr-defined]
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)

        palette: QPalette = opt.palette  # type: ignore[attr-defined]
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        group = (
            QPalette.ColorGroup.Normal
            if opt.state & QStyle.StateFlag.State_Enabled  # type: ignore[attr-defined]
            else QPalette.ColorGroup.Disabled
        )
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_color = palette.color(group, text_role)
        back_role = QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base
        muted = _mix(text_color, palette.color(group, back_role), 0.38)
        missing = bool(index.data(Role.MISSING))
        if missing and not selected:
            text_color = QColor("#ff8a80") if _is_dark(palette) else QColor("#b3261e")

        title = index.data(Role.TITLE) or ""
        subtitle = index.data(Role.SUBTITLE) or ""
        if not title:
            lines = str(index.data(Qt.ItemDataRole.DisplayRole) or "").split("\n", 1)
            title, subtitle = lines[0], (lines[1] if len(lines) > 1 else "")
        trailing = index.data(Role.TRAILING) or ""
        badges = index.data(Role.BADGES) or []

        rect: QRect = opt.rect.adjusted(_PAD + 2, _PAD, -_PAD - 2, -_PAD)  # type: ignore[attr-defined]
        bold = QFont(opt.font)  # type: ignore[attr-defined]
        bold.setBold(True)
        painter.save()
        painter.setClipRect(opt.rect)  # type: ignore[attr-defined]
        bold_metrics = QFontMetrics(bold)
        metrics = QFontMetrics(opt.font)  # type: ignore[attr-defined]
        title_h = bold_metrics.height()
        title_rect = QRect(rect.left(), rect.top(), rect.width(), title_h)
        if trailing:
            width = metrics.horizontalAdvance(trailing)
            painter.setFont(opt.font)  # type: ignore[attr-defined]
            painter.setPen(muted if not missing else text_color)
            painter.drawText(
                title_rect,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                trailing,
            )
            title_rect.setRight(title_rect.right() - width - 12)
        painter.setFont(bold)
        painter.setPen(text_color)
        painter.drawText(
            title_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            bold_metrics.elidedText(title, Qt.TextElideMode.ElideRight, title_rect.width()),
        )

        sub_top = rect.top() + title_h + 3
        sub_h = max(metrics.height(), _BADGE)
        sub_rect = QRect(rect.left(), sub_top, rect.width(), sub_h)
        x = sub_rect.right()
        for kind in reversed(badges):
            x -= _BADGE
            where = QRect(x, sub_top + (sub_h - _BADGE) // 2, _BADGE, _BADGE)
            if selected:
                # Keep the coloured icons readable on the selection colour.
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(palette.color(QPalette.ColorRole.Base))
                painter.drawRoundedRect(where.adjusted(-2, -2, 2, 2), 4, 4)
            badge_icon(kind).paint(painter, where)
            x -= 6
        sub_rect.setRight(x - 4)
        painter.setFont(opt.font)  # type: ignore[attr-defined]
        painter.setPen(muted)
        painter.drawText(
            sub_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(subtitle, Qt.TextElideMode.ElideRight, sub_rect.width()),
        )
        # A hairline between rows keeps long lists readable.
        line = QColor(palette.color(QPalette.ColorRole.Text))
        line.setAlpha(28)
        painter.setPen(line)
        bottom = opt.rect.bottom()  # type: ignore[attr-defined]
        painter.drawLine(opt.rect.left() + _PAD, bottom, opt.rect.right() - _PAD, bottom)  # type: ignore[attr-defined]
        if opt.state & QStyle.StateFlag.State_HasFocus and not selected:  # type: ignore[attr-defined]
            focus = QColor(palette.color(QPalette.ColorRole.Highlight))
            painter.setPen(focus)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(opt.rect.adjusted(1, 1, -2, -2))  # type: ignore[attr-defined]
        painter.restore()


class HintListView(QListView):
    """A list view that shows a hint in its empty area when it has no rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hint = ""
        self.setItemDelegate(RowDelegate(self))
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def set_hint(self, text: str) -> None:
        """The text shown while the list is empty."""
        self._hint = text
        self.viewport().update()

    def hint(self) -> str:
        """The empty-list hint."""
        return self._hint

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is None or model.rowCount() > 0 or not self._hint:
            return
        painter = QPainter(self.viewport())
        color = self.palette().color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(color)
        area = self.viewport().rect().adjusted(24, 24, -24, -24)
        painter.drawText(
            area,
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
            | int(Qt.TextFlag.TextWordWrap),
            self._hint,
        )
        painter.end()


class ElidedLabel(QLabel):
    """A one-line muted hint that shortens itself with "…" and shows the rest as a tooltip."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setToolTip(text)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(0)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        text = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width()
        )
        painter.drawText(
            self.contentsRect(),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            text,
        )
        painter.end()


class StepsView(HintListView):
    """The routine's steps. Drops go to the model's ``dropMimeData``, which moves or inserts;
    a drag of steps never removes them here (dropping them on the library does)."""

    def startDrag(self, supportedActions: Qt.DropAction) -> None:  # noqa: N803
        indexes = sorted(self.selectedIndexes(), key=lambda i: i.row())
        model = self.model()
        if not indexes or model is None:
            return
        drag = QDrag(self)
        drag.setMimeData(model.mimeData(indexes))
        drag.setPixmap(self._drag_pixmap(indexes))
        drag.exec(Qt.DropAction.MoveAction, Qt.DropAction.MoveAction)

    def _drag_pixmap(self, indexes: list[QModelIndex]) -> QPixmap:
        first = str(indexes[0].data(Role.TITLE) or "")
        text = first if len(indexes) == 1 else self.tr("{n} steps").format(n=len(indexes))
        metrics = self.fontMetrics()
        pixmap = QPixmap(metrics.horizontalAdvance(text) + 20, metrics.height() + 12)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(self.palette().color(QPalette.ColorRole.Highlight))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(pixmap.rect(), 6, 6)
        painter.setPen(self.palette().color(QPalette.ColorRole.HighlightedText))
        painter.drawText(pixmap.rect(), int(Qt.AlignmentFlag.AlignCenter), text)
        painter.end()
        return pixmap

    def dropEvent(self, event: QDropEvent) -> None:
        # QListView's own dropEvent would try moveRows() for internal moves and then have
        # startDrag() remove the "moved" rows; the model's dropMimeData does it all instead.
        QAbstractItemView.dropEvent(self, event)


class BoundedSpinBox(QSpinBox):
    """A spin box that says so when the typed value is out of its range.

    Signals:
        range_problem: A message while the typed value is out of range, "" once it is not.
    """

    range_problem = Signal(str)

    def __init__(self, low: int, high: int, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._message = message
        self._shown = ""
        self.setRange(low, high)
        self.setKeyboardTracking(False)
        self.setAccelerated(True)

    def validate(self, text: str, pos: int) -> object:
        result = super().validate(text, pos)
        digits = self.cleanText() if text == self.text() else text
        digits = digits.removeprefix(self.prefix()).removesuffix(self.suffix()).strip()
        try:
            value = int(digits)
        except ValueError:
            return result
        if not self.minimum() <= value <= self.maximum():
            problem = self._message
        elif self.hasFocus():
            problem = ""  # corrected while typing
        else:
            # The box put back its last valid value: the message stays until the next edit.
            return result
        if problem != self._shown:
            self._shown = problem
            self.range_problem.emit(problem)
        return result

    def clear_problem(self) -> None:
        """Forget a shown out-of-range message (another step was selected)."""
        self._shown = ""


class MessageBar(QFrame):
    """A dismissable line of information, warning or error above the routine."""

    KINDS: ClassVar[dict[str, str]] = {"info": "#2f6fc7", "warning": "#d99a00", "error": "#d64545"}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(self.tr("Message"))
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setAccessibleName(self.tr("Dismiss message"))
        self.close_button.setToolTip(self.tr("Dismiss message"))
        self.close_button.clicked.connect(self._on_close_button_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 4, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.kind = ""
        self.hide()

    def show_message(self, text: str, kind: str = "info") -> None:
        """Show ``text``; ``kind`` is ``info``, ``warning`` or ``error``."""
        self.kind = kind
        color = QColor(self.KINDS.get(kind, self.KINDS["info"]))
        rgb = f"{color.red()}, {color.green()}, {color.blue()}"
        self.setStyleSheet(
            f"#messageBar {{ background: rgba({rgb}, 40); border: 1px solid rgba({rgb}, 150);"
            " border-radius: 6px; }"
        )
        self.label.setText(text)
        self.show()

    def text(self) -> str:
        """The message shown ("" when hidden)."""
        return self.label.text() if not self.isHidden() else ""

    @Slot()
    def _on_close_button_clicked(self) -> None:
        self.hide()


class RoutineLifeCommand(QUndoCommand):
    """Creating (or, with ``create=False``, deleting) a user routine, as one undo step."""

    def __init__(
        self, page: BuilderPage, routine: Routine, *, create: bool, text: str, other_id: str
    ) -> None:
        super().__init__(text)
        self.page = page
        self.routine = routine
        self.create = create
        #: The routine to open when this one is gone (after a delete, or undoing a create).
        self.other_id = other_id

    def redo(self) -> None:
        if self.create:
            self.page._add_routine(self.routine)
        else:
            self.page._remove_routine(self.routine.id, self.other_id)

    def undo(self) -> None:
        if self.create:
            self.page._remove_routine(self.routine.id, self.other_id)
        else:
            self.page._add_routine(self.routine)


def _label(text: str, buddy: QWidget | None = None, *, muted: bool = False) -> QLabel:
    label = QLabel(text)
    if buddy is not None:
        label.setBuddy(buddy)
    if muted:
        label.setWordWrap(True)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def _heading(text: str, buddy: QWidget | None = None) -> QLabel:
    label = _label(text, buddy)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


class BuilderPage(QWidget):
    """Build and edit routines by dragging points from the library into a routine.

    Signals:
        routines_changed: The set of user routines or one of them changed (and is saved).

    Attributes:
        routines_list: The user's and the built-in routines; selecting one opens it.
        library_view: The point library (accessible name "Point library").
        library_model: Its model (filtered catalogue points).
        steps_view: The routine's steps (accessible name "Routine steps").
        steps_model: Its model (the open routine).
        undo_stack: Every edit, drop, delete, create and import of this page.
        export_action: Export the open routine to a file.
        import_action: Import a routine file.
    """

    routines_changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.catalog = context.catalog
        self.store = RoutineStore(context.config_dir)
        self.undo_stack = QUndoStack(self)
        self._points = {p.id: p for p in self.catalog.points}
        self._laterality = {p.id: p.laterality for p in self.catalog.points}
        self._builtins = {
            r.id: r if r.builtin else r.model_copy(update={"builtin": True})
            for r in self.catalog.routines
        }
        loaded = self.store.load_all(reserved_ids=set(self._builtins))
        self._user: dict[str, Routine] = {r.id: r for r in loaded.routines}
        self._skipped_ids = set(loaded.skipped_ids)
        self.load_warnings = list(loaded.warnings)
        for warning in self.load_warnings:
            if warning not in context.warnings:
                context.warnings.append(warning)
        self._last_save_ok = True
        self._name_dirty = False

        self._build_actions()
        routines_panel = self._build_routines_panel()
        library_panel = self._build_library_panel()
        routine_panel = self._build_routine_panel()

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(routines_panel)
        splitter.addWidget(library_panel)
        splitter.addWidget(routine_panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setStretchFactor(2, 4)
        splitter.setSizes([200, 330, 500])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)

        self.setAcceptDrops(True)
        self.setFocusProxy(self.library_view)
        self._fill_routines_list()
        first = next(iter(sorted(self._user.values(), key=self._sort_key)), None)
        self.open_routine(first.id if first else next(iter(self._builtins), ""))
        if self.load_warnings:
            self.messages.show_message("\n".join(self.load_warnings), "warning")

    # ---------------------------------------------------------------------------------------
    # Building the page
    # ---------------------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], None],
        shortcuts: list[QKeySequence | str] | QKeySequence.StandardKey,
        owner: QWidget | None = None,
        context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
    ) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcuts, QKeySequence.StandardKey):
            action.setShortcuts(shortcuts)
        else:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setShortcutContext(context)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        plain = text.replace("&", "").removesuffix("…")
        action.setToolTip(f"{plain} ({keys})" if keys else plain)
        action.triggered.connect(slot)
        (owner or self).addAction(action)
        return action

    def _build_actions(self) -> None:
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.new_action = self._action(
            self.tr("&New routine"), self._on_new_action_triggered, QKeySequence.StandardKey.New
        )
        self.duplicate_action = self._action(
            self.tr("D&uplicate routine"), self._on_duplicate_action_triggered, ["Ctrl+Shift+D"]
        )
        self.rename_action = self._action(
            self.tr("Re&name routine"), self._on_rename_action_triggered, ["F2"]
        )
        self.delete_action = self._action(
            self.tr("&Delete routine"), self._on_delete_action_triggered, ["Ctrl+Shift+Del"]
        )
        self.import_action = self._action(
            self.tr("&Import routine…"), self._on_import_action_triggered, ["Ctrl+I"]
        )
        self.export_action = self._action(
            self.tr("&Export routine…"), self._on_export_action_triggered, ["Ctrl+E"]
        )
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self._on_find_shortcut_activated)

    def _button(self, action: QAction, text: str | None = None) -> QPushButton:
        button = QPushButton(text or action.text().replace("&", ""))
        button.setToolTip(action.toolTip())
        button.setAccessibleName(action.text().replace("&", "").removesuffix("…"))
        button.clicked.connect(action.trigger)
        button.setEnabled(action.isEnabled())
        action.enabledChanged.connect(button.setEnabled)
        return button

    def _build_routines_panel(self) -> QWidget:
        self.routines_list = QListWidget()
        self.routines_list.setAccessibleName(self.tr("Routines"))
        self.routines_list.setItemDelegate(RowDelegate(self.routines_list))
        self.routines_list.setUniformItemSizes(True)
        self.routines_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.routines_list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (
            self.new_action,
            self.duplicate_action,
            self.rename_action,
            self.delete_action,
            self.export_action,
        ):
            self.routines_list.addAction(action)
        self.routines_list.currentItemChanged.connect(self._on_routines_list_current_item_changed)
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.routines_list)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self._on_delete_action_triggered)

        self.routines_hint = _label(
            self.tr(
                "Built-in routines are read-only. Create a new routine, or duplicate one to "
                "make it your own."
            ),
            muted=True,
        )
        buttons = QGridLayout()
        buttons.setSpacing(4)
        buttons.addWidget(self._button(self.new_action, self.tr("New")), 0, 0)
        buttons.addWidget(self._button(self.duplicate_action, self.tr("Duplicate")), 0, 1)
        buttons.addWidget(self._button(self.rename_action, self.tr("Rename")), 1, 0)
        buttons.addWidget(self._button(self.delete_action, self.tr("Delete")), 1, 1)
        buttons.addWidget(self._button(self.import_action, self.tr("Import…")), 2, 0)
        buttons.addWidget(self._button(self.export_action, self.tr("Export…")), 2, 1)

        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.addWidget(_heading(self.tr("Rou&tines"), self.routines_list))
        layout.addWidget(self.routines_list, 1)
        layout.addWidget(self.routines_hint)
        layout.addLayout(buttons)
        panel.setMinimumWidth(170)
        return panel

    def _build_library_panel(self) -> QWidget:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Code (B54, UB40), name or complaint"))
        self.search.setAccessibleName(self.tr("Search points"))
        self.search.setClearButtonEnabled(True)
        for button in self.search.findChildren(QToolButton):
            button.setAccessibleName(self.tr("Clear search"))
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.returnPressed.connect(self._on_search_return_pressed)

        self.library_model = PointLibraryModel(self.catalog, self)
        self.region_filter = QComboBox()
        self.region_filter.setAccessibleName(self.tr("Region filter"))
        self.region_filter.addItem(self.tr("All regions"), "")
        for region in self.library_model.regions():
            self.region_filter.addItem(region, region)
        self.region_filter.currentIndexChanged.connect(self._on_region_filter_current_index_changed)
        self.indication_filter = QComboBox()
        self.indication_filter.setAccessibleName(self.tr("Complaint filter"))
        self.indication_filter.addItem(self.tr("All complaints"), "")
        for indication in self.library_model.indications():
            self.indication_filter.addItem(indication, indication)
        self.indication_filter.currentIndexChanged.connect(
            self._on_indication_filter_current_index_changed
        )
        for combo in (self.region_filter, self.indication_filter):
            combo.view().setAccessibleName(combo.accessibleName())
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.self_only_filter = QCheckBox(self.tr("Self-applicable &only"))
        self.self_only_filter.setAccessibleName(self.tr("Self-applicable only"))
        self.self_only_filter.setToolTip(self.tr("Hide points that need a partner or therapist"))
        self.self_only_filter.toggled.connect(self._on_self_only_filter_toggled)
        self.pregnancy_filter = QCheckBox(self.tr("Hide pregnanc&y cautions"))
        self.pregnancy_filter.setAccessibleName(self.tr("Hide pregnancy-cautioned points"))
        self.pregnancy_filter.setToolTip(
            self.tr("Hide points that sources advise against during pregnancy")
        )
        self.pregnancy_filter.setChecked(self.context.settings.pregnant)
        self.pregnancy_filter.toggled.connect(self._on_pregnancy_filter_toggled)

        self.library_view = HintListView()
        self.library_view.setObjectName("pointLibrary")
        self.library_view.setAccessibleName(self.tr("Point library"))
        self.library_view.setAccessibleDescription(
            self.tr("Drag points into the routine, or press Enter to add the selected points.")
        )
        self.library_view.setModel(self.library_model)
        self.library_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.library_view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.library_view.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.library_view.setDropIndicatorShown(False)
        self.library_view.set_hint(self.tr("No point matches your search and filters."))
        self.library_view.doubleClicked.connect(self._on_library_view_double_clicked)
        self.add_action = self._action(
            self.tr("&Add to routine"),
            self._on_add_action_triggered,
            ["Return", "Enter"],
            owner=self.library_view,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.clear_filters_button = QPushButton(self.tr("Clear search and filters"))
        self.clear_filters_button.setAccessibleName(self.tr("Clear search and filters"))
        self.clear_filters_button.clicked.connect(self._on_clear_filters_button_clicked)
        self.clear_filters_button.hide()
        self.add_button = self._button(self.add_action, self.tr("Add to routine  ⏎"))

        legend = QHBoxLayout()
        legend.setSpacing(4)
        for kind, text in (
            (Badge.PREGNANCY, self.tr("caution in pregnancy")),
            (Badge.PARTNER, self.tr("needs a partner")),
        ):
            icon = QLabel()
            icon.setPixmap(badge_icon(kind).pixmap(16, 16))
            legend.addWidget(icon)
            words = _label(text, muted=True)
            words.setWordWrap(False)
            legend.addWidget(words)
            legend.addSpacing(8)
        legend.addStretch(1)

        filters = QGridLayout()
        filters.setHorizontalSpacing(6)
        filters.setVerticalSpacing(4)
        filters.addWidget(self.region_filter, 0, 0)
        filters.addWidget(self.indication_filter, 0, 1)
        filters.addWidget(self.self_only_filter, 1, 0, 1, 2)
        filters.addWidget(self.pregnancy_filter, 2, 0, 1, 2)

        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(4, 0, 4, 0)
        self.library_count = QLabel()
        self.library_count.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.library_count.setAccessibleName(self.tr("Points shown"))
        heading = QHBoxLayout()
        heading.addWidget(_heading(self.tr("Point &library"), self.library_view))
        heading.addStretch(1)
        heading.addWidget(self.library_count)
        layout.addLayout(heading)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.library_view, 1)
        layout.addWidget(self.clear_filters_button)
        layout.addLayout(legend)
        layout.addWidget(self.add_button)
        panel.setMinimumWidth(250)
        self._apply_filter()
        return panel

    def _build_routine_panel(self) -> QWidget:
        self.messages = MessageBar()
        self.read_only_banner = QFrame()
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_label = QLabel()
        self.read_only_label.setWordWrap(True)
        self.duplicate_to_edit_button = QPushButton(self.tr("Duplicate to edit"))
        self.duplicate_to_edit_button.setAccessibleName(self.tr("Duplicate to edit"))
        self.duplicate_to_edit_button.setToolTip(
            self.tr("Make an editable copy of this built-in routine")
        )
        self.duplicate_to_edit_button.clicked.connect(self._on_duplicate_action_triggered)
        lock = QLabel()
        lock.setPixmap(badge_icon(Badge.BUILTIN).pixmap(16, 16))
        banner = QHBoxLayout(self.read_only_banner)
        banner.setContentsMargins(8, 4, 4, 4)
        banner.addWidget(lock)
        banner.addWidget(self.read_only_label, 1)
        banner.addWidget(self.duplicate_to_edit_button)

        self.steps_model = RoutineStepsModel(self.catalog, self.undo_stack, self)
        self.steps_model.prepare_seconds_source = lambda: self.context.settings.prepare_seconds
        self.steps_model.routine_edited.connect(self._on_steps_model_routine_edited)
        self.steps_model.rows_selected.connect(self._on_steps_model_rows_selected)
        self.steps_model.points_added.connect(self._on_steps_model_points_added)
        self.steps_model.edit_refused.connect(self._on_steps_model_edit_refused)
        self.steps_model.modelReset.connect(self._on_steps_model_model_reset)
        self.steps_model.dataChanged.connect(self._on_steps_model_data_changed)
        self.library_model.removal_target = self.steps_model

        self.steps_view = StepsView()
        self.steps_view.setObjectName("routineSteps")
        self.steps_view.setAccessibleName(self.tr("Routine steps"))
        self.steps_view.setAccessibleDescription(
            self.tr(
                "Drag to reorder, Ctrl+Up and Ctrl+Down to move, Delete to remove the "
                "selected steps."
            )
        )
        self.steps_view.setModel(self.steps_model)
        self.steps_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.steps_view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.steps_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.steps_view.setDropIndicatorShown(True)
        self.steps_view.setDragDropOverwriteMode(False)
        self.steps_view.selectionModel().selectionChanged.connect(self._on_steps_selection_changed)

        owner = self.steps_view
        wide = Qt.ShortcutContext.WidgetShortcut
        self.remove_action = self._action(
            self.tr("&Remove"),
            self._on_remove_action_triggered,
            [QKeySequence(QKeySequence.StandardKey.Delete), "Backspace"],
            owner,
            wide,
        )
        self.move_up_action = self._action(
            self.tr("Move &up"), self._on_move_up_action_triggered, ["Ctrl+Up"], owner, wide
        )
        self.move_down_action = self._action(
            self.tr("Move dow&n"), self._on_move_down_action_triggered, ["Ctrl+Down"], owner, wide
        )
        self.duplicate_step_action = self._action(
            self.tr("Du&plicate"), self._on_duplicate_step_action_triggered, ["Ctrl+D"], owner, wide
        )
        step_buttons = QHBoxLayout()
        step_buttons.setSpacing(4)
        for action in (
            self.move_up_action,
            self.move_down_action,
            self.duplicate_step_action,
            self.remove_action,
        ):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setAccessibleName(action.text().replace("&", ""))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            step_buttons.addWidget(button)
        step_buttons.addSpacing(8)
        self.steps_hint = ElidedLabel(
            self.tr("Drag steps to reorder them, or back to the library to remove them.")
        )
        step_buttons.addWidget(self.steps_hint, 1)

        editor = self._build_step_editor()

        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Routine name"))
        self.name_edit.setMaxLength(MAX_NAME_CHARS)
        self.name_edit.textEdited.connect(self._on_name_edit_text_edited)
        self.name_edit.editingFinished.connect(self._on_name_edit_editing_finished)
        self.name_message = _label("", muted=False)
        self.name_message.setWordWrap(True)
        self.name_message.setAccessibleName(self.tr("Name problem"))
        self._style_problem(self.name_message)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setAccessibleName(self.tr("Routine description"))
        self.description_edit.setPlaceholderText(
            self.tr("What this routine is for, when to do it, where the points come from")
        )
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.description_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.description_edit.textChanged.connect(self._on_description_edit_text_changed)
        self.total_label = QLabel()
        self.total_label.setAccessibleName(self.tr("Total duration"))
        font = self.total_label.font()
        font.setBold(True)
        self.total_label.setFont(font)
        self.total_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.total_label.setWordWrap(True)

        details = QFormLayout()
        details.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        details.setContentsMargins(0, 4, 0, 0)
        details.setVerticalSpacing(4)
        details.addRow(_label(self.tr("Na&me:"), self.name_edit), self.name_edit)
        details.addRow("", self.name_message)
        details.addRow(
            _label(self.tr("Description:"), self.description_edit), self.description_edit
        )
        details.addRow(_label(self.tr("Total:")), self.total_label)

        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(4, 0, 0, 0)
        self.steps_heading = _heading(self.tr("Ro&utine steps"), self.steps_view)
        layout.addWidget(self.steps_heading)
        layout.addWidget(self.messages)
        layout.addWidget(self.read_only_banner)
        layout.addWidget(self.steps_view, 1)
        layout.addLayout(step_buttons)
        layout.addWidget(editor)
        layout.addLayout(details)
        panel.setMinimumWidth(380)
        return panel

    def _style_problem(self, label: QLabel) -> None:
        palette = label.palette()
        dark = _is_dark(palette)
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#ff8a80" if dark else "#b3261e"))
        label.setPalette(palette)
        label.hide()

    def _build_step_editor(self) -> QGroupBox:
        self.step_editor = QGroupBox(self.tr("Step settings"))
        self.step_editor.setAccessibleName(self.tr("Step settings"))

        def spin(bounds: tuple[int, int], what: str, suffix: str, name: str) -> BoundedSpinBox:
            low, high = bounds
            message = self.tr("{what} must be between {low} and {high}{unit}.").format(
                what=what, low=low, high=high, unit=suffix
            )
            box = BoundedSpinBox(low, high, message)
            box.setSuffix(suffix)
            box.setAccessibleName(name)
            box.setToolTip(self.tr("{low} to {high}{unit}").format(low=low, high=high, unit=suffix))
            box.range_problem.connect(self._on_spin_range_problem)
            return box

        seconds = self.tr(" s")
        self.hold_spin = spin(HOLD_SECONDS, self.tr("Hold"), seconds, self.tr("Hold seconds"))
        self.rest_spin = spin(REST_SECONDS, self.tr("Rest"), seconds, self.tr("Rest seconds"))
        self.repetitions_spin = spin(
            REPETITIONS, self.tr("Repetitions"), "", self.tr("Repetitions")
        )
        self.repetitions_spin.setSuffix(self.tr("×"))
        self.prepare_spin = spin(
            PREPARE_SECONDS, self.tr("Prepare time"), seconds, self.tr("Prepare seconds")
        )
        self.sides_combo = QComboBox()
        self.sides_combo.setAccessibleName(self.tr("Sides"))
        self.sides_combo.addItem(self.tr("Both sides"), Sides.BOTH.value)
        self.sides_combo.addItem(self.tr("Left only"), Sides.LEFT.value)
        self.sides_combo.addItem(self.tr("Right only"), Sides.RIGHT.value)
        self.sides_combo.view().setAccessibleName(self.tr("Sides"))
        self._spin_fields = {
            "hold_seconds": self.hold_spin,
            "rest_seconds": self.rest_spin,
            "repetitions": self.repetitions_spin,
            "prepare_seconds": self.prepare_spin,
        }
        for field, box in self._spin_fields.items():
            box.valueChanged.connect(lambda value, f=field: self._set_step_field(f, value))
        self.sides_combo.currentIndexChanged.connect(self._on_sides_combo_current_index_changed)
        self.step_duration_label = _label("", muted=True)
        self.step_duration_label.setWordWrap(False)
        self.editor_message = QLabel()
        self.editor_message.setWordWrap(True)
        self.editor_message.setAccessibleName(self.tr("Step settings problem"))
        self._style_problem(self.editor_message)

        grid = QGridLayout(self.step_editor)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        cells = [
            (self.tr("Hold:"), self.hold_spin),
            (self.tr("Rest:"), self.rest_spin),
            (self.tr("Repeat:"), self.repetitions_spin),
            (self.tr("Sides:"), self.sides_combo),
            (self.tr("Prepare:"), self.prepare_spin),
        ]
        for number, (text, widget) in enumerate(cells):
            row, column = divmod(number, 3)
            label = _label(text, widget)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(label, row, column * 2)
            grid.addWidget(widget, row, column * 2 + 1)
        grid.addWidget(self.step_duration_label, 1, 4, 1, 3)
        grid.addWidget(self.editor_message, 2, 0, 1, 7)
        for widget in (*self._spin_fields.values(), self.sides_combo):
            widget.setMinimumWidth(76)
            widget.setMaximumWidth(140)
        grid.setColumnStretch(6, 1)
        return self.step_editor

    # ---------------------------------------------------------------------------------------
    # Routines
    # ---------------------------------------------------------------------------------------

    @staticmethod
    def _sort_key(routine: Routine) -> tuple[str, str]:
        return (routine.name.casefold(), routine.id)

    def routines(self) -> list[Routine]:
        """The user's routines (by name), then the built-in ones (catalogue order)."""
        return sorted(self._user.values(), key=self._sort_key) + list(self._builtins.values())

    def user_routines(self) -> list[Routine]:
        """The user's routines as they are now (saved), sorted by name."""
        return sorted(self._user.values(), key=self._sort_key)

    def routine(self, routine_id: str) -> Routine | None:
        """A user or built-in routine by id."""
        return self._user.get(routine_id) or self._builtins.get(routine_id)

    def current_routine(self) -> Routine | None:
        """The routine open in the builder."""
        return self.steps_model.routine()

    def _all_names(self, *, but: str | None = None) -> list[str]:
        return [r.name for r in self.routines() if r.id != but]

    def _reserved_ids(self) -> set[str]:
        return set(self._builtins) | set(self._user) | self._skipped_ids

    def _routine_subtitle(self, routine: Routine) -> str:
        count = len(routine.steps)
        steps = self.tr("1 step") if count == 1 else self.tr("{n} steps").format(n=count)
        parts = [steps]
        if count:
            parts.append(format_duration(routine_seconds(routine, self._laterality)))
        return " · ".join(parts)

    def _fill_routines_list(self) -> None:
        current = self.current_routine()
        routines = self.routines()
        listed = [
            self.routines_list.item(row).data(Role.ROUTINE_ID)
            for row in range(self.routines_list.count())
        ]
        self.routines_list.blockSignals(True)
        if listed != [r.id for r in routines]:
            # Rebuilt only when routines come, go or change places: an edit updates in place.
            self.routines_list.clear()
            for _routine in routines:
                self.routines_list.addItem(QListWidgetItem())
        for row, routine in enumerate(routines):
            item = self.routines_list.item(row)
            item.setText(routine.name)
            item.setData(Role.ROUTINE_ID, routine.id)
            item.setData(Role.TITLE, routine.name)
            item.setData(Role.SUBTITLE, self._routine_subtitle(routine))
            item.setData(Role.BADGES, [Badge.BUILTIN] if routine.builtin else [])
            tip = routine.description or routine.name
            if routine.builtin:
                tip = self.tr("Built-in (read-only). {text}").format(text=tip)
            item.setToolTip(tip)
            if current is not None and routine.id == current.id:
                self.routines_list.setCurrentItem(item)
        self.routines_list.blockSignals(False)
        self.routines_hint.setVisible(not self._user)

    def _select_in_list(self, routine_id: str) -> None:
        self.routines_list.blockSignals(True)
        for row in range(self.routines_list.count()):
            if self.routines_list.item(row).data(Role.ROUTINE_ID) == routine_id:
                self.routines_list.setCurrentRow(row)
                break
        self.routines_list.blockSignals(False)

    def commit_pending_edits(self) -> None:
        """Save a new name still being typed (it is saved when the field loses the focus).

        Called before anything replaces the routine on show, and when the window closes, so
        a shortcut or closing the window never drops what was typed.
        """
        if self._name_dirty:
            self._on_name_edit_editing_finished()

    def open_routine(self, routine_id: str) -> bool:
        """Show a routine in the builder (no undo step)."""
        current = self.current_routine()
        if current is not None and current.id != routine_id:
            self.commit_pending_edits()
        routine = self.routine(routine_id)
        if routine is None:
            self.steps_model.set_routine(None)
            self._refresh_routine_details()
            return False
        current = self.current_routine()
        if current is not None and current.id != routine_id:
            # Notes about the routine that was open do not apply to this one.
            self.messages.hide()
            self._name_dirty = False
        self.steps_model.set_routine(routine)
        self._select_in_list(routine_id)
        self._refresh_routine_details()
        return True

    def _save(self, routine: Routine) -> bool:
        try:
            self.store.save(routine)
        except OSError as error:
            self._last_save_ok = False
            self.messages.show_message(
                self.tr(
                    "“{name}” could not be saved to {folder}: {reason}. The change is kept "
                    "only until you close the app."
                ).format(name=routine.name, folder=self.store.folder, reason=error.strerror),
                "error",
            )
            return False
        self._last_save_ok = True
        return True

    def _add_routine(self, routine: Routine) -> None:
        """Save and list a new user routine and open it (used by RoutineLifeCommand)."""
        self._user[routine.id] = routine
        self._save(routine)
        self.open_routine(routine.id)
        self._fill_routines_list()
        self.routines_changed.emit()

    def _remove_routine(self, routine_id: str, other_id: str) -> None:
        """Delete a user routine's file, unlist it and open ``other_id`` (used by
        RoutineLifeCommand)."""
        routine = self._user.pop(routine_id, None)
        try:
            self.store.delete(routine_id)
        except OSError as error:
            name = routine.name if routine else routine_id
            self.messages.show_message(
                self.tr("The file of “{name}” could not be removed: {reason}").format(
                    name=name, reason=error.strerror
                ),
                "error",
            )
        current = self.current_routine()
        if current is None or current.id == routine_id:
            target = other_id if self.routine(other_id) else next(iter(self._builtins), "")
            self.open_routine(target)
        self._fill_routines_list()
        self.routines_changed.emit()

    def new_routine(self, name: str | None = None) -> Routine:
        """Create an empty user routine (an undo step), open it and return it."""
        self.commit_pending_edits()
        chosen = unique_name(name or self.tr("New routine"), self._all_names())
        routine = Routine(id=self.store.new_id(chosen, self._reserved_ids()), name=chosen)
        previous = self.current_routine()
        self.undo_stack.push(
            RoutineLifeCommand(
                self,
                routine,
                create=True,
                text=self.tr("New routine"),
                other_id=previous.id if previous else "",
            )
        )
        return routine

    def duplicate_current(self) -> Routine | None:
        """Make an editable copy of the open routine (an undo step), open and return it."""
        self.commit_pending_edits()
        source = self.current_routine()
        if source is None:
            return None
        name = unique_name(self.tr("{name} (copy)").format(name=source.name), self._all_names())
        copy = duplicate_routine(source, self.store.new_id(name, self._reserved_ids()), name)
        self.undo_stack.push(
            RoutineLifeCommand(
                self,
                copy,
                create=True,
                text=self.tr("Duplicate “{name}”").format(name=source.name),
                other_id=source.id,
            )
        )
        self.messages.show_message(
            self.tr("“{name}” is your copy: drag points in, reorder, change the timings.").format(
                name=copy.name
            )
        )
        return copy

    def delete_current(self) -> bool:
        """Delete the open user routine (an undo step)."""
        self.commit_pending_edits()
        routine = self.current_routine()
        if routine is None or routine.builtin:
            self.messages.show_message(self.tr("Built-in routines cannot be deleted."), "info")
            return False
        ordered = self.routines()
        position = next(i for i, r in enumerate(ordered) if r.id == routine.id)
        others = ordered[position + 1 :] + ordered[:position][::-1]
        other = others[0].id if others else ""
        self.undo_stack.push(
            RoutineLifeCommand(
                self,
                routine,
                create=False,
                text=self.tr("Delete “{name}”").format(name=routine.name),
                other_id=other,
            )
        )
        undo_keys = self.undo_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.messages.show_message(
            self.tr("Deleted “{name}”. {keys} brings it back.").format(
                name=routine.name, keys=undo_keys
            )
        )
        return True

    def rename_current(self, name: str) -> bool:
        """Rename the open user routine (an undo step); False with a message when refused."""
        routine = self.current_routine()
        if routine is None or routine.builtin:
            return False
        problem = self._name_problem(name, routine)
        if problem:
            self._show_name_problem(problem)
            return False
        try:
            renamed = rename_routine(routine, name, self._all_names(but=routine.id))
        except RoutineEditError as error:
            self._show_name_problem(str(error))
            return False
        self._show_name_problem("")
        return self.steps_model.commit(renamed, self.tr("Rename routine"))

    def _name_problem(self, name: str, routine: Routine) -> str:
        text = name.strip()
        if not text:
            return self.tr("A routine needs a name.")
        if len(text) > MAX_NAME_CHARS:
            return self.tr("A name has at most {n} characters.").format(n=MAX_NAME_CHARS)
        if check_name(text, self._all_names(but=routine.id)) is not None:
            if check_name(text) is None:
                return self.tr("There is already a routine called “{name}”.").format(name=text)
            return self.tr("A name cannot contain line breaks or control characters.")
        return ""

    def _show_name_problem(self, problem: str) -> None:
        self.name_message.setText(problem)
        self.name_message.setVisible(bool(problem))

    # ---------------------------------------------------------------------------------------
    # Import and export
    # ---------------------------------------------------------------------------------------

    def import_file(self, path: str | Path) -> bool:
        """Import a routine file as a new user routine (an undo step).

        Used by the Import action, by files dropped on the window and by tests. A bad file
        changes nothing and is explained in the message bar.

        Returns:
            True when the routine was imported and saved.
        """
        self.commit_pending_edits()
        file = Path(path)
        try:
            routine = self.store.read_import(file, set(self._points))
        except RoutineFileError as error:
            self.messages.show_message(
                self.tr("{file} was not imported: {reason}").format(
                    file=file.name,
                    reason="; ".join(p.removeprefix(f"{file.name}: ") for p in error.problems),
                ),
                "error",
            )
            return False
        name = unique_name(routine.name, self._all_names())
        routine = routine.model_copy(
            update={"id": self.store.new_id(name, self._reserved_ids()), "name": name}
        )
        previous = self.current_routine()
        self.undo_stack.push(
            RoutineLifeCommand(
                self,
                routine,
                create=True,
                text=self.tr("Import “{name}”").format(name=name),
                other_id=previous.id if previous else "",
            )
        )
        if not self._last_save_ok:
            return False
        count = len(routine.steps)
        self.messages.show_message(
            self.tr("Imported “{name}” ({steps}).").format(
                name=name,
                steps=self.tr("1 step") if count == 1 else self.tr("{n} steps").format(n=count),
            )
        )
        return True

    def export_to(self, path: str | Path) -> bool:
        """Write the open routine to ``path`` in the routine file format."""
        routine = self.current_routine()
        if routine is None:
            return False
        try:
            self.store.export(routine, Path(path))
        except OSError as error:
            self.messages.show_message(
                self.tr("The routine could not be exported to {path}: {reason}").format(
                    path=path, reason=error.strerror
                ),
                "error",
            )
            return False
        self.messages.show_message(
            self.tr("Exported “{name}” to {path}.").format(name=routine.name, path=path)
        )
        return True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = self._dropped_files(event)
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        for file in files:
            self.import_file(file)

    @staticmethod
    def _dropped_files(event: QDropEvent) -> list[Path]:
        data = event.mimeData()
        if data is None or not data.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]

    # ---------------------------------------------------------------------------------------
    # Refreshing
    # ---------------------------------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        """The selected steps' rows, in order."""
        return sorted({i.row() for i in self.steps_view.selectionModel().selectedRows()})

    def _refresh_routine_details(self) -> None:
        routine = self.current_routine()
        editable = routine is not None and not routine.builtin
        self.read_only_banner.setVisible(routine is not None and routine.builtin)
        if routine is not None and routine.builtin:
            self.read_only_label.setText(
                self.tr("“{name}” is built-in and read-only.").format(name=routine.name)
            )
        for action in (self.rename_action, self.delete_action):
            action.setEnabled(editable)
        self.duplicate_action.setEnabled(routine is not None)
        self.export_action.setEnabled(routine is not None)
        self.add_action.setEnabled(editable)
        self.name_edit.setReadOnly(not editable)
        self.description_edit.setReadOnly(not editable)
        name = routine.name if routine else ""
        # Never overwrite what the user is typing in the name field.
        if self.name_edit.text() != name and not (self._name_dirty and editable):
            self.name_edit.setText(name)
            self._show_name_problem("")
        description = routine.description if routine else ""
        if self.description_edit.toPlainText() != description:
            self.description_edit.blockSignals(True)
            self.description_edit.setPlainText(description)
            self.description_edit.blockSignals(False)
        if routine is None:
            self.steps_view.set_hint(self.tr("Choose a routine on the left, or create one."))
        else:
            self.steps_view.set_hint(
                self.tr(
                    "No steps yet.\n\nDrag points here from the library, or select a point "
                    "and press Enter."
                )
            )
        self._refresh_total()
        self._refresh_step_buttons()
        self._refresh_editor()

    def _refresh_total(self) -> None:
        routine = self.current_routine()
        if routine is None or not routine.steps:
            self.total_label.setText(self.tr("No steps yet"))
            return
        count = len(routine.steps)
        steps = self.tr("1 step") if count == 1 else self.tr("{n} steps").format(n=count)
        text = self.tr("{duration} · {steps}").format(
            duration=format_duration(self.steps_model.total_seconds()), steps=steps
        )
        missing = self.steps_model.missing_count()
        if missing:
            text += " · " + (
                self.tr("1 unknown point skipped")
                if missing == 1
                else self.tr("{n} unknown points skipped").format(n=missing)
            )
        self.total_label.setText(text)

    def _refresh_step_buttons(self) -> None:
        editable = not self.steps_model.is_read_only()
        rows = self.selected_rows()
        count = self.steps_model.rowCount()
        self.remove_action.setEnabled(editable and bool(rows))
        self.duplicate_step_action.setEnabled(editable and bool(rows))
        self.move_up_action.setEnabled(editable and bool(rows) and rows != list(range(len(rows))))
        self.move_down_action.setEnabled(
            editable and bool(rows) and rows != list(range(count - len(rows), count))
        )

    def _refresh_editor(self) -> None:
        rows = self.selected_rows()
        editable = not self.steps_model.is_read_only()
        step = self.steps_model.step_at(rows[0]) if rows else None
        if step is None:
            self.step_editor.setTitle(self.tr("Step settings: select a step"))
            self.step_duration_label.setText("")
        elif len(rows) == 1:
            point = self.steps_model.point(step.point)
            name = point.display_name if point else self.tr("unknown point")
            self.step_editor.setTitle(
                self.tr("Step {n} settings: {code} {name}")
                .format(n=rows[0] + 1, code=step.point, name=name if name != step.point else "")
                .strip()
            )
        else:
            self.step_editor.setTitle(self.tr("Settings of {n} steps").format(n=len(rows)))
        enabled = editable and step is not None
        for box in self._spin_fields.values():
            box.setEnabled(enabled)
        if step is not None:
            for field, box in self._spin_fields.items():
                if box.value() != getattr(step, field):
                    box.blockSignals(True)
                    box.setValue(getattr(step, field))
                    box.blockSignals(False)
            self.sides_combo.blockSignals(True)
            self.sides_combo.setCurrentIndex(max(self.sides_combo.findData(step.sides.value), 0))
            self.sides_combo.blockSignals(False)
            seconds = self.steps_model.data(self.steps_model.index(rows[0]), Role.SECONDS)
            self.step_duration_label.setText(
                self.tr("Step takes {duration}").format(duration=format_duration(seconds))
                if seconds is not None
                else self.tr("Skipped: unknown point")
            )
        midline = all(
            (p := self.steps_model.point(s.point)) is not None
            and p.laterality is Laterality.MIDLINE
            for s in (self.steps_model.step_at(r) for r in rows)
            if s is not None
        )
        self.sides_combo.setEnabled(enabled and not midline)
        self.sides_combo.setToolTip(
            self.tr("A midline point is pressed once, in the middle.")
            if step is not None and midline
            else self.tr("Both sides (left, then right), or one side only")
        )

    # ---------------------------------------------------------------------------------------
    # Filters
    # ---------------------------------------------------------------------------------------

    def _apply_filter(self) -> None:
        library_filter = LibraryFilter(
            query=self.search.text(),
            region=str(self.region_filter.currentData() or ""),
            indication=str(self.indication_filter.currentData() or ""),
            self_applicable_only=self.self_only_filter.isChecked(),
            hide_pregnancy_cautioned=self.pregnancy_filter.isChecked(),
        )
        self.library_model.set_filter(library_filter)
        shown, total = self.library_model.rowCount(), len(self.catalog.points)
        self.library_count.setText(
            self.tr("all {total} points").format(total=total)
            if shown == total
            else self.tr("{shown} of {total} points").format(shown=shown, total=total)
        )
        self.clear_filters_button.setVisible(
            self.library_model.rowCount() == 0 and not library_filter.is_default
        )
        if self.library_model.rowCount() and not self.library_view.currentIndex().isValid():
            self.library_view.setCurrentIndex(self.library_model.index(0))

    @Slot(str)
    def _on_search_text_changed(self, _text: str) -> None:
        self._apply_filter()

    @Slot()
    def _on_search_return_pressed(self) -> None:
        if self.library_model.rowCount():
            self.library_view.setFocus()
            self.library_view.setCurrentIndex(self.library_model.index(0))

    @Slot(int)
    def _on_region_filter_current_index_changed(self, _index: int) -> None:
        self._apply_filter()

    @Slot(int)
    def _on_indication_filter_current_index_changed(self, _index: int) -> None:
        self._apply_filter()

    @Slot(bool)
    def _on_self_only_filter_toggled(self, _checked: bool) -> None:
        self._apply_filter()

    @Slot(bool)
    def _on_pregnancy_filter_toggled(self, _checked: bool) -> None:
        self._apply_filter()

    @Slot()
    def _on_clear_filters_button_clicked(self) -> None:
        for widget in (self.search, self.region_filter, self.indication_filter):
            widget.blockSignals(True)
        self.search.clear()
        self.region_filter.setCurrentIndex(0)
        self.indication_filter.setCurrentIndex(0)
        for widget in (self.search, self.region_filter, self.indication_filter):
            widget.blockSignals(False)
        for box in (self.self_only_filter, self.pregnancy_filter):
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        self._apply_filter()
        self.library_view.setFocus()

    @Slot()
    def _on_find_shortcut_activated(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # ---------------------------------------------------------------------------------------
    # Slots
    # ---------------------------------------------------------------------------------------

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_routines_list_current_item_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if current is not None:
            self.open_routine(str(current.data(Role.ROUTINE_ID)))

    @Slot()
    def _on_new_action_triggered(self) -> None:
        self.new_routine()
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    @Slot()
    def _on_duplicate_action_triggered(self) -> None:
        if self.duplicate_current() is not None:
            self.name_edit.setFocus()
            self.name_edit.selectAll()

    @Slot()
    def _on_rename_action_triggered(self) -> None:
        routine = self.current_routine()
        if routine is None or routine.builtin:
            return
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    @Slot()
    def _on_delete_action_triggered(self) -> None:
        self.delete_current()

    @Slot()
    def _on_import_action_triggered(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import routine"),
            str(Path.home()),
            self.tr("Routine files (*.json);;All files (*)"),
        )
        if path:
            self.import_file(path)

    @Slot()
    def _on_export_action_triggered(self) -> None:
        routine = self.current_routine()
        if routine is None:
            return
        suggested = Path.home() / f"{routine.id}.json"
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export routine"),
            str(suggested),
            self.tr("Routine files (*.json)"),
        )
        if path:
            if not path.lower().endswith(".json"):
                path += ".json"
            self.export_to(path)

    @Slot()
    def _on_add_action_triggered(self) -> None:
        rows = sorted({i.row() for i in self.library_view.selectionModel().selectedRows()})
        if not rows and self.library_view.currentIndex().isValid():
            rows = [self.library_view.currentIndex().row()]
        ids = [p.id for p in (self.library_model.point_at(r) for r in rows) if p is not None]
        if ids:
            self.steps_model.add_points(ids)

    @Slot(QModelIndex)
    def _on_library_view_double_clicked(self, index: QModelIndex) -> None:
        point = self.library_model.point_at(index.row())
        if point is not None:
            self.steps_model.add_points([point.id])

    @Slot()
    def _on_remove_action_triggered(self) -> None:
        self.steps_model.remove_rows(self.selected_rows())

    @Slot()
    def _on_move_up_action_triggered(self) -> None:
        self.steps_model.shift_rows(self.selected_rows(), -1)

    @Slot()
    def _on_move_down_action_triggered(self) -> None:
        self.steps_model.shift_rows(self.selected_rows(), 1)

    @Slot()
    def _on_duplicate_step_action_triggered(self) -> None:
        self.steps_model.duplicate_rows(self.selected_rows())

    @Slot(object)
    def _on_steps_model_routine_edited(self, routine: Routine) -> None:
        self._user[routine.id] = routine
        self._save(routine)
        self._select_in_list(routine.id)
        self._fill_routines_list()
        self._refresh_routine_details()
        self.routines_changed.emit()

    @Slot(list)
    def _on_steps_model_rows_selected(self, rows: list[int]) -> None:
        if rows == self.selected_rows():
            self._refresh_editor()
            return
        selection = QItemSelection()
        for row in rows:
            index = self.steps_model.index(row)
            selection.select(index, index)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        model = self.steps_view.selectionModel()
        model.select(selection, flags)
        if rows:
            model.setCurrentIndex(
                self.steps_model.index(rows[0]), QItemSelectionModel.SelectionFlag.NoUpdate
            )
            self.steps_view.scrollTo(self.steps_model.index(rows[-1]))
            self.steps_view.scrollTo(self.steps_model.index(rows[0]))

    @Slot(list)
    def _on_steps_model_points_added(self, point_ids: list[str]) -> None:
        points = [p for p in (self._points.get(i) for i in point_ids) if p is not None]
        notes: list[str] = []
        kind = "info"
        if self.context.settings.pregnant:
            for point in points:
                if point.has_pregnancy_caution:
                    kind = "warning"
                    caution = next(c.text for c in point.cautions if c.kind == "pregnancy")
                    notes.append(
                        self.tr("⚠ {code}: caution in pregnancy. {text}").format(
                            code=point.id, text=caution
                        )
                    )
        for point in points:
            if not point.self_applicable:
                note = self.tr("{code} needs a partner or therapist to press it.").format(
                    code=point.id
                )
                if point.partner_alternative:
                    note += " " + self.tr("On your own: {text}").format(
                        text=point.partner_alternative
                    )
                notes.append(note)
        if notes:
            self.messages.show_message("\n".join(notes), kind)

    @Slot(str)
    def _on_steps_model_edit_refused(self, message: str) -> None:
        self.messages.show_message(message, "info")

    @Slot()
    def _on_steps_model_model_reset(self) -> None:
        self._refresh_step_buttons()
        self._refresh_editor()

    @Slot(QModelIndex, QModelIndex, list)
    def _on_steps_model_data_changed(
        self, _top: QModelIndex, _bottom: QModelIndex, _roles: list[int]
    ) -> None:
        self._refresh_editor()

    @Slot(QItemSelection, QItemSelection)
    def _on_steps_selection_changed(
        self, _selected: QItemSelection, _deselected: QItemSelection
    ) -> None:
        self.editor_message.hide()
        for box in self._spin_fields.values():
            box.clear_problem()
        self._refresh_step_buttons()
        self._refresh_editor()

    def _set_step_field(self, field: str, value: int) -> None:
        self.editor_message.hide()
        self.steps_model.update_rows(self.selected_rows(), **{field: value})

    @Slot(int)
    def _on_sides_combo_current_index_changed(self, _index: int) -> None:
        value = self.sides_combo.currentData()
        if value:
            self.steps_model.update_rows(self.selected_rows(), sides=str(value))

    @Slot(str)
    def _on_spin_range_problem(self, message: str) -> None:
        self.editor_message.setText(message)
        self.editor_message.setVisible(bool(message))

    @Slot(str)
    def _on_name_edit_text_edited(self, text: str) -> None:
        routine = self.current_routine()
        if routine is None or routine.builtin:
            return
        self._name_dirty = True
        self._show_name_problem(self._name_problem(text, routine))

    @Slot()
    def _on_name_edit_editing_finished(self) -> None:
        routine = self.current_routine()
        if routine is None or routine.builtin:
            return
        text = self.name_edit.text()
        self._name_dirty = False
        if text.strip() == routine.name:
            self._show_name_problem("")
            return
        if not self.rename_current(text):
            # Keep the routine's name; the message under the field says why.
            self.name_edit.setText(routine.name)

    @Slot()
    def _on_description_edit_text_changed(self) -> None:
        routine = self.current_routine()
        if routine is None or routine.builtin:
            return
        text = self.description_edit.toPlainText()
        if len(text) > MAX_DESCRIPTION_CHARS:
            self.messages.show_message(
                self.tr("A description has at most {n} characters.").format(
                    n=MAX_DESCRIPTION_CHARS
                ),
                "warning",
            )
            return
        self.steps_model.commit(
            set_description(routine, text), self.tr("Edit description"), merge_key="description"
        )


__all__ = ["BoundedSpinBox", "BuilderPage", "RowDelegate", "StepsView"]
