"""The log watch of tests/helpers/log_watch.py: an unexpected warning fails a test.

A small test file runs in a pytest subprocess (the watch of this very test must not see the
warnings logged on purpose there), and its outcomes are checked one by one.
"""

from __future__ import annotations

import pytest

from tests.conftest import ROOT

INNER = """
import logging

import pytest

log = logging.getLogger("acupress_gui.storage.settings")


def test_quiet():
    pass


def test_unexpected_warning():
    log.warning("settings.json was set aside")


def test_unexpected_error():
    logging.getLogger("acupress_gui").error("write failed")


def test_info_is_not_a_fault():
    log.info("loaded")


def test_other_loggers_are_not_watched():
    logging.getLogger("PySide6").warning("x")
    logging.getLogger("acupress_gui_extra").warning("x")


@pytest.mark.expect_log("acupress_gui.storage", "set aside")
def test_marked_and_logged():
    log.warning("settings.json was set aside")


@pytest.mark.expect_log("acupress_gui.storage", "set aside")
def test_marked_but_another_warning():
    log.warning("write failed")


@pytest.mark.expect_log("acupress_gui.ui", "set aside")
def test_marked_for_another_logger():
    log.warning("settings.json was set aside")


@pytest.mark.expect_log("acupress_gui.storage", "set aside")
def test_marked_but_never_logged():
    pass


@pytest.mark.expect_log("acupress_gui.storage", "set aside", required=False)
def test_marked_optional_and_never_logged():
    pass


def test_declared_with_the_fixture(expect_warnings):
    expect_warnings.expect("acupress_gui", "missing audio")
    logging.getLogger("acupress_gui.ui.cues").warning("missing audio: bell.wav")


@pytest.fixture
def warns_on_teardown():
    yield
    log.warning("could not save on close")


def test_warning_in_teardown(warns_on_teardown):
    pass


def test_logging_switched_off():
    logging.getLogger("acupress_gui").setLevel(logging.ERROR)
    try:
        log.warning("lost")
    finally:
        logging.getLogger("acupress_gui").setLevel(logging.NOTSET)
    logging.disable(logging.WARNING)


def test_logging_on_again():
    logging.disable(logging.NOTSET)


def test_handlers_replaced():
    logging.getLogger("acupress_gui").handlers.clear()


def test_own_failure_comes_first():
    log.warning("set aside")
    assert 1 == 2
"""


def test_the_watch_fails_exactly_the_tests_with_unexpected_warnings(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    pytester.makepyfile(test_inner=INNER)
    result = pytester.runpytest_subprocess(
        "-p", "tests.helpers.log_watch", "-rA", "--strict-markers"
    )
    outcomes: dict[str, set[str]] = {}
    for line in result.outlines:
        if line.startswith(("PASSED ", "FAILED ", "ERROR ")) and "::" in line:
            outcome, test = line.split(" ")[:2]
            outcomes.setdefault(test.split("::")[-1], set()).add(outcome)
    assert outcomes == {
        "test_quiet": {"PASSED"},
        "test_unexpected_warning": {"FAILED"},
        "test_unexpected_error": {"FAILED"},
        "test_info_is_not_a_fault": {"PASSED"},
        "test_other_loggers_are_not_watched": {"PASSED"},
        "test_marked_and_logged": {"PASSED"},
        "test_marked_but_another_warning": {"FAILED"},
        "test_marked_for_another_logger": {"FAILED"},
        "test_marked_but_never_logged": {"FAILED"},
        "test_marked_optional_and_never_logged": {"PASSED"},
        "test_declared_with_the_fixture": {"PASSED"},
        "test_warning_in_teardown": {"PASSED", "ERROR"},  # the body passed, the teardown not
        "test_logging_switched_off": {"FAILED"},
        "test_logging_on_again": {"PASSED"},
        "test_handlers_replaced": {"FAILED"},
        "test_own_failure_comes_first": {"FAILED"},
    }, result.stdout.str()
    for line in (
        "unexpected WARNING from acupress_gui.storage.settings: settings.json was set aside",
        "unexpected ERROR from acupress_gui: write failed",
        "expected a warning from acupress_gui.storage containing 'set aside'; none was logged",
        "unexpected WARNING from acupress_gui.storage.settings: could not save on close",
        "warnings of the acupress_gui logger were switched off during the test",
        "the log watch was removed from the acupress_gui logger during the test",
    ):
        assert line in result.outlines, line
    result.stdout.fnmatch_lines(["*assert 1 == 2*"])
