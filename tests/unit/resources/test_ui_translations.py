"""The UI translations: complete, consistent with their sources, compiled, and current.

``translations/acupress-gui_<locale>.ts`` holds every string of the code with its
translation; ``resources/i18n/acupress-gui_<locale>.qm`` is what the app loads.
``scripts/update_translations.py`` makes both; these tests fail when a ``.ts`` has an
unfinished message, a translation that loses a placeholder or a menu key, when a ``.qm`` is
not what its ``.ts`` compiles to, and when lupdate would add or drop a string.
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[3]
SCRIPTS = ROOT / "scripts"
LOCALES = ("de", "es", "zh_CN")
#: Plural forms per language, as Qt counts them.
FORMS = {"de": 2, "es": 2, "zh_CN": 1}
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}|%L?n|%L?\d")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    kind: str | None
    texts: tuple[str, ...]


def _messages(locale: str) -> list[Message]:
    root = ET.parse(ROOT / "translations" / f"acupress-gui_{locale}.ts").getroot()
    found = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            texts = (
                tuple(form.text or "" for form in translation.findall("numerusform"))
                if numerus
                else (translation.text or "",)
            )
            found.append(
                Message(
                    context.findtext("name") or "",
                    message.findtext("source") or "",
                    numerus,
                    translation.get("type"),
                    texts,
                )
            )
    return found


def _script(name: str) -> ModuleType:
    """A script of scripts/ as a module."""
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # Dataclasses look their module up in sys.modules.
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _placeholders(text: str, *, numerus: bool) -> list[str]:
    return sorted(p for p in PLACEHOLDER.findall(text) if not (numerus and p in ("%n", "%Ln")))


def _mnemonics(text: str) -> int:
    return len(re.findall(r"&(?=\S)", text.replace("&&", "")))


def test_every_locale_has_a_ts_and_a_qm_file() -> None:
    for locale in LOCALES:
        root = ET.parse(ROOT / "translations" / f"acupress-gui_{locale}.ts").getroot()
        assert root.get("language") == locale
        assert root.get("sourcelanguage") == "en"
        assert (ROOT / "resources" / "i18n" / f"acupress-gui_{locale}.qm").stat().st_size > 1000


@pytest.mark.parametrize("locale", LOCALES)
def test_every_message_is_translated(locale: str) -> None:
    messages = _messages(locale)
    assert len(messages) > 500
    unfinished = [m.source for m in messages if m.kind is not None or not all(m.texts)]
    assert unfinished == []


@pytest.mark.parametrize("locale", LOCALES)
def test_translations_keep_placeholders_and_menu_keys(locale: str) -> None:
    problems = []
    for m in _messages(locale):
        want = _placeholders(m.source, numerus=m.numerus)
        for text in m.texts:
            if _placeholders(text, numerus=m.numerus) != want:
                problems.append(f"{m.context}: {m.source!r} -> {text!r}: placeholders")
            if _mnemonics(text) != min(_mnemonics(m.source), 1):
                problems.append(f"{m.context}: {m.source!r} -> {text!r}: & keys")
            if "(s)" in text:
                problems.append(f"{m.context}: {m.source!r} -> {text!r}: English plural marker")
    assert problems == []


@pytest.mark.parametrize("locale", LOCALES)
def test_plurals_have_the_forms_of_the_language(locale: str) -> None:
    plurals = [m for m in _messages(locale) if m.numerus]
    assert len(plurals) >= 20
    assert {len(m.texts) for m in plurals} == {FORMS[locale]}
    # The count is in at least one form (a singular may spell it out: "ein Schritt").
    assert [m.source for m in plurals if not any("%" in t for t in m.texts)] == []


@pytest.mark.parametrize("locale", LOCALES)
def test_menu_keys_are_unique_within_the_menu_bar(locale: str) -> None:
    titles = ["&View", "&Routine", "His&tory", "&Settings", "&Help"]
    by_source = {m.source: m.texts[0] for m in _messages(locale)}
    keys = [re.search(r"&(\w)", by_source[t]) for t in titles]
    letters = [k.group(1).lower() for k in keys if k is not None]
    assert len(letters) == len(titles)
    assert len(set(letters)) == len(letters), dict(zip(titles, letters, strict=True))


def test_the_ts_and_qm_files_are_current() -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPTS / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_check_fails_when_lupdate_would_add_a_string(tmp_path: Path) -> None:
    ut = _script("update_translations")
    copy = tmp_path / "acupress-gui_de.ts"
    text = (ROOT / "translations" / "acupress-gui_de.ts").read_text(encoding="utf-8")
    # Drop one message, as if the code had a string the file lacks.
    first = text.index("<message>")
    end = text.index("</message>", first) + len("</message>")
    copy.write_text(text[:first] + text[end:], encoding="utf-8")
    keys_before = ut.message_keys(copy)
    assert len(keys_before) == len(ut.message_keys(ROOT / "translations" / copy.name)) - 1
    ut.run_lupdate(copy, "de")
    assert len(ut.message_keys(copy)) == len(keys_before) + 1


def test_the_filler_fills_unfinished_messages_only_and_reports_the_rest(tmp_path: Path) -> None:
    ft = _script("fill_translations")
    ts = tmp_path / "x.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="de" sourcelanguage="en"><context><name>A</name>'
        '<message><source>&amp;Quit</source><translation type="unfinished"></translation>'
        "</message>"
        '<message numerus="yes"><source>%n step(s)</source><translation type="unfinished">'
        "<numerusform></numerusform><numerusform></numerusform></translation></message>"
        "<message><source>Done</source><translation>Fertig</translation></message>"
        '<message><source>{name} left</source><translation type="unfinished"></translation>'
        "</message>"
        '<message><source>Missing</source><translation type="unfinished"></translation>'
        "</message></context></TS>\n",
        encoding="utf-8",
    )
    data = {
        "strings": {"&Quit": "&Beenden", "Done": "Erledigt", "{name} left": "{nom} übrig"},
        "plurals": {"%n step(s)": ["%n Schritt", "%n Schritte"]},
    }
    report = ft.fill(ts, json.loads(json.dumps(data)), overwrite=False)
    assert report.filled == 2
    assert report.missing == ["Missing"]
    assert len(report.refused) == 1 and "placeholders" in report.refused[0]
    text = ts.read_text(encoding="utf-8")
    assert "&amp;Beenden" in text and "%n Schritte" in text
    assert "Fertig" in text and "Erledigt" not in text  # finished messages are kept
    again = ft.fill(ts, data, overwrite=False)
    assert again.filled == 0


def test_the_wheel_carries_the_compiled_translations() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    include = pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert include["resources"] == "acupress_gui/resources"
    sdist = pyproject["tool"]["hatch"]["build"]["targets"]["sdist"]["include"]
    assert "translations" in sdist and "scripts" in sdist
