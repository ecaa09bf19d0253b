"""Build a corpus: each article goes ingest -> parse -> extract -> RDF on its own and is
written as soon as it is done; the merged outputs are assembled from the per-article
results (Turtle and TriG bodies are concatenated, never held as one rdflib graph).

* Bad input never stops a build: a file that cannot be used (empty, binary, not UTF-8
  nor plainly Latin-1, too large, not English, no article text, a duplicate) is listed
  in `report.failed` with its path and the reason, and the rest is built.
* Incremental: each article's results are cached under `OUT/.cache/` (see `cache.py`),
  keyed by the article and the extractor's version; an unchanged article is reused.
* Deterministic: per-article results depend on the article only, are written in the
  canonical Turtle of `serialize.py` and merged in article-id order, so the outputs are
  byte-identical across runs, process counts (`jobs`) and cache states.
* Atomic: every file is written to a temporary name and renamed; the merged outputs
  (graph.ttl, graph.trig, claims.csv, graph.html, report.json) are renamed together at
  the end, so a build killed at any point leaves the previous outputs readable.
"""
from __future__ import annotations

import re
import csv
import hashlib
import os
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from rdflib import Graph

from . import __version__
from .article import (ARTICLE_SUFFIXES, DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, Article, ArticleError,
                      read_article)
from .cache import CACHE_DIR, Cache, entity_from_record, entity_record, environment_fingerprint, stale_temp_files
from .claim import Entity, EventDate, Quantity
from .export import Staging, json_text, write_text
from .namespace import BACKGROUND_GRAPH, GN, ONTOLOGY_GRAPH, SCHEMA, WDT, article_graph_iri, entity_iri
from .rdf import add_entity, article_graph, claim_digest, new_graph
from .resources import ontology_files
from .serialize import prefix_header, trig_block, turtle_body

CSV_HEADER = ["claim", "subject", "predicate", "object", "modality", "speaker", "date", "article",
              "sentence", "start", "end", "extractor", "confidence"]
MERGED_OUTPUTS = ("graph.ttl", "graph.trig", "claims.csv", "graph.html", "report.json")


class UsageError(ValueError):
    """A command-line usage problem (exit status 2)."""


@dataclass
class BuildReport:
    articles: int = 0
    sentences: int = 0
    claims: int = 0
    entities: int = 0
    reused: int = 0           # articles whose cached results were reused
    rebuilt: int = 0          # articles extracted in this build
    jobs: int = 1
    claims_by_predicate: dict[str, int] = field(default_factory=dict)
    claims_by_modality: dict[str, int] = field(default_factory=dict)
    failed: list[dict] = field(default_factory=list)      # {"path", "reason", "kind"}
    warnings: list[dict] = field(default_factory=list)    # {"path", "warning"}
    built: list[dict] = field(default_factory=list)       # {"id", "path", "claims", "sentences", "reused"}
    timings: dict[str, float] = field(default_factory=dict)
    outputs: list[str] = field(default_factory=list)
    stats: dict = field(default_factory=dict)             # graph.analysis.graph_stats of the merged graph

    def to_dict(self) -> dict:
        return {
            "version": __version__,
            "counts": {"articles": self.articles, "sentences": self.sentences, "claims": self.claims,
                       "entities": self.entities, "failed": len(self.failed),
                       "reused": self.reused, "rebuilt": self.rebuilt,
                       "claims_by_predicate": dict(sorted(self.claims_by_predicate.items())),
                       "claims_by_modality": dict(sorted(self.claims_by_modality.items()))},
            "failed": self.failed, "warnings": self.warnings,
            "articles": self.built,
            "jobs": self.jobs,
            "timings_seconds": {k: round(v, 3) for k, v in sorted(self.timings.items())},
            "outputs": self.outputs,
            "stats": self.stats,
        }


# --------------------------------------------------------------------------
# finding articles


