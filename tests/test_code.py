"""The package's own code: no module defines a top-level name twice (a later `def` silently replaces an
earlier one, so one rule would stop running with no error; a later lexicon constant of the same name
silently changes every rule that reads the first)."""
from __future__ import annotations

import ast
from collections import Counter

import pytest

from conftest import ROOT

MODULES = sorted((ROOT / "graph").glob("*.py"))


def defined_twice(source: str) -> list[str]:
    """Top-level functions, classes and assigned names that a module defines more than once."""
    tree = ast.parse(source)
    names = Counter(n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)))
    names.update(t.id for n in tree.body if isinstance(n, (ast.Assign, ast.AnnAssign))
                 for t in (n.targets if isinstance(n, ast.Assign) else [n.target]) if isinstance(t, ast.Name))
    return sorted(n for n, k in names.items() if k > 1)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_no_top_level_name_defined_twice(path):
    twice = defined_twice(path.read_text(encoding="utf-8"))
    assert not twice, f"{path.relative_to(ROOT)} defines these twice: {', '.join(twice)}"


def test_a_duplicate_is_seen():
    assert defined_twice("def f():\n    return 1\n\n\nclass C:\n    pass\n\n\ndef f():\n    return 2\n") == ["f"]


def test_a_constant_assigned_twice_is_seen():
    assert defined_twice('WORDS = frozenset("a b".split())\n\n\nWORDS = frozenset("c".split())\n') == ["WORDS"]
