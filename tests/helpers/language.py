"""The app in another language for the length of a test: its translators and its locale."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLocale

from acupress_gui.ui.platform.translations import install_translators
from acupress_gui.ui.resources import resources_dir


@contextmanager
def speaking(code: str) -> Iterator[None]:
    """The app speaks ``code`` (``de``, ...) inside the block, as before after it."""
    app = QCoreApplication.instance()
    assert app is not None
    before = QLocale()
    translators = install_translators(app, code, resources_dir() / "i18n")
    assert translators, f"the {code} translation is there"
    try:
        yield
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(before)
