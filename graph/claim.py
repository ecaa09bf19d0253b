"""The records that flow from extraction to RDF: entities, values, dates and claims."""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Union


@dataclass(frozen=True)
class Entity:
    """A canonical entity: one per real-world thing, keyed by a stable slug."""

    key: str                      # IRI slug: gazetteer key or slugified canonical name
    label: str                    # the one preferred label
    type: str                     # an ontology class name: State, Person, City, MilitaryFacility...
    alt_labels: tuple[str, ...] = ()
    geonames_id: int | None = None
    wikidata: str | None = None


@dataclass(frozen=True)
class EventDate:
    """A normalised date: ISO text of the given precision ('day', 'month' or 'year')."""

    iso: str
    precision: str


@dataclass(frozen=True)
class Quantity:
    value: float
    unit: str | None = None
    approximate: bool = False


Value = Union[Entity, EventDate, Quantity, str, float, int, bool]

MODALITIES = ("asserted", "reported", "hedged", "negated", "hypothetical")


@dataclass(frozen=True)
class Claim:
    """One claim of one article, with its evidence.

    `predicate` is an ontology relation name (e.g. 'visited') or 'open:<lemma>'.
    `args` holds the n-ary roles (date, place, facility, troops, roleTitle,
    organization, agreement, what, membershipStatus, killed, measure, quantity,
    unit, period, approximate, gist) as a sorted tuple of (role, value) pairs.
    """

    predicate: str
    subject: Entity | None
    object: Value | None
    sentence: str
    start: int
    end: int
    modality: str = "asserted"
    speaker: Entity | None = None
    args: tuple[tuple[str, Value], ...] = ()
    extractor: str = ""
    confidence: float = 0.5

    def arg(self, role: str):
        for k, v in self.args:
            if k == role:
                return v
        return None

    def with_roles(self, **roles) -> "Claim":
        """The same claim with these roles set (None removes a role)."""
        merged = {**dict(self.args), **roles}
        return replace(self, args=make_args(**merged))

    def entities(self) -> list[Entity]:
        out = [v for v in (self.subject, self.object, self.speaker) if isinstance(v, Entity)]
        out += [v for _, v in self.args if isinstance(v, Entity)]
        return out


def make_args(**roles) -> tuple[tuple[str, Value], ...]:
    """Roles as the sorted tuple Claim.args wants; None values are dropped."""
    return tuple(sorted((k, v) for k, v in roles.items() if v is not None))
