"""Help > About: what the app is, where its knowledge comes from, the translations' state."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from acupress_gui import __version__

#: Where corrections to the app and its translations are welcome.
ISSUES_URL = "https://github.com/acupressgui/acupress-gui/issues"


def show_about(parent: QWidget) -> None:
    """The About box."""
    QMessageBox.about(
        parent,
        QCoreApplication.translate("AppWindow", "About acupress-gui"),
        QCoreApplication.translate(
            "AppWindow",
            "acupress-gui {version}\n\nGuided acupressure for back pain. The points, "
            "timings and cautions come from the articles named on each point. This app "
            "is not a substitute for professional care.",
        ).format(version=__version__)
        + "\n\n"
        + QCoreApplication.translate(
            "AppWindow",
            "The German, Spanish and Chinese translations, of the app and of the point "
            "texts, were made with care but have not yet been reviewed by native-speaking "
            "practitioners. Corrections are welcome: {url}",
        ).format(url=ISSUES_URL),
    )
