"""The one wording of the pain map's body regions (session panels, History, the report)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from acupress_gui.domain.pain_map import PainRegion

__all__ = ["region_name", "regions_list"]


def region_name(region: PainRegion) -> str:
    """A region as the pain map and the report name it: ``lower back, left``."""
    return {
        PainRegion.LOWER_BACK_LEFT: QCoreApplication.translate("Regions", "lower back, left"),
        PainRegion.LOWER_BACK_RIGHT: QCoreApplication.translate("Regions", "lower back, right"),
        PainRegion.UPPER_BACK: QCoreApplication.translate("Regions", "upper back"),
        PainRegion.NECK: QCoreApplication.translate("Regions", "neck"),
        PainRegion.HIPS: QCoreApplication.translate("Regions", "hips and buttocks"),
        PainRegion.LEGS: QCoreApplication.translate("Regions", "legs"),
    }[PainRegion(region)]


def regions_list(regions: tuple[PainRegion, ...]) -> str:
    """Regions in map order joined by commas; ``—`` when none."""
    return "; ".join(region_name(region) for region in regions) if regions else "—"
