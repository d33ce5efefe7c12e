"""The Session page: pick a routine, follow it eyes-free, rate how it went.

``page`` assembles the ``setup_panel``, ``running_panel`` and ``summary_panel``, the session
``actions`` and the questions in ``dialogs``; ``run`` ties one session's ``controller`` (the
one QTimer) to its log (``acupress_gui.domain.session_log``); ``cue_mapping`` says which
sound and which words each timer event gets, and ``cue_router`` plays them.
"""
