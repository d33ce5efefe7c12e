"""Helpers of the Routines page tests: the page as the window builds it, drops, steps."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget
from pytestqt.qtbot import QtBot

from acupress_gui.domain.models import Routine
from acupress_gui.storage.routines import RoutineStore
from acupress_gui.ui.context import AppContext
from acupress_gui.ui.routines.page import RoutinesPage
from acupress_gui.ui.services.routine_library import RoutineLibrary

COPY = Qt.DropAction.CopyAction
MOVE = Qt.DropAction.MoveAction


def build_page(context: AppContext) -> RoutinesPage:
    """The page as the window builds it: its library from the context's folder and settings."""
    settings = context.settings
    return RoutinesPage(
        context.catalog,
        RoutineLibrary(context.catalog, RoutineStore(context.config_dir)),
        pregnant=lambda: settings.pregnant,
        prepare_seconds=lambda: settings.prepare_seconds,
    )


def current(page: RoutinesPage) -> Routine:
    """The routine open on the page (the test fails when none is)."""
    routine = page.current_routine()
    assert routine is not None, "no routine is open"
    return routine


def codes(page: RoutinesPage) -> list[str]:
    return [step.point for step in current(page).steps]


def saved(page: RoutinesPage) -> dict[str, Any]:
    routine = current(page)
    content: dict[str, Any] = json.loads(
        page.library.path_of(routine.id).read_text(encoding="utf-8")
    )
    return content


def library_mime(page: RoutinesPage, *point_ids: str) -> QMimeData:
    model = page.library_panel.library_model
    indexes = [model.index(model.row_of(pid)) for pid in point_ids]
    assert all(i.isValid() for i in indexes), point_ids
    return model.mimeData(indexes)


def steps_mime(page: RoutinesPage, *rows: int) -> QMimeData:
    return page.steps_model.mimeData([page.steps_model.index(r) for r in rows])


def add(page: RoutinesPage, *point_ids: str) -> None:
    assert page.steps_model.add_points(point_ids)


def drop_on(
    view: QAbstractItemView, data: QMimeData, pos: QPoint, action: Qt.DropAction
) -> QDropEvent:
    """Send the enter/move/drop sequence a real drag would send to the view's viewport."""
    target = view.viewport()
    point = QPointF(pos)
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, action, data, buttons, mods)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted(), "the view refused the drag"
    move = QDragMoveEvent(point, action, data, buttons, mods)
    QApplication.sendEvent(target, move)
    drop = QDropEvent(point, action, data, buttons, mods)
    QApplication.sendEvent(target, drop)
    return drop


def above(view: QAbstractItemView, row: int) -> QPoint:
    """A point in the top edge of ``row``: a drop there inserts before the row."""
    rect = view.visualRect(view.model().index(row, 0))
    return QPoint(rect.center().x(), rect.top() + 2)


def empty_area(view: QAbstractItemView) -> QPoint:
    rect = view.viewport().rect()
    return QPoint(rect.center().x(), rect.bottom() - 3)


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def library_ids(page: RoutinesPage) -> list[str]:
    return [p.id for p in page.library_panel.library_model.points()]
