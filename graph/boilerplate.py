"""Block-level boilerplate removal: keep the article body, drop web-page debris.

Each block (a line of a text file, a paragraph of an HTML page) is classified
from its own shape, in the spirit of jusText: prose (sentences, mostly ordinary
words), neutral (a short sentence or a sub-heading) or debris (menus, tags,
credits, "read more" links: short, no sentence punctuation, or separator-laden).
The body is the contiguous run of blocks with the highest score, prose counting
for its words and debris against it, so that teasers for other stories, which
follow the body after a stretch of debris, fall outside it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# How many words of prose one block of debris outweighs: a body only grows across
# debris when what lies beyond is longer than this.
DEBRIS_PENALTY = 60
_SENTENCE_END = re.compile(r"""[.!?]["'”’)\]]*$""")
_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
_SEPARATORS = re.compile(r"\s[|•·»/]\s")
# The most common English function words: prose is dense in them, menus and tags are not.
_FUNCTION_WORDS = frozenset("""a about after all also an and any are as at be been but by can could did do
does for from had has have he her his how i if in into is it its may more most no not of on one only or
other our out over said says she so some such than that the their them then there these they this those
to under up was we were what when where which while who will with would you your""".split())


# Second-person address and requests: news prose reports, site furniture addresses the reader.
_READER_ADDRESS = re.compile(r"\b(you|your|please)\b", re.IGNORECASE)
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")


@dataclass(frozen=True)
class Block:
    start: int   # offset of the block in the text it came from
    text: str


def classify(text: str) -> str:
    """'prose', 'neutral' or 'debris' for one block of text."""
    words = _WORD.findall(text)
    n = len(words)
    if n == 0:
        return "debris"
    if _SEPARATORS.search(text) and n < 12:
        return "debris"                  # "Analysis | Reporting | Europe"
    ends = bool(_SENTENCE_END.search(text.strip()))
    density = sum(w.lower() in _FUNCTION_WORDS for w in words) / n
    if _READER_ADDRESS.search(_QUOTED.sub(" ", text)):
        return "debris"                  # the site talking to its reader: "please support us", "your inbox"
    if n >= 10 and ends and density >= 0.1:
        return "prose"
    if n >= 25 and density >= 0.15:
        return "prose"                   # a long paragraph that lost its final stop
    if ends and n >= 3:
        return "neutral"                 # a short sentence
    if n <= 6 and not ends and text.strip()[:1].isupper() and sum(w[0].isupper() for w in words) >= max(1, n - 1):
        return "neutral"                 # a sub-heading in Title Case inside a body
    return "debris"


def _score(kind: str, text: str) -> int:
    if kind == "prose":
        return len(_WORD.findall(text))
    if kind == "neutral":
        return 0 if len(_WORD.findall(text)) < 6 else 1
    return -DEBRIS_PENALTY


def main_body(blocks: list[Block]) -> tuple[int, int]:
    """Index range [first, last) of the body blocks: the best-scoring contiguous run."""
    best, best_range = None, (0, 0)
    run, run_start = 0, 0
    for i, b in enumerate(blocks):
        s = _score(classify(b.text), b.text)
        if run <= 0:
            run, run_start = s, i
        else:
            run += s
        if best is None or run > best:
            best, best_range = run, (run_start, i + 1)
    first, last = best_range
    # trim neutral blocks at the edges (headlines, bylines, "Support us" lines)
    while first < last and classify(blocks[first].text) != "prose":
        first += 1
    while last > first and classify(blocks[last - 1].text) != "prose":
        last -= 1
    return first, last
