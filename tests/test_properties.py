"""Property-based tests (hypothesis): any text, in any encoding mess, as an article or as its metadata,
never crashes the build and always gives Turtle and TriG that rdflib and pyoxigraph both accept."""
from __future__ import annotations

import csv
import io
import json
import os
import shutil

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, assume, given, settings, strategies as st
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF

from conftest import GOOD_ARTICLES, write_corpus
from graph.article import Article, ArticleError, article_from_text, decode
from graph.claim import Claim, Entity, EventDate, Quantity
from graph.namespace import CG, article_iri, slug
from graph.rdf import article_graph
from graph.serialize import prefix_header, trig_block, turtle_body

pytestmark = [pytest.mark.filterwarnings("ignore:.*is deprecated:DeprecationWarning"),
              pytest.mark.filterwarnings("ignore:The recursion limit will not be reset")]

# CLAIMGRAPH_HYPOTHESIS_SCALE=20 runs 20 times as many examples (for a long hunt; the suite stays fast).
SCALE = max(1, int(os.environ.get("CLAIMGRAPH_HYPOTHESIS_SCALE", "1")))
FAST = settings(max_examples=100 * SCALE, deadline=None)
SLOW = settings(max_examples=25 * SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                                HealthCheck.function_scoped_fixture])

# Text that reaches the extraction rules: English claims with arbitrary Unicode around and inside them.
TEMPLATES = [
    "Russian President Vladimir Putin visited {0} on 28 June 2022. {1}",
    "{0} Defence Minister Sergei Shoigu met with Emomali Rahmon in Dushanbe, {1} said.",
    "Russia keeps about {0} troops at its 201st military base in Tajikistan. {1}",
    '"{0}," Putin said in Dushanbe on 5 May 2021. Kyrgyzstan borders {1}.',
]
english_ish = st.builds(lambda t, a, b: t.format(a, b), st.sampled_from(TEMPLATES), st.text(max_size=40),
                        st.text(max_size=40))
article_text = st.one_of(st.text(max_size=400), english_ish,
                         st.lists(st.one_of(english_ish, st.text(max_size=60)), max_size=5).map("\n".join))


def assert_both_parsers_accept(turtle: str, trig: str | None = None) -> Graph:
    g = Graph().parse(data=turtle, format="turtle")
    store = ox.Store()
    store.load(turtle.encode("utf-8"), format=ox.RdfFormat.TURTLE)
    assert len(store) == len(g)
    if trig is not None:
        ds = Dataset()
        ds.parse(data=trig, format="trig")
        store = ox.Store()
        store.load(trig.encode("utf-8"), format=ox.RdfFormat.TRIG)
        assert len(store) == len(set(ds.quads())) == len(g)
    return g


@FAST
@given(st.binary(max_size=2000))
def test_any_bytes_decode_or_are_refused_with_a_reason(data):
    try:
        text, note = decode(data, "x.txt")
    except ArticleError as e:
        assert e.reason and str(e).startswith("x.txt: ")
        return
    assert isinstance(text, str)


@FAST
@given(st.text(max_size=2000))
def test_any_text_is_an_article_or_refused_with_a_reason(text):
    try:
        a = article_from_text(text, "x.txt")
    except ArticleError as e:
        assert e.reason and e.kind
        return
    assert a.text.strip()
    assert not any(0xD800 <= ord(c) <= 0xDFFF for c in a.text)


@SLOW
@given(article_text)
def test_any_text_extracts_to_rdf_both_parsers_accept(nlp, text):
    from graph.build import process_article, write_csv_rows
    a = Article(id="prop", path="prop.txt", text=text)
    entry = process_article(a, nlp(text))
    g = assert_both_parsers_accept(prefix_header() + entry["turtle"], prefix_header() + entry["trig"])
    assert (URIRef(article_iri("prop")), CG.articleId, Literal("prop")) in g
    assert entry["claims"] == len(set(g.subjects(RDF.type, CG.Claim)))
    buf = io.StringIO()
    write_csv_rows(buf, entry["csv_rows"])
    assert list(csv.reader(io.StringIO(buf.getvalue(), newline=""))) == entry["csv_rows"]
    json.dumps(entry)


