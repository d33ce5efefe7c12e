"""The Routines page: build and edit routines by dragging points from the library.

``page.py`` assembles the panels (routine list, point library, steps with their editor);
the Qt models, undo commands and the drag-and-drop format have a file each.
"""
