"""The setup panel of the Session page: the routine, its steps and total time, pain before."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from acupress_gui.domain.models import Point, Routine, Step
from acupress_gui.domain.timer import UnknownPointError
from acupress_gui.ui.session.fonts import ScaledFonts, body_form
from acupress_gui.ui.session.plan_options import PlanOptions, routine_plan
from acupress_gui.ui.text.durations import format_duration, format_seconds
from acupress_gui.ui.text.plurals import counted
from acupress_gui.ui.text.points import point_name
from acupress_gui.ui.text.sides import step_sides_text
from acupress_gui.ui.widgets.buddy_label import buddy_label
from acupress_gui.ui.widgets.pain_map import PainMap
from acupress_gui.ui.widgets.pain_rating import PainRating

__all__ = ["SetupPanel", "pregnancy_points"]


def pregnancy_points(routine: Routine, points: Mapping[str, Point]) -> list[str]:
    """The routine's points the sources advise against in pregnancy, each once, in order."""
    return list(
        dict.fromkeys(
            s.point
            for s in routine.steps
            if s.point in points and points[s.point].has_pregnancy_caution
        )
    )


class SetupPanel(QWidget):
    """Pick a routine, see its steps and how long it takes, rate the pain before.

    Signals:
        routine_changed(): Another routine was picked (and is shown).

    Args:
        points: The catalogue's points by id.
        pregnant: Whether to flag the points to avoid in pregnancy.
        fonts: The page's growing fonts.
    """

    routine_changed = Signal()
    helper_toggled = Signal(bool)
    """Partner mode was turned on or off."""

    def __init__(
        self,
        points: Mapping[str, Point],
        pregnant: Callable[[], bool],
        fonts: ScaledFonts,
        plan_options: Callable[[], PlanOptions] = PlanOptions,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._points = points
        self._pregnant = pregnant
        self._plan_options = plan_options
        self._routines: list[Routine] = []
        self.routine_combo = QComboBox()
        self.routine_combo.setAccessibleName(self.tr("Routine"))
        self.routine_combo.currentIndexChanged.connect(self._on_routine_combo_current_index_changed)
        routine_label = buddy_label(self.tr("R&outine:"), self.routine_combo)

        self.routine_summary = QLabel()
        self.routine_summary.setWordWrap(True)
        fonts.add(self.routine_summary, 1.15, bold=False)
        self.steps_overview = QListWidget()
        self.steps_overview.setAccessibleName(self.tr("Routine overview"))
        self.steps_overview.setAlternatingRowColors(True)
        self.routine_notes = QLabel()
        self.routine_notes.setWordWrap(True)
        self.routine_notes.setTextFormat(Qt.TextFormat.RichText)

        self.pain_before = PainRating()
        self.pain_before.setAccessibleName(self.tr("Pain before, 0 to 10"))
        self.pain_before.setToolTip(self.tr("Optional: how much does your back hurt now? 0 = none"))
        pain_label = buddy_label(self.tr("&Pain now (0–10, optional):"), self.pain_before)
        self.pain_map = PainMap()
        first_box = next(iter(self.pain_map.boxes.values()))
        map_label = buddy_label(self.tr("&Where it hurts (optional):"), first_box)
        # Partner mode: instructions for points that need a helper speak to the helper.
        self.helper_check = QCheckBox(self.tr("A &helper presses for me"))
        self.helper_check.setAccessibleName(self.tr("A helper presses for me"))
        self.helper_check.setToolTip(
            self.tr("Points that need a partner are explained to your helper, in their words")
        )
        self.helper_check.toggled.connect(self.helper_toggled)
        self.helper_check.toggled.connect(lambda _on: self.show_routine())

        self.start_button = QPushButton(self.tr("Start  (Space)"))
        self.start_button.setAccessibleName(self.tr("Start session"))
        fonts.add(self.start_button, 1.4)
        self.start_button.setMinimumHeight(56)

        for widget in (self.steps_overview, self.routine_notes):
            fonts.add(widget, 1.0, bold=False)
        form = body_form(
            fonts,
            [
                (routine_label, self.routine_combo),
                (pain_label, self.pain_before),
                (map_label, self.pain_map),
                (None, self.helper_check),
            ],
        )
        top = QVBoxLayout(self)
        top.setContentsMargins(24, 16, 24, 16)
        title = QLabel(self.tr("Guided session"))
        fonts.add(title, 1.6)
        top.addWidget(title)
        # This week's days practised against the weekly goal ("3 of 5 days this week").
        self.goal_label = QLabel()
        self.goal_label.setAccessibleName(self.tr("This week's progress toward your goal"))
        self.goal_label.setVisible(False)
        fonts.add(self.goal_label, 1.0, bold=False)
        top.addWidget(self.goal_label)
        top.addLayout(form)
        top.addWidget(self.routine_summary)
        top.addWidget(self.steps_overview, 1)
        top.addWidget(self.routine_notes)
        top.addWidget(self.start_button)

    # ---- routines ----------------------------------------------------------------------

    def show_week_progress(self, text: str) -> None:
        """Show this week's progress toward the weekly goal (hidden while empty)."""
        self.goal_label.setText(text)
        self.goal_label.setVisible(bool(text))

    def set_routines(self, routines: list[Routine], select: str | None = None) -> None:
        """Offer these routines (built-in and the user's); keep the selection if possible."""
        current = self.current_routine()
        previous = select or (current.id if current else None)
        self._routines = list(routines)
        self.routine_combo.blockSignals(True)
        self.routine_combo.clear()
        for routine in self._routines:
            label = (
                routine.name
                if routine.builtin
                else self.tr("{name} (yours)").format(name=routine.name)
            )
            self.routine_combo.addItem(label, routine.id)
        index = self.routine_combo.findData(previous) if previous else -1
        self.routine_combo.setCurrentIndex(max(index, 0))
        self.routine_combo.blockSignals(False)
        self.show_routine()  # once, not also through the combo's signal
        picked = self.current_routine()
        if picked is not None and (current is None or picked.id != current.id):
            self.routine_changed.emit()

    def select_routine(self, name_or_id: str) -> bool:
        """Select a routine by id or (case-insensitive) name; False when there is none."""
        wanted = name_or_id.strip().casefold()
        for index, routine in enumerate(self._routines):
            if wanted in (routine.id.casefold(), routine.name.casefold()):
                self.routine_combo.setCurrentIndex(index)
                return True
        return False

    def current_routine(self) -> Routine | None:
        """The routine picked."""
        index = self.routine_combo.currentIndex()
        return self._routines[index] if 0 <= index < len(self._routines) else None

    @Slot(int)
    def _on_routine_combo_current_index_changed(self, _index: int) -> None:
        self.show_routine()
        self.routine_changed.emit()

    def show_routine(self) -> None:
        """Show the picked routine: its steps, its length and what to know before."""
        routine = self.current_routine()
        self.steps_overview.clear()
        if routine is None:
            self.routine_summary.setText(self.tr("No routine yet: make one on the Routines page."))
            self.routine_notes.clear()
            return
        missing = [s.point for s in routine.steps if s.point not in self._points]
        for number, step in enumerate(routine.steps, start=1):
            self.steps_overview.addItem(self._step_line(number, step, self._points.get(step.point)))
        try:
            total = routine_plan(routine, self._points, options=self._plan_options()).total_seconds
            summary = self.tr("{points} · {time}").format(
                points=counted(
                    QCoreApplication.translate(
                        "SessionPage", "%n point(s)", None, len(routine.steps) - len(missing)
                    ),
                    len(routine.steps) - len(missing),
                ),
                time=format_duration(total, approximate=True),
            )
        except (UnknownPointError, ValueError):
            summary = self.tr("This routine has no points that can be run.")
        if routine.description:
            summary = f"{summary}\n{routine.description}"
        self.routine_summary.setText(summary)
        notes = self._routine_notes(routine, missing)
        self.routine_notes.setText(notes)
        self.routine_notes.setVisible(bool(notes))

    def _step_line(self, number: int, step: Step, point: Point | None) -> str:
        if point is None:
            return self.tr("{n}. {code}: unknown point, left out").format(n=number, code=step.point)
        times = self.tr("{hold} × {reps}").format(
            hold=format_seconds(step.hold_seconds), reps=step.repetitions
        )
        sides = step_sides_text(step.sides, point)
        flags = ""
        if self._pregnant() and point.has_pregnancy_caution:
            flags += "  ⚠ " + self.tr("avoid in pregnancy")
        if point.needs_helper:
            flags += "  · " + (
                self.tr("your helper presses")
                if self.helper_check.isChecked()
                else self.tr("needs a partner")
            )
        return f"{number}. {point.id} {point_name(point)} — {times}, {sides}{flags}"

    def _routine_notes(self, routine: Routine, missing: list[str]) -> str:
        notes: list[str] = []
        partner = [
            s.point
            for s in routine.steps
            if s.point in self._points and not self._points[s.point].self_applicable
        ]
        if partner:
            codes = list(dict.fromkeys(partner))
            if self.helper_check.isChecked():
                text = self.tr("Your helper presses {codes}: the session speaks to them there.")
            elif len(codes) == 1:
                text = self.tr("{codes} needs a partner; the session shows what you can do alone.")
            else:
                text = self.tr("{codes} need a partner; the session shows what you can do alone.")
            notes.append(text.format(codes=", ".join(codes)))
        if self._pregnant():
            flagged = pregnancy_points(routine, self._points)
            if flagged:
                notes.append(
                    self.tr("⚠ {codes}: the sources advise against these in pregnancy.").format(
                        codes=", ".join(flagged)
                    )
                )
        if missing:
            notes.append(
                self.tr("{codes}: not in the point catalogue, left out.").format(
                    codes=", ".join(missing)
                )
            )
        return "<br>".join(escape(n) for n in notes)
