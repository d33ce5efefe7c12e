"""Read the point catalogue (``points.json``) and check its images exist."""

from __future__ import annotations

from pathlib import Path

from acupress_gui.domain.catalog import CatalogError, load_catalog
from acupress_gui.domain.models import Catalog
from acupress_gui.storage.envelope import EnvelopeError, Problem, parse_json


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
        data = parse_json(raw)
    except EnvelopeError as error:
        raise CatalogError([_problem(error)]) from None
    images_dir = resources_dir / "images"
    names = [p.name for p in images_dir.iterdir()] if images_dir.is_dir() else []
    return load_catalog(data, file_name="points.json", image_names=names)


def _problem(error: EnvelopeError) -> str:
    match error.problem:
        case Problem.TOO_DEEP:
            return "points.json is nested too deeply to be a catalogue"
        case Problem.NUMBER_TOO_LONG:
            return f"points.json has a number longer than {error.detail} digits"
        case _:
            return f"points.json is not valid JSON: {error.detail}"
