"""Tests for graph.html: the self-contained interactive page (no browser needed here).

`sample_graph()` and `payload_graph()` are also used by tests/test_browser.py and
tests/test_analysis.py.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, URIRef

from graph import html as page
from graph.article import Article
from graph.claim import Claim, Entity, EventDate, Quantity, make_args
from graph.namespace import article_graph_iri, entity_iri
from graph.rdf import article_graph
from graph.resources import ontology_files

RUSSIA = Entity("russia", "Russia", "State", ("Russian Federation", "Moscow"))
TAJIKISTAN = Entity("tajikistan", "Tajikistan", "State", ("Republic of Tajikistan",))
AFGHANISTAN = Entity("afghanistan", "Afghanistan", "State")
UZBEKISTAN = Entity("uzbekistan", "Uzbekistan", "State")
DUSHANBE = Entity("dushanbe", "Dushanbe", "City")
PUTIN = Entity("vladimir-putin", "Vladimir Putin", "Person", ("Putin",))
RAHMON = Entity("emomali-rahmon", "Emomali Rahmon", "Person", ("Rahmon", "Emomali Rahman"))
SHOIGU = Entity("sergei-shoigu", "Sergei Shoigu", "Person", ("Shoigu",))
NATO = Entity("nato", "NATO", "InternationalOrganization", ("North Atlantic Treaty Organization",))
BASE = Entity("201st-military-base", "201st military base", "MilitaryFacility", ("201st base",))
DEAL = Entity("air-defense-deal", "air defense agreement", "Agreement")
TALIBAN = Entity("taliban", "Taliban", "ArmedGroup")
KABUL_ATTACK = Entity("kabul-bomb-attack", "Kabul bomb attack", "Event")

A1 = Article(id="warsaw-2021-05-14", path="a1.txt", text="", title="Russia Pledges Support For Tajikistan",
             date=dt.date(2021, 5, 14), source="https://example.org/warsaw/tajikistan")
A2 = Article(id="asiaplus-2019-05-29", path="a2.txt", text="", title="Shoigu in Dushanbe",
             date=dt.date(2019, 5, 29), source="Asia-Plus")
A3 = Article(id="eurasianet-2021-05-20", path="a3.txt", text="", title="Kabul attack and the region",
             date=dt.date(2021, 5, 20))


def _claim(pred, s, o, sentence, start=0, **kw):
    return Claim(pred, s, o, sentence, start, start + len(sentence), extractor="test", confidence=0.8, **kw)


def sample_claims() -> dict[Article, list[Claim]]:
    s_troops = "The Central Asian state hosts about 7,000 troops from Russia."
    return {
        A1: [
            _claim("hasMilitaryPresenceIn", RUSSIA, TAJIKISTAN, s_troops, 10,
                   args=make_args(troops=Quantity(7000, approximate=True))),
            _claim("metWith", RAHMON, PUTIN, "Rahmon met with Russian President Vladimir Putin on May 8.", 100,
                   args=make_args(date=EventDate("2021-05-08", "day"))),
            _claim("visited", RAHMON, RUSSIA, "The leader of Tajikistan made a trip to Moscow on May 8\u20139.", 200,
                   args=make_args(date=EventDate("2021-05-08", "day"))),
            _claim("borders", TAJIKISTAN, AFGHANISTAN, "Tajikistan borders Afghanistan.", 300),
            _claim("providedAssistanceTo", RUSSIA, TAJIKISTAN,
                   "Putin said that Russia is helping to strengthen Tajikistan\u2019s armed forces.", 400,
                   modality="reported", speaker=PUTIN, args=make_args(what="armed forces")),
            _claim("hasMilitaryPresenceIn", RUSSIA, UZBEKISTAN,
                   "Russia could be willing to deploy some military installations in Uzbekistan.", 500,
                   modality="hypothetical"),
            _claim("hasMilitaryPresenceIn", NATO, AFGHANISTAN,
                   "U.S. and NATO contingents plan to leave the country.", 600, modality="hedged"),
            _claim("locatedIn", BASE, TAJIKISTAN, "The 201st military base is in Tajikistan.", 700),
        ],
        A2: [
            _claim("visited", SHOIGU, DUSHANBE, "Russian Defense Minister Sergei Shoigu made a trip to Dushanbe.", 0),
            _claim("metWith", SHOIGU, RAHMON, "In Dushanbe, Shoigu met with Rahmon.", 80,
                   args=make_args(place=DUSHANBE)),
            _claim("signedAgreementWith", RUSSIA, TAJIKISTAN, "Both officials signed a deal on a common air defense space.",
                   150, args=make_args(agreement=DEAL)),
            _claim("locatedIn", DUSHANBE, TAJIKISTAN, "Dushanbe, the capital of Tajikistan.", 250),
            _claim("hasMilitaryPresenceIn", RUSSIA, TAJIKISTAN, "Russia keeps its largest foreign base in Tajikistan.", 300),
            _claim("hasMilitaryPresenceIn", RUSSIA, AFGHANISTAN, "Russia has no troops in Afghanistan.", 400,
                   modality="negated"),
        ],
        A3: [
            _claim("attacked", TALIBAN, KABUL_ATTACK, "The Taliban denied carrying out the Kabul bomb attack.", 0,
                   modality="negated"),
            _claim("reportedFigure", KABUL_ATTACK, Quantity(50), "The Kabul bomb attack killed nearly 50 people.", 60,
                   args=make_args(killed=Quantity(50))),
            _claim("stated", TALIBAN, "we will keep fighting", "The Taliban said: we will keep fighting.", 120),
            _claim("open:condemn", UZBEKISTAN, KABUL_ATTACK, "Uzbekistan condemned the Kabul bomb attack.", 180),
        ],
    }


def build_graph(claims_by_article: dict, ontology: bool = True) -> Graph:
    g = Graph()
    for art, claims in claims_by_article.items():
        for t in article_graph(art, claims):
            g.add(t)
    if ontology:
        for f in ontology_files():
            g.parse(f, format="turtle")
    return g


def sample_graph(ontology: bool = True) -> Graph:
    return build_graph(sample_claims(), ontology)


PAYLOAD_SCRIPT = "Russia said <script>window.__pwned=1</script> it will stay in Tajikistan."
PAYLOAD_IMG = 'Tajikistan hosts <img src=x onerror="window.__pwned=1"> Russian troops & "friends" \u2028 today.'
PAYLOAD_TITLE = "<b>Bold</b> title <script>window.__pwned=1</script>"


def payload_graph() -> Graph:
    evil = Entity("evil", 'Evil <img src=x onerror="window.__pwned=1"> Corp', "Organization",
                  ("<script>window.__pwned=1</script>",))
    art = Article(id="payload", path="payload.txt", text="", title=PAYLOAD_TITLE, date=dt.date(2022, 1, 1),
                  source="javascript:window.__pwned=1")
    return build_graph({art: [
        _claim("visited", RUSSIA, TAJIKISTAN, PAYLOAD_SCRIPT, 0),
        _claim("hasMilitaryPresenceIn", RUSSIA, TAJIKISTAN, PAYLOAD_IMG, 100, modality="reported", speaker=evil),
        _claim("memberOf", evil, RUSSIA, "</script><script>window.__pwned=1</script>", 200),
        _claim("stated", evil, "<svg onload=window.__pwned=1>", "Evil said <svg onload=window.__pwned=1>.", 300),
    ]})


def page_json(text: str) -> dict:
    m = re.search(r'<script type="application/json" id="cg-data">(.*?)</script>', text, re.S)
    assert m, "no data block"
    return json.loads(m.group(1))


@pytest.fixture(scope="module")
def sample_page(tmp_path_factory) -> tuple[Path, str, dict]:
    path = tmp_path_factory.mktemp("html") / "graph.html"
    page.write_html(sample_graph(), path)
    text = path.read_text(encoding="utf-8")
    return path, text, page_json(text)


def E(entity: Entity) -> str:
    return str(entity_iri(entity.key))


# --- self-contained, no network ------------------------------------------------------------------

def test_page_is_self_contained(sample_page):
    _, text, _ = sample_page
    assert text.startswith("<!DOCTYPE html>")
    assert "<link" not in text.lower()
    assert not re.search(r"<script[^>]*\bsrc\s*=", text, re.I)
    assert not re.search(r"<(img|iframe|embed|object|audio|video|source)\b", text.split('id="cg-data"')[0], re.I)
    assert "@import" not in text
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", text, re.I)
    assert "cdn.jsdelivr" not in text and "cdnjs" not in text and "bootstrap" not in text.lower()
    # vis-network (from the pyvis package) is inlined
    js, css = page.vis_assets()
    assert "vis-network" in js[:400] and js in text and css in text


def test_content_security_policy_allows_only_the_pages_scripts(sample_page):
    _, text, _ = sample_page
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', text).group(1)
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    scripts = re.findall(r'<script id="(?:vis-network|cg-app)">(.*?)</script>', text, re.S)
    assert len(scripts) == 2
    for body in scripts:
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    # the only other script element is the (non-executed) JSON data block
    js, _ = page.vis_assets()
    assert len(re.findall(r"<script\b", text.replace(js, ""))) == 3


def test_write_html_is_atomic_and_keeps_signature(tmp_path):
    out = tmp_path / "sub" / "graph.html"
    page.write_html(sample_graph(), out)
    page.write_html(sample_graph(), str(out))         # str paths too; overwrites
    assert out.is_file() and [p.name for p in out.parent.iterdir()] == ["graph.html"]


def test_render_is_deterministic():
    assert page.render_html(sample_graph()) == page.render_html(sample_graph())


# --- what the page shows -------------------------------------------------------------------------

def test_nodes_are_entities_with_pref_labels_shaped_and_coloured_by_class(sample_page):
    _, _, data = sample_page
    nodes = {n["id"]: n for n in data["nodes"]}
    ents = [RUSSIA, TAJIKISTAN, AFGHANISTAN, UZBEKISTAN, DUSHANBE, PUTIN, RAHMON, SHOIGU, NATO, BASE, TALIBAN,
            KABUL_ATTACK]
    for e in ents:
        assert nodes[E(e)]["label"] == e.label
    assert nodes[E(RUSSIA)]["cls"] == "state" and nodes[E(PUTIN)]["cls"] == "person"
    assert nodes[E(NATO)]["cls"] == "organization" and nodes[E(TALIBAN)]["cls"] == "organization"
    assert nodes[E(DUSHANBE)]["cls"] == "place" and nodes[E(BASE)]["cls"] == "facility"
    assert nodes[E(KABUL_ATTACK)]["cls"] == "event"
    for n in nodes.values():
        shape, color = page.CLASS_STYLE[n["cls"]]
        assert n["shape"] == shape
        assert (n["color"] if isinstance(n["color"], str) else n["color"]["background"]) == color
    # the deal is only a role (cg:agreement) of a claim: listed in the panel, not drawn
    assert E(DEAL) not in nodes
    assert nodes[E(RAHMON)]["alt"] == ["Emomali Rahman", "Rahmon"]
    # legend: one entry per class present
    assert [c["key"] for c in data["classes"]] == ["state", "person", "organization", "place", "facility", "event",
                                                   "literal"]


def test_node_size_follows_pagerank(sample_page):
    _, _, data = sample_page
    nodes = {n["id"]: n for n in data["nodes"] if n["cls"] != "literal"}
    ranked = sorted(nodes.values(), key=lambda n: n["pr"])
    assert ranked[-1]["size"] > ranked[0]["size"]
    assert nodes[E(TAJIKISTAN)]["size"] > nodes[E(SHOIGU)]["size"]
    assert all(10 <= n["size"] <= 10 + 26 * 1.15 + 0.1 for n in nodes.values())


def test_edges_are_directed_labelled_with_rdfs_label_and_group_claims(sample_page):
    _, _, data = sample_page
    edges = data["edges"]
    assert data["options"]["edges"]["arrows"]["to"]["enabled"] is True
    presence = [e for e in edges if e["from"] == E(RUSSIA) and e["to"] == E(TAJIKISTAN)
                and e["p"].endswith("#hasMilitaryPresenceIn")]
    assert len(presence) == 1                        # two articles, one edge
    assert presence[0]["label"] == "has military presence in \u00d72"
    assert len(presence[0]["claims"]) == 2
    assert {data["claims"][i]["a"] for i in presence[0]["claims"]} == {str(URIRef(f"https://w3id.org/claimgraph/id/article/{a.id}")) for a in (A1, A2)}
    borders = next(e for e in edges if e["p"].endswith("#borders"))
    assert borders["label"] == "borders"
    condemn = next(e for e in edges if "open#" in e["p"])
    assert condemn["label"] == "condemn"             # cgo: predicates carry their lemma as rdfs:label
    # every edge references claims that reference it back; no edge without both ends
    ids = {n["id"] for n in data["nodes"]}
    for e in edges:
        assert e["from"] in ids and e["to"] in ids
        assert all(data["claims"][i]["e"] == e["id"] for i in e["claims"])


def test_predicate_label_falls_back_to_the_local_name():
    data = page_json(page.render_html(sample_graph(ontology=False)))
    labels = {e["label"] for e in data["edges"]}
    assert "has military presence in \u00d72" in labels and "met with" in labels and "located in" in labels


def test_modalities_are_drawn_differently(sample_page):
    _, _, data = sample_page
    by_m = {}
    for e in data["edges"]:
        by_m.setdefault(e["m"], e)
    assert set(by_m) == {"asserted", "reported", "hedged", "negated", "hypothetical"}
    assert "dashes" not in by_m["asserted"]
    assert by_m["reported"]["dashes"] and by_m["hedged"]["dashes"] and by_m["negated"]["dashes"]
    assert by_m["reported"]["dashes"] != by_m["hedged"]["dashes"]
    grey = {by_m["negated"]["color"]["color"], by_m["hypothetical"]["color"]["color"]}
    assert by_m["asserted"]["color"]["color"] not in grey
    assert by_m["negated"]["label"].startswith("not ")
    # the legend explains the line styles
    assert [m["key"] for m in data["modalities"]] == ["asserted", "reported", "hedged", "negated", "hypothetical"]


def test_large_graphs_drop_dashes_but_keep_colours(monkeypatch):
    monkeypatch.setattr(page, "DASHES_MAX_EDGES", 3)
    data = page_json(page.render_html(sample_graph()))
    assert not any("dashes" in e for e in data["edges"])
    assert not any(m["dashes"] for m in data["modalities"])
    colours = {e["m"]: e["color"]["color"] for e in data["edges"]}
    assert len(set(colours.values())) == 5


def test_literal_objects_are_small_literal_nodes(sample_page):
    _, _, data = sample_page
    lits = [n for n in data["nodes"] if n["cls"] == "literal"]
    assert sorted(n["label"] for n in lits) == ["50", "we will keep fighting"]
    fig = next(e for e in data["edges"] if e["p"].endswith("#reportedFigure"))
    assert fig["from"] == E(KABUL_ATTACK) and fig["to"].startswith("literal:")


def test_claims_carry_their_evidence(sample_page):
    _, _, data = sample_page
    arts = {a["iri"]: a for a in data["articles"]}
    c = next(c for c in data["claims"] if c["p"].endswith("#providedAssistanceTo"))
    assert c["t"].startswith("Putin said that Russia is helping")
    assert c["m"] == "reported" and c["sp"] == "Vladimir Putin"
    assert ["what", "armed forces"] in c["r"]
    a = arts[c["a"]]
    assert (a["title"], a["date"], a["id"], a["source"]) == (A1.title, "2021-05-14", A1.id, A1.source)
    meet = next(c for c in data["claims"] if c["p"].endswith("#metWith") and c["s"] == E(SHOIGU))
    assert ["place", "Dushanbe"] in meet["r"] and E(DUSHANBE) in meet["rn"]
    deal = next(c for c in data["claims"] if c["p"].endswith("#signedAgreementWith"))
    assert ["agreement", "air defense agreement"] in deal["r"]
    # filters: predicates and articles with counts
    assert sum(p["count"] for p in data["predicates"]) == len(data["claims"]) == 18
    assert [a["id"] for a in data["articles"]] == [A2.id, A1.id, A3.id]     # by date


def test_layout_precomputed_by_default_and_physics_mode(sample_page):
    _, _, data = sample_page
    assert data["meta"]["layout"] == "precomputed"
    assert data["options"]["physics"]["enabled"] is False
    assert all("x" in n and "y" in n for n in data["nodes"])
    xy = {(n["x"], n["y"]) for n in data["nodes"]}
    assert len(xy) == len(data["nodes"])
    phys = page_json(page.render_html(sample_graph(), layout="physics"))
    assert phys["options"]["physics"]["enabled"] is True
    assert phys["options"]["physics"]["stabilization"]["enabled"] is True
    assert not any("x" in n for n in phys["nodes"])
    with pytest.raises(ValueError):
        page.render_html(sample_graph(), layout="spiral")


def test_numpy_layout_of_large_components(monkeypatch):
    monkeypatch.setattr(page, "NX_SPRING_MAX", 3)
    data = page_json(page.render_html(sample_graph()))
    xy = [(n["x"], n["y"]) for n in data["nodes"]]
    assert len(set(xy)) == len(xy)
    assert all(abs(v) < 1e6 for p in xy for v in p)


def test_trig_dataset_renders_like_the_union(tmp_path):
    ds = Dataset(default_union=True)
    for art, claims in sample_claims().items():
        named = ds.graph(article_graph_iri(art.id))
        for t in article_graph(art, claims):
            named.add(t)
    onto = ds.graph(URIRef("https://w3id.org/claimgraph/id/graph/ontology"))
    for f in ontology_files():
        onto.parse(f, format="turtle")
    trig = tmp_path / "graph.trig"
    trig.write_text(ds.serialize(format="trig"), encoding="utf-8")
    from graph.cli import load_graph
    loaded = load_graph(str(trig))
    a = page_json(page.render_html(loaded))
    b = page_json(page.render_html(sample_graph()))
    assert a == b


def test_empty_graph(tmp_path):
    g = Graph()
    for f in ontology_files():
        g.parse(f, format="turtle")
    out = tmp_path / "empty.html"
    page.write_html(g, out)
    data = page_json(out.read_text(encoding="utf-8"))
    assert data["nodes"] == [] and data["edges"] == [] and data["claims"] == []


# --- escaping ------------------------------------------------------------------------------------

def test_json_for_script_escapes_markup_and_line_separators():
    s = page.json_for_script({"t": "</script><b>&amp;\u2028\u2029"})
    assert "<" not in s and ">" not in s and "&" not in s and "\u2028" not in s and "\u2029" not in s
    assert json.loads(s) == {"t": "</script><b>&amp;\u2028\u2029"}


def test_article_text_is_only_data_never_markup(tmp_path):
    out = tmp_path / "payload.html"
    page.write_html(payload_graph(), out)
    text = out.read_text(encoding="utf-8")
    assert "window.__pwned" in text                          # it is there, as data
    assert "<script>window.__pwned" not in text
    assert "<img src=x" not in text and "<svg onload" not in text
    js, _ = page.vis_assets()
    assert text.replace(js, "").count("</script>") == 3      # data, vis-network, app
    data = page_json(text)
    sentences = {c["t"] for c in data["claims"]}
    assert PAYLOAD_SCRIPT in sentences and PAYLOAD_IMG in sentences
    assert data["articles"][0]["title"] == PAYLOAD_TITLE
    # the <title> element is escaped too
    assert "<title>" in text and "<b>" not in text.split("<title>")[1].split("</title>")[0]


# --- command line --------------------------------------------------------------------------------

def test_cli_view_renders_turtle(tmp_path, capsys):
    from graph.cli import main
    ttl = tmp_path / "graph.ttl"
    ttl.write_text(sample_graph().serialize(format="turtle"), encoding="utf-8")
    assert main(["view", str(ttl)]) == 0
    assert (tmp_path / "graph.html").is_file()
    out = tmp_path / "x" / "page.html"
    assert main(["view", str(ttl), "--out", str(out)]) == 0
    assert f"wrote {out}" in capsys.readouterr().out
    assert page_json(out.read_text(encoding="utf-8"))["meta"]["claims"] == 18