# A corpus folder's own documentation is not an article.
_NOT_ARTICLES = re.compile(r"(README|LICENSE|LICENCE|CHANGELOG|NOTICE)(\.[A-Za-z]+)?$", re.IGNORECASE)


def find_articles(folder: Path | str, exclude: Path | str | None = None) -> list[Path]:
    """Article files under `folder` (sorted), skipping hidden files and folders and the `exclude` folder."""
    folder = Path(folder)
    if not folder.exists():
        raise UsageError(f"{folder}: no such folder (expected a directory of .txt or .html articles)")
    if not folder.is_dir():
        raise UsageError(f"{folder}: not a folder of articles (expected a directory of .txt or .html files)")
    skip = Path(exclude).resolve() if exclude is not None else None
    found = []
    for root, dirs, files in os.walk(folder, followlinks=False):
        root_path = Path(root)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                         and (skip is None or (root_path / d).resolve() != skip))
        for name in files:
            p = root_path / name
            if not name.startswith(".") and p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file() \
                    and not _NOT_ARTICLES.match(name):
                found.append(p)
    return sorted(found)


# --------------------------------------------------------------------------
# one article


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


def process_article(article: Article, doc) -> dict:
    """Extract one parsed article and render its results (a JSON-able cache entry).

    The entry depends on the article alone: its Turtle body and TriG block (canonical,
    no prefix lines), its claims.csv rows (as text), its entities and its counts.
    """
    from .extract import extract_claims
    claims, seen = [], set()
    for c in extract_claims(doc, article):
        digest = claim_digest(article.id, c)
        if digest not in seen:          # the same claim twice is one claim node
            seen.add(digest)
            claims.append((digest, c))
    sentences = sum(1 for _ in doc.sents)
    g = article_graph(article, [c for _, c in claims], sentences)
    triples = list(g)
    rows = []
    entities: dict[str, Entity] = {}
    for digest, c in claims:
        for e in c.entities():
            entities[e.key] = e
        rows.append([digest, _csv_value(c.subject), c.predicate, _csv_value(c.object), c.modality,
                     _csv_value(c.speaker), _csv_value(c.arg("date")), article.id, c.sentence,
                     str(c.start), str(c.end), c.extractor, str(round(c.confidence, 3))])
    rows.sort(key=lambda r: (int(r[9]), int(r[10]), r[0]))
    return {
        "id": article.id,
        "sentences": sentences,
        "claims": len(claims),
        "claims_by_predicate": dict(sorted(Counter(c.predicate for _, c in claims).items())),
        "claims_by_modality": dict(sorted(Counter(c.modality for _, c in claims).items())),
        "turtle": turtle_body(triples),
        "trig": trig_block(article_graph_iri(article.id), triples),
        "csv_rows": rows,
        "entities": [entity_record(entities[k]) for k in sorted(entities)],
        "gazetteer": gazetteer_facts(entities),
    }


def extract_article(article: Article) -> dict:
    """Parse, extract and render one article with the process's model; {'error': ...} on failure."""
    try:
        from .nlp import load_nlp
        nlp = load_nlp()
        if len(article.text) >= nlp.max_length:     # the --max-chars limit was raised above spaCy's
            nlp.max_length = len(article.text) + 1
        return process_article(article, nlp(article.text))
    except Exception as e:  # one bad article never loses the rest of the corpus
        return {"error": f"extraction failed: {type(e).__name__}: {e}"}


def _init_worker() -> None:
    import signal
    signal.signal(signal.SIGINT, signal.SIG_IGN)    # the parent handles Ctrl-C
    from .nlp import load_nlp
    load_nlp()


