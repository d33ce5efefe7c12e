"""The reminder scheduler: one timer to the next due moment, on the wall clock, through
suspends, time-zone and daylight-saving changes (time from FakeClock, the timer FakeTimers)."""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from acupress_gui.domain.reminders import DAYS, SNOOZE, Due, Reminder
from acupress_gui.ui.services.reminder_scheduler import (
    MAX_WAIT_S,
    MAX_WAIT_WATCHED_S,
    ReminderScheduler,
)
from tests.helpers.clock import FakeClock

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


def epoch(text: str, zone: tzinfo = BERLIN) -> float:
    return datetime.fromisoformat(text).replace(tzinfo=zone).timestamp()


class Rig:
    def __init__(self, qtbot: QtBot, start: str, reminders: list[Reminder]) -> None:
        self.clock = FakeClock(wall=epoch(start))
        self.reminders = reminders
        self.zone: tzinfo = BERLIN
        self.seen: list[Due] = []
        self.scheduler = ReminderScheduler(
            lambda: self.reminders,
            clock=self.clock,
            zone=lambda: self.zone,
            timer_factory=self.clock.timers,
        )
        self.scheduler.due.connect(self.seen.append)
        self.scheduler.start()

    @property
    def timer_ms(self) -> int:
        return self.clock.timers.latest.interval()

    def run(self, seconds: float) -> None:
        """Time passes on a computer that runs (the timer fires when it is due)."""
        self.clock.timers.advance(self.clock, seconds)

    def sleep_and_wake(self, seconds: float) -> None:
        """A suspend: the wall clock moves, the monotonic clock (and the timer) does not;
        then the timer's remaining wait passes and it fires."""
        remaining = self.timer_ms / 1000
        self.clock.jump_wall(seconds)
        self.clock.advance(remaining)
        self.clock.timers.fire()

    def said(self) -> list[str]:
        return [due.at.astimezone(BERLIN).strftime("%a %H:%M") for due in self.seen]


def reminder(time: str, days: tuple[str, ...] = DAYS, routine: str | None = None) -> Reminder:
    return Reminder.create(time, days, routine)


def test_no_reminder_no_timer(qtbot: QtBot) -> None:
    rig = Rig(qtbot, "2026-03-02 06:00", [])
    assert not rig.scheduler.armed
    assert rig.scheduler.next_due is None


def test_armed_to_the_due_moment_and_said_once_then_armed_again(qtbot: QtBot) -> None:
    rig = Rig(qtbot, "2026-03-02 07:20", [reminder("07:30")])
    assert rig.scheduler.armed
    assert rig.timer_ms == 10 * 60 * 1000 + 1
    rig.run(10 * 60 + 1)
    assert rig.said() == ["Mon 07:30"]
    # re-armed for tomorrow (in steps of at most MAX_WAIT_S), said nothing in between
    assert rig.scheduler.next_due is not None
    assert rig.scheduler.next_due.at == datetime.fromisoformat("2026-03-03 07:30+01:00")
    assert rig.timer_ms <= MAX_WAIT_S * 1000 + 1
    rig.run(24 * 3600)
    assert rig.said() == ["Mon 07:30", "Tue 07:30"]
    # only due moments and the coarse steps woke it: 1 + 96 + 1 or so, not a polling loop
    assert rig.scheduler.wakeups <= 3 + 24 * 3600 // MAX_WAIT_S


def test_with_the_wake_signal_the_timer_waits_longer(qtbot: QtBot) -> None:
    rig = Rig(qtbot, "2026-03-02 08:00", [reminder("07:30")])
    assert rig.timer_ms == MAX_WAIT_S * 1000 + 1
    rig.scheduler.set_wake_signal_connected(True)
    assert rig.timer_ms == MAX_WAIT_WATCHED_S * 1000 + 1


def test_weekdays_only_skip_the_weekend(qtbot: QtBot) -> None:
    rig = Rig(qtbot, "2026-03-06 20:00", [reminder("07:30", DAYS[:5])])  # a Friday
    rig.run(3 * 24 * 3600)
    assert rig.said() == ["Mon 07:30"]


def test_missed_while_asleep_less_than_an_hour_is_said_once_on_wake(qtbot: QtBot) -> None:
    rig = Rig(qtbot, "2026-03-02 07:00", [reminder("07:30")])
    rig.clock.advance(60)  # a minute, then the lid closes
    rig.sleep_and_wake(40 * 60)  # wakes about 07:41 + the remaining wait
    assert rig.said() == ["Mon 07:30"]
    rig.run(60)
    assert rig.said() == ["Mon 07:30"]


def test_missed_while_asleep_more_than_an_hour_is_skipped(qtbot: QtBot) -> None:
    rig = Rig(qtbot, "2026-03-02 07:00", [reminder("07:30")])
    rig.sleep_and_wake(2 * 3600)
    assert rig.said() == []
    # ... and tomorrow's comes as usual
    rig.run(24 * 3600)
    assert rig.said() == ["Tue 07:30"]


