"""The list of routines on the left of the Routines page: the user's, then the built-in ones."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from acupress_gui.domain.models import Catalog, Routine
from acupress_gui.domain.routine_edit import routine_seconds
from acupress_gui.ui.platform.icons import Badge
from acupress_gui.ui.routines.actions import RoutineActions, action_button
from acupress_gui.ui.routines.delegate import RowDelegate
from acupress_gui.ui.routines.labels import heading
from acupress_gui.ui.routines.roles import Role
from acupress_gui.ui.text.durations import format_duration
from acupress_gui.ui.text.plurals import counted
from acupress_gui.ui.widgets.buddy_label import buddy_label


class RoutineList(QWidget):
    """The routines, with buttons for the routine actions; selecting one asks to open it.

    Signals:
        routine_chosen: The user selected a routine; carries its id.
        delete_requested: Delete was pressed in the list.

    Attributes:
        list_widget: The list (accessible name "Routines").
        hint: Shown while the user has no routine of their own.
    """

    routine_chosen = Signal(str)
    delete_requested = Signal()

    def __init__(
        self, catalog: Catalog, actions: RoutineActions, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._laterality = {p.id: p.laterality for p in catalog.points}
        self.list_widget = QListWidget()
        self.list_widget.setAccessibleName(self.tr("Routines"))
        self.list_widget.setItemDelegate(RowDelegate(self.list_widget))
        self.list_widget.setUniformItemSizes(True)
        self.list_widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_widget.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (
            actions.new,
            actions.duplicate,
            actions.rename,
            actions.delete,
            actions.export,
        ):
            self.list_widget.addAction(action)
        self.list_widget.currentItemChanged.connect(self._on_list_widget_current_item_changed)
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.list_widget)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_requested)

        self.hint = buddy_label(
            self.tr(
                "Built-in routines are read-only. Create a new routine, or duplicate one to "
                "make it your own."
            ),
            muted=True,
        )
        buttons = QGridLayout()
        buttons.setSpacing(4)
        buttons.addWidget(action_button(actions.new, self.tr("New")), 0, 0)
        buttons.addWidget(action_button(actions.duplicate, self.tr("Duplicate")), 0, 1)
        buttons.addWidget(action_button(actions.rename, self.tr("Rename")), 1, 0)
        buttons.addWidget(action_button(actions.delete, self.tr("Delete")), 1, 1)
        buttons.addWidget(action_button(actions.import_, self.tr("Import…")), 2, 0)
        buttons.addWidget(action_button(actions.export, self.tr("Export…")), 2, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.addWidget(heading(self.tr("Rou&tines"), self.list_widget))
        layout.addWidget(self.list_widget, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self.setMinimumWidth(170)

    def _subtitle(self, routine: Routine) -> str:
        count = len(routine.steps)
        parts = [
            counted(QCoreApplication.translate("RoutineList", "%n step(s)", None, count), count)
        ]
        if count:
            parts.append(format_duration(routine_seconds(routine, self._laterality)))
        return " · ".join(parts)

    def show_routines(self, routines: list[Routine], current_id: str | None) -> None:
        """List ``routines`` in this order and select ``current_id`` (no signal)."""
        listed = [
            self.list_widget.item(row).data(Role.ROUTINE_ID)
            for row in range(self.list_widget.count())
        ]
        self.list_widget.blockSignals(True)
        if listed != [r.id for r in routines]:
            # Rebuilt only when routines come, go or change places: an edit updates in place.
            self.list_widget.clear()
            for _routine in routines:
                self.list_widget.addItem(QListWidgetItem())
        for row, routine in enumerate(routines):
            item = self.list_widget.item(row)
            item.setText(routine.name)
            item.setData(Role.ROUTINE_ID, routine.id)
            item.setData(Role.TITLE, routine.name)
            item.setData(Role.SUBTITLE, self._subtitle(routine))
            item.setData(Role.BADGES, [Badge.BUILTIN] if routine.builtin else [])
            tip = routine.description or routine.name
            if routine.builtin:
                tip = self.tr("Built-in (read-only). {text}").format(text=tip)
            item.setToolTip(tip)
            if routine.id == current_id:
                self.list_widget.setCurrentItem(item)
        self.list_widget.blockSignals(False)
        self.hint.setVisible(all(r.builtin for r in routines))

    def select(self, routine_id: str) -> None:
        """Select the routine ``routine_id`` (no signal)."""
        self.list_widget.blockSignals(True)
        for row in range(self.list_widget.count()):
            if self.list_widget.item(row).data(Role.ROUTINE_ID) == routine_id:
                self.list_widget.setCurrentRow(row)
                break
        self.list_widget.blockSignals(False)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_list_widget_current_item_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if current is not None:
            self.routine_chosen.emit(str(current.data(Role.ROUTINE_ID)))
