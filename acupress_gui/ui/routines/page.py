"""The Routines page: routines, the point library and the routine being edited.

Three columns: the user's and the built-in routines; the point library (search and filters);
the steps of the open routine with the selected step's settings, the routine's name,
description and total duration. Points are dragged from the library into the routine, steps
are dragged to reorder them or back to the library to remove them, and every drag has a key
(Enter adds, Ctrl+Up/Down moves, Delete removes). Every edit is an undo step and is written
to the routine's file at once, through the :class:`RoutineLibrary`.
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
from PySide6.QtWidgets import QFileDialog, QSplitter, QVBoxLayout, QWidget

from acupress_gui.domain.models import Catalog, Routine
from acupress_gui.domain.routine_edit import DEFAULT_PREPARE_SECONDS
from acupress_gui.storage.routines import RoutineFileError
from acupress_gui.ui.routines.actions import (
    WIDGET_AND_CHILDREN,
    RoutineActions,
    make_action,
    undo_actions,
)
from acupress_gui.ui.routines.commands import RoutineLifeCommand
from acupress_gui.ui.routines.library_panel import LibraryPanel
from acupress_gui.ui.routines.routine_list import RoutineList
from acupress_gui.ui.routines.steps_model import RoutineStepsModel
from acupress_gui.ui.routines.steps_panel import StepsPanel
from acupress_gui.ui.services.routine_library import RoutineLibrary
from acupress_gui.ui.text.plurals import plural


class RoutinesPage(QWidget):
    """Build and edit routines by dragging points from the library into a routine.

    Args:
        catalog: The point catalogue.
        library: The built-in and the user's routines; every change is saved through it.
        parent: The Qt parent.
        pregnant: Whether the user is pregnant (read when points are added, and once to
            hide pregnancy-cautioned points at the start).
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
        self._last_save_ok = True
        self.routine_actions = self._build_actions()
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
        self.library_panel.points_chosen.connect(self._on_library_panel_points_chosen)
        self.steps_panel = StepsPanel(catalog, library, self.steps_model, pregnant=pregnant)
        self.steps_panel.duplicate_requested.connect(self._on_duplicate_action_triggered)
        self.messages = self.steps_panel.messages

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
        first = next(iter(library.user_routines()), None)
        builtins = library.builtin_routines()
        self.open_routine(first.id if first else (builtins[0].id if builtins else ""))
        if library.load_warnings:
            self.messages.show_message("\n".join(library.load_warnings), "warning")

    def _build_actions(self) -> RoutineActions:
        undo, redo = undo_actions(self.undo_stack, self)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(WIDGET_AND_CHILDREN)
        find.activated.connect(self._on_find_shortcut_activated)
        tr = self.tr
        return RoutineActions(
            undo=undo,
            redo=redo,
            new=make_action(tr("&New routine"), self._on_new_action_triggered,
                            QKeySequence.StandardKey.New, self),
            duplicate=make_action(tr("D&uplicate routine"), self._on_duplicate_action_triggered,
                                  ["Ctrl+Shift+D"], self),
            rename=make_action(tr("Re&name routine"), self._on_rename_action_triggered,
                               ["F2"], self),
            delete=make_action(tr("&Delete routine"), self._on_delete_action_triggered,
                               ["Ctrl+Shift+Del"], self),
            import_=make_action(tr("&Import routine…"), self._on_import_action_triggered,
                                ["Ctrl+I"], self),
            export=make_action(tr("&Export routine…"), self._on_export_action_triggered,
                               ["Ctrl+E"], self),
        )  # fmt: skip

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
        editable = routine is not None and not routine.builtin
        actions = self.routine_actions
        for action in (actions.rename, actions.delete):
            action.setEnabled(editable)
        actions.duplicate.setEnabled(routine is not None)
        actions.export.setEnabled(routine is not None)
        self.library_panel.add_action.setEnabled(editable)
        self.steps_panel.show_routine(routine)

    def _save(self, routine: Routine) -> bool:
        try:
            self.library.save(routine)
        except OSError as error:
            self._last_save_ok = False
            self.messages.show_message(
                self.tr(
                    "“{name}” could not be saved to {folder}: {reason}. The change is kept "
                    "only until you close the app."
                ).format(name=routine.name, folder=self.library.folder, reason=error.strerror),
                "error",
            )
            return False
        self._last_save_ok = True
        return True

    def _add_routine(self, routine: Routine) -> None:
        """Save and list a new user routine and open it (a RoutineLifeCommand's redo)."""
        self._save(routine)
        self.open_routine(routine.id)
        self._fill_routine_list()

    def _remove_routine(self, routine_id: str, other_id: str) -> None:
        """Delete a user routine and open ``other_id`` (a RoutineLifeCommand's undo)."""
        known = self.library.routine(routine_id)
        try:
            self.library.delete(routine_id)
        except OSError as error:
            self.messages.show_message(
                self.tr("The file of “{name}” could not be removed: {reason}").format(
                    name=known.name if known else routine_id, reason=error.strerror
                ),
                "error",
            )
        current = self.current_routine()
        if current is None or current.id == routine_id:
            builtins = self.library.builtin_routines()
            fallback = builtins[0].id if builtins else ""
            self.open_routine(other_id if self.library.routine(other_id) else fallback)
        self._fill_routine_list()

    def _push_life(self, routine: Routine, *, create: bool, text: str, other_id: str) -> None:
        self.undo_stack.push(
            RoutineLifeCommand(
                routine,
                add=self._add_routine,
                remove=self._remove_routine,
                create=create,
                text=text,
                other_id=other_id,
            )
        )

    def new_routine(self, name: str | None = None) -> Routine:
        """Create an empty user routine (an undo step), open it and return it."""
        self.commit_pending_edits()
        routine = self.library.new_routine(name or self.tr("New routine"))
        previous = self.current_routine()
        other = previous.id if previous else ""
        self._push_life(routine, create=True, text=self.tr("New routine"), other_id=other)
        return routine

    def duplicate_current(self) -> Routine | None:
        """Make an editable copy of the open routine (an undo step), open and return it."""
        self.commit_pending_edits()
        source = self.current_routine()
        if source is None:
            return None
        copy = self.library.duplicate(source, self.tr("{name} (copy)").format(name=source.name))
        text = self.tr("Duplicate “{name}”").format(name=source.name)
        self._push_life(copy, create=True, text=text, other_id=source.id)
        self.messages.show_message(
            self.tr("“{name}” is your copy: drag points in, reorder, change the timings.").format(
                name=copy.name
            )
        )
        return copy

    @Slot()
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
        text = self.tr("Delete “{name}”").format(name=routine.name)
        self._push_life(routine, create=False, text=text, other_id=others[0].id if others else "")
        keys = self.routine_actions.undo.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.messages.show_message(
            self.tr("Deleted “{name}”. {keys} brings it back.").format(name=routine.name, keys=keys)
        )
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
        file = Path(path)
        try:
            routine = self.library.read_import(file)
        except RoutineFileError as error:
            self.messages.show_message(
                self.tr("{file} was not imported: {reason}").format(
                    file=file.name,
                    reason="; ".join(p.removeprefix(f"{file.name}: ") for p in error.problems),
                ),
                "error",
            )
            return False
        previous = self.current_routine()
        text = self.tr("Import “{name}”").format(name=routine.name)
        self._push_life(routine, create=True, text=text, other_id=previous.id if previous else "")
        if not self._last_save_ok:
            return False
        self.messages.show_message(
            self.tr("Imported “{name}” ({steps}).").format(
                name=routine.name, steps=plural("RoutinesPage", "%n step(s)", len(routine.steps))
            )
        )
        return True

    def export_to(self, path: str | Path) -> bool:
        """Write the open routine to ``path`` in the routine file format."""
        routine = self.current_routine()
        if routine is None:
            return False
        try:
            self.library.export(routine, Path(path))
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

    @staticmethod
    def _dropped_files(event: QDropEvent) -> list[Path]:
        data = event.mimeData()
        if data is None or not data.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]

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

    # -- slots -------------------------------------------------------------------------------

    @Slot()
    def _on_find_shortcut_activated(self) -> None:
        self.library_panel.focus_search()

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
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export routine"),
            str(Path.home() / f"{routine.id}.json"),
            self.tr("Routine files (*.json)"),
        )
        if path:
            if not path.lower().endswith(".json"):
                path += ".json"
            self.export_to(path)

    @Slot(list)
    def _on_library_panel_points_chosen(self, point_ids: list[str]) -> None:
        self.steps_model.add_points(point_ids)

    @Slot(object)
    def _on_steps_model_routine_edited(self, routine: Routine) -> None:
        self._save(routine)
        self.routine_list.select(routine.id)
        self._fill_routine_list()
        self._refresh()
