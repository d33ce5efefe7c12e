"""Fixtures of the storage tests."""

from __future__ import annotations

# A folder that a user whose file modes bind owns (see tests/helpers/unprivileged.py).
from tests.helpers.unprivileged import user_dir

__all__ = ["user_dir"]
