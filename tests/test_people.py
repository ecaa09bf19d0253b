"""People gazetteer (ontology/gazetteer/people.tsv): name variants, bare surnames, validation."""

from __future__ import annotations

import dataclasses
import importlib.util
from pathlib import Path

import pytest

from graph.gazetteer import GAZETTEER_DIR, Gazetteer, PersonEntry, person_name_keys, read_table

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def make_gazetteer():
    spec = importlib.util.spec_from_file_location("make_gazetteer", REPO / "scripts" / "make_gazetteer.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def states():
    return read_table("states.tsv")


# ------------------------------------------------------------------------------------------ variants


@pytest.mark.parametrize(
    "name, key",
    [
        # transliterations and spellings of one person resolve to one key
        ("Emomali Rahmon", "person-emomali-rahmon"),
        ("Emomali Rahman", "person-emomali-rahmon"),
        ("Emomali Rakhmonov", "person-emomali-rahmon"),
        ("Emomali Sharipovich Rahmon", "person-emomali-rahmon"),  # patronymic form
        ("EMOMALI RAHMON", "person-emomali-rahmon"),
        ("President Emomali Rahmon", "person-emomali-rahmon"),  # a leading title
        ("Rustam Emomali", "person-rustam-emomali"),  # his son: "Emomali" is a surname here
        ("Yury Ushakov", "person-yury-ushakov"),
        ("Yuri Ushakov", "person-yury-ushakov"),
        ("Yuriy Ushakov", "person-yury-ushakov"),
        ("Volodymyr Zelenskyy", "person-volodymyr-zelenskyy"),
        ("Volodymyr Zelensky", "person-volodymyr-zelenskyy"),
        ("Volodymyr Zelenskiy", "person-volodymyr-zelenskyy"),
        ("Volodymyr Zelensky's", "person-volodymyr-zelenskyy"),  # possessive
        ("Volodymyr Zelensky’s", "person-volodymyr-zelenskyy"),
        ("Recep Tayyip Erdoğan", "person-recep-tayyip-erdogan"),
        ("Recep Tayyip Erdogan", "person-recep-tayyip-erdogan"),
        ("Tayyip Erdogan", "person-recep-tayyip-erdogan"),
        ("Mohammed bin Salman", "person-mohammed-bin-salman"),
        ("Mohammad bin Salman", "person-mohammed-bin-salman"),
        ("Crown Prince Mohammed bin Salman", "person-mohammed-bin-salman"),
        ("MBS", "person-mohammed-bin-salman"),  # a listed acronym, matched case-sensitively
        ("Kassym-Jomart Tokayev", "person-kassym-jomart-tokayev"),
        ("Kassym Jomart Tokayev", "person-kassym-jomart-tokayev"),  # hyphen / space
        ("Kasym-Zhomart Tokayev", "person-kassym-jomart-tokayev"),
        ("Shavkat Mirziyoev", "person-shavkat-mirziyoyev"),
        ("Sadyr Zhaparov", "person-sadyr-japarov"),
        ("Gurbanguly Berdymukhamedov", "person-gurbanguly-berdimuhamedow"),
        ("Serdar Berdimuhamedov", "person-serdar-berdimuhamedow"),
        ("Ilham Aliev", "person-ilham-aliyev"),
        ("Nikol Pashinian", "person-nikol-pashinyan"),
        ("Sergey Lavrov", "person-sergei-lavrov"),
        ("Vladimir Vladimirovich Putin", "person-vladimir-putin"),
        ("Alexander Lukashenka", "person-alexander-lukashenko"),
        ("Bashar Assad", "person-bashar-al-assad"),  # non-initial "al-" dropped
        ("Bashar al-Assad", "person-bashar-al-assad"),
        ("Abdel Fattah al-Sisi", "person-abdel-fattah-el-sisi"),
        ("Abdel-Fattah el-Sissi", "person-abdel-fattah-el-sisi"),
        ("Abu Mohammad al-Jolani", "person-ahmed-al-sharaa"),
        ("Kim Jong-un", "person-kim-jong-un"),
        ("Kim Jong Un", "person-kim-jong-un"),
        ("Kim Jong Il", "person-kim-jong-il"),
        ("Binali Yıldırım", "person-binali-yildirim"),  # ı, which NFKD does not decompose
        ("Binali Yildirim", "person-binali-yildirim"),
        ("Radosław Sikorski", "person-radoslaw-sikorski"),
        ("Lars Løkke Rasmussen", "person-lars-lokke-rasmussen"),
        ("Zoran Đinđić", "person-zoran-djindjic"),
        ("Luiz Inácio Lula da Silva", "person-luiz-inacio-lula-da-silva"),
        ("Lula da Silva", "person-luiz-inacio-lula-da-silva"),
        ("Secretary of State Antony Blinken", "person-antony-blinken"),
        ("Sheikh Hasina", "person-sheikh-hasina"),  # "Sheikh" belongs to the name: tried before titles are cut
    ],
)
def test_variants_resolve_to_one_key(gaz, name, key):
    entry = gaz.person(name)
    assert entry is not None, name
    assert entry.key == key


@pytest.mark.parametrize(
    "name",
    [
        # bare surnames and first names never match: too ambiguous
        "Rahmon",
        "Emomali",  # Emomali Rahmon's first name, his son Rustam's surname
        "Putin",
        "Zelensky",
        "Erdogan",
        "Erdoğan",
        "Ushakov",
        "Assad",
        "President Rahmon",  # title + surname
        "Mr. Putin",
        "Putin's",
        # acronyms only as written
        "mbs",
        "Mbs",
        # unknown people
        "John Smith",
        "Emomali Putin",
        "Yuri Gagarin",
        "",
        "   ",
    ],
)
def test_bare_surnames_and_unknown_names_resolve_to_nothing(gaz, name):
    assert gaz.person(name) is None


def test_person_entry_fields(gaz):
    putin = gaz.person("Vladimir Putin")
    assert isinstance(putin, PersonEntry)
    assert (putin.key, putin.label, putin.country, putin.wikidata) == (
        "person-vladimir-putin",
        "Vladimir Putin",
        "RU",
        "Q7747",
    )
    assert "Vladimir Vladimirovich Putin" in putin.aliases
    assert isinstance(putin.aliases, tuple)
    assert gaz.person("Emomali Rahmon").wikidata is None  # left empty rather than guessed
    with pytest.raises(dataclasses.FrozenInstanceError):
        putin.label = "x"
    assert gaz.people()["person-emomali-rahmon"].country == "TJ"


def test_people_are_read_lazily():
    gaz = Gazetteer()
    assert gaz._people is None
    assert gaz.person("Emomali Rahman").key == "person-emomali-rahmon"
    assert gaz._people is not None


def test_people_do_not_change_other_lookups(gaz):
    assert gaz.lookup("Emomali Rahmon") is None
    assert gaz.lookup("Tajikistan").key == "tajikistan"
    assert not any(e.key.startswith("person-") for e in gaz.entries.values())


# ------------------------------------------------------------------------------------------ the data


def test_people_table_is_valid(make_gazetteer, states):
    # unique keys, keys = person-<slug of label>, no name shared by two people, ISO2 codes of states.tsv
    assert make_gazetteer.check_people(states) == []


def test_people_table_header_and_size():
    head = (GAZETTEER_DIR / "people.tsv").read_text(encoding="utf-8").splitlines()[0]
    assert head.startswith("# people.tsv") and "HAND-WRITTEN" in head
    rows = read_table("people.tsv")
    assert list(rows[0]) == ["key", "label", "aliases", "country", "wikidata", "roles"]
    assert len(rows) >= 600
    assert len({row["country"] for row in rows}) >= 150


def _row(label, aliases="", country="TJ", wikidata="", roles="President", key=None):
    from graph.gazetteer import slugify

    return {
        "key": key or "person-" + slugify(label),
        "label": label,
        "aliases": aliases,
        "country": country,
        "wikidata": wikidata,
        "roles": roles,
    }


@pytest.mark.parametrize(
    "rows, problem",
    [
        ([_row("Emomali Rahmon"), _row("Emomali Rahmon")], "duplicate key"),
        ([_row("Emomali Rahmon", key="person-rahmon")], "key is not person-<slug of label"),
        ([_row("Emomali Rahmon", country="XX")], "bad country 'XX'"),
        ([_row("Emomali Rahmon", country="")], "bad country ''"),
        ([_row("Emomali Rahmon", wikidata="123")], "bad wikidata id"),
        ([_row("Emomali Rahmon", roles="")], "no roles"),
        ([_row("Emomali Rahmon", aliases="Rahmon")], "'Rahmon' is a single word"),
        ([_row("Emomali Rahmon"), _row("Rustam Emomali", aliases="Emomali Rahmon")], "'Emomali Rahmon' also names"),
        ([_row("Emomali Rahmon"), _row("Rustam Emomali", aliases="EMOMALI RAHMÓN")], "also names person-emomali"),
        ([_row("Bashar al-Assad"), _row("Bashar Assad")], "also names person-bashar-al-assad"),  # "al-" dropped
        ([_row("Binali Yıldırım", country="TR")], "the slug drops letters"),
    ],
)
def test_validation_finds_problems(make_gazetteer, states, rows, problem):
    problems = make_gazetteer.check_people(states, rows)
    assert any(problem in p for p in problems), problems


def test_validation_accepts_good_rows(make_gazetteer, states):
    rows = [_row("Emomali Rahmon", aliases="Emomali Rahman|Emomali Rakhmonov"), _row("Rustam Emomali")]
    rows.append(_row("Mohammed bin Salman", aliases="MBS", country="SA"))
    assert make_gazetteer.check_people(states, rows) == []


@pytest.mark.parametrize(
    "name, keys",
    [
        ("Emomali Rahmon", ["emomali rahmon"]),
        ("Kassym-Jomart Tokayev", ["kassym jomart tokayev"]),
        ("Bashar al-Assad", ["bashar al assad", "bashar assad"]),
        ("Al Gore", ["al gore"]),  # an initial "Al" is a name
        ("Recep Tayyip Erdoğan", ["recep tayyip erdogan"]),
        ("MBS", ["=MBS"]),
        ("Rahmon", []),
        ("Mbs", []),
    ],
)
def test_person_name_keys(name, keys):
    assert person_name_keys(name) == keys
