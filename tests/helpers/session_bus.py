"""A private D-Bus session bus (``dbus-daemon --session``) for tests."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager, suppress


def available() -> bool:
    """Whether dbus-daemon is installed."""
    return shutil.which("dbus-daemon") is not None


@contextmanager
def session_bus() -> Iterator[str]:
    """Start a bus; yields its address; stops it after."""
    result = subprocess.run(
        ["dbus-daemon", "--session", "--print-address=1", "--print-pid=1", "--fork"],
        capture_output=True,
        text=True,
        check=True,
        timeout=10,
    )
    address, pid = result.stdout.split()[:2]
    try:
        yield address
    finally:
        with suppress(ProcessLookupError):
            os.kill(int(pid), signal.SIGTERM)
