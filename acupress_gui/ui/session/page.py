"""The Session page: pick a routine, follow it eyes-free, rate how it went.

Three panels in a stack: *setup* (routine, its steps and total time, pain before, Start),
*running* (illustration with the pulsing marker, phase in large words, countdown ring,
instructions, what comes next, controls) and *summary* (what was done, pain after, a note).
The page is driven by a :class:`~acupress_gui.ui.session.controller.SessionController`; every
event it reports refreshes the page from the timer machine's state.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAction,
    QFont,
    QKeySequence,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from acupress_gui.domain.models import Catalog, Laterality, Point, Routine, Sides, Step
from acupress_gui.domain.recording import (
    HoldResult,
    MemoryRecorder,
    SessionRecorder,
    SessionStart,
    SessionStatus,
)
from acupress_gui.domain.timer import (
    Countdown,
    HoldEnded,
    Paused,
    PauseReason,
    Phase,
    PhaseKind,
    PhaseStarted,
    Plan,
    SessionFinished,
    SessionStopped,
    TimerEvent,
    TimerState,
    UnknownPointError,
    build_plan,
)
from acupress_gui.ui.resources import image_path
from acupress_gui.ui.session.controller import Clock, MonotonicClock, SessionController
from acupress_gui.ui.text.phases import PHASE_COLORS, phase_speech, phase_title
from acupress_gui.ui.text.points import caution_kind_label, point_title
from acupress_gui.ui.text.sides import side_name
from acupress_gui.ui.widgets.countdown import CountdownRing, format_seconds
from acupress_gui.ui.widgets.illustration import IllustrationView
from acupress_gui.ui.widgets.pain_rating import PainRating


def _big_font(widget: QWidget, scale: float, bold: bool = True) -> QFont:
    font = QFont(widget.font())
    size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * scale)
    font.setBold(bold)
    return font


def routine_duration_text(seconds: float, *, approximate: bool = True) -> str:
    """``about 14 min`` (``14 min`` when not approximate), or seconds when very short."""
    if seconds < 90:
        return QCoreApplication.translate("SessionPage", "{s} s").format(s=round(seconds))
    if approximate:
        text = QCoreApplication.translate("SessionPage", "about {m} min")
    else:
        text = QCoreApplication.translate("SessionPage", "{m} min")
    return text.format(m=round(seconds / 60))


class SessionPage(QWidget):
    """Everything needed to run a guided session."""

    session_ended = Signal(str)
    """A session ended (finished or stopped); carries its id."""
    session_rated = Signal(str)
    """Pain after / note were saved for a session."""
    running_changed = Signal(bool)
    """A session started running (True) or stopped running: paused, ended (False)."""
    message = Signal(str)
    """A one-line message for the status bar ("" clears it)."""

    def __init__(
        self,
        catalog: Catalog,
        *,
        recorder: SessionRecorder | None = None,
        clock: Clock | None = None,
        wall_now: Callable[[], datetime] | None = None,
        pregnant: Callable[[], bool] = lambda: False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._points = {p.id: p for p in catalog.points}
        self._illustrations = {ill.file: ill for ill in catalog.illustrations}
        self._recorder: SessionRecorder = recorder or MemoryRecorder()
        self._clock: Clock = clock or MonotonicClock()
        self._wall_now = wall_now or (lambda: datetime.now(UTC).astimezone())
        self._pregnant = pregnant
        self._routines: list[Routine] = []
        self._controller: SessionController | None = None
        self._session_id: str | None = None
        self._session_routine: Routine | None = None
        self.announcements: list[str] = []
        self.flash_count = 0
        self._saved_rating: tuple[int, str] | None = None
        self._flashing = False
        self._phase_color = ""
        self._shown_phase: tuple[int, bool] | None = None
        self._running_emitted = False
        self.cue_handler: Callable[[TimerEvent, Point | None], None] | None = None
        #: Asked before every start; False stops it (the window shows the safety notice).
        self.before_start: Callable[[], bool] | None = None

        self._font_scale = 1.0
        self._scaled_widgets: list[tuple[QWidget, float, bool]] = []
        self._stack = QStackedWidget()
        self._setup = self._build_setup()
        self._running = self._build_running()
        self._summary = self._build_summary()
        for panel in (self._setup, self._running, self._summary):
            self._stack.addWidget(panel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        self._build_actions()
        self._update_actions()

    # ---- building ----------------------------------------------------------------------

    def _scaled(self, widget: QWidget, scale: float, bold: bool = True) -> None:
        """Give ``widget`` a font ``scale`` times the base size, growing with the page."""
        self._scaled_widgets.append((widget, scale, bold))
        widget.setFont(_big_font(self, scale * self._font_scale, bold))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Readable from arm's length: text grows with the window (1x at 1024x640).
        factor = min(self.width() / 1000, self.height() / 600)
        factor = round(min(max(factor, 1.0), 1.9), 1)
        if factor != self._font_scale:
            self._font_scale = factor
            for widget, scale, bold in self._scaled_widgets:
                widget.setFont(_big_font(self, scale * factor, bold))

    def _build_setup(self) -> QWidget:
        panel = QWidget()
        self.routine_combo = QComboBox()
        self.routine_combo.setAccessibleName(self.tr("Routine"))
        self.routine_combo.currentIndexChanged.connect(self._on_routine_combo_current_index_changed)
        routine_label = QLabel(self.tr("R&outine:"))
        routine_label.setBuddy(self.routine_combo)

        self.routine_summary = QLabel()
        self.routine_summary.setWordWrap(True)
        self._scaled(self.routine_summary, 1.15, bold=False)
        self.steps_overview = QListWidget()
        self.steps_overview.setAccessibleName(self.tr("Routine overview"))
        self.steps_overview.setAlternatingRowColors(True)
        self.routine_notes = QLabel()
        self.routine_notes.setWordWrap(True)
        self.routine_notes.setTextFormat(Qt.TextFormat.RichText)

        self.pain_before = PainRating()
        self.pain_before.setAccessibleName(self.tr("Pain before, 0 to 10"))
        self.pain_before.setToolTip(self.tr("Optional: how much does your back hurt now? 0 = none"))
        pain_label = QLabel(self.tr("&Pain now (0–10, optional):"))
        pain_label.setBuddy(self.pain_before)

        self.start_button = QPushButton(self.tr("Start  (Space)"))
        self.start_button.setAccessibleName(self.tr("Start session"))
        self._scaled(self.start_button, 1.4)
        self.start_button.setMinimumHeight(56)
        self.start_button.clicked.connect(self.start_session)

        for widget in (
            self.routine_combo,
            self.steps_overview,
            self.pain_before,
            self.routine_notes,
        ):
            self._scaled(widget, 1.0, bold=False)
        for label in (routine_label, pain_label):
            self._scaled(label, 1.0, bold=False)
        form = QFormLayout()
        form.addRow(routine_label, self.routine_combo)
        form.addRow(pain_label, self.pain_before)
        top = QVBoxLayout(panel)
        top.setContentsMargins(24, 16, 24, 16)
        title = QLabel(self.tr("Guided session"))
        self._scaled(title, 1.6)
        top.addWidget(title)
        top.addLayout(form)
        top.addWidget(self.routine_summary)
        top.addWidget(self.steps_overview, 1)
        top.addWidget(self.routine_notes)
        top.addWidget(self.start_button)
        return panel

    def _build_running(self) -> QWidget:
        panel = QWidget()
        self.illustration = IllustrationView()
        self.side_label = QLabel()
        self.side_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._scaled(self.side_label, 1.5)
        self.side_label.setAccessibleName(self.tr("Side"))

        self.phase_label = QLabel()
        self._scaled(self.phase_label, 2.6)
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phase_label.setAccessibleName(self.tr("Phase"))
        self.phase_label.setWordWrap(True)
        self.countdown = CountdownRing()
        self.point_label = QLabel()
        self._scaled(self.point_label, 1.4)
        self.point_label.setWordWrap(True)
        self.point_label.setAccessibleName(self.tr("Point"))
        self.repetition_label = QLabel()
        self._scaled(self.repetition_label, 1.4)
        self.repetition_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.repetition_label.setAccessibleName(self.tr("Repetition"))
        self.progress_label = QLabel()
        self._scaled(self.progress_label, 1.1, bold=False)
        self.progress_label.setAccessibleName(self.tr("Progress"))
        self.progress_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.instructions = QLabel()
        self.instructions.setWordWrap(True)
        self.instructions.setTextFormat(Qt.TextFormat.RichText)
        self.instructions.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._scaled(self.instructions, 1.1, bold=False)
        self.instructions.setAccessibleName(self.tr("Instructions"))
        self.cautions_label = QLabel()
        self.cautions_label.setWordWrap(True)
        self.cautions_label.setTextFormat(Qt.TextFormat.RichText)
        self.cautions_label.setAccessibleName(self.tr("Cautions"))
        self._scaled(self.cautions_label, 1.0, bold=False)
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        self.next_label.setAccessibleName(self.tr("Next"))
        self._scaled(self.next_label, 1.05, bold=False)

        self.back_button = self._tool_button()
        self.toggle_button = self._tool_button()
        self.skip_button = self._tool_button()
        self.stop_button = self._tool_button()
        self.mute_button = self._tool_button()
        self.full_screen_button = self._tool_button()
        controls = QHBoxLayout()
        for button in (
            self.back_button,
            self.toggle_button,
            self.skip_button,
            self.stop_button,
        ):
            controls.addWidget(button)
        controls.addStretch(1)
        controls.addWidget(self.progress_label)
        controls.addStretch(1)
        controls.addWidget(self.mute_button)
        controls.addWidget(self.full_screen_button)

        left = QVBoxLayout()
        left.addWidget(self.illustration, 1)
        left.addWidget(self.side_label)

        timer_box = QVBoxLayout()
        timer_box.addWidget(self.phase_label)
        timer_box.addWidget(self.countdown, 1)
        timer_box.addWidget(self.repetition_label)

        text_box = QVBoxLayout()
        text_box.addWidget(self.point_label)
        text_box.addWidget(self.instructions)
        text_box.addWidget(self.cautions_label)
        text_box.addStretch(1)
        text_box.addWidget(self.next_label)

        grid = QGridLayout()
        grid.addLayout(left, 0, 0)
        grid.addLayout(timer_box, 0, 1)
        grid.addLayout(text_box, 0, 2)
        grid.setColumnStretch(0, 4)
        grid.setColumnStretch(1, 4)
        grid.setColumnStretch(2, 5)

        outer = QVBoxLayout(panel)
        outer.setContentsMargins(16, 8, 16, 8)
        outer.addLayout(grid, 1)
        outer.addLayout(controls)
        return panel

    def _tool_button(self) -> QToolButton:
        button = QToolButton()
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setMinimumHeight(44)
        button.setMinimumWidth(96)
        self._scaled(button, 1.1, bold=False)
        return button

    def _build_summary(self) -> QWidget:
        panel = QWidget()
        self.summary_title = QLabel()
        self._scaled(self.summary_title, 2.0)
        self.summary_text = QLabel()
        self.summary_text.setWordWrap(True)
        self._scaled(self.summary_text, 1.15, bold=False)
        self.summary_text.setAccessibleName(self.tr("Session summary"))
        self.pain_after = PainRating()
        self.pain_after.setAccessibleName(self.tr("Pain after, 0 to 10"))
        pain_label = QLabel(self.tr("P&ain now (0–10, optional):"))
        pain_label.setBuddy(self.pain_after)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setPlaceholderText(self.tr("Optional: how did it go?"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(160)
        note_label = QLabel(self.tr("&Note:"))
        note_label.setBuddy(self.note_edit)
        self.save_rating_button = QPushButton(self.tr("Sav&e"))
        self.save_rating_button.setAccessibleName(self.tr("Save rating and note"))
        self.save_rating_button.clicked.connect(self.save_rating)
        self.new_session_button = QPushButton(self.tr("Ne&w session"))
        self.new_session_button.setAccessibleName(self.tr("New session"))
        self.new_session_button.clicked.connect(self._on_new_session_button_clicked)
        for widget in (self.pain_after, self.note_edit, pain_label, note_label):
            self._scaled(widget, 1.0, bold=False)
        form = QFormLayout()
        form.addRow(pain_label, self.pain_after)
        form.addRow(note_label, self.note_edit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_rating_button)
        buttons.addWidget(self.new_session_button)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.summary_title)
        layout.addWidget(self.summary_text)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return panel

    def _action(
        self, text: str, keys: list[QKeySequence | str], slot: Callable[[], None]
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        names = " / ".join(
            QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys
        )
        action.setToolTip(f"{text.replace('&', '')} ({names})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.toggle_action = self._action(self.tr("Start"), ["Space"], self.toggle)
        self.skip_action = self._action(self.tr("Skip"), ["Right", "N"], self.skip)
        self.back_action = self._action(self.tr("Back"), ["Left", "B"], self.back)
        self.stop_action = self._action(self.tr("Stop"), ["Esc"], self.request_stop)
        self.mute_action = self._action(self.tr("Mute"), ["M"], self._on_mute_action_triggered)
        self.mute_action.setCheckable(True)
        # Only on this page: M typed in another page's list must not silence the cues.
        self.mute_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for action in (self.toggle_action, self.skip_action, self.back_action):
            action.setAutoRepeat(False)  # a held key pauses or skips once, not over and over
        self.full_screen_action = self._action(
            self.tr("Full screen"), ["F"], self._on_full_screen_action_triggered
        )
        self.full_screen_action.setCheckable(True)
        pairs = (
            (self.back_button, self.back_action),
            (self.toggle_button, self.toggle_action),
            (self.skip_button, self.skip_action),
            (self.stop_button, self.stop_action),
            (self.mute_button, self.mute_action),
            (self.full_screen_button, self.full_screen_action),
        )
        for button, action in pairs:
            button.setDefaultAction(action)
            button.setAccessibleName(action.text())

    # ---- routines ----------------------------------------------------------------------

    def set_routines(self, routines: list[Routine], select: str | None = None) -> None:
        """Offer these routines (built-in and the user's); keep the selection if possible."""
        previous = select or (self.current_routine().id if self.current_routine() else None)
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
        self.routine_combo.blockSignals(False)
        index = self.routine_combo.findData(previous) if previous else -1
        self.routine_combo.setCurrentIndex(max(index, 0))
        self._show_routine()

    def select_routine(self, name_or_id: str) -> bool:
        """Select a routine by id or (case-insensitive) name; False when there is none."""
        wanted = name_or_id.strip().casefold()
        for index, routine in enumerate(self._routines):
            if wanted in (routine.id.casefold(), routine.name.casefold()):
                self.routine_combo.setCurrentIndex(index)
                return True
        return False

    def current_routine(self) -> Routine | None:
        """The routine picked on the setup panel."""
        index = self.routine_combo.currentIndex()
        return self._routines[index] if 0 <= index < len(self._routines) else None

    @Slot(int)
    def _on_routine_combo_current_index_changed(self, _index: int) -> None:
        self._show_routine()

    def plan_for(self, routine: Routine, skip: set[str] | None = None) -> Plan:
        """The plan of ``routine``: steps on unknown points or on points in ``skip`` left out."""
        left_out = skip or set()
        steps = [s for s in routine.steps if s.point in self._points and s.point not in left_out]
        return build_plan(steps, lambda pid: self._points[pid].laterality)

    def _show_routine(self) -> None:
        routine = self.current_routine()
        self.steps_overview.clear()
        if routine is None:
            self.routine_summary.setText(self.tr("No routine yet: make one on the Routines page."))
            self.routine_notes.clear()
            self._update_actions()
            return
        missing = [s.point for s in routine.steps if s.point not in self._points]
        for number, step in enumerate(routine.steps, start=1):
            point = self._points.get(step.point)
            self.steps_overview.addItem(self._step_line(number, step, point))
        try:
            total = self.plan_for(routine).total_seconds
            summary = self.tr("{n} points · {time}").format(
                n=len(routine.steps) - len(missing), time=routine_duration_text(total)
            )
        except (UnknownPointError, ValueError):
            summary = self.tr("This routine has no points that can be run.")
        if routine.description:
            summary = f"{summary}\n{routine.description}"
        self.routine_summary.setText(summary)
        notes = self._routine_notes(routine, missing)
        self.routine_notes.setText(notes)
        self.routine_notes.setVisible(bool(notes))
        self._update_actions()

    def _step_line(self, number: int, step: Step, point: Point | None) -> str:
        if point is None:
            return self.tr("{n}. {code}: unknown point, left out").format(n=number, code=step.point)
        times = self.tr("{hold} s × {reps}").format(hold=step.hold_seconds, reps=step.repetitions)
        if point.laterality is Laterality.MIDLINE:
            sides = self.tr("middle")
        elif step.sides is Sides.BOTH:
            sides = self.tr("both sides")
        else:
            sides = (
                self.tr("left side only")
                if step.sides is Sides.LEFT
                else self.tr("right side only")
            )
        flags = ""
        if self._pregnant() and point.has_pregnancy_caution:
            flags += "  ⚠ " + self.tr("avoid in pregnancy")
        if not point.self_applicable:
            flags += "  · " + self.tr("needs a partner")
        return f"{number}. {point.id} {point.display_name} — {times}, {sides}{flags}"

    def _routine_notes(self, routine: Routine, missing: list[str]) -> str:
        notes: list[str] = []
        partner = [
            self._points[s.point].id
            for s in routine.steps
            if s.point in self._points and not self._points[s.point].self_applicable
        ]
        if partner:
            notes.append(
                self.tr("{codes} need a partner; the session shows what you can do alone.").format(
                    codes=", ".join(dict.fromkeys(partner))
                )
            )
        if self._pregnant():
            flagged = self._pregnancy_points(routine)
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

    def _pregnancy_points(self, routine: Routine) -> list[str]:
        return list(
            dict.fromkeys(
                s.point
                for s in routine.steps
                if s.point in self._points and self._points[s.point].has_pregnancy_caution
            )
        )

    # ---- commands ----------------------------------------------------------------------

    @property
    def controller(self) -> SessionController | None:
        """The controller of the session on the page, if any."""
        return self._controller

    def state(self) -> TimerState | None:
        """The timer state of the session on the page (None before the first start)."""
        return self._controller.state if self._controller else None

    def is_running(self) -> bool:
        """True while a session runs or is paused (not yet ended)."""
        return self.state() in (TimerState.RUNNING, TimerState.PAUSED)

    @Slot()
    def toggle(self) -> None:
        """Space: start on the setup panel, pause or resume while running."""
        state = self.state()
        if state is TimerState.RUNNING:
            assert self._controller is not None
            self._controller.pause()
        elif state is TimerState.PAUSED:
            assert self._controller is not None
            self._controller.resume()
        elif self._stack.currentWidget() is self._setup:
            self.start_session()

    @Slot()
    def start_session(self) -> bool:
        """Start the selected routine; asks first about pregnancy-cautioned points."""
        routine = self.current_routine()
        if routine is None or self.is_running():
            return False
        if self.before_start is not None and not self.before_start():
            return False
        skip: set[str] = set()
        if self._pregnant():
            flagged = self._pregnancy_points(routine)
            if flagged and not self._ask_pregnancy(flagged, skip):
                return False
            if self.is_running():  # started elsewhere while the question was open
                return False
        try:
            plan = self.plan_for(routine, skip)
        except (UnknownPointError, ValueError):
            self.message.emit(self.tr("This routine has no points that can be run."))
            return False
        self._begin(routine, plan)
        return True

    def _ask_pregnancy(self, flagged: list[str], skip: set[str]) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Points to avoid in pregnancy"),
            self.tr(
                "This routine includes {codes}. The sources say these points can induce labour "
                "and should be avoided in pregnancy."
            ).format(codes=", ".join(flagged)),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        skip_button = box.addButton(self.tr("&Skip them"), QMessageBox.ButtonRole.AcceptRole)
        keep_button = box.addButton(self.tr("&Keep them"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(skip_button)
        box.exec()
        clicked = box.clickedButton()
        if clicked is skip_button:
            skip.update(flagged)
            return True
        return clicked is keep_button

    def _begin(self, routine: Routine, plan: Plan) -> None:
        if self._controller is not None:
            self._controller.deleteLater()
        self._shown_phase = None
        controller = SessionController(self._clock, parent=self)
        controller.load(plan)
        controller.events_emitted.connect(self._on_controller_events_emitted)
        controller.remaining_changed.connect(self._on_controller_remaining_changed)
        self._controller = controller
        self._session_routine = routine
        self._session_id = uuid.uuid4().hex
        pain = self.pain_before.value()
        self._record(
            lambda: self._recorder.begin(
                SessionStart(
                    session_id=self._session_id or "",
                    routine_id=routine.id,
                    routine_name=routine.name,
                    started_at=self._wall_now(),
                    pain_before=pain if pain >= 0 else None,
                )
            )
        )
        self._stack.setCurrentWidget(self._running)
        controller.start()
        if self.isVisible():
            self.toggle_button.setFocus()

    @Slot()
    def skip(self) -> None:
        """Skip to the next phase."""
        if self.state() in (TimerState.RUNNING, TimerState.PAUSED):
            assert self._controller is not None
            self._controller.skip()

    @Slot()
    def back(self) -> None:
        """Back to the start of the step (or the previous one)."""
        if self.state() in (TimerState.RUNNING, TimerState.PAUSED):
            assert self._controller is not None
            self._controller.back()

    @Slot()
    def request_stop(self) -> None:
        """Esc: ask, then stop the session."""
        if not self.is_running():
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Stop the session?"),
            self.tr("Stop now? What you have done so far is kept in your history."),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        stop = box.addButton(self.tr("&Stop session"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Continue"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stop)
        box.exec()
        if box.clickedButton() is stop:
            self.stop()

    def stop(self) -> None:
        """Stop the session without asking."""
        if self.is_running():
            assert self._controller is not None
            self._controller.stop()

    # ---- events ------------------------------------------------------------------------

    @Slot(list)
    def _on_controller_events_emitted(self, events: list[TimerEvent]) -> None:
        for event in events:
            self._handle(event)
        self._refresh()

    @Slot(int)
    def _on_controller_remaining_changed(self, _seconds: int) -> None:
        self._refresh()

    def _handle(self, event: TimerEvent) -> None:
        point = None
        if isinstance(event, PhaseStarted | Countdown):
            point = self._points.get(event.phase.point_id)
        if self.cue_handler is not None:
            try:
                self.cue_handler(event, point)
            except Exception as error:  # a cue must never cost the session an event
                self.message.emit(self.tr("A cue failed: {error}").format(error=error))
        if isinstance(event, PhaseStarted):
            self._announce(phase_speech(event.phase, point))
        elif isinstance(event, HoldEnded):
            hold = HoldResult.from_record(event.record)
            session_id = self._session_id or ""
            self._record(lambda: self._recorder.add_hold(session_id, hold))
        elif isinstance(event, Paused):
            if event.reason is PauseReason.SUSPEND:
                text = self.tr("Paused: the computer was asleep. Press Space to go on.")
            else:
                text = self.tr("Paused. Press Space to go on.")
            self._announce(text)
            self.message.emit(text)
        elif isinstance(event, SessionFinished | SessionStopped):
            self._end(
                SessionStatus.COMPLETED
                if isinstance(event, SessionFinished)
                else SessionStatus.STOPPED
            )

    def _announce(self, text: str) -> None:
        """Tell screen readers (a polite live announcement) and keep it for tests."""
        self.announcements.append(text)
        target = self.phase_label if self._stack.currentWidget() is self._running else self
        event = QAccessibleAnnouncementEvent(target, text)
        QAccessible.updateAccessibility(event)

    def _record(self, action: Callable[[], None]) -> bool:
        """Call the recorder; a failure is told to the user, never stops the session."""
        try:
            action()
        except Exception as error:  # the session must go on whatever the recorder does
            self.message.emit(self.tr("History could not be written: {error}").format(error=error))
            return False
        return True

    def _end(self, status: SessionStatus) -> None:
        session_id = self._session_id or ""
        self._record(lambda: self._recorder.finish(session_id, self._wall_now(), status))
        controller = self._controller
        assert controller is not None
        machine = controller.machine
        held = machine.held_seconds
        steps = {r.step_index for r in machine.records}
        if status is SessionStatus.COMPLETED:
            self.summary_title.setText(self.tr("Well done"))
            self._announce(self.tr("Session complete. Well done."))
        else:
            self.summary_title.setText(self.tr("Session stopped"))
            self._announce(self.tr("Session stopped."))
        routine = self._session_routine
        self.summary_text.setText(
            self.tr(
                "{routine}: {holds} holds on {points} points, {held} of pressing in total. "
                "It is saved in your history."
            ).format(
                routine=routine.name if routine else "",
                holds=len(machine.records),
                points=len(steps),
                held=routine_duration_text(held, approximate=False),
            )
        )
        self.pain_after.setValue(-1)
        self.note_edit.clear()
        self._saved_rating = None
        self._stack.setCurrentWidget(self._summary)
        # The summary says it all; clear "Paused" and the like (no message left to expire).
        self.message.emit("")
        if self.isVisible():  # never take the keyboard from another page
            self.pain_after.setFocus()
        self.session_ended.emit(session_id)

    @Slot()
    def save_rating(self) -> None:
        """Save pain after and the note for the session just ended."""
        if self._session_id is None:
            return
        before = self.pain_before.value()
        after = self.pain_after.value()
        note = self.note_edit.toPlainText().strip()
        session_id = self._session_id
        saved = self._record(
            lambda: self._recorder.rate(
                session_id,
                pain_before=before if before >= 0 else None,
                pain_after=after if after >= 0 else None,
                note=note,
            )
        )
        if saved:
            self._saved_rating = (after, note)
            self.message.emit(self.tr("Saved."))
            self.session_rated.emit(session_id)

    def save_unsaved_rating(self) -> None:
        """On the summary, save a rating or note typed but not saved yet (and nothing else).

        Called when leaving the summary and when the window closes, so a rating is never
        lost, and a rating already saved is not written again over later edits made on the
        History page.
        """
        if self.panel() != "summary" or self._session_id is None:
            return
        typed = (self.pain_after.value(), self.note_edit.toPlainText().strip())
        if typed != (self._saved_rating or (-1, "")):
            self.save_rating()

    @Slot()
    def _on_new_session_button_clicked(self) -> None:
        self.save_unsaved_rating()
        self.pain_before.setValue(-1)
        self._stack.setCurrentWidget(self._setup)
        self._refresh()
        self.start_button.setFocus()

    # ---- view --------------------------------------------------------------------------

    def panel(self) -> str:
        """``setup``, ``running`` or ``summary``."""
        current = self._stack.currentWidget()
        if current is self._running:
            return "running"
        if current is self._summary:
            return "summary"
        return "setup"

    def _refresh(self) -> None:
        self._update_actions()
        controller = self._controller
        if controller is None or self.panel() != "running":
            return
        machine = controller.machine
        now = self._clock.now()
        phase = machine.current_phase
        if phase is None:
            return
        paused = machine.state is TimerState.PAUSED
        # Once a second only the countdown, the time left and the marker's beat change; the
        # rest of the page is redrawn when the phase (or paused) changes.
        if (phase.index, paused) != self._shown_phase:
            self._shown_phase = (phase.index, paused)
            self._show_phase(phase, paused, machine.next_phase)
        color = PHASE_COLORS[phase.kind]
        seconds = machine.display_seconds(now)
        self.countdown.set_state(seconds, phase.duration, color)
        steps_total = len(machine.plan.steps)
        self.progress_label.setText(
            self.tr("Step {x} of {n}  ·  {time} left").format(
                x=phase.step_index + 1,
                n=steps_total,
                time=format_seconds(round(machine.time_left(now))),
            )
        )
        # The marker beats with the countdown while pressing: no extra timer, no extra wake-ups.
        beating = phase.kind is PhaseKind.HOLD and not paused
        self.illustration.set_pulse(0.8 if beating and seconds % 2 == 0 else 0.0)

    def _show_phase(self, phase: Phase, paused: bool, next_phase: Phase | None) -> None:
        self.phase_label.setText(self.tr("Paused") if paused else phase_title(phase))
        self._phase_color = "" if paused else PHASE_COLORS[phase.kind].name()
        self._style_phase_label()
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

    def _show_point(self, point: Point, phase: Phase) -> None:
        illustration = self._illustrations[point.image]
        side = phase.side
        self.illustration.show_point(point, illustration, image_path(point.image), side)
        if point.laterality is Laterality.MIDLINE:
            self.side_label.setText(self.tr("Middle of the body"))
        else:
            self.side_label.setText(side_name(side).capitalize())
        self.point_label.setText(point_title(point))
        steps = "".join(f"<li>{escape(s)}</li>" for s in point.technique)
        html = f"<p><b>{escape(self.tr('Where:'))}</b> {escape(point.location)}</p>"
        if phase.kind in (PhaseKind.PREPARE, PhaseKind.TRANSITION, PhaseKind.HOLD):
            html += f"<ol style='-qt-list-indent: 1'>{steps}</ol>"
        self.instructions.setText(html)
        show_cautions = bool(point.cautions) or not point.self_applicable
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
        self.cautions_label.setText(cautions)
        self.cautions_label.setVisible(show_cautions and bool(cautions))

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

    def _update_actions(self) -> None:
        state = self.state()
        running = state is TimerState.RUNNING
        active = state in (TimerState.RUNNING, TimerState.PAUSED)
        on_setup = self.panel() == "setup"
        if running:
            self.toggle_action.setText(self.tr("Pause"))
        elif state is TimerState.PAUSED:
            self.toggle_action.setText(self.tr("Resume"))
        else:
            self.toggle_action.setText(self.tr("Start"))
        self.toggle_action.setToolTip(f"{self.toggle_action.text()} (Space)")
        self.toggle_button.setAccessibleName(self.toggle_action.text())
        self.toggle_action.setEnabled(active or (on_setup and self.current_routine() is not None))
        self.start_button.setEnabled(on_setup and self.current_routine() is not None)
        for action in (self.skip_action, self.back_action, self.stop_action):
            action.setEnabled(active)
        if running != self._running_emitted:
            self._running_emitted = running
            self.running_changed.emit(running)

    def flash(self) -> None:
        """A visual cue in place of a sound: the phase words blink once."""
        self.flash_count += 1
        self._flashing = True
        self._style_phase_label()
        QTimer.singleShot(400, self._end_flash)

    def _end_flash(self) -> None:
        self._flashing = False
        self._style_phase_label()

    def _style_phase_label(self) -> None:
        style = f"color: {self._phase_color};" if self._phase_color else ""
        if self._flashing:
            style += "background-color: #fff59d; color: #000; border-radius: 8px;"
        if style != self.phase_label.styleSheet():  # a new style sheet means a re-polish
            self.phase_label.setStyleSheet(style)

    # ---- mute / full screen ------------------------------------------------------------

    mute_toggled = Signal(bool)

    @Slot()
    def _on_mute_action_triggered(self) -> None:
        self.mute_toggled.emit(self.mute_action.isChecked())

    @Slot()
    def _on_full_screen_action_triggered(self) -> None:
        window = self.window()
        if window.isFullScreen():
            window.showNormal()
        else:
            window.showFullScreen()
        self.full_screen_action.setChecked(window.isFullScreen())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._shown_phase = None  # colours follow the new palette
            self._refresh()
