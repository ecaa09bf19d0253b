"""Shared fixtures: the real spaCy pipeline and the seeds' graph, built once per session."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DEV = Path(__file__).resolve().parent / "data" / "dev"


@pytest.fixture(scope="session")
def nlp():
    from graph.nlp import load_nlp
    return load_nlp()


@pytest.fixture(scope="session")
def seeds_out(tmp_path_factory):
    """`claimgraph build seeds --out DIR`, run once through the CLI."""
    from graph.cli import main
    out = tmp_path_factory.mktemp("seeds-out")
    assert main(["build", str(SEEDS), "--out", str(out), "--quiet"]) == 0
    return out


@pytest.fixture(scope="session")
def corpus_out(tmp_path_factory):
    """Seeds and the dev corpus built together, with all their answer files in one folder."""
    from graph.build import build
    src = tmp_path_factory.mktemp("corpus")
    for f in list(SEEDS.iterdir()) + list(DEV.iterdir()):
        shutil.copy(f, src / f.name)
    out = tmp_path_factory.mktemp("corpus-out")
    build(src, out)
    return src, out


@pytest.fixture(scope="session")
def seeds_graph(seeds_out):
    from rdflib import Graph
    return Graph().parse(seeds_out / "graph.ttl", format="turtle")


def extract_text(nlp, text, date="2022-06-30", name="t.txt"):
    """Claims of one short article text (a test helper)."""
    import datetime as dt
    from graph.article import Article
    from graph.extract import extract_claims
    a = Article(id=name.rsplit(".", 1)[0], path=name, text=text,
                date=dt.date.fromisoformat(date) if date else None)
    return extract_claims(nlp(text), a)
