"""Network figures of a built graph (`claimgraph stats`), computed with networkx.

The claim graph is read from the RDF as a networkx ``MultiDiGraph``: one node per
entity (an IRI with a ``skos:prefLabel``) that is the subject or object of a claim,
one edge per claim whose subject and object are both entities (``key`` is the claim
IRI). The measures are plain functions over a networkx graph that return dicts keyed
by node, as networkx does; `graph_stats` puts them together as a JSON-ready dict and
`format_stats` prints it.
"""
from __future__ import annotations

import re
from collections import Counter

import networkx as nx
from rdflib import URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from .namespace import CG, ONTOLOGY_NS

SEED = 0            # louvain, betweenness sampling: the same graph always gives the same figures
TOP = 10            # entities listed per measure
BETWEENNESS_EXACT_MAX = 1000   # above this many nodes betweenness is estimated from a seeded sample

# Display classes: an entity's ontology class, reduced to the few the page and the stats show.
# Most specific first: a MilitaryFacility is a Place, but is shown as a facility.
CLASS_PRIORITY = ("facility", "state", "person", "organization", "place", "agreement", "event", "other")
CLASS_LABELS = {
    "state": "state", "person": "person", "organization": "organisation", "place": "place",
    "facility": "military facility", "agreement": "agreement", "event": "event",
    "other": "other entity", "literal": "literal / figure",
}
_BASE_CLASSES = {
    "MilitaryFacility": "facility", "State": "state", "Person": "person", "Organization": "organization",
    "Place": "place", "Agreement": "agreement", "Event": "event",
}
# Used when the ontology triples are not in the graph (a bare article graph).
_KNOWN_PARENTS = {
    "City": "Place", "Region": "Place", "MilitaryFacility": "Place",
    "InternationalOrganization": "Organization", "GovernmentAgency": "Organization",
    "ArmedForces": "Organization", "ArmedGroup": "Organization",
}
MODALITIES = ("asserted", "reported", "hedged", "negated", "hypothetical")


def local_name(iri) -> str:
    s = str(iri)
    for sep in ("#", "/"):
        if sep in s.rstrip(sep):
            s = s.rstrip(sep).rsplit(sep, 1)[-1]
            break
    return s


def humanize(name: str) -> str:
    """'hasMilitaryPresenceIn' -> 'has military presence in'; 'build_up' -> 'build up'."""
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name).replace("_", " ")
    return words.lower().strip() or name


def predicate_label(g, p) -> str:
    """The predicate's rdfs:label (from the ontology in the graph), else its humanised local name."""
    lab = g.value(p, RDFS.label)
    return str(lab) if lab is not None else humanize(local_name(p))


def modality_key(term) -> str:
    """cg:Reported -> 'reported'; a missing modality counts as asserted."""
    if term is None:
        return "asserted"
    key = local_name(term).lower()
    return key if key in MODALITIES else "asserted"


def _class_of_type(g, t, cache: dict) -> str:
    if t in cache:
        return cache[t]
    cache[t] = "other"          # guards against subClassOf cycles
    result = "other"
    seen, todo = set(), [t]
    while todo:
        c = todo.pop(0)
        if c in seen:
            continue
        seen.add(c)
        if str(c).startswith(ONTOLOGY_NS):
            name = local_name(c)
            if name in _BASE_CLASSES:
                result = _BASE_CLASSES[name]
                break
            if name in _KNOWN_PARENTS:
                todo.append(URIRef(ONTOLOGY_NS + _KNOWN_PARENTS[name]))
        todo.extend(o for o in g.objects(c, RDFS.subClassOf) if isinstance(o, URIRef))
    cache[t] = result
    return result


def entity_classes(g) -> dict:
    """{entity IRI: display class} for every IRI with a skos:prefLabel that is not a modality."""
    cache: dict = {}
    types: dict = {}
    for s, t in g.subject_objects(RDF.type):
        types.setdefault(s, set()).add(t)
    out = {}
    for s in set(g.subjects(SKOS.prefLabel)):
        if not isinstance(s, URIRef):
            continue
        ts = types.get(s, set())
        if CG.Modality in ts or CG.Claim in ts or CG.Article in ts:
            continue
        classes = {_class_of_type(g, t, cache) for t in ts}
        out[s] = next((c for c in CLASS_PRIORITY if c in classes), "other")
    return out


def pref_labels(g) -> dict:
    """{IRI: skos:prefLabel} (the smallest one, should a graph carry two)."""
    labels: dict = {}
    for s, o in g.subject_objects(SKOS.prefLabel):
        v = str(o)
        if s not in labels or v < labels[s]:
            labels[s] = v
    return labels


