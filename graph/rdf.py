"""Claims to RDF: one rdflib graph per article (claims, evidence, plain triples, entities)."""
from __future__ import annotations

import hashlib

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from .article import Article
from .claim import Claim, Entity, EventDate, Quantity
from .namespace import (CG, GEONAMES, OA, PREFIXES, TIME, WIKIDATA, article_iri, claim_iri,
                        entity_iri, open_predicate)

MODALITY_TERMS = {
    "asserted": CG.Asserted, "reported": CG.Reported, "hedged": CG.Hedged,
    "negated": CG.Negated, "hypothetical": CG.Hypothetical,
}
# Modalities whose claims are also stated as plain triples.
PLAIN_MODALITIES = frozenset({"asserted", "reported", "hedged"})
_PRECISION = {"day": (XSD.date, TIME.unitDay), "month": (XSD.gYearMonth, TIME.unitMonth),
              "year": (XSD.gYear, TIME.unitYear)}
_ROLE_TERMS = {
    "date": CG.date, "place": CG.place, "facility": CG.facility, "troops": CG.troops,
    "roleTitle": CG.roleTitle, "organization": CG.organization, "agreement": CG.agreement,
    "what": CG.what, "membershipStatus": CG.membershipStatus, "killed": CG.killed,
    "measure": CG.measure, "quantity": CG.quantity, "unit": CG.unit, "period": CG.period,
    "approximate": CG.approximate, "gist": CG.gist,
}


def new_graph() -> Graph:
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    g.bind("skos", SKOS)
    g.bind("prov", PROV)
    g.bind("dcterms", DCTERMS)
    g.bind("owl", OWL)
    return g


def predicate_term(name: str) -> URIRef:
    """'visited' -> cg:visited (closed: unknown names raise); 'open:lemma' -> cgo:lemma."""
    if name.startswith("open:"):
        return open_predicate(name[5:])
    return getattr(CG, name)


def _decimal(x) -> Literal:
    return Literal(format(float(x), "f").rstrip("0").rstrip(".") or "0", datatype=XSD.decimal)


def value_term(v):
    if isinstance(v, Entity):
        return entity_iri(v.key)
    if isinstance(v, EventDate):
        return Literal(v.iso, datatype=_PRECISION[v.precision][0])
    if isinstance(v, Quantity):
        return _decimal(v.value)
    if isinstance(v, bool):
        return Literal(v)
    if isinstance(v, (int, float)):
        return _decimal(v)
    return Literal(str(v))


def claim_digest(article_id: str, c: Claim) -> str:
    """A content hash of a claim: the same claim gets the same IRI in every run."""
    def norm(v):
        if isinstance(v, Entity):
            return "E:" + v.key
        if isinstance(v, EventDate):
            return "D:" + v.iso
        if isinstance(v, Quantity):
            return f"Q:{v.value}:{v.unit}"
        return repr(v)
    parts = [article_id, c.predicate, norm(c.subject), norm(c.object), str(c.start), str(c.end),
             c.modality, norm(c.speaker)] + [f"{k}={norm(v)}" for k, v in c.args]
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def add_entity(g: Graph, e: Entity) -> URIRef:
    iri = entity_iri(e.key)
    g.add((iri, RDF.type, getattr(CG, e.type)))
    g.add((iri, SKOS.prefLabel, Literal(e.label)))
    for alt in e.alt_labels:
        if alt != e.label:
            g.add((iri, SKOS.altLabel, Literal(alt)))
    if e.geonames_id:
        g.add((iri, OWL.sameAs, GEONAMES[f"{e.geonames_id}/"]))
    if e.wikidata:
        g.add((iri, OWL.sameAs, WIKIDATA[e.wikidata]))
    return iri


def add_article(g: Graph, a: Article, sentence_count: int | None = None) -> URIRef:
    iri = article_iri(a.id)
    g.add((iri, RDF.type, CG.Article))
    g.add((iri, RDFS.label, Literal(a.id)))
    g.add((iri, CG.articleId, Literal(a.id)))
    if a.title:
        g.add((iri, DCTERMS.title, Literal(a.title)))
    if a.date:
        g.add((iri, DCTERMS.date, Literal(a.date.isoformat(), datatype=XSD.date)))
    if a.source:
        g.add((iri, DCTERMS.source, Literal(a.source)))
    if sentence_count is not None:
        g.add((iri, CG.sentenceCount, Literal(sentence_count)))
    return iri


def add_claim(g: Graph, a: Article, c: Claim) -> URIRef:
    art = article_iri(a.id)
    iri = claim_iri(a.id, claim_digest(a.id, c))
    pred = predicate_term(c.predicate)
    g.add((iri, RDF.type, CG.Claim))
    g.add((iri, RDF.predicate, pred))
    if c.predicate.startswith("open:"):
        g.add((pred, RDF.type, CG.OpenRelation))
        g.add((pred, RDFS.label, Literal(c.predicate[5:])))
    for e in c.entities():
        add_entity(g, e)
    subj = value_term(c.subject) if c.subject is not None else None
    obj = value_term(c.object) if c.object is not None else None
    if subj is not None:
        g.add((iri, RDF.subject, subj))
    if obj is not None:
        g.add((iri, RDF.object, obj))
    for role, v in c.args:
        g.add((iri, _ROLE_TERMS[role], value_term(v)))
        if isinstance(v, EventDate):
            g.add((iri, CG.datePrecision, _PRECISION[v.precision][1]))
    g.add((iri, CG.modality, MODALITY_TERMS[c.modality]))
    if c.speaker is not None:
        g.add((iri, CG.speaker, entity_iri(c.speaker.key)))
    g.add((iri, PROV.wasDerivedFrom, art))
    g.add((iri, CG.sentence, Literal(c.sentence)))
    sel = URIRef(str(iri) + "/quote")
    g.add((iri, CG.evidence, sel))
    g.add((sel, RDF.type, OA.TextQuoteSelector))
    g.add((sel, RDF.type, OA.TextPositionSelector))
    g.add((sel, OA.exact, Literal(c.sentence)))
    g.add((sel, OA.start, Literal(c.start)))
    g.add((sel, OA.end, Literal(c.end)))
    g.add((iri, CG.extractor, Literal(c.extractor)))
    g.add((iri, CG.confidence, _decimal(round(c.confidence, 3))))
    if c.modality in PLAIN_MODALITIES and isinstance(c.subject, Entity) and isinstance(c.object, Entity):
        g.add((subj, pred, obj))
    return iri


def article_graph(a: Article, claims: list[Claim], sentence_count: int | None = None) -> Graph:
    """The RDF of one article: its metadata, its claims with evidence, and the entities they use."""
    g = new_graph()
    add_article(g, a, sentence_count)
    for c in claims:
        add_claim(g, a, c)
    return g
