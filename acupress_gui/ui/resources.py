"""One resolver for the app's data files (``resources/``).

The same code finds the resources when the app runs from the source tree (``resources/``
beside the package), from an installed wheel (``acupress_gui/resources`` inside the
package) or from a frozen bundle (the same layout under the bundle's folder).
"""

from __future__ import annotations

import sys
from functools import cache
from importlib import resources as importlib_resources
from pathlib import Path


class ResourcesNotFoundError(RuntimeError):
    """No folder with points.json was found: the installation is incomplete."""


def _candidates() -> list[Path]:
    found: list[Path] = []
    try:
        packaged = importlib_resources.files("acupress_gui") / "resources"
        found.append(Path(str(packaged)))
    except (ModuleNotFoundError, TypeError):
        pass
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        found.append(Path(bundle) / "acupress_gui" / "resources")
        found.append(Path(bundle) / "resources")
    found.append(Path(__file__).resolve().parents[2] / "resources")
    return found


@cache
def resources_dir() -> Path:
    """The folder that holds points.json, images/ and sounds/."""
    tried = _candidates()
    for candidate in tried:
        if (candidate / "points.json").is_file():
            return candidate
    where = ", ".join(str(p) for p in tried)
    raise ResourcesNotFoundError(
        f"The app's data files (points.json) were not found; looked in {where}"
    )


def image_path(name: str) -> Path:
    """The path of an illustration in resources/images."""
    return resources_dir() / "images" / name


def sound_path(name: str) -> Path:
    """The path of a sound cue in resources/sounds."""
    return resources_dir() / "sounds" / name
