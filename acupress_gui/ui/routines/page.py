"""The Routines page: the routine list, the point library and the routine being edited.

Points are dragged from the library into the routine, steps are dragged to reorder them or
back to the library to remove them, and every drag has a key (Enter adds, Ctrl+Up/Down moves,
Delete removes). Every edit is an undo step, saved at once through the RoutineLibrary.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
    QUndoStack,
)
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from acupress_gui.domain.models import Catalog, Routine
from acupress_gui.domain.routine_edit import DEFAULT_PREPARE_SECONDS
from acupress_gui.ui.routines.actions import WIDGET_AND_CHILDREN, routine_actions
from acupress_gui.ui.routines.file_dialogs import ask_export_path, ask_import_path
from acupress_gui.ui.routines.library_panel import LibraryPanel
from acupress_gui.ui.routines.mime import local_files
from acupress_gui.ui.routines.routine_changes import RoutineChanges
from acupress_gui.ui.routines.routine_list import RoutineList
from acupress_gui.ui.routines.steps_model import RoutineStepsModel
from acupress_gui.ui.routines.steps_panel import StepsPanel
from acupress_gui.ui.services.routine_library import RoutineLibrary


class RoutinesPage(QWidget):
    """Build and edit routines by dragging points from the library into a routine.

    Args:
        catalog: The point catalogue.
        library: The built-in and the user's routines; every change is saved through it.
        parent: The Qt parent.
        pregnant: Whether the user is pregnant (read as points are added, and at the start).
        prepare_seconds: The prepare time new steps get (the user's setting).

    Attributes:
        routine_list: The user's and the built-in routines; selecting one opens it.
        library_panel: The point library (its view's accessible name is "Point library").
        steps_model: The open routine's steps.
        steps_panel: The steps (accessible name "Routine steps"), their settings, the name.
        undo_stack: Every edit, drop, delete, create and import of this page.
        routine_actions: The routine-level actions (see :meth:`menu_actions`).
    """

    def __init__(
        self,
        catalog: Catalog,
        library: RoutineLibrary,
        parent: QWidget | None = None,
        *,
        pregnant: Callable[[], bool] = lambda: False,
        prepare_seconds: Callable[[], int] = lambda: DEFAULT_PREPARE_SECONDS,
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.library = library
        self.undo_stack = QUndoStack(self)
        self.routine_actions = routine_actions(
            self,
            self.undo_stack,
            new=self._on_new_action_triggered,
            duplicate=self._on_duplicate_action_triggered,
            rename=self._on_rename_action_triggered,
            delete=self.delete_current,
            import_=self._on_import_action_triggered,
            export=self._on_export_action_triggered,
        )
        self.steps_model = RoutineStepsModel(
            catalog, self.undo_stack, self, prepare_seconds=prepare_seconds
        )
        self.steps_model.routine_edited.connect(self._on_steps_model_routine_edited)
        self.routine_list = RoutineList(catalog, self.routine_actions)
        self.routine_list.routine_chosen.connect(self.open_routine)
        self.routine_list.delete_requested.connect(self.delete_current)
        self.library_panel = LibraryPanel(
            catalog, self.steps_model, hide_pregnancy_cautioned=pregnant()
        )
        self.library_panel.points_chosen.connect(self.steps_model.add_points)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(WIDGET_AND_CHILDREN)
        find.activated.connect(self.library_panel.focus_search)
        self.steps_panel = StepsPanel(catalog, library, self.steps_model, pregnant=pregnant)
        self.steps_panel.duplicate_requested.connect(self._on_duplicate_action_triggered)
        self.messages = self.steps_panel.messages
        self._changes = RoutineChanges(library, self.undo_stack, self.messages, self)
        self._changes.routine_added.connect(self._on_changes_routine_added)
        self._changes.routine_removed.connect(self._on_changes_routine_removed)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        for number, (panel, stretch) in enumerate(
            ((self.routine_list, 1), (self.library_panel, 2), (self.steps_panel, 4))
        ):
            splitter.addWidget(panel)
            splitter.setStretchFactor(number, stretch)
        splitter.setSizes([200, 330, 500])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)

        self.setAcceptDrops(True)
        self.setFocusProxy(self.library_panel.library_view)
        self._fill_routine_list()
        self.open_routine(self._first_routine_id(user_first=True))
        if library.load_warnings:
            self.messages.show_message("\n".join(library.load_warnings), "warning")

    def menu_actions(self) -> list[QAction]:
        """The actions of the window's Routine menu: undo, redo, new, duplicate, rename,
        delete, import, export (their shortcuts work while the page has the focus)."""
        return self.routine_actions.in_menu_order()

    # -- routines ----------------------------------------------------------------------------

    def routines(self) -> list[Routine]:
        """The user's routines (by name), then the built-in ones (catalogue order)."""
        return self.library.user_routines() + self.library.builtin_routines()

    def current_routine(self) -> Routine | None:
        """The routine open on the page."""
        return self.steps_model.routine()

    def selected_rows(self) -> list[int]:
        """The selected steps' rows, in order."""
        return self.steps_panel.selected_rows()

    def _first_routine_id(self, *, user_first: bool) -> str:
        """The user's first routine (when ``user_first``), else the first built-in one."""
        mine = self.library.user_routines() if user_first else []
        routines = mine + self.library.builtin_routines()
        return routines[0].id if routines else ""

    def _fill_routine_list(self) -> None:
        current = self.current_routine()
        self.routine_list.show_routines(self.routines(), current.id if current else None)

    def commit_pending_edits(self) -> None:
        """Save a new name still being typed (it is saved when the field loses the focus).

        Called before anything replaces the routine on show, and when the window closes, so
        a shortcut or closing the window never drops what was typed.
        """
        self.steps_panel.details.commit_pending_name()

    @Slot(str)
    def open_routine(self, routine_id: str) -> bool:
        """Show a routine on the page (no undo step)."""
        current = self.current_routine()
        if current is not None and current.id != routine_id:
            self.commit_pending_edits()
        routine = self.library.routine(routine_id)
        if routine is None:
            self.steps_model.set_routine(None)
            self._refresh()
            return False
        current = self.current_routine()
        if current is not None and current.id != routine_id:
            # Notes about the routine that was open do not apply to this one.
            self.messages.hide()
            self.steps_panel.details.discard_pending_name()
        self.steps_model.set_routine(routine)
        self.routine_list.select(routine_id)
        self._refresh()
        return True

    def _refresh(self) -> None:
        routine = self.current_routine()
        self.routine_actions.enable_for(routine)
        self.library_panel.add_action.setEnabled(routine is not None and not routine.builtin)
        self.steps_panel.show_routine(routine)

    def new_routine(self, name: str | None = None) -> Routine:
        """Create an empty user routine (an undo step), open it and return it."""
        self.commit_pending_edits()
        return self._changes.new_routine(name or self.tr("New routine"), self.current_routine())

    def duplicate_current(self) -> Routine | None:
        """Make an editable copy of the open routine (an undo step), open and return it."""
        self.commit_pending_edits()
        source = self.current_routine()
        return self._changes.duplicate(source) if source is not None else None

    @Slot()
    def delete_current(self) -> bool:
        """Delete the open user routine (an undo step)."""
        self.commit_pending_edits()
        routine = self.current_routine()
        if routine is None or routine.builtin:
            self.messages.show_message(self.tr("Built-in routines cannot be deleted."), "info")
            return False
        self._changes.delete(routine, self.routines())
        return True

    def rename_current(self, name: str) -> bool:
        """Rename the open user routine (an undo step); False with a message when refused."""
        return self.steps_panel.details.rename(name)

    # -- files -------------------------------------------------------------------------------

    def import_file(self, path: str | Path) -> bool:
        """Import a routine file as a new user routine (an undo step).

        Used by the Import action, by files dropped on the window and by tests. A bad file
        changes nothing and is explained in the message bar.

        Returns:
            True when the routine was imported and saved.
        """
        self.commit_pending_edits()
        return self._changes.import_file(Path(path), self.current_routine())

    def export_to(self, path: str | Path) -> bool:
        """Write the open routine to ``path`` in the routine file format."""
        routine = self.current_routine()
        return routine is not None and self._changes.export(routine, Path(path))

    def _accept_files(self, event: QDragEnterEvent | QDragMoveEvent) -> None:
        if local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._accept_files(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._accept_files(event)

    def dropEvent(self, event: QDropEvent) -> None:
        files = local_files(event.mimeData())
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        for file in files:
            self.import_file(file)

    # -- slots -------------------------------------------------------------------------------

    @Slot()
    def _on_new_action_triggered(self) -> None:
        self.new_routine()
        self.steps_panel.details.start_renaming()

    @Slot()
    def _on_duplicate_action_triggered(self) -> None:
        if self.duplicate_current() is not None:
            self.steps_panel.details.start_renaming()

    @Slot()
    def _on_rename_action_triggered(self) -> None:
        routine = self.current_routine()
        if routine is not None and not routine.builtin:
            self.steps_panel.details.start_renaming()

    @Slot()
    def _on_import_action_triggered(self) -> None:
        path = ask_import_path(self)
        if path is not None:
            self.import_file(path)

    @Slot()
    def _on_export_action_triggered(self) -> None:
        routine = self.current_routine()
        path = ask_export_path(self, routine) if routine is not None else None
        if path is not None:
            self.export_to(path)

    @Slot(str)
    def _on_changes_routine_added(self, routine_id: str) -> None:
        self.open_routine(routine_id)
        self._fill_routine_list()

    @Slot(str, str)
    def _on_changes_routine_removed(self, routine_id: str, other_id: str) -> None:
        current = self.current_routine()
        if current is None or current.id == routine_id:
            fallback = self._first_routine_id(user_first=False)
            self.open_routine(other_id if self.library.routine(other_id) else fallback)
        self._fill_routine_list()

    @Slot(object)
    def _on_steps_model_routine_edited(self, routine: Routine) -> None:
        self._changes.save(routine)
        self.routine_list.select(routine.id)
        self._fill_routine_list()
        self._refresh()
