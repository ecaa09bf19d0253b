"""Writes ontology/claimgraph.ttl from the tables below (run: python scripts/make_ontology.py).

The tables are the single source of truth for our vocabulary; graph/namespace.py is
checked against the generated Turtle by tests/test_namespace.py.
"""
from pathlib import Path

HEADER = """@prefix cg: <https://w3id.org/claimgraph/ontology#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix time: <http://www.w3.org/2006/time#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

<https://w3id.org/claimgraph/ontology> a owl:Ontology ;
    rdfs:label "claimgraph ontology" ;
    rdfs:comment "Vocabulary for claims extracted from news articles, with their evidence (article, sentence, offsets), speaker, modality and time. Reuses PROV-O, Web Annotation, SKOS, Dublin Core, schema.org and OWL-Time." ;
    owl:versionInfo "1" .
"""

# name, superclass, label, comment
CLASSES = [
    ("Entity", "prov:Entity", "entity", "Something an article talks about: a state, person, organisation, place, facility, agreement or event."),
    ("State", "cg:Entity", "state", "A sovereign state (country), also when named by its capital or government (metonymy)."),
    ("Person", "cg:Entity", "person", "A human being named in an article."),
    ("Organization", "cg:Entity", "organization", "An organisation: an international body, government agency, company or media outlet."),
    ("InternationalOrganization", "cg:Organization", "international organization", "An organisation of states: alliance, bloc, UN body, financial institution."),
    ("GovernmentAgency", "cg:Organization", "government agency", "A ministry, service, office or command of one state."),
    ("ArmedForces", "cg:Organization", "armed forces", "A state's military or one of its branches, commands or units."),
    ("ArmedGroup", "cg:Organization", "armed group", "A non-state armed group or movement."),
    ("Place", "cg:Entity", "place", "A geographic place that is not a state."),
    ("City", "cg:Place", "city", "A city, town or village."),
    ("Region", "cg:Place", "region", "A region, province, district or other area."),
    ("MilitaryFacility", "cg:Place", "military facility", "A military base, air base, airfield, camp or installation."),
    ("Agreement", "cg:Entity", "agreement", "An agreement, deal, treaty, lease or ceasefire."),
    ("Event", "cg:Entity", "event", "A named event: a war, operation, exercise, summit."),
    ("Article", "prov:Entity", "article", "A news article: the source of claims."),
    ("Claim", "prov:Entity", "claim", "One claim made in an article, as a reified statement with its evidence, speaker, modality and time."),
    ("Modality", "skos:Concept", "modality", "How a claim is put: asserted, reported, hedged, negated or hypothetical."),
]

# name, label, comment  (instances of cg:Modality)
MODALITIES = [
    ("Asserted", "asserted", "The article states the claim in its own voice."),
    ("Reported", "reported", "The article reports the claim as someone else's words (said, according to)."),
    ("Hedged", "hedged", "The claim is hedged or forecast (may, could, is expected to, speculated)."),
    ("Negated", "negated", "The claim is denied or negated; never stated as a plain triple."),
    ("Hypothetical", "hypothetical", "The claim is conditional or hypothetical; never stated as a plain triple."),
]

