"""The drag-and-drop format of the Routines page: JSON objects under MIME types of our own.

- :data:`POINTS_MIME` carries point ids (a drag out of the library). Dropped on the routine it
  inserts a step per point at the drop row (copy).
- :data:`STEPS_MIME` carries step rows of one routine model (a drag out of the routine).
  Dropped on the same routine it moves them, in order, to the drop row; dropped on the library
  it removes them from the routine.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData

#: MIME type of a drag of points out of the library: ``{"points": ["BL23", ...]}``.
POINTS_MIME = "application/x-acupress-gui-points"
#: MIME type of a drag of steps out of a routine:
#: ``{"source": <model token>, "routine": <routine id>, "rows": [0, 2]}``.
STEPS_MIME = "application/x-acupress-gui-steps"


def encode(payload: dict[str, Any]) -> QByteArray:
    """``payload`` as the bytes of a MIME part."""
    return QByteArray(json.dumps(payload).encode("utf-8"))


def decode(data: QMimeData, mime: str) -> dict[str, Any] | None:
    """The JSON object in ``data`` for ``mime``, or None when absent or malformed."""
    if not data.hasFormat(mime):
        return None
    try:
        payload = json.loads(bytes(data.data(mime).data()).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    return payload if isinstance(payload, dict) else None


def int_list(value: Any) -> list[int] | None:
    """``value`` when it is a list of ints (not bools), else None."""
    if not isinstance(value, list) or not all(
        isinstance(v, int) and not isinstance(v, bool) for v in value
    ):
        return None
    return list(value)


def point_ids(data: QMimeData) -> list[str]:
    """The point ids of a library drag (strings only; [] when absent or malformed)."""
    ids = (decode(data, POINTS_MIME) or {}).get("points")
    return [i for i in ids if isinstance(i, str)] if isinstance(ids, list) else []


def step_rows(data: QMimeData) -> list[int]:
    """The rows of a steps drag ([] when absent or malformed)."""
    return int_list((decode(data, STEPS_MIME) or {}).get("rows")) or []


def local_files(data: QMimeData | None) -> list[Path]:
    """The local files of a drag from outside (a file manager), in order."""
    if data is None or not data.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]