def claim_records(g) -> list[dict]:
    """Every cg:Claim as a dict: claim, subject, predicate, object, modality, article, sentence.

    Values are rdflib terms (None when absent), sorted by claim IRI for determinism.
    """
    single = {"subject": RDF.subject, "predicate": RDF.predicate, "object": RDF.object,
              "modality": CG.modality, "article": PROV.wasDerivedFrom, "sentence": CG.sentence,
              "speaker": CG.speaker}
    claims = sorted(set(g.subjects(RDF.type, CG.Claim)))
    index = {c: {"claim": c, **{k: None for k in single}} for c in claims}
    for key, prop in single.items():
        for s, o in g.subject_objects(prop):
            rec = index.get(s)
            if rec is not None and (rec[key] is None or str(o) < str(rec[key])):
                rec[key] = o
    return [index[c] for c in claims]


def to_networkx(g) -> nx.MultiDiGraph:
    """The entity graph of the claims: nodes are entity IRIs (str), edges are claims between two entities.

    Node attributes: label (skos:prefLabel), cls (display class). Edge attributes (key = claim IRI):
    predicate (IRI), label (the predicate's human label), modality, article (IRI or None), sentence.
    Entities that are the subject or object of a claim whose other end is a literal (or absent) are
    nodes too, without that edge.
    """
    labels = pref_labels(g)
    classes = entity_classes(g)
    pred_labels: dict = {}
    G = nx.MultiDiGraph()
    edges = []
    for rec in claim_records(g):
        s, o = rec["subject"], rec["object"]
        ends = [x for x in (s, o) if isinstance(x, URIRef) and x in classes]
        for x in ends:
            if str(x) not in G:
                G.add_node(str(x), label=labels.get(x, local_name(x)), cls=classes[x])
        if len(ends) == 2 and rec["predicate"] is not None:
            p = rec["predicate"]
            if p not in pred_labels:
                pred_labels[p] = predicate_label(g, p)
            edges.append((str(s), str(o), str(rec["claim"]), {
                "predicate": str(p), "label": pred_labels[p], "modality": modality_key(rec["modality"]),
                "article": str(rec["article"]) if rec["article"] is not None else None,
                "sentence": str(rec["sentence"]) if rec["sentence"] is not None else ""}))
    # sorted insertion: the same RDF always gives the same networkx graph (and louvain result)
    H = nx.MultiDiGraph()
    H.add_nodes_from(sorted(G.nodes(data=True)))
    for u, v, k, d in sorted(edges, key=lambda e: (e[0], e[1], e[2])):
        H.add_edge(u, v, key=k, **d)
    return H


# --- measures: plain functions over a networkx graph, dicts keyed by node ---------------------

def simple_graph(G, directed: bool = False) -> nx.Graph:
    """Collapse a multigraph: one edge per connected pair, `weight` = number of claims between them."""
    H = nx.DiGraph() if directed else nx.Graph()
    H.add_nodes_from(G.nodes(data=True))
    for u, v in G.edges():
        if u == v:
            continue
        if H.has_edge(u, v):
            H[u][v]["weight"] += 1
        else:
            H.add_edge(u, v, weight=1)
    return H


def degree(G) -> dict:
    """Number of claims (edges, both directions) that touch each entity."""
    return dict(G.degree())


def betweenness(G, seed: int = SEED) -> dict:
    """Betweenness centrality on the undirected simple graph; estimated from a seeded sample of
    `BETWEENNESS_EXACT_MAX` pivots on larger graphs."""
    H = simple_graph(G)
    n = H.number_of_nodes()
    if n <= 2:
        return {v: 0.0 for v in H}
    k = None if n <= BETWEENNESS_EXACT_MAX else BETWEENNESS_EXACT_MAX
    return nx.betweenness_centrality(H, k=k, seed=seed if k else None, normalized=True)


def pagerank(G, alpha: float = 0.85) -> dict:
    """PageRank on the directed simple graph, weighted by the number of claims per pair."""
    H = simple_graph(G, directed=True)
    if H.number_of_nodes() == 0:
        return {}
    try:
        return nx.pagerank(H, alpha=alpha, weight="weight")
    except ImportError:          # networkx uses scipy when it can; the pure-Python version is exact too
        from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python
        return _pagerank_python(H, alpha=alpha, weight="weight")


def components(G) -> list[set]:
    """Weakly connected components, largest first."""
    return sorted((set(c) for c in nx.weakly_connected_components(G) if c) if G.is_directed()
                  else (set(c) for c in nx.connected_components(G)), key=lambda c: (-len(c), min(c)))


def communities(G, seed: int = SEED) -> list[set]:
    """Louvain communities of the undirected weighted graph (seeded), largest first."""
    H = simple_graph(G)
    if H.number_of_edges() == 0:
        return [{v} for v in sorted(H)]
    comms = nx.community.louvain_communities(H, weight="weight", seed=seed)
    return sorted((set(c) for c in comms), key=lambda c: (-len(c), min(c)))


def modularity(G, comms: list[set]) -> float:
    H = simple_graph(G)
    if H.number_of_edges() == 0:
        return 0.0
    return nx.community.modularity(H, comms, weight="weight")


