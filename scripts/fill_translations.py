"""Fill the unfinished messages of a Qt Linguist file from a translator's JSON file.

    uv run python scripts/fill_translations.py de.json translations/acupress-gui_de.ts
    uv run python scripts/fill_translations.py --all TR_DIR     # TR_DIR/<locale>.json each

The JSON file gives translations by English source text, whatever the context::

    {"strings": {"&Quit": "&Beenden", "{name} is missing": "{name} fehlt"},
     "plurals": {"%n step(s)": ["%n Schritt", "%n Schritte"]}}

Only unfinished messages are filled, so running it twice changes nothing and corrections
made in the ``.ts`` since (shorter words where a layout clipped) are kept; ``--overwrite``
replaces finished ones too, with every translation the JSON file gives. A translation
whose placeholders (``{name}``, ``%n``, ``%Ln``, ``%1``) differ from its source's, or whose
plural has the wrong number of forms for the language, is not used and is reported. The
sources that stay unfinished are listed at the end. Afterwards the ``.ts`` files are
normalised and the ``.qm`` files rebuilt (``scripts/update_translations.py``), unless
``--no-release``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import update_translations

#: Placeholders that must be the same in a source and its translation.
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}|%L?n|%L?\d")


def placeholders(text: str, *, numerus: bool = False) -> list[str]:
    """The placeholders of ``text``, sorted (``{name}``, ``%n``, ``%Ln`` ...).

    With ``numerus``, the count itself (``%n``, ``%Ln``) is left out: a plural form may
    spell it out ("ein Schritt").
    """
    found = PLACEHOLDER.findall(text)
    return sorted(p for p in found if not (numerus and p in ("%n", "%Ln")))


def mnemonics(text: str) -> int:
    """How many ``&`` mnemonics ``text`` has (``&&`` is a literal ampersand)."""
    return len(re.findall(r"&(?!&)(?=\S)", text.replace("&&", "")))


@dataclass
class FillReport:
    """What a fill did to one ``.ts`` file."""

    filled: int = 0
    missing: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)


def _numerus_count(message: ET.Element) -> int:
    translation = message.find("translation")
    assert translation is not None
    return max(1, len(translation.findall("numerusform")))


def refusal(source: str, translations: list[str], forms: int | None) -> str | None:
    """Why ``translations`` cannot be used for ``source`` (None: it can)."""
    if forms is not None and len(translations) != forms:
        return f"{source!r}: {len(translations)} plural forms given, the language has {forms}"
    for text in translations:
        if not text.strip():
            return f"{source!r}: the translation is empty"
        if placeholders(text, numerus=forms is not None) != placeholders(
            source, numerus=forms is not None
        ):
            return f"{source!r}: placeholders {placeholders(text)} differ from the source's"
        if mnemonics(source) and not mnemonics(text):
            return f"{source!r}: the translation {text!r} lacks the & mnemonic"
    return None


def fill(ts_file: Path, data: dict[str, dict[str, object]], *, overwrite: bool) -> FillReport:
    """Fill ``ts_file`` in place from ``data`` (the JSON format above)."""
    strings = data.get("strings", {})
    plurals = data.get("plurals", {})
    tree = ET.parse(ts_file)
    report = FillReport()
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        kind = translation.get("type")
        if kind in ("obsolete", "vanished") or (kind != "unfinished" and not overwrite):
            continue
        source = message.findtext("source") or ""
        numerus = message.get("numerus") == "yes"
        given = plurals.get(source) if numerus else strings.get(source)
        if numerus and given is None and isinstance(strings.get(source), str):
            given = [strings[source]]
        if given is None:
            if kind == "unfinished" and source not in report.missing:
                report.missing.append(source)
            continue
        forms = _numerus_count(message) if numerus else None
        texts = [str(t) for t in given] if isinstance(given, list) else [str(given)]
        if forms == 1 and len(texts) > 1 and len(set(texts)) == 1:
            texts = texts[:1]
        why = refusal(source, texts, forms)
        if why is not None:
            report.refused.append(why)
            continue
        if numerus:
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for text in texts:
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = texts[0]
        translation.attrib.pop("type", None)
        report.filled += 1
    _write(tree, ts_file)
    return report


def _write(tree: ET.ElementTree[ET.Element], ts_file: Path) -> None:
    """Write the file as Qt Linguist does (lupdate normalises it again afterwards)."""
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_file.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def _print(report: FillReport, ts_file: Path) -> None:
    print(f"{ts_file}: {report.filled} filled, {len(report.missing)} still unfinished")
    for why in report.refused:
        print(f"  not used: {why}")
    for source in report.missing:
        print(f"  missing: {source!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("json_file", nargs="?", type=Path, help="a translator's JSON file")
    parser.add_argument("ts_file", nargs="?", type=Path, help="the .ts file to fill")
    parser.add_argument("--all", metavar="DIR", type=Path, help="fill every locale from DIR")
    parser.add_argument("--overwrite", action="store_true", help="replace finished ones too")
    parser.add_argument("--no-release", action="store_true", help="do not run lupdate/lrelease")
    args = parser.parse_args(argv)
    if args.all is not None:
        pairs = [
            (args.all / f"{locale}.json", update_translations.ts_path(locale))
            for locale in update_translations.LOCALES
            if (args.all / f"{locale}.json").exists()
        ]
    elif args.json_file is not None and args.ts_file is not None:
        pairs = [(args.json_file, args.ts_file)]
    else:
        parser.error("give a JSON file and a .ts file, or --all DIR")
    if not args.no_release:
        update_translations.update()  # the .ts files have every current string first
    incomplete = 0
    for json_file, ts_file in pairs:
        data = json.loads(json_file.read_text(encoding="utf-8"))
        report = fill(ts_file, data, overwrite=args.overwrite)
        _print(report, ts_file)
        incomplete += len(report.missing) + len(report.refused)
    if not args.no_release:
        update_translations.update()
    return 1 if incomplete else 0


if __name__ == "__main__":
    sys.exit(main())
