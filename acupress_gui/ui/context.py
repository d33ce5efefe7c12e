"""The composition root: every service the pages need, built complete before any widget.

:func:`build_context` reads the catalogue and the settings, opens the history behind its
recorder, loads the user's routines and creates the sound and voice cues and the screen-awake
service. Widgets get what they need from the :class:`AppContext` through their constructors
and talk through signals; nothing is assigned into a service after it is built.
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtGui import QGuiApplication

from acupress_gui.domain.catalog import CatalogError
from acupress_gui.domain.checkin import checkin_due
from acupress_gui.domain.models import Catalog, Routine
from acupress_gui.domain.recording import MemoryRecorder, SessionRecorder
from acupress_gui.domain.session_summary import streak_with_today
from acupress_gui.errors import StartupError
from acupress_gui.storage.catalog_file import read_catalog
from acupress_gui.storage.content_i18n import I18N_DIR, load_content_translation
from acupress_gui.storage.history import HistoryError, HistoryStore, open_history
from acupress_gui.storage.routines import RoutineStore
from acupress_gui.storage.settings import Settings, SettingsStore
from acupress_gui.ui.cues import CuePlayer, VoiceCues
from acupress_gui.ui.cues.sound import SoundBackend
from acupress_gui.ui.platform.notifications import Notifier
from acupress_gui.ui.platform.screen_awake import ScreenAwake
from acupress_gui.ui.platform.theme import ThemeFollower
from acupress_gui.ui.platform.translations import (
    ENGLISH,
    choose_language,
    install_translators,
)
from acupress_gui.ui.resources import ResourcesNotFoundError, resources_dir
from acupress_gui.ui.services.history_keeper import HistoryKeeper
from acupress_gui.ui.services.reminder_scheduler import ReminderScheduler
from acupress_gui.ui.services.routine_library import RoutineLibrary

log = logging.getLogger(__name__)


@dataclass(frozen=True, eq=False)
class AppContext:
    """What every page needs, complete from the start.

    Attributes:
        config_dir: Where settings, routines and history live.
        catalog: The point catalogue and the built-in routines.
        settings_store: Reads and writes settings.json.
        settings: The settings in use (changed in place, saved through save_settings()).
        routines: The built-in and the user's routines.
        history: The session history, or None where the app runs without one (some tests).
        recorder: What sessions are recorded through (the history's, or in memory).
        cues: The sound cues. voice: The voice cues.
        screen_awake: Keeps the screen on while a session runs.
        theme: Follows the desktop's light or dark scheme, or the person's choice.
        warnings: What the person should be told about files that could not be used.
        reminders: Arms one timer to the next practice reminder (started by the app).
        notifier: Desktop notifications (QtDBus is imported at the first one).
        language: The language of the app's words and of the point texts (``en``, ``de``,
            ``es``, ``zh_CN``). language_problem: Why the language asked for is not used.
    """

    config_dir: Path
    catalog: Catalog
    settings_store: SettingsStore
    settings: Settings
    routines: RoutineLibrary
    history: HistoryKeeper | None
    recorder: SessionRecorder
    cues: CuePlayer
    voice: VoiceCues
    screen_awake: ScreenAwake
    theme: ThemeFollower
    warnings: tuple[str, ...] = ()
    reminders: ReminderScheduler | None = None
    notifier: Notifier | None = None
    language: str = ENGLISH
    language_problem: str | None = None

    @property
    def history_store(self) -> HistoryStore | None:
        """The history store, when there is one."""
        return self.history.store if self.history is not None else None

    def session_saved(self, session_id: str) -> bool:
        """True when the session is really written to the history file (False while it
        waits in memory). Without a history (some tests) there is nothing to wait for."""
        return self.history.is_saved(session_id) if self.history is not None else True

    def session_streak(self) -> int | None:
        """Days in a row with a session, today's included (None when the history cannot
        tell: there is none, or it cannot be read)."""
        store = self.history_store
        if store is None:
            return None
        try:
            return streak_with_today(store.session_days(), store.local_today())
        except HistoryError as error:
            log.warning("the streak could not be read: %s", error)
            return None

    def checkin_due(self) -> bool:
        """True when the weekly check-in is on and none was given in the last seven days."""
        store = self.history_store
        if not self.settings.weekly_checkin or store is None:
            return False
        try:
            return checkin_due(store.last_checkin_day(), store.local_today())
        except HistoryError as error:
            log.warning("the last check-in could not be read: %s", error)
            return False

    def all_routines(self) -> list[Routine]:
        """Built-in routines first, then the user's."""
        return self.routines.all_routines()

    def save_settings(self) -> str | None:
        """Write the settings; returns a message for the person when that failed."""
        try:
            self.settings_store.save(self.settings)
        except OSError as error:
            log.warning("settings could not be saved: %s", error)
            return f"Settings could not be saved to {self.settings_store.path}: {error.strerror}"
        return None

    def close(self) -> list[str]:
        """Release what the services hold (the history last); returns what was not saved."""
        self.screen_awake.release()
        if self.reminders is not None:
            self.reminders.stop()
        self.voice.shutdown()
        return self.history.close() if self.history is not None else []


