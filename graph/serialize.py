"""Canonical Turtle and TriG: the same triples always give the same bytes.

rdflib's serializers are not used for the build's outputs: their output depends on
the order triples were added and on generated prefixes, their long-string quoting has
edge cases (a literal ending in a backslash and a quote), and the build concatenates
per-article bodies, which needs bodies without prefix lines. This writer

* declares one fixed prefix table (`prefix_header`) shared by every file, and writes
  bodies that use only those prefixes;
* sorts everything: subjects, then predicates (``a`` first), then objects, all by
  their N-Triples-like text, so the order of insertion never shows;
* writes every literal on one line (``"..."`` with ``\\n``, ``\\"``, ``\\\\`` and
  ``\\uXXXX`` escapes), typed numbers and booleans in the short form rdflib's own
  Turtle serializer uses (so a parsed file holds the same literals as before);
* labels blank nodes from their content (a hash of what they say and who points at
  them), never from a counter or ``id()``.

The RDF is unchanged: only the text of the files is canonical.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from typing import Iterable

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from .namespace import PREFIXES

# The prefixes every build output declares (sorted by prefix in the header).
PREFIX_TABLE: dict[str, str] = dict(sorted({
    **PREFIXES,
    "dcterms": str(DCTERMS), "owl": str(OWL), "prov": str(PROV), "rdf": str(RDF), "rdfs": str(RDFS),
    "skos": str(SKOS), "xsd": str(XSD),
}.items()))
# Namespaces tried longest first, so that a namespace nested in another wins.
_BY_LENGTH = sorted(((ns, p) for p, ns in PREFIX_TABLE.items()), key=lambda x: -len(x[0]))
_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*\Z")
_IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_STRING_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_STRING_UNSAFE = re.compile(r'["\\\x00-\x1f\x7f\ud800-\udfff]')
_PLAIN = {
    XSD.integer: re.compile(r"[+-]?[0-9]+\Z"),
    XSD.decimal: re.compile(r"[+-]?[0-9]*\.[0-9]+\Z"),
    XSD.double: re.compile(r"[+-]?([0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)[eE][+-]?[0-9]+\Z"),
    XSD.boolean: re.compile(r"(true|false)\Z"),
}


def prefix_header() -> str:
    """The prefix lines every Turtle/TriG output starts with, then a blank line."""
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in PREFIX_TABLE.items()) + "\n"


def iri_text(iri: str) -> str:
    for ns, prefix in _BY_LENGTH:
        if iri.startswith(ns) and _LOCAL.match(iri, len(ns)):
            return f"{prefix}:{iri[len(ns):]}"
    return "<" + _IRI_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04X}", iri) + ">"


def _string_escape(m: re.Match) -> str:
    ch = m.group()
    if ch in _STRING_ESCAPES:
        return _STRING_ESCAPES[ch]
    if "\ud800" <= ch <= "\udfff":      # a lone surrogate cannot be written as UTF-8
        return "\\uFFFD"
    return f"\\u{ord(ch):04X}"


def string_text(s: str) -> str:
    return '"' + _STRING_UNSAFE.sub(_string_escape, s) + '"'


def literal_text(lit: Literal) -> str:
    dt = lit.datatype
    if dt in _PLAIN and lit.value is not None and not lit.language:
        try:
            short = lit._literal_n3(use_plain=True)   # rdflib's own short forms: 50.0, 7, true
        except Exception:
            short = ""
        if _PLAIN[dt].match(short):
            return short
    text = string_text(str(lit))
    if lit.language:
        return f"{text}@{lit.language}"
    if dt is not None:
        return f"{text}^^{iri_text(str(dt))}"
    return text


def term_text(term, bnodes: dict | None = None) -> str:
    if isinstance(term, Literal):
        return literal_text(term)
    if isinstance(term, BNode):
        return "_:" + (bnodes or {}).get(term, "b" + hashlib.sha256(str(term).encode()).hexdigest()[:16])
    return iri_text(str(term))


def _bnode_labels(triples: list[tuple]) -> dict:
    """Content-derived labels for the blank nodes of `triples` (stable across runs)."""
    nodes = {t for s, _, o in triples for t in (s, o) if isinstance(t, BNode)}
    if not nodes:
        return {}
    out_edges = defaultdict(list)
    in_edges = defaultdict(list)
    for s, p, o in triples:
        if isinstance(s, BNode):
            out_edges[s].append((p, o))
        if isinstance(o, BNode):
            in_edges[o].append((s, p))

    memo: dict = {}

    def sig(b, stack=()) -> str:
        if b in memo:
            return memo[b]
        if b in stack:
            return "_:cycle"
        parts = sorted(f"{iri_text(str(p))} {sig(o, stack + (b,)) if isinstance(o, BNode) else term_text(o)}"
                       for p, o in out_edges[b])
        parts += sorted(f"^{iri_text(str(p))} {'_' if isinstance(s, BNode) else term_text(s)}"
                        for s, p in in_edges[b])
        memo[b] = hashlib.sha256("\n".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:16]
        return memo[b]

    labels: dict = {}
    seen: dict[str, int] = defaultdict(int)
    for b in sorted(nodes, key=lambda n: (sig(n), str(n))):
        h = sig(b)
        seen[h] += 1
        labels[b] = f"b{h}" if seen[h] == 1 else f"b{h}x{seen[h]}"
    return labels


def turtle_body(triples: Iterable[tuple]) -> str:
    """Sorted Turtle statements (no prefix lines); '' for no triples."""
    triples = list(dict.fromkeys(triples))
    bnodes = _bnode_labels(triples)
    by_subject: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    order: dict[str, tuple] = {}
    for s, p, o in triples:
        pred = "a" if p == RDF.type else iri_text(str(p))
        subj = term_text(s, bnodes)
        by_subject[subj][pred].add(term_text(o, bnodes))
        # IRIs in IRI order (a claim before its '/quote'), then blank nodes by label
        order[subj] = (isinstance(s, BNode), subj if isinstance(s, BNode) else str(s))
    blocks = []
    for subj in sorted(by_subject, key=lambda t: order[t]):
        preds = by_subject[subj]
        lines = [f"{p} {', '.join(sorted(preds[p]))}"
                 for p in sorted(preds, key=lambda t: (t != "a", t))]
        blocks.append(subj + " " + " ;\n    ".join(lines) + " .\n")
    return "\n".join(blocks)


def trig_block(graph_iri: URIRef | str, triples: Iterable[tuple]) -> str:
    """One TriG named-graph block (no prefix lines); '' for no triples."""
    body = turtle_body(triples)
    if not body:
        return ""
    return f"{iri_text(str(graph_iri))} {{\n{body}}}\n"


def turtle(triples: Iterable[tuple]) -> str:
    """A complete Turtle document."""
    return prefix_header() + turtle_body(triples)
