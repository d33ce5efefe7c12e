"""The actions of the Routines page and the buttons that trigger them.

Every action has a shortcut and a tooltip that shows it. :class:`RoutineActions` are the
routine-level ones the window also puts in its Routine menu.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QPushButton, QWidget

from acupress_gui.domain.models import Routine

WIDGET_AND_CHILDREN = Qt.ShortcutContext.WidgetWithChildrenShortcut


def make_action(
    text: str,
    slot: Callable[[], object],
    shortcuts: Sequence[QKeySequence | str] | QKeySequence.StandardKey,
    owner: QWidget,
    context: Qt.ShortcutContext = WIDGET_AND_CHILDREN,
) -> QAction:
    """An action on ``owner`` (its shortcut works while ``owner`` has the focus, per
    ``context``) whose tooltip names its shortcut."""
    action = QAction(text, owner)
    if isinstance(shortcuts, QKeySequence.StandardKey):
        action.setShortcuts(shortcuts)
    else:
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
    action.setShortcutContext(context)
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    plain = text.replace("&", "").removesuffix("…")
    action.setToolTip(f"{plain} ({keys})" if keys else plain)
    action.triggered.connect(slot)
    owner.addAction(action)
    return action


def action_button(action: QAction, text: str | None = None) -> QPushButton:
    """A push button that triggers ``action`` and follows its enabled state."""
    button = QPushButton(text or action.text().replace("&", ""))
    button.setToolTip(action.toolTip())
    button.setAccessibleName(action.text().replace("&", "").removesuffix("…"))
    button.clicked.connect(action.trigger)
    button.setEnabled(action.isEnabled())
    action.enabledChanged.connect(button.setEnabled)
    return button


@dataclass(frozen=True)
class RoutineActions:
    """The routine-level actions, in the order of the Routine menu."""

    undo: QAction
    redo: QAction
    new: QAction
    duplicate: QAction
    rename: QAction
    delete: QAction
    import_: QAction
    export: QAction

    def enable_for(self, routine: Routine | None) -> None:
        """Enable what applies to ``routine``: built-in ones cannot be renamed or deleted."""
        editable = routine is not None and not routine.builtin
        self.rename.setEnabled(editable)
        self.delete.setEnabled(editable)
        self.duplicate.setEnabled(routine is not None)
        self.export.setEnabled(routine is not None)

    def in_menu_order(self) -> list[QAction]:
        """Every action, in the order the Routine menu shows them."""
        return [
            self.undo,
            self.redo,
            self.new,
            self.duplicate,
            self.rename,
            self.delete,
            self.import_,
            self.export,
        ]


def undo_actions(undo_stack: QUndoStack, owner: QWidget) -> tuple[QAction, QAction]:
    """Undo (Ctrl+Z) and redo (Ctrl+Shift+Z, Ctrl+Y) of ``undo_stack``, on ``owner``."""
    undo = undo_stack.createUndoAction(owner, QCoreApplication.translate("RoutinesPage", "&Undo"))
    undo.setShortcuts(QKeySequence.StandardKey.Undo)
    redo = undo_stack.createRedoAction(owner, QCoreApplication.translate("RoutinesPage", "&Redo"))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    for action in (undo, redo):
        action.setShortcutContext(WIDGET_AND_CHILDREN)
        owner.addAction(action)
    return undo, redo


def routine_actions(
    owner: QWidget,
    undo_stack: QUndoStack,
    *,
    new: Callable[[], object],
    duplicate: Callable[[], object],
    rename: Callable[[], object],
    delete: Callable[[], object],
    import_: Callable[[], object],
    export: Callable[[], object],
) -> RoutineActions:
    """The routine-level actions on ``owner``, triggering the given slots."""
    undo, redo = undo_actions(undo_stack, owner)
    return RoutineActions(
        undo=undo,
        redo=redo,
        new=make_action(
            QCoreApplication.translate("RoutinesPage", "&New routine"),
            new,
            QKeySequence.StandardKey.New,
            owner,
        ),
        duplicate=make_action(
            QCoreApplication.translate("RoutinesPage", "D&uplicate routine"),
            duplicate,
            ["Ctrl+Shift+D"],
            owner,
        ),
        rename=make_action(
            QCoreApplication.translate("RoutinesPage", "Re&name routine"), rename, ["F2"], owner
        ),
        delete=make_action(
            QCoreApplication.translate("RoutinesPage", "&Delete routine"),
            delete,
            ["Ctrl+Shift+Del"],
            owner,
        ),
        import_=make_action(
            QCoreApplication.translate("RoutinesPage", "&Import routine…"),
            import_,
            ["Ctrl+I"],
            owner,
        ),
        export=make_action(
            QCoreApplication.translate("RoutinesPage", "&Export routine…"),
            export,
            ["Ctrl+E"],
            owner,
        ),
    )
