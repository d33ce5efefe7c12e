"""A large import: no per-row summary trigger, the same summaries, nothing changed on failure;
the CSV read as a stream."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import timedelta
from pathlib import Path

import pytest

from acupress_gui.domain.recording import SessionRecord
from acupress_gui.storage.catalog_file import read_catalog
from acupress_gui.storage.history import CsvFormatError, HistoryStore, read_csv
from acupress_gui.storage.history import bulk as history_bulk
from acupress_gui.ui.resources import resources_dir
from tests.helpers.history_data import year_of_sessions

pytestmark = [pytest.mark.expect_log("acupress_gui.storage.history", "", required=False)]

HEADER = (
    "session_id,routine,started_at,ended_at,status,pain_before,pain_after,note,"
    "step,point,side,planned_hold_s,held_s"
)


def _year() -> list[SessionRecord]:
    return [r for r in year_of_sessions(read_catalog(resources_dir())) if r.ended_at is not None]


def _summaries(path: Path) -> tuple[list[tuple[object, ...]], ...]:
    with closing(sqlite3.connect(path)) as db:
        return (
            db.execute("SELECT * FROM days ORDER BY day").fetchall(),
            db.execute("SELECT * FROM routine_totals ORDER BY routine_name").fetchall(),
            db.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
            ).fetchall(),
        )


def _shifted(records: list[SessionRecord], days: int, prefix: str) -> list[SessionRecord]:
    """The same sessions ``days`` later under other ids (they share many days with the
    originals, so the summaries of existing days are added to)."""
    from dataclasses import replace

    return [
        replace(
            r,
            session_id=prefix + r.session_id,
            started_at=r.started_at + timedelta(days=days),
            ended_at=None if r.ended_at is None else r.ended_at + timedelta(days=days),
        )
        for r in records
    ]


def test_bulk_and_row_by_row_give_the_same_summaries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = _year()
    later = _shifted(records, 30, "x")
    with HistoryStore(tmp_path / "bulk.sqlite3") as store:
        assert store.add_records(records) == (len(records), 0)
        assert store.add_records(later) == (len(later), 0)
    # Row by row: the trigger does it (the bulk path is turned off by an unknown mark).
    monkeypatch.setattr(history_bulk, "_V2_MARK", "no trigger has this text")
    with HistoryStore(tmp_path / "rows.sqlite3") as store:
        store.add_records(records)
        store.add_records(later)
    bulk, rows = _summaries(tmp_path / "bulk.sqlite3"), _summaries(tmp_path / "rows.sqlite3")
    assert bulk == rows
    assert len(bulk[0]) > 100 and [name for name, _sql in bulk[2]] == [
        "sessions_added",
        "sessions_changed",
        "sessions_removed",
    ]


def test_a_failed_bulk_import_leaves_rows_summaries_and_trigger_as_they_were(
    tmp_path: Path,
) -> None:
    records = _year()
    path = tmp_path / "h.sqlite3"
    with HistoryStore(path) as store:
        store.add_records(records[:10])
    before = _summaries(path)
    broken = [*records[10:], records[0]]  # the last one is fine; the hold below is not
    bad_hold = broken[5].holds[0].__class__(
        step=-1, point="BL23", side=broken[5].holds[0].side, repetition=1,
        planned_seconds=60.0, held_seconds=60.0,
    )  # fmt: skip
    from dataclasses import replace

    broken[5] = replace(broken[5], holds=(bad_hold,))
    with HistoryStore(path) as store, pytest.raises(ValueError):
        store.add_records(broken)
    assert _summaries(path) == before
    with closing(sqlite3.connect(path)) as db:
        assert db.execute("SELECT count(*) FROM sessions").fetchone() == (10,)


def test_a_byte_that_is_not_utf8_far_into_the_file_gives_its_line(tmp_path: Path) -> None:
    good = (
        "s{n},Lower back relief,2025-03-01T08:15:00+01:00,2025-03-01T08:20:00+01:00,"
        "completed,5,3,,0,BL23,left,60.00,59.50"
    )
    lines = [HEADER, *(good.format(n=n) for n in range(5000))]
    path = tmp_path / "h.csv"
    path.write_bytes("\n".join(lines).encode() + b"\ns9,caf\xe9\n")
    with pytest.raises(CsvFormatError, match=r"^h\.csv line 5002: the text is not UTF-8"):
        read_csv(path)
    path.write_bytes("\n".join(lines).encode() + b"\n")
    assert len(read_csv(path)) == 5000
