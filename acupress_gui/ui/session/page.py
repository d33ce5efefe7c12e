"""The Session page: pick a routine, follow it eyes-free, rate how it went.

Three panels in a stack: setup, running and summary. A :class:`SessionRun` (controller and
log) drives the page; each timer event refreshes it, is offered as a ``cue`` and recorded.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QTimer, Signal, Slot
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QResizeEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from acupress_gui.domain.models import Catalog, Point, Routine
from acupress_gui.domain.recording import SessionStatus
from acupress_gui.domain.session_log import SessionLog
from acupress_gui.domain.session_summary import summarize
from acupress_gui.domain.timer import PauseReason, Phase, Plan, TimerState, UnknownPointError
from acupress_gui.ui.session.actions import SessionActions
from acupress_gui.ui.session.controller import (
    SessionController,
)
from acupress_gui.ui.session.dialogs import ask_pregnancy, confirm_stop
from acupress_gui.ui.session.fonts import ScaledFonts
from acupress_gui.ui.session.plan_options import PlanOptions, routine_plan
from acupress_gui.ui.session.run import SessionRun
from acupress_gui.ui.session.running_panel import RunningPanel
from acupress_gui.ui.session.services import SessionServices
from acupress_gui.ui.session.setup_panel import SetupPanel, pregnancy_points
from acupress_gui.ui.session.summary_panel import SummaryPanel
from acupress_gui.ui.signals import connect_all
from acupress_gui.ui.text.durations import format_duration
from acupress_gui.ui.text.phases import phase_speech

__all__ = ["SessionPage"]


class SessionPage(QWidget):
    """Everything needed to run a guided session.

    Args:
        catalog: The points, illustrations and built-in routines.
        services: What the page runs, records and asks with (defaults without a history).
        helper: Whether "A helper presses" is ticked at first.
    """

    #: False until __init__ has finished: event handlers do nothing on a half-built page.
    _built = False

    session_ended = Signal(str)
    """A session ended (finished or stopped); carries its id."""
    session_rated = Signal(str)
    """Pain after / note were saved for a session."""
    running_changed = Signal(bool)
    """A session started running (True) or stopped running: paused, ended (False)."""
    message = Signal(str)
    """A one-line message for the status bar ("" clears it)."""
    mute_toggled = Signal(bool)
    """The user muted (True) or unmuted the cues."""
    routine_selected = Signal(str)
    """The user picked another routine; carries its id."""
    cue = Signal(object, object)
    """A timer event (TimerEvent) and the point of its phase (Point or None), to be cued."""

    def __init__(
        self,
        catalog: Catalog,
        services: SessionServices | None = None,
        *,
        helper: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._points = {p.id: p for p in catalog.points}
        self._services = services if services is not None else SessionServices()
        self._saved_details: tuple[object, ...] | None = None
        self._run: SessionRun | None = None
        self._saved_rating: tuple[int, str] | None = None
        self._running_emitted = False

        self._fonts = ScaledFonts(self)
        self.session_actions = SessionActions(self)
        self.setup_panel = SetupPanel(
            self._points, self._services.pregnant, self._fonts, self.plan_options
        )
        self.setup_panel.helper_check.setChecked(helper)
        illustrations = {ill.file: ill for ill in catalog.illustrations}
        self.running_panel = RunningPanel(
            self._points,
            illustrations,
            self.session_actions,
            self._fonts,
            helper=lambda: self.setup_panel.helper_check.isChecked(),
        )
        self.summary_panel = SummaryPanel(self._fonts)
        self._stack = QStackedWidget()
        for panel in (self.setup_panel, self.running_panel, self.summary_panel):
            self._stack.addWidget(panel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        actions = self.session_actions
        actions.toggle_action.triggered.connect(self.toggle)
        actions.skip_action.triggered.connect(self.skip)
        actions.back_action.triggered.connect(self.back)
        actions.stop_action.triggered.connect(self.request_stop)
        actions.mute_action.triggered.connect(self.mute_toggled)  # carries the checked state
        self.setup_panel.start_button.clicked.connect(self.start_session)
        self.setup_panel.routine_changed.connect(self._on_setup_panel_routine_changed)
        self.summary_panel.save_rating_button.clicked.connect(self.save_rating)
        # A rating or note typed on the summary is saved at once (a moment after typing).
        self._save_soon = QTimer(self)
        self._save_soon.setSingleShot(True)
        self._save_soon.setInterval(800)
        self._save_soon.timeout.connect(self.save_unsaved_rating)
        self.summary_panel.pain_after.value_changed.connect(lambda _v: self._save_soon.start())
        self.summary_panel.note_edit.textChanged.connect(self._save_soon.start)
        self.summary_panel.pain_map.changed.connect(self._save_soon.start)
        self.summary_panel.checkin.changed.connect(self._save_soon.start)
        self.summary_panel.new_session_button.clicked.connect(self._on_new_session_clicked)
        self._update_actions()
        self._built = True

    @property
    def helper_mode(self) -> bool:
        """Partner mode: a helper presses the points that need a partner."""
        return self.setup_panel.helper_check.isChecked()

    def plan_options(self) -> PlanOptions:
        """The timing settings, with partner mode as the setup panel has it."""
        return replace(
            self._services.plan_options(), with_helper=self.setup_panel.helper_check.isChecked()
        )

    def set_text_scale(self, scale: float) -> None:
        """The person's text size for the session's words (View > Text size)."""
        self._fonts.set_user_scale(scale)

    def set_breathing_guide(self, enabled: bool, *, reduced_motion: bool = False) -> None:
        """A slow breathing pace during holds, off by default."""
        self.running_panel.set_breathing_guide(enabled, reduced_motion=reduced_motion)
        self._refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._built:  # an event that arrives while the page is being built
            return
        self._fonts.fit(self.width(), self.height())  # readable from arm's length

    # ---- routines ----------------------------------------------------------------------

    def set_routines(self, routines: list[Routine], select: str | None = None) -> None:
        """Offer these routines (built-in and the user's); keep the selection if possible."""
        self.setup_panel.set_routines(routines, select)
        self._update_actions()

    def select_routine(self, name_or_id: str) -> bool:
        """Select a routine by id or (case-insensitive) name; False when there is none."""
        return self.setup_panel.select_routine(name_or_id)

    def current_routine(self) -> Routine | None:
        """The routine picked on the setup panel."""
        return self.setup_panel.current_routine()

    @Slot()
    def _on_setup_panel_routine_changed(self) -> None:
        self._update_actions()
        routine = self.current_routine()
        if routine is not None:
            self.routine_selected.emit(routine.id)

    # ---- commands ----------------------------------------------------------------------

    @property
    def controller(self) -> SessionController | None:
        """The controller of the session on the page, if any."""
        return self._run.controller if self._run is not None else None

    def state(self) -> TimerState | None:
        """The timer state of the session on the page (None before the first start)."""
        return self.controller.state if self.controller is not None else None

    def is_running(self) -> bool:
        """True while a session runs or is paused (not yet ended)."""
        return self.state() in (TimerState.RUNNING, TimerState.PAUSED)

    @Slot()
    def toggle(self) -> None:
        """Space: start on the setup panel, pause or resume while running."""
        if self._run is not None and self.is_running():
            self._run.controller.toggle()
        elif self.panel() == "setup":
            self.start_session()

    @Slot()
    def start_session(self) -> bool:
        """Start the selected routine; asks first about pregnancy-cautioned points."""
        routine = self.current_routine()
        if routine is None or self.is_running() or not self._services.safety_gate():
            return False
        skip: set[str] | None = set()
        flagged = pregnancy_points(routine, self._points) if self._services.pregnant() else []
        if flagged:
            skip = ask_pregnancy(self, flagged)
            if skip is None or self.is_running():  # cancelled, or started while it asked
                return False
        try:
            plan = routine_plan(routine, self._points, skip, self.plan_options())
        except (UnknownPointError, ValueError):
            self.message.emit(self.tr("This routine has no points that can be run."))
            return False
        self._begin(routine, plan)
        return True

    def _begin(self, routine: Routine, plan: Plan) -> None:
        # A new session straight from the summary (tray, reminder, Points): what was typed
        # there about the last one is saved first, never dropped with its run.
        self.save_unsaved_rating()
        self._save_soon.stop()
        if self._run is not None:
            self._run.deleteLater()
        self.running_panel.forget_phase()
        controller = SessionController(
            self._services.clock, timer_factory=self._services.timer_factory
        )
        controller.load(plan)
        session_log = SessionLog(self._services.recorder, self._services.new_session_id(), routine)
        run = SessionRun(controller, session_log, self._points, self._services.wall_now, self)
        connect_all(
            [
                (run.cue, self.cue),
                (run.phase_started, self._on_run_phase_started),
                (run.paused, self._on_run_paused),
                (run.ended, self._on_run_ended),
                (run.changed, self._refresh),
                (run.record_failed, self.message),
            ]
        )
        self._run = run
        self._saved_rating = None
        pain = self.setup_panel.pain_before.value()
        self._stack.setCurrentWidget(self.running_panel)
        run.start(pain if pain >= 0 else None, self.setup_panel.pain_map.regions())
        if self.isVisible():
            self.running_panel.toggle_button.setFocus()

    @Slot()
    def skip(self) -> None:
        """Skip to the next phase."""
        if self._run is not None and self.is_running():
            self._run.controller.skip()

    @Slot()
    def back(self) -> None:
        """Back to the start of the step (or the previous one)."""
        if self._run is not None and self.is_running():
            self._run.controller.back()

    @Slot()
    def request_stop(self) -> None:
        """Esc: first leave full screen; else ask, with the session paused while asking."""
        window = self.window()
        if window.isFullScreen():
            self.session_actions.full_screen_action.trigger()
            return
        if not self.is_running() or self.controller is None:
            return
        # Held still while asking, without the pause cue or "Paused" (nothing was paused).
        held = self.controller.hold()
        if confirm_stop(self):
            self.stop()
        elif held and self.controller is not None:
            self.controller.release()

    def stop(self) -> None:
        """Stop the session without asking."""
        if self.controller is not None and self.is_running():
            self.controller.stop()

    # ---- events ------------------------------------------------------------------------

    @Slot(object, object)
    def _on_run_phase_started(self, phase: Phase, point: Point | None) -> None:
        self._announce(phase_speech(phase, point, helper=self.helper_mode))

    @Slot(object, float)
    def _on_run_paused(self, reason: PauseReason, gap_seconds: float) -> None:
        if reason is PauseReason.SUSPEND:
            text = self.tr("Paused: the computer was asleep. Press Space to go on.")
        elif reason is PauseReason.LATE_TICK:
            text = self.tr(
                "The session was paused: the computer stopped responding for {duration}. "
                "Press Space to go on."
            ).format(duration=format_duration(gap_seconds))
        else:
            text = self.tr("Paused. Press Space to go on.")
        self._announce(text)
        self.message.emit(text)

    def _announce(self, text: str) -> None:  # a polite live announcement for screen readers
        running = self._stack.currentWidget() is self.running_panel
        target = self.running_panel.phase_label if running else self
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(target, text))

    @Slot(object)
    def _on_run_ended(self, status: SessionStatus) -> None:
        assert self._run is not None
        session_log = self._run.session_log
        machine = self._run.controller.machine
        assert machine is not None
        completed = status is SessionStatus.COMPLETED
        before = self.setup_panel.pain_before.value()
        summary = summarize(
            machine.records, reached_end=completed, pain_before=before if before >= 0 else None
        )
        self.summary_panel.show_result(
            summary,
            session_log.routine.name,
            elapsed_seconds=self._run.elapsed_seconds(),
            saved=self._run.saved and self._services.session_saved(session_log.session_id),
            streak=self._services.streak(),
        )
        self.summary_panel.show_details(
            self.setup_panel.pain_map.regions(), ask_checkin=self._services.checkin_due()
        )
        self._saved_details = (self.setup_panel.pain_map.regions(), None)
        # Filling the summary is not an edit: nothing to save until the person changes it.
        self._save_soon.stop()
        self._announce(
            self.tr("Session complete. Well done.")
            if summary.well_done
            else self.tr("Session ended.")
            if completed
            else self.tr("Session stopped.")
        )
        self._saved_rating = None
        self._stack.setCurrentWidget(self.summary_panel)
        # The summary says it all; clear "Paused" and the like (no message left to expire).
        self.message.emit("")
        if self.isVisible():  # never take the keyboard from another page
            self.summary_panel.pain_after.setFocus()
        self.session_ended.emit(session_log.session_id)

    @Slot()
    def save_rating(self) -> None:
        """Save pain after and the note for the session just ended."""
        run = self._run
        if run is None:
            return
        session_log = run.session_log
        before = self.setup_panel.pain_before.value()
        after, note = self.summary_panel.typed()
        saved = run.record(
            lambda: session_log.rate(
                pain_before=before if before >= 0 else None,
                pain_after=after if after >= 0 else None,
                note=note,
            )
        )
        details_saved, details_written = self._write_details()
        if saved or details_written:
            self.session_rated.emit(session_log.session_id)  # once for the two writes
        if saved and details_saved:
            self._saved_rating = (after, note)
            self.message.emit(self.tr("Saved."))

    def save_unsaved_rating(self) -> None:
        """On the summary, save a rating or note typed but not saved yet (and nothing else).

        So a rating is never lost, nor a saved one written again over later History edits.
        """
        if self.panel() != "summary" or self._run is None:
            return
        if self.summary_panel.typed() != (self._saved_rating or (-1, "")):
            self.save_rating()
        elif self.summary_panel.details() != self._saved_details:
            self._save_details()

    def _save_details(self) -> bool:
        """Where it hurts and the check-in of the session just ended, when changed."""
        saved, written = self._write_details()
        if written and self._run is not None:
            self.session_rated.emit(self._run.session_log.session_id)  # the History follows
        return saved

    def _write_details(self) -> tuple[bool, bool]:
        """Write where it hurts and the check-in when changed: (nothing failed, written)."""
        run = self._run
        details = self.summary_panel.details()
        if run is None or details == self._saved_details:
            return True, False
        regions, checkin = details
        session_log = run.session_log
        saved = run.record(lambda: session_log.describe(pain_regions=regions, checkin=checkin))
        if saved:
            self._saved_details = details
        return saved, saved

    @Slot()
    def _on_new_session_clicked(self) -> None:
        self.save_unsaved_rating()
        # A new session asks afresh: no rating and no region carried over from the last one.
        self.setup_panel.pain_before.setValue(-1)
        self.setup_panel.pain_map.set_regions(())
        self._stack.setCurrentWidget(self.setup_panel)
        self._refresh()
        self.setup_panel.start_button.setFocus()

    # ---- view --------------------------------------------------------------------------

    def panel(self) -> str:
        """``setup``, ``running`` or ``summary``."""
        current = self._stack.currentWidget()
        if current is self.running_panel:
            return "running"
        if current is self.summary_panel:
            return "summary"
        return "setup"

    def _refresh(self) -> None:
        self._update_actions()
        controller = self.controller
        machine = controller.machine if controller is not None else None
        if controller is not None and machine is not None and self.panel() == "running":
            self.running_panel.show_machine(machine, controller.clock.now())

    def _update_actions(self) -> None:
        state = self.state()
        can_start = self.panel() == "setup" and self.current_routine() is not None
        self.session_actions.update(state, can_start=can_start)
        self.setup_panel.start_button.setEnabled(can_start)
        running = state is TimerState.RUNNING
        if running != self._running_emitted:
            self._running_emitted = running
            self.running_changed.emit(running)

    @Slot()
    @Slot(object)
    def flash(self, _cue: object = None) -> None:
        """A visual cue in place of a sound: the phase words are highlighted once."""
        self.running_panel.flash()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if self._built and event.type() == QEvent.Type.PaletteChange:
            self.running_panel.forget_phase()  # colours follow the new palette
            self._refresh()
