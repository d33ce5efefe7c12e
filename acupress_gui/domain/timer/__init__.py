"""The session timer: a routine expanded into a plan of phases, and the machine that runs it.

A :class:`Plan` is a flat, immutable list of :class:`Phase` objects built from the steps of a
routine by :func:`build_plan`::

    prepare -> hold -> rest -> hold ... (left)  -> switch -> hold -> rest -> hold ... (right)
    -> next point -> prepare -> hold ... -> (finished)

A :class:`TimerMachine` runs a plan. It never reads a clock: every method takes ``now``, the
monotonic time in seconds, and it stores the *deadline* of the current phase rather than a
countdown, so a late tick costs nothing and a tick after a long gap walks through every phase
that ended meanwhile. Each method returns the events it caused (frozen dataclasses, see
:data:`TimerEvent`); the Qt controller turns them into signals and cues.

The package is split by concern: :mod:`.phases` (the plan's phases), :mod:`.plan`
(:func:`build_plan`), :mod:`.events` (states, events, hold records), :mod:`.machine`
(:class:`TimerMachine`) and :mod:`.seconds` (whole seconds and clock checks). Import from
here. No Qt, no clock reads, no I/O anywhere in it.
"""

from __future__ import annotations

from acupress_gui.domain.timer import events, machine, phases, plan, seconds
from acupress_gui.domain.timer.events import *  # noqa: F403  (each module's __all__)
from acupress_gui.domain.timer.machine import *  # noqa: F403
from acupress_gui.domain.timer.phases import *  # noqa: F403
from acupress_gui.domain.timer.plan import *  # noqa: F403
from acupress_gui.domain.timer.seconds import *  # noqa: F403

__all__ = []  # every public name of the modules, so a new one is exported without a list here
__all__ += events.__all__
__all__ += machine.__all__
__all__ += phases.__all__
__all__ += plan.__all__
__all__ += seconds.__all__
