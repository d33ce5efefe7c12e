"""``--export-report``: a PDF, one line, exit 0, no window; bad input: one line, exit 1."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from acupress_gui.storage.history import HistoryStore
from acupress_gui.storage.paths import history_file
from acupress_gui.ui.context import load_catalog
from tests.helpers.history_data import year_of_sessions
from tests.helpers.report_data import with_pain_details

ROOT = Path(__file__).resolve().parents[2]


def run(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # no display: the command must find its own way
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-m", "acupress_gui", "--config-dir", str(config), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )


@pytest.mark.usefixtures("qapp")
def test_the_report_is_written_with_one_line_and_no_window(tmp_path: Path) -> None:
    config = tmp_path / "config"
    with HistoryStore(history_file(config)) as store:
        store.add_records(with_pain_details(year_of_sessions(load_catalog())))
    out = tmp_path / "report.pdf"
    result = run(
        config, "--export-report", str(out), "--from", "2026-03-09", "--to", "2026-05-08",
        "--name", "Alex Example",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.splitlines()
    assert line.startswith("Wrote the report of 2026-03-09 to 2026-05-08 (")
    assert line.endswith(f") to {out}.")
    assert out.read_bytes().startswith(b"%PDF-")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "For: Alex Example" in text
        sessions = line.split("(", 1)[1].split(" sessions", 1)[0]
        assert f"{sessions} sessions on" in " ".join(text.split())


def test_without_a_history_the_report_says_there_is_nothing_yet(tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    result = run(tmp_path / "config", "--export-report", str(out))
    assert result.returncode == 0, result.stderr
    assert "(0 sessions, " in result.stdout
    assert out.exists()
    assert not history_file(tmp_path / "config").exists()  # nothing made as a side effect


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--from", "2026-02-30"), "--from '2026-02-30' is not a date; write it as YYYY-MM-DD"),
        (("--to", "8 May"), "--to '8 May' is not a date; write it as YYYY-MM-DD"),
        (("--from", "2026-05-09", "--to", "2026-05-08"), "--from 2026-05-09 is after --to"),
    ],
)
def test_bad_dates_get_one_plain_line(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    out = tmp_path / "r.pdf"
    result = run(tmp_path / "config", "--export-report", str(out), *args)
    assert result.returncode == 1
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert message in line
    assert not out.exists()


def test_an_unwritable_path_gets_one_plain_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run(tmp_path / "config", "--export-report", str(blocker / "r.pdf"))
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"{blocker / 'r.pdf'} could not be written: ")


def test_report_options_need_the_report(tmp_path: Path) -> None:
    result = run(tmp_path / "config", "--from", "2026-01-01")
    assert result.returncode == 2
    assert "--from, --to and --name go with --export-report FILE.pdf" in result.stderr
