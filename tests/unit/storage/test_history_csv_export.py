"""The export made by SQLite writes exactly what the record-by-record writer writes."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from acupress_gui.domain.checkin import WeeklyCheckin
from acupress_gui.domain.models import Side
from acupress_gui.domain.pain_map import PainRegion
from acupress_gui.domain.recording import HoldResult, SessionRecord, SessionStart, SessionStatus
from acupress_gui.storage.history import (
    HistoryDamagedError,
    HistoryStore,
    export_history,
    export_history_cli,
)
from acupress_gui.storage.paths import history_file
from tests.helpers.history_csv import format_csv

pytestmark = [
    pytest.mark.expect_log("acupress_gui.storage.history", "", required=False),
]

#: Texts that test every rule of a cell: formulas, quotes, separators, line breaks.
_AWKWARD = st.sampled_from(
    ["", "=1+2", "+1", "-3", "@x", "\tx", "\rx", "'=x", "''+x", "'", "a'b", 'say "hi"',
     "a,b", "line\nbreak", "cr\r\nlf", "é ☃ 漢字", " lead", "trail ", "x\x00y", '"', ","]
)  # fmt: skip
_TEXT = st.one_of(_AWKWARD, st.text(max_size=12), st.text(alphabet="'=+-@,\"\n\r\t a", max_size=6))
_NAME = _TEXT.filter(lambda text: text.strip() != "")
#: Seconds, with rounding ties (x.125 and x.375 are exact), values just below them (2.675),
#: and the ones seen in use.
_SECONDS = st.one_of(
    st.floats(0, 24 * 3600, allow_nan=False),
    st.integers(0, 86_400 * 8).map(lambda eighths: eighths / 8),
    st.integers(0, 8_639_999).map(lambda k: (k + 0.5) / 100),
    st.sampled_from([0.0, 0.005, 0.015, 1.005, 2.675, 59.995, 60.0, 41.257, 1e-9, 86_400.0]),
)
_OFFSET = st.integers(-12 * 60, 14 * 60)
_MOMENT = st.datetimes(datetime(1970, 1, 2), datetime(2200, 1, 1))


@st.composite
def _records(draw: st.DrawFn) -> list[SessionRecord]:
    records = []
    for index in range(draw(st.integers(0, 5))):
        offset = timezone(timedelta(minutes=draw(_OFFSET)))
        started = draw(_MOMENT).replace(tzinfo=offset)
        length = draw(st.none() | st.timedeltas(timedelta(0), timedelta(hours=5)))
        ended = None if length is None else started + length
        if ended is not None:
            ended = ended.astimezone(timezone(timedelta(minutes=draw(_OFFSET))))
        holds = tuple(
            HoldResult(
                draw(st.integers(0, 10_000)),
                draw(_NAME),
                draw(st.sampled_from(list(Side))),
                repetition + 1,
                draw(_SECONDS),
                draw(_SECONDS),
            )
            for repetition in range(draw(st.integers(0, 3)))
        )
        answers = draw(st.none() | st.tuples(st.integers(0, 10), st.integers(0, 10)))
        records.append(
            SessionRecord(
                session_id=f"{index}{draw(_TEXT)}",
                routine_id="r",
                routine_name=draw(_NAME),
                started_at=started,
                ended_at=ended,
                status=draw(st.sampled_from(list(SessionStatus)[1:])),
                pain_before=draw(st.none() | st.integers(0, 10)),
                pain_after=draw(st.none() | st.integers(0, 10)),
                note=draw(_TEXT),
                holds=holds,
                pain_regions=tuple(draw(st.sets(st.sampled_from(list(PainRegion))))),
                checkin=None if answers is None else WeeklyCheckin(*answers),
            )
        )
    return records


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    history = HistoryStore(tmp_path / "h.sqlite3")
    yield history
    history.close()


def _expected(store: HistoryStore) -> bytes:
    """What the record-by-record writer makes of the same history."""
    text, _sessions, _holds = format_csv(store.records(include_running=False))
    return text.encode("utf-8")


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(_records())
def test_the_export_is_byte_identical_to_the_record_writer(
    store: HistoryStore, tmp_path: Path, records: list[SessionRecord]
) -> None:
    store.add_records(records)
    out = tmp_path / "out.csv"
    counts = export_history(store, out)
    assert out.read_bytes() == _expected(store)
    assert counts == (len(records), sum(len(record.holds) for record in records))
    store.delete(record.session_id for record in records)


def test_recorded_sessions_running_ones_and_holds_with_times(
    store: HistoryStore, tmp_path: Path
) -> None:
    cest = timezone(timedelta(hours=2))
    start = datetime(2026, 3, 29, 1, 59, 59, 999_999, tzinfo=cest)
    store.begin(SessionStart("s1", "r", "Lower back", start, 6, (PainRegion.NECK,)))
    store.add_hold("s1", HoldResult(0, "BL23", Side.LEFT, 1, 60.0, 59.875), ended_at=start)
    store.add_hold("s1", HoldResult(1, "-GV4", Side.MIDLINE, 1, 0.125, 2.675))
    store.add_hold("s1", HoldResult(2, "KI3", Side.RIGHT, 1, 1.0, 1.0))
    store.finish("s1", start + timedelta(minutes=3, microseconds=7), SessionStatus.COMPLETED)
    store.begin(SessionStart("live", "r", "R", datetime(2026, 5, 8, 6, 0, tzinfo=UTC)))
    store.add_hold("live", HoldResult(0, "BL23", Side.LEFT, 1, 60.0, 60.0))
    assert store.path is not None
    # Values the app never writes, but a file can hold: they are written as before.
    _corrupt(
        store.path, "UPDATE holds SET step = -1, planned_s = 1e7, held_s = -0.5 WHERE point = 'KI3'"
    )
    out = tmp_path / "out.csv"
    assert export_history(store, out) == (1, 3)
    text = out.read_text(encoding="utf-8")
    assert out.read_bytes() == _expected(store)
    assert "2026-03-29T01:59:59+02:00" in text  # to the second, not rounded up
    assert ",1,'-GV4,midline,0.12,2.67," in text  # Python's rounding, neutralised
    assert ",'-1,KI3,right,10000000.00,'-0.50," in text
    assert "live" not in text


def _corrupt(path: Path, sql: str) -> None:
    connection = sqlite3.connect(path)
    with connection:
        connection.execute(sql)
    connection.close()


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE sessions SET started_at = 'yesterday'",
        "UPDATE sessions SET pain_regions = 'elbow'",
        "UPDATE sessions SET utc_offset_min = 100000",
    ],
)
def test_a_value_that_cannot_be_read_is_damage_and_the_old_file_stays(
    tmp_path: Path, config_dir: Path, sql: str
) -> None:
    path = history_file(config_dir)
    with HistoryStore(path) as history:
        history.add_records(
            [
                SessionRecord(
                    "a", "r", "R", datetime(2026, 1, 1, tzinfo=UTC), None,
                    SessionStatus.COMPLETED, None, None, "",
                )
            ]
        )  # fmt: skip
    _corrupt(path, sql)
    out = tmp_path / "out.csv"
    out.write_text("old", encoding="utf-8")
    with HistoryStore(path) as history, pytest.raises(HistoryDamagedError):
        export_history(history, out)
    code, message = export_history_cli(config_dir, out)
    assert code == 1
    assert "damaged" in message
    assert out.read_text(encoding="utf-8") == "old"


def test_a_pain_map_stored_out_of_order_is_written_in_map_order(
    store: HistoryStore, tmp_path: Path
) -> None:
    store.begin(SessionStart("s", "r", "R", datetime(2026, 1, 1, tzinfo=UTC), None))
    store.finish("s", datetime(2026, 1, 1, 0, 5, tzinfo=UTC), SessionStatus.COMPLETED)
    assert store.path is not None
    _corrupt(store.path, "UPDATE sessions SET pain_regions = ' neck,lower_back_left'")
    out = tmp_path / "out.csv"
    export_history(store, out)
    assert out.read_bytes() == _expected(store)
    assert ',"lower_back_left,neck",,\n' in out.read_text(encoding="utf-8")
