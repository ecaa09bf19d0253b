"""Where the ontology files are: `ontology/` beside the package in a checkout,
or the `graph.ontology` package data of an installed wheel."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def ontology_dir() -> Path:
    checkout = Path(__file__).resolve().parent.parent / "ontology"
    if (checkout / "claimgraph.ttl").is_file():
        return checkout
    from importlib.resources import files
    return Path(str(files("graph.ontology")))


def ontology_files() -> list[Path]:
    """The vocabulary files (not the SHACL shapes)."""
    return sorted(p for p in ontology_dir().glob("*.ttl") if not p.name.endswith("shapes.ttl"))


def shapes_file() -> Path:
    return ontology_dir() / "shapes.ttl"


def cq_dir() -> Path:
    return ontology_dir() / "cq"
