"""Benchmark of the interactive page on a large synthetic graph (not a test).

Generates a synthetic graph in the claimgraph RDF model (docs/DESIGN.md): N entities and
E claims between them (preferential attachment, so there are hubs), spread over articles,
with every modality; renders it with graph.html in each layout mode and measures in headless
Chromium (network blocked) the time until the page is interactive (``window.__graphReady``),
the file size, the JS heap, and the time of one filter change and of one search-and-focus.
A small graph in the same run is the baseline for the ratios.

    python scripts/bench_html.py                       # 5,000 nodes / 15,000 edges vs 500 / 1,500
    python scripts/bench_html.py --nodes 2000 --edges 6000 --modes precomputed
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rdflib import Graph  # noqa: E402

from graph.article import Article  # noqa: E402
from graph.claim import Claim, Entity  # noqa: E402
from graph.rdf import add_article, add_claim, new_graph  # noqa: E402
from graph.resources import ontology_files  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
TYPES = ["State"] * 3 + ["Person"] * 4 + ["Organization", "City", "Region", "MilitaryFacility", "Agreement", "Event"]
PREDICATES = ["visited", "metWith", "locatedIn", "hasMilitaryPresenceIn", "signedAgreementWith", "providedAssistanceTo",
              "borders", "memberOf", "attacked", "holdsRole"]
MODALITIES = ["asserted"] * 6 + ["reported"] * 2 + ["hedged", "negated", "hypothetical"]


def synthetic_graph(n_nodes: int, n_edges: int, n_articles: int | None = None, seed: int = 1) -> Graph:
    """n_nodes entities, n_edges distinct claims between them (subject, predicate, object, article)."""
    rng = random.Random(seed)
    n_articles = n_articles or max(5, n_edges // 150)
    ents = [Entity(f"e{i}", f"Entity {i} {rng.choice(['Alpha', 'Bravo', 'Kilo', 'Sierra', 'Tango'])}",
                   TYPES[i % len(TYPES)], (f"E{i}", f"ent-{i}")) for i in range(n_nodes)]
    arts = [Article(id=f"art{i:04d}", path=f"art{i:04d}.txt", text="", title=f"Synthetic article {i}",
                    date=dt.date(2020, 1, 1) + dt.timedelta(days=i), source=f"https://example.org/{i}")
            for i in range(n_articles)]
    g = new_graph()
    for a in arts:
        add_article(g, a)
    # preferential attachment: every new node links to earlier ones picked by degree
    targets = list(range(min(4, n_nodes)))
    pool: list[int] = []
    pairs: list[tuple[int, int]] = []
    for v in range(len(targets), n_nodes):
        k = max(1, round(n_edges / n_nodes))
        chosen = set()
        while len(chosen) < min(k, v):
            chosen.add(rng.choice(pool) if pool and rng.random() < 0.8 else rng.randrange(v))
        for u in chosen:
            pairs.append((v, u) if rng.random() < 0.5 else (u, v))
            pool += [u, v]
    while len(pairs) < n_edges:
        pairs.append((rng.randrange(n_nodes), rng.randrange(n_nodes)))
    pairs = [(s, o) for s, o in pairs if s != o][:n_edges]
    for i, (s, o) in enumerate(pairs):
        a = arts[rng.randrange(n_articles)]
        sent = (f"According to officials, {ents[s].label} and {ents[o].label} were involved in event {i}; "
                f"the report gives more detail about it.")
        c = Claim(PREDICATES[rng.randrange(len(PREDICATES))], ents[s], ents[o], sent, i * 10, i * 10 + len(sent),
                  modality=MODALITIES[rng.randrange(len(MODALITIES))], extractor="synthetic", confidence=0.5)
        add_claim(g, a, c)
    for f in ontology_files():
        g.parse(f, format="turtle")
    return g


def measure(html_path: Path, timeout_s: float = 600) -> dict:
    from playwright.sync_api import sync_playwright
    out: dict = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        blocked: list[str] = []
        errors: list[str] = []
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file://")
                   else (blocked.append(r.request.url), r.abort()))
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        cdp = page.context.new_cdp_session(page)
        cdp.send("Performance.enable")
        t0 = time.perf_counter()
        page.goto(html_path.resolve().as_uri(), timeout=timeout_s * 1000)
        # (wait_for_function would evaluate a string, which the page's CSP forbids)
        page.wait_for_selector("body[data-ready='1']", state="attached", timeout=timeout_s * 1000)
        out["wall_ready_s"] = time.perf_counter() - t0
        out["ready_s"] = page.evaluate("performance.now()") / 1000   # since navigation start
        out["network_ready_s"] = page.evaluate("window.__graphReadyMs") / 1000
        t = page.evaluate("cg.timings")
        out["json_s"] = (t["parsed"] - t["start"]) / 1000           # JSON.parse of the data block
        out["datasets_s"] = (t["datasets"] - t["parsed"]) / 1000    # indexes, filters, vis DataSets
        out["vis_init_s"] = (t["network"] - t["datasets"]) / 1000   # new vis.Network(...)
        out["to_first_frame_s"] = (t["ready"] - t["network"]) / 1000  # stabilisation (physics) + first frame
        out["html_parse_s"] = t["start"] / 1000                     # navigation start -> app script
        metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
        out["heap_mb"] = metrics.get("JSHeapUsedSize", 0) / 1e6
        out["nodes_drawn"] = page.evaluate("cg.network.body.nodeIndices.length")
        # one filter change (first article off) and back, then a search + focus
        out["filter_ms"] = page.evaluate("""() => {
            const a = cg.data.articles[0].iri, t = performance.now();
            cg.filters.art.delete(a); cg.applyFilters();
            cg.filters.art.add(a); cg.applyFilters();
            return (performance.now() - t) / 2; }""")
        out["search_ms"] = page.evaluate("""() => {
            const t = performance.now(); const r = cg.search('entity 42'); cg.focusNode(r[0].id);
            return performance.now() - t; }""")
        # redraw cost of one frame at the fitted view
        out["redraw_ms"] = page.evaluate("""() => new Promise(res => {
            const t = performance.now(); cg.network.once('afterDrawing', () => res(performance.now() - t));
            cg.network.redraw(); })""")
        out["blocked_requests"] = len(blocked)
        out["errors"] = errors[:3]
        browser.close()
    return out


def run(n_nodes: int, n_edges: int, mode: str, folder: Path) -> dict:
    from graph.html import write_html
    t = time.perf_counter()
    g = synthetic_graph(n_nodes, n_edges)
    gen_s = time.perf_counter() - t
    path = folder / f"bench-{n_nodes}-{mode}.html"
    t = time.perf_counter()
    write_html(g, path, layout=mode)
    render_s = time.perf_counter() - t
    row = {"nodes": n_nodes, "edges": n_edges, "mode": mode, "generate_s": gen_s, "render_s": render_s,
           "size_mb": path.stat().st_size / 1e6}
    row.update(measure(path))
    return row


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--nodes", type=int, default=5000)
    ap.add_argument("--edges", type=int, default=15000)
    ap.add_argument("--baseline-nodes", type=int, default=500)
    ap.add_argument("--baseline-edges", type=int, default=1500)
    ap.add_argument("--modes", default="physics,precomputed")
    ap.add_argument("--keep", metavar="DIR", help="keep the pages in DIR")
    args = ap.parse_args(argv)
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="cg-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for mode in args.modes.split(","):
        for n, e in ((args.baseline_nodes, args.baseline_edges), (args.nodes, args.edges)):
            print(f"... {mode}: {n} nodes / {e} edges", file=sys.stderr, flush=True)
            rows.append(run(n, e, mode, folder))
    base = {r["mode"]: r for r in rows if r["nodes"] == args.baseline_nodes}
    cols = [("mode", "{:<12}"), ("nodes", "{:>6}"), ("edges", "{:>6}"), ("render_s", "{:>8.2f}"),
            ("size_mb", "{:>7.2f}"), ("ready_s", "{:>7.2f}"), ("network_ready_s", "{:>8.2f}"), ("heap_mb", "{:>7.1f}"),
            ("filter_ms", "{:>9.0f}"), ("search_ms", "{:>9.0f}"), ("redraw_ms", "{:>9.0f}")]
    head = ["mode", "nodes", "edges", "python s", "size MB", "ready s", "vis s", "heap MB", "filter ms",
            "search ms", "redraw ms", "ready x base"]
    widths = [12, 6, 6, 8, 7, 7, 8, 7, 9, 9, 9, 12]
    print("  ".join(h.rjust(w) if i else h.ljust(w) for i, (h, w) in enumerate(zip(head, widths))))
    for r in rows:
        b = base.get(r["mode"])
        ratio = r["ready_s"] / b["ready_s"] if b and b["ready_s"] else float("nan")
        cells = [fmt.format(r[k]) for k, fmt in cols] + [f"{ratio:>12.1f}"]
        print("  ".join(cells))
    print()
    print("where the time to ready goes (s): html parse, JSON.parse, DataSets, new vis.Network, stabilise + first frame")
    for r in rows:
        print(f"{r['mode']:<12}  {r['nodes']:>6}  " + "  ".join(
            f"{k[:-2]} {r[k]:.2f}" for k in ("html_parse_s", "json_s", "datasets_s", "vis_init_s", "to_first_frame_s")))
    for r in rows:
        if r["blocked_requests"] or r["errors"]:
            print(f"!! {r['mode']} {r['nodes']}: {r['blocked_requests']} blocked request(s), errors {r['errors']}")
    ready = {r["mode"]: r["ready_s"] + r["render_s"] for r in rows if r["nodes"] == args.nodes}
    if len(ready) > 1:
        best = min(ready, key=ready.get)
        print(f"fastest at {args.nodes} nodes (python render + page ready): {best} "
              + ", ".join(f"{m} {s:.1f}s" for m, s in sorted(ready.items())))
    print(f"pages in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
