"""The History page: past sessions, their details, summaries, relief per routine, charts.

``page.py`` assembles the panels; each panel, model and command lives in its own module.
"""
