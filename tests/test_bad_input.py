"""Bad input never stops a build: every bad file is reported (path and reason, in the summary and in
report.json), the good articles beside it are all built, and the exit status says whether every file
was used (0), some could not be (1), or the command itself was wrong (2). Bad queries and answer files
get messages that say what and where."""
from __future__ import annotations

import csv
import json
import shutil
import struct
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import GOOD_ARTICLES, SEEDS, write_corpus
from graph.cli import main

pytestmark = pytest.mark.filterwarnings("ignore:.*is deprecated:DeprecationWarning")

GOOD_IDS = sorted(n.rsplit(".", 1)[0] for n in GOOD_ARTICLES)


@dataclass
class Run:
    code: int
    out: str
    err: str
    src: Path
    dest: Path

    @property
    def report(self) -> dict:
        return json.loads((self.dest / "report.json").read_text(encoding="utf-8"))

    def rows(self) -> list[dict]:
        with open(self.dest / "claims.csv", encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))

    def failed(self, name: str) -> dict:
        entries = [f for f in self.report["failed"] if Path(f["path"]).name == name]
        assert len(entries) == 1, self.report["failed"]
        return entries[0]

    def warnings(self, name: str) -> list[str]:
        return [w["warning"] for w in self.report["warnings"] if Path(w["path"]).name == name]


def build_with(tmp_path, capsys, extra: dict, *args: str) -> Run:
    """`claimgraph build` of the good articles plus `extra` files."""
    src = write_corpus(tmp_path / "src", {**GOOD_ARTICLES, **extra})
    dest = tmp_path / "out"
    code = main(["build", str(src), "--out", str(dest), "--quiet", *args])
    cap = capsys.readouterr()
    return Run(code, cap.out, cap.err, src, dest)


