"""Extract the app's strings into the Qt Linguist files and build the ``.qm`` files the app loads.

    uv run python scripts/update_translations.py          # update .ts, rebuild .qm
    uv run python scripts/update_translations.py --check  # change nothing; exit 1 when stale

1. ``pyside6-lupdate`` reads every module of ``acupress_gui`` and updates
   ``translations/acupress-gui_<locale>.ts`` for each locale in :data:`LOCALES`: new strings
   are added as unfinished, strings that are gone are dropped (``-no-obsolete``), the
   translations already made are kept. Messages are sorted and carry no line numbers, so a
   file changes only when a string does. Of the ``#:`` comments lupdate passes on, only
   those written for translators (``#: Translators: ...`` right above the call) are kept.
2. ``pyside6-lrelease`` compiles each ``.ts`` into ``resources/i18n/acupress-gui_<locale>.qm``,
   which the wheel and the bundle ship (``acupress_gui/resources/i18n``).

Running it again without a code change changes nothing. ``--check`` does both steps into a
temporary folder and compares: it fails when lupdate would add, drop or change a message
(the code has strings the ``.ts`` lacks) or when a ``.qm`` is not what its ``.ts`` compiles
to. ``tests/unit/resources/test_ui_translations.py`` runs the check.

To add a language, add its code to :data:`LOCALES` and run this script (README, "Adding a
language").
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "acupress_gui"
TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "resources" / "i18n"
#: The UI languages besides English (the source language), as Qt locale names.
LOCALES = ("de", "es", "zh_CN")


def ts_path(locale: str, folder: Path = TS_DIR) -> Path:
    """``translations/acupress-gui_de.ts`` for ``de``."""
    return folder / f"acupress-gui_{locale}.ts"


def qm_path(locale: str, folder: Path = QM_DIR) -> Path:
    """``resources/i18n/acupress-gui_de.qm`` for ``de``."""
    return folder / f"acupress-gui_{locale}.qm"


def _tool(name: str) -> str:
    """The Qt tool beside this Python (the project's venv), else on PATH."""
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        sys.exit(f"{name} was not found: run this script with `uv run python {__file__}`")
    return found


def source_files() -> list[Path]:
    """Every module of the package, sorted (the package's own tests excluded)."""
    return sorted(
        path for path in PACKAGE.rglob("*.py") if "tests" not in path.relative_to(PACKAGE).parts
    )


def run_lupdate(ts_file: Path, locale: str) -> None:
    """Update ``ts_file`` (created when missing) from the package's sources."""
    files = [str(path.relative_to(ROOT)) for path in source_files()]
    command = [
        _tool("pyside6-lupdate"),
        *files,
        "-ts",
        str(ts_file),
        "-source-language",
        "en",
        "-target-language",
        locale,
        "-no-obsolete",
        "-locations",
        "none",
        "-sort-messages",
        "-silent",
    ]
    subprocess.run(command, cwd=ROOT, check=True)
    _keep_translator_comments(ts_file)


#: A comment lupdate took from the code (any ``#:`` line before a translatable call).
_EXTRACOMMENT = re.compile(r"^[ \t]*<extracomment>(.*?)</extracomment>\n", re.M | re.S)
TRANSLATORS = "Translators:"


def _keep_translator_comments(ts_file: Path) -> None:
    """Keep only the comments written for translators (``#: Translators: ...``).

    lupdate reads every ``#:`` comment as one for translators and gives it to the next
    translatable call, however far below; the code also uses ``#:`` for the documentation of
    constants and attributes, which would reach translators as noise.
    """

    def keep(match: re.Match[str]) -> str:
        start = match.group(1).find(TRANSLATORS)
        if start < 0:
            return ""
        return match.group(0).replace(match.group(1), match.group(1)[start:])

    text = ts_file.read_text(encoding="utf-8")
    ts_file.write_text(_EXTRACOMMENT.sub(keep, text), encoding="utf-8")


def run_lrelease(ts_file: Path, qm_file: Path) -> None:
    """Compile ``ts_file`` into ``qm_file``."""
    qm_file.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
        cwd=ROOT,
        check=True,
    )


@dataclass(frozen=True, order=True)
class MessageKey:
    """What identifies a message in a ``.ts`` file."""

    context: str
    source: str
    comment: str
    numerus: bool


def message_keys(ts_file: Path) -> set[MessageKey]:
    """The messages of a ``.ts`` file (obsolete and vanished ones left out)."""
    keys: set[MessageKey] = set()
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind in ("obsolete", "vanished"):
                continue
            keys.add(
                MessageKey(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    message.get("numerus") == "yes",
                )
            )
    return keys


def update(locales: tuple[str, ...] = LOCALES) -> None:
    """Update every ``.ts`` file and rebuild every ``.qm`` file."""
    TS_DIR.mkdir(exist_ok=True)
    for locale in locales:
        run_lupdate(ts_path(locale), locale)
        run_lrelease(ts_path(locale), qm_path(locale))
        print(f"{ts_path(locale).relative_to(ROOT)} -> {qm_path(locale).relative_to(ROOT)}")


def check(locales: tuple[str, ...] = LOCALES) -> list[str]:
    """What is stale, in words (empty: the ``.ts`` and ``.qm`` files are up to date)."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for locale in locales:
            committed = ts_path(locale)
            if not committed.exists():
                problems.append(f"{committed.relative_to(ROOT)} is missing")
                continue
            copy = ts_path(locale, folder)
            shutil.copyfile(committed, copy)
            run_lupdate(copy, locale)
            before, after = message_keys(committed), message_keys(copy)
            for key in sorted(after - before):
                problems.append(
                    f"{committed.name}: lupdate would add {key.context}: {key.source!r}"
                )
            for key in sorted(before - after):
                problems.append(
                    f"{committed.name}: lupdate would drop {key.context}: {key.source!r}"
                )
            built = qm_path(locale, folder)
            run_lrelease(committed, built)
            shipped = qm_path(locale)
            if not shipped.exists():
                problems.append(f"{shipped.relative_to(ROOT)} is missing")
            elif shipped.read_bytes() != built.read_bytes():
                problems.append(
                    f"{shipped.relative_to(ROOT)} is not what {committed.name} compiles to"
                )
    if problems:
        problems.append("Run `uv run python scripts/update_translations.py` and commit the result.")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        print("\n".join(problems) if problems else "translations are up to date")
        return 1 if problems else 0
    update()
    return 0


if __name__ == "__main__":
    sys.exit(main())
