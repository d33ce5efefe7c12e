"""History CSV cells: spreadsheet formulas neutralised, strict numbers, short echoes."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from acupress_gui.domain.models import Side
from acupress_gui.domain.recording import HoldResult, SessionRecord, SessionStatus
from acupress_gui.storage.history import CsvFormatError, parse_csv
from tests.helpers.history_csv import format_csv

HEADER = (
    "session_id,routine,started_at,ended_at,status,pain_before,pain_after,note,"
    "step,point,side,planned_hold_s,held_s"
)
ROW = (
    "s1,Back,2026-03-01T08:00:00+01:00,2026-03-01T08:10:00+01:00,completed,{pain},3,,"
    "0,BL23,left,60.00,{held}"
)


def record(note: str = "", routine: str = "Back") -> SessionRecord:
    start = datetime(2026, 3, 1, 7, 0, tzinfo=UTC)
    return SessionRecord(
        session_id="s1",
        routine_id="back",
        routine_name=routine,
        started_at=start,
        ended_at=start + timedelta(minutes=10),
        status=SessionStatus.COMPLETED,
        pain_before=5,
        pain_after=3,
        note=note,
        holds=(HoldResult(0, "BL23", Side.LEFT, 1, 60.0, 60.0),),
    )


@pytest.mark.parametrize(
    "formula",
    ['=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR", "'=quoted"],
)
def test_formulas_are_neutralised_on_export_and_restored_on_import(formula: str) -> None:
    text, _sessions, _holds = format_csv([record(note=formula, routine=formula)])
    row = next(r for i, r in enumerate(csv.reader(io.StringIO(text))) if i == 1)
    assert row[1].startswith("'") and row[7].startswith("'")
    (back,) = parse_csv(text, "h.csv")
    assert back.note == formula
    assert back.routine_name == formula


@given(st.text(min_size=1, max_size=30).filter(str.strip))
def test_any_text_round_trips(value: str) -> None:
    text, _s, _h = format_csv([record(note=value, routine=value)])
    (back,) = parse_csv(text, "h.csv")
    assert (back.note, back.routine_name) == (value, value)
    again, _s, _h = format_csv([back])
    assert again == text


def test_a_5000_digit_pain_rating_is_refused_plainly() -> None:
    text = f"{HEADER}\n{ROW.format(pain='9' * 5000, held='60.00')}\n"
    with pytest.raises(CsvFormatError) as caught:
        parse_csv(text, "h.csv")
    message = str(caught.value)
    assert "not a whole number" in message
    assert "set_int_max_str_digits" not in message
    assert "9" * 25 not in message


@pytest.mark.parametrize("held", ["3_0", "1e1", "inf", "nan", " 30", "30.", "٣٠", "0x1e"])
def test_held_seconds_must_be_plain_decimal(held: str) -> None:
    text = f"{HEADER}\n{ROW.format(pain='5', held=held)}\n"
    with pytest.raises(CsvFormatError, match="held_s"):
        parse_csv(text, "h.csv")


def test_a_refused_value_is_echoed_short(tmp_path: Path) -> None:
    secret = "tok_" + "A" * 60
    text = f"{HEADER}\n{ROW.format(pain='5', held=secret)}\n"
    with pytest.raises(CsvFormatError) as caught:
        parse_csv(text, "h.csv")
    assert secret[:21] not in str(caught.value)
    assert secret[:12] in str(caught.value)