@pytest.mark.expect_log("acupress_gui.ui.services.reminder_scheduler", "went back", required=False)
def test_the_wall_clock_set_back_says_nothing_twice(qtbot: QtBot) -> None:
    rig = Rig(qtbot, "2026-03-02 07:25", [reminder("07:30")])
    rig.run(6 * 60)
    assert rig.said() == ["Mon 07:30"]
    rig.clock.jump_wall(-10 * 60)  # back to 07:21
    rig.scheduler.check()
    rig.run(10 * 60)  # 07:30 comes round again on the wall clock
    assert rig.said() == ["Mon 07:30", "Mon 07:30"]
    # (that is the person's clock saying 07:30 again: said again, once)
    rig.run(60 * 60)
    assert len(rig.seen) == 2


def test_daylight_saving_forward_arms_real_seconds(qtbot: QtBot) -> None:
    # 01:00 CET on the spring-forward night; 07:30 CEST is 5 h 30 min of real time away.
    rig = Rig(qtbot, "2026-03-29 01:00", [reminder("07:30")])
    rig.scheduler.set_wake_signal_connected(True)
    assert rig.timer_ms == int(5.5 * 3600 * 1000) + 1
    rig.run(5.5 * 3600 + 1)
    assert rig.said() == ["Sun 07:30"]
    assert rig.seen[0].at == datetime(2026, 3, 29, 5, 30, tzinfo=UTC)


def test_daylight_saving_back_is_said_once(qtbot: QtBot) -> None:
    rig = Rig(qtbot, "2026-10-25 01:00", [reminder("02:30")])
    rig.run(4 * 3600)  # through both 02:30s
    assert rig.said() == ["Sun 02:30"]
    assert rig.seen[0].at == datetime.fromisoformat("2026-10-25 02:30+02:00")


def test_a_time_zone_change_moves_the_next_reminder(qtbot: QtBot) -> None:
    rig = Rig(qtbot, "2026-03-02 06:00", [reminder("07:30")])
    assert rig.scheduler.next_due is not None
    assert rig.scheduler.next_due.at == datetime.fromisoformat("2026-03-02 07:30+01:00")
    rig.zone = NEW_YORK  # the laptop flew to New York (00:00 there)
    rig.scheduler.check()
    assert rig.scheduler.next_due is not None
    assert rig.scheduler.next_due.at == datetime.fromisoformat("2026-03-02 07:30-05:00")
    rig.run(7 * 3600)  # 13:00 in Berlin, 07:00 in New York
    assert rig.said() == []  # not at 07:30 Berlin time
    rig.run(3600)
    assert [d.at.astimezone(NEW_YORK).strftime("%H:%M") for d in rig.seen] == ["07:30"]


def test_snooze_says_it_again_after_ten_minutes(qtbot: QtBot) -> None:
    morning = reminder("07:30", routine="Lower back relief")
    rig = Rig(qtbot, "2026-03-02 07:29", [morning])
    rig.run(61)
    assert len(rig.seen) == 1
    at = rig.scheduler.snooze(morning, SNOOZE)
    assert rig.scheduler.next_due is not None
    assert rig.scheduler.next_due.at == at
    assert rig.timer_ms == 10 * 60 * 1000 + 1
    rig.run(9 * 60)
    assert len(rig.seen) == 1
    rig.run(61)
    assert len(rig.seen) == 2
    assert rig.seen[1].reminder.routine == "Lower back relief"
    assert rig.seen[1].at == at


def test_changed_reminders_rearm_without_saying_the_past(qtbot: QtBot) -> None:
    rig = Rig(qtbot, "2026-03-02 07:40", [])
    assert not rig.scheduler.armed
    rig.reminders = [reminder("07:30"), reminder("07:45")]
    rig.scheduler.reschedule()
    assert rig.scheduler.armed
    assert rig.timer_ms == 5 * 60 * 1000 + 1
    rig.run(5 * 60 + 1)
    assert rig.said() == ["Mon 07:45"]


def test_stopped_does_nothing(qtbot: QtBot) -> None:
    rig = Rig(qtbot, "2026-03-02 07:20", [reminder("07:30")])
    rig.scheduler.stop()
    assert not rig.scheduler.armed
    rig.clock.advance(3600)
    rig.scheduler.check()
    assert rig.said() == []


def test_each_look_reads_the_zone_and_the_reminders_once(qtbot: QtBot) -> None:
    rig = Rig(qtbot, "2026-03-02 07:20", [reminder("07:30"), reminder("07:35")])
    reads: list[str] = []

    def reminders() -> list[Reminder]:
        reads.append("reminders")
        return rig.reminders

    def zone() -> tzinfo:
        reads.append("zone")
        return rig.zone

    scheduler = ReminderScheduler(
        reminders, clock=rig.clock, zone=zone, timer_factory=rig.clock.timers
    )
    # each one is snoozed as it comes due (as with "do not disturb"): the look arms for that
    scheduler.due.connect(lambda due: scheduler.snooze(due.reminder, SNOOZE))
    scheduler.start()
    reads.clear()
    rig.clock.jump_wall(20 * 60)  # both came due
    scheduler.check()
    assert sorted(reads) == ["reminders", "zone"]
    assert scheduler.next_due is not None
    assert scheduler.next_due.at == datetime.fromisoformat("2026-03-02 07:40+01:00") + SNOOZE
