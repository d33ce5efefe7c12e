"""The Session page: pick a routine, follow it eyes-free, rate how it went.

``page`` assembles the ``setup_panel``, ``running_panel`` and ``summary_panel`` and the
session ``actions``; ``controller`` owns the one QTimer; ``cue_mapping`` says which sound
and which words each timer event gets, and ``cue_router`` plays them.
"""
