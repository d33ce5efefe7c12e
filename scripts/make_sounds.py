"""Synthesise the app's sound cues into ``resources/sounds/`` with the standard library only.

Every cue is a few soft, bell-like sine tones: a short raised-cosine attack, an exponential
decay and a raised-cosine fade-out, so no file starts or ends with a click. Each file is
normalised to a fixed, comfortable peak (-6 dBFS; the frequent count tick -9 dBFS) and
written as 16-bit mono PCM at 22.05 kHz, which keeps all six files well under 300 KB.

The output is deterministic: running the script twice gives byte-identical files, so the
committed WAVs can be checked against it (``tests/unit/test_sounds.py``).

Usage::

    python scripts/make_sounds.py            # writes resources/sounds/*.wav
    python scripts/make_sounds.py --out DIR  # writes the same files into DIR
"""

from __future__ import annotations

import argparse
import math
import sys
import wave
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

SAMPLE_RATE = 22_050
SAMPLE_WIDTH = 2  # bytes: 16-bit PCM
FULL_SCALE = 32_767
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "resources" / "sounds"

# Note frequencies (Hz), equal temperament, A4 = 440 Hz.
A4 = 440.0
B4 = 493.88
C5 = 523.25
D5 = 587.33
E5 = 659.26
G5 = 783.99
E4 = 329.63

#: Relative strengths of the partials of a soft bell: the fundamental, a quiet octave and a
#: faint twelfth. Few and weak overtones keep the sound warm rather than piercing.
BELL_PARTIALS: tuple[tuple[float, float], ...] = ((1.0, 1.0), (2.0, 0.22), (3.0, 0.06))


@dataclass(frozen=True)
class Note:
    """One tone inside a cue.

    Attributes:
        start: When the note begins, in seconds from the start of the cue.
        frequency: Fundamental frequency in Hz at the start of the note.
        duration: How long the note lasts, in seconds (it fades out to silence by then).
        decay: Time constant of the exponential decay, in seconds (larger rings longer).
        gain: Relative loudness within the cue.
        end_frequency: If set, the pitch glides exponentially to this frequency.
        partials: (multiple of the fundamental, relative amplitude) pairs.
    """

    start: float
    frequency: float
    duration: float
    decay: float = 0.25
    gain: float = 1.0
    end_frequency: float | None = None
    partials: tuple[tuple[float, float], ...] = BELL_PARTIALS


@dataclass(frozen=True)
class CueSpec:
    """A cue file: its notes, total length and target peak level."""

    name: str
    length: float
    notes: tuple[Note, ...]
    peak_dbfs: float = -6.0


ATTACK_SECONDS = 0.008
NOTE_FADE_SECONDS = 0.04
FILE_FADE_SECONDS = 0.02

CUES: tuple[CueSpec, ...] = (
    # "Press now": a clear rising fifth, C5 then G5.
    CueSpec(
        "hold_start",
        0.62,
        (
            Note(0.0, C5, 0.36, decay=0.22),
            Note(0.16, G5, 0.46, decay=0.24),
        ),
    ),
    # "Let go": one soft sine that glides down a fourth and fades.
    CueSpec(
        "release",
        0.55,
        (Note(0.0, A4, 0.55, decay=0.3, end_frequency=E4, partials=((1.0, 1.0), (2.0, 0.08))),),
    ),
    # "Other side": two tones alternating, high-low-high-low.
    CueSpec(
        "switch_side",
        0.6,
        (
            Note(0.0, E5, 0.16, decay=0.09),
            Note(0.14, A4, 0.16, decay=0.09),
            Note(0.28, E5, 0.16, decay=0.09),
            Note(0.42, A4, 0.18, decay=0.1),
        ),
    ),
    # 3-2-1 before a switch or the end of a hold: short, dry and quieter than the rest.
    CueSpec(
        "count_tick",
        0.15,
        (Note(0.0, 1318.5, 0.15, decay=0.03, partials=((1.0, 1.0), (2.76, 0.12))),),
        peak_dbfs=-9.0,
    ),
    # "Change position": two low, slow notes rising a fifth, unlike every other cue.
    CueSpec(
        "change_position",
        0.8,
        (
            Note(0.0, A4 / 2, 0.4, decay=0.28, partials=((1.0, 1.0), (2.0, 0.3), (3.0, 0.1))),
            Note(0.28, E4, 0.52, decay=0.3, partials=((1.0, 1.0), (2.0, 0.3), (3.0, 0.1))),
        ),
    ),
    # "Move on to the next point": a single mellow bell.
    CueSpec("next_point", 0.45, (Note(0.0, D5, 0.45, decay=0.16),)),
    # "Session done": a gentle three-note resolution, G5 - D5 - C5, the last one ringing.
    CueSpec(
        "session_done",
        0.8,
        (
            Note(0.0, G5, 0.3, decay=0.14, gain=0.8),
            Note(0.16, D5, 0.3, decay=0.14, gain=0.85),
            Note(0.32, C5, 0.48, decay=0.26),
        ),
    ),
)


