"""acupress-gui: guided acupressure sessions for back pain."""

__version__ = "0.1.0"
