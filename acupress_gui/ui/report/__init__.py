"""The report for the doctor: a PDF of the period's sessions, pain, check-ins and cautions.

A page-like feature: the History page only asks for it (a signal the window connects), and
no page imports this package. :mod:`.export` gathers and writes the file, :mod:`.document`
lays the report out, :mod:`.flow` and :mod:`.charts` draw it, :mod:`.dialog` is History >
Export report…, :mod:`.cli` is ``--export-report``.
"""
