"""A pytest plugin: a test fails on any unexpected warning logged under ``acupress_gui``.

The app logs a warning at every fault it recovers from (a file set aside, a failed write,
missing audio). A test that does not expect one should not cause one silently, so every
WARNING-or-higher record from a logger named ``acupress_gui`` or ``acupress_gui.*`` fails the
test that logged it, unless the test declares it:

- with a marker, for a warning known in advance::

      @pytest.mark.expect_log("acupress_gui.storage", "set aside")
      def test_a_damaged_file_is_set_aside() -> None: ...

  The first argument is a logger name (its children match too), the second a piece of the
  message. A declared warning that is never logged fails the test as well, so a marker does
  not outlive the warning; pass ``required=False`` where a warning may or may not come (a
  hypothesis test whose examples differ).

- with the ``expect_warnings`` fixture, from inside the test::

      def test_something(expect_warnings: LogWatch) -> None:
          expect_warnings.expect("acupress_gui.ui.cues", "missing audio")

The check runs after the test body (a failure of the test itself) and again after the
fixtures' teardown (reported as an error in teardown). A test that takes the watch off the
``acupress_gui`` logger (``handlers.clear()``, ``dictConfig``) or switches its warnings off
(``setLevel``, ``logging.disable``) fails too: the watch would otherwise pass blind.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

WATCHED_LOGGER = "acupress_gui"
MARKER = "expect_log"


@dataclass(frozen=True)
class Expectation:
    """A warning a test declares: from ``logger`` (or a child), with ``text`` in its message."""

    logger: str
    text: str
    required: bool = True

    def matches(self, record: logging.LogRecord) -> bool:
        named = record.name == self.logger or record.name.startswith(self.logger + ".")
        return named and self.text in record.getMessage()


class LogWatch(logging.Handler):
    """Collects the WARNING-or-higher records of :data:`WATCHED_LOGGER` during one test."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.expectations: list[Expectation] = []
        self.records: list[logging.LogRecord] = []
        self.reported = 0
        self.blind_reported = False

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def expect(self, logger: str, text: str, *, required: bool = True) -> None:
        """Declare a warning from ``logger`` (or a child) whose message contains ``text``."""
        self.expectations.append(Expectation(logger, text, required))

    def unexpected(self) -> list[logging.LogRecord]:
        return [r for r in self.records if not any(e.matches(r) for e in self.expectations)]

    def missing(self) -> list[Expectation]:
        return [
            e for e in self.expectations if e.required and not any(map(e.matches, self.records))
        ]

    def blind_spot(self) -> str:
        """Why the watch may have missed warnings (logging reconfigured by the test), or "";
        said once."""
        logger = logging.getLogger(WATCHED_LOGGER)
        reason = ""
        if self not in logger.handlers:
            reason = f"the log watch was removed from the {WATCHED_LOGGER} logger during the test"
        elif not logger.isEnabledFor(logging.WARNING):
            reason = f"warnings of the {WATCHED_LOGGER} logger were switched off during the test"
        if self.blind_reported:
            return ""
        self.blind_reported = bool(reason)
        return reason

    def problems(self) -> str:
        """What is wrong so far, new since the last call; empty when all is as declared."""
        lines = [
            f"unexpected {r.levelname} from {r.name}: {r.getMessage()}"
            for r in self.unexpected()[self.reported :]
        ]
        self.reported += len(lines)
        return "\n".join(lines)


_WATCH = pytest.StashKey[LogWatch]()


def pytest_configure(config: pytest.Config) -> None:
    # pyproject.toml registers the marker for the suite; a run without it (pytester) needs it.
    if any(str(line).startswith(MARKER) for line in config.getini("markers")):
        return
    config.addinivalue_line(
        "markers",
        f"{MARKER}(logger, text, required=True): the test expects a warning from logger "
        "(or a child) whose message contains text",
    )


@pytest.fixture(autouse=True)
def _fail_on_unexpected_warnings(request: pytest.FixtureRequest) -> Iterator[LogWatch]:
    watch = LogWatch()
    for marker in request.node.iter_markers(MARKER):
        watch.expect(*marker.args, **marker.kwargs)
    request.node.stash[_WATCH] = watch
    logger = logging.getLogger(WATCHED_LOGGER)
    logger.addHandler(watch)
    try:
        yield watch
        problems = "\n".join(filter(None, [watch.problems(), watch.blind_spot()]))
    finally:
        logger.removeHandler(watch)
    if problems:
        pytest.fail(problems, pytrace=False)


@pytest.fixture
def expect_warnings(_fail_on_unexpected_warnings: LogWatch) -> LogWatch:
    """The test's log watch: call ``expect(logger, text)`` to declare a warning."""
    return _fail_on_unexpected_warnings


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    watch = item.stash.get(_WATCH, None)
    try:
        result = yield
    except BaseException:
        if watch is not None:  # the test's own failure is what counts; its log is shown
            watch.problems()
            watch.blind_spot()
        raise
    if watch is not None:
        problems = watch.problems()
        missing = [
            f"expected a warning from {e.logger} containing {e.text!r}; none was logged"
            for e in watch.missing()
        ]
        text = "\n".join(filter(None, [problems, *missing, watch.blind_spot()]))
        if text:
            pytest.fail(text, pytrace=False)
    return result
