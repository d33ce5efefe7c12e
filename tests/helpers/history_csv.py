"""A small reference writer of the history CSV, record by record, for the tests to compare
the app's export (made by SQLite) and import against."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import datetime

from acupress_gui.domain.recording import SessionRecord
from acupress_gui.storage.history.cells import neutralise
from acupress_gui.storage.history.csv_columns import CSV_COLUMNS
from acupress_gui.storage.history.csv_details import detail_cells


def _time(moment: datetime | None) -> str:
    return "" if moment is None else moment.isoformat(timespec="seconds")


def _rows(record: SessionRecord) -> list[tuple[str, ...]]:
    head = (
        record.session_id,
        record.routine_name,
        _time(record.started_at),
        _time(record.ended_at),
        str(record.status),
        "" if record.pain_before is None else str(record.pain_before),
        "" if record.pain_after is None else str(record.pain_after),
        record.note,
    )
    details = detail_cells(record)
    if not record.holds:
        return [(*head, "", "", "", "", "", *details)]
    return [
        (
            *head,
            str(hold.step),
            hold.point,
            str(hold.side),
            f"{hold.planned_seconds:.2f}",
            f"{hold.held_seconds:.2f}",
            *details,
        )
        for hold in record.holds
    ]


def format_csv(records: Iterable[SessionRecord]) -> tuple[str, int, int]:
    """The CSV text of ``records``, as the format says: (text, sessions, holds)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    sessions = holds = 0
    for record in records:
        sessions += 1
        holds += len(record.holds)
        writer.writerows(tuple(map(neutralise, row)) for row in _rows(record))
    return out.getvalue(), sessions, holds
