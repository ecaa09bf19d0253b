"""Build a corpus: each article goes ingest -> parse -> extract -> RDF on its own and is
written as soon as it is done; the merged outputs are assembled from the per-article
results (Turtle and TriG bodies are concatenated, never held as one rdflib graph)."""
from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, SKOS

from . import __version__
from .article import ARTICLE_SUFFIXES, Article, ArticleError, read_article
from .claim import Claim, Entity, EventDate, Quantity
from .export import write_csv, write_json, write_text
from .namespace import BACKGROUND_GRAPH, ONTOLOGY_GRAPH, SCHEMA, article_graph_iri, entity_iri
from .rdf import add_entity, article_graph, claim_digest, new_graph
from .resources import ontology_files

CSV_HEADER = ["claim", "subject", "predicate", "object", "modality", "speaker", "date", "article",
              "sentence", "start", "end", "extractor", "confidence"]


class UsageError(ValueError):
    """A command-line usage problem (exit status 2)."""


@dataclass
class ArticleResult:
    """What one article contributes to the merged outputs."""

    article: Article
    claims: list[Claim]
    sentences: int
    turtle: str          # the article's graph as Turtle, prefixes stripped
    trig: str            # the same as one TriG named-graph block, prefixes stripped
    csv_rows: list[list]
    entities: dict[str, Entity]


@dataclass
class BuildReport:
    articles: int = 0
    sentences: int = 0
    claims: int = 0
    entities: int = 0
    claims_by_predicate: dict[str, int] = field(default_factory=dict)
    claims_by_modality: dict[str, int] = field(default_factory=dict)
    failed: list[dict] = field(default_factory=list)      # {"path", "reason"}
    warnings: list[dict] = field(default_factory=list)    # {"path", "warning"}
    timings: dict[str, float] = field(default_factory=dict)
    outputs: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "version": __version__,
            "counts": {"articles": self.articles, "sentences": self.sentences, "claims": self.claims,
                       "entities": self.entities, "failed": len(self.failed),
                       "claims_by_predicate": dict(sorted(self.claims_by_predicate.items())),
                       "claims_by_modality": dict(sorted(self.claims_by_modality.items()))},
            "failed": self.failed, "warnings": self.warnings,
            "timings_seconds": {k: round(v, 3) for k, v in sorted(self.timings.items())},
            "outputs": self.outputs,
        }


def find_articles(folder: Path | str) -> list[Path]:
    folder = Path(folder)
    if not folder.is_dir():
        raise UsageError(f"{folder}: not a folder of articles (expected a directory of .txt or .html files)")
    return sorted(p for p in folder.rglob("*")
                  if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.startswith("."))


def _strip_prefixes(text: str) -> str:
    return "\n".join(ln for ln in text.splitlines() if not ln.startswith(("@prefix", "PREFIX", "@base"))).strip() + "\n"


def _csv_value(v) -> str:
    if v is None:
        return ""
    if isinstance(v, Entity):
        return v.label
    if isinstance(v, EventDate):
        return v.iso
    if isinstance(v, Quantity):
        return format(v.value, "g")
    return str(v)


def process_article(article: Article, doc) -> ArticleResult:
    """Extract one parsed article and render its RDF."""
    from .extract import extract_claims
    claims = extract_claims(doc, article)
    sentences = sum(1 for _ in doc.sents)
    g = article_graph(article, claims, sentences)
    ds = Dataset()
    named = ds.graph(article_graph_iri(article.id))
    for t in g:
        named.add(t)
    for prefix, ns in g.namespaces():
        ds.bind(prefix, ns)
    rows = []
    entities: dict[str, Entity] = {}
    for c in claims:
        for e in c.entities():
            entities[e.key] = e
        date = c.arg("date")
        rows.append([claim_digest(article.id, c), _csv_value(c.subject), c.predicate, _csv_value(c.object),
                     c.modality, _csv_value(c.speaker), _csv_value(date), article.id, c.sentence,
                     c.start, c.end, c.extractor, round(c.confidence, 3)])
    return ArticleResult(article, claims, sentences, _strip_prefixes(g.serialize(format="turtle")),
                         _strip_prefixes(ds.serialize(format="trig")), rows, entities)


def background_graph(entities: dict[str, Entity]) -> Graph:
    """Gazetteer facts about the entities the corpus mentions. Never returned by the CQs."""
    from .gazetteer import load_gazetteer
    gaz = load_gazetteer()
    g = new_graph()
    for key in sorted(entities):
        e = entities[key]
        entry = gaz.get(key)
        if entry is None:
            continue
        iri = add_entity(g, Entity(entry.key, entry.label, e.type, (), entry.geonames_id, entry.wikidata))
        country = gaz.country_of(entry)
        if country is not None and country.key != entry.key:
            g.add((iri, SCHEMA.containedInPlace, entity_iri(country.key)))
            add_entity(g, Entity(country.key, country.label, "State", (), country.geonames_id, country.wikidata))
    return g


