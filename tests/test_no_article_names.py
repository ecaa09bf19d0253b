"""Extraction must generalise: no module under graph/ names a person or place from the seed or dev
articles (names belong in gazetteer data and test data)."""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from conftest import DEV, ROOT, SEEDS

# Words that are names in the answer files but also ordinary English or format words.
_ORDINARY = {"president", "minister", "head", "member", "percent", "state", "islamic state", "is", "us", "u.s.",
             "usd", "$", "dollars", "us dollars", "the", "invited", "left", "candidate", "replaced", "son of",
             "successor of", "kremlin", "defense minister", "minister of health", "health minister"}


def _names():
    names = set()
    for f in list(SEEDS.glob("*.answers.yaml")) + list(DEV.glob("*.answers.yaml")):
        data = yaml.safe_load(f.read_text(encoding="utf-8"))
        for rows in (data.get("answers") or {}).values():
            for row in rows or []:
                for field, value in row.items():
                    if field in ("date", "value", "killed", "troops", "gist", "unit", "relation", "status", "role", "measure", "what"):
                        continue
                    for alt in str(value).split("|"):
                        alt = alt.lstrip("~").strip()
                        if len(alt) >= 4 and alt[:1].isupper() and alt.lower() not in _ORDINARY:
                            names.add(alt)
    return names


def test_answer_files_give_names_to_look_for():
    names = _names()
    assert {"Tajikistan", "Emomali Rahmon", "Dushanbe"} <= names


def test_no_module_names_an_article_entity():
    names = sorted(_names(), key=len, reverse=True)
    pattern = re.compile(r"(?<![\w])(" + "|".join(re.escape(n) for n in names) + r")(?![\w])")
    hits = []
    for py in sorted((ROOT / "graph").rglob("*.py")):
        for lineno, line in enumerate(py.read_text(encoding="utf-8").splitlines(), 1):
            m = pattern.search(line)
            if m:
                hits.append(f"{py.relative_to(ROOT)}:{lineno}: {m.group(1)!r}: {line.strip()}")
    assert not hits, "article names in package code:\n" + "\n".join(hits)
