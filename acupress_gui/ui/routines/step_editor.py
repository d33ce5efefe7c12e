"""The settings of the selected steps: hold, rest, repetitions, sides, prepare time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QWidget

from acupress_gui.domain.models import (
    HOLD_SECONDS,
    PREPARE_SECONDS,
    REPETITIONS,
    REST_SECONDS,
    Laterality,
    Sides,
    Step,
)
from acupress_gui.ui.routines.labels import problem_label
from acupress_gui.ui.routines.roles import Role
from acupress_gui.ui.routines.steps_model import RoutineStepsModel
from acupress_gui.ui.text.durations import format_duration
from acupress_gui.ui.text.plurals import counted
from acupress_gui.ui.text.points import point_name
from acupress_gui.ui.widgets.bounded_spin_box import NO_VALUE, BoundedSpinBox
from acupress_gui.ui.widgets.buddy_label import buddy_label


class StepEditor(QGroupBox):
    """Edits the settings of the selected steps of ``steps_model`` (accessible name "Step
    settings").

    Signals:
        step_changed: The user set a setting: the step field's name and its new value
            (``"hold_seconds"``, 40; ``"sides"``, ``"left"``).
    """

    step_changed = Signal(str, object)

    def __init__(self, steps_model: RoutineStepsModel, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Step settings"), parent)
        self._model = steps_model
        self.setAccessibleName(self.tr("Step settings"))
        seconds = self.tr(" s")
        self.hold_spin = self._spin(HOLD_SECONDS, self.tr("Hold"), seconds, self.tr("Hold seconds"))
        self.rest_spin = self._spin(REST_SECONDS, self.tr("Rest"), seconds, self.tr("Rest seconds"))
        self.repetitions_spin = self._spin(
            REPETITIONS, self.tr("Repetitions"), "", self.tr("Repetitions")
        )
        self.repetitions_spin.setSuffix(self.tr("×"))
        self.prepare_spin = self._spin(
            PREPARE_SECONDS, self.tr("Prepare time"), seconds, self.tr("Prepare seconds")
        )
        self.sides_combo = QComboBox()
        self.sides_combo.setAccessibleName(self.tr("Sides"))
        self.sides_combo.addItem(self.tr("Both sides"), Sides.BOTH.value)
        self.sides_combo.addItem(self.tr("Left only"), Sides.LEFT.value)
        self.sides_combo.addItem(self.tr("Right only"), Sides.RIGHT.value)
        self.sides_combo.view().setAccessibleName(self.tr("Sides"))
        self._spin_fields = {
            "hold_seconds": self.hold_spin,
            "rest_seconds": self.rest_spin,
            "repetitions": self.repetitions_spin,
            "prepare_seconds": self.prepare_spin,
        }
        for field, box in self._spin_fields.items():
            box.valueChanged.connect(lambda value, f=field: self._on_spin_value_changed(f, value))
        self.sides_combo.currentIndexChanged.connect(self._on_sides_combo_current_index_changed)
        self.step_duration_label = buddy_label("", muted=True)
        self.step_duration_label.setWordWrap(False)
        self.editor_message = problem_label(self.tr("Step settings problem"))
        self._lay_out()

    def _spin(self, bounds: tuple[int, int], what: str, suffix: str, name: str) -> BoundedSpinBox:
        low, high = bounds
        message = self.tr(
            "{what} must be between {low} and {high}{unit}. The step keeps {kept}{unit} until "
            "you type a number in that range."
        ).format(what=what, low=low, high=high, unit=suffix, kept="{kept}")
        box = BoundedSpinBox(low, high, message)
        box.setSuffix(suffix)
        box.setAccessibleName(name)
        box.setToolTip(self.tr("{low} to {high}{unit}").format(low=low, high=high, unit=suffix))
        box.range_problem.connect(self._on_spin_range_problem)
        return box

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        cells: list[tuple[str, QWidget]] = [
            (self.tr("Hold:"), self.hold_spin),
            (self.tr("Rest:"), self.rest_spin),
            (self.tr("Repeat:"), self.repetitions_spin),
            (self.tr("Sides:"), self.sides_combo),
            (self.tr("Prepare:"), self.prepare_spin),
        ]
        for number, (text, widget) in enumerate(cells):
            row, column = divmod(number, 3)
            label = buddy_label(text, widget)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(label, row, column * 2)
            grid.addWidget(widget, row, column * 2 + 1)
        grid.addWidget(self.step_duration_label, 1, 4, 1, 3)
        grid.addWidget(self.editor_message, 2, 0, 1, 7)
        for widget in (*self._spin_fields.values(), self.sides_combo):
            widget.setMinimumWidth(76)
            widget.setMaximumWidth(140)
        grid.setColumnStretch(6, 1)

    def clear_problem(self) -> None:
        """Hide an out-of-range message (another step was selected)."""
        self.editor_message.hide()
        for box in self._spin_fields.values():
            box.clear_problem()

    def show_rows(self, rows: list[int]) -> None:
        """Show the settings of the steps at ``rows`` (the first one's values)."""
        model = self._model
        editable = not model.is_read_only()
        step = model.step_at(rows[0]) if rows else None
        if step is None:
            self.setTitle(self.tr("Step settings: select a step"))
            self.step_duration_label.setText("")
        elif len(rows) == 1:
            point = model.point(step.point)
            name = point_name(point) if point else self.tr("unknown point")
            self.setTitle(
                self.tr("Step {n} settings: {code} {name}")
                .format(n=rows[0] + 1, code=step.point, name=name if name != step.point else "")
                .strip()
            )
        else:
            self.setTitle(
                counted(
                    QCoreApplication.translate(
                        "StepEditor", "Settings of %n step(s)", None, len(rows)
                    ),
                    len(rows),
                )
            )
        enabled = editable and step is not None
        for box in self._spin_fields.values():
            box.setEnabled(enabled)
        midline = all(
            (p := model.point(s.point)) is not None and p.laterality is Laterality.MIDLINE
            for s in (model.step_at(r) for r in rows)
            if s is not None
        )
        if step is not None:
            self._show_step(step, rows[0], midline=midline)
        else:  # nothing selected: no made-up values in the disabled boxes
            for box in self._spin_fields.values():
                box.show_value(None)
            self._show_sides(None)
        self.sides_combo.setEnabled(enabled and not midline)
        self.sides_combo.setToolTip(
            self.tr("A midline point is pressed once, in the middle.")
            if step is not None and midline
            else self.tr("Both sides (left, then right), or one side only")
        )

    def _show_step(self, step: Step, row: int, *, midline: bool) -> None:
        values = step.model_dump()
        for field, box in self._spin_fields.items():
            # A refused number stays in its box until the step's value itself changes.
            if box.value() != values[field] or box.specialValueText():
                box.show_value(int(values[field]))
        # A midline point is pressed once in the middle, whatever the step's sides say.
        self._show_sides(None if midline else step.sides.value, midline=midline)
        seconds = self._model.data(self._model.index(row), Role.SECONDS)
        self.step_duration_label.setText(
            self.tr("Step takes {duration}").format(duration=format_duration(seconds))
            if seconds is not None
            else self.tr("Skipped: unknown point")
        )

    def _show_sides(self, sides: str | None, *, midline: bool = False) -> None:
        """Show ``sides``; None shows a placeholder: "Middle" for midline points (pressed
        once), a dash when no step is selected."""
        self.sides_combo.blockSignals(True)
        self.sides_combo.setPlaceholderText(self.tr("Middle") if midline else NO_VALUE)
        index = self.sides_combo.findData(sides) if sides is not None else -1
        self.sides_combo.setCurrentIndex(index)
        self.sides_combo.blockSignals(False)

    def _on_spin_value_changed(self, field: str, value: int) -> None:
        self.editor_message.hide()
        self.step_changed.emit(field, value)

    @Slot(int)
    def _on_sides_combo_current_index_changed(self, _index: int) -> None:
        value = self.sides_combo.currentData()
        if value:
            self.step_changed.emit("sides", str(value))

    @Slot(str)
    def _on_spin_range_problem(self, message: str) -> None:
        self.editor_message.setText(message)
        self.editor_message.setVisible(bool(message))
