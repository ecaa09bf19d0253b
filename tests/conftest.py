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
def gaz():
    """The gazetteer (loaded once; graph.gazetteer caches it)."""
    from graph.gazetteer import load_gazetteer
    return load_gazetteer()


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


# --- robustness fixtures (tests/test_bad_input.py, tests/test_outputs.py, tests/test_properties.py) ---

GOOD_ARTICLES = {
    "alpha.txt": "Title: Shoigu in Dushanbe\nDate: 2019-05-29\n\nRussian Defence Minister Sergei Shoigu visited "
                 "Dushanbe on 28 May 2019. Shoigu met with Tajik President Emomali Rahmon in Dushanbe. Russia keeps "
                 "about 7,000 troops at its 201st military base in Tajikistan, the ministry said.\n",
    "beta.txt": "Title: Border talks\nDate: 2022-09-17\n\nKyrgyzstan borders Tajikistan. Kyrgyz President Sadyr "
                "Japarov met with Tajik President Emomali Rahmon in Samarkand on 16 September 2022. Kazakhstan is a "
                "member of the Collective Security Treaty Organization.\n",
    "gamma.txt": "Date: 2020-12-29\n\nArmenian Defence Minister Vagharshak Harutyunyan visited the Russian military "
                 "base in Gyumri on 28 December 2020. Russia has a military base in Armenia.\n",
}


def write_corpus(folder, files):
    """Write {name: str | bytes} into `folder` (str as UTF-8); returns the folder."""
    from pathlib import Path
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        (folder / name).write_bytes(data)
    return folder


@pytest.fixture(scope="session")
def good_build(tmp_path_factory, nlp):
    """The three short good articles built on their own (the reference for corpora that add bad files)."""
    from graph.build import build
    src = write_corpus(tmp_path_factory.mktemp("good-src"), GOOD_ARTICLES)
    out = tmp_path_factory.mktemp("good-out")
    report = build(src, out)
    assert not report.failed, report.failed
    return src, out
