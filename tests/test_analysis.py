"""Tests for graph.analysis: the networkx view of the claims and `claimgraph stats`."""
from __future__ import annotations

import json

import networkx as nx
import pytest
from rdflib import Graph

from graph import analysis
from graph.resources import ontology_files
from test_html import (AFGHANISTAN, BASE, DUSHANBE, KABUL_ATTACK, NATO, PUTIN, RAHMON, RUSSIA, SHOIGU, TAJIKISTAN,
                       TALIBAN, UZBEKISTAN, E, sample_graph)


@pytest.fixture(scope="module")
def g() -> Graph:
    return sample_graph()


@pytest.fixture(scope="module")
def G(g) -> nx.MultiDiGraph:
    return analysis.to_networkx(g)


def test_to_networkx_nodes_are_entities_and_edges_are_claims(g, G):
    assert isinstance(G, nx.MultiDiGraph)
    ents = [RUSSIA, TAJIKISTAN, AFGHANISTAN, UZBEKISTAN, DUSHANBE, PUTIN, RAHMON, SHOIGU, NATO, BASE, TALIBAN,
            KABUL_ATTACK]
    assert set(G.nodes) == {E(e) for e in ents}
    assert G.nodes[E(RUSSIA)] == {"label": "Russia", "cls": "state"}
    assert G.nodes[E(BASE)]["cls"] == "facility" and G.nodes[E(NATO)]["cls"] == "organization"
    # 18 claims: 2 with a literal object (figure, statement) are not edges
    assert G.number_of_edges() == 16
    presence = G.get_edge_data(E(RUSSIA), E(TAJIKISTAN))
    assert sum(1 for d in presence.values() if d["label"] == "has military presence in") == 2
    key, d = next((k, d) for k, d in presence.items() if d["label"] == "provided assistance to")
    assert key.startswith("https://w3id.org/claimgraph/id/claim/")
    assert d["modality"] == "reported" and d["sentence"].startswith("Putin said")
    assert d["article"].endswith("/article/warsaw-2021-05-14")
    neg = G.get_edge_data(E(RUSSIA), E(AFGHANISTAN))
    assert [x["modality"] for x in neg.values()] == ["negated"]


def test_measures_are_dicts_keyed_by_node(G):
    deg = analysis.degree(G)
    assert set(deg) == set(G) and deg[E(RUSSIA)] == max(deg.values())
    bc = analysis.betweenness(G)
    assert set(bc) == set(G) and max(bc, key=bc.get) in (E(TAJIKISTAN), E(RUSSIA))
    pr = analysis.pagerank(G)
    assert set(pr) == set(G) and abs(sum(pr.values()) - 1) < 1e-6
    assert pr[E(TAJIKISTAN)] > pr[E(SHOIGU)]


def test_pagerank_without_scipy(G, monkeypatch):
    expected = analysis.pagerank(G)

    def no_scipy(*a, **kw):
        raise ImportError("scipy")
    monkeypatch.setattr(nx, "pagerank", no_scipy)
    got = analysis.pagerank(G)
    assert got.keys() == expected.keys()
    assert all(abs(got[k] - expected[k]) < 1e-4 for k in got)


def test_betweenness_is_sampled_and_seeded_on_large_graphs(monkeypatch):
    big = nx.MultiDiGraph(nx.gnm_random_graph(60, 150, seed=3, directed=True))
    monkeypatch.setattr(analysis, "BETWEENNESS_EXACT_MAX", 20)
    a, b = analysis.betweenness(big), analysis.betweenness(big)
    assert a == b and set(a) == set(big)


def test_components_and_communities_are_deterministic(G):
    comps = analysis.components(G)
    assert [len(c) for c in comps] == sorted((len(c) for c in comps), reverse=True)
    assert sum(len(c) for c in comps) == G.number_of_nodes()
    c1, c2 = analysis.communities(G), analysis.communities(analysis.to_networkx(sample_graph()))
    assert c1 == c2
    assert set().union(*c1) == set(G)
    assert -0.5 <= analysis.modularity(G, c1) <= 1


def test_graph_stats(g):
    s = analysis.graph_stats(g)
    json.dumps(s)                                     # JSON-ready (for report.json)
    assert s["nodes"] == 12 and s["edges"] == 16 and s["claims"] == 18 and s["claims_other"] == 2
    assert s["nodes_by_class"] == {"state": 4, "person": 3, "organisation": 2, "event": 1, "military facility": 1,
                                   "place": 1}
    assert s["edges_by_predicate"]["has military presence in"] == 5
    assert s["edges_by_modality"] == {"asserted": 11, "reported": 1, "hedged": 1, "negated": 2, "hypothetical": 1}
    assert s["components"]["count"] == 1 and s["components"]["largest"] == 12
    top = s["centrality"]["degree"][0]
    assert (top["label"], top["class"], top["value"]) == ("Russia", "state", 7)
    assert {r["label"] for r in s["centrality"]["pagerank"][:3]} >= {"Tajikistan"}
    assert len(s["centrality"]["betweenness"]) == 10
    cm = s["communities"]
    assert cm["method"] == "louvain" and cm["seed"] == 0 and cm["count"] == len(cm["largest"])
    assert sum(c["size"] for c in cm["largest"]) == 12
    assert analysis.graph_stats(sample_graph()) == s


def test_format_stats(g):
    text = analysis.format_stats(analysis.graph_stats(g))
    assert text.startswith("12 entities, 16 claims between entities (18 claims in all)")
    for part in ("entities by class", "claims by predicate", "most central by degree", "most central by betweenness",
                 "most central by PageRank", "communities (louvain, seed 0)"):
        assert part in text
    assert "1. Russia" in text


def test_empty_graph():
    g = Graph()
    for f in ontology_files():
        g.parse(f, format="turtle")
    s = analysis.graph_stats(g)
    assert s["nodes"] == 0 and s["edges"] == 0 and s["components"]["count"] == 0
    assert s["communities"]["count"] == 0
    assert "0 entities" in analysis.format_stats(s)


def test_classes_without_the_ontology():
    g = sample_graph(ontology=False)
    classes = analysis.entity_classes(g)
    assert classes[analysis.URIRef(E(DUSHANBE))] == "place"
    assert classes[analysis.URIRef(E(TALIBAN))] == "organization"
    assert classes[analysis.URIRef(E(BASE))] == "facility"
    assert analysis.predicate_label(g, analysis.URIRef("https://w3id.org/claimgraph/ontology#hasMilitaryPresenceIn")) \
        == "has military presence in"


def test_cli_stats(tmp_path, capsys):
    from graph.cli import main
    ttl = tmp_path / "graph.ttl"
    ttl.write_text(sample_graph().serialize(format="turtle"), encoding="utf-8")
    assert main(["stats", str(ttl)]) == 0
    assert "most central by PageRank" in capsys.readouterr().out
    assert main(["stats", str(ttl), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["nodes"] == 12
