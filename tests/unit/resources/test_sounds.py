"""The sound cues: the committed WAVs are exactly what scripts/make_sounds.py makes, and sane."""

from __future__ import annotations

import math
import subprocess
import sys
import wave
from array import array
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[3]
SCRIPT = ROOT / "scripts" / "make_sounds.py"
SOUNDS = ROOT / "resources" / "sounds"
EXPECTED = {
    "hold_start.wav",
    "release.wav",
    "switch_side.wav",
    "change_position.wav",
    "count_tick.wav",
    "next_point.wav",
    "session_done.wav",
}


def _samples(path: Path) -> tuple[Any, array[int]]:
    with wave.open(str(path), "rb") as wav:
        params = wav.getparams()
        frames = wav.readframes(params.nframes)
    samples = array("h", frames)
    if sys.byteorder == "big":
        samples.byteswap()
    return params, samples


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("sounds")
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return out


def test_the_committed_files_are_the_expected_set() -> None:
    assert {path.name for path in SOUNDS.glob("*.wav")} == EXPECTED


def test_script_regenerates_byte_identical_files(regenerated: Path) -> None:
    assert {path.name for path in regenerated.glob("*.wav")} == EXPECTED
    changed = [
        name
        for name in sorted(EXPECTED)
        if (regenerated / name).read_bytes() != (SOUNDS / name).read_bytes()
    ]
    assert changed == [], "run `uv run python scripts/make_sounds.py` and commit the WAVs"


def test_script_is_deterministic(regenerated: Path, tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(SCRIPT), "--out", str(tmp_path)],
        capture_output=True,
        check=True,
        timeout=120,
    )
    for name in EXPECTED:
        assert (tmp_path / name).read_bytes() == (regenerated / name).read_bytes(), name


def test_the_sounds_stay_small() -> None:
    assert sum(path.stat().st_size for path in SOUNDS.glob("*.wav")) < 300 * 1024


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_wav_is_short_soft_mono_16_bit(name: str) -> None:
    params, samples = _samples(SOUNDS / name)
    assert params.nchannels == 1
    assert params.sampwidth == 2
    assert params.framerate in (22_050, 44_100)
    assert params.comptype == "NONE"
    duration = params.nframes / params.framerate
    assert 0.15 <= duration <= 0.8, duration

    peak = max(abs(value) for value in samples) / 32_768
    peak_dbfs = 20 * math.log10(peak)
    assert -12.0 <= peak_dbfs <= -5.5, f"peak {peak_dbfs:.1f} dBFS"

    # Faded in and out: no click at either end.
    edge = round(0.002 * params.framerate)
    assert max(abs(value) for value in samples[:edge]) < 0.01 * 32_768
    assert max(abs(value) for value in samples[-edge:]) < 0.01 * 32_768
    # No DC offset.
    assert abs(sum(samples) / len(samples)) < 0.002 * 32_768


def test_the_cues_sound_different() -> None:
    """Six distinct cues: no two files share their samples."""
    contents = {(SOUNDS / name).read_bytes()[44:] for name in EXPECTED}
    assert len(contents) == len(EXPECTED)
