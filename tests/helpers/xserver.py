"""A private X server (Xvfb) with a window manager (openbox), for tests of real windows.

Offscreen hides what a window manager does: window states, frames, geometry, focus. These
tests run the real app on Xvfb instead; openbox manages its windows as a desktop would.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass(frozen=True)
class XServer:
    """A running display: ``env`` is the environment for programs to show on it."""

    display: str
    env: dict[str, str]
    window_manager: bool


def available() -> bool:
    """Whether Xvfb is installed."""
    return shutil.which("Xvfb") is not None


@contextmanager
def xserver(width: int = 1366, height: int = 768) -> Iterator[XServer]:
    """Start Xvfb at ``width`` x ``height`` (and openbox when installed); stop both after."""
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write_fd),
            "-screen",
            "0",
            f"{width}x{height}x24",
            "-nolisten",
            "tcp",
            "-noreset",
        ],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    wm: subprocess.Popen[bytes] | None = None
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        display = f":{number}"
        env = {
            k: v for k, v in os.environ.items() if k not in {"QT_QPA_PLATFORM", "WAYLAND_DISPLAY"}
        }
        env["DISPLAY"] = display
        env["QT_QPA_PLATFORM"] = "xcb"
        if shutil.which("openbox"):
            wm = subprocess.Popen(
                ["openbox", "--sm-disable"],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            time.sleep(0.5)  # openbox takes the screen before the app maps its window
        yield XServer(display, env, wm is not None)
    finally:
        for process in (wm, server):
            if process is not None:
                process.terminate()
                try:
                    process.wait(5)
                except subprocess.TimeoutExpired:
                    process.kill()