identifier = st.text(min_size=1, max_size=40).filter(lambda s: "/" not in s and "\x00" not in s)
label = st.text(min_size=1, max_size=60)


@st.composite
def claims(draw):
    def entity():
        name = draw(label)
        return Entity(slug(name), name, draw(st.sampled_from(["Person", "State", "City", "Organization"])),
                      tuple(draw(st.lists(label, max_size=2))))
    sentence = draw(st.text(max_size=120))
    obj = draw(st.one_of(st.builds(lambda: entity()), label, st.floats(-1e9, 1e9, allow_nan=False),
                         st.integers(-10**12, 10**12), st.booleans()))
    predicate = draw(st.one_of(st.sampled_from(["visited", "metWith", "stated", "reportedFigure"]),
                               label.map(lambda s: "open:" + s)))
    args = tuple(sorted({("gist", draw(label)), ("date", EventDate("2021-05-08", "day")),
                         ("quantity", Quantity(draw(st.floats(0, 1e6, allow_nan=False)), "troops"))}))
    return Claim(predicate, entity(), obj, sentence, 0, len(sentence), draw(st.sampled_from(
        ["asserted", "reported", "hedged", "negated", "hypothetical"])), entity(), args, draw(label),
        draw(st.floats(0, 1)))


@FAST
@given(identifier, st.one_of(st.none(), label), st.one_of(st.none(), label), st.lists(claims(), max_size=3))
def test_any_ids_titles_labels_and_sentences_are_escaped(aid, title, source, cs):
    a = Article(id=aid, path=f"{aid}.txt", text="x", title=title, source=source)
    triples = list(article_graph(a, cs, 1))
    g = assert_both_parsers_accept(prefix_header() + turtle_body(triples),
                                   prefix_header() + trig_block(URIRef("urn:graph"), triples))
    assert len(g) == len(set(triples))
    clean = lambda s: s.translate({c: "\ufffd" for c in range(0xD800, 0xE000)})  # noqa: E731
    if title is not None:
        assert g.value(article_iri(aid), DCTERMS.title) == Literal(clean(title))
    for c in cs:
        assert Literal(clean(c.sentence)) in set(g.objects(None, CG.sentence))


_shared = {}


@settings(max_examples=10 * SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                   HealthCheck.function_scoped_fixture])
@given(st.one_of(article_text, st.binary(max_size=500)))
def test_a_build_with_any_file_in_it_never_crashes(tmp_path_factory, nlp, content):
    from graph.build import build
    if "root" not in _shared:
        _shared["root"] = tmp_path_factory.mktemp("prop-build")
    root = _shared["root"]
    src = root / "src"
    shutil.rmtree(src, ignore_errors=True)
    write_corpus(src, {"alpha.txt": GOOD_ARTICLES["alpha.txt"], "zzz-any.txt": content})
    report = build(src, root / "out")           # the out folder (and its cache) is shared between examples
    assert report.articles in (1, 2)
    assert len(report.failed) == 2 - report.articles
    for f in report.failed:
        assert f["path"].endswith("zzz-any.txt") and f["reason"]
    out = root / "out"
    for name in ("graph.ttl", "graph.trig"):
        path = out / name
        n = len(Graph().parse(path, format="turtle")) if name.endswith(".ttl") else None
        store = ox.Store()
        store.load(path=str(path), format=ox.RdfFormat.TURTLE if name.endswith(".ttl") else ox.RdfFormat.TRIG)
        if n is not None:
            assert len(store) == n
    for p in (out / "articles").glob("*.ttl"):
        assert_both_parsers_accept(p.read_text(encoding="utf-8"))
