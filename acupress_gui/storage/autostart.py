"""Start with the desktop session: the XDG autostart entry (``--autostart on|off``).

``$XDG_CONFIG_HOME/autostart/io.github.acupressgui.AcupressGui.desktop`` (``~/.config``
when XDG_CONFIG_HOME is unset) starts the app with ``--background``: in the tray only,
ready for reminders. Writing it is atomic; removing a missing one is not an error.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from acupress_gui.storage.atomic import atomic_write

log = logging.getLogger(__name__)

APP_ID = "io.github.acupressgui.AcupressGui"
ENTRY_NAME = f"{APP_ID}.desktop"


def autostart_dir(environ: Mapping[str, str] | None = None) -> Path:
    """The XDG autostart folder."""
    env = os.environ if environ is None else environ
    base = env.get("XDG_CONFIG_HOME", "").strip()
    root = Path(base) if base and Path(base).is_absolute() else Path.home() / ".config"
    return root / "autostart"


def autostart_file(environ: Mapping[str, str] | None = None) -> Path:
    """Where the autostart entry lives."""
    return autostart_dir(environ) / ENTRY_NAME


def entry_text(command: Sequence[str]) -> str:
    """The desktop entry that runs ``command`` (the app's own command line) in the tray."""
    exec_line = " ".join(_quote_exec(part) for part in [*command, "--background"])
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Version=1.4\n"
        "Name=Acupressure\n"
        "Comment=Practice reminders for guided acupressure\n"
        f"Exec={exec_line}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "NoDisplay=true\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def is_enabled(environ: Mapping[str, str] | None = None) -> bool:
    """True when the autostart entry exists."""
    return autostart_file(environ).is_file()


def set_autostart(
    enabled: bool, command: Sequence[str], environ: Mapping[str, str] | None = None
) -> Path:
    """Write (``enabled``) or remove the entry; returns its path. Raises OSError."""
    path = autostart_file(environ)
    if enabled:
        atomic_write(path, entry_text(command), mode=0o644)
        log.info("Autostart entry written: %s", path)
    else:
        try:
            path.unlink()
            log.info("Autostart entry removed: %s", path)
        except FileNotFoundError:
            pass
    return path


def _quote_exec(argument: str) -> str:
    """Quote one argument as the Desktop Entry spec's Exec key wants it."""
    if argument and not any(c in argument for c in " \t\n\"'\\><~|&;$*?#()`%"):
        return argument
    escaped = argument.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`")
    escaped = escaped.replace("$", "\\$").replace("%", "%%")
    return f'"{escaped}"'


def command_for_entry(argv0: str, executable: str, frozen: bool) -> list[str]:
    """The command that starts this app again: the bundle, the installed script, or
    ``python -m acupress_gui``."""
    if frozen:
        return [executable]
    script = Path(argv0)
    if script.name == "acupress-gui" and script.exists():
        return [str(script.resolve())]
    return [executable, "-m", "acupress_gui"]


__all__ = [
    "APP_ID",
    "ENTRY_NAME",
    "autostart_dir",
    "autostart_file",
    "command_for_entry",
    "entry_text",
    "is_enabled",
    "set_autostart",
    "this_app_command",
]


def this_app_command() -> list[str]:
    """The command that starts this very app (for the autostart entry)."""
    # PyInstaller and similar bundles set sys.frozen; a plain interpreter has no such name.
    frozen = bool(getattr(sys, "frozen", False))
    return command_for_entry(sys.argv[0], sys.executable, frozen)
