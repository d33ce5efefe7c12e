"""The report laid out, section by section, on any paged device (a PDF or a printer).

Dates and numbers are written in the person's locale; lengths of time, counts, sides and
regions through ``ui/text``. The words are this object's own (``self.tr``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject
from PySide6.QtGui import QPagedPaintDevice, QPainter

from acupress_gui.domain.models import Catalog, Side
from acupress_gui.domain.report import PointTime, Report
from acupress_gui.domain.stats import Verdict
from acupress_gui.ui.report.charts import ChartTexts, draw_checkin_chart, draw_pain_chart
from acupress_gui.ui.report.flow import GREY, Column, Flow
from acupress_gui.ui.text.durations import format_duration
from acupress_gui.ui.text.plurals import counted
from acupress_gui.ui.text.regions import region_name
from acupress_gui.ui.text.sides import side_short

__all__ = ["ReportDocument", "ReportOptions"]

_CONTEXT = "ReportDocument"


@dataclass(frozen=True, slots=True)
class ReportOptions:
    """What the person chose for the report.

    Attributes:
        name: Who it is for ("" leaves the line out).
        include_notes: Put the session notes in (off by default: they are private).
        made_on: The local date the report is made on.
    """

    name: str = ""
    include_notes: bool = False
    made_on: date | None = None


class ReportDocument(QObject):
    """Draws a :class:`~acupress_gui.domain.report.Report`.

    Args:
        report: What to show.
        catalog: Point names and the general cautions.
        options: The name, the notes, the date made.
        locale: Dates and numbers are written in it.
    """

    def __init__(
        self,
        report: Report,
        catalog: Catalog,
        options: ReportOptions,
        locale: QLocale,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._report = report
        self._catalog = catalog
        self._options = options
        self._locale = locale
        short = locale.dateFormat(QLocale.FormatType.ShortFormat)
        # A report is read years later: always the full year.
        self._date_format = short if "yyyy" in short else short.replace("yy", "yyyy")

    # ---- formats ------------------------------------------------------------------------

    def date_text(self, day: date) -> str:
        """A date in the locale's short form, with the full year."""
        return self._locale.toString(QDate(day.year, day.month, day.day), self._date_format)

    def number(self, value: float | None, decimals: int = 1) -> str:
        """A number in the locale (``—`` when unknown)."""
        if value is None:
            return "—"
        return self._locale.toString(float(value), "f", decimals)

    def change_text(self, relief: float | None) -> str:
        """The change in pain from before to after, signed (relief is before minus after)."""
        if relief is None:
            return "—"
        change = -relief
        text = self._locale.toString(abs(change), "f", 1)
        if round(change, 1) == 0:
            return text
        return ("+" if change > 0 else "−") + text

    def verdict_text(self, verdict: Verdict) -> str:
        """What a routine's change suggests."""
        return {
            Verdict.HELPS: self.tr("Seems to help"),
            Verdict.NO_CLEAR_CHANGE: self.tr("No clear change"),
            Verdict.WORSE: self.tr("Pain is higher after"),
            Verdict.TOO_FEW_RATINGS: self.tr("Too few ratings yet"),
        }[verdict]

    def footer_text(self) -> str:
        """The line at the foot of every page."""
        return self.tr(
            "A record the person kept themselves with acupress-gui, not a diagnosis. "
            "{first} – {last}"
        ).format(first=self.date_text(self._report.first), last=self.date_text(self._report.last))

    # ---- drawing ------------------------------------------------------------------------

    def render(self, device: QPagedPaintDevice) -> int:
        """Draw the whole report on ``device``; returns the number of pages."""
        painter = QPainter()
        if not painter.begin(device):
            raise OSError("the report could not be drawn on its page")
        try:
            flow = Flow(
                device,
                painter,
                self.footer_text(),
                lambda page: self.tr("Page {n}").format(n=page),
            )
            self._title(flow)
            self._weeks(flow)
            self._pain(flow)
            self._checkin(flow)
            self._routines(flow)
            self._points(flow)
            self._regions(flow)
            self._notes(flow)
            self._cautions(flow)
            flow.finish()
            return flow.page
        finally:
            painter.end()

    def _title(self, flow: Flow) -> None:
        report, options = self._report, self._options
        flow.paragraph(self.tr("Acupressure for back pain: a self-kept record"), 17, bold=True)
        if options.name.strip():
            flow.paragraph(self.tr("For: {name}").format(name=options.name.strip()), 11, bold=True)
        weeks = len(report.weeks)
        flow.paragraph(
            self.tr("Period: {first} to {last} ({weeks})").format(
                first=self.date_text(report.first),
                last=self.date_text(report.last),
                weeks=counted(
                    QCoreApplication.translate("ReportDocument", "%n week(s)", None, weeks), weeks
                ),
            ),
            11,
            after=2,
        )
        if options.made_on is not None:
            flow.paragraph(
                self.tr("Made on {day}").format(day=self.date_text(options.made_on)),
                9,
                color=GREY,
            )
        flow.paragraph(
            self.tr(
                "The person kept this record themselves with the acupress-gui app: the sessions "
                "of acupressure they did and how much their back hurt before and after "
                "(0 = no pain, 10 = the worst pain). It is not a diagnosis and not a medical "
                "assessment."
            ),
            9.5,
            italic=True,
            after=8,
        )
        summary = self.tr("{sessions} on {days}, {time} in total.").format(
            sessions=counted(
                QCoreApplication.translate(
                    "ReportDocument", "%n session(s)", None, report.sessions
                ),
                report.sessions,
            ),
            days=counted(
                QCoreApplication.translate("ReportDocument", "%n day(s)", None, report.days),
                report.days,
            ),
            time=format_duration(report.minutes * 60),
        )
        if report.rated:
            before = sum(b for _d, b, _a in report.ratings) / report.rated
            after = sum(a for _d, _b, a in report.ratings) / report.rated
            summary += " " + self.tr(
                "{rated} rated before and after: on average {before} before and {after} after."
            ).format(
                rated=counted(
                    QCoreApplication.translate(
                        "ReportDocument", "%n session(s)", None, report.rated
                    ),
                    report.rated,
                ),
                before=self.number(before),
                after=self.number(after),
            )
        flow.paragraph(summary, 11, bold=True, after=6)

    def _weeks(self, flow: Flow) -> None:
        flow.heading(self.tr("Sessions and days practised per week"))
        checkins = any(week.checkins for week in self._report.weeks)
        columns = [
            Column(self.tr("Week of"), 1.5),
            Column(self.tr("Sessions"), 1.0, numeric=True),
            Column(self.tr("Days"), 0.8, numeric=True),
            Column(self.tr("Time"), 1.2, numeric=True),
            Column(self.tr("Pain before"), 1.1, numeric=True),
            Column(self.tr("Pain after"), 1.1, numeric=True),
        ]
        if checkins:
            columns += [
                Column(self.tr("Pain in the way"), 1.2, numeric=True),
                Column(self.tr("Sleep"), 0.8, numeric=True),
            ]
        rows = []
        for week in self._report.weeks:
            row = [
                self.date_text(week.week_start),
                self.number(week.sessions, 0),
                self.number(week.days, 0),
                format_duration(week.minutes * 60) if week.sessions else "—",
                self.number(week.pain_before),
                self.number(week.pain_after),
            ]
            if checkins:
                row += [self.number(week.interference), self.number(week.sleep)]
            rows.append(row)
        flow.table(columns, rows)
        flow.paragraph(
            self.tr(
                "Pain before and after: the averages of the sessions rated both times that week."
            ),
            8,
            color=GREY,
        )

    def _chart_texts(self) -> ChartTexts:
        return ChartTexts(
            before=self.tr("before a session"),
            after=self.tr("after"),
            before_week=self.tr("weekly average before"),
            after_week=self.tr("weekly average after"),
            interference=self.tr("pain got in the way"),
            sleep=self.tr("slept well"),
            pain_week=self.tr("weekly average pain after"),
        )

    def _pain(self, flow: Flow) -> None:
        report = self._report
        flow.heading(
            self.tr("Pain before and after each session"), keep=230 if report.rated else 60
        )
        if not report.rated:
            flow.paragraph(self.tr("No session of this period was rated before and after."))
            return
        texts = self._chart_texts()
        flow.block(
            190,
            lambda painter, area: draw_pain_chart(painter, area, report, texts, self.date_text),
        )
        flow.paragraph(
            self.tr(
                "Pain from 0 (none) to 10 (the worst). Each session rated before and after is a "
                "pair of marks; the lines join the weekly averages."
            ),
            8,
            color=GREY,
        )

    def _checkin(self, flow: Flow) -> None:
        report = self._report
        if not report.checkins:
            return
        flow.heading(self.tr("Weekly check-in"), keep=230)
        flow.paragraph(
            self.tr(
                "Once a week, after a session, two questions of the app's own (not a published "
                "questionnaire), each from 0 to 10: how much did pain get in the way of your "
                "daily activities (0 = not at all, 10 = completely), and how well did you "
                "sleep (0 = very badly, 10 = very well)."
            ),
            9,
        )
        texts = self._chart_texts()
        flow.block(
            170,
            lambda painter, area: draw_checkin_chart(painter, area, report, texts, self.date_text),
        )

    def _routines(self, flow: Flow) -> None:
        flow.heading(self.tr("Routines used, and does it help?"))
        report = self._report
        if not report.routines:
            flow.paragraph(self.tr("No session in this period."))
            return
        columns = [
            Column(self.tr("Routine"), 2.6),
            Column(self.tr("Sessions"), 0.9, numeric=True),
            Column(self.tr("Time"), 1.0, numeric=True),
            Column(self.tr("Rated"), 0.8, numeric=True),
            Column(self.tr("Pain change"), 1.0, numeric=True),
            Column(self.tr("What it suggests"), 1.7),
        ]
        rows = [
            [
                use.name,
                self.number(use.relief.sessions, 0),
                format_duration(use.minutes * 60),
                self.number(use.relief.rated, 0),
                self.change_text(use.relief.average),
                self.verdict_text(use.relief.verdict),
            ]
            for use in report.routines
        ]
        flow.table(columns, rows)
        flow.paragraph(
            self.tr(
                "Pain change: the average of pain after minus pain before over the sessions "
                "rated both times (negative: less pain after)."
            ),
            8,
            color=GREY,
        )

    def _points(self, flow: Flow) -> None:
        report = self._report
        if not report.points:
            return
        flow.heading(self.tr("Time per point and side"))
        # One row per point (most time first), a column per side.
        per_point: dict[str, dict[Side, PointTime]] = {}
        for time in report.points:
            per_point.setdefault(time.point, {})[Side(time.side)] = time
        sides = [side for side in Side if any(side in found for found in per_point.values())]
        columns = [Column(self.tr("Point"), 2.6)]
        columns += [Column(side_short(side), 1.0, numeric=True) for side in sides]
        columns += [
            Column(self.tr("Holds"), 0.8, numeric=True),
            Column(self.tr("Total"), 1.0, numeric=True),
        ]
        rows = []
        for point_id, found in per_point.items():
            point = self._catalog.point(point_id)
            name = f"{point.id} {point.display_name}" if point is not None else point_id
            cells = [name]
            cells += [
                format_duration(found[side].seconds) if side in found else "—" for side in sides
            ]
            cells += [
                self.number(sum(t.holds for t in found.values()), 0),
                format_duration(sum(t.seconds for t in found.values())),
            ]
            rows.append(cells)
        flow.table(columns, rows)

    def _regions(self, flow: Flow) -> None:
        report = self._report
        flow.heading(self.tr("Where the pain was"))
        if not report.regions:
            flow.paragraph(self.tr("No session of this period marked where it hurt."))
            return
        columns = [
            Column(self.tr("Region"), 3.0),
            Column(self.tr("Sessions"), 1.0, numeric=True),
            Column(self.tr("Share of sessions"), 1.3, numeric=True),
        ]
        rows = [
            [
                region_name(region),
                self.number(count, 0),
                self._locale.toString(100.0 * count / max(1, report.sessions), "f", 0) + " %",
            ]
            for region, count in report.regions
        ]
        flow.table(columns, rows)

    def _notes(self, flow: Flow) -> None:
        report = self._report
        if not self._options.include_notes:
            return
        flow.heading(self.tr("Notes"))
        if not report.notes:
            flow.paragraph(self.tr("No notes in this period."))
            return
        if report.notes_left_out:
            flow.paragraph(
                counted(
                    QCoreApplication.translate(
                        "ReportDocument",
                        "The latest notes; %n older note(s) left out.",
                        None,
                        report.notes_left_out,
                    ),
                    report.notes_left_out,
                ),
                8,
                color=GREY,
            )
        for day, routine, note in report.notes:
            flow.paragraph(f"{self.date_text(day)} · {routine}", 8.5, bold=True, after=1)
            flow.paragraph(note, 9, indent=10, after=4)

    def _cautions(self, flow: Flow) -> None:
        flow.heading(self.tr("General cautions"))
        flow.paragraph(
            self.tr(
                "This is a self-kept record, not a diagnosis. Acupressure does not replace a "
                "medical examination; back pain that lasts, gets worse or comes with numbness, "
                "weakness or fever needs a professional."
            ),
            9.5,
            bold=True,
            after=6,
        )
        for caution in self._catalog.general_cautions:
            flow.paragraph("• " + caution.text, 9, indent=4, after=3)