def reference_rows(good_build) -> list[dict]:
    with open(good_build[1] / "claims.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def assert_good_articles_built(run: Run, good_build) -> None:
    """Every claim of the good articles is there, exactly as when they are built on their own."""
    ref = reference_rows(good_build)
    assert {r["article"] for r in ref} == set(GOOD_IDS), "each good article yields claims"
    got = [r for r in run.rows() if r["article"] in GOOD_IDS]
    assert got == ref
    for aid in GOOD_IDS:
        assert (run.dest / "articles" / f"{aid}.ttl").read_bytes() == \
            (good_build[1] / "articles" / f"{aid}.ttl").read_bytes()


def assert_refused(run: Run, name: str, *phrases: str) -> str:
    """`name` could not be used: exit 1, its path and reason in the summary and report.json, nothing built from it."""
    assert run.code == 1, run.err
    entry = run.failed(name)
    path = str(run.src / name)
    assert entry["path"] == path
    for phrase in phrases:
        assert phrase in entry["reason"], entry["reason"]
    assert f"error: {path}: {entry['reason']}" in run.err
    assert "could not be used" in run.err and "report.json" in run.err
    aid = name.rsplit(".", 1)[0]
    assert not (run.dest / "articles" / f"{aid}.ttl").exists()
    assert aid not in {r["article"] for r in run.rows()}
    return entry["reason"]


def assert_built(run: Run, name: str) -> list[dict]:
    """`name` was used: exit 0 and claims from it."""
    assert run.code == 0, run.err
    assert run.report["failed"] == []
    aid = name.rsplit(".", 1)[0]
    assert (run.dest / "articles" / f"{aid}.ttl").is_file()
    rows = [r for r in run.rows() if r["article"] == aid]
    assert rows, f"no claims from {name}"
    return rows


# ---------------------------------------------------------------------------------------------
# files that cannot be used


def test_empty_file(tmp_path, capsys, good_build):
    run = build_with(tmp_path, capsys, {"empty.txt": b""})
    assert_refused(run, "empty.txt", "is empty (0 bytes)")
    assert run.failed("empty.txt")["kind"] == "empty"
    assert_good_articles_built(run, good_build)


def test_whitespace_only_file(tmp_path, capsys, good_build):
    run = build_with(tmp_path, capsys, {"blank.txt": b" \n\t\r\n   \n\n"})
    assert_refused(run, "blank.txt", "contains only whitespace")
    assert_good_articles_built(run, good_build)


def _png() -> bytes:
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = b"".join(b"\x00" + bytes([x % 256 for x in range(3 * 16)]) for _ in range(16))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 16, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def test_binary_file_an_image_renamed_txt(tmp_path, capsys, good_build):
    run = build_with(tmp_path, capsys, {"photo.txt": _png()})
    assert_refused(run, "photo.txt", "is a PNG image, not a text article")
    assert run.failed("photo.txt")["kind"] == "binary"
    assert_good_articles_built(run, good_build)


def test_binary_file_without_a_known_signature(tmp_path, capsys, good_build):
    data = bytes(range(256)) * 40
    run = build_with(tmp_path, capsys, {"blob.txt": data})
    assert_refused(run, "blob.txt", "is a binary file", "NUL byte")
    assert_good_articles_built(run, good_build)


def test_invalid_utf8(tmp_path, capsys, good_build):
    text = ("Date: 2021-05-14\n\nTajikistan’s president Emomali Rahmon visited Moscow on 8 May 2021. "
            "He met with Russian President Vladimir Putin.\n").encode("utf-8")
    cut = text.index(b"visited")
    data = text[:cut] + b"\xff\xfe\xc3(" + text[cut:]          # damaged UTF-8 in an otherwise UTF-8 file
    run = build_with(tmp_path, capsys, {"damaged.txt": data})
    reason = assert_refused(run, "damaged.txt", "is not valid UTF-8", f"at byte {cut}", "line 3", "re-save it as UTF-8")
    assert run.failed("damaged.txt")["kind"] == "encoding"
    assert reason
    assert_good_articles_built(run, good_build)


LATIN1 = ("Title: Café talks in Bishkek\nDate: 2021-03-04\n\nTajik Foreign Minister Sirojiddin Muhriddin visited "
          "Bishkek on 3 March 2021. Muhriddin met with Kyrgyz President Sadyr Japarov at the Café Ala-Too, "
          "the señor Muñoz said.\n")


def test_latin1_text_is_decoded_and_built(tmp_path, capsys, good_build):
    run = build_with(tmp_path, capsys, {"latin.txt": LATIN1.encode("latin-1")})
    rows = assert_built(run, "latin.txt")
    assert any(r["predicate"] == "visited" and r["object"] == "Bishkek" for r in rows), rows
    assert any("Café Ala-Too" in r["sentence"] for r in rows), rows
    assert any("decoded as Windows-1252" in w for w in run.warnings("latin.txt"))
    assert f"warning: {run.src / 'latin.txt'}: not UTF-8; decoded as" in run.err
    ttl = (run.dest / "articles" / "latin.ttl").read_text(encoding="utf-8")
    assert '"Café talks in Bishkek"' in ttl
    assert_good_articles_built(run, good_build)


UTF16 = ("Title: Mirziyoyev in Moscow\nDate: 2019-04-05\n\nUzbek President Shavkat Mirziyoyev visited Moscow on "
         "4 April 2019. Mirziyoyev met with Russian President Vladimir Putin in the Kremlin. “Ташкент” is Tashkent.\n")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be-bom"])
def test_utf16_with_bom_is_decoded_and_built(tmp_path, capsys, good_build, codec):
    data = UTF16.encode("utf-16") if codec == "utf-16" else b"\xfe\xff" + UTF16.encode("utf-16-be")
    run = build_with(tmp_path, capsys, {"wide.txt": data})
    rows = assert_built(run, "wide.txt")
    assert any(r["predicate"] == "metWith" and "Vladimir Putin" in (r["subject"], r["object"]) for r in rows), rows
    assert any("decoded as UTF-16" in w for w in run.warnings("wide.txt"))
    assert '"Mirziyoyev in Moscow"' in (run.dest / "articles" / "wide.ttl").read_text(encoding="utf-8")
    assert_good_articles_built(run, good_build)


def _big_text(size: int) -> bytes:
    para = ("Russian Defence Minister Sergei Shoigu visited Dushanbe on 28 May 2019 and met with the president "
            "of Tajikistan. " * 5 + "\n").encode()
    return para * (size // len(para) + 1)


def test_50mb_file_is_refused_with_a_limit_the_options_change(tmp_path, capsys, good_build):
    big = _big_text(50 * 1024 * 1024)
    t = time.perf_counter()
    run = build_with(tmp_path, capsys, {"huge.txt": big})
    assert time.perf_counter() - t < 60
    assert_refused(run, "huge.txt", f"is {len(big):,} bytes", "over the limit of 20,000,000 bytes",
                   "raise it with --max-bytes")
    assert run.failed("huge.txt")["kind"] == "too-large"
    assert_good_articles_built(run, good_build)

    # past --max-bytes, the limit on the article body (what spaCy must hold in memory) says no, at once
    shutil.rmtree(tmp_path / "out")
    t = time.perf_counter()
    run = build_with(tmp_path, capsys, {"huge.txt": big}, "--max-bytes", "60000000")
    assert time.perf_counter() - t < 60
    assert_refused(run, "huge.txt", "over the limit of 200,000", "raise it with --max-chars")
    assert_good_articles_built(run, good_build)


def test_max_chars_and_max_bytes_can_be_lowered_and_raised(tmp_path, capsys, good_build):
    run = build_with(tmp_path, capsys, {"long.txt": _big_text(30_000)}, "--max-chars", "20000")
    assert_refused(run, "long.txt", "over the limit of 20,000", "--max-chars")
    run = build_with(tmp_path, capsys, {"long.txt": _big_text(30_000)}, "--max-bytes", "1000")
    assert_refused(run, "long.txt", "over the limit of 1,000 bytes", "--max-bytes")
    assert_good_articles_built(run, good_build)


HTML_PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>Mirziyoyev visits Astana | News site</title>
<meta property="article:published_time" content="2019-04-16T10:00:00Z">
<script>var tracker = function() { return "<p>not text</p>"; };</script>
<style>p { color: red; }</style></head>
<body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/asia">Asia</a></nav>
<article>
<h1>Mirziyoyev visits Astana</h1>
<p>Uzbek President Shavkat Mirziyoyev visited Astana on 15 April 2019. Mirziyoyev met with Kazakh President
Kassym-Jomart Tokayev in Astana, the Kazakh government said in a statement on its website.</p>
<p>Kazakhstan borders Uzbekistan, and the two presidents discussed water, transport and trade for two hours.</p>
</article>
<aside>Read more: Other stories you may like</aside>
<footer>© News site 2019. All rights reserved. Subscribe to our newsletter.</footer>
</body></html>
"""


@pytest.mark.parametrize("name", ["page.html", "saved-page.txt"])
def test_html_page_is_read_as_html(tmp_path, capsys, good_build, name):
    run = build_with(tmp_path, capsys, {name: HTML_PAGE})
    rows = assert_built(run, name)
    assert any(r["predicate"] == "visited" and r["object"] == "Astana" for r in rows), rows
    for r in rows:
        assert "<" not in r["sentence"] and "tracker" not in r["sentence"] and "Subscribe" not in r["sentence"]
    ttl = (run.dest / "articles" / f"{name.rsplit('.', 1)[0]}.ttl").read_text(encoding="utf-8")
    assert '"2019-04-16"^^xsd:date' in ttl
    if name.endswith(".txt"):
        assert any("is an HTML page" in w for w in run.warnings(name))
    assert_good_articles_built(run, good_build)


def test_html_page_without_an_article_is_refused(tmp_path, capsys, good_build):
    page = ("<html><head><title>404 Not Found</title><script>window.location='/'</script></head><body>"
            "<nav><a href='/'>Home</a> | <a href='/news'>News</a></nav><div>Page not found</div></body></html>")
    run = build_with(tmp_path, capsys, {"missing.html": page})
    assert_refused(run, "missing.html", "has no article text")
    assert_good_articles_built(run, good_build)


FRENCH = ("Date: 2019-05-29\n\nLe ministre russe de la Défense, Sergueï Choïgou, s'est rendu à Douchanbé le 28 mai "
          "2019. Il a rencontré le président tadjik Emomali Rahmon. La Russie maintient environ 7 000 soldats dans "
          "sa 201e base militaire au Tadjikistan, a déclaré le ministère. Les deux pays ont signé un accord sur la "
          "défense aérienne commune pour les cinq prochaines années.\n")
RUSSIAN = ("Date: 2019-05-29\n\nМинистр обороны России Сергей Шойгу посетил Душанбе 28 мая 2019 года. Он встретился "
           "с президентом Таджикистана Эмомали Рахмоном. Россия держит около 7000 военных на 201-й базе.\n")


@pytest.mark.parametrize("name, text, phrase", [("francais.txt", FRENCH, "looks like French"),
                                                 ("russkiy.txt", RUSSIAN, "mostly Cyrillic script")])
def test_non_english_article_is_reported_not_mined(tmp_path, capsys, good_build, name, text, phrase):
    run = build_with(tmp_path, capsys, {name: text})
    assert_refused(run, name, "is not English (", phrase, "English articles only")
    assert run.failed(name)["kind"] == "not-english"
    assert_good_articles_built(run, good_build)


def test_malformed_date_header_is_a_warning(tmp_path, capsys, good_build):
    text = ("Date: next Tuesday\n\nTurkmen President Serdar Berdimuhamedov visited Tashkent. Berdimuhamedov met "
            "with Uzbek President Shavkat Mirziyoyev in Tashkent.\n")
    run = build_with(tmp_path, capsys, {"undated.txt": text})
    rows = assert_built(run, "undated.txt")
    assert all(r["date"] == "" for r in rows)
    warnings = run.warnings("undated.txt")
    assert any("malformed Date header 'next Tuesday'" in w and "expected a date such as" in w for w in warnings)
    assert f"warning: {run.src / 'undated.txt'}: malformed Date header 'next Tuesday'" in run.err
    ttl = (run.dest / "articles" / "undated.ttl").read_text(encoding="utf-8")
    assert "dcterms:date" not in ttl
    assert_good_articles_built(run, good_build)


def test_same_article_twice_is_built_once(tmp_path, capsys, good_build):
    copy = GOOD_ARTICLES["alpha.txt"].replace("\n", "\r\n")     # the same text, saved on another system
    run = build_with(tmp_path, capsys, {"zz-copy-of-alpha.txt": copy})
    reason = assert_refused(run, "zz-copy-of-alpha.txt", "is a duplicate of", "the same article text")
    assert str(run.src / "alpha.txt") in reason
    assert run.failed("zz-copy-of-alpha.txt")["kind"] == "duplicate"
    assert run.report["counts"]["articles"] == len(GOOD_ARTICLES)
    assert_good_articles_built(run, good_build)


def test_same_article_id_in_two_folders(tmp_path, capsys, good_build):
    other = GOOD_ARTICLES["beta.txt"].replace("Kazakhstan is", "Uzbekistan is")
    src = write_corpus(tmp_path / "src", GOOD_ARTICLES)
    write_corpus(src / "sub", {"beta.txt": other})
    dest = tmp_path / "out"
    code = main(["build", str(src), "--out", str(dest), "--quiet"])
    cap = capsys.readouterr()
    run = Run(code, cap.out, cap.err, src, dest)
    assert run.code == 1
    entry = run.failed("beta.txt")
    assert entry["path"] == str(src / "sub" / "beta.txt")
    assert "same article id 'beta' as " + str(src / "beta.txt") in entry["reason"]
    assert "must be unique" in entry["reason"]
    assert f"error: {entry['path']}: {entry['reason']}" in run.err
    assert_good_articles_built(run, good_build)


ODD_NAME = 'odd "name" <x> \\ 🚀 עברית.txt'
ODD_TITLE = '"Quoted" \\ back <slash> 🚀 שלום \\"""'
ODD = (f'Title: {ODD_TITLE}\nSource: <https://example.org/a?b="c">\nDate: 2022-06-28\n\n'
       'Russian President Vladimir Putin met with Emomali Rahmon in Dushanbe on 28 June 2022, calling the base a '
       '"\\bastion\\" <of> stability 🚀 שלום עליכם.\n'
       'Putin visited Dushanbe on 28 June 2022 — the "C:\\\\base" {x} <y> 👍🏽 مرحبا \\"""\n')


def test_text_that_needs_escaping_in_turtle_and_iris(tmp_path, capsys, good_build):
    from rdflib import Dataset, Graph, Literal, URIRef
    from rdflib.namespace import DCTERMS
    import pyoxigraph as ox
    from graph.namespace import article_iri
    run = build_with(tmp_path, capsys, {ODD_NAME: ODD})
    rows = assert_built(run, ODD_NAME)
    assert any("🚀" in r["sentence"] and '"\\bastion\\"' in r["sentence"] for r in rows), rows
    aid = ODD_NAME.rsplit(".", 1)[0]
    files = [run.dest / "graph.ttl", run.dest / "articles" / f"{aid}.ttl"]
    for f in files:
        g = Graph().parse(f, format="turtle")
        store = ox.Store()
        store.load(path=str(f), format=ox.RdfFormat.TURTLE)
        assert len(g) == len(store), f
        iri = article_iri(aid)
        assert str(iri).startswith("https://w3id.org/claimgraph/id/article/odd%20%22name%22%20%3Cx%3E%20%5C%20")
        assert g.value(URIRef(iri), DCTERMS.title) == Literal(ODD_TITLE)
        assert g.value(URIRef(iri), DCTERMS.source) == Literal('<https://example.org/a?b="c">')
        sentences = {r["sentence"] for r in rows}
        assert sentences <= {str(o) for o in g.objects(None, URIRef("https://w3id.org/claimgraph/ontology#sentence"))}
    ds = Dataset()
    ds.parse(run.dest / "graph.trig", format="trig")
    store = ox.Store()
    store.load(path=str(run.dest / "graph.trig"), format=ox.RdfFormat.TRIG)
    assert len(list(ds.quads())) == len(store)
    assert main(["validate", str(run.dest / "graph.ttl")]) == 0
    assert_good_articles_built(run, good_build)


def test_very_long_file_name(tmp_path, capsys, good_build):
    name = "é" * 120 + "-long.txt"          # 251 bytes: the per-article file and its temporary name still fit
    run = build_with(tmp_path, capsys, {name: GOOD_ARTICLES["gamma.txt"].replace("Gyumri", "Yerevan")})
    assert_built(run, name)
    assert_good_articles_built(run, good_build)


# ---------------------------------------------------------------------------------------------
# usage errors: exit 2, nothing built


def test_missing_folder_is_a_usage_error(tmp_path, capsys):
    assert main(["build", str(tmp_path / "nope"), "--out", str(tmp_path / "out"), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert f"{tmp_path / 'nope'}: no such folder" in err
    assert not (tmp_path / "out").exists()


def test_folder_without_articles_is_a_usage_error(tmp_path, capsys):
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "notes.csv").write_text("a,b\n")
    assert main(["build", str(tmp_path / "src"), "--out", str(tmp_path / "out"), "--quiet"]) == 2
    assert "no articles found" in capsys.readouterr().err


def test_unknown_option_is_a_usage_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as e:
        main(["build", str(SEEDS), "--out", str(tmp_path / "out"), "--fast"])
    assert e.value.code == 2
    assert "unrecognized arguments: --fast" in capsys.readouterr().err


@pytest.mark.parametrize("args", [["--jobs", "0"], ["--max-bytes", "lots"], ["--max-chars", "-5"]])
def test_bad_option_values_are_usage_errors(tmp_path, capsys, args):
    with pytest.raises(SystemExit) as e:
        main(["build", str(SEEDS), "--out", str(tmp_path / "out"), *args])
    assert e.value.code == 2
    assert f"argument {args[0]}" in capsys.readouterr().err


def test_unwritable_out_is_a_usage_error(tmp_path, capsys):
    src = write_corpus(tmp_path / "src", {"alpha.txt": GOOD_ARTICLES["alpha.txt"]})
    afile = tmp_path / "afile"
    afile.write_text("not a folder")
    assert main(["build", str(src), "--out", str(afile), "--quiet"]) == 2
    assert f"{afile}: --out is a file, not a folder" in capsys.readouterr().err
    assert main(["build", str(src), "--out", str(afile / "below"), "--quiet"]) == 2
    assert f"{afile / 'below'}: cannot write the output folder" in capsys.readouterr().err
    assert afile.read_text() == "not a folder"


# ---------------------------------------------------------------------------------------------
# bad queries and answer files


def test_sparql_syntax_error_names_line_and_column(seeds_out, tmp_path, capsys):
    q = tmp_path / "bad.rq"
    q.write_text("PREFIX cg: <https://w3id.org/claimgraph/ontology#>\nSELECT ?s\nWHERE {\n"
                 "  ?s cg:visited ?o ;\n}}\n", encoding="utf-8")
    assert main(["query", str(seeds_out / "graph.ttl"), str(q)]) == 1
    err = capsys.readouterr().err
    assert f"{q}: SPARQL syntax error at line 5, column 2" in err


def test_inline_sparql_syntax_error(seeds_out, capsys):
    assert main(["query", str(seeds_out / "graph.ttl"), "SELECT ?s WHERE { ?s ?p }"]) == 1
    err = capsys.readouterr().err
    assert "inline query: SPARQL syntax error at line 1, column" in err


def test_missing_query_file(seeds_out, tmp_path, capsys):
    missing = tmp_path / "nowhere.rq"
    assert main(["query", str(seeds_out / "graph.ttl"), str(missing)]) == 2
    assert f"query file {missing} not found" in capsys.readouterr().err


def test_unknown_cq_name_lists_the_known_ones(seeds_out, capsys):
    from graph.cq import cq_names
    assert main(["query", str(seeds_out / "graph.ttl"), "military_presense"]) == 2
    err = capsys.readouterr().err
    assert "unknown competency question 'military_presense'" in err
    assert f"known: {', '.join(cq_names())}" in err


@pytest.mark.parametrize("update", ["INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                                    "PREFIX cg: <https://w3id.org/claimgraph/ontology#>\nDELETE WHERE { ?s cg:visited ?o }",
                                    "DROP ALL"])
def test_update_query_is_refused(seeds_out, capsys, update):
    before = (seeds_out / "graph.ttl").read_bytes()
    assert main(["query", str(seeds_out / "graph.ttl"), update]) == 1
    err = capsys.readouterr().err
    assert "is a SPARQL update; 'query' is read-only" in err
    assert (seeds_out / "graph.ttl").read_bytes() == before


def test_bad_answer_file_names_the_file_and_the_field(seeds_out, tmp_path, capsys):
    answers = tmp_path / "answers"
    answers.mkdir()
    bad = answers / "a.answers.yaml"
    bad.write_text("article: a.txt\nanswers:\n  visits:\n    - {visitor: Putin, plaice: Dushanbe}\n", encoding="utf-8")
    assert main(["eval", str(seeds_out / "graph.ttl"), str(answers)]) == 1
    err = capsys.readouterr().err
    assert f"{bad}:4: answers.visits[0]: unknown field 'plaice'" in err
    bad.write_text("article: a.txt\nanswers:\n  visits:\n    - {visitor: Putin, place: Dushanbe, date: 2021-13-45}\n",
                   encoding="utf-8")
    assert main(["eval", str(seeds_out / "graph.ttl"), str(answers)]) == 1
    err = capsys.readouterr().err
    assert f"{bad}:4: answers.visits[0].date: cannot read value '2021-13-45'" in err
