"""The streamed import checks exactly as ``read_csv`` does and stores exactly what
``add_records`` stores; a refused file leaves the history as it was."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from acupress_gui.storage.history import CsvFormatError, HistoryStore, import_history, read_csv
from acupress_gui.storage.history import csv as history_csv
from acupress_gui.storage.history.csv_columns import CSV_COLUMNS

pytestmark = [pytest.mark.expect_log("acupress_gui.storage.history", "", required=False)]

HEADER = ",".join(CSV_COLUMNS)
OLD_HEADER = ",".join(CSV_COLUMNS[:13])
_CELLS = {
    0: ["s1", "s2", "s3", "", " ", "'=s"],
    1: ["Back", "Neck", "'+R", "", "a" * 201],
    2: ["2026-05-08T08:00:00+02:00", "2026-05-08T06:00:00+00:00", "x", "", "2026-05-08T08:00"],
    3: ["2026-05-08T08:10:00+02:00", "", "2026-05-08T07:00:00+02:00"],
    4: ["completed", "stopped", "interrupted", "running", "done"],
    5: ["", "5", "05", "11", "x"],
    6: ["", "2", "-1"],
    7: ["", "note", "'=1+2", "''+x"],
    8: ["", "0", "1", "10000", "10001", "x"],
    9: ["", "BL23", "GV4", " "],
    10: ["", "left", "right", "midline", "up"],
    11: ["", "30.00", "60", "nan", "-3", "86400.01", "1e1"],
    12: ["", "29.50", "0", "41.257"],
    13: ["", "lower_back_left", "neck,lower_back_left", "nowhere"],
    14: ["", "3", "11"],
    15: ["", "4"],
}
_GOOD = [
    "s1", "Back", "2026-05-08T08:00:00+02:00", "2026-05-08T08:10:00+02:00", "completed", "5",
    "2", "note", "0", "BL23", "left", "30.00", "29.50", "", "", "",
]  # fmt: skip


def _cell(text: str) -> str:
    return f'"{text}"' if any(c in text for c in ',"\n') else text


@st.composite
def _files(draw: st.DrawFn) -> str:
    old = draw(st.booleans())
    lines = [OLD_HEADER if old else HEADER]
    for _ in range(draw(st.integers(0, 8))):
        if draw(st.integers(0, 9)) == 0:
            lines.append("")
            continue
        row = list(_GOOD)
        row[0] = draw(st.sampled_from(["s1", "s2", "s3"]))
        for _ in range(draw(st.integers(0, 2))):
            column = draw(st.sampled_from(sorted(_CELLS)))
            row[column] = draw(st.sampled_from(_CELLS[column]))
        if draw(st.integers(0, 5)) == 0:  # a row without a hold
            row[8:13] = [""] * 5
        if old:
            row = row[:13]
        if draw(st.integers(0, 15)) == 0:
            row = row[:-1]
        lines.append(",".join(map(_cell, row)))
    return "\n".join(lines) + "\n"


def _stored(store: HistoryStore) -> tuple[list[Any], ...]:
    db = store._db
    return tuple(
        [tuple(row) for row in db.all(f"SELECT * FROM {table} ORDER BY 1")]
        for table in ("sessions", "holds", "days", "routine_totals")
    )


def _old_way(store: HistoryStore, path: Path) -> tuple[int, int] | str:
    try:
        return store.add_records(read_csv(path, store.routine_ids()))
    except CsvFormatError as error:
        return str(error)


def _streamed(store: HistoryStore, path: Path) -> tuple[int, int] | str:
    try:
        return import_history(store, path)
    except CsvFormatError as error:
        return str(error)


@pytest.fixture
def stores() -> Iterator[tuple[HistoryStore, HistoryStore]]:
    with HistoryStore(None) as streamed, HistoryStore(None) as old:
        yield streamed, old


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(_files(), min_size=1, max_size=3))
def test_the_stream_checks_and_stores_as_the_whole_file_check(
    tmp_path: Path, stores: tuple[HistoryStore, HistoryStore], texts: list[str]
) -> None:
    streamed, old = stores
    for table in ("holds", "sessions", "days", "routine_totals"):
        streamed._db.execute(f"DELETE FROM {table}")
        old._db.execute(f"DELETE FROM {table}")
    for index, text in enumerate(texts):  # later files merge into what the first added
        path = tmp_path / f"h{index}.csv"
        path.write_text(text, encoding="utf-8")
        assert _streamed(streamed, path) == _old_way(old, path), text
        assert _stored(streamed) == _stored(old)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "h.csv line 1: the file is empty"),
        (b"id,routine\n", "h.csv line 1: the header must be exactly session_id,routine,"),
        (f"{HEADER}\n".encode() + b"s2,caf\xe9\n", "h.csv line 2: the text is not UTF-8"),
        (f'{HEADER}\n{",".join(_GOOD)}\ns3,"unclosed\n'.encode(), "h.csv line 3: not valid CSV"),
    ],
)
def test_a_file_that_is_not_csv_is_refused_as_before(
    tmp_path: Path, data: bytes, message: str
) -> None:
    path = tmp_path / "h.csv"
    path.write_bytes(data)
    with HistoryStore(None) as store, pytest.raises(CsvFormatError) as caught:
        import_history(store, path)
    assert str(caught.value).startswith(message)


def test_a_too_large_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(history_csv, "MAX_CSV_BYTES", 100)
    path = tmp_path / "h.csv"
    path.write_text(f"{HEADER}\n{','.join(_GOOD)}\n", encoding="utf-8")
    with HistoryStore(None) as store, pytest.raises(CsvFormatError, match="can be at most"):
        import_history(store, path)


def _many(count: int, bad_last: bool = False) -> str:
    rows = [HEADER]
    for index in range(count):
        for step in range(3):
            row = list(_GOOD)
            row[0] = f"m{index}"
            row[2] = f"2026-01-01T{index // 3600 % 24:02d}:{index // 60 % 60:02d}:{index % 60:02d}Z"
            row[2] = row[2].replace("Z", "+01:00")
            row[3] = ""
            row[8], row[12] = str(step), f"{index % 97}.{step}5"
            rows.append(",".join(row))
    if bad_last:
        rows[-1] = rows[-1].replace("left", "up")
    return "\n".join(rows) + "\n"


def test_many_sessions_in_chunks_store_what_add_records_stores(
    tmp_path: Path, stores: tuple[HistoryStore, HistoryStore]
) -> None:
    streamed, old = stores
    path = tmp_path / "h.csv"
    path.write_text(_many(5000), encoding="utf-8")
    assert _streamed(streamed, path) == _old_way(old, path) == (5000, 0)
    assert _stored(streamed) == _stored(old)
    assert _streamed(streamed, path) == (0, 5000)


def test_a_bad_last_line_after_many_chunks_adds_nothing(tmp_path: Path) -> None:
    path = tmp_path / "h.csv"
    path.write_text(_many(200), encoding="utf-8")
    with HistoryStore(tmp_path / "history.sqlite3") as store:
        import_history(store, path)
        before = _stored(store)
        bad = tmp_path / "bad.csv"
        bad.write_text(_many(5000, bad_last=True).replace(",m", ",n"), encoding="utf-8")
        with pytest.raises(CsvFormatError, match=r"^bad\.csv line 15001: side 'up'"):
            import_history(store, bad)
        assert _stored(store) == before
        triggers = store._db.column("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        assert sorted(triggers) == ["sessions_added", "sessions_changed", "sessions_removed"]


def test_a_byte_that_is_not_utf8_deep_in_the_file_is_told_in_plain_words(tmp_path: Path) -> None:
    text = _many(3000)
    lines = text.splitlines(keepends=True)
    bad_line = 3002  # past the first read buffer: found while the rows are being checked
    data = (
        "".join(lines[: bad_line - 1]).encode() + b"\xff" + "".join(lines[bad_line - 1 :]).encode()
    )
    path = tmp_path / "h.csv"
    path.write_bytes(data)
    with HistoryStore(tmp_path / "history.sqlite3") as store:
        with pytest.raises(CsvFormatError) as refused:
            import_history(store, path)
        assert str(refused.value) == f"h.csv line {bad_line}: the text is not UTF-8"
        assert store.count() == 0
