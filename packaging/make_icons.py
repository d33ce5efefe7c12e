"""Export the app icon for desktop integration.

The master is ``resources/icons/acupress-gui.svg`` (the app loads it for its window and tray
icon). This script copies it to ``packaging/icons/<app-id>.svg`` and renders PNGs of every
hicolor size with Qt's own SVG renderer, so the PNGs look like the icon the app shows.

Sizes of 24 px and below are rendered from ``packaging/icons/acupress-gui-small.svg`` when it
exists: a simplified drawing (no spine, no ring, bigger point) that stays readable at 16 px.

Run from the repository root::

    uv run python packaging/make_icons.py
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

APP_ID = "io.github.acupressgui.AcupressGui"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SMALL_MAX = 24

ROOT = Path(__file__).resolve().parents[1]
MASTER = ROOT / "resources" / "icons" / "acupress-gui.svg"
SMALL = ROOT / "packaging" / "icons" / "acupress-gui-small.svg"
OUT = ROOT / "packaging" / "icons"


def main() -> int:
    """Write packaging/icons/<app-id>.svg and <app-id>-<size>.png for every size."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    OUT.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(MASTER, OUT / f"{APP_ID}.svg")
    renderers = {}
    for source in (MASTER, SMALL):
        if source.is_file():
            renderer = QSvgRenderer(str(source))
            if not renderer.isValid():
                print(f"make_icons: {source} is not a valid SVG", file=sys.stderr)
                return 1
            renderers[source] = renderer
    for size in SIZES:
        source = SMALL if size <= SMALL_MAX and SMALL in renderers else MASTER
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderers[source].render(painter, QRectF(0, 0, size, size))
        painter.end()
        target = OUT / f"{APP_ID}-{size}.png"
        if not image.save(str(target), "PNG"):
            print(f"make_icons: could not write {target}", file=sys.stderr)
            return 1
        print(f"{target.relative_to(ROOT)}  ({source.name})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
