"""The one plural rule: Qt's ``%n`` numerus forms.

Every count the app shows is translated where it is written, with a literal context and
source so that pyside6-lupdate extracts it as a numerus message, and passed through
:func:`counted`::

    counted(QCoreApplication.translate("HistoryPage", "%Ln session(s)", None, n), n)

With a translator loaded, Qt picks the language's plural form; without one (English, the
source language), the ``(s)`` marker is resolved here, so English never shows
"1 step(s)".
"""

from __future__ import annotations

import re

_MARKER = re.compile(r"\((s|es)\)")


def counted(text: str, count: int) -> str:
    """``text`` (already translated for ``count``) with English ``(s)`` markers resolved.

    A translation never keeps the marker, so only the English source text changes here:
    ``1 step(s)`` -> ``1 step``, ``3 step(s)`` -> ``3 steps``.
    """
    if "(" not in text:
        return text
    return _MARKER.sub(lambda m: "" if count == 1 else m.group(1), text)