# Relation properties: name, domain, range, label, comment, extra types
RELATIONS = [
    ("hasMilitaryPresenceIn", "cg:Entity", "cg:State", "has military presence in", "A state or its armed forces keeps a base, facility or troops in another state."),
    ("locatedIn", "cg:Entity", "cg:Entity", "located in", "A base, facility, city or region is located in a place, as the article says."),
    ("visited", "cg:Entity", "cg:Entity", "visited", "A person or delegation travels to a place."),
    ("metWith", "cg:Person", "cg:Person", "met with", "Two people meet or hold talks."),
    ("holdsRole", "cg:Person", "cg:Entity", "holds role in", "A person holds an office or role (cg:roleTitle) in a state or organisation."),
    ("signedAgreementWith", "cg:Entity", "cg:Entity", "signed agreement with", "Parties sign, reach, extend or ratify an agreement (cg:agreement)."),
    ("providedAssistanceTo", "cg:Entity", "cg:Entity", "provided assistance to", "A state or organisation provides aid, equipment, funding, training or debt relief (cg:what)."),
    ("borders", "cg:Entity", "cg:Entity", "borders", "Two states or places share a border."),
    ("memberOf", "cg:Entity", "cg:Organization", "member of", "Membership of an organisation with a status (cg:membershipStatus: member, invited, candidate, left)."),
    ("attacked", "cg:Entity", "cg:Entity", "attacked", "An attack, offensive, bombing or armed fighting; attacker as subject, target as object."),
    ("reportedFigure", "cg:Entity", "rdfs:Literal", "reported figure", "A reported quantity (cg:quantity, cg:unit, cg:measure, cg:period)."),
    ("stated", "cg:Entity", "rdfs:Literal", "stated", "A person or organisation says, estimates, speculates or promises something (cg:gist)."),
    ("sonOf", "cg:Person", "cg:Person", "son of", "Family tie: the subject is a son of the object."),
    ("daughterOf", "cg:Person", "cg:Person", "daughter of", "Family tie: the subject is a daughter of the object."),
    ("childOf", "cg:Person", "cg:Person", "child of", "Family tie: the subject is a child of the object."),
    ("parentOf", "cg:Person", "cg:Person", "parent of", "Family tie: the subject is a parent of the object."),
    ("spouseOf", "cg:Person", "cg:Person", "spouse of", "Family tie: the subject is married to the object."),
    ("siblingOf", "cg:Person", "cg:Person", "sibling of", "Family tie: brother or sister."),
    ("successorOf", "cg:Person", "cg:Person", "successor of", "Succession: the subject succeeded the object in an office."),
    ("replaced", "cg:Person", "cg:Person", "replaced", "Succession: the subject replaced (displaced) the object in an office."),
]

# Claim role and provenance properties: name, kind (object|datatype), range, label, comment
ROLES = [
    ("date", "datatype", "rdfs:Literal", "date", "When the claimed event happened, as an ISO literal typed xsd:date, xsd:gYearMonth or xsd:gYear (STR gives YYYY-MM-DD, YYYY-MM or YYYY)."),
    ("datePrecision", "object", "time:TemporalUnit", "date precision", "The precision of cg:date: time:unitDay, time:unitMonth or time:unitYear."),
    ("place", "object", "cg:Entity", "place", "Where the claimed event happened."),
    ("facility", "object", "cg:Entity", "facility", "The base or facility of a military-presence claim."),
    ("troops", "datatype", "xsd:decimal", "troops", "Head count of a military presence."),
    ("roleTitle", "datatype", "xsd:string", "role title", "The office or role held, as text (President, Defense Minister)."),
    ("organization", "object", "cg:Entity", "organization", "The state or organisation in which a role is held."),
    ("agreement", "object", "cg:Agreement", "agreement", "The agreement, deal or treaty of an agreement claim."),
    ("what", "datatype", "xsd:string", "what", "What was provided in an assistance claim."),
    ("membershipStatus", "datatype", "xsd:string", "membership status", "member, invited, candidate or left."),
    ("killed", "datatype", "xsd:decimal", "killed", "Death toll of a hostility."),
    ("measure", "datatype", "xsd:string", "measure", "What a reported figure measures (troops, trade growth, remittances)."),
    ("quantity", "datatype", "xsd:decimal", "quantity", "The value of a reported figure."),
    ("unit", "datatype", "xsd:string", "unit", "The unit of a reported figure (percent, USD, troops)."),
    ("period", "datatype", "xsd:string", "period", "The period a reported figure refers to, as text."),
    ("approximate", "datatype", "xsd:boolean", "approximate", "True when the text gives the figure as approximate (about, some, nearly)."),
    ("gist", "datatype", "xsd:string", "gist", "The sentence or clause a speaker is credited with."),
    ("modality", "object", "cg:Modality", "modality", "How the claim is put: cg:Asserted, cg:Reported, cg:Hedged, cg:Negated or cg:Hypothetical."),
    ("speaker", "object", "cg:Entity", "speaker", "Who the article credits the claim to, when it is reported speech."),
    ("sentence", "datatype", "xsd:string", "sentence", "The exact sentence of the article the claim comes from."),
    ("evidence", "object", "oa:TextQuoteSelector", "evidence", "A selector (oa:exact, oa:start, oa:end) locating the sentence in the article text."),
    ("extractor", "datatype", "xsd:string", "extractor", "The name of the rule that produced the claim."),
    ("confidence", "datatype", "xsd:decimal", "confidence", "The extractor's confidence in the claim, from 0 to 1."),
    ("articleId", "datatype", "xsd:string", "article id", "The stable id of an article, from its file name."),
    ("sentenceCount", "datatype", "xsd:integer", "sentence count", "How many sentences the article body has."),
]


