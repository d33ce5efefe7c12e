"""The columns of the history CSV (see :mod:`.csv` for the format)."""

from __future__ import annotations

__all__ = ["CSV_COLUMNS", "DETAIL_COLUMNS"]

#: The columns of schema version 3: where it hurt and the weekly check-in (:mod:`.csv_details`).
DETAIL_COLUMNS = ("pain_regions", "checkin_interference", "checkin_sleep")

CSV_COLUMNS = (
    "session_id",
    "routine",
    "started_at",
    "ended_at",
    "status",
    "pain_before",
    "pain_after",
    "note",
    "step",
    "point",
    "side",
    "planned_hold_s",
    "held_s",
    *DETAIL_COLUMNS,
)
