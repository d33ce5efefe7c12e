"""Settings > Language: System or one of the app's languages, kept in settings.json."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from acupress_gui.ui.platform.translations import LANGUAGES
from acupress_gui.ui.shell.choice_group import add_choices


class LanguageMenu(QObject):
    """The submenu; reports the choice (``""`` for System), the window saves it.

    The new language is used from the next start (the menu says so).
    """

    language_chosen = Signal(str)
    """The code of the language chosen (``de``), or ``""`` for the system's."""

    def __init__(self, current: str | None, parent: QMenu) -> None:
        super().__init__(parent)
        self.menu = parent.addMenu(self.tr("&Language"))
        self.menu.menuAction().setToolTip(self.tr("The language changes at the next start"))
        #: Translators: the language of the desktop (LANGUAGE, LANG or the system setting).
        choices = [("", self.tr("System"))]
        # Each language is named in its own words, so that anyone finds their own.
        choices.extend(LANGUAGES.items())
        group = add_choices(self, self.menu, choices, current or "")
        self.menu.addSeparator()
        note = self.menu.addAction(self.tr("Changes at the next start"))
        note.setEnabled(False)
        group.triggered.connect(self._on_group_triggered)
        self._group = group

    def actions(self) -> list[QAction]:
        """The choices, in menu order (System first)."""
        return self._group.actions()

    @Slot(QAction)
    def _on_group_triggered(self, action: QAction) -> None:
        self.language_chosen.emit(str(action.data()))
