"""The floors: nothing in domain/ or storage/ may import Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "acupress_gui"

_PROBE = """
import importlib, sys
sys.modules["PySide6"] = None  # any import of PySide6 now raises ImportError
failed = []
for name in sys.argv[1:]:
    try:
        importlib.import_module(name)
    except ImportError as error:
        failed.append(f"{name}: {error}")
print("\\n".join(failed))
sys.exit(1 if failed else 0)
"""


def _modules(floor: str) -> list[str]:
    names = []
    for path in sorted((PACKAGE / floor).rglob("*.py")):
        relative = path.relative_to(PACKAGE.parent).with_suffix("")
        parts = list(relative.parts)
        if parts[-1] == "__init__":
            parts.pop()
        names.append(".".join(parts))
    return names


def test_domain_and_storage_import_without_qt() -> None:
    modules = _modules("domain") + _modules("storage")
    assert "acupress_gui.domain.models" in modules
    assert "acupress_gui.storage.atomic" in modules
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, *modules], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_probe_catches_a_qt_import(tmp_path: Path) -> None:
    """The rule can fail: a module that imports PySide6 is reported."""
    bad = tmp_path / "bad_floor_module.py"
    bad.write_text("import PySide6.QtCore\n")
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, "bad_floor_module"],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
        env={"PYTHONPATH": str(tmp_path)},
    )
    assert result.returncode == 1
    assert "bad_floor_module" in result.stdout


def test_domain_never_reads_the_clock_or_files() -> None:
    """domain/ takes time and data as arguments: no clock reads, no file I/O."""
    forbidden = (
        "time.time(",
        "time.monotonic(",
        "datetime.now(",
        "open(",
        ".read_text(",
        ".read_bytes(",
        "import sqlite3",
    )
    offenders = []
    for path in sorted((PACKAGE / "domain").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        offenders += [f"{path.name}: {word}" for word in forbidden if word in text]
    assert offenders == []
