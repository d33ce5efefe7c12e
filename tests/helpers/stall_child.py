"""A session on the real clock and the real QTimer, to be stopped with SIGSTOP mid-hold.

Usage: ``python stall_child.py``. It runs a plan of a 3 s hold on the left, a 1 s switch and
a 3 s hold on the right, prints ``started`` once the first hold runs, and when the session
pauses or ends prints one JSON line (the pause reason, how late the wake-up came, every hold
record after stopping) and exits. The stall test stops it for a few seconds mid-hold.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QCoreApplication, QTimer

from acupress_gui.domain.models import Laterality, Step
from acupress_gui.domain.timer import PauseReason, build_plan
from acupress_gui.ui.session.controller import SessionController

#: Gives up when nothing happened by then (milliseconds).
GIVE_UP_MS = 60_000


def main() -> int:
    """Run the session; exit 0 when it paused or ended."""
    app = QCoreApplication(sys.argv[:1])
    step = Step(point="BL23", hold_seconds=3, rest_seconds=0, repetitions=1, prepare_seconds=0)
    plan = build_plan([step], {"BL23": Laterality.BILATERAL}, switch_seconds=1)
    controller = SessionController()
    controller.load(plan)
    outcome: dict[str, object] = {"reason": None, "late_s": None}

    def report() -> None:
        machine = controller.machine
        assert machine is not None
        if controller.state.value in ("running", "paused"):
            controller.stop()
        outcome["records"] = [
            {"side": str(r.phase.side), "held_s": r.held_seconds, "ended_by": str(r.ended_by)}
            for r in machine.records
        ]
        print(json.dumps(outcome), flush=True)
        app.quit()

    def on_paused(reason: PauseReason) -> None:
        outcome["reason"] = str(reason)
        QTimer.singleShot(0, report)

    controller.stalled.connect(lambda late: outcome.update(late_s=late))
    controller.paused.connect(on_paused)
    controller.session_finished.connect(lambda: QTimer.singleShot(0, report))
    QTimer.singleShot(GIVE_UP_MS, app.quit)
    controller.start()
    print("started", flush=True)
    return 0 if app.exec() == 0 and "records" in outcome else 1


if __name__ == "__main__":
    sys.exit(main())