# --- the stats report ----------------------------------------------------------------------

def _top(G, scores: dict, k: int = TOP, digits: int = 4) -> list[dict]:
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], G.nodes[kv[0]].get("label", kv[0]), kv[0]))[:k]
    return [{"entity": n, "label": G.nodes[n].get("label", n), "class": G.nodes[n].get("cls", "other"),
             "value": v if isinstance(v, int) else round(float(v), digits)} for n, v in ranked]


def graph_stats(g, top: int = TOP) -> dict:
    """Network figures of a built graph (rdflib Graph, or Dataset with default_union=True), JSON-ready."""
    G = g if isinstance(g, nx.Graph) else to_networkx(g)
    claims = claim_records(g) if not isinstance(g, nx.Graph) else None
    n, m = G.number_of_nodes(), G.number_of_edges()
    by_class = Counter(d.get("cls", "other") for _, d in G.nodes(data=True))
    by_pred = Counter(d.get("label", "") for _, _, d in G.edges(data=True))
    by_mod = Counter(d.get("modality", "asserted") for _, _, d in G.edges(data=True))
    comps = components(G)
    comms = communities(G)
    stats = {
        "nodes": n,
        "edges": m,
        "nodes_by_class": {CLASS_LABELS.get(c, c): k for c, k in sorted(by_class.items(), key=lambda kv: (-kv[1], kv[0]))},
        "edges_by_predicate": dict(sorted(by_pred.items(), key=lambda kv: (-kv[1], kv[0]))),
        "edges_by_modality": {mo: by_mod[mo] for mo in MODALITIES if by_mod[mo]},
        "density": round(nx.density(simple_graph(G)), 6) if n > 1 else 0.0,
        "components": {
            "count": len(comps),
            "largest": len(comps[0]) if comps else 0,
            "sizes": [len(c) for c in comps[:top]],
            "isolated": sum(1 for c in comps if len(c) == 1),
        },
        "centrality": {
            "degree": _top(G, degree(G), top),
            "betweenness": _top(G, betweenness(G), top),
            "pagerank": _top(G, pagerank(G), top),
        },
        "communities": {
            "method": "louvain",
            "seed": SEED,
            "count": len(comms),
            "modularity": round(modularity(G, comms), 4) if comms else 0.0,
            "largest": [{"size": len(c),
                         "members": sorted((G.nodes[v].get("label", v) for v in c), key=str.lower)[:8]}
                        for c in comms[:top]],
        },
    }
    if claims is not None:
        stats["claims"] = len(claims)
        stats["claims_other"] = len(claims) - m   # literal or missing object, or an end without a label
    if betweenness_sampled(n):
        stats["centrality"]["betweenness_sample"] = BETWEENNESS_EXACT_MAX
    return stats


def betweenness_sampled(n: int) -> bool:
    return n > BETWEENNESS_EXACT_MAX


def format_stats(stats: dict) -> str:
    """The stats as plain text tables."""
    out = []
    head = f"{stats['nodes']} entities, {stats['edges']} claims between entities"
    if "claims" in stats:
        head += f" ({stats['claims']} claims in all)"
    out.append(head)
    c = stats["components"]
    out.append(f"{c['count']} connected component(s); largest {c['largest']} entities; "
               f"{c['isolated']} isolated; density {stats['density']}")

    def table(title, items):
        if not items:
            return
        out.append("")
        out.append(title)
        w = max(len(str(k)) for k, _ in items)
        for k, v in items:
            out.append(f"  {str(k):{w}}  {v}")

    table("entities by class", list(stats["nodes_by_class"].items()))
    table("claims by predicate", list(stats["edges_by_predicate"].items()))
    table("claims by modality", list(stats["edges_by_modality"].items()))
    names = {"degree": "degree (claims)", "betweenness": "betweenness", "pagerank": "PageRank"}
    for key, title in names.items():
        rows = stats["centrality"].get(key, [])
        if not rows:
            continue
        out.append("")
        note = f" (estimated from {stats['centrality']['betweenness_sample']} pivots)" \
            if key == "betweenness" and "betweenness_sample" in stats["centrality"] else ""
        out.append(f"most central by {title}{note}")
        w = max(len(r["label"]) for r in rows)
        vw = max(len(str(r["value"])) for r in rows)
        for i, r in enumerate(rows, 1):
            out.append(f"  {i:2}. {r['label']:{w}}  {str(r['value']):>{vw}}  ({CLASS_LABELS.get(r['class'], r['class'])})")
    cm = stats["communities"]
    out.append("")
    out.append(f"communities ({cm['method']}, seed {cm['seed']}): {cm['count']}, modularity {cm['modularity']}")
    for i, comm in enumerate(cm["largest"], 1):
        more = "" if comm["size"] <= len(comm["members"]) else ", ..."
        out.append(f"  {i:2}. {comm['size']:4}  {', '.join(comm['members'])}{more}")
    return "\n".join(out)
