"""The app's language: chosen from --lang, the setting, the environment, the system; spoken
by the window, the menus, the session page and the point texts."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QMenu,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from acupress_gui.app import build_parser
from acupress_gui.storage.history import open_history
from acupress_gui.storage.settings import Settings, SettingsStore
from acupress_gui.ui.application import select_routine
from acupress_gui.ui.context import AppContext, build_context
from acupress_gui.ui.cues.sound import SoundFactory, SoundUnavailableError
from acupress_gui.ui.main_window import AppWindow
from acupress_gui.ui.platform.translations import (
    LANGUAGES,
    choose_language,
    install_translators,
)
from acupress_gui.ui.resources import resources_dir
from acupress_gui.ui.text.durations import format_seconds
from acupress_gui.ui.text.numbers import format_count, format_decimal
from acupress_gui.ui.text.plurals import counted
from acupress_gui.ui.text.points import point_title

pytestmark = [pytest.mark.expect_log("acupress_gui.ui.cues", "unavailable", required=False)]

ROOT = Path(__file__).resolve().parents[3]


def _no_audio_device() -> SoundFactory:
    raise SoundUnavailableError("no audio output device was found")


@pytest.fixture
def english_again(qapp: QApplication) -> Iterator[None]:
    """Whatever a test installs, the next test starts in English with the same locale."""
    locale = QLocale()
    yield
    for translator in qapp.findChildren(QTranslator):
        QCoreApplication.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(locale)


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LANG"):
        monkeypatch.delenv(name, raising=False)


def _context(config_dir: Path, language: str | None = None) -> AppContext:
    return build_context(
        config_dir,
        voice_engine="mock",
        sound_backend=_no_audio_device,
        translate=True,
        language=language,
    )


def _window(qtbot: QtBot, context: AppContext) -> AppWindow:
    window = AppWindow(context)
    qtbot.addWidget(window)
    return window


@pytest.mark.parametrize(
    ("requested", "setting", "env", "system", "expected", "origin"),
    [
        ("de", "es", {"LANGUAGE": "zh_CN"}, "en_US", "de", "command line"),
        (None, "es", {"LANGUAGE": "zh_CN"}, "de_DE", "es", "settings"),
        (None, None, {"LANGUAGE": "zh_CN:en", "LANG": "de_DE.UTF-8"}, "en_US", "zh_CN", "LANGUAGE"),
        (None, None, {"LANGUAGE": "fr:es"}, "en_US", "es", "LANGUAGE"),
        (None, None, {"LC_ALL": "de_AT.UTF-8", "LANG": "es_ES"}, "en_US", "de", "LC_ALL"),
        (None, None, {"LANG": "es_MX.UTF-8"}, "de_DE", "es", "LANG"),
        (None, None, {"LANG": "fr_FR.UTF-8"}, "de_DE", "en", "LANG"),
        (None, None, {"LANG": "C.UTF-8"}, "de_DE", "en", "LANG"),
        (None, None, {"LANGUAGE": ""}, "zh_Hans_CN", "zh_CN", "system"),
        (None, None, {}, "zh_TW", "en", "system"),
        (None, "en", {"LANG": "de_DE"}, "de_DE", "en", "settings"),
    ],
)
def test_the_language_is_chosen_in_order(
    requested: str | None,
    setting: str | None,
    env: dict[str, str],
    system: str,
    expected: str,
    origin: str,
) -> None:
    choice = choose_language(requested, setting, env, system)
    assert (choice.code, choice.origin, choice.problem) == (expected, origin, None)


@pytest.mark.expect_log("acupress_gui.ui.platform.translations", "no translation")
@pytest.mark.parametrize(("requested", "setting"), [("xx", "de"), (None, "klingon")])
def test_an_unknown_language_says_so_and_is_english(
    requested: str | None, setting: str | None
) -> None:
    choice = choose_language(requested, setting, {"LANG": "de_DE"}, "de_DE")
    assert choice.code == "en"
    assert choice.problem is not None
    assert "no translation" in choice.problem and "English" in choice.problem
    assert (requested or setting or "") in choice.problem


def test_the_command_line_takes_lang() -> None:
    assert build_parser().parse_args(["--lang", "zh_CN"]).lang == "zh_CN"
    assert build_parser().parse_args([]).lang is None


def test_the_setting_is_kept_in_settings_json(config_dir: Path) -> None:
    assert Settings().language is None
    store = SettingsStore(config_dir)
    store.save(Settings(language="es"))
    assert json.loads(store.path.read_text(encoding="utf-8"))["language"] == "es"
    assert store.load().settings.language == "es"


def test_every_language_has_its_compiled_translation(
    qapp: QApplication, english_again: None
) -> None:
    folder = resources_dir() / "i18n"
    for code in LANGUAGES:
        if code == "en":
            assert install_translators(qapp, code, folder) == []
            continue
        installed = install_translators(qapp, code, folder)
        assert installed, code
        assert QCoreApplication.translate("MainWindow", "&Quit") != "&Quit", code
        for translator in installed:
            QCoreApplication.removeTranslator(translator)


def test_language_de_from_the_environment_makes_the_window_german(
    qtbot: QtBot,
    config_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    clean_env: None,
    english_again: None,
) -> None:
    monkeypatch.setenv("LANGUAGE", "de")
    context = _context(config_dir)
    assert context.language == "de"
    window = _window(qtbot, context)
    assert window.windowTitle() == "Akupressur bei Rückenschmerzen"
    titles = [a.text() for a in window.menuBar().actions()]
    # (No History menu: this context has no history.)
    assert titles == ["&Ansicht", "&Routine", "&Einstellungen", "&Hilfe"]
    page = window.session_page
    labels = {label.text() for label in page.findChildren(QLabel) if label.text()}
    assert "Angeleitete Sitzung" in labels
    assert "&Schmerz jetzt (0–10, optional):" in labels
    buttons = [button.text() for button in page.findChildren(QAbstractButton)]
    assert any(text.startswith("Starten") for text in buttons), buttons
    assert not any(text.startswith("Start") and "Starten" not in text for text in buttons)
    # The built-in routines, and the points, are in German too (resources/i18n/points.de.json).
    names = [routine.name for routine in context.catalog.routines]
    english = [routine.name for routine in build_context(config_dir).catalog.routines]
    assert names != english
    assert all(name for name in names)
    bl23 = next(p for p in context.catalog.points if p.id == "BL23")
    assert (
        bl23.location
        != next(p for p in build_context(config_dir).catalog.points if p.id == "BL23").location
    )
    # Numbers and counts in German.
    assert format_decimal(27.5) == "27,5"
    assert format_seconds(27.5) == "27,5 s"
    assert format_count(1234) == "1.234"
    count = QCoreApplication.translate("RoutineList", "%n step(s)", None, 3)
    assert counted(count, 3) == "3 Schritte"


def test_the_setting_chooses_the_language_and_lang_overrides_it(
    qtbot: QtBot, config_dir: Path, clean_env: None, english_again: None
) -> None:
    SettingsStore(config_dir).save(Settings(language="es"))
    context = _context(config_dir)
    assert context.language == "es"
    assert QCoreApplication.translate("MainWindow", "&Quit") == "&Salir"
    english_again_now(QApplication.instance())
    context = _context(config_dir, language="zh_CN")
    assert context.language == "zh_CN"
    window = _window(qtbot, context)
    assert window.windowTitle() != "Acupressure for back pain"
    assert any("设置" in a.text() for a in window.menuBar().actions())
    # Readers of Chinese see the standard names in their characters.
    bl23 = next(p for p in context.catalog.points if p.id == "BL23")
    assert point_title(bl23) == "BL23 · 肾俞 Shenshu"


@pytest.mark.expect_log("acupress_gui.ui.platform.translations", "no translation")
def test_an_unknown_lang_is_english_with_a_message(
    qtbot: QtBot, config_dir: Path, clean_env: None, english_again: None
) -> None:
    context = _context(config_dir, language="xx")
    assert context.language == "en"
    assert context.language_problem is not None
    assert "“xx”" in context.language_problem
    assert _window(qtbot, context).windowTitle() == "Acupressure for back pain"


def test_the_language_menu_keeps_the_choice_for_the_next_start(
    qtbot: QtBot, config_dir: Path, clean_env: None, english_again: None
) -> None:
    window = _window(qtbot, _context(config_dir))
    menu = window.settings_menu.language_menu
    names = [action.text() for action in menu.actions()]
    assert names == ["System", "English", "Deutsch", "Español", "简体中文"]
    assert menu.actions()[0].isChecked()
    menu.actions()[2].trigger()
    assert SettingsStore(config_dir).load().settings.language == "de"
    assert "next time" in window.statusBar().currentMessage()
    menu.actions()[0].trigger()
    assert SettingsStore(config_dir).load().settings.language is None


def english_again_now(app: QCoreApplication | None) -> None:
    """Remove the translators installed so far (a second start in the same test)."""
    assert app is not None
    for translator in app.findChildren(QTranslator):
        QCoreApplication.removeTranslator(translator)
        translator.setParent(None)


def _key_clashes(window: AppWindow) -> set[tuple[tuple[int, ...], int]]:
    """(menu path, how many entries share a key) for each & key used twice in one menu."""
    clashes: set[tuple[tuple[int, ...], int]] = set()

    def scan(actions: list[QAction], path: tuple[int, ...]) -> None:
        keys: dict[str, int] = {}
        for index, action in enumerate(actions):
            match = re.search(r"&(\w)", action.text().replace("&&", ""))
            if match:
                keys[match.group(1).lower()] = keys.get(match.group(1).lower(), 0) + 1
            menu = action.menu()
            if isinstance(menu, QMenu):
                scan(menu.actions(), (*path, index))
        clashes.update((path, count) for count in keys.values() if count > 1)

    scan(window.menuBar().actions(), ())
    return clashes


def test_no_translation_gives_two_menu_entries_the_same_key(
    qtbot: QtBot, tmp_path: Path, clean_env: None, english_again: None
) -> None:
    clashes = {}
    for code in LANGUAGES:
        english_again_now(QApplication.instance())
        history = open_history(tmp_path / code)
        try:
            context = build_context(
                tmp_path / code,
                history=history,
                voice_engine="mock",
                sound_backend=_no_audio_device,
                translate=True,
                language=code,
            )
            clashes[code] = _key_clashes(_window(qtbot, context))
        finally:
            history.close()
    # English itself has a few (Alt+N twice in Routine); a translation adds none.
    for code, found in clashes.items():
        assert found <= clashes["en"], code


def _shown_texts(window: AppWindow) -> set[str]:
    """Every text the window's widgets, actions, tabs, lists and table headers show."""
    texts: set[str] = set()
    for widget in window.findChildren(QWidget):
        for getter in ("text", "title", "placeholderText", "toolTip", "accessibleName"):
            value = getattr(widget, getter, None)
            try:
                text = value() if callable(value) else None
            except TypeError:  # a text() that needs arguments
                text = None
            if isinstance(text, str):
                texts.add(text)
        if isinstance(widget, QTabWidget):
            texts.update(widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QComboBox):
            texts.update(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            header = widget.model()
            for column in range(12):
                title = header.headerData(column, Qt.Orientation.Horizontal)
                if isinstance(title, str):
                    texts.add(title)
    for action in window.findChildren(QAction):
        texts.update((action.text(), action.toolTip()))
    return {text for text in texts if text}


def test_in_german_no_page_shows_an_english_text_that_has_a_translation(
    qtbot: QtBot, config_dir: Path, clean_env: None, english_again: None
) -> None:
    # A string the code looks up in another context than lupdate gave it (self.tr in a
    # subclass, a helper's context) would show its English source here.
    root = ET.parse(ROOT / "translations" / "acupress-gui_de.ts").getroot()
    translated = {
        message.findtext("source") or ""
        for message in root.iter("message")
        if message.get("numerus") != "yes"
        and (message.findtext("translation") or "") not in ("", message.findtext("source"))
    }
    history = open_history(config_dir)
    try:
        context = build_context(
            config_dir,
            history=history,
            voice_engine="mock",
            sound_backend=_no_audio_device,
            translate=True,
            language="de",
        )
        window = _window(qtbot, context)
        for key in window.page_keys():
            window.show_page(key)
        shown = _shown_texts(window)
    finally:
        history.close()
    assert len(shown) > 300
    assert sorted(shown & translated) == []


def test_routine_takes_the_english_name_in_another_language(
    qtbot: QtBot, config_dir: Path, clean_env: None, english_again: None
) -> None:
    context = _context(config_dir, language="de")
    window = _window(qtbot, context)
    page = window.session_page
    shown = next(r for r in context.all_routines() if r.id == "lower-back-relief").name
    assert shown != "Lower back relief"  # the German name
    assert select_routine(window, "Upper back and neck")
    current = page.current_routine()
    assert current is not None and current.id == "upper-back-and-neck"
    assert select_routine(window, shown)
    current = page.current_routine()
    assert current is not None and current.id == "lower-back-relief"
    assert not select_routine(window, "No such routine")


@pytest.mark.qt_log_ignore("This plugin does not support raise")
@pytest.mark.expect_log("acupress_gui.ui.cues.sound", "sound is unavailable")
def test_a_reminder_naming_a_routine_in_english_starts_it_in_another_language(
    qtbot: QtBot, config_dir: Path, clean_env: None, english_again: None
) -> None:
    context = _context(config_dir, language="de")
    context.settings.safety_notice_accepted = True
    window = _window(qtbot, context)
    started: list[bool] = []
    window.practice.start_requested.connect(lambda: started.append(True))
    window.practice.start_routine("Upper back and neck")
    current = window.session_page.current_routine()
    assert current is not None and current.id == "upper-back-and-neck"
    assert current.name != "Upper back and neck"  # shown in German
    assert started == [True]
    # The same library answers the command line and the reminders.
    assert context.routines.find("upper back and neck ") is current
    assert context.routines.find("No such routine") is None
    window.session_page.stop()
