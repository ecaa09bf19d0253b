"""The build's outputs are atomic, deterministic, valid for two independent RDF parsers, and
incremental builds give exactly what clean builds give."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal, URIRef

from conftest import DEV, GOOD_ARTICLES, ROOT, write_corpus
from graph.build import build
from graph.cli import main

pytestmark = pytest.mark.filterwarnings("ignore:.*is deprecated:DeprecationWarning")

DETERMINISTIC = ("graph.ttl", "graph.trig", "claims.csv")
MERGED = DETERMINISTIC + ("graph.html", "report.json")


def snapshot(out: Path) -> dict[str, bytes]:
    """Every output file (not the cache) by its path relative to `out`."""
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and ".cache" not in p.relative_to(out).parts}


def deterministic_outputs(out: Path) -> dict[str, bytes]:
    files = {n: (out / n).read_bytes() for n in DETERMINISTIC}
    files.update({f"articles/{p.name}": p.read_bytes() for p in sorted((out / "articles").glob("*"))})
    return files


def assert_same_outputs(a: Path, b: Path) -> None:
    fa, fb = deterministic_outputs(a), deterministic_outputs(b)
    assert sorted(fa) == sorted(fb)
    for name in fa:
        assert fa[name] == fb[name], f"{name} differs between {a} and {b}"


def temp_files(out: Path) -> list[Path]:
    return [p for p in out.rglob("*.tmp")]


def rdflib_count(path: Path) -> int:
    if path.suffix == ".trig":
        ds = Dataset()
        ds.parse(path, format="trig")
        return len(set(ds.quads()))
    return len(Graph().parse(path, format="turtle"))


def oxigraph_count(path: Path) -> int:
    store = ox.Store()
    store.load(path=str(path), format=ox.RdfFormat.TRIG if path.suffix == ".trig" else ox.RdfFormat.TURTLE)
    return len(store)


def assert_parses_with_both(out: Path) -> None:
    files = [out / "graph.ttl", out / "graph.trig", *sorted((out / "articles").glob("*.ttl"))]
    for f in files:
        n = rdflib_count(f)
        assert n > 0, f
        assert oxigraph_count(f) == n, f


def copy_tree(src: Path, dest: Path) -> Path:
    shutil.copytree(src, dest)
    return dest


# ---------------------------------------------------------------------------------------------
# atomic


def test_a_failed_write_keeps_the_old_file(tmp_path, monkeypatch):
    from graph import export
    target = tmp_path / "graph.ttl"
    export.write_text(target, "old\n")

    def broken(tmp, text, fsync):
        Path(tmp).write_text(text[:3], encoding="utf-8")
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(export, "_write", broken)
    with pytest.raises(OSError):
        export.write_text(target, "new and longer\n")
    assert target.read_text() == "old\n"
    assert temp_files(tmp_path) == []


def test_staged_outputs_are_replaced_together_or_not_at_all(tmp_path):
    from graph.export import Staging
    for name in ("a.ttl", "b.trig"):
        (tmp_path / name).write_text("old " + name)
    with pytest.raises(RuntimeError):
        with Staging() as st:
            st.write_text(tmp_path / "a.ttl", "new a")
            raise RuntimeError("killed between two outputs")
    assert (tmp_path / "a.ttl").read_text() == "old a.ttl"
    assert temp_files(tmp_path) == []
    with Staging() as st:
        st.write_text(tmp_path / "a.ttl", "new a")
        st.write_text(tmp_path / "b.trig", "new b")
        assert (tmp_path / "a.ttl").read_text() == "old a.ttl"
        st.commit()
    assert (tmp_path / "a.ttl").read_text() == "new a" and (tmp_path / "b.trig").read_text() == "new b"
    assert temp_files(tmp_path) == []


def test_outputs_are_readable_by_others(good_build):
    mode = (good_build[1] / "graph.ttl").stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    assert mode == 0o666 & ~umask


def test_a_build_that_fails_while_merging_keeps_the_previous_outputs(tmp_path, monkeypatch, good_build):
    src = write_corpus(tmp_path / "src", {**GOOD_ARTICLES, "delta.txt": GOOD_ARTICLES["gamma.txt"].replace(
        "Armenian Defence Minister Vagharshak Harutyunyan", "Armenian Prime Minister Nikol Pashinyan")})
    out = copy_tree(good_build[1], tmp_path / "out")
    before = snapshot(out)
    import graph.html

    def crash(*a, **k):
        raise RuntimeError("the machine went down while writing graph.html")
    monkeypatch.setattr(graph.html, "write_html", crash)
    with pytest.raises(RuntimeError):
        build(src, out)
    after = snapshot(out)
    for name in MERGED:
        assert after[name] == before[name], name
    assert temp_files(out) == []
    assert_parses_with_both(out)


def test_a_killed_build_leaves_the_previous_outputs_intact(tmp_path, good_build):
    """SIGKILL a build as soon as its first new per-article file appears: the previous outputs are untouched
    and parse; the next build cleans up, resumes from what the killed one finished, and completes."""
    src = write_corpus(tmp_path / "src", GOOD_ARTICLES)
    for f in sorted(DEV.glob("*.txt")):
        shutil.copy(f, src / f.name)
    out = copy_tree(good_build[1], tmp_path / "out")
    before = snapshot(out)
    old_articles = {p.name for p in (out / "articles").glob("*.ttl")}
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "graph", "build", str(src), "--out", str(out), "--quiet"],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 300
        new = set()
        while not new:
            assert proc.poll() is None, f"the build ended before it could be killed: {proc.communicate()}"
            assert time.monotonic() < deadline, "no per-article file appeared"
            new = {p.name for p in (out / "articles").glob("*.ttl")} - old_articles
            time.sleep(0.01)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL
    after = snapshot(out)
    for name in MERGED:
        assert after[name] == before[name], f"{name} changed"
    for name in before:
        assert name in after
    json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert_parses_with_both(out)
    leftovers = temp_files(out)
    assert all(p.name.startswith(".") for p in leftovers), leftovers

    finished = {json.loads(p.read_text(encoding="utf-8"))["id"] for p in cache_entries(out)}
    assert {name[:-len(".ttl")] for name in new} <= finished, "what the killed build finished is in the cache"
    report = build(src, out)
    assert not report.failed
    assert temp_files(out) == []
    assert report.reused >= len(GOOD_ARTICLES)
    assert report.reused + report.rebuilt == len(GOOD_ARTICLES) + len(list(DEV.glob("*.txt")))
    assert_parses_with_both(out)


def test_stale_temporary_files_are_removed_but_not_those_of_a_running_build(tmp_path, good_build):
    out = copy_tree(good_build[1], tmp_path / "out")
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stale = out / f".graph.ttl.{int(dead.stdout)}.0123abcd.tmp"
    stale.write_text("half a graph")
    live = out / "articles" / f".alpha.ttl.{os.getppid()}.0123abcd.tmp"
    live.write_text("being written")
    build(good_build[0], out)
    assert not stale.exists()
    assert live.exists()


# ---------------------------------------------------------------------------------------------
# deterministic


def test_serialisation_does_not_depend_on_insertion_order():
    import random
    from graph.serialize import trig_block, turtle_body
    g = Graph().parse(ROOT / "ontology" / "claimgraph.ttl", format="turtle")
    triples = list(g)
    texts = set()
    for seed in range(3):
        random.Random(seed).shuffle(triples)
        texts.add((turtle_body(triples), trig_block(URIRef("urn:g"), triples)))
    assert len(texts) == 1


def test_blank_nodes_get_labels_from_their_content():
    from rdflib import BNode
    from graph.serialize import turtle_body
    p, q = URIRef("urn:p"), URIRef("urn:q")

    def triples():
        b1, b2 = BNode(), BNode()
        return [(URIRef("urn:a"), p, b1), (b1, q, Literal("one")), (URIRef("urn:a"), p, b2), (b2, q, Literal("two"))]
    first, second = turtle_body(triples()), turtle_body(list(reversed(triples())))
    assert first == second
    g1 = Graph().parse(data="@prefix x: <urn:> .\n" + first, format="turtle")
    assert len(g1) == 4


def test_same_corpus_gives_the_same_bytes_in_process_and_in_parallel(tmp_path, corpus_out):
    src, out = corpus_out
    again = tmp_path / "again"
    report = build(src, again, jobs=2)
    assert report.rebuilt == report.articles > 0
    assert_same_outputs(out, again)


def test_same_bytes_across_processes_hash_seeds_and_process_counts(tmp_path, corpus_out):
    src, out = corpus_out
    procs = []
    for seed, jobs in (("1", "1"), ("2", "2")):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        dest = tmp_path / f"seed{seed}"
        procs.append((dest, subprocess.Popen(
            [sys.executable, "-m", "graph", "build", str(src), "--out", str(dest), "--quiet", "--jobs", jobs],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)))
    for dest, proc in procs:
        stdout, stderr = proc.communicate(timeout=600)
        assert proc.returncode == 0, stderr
        assert_same_outputs(out, dest)


# ---------------------------------------------------------------------------------------------
# valid


def test_every_output_parses_with_rdflib_and_pyoxigraph(corpus_out):
    src, out = corpus_out
    assert_parses_with_both(out)
    # graph.ttl is the union of graph.trig's named graphs
    store = ox.Store()
    store.load(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG)
    union = {(q.subject, q.predicate, q.object) for q in store}
    assert len(union) == oxigraph_count(out / "graph.ttl") == rdflib_count(out / "graph.ttl")
    graphs = {g.value for g in store.named_graphs()}
    articles = json.loads((out / "report.json").read_text())["articles"]
    assert {f"https://w3id.org/claimgraph/id/graph/article/{a['id']}" for a in articles} <= graphs


@pytest.mark.parametrize("name", ["graph.ttl", "graph.trig"])
def test_build_conforms_to_the_shapes(corpus_out, name, capsys):
    assert main(["validate", str(corpus_out[1] / name)]) == 0
    assert "conforms" in capsys.readouterr().out


# ---------------------------------------------------------------------------------------------
# incremental


DELTA = ("Date: 2019-04-05\n\nUzbek President Shavkat Mirziyoyev visited Moscow on 4 April 2019. Mirziyoyev met "
         "with Russian President Vladimir Putin in the Kremlin.\n")


def run_build(src, out, capsys, *args) -> tuple[int, dict, str]:
    code = main(["build", str(src), "--out", str(out), "--quiet", *args])
    stdout = capsys.readouterr().out
    return code, json.loads((out / "report.json").read_text())["counts"], stdout


def cache_entries(out: Path) -> list[Path]:
    return sorted((out / ".cache").rglob("*.json"))


def test_rebuilding_an_unchanged_corpus_reuses_every_article(tmp_path, capsys, good_build):
    out = copy_tree(good_build[1], tmp_path / "out")
    code, counts, stdout = run_build(good_build[0], out, capsys)
    assert code == 0
    assert (counts["reused"], counts["rebuilt"]) == (len(GOOD_ARTICLES), 0)
    assert f"({len(GOOD_ARTICLES)} reused from the cache, 0 extracted)" in stdout
    assert_same_outputs(good_build[1], out)


def test_adding_one_article_extracts_only_that_one(tmp_path, capsys, good_build):
    src = write_corpus(tmp_path / "src", {**GOOD_ARTICLES, "delta.txt": DELTA})
    out = copy_tree(good_build[1], tmp_path / "out")
    code, counts, stdout = run_build(src, out, capsys)
    assert code == 0
    assert (counts["reused"], counts["rebuilt"]) == (len(GOOD_ARTICLES), 1)
    report = json.loads((out / "report.json").read_text())
    assert [a["id"] for a in report["articles"] if not a["reused"]] == ["delta"]
    clean = tmp_path / "clean"
    run_build(src, clean, capsys)
    assert_same_outputs(clean, out)


def test_changed_and_removed_articles(tmp_path, capsys, good_build):
    files = dict(GOOD_ARTICLES)
    del files["beta.txt"]
    files["gamma.txt"] = files["gamma.txt"].replace("Russia has a military base in Armenia.",
                                                    "Russia keeps its 102nd military base in Gyumri.")
    src = write_corpus(tmp_path / "src", files)
    out = copy_tree(good_build[1], tmp_path / "out")
    code, counts, _ = run_build(src, out, capsys)
    assert code == 0
    assert (counts["reused"], counts["rebuilt"]) == (1, 1)
    assert not (out / "articles" / "beta.ttl").exists()
    assert len(cache_entries(out)) == 2, "entries no build uses are pruned"
    clean = tmp_path / "clean"
    run_build(src, clean, capsys)
    assert_same_outputs(clean, out)


def test_a_new_extractor_version_invalidates_every_article(tmp_path, capsys, monkeypatch, good_build):
    import graph
    out = copy_tree(good_build[1], tmp_path / "out")
    monkeypatch.setattr(graph, "EXTRACTOR_VERSION", graph.EXTRACTOR_VERSION + "-next")
    code, counts, _ = run_build(good_build[0], out, capsys)
    assert (code, counts["reused"], counts["rebuilt"]) == (0, 0, len(GOOD_ARTICLES))
    assert_same_outputs(good_build[1], out)
    code, counts, _ = run_build(good_build[0], out, capsys)
    assert (counts["reused"], counts["rebuilt"]) == (len(GOOD_ARTICLES), 0)


def test_an_ontology_change_invalidates_every_article(tmp_path, capsys, monkeypatch, good_build):
    from graph import resources
    onto = shutil.copytree(resources.ontology_dir(), tmp_path / "ontology")
    with open(onto / "claimgraph.ttl", "a", encoding="utf-8") as f:
        f.write('\n<https://w3id.org/claimgraph/ontology#visited> '
                '<http://www.w3.org/2000/01/rdf-schema#comment> "Changed for a test." .\n')
    monkeypatch.setattr(resources, "ontology_dir", lambda: onto)
    out = copy_tree(good_build[1], tmp_path / "out")
    code, counts, _ = run_build(good_build[0], out, capsys)
    assert (code, counts["reused"], counts["rebuilt"]) == (0, 0, len(GOOD_ARTICLES))
    assert '"Changed for a test."' in (out / "graph.ttl").read_text(encoding="utf-8")


def test_a_gazetteer_or_code_change_invalidates_every_article(tmp_path, capsys, monkeypatch, good_build):
    from graph import cache
    real = cache.gazetteer_files
    extra = tmp_path / "gazetteer" / "extra.tsv"
    extra.parent.mkdir()
    extra.write_text("key\tlabel\nx\tX\n")
    monkeypatch.setattr(cache, "gazetteer_files", lambda: [*real(), extra])
    changed = cache.compute_code_fingerprint()
    assert changed != cache.code_fingerprint()
    monkeypatch.setattr(cache, "code_fingerprint", lambda: changed)
    out = copy_tree(good_build[1], tmp_path / "out")
    code, counts, _ = run_build(good_build[0], out, capsys)
    assert (counts["reused"], counts["rebuilt"]) == (0, len(GOOD_ARTICLES))
    assert {p.name for p in cache.code_files()} >= {"extract.py", "entities.py", "rdf.py", "serialize.py", "build.py"}


def test_a_damaged_cache_entry_is_rebuilt(tmp_path, capsys, good_build):
    out = copy_tree(good_build[1], tmp_path / "out")
    entries = cache_entries(out)
    assert len(entries) == len(GOOD_ARTICLES)
    entries[0].write_text('{"half": ')
    code, counts, _ = run_build(good_build[0], out, capsys)
    assert (code, counts["reused"], counts["rebuilt"]) == (0, len(GOOD_ARTICLES) - 1, 1)
    assert_same_outputs(good_build[1], out)


def test_no_cache_re_extracts_everything_with_the_same_outputs(tmp_path, capsys, good_build):
    out = copy_tree(good_build[1], tmp_path / "out")
    code, counts, _ = run_build(good_build[0], out, capsys, "--no-cache")
    assert (code, counts["reused"], counts["rebuilt"]) == (0, 0, len(GOOD_ARTICLES))
    assert_same_outputs(good_build[1], out)


def test_the_output_folder_inside_the_corpus_is_not_read_as_articles(tmp_path, capsys):
    src = write_corpus(tmp_path / "src", {"alpha.txt": GOOD_ARTICLES["alpha.txt"]})
    out = src / "out"
    for _ in range(2):
        code, counts, _ = run_build(src, out, capsys)
        assert code == 0 and counts["articles"] == 1 and counts["failed"] == 0


def test_a_worker_that_dies_loses_only_its_article(tmp_path, capsys, monkeypatch, good_build):
    """--jobs 2: an article that kills its worker process (a segfault, the OOM killer) is reported;
    the pool is restarted and every other article is built."""
    import graph.build
    real = graph.build.process_article

    def deadly(article, doc):
        if article.id == "beta":
            os._exit(9)
        return real(article, doc)
    monkeypatch.setattr(graph.build, "process_article", deadly)
    code, counts, _ = run_build(good_build[0], tmp_path / "out", capsys, "--jobs", "2")
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    assert code == 1
    assert [Path(f["path"]).name for f in report["failed"]] == ["beta.txt"]
    assert "the worker process died" in report["failed"][0]["reason"]
    assert counts["articles"] == len(GOOD_ARTICLES) - 1
    for aid in ("alpha", "gamma"):
        assert (tmp_path / "out" / "articles" / f"{aid}.ttl").read_bytes() == \
            (good_build[1] / "articles" / f"{aid}.ttl").read_bytes()


# ---------------------------------------------------------------------------------------------
# labels: each article's spelling, one label in the merged graph

_DERNA = "Title: A\nDate: 2024-03-01\n\nTurkey sent aid to the eastern Libyan city of Derna on Monday.\n"
_DARNAH = "Title: C\nDate: 2024-03-03\n\nFloods hit the Libyan city of Darnah on Sunday, killing hundreds.\n"


def _build_articles(tmp_path, texts: dict[str, str]) -> Path:
    corpus = tmp_path / "in"
    corpus.mkdir()
    for name, text in texts.items():
        (corpus / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    build(corpus, out, use_cache=False)
    return out


def _labels(path: Path, node=None) -> list[str]:
    from rdflib.namespace import SKOS
    g = Graph().parse(path, format="turtle")
    return sorted(str(o) for s, o in g.subject_objects(SKOS.prefLabel)
                  if (node is None or s == node) and str(o) in ("Derna", "Darnah"))


def test_an_entity_keeps_the_spelling_most_articles_give_it(tmp_path):
    """Two articles write 'Derna', one writes the gazetteer's 'Darnah': the merged graph labels the one
    node 'Derna' (one prefLabel, the other spelling an altLabel); each article's own file keeps its own."""
    from rdflib.namespace import SKOS
    out = _build_articles(tmp_path, {
        "a.txt": _DERNA,
        "b.txt": "Title: B\nDate: 2024-03-02\n\nRussia sent aid to Derna in Libya on Sunday. Egypt sent aid to "
                 "Derna too.\n",
        "c.txt": _DARNAH})
    merged = Graph().parse(out / "graph.ttl", format="turtle")
    nodes = {s for s, o in merged.subject_objects(SKOS.prefLabel) if str(o) in ("Derna", "Darnah")}
    assert len(nodes) == 1
    node = nodes.pop()
    assert _labels(out / "graph.ttl", node) == ["Derna"]
    assert "Darnah" in {str(o) for o in merged.objects(node, SKOS.altLabel)}
    assert _labels(out / "articles" / "c.ttl", node) == ["Darnah"]
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    assert {str(o) for _, _, o, _ in ds.quads((node, SKOS.prefLabel, None, None))} == {"Derna"}


def test_among_equally_used_spellings_the_gazetteer_s_wins(tmp_path):
    out = _build_articles(tmp_path, {"a.txt": _DERNA, "b.txt": _DARNAH})
    assert _labels(out / "graph.ttl") == ["Darnah"]
