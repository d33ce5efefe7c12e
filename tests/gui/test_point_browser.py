"""The first window: a point browser with illustrations, and the self-test."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from pytestqt.qtbot import QtBot

from acupress_gui.domain.models import Side
from acupress_gui.storage.catalog_file import read_catalog
from acupress_gui.ui.application import open_main_window
from acupress_gui.ui.points.browser import PointBrowser
from acupress_gui.ui.resources import image_path, resources_dir
from acupress_gui.ui.shell.window import MainWindow
from acupress_gui.ui.widgets.illustration import MARKER_COLOR
from tests.helpers.keys import key_clicks

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(qtbot: QtBot, config_dir: Path) -> MainWindow:
    win = open_main_window(config_dir)
    assert isinstance(win, MainWindow)
    qtbot.addWidget(win)
    win.resize(1100, 700)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_browser_lists_points_and_finds_by_alias(window: MainWindow, qtbot: QtBot) -> None:
    browser = window.page("points")
    assert isinstance(browser, PointBrowser)
    assert browser.points.count() >= 20
    key_clicks(browser.search, "B54")
    assert browser.points.count() == 1
    assert browser.current_point_id() == "BL40"
    assert "BL40" in browser.details.toPlainText()
    assert "crease" in browser.details.toPlainText().lower()
    browser.search.clear()
    key_clicks(browser.search, "zzz-nothing")
    assert browser.points.count() == 0 and browser.empty_label.isVisibleTo(browser)


def test_browser_shows_cautions_and_partner_note(window: MainWindow) -> None:
    browser = window.page("points")
    assert isinstance(browser, PointBrowser)
    assert browser.select_point("GB21")
    text = browser.details.toPlainText()
    assert "Avoid in pregnancy" in text and "Pregnancy:" in text
    assert browser.select_point("GV14")
    assert "Needs a partner" in browser.details.toPlainText()


def test_illustration_draws_marker_pixels(window: MainWindow) -> None:
    browser = window.page("points")
    assert isinstance(browser, PointBrowser)
    browser.select_point("BL23")
    image = browser.illustration.grab().toImage()
    rect = browser.illustration.image_rect()
    point = window.context.catalog.point("BL23")
    assert point is not None
    for marker in point.markers:
        x = round(rect.left() + marker.x * rect.width())
        y = round(rect.top() + marker.y * rect.height())
        assert image.pixelColor(x, y).name() == MARKER_COLOR.name(), marker


def test_every_page_has_an_accessible_name_and_keyboard_path(window: MainWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLineEdit, QTextBrowser

    for key in window.page_keys():
        page = window.page(key)
        for widget in (
            page.findChildren(QAbstractButton)
            + page.findChildren(QAbstractItemView)
            + page.findChildren(QLineEdit)
            + page.findChildren(QTextBrowser)
        ):
            if _inside_qt_composite(widget):
                continue  # Qt's own parts: a line edit's clear button, a combo box's popup
            assert widget.accessibleName(), f"{key}: {widget!r} has no accessible name"


def _inside_qt_composite(widget: object) -> bool:
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QHeaderView, QLineEdit, QWidget

    if isinstance(widget, QWidget) and widget.objectName().startswith("qt_"):
        return True  # e.g. a table view's corner button
    if isinstance(widget, QHeaderView):
        return True  # part of its table; the table carries the name
    parent = widget.parent() if isinstance(widget, QWidget) else None
    while parent is not None:
        if isinstance(parent, QLineEdit | QComboBox | QAbstractSpinBox):
            return True
        parent = parent.parent()
    return False


def _marker_hits_body(svg: Path, x: float, y: float, mirrored: bool) -> bool:
    renderer = QSvgRenderer(str(svg))
    view = renderer.viewBoxF()
    scale = 600 / max(view.width(), view.height())
    image = QImage(
        round(view.width() * scale), round(view.height() * scale), QImage.Format.Format_ARGB32
    )
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    if mirrored:
        image = image.flipped(Qt.Orientation.Horizontal)
    px, py = round(x * (image.width() - 1)), round(y * (image.height() - 1))
    # The body is filled: the marker's centre pixel is not transparent.
    return QColor(image.pixel(px, py)).alpha() > 0 or image.pixelColor(px, py).alpha() > 0


def test_every_marker_lands_on_the_drawn_body(qapp: object) -> None:
    catalog = read_catalog(resources_dir())
    illustrations = {ill.file: ill for ill in catalog.illustrations}
    misses = []
    for point in catalog.points:
        ill = illustrations[point.image]
        for marker in point.markers:
            mirrored = ill.mirror_for_left and marker.side is Side.LEFT
            if not _marker_hits_body(image_path(point.image), marker.x, marker.y, mirrored):
                misses.append(f"{point.id} {marker.side.value} on {point.image}")
    assert misses == []


def test_images_have_a_viewbox_and_no_background(qapp: object) -> None:
    import xml.etree.ElementTree as ET

    for svg in sorted((resources_dir() / "images").glob("*.svg")):
        root = ET.parse(svg).getroot()
        assert root.get("viewBox"), svg.name
        image = QImage(64, 64, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        QSvgRenderer(str(svg)).render(painter)
        painter.end()
        assert image.pixelColor(0, 0).alpha() == 0, f"{svg.name} has a background"


def _run(
    *args: str, config: Path, extra_env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    env.update(extra_env or {})
    return subprocess.run(
        [sys.executable, "-m", "acupress_gui", *args, "--config-dir", str(config)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
        cwd=ROOT,
    )


def test_self_test_prints_one_json_line_without_a_display(tmp_path: Path) -> None:
    result = _run("--self-test", config=tmp_path / "cfg")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    report = json.loads(lines[0])
    assert report["ok"] is True
    assert report["points"] >= 20 and report["routines"] >= 5
    assert report["sessions"] == 0
    assert report["startup_ms"] > 0 and report["history_ms"] >= 0


def test_self_test_survives_a_broken_settings_file(tmp_path: Path) -> None:
    config = tmp_path / "cfg"
    config.mkdir()
    (config / "settings.json").write_text("{broken")
    result = _run("--self-test", config=config)
    assert result.returncode == 0, result.stderr
    assert "settings.json could not be used" in result.stderr
    assert json.loads(result.stdout)["ok"] is True
    assert list(config.glob("settings.json.corrupt-*"))


def test_version_flag(tmp_path: Path) -> None:
    result = _run("--version", config=tmp_path)
    assert result.returncode == 0 and result.stdout.startswith("acupress-gui ")


def test_illustration_cache_stays_bounded_while_resizing(window: MainWindow, qtbot: QtBot) -> None:
    from acupress_gui.ui.widgets.illustration import _CACHE_BYTES, SVG_CACHE

    browser = window.page("points")
    assert isinstance(browser, PointBrowser)
    browser.select_point("BL23")
    view = browser.illustration
    for step in range(40):
        view.resize(600 + step * 15, 700 + step * 15)
        view.grab()
    assert 0 < SVG_CACHE.cached_bytes <= _CACHE_BYTES
