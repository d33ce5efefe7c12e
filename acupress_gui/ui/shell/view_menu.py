"""The View menu's own entries: text size (Ctrl+Plus, Ctrl+Minus, Ctrl+0) and the theme."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from acupress_gui.storage.settings import TEXT_SCALES
from acupress_gui.ui.shell.choice_group import add_choices


def step_text_scale(current: float, steps: int) -> float:
    """The text size ``steps`` steps from ``current`` (0: back to normal), within the range."""
    if steps == 0:
        return 1.0
    nearest = min(range(len(TEXT_SCALES)), key=lambda i: abs(TEXT_SCALES[i] - current))
    index = min(max(nearest + steps, 0), len(TEXT_SCALES) - 1)
    return TEXT_SCALES[index]


class ViewOptions(QObject):
    """Text size and theme entries, added to the View menu; reports each change."""

    text_scale_changed = Signal(float)
    theme_changed = Signal(str)

    def __init__(self, text_scale: float, theme: str, menu: QMenu, parent: QWidget) -> None:
        super().__init__(parent)
        self._scale = text_scale
        size = menu.addMenu(self.tr("&Text size"))
        self.larger_action = self._add(
            size, self.tr("&Larger"), [QKeySequence.StandardKey.ZoomIn, "Ctrl+="], 1
        )
        self.smaller_action = self._add(
            size, self.tr("&Smaller"), [QKeySequence.StandardKey.ZoomOut], -1
        )
        self.normal_action = self._add(size, self.tr("&Normal size"), ["Ctrl+0"], 0)
        themes = menu.addMenu(self.tr("T&heme"))
        choices = [
            ("system", self.tr("Like the &desktop")),
            ("light", self.tr("&Light")),
            ("dark", self.tr("&Dark")),
        ]
        group = add_choices(self, themes, choices, theme)
        group.triggered.connect(self._on_theme_group_triggered)

    @property
    def text_scale(self) -> float:
        """The text size now."""
        return self._scale

    def size_actions(self) -> list[QAction]:
        """Larger, smaller, normal (for the shortcut list)."""
        return [self.larger_action, self.smaller_action, self.normal_action]

    def _add(
        self, menu: QMenu, text: str, keys: list[QKeySequence.StandardKey | str], steps: int
    ) -> QAction:
        action = QAction(text, self)
        sequences: list[QKeySequence] = []
        for key in keys:
            if isinstance(key, QKeySequence.StandardKey):
                sequences.extend(QKeySequence.keyBindings(key))
            else:
                sequences.append(QKeySequence(key))
        action.setShortcuts(sequences)
        action.triggered.connect(lambda _checked=False, n=steps: self._step(n))
        menu.addAction(action)
        return action

    def _step(self, steps: int) -> None:
        scale = step_text_scale(self._scale, steps)
        if scale != self._scale:
            self._scale = scale
            self.text_scale_changed.emit(scale)

    @Slot(QAction)
    def _on_theme_group_triggered(self, action: QAction) -> None:
        self.theme_changed.emit(str(action.data()))
