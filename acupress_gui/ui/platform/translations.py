"""The language of the app: which one is chosen, and the translators that speak it.

The choice, first that applies: ``--lang CODE``, the ``language`` setting (Settings >
Language), the environment (``LANGUAGE``, then ``LC_ALL``, then ``LANG``), then the system
locale (QLocale). A code the app has no translation for is English; one asked for by name
(``--lang``, the setting) also gets a message saying so.

:func:`install_translators` loads the app's compiled translation
(``resources/i18n/acupress-gui_<code>.qm``, built by ``scripts/update_translations.py``) and
Qt's own (``qtbase_<code>.qm``, for the standard buttons and dialogs; skipped quietly when the
Qt installation has none, as in the bundle without it), and makes the language's QLocale the
default, so dates, numbers and ``%Ln`` counts read as the language writes them. Loading a
``.qm`` file maps it into memory: it costs about a millisecond.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from acupress_gui.storage.content_i18n import match_locale

log = logging.getLogger(__name__)

#: The languages of the app, by code, each named in its own language (the menu's words).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "es": "Español",
    "zh_CN": "简体中文",
}
ENGLISH = "en"
#: The environment variables that name the person's language, in the order they count.
ENV_VARS = ("LANGUAGE", "LC_ALL", "LANG")


@dataclass(frozen=True)
class LanguageChoice:
    """The language in use (a key of :data:`LANGUAGES`), where the choice came from
    (``command line``, ``settings``, an environment variable or ``system``), and a message
    when the language asked for does not exist."""

    code: str
    origin: str
    problem: str | None = None


def supported_language(code: str | None) -> str | None:
    """The app's language for a locale code (``de_AT.UTF-8`` -> ``de``), or None."""
    return match_locale(code, LANGUAGES)


def choose_language(
    requested: str | None, setting: str | None, environ: Mapping[str, str], system: str
) -> LanguageChoice:
    """The language for ``--lang`` (``requested``), the setting, the environment, the system.

    ``system`` is the system locale's name (``QLocale.system().name()``).
    """
    for asked, origin in ((requested, "command line"), (setting, "settings")):
        if asked:
            code = supported_language(asked)
            if code is not None:
                return LanguageChoice(code, origin)
            known = ", ".join(LANGUAGES)
            problem = QCoreApplication.translate(
                "Translations",
                "There is no translation for the language “{code}”, so the app is in English. "
                "The languages are: {known}.",
            ).format(code=asked, known=known)
            log.warning("no translation for the language %r (%s): English", asked, origin)
            return LanguageChoice(ENGLISH, origin, problem)
    for name in ENV_VARS:
        value = environ.get(name, "")
        if not value:
            continue
        # LANGUAGE may list several, in order of preference: "de:en".
        for item in value.split(":"):
            code = supported_language(item)
            if code is not None:
                return LanguageChoice(code, name)
        return LanguageChoice(ENGLISH, name)
    return LanguageChoice(supported_language(system) or ENGLISH, "system")


def qm_file(folder: Path, code: str) -> Path:
    """``acupress-gui_de.qm`` in ``folder``."""
    return folder / f"acupress-gui_{code}.qm"


def install_translators(app: QCoreApplication, code: str, folder: Path) -> list[QTranslator]:
    """Speak ``code``: the app's and Qt's translators (children of ``app``), and the locale.

    English is the source language: nothing is loaded and the default locale is kept (the
    system's). A missing app translation is logged and the app stays in English.
    """
    if code == ENGLISH:
        return []
    QLocale.setDefault(QLocale(code))
    installed: list[QTranslator] = []
    own = QTranslator(app)
    if own.load(str(qm_file(folder, code))):
        app.installTranslator(own)
        installed.append(own)
    else:
        log.warning("the translation %s could not be loaded: English", qm_file(folder, code))
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{code}", qt_folder):
        app.installTranslator(qt)
        installed.append(qt)
    else:
        log.info("Qt has no translation qtbase_%s in %s", code, qt_folder)
    return installed