class _Runner:
    """Runs `extract_article` in this process (jobs=1) or in a pool of `jobs` worker processes,
    each loading the model once. At most 2*jobs articles are in flight, so a large corpus is
    never all in memory. When a worker dies (a crash, the OOM killer), the articles that were in
    flight are retried one at a time in a fresh pool, so only the article that kills its worker
    is lost."""

    _DIED = "extraction failed: the worker process died while extracting it (out of memory?)"

    def __init__(self, jobs: int):
        self.jobs = max(1, jobs)
        self.pool = None
        self.pending: dict = {}      # future -> (article, key)

    def _start_pool(self) -> None:
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor
        if "fork" in mp.get_all_start_methods():
            from .nlp import load_nlp
            load_nlp()                # loaded once here; forked workers share it
            ctx = mp.get_context("fork")
        else:
            ctx = mp.get_context("spawn")
        self.pool = ProcessPoolExecutor(max_workers=self.jobs, mp_context=ctx, initializer=_init_worker)

    def _stop_pool(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None

    def submit(self, article: Article, key: str) -> list:
        if self.jobs == 1:
            return [(article, key, extract_article(article))]
        if self.pool is None:
            self._start_pool()
        self.pending[self.pool.submit(extract_article, article)] = (article, key)
        return self._collect(block=len(self.pending) >= 2 * self.jobs)

    def _results(self, futures) -> tuple[list, list]:
        from concurrent.futures.process import BrokenProcessPool
        out, suspects = [], []
        for fut in sorted(futures, key=lambda f: self.pending[f][0].id):
            article, key = self.pending.pop(fut)
            try:
                out.append((article, key, fut.result()))
            except BrokenProcessPool:
                suspects.append((article, key))
        return out, suspects

    def _collect(self, block: bool, all_: bool = False) -> list:
        from concurrent.futures import ALL_COMPLETED, FIRST_COMPLETED, wait
        if not self.pending:
            return []
        done, _ = wait(list(self.pending), timeout=None if block else 0,
                       return_when=ALL_COMPLETED if all_ else FIRST_COMPLETED)
        out, suspects = self._results(done)
        if suspects:                  # the pool is broken: whatever is still in flight fails with it
            rest, _ = wait(list(self.pending))
            more, more_suspects = self._results(rest)
            out += more
            suspects += more_suspects
            self._stop_pool()
            for article, key in suspects:
                out.append((article, key, self._isolated(article)))
        return out

    def _isolated(self, article: Article) -> dict:
        from concurrent.futures.process import BrokenProcessPool
        self._start_pool()
        try:
            return self.pool.submit(extract_article, article).result()
        except BrokenProcessPool:
            self._stop_pool()
            return {"error": self._DIED}

    def drain(self) -> list:
        out = []
        while self.pending:
            out += self._collect(block=True, all_=True)
        return out

    def close(self) -> None:
        self._stop_pool()


# --------------------------------------------------------------------------
# the corpus


def _prepare_out(out: Path) -> None:
    try:
        if out.exists() and not out.is_dir():
            raise UsageError(f"{out}: --out is a file, not a folder")
        (out / "articles").mkdir(parents=True, exist_ok=True)
        probe = out / f".write-probe.{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except UsageError:
        raise
    except OSError as e:
        raise UsageError(f"{out}: cannot write the output folder ({e.strerror or e})")


def _body_digest(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).casefold().encode("utf-8")).hexdigest()


def _write_if_changed(path: Path, text: str) -> None:
    data = text.encode("utf-8")
    try:
        if path.stat().st_size == len(data) and path.read_bytes() == data:
            return
    except OSError:
        pass
    write_text(path, text)


