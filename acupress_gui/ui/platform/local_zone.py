"""The computer's time zone, read again at each call (it can change while the app runs)."""

from __future__ import annotations

import logging
import time
from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QTimeZone

log = logging.getLogger(__name__)


def local_zone() -> tzinfo:
    """The system time zone with its daylight-saving rules; a fixed offset where the zone
    has no name Python knows."""
    if hasattr(time, "tzset"):
        time.tzset()  # pick up a changed TZ or /etc/localtime
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            log.debug("time zone %r unknown to zoneinfo; using the current offset", name)
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone
