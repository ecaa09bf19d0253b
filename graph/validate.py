"""SHACL validation of a built graph against ontology/shapes.ttl."""
from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph

from .resources import ontology_files, shapes_file


@dataclass(frozen=True)
class ValidationResult:
    conforms: bool
    text: str
    violations: int


def validate_graph(data: Graph) -> ValidationResult:
    import pyshacl
    shapes = Graph().parse(shapes_file(), format="turtle")
    onto = Graph()
    for f in ontology_files():
        onto.parse(f, format="turtle")
    conforms, report, text = pyshacl.validate(data, shacl_graph=shapes, ont_graph=onto, inference="none",
                                              allow_warnings=True)
    from rdflib.namespace import SH
    violations = len(set(report.subjects(SH.resultSeverity, SH.Violation)))
    return ValidationResult(bool(conforms), text, violations)
