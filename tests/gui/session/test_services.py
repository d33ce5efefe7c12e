"""What the Session page works with when nobody passes anything, and the person's timing."""

from __future__ import annotations

from acupress_gui.domain.recording import MemoryRecorder
from acupress_gui.storage.settings import Settings
from acupress_gui.ui.session.plan_options import PlanOptions
from acupress_gui.ui.session.services import SessionServices


def test_the_defaults_work_without_a_history() -> None:
    services = SessionServices()
    assert isinstance(services.recorder, MemoryRecorder)
    assert services.recorder is not SessionServices().recorder, "one recorder per bundle"
    assert services.wall_now().tzinfo is not None
    first, second = services.new_session_id(), services.new_session_id()
    assert first != second and len(first) == 32
    assert services.safety_gate() and not services.pregnant() and not services.checkin_due()
    assert services.session_saved("any") and services.streak() is None
    assert services.plan_options() == PlanOptions()


def test_plan_options_take_the_persons_timing_settings() -> None:
    settings = Settings(switch_seconds=12, side_prepare_seconds=3)
    options = PlanOptions.from_settings(settings)
    assert (options.switch_seconds, options.side_prepare_seconds) == (12, 3)
    assert options.positions and not options.with_helper
