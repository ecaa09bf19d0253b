"""End to end: `claimgraph build seeds` writes every output, valid and traceable to its sentences."""
from __future__ import annotations

import csv
import json

import pytest
from rdflib import Dataset, Graph
from rdflib.namespace import PROV, RDF

from graph.article import read_article
from graph.cli import main
from graph.cq import cq_names, run_cq
from graph.evaluate import CQ_VARIABLES
from graph.namespace import CG, OA

from conftest import SEEDS

OUTPUTS = ["graph.ttl", "graph.trig", "graph.html", "claims.csv", "report.json"]


def test_build_writes_all_outputs(seeds_out):
    for name in OUTPUTS:
        assert (seeds_out / name).is_file(), name
        assert (seeds_out / name).stat().st_size > 0, name
    per_article = sorted(p.stem for p in (seeds_out / "articles").glob("*.ttl"))
    assert per_article == ["000_39df6464bface7fe", "002_9d38b3ba96b0c7f3"]


def test_every_rdf_file_parses(seeds_out):
    for p in [seeds_out / "graph.ttl", *sorted((seeds_out / "articles").glob("*.ttl"))]:
        assert len(Graph().parse(p, format="turtle")) > 0, p
    ds = Dataset()
    ds.parse(seeds_out / "graph.trig", format="trig")
    names = {str(g.identifier) for g in ds.graphs()}
    assert any(n.endswith("graph/article/000_39df6464bface7fe") for n in names)
    assert any(n.endswith("graph/article/002_9d38b3ba96b0c7f3") for n in names)
    assert any(n.endswith("graph/background") for n in names)
    assert any(n.endswith("graph/ontology") for n in names)


def test_trig_union_equals_turtle(seeds_out, seeds_graph):
    ds = Dataset(default_union=True)
    ds.parse(seeds_out / "graph.trig", format="trig")
    union = Graph()
    for g in ds.graphs():
        for t in g:
            union.add(t)
    assert set(union) == set(seeds_graph)


def test_build_conforms_to_shapes(seeds_out):
    assert main(["validate", str(seeds_out / "graph.ttl")]) == 0


def test_validate_fails_on_a_broken_graph(tmp_path, seeds_graph):
    broken = Graph()
    for t in seeds_graph:
        if t[1] != CG.modality:
            broken.add(t)
    broken.serialize(tmp_path / "broken.ttl", format="turtle")
    assert main(["validate", str(tmp_path / "broken.ttl")]) == 1


@pytest.mark.parametrize("name", sorted(CQ_VARIABLES))
def test_cq_returns_declared_variables(seeds_graph, name):
    res = run_cq(seeds_graph, name)
    assert res.variables == CQ_VARIABLES[name]


def test_every_cq_has_a_query_file():
    assert sorted(cq_names()) == sorted(CQ_VARIABLES)


def test_query_military_presence_lists_the_201st_base(seeds_out, capsys):
    assert main(["query", str(seeds_out / "graph.ttl"), "military_presence"]) == 0
    out = capsys.readouterr().out
    rows = [ln for ln in out.splitlines() if "201st military base" in ln]
    assert rows, out
    assert any("Russia" in ln and "Tajikistan" in ln for ln in rows), out


def test_eval_prints_the_per_question_table(seeds_out, capsys):
    assert main(["eval", str(seeds_out / "graph.ttl"), str(SEEDS)]) == 0
    out = capsys.readouterr().out
    for name in CQ_VARIABLES:
        if name != "evidence":
            assert name in out
    assert "overall" in out.lower()


def _claims(g):
    for c in g.subjects(RDF.type, CG.Claim):
        sel = g.value(c, CG.evidence)
        yield c, g.value(c, PROV.wasDerivedFrom), str(g.value(c, CG.sentence)), int(g.value(sel, OA.start)), int(g.value(sel, OA.end))


def test_every_claim_has_its_article_and_verbatim_sentence(seeds_graph):
    texts = {p.stem: read_article(p).text for p in SEEDS.glob("*.txt")}
    n = 0
    for c, art, sentence, start, end in _claims(seeds_graph):
        assert art is not None, c
        aid = str(art).rsplit("/", 1)[-1]
        assert texts[aid][start:end] == sentence, (c, sentence)
        n += 1
    assert n > 20
    res = run_cq(seeds_graph, "evidence")
    assert len(res.rows) == n
    assert all(r["source"] and r["sentence"] for r in res.rows)


@pytest.mark.parametrize("article, body_end_marker", [
    ("002_9d38b3ba96b0c7f3", "This article was republished"),
    ("000_39df6464bface7fe", "Support Us"),
])
def test_no_claim_comes_from_after_the_article_body(seeds_graph, article, body_end_marker):
    raw = (SEEDS / f"{article}.txt").read_text(encoding="utf-8")
    body_end = raw.index(body_end_marker)
    for c, art, sentence, _, _ in _claims(seeds_graph):
        if str(art).endswith(article):
            pos = raw.find(sentence)
            assert 0 <= pos < body_end, sentence


def test_claims_csv_has_one_row_per_claim(seeds_out, seeds_graph):
    with open(seeds_out / "claims.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == len(list(seeds_graph.subjects(RDF.type, CG.Claim)))
    assert {"subject", "predicate", "object", "modality", "speaker", "date", "article", "sentence"} <= set(rows[0])


def test_report_counts(seeds_out, seeds_graph):
    report = json.loads((seeds_out / "report.json").read_text())
    assert report["counts"]["articles"] == 2
    assert report["counts"]["claims"] == len(list(seeds_graph.subjects(RDF.type, CG.Claim)))
    assert sum(report["counts"]["claims_by_predicate"].values()) == report["counts"]["claims"]
    assert report["counts"]["sentences"] > 40
    assert report["failed"] == []


def test_background_facts_are_kept_apart_from_claims(seeds_out, seeds_graph):
    """The gazetteer knows Russia borders Ukraine; no article claims it, so the borders CQ does not say it."""
    from rdflib import URIRef
    from graph.namespace import GN, entity_iri
    assert (entity_iri("russia"), GN.neighbour, entity_iri("ukraine")) in seeds_graph
    ds = Dataset()
    ds.parse(seeds_out / "graph.trig", format="trig")
    bg = next(g for g in ds.graphs() if str(g.identifier).endswith("graph/background"))
    assert (entity_iri("russia"), GN.neighbour, entity_iri("ukraine")) in bg
    rows = run_cq(seeds_graph, "borders").rows
    assert not any({r["place1"], r["place2"]} == {"Russia", "Ukraine"} for r in rows)
    assert any({r["place1"], r["place2"]} == {"Tajikistan", "Afghanistan"} for r in rows)


def test_report_carries_the_graph_stats(seeds_out):
    report = json.loads((seeds_out / "report.json").read_text())
    assert report["stats"]["nodes"] > 20
    assert report["stats"]["centrality"]
