"""Where the user's files and the log live. The only module that asks platformdirs.

On Linux the XDG folders are read here as platformdirs reads them (its import is off the
start-up path); elsewhere platformdirs is asked.

The config directory holds ``settings.json``, ``routines/`` and ``history.sqlite3``. It is
chosen, in order, by ``--config-dir``, the ``ACUPRESS_CONFIG_DIR`` environment variable, and
the platform's user config directory for "acupress-gui".
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

APP_NAME = "acupress-gui"
ENV_CONFIG_DIR = "ACUPRESS_CONFIG_DIR"
ENV_LOG_DIR = "ACUPRESS_LOG_DIR"
LOG_FILE_NAME = "acupress-gui.log"


def resolve_config_dir(
    override: str | os.PathLike[str] | None = None,
    environ: Mapping[str, str] | None = None,
) -> Path:
    """The config directory to use (not created here)."""
    env = os.environ if environ is None else environ
    if override:
        return Path(override).expanduser()
    from_env = env.get(ENV_CONFIG_DIR, "").strip()
    if from_env:
        return Path(from_env).expanduser()
    if sys.platform == "linux":
        return Path(_xdg_home("XDG_CONFIG_HOME", "~/.config"), APP_NAME)
    import platformdirs  # only where the folders are not the XDG ones

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False, roaming=True))


def resolve_log_dir(environ: Mapping[str, str] | None = None) -> Path:
    """The folder of the app's log file (not created here).

    ``ACUPRESS_LOG_DIR`` when set, else the platform's user log folder
    (``~/.local/state/acupress-gui/log`` on Linux).
    """
    env = os.environ if environ is None else environ
    from_env = env.get(ENV_LOG_DIR, "").strip()
    if from_env:
        return Path(from_env).expanduser()
    if sys.platform == "linux":
        return Path(_xdg_home("XDG_STATE_HOME", "~/.local/state"), APP_NAME, "log")
    import platformdirs  # only where the folders are not the XDG ones

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def _xdg_home(variable: str, default: str) -> str:
    """An XDG base folder as platformdirs gives it: the variable, unless empty."""
    path = os.environ.get(variable, "")
    return path if path.strip() else os.path.expanduser(default)


def settings_file(config_dir: Path) -> Path:
    """The settings file inside ``config_dir``."""
    return config_dir / "settings.json"


def routines_dir(config_dir: Path) -> Path:
    """The folder of user routines inside ``config_dir``."""
    return config_dir / "routines"


def history_file(config_dir: Path) -> Path:
    """The session history database inside ``config_dir``."""
    return config_dir / "history.sqlite3"
