"""History CSV: the exact format, round trips, the all-or-nothing import, the CLI functions."""

from __future__ import annotations

import csv
import io
import stat
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from acupress_gui.domain.models import Side
from acupress_gui.domain.recording import HoldResult, SessionRecord, SessionStart, SessionStatus
from acupress_gui.storage.history import (
    CSV_COLUMNS,
    CsvFormatError,
    HistoryStore,
    export_history,
    export_history_cli,
    import_history,
    import_history_cli,
    parse_csv,
    read_csv,
)
from acupress_gui.storage.history import csv as history_csv
from acupress_gui.storage.paths import history_file
from tests.helpers.history_csv import format_csv

# The faults these tests cause are logged as warnings; the tests check their effects.
pytestmark = [
    pytest.mark.expect_log("acupress_gui.storage.history", "", required=False),
]

HEADER = (
    "session_id,routine,started_at,ended_at,status,pain_before,pain_after,note,"
    "step,point,side,planned_hold_s,held_s"
)
#: The header of schema version 3 (the files above, without its last columns, import too).
NEW_HEADER = HEADER + ",pain_regions,checkin_interference,checkin_sleep"
CEST = timezone(timedelta(hours=2))
CET = timezone(timedelta(hours=1))


def session(
    session_id: str,
    started: datetime,
    *,
    holds: tuple[HoldResult, ...] = (),
    note: str = "",
    status: SessionStatus = SessionStatus.COMPLETED,
    before: int | None = 6,
    after: int | None = 3,
    routine: str = "Lower back relief",
) -> SessionRecord:
    return SessionRecord(
        session_id=session_id,
        routine_id=routine.lower().replace(" ", "-"),
        routine_name=routine,
        started_at=started,
        ended_at=started + timedelta(minutes=12, seconds=5),
        status=status,
        pain_before=before,
        pain_after=after,
        note=note,
        holds=holds,
    )


SAMPLE = (
    session(
        "a1",
        datetime(2026, 3, 28, 23, 59, tzinfo=CET),
        holds=(
            HoldResult(0, "BL23", Side.LEFT, 1, 60.0, 60.0),
            HoldResult(0, "BL23", Side.LEFT, 2, 60.0, 41.257),
            HoldResult(0, "BL23", Side.RIGHT, 1, 60.0, 60.0),
            HoldResult(1, "GV4", Side.MIDLINE, 1, 30.0, 30.0),
        ),
        note='Stiff, "sharp" at first;\nbetter after',
    ),
    session(
        "a2",
        datetime(2026, 3, 29, 8, 0, tzinfo=CEST),
        status=SessionStatus.STOPPED,
        before=None,
        after=None,
    ),
)


@pytest.fixture
def store(config_dir: Path) -> Iterator[HistoryStore]:
    history = HistoryStore(history_file(config_dir))
    yield history
    history.close()


