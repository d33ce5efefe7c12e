"""Read the point catalogue (``points.json``) and check its images exist."""

from __future__ import annotations

import json
from pathlib import Path

from acupress_gui.domain.catalog import CatalogError, load_catalog
from acupress_gui.domain.models import Catalog


def read_catalog(resources_dir: Path) -> Catalog:
    """Load ``resources_dir/points.json``, validating it against ``resources_dir/images``.

    Raises:
        CatalogError: The file is missing, not JSON, or invalid; every problem is listed.
    """
    path = resources_dir / "points.json"
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise CatalogError([f"points.json could not be read: {error.strerror} ({path})"]) from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CatalogError([f"points.json is not valid JSON: {error}"]) from None
    except RecursionError:
        raise CatalogError(["points.json is nested too deeply to be a catalogue"]) from None
    images_dir = resources_dir / "images"
    names = [p.name for p in images_dir.iterdir()] if images_dir.is_dir() else []
    return load_catalog(data, file_name="points.json", image_names=names)