def _prefix_header() -> str:
    return _prefix_lines(new_graph(), "@prefix {p}: <{ns}> .")


def _prefix_lines(g: Graph, fmt: str) -> str:
    return "\n".join(fmt.format(p=p, ns=ns) for p, ns in sorted(g.namespaces()) if p) + "\n\n"


def build(seeds_dir: Path | str, out_dir: Path | str, progress: bool = False, max_bytes: int | None = None) -> BuildReport:
    """Build the graph of every article in `seeds_dir` into `out_dir`; returns the report."""
    from .nlp import load_nlp
    t0 = time.perf_counter()
    paths = find_articles(seeds_dir)
    out = Path(out_dir)
    try:
        (out / "articles").mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise UsageError(f"{out}: cannot write the output folder ({e.strerror})")
    report = BuildReport()
    articles: list[Article] = []
    for p in paths:
        try:
            kwargs = {"max_bytes": max_bytes} if max_bytes else {}
            a = read_article(p, **kwargs)
        except ArticleError as e:
            report.failed.append({"path": str(p), "reason": e.reason})
            continue
        articles.append(a)
        report.warnings += [{"path": a.path, "warning": w} for w in a.warnings]
    report.timings["ingest"] = time.perf_counter() - t0
    t1 = time.perf_counter()
    nlp = load_nlp()
    report.timings["load_model"] = time.perf_counter() - t1
    results: list[ArticleResult] = []
    bar = _progress(len(articles), progress)
    t2 = time.perf_counter()
    for a, doc in zip(articles, nlp.pipe(a.text for a in articles)):
        try:
            r = process_article(a, doc)
        except Exception as e:  # one bad article never loses the rest of the corpus
            report.failed.append({"path": a.path, "reason": f"extraction failed: {type(e).__name__}: {e}"})
            continue
        write_text(out / "articles" / f"{a.id}.ttl", _prefix_header() + r.turtle)
        results.append(r)
        bar.update(1)
    bar.close()
    report.timings["extract"] = time.perf_counter() - t2
    t3 = time.perf_counter()
    _write_merged(out, sorted(results, key=lambda r: r.article.id), report)
    report.timings["merge"] = time.perf_counter() - t3
    report.timings["total"] = time.perf_counter() - t0
    write_json(out / "report.json", report.to_dict())
    report.outputs.append(str(out / "report.json"))
    return report


def _write_merged(out: Path, results: list[ArticleResult], report: BuildReport) -> None:
    from .html import write_html
    entities: dict[str, Entity] = {}
    for r in results:
        entities.update(r.entities)
        report.articles += 1
        report.sentences += r.sentences
        report.claims += len(r.claims)
        for c in r.claims:
            report.claims_by_predicate[c.predicate] = report.claims_by_predicate.get(c.predicate, 0) + 1
            report.claims_by_modality[c.modality] = report.claims_by_modality.get(c.modality, 0) + 1
    report.entities = len(entities)
    onto = new_graph()
    for f in ontology_files():
        onto.parse(f, format="turtle")
    bg = background_graph(entities)
    onto_ttl = _strip_prefixes(onto.serialize(format="turtle"))
    bg_ttl = _strip_prefixes(bg.serialize(format="turtle"))
    header = _prefix_header()
    write_text(out / "graph.ttl", header + "".join(r.turtle + "\n" for r in results) + onto_ttl + "\n" + bg_ttl)
    ds = Dataset()
    for iri, g in ((ONTOLOGY_GRAPH, onto), (BACKGROUND_GRAPH, bg)):
        named = ds.graph(iri)
        for t in g:
            named.add(t)
    for prefix, ns in onto.namespaces():
        ds.bind(prefix, ns)
    tail = _strip_prefixes(ds.serialize(format="trig"))
    write_text(out / "graph.trig", header + "".join(r.trig + "\n" for r in results) + tail)
    rows = [row for r in results for row in r.csv_rows]
    write_csv(out / "claims.csv", CSV_HEADER, rows)
    report.outputs += [str(out / n) for n in ("graph.ttl", "graph.trig", "claims.csv")]
    report.outputs += [str(out / "articles" / f"{r.article.id}.ttl") for r in results]
    merged = Graph()
    merged.parse(out / "graph.ttl", format="turtle")
    write_html(merged, out / "graph.html")
    report.outputs.append(str(out / "graph.html"))


class _NoBar:
    def update(self, n):
        pass

    def close(self):
        pass


def _progress(total: int, enabled: bool):
    if not enabled or total < 20:
        return _NoBar()
    from tqdm import tqdm
    return tqdm(total=total, unit="article", desc="building")