def write(tmp_path: Path, text: str, name: str = "h.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# ---- export -----------------------------------------------------------------------------


def test_export_format_is_exact() -> None:
    text, sessions, holds = format_csv(SAMPLE)
    assert (sessions, holds) == (2, 4)
    assert tuple(NEW_HEADER.split(",")) == CSV_COLUMNS
    lines = text.split("\n")
    assert lines[0] == NEW_HEADER
    assert lines[1] == (
        "a1,Lower back relief,2026-03-28T23:59:00+01:00,2026-03-29T00:11:05+01:00,completed,6,3,"
        '"Stiff, ""sharp"" at first;'
    )
    assert lines[2] == 'better after",0,BL23,left,60.00,60.00,,,'
    rows = list(csv.reader(io.StringIO(text)))
    assert len(rows) == 1 + 4 + 1
    assert rows[2][-8:-3] == ["0", "BL23", "left", "60.00", "41.26"]
    assert rows[4][-8:-3] == ["1", "GV4", "midline", "30.00", "30.00"]
    # A session without holds: one row, hold columns empty; unrated pain empty.
    assert rows[5] == [
        "a2",
        "Lower back relief",
        "2026-03-29T08:00:00+02:00",
        "2026-03-29T08:12:05+02:00",
        "stopped",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
    ]


def test_export_leaves_running_sessions_out_and_writes_a_private_file(
    store: HistoryStore, tmp_path: Path
) -> None:
    store.add_records(SAMPLE)
    store.begin(SessionStart("live", "r", "R", datetime(2026, 5, 8, 6, 0, tzinfo=UTC)))
    out = tmp_path / "out.csv"
    assert export_history(store, out) == (2, 4)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert "live" not in out.read_text()


# ---- round trip -------------------------------------------------------------------------


def test_export_import_round_trip(store: HistoryStore, tmp_path: Path, config_dir: Path) -> None:
    store.add_records(SAMPLE)
    first = tmp_path / "first.csv"
    export_history(store, first)
    other = HistoryStore(history_file(tmp_path / "other"))
    try:
        assert import_history(other, first) == (2, 0)
        second = tmp_path / "second.csv"
        export_history(other, second)
        assert second.read_bytes() == first.read_bytes()
        a1 = other.get("a1")
        assert a1 is not None
        # Repetitions are counted again from the row order.
        assert [h.repetition for h in a1.holds] == [1, 2, 1, 1]
        assert a1.note == SAMPLE[0].note
        assert a1.started_at.utcoffset() == timedelta(hours=1)
        assert a1.routine_id == "lower-back-relief"
        assert other.summary(a1.started_at.date()) == store.summary(a1.started_at.date())
        # The same file again adds nothing.
        assert import_history(other, first) == (0, 2)
    finally:
        other.close()


def test_import_keeps_the_routine_id_already_used_for_a_name(
    store: HistoryStore, tmp_path: Path
) -> None:
    store.begin(SessionStart("x", "builtin-id", "Lower back relief", datetime.now(UTC)))
    path = write(tmp_path, format_csv(SAMPLE)[0])
    import_history(store, path)
    assert store.get("a1").routine_id == "builtin-id"  # type: ignore[union-attr]


def test_rows_of_one_session_need_not_be_adjacent(tmp_path: Path) -> None:
    text = "\n".join(
        [
            HEADER,
            "s1,R,2026-05-08T08:00:00+02:00,2026-05-08T08:10:00+02:00,completed,5,2,,0,BL23,left,30,29.5",
            "s2,R,2026-05-09T08:00:00+02:00,,interrupted,,,,,,,,",
            "s1,R,2026-05-08T08:00:00+02:00,2026-05-08T08:10:00+02:00,completed,5,2,,0,BL23,left,30,30",
            "",
        ]
    )
    records = read_csv(write(tmp_path, text))
    assert [r.session_id for r in records] == ["s1", "s2"]
    assert [h.repetition for h in records[0].holds] == [1, 2]
    assert records[1].ended_at is None and records[1].holds == ()


# ---- malformed files --------------------------------------------------------------------

GOOD = (
    "s1,R,2026-05-08T08:00:00+02:00,2026-05-08T08:10:00+02:00,completed,5,2,note,"
    "0,BL23,left,30.00,29.50"
)


def replace_field(index: int, value: str) -> str:
    fields = GOOD.split(",")
    fields[index] = value
    return ",".join(fields)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (replace_field(4, "done"), "status 'done' is not one of completed, stopped, interrupted"),
        (replace_field(4, "running"), "status 'running' is not one of"),
        (replace_field(2, "yesterday"), "started_at 'yesterday' is not an ISO 8601 time"),
        (replace_field(2, "2026-05-08T08:00:00"), "has no UTC offset"),
        (replace_field(2, ""), "started_at is empty"),
        (replace_field(2, "0001-01-01T00:00:00+14:00"), "not a plausible date"),
        (
            replace_field(3, "2026-05-08T07:00:00+02:00"),
            "ended_at 2026-05-08T07:00:00+02:00 is before",
        ),
        (replace_field(5, "11"), "pain_before 11 is outside 0..10"),
        (replace_field(6, "2.5"), "pain_after '2.5' is not a whole number"),
        (replace_field(6, "-1"), "pain_after '-1' is not a whole number"),
        (replace_field(8, "x"), "step 'x' is not a whole number"),
        (replace_field(10, "up"), "side 'up' is not one of left, right, midline"),
        (replace_field(11, "nan"), "planned_hold_s 'nan' is not a possible number of seconds"),
        (replace_field(12, "-3"), "held_s '-3' is not a possible number of seconds"),
        (replace_field(12, "lots"), "held_s 'lots' is not a number of seconds"),
        (replace_field(9, ""), "point empty in a hold row"),
        (replace_field(0, ""), "session_id is empty"),
        (replace_field(1, " "), "routine is empty"),
        (GOOD + ",extra", "14 fields, expected 13"),
        (GOOD.rsplit(",", 1)[0], "12 fields, expected 13"),
        (replace_field(7, "x" * 4001), "note is longer than 4000 characters"),
        (replace_field(5, "6"), "other session details than on line 2"),
        (
            "s1,R,2026-05-08T08:00:00+02:00,2026-05-08T08:10:00+02:00,completed,5,2,note,,,,,",
            "a row without a hold for a session that has holds",
        ),
    ],
)
def test_a_malformed_line_is_reported_and_nothing_is_imported(
    store: HistoryStore, tmp_path: Path, line: str, message: str
) -> None:
    path = write(tmp_path, f"{HEADER}\n{GOOD}\n{line}\n")
    expected_line = 3
    if "other session" not in message and "row without a hold" not in message:
        # A problem with the session itself is found on its first row: put it first.
        path = write(tmp_path, f"{HEADER}\n{line}\n{GOOD.replace('s1', 's0')}\n")
        expected_line = 2
    with pytest.raises(CsvFormatError) as caught:
        import_history(store, path)
    assert str(caught.value).startswith(f"h.csv line {expected_line}: ")
    assert message in str(caught.value)
    assert store.count() == 0