def build(seeds_dir: Path | str, out_dir: Path | str, progress: bool = False, max_bytes: int | None = None,
          max_chars: int | None = None, jobs: int = 1, use_cache: bool = True) -> BuildReport:
    """Build the graph of every article in `seeds_dir` into `out_dir`; returns the report.

    `use_cache=False` re-extracts every article (the cache is still refreshed).
    Raises UsageError for a missing or empty folder or an output folder that cannot be written.
    """
    t0 = time.perf_counter()
    out = Path(out_dir)
    paths = find_articles(seeds_dir, exclude=out)
    if not paths:
        raise UsageError(f"{seeds_dir}: no articles found (expected {', '.join(ARTICLE_SUFFIXES)} files)")
    if jobs < 1:
        raise UsageError(f"--jobs must be at least 1, not {jobs}")
    _prepare_out(out)
    for stale in stale_temp_files(out) + stale_temp_files(out / "articles"):
        stale.unlink(missing_ok=True)
    max_bytes = max_bytes or DEFAULT_MAX_BYTES
    max_chars = max_chars or DEFAULT_MAX_CHARS
    cache = Cache(out / CACHE_DIR, environment_fingerprint())
    report = BuildReport(jobs=jobs)
    done: dict[str, dict] = {}                 # article id -> what the merge needs
    ids: dict[str, str] = {}                   # article id -> path
    bodies: dict[str, str] = {}                # body digest -> path
    runner = _Runner(jobs)
    bar = _progress(len(paths), progress)
    header = prefix_header()

    def accept(article: Article, key: str, entry: dict, reused: bool) -> None:
        _write_if_changed(out / "articles" / f"{article.id}.ttl", header + entry["turtle"])
        done[article.id] = {
            "key": key, "path": article.path, "reused": reused, "sentences": entry["sentences"],
            "claims": entry["claims"], "claims_by_predicate": entry["claims_by_predicate"],
            "claims_by_modality": entry["claims_by_modality"],
            "entities": [entity_from_record(d) for d in entry["entities"]], "gazetteer": entry["gazetteer"]}
        bar.update(1)

    def finish(article: Article, key: str, entry: dict) -> None:
        if "error" in entry:
            report.failed.append({"path": article.path, "reason": entry["error"], "kind": "extraction"})
            bar.update(1)
            return
        cache.put(key, entry)
        accept(article, key, entry, reused=False)

    try:
        for p in paths:
            try:
                a = read_article(p, max_bytes=max_bytes, max_chars=max_chars)
                if a.id in ids:
                    raise ArticleError(p, f"has the same article id {a.id!r} as {ids[a.id]} (article ids are file "
                                       "names without the suffix and must be unique); rename one", "duplicate")
                digest = _body_digest(a.text)
                if digest in bodies:
                    raise ArticleError(p, f"is a duplicate of {bodies[digest]} (the same article text); "
                                       "it was built once, from that file", "duplicate")
            except ArticleError as e:
                report.failed.append({"path": str(p), "reason": e.reason, "kind": e.kind})
                bar.update(1)
                continue
            except Exception as e:  # a reader bug must not lose the rest of the corpus either
                report.failed.append({"path": str(p), "reason": f"could not be read: {type(e).__name__}: {e}",
                                      "kind": "unreadable"})
                bar.update(1)
                continue
            ids[a.id] = a.path
            bodies[digest] = a.path
            report.warnings += [{"path": a.path, "warning": w} for w in a.warnings]
            key = cache.key(a)
            entry = cache.get(key) if use_cache else None
            if entry is not None:
                accept(a, key, entry, reused=True)
                continue
            for item in runner.submit(a, key):
                finish(*item)
        for item in runner.drain():
            finish(*item)
    finally:
        runner.close()
        bar.close()
    report.timings["extract"] = time.perf_counter() - t0
    t1 = time.perf_counter()
    report.failed.sort(key=lambda f: f["path"])
    report.warnings.sort(key=lambda w: w["path"])
    _write_merged(out, done, cache, report, t0, t1)
    # after the merged outputs are in place: drop what no longer belongs to the corpus
    for f in (out / "articles").glob("*.ttl"):
        if f.stem not in done:
            f.unlink(missing_ok=True)
    cache.prune()
    return report


def write_csv_rows(f, rows: list[list[str]]) -> None:
    """CSV rows, one per line ('\\n'). A row with a carriage return in a cell is fully quoted: the
    csv module quotes cells with the line terminator only, and a bare CR would split the row for readers."""
    plain = csv.writer(f, lineterminator="\n")
    quoted = csv.writer(f, lineterminator="\n", quoting=csv.QUOTE_ALL)
    for row in rows:
        (quoted if any("\r" in str(c) for c in row) else plain).writerow(row)


