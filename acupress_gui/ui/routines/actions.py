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


type Shortcuts = Sequence[QKeySequence | str] | QKeySequence.StandardKey
"""An action's shortcuts: a list of key sequences, or one standard key."""


def make_action(
    text: str,
    slot: Callable[[], object],
    shortcuts: Shortcuts,
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

    def act(text: str, slot: Callable[[], object], keys: Shortcuts) -> QAction:
        return make_action(text, slot, keys, owner)

    undo, redo = undo_actions(undo_stack, owner)
    new_text = QCoreApplication.translate("RoutinesPage", "&New routine")
    duplicate_text = QCoreApplication.translate("RoutinesPage", "D&uplicate routine")
    rename_text = QCoreApplication.translate("RoutinesPage", "Re&name routine")
    delete_text = QCoreApplication.translate("RoutinesPage", "&Delete routine")
    import_text = QCoreApplication.translate("RoutinesPage", "&Import routine…")
    export_text = QCoreApplication.translate("RoutinesPage", "&Export routine…")
    return RoutineActions(
        undo=undo,
        redo=redo,
        new=act(new_text, new, QKeySequence.StandardKey.New),
        duplicate=act(duplicate_text, duplicate, ["Ctrl+Shift+D"]),
        rename=act(rename_text, rename, ["F2"]),
        delete=act(delete_text, delete, ["Ctrl+Shift+Del"]),
        import_=act(import_text, import_, ["Ctrl+I"]),
        export=act(export_text, export, ["Ctrl+E"]),
    )
