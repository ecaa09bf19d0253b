"""Tests for graph.evaluate: answer files, matching rules and scoring."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from graph.evaluate import (
    CQ_VARIABLES,
    UNORDERED_PAIRS,
    AnswerFile,
    AnswerFileError,
    EvalResult,
    QuestionScore,
    expected_rows,
    field_matches,
    format_table,
    load_answer_file,
    load_answers,
    normalise_text,
    result_to_dict,
    row_matches,
    score,
)

# A verbatim copy of seeds/000_39df6464bface7fe.answers.yaml (kept here so the
# test does not depend on files outside the repository).
SEED_000 = '''# Seed 000 (Warsaw Institute, 14 May 2021): Rahmon's Moscow visit, Shoigu in Dushanbe/Tashkent.
# Rows come only from the article text. Not listed on purpose:
# - "Russia could be willing to deploy some military installations in Uzbekistan" (hypothetical).
# - "Taliban attacks ... will only intensify" (prediction, not an attack).
# - "some are saying ... the United States has no intention of leaving the region" (unnamed speaker).
article: 000_39df6464bface7fe.txt
answers:
  military_presence:
    - {operator: "Russia|Russian Federation|Moscow", host: "Tajikistan", troops: 7000}
    # "As U.S. and NATO contingents plan to leave the country" / "started withdrawing troops from Afghanistan"
    - {operator: "United States|U.S.|US|USA", host: "Afghanistan"}
    - {operator: "NATO", host: "Afghanistan"}
  located_in:
    # Shoigu's "trip to Dushanbe" is then called "his visit to Tajikistan"; "neighboring Uzbekistan ... In Tashkent".
    - {thing: "Dushanbe", place: "Tajikistan"}
    - {thing: "Tashkent", place: "Uzbekistan"}
  visits:
    - {visitor: "Emomali Rahmon|Rahmon|Emomali Rahman", place: "Moscow|Russia", date: "2021-05-08"}
    - {visitor: "Sergei Shoigu|Shoigu", place: "Dushanbe|Tajikistan"}
    - {visitor: "Sergei Shoigu|Shoigu", place: "Uzbekistan|Tashkent"}
  meetings:
    - {person1: "Emomali Rahmon|Rahmon|Emomali Rahman", person2: "Vladimir Putin|Putin", date: "2021-05-08", place: "Moscow|~Moscow|Kremlin|Russia"}
    - {person1: "Emomali Rahmon|Rahmon|Emomali Rahman", person2: "Vladimir Putin|Putin", date: "2021-05-09", place: "Red Square|~Red Square|Moscow|~Moscow"}
    - {person1: "Sergei Shoigu|Shoigu", person2: "Emomali Rahmon|Rahmon|Emomali Rahman", place: "Dushanbe|Tajikistan"}
  roles:
    - {person: "Emomali Rahmon|Rahmon|Emomali Rahman", role: "~president|~leader", organization: "Tajikistan"}
    - {person: "Vladimir Putin|Putin", role: "~president", organization: "Russia|Russian Federation"}
    - {person: "Sergei Shoigu|Shoigu", role: "~defense minister|~defence minister|~minister of defense|~minister of defence", organization: "Russia|Russian Federation"}
  agreements:
    # "Both officials signed a deal on a common air defense space." (date not given: "a few days before")
    - {party1: "Russia|Russian Federation|Moscow|Sergei Shoigu|Shoigu", party2: "Tajikistan|Emomali Rahmon|Rahmon|Emomali Rahman", agreement: "~air defense|~air defence"}
  assistance:
    # Putin: "Russia is helping to strengthen Tajikistan's armed forces"
    - {provider: "Russia|Russian Federation|Moscow", recipient: "Tajikistan", what: "~armed forces|~strengthen"}
  borders:
    - {place1: "Tajikistan", place2: "Afghanistan"}
    - {place1: "Uzbekistan", place2: "Afghanistan"}
    # "Following his visit to Tajikistan, Shoigu rushed to neighboring Uzbekistan"
    - {place1: "Tajikistan", place2: "Uzbekistan"}
  memberships: []
  hostilities:
    # "After the United States and NATO started withdrawing troops from Afghanistan as of May 1, the Taliban began their offensive."
    - {attacker: "Taliban|~Taliban", place: "Afghanistan", date: "2021-05"}
    # Kabul bomb attack on the Shiite minority, same day as the Putin-Rahmon meeting (May 8); attacker not named.
    - {target: "~Shiite|~Shia|~schoolgirls", place: "Kabul|~Kabul", date: "2021-05-08", killed: 50}
    # "Islamic State in Afghanistan whose rebels are fighting against the government, the Taliban, and ... Shiite Muslims"
    - {attacker: "Islamic State|~Islamic State|ISIS|IS", target: "~government"}
    - {attacker: "Islamic State|~Islamic State|ISIS|IS", target: "Taliban|~Taliban"}
  figures:
    - {measure: "~troop|~contingent|~soldier|~personnel", value: 7000}
  statements:
    - {speaker: "Vladimir Putin|Putin", gist: "~armed forces|~military contingent", date: "2021-05"}
    - {speaker: "Vladimir Putin|Putin", gist: "~military facility", date: "2021-05"}
    # "In Tashkent, he outlined a plan for Russia-Uzbekistan military cooperation for the next few years."
    - {speaker: "Sergei Shoigu|Shoigu", gist: "~military cooperation|~plan"}
  person_relations: []
'''


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


# ---------------------------------------------------------------------------
# the CQ table


def test_cq_variables_follow_the_spec():
    assert list(CQ_VARIABLES) == [
        "military_presence", "located_in", "visits", "meetings", "roles", "agreements",
        "assistance", "borders", "memberships", "hostilities", "figures", "statements",
        "person_relations", "evidence",
    ]
    assert CQ_VARIABLES["military_presence"] == ("operator", "facility", "host", "troops")
    assert CQ_VARIABLES["meetings"] == ("person1", "person2", "date", "place")
    assert CQ_VARIABLES["hostilities"] == ("attacker", "target", "place", "date", "killed")
    assert CQ_VARIABLES["figures"] == ("subject", "measure", "value", "unit", "period")
    assert CQ_VARIABLES["evidence"] == ("claim", "source", "sentence")


def test_unordered_pairs_are_variables_of_their_question():
    assert UNORDERED_PAIRS == {
        "meetings": ("person1", "person2"),
        "agreements": ("party1", "party2"),
        "borders": ("place1", "place2"),
    }
    for question, pair in UNORDERED_PAIRS.items():
        assert set(pair) <= set(CQ_VARIABLES[question])


# ---------------------------------------------------------------------------
# folding


@pytest.mark.parametrize(
    "raw, folded",
    [
        ("Moscow", "moscow"),
        ("  Emomali   Rahmon\n", "emomali rahmon"),
        ("The United States", "united states"),
        ("the  Kremlin.", "kremlin"),
        ("Theatre", "theatre"),  # only the word "the"
        ("The", "the"),  # nothing follows: kept
        ("U.S.", "u.s"),
        ("Moscow!?", "moscow"),
        ("Moscow ,", "moscow"),
        ("\u201cair defense\u201d", '"air defense'),  # typographic quotes -> ASCII
        ("Rahmon\u2019s office", "rahmon's office"),
        ("Tajik\u2013Afghan", "tajik-afghan"),
        ("Ali\u00a0Khan", "ali khan"),  # no-break space is white space
        ("40 %", "40 %"),  # symbols are not trailing punctuation
        ("Collective Security Treaty Organization (CSTO)", "collective security treaty organization (csto)"),
        (7000, "7000"),
        (7000.0, "7000"),
        (46.2, "46.2"),
        (None, ""),
    ],
)
def test_normalise_text(raw, folded):
    assert normalise_text(raw) == folded


# ---------------------------------------------------------------------------
# field matching


@pytest.mark.parametrize(
    "expected, returned, field, matches",
    [
        # plain text after folding
        ("Tajikistan", "Tajikistan", "host", True),
        ("Tajikistan", "tajikistan", "host", True),
        ("Tajikistan", "Uzbekistan", "host", False),
        ("United States", "the United States", "operator", True),
        ("The Kremlin", "Kremlin", "speaker", True),
        ("Red Square", "Red  Square.", "place", True),
        ("Rahmon's office", "Rahmon\u2019s office", "speaker", True),
        ("Tajik", "Tajikistan", "recipient", False),  # no contains without ~
        # alternatives
        ("Moscow|Russia", "Russia", "place", True),
        ("Moscow|Russia", "Moscow", "place", True),
        ("Moscow|Russia", "Kremlin", "place", False),
        ("Emomali Rahmon | Rahmon", "Rahmon", "visitor", True),
        # ~ contains
        ("~defense minister", "Russian Defense Minister", "role", True),
        ("~defense minister|~defence minister", "Minister of Defence", "role", False),
        ("~defense minister|~defence minister", "defence minister of Russia", "role", True),
        ("~Moscow", "the Kremlin in Moscow.", "place", True),
        ("~the Taliban", "The Taliban", "attacker", True),
        ("~201st", "201st military base", "facility", True),
        ("~46.2", "trade grew by 46.2 percent", "gist", True),
        ("~U.S.", "the U.S.-led coalition", "attacker", True),
        ("~Kyrgyz", "Kyrgyzstan", "speaker", True),
        ("~Kyrgyzstan", "Kyrgyz", "speaker", False),  # contained in the returned value only
        # numbers: equal in any form
        (7000, 7000, "troops", True),
        (7000, "7000", "troops", True),
        (7000, 7000.0, "troops", True),
        (7000, " 7000.0 ", "troops", True),
        (7000.0, 7000, "troops", True),
        (46.2, 46.2, "value", True),
        (46.2, "46.2", "value", True),
        (46.2, 46.20000000000001, "value", True),  # float noise from xsd:decimal
        (7000, 7001, "troops", False),
        (7000, "7,000", "troops", False),  # numbers come back as numbers
        (7000, "seven thousand", "troops", False),
        (50, "about 50", "killed", False),
        ("7000", 7000.0, "troops", True),  # a quoted number still compares as a number
        ("7000|7500", 7500, "troops", True),
        # dates: the expected date is a prefix of the returned date
        ("2021-05-08", "2021-05-08", "date", True),
        ("2021-05", "2021-05-08", "date", True),
        ("2021", "2021-05-08", "date", True),
        ("2021", "2021", "date", True),
        ("2021-05-08", "2021-05", "date", False),  # a shorter returned date does not match
        ("2021-05", "2021", "date", False),
        ("2021-05-08", "2021-05-09", "date", False),
        ("2021-05", "2021-06-01", "date", False),
        ("2021-05-0", "2021-05-08", "date", False),  # prefix must end at a component
        ("2021-05-08", "2021-05-08T10:00:00", "date", True),
        ("2021-05-08", "2021-05-08Z", "date", True),
        ("2021-05|2021-06", "2021-06-03", "date", True),
        (1993, "1993", "date", True),  # an unquoted year
        (1993, "1993-10", "date", True),
        ("1993", 1993, "date", True),  # a returned year as a number
        # unbound
        ("Tajikistan", None, "host", False),
        ("~Taliban", None, "attacker", False),
        (7000, None, "troops", False),
        ("2021-05", None, "date", False),
    ],
)
def test_field_matches(expected, returned, field, matches):
    assert field_matches(expected, returned, field) is matches


# ---------------------------------------------------------------------------
# row matching


VISIT = {"visitor": "Emomali Rahmon|Rahmon", "place": "Moscow|Russia", "date": "2021-05-08"}
MEETING = {"person1": "Emomali Rahmon|Rahmon", "person2": "Vladimir Putin|Putin", "date": "2021-05"}


@pytest.mark.parametrize(
    "question, expected_row, returned_row, matches",
    [
        ("visits", VISIT, {"visitor": "Rahmon", "place": "Moscow", "date": "2021-05-08"}, True),
        ("visits", VISIT, {"visitor": "Rahmon", "place": "Dushanbe", "date": "2021-05-08"}, False),
        ("visits", VISIT, {"visitor": "Rahmon", "place": "Moscow", "date": "2021-05"}, False),
        # an expected field the graph left unbound (None or missing) does not match
        ("visits", VISIT, {"visitor": "Rahmon", "place": "Moscow", "date": None}, False),
        ("visits", VISIT, {"visitor": "Rahmon", "place": "Moscow"}, False),
        # fields left out of the answer row match anything, including unbound
        ("visits", {"visitor": "Shoigu", "place": "Dushanbe"},
         {"visitor": "Shoigu", "place": "Dushanbe", "date": None}, True),
        ("visits", {"visitor": "Shoigu", "place": "Dushanbe"},
         {"visitor": "Shoigu", "place": "Dushanbe", "date": "1999-01-01"}, True),
        ("figures", {"value": 4800},
         {"subject": None, "measure": None, "value": 4800, "unit": None, "period": None}, True),
        ("figures", {"value": 4800}, {"subject": "x", "value": None}, False),
        # unordered pairs in either order
        ("meetings", MEETING, {"person1": "Putin", "person2": "Rahmon", "date": "2021-05-08", "place": None}, True),
        ("meetings", MEETING, {"person1": "Rahmon", "person2": "Putin", "date": "2021-05-09", "place": None}, True),
        ("meetings", MEETING, {"person1": "Putin", "person2": "Shoigu", "date": "2021-05-08"}, False),
        ("meetings", {"person1": "Shoigu"}, {"person1": "Rahmon", "person2": "Shoigu"}, True),
        ("borders", {"place1": "Tajikistan", "place2": "Afghanistan"},
         {"place1": "Afghanistan", "place2": "Tajikistan"}, True),
        ("borders", {"place1": "Tajikistan", "place2": "Afghanistan"},
         {"place1": "Afghanistan", "place2": "Afghanistan"}, False),
        ("agreements", {"party1": "Russia", "party2": "Tajikistan", "agreement": "~air defense"},
         {"party1": "Tajikistan", "party2": "Russian Federation", "agreement": "air defense deal"}, False),
        ("agreements", {"party1": "Russia|Russian Federation", "party2": "Tajikistan", "agreement": "~air defense"},
         {"party1": "Tajikistan", "party2": "Russian Federation", "agreement": "common air defense space"}, True),
        # other variables are not pairs: order matters
        ("person_relations", {"person1": "Rustam Emomali", "relation": "son of", "person2": "Emomali Rahmon"},
         {"person1": "Emomali Rahmon", "relation": "son of", "person2": "Rustam Emomali"}, False),
        ("located_in", {"thing": "Dushanbe", "place": "Tajikistan"},
         {"thing": "Tajikistan", "place": "Dushanbe"}, False),
    ],
)
def test_row_matches(question, expected_row, returned_row, matches):
    assert row_matches(question, expected_row, returned_row) is matches


# ---------------------------------------------------------------------------
# loading answer files


def test_load_seed_answer_file(tmp_path):
    path = write(tmp_path, "000_39df6464bface7fe.answers.yaml", SEED_000)
    answers = load_answer_file(path)
    assert isinstance(answers, AnswerFile)
    assert answers.path == path
    assert answers.article == "000_39df6464bface7fe.txt"
    assert set(answers.answers) == set(CQ_VARIABLES) - {"evidence"}
    assert answers.answers["memberships"] == ()
    assert len(answers.answers["hostilities"]) == 4
    assert answers.answers["military_presence"][0] == {
        "operator": "Russia|Russian Federation|Moscow", "host": "Tajikistan", "troops": 7000,
    }
    assert answers.answers["hostilities"][1]["killed"] == 50
    assert answers.answers["visits"][0]["date"] == "2021-05-08"
    assert all(isinstance(rows, tuple) for rows in answers.answers.values())


def test_load_converts_unquoted_dates_and_years(tmp_path):
    path = write(
        tmp_path,
        "x.answers.yaml",
        """\
        article: x.txt
        answers:
          visits:
            - {visitor: Rahmon, place: Moscow, date: 2021-05-08}
            - {visitor: Rahmon, place: Moscow, date: 2021-05}
          agreements:
            - {agreement: "~base", date: 1993}
          figures:
            - {value: 46.2, unit: percent}
            - {value: 1993}
        """,
    )
    answers = load_answer_file(path).answers
    assert [row["date"] for row in answers["visits"]] == ["2021-05-08", "2021-05"]
    assert answers["agreements"][0]["date"] == "1993"
    assert answers["figures"][0]["value"] == 46.2
    assert answers["figures"][1]["value"] == 1993  # a year only becomes text in a date field
    assert isinstance(answers["figures"][1]["value"], int)


def test_load_answers_reads_every_answer_file_sorted(tmp_path):
    write(tmp_path, "b.answers.yaml", "article: b.txt\nanswers:\n  borders: []\n")
    write(tmp_path, "a.answers.yaml", "article: a.txt\nanswers:\n  borders:\n    - {place1: X, place2: Y}\n")
    write(tmp_path, "a.txt", "not an answer file")
    write(tmp_path, "notes.yaml", "article: [broken")
    files = load_answers(tmp_path)
    assert [f.article for f in files] == ["a.txt", "b.txt"]
    assert expected_rows(files) == {"borders": [{"place1": "X", "place2": "Y"}]}


def test_load_answers_reports_the_bad_file(tmp_path):
    write(tmp_path, "a.answers.yaml", "article: a.txt\nanswers: {}\n")
    write(tmp_path, "b.answers.yaml", "article: b.txt\nanswers:\n  visit: []\n")
    with pytest.raises(AnswerFileError, match=r"b\.answers\.yaml:3: answers: unknown question 'visit'"):
        load_answers(tmp_path)


def test_load_answers_rejects_an_article_answered_twice(tmp_path):
    write(tmp_path, "a.answers.yaml", "article: a.txt\nanswers: {}\n")
    write(tmp_path, "b.answers.yaml", "article: a.txt\nanswers: {}\n")
    with pytest.raises(AnswerFileError, match=r"b\.answers\.yaml: article: 'a\.txt' is already answered in .*a\.answers\.yaml"):
        load_answers(tmp_path)


def test_load_answers_missing_folder(tmp_path):
    with pytest.raises(AnswerFileError, match="not a folder"):
        load_answers(tmp_path / "nowhere")


def test_expected_rows_pools_over_files(tmp_path):
    a = AnswerFile(Path("a.answers.yaml"), "a.txt", {"borders": ({"place1": "A", "place2": "B"},), "visits": ()})
    b = AnswerFile(Path("b.answers.yaml"), "b.txt", {"borders": ({"place1": "C", "place2": "D"},)})
    pooled = expected_rows([a, b])
    assert pooled == {
        "visits": [],
        "borders": [{"place1": "A", "place2": "B"}, {"place1": "C", "place2": "D"}],
    }
    assert list(pooled) == ["visits", "borders"]  # CQ order
    pooled["borders"][0]["place1"] = "changed"
    assert a.answers["borders"][0]["place1"] == "A"  # copies, not the file's rows


REPO = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("folder", [REPO / "seeds", REPO / "tests" / "data" / "dev"])
def test_repository_answer_files_load(folder):
    if not any(folder.glob("*.answers.yaml")):
        pytest.skip(f"no answer files in {folder}")
    files = load_answers(folder)
    for answer_file in files:
        assert answer_file.article.endswith(".txt")
        for question, rows in answer_file.answers.items():
            for row in rows:
                assert set(row) <= set(CQ_VARIABLES[question])
                if "date" in row:
                    assert isinstance(row["date"], str)


# ---------------------------------------------------------------------------
# bad answer files


@pytest.mark.parametrize(
    "text, fragments",
    [
        pytest.param(
            """\
            article: x.txt
            answers:
              visits:
                - {visitor: Rahmon, place: Moscow}
                - {visitor: Putin, place: Dushanbe}
                - {vistor: Shoigu, place: Dushanbe}
            """,
            ["bad.answers.yaml:6:", "answers.visits[2]", "unknown field 'vistor'",
             "(expected one of visitor, place, date)"],
            id="unknown field",
        ),
        pytest.param(
            """\
            article: x.txt
            answers:
              visit:
                - {visitor: Rahmon}
            """,
            ["bad.answers.yaml:3:", "answers", "unknown question 'visit'", "military_presence"],
            id="unknown question",
        ),
        pytest.param(
            "- article: x.txt\n- answers: {}\n",
            ["bad.answers.yaml:1:", "expected a mapping with keys article, answers", "a list"],
            id="top level not a mapping",
        ),
        pytest.param(
            "just some text\n",
            ["bad.answers.yaml:1:", "expected a mapping with keys article, answers", "'just some text'"],
            id="top level a string",
        ),
        pytest.param(
            "",
            ["bad.answers.yaml", "empty file"],
            id="empty file",
        ),
        pytest.param(
            """\
            article: x.txt
            answers:
              visits:
                - {visitor: Rahmon, place: [Moscow, Russia]}
            """,
            ["bad.answers.yaml:4:", "answers.visits[0].place", "expected a text, number or date", "a list"],
            id="field value a list",
        ),
        pytest.param(
            """\
            article: x.txt
            answers:
              visits:
                - visitor: Rahmon
                  place:
            """,
            ["bad.answers.yaml:5:", "answers.visits[0].place", "got null", "leave the field out"],
            id="field value null",
        ),
        pytest.param(
            """\
            article: x.txt
            answers:
              visits:
                - Rahmon went to Moscow
            """,
            ["bad.answers.yaml:4:", "answers.visits[0]", "expected a row mapping", "'Rahmon went to Moscow'"],
            id="row not a mapping",
        ),
        pytest.param(
            """\
            article: x.txt
            answers:
              visits: {visitor: Rahmon}
            """,
            ["bad.answers.yaml:3:", "answers.visits", "expected a list of rows", "a mapping"],
            id="rows not a list",
        ),
        pytest.param(
            """\
            article: x.txt
            answers:
              visits:
            """,
            ["bad.answers.yaml:3:", "answers.visits", "expected a list of rows (use [] for none)", "null"],
            id="rows missing",
        ),
        pytest.param(
            """\
            article: x.txt
            answers:
              visits:
                - {visitor: Rahmon, place: "Moscow}
            """,
            ["bad.answers.yaml:", "YAML syntax error"],
            id="yaml syntax error",
        ),
        pytest.param(
            "article: x.txt\nanswers:\n  visits:\n  - {visitor: Rahmon\n",
            ["bad.answers.yaml:", "YAML syntax error"],
            id="yaml unclosed flow mapping",
        ),
        pytest.param(
            """\
            article: x.txt
            answer:
              visits: []
            """,
            ["bad.answers.yaml:2:", "unknown key 'answer'", "expected article, answers"],
            id="unknown top-level key",
        ),
        pytest.param(
            "answers: {}\n",
            ["bad.answers.yaml:1:", "missing key 'article'"],
            id="missing article",
        ),
        pytest.param(
            """\
            article: x.txt
            answers:
              visits:
                - {visitor: Rahmon, date: May 2021}
            """,
            ["bad.answers.yaml:4:", "answers.visits[0].date", "expected a date YYYY, YYYY-MM or YYYY-MM-DD",
             "'May 2021'"],
            id="date not ISO",
        ),
        pytest.param(
            """\
            article: x.txt
            answers:
              visits:
                - {visitor: Rahmon, date: 2021-13-45}
            """,
            ["bad.answers.yaml:4:", "answers.visits[0].date", "2021-13-45"],
            id="impossible unquoted date",
        ),
        pytest.param(
            """\
            article: x.txt
            answers:
              visits:
                - {visitor: "Rahmon||Emomali Rahmon"}
            """,
            ["bad.answers.yaml:4:", "answers.visits[0].visitor", "empty alternative"],
            id="empty alternative",
        ),
        pytest.param(
            """\
            article: x.txt
            answers:
              visits:
                - {visitor: Rahmon, visitor: Putin}
            """,
            ["bad.answers.yaml:4:", "answers.visits[0]", "duplicate key 'visitor'"],
            id="duplicate field",
        ),
        pytest.param(
            """\
            article: x.txt
            answers:
              visits:
                - {visitor: Rahmon}
              borders: []
              visits:
                - {visitor: Putin}
            """,
            ["bad.answers.yaml:6:", "answers", "duplicate key 'visits' (first on line 3)"],
            id="duplicate question",
        ),
        pytest.param(
            """\
            article: x.txt
            answers:
              visits:
                - {}
            """,
            ["bad.answers.yaml:4:", "answers.visits[0]", "empty row"],
            id="empty row",
        ),
        pytest.param(
            """\
            article: x.txt
            answers:
              meetings:
                - {person1: Putin, person2: Rahmon, official: yes}
            """,
            ["bad.answers.yaml:4:", "answers.meetings[0]", "unknown field 'official'",
             "(expected one of person1, person2, date, place)"],
            id="unknown field in flow row",
        ),
        pytest.param(
            """\
            article: x.txt
            answers:
              roles:
                - {person: Putin, role: yes}
            """,
            ["bad.answers.yaml:4:", "answers.roles[0].role", "boolean true", "quote it"],
            id="boolean value",
        ),
        pytest.param(
            "article: [x.txt]\nanswers: {}\n",
            ["bad.answers.yaml:1:", "article", "expected the article file name", "a list"],
            id="article not a name",
        ),
    ],
)
def test_bad_answer_file(tmp_path, text, fragments):
    path = write(tmp_path, "bad.answers.yaml", text)
    with pytest.raises(AnswerFileError) as caught:
        load_answer_file(path)
    message = str(caught.value)
    for fragment in fragments:
        assert fragment in message, f"{fragment!r} not in {message!r}"
    assert caught.value.path == path
    assert isinstance(caught.value, ValueError)


def test_bad_answer_file_error_attributes(tmp_path):
    path = write(
        tmp_path,
        "bad.answers.yaml",
        "article: x.txt\nanswers:\n  visits:\n    - {visitor: Rahmon}\n    - {vistor: Shoigu}\n",
    )
    with pytest.raises(AnswerFileError) as caught:
        load_answer_file(path)
    error = caught.value
    assert (error.line, error.question, error.field) == (5, "visits", "vistor")
    assert str(error).endswith(
        "answers.visits[1]: unknown field 'vistor' (expected one of visitor, place, date)"
    )


def test_relative_path_is_named_as_given(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    write(tmp_path, "seeds/x.answers.yaml", "article: x.txt\nanswers:\n  visits:\n    - {vistor: A}\n")
    with pytest.raises(AnswerFileError) as caught:
        load_answer_file(Path("seeds/x.answers.yaml"))
    assert str(caught.value).startswith("seeds/x.answers.yaml:4: answers.visits[0]: unknown field 'vistor'")


def test_unreadable_file(tmp_path):
    with pytest.raises(AnswerFileError, match=r"missing\.answers\.yaml: cannot read"):
        load_answer_file(tmp_path / "missing.answers.yaml")


# ---------------------------------------------------------------------------
# scoring


EXPECTED = {
    "visits": [
        {"visitor": "Emomali Rahmon|Rahmon", "place": "Moscow|Russia", "date": "2021-05-08"},
        {"visitor": "Sergei Shoigu|Shoigu", "place": "Dushanbe|Tajikistan"},
        {"visitor": "Sergei Shoigu|Shoigu", "place": "Uzbekistan|Tashkent"},
    ],
    "borders": [
        {"place1": "Tajikistan", "place2": "Afghanistan"},
        {"place1": "Uzbekistan", "place2": "Afghanistan"},
    ],
    "figures": [{"measure": "~troop", "value": 7000}],
    "memberships": [],
    "person_relations": [],
}

RETURNED = {
    "visits": [
        # matches expected 0 (date more precise than asked is fine)
        {"visitor": "Rahmon", "place": "Moscow", "date": "2021-05-08"},
        # matches expected 1; "the" and the full stop fold away
        {"visitor": "Shoigu", "place": "the Dushanbe.", "date": None},
        # matches expected 1 again (recall counts expected 1 once)
        {"visitor": "Sergei Shoigu", "place": "Tajikistan", "date": None},
        # matches nothing: Putin is no expected visitor
        {"visitor": "Putin", "place": "Moscow", "date": None},
    ],
    "borders": [
        # matches expected 0, reversed pair
        {"place1": "Afghanistan", "place2": "Tajikistan"},
        # matches nothing
        {"place1": "Kyrgyzstan", "place2": "Tajikistan"},
    ],
    "figures": [
        # value 7000.0 equals 7000, but measure left unbound: no match
        {"subject": None, "measure": None, "value": 7000.0, "unit": None, "period": None},
    ],
    # expected no rows, got one
    "memberships": [{"member": "Tajikistan", "organization": "CSTO", "status": "member"}],
    # not in any answer file: counted, not scored
    "evidence": [{"claim": "c1", "source": "a.txt", "sentence": "S."}] * 5,
}


def test_score_figures():
    result = score(EXPECTED, RETURNED)
    assert isinstance(result, EvalResult)
    by_name = {s.question: s for s in result.questions}
    assert list(by_name) == list(CQ_VARIABLES)
    assert all(isinstance(s, QuestionScore) for s in result.questions)

    visits = by_name["visits"]
    # expected 0 and 1 are matched, 2 (Uzbekistan) is not: 2/3.
    # returned 0, 1, 2 match something, 3 (Putin) does not: 3/4.
    assert (visits.expected, visits.returned) == (3, 4)
    assert (visits.matched_expected, visits.matched_returned) == (2, 3)
    assert visits.recall == pytest.approx(2 / 3)
    assert visits.precision == pytest.approx(3 / 4)
    assert visits.unmatched_expected == (EXPECTED["visits"][2],)
    assert visits.unmatched_returned == (RETURNED["visits"][3],)

    borders = by_name["borders"]
    assert (borders.recall, borders.precision) == (0.5, 0.5)

    figures = by_name["figures"]
    assert (figures.recall, figures.precision) == (0.0, 0.0)

    memberships = by_name["memberships"]  # nothing expected, one returned
    assert (memberships.recall, memberships.precision) == (None, 0.0)

    person_relations = by_name["person_relations"]  # nothing expected, nothing returned
    assert (person_relations.expected, person_relations.returned) == (0, 0)
    assert (person_relations.recall, person_relations.precision) == (None, None)

    roles = by_name["roles"]  # not in the answer files, nothing returned
    assert roles.assessed is False and (roles.recall, roles.precision) == (None, None)

    evidence = by_name["evidence"]
    assert evidence.assessed is False
    assert (evidence.expected, evidence.returned) == (0, 5)
    assert (evidence.recall, evidence.precision) == (None, None)
    assert evidence.unmatched_returned == ()

    # overall (micro, assessed questions only):
    # expected rows 3 + 2 + 1 + 0 + 0 = 6, matched 2 + 1 + 0 = 3  -> recall 3/6
    # returned rows 4 + 2 + 1 + 1 + 0 = 8, matched 3 + 1 + 0 + 0 = 4 -> precision 4/8
    assert (result.expected, result.returned) == (6, 8)
    assert (result.matched_expected, result.matched_returned) == (3, 4)
    assert result.recall == 0.5
    assert result.precision == 0.5


def test_score_with_nothing_returned():
    result = score(EXPECTED, {})
    assert result.recall == 0.0
    assert result.precision is None
    visits = next(s for s in result.questions if s.question == "visits")
    assert (visits.recall, visits.precision) == (0.0, None)
    assert len(visits.unmatched_expected) == 3


def test_score_with_nothing_at_all():
    result = score({}, {})
    assert (result.expected, result.returned, result.recall, result.precision) == (0, 0, None, None)
    assert len(result.questions) == len(CQ_VARIABLES)


def test_score_keeps_unknown_questions_after_the_cqs():
    result = score({"zz_extra": [{"a": "x"}]}, {"zz_extra": [{"a": "X."}]})
    assert result.questions[-1].question == "zz_extra"
    assert (result.recall, result.precision) == (1.0, 1.0)


def test_format_table():
    text = format_table(score(EXPECTED, RETURNED))
    lines = text.splitlines()
    assert lines[0].split() == ["question", "expected", "returned", "recall", "precision"]
    row = {line.split()[0]: line.split() for line in lines if line and line.split()[0] in CQ_VARIABLES}
    assert row["visits"] == ["visits", "3", "4", "0.667", "0.750"]
    assert row["memberships"] == ["memberships", "0", "1", "-", "0.000"]
    assert row["person_relations"] == ["person_relations", "0", "0", "-", "-"]
    assert row["evidence"] == ["evidence", "*", "0", "5", "-", "-"]
    overall = next(line for line in lines if line.startswith("overall"))
    assert overall.split() == ["overall", "6", "8", "0.500", "0.500"]
    # aligned: the numeric columns end at the same place on every table line
    table = [line for line in lines[: lines.index(overall) + 1] if not line.startswith("-")]
    assert len({len(line) for line in table}) == 1
    # unmatched rows, one per line, in variable order, unbound shown as such
    assert "    visitor=Sergei Shoigu|Shoigu; place=Uzbekistan|Tashkent" in lines
    assert "    visitor=Putin; place=Moscow; date=(unbound)" in lines
    assert "    place1=Kyrgyzstan; place2=Tajikistan" in lines
    assert "    measure=~troop; value=7000" in lines
    assert not any("sentence=S." in line for line in lines)  # not-assessed rows are not listed


def test_result_to_dict_is_json():
    data = result_to_dict(score(EXPECTED, RETURNED))
    again = json.loads(json.dumps(data))
    assert again == data
    assert data["overall"] == {
        "expected": 6, "returned": 8, "matched_expected": 3, "matched_returned": 4,
        "recall": 0.5, "precision": 0.5,
    }
    visits = next(q for q in data["questions"] if q["question"] == "visits")
    assert visits["unmatched_returned"] == [{"visitor": "Putin", "place": "Moscow", "date": None}]
    evidence = next(q for q in data["questions"] if q["question"] == "evidence")
    assert evidence["assessed"] is False and evidence["recall"] is None


def test_end_to_end_on_the_seed(tmp_path):
    expected = expected_rows([load_answer_file(write(tmp_path, "s.answers.yaml", SEED_000))])
    returned = {
        "military_presence": [{"operator": "Russia", "facility": None, "host": "Tajikistan", "troops": 7000}],
        "meetings": [{"person1": "Putin", "person2": "Rahmon", "date": "2021-05-09", "place": "Red Square"}],
        "hostilities": [{"attacker": None, "target": "a school for Shiite girls", "place": "Kabul",
                         "date": "2021-05-08", "killed": "50"}],
    }
    by_name = {s.question: s for s in score(expected, returned).questions}
    assert by_name["military_presence"].matched_expected == 1
    assert by_name["meetings"].matched_expected == 1
    assert by_name["hostilities"].matched_expected == 1
    assert all(by_name[q].precision == 1.0 for q in returned)
