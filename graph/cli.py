"""The `claimgraph` command line: thin verbs over plain functions.

Exit status: 0 fine, 1 a check failed or some input could not be used, 2 usage error.
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from pathlib import Path

from . import __version__

EPILOG = "Exit status: 0 fine, 1 a check failed or some input could not be used, 2 usage error."


class _Parser(argparse.ArgumentParser):
    def error(self, message):
        self.print_usage(sys.stderr)
        print(f"claimgraph: error: {message}", file=sys.stderr)
        raise SystemExit(2)


def load_graph(path: str):
    """A built graph from Turtle (.ttl) or TriG (.trig; the default graph is the union of the named graphs)."""
    from rdflib import Dataset, Graph
    p = Path(path)
    if not p.is_file():
        raise FileNotFoundError(f"{path}: no such graph file (expected a .ttl or .trig file written by 'claimgraph build')")
    if p.suffix.lower() in (".trig", ".nq"):
        ds = Dataset(default_union=True)
        ds.parse(p, format="trig" if p.suffix.lower() == ".trig" else "nquads")
        return ds
    g = Graph()
    g.parse(p, format="turtle")
    return g


def _fail(msg: str, code: int = 1) -> int:
    print(f"claimgraph: {msg}", file=sys.stderr)
    return code


def cmd_build(args) -> int:
    from .build import UsageError, build
    try:
        report = build(args.seeds, args.out, progress=not args.quiet and sys.stderr.isatty(),
                       max_bytes=args.max_bytes, max_chars=args.max_chars, jobs=args.jobs,
                       use_cache=not args.no_cache)
    except UsageError as e:
        return _fail(str(e), 2)
    d = report.to_dict()
    c = d["counts"]
    print(f"built {c['articles']} articles ({c['reused']} reused from the cache, {c['rebuilt']} extracted): "
          f"{c['sentences']} sentences, {c['entities']} entities, {c['claims']} claims "
          f"in {d['timings_seconds'].get('total', 0):.1f}s -> {args.out}/")
    for pred, n in sorted(c["claims_by_predicate"].items(), key=lambda kv: (-kv[1], kv[0]))[:12]:
        print(f"  {pred:24} {n}")
    for w in report.warnings:
        print(f"warning: {w['path']}: {w['warning']}", file=sys.stderr)
    for f in report.failed:
        print(f"error: {f['path']}: {f['reason']}", file=sys.stderr)
    if report.failed:
        print(f"{len(report.failed)} file(s) could not be used; see {Path(args.out) / 'report.json'}", file=sys.stderr)
        return 1
    return 0


def _positive_int(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}")
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a number of at least 1, got {n}")
    return n


def _format_rows(variables, rows, fmt: str) -> str:
    def cell(v):
        return "" if v is None else str(v)
    if fmt == "json":
        return json.dumps({"variables": list(variables), "rows": list(rows)}, indent=2, ensure_ascii=False)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(variables)
        for r in rows:
            w.writerow([cell(r.get(v)) for v in variables])
        return buf.getvalue().rstrip("\n")
    widths = [max([len(v)] + [min(60, len(cell(r.get(v)))) for r in rows]) for v in variables]
    lines = ["  ".join(v.ljust(w) for v, w in zip(variables, widths)),
             "  ".join("-" * w for w in widths)]
    for r in rows:
        vals = [cell(r.get(v)) for v in variables]
        vals = [x if len(x) <= 60 else x[:57] + "..." for x in vals]
        lines.append("  ".join(x.ljust(w) for x, w in zip(vals, widths)).rstrip())
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def cmd_query(args) -> int:
    from .cq import QueryError, resolve_query, run_query
    try:
        label, text = resolve_query(args.query)
        g = load_graph(args.graph)
        res = run_query(g, text, label)
    except FileNotFoundError as e:
        return _fail(str(e), 2)
    except QueryError as e:
        return _fail(str(e), 2 if "unknown competency question" in str(e) or "not found" in str(e) else 1)
    print(_format_rows(res.variables, res.rows, args.format))
    return 0


def cmd_eval(args) -> int:
    from .cq import run_all
    from .evaluate import AnswerFileError, expected_rows, format_table, load_answers, result_to_dict, score
    if not Path(args.answers).is_dir():
        return _fail(f"{args.answers}: not a folder (expected a folder of *.answers.yaml files)", 2)
    try:
        answers = load_answers(args.answers)
    except AnswerFileError as e:
        return _fail(str(e), 1)
    except FileNotFoundError as e:
        return _fail(str(e), 2)
    if not answers:
        return _fail(f"{args.answers}: no *.answers.yaml files found", 2)
    try:
        g = load_graph(args.graph)
    except FileNotFoundError as e:
        return _fail(str(e), 2)
    returned = {name: list(r.rows) for name, r in run_all(g).items()}
    result = score(expected_rows(answers), returned)
    if args.format == "json":
        print(json.dumps(result_to_dict(result), indent=2, ensure_ascii=False))
    else:
        print(format_table(result))
    return 0


def cmd_validate(args) -> int:
    from .validate import validate_graph
    try:
        g = load_graph(args.graph)
    except FileNotFoundError as e:
        return _fail(str(e), 2)
    res = validate_graph(g)
    if res.conforms:
        print(f"{args.graph}: conforms to the SHACL shapes")
        return 0
    print(res.text)
    print(f"{args.graph}: does not conform ({res.violations} violation(s))", file=sys.stderr)
    return 1


def cmd_view(args) -> int:
    from .html import write_html
    try:
        g = load_graph(args.graph)
    except FileNotFoundError as e:
        return _fail(str(e), 2)
    out = Path(args.out or Path(args.graph).with_suffix(".html"))
    write_html(g, out)
    print(f"wrote {out}")
    if args.open:
        import webbrowser
        webbrowser.open(out.resolve().as_uri())
    return 0


def cmd_stats(args) -> int:
    from .analysis import graph_stats, format_stats
    try:
        g = load_graph(args.graph)
    except FileNotFoundError as e:
        return _fail(str(e), 2)
    stats = graph_stats(g)
    print(json.dumps(stats, indent=2, ensure_ascii=False) if args.format == "json" else format_stats(stats))
    return 0


def make_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="claimgraph", description="Build a knowledge graph of the claims in news articles, "
                "with their evidence, and query it with SPARQL.", epilog=EPILOG)
    p.add_argument("--version", action="version", version=f"claimgraph {__version__}")
    sub = p.add_subparsers(dest="verb", required=True, parser_class=_Parser)

    b = sub.add_parser("build", help="build the graph of a folder of articles",
                       description="Read every .txt/.html article in SEEDS_DIR and write graph.ttl, graph.trig, "
                       "articles/<id>.ttl, graph.html, claims.csv and report.json into --out. Files that cannot "
                       "be used are reported (with the reason) and skipped; the rest is built. Results are "
                       "cached per article in --out/.cache, so a rebuild only extracts new or changed articles.",
                       epilog=EPILOG)
    b.add_argument("seeds", nargs="?", default="seeds", metavar="SEEDS_DIR", help="folder of articles (default: seeds)")
    b.add_argument("--out", default="out", metavar="DIR", help="output folder (default: out)")
    b.add_argument("--max-bytes", type=_positive_int, default=None, metavar="N",
                   help="refuse article files larger than N bytes (default: 20000000)")
    b.add_argument("--max-chars", type=_positive_int, default=None, metavar="N",
                   help="refuse articles whose body is longer than N characters (default: 200000; parsing "
                   "needs about 1 GB of memory per 250000 characters)")
    b.add_argument("--jobs", "-j", type=_positive_int, default=1, metavar="N",
                   help="extract with N worker processes (default: 1); the outputs are the same for any N")
    b.add_argument("--no-cache", action="store_true",
                   help="re-extract every article instead of reusing cached results (the cache is refreshed)")
    b.add_argument("--quiet", action="store_true", help="no progress bar")
    b.set_defaults(func=cmd_build)

    q = sub.add_parser("query", help="run a SPARQL query or a competency question (read-only)",
                       description="QUERY is a .rq file, a competency-question name (e.g. military_presence), "
                       "or inline SPARQL. Updates are refused.", epilog=EPILOG)
    q.add_argument("graph", metavar="GRAPH", help="a built graph: graph.ttl or graph.trig")
    q.add_argument("query", metavar="QUERY")
    q.add_argument("--format", choices=("table", "csv", "json"), default="table")
    q.set_defaults(func=cmd_query)

    e = sub.add_parser("eval", help="score a graph against answer files",
                       description="Run every competency question on GRAPH and score the rows against the "
                       "*.answers.yaml files in ANSWERS_DIR: recall and precision per question and overall, "
                       "unmatched rows listed.", epilog=EPILOG)
    e.add_argument("graph", metavar="GRAPH")
    e.add_argument("answers", metavar="ANSWERS_DIR")
    e.add_argument("--format", choices=("table", "json"), default="table")
    e.set_defaults(func=cmd_eval)

    v = sub.add_parser("validate", help="check a graph against the SHACL shapes",
                       description="Validate GRAPH against ontology/shapes.ttl; exit 1 when it does not conform.",
                       epilog=EPILOG)
    v.add_argument("graph", metavar="GRAPH")
    v.set_defaults(func=cmd_validate)

    w = sub.add_parser("view", help="render a graph as an interactive HTML page",
                       description="Render GRAPH (Turtle or TriG) as one self-contained HTML page.", epilog=EPILOG)
    w.add_argument("graph", metavar="GRAPH")
    w.add_argument("--out", metavar="FILE", help="the page to write (default: GRAPH with .html)")
    w.add_argument("--open", action="store_true", help="open the page in the default browser")
    w.set_defaults(func=cmd_view)

    s = sub.add_parser("stats", help="network figures of a graph",
                       description="Nodes and edges by class, components, the most central entities, communities.",
                       epilog=EPILOG)
    s.add_argument("graph", metavar="GRAPH")
    s.add_argument("--format", choices=("table", "json"), default="table")
    s.set_defaults(func=cmd_stats)
    return p


def main(argv=None) -> int:
    args = make_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return _fail("interrupted", 1)
    except BrokenPipeError:     # output piped into `head`: nothing more to say
        sys.stderr.close()
        return 0
    except Exception as e:  # a parse error in a graph file, etc.: say what and where
        return _fail(f"{type(e).__name__}: {e}", 1)


if __name__ == "__main__":
    sys.exit(main())