def _lit(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render():
    out = [HEADER]
    for name, sup, label, comment in CLASSES:
        out.append(f"cg:{name} a owl:Class ;\n    rdfs:subClassOf {sup} ;\n    rdfs:label {_lit(label)} ;\n    rdfs:comment {_lit(comment)} .\n")
    for name, label, comment in MODALITIES:
        out.append(f"cg:{name} a cg:Modality, owl:NamedIndividual ;\n    skos:prefLabel {_lit(label)} ;\n    rdfs:label {_lit(label)} ;\n    rdfs:comment {_lit(comment)} .\n")
    for name, dom, rng, label, comment in RELATIONS:
        kind = "owl:DatatypeProperty" if rng == "rdfs:Literal" else "owl:ObjectProperty"
        extra = ", owl:SymmetricProperty" if name in ("metWith", "borders", "spouseOf", "siblingOf") else ""
        out.append(f"cg:{name} a {kind}{extra}, cg:Relation ;\n    rdfs:domain {dom} ;\n    rdfs:range {rng} ;\n    rdfs:label {_lit(label)} ;\n    rdfs:comment {_lit(comment)} .\n")
    for name, kind, rng, label, comment in ROLES:
        k = "owl:ObjectProperty" if kind == "object" else "owl:DatatypeProperty"
        dom = "cg:Article" if name in ("articleId", "sentenceCount") else "cg:Claim"
        out.append(f"cg:{name} a {k} ;\n    rdfs:domain {dom} ;\n    rdfs:range {rng} ;\n    rdfs:label {_lit(label)} ;\n    rdfs:comment {_lit(comment)} .\n")
    out.append('cg:Relation a owl:Class ;\n    rdfs:subClassOf rdf:Property ;\n    rdfs:label "relation" ;\n    rdfs:comment "A relation property that claims use as rdf:predicate; also stated as a plain triple for asserted, reported and hedged claims." .\n')
    out.append('cg:OpenRelation a owl:Class ;\n    rdfs:subClassOf rdf:Property ;\n    rdfs:label "open relation" ;\n    rdfs:comment "A verb the lexicon does not know, kept as a predicate in the open namespace <https://w3id.org/claimgraph/open#> so nothing is silently lost; not returned by the competency questions." .\n')
    return "\n".join(out)




def render_namespace():
    """The closed namespace class for graph/namespace.py (between the GENERATED markers)."""
    names = [c[0] for c in CLASSES] + ["Relation", "OpenRelation"] + [m[0] for m in MODALITIES] \
        + [r[0] for r in RELATIONS] + [r[0] for r in ROLES]
    lines = ["class CG(DefinedNamespace):", '    """claimgraph ontology terms (ontology/claimgraph.ttl)."""', ""]
    lines += [f"    {n}: URIRef" for n in names]
    lines += ["", "    _NS = Namespace(ONTOLOGY_NS)", "    _fail = True"]
    return "\n".join(lines) + "\n"


def write_namespace(path):
    text = path.read_text(encoding="utf-8")
    start, end = "# --- GENERATED by scripts/make_ontology.py ---\n", "# --- END GENERATED ---\n"
    head, rest = text.split(start, 1)
    _, tail = rest.split(end, 1)
    path.write_text(head + start + render_namespace() + end + tail, encoding="utf-8")


if __name__ == "__main__":
    root = Path(__file__).resolve().parent.parent
    (root / "ontology" / "claimgraph.ttl").write_text(
        "# Generated by scripts/make_ontology.py; edit the tables there.\n" + render(), encoding="utf-8")
    write_namespace(root / "graph" / "namespace.py")
    print("wrote ontology/claimgraph.ttl and graph/namespace.py")
