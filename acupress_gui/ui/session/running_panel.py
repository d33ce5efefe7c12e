"""The running panel of the Session page: what to do now, in large words, eyes-free.

The illustration with the pulsing marker, the phase word, the countdown ring, the point and
its instructions and cautions, what comes next, and the session's buttons.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from html import escape

from PySide6.QtCore import QEvent, Qt, QTimer, Slot
from PySide6.QtGui import QAction
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from acupress_gui.domain.models import Illustration, Point
from acupress_gui.domain.timer import Phase, PhaseKind, TimerMachine, TimerState
from acupress_gui.ui.resources import image_path
from acupress_gui.ui.session.actions import SessionActions
from acupress_gui.ui.session.fonts import ScaledFonts
from acupress_gui.ui.text.durations import format_clock
from acupress_gui.ui.text.phases import PHASE_COLORS, phase_title, position_instruction
from acupress_gui.ui.text.points import caution_kind_label, point_title
from acupress_gui.ui.text.sides import side_heading
from acupress_gui.ui.widgets.breathing_pacer import BreathingPacer
from acupress_gui.ui.widgets.countdown import CountdownRing
from acupress_gui.ui.widgets.illustration import IllustrationView

__all__ = ["RunningPanel"]

#: How long the phase words stay highlighted for a cue that could not be heard.
FLASH_MS = 400
_FLASH_STYLE = "background-color: #fff59d; color: #000; border-radius: 8px;"


class RunningPanel(QWidget):
    """Shows the running session from the timer machine's state.

    (``_built`` is False until ``__init__`` has finished: events do nothing before.)

    Args:
        points: The catalogue's points by id.
        illustrations: The catalogue's illustrations by file name.
        actions: The session actions the buttons trigger.
        fonts: The page's growing fonts.
    """

    _built = False

    def __init__(
        self,
        points: Mapping[str, Point],
        illustrations: Mapping[str, Illustration],
        actions: SessionActions,
        fonts: ScaledFonts,
        parent: QWidget | None = None,
        *,
        helper: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__(parent)
        self._helper = helper
        self._points = points
        self._illustrations = illustrations
        self._fonts = fonts
        self._flashing = False
        self._phase_color = ""
        self._shown_phase: tuple[int, bool] | None = None

        self.illustration = IllustrationView()
        # A change of position shows how to lie or sit instead of the point's drawing.
        self.position_picture = QSvgWidget()
        self.position_picture.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self.position_picture.setAccessibleName(self.tr("Position"))
        self.position_picture.hide()
        self.side_label = self._label(self.tr("Side"), 1.5, center=True)
        self.phase_label = self._label(self.tr("Phase"), 2.6, center=True)
        self.phase_label.setWordWrap(True)
        self.countdown = CountdownRing()
        # Off by default; shown during holds when the person turns it on.
        self.breathing = BreathingPacer()
        self.breathing.hide()
        self._breathing_enabled = False
        self.point_label = self._label(self.tr("Point"), 1.6)
        self.point_label.setWordWrap(True)
        self.repetition_label = self._label(self.tr("Repetition"), 1.4, center=True)
        self.progress_label = self._label(self.tr("Progress"), 1.1, bold=False, center=True)
        self.instructions = self._label(self.tr("Instructions"), 1.5, bold=False, rich=True)
        self.instructions.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.cautions_label = self._label(self.tr("Cautions"), 1.3, bold=False, rich=True)
        self.next_label = self._label(self.tr("Next"), 1.3, bold=False)
        self.next_label.setWordWrap(True)

        self.back_button = self._tool_button(actions.back_action)
        self.toggle_button = self._tool_button(actions.toggle_action)
        self.skip_button = self._tool_button(actions.skip_action)
        self.stop_button = self._tool_button(actions.stop_action)
        self.mute_button = self._tool_button(actions.mute_action)
        self.full_screen_button = self._tool_button(actions.full_screen_action)
        actions.toggle_action.changed.connect(self._on_toggle_action_changed)
        self._layout()
        self._built = True

    def _label(
        self,
        name: str,
        scale: float,
        *,
        bold: bool = True,
        center: bool = False,
        rich: bool = False,
    ) -> QLabel:
        label = QLabel()
        label.setAccessibleName(name)
        self._fonts.add(label, scale, bold)
        if center:
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if rich:
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
        return label

    def _tool_button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setMinimumHeight(44)
        button.setMinimumWidth(96)
        self._fonts.add(button, 1.1, bold=False)
        button.setDefaultAction(action)  # the button shows the action's text, tooltip, state
        button.setAccessibleName(action.text())
        return button

    def _layout(self) -> None:
        # One row of controls; on a narrow window or with large text, two (never cut off).
        self._controls_rows = (QHBoxLayout(), QHBoxLayout())
        self._controls_wrapped: bool | None = None
        self._controls_key: tuple[object, ...] | None = None
        controls = QVBoxLayout()
        for row in self._controls_rows:
            controls.addLayout(row)
        self._reflow_controls()

        left = QVBoxLayout()
        left.addWidget(self.illustration, 1)
        left.addWidget(self.position_picture, 1)
        left.addWidget(self.side_label)
        timer_box = QVBoxLayout()
        timer_box.addWidget(self.phase_label)
        timer_box.addWidget(self.countdown, 1)
        timer_box.addWidget(self.breathing, 0, Qt.AlignmentFlag.AlignHCenter)
        timer_box.addWidget(self.repetition_label)
        text_box = QVBoxLayout()
        text_box.addWidget(self.point_label)
        # Long instructions on a small screen scroll instead of being cut off.
        reading = QWidget()
        reading_box = QVBoxLayout(reading)
        reading_box.setContentsMargins(0, 0, 0, 0)
        reading_box.addWidget(self.instructions)
        reading_box.addWidget(self.cautions_label)
        reading_box.addStretch(1)
        self.reading_area = QScrollArea()
        self.reading_area.setWidget(reading)
        self.reading_area.setWidgetResizable(True)
        self.reading_area.setFrameShape(QFrame.Shape.NoFrame)
        self.reading_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.reading_area.setAccessibleName(self.tr("Instructions and cautions"))
        self.reading_area.viewport().setAutoFillBackground(False)
        reading.setAutoFillBackground(False)
        text_box.addWidget(self.reading_area, 1)
        text_box.addWidget(self.next_label)

        grid = QGridLayout()
        grid.addLayout(left, 0, 0)
        grid.addLayout(timer_box, 0, 1)
        grid.addLayout(text_box, 0, 2)
        grid.setColumnStretch(0, 4)
        grid.setColumnStretch(1, 4)
        grid.setColumnStretch(2, 5)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 8, 16, 8)
        outer.addLayout(grid, 1)
        outer.addLayout(controls)

    def _reflow_controls(self) -> None:
        """All the controls on one row when their full texts fit, else on two rows."""
        session = (self.back_button, self.toggle_button, self.skip_button, self.stop_button)
        others = (self.mute_button, self.full_screen_button)
        spacing = self.style().pixelMetric(self.style().PixelMetric.PM_LayoutHorizontalSpacing)
        wanted = sum(w.sizeHint().width() + max(spacing, 6) for w in (*session, *others))
        wanted += self.progress_label.sizeHint().width() + 64
        wrap = wanted > self.width() - 32
        if wrap == self._controls_wrapped:
            return
        self._controls_wrapped = wrap
        first, second = self._controls_rows
        for row in self._controls_rows:
            while row.count():
                row.takeAt(0)
        for button in session:
            first.addWidget(button)
        first.addStretch(1)
        rest = second if wrap else first
        rest.addWidget(self.progress_label)
        rest.addStretch(1)
        for button in others:
            rest.addWidget(button)

    def _layout_key(self) -> tuple[object, ...]:
        """What decides one row or two: the width, the fonts and the controls' texts (the
        time left changes each second, but its length seldom does)."""
        buttons = (
            self.back_button,
            self.toggle_button,
            self.skip_button,
            self.stop_button,
            self.mute_button,
            self.full_screen_button,
        )
        return (
            self.width(),
            self._fonts.factor,
            self.font().key(),
            tuple(button.text() for button in buttons),
            len(self.progress_label.text()),
        )

    def event(self, event: QEvent) -> bool:
        resized = event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest)
        if self._built and resized:
            key = self._layout_key()
            if key != self._controls_key:  # the width, the fonts or a text really changed
                self._controls_key = key
                self._reflow_controls()
        return super().event(event)

    @property
    def controls_wrapped(self) -> bool:
        """True while the controls take two rows."""
        return bool(self._controls_wrapped)

    @Slot()
    def _on_toggle_action_changed(self) -> None:
        self.toggle_button.setAccessibleName(self.toggle_button.defaultAction().text())

    # ---- showing the session ----------------------------------------------------------

    def set_breathing_guide(self, enabled: bool, *, reduced_motion: bool) -> None:
        """Show the breathing pace during holds (or not); with reduced motion it does not move."""
        self._breathing_enabled = enabled
        self.breathing.set_reduced_motion(reduced_motion)
        if not enabled:
            self.breathing.stop()
            self.breathing.hide()
        self.forget_phase()

    def forget_phase(self) -> None:
        """Redraw everything on the next :meth:`show_machine` (new session, new palette)."""
        self._shown_phase = None

    def show_machine(self, machine: TimerMachine, now: float) -> None:
        """Show the session's state at monotonic time ``now``."""
        phase = machine.current_phase
        if phase is None:
            return
        paused = machine.state is TimerState.PAUSED
        # Once a second only the countdown, the time left and the marker's beat change; the
        # rest of the panel is redrawn when the phase (or paused) changes.
        if (phase.index, paused) != self._shown_phase:
            self._shown_phase = (phase.index, paused)
            self._show_phase(phase, paused, machine.next_phase)
        seconds = machine.display_seconds(now)
        self.countdown.set_state(seconds, phase.duration, PHASE_COLORS[phase.kind])
        self.progress_label.setText(
            self.tr("Step {x} of {n}  ·  {time} left").format(
                x=phase.step_index + 1,
                n=len(machine.plan.steps),
                time=format_clock(machine.time_left(now)),
            )
        )
        # The marker beats with the countdown while pressing: no extra timer, no extra wake-ups.
        beating = phase.kind is PhaseKind.HOLD and not paused
        self.illustration.set_pulse(0.8 if beating and seconds % 2 == 0 else 0.0)

    def _show_phase(self, phase: Phase, paused: bool, next_phase: Phase | None) -> None:
        # Paused keeps the phase in view: the person knows whether they were pressing.
        title = phase_title(phase)
        self.phase_label.setText(
            self.tr("Paused · {phase}").format(phase=title) if paused else title
        )
        self._phase_color = "" if paused else PHASE_COLORS[phase.kind].name()
        self._style_phase_label()
        self._pace_breathing(phase.kind is PhaseKind.HOLD and not paused)
        self._show_position(phase)
        if phase.kind in (PhaseKind.HOLD, PhaseKind.REST):
            self.repetition_label.setText(
                self.tr("Repetition {x} of {n}").format(x=phase.repetition, n=phase.repetitions)
            )
        else:
            self.repetition_label.setText(" ")
        point = self._points.get(phase.point_id)
        if point is not None:
            self._show_point(point, phase)
        self._show_next(next_phase)

    def _show_position(self, phase: Phase) -> None:
        position = phase.body_position if phase.kind is PhaseKind.POSITION else None
        if position is not None:
            self.position_picture.load(str(image_path(f"positions/{position.value}.svg")))
            # Set after each load: loading a file resets the renderer's aspect mode.
            self.position_picture.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self.position_picture.setVisible(position is not None)
        self.illustration.setVisible(position is None)

    def _pace_breathing(self, holding: bool) -> None:
        if self._breathing_enabled and holding:
            self.breathing.show()
            if not self.breathing.running:
                self.breathing.start()
        elif self.breathing.running or self.breathing.isVisible():
            self.breathing.stop()
            self.breathing.hide()

    def _show_point(self, point: Point, phase: Phase) -> None:
        illustration = self._illustrations[point.image]
        self.illustration.show_point(point, illustration, image_path(point.image), phase.side)
        self.side_label.setText(side_heading(phase.side))
        self.point_label.setText(point_title(point))
        for_helper = self._helper() and point.needs_helper and bool(point.helper_technique)
        technique = point.helper_technique if for_helper else point.technique
        steps = "".join(f"<li>{escape(s)}</li>" for s in technique)
        html = ""
        if phase.kind is PhaseKind.POSITION:
            html += f"<p style='font-size:x-large'><b>{escape(position_instruction(phase))}</b></p>"
            html += "<p>" + escape(self.tr("Then the next point:")) + "</p>"
        if for_helper:
            html += "<p><b>" + escape(self.tr("For your helper:")) + "</b></p>"
        html += "<p><b>" + escape(self.tr("Where:")) + f"</b> {escape(point.location)}</p>"
        if point.standard_location:
            # Where the source is vaguer than the standard: where to press, in plain words.
            html += (
                "<p><b>" + escape(self.tr("Where to press:")) + "</b> "
                f"{escape(point.standard_location)}</p>"
            )
        if phase.kind in (
            PhaseKind.PREPARE,
            PhaseKind.TRANSITION,
            PhaseKind.HOLD,
            PhaseKind.POSITION,
        ):
            html += f"<ol style='-qt-list-indent: 1'>{steps}</ol>"
        self.instructions.setText(html)
        cautions = self._cautions_html(point)
        self.cautions_label.setText(cautions)
        show_cautions = bool(point.cautions) or not point.self_applicable
        self.cautions_label.setVisible(show_cautions and bool(cautions))

    def _cautions_html(self, point: Point) -> str:
        cautions = ""
        if point.self_applicable and point.partner_alternative:
            cautions += "<p><b>" + escape(self.tr("If you cannot reach it:")) + "</b> "
            cautions += escape(point.partner_alternative) + "</p>"
        if not point.self_applicable:
            alternative = point.partner_alternative or self.tr(
                "The sources give no way to do this one alone: skip it (Right) if no one can help."
            )
            cautions += "<p><b>" + escape(self.tr("Needs a partner.")) + "</b> "
            cautions += escape(alternative) + "</p>"
        # For a partner-only point the line above already says so; for others, a source's
        # advice to get help is a caution like any other.
        for caution in (c for c in point.cautions if c.kind != "partner" or point.self_applicable):
            label = caution_kind_label(caution.kind)
            cautions += f"<p>⚠ <b>{escape(label)}:</b> {escape(caution.text)}</p>"
        return cautions

    def _show_next(self, phase: Phase | None) -> None:
        if phase is None:
            self.next_label.setText(self.tr("Next: done"))
            return
        point = self._points.get(phase.point_id)
        if phase.kind is PhaseKind.TRANSITION or phase.kind is PhaseKind.PREPARE:
            name = point_title(point) if point else phase.point_id
            self.next_label.setText(self.tr("Next: {name}").format(name=name))
        else:
            self.next_label.setText(self.tr("Next: {phase}").format(phase=phase_title(phase)))

    # ---- flash -------------------------------------------------------------------------

    def flash(self) -> None:
        """A visual cue in place of a sound: the phase words are highlighted once."""
        self._flashing = True
        self._style_phase_label()
        QTimer.singleShot(FLASH_MS, self._end_flash)

    @Slot()
    def _end_flash(self) -> None:
        self._flashing = False
        self._style_phase_label()

    def _style_phase_label(self) -> None:
        style = f"color: {self._phase_color};" if self._phase_color else ""
        if self._flashing:
            style += _FLASH_STYLE
        if style != self.phase_label.styleSheet():  # a new style sheet means a re-polish
            self.phase_label.setStyleSheet(style)
