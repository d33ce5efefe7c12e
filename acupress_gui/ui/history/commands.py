"""Undoable changes to the history: deleting sessions (and putting them back)."""

from __future__ import annotations

import logging
import weakref
from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from acupress_gui.storage.history import DeletedSessions, HistoryError, HistoryStore
from acupress_gui.ui.text.plurals import counted

log = logging.getLogger(__name__)


class HistoryView(Protocol):
    """What a command updates after it changed the history."""

    def refresh(self) -> None:
        """Read the history again."""

    def select_session(self, session_id: str) -> bool:
        """Select a session in the table."""

    def notify(self, text: str, *, undo: bool = False) -> None:
        """Tell the user; with ``undo`` offer to undo."""


class DeleteSessionsCommand(QUndoCommand):
    """Deleting sessions, undoable: the rows are kept exactly and put back on undo.

    Args:
        store: The history.
        view: Refreshed and told after each step (not kept alive by the command: the page
            owns the undo stack that owns the command).
        session_ids: The sessions to delete.
    """

    def __init__(self, store: HistoryStore, view: HistoryView, session_ids: Sequence[str]) -> None:
        super().__init__(
            counted(
                QCoreApplication.translate(
                    "HistoryCommands", "Delete %Ln session(s)", None, len(session_ids)
                ),
                len(session_ids),
            )
        )
        self._store = store
        self._view = weakref.ref(view)
        self._ids = list(session_ids)
        self._deleted: DeletedSessions | None = None

    def redo(self) -> None:
        try:
            self._deleted = self._store.delete(self._ids)
        except HistoryError as error:
            log.warning("Sessions could not be deleted: %s", error)
            self._deleted = None
            self.setObsolete(True)  # nothing to undo
            self._tell(str(error))
            return
        view = self._view()
        if view is not None:
            view.refresh()
            view.notify(
                counted(
                    QCoreApplication.translate(
                        "HistoryCommands", "Deleted %Ln session(s).", None, len(self._deleted)
                    ),
                    len(self._deleted),
                ),
                undo=True,
            )

    def undo(self) -> None:
        if self._deleted is None:
            return
        try:
            self._store.restore(self._deleted)
        except HistoryError as error:
            log.warning("Deleted sessions could not be restored: %s", error)
            self._tell(str(error))
            return
        view = self._view()
        if view is not None:
            view.refresh()
            view.select_session(self._deleted.session_ids[0])
            view.notify(
                counted(
                    QCoreApplication.translate(
                        "HistoryCommands", "Restored %Ln session(s).", None, len(self._deleted)
                    ),
                    len(self._deleted),
                )
            )

    def _tell(self, text: str) -> None:
        view = self._view()
        if view is not None:
            view.notify(text)