def gazetteer_facts(entities: dict[str, Entity]) -> dict[str, dict]:
    """What the gazetteer says about these entities (identifiers and the state each belongs to),
    as JSON-able records: kept with each article's results, so merging needs no gazetteer."""
    from .gazetteer import load_gazetteer
    gaz = load_gazetteer()
    facts = {}
    for key in sorted(entities):
        entry = gaz.get(key)
        if entry is None:
            continue
        rec = {"geonames_id": entry.geonames_id, "wikidata": entry.wikidata}
        if entry.type == "State" and entry.country:
            rec["neighbours"] = sorted(n.key for n in gaz.neighbours(entry.country))
            cap = gaz.capital_of(entry.country)
            if cap is not None:
                rec["capital"] = cap.key
        country = gaz.country_of(entry)
        if country is not None and country.key != key:
            rec["country"] = {"key": country.key, "label": country.label, "geonames_id": country.geonames_id,
                              "wikidata": country.wikidata}
        facts[key] = rec
    return facts


def background_graph(entities: dict[str, Entity], facts: dict[str, dict] | None = None) -> Graph:
    """Gazetteer facts about the entities the corpus mentions. Never returned by the CQs.

    An entity keeps the one preferred label the articles give it (the gazetteer's own label may
    differ, e.g. in diacritics); the gazetteer's label is used only for a country no article names.
    """
    if facts is None:
        facts = gazetteer_facts(entities)
    g = new_graph()
    for key in sorted(entities):
        e, rec = entities[key], facts.get(key)
        if rec is None:
            continue
        iri = add_entity(g, Entity(key, e.label, e.type, (), rec["geonames_id"], rec["wikidata"]))
        # a state's neighbours and capital, where the corpus mentions them too
        for n in rec.get("neighbours", ()):
            if n in entities:
                g.add((iri, GN.neighbour, entity_iri(n)))
        if rec.get("capital") in entities:
            g.add((iri, WDT.P36, entity_iri(rec["capital"])))
        country = rec.get("country")
        if country:
            g.add((iri, SCHEMA.containedInPlace, entity_iri(country["key"])))
            known = entities.get(country["key"])
            add_entity(g, Entity(country["key"], known.label if known else country["label"], "State", (),
                                 country["geonames_id"], country["wikidata"]))
    return g


def canonical_labels(article_entities: dict[str, list[Entity]]) -> dict[str, str]:
    """{key: label} for the merged graph: each article labels an entity as it spells it ('Derna' here,
    'Darnah' there); the merged graph keeps one label, the one most articles use; among equals the
    gazetteer's own spelling, then the first article's (in id order)."""
    from .entities import ascii_label
    from .gazetteer import load_gazetteer
    gaz = load_gazetteer()
    votes: dict[str, Counter] = {}
    first: dict[tuple[str, str], str] = {}
    for aid in sorted(article_entities):
        for e in article_entities[aid]:
            votes.setdefault(e.key, Counter())[e.label] += 1
            first.setdefault((e.key, e.label), aid)
    out = {}
    for k, c in votes.items():
        own = set()
        if len(c) > 1:
            entry = gaz.get(k) or next((p for p in map(gaz.person, c) if p is not None and p.key == k), None)
            own = {entry.label, ascii_label(entry.label)} if entry is not None else set()
        out[k] = min(c, key=lambda lab: (-c[lab], lab not in own, first[(k, lab)]))
    return out