def load_catalog() -> Catalog:
    """The point catalogue; raises StartupError when it cannot be loaded."""
    try:
        return read_catalog(resources_dir())
    except (CatalogError, ResourcesNotFoundError) as error:
        raise StartupError(f"The point catalogue could not be loaded:\n{error}") from None


def build_context(
    config_dir: Path,
    *,
    history: HistoryStore | None = None,
    open_history_file: bool = False,
    recorder: SessionRecorder | None = None,
    sound_backend: SoundBackend | None = None,
    voice_engine: str | None = None,
    parent: QObject | None = None,
    translate: bool = False,
    language: str | None = None,
) -> AppContext:
    """Build every service for ``config_dir``; raises StartupError when the app cannot run.

    The history is ``history`` when given (the caller keeps it), else opened from the config
    folder when ``open_history_file`` (the context owns it: :meth:`AppContext.close`), else
    none: sessions are then kept in memory only. ``recorder`` replaces the recorder (tests
    that watch or break what is recorded).

    With ``translate`` (a real start), the language is chosen (``language`` from ``--lang``,
    the setting, the environment, the system: ui/platform/translations.py), its translators
    are installed before any widget exists, and the catalogue's texts are that language's
    (resources/i18n/points.<locale>.json; English field by field where it has none).
    Without it (tests), the app speaks English.
    """
    catalog = load_catalog()
    settings_store = SettingsStore(config_dir)
    loaded = settings_store.load()
    warnings = list(loaded.warnings)
    code, problem = ENGLISH, None
    # ``--routine`` and reminders take the name a person knows from the docs, whatever
    # language the app speaks.
    english_names = {routine.name.casefold(): routine.id for routine in catalog.routines}
    if translate:
        catalog, code, problem = _speak_language(
            catalog, language, loaded.settings.language, warnings
        )
    if history is None and open_history_file:
        # Never raises: a history that cannot be used is kept in memory, with a warning.
        history = open_history(config_dir, monotonic=time.monotonic)
    keeper = HistoryKeeper(history, parent) if history is not None else None
    if history is not None:
        warnings.extend(w for w in history.warnings if w not in warnings)
    routines = RoutineLibrary(
        catalog, RoutineStore(config_dir), parent, english_names=english_names
    )
    warnings.extend(w for w in routines.load_warnings if w not in warnings)
    settings = loaded.settings
    return AppContext(
        config_dir=config_dir,
        catalog=catalog,
        settings_store=settings_store,
        settings=settings,
        routines=routines,
        history=keeper,
        recorder=recorder if recorder is not None else _default_recorder(keeper),
        # Nothing is loaded until the first cue (sound) or the first phrase (voice).
        cues=CuePlayer(parent, volume=settings.volume, muted=settings.muted, backend=sound_backend),
        voice=VoiceCues(parent, enabled=settings.voice_enabled, engine=voice_engine),
        screen_awake=ScreenAwake(parent=parent),
        theme=ThemeFollower(_gui_application(), settings.theme, parent),
        warnings=tuple(warnings),
        # Cheap: one idle QTimer object; nothing is armed until the app starts it.
        reminders=ReminderScheduler(
            lambda: [entry.to_reminder() for entry in settings.reminders], parent=parent
        ),
        notifier=Notifier(parent=parent),
        language=code,
        language_problem=problem,
    )


def _speak_language(
    catalog: Catalog, requested: str | None, setting: str | None, warnings: list[str]
) -> tuple[Catalog, str, str | None]:
    """Install the translators of the chosen language; the catalogue in that language, the
    language, and why the language asked for is not used (None: it is)."""
    choice = choose_language(requested, setting, os.environ, QLocale.system().name())
    log.info("language %s (from %s)", choice.code, choice.origin)
    app = _gui_application()
    install_translators(app, choice.code, resources_dir() / I18N_DIR)
    if choice.code == ENGLISH:
        return catalog, choice.code, choice.problem
    # The name the desktop shows after the window title ("… — Acupressure").
    app.setApplicationDisplayName(QCoreApplication.translate("Application", "Acupressure"))
    content = load_content_translation(resources_dir(), choice.code, catalog)
    warnings.extend(content.problems)
    return content.catalog, choice.code, choice.problem


def _default_recorder(keeper: HistoryKeeper | None) -> SessionRecorder:
    return keeper.recorder if keeper is not None else MemoryRecorder()


def _gui_application() -> QGuiApplication:
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        raise StartupError("The app's window system could not be started.")
    return app