def _raised_cosine(position: float) -> float:
    """0 at position 0, 1 at position 1, smooth at both ends (clamped outside)."""
    if position <= 0.0:
        return 0.0
    if position >= 1.0:
        return 1.0
    return 0.5 - 0.5 * math.cos(math.pi * position)


def _note_envelope(note: Note) -> Callable[[float], float]:
    def envelope(t: float) -> float:
        attack = _raised_cosine(t / ATTACK_SECONDS)
        fade = _raised_cosine((note.duration - t) / NOTE_FADE_SECONDS)
        return attack * fade * math.exp(-t / note.decay)

    return envelope


def render(spec: CueSpec, sample_rate: int = SAMPLE_RATE) -> list[float]:
    """Mix the notes of a cue into float samples, normalised to the cue's peak level."""
    total = round(spec.length * sample_rate)
    mix = [0.0] * total
    for note in spec.notes:
        first = round(note.start * sample_rate)
        count = min(round(note.duration * sample_rate), total - first)
        envelope = _note_envelope(note)
        end_frequency = note.end_frequency or note.frequency
        phase = 0.0
        for i in range(count):
            t = i / sample_rate
            # Exponential glide: the same musical interval per unit of time.
            frequency = note.frequency * (end_frequency / note.frequency) ** (t / note.duration)
            value = sum(
                amplitude * math.sin(multiple * phase) for multiple, amplitude in note.partials
            )
            mix[first + i] += note.gain * envelope(t) * value
            phase += 2.0 * math.pi * frequency / sample_rate
    fade_samples = round(FILE_FADE_SECONDS * sample_rate)
    for i in range(fade_samples):
        weight = _raised_cosine(i / fade_samples)
        mix[i] *= weight
        mix[total - 1 - i] *= weight
    peak = max(abs(value) for value in mix)
    target = 10.0 ** (spec.peak_dbfs / 20.0)
    return [value * target / peak for value in mix]


def to_pcm16(samples: Sequence[float]) -> bytes:
    """Little-endian signed 16-bit PCM bytes of float samples in [-1, 1]."""
    pcm = array("h", (max(-FULL_SCALE, min(FULL_SCALE, round(v * FULL_SCALE))) for v in samples))
    if sys.byteorder == "big":
        pcm.byteswap()
    return pcm.tobytes()


def write_wav(path: Path, samples: Sequence[float], sample_rate: int = SAMPLE_RATE) -> None:
    """Write mono 16-bit PCM; the wave module writes no timestamps, so bytes are stable."""
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(SAMPLE_WIDTH)
        out.setframerate(sample_rate)
        out.writeframes(to_pcm16(samples))


def write_all(out_dir: Path) -> list[Path]:
    """Render every cue into ``out_dir`` (created if needed); returns the written paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for spec in CUES:
        path = out_dir / f"{spec.name}.wav"
        write_wav(path, render(spec))
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help=f"output folder (default: {DEFAULT_OUT})"
    )
    args = parser.parse_args(argv)
    for path in write_all(args.out):
        print(f"{path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