def test_the_line_number_counts_lines_inside_quoted_notes(tmp_path: Path) -> None:
    note_row = GOOD.replace(",note,", ',"two\nlines",')
    path = write(tmp_path, f"{HEADER}\n{note_row}\n{replace_field(4, 'bad').replace('s1', 's2')}\n")
    with pytest.raises(CsvFormatError, match=r"^h\.csv line 4: status 'bad'"):
        read_csv(path)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "h.csv line 1: the file is empty"),
        ("id,routine\n", "h.csv line 1: the header must be exactly session_id,routine,"),
        (HEADER.upper() + "\n", "h.csv line 1: the header must be exactly"),
        (f"{HEADER}\n{GOOD}\n" + 's3,"unclosed\n', "h.csv line 3: not valid CSV"),
    ],
)
def test_bad_files(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(CsvFormatError) as caught:
        read_csv(write(tmp_path, text))
    assert str(caught.value).startswith(message)


def test_not_utf8_reports_the_line(tmp_path: Path) -> None:
    path = tmp_path / "h.csv"
    path.write_bytes(f"{HEADER}\n{GOOD}\n".encode() + b"s2,caf\xe9\n")
    with pytest.raises(CsvFormatError, match=r"^h\.csv line 3: the text is not UTF-8"):
        read_csv(path)


def test_a_bom_and_crlf_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "h.csv"
    path.write_bytes(("\ufeff" + f"{HEADER}\r\n{GOOD}\r\n").encode())
    assert [r.session_id for r in read_csv(path)] == ["s1"]


def test_a_too_large_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(history_csv, "MAX_CSV_BYTES", 100)
    path = write(tmp_path, f"{HEADER}\n{GOOD}\n")
    with pytest.raises(CsvFormatError, match=r"^h\.csv: the file is 0 MB; a history CSV can be"):
        read_csv(path)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=600) | st.text(max_size=400).map(lambda t: (HEADER + "\n" + t).encode()))
