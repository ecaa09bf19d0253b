"""Competency questions: the SPARQL queries of `ontology/cq/`, run read-only."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from rdflib import Graph, Literal
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parser import parseUpdate

from .resources import cq_dir


class QueryError(ValueError):
    """A query that cannot be run: syntax error, missing file, unknown CQ name, or an update."""


@dataclass(frozen=True)
class QueryResult:
    variables: tuple[str, ...]
    rows: tuple[dict, ...]       # variable -> str | int | float | None


def cq_names() -> list[str]:
    return sorted(p.stem for p in cq_dir().glob("*.rq"))


def cq_text(name: str) -> str:
    path = cq_dir() / f"{name}.rq"
    if not path.is_file():
        raise QueryError(f"unknown competency question {name!r}; known: {', '.join(cq_names())}")
    return path.read_text(encoding="utf-8")


def resolve_query(query: str) -> tuple[str, str]:
    """QUERY as given on the command line -> (label, SPARQL text): a .rq file, a CQ name, or inline SPARQL."""
    if query.endswith((".rq", ".sparql")) or ("/" in query and "\n" not in query and "{" not in query):
        p = Path(query)
        if not p.is_file():
            raise QueryError(f"query file {query} not found")
        return str(p), p.read_text(encoding="utf-8")
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", query):
        return query, cq_text(query)
    return "inline query", query


_UPDATE = re.compile(r"^\s*(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.IGNORECASE | re.MULTILINE)


def _prepare(text: str, label: str):
    try:
        return prepareQuery(text)
    except Exception as e:  # pyparsing.ParseException and rdflib's own errors
        if _UPDATE.search(_strip_prologue(text)):
            try:
                parseUpdate(text)
            except Exception:
                pass
            else:
                raise QueryError(f"{label}: is a SPARQL update; 'query' is read-only and runs SELECT, ASK or CONSTRUCT queries only")
        line, col = getattr(e, "lineno", None), getattr(e, "col", None)
        where = f" at line {line}, column {col}" if line else ""
        msg = getattr(e, "msg", None) or str(e).splitlines()[0]
        raise QueryError(f"{label}: SPARQL syntax error{where}: {msg}")


def _strip_prologue(text: str) -> str:
    text = re.sub(r"#[^\n]*", "", text)
    return re.sub(r"(?is)^\s*((PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*", "", text)


def to_python(term):
    """An RDF term as the plain value a CQ row carries: numbers as numbers, the rest as text."""
    if term is None:
        return None
    if isinstance(term, Literal):
        v = term.toPython()
        if isinstance(v, bool):
            return v
        if isinstance(v, (int, Decimal, float)):
            f = float(v)
            return int(f) if f.is_integer() else f
        return str(term)
    return str(term)


def run_query(graph: Graph, text: str, label: str = "query") -> QueryResult:
    q = _prepare(text, label)
    try:
        res = graph.query(q)
    except Exception as e:
        raise QueryError(f"{label}: query failed: {e}")
    if res.type == "ASK":
        return QueryResult(("ask",), ({"ask": bool(res.askAnswer)},))
    if res.type == "CONSTRUCT" or res.type == "DESCRIBE":
        rows = tuple({"subject": str(s), "predicate": str(p), "object": to_python(o)} for s, p, o in res.graph)
        return QueryResult(("subject", "predicate", "object"), rows)
    variables = tuple(str(v) for v in res.vars)
    rows = tuple({v: to_python(row[i]) for i, v in enumerate(variables)} for row in res)
    return QueryResult(variables, rows)


def run_cq(graph: Graph, name: str) -> QueryResult:
    return run_query(graph, cq_text(name), name)


def run_all(graph: Graph) -> dict[str, QueryResult]:
    return {name: run_cq(graph, name) for name in cq_names()}
