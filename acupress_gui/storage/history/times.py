"""Times in the history: UTC ISO text in the file, with the local UTC offset of the moment.

Days, weeks and streaks are local-date things, and a session at 23:59 must stay on its day
wherever the person goes later: so each moment is stored as fixed-width UTC text plus the
offset in minutes it had where it happened.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from functools import cache

__all__ = ["aware", "from_db", "offset_minutes", "system_local", "utc_text"]


def system_local(moment: datetime) -> datetime:
    """``moment`` in the local time of the place it happened, as far as this computer knows.

    A naive time is taken as local time; a time in UTC (``tzinfo`` is :data:`datetime.UTC`)
    is converted to this computer's time zone at that instant; a time with any other offset
    already says where it happened and is returned as is.
    """
    if moment.tzinfo is None or moment.tzinfo is UTC:
        return moment.astimezone()
    return moment


def utc_text(moment: datetime) -> str:
    """Fixed-width UTC ISO text, so text order is time order."""
    utc = moment.astimezone(UTC).replace(tzinfo=None)
    return utc.isoformat(timespec="microseconds") + "+00:00"


def offset_minutes(moment: datetime) -> int:
    """The UTC offset of an aware ``moment``, in whole minutes."""
    offset = moment.utcoffset()
    if offset is None:  # pragma: no cover - callers pass aware times
        raise ValueError("a time without a time zone")
    return round(offset.total_seconds() / 60)


def from_db(text: str, minutes: int) -> datetime:
    """A stored UTC time, in the offset it had where it happened."""
    return datetime.fromisoformat(text).astimezone(_zone(minutes))


@cache
def _zone(minutes: int) -> timezone:
    """The fixed offset of ``minutes`` (one object per offset: a table reads thousands)."""
    return timezone(timedelta(minutes=minutes))


def aware(moment: datetime, to_local: Callable[[datetime], datetime]) -> datetime:
    """``moment`` in local time, which must carry an offset.

    Raises:
        ValueError: ``to_local`` gave a time without one.
    """
    local = to_local(moment)
    if local.tzinfo is None or local.utcoffset() is None:
        raise ValueError(f"cannot tell the local time of {moment!r}")
    return local
