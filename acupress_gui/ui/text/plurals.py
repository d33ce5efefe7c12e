"""The one plural rule: Qt's ``%n`` numerus forms.

Every count the app shows goes through :func:`plural` with a source text such as
``"%n step(s)"``. With a translator loaded, Qt picks the language's plural form; without one
(English, the source language), the ``(s)`` marker is resolved here, so English never shows
"1 step(s)".
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

_MARKER = re.compile(r"\((s|es)\)")


def plural(context: str, source: str, count: int, disambiguation: str | None = None) -> str:
    """``source`` translated in ``context`` for ``count``, with ``%n`` replaced by it."""
    text = QCoreApplication.translate(context, source, disambiguation, count)
    if text == source.replace("%n", str(count)) or _MARKER.search(text):
        # No translation: English forms from the (s) markers.
        text = _MARKER.sub(lambda m: "" if count == 1 else m.group(1), text)
    return text
