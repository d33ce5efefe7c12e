"""The services every page needs, built before any widget exists."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from acupress_gui.domain.models import Catalog, Routine
from acupress_gui.domain.recording import MemoryRecorder, SessionRecorder
from acupress_gui.storage.settings import Settings, SettingsStore


@dataclass
class AppContext:
    """What every page needs: the catalogue, the user's settings and where files live."""

    config_dir: Path
    catalog: Catalog
    settings_store: SettingsStore
    settings: Settings
    warnings: list[str] = field(default_factory=list)
    recorder: SessionRecorder = field(default_factory=MemoryRecorder)
    user_routines: Callable[[], list[Routine]] = field(default=lambda: [])

    def all_routines(self) -> list[Routine]:
        """Built-in routines first, then the user's."""
        return [*self.catalog.routines, *self.user_routines()]

    def save_settings(self) -> str | None:
        """Write the settings; returns a message for the user when that failed."""
        try:
            self.settings_store.save(self.settings)
        except OSError as error:
            return f"Settings could not be saved to {self.settings_store.path}: {error.strerror}"
        return None
