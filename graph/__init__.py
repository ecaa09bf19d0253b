"""claimgraph: claims in news articles as RDF, with their evidence."""
__version__ = "0.1.0"
# Bump when extraction output changes: cached per-article results from another version are rebuilt.
EXTRACTOR_VERSION = "1"

from .article import Article, ArticleError, read_article  # noqa: E402
from .claim import Claim, Entity, EventDate, Quantity  # noqa: E402

__all__ = ["Article", "ArticleError", "Claim", "Entity", "EventDate", "Quantity", "read_article",
           "build", "run_cq", "run_query", "extract_claims", "load_nlp", "article_graph", "validate_graph"]


def __getattr__(name):  # heavy modules load on first use
    if name == "build":
        from .build import build
        return build
    if name in ("run_cq", "run_query"):
        from . import cq
        return getattr(cq, name)
    if name == "extract_claims":
        from .extract import extract_claims
        return extract_claims
    if name == "load_nlp":
        from .nlp import load_nlp
        return load_nlp
    if name == "article_graph":
        from .rdf import article_graph
        return article_graph
    if name == "validate_graph":
        from .validate import validate_graph
        return validate_graph
    raise AttributeError(name)
