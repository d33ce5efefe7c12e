"""Shared fixtures of the reliability tests: a guard against hangs."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from types import FrameType

import pytest


@pytest.fixture
def no_hang() -> Iterator[None]:
    """Fail the test (instead of hanging the suite) when it blocks for 10 seconds."""

    def expired(_signum: int, _frame: FrameType | None) -> None:
        raise TimeoutError("the call blocked for 10 s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(10)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
