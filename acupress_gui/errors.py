"""Errors every floor may raise to the entry point (no Qt, no files)."""

from __future__ import annotations


class StartupError(RuntimeError):
    """The app cannot start; the message says why in plain words."""
