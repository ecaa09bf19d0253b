"""The interactive page: one self-contained HTML file that makes no network request.

pyvis builds the vis-network node and edge records and options; the page is rendered from
our own template (``page_template.html``) instead of pyvis's, because pyvis's template loads
Bootstrap (and with ``local`` vis-network) from a CDN, its select/filter menus can lose nodes
(pyvis#193) and its string tooltips show HTML as raw text (pyvis#166). The vis-network
script and stylesheet that ship inside the pyvis package are inlined.

Model read (docs/DESIGN.md): every ``cg:Claim`` with ``rdf:subject``/``rdf:predicate``/
``rdf:object``. A claim between two entities (IRIs with a ``skos:prefLabel``) is drawn as a
directed edge; claims with the same subject, predicate, object and modality share one edge
(listing all their sentences). A claim whose object (or subject) is a literal -- a figure, a
statement -- is drawn as a small grey literal node of its own. Article text (sentences,
titles, labels) goes into the page only as JSON inside a ``<script type="application/json">``
block, with ``<``, ``>``, ``&``, U+2028 and U+2029 escaped; the page builds its DOM with
``textContent``. A Content-Security-Policy allows only the page's own two scripts (by hash)
and no connection of any kind.
"""
from __future__ import annotations

import base64
import hashlib
import json
import math
import re
from collections import Counter, defaultdict
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from .analysis import (CLASS_LABELS, MODALITIES, entity_classes, humanize, local_name, modality_key,
                       pagerank, predicate_label, pref_labels)
from .export import write_text
from .namespace import CG, OA

TEMPLATE = Path(__file__).with_name("page_template.html")
VIS_VERSION = "vis-9.1.2"

# Shape and colour per display class (Okabe-Ito colours: distinguishable with colour-blindness).
CLASS_STYLE = {
    "state": ("dot", "#0072B2"),
    "person": ("diamond", "#E69F00"),
    "organization": ("square", "#009E73"),
    "place": ("triangle", "#56B4E9"),
    "facility": ("triangleDown", "#D55E00"),
    "agreement": ("star", "#C9A400"),
    "event": ("hexagon", "#CC79A7"),
    "other": ("dot", "#8C8C8C"),
    "literal": ("box", "#EEEEEE"),
}
CLASS_ORDER = ("state", "person", "organization", "place", "facility", "agreement", "event", "other", "literal")
# Line style per modality: asserted solid dark; reported dashed purple; hedged dotted amber;
# negated and hypothetical greyed (dashed / dotted) with their labels prefixed. On large graphs
# the dashes are dropped (vis-network draws dashed lines segment by segment: with 15,000 edges
# that more than doubles the time of a frame) and the colours alone tell the modalities apart.
MODALITY_STYLE = {
    "asserted": {"dashes": False, "color": "#3d3d3d", "prefix": ""},
    "reported": {"dashes": [9, 5], "color": "#6a51a3", "prefix": ""},
    "hedged": {"dashes": [2, 5], "color": "#b07d00", "prefix": ""},
    "negated": {"dashes": [9, 5], "color": "#b0b0b0", "prefix": "not "},
    "hypothetical": {"dashes": [2, 5], "color": "#d0d0d0", "prefix": "if: "},
}
DASHES_MAX_EDGES = 2000
MODALITY_TEXT = {
    "asserted": "asserted by the article", "reported": "reported (someone said it)",
    "hedged": "hedged (may, could, expected)", "negated": "denied / negated",
    "hypothetical": "hypothetical (would, if)",
}
# 'auto' layout: computed here (networkx spring layout, seeded) and no physics in the page.
# Measured with scripts/bench_html.py in headless Chromium: the page is ready in 0.9 s (500 nodes /
# 1,500 edges) and 2.1 s (5,000 / 15,000) against 6.4 s and 21 s when vis-network stabilises the
# layout in the browser (once, then physics off) -- a cost that would come back at every opening.
AUTO_LAYOUT = "precomputed"
NX_SPRING_MAX = 499      # networkx's spring layout is dense numpy up to here; it needs scipy beyond
LITERAL_LABEL_MAX = 36
_ROLE_NAMES = ("date", "place", "facility", "troops", "roleTitle", "organization", "agreement", "what",
               "membershipStatus", "killed", "measure", "quantity", "unit", "period", "approximate", "gist")
