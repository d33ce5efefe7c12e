"""The right column of the Routines page: the open routine's steps, their settings, its name.

Messages about the routine (notes on added points, refused edits, failed saves) show in the
message bar on top; a built-in routine shows a read-only banner with "Duplicate to edit".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from acupress_gui.domain.models import Catalog, Routine
from acupress_gui.ui.platform.icons import Badge, badge_icon
from acupress_gui.ui.routines.actions import make_action
from acupress_gui.ui.routines.labels import heading
from acupress_gui.ui.routines.routine_details import RoutineDetails
from acupress_gui.ui.routines.step_editor import StepEditor
from acupress_gui.ui.routines.steps_model import RoutineStepsModel
from acupress_gui.ui.routines.views import StepsView
from acupress_gui.ui.services.routine_library import RoutineLibrary
from acupress_gui.ui.widgets.buddy_label import buddy_label
from acupress_gui.ui.widgets.message_bar import MessageBar


class StepsPanel(QWidget):
    """The steps of the routine open in ``steps_model``, with the keys that edit them.

    Signals:
        duplicate_requested: "Duplicate to edit" was clicked on a built-in routine.

    Attributes:
        steps_view: The steps (object name "routineSteps", accessible name "Routine steps").
        step_editor: The selected steps' settings.
        details: The routine's name, description and total.
        messages: The message bar.
    """

    duplicate_requested = Signal()

    def __init__(
        self,
        catalog: Catalog,
        library: RoutineLibrary,
        steps_model: RoutineStepsModel,
        *,
        pregnant: Callable[[], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._points = {p.id: p for p in catalog.points}
        self._model = steps_model
        self._pregnant = pregnant
        self.messages = MessageBar()
        self._build_banner()
        self.steps_view = StepsView()
        self.steps_view.setObjectName("routineSteps")
        self.steps_view.setAccessibleName(self.tr("Routine steps"))
        self.steps_view.setAccessibleDescription(
            self.tr(
                "Drag to reorder, Ctrl+Up and Ctrl+Down to move, Delete to remove the "
                "selected steps."
            )
        )
        self.steps_view.setModel(steps_model)
        self.steps_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.steps_view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.steps_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.steps_view.setDropIndicatorShown(True)
        self.steps_view.setDragDropOverwriteMode(False)
        self.steps_view.selectionModel().selectionChanged.connect(self._on_steps_selection_changed)
        steps_model.rows_selected.connect(self._on_steps_model_rows_selected)
        steps_model.points_added.connect(self._on_steps_model_points_added)
        steps_model.edit_refused.connect(self._on_steps_model_edit_refused)
        steps_model.modelReset.connect(self._on_steps_model_model_reset)
        steps_model.dataChanged.connect(self._on_steps_model_data_changed)

        step_buttons = self._build_step_actions()
        self.step_editor = StepEditor(steps_model)
        self.step_editor.step_changed.connect(self._on_step_editor_step_changed)
        self.details = RoutineDetails(library, steps_model)
        self.details.message.connect(self.messages.show_message)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(heading(self.tr("Ro&utine steps"), self.steps_view))
        layout.addWidget(self.messages)
        layout.addWidget(self.read_only_banner)
        layout.addWidget(self.steps_view, 1)
        layout.addLayout(step_buttons)
        layout.addWidget(self.steps_hint)
        layout.addWidget(self.step_editor)
        layout.addWidget(self.details)
        self.setMinimumWidth(380)

    def _build_banner(self) -> None:
        self.read_only_banner = QFrame()
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_label = QLabel()
        self.read_only_label.setWordWrap(True)
        self.duplicate_to_edit_button = QPushButton(self.tr("Duplicate to edit"))
        self.duplicate_to_edit_button.setAccessibleName(self.tr("Duplicate to edit"))
        self.duplicate_to_edit_button.setToolTip(
            self.tr("Make an editable copy of this built-in routine")
        )
        self.duplicate_to_edit_button.clicked.connect(self.duplicate_requested)
        lock = QLabel()
        lock.setPixmap(badge_icon(Badge.BUILTIN).pixmap(16, 16))
        banner = QHBoxLayout(self.read_only_banner)
        banner.setContentsMargins(8, 4, 4, 4)
        banner.addWidget(lock)
        banner.addWidget(self.read_only_label, 1)
        banner.addWidget(self.duplicate_to_edit_button)

    def _build_step_actions(self) -> QHBoxLayout:
        owner, only = self.steps_view, Qt.ShortcutContext.WidgetShortcut
        self.remove_action = make_action(
            self.tr("&Remove"),
            self._on_remove_action_triggered,
            [QKeySequence(QKeySequence.StandardKey.Delete), "Backspace"],
            owner,
            only,
        )
        self.move_up_action = make_action(
            self.tr("Move &up"),
            self._on_move_up_action_triggered,
            ["Ctrl+Up"],
            owner,
            only,
        )
        self.move_down_action = make_action(
            self.tr("Move dow&n"),
            self._on_move_down_action_triggered,
            ["Ctrl+Down"],
            owner,
            only,
        )
        self.duplicate_step_action = make_action(
            self.tr("Du&plicate"),
            self._on_duplicate_step_action_triggered,
            ["Ctrl+D"],
            owner,
            only,
        )
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
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
            buttons.addWidget(button)
        buttons.addStretch(1)
        # On a line of its own, wrapped: never cut off beside the buttons on a narrow window.
        self.steps_hint = buddy_label(
            self.tr("Drag steps to reorder them, or back to the library to remove them."),
            muted=True,
        )
        return buttons

    # -- showing ---------------------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        """The selected steps' rows, in order."""
        return sorted({i.row() for i in self.steps_view.selectionModel().selectedRows()})

    def show_routine(self, routine: Routine | None) -> None:
        """Show the banner, hint, buttons, editor and details for ``routine``."""
        self.read_only_banner.setVisible(routine is not None and routine.builtin)
        if routine is not None and routine.builtin:
            self.read_only_label.setText(
                self.tr("“{name}” is built-in and read-only.").format(name=routine.name)
            )
        self.details.show_routine(routine)
        if routine is None:
            self.steps_view.set_hint(self.tr("Choose a routine on the left, or create one."))
        else:
            self.steps_view.set_hint(
                self.tr(
                    "No steps yet.\n\nDrag points here from the library, or select a point "
                    "and press Enter."
                )
            )
        self._refresh_step_buttons()
        self.step_editor.show_rows(self.selected_rows())

    def _refresh_step_buttons(self) -> None:
        editable = not self._model.is_read_only()
        rows = self.selected_rows()
        count = self._model.rowCount()
        some = editable and bool(rows)
        self.remove_action.setEnabled(some)
        self.duplicate_step_action.setEnabled(some)
        self.move_up_action.setEnabled(some and rows != list(range(len(rows))))
        self.move_down_action.setEnabled(some and rows != list(range(count - len(rows), count)))

    # -- slots -----------------------------------------------------------------------------

    @Slot()
    def _on_remove_action_triggered(self) -> None:
        self._model.remove_rows(self.selected_rows())

    @Slot()
    def _on_move_up_action_triggered(self) -> None:
        self._model.shift_rows(self.selected_rows(), -1)

    @Slot()
    def _on_move_down_action_triggered(self) -> None:
        self._model.shift_rows(self.selected_rows(), 1)

    @Slot()
    def _on_duplicate_step_action_triggered(self) -> None:
        self._model.duplicate_rows(self.selected_rows())

    @Slot(str, object)
    def _on_step_editor_step_changed(self, field: str, value: object) -> None:
        self._model.update_rows(self.selected_rows(), **{field: value})

    @Slot(list)
    def _on_steps_model_rows_selected(self, rows: list[int]) -> None:
        if rows == self.selected_rows():
            self.step_editor.show_rows(rows)
            return
        selection = QItemSelection()
        for row in rows:
            index = self._model.index(row)
            selection.select(index, index)
        model = self.steps_view.selectionModel()
        model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if rows:
            model.setCurrentIndex(
                self._model.index(rows[0]), QItemSelectionModel.SelectionFlag.NoUpdate
            )
            self.steps_view.scrollTo(self._model.index(rows[-1]))
            self.steps_view.scrollTo(self._model.index(rows[0]))

    @Slot(list)
    def _on_steps_model_points_added(self, point_ids: list[str]) -> None:
        points = [p for p in (self._points.get(i) for i in point_ids) if p is not None]
        notes: list[str] = []
        kind = "info"
        if self._pregnant():
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
        self.step_editor.show_rows(self.selected_rows())

    @Slot(QModelIndex, QModelIndex, list)
    def _on_steps_model_data_changed(
        self, _top: QModelIndex, _bottom: QModelIndex, _roles: list[int]
    ) -> None:
        self.step_editor.show_rows(self.selected_rows())

    @Slot(QItemSelection, QItemSelection)
    def _on_steps_selection_changed(
        self, _selected: QItemSelection, _deselected: QItemSelection
    ) -> None:
        self.step_editor.clear_problem()
        self._refresh_step_buttons()
        self.step_editor.show_rows(self.selected_rows())
