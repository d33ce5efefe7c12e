"""Single CSV cells: spreadsheet formulas neutralised, numbers read strictly, short echoes.

A cell that a spreadsheet would run as a formula (it starts with ``=``, ``+``, ``-``, ``@``,
a tab or a carriage return: the OWASP CSV-injection rule) is exported with a ``'`` in front,
which spreadsheets show as text. So that round trips stay byte-identical, a cell that
already starts with quotes before such a character gets one more, and the import removes
exactly one: :func:`restore` undoes :func:`neutralise` for every text.

Numbers are read with a strict pattern: Python's ``int()`` and ``float()`` also accept
``3_0``, ``1e1``, ``inf``, spaces and non-ASCII digits.
"""

from __future__ import annotations

import re

from acupress_gui.storage.files import short_text

__all__ = ["looks_numeric", "neutralise", "parse_decimal", "parse_whole", "quoted", "restore"]

_FORMULA = re.compile(r"'*[=+\-@\t\r]")
_FORMULA_STARTS = frozenset("'=+-@\t\r")
_NEUTRALISED = re.compile(r"'+[=+\-@\t\r]")
_WHOLE = re.compile(r"[0-9]{1,9}")
_DECIMAL = re.compile(r"[0-9]{1,9}(?:\.[0-9]{1,9})?")


def neutralise(cell: str) -> str:
    """``cell`` as exported: with a ``'`` in front when a spreadsheet would run it."""
    # The first character decides most cells without the pattern (export speed).
    if not cell or cell[0] not in _FORMULA_STARTS:
        return cell
    return "'" + cell if _FORMULA.match(cell) else cell


def restore(cell: str) -> str:
    """``cell`` as it was before :func:`neutralise`."""
    if not cell.startswith("'"):  # most cells: no pattern needed (import speed)
        return cell
    return cell[1:] if _NEUTRALISED.match(cell) else cell


def quoted(text: str) -> str:
    """A refused value as a message quotes it: cut to 20 characters."""
    return repr(short_text(text))


def parse_whole(text: str) -> int | None:
    """The whole number ``text`` spells in ASCII digits (at most 9), else None."""
    return int(text) if _WHOLE.fullmatch(text) else None


def parse_decimal(text: str) -> float | None:
    """The decimal number ``text`` spells (``41.26``: digits, one optional point), else None."""
    return float(text) if _DECIMAL.fullmatch(text) else None


def looks_numeric(text: str) -> bool:
    """True when Python's ``float()`` would read ``text`` (``-3``, ``nan``, ``3_0``): a
    number, though not one this format accepts."""
    try:
        float(text)
    except ValueError:
        return False
    return True
