"""Light and dark palettes that follow the desktop's colour scheme.

Platform themes (GNOME, KDE, Windows, macOS) usually hand Qt a dark palette when the desktop
is dark. Where the platform reports a dark scheme but still gives a light palette (some
window managers, Fusion without a platform theme), the app applies its own dark palette.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


def dark_palette() -> QPalette:
    """A calm dark palette with enough contrast to read from arm's length."""
    palette = QPalette()
    window, base, text = QColor("#202124"), QColor("#17181a"), QColor("#e8eaed")
    role = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, role.Window, window)
        palette.setColor(group, role.WindowText, text)
        palette.setColor(group, role.Base, base)
        palette.setColor(group, role.AlternateBase, QColor("#26282b"))
        palette.setColor(group, role.Text, text)
        palette.setColor(group, role.Button, QColor("#2d2f33"))
        palette.setColor(group, role.ButtonText, text)
        palette.setColor(group, role.ToolTipBase, QColor("#303134"))
        palette.setColor(group, role.ToolTipText, text)
        palette.setColor(group, role.Highlight, QColor("#1a73e8"))
        palette.setColor(group, role.HighlightedText, QColor("white"))
        palette.setColor(group, role.Link, QColor("#8ab4f8"))
        palette.setColor(group, role.PlaceholderText, QColor("#9aa0a6"))
        palette.setColor(group, role.Mid, QColor("#3c4043"))
        palette.setColor(group, role.Dark, QColor("#111214"))
        palette.setColor(group, role.Light, QColor("#3c4043"))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, r, QColor("#6f7378"))
    palette.setColor(disabled, role.Window, window)
    palette.setColor(disabled, role.Base, base)
    palette.setColor(disabled, role.Button, QColor("#26282b"))
    return palette


def is_dark(palette: QPalette) -> bool:
    """True when the palette's window background is dark."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


#: The ``theme`` setting's values: follow the desktop (the default), or always light or dark.
THEMES = ("system", "light", "dark")


class ThemeFollower(QObject):
    """Keeps the app's palette in step with the desktop's light/dark scheme, or with the
    person's own choice of light or dark."""

    def __init__(
        self, app: QGuiApplication, choice: str = "system", parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._app = app
        self._choice = choice if choice in THEMES else "system"
        hints = app.styleHints()
        hints.colorSchemeChanged.connect(self._on_style_hints_color_scheme_changed)
        self._apply()

    @property
    def choice(self) -> str:
        """``system``, ``light`` or ``dark``."""
        return self._choice

    def set_choice(self, choice: str) -> None:
        """Follow the desktop (``system``) or stay ``light`` or ``dark``."""
        if choice not in THEMES:
            raise ValueError(f"unknown theme {choice!r}")
        self._choice = choice
        self._apply()

    def _apply(self) -> None:
        if self._choice == "dark":
            apply_scheme(self._app, Qt.ColorScheme.Dark)
        elif self._choice == "light":
            apply_scheme(self._app, Qt.ColorScheme.Light, force=True)
        else:
            apply_scheme(self._app, self._app.styleHints().colorScheme())

    @Slot(Qt.ColorScheme)
    def _on_style_hints_color_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        self._apply()


def apply_scheme(app: QGuiApplication, scheme: Qt.ColorScheme, *, force: bool = False) -> None:
    """Use a dark palette for a dark scheme unless the platform already gave one.

    A light scheme restores the platform's palette when it is dark; with ``force`` (the
    person chose light) the style's own light palette is used even where the platform's
    palette is dark.
    """
    if scheme == Qt.ColorScheme.Dark:
        if not is_dark(app.palette()):
            app.setPalette(dark_palette())
    elif is_dark(app.palette()) and (force or scheme == Qt.ColorScheme.Light):
        app.setPalette(QPalette())
        if force and is_dark(app.palette()):
            app.setPalette(light_palette())


def light_palette() -> QPalette:
    """The style's standard light palette (Fusion's, where the platform's is dark)."""
    style = QApplication.style()
    return style.standardPalette() if style is not None else QPalette()
