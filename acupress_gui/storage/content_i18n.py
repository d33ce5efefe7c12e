"""Read the translation of the point texts for a locale: ``resources/i18n/points.<locale>.json``.

The shipped files are part of the app, so they are never set aside or rewritten: a file that
cannot be used is refused with a message and a logged warning, and the point texts stay in
English. A locale with no translation is English too, without a warning.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from acupress_gui.domain.content_i18n import (
    ContentTranslationError,
    Fallback,
    parse_translation,
    translate_catalog,
)
from acupress_gui.domain.models import Catalog
from acupress_gui.storage.envelope import EnvelopeError, Problem, parse_json
from acupress_gui.storage.files import FileTooLargeError, read_limited

log = logging.getLogger(__name__)

#: The folder under the resources folder that holds the translation files.
I18N_DIR = "i18n"
#: The locales the app ships a content translation for.
SHIPPED_LOCALES = ("de", "es", "zh_CN")
#: A translation file larger than this is refused (the English catalogue is about 75 KiB).
MAX_TRANSLATION_BYTES = 1024 * 1024

_FILE_RE = re.compile(r"^points\.([A-Za-z_]+)\.json$")
# Chinese written in Traditional characters: a Simplified translation does not fit it.
_TRADITIONAL = {"Hant", "TW", "HK", "MO"}


@dataclass(frozen=True)
class ContentLoad:
    """The catalogue in the person's language, as far as a translation gives it.

    ``locale`` is the translation used (None: English); ``problems`` says why a file was
    refused (for the person, once); ``fallbacks`` are the fields that stayed in English.
    """

    catalog: Catalog
    locale: str | None = None
    problems: list[str] = field(default_factory=list)
    fallbacks: tuple[Fallback, ...] = ()


def translation_file_name(locale: str) -> str:
    """``points.de.json`` for ``de``."""
    return f"points.{locale}.json"


def available_locales(resources_dir: Path) -> list[str]:
    """The locales with a translation file in ``resources_dir/i18n``, sorted."""
    try:
        names = [path.name for path in (resources_dir / I18N_DIR).iterdir()]
    except OSError:
        return []
    return sorted(match.group(1) for name in names if (match := _FILE_RE.match(name)))


def match_locale(code: str | None, available: Iterable[str]) -> str | None:
    """The translation for a locale code, or None for English.

    ``de_DE.UTF-8`` -> ``de``, ``es-MX`` -> ``es``, ``zh_CN``/``zh_Hans``/``zh_SG``/``zh`` ->
    ``zh_CN``; Traditional Chinese (``zh_TW``, ``zh_Hant``), English, ``C``, ``POSIX`` and
    locales with no translation -> None.
    """
    if not code:
        return None
    base = re.split(r"[.@]", code.strip(), maxsplit=1)[0].replace("-", "_")
    parts = [part for part in base.split("_") if part]
    if not parts:
        return None
    language = parts[0].lower()
    rest = {
        part[:1].upper() + part[1:].lower() if len(part) == 4 else part.upper()
        for part in parts[1:]
    }
    known = set(available)
    if language == "zh":
        return None if rest & _TRADITIONAL else ("zh_CN" if "zh_CN" in known else None)
    for part in sorted(rest):
        candidate = f"{language}_{part}"
        if candidate in known:
            return candidate
    return language if language in known else None


def load_content_translation(
    resources_dir: Path, locale: str | None, catalog: Catalog
) -> ContentLoad:
    """The catalogue translated for ``locale`` (a code such as ``de_DE`` or ``zh_Hans``).

    Never raises: an unusable file is refused (``problems``, a logged warning) and the
    catalogue stays in English; fields the file leaves out stay in English (``fallbacks``,
    logged in one line).
    """
    known = set(available_locales(resources_dir)) | set(SHIPPED_LOCALES)
    matched = match_locale(locale, known)
    if matched is None:
        return ContentLoad(catalog)
    file_name = translation_file_name(matched)
    path = resources_dir / I18N_DIR / file_name
    try:
        data = _read_json(path, file_name)
        translation = parse_translation(data, catalog, file_name=file_name, locale=matched)
    except ContentTranslationError as error:
        problems = [*error.problems, f"{file_name}: the point texts are shown in English."]
        log.warning("%s", "\n".join(problems))
        return ContentLoad(catalog, problems=problems)
    result = translate_catalog(catalog, translation)
    if result.fallbacks:
        log.warning(
            "%s: %d fields are not translated and are shown in English: %s",
            file_name,
            len(result.fallbacks),
            ", ".join(map(str, result.fallbacks)),
        )
    return ContentLoad(result.catalog, matched, fallbacks=result.fallbacks)


def _read_json(path: Path, file_name: str) -> Any:
    """The parsed file, read with a size cap (never waiting on a FIFO or a device).

    Raises:
        ContentTranslationError: The file is missing, not a regular file, too large, not UTF-8
            or not JSON.
    """
    try:
        raw = read_limited(path, MAX_TRANSLATION_BYTES)
    except FileTooLargeError:
        raise ContentTranslationError(
            [f"{file_name}: the file is larger than {MAX_TRANSLATION_BYTES // 1024} KiB"]
        ) from None
    except OSError as error:
        raise ContentTranslationError(
            [f"{file_name} could not be read: {error.strerror} ({path})"]
        ) from None
    try:
        return parse_json(raw)
    except EnvelopeError as error:
        if error.problem is Problem.TOO_DEEP:
            why = f"{file_name} is nested too deeply to be a translation"
        elif error.problem is Problem.NUMBER_TOO_LONG:
            why = f"{file_name} is not valid JSON: a number has more than {error.detail} digits"
        else:  # not UTF-8, not JSON
            why = f"{file_name} is not valid JSON: {error.detail}"
        raise ContentTranslationError([why]) from None
