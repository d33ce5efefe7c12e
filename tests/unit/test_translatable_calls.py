"""Every translatable string is written so that pyside6-lupdate extracts it with its context.

lupdate reads ``self.tr("...")`` (context: the class it is written in) and
``QCoreApplication.translate("Context", "...")`` with literal strings. It silently misses a
context or a source in a variable, a call inside an f-string, and any other function
(``plural(_CONTEXT, ...)``); ``owner.tr(...)`` gets the context "owner". At run time PySide's
``self.tr`` uses the class of the object, so a class that calls it must not be subclassed.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "acupress_gui"


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "tests" not in p.relative_to(PACKAGE).parts)


def _calls(tree: ast.AST) -> Iterator[tuple[ast.Call, str, str]]:
    """(call, function name, receiver) for every call of tr, translate or plural."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Attribute):
            name, receiver = func.attr, ast.unparse(func.value)
        elif isinstance(func, ast.Name):
            name, receiver = func.id, ""
        else:
            continue
        if name in ("tr", "translate", "plural"):
            yield node, name, receiver


def _literal(node: ast.expr | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _where(path: Path, node: ast.AST) -> str:
    place = path.relative_to(PACKAGE.parent) if path.is_relative_to(PACKAGE) else path.name
    return f"{place}:{getattr(node, 'lineno', 0)}"


def _problems(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    problems: list[str] = []
    for call, name, receiver in _calls(tree):
        where = _where(path, call)
        if name == "plural":
            problems.append(f"{where}: plural() hides its string from lupdate; use counted()")
        elif name == "tr":
            if receiver != "self":
                problems.append(f"{where}: {receiver or 'a module-level'} tr() has no context")
            elif not call.args or not _literal(call.args[0]):
                problems.append(f"{where}: self.tr() needs a literal source")
        elif receiver == "QCoreApplication" and (
            len(call.args) < 2 or not (_literal(call.args[0]) and _literal(call.args[1]))
        ):
            problems.append(f"{where}: translate() needs a literal context and source")
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            for inner, name, receiver in _calls(node):
                if name != "plural" and receiver in ("self", "QCoreApplication"):
                    problems.append(f"{_where(path, inner)}: lupdate cannot see into f-strings")
    return problems


def test_every_translatable_call_has_a_literal_context_and_source() -> None:
    problems = [problem for path in _modules() for problem in _problems(path)]
    assert problems == []


def test_a_class_that_calls_self_tr_is_not_subclassed() -> None:
    with_tr: dict[str, str] = {}
    bases: dict[str, list[str]] = {}
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            for base in node.bases:
                bases.setdefault(ast.unparse(base).rsplit(".", 1)[-1], []).append(node.name)
            if any(receiver == "self" and name == "tr" for _c, name, receiver in _calls(node)):
                with_tr[node.name] = _where(path, node)
    subclassed = {name: bases[name] for name in with_tr if name in bases}
    assert subclassed == {}, "self.tr() in these classes would look up the subclass's context"


def test_counts_are_plurals_and_plurals_are_counts() -> None:
    problems: list[str] = []
    for path in _modules():
        for call, name, receiver in _calls(ast.parse(path.read_text(encoding="utf-8"))):
            source_at = 0 if name == "tr" else 1
            if receiver not in ("self", "QCoreApplication") or len(call.args) <= source_at:
                continue
            node = call.args[source_at]
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
                continue
            source = node.value
            numerus = len(call.args) > source_at + 2
            has_count = "%n" in source or "%Ln" in source
            if "(s)" in source and not numerus:
                problems.append(f"{_where(path, call)}: {source!r} is a count: pass n")
            if numerus and not has_count:
                problems.append(f"{_where(path, call)}: {source!r} has n but no %n")
    assert problems == []


@pytest.mark.parametrize(
    "code",
    [
        "plural(_CONTEXT, '%n step(s)', n)",
        "owner.tr('&Undo')",
        "tr('Where')",
        "QCoreApplication.translate(_CONTEXT, 'x')",
        "f\"{QCoreApplication.translate('A', 'x')}\"",
    ],
)
def test_the_check_finds_a_call_lupdate_would_miss(code: str, tmp_path: Path) -> None:
    path = tmp_path / "probe.py"
    path.write_text(code + "\n", encoding="utf-8")
    assert _problems(path), code


def test_the_check_accepts_what_lupdate_reads(tmp_path: Path) -> None:
    path = tmp_path / "probe.py"
    path.write_text(
        "QCoreApplication.translate('A', '%n step(s)', None, n)\nself.tr('&Quit')\n",
        encoding="utf-8",
    )
    assert _problems(path) == []