def relabelled(aid: str, turtle: str, fixes: dict[str, str]) -> tuple[str, str]:
    """An article's Turtle body and TriG block with the merged graph's labels for some entities (the
    article's own spelling kept as a skos:altLabel)."""
    from rdflib import Literal
    from rdflib.namespace import SKOS
    g = Graph()
    g.parse(data=prefix_header() + turtle, format="turtle")
    for key, label in fixes.items():
        iri = entity_iri(key)
        for old in list(g.objects(iri, SKOS.prefLabel)):
            g.remove((iri, SKOS.prefLabel, old))
            if str(old) != label:
                g.add((iri, SKOS.altLabel, old))
        g.remove((iri, SKOS.altLabel, Literal(label)))
        g.add((iri, SKOS.prefLabel, Literal(label)))
    triples = list(g)
    return turtle_body(triples), trig_block(article_graph_iri(aid), triples)


def ontology_triples() -> list[tuple]:
    onto = Graph()
    for f in ontology_files():
        onto.parse(f, format="turtle")
    return list(onto)


def _write_merged(out: Path, done: dict[str, dict], cache: Cache, report: BuildReport,
                  t0: float, t1: float) -> None:
    from .html import write_html
    entities: dict[str, Entity] = {}
    facts: dict[str, dict] = {}
    predicates, modalities = Counter(), Counter()
    canon = canonical_labels({aid: done[aid]["entities"] for aid in done})
    for aid in sorted(done):
        d = done[aid]
        entities.update((e.key, replace(e, label=canon.get(e.key, e.label))) for e in d["entities"])
        facts.update(d["gazetteer"])
        report.articles += 1
        report.sentences += d["sentences"]
        report.claims += d["claims"]
        report.reused += d["reused"]
        report.rebuilt += not d["reused"]
        predicates.update(d["claims_by_predicate"])
        modalities.update(d["claims_by_modality"])
        report.built.append({"id": aid, "path": d["path"], "claims": d["claims"], "sentences": d["sentences"],
                             "reused": d["reused"]})
    report.claims_by_predicate = dict(predicates)
    report.claims_by_modality = dict(modalities)
    report.entities = len(entities)
    onto = ontology_triples()
    bg = list(background_graph(entities, facts))
    header = prefix_header()
    with Staging() as st:
        ttl_tmp = st.path(out / "graph.ttl")
        trig_tmp = st.path(out / "graph.trig")
        csv_tmp = st.path(out / "claims.csv")
        with open(ttl_tmp, "w", encoding="utf-8", newline="\n") as ttl, \
                open(trig_tmp, "w", encoding="utf-8", newline="\n") as trig, \
                open(csv_tmp, "w", encoding="utf-8", newline="\n") as csvf:
            ttl.write(header)
            trig.write(header)
            write_csv_rows(csvf, [CSV_HEADER])
            for aid in sorted(done):
                entry = cache.load(done[aid]["key"])
                turtle, trig_text = entry["turtle"], entry["trig"]
                fixes = {e.key: canon[e.key] for e in done[aid]["entities"] if canon.get(e.key, e.label) != e.label}
                if fixes:
                    turtle, trig_text = relabelled(aid, turtle, fixes)
                ttl.write(turtle + "\n")
                trig.write(trig_text + "\n")
                write_csv_rows(csvf, entry["csv_rows"])
            ttl.write(turtle_body(onto) + "\n" + turtle_body(bg))
            trig.write(trig_block(ONTOLOGY_GRAPH, onto) + "\n" + trig_block(BACKGROUND_GRAPH, bg))
        merged = Graph()
        merged.parse(ttl_tmp, format="turtle")
        write_html(merged, st.path(out / "graph.html"))
        from .analysis import graph_stats
        report.stats = graph_stats(merged)       # the figures `claimgraph stats` prints
        report.outputs = [str(out / n) for n in MERGED_OUTPUTS]
        report.outputs += [str(out / "articles" / f"{aid}.ttl") for aid in sorted(done)]
        report.timings["merge"] = time.perf_counter() - t1
        report.timings["total"] = time.perf_counter() - t0
        st.write_text(out / "report.json", json_text(report.to_dict()))
        st.commit()


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
