"""The closed namespace and the ontology file agree term for term."""
from rdflib import Graph
from rdflib.namespace import OWL, RDF, RDFS

from graph.namespace import CG, ONTOLOGY_NS
from graph.resources import ontology_dir


def _ontology_terms():
    g = Graph().parse(ontology_dir() / "claimgraph.ttl")
    return g, {str(s)[len(ONTOLOGY_NS):] for s in g.subjects() if str(s).startswith(ONTOLOGY_NS)}


def test_namespace_matches_ontology():
    _, terms = _ontology_terms()
    assert set(CG.__annotations__) == terms


def test_unknown_term_is_an_error():
    import pytest
    with pytest.raises(AttributeError):
        CG.vistied  # noqa: B018


def test_every_term_has_label_and_comment_and_properties_domain_range():
    g, terms = _ontology_terms()
    for t in terms:
        iri = CG[t]
        assert g.value(iri, RDFS.label) is not None, t
        assert g.value(iri, RDFS.comment) is not None, t
        if (iri, RDF.type, OWL.ObjectProperty) in g or (iri, RDF.type, OWL.DatatypeProperty) in g:
            assert g.value(iri, RDFS.domain) is not None, t
            assert g.value(iri, RDFS.range) is not None, t