_ROLE_TERMS = {getattr(CG, r): r for r in _ROLE_NAMES}


# --- reading the RDF -------------------------------------------------------------------------

def _str(v) -> str | None:
    return None if v is None else str(v)


_NUMERIC = {XSD.decimal, XSD.double, XSD.float, XSD.integer, XSD.int, XSD.long, XSD.nonNegativeInteger}


def _literal_text(v) -> str:
    """A literal as people read it: numbers without a spurious '.0' (Turtle writes 50 as 50.0)."""
    if isinstance(v, Literal):
        if v.datatype in _NUMERIC:
            try:
                x = Decimal(str(v))
                return str(int(x)) if x == x.to_integral_value() else format(x.normalize(), "f")
            except (InvalidOperation, ValueError):
                return str(v)
        return str(v)
    return local_name(v)


def page_data(g, layout: str = "auto") -> tuple[list[dict], list[dict], dict, dict]:
    """The page's content from a graph: (vis nodes, vis edges, vis options, side data).

    `layout` is 'physics' (the browser stabilises the layout once, then physics stops),
    'precomputed' (networkx computes positions here; no physics in the page) or 'auto'.
    """
    labels = pref_labels(g)
    classes = entity_classes(g)
    alt: dict = defaultdict(set)
    for s, o in g.subject_objects(SKOS.altLabel):
        if s in classes:
            alt[s].add(str(o))

    # claims: one pass over each claim's properties
    claim_iris = sorted(set(g.subjects(RDF.type, CG.Claim)))
    pred_label_cache: dict = {}
    articles: dict = {}
    recs = []
    for c in claim_iris:
        rec = {"iri": c, "roles": []}
        for p, o in g.predicate_objects(c):
            if p == RDF.subject:
                rec["s"] = o
            elif p == RDF.object:
                rec["o"] = o
            elif p == RDF.predicate:
                rec["p"] = o
            elif p == CG.modality:
                rec["m"] = o
            elif p == CG.speaker:
                rec["sp"] = o
            elif p == PROV.wasDerivedFrom:
                rec["a"] = o
            elif p == CG.sentence:
                rec["t"] = str(o)
            elif p == CG.evidence:
                rec["ev"] = o
            elif p in _ROLE_TERMS:
                rec["roles"].append((_ROLE_TERMS[p], o))
        if rec.get("p") is None:
            continue
        recs.append(rec)

    def plabel(p):
        if p not in pred_label_cache:
            pred_label_cache[p] = predicate_label(g, p)
        return pred_label_cache[p]

    def term_label(v) -> str:
        if isinstance(v, URIRef):
            return labels.get(v) or local_name(v)
        return _literal_text(v)

    def article_ref(a):
        """Registers the article of a claim (title, date, source) and returns its IRI."""
        if a is None:
            return None
        if a not in articles:
            date = g.value(a, DCTERMS.date)
            articles[a] = {"iri": str(a),
                           "id": _str(g.value(a, CG.articleId) or g.value(a, RDFS.label)) or local_name(a),
                           "title": _str(g.value(a, DCTERMS.title)), "date": _str(date),
                           "source": _str(g.value(a, DCTERMS.source))}
        return a

    # nodes: entities at either end of a claim; literal nodes, one per claim with a literal end
    node_ids: dict = {}         # rdflib term -> node id
    node_recs: list[dict] = []

    def entity_node(v) -> str | None:
        if not isinstance(v, URIRef) or v not in classes:
            return None
        if v not in node_ids:
            node_ids[v] = str(v)
            node_recs.append({"id": str(v), "label": labels.get(v, local_name(v)), "cls": classes[v],
                              "alt": sorted(alt.get(v, set()) - {labels.get(v)}), "iri": str(v)})
        return node_ids[v]

    edges: dict = {}            # (from, to, predicate, modality) -> edge record
    claims_out: list[dict] = []
    for rec in sorted(recs, key=lambda r: (str(r.get("a", "")), str(r["iri"]))):
        s, o, p = rec.get("s"), rec.get("o"), rec["p"]
        m = modality_key(rec.get("m"))
        a = article_ref(rec.get("a"))
        sn, on = entity_node(s), entity_node(o)
        start = None
        if rec.get("ev") is not None:
            st = g.value(rec["ev"], OA.start)
            start = int(st) if st is not None and str(st).lstrip("-").isdigit() else None
        ci = len(claims_out)
        out = {"id": str(rec["iri"]), "p": str(p), "m": m, "a": str(a) if a is not None else None,
               "t": rec.get("t", ""), "st": start,
               "s": sn, "sl": term_label(s) if s is not None else None,
               "o": on, "ol": term_label(o) if o is not None else None,
               "sp": term_label(rec["sp"]) if rec.get("sp") is not None else None,
               "r": [[humanize(k), term_label(v)] for k, v in sorted(rec["roles"], key=lambda kv: (kv[0], str(kv[1])))],
               "rn": [v for _, v in rec["roles"] if isinstance(v, URIRef)]}
        # a literal end (a figure, a statement) becomes a small node of its own
        for end, v in (("s", s), ("o", o)):
            if out[end] is None and v is not None and not isinstance(v, URIRef) and (sn or on):
                lid = "literal:" + str(rec["iri"]) + ":" + end
                text = _literal_text(v)
                short = text if len(text) <= LITERAL_LABEL_MAX else text[:LITERAL_LABEL_MAX - 1] + "\u2026"
                node_recs.append({"id": lid, "label": short, "cls": "literal", "alt": [], "iri": None,
                                  "full": text})
                out[end] = lid
        if out["s"] and out["o"]:
            key = (out["s"], out["o"], str(p), m)
            e = edges.get(key)
            if e is None:
                e = edges[key] = {"id": f"e{len(edges)}", "from": out["s"], "to": out["o"], "p": str(p), "m": m,
                                  "claims": []}
            e["claims"].append(ci)
            out["e"] = e["id"]
        claims_out.append(out)

    # entities in a role (place, facility...) of a claim list it in their panel, when they are drawn
    for out in claims_out:
        out["rn"] = sorted({node_ids[v] for v in out["rn"] if v in node_ids} - {out["s"], out["o"]})

    # importance: PageRank of the entity graph (networkx); literal nodes keep a fixed small size
    import networkx as nx
    G = nx.MultiDiGraph()
    G.add_nodes_from(n["id"] for n in node_recs if n["cls"] != "literal")
    for e in edges.values():
        if e["from"] in G and e["to"] in G:
            for _ in e["claims"]:
                G.add_edge(e["from"], e["to"])
    pr = pagerank(G) if G.number_of_nodes() else {}
    top = max(pr.values(), default=1.0) or 1.0
    deg = dict(G.degree())

    if layout == "auto":
        layout = AUTO_LAYOUT
    if layout not in ("physics", "precomputed"):
        raise ValueError(f"layout must be 'auto', 'physics' or 'precomputed', not {layout!r}")
    positions = _layout(node_recs, edges.values()) if layout == "precomputed" else {}

    vis_nodes = []
    for n in node_recs:
        shape, color = CLASS_STYLE[n["cls"]]
        if n["cls"] == "literal":
            vis = {"id": n["id"], "label": n["label"], "shape": shape, "cls": "literal",
                   "color": {"background": color, "border": "#9a9a9a"}, "font": {"size": 11, "color": "#333"},
                   "margin": 4, "borderWidth": 1, "full": n["full"]}
        else:
            weight = math.sqrt(pr.get(n["id"], 0.0) / top)
            size = 10 + 26 * weight
            vis = {"id": n["id"], "label": n["label"], "shape": shape, "cls": n["cls"], "color": color,
                   "size": round(size, 1), "alt": n["alt"], "pr": round(pr.get(n["id"], 0.0), 5),
                   "deg": deg.get(n["id"], 0)}
            if weight > 0.3:       # the labels of central entities are larger: readable from further out
                vis["font"] = {"size": round(16 + 10 * weight)}
            if shape in ("star", "triangle", "triangleDown"):
                vis["size"] = round(size * 1.15, 1)
        if n["id"] in positions:
            vis["x"], vis["y"] = positions[n["id"]]
        vis_nodes.append(vis)

    # parallel edges between the same two nodes curve apart so that none hides another
    pair_count: Counter = Counter()
    vis_edges = []
    dashes = len(edges) <= DASHES_MAX_EDGES
    for e in edges.values():
        st = MODALITY_STYLE[e["m"]]
        pair = tuple(sorted((e["from"], e["to"])))
        k = pair_count[pair]
        pair_count[pair] += 1
        n_claims = len(e["claims"])
        label = st["prefix"] + plabel(URIRef(e["p"]))
        if n_claims > 1:
            label += f" \u00d7{n_claims}"
        vis = {"id": e["id"], "from": e["from"], "to": e["to"], "label": label, "p": e["p"], "m": e["m"],
               "claims": e["claims"], "color": {"color": st["color"], "highlight": "#d62728", "hover": "#d62728"},
               "width": round(1.2 + 0.8 * math.log2(n_claims), 2)}
        if st["dashes"] and dashes:
            vis["dashes"] = st["dashes"]
        if e["m"] in ("negated", "hypothetical"):
            vis["font"] = {"color": "#8a8a8a"}
        if k:
            # same direction as the first edge -> bend one way, the other direction bends the other way
            vis["smooth"] = {"enabled": True, "type": "curvedCW" if k % 2 else "curvedCCW",
                             "roundness": 0.18 * ((k + 1) // 2)}
        vis_edges.append(vis)

    pred_counts = Counter(c["p"] for c in claims_out)
    art_counts = Counter(c["a"] for c in claims_out)
    class_counts = Counter(n["cls"] for n in vis_nodes)
    side = {
        "meta": {"nodes": len(vis_nodes), "edges": len(vis_edges), "claims": len(claims_out),
                 "articles": len(articles), "layout": layout},
        "classes": [{"key": k, "label": CLASS_LABELS[k], "shape": CLASS_STYLE[k][0], "color": CLASS_STYLE[k][1],
                     "count": class_counts[k]} for k in CLASS_ORDER if class_counts[k]],
        "modalities": [{"key": m, "label": MODALITY_TEXT[m], "dashes": MODALITY_STYLE[m]["dashes"] if dashes else False,
                        "color": MODALITY_STYLE[m]["color"]} for m in MODALITIES],
        "predicates": sorted(({"iri": p, "label": plabel(URIRef(p)), "count": n} for p, n in pred_counts.items()),
                             key=lambda d: (-d["count"], d["label"])),
        "articles": sorted(({**art, "count": art_counts[art["iri"]]} for art in articles.values()),
                           key=lambda d: (d["date"] or "", d["id"])),
        "claims": claims_out,
    }
    options = _options(len(vis_nodes), len(vis_edges), layout)
    return vis_nodes, vis_edges, options, side


def _layout(node_recs: list[dict], edges) -> dict:
    """Node positions in pixels: a seeded networkx spring layout of each connected component,
    components packed in rows (largest first)."""
    import networkx as nx
    G = nx.Graph()
    G.add_nodes_from(n["id"] for n in node_recs)
    labels = {n["id"]: n["label"] for n in node_recs}
    for e in edges:
        G.add_edge(e["from"], e["to"])
    comps = sorted((sorted(c) for c in nx.connected_components(G)), key=lambda c: (-len(c), c[0]))
    placed: dict = {}
    boxes = []
    for comp in comps:
        H = G.subgraph(comp)
        n = len(comp)
        radius = 110 * math.sqrt(n) if n > 1 else min(150, max(60, 3.5 * len(labels.get(comp[0], ""))))
        if n == 1:
            pos = {comp[0]: (0.0, 0.0)}
        elif n == 2:
            pos = {comp[0]: (-radius / 2, 0.0), comp[1]: (radius / 2, 0.0)}
        else:
            pos = _spring(H, radius)
        boxes.append((comp, pos, radius))
    # shelf packing, largest first, in rows about as wide as the whole is tall (the page opens
    # fitted to it: a wide strip of small components would shrink everything)
    area = sum((2 * r + 60) ** 2 for _, _, r in boxes)
    width = max(max((2 * r + 60 for _, _, r in boxes), default=0), math.sqrt(area) * 1.15)
    x = y = row_h = 0.0
    for comp, pos, r in boxes:
        w = 2 * r + 60
        if x + w > width and x > 0:
            x, y, row_h = 0.0, y + row_h, 0.0
        cx, cy = x + w / 2, y + w / 2
        for v in comp:
            px, py = pos[v]
            placed[v] = (round(cx + px, 1), round(cy + py, 1))
        x += w
        row_h = max(row_h, w)
    return placed


def _spring(H, radius: float) -> dict:
    """A seeded Fruchterman-Reingold layout of one component, scaled to `radius` pixels."""
    import networkx as nx
    n = H.number_of_nodes()
    if n <= NX_SPRING_MAX:
        pos = nx.spring_layout(H, seed=7, iterations=100)
        order = list(pos)
        xy = [pos[v] for v in order]
    else:
        order = sorted(H)
        xy = _fruchterman_reingold(order, H.edges(), iterations=50 if n <= 2000 else 30 if n <= 8000 else 15)
    xs = [p[0] for p in xy]
    ys = [p[1] for p in xy]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return {v: ((float(p[0]) - cx) / span * 2 * radius, (float(p[1]) - cy) / span * 2 * radius)
            for v, p in zip(order, xy)}


def _fruchterman_reingold(order: list, edges, iterations: int, seed: int = 7, chunk: int = 1024):
    """networkx's Fruchterman-Reingold force model (same k, temperature and cooling) vectorised
    with numpy for large components: networkx loops over the nodes in Python there (or needs
    scipy) and takes minutes on 5,000 nodes. The all-pairs repulsion is computed in row chunks
    from |p|^2 + |q|^2 - 2 p.q, so memory stays at chunk x n."""
    import numpy as np
    n = len(order)
    index = {v: i for i, v in enumerate(order)}
    pairs = np.array([(index[a], index[b]) for a, b in edges if a != b], dtype=np.int64).reshape(-1, 2)
    u, w = pairs[:, 0], pairs[:, 1]
    f32 = np.float32
    pos = np.random.default_rng(seed).random((n, 2)).astype(f32)
    k = float(np.sqrt(1.0 / n))
    k2 = f32(k * k)
    t = 0.1
    dt = t / (iterations + 1)
    rows = np.arange(n)
    for _ in range(iterations):
        disp = np.zeros((n, 2), dtype=f32)
        sq = (pos * pos).sum(1)
        for a in range(0, n, chunk):
            p = pos[a:a + chunk]
            d2 = sq[a:a + chunk, None] + sq[None, :] - 2 * (p @ pos.T)
            np.maximum(d2, f32(1e-6), out=d2)
            rep = k2 / d2
            rep[rows[:len(p)], rows[a:a + len(p)]] = 0
            disp[a:a + chunk] = p * rep.sum(1)[:, None] - rep @ pos
        d = pos[u] - pos[w]
        f = d * (np.sqrt((d * d).sum(1)) / f32(k))[:, None]
        np.add.at(disp, u, -f)
        np.add.at(disp, w, f)
        length = np.sqrt((disp * disp).sum(1))
        np.maximum(length, f32(0.01), out=length)
        pos += disp * (f32(t) / length)[:, None]
        t -= dt
    return pos.tolist()


def _options(n_nodes: int, n_edges: int, layout: str) -> dict:
    big = n_edges > 3000 or n_nodes > 1500
    opts = {
        # the page drops the arrowheads below this zoom on big graphs (they cannot be seen there
        # and cost a third of a frame); 0 keeps them always
        "cgArrowMinScale": 0.3 if big else 0,
        "autoResize": True,
        "nodes": {"font": {"size": 16, "face": "system-ui, -apple-system, Segoe UI, Roboto, sans-serif",
                           "strokeWidth": 3, "strokeColor": "#ffffff"},
                  # labels are drawn from a smaller on-screen size on small graphs (cheap there)
                  "scaling": {"label": {"drawThreshold": 8 if big else 3}},
                  "borderWidth": 1, "borderWidthSelected": 3},
        # big graphs open zoomed out, where the page keeps the arrowheads off (see cgArrowMinScale)
        "edges": {"arrows": {"to": {"enabled": not big, "scaleFactor": 0.55}},
                  "font": {"size": 11, "align": "horizontal", "color": "#444444", "strokeWidth": 0,
                           "background": "rgba(255,255,255,0.85)", "face": "system-ui, sans-serif"},
                  "smooth": False, "selectionWidth": 1.5, "hoverWidth": 0.8},
        "interaction": {"hover": True, "hoverConnectedEdges": not big, "tooltipDelay": 100000,
                        "hideEdgesOnDrag": big, "hideEdgesOnZoom": big, "multiselect": False,
                        "navigationButtons": False, "keyboard": False},
        "layout": {"improvedLayout": layout == "physics" and n_nodes <= 150, "randomSeed": 7},
    }
    if layout == "physics":
        iterations = 1000 if n_nodes <= 300 else max(150, int(300000 / max(1, n_nodes)))
        opts["physics"] = {
            "enabled": True, "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "centralGravity": 0.008, "springLength": 110,
                                 "springConstant": 0.06, "avoidOverlap": 0.3},
            "stabilization": {"enabled": True, "iterations": iterations, "updateInterval": 25, "fit": True},
            "minVelocity": 1.0,
        }
    else:
        opts["physics"] = {"enabled": False}
    return opts


# --- rendering -------------------------------------------------------------------------------

def json_for_script(data) -> str:
    """JSON that is safe inside a <script> element: no '<', '>', '&', U+2028 or U+2029 left raw."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


@lru_cache(maxsize=1)
def vis_assets() -> tuple[str, str]:
    """The vis-network script and stylesheet shipped inside the pyvis package."""
    import pyvis
    lib = Path(pyvis.__file__).resolve().parent / "templates" / "lib" / VIS_VERSION
    js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
    css = (lib / "vis-network.css").read_text(encoding="utf-8")
    # never let the library text close its own element
    js = js.replace("</script", "<\\/script").replace("</SCRIPT", "<\\/SCRIPT")
    css = css.replace("</style", "<\\/style")
    return js, css


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def _network(vis_nodes: list[dict], vis_edges: list[dict], options: dict):
    """The pyvis network holding the vis-network records."""
    from pyvis.edge import Edge
    from pyvis.network import Network
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    for n in vis_nodes:
        opts = {k: v for k, v in n.items() if k not in ("id", "label", "shape", "color")}
        net.add_node(n["id"], label=n["label"], shape=n["shape"], color=n["color"], **opts)
    known = set(net.node_ids)
    for e in vis_edges:
        # pyvis's add_edge scans the node list for each edge (quadratic); the ends are checked here
        assert e["from"] in known and e["to"] in known, e["id"]
        opts = {k: v for k, v in e.items() if k not in ("from", "to")}
        # arrows come from the global edge options (the page turns them off when zoomed far out)
        net.edges.append(Edge(e["from"], e["to"], directed=False, **opts).options)
    net.options = options
    return net


def render_html(g, layout: str = "auto", title: str | None = None) -> str:
    """The page as a string (see `write_html`)."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape
    from markupsafe import Markup
    vis_nodes, vis_edges, options, side = page_data(g, layout)
    net = _network(vis_nodes, vis_edges, options)
    nodes, edges, _heading, _h, _w, options_json = net.get_network_data()
    title = title or f"claimgraph \u2014 {side['meta']['nodes']} entities, {side['meta']['claims']} claims"
    data_json = json_for_script({"nodes": nodes, "edges": edges, "options": json.loads(options_json), **side})
    vis_js, vis_css = vis_assets()
    env = Environment(loader=FileSystemLoader(str(TEMPLATE.parent)), autoescape=select_autoescape(["html"]))
    page = env.get_template(TEMPLATE.name).render(
        title=title, vis_css=Markup(vis_css), vis_js=Markup(vis_js), data_json=Markup(data_json), meta=side["meta"])
    # Content-Security-Policy: only the page's own two scripts run (by hash), nothing is fetched
    hashes = " ".join(_sha256(m.group(1)) for m in _SCRIPT.finditer(page))
    csp = (f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; "
           "font-src 'none'; connect-src 'none'; media-src 'none'; object-src 'none'; frame-src 'none'; "
           "worker-src 'none'; manifest-src 'none'; base-uri 'none'; form-action 'none'")
    return page.replace("__CSP__", csp, 1)


_SCRIPT = re.compile(r'<script id="(?:vis-network|cg-app)">(.*?)</script>', re.S)


def write_html(g, path: Path | str, layout: str = "auto") -> None:
    """Render `g` (an rdflib Graph, or a Dataset with default_union=True) as one self-contained
    interactive page at `path` (written atomically)."""
    write_text(path, render_html(g, layout))