def test_random_bytes_give_records_or_a_clear_error(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "fuzz.csv"
    path.write_bytes(data)
    try:
        records = read_csv(path)
    except CsvFormatError as error:
        assert str(error).startswith("fuzz.csv")
    else:
        with HistoryStore(None) as memory:
            memory.add_records(records)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.text(min_size=1, max_size=12).filter(lambda t: t.strip()),
            st.integers(0, 10) | st.none(),
            st.text(max_size=30),
            st.lists(st.floats(0, 600, allow_nan=False).map(lambda f: round(f, 2)), max_size=4),
            st.integers(-12 * 60, 14 * 60),
        ),
        max_size=6,
    )
)
def test_any_history_round_trips(
    items: list[tuple[str, int | None, str, list[float], int]],
) -> None:
    records = [
        session(
            f"id-{i}",
            datetime(2026, 1, 1, 12, tzinfo=timezone(timedelta(minutes=offset)))
            + timedelta(days=i),
            routine=name,
            before=pain,
            after=pain,
            note=note.replace("\r", ""),
            holds=tuple(
                HoldResult(0, "BL23", Side.LEFT, r + 1, 60.0, h) for r, h in enumerate(held)
            ),
        )
        for i, (name, pain, note, held, offset) in enumerate(items)
    ]
    text = format_csv(records)[0]
    parsed = parse_csv(text, "x.csv")
    assert [(r.session_id, r.routine_name, r.pain_before, r.note) for r in parsed] == [
        (r.session_id, r.routine_name, r.pain_before, r.note) for r in records
    ]
    assert [r.started_at for r in parsed] == [r.started_at for r in records]
    assert [[h.held_seconds for h in r.holds] for r in parsed] == [
        [h.held_seconds for h in r.holds] for r in records
    ]
    assert format_csv(parsed)[0] == text


# ---- command line -----------------------------------------------------------------------


def test_cli_export_without_history_writes_the_header_only(
    config_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.csv"
    code, message = export_history_cli(config_dir, out)
    assert code == 0
    assert message == f"Exported 0 sessions (0 holds) to {out}."
    assert out.read_text() == NEW_HEADER + "\n"
    assert not history_file(config_dir).exists()


def test_cli_import_then_export(config_dir: Path, tmp_path: Path) -> None:
    source = write(tmp_path, format_csv(SAMPLE)[0], "mine.csv")
    assert import_history_cli(config_dir, source) == (0, "Imported 2 sessions from mine.csv.")
    assert import_history_cli(config_dir, source) == (
        0,
        "Imported 0 sessions from mine.csv; skipped 2 sessions already in the history.",
    )
    out = tmp_path / "out.csv"
    assert export_history_cli(config_dir, out) == (
        0,
        f"Exported 2 sessions (4 holds) to {out}.",
    )
    assert out.read_bytes() == source.read_bytes()


def test_cli_import_of_a_malformed_file(config_dir: Path, tmp_path: Path) -> None:
    source = write(tmp_path, f"{HEADER}\n{GOOD}\n{replace_field(4, 'x').replace('s1', 's2')}\n")
    code, message = import_history_cli(config_dir, source)
    assert code == 1
    assert message == (
        "h.csv line 3: status 'x' is not one of completed, stopped, interrupted; "
        "nothing was imported."
    )
    with HistoryStore(history_file(config_dir)) as store:
        assert store.count() == 0


def test_cli_import_of_a_missing_file(config_dir: Path, tmp_path: Path) -> None:
    code, message = import_history_cli(config_dir, tmp_path / "nope.csv")
    assert code == 1 and "could not be read" in message
    assert not history_file(config_dir).exists()


def test_cli_export_to_an_unwritable_place(config_dir: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    code, message = export_history_cli(config_dir, blocker / "out.csv")
    assert code == 1 and "could not be written" in message
