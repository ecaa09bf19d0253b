"""Attribution (who says so) and modality (asserted, reported, hedged, negated, hypothetical)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .claim import Entity
from .lexicon import (DENIAL_VERBS, HEDGE_ADVERBS, HEDGE_MODALS, HEDGE_VERBS, HEDGING_SPEECH,
                      HYPOTHETICAL_NOUNS, SPEECH_VERBS)

_QUOTE = re.compile(r"[“\"]([^“”\"]{3,}?)[”\"]")


@dataclass(frozen=True)
class Attribution:
    speaker: Entity | None
    verb: object            # the speech verb token (None for "according to")
    gist: str               # the clause or quote credited to the speaker
    start: int              # character span of what is attributed (the clause or the quote)
    end: int
    also: tuple = ()        # further speakers ("they noted": both presidents)
    anchor: object = None   # the token a statement claim is anchored at


def is_speech_verb(tok) -> bool:
    return tok.lemma_.lower() in SPEECH_VERBS and tok.pos_ in ("VERB", "AUX")


def speech_subject(verb):
    """The speaker token of a speech verb: its subject, or the agent of 'was quoted as saying'."""
    subjects = [ch for ch in verb.children if ch.dep_ == "nsubj"]
    if len(subjects) > 1:
        last = subjects[-1]
        if all(last.left_edge.i <= t.i or t.dep_ == "punct" for t in verb.doc[subjects[0].i + 1:last.i]):
            return last             # "The Syldavia Prime Minister Klow said": a title split off as a second subject
    for ch in verb.children:
        if ch.dep_ == "nsubj":
            return ch
        if ch.dep_ == "agent":
            return next((g for g in ch.children if g.dep_ == "pobj"), None)
    if verb.dep_ == "conj":         # "X thanked him and said ...": the subject they share
        shared = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if shared is not None:
            return shared
    if verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG":
        # "X questioned the plan, remarking that ...", "X told reporters, adding that ...": the main subject
        shared = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if shared is not None:
            return shared
    if verb.dep_ == "acl" and verb.head.pos_ == "PROPN":
        return verb.head        # "..., Ivan Petrov, revealed on May 21 that ..." (a parse that hangs the verb on the name)
    # "X was quoted as saying": saying <- advcl/prep as <- quoted (nsubjpass X)
    h = verb.head
    for _ in range(3):
        if h.lemma_.lower() in ("quote", "cite") or is_speech_verb(h):
            subj = next((c for c in h.children if c.dep_ in ("nsubjpass", "nsubj")), None)
            if subj is not None:
                return subj
        if h.head.i == h.i:
            break
        h = h.head
    return None


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the quotations in a text (inside the quote marks)."""
    return [(m.start(1), m.end(1)) for m in _QUOTE.finditer(text)]


def chain(tok):
    """tok and its heads up to the sentence root, stopping at a relative clause or apposition: what
    "X, which borders Y, denied ..." says of X is outside the denial."""
    out = [tok]
    while tok.head.i != tok.i and tok.dep_ not in ("relcl", "appos") and not _wh_partitive(tok):
        tok = tok.head
        out.append(tok)
    return out


def _wh_partitive(tok) -> bool:
    """'did not say how many of the 2,500 troops would go home': the troops are taken as given; only
    the share is left unsaid."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.head.head.lower_ not in ("many", "much"):
        return False
    return any(c.lower_ == "how" for c in tok.head.head.children)


# Verbs whose infinitive did not happen: "declined to renew", "refused to sign", "failed to agree".
_REFUSAL_VERBS = frozenset("decline refuse fail".split())


def modality_of(tok, reported: bool) -> str:
    """The modality of a claim anchored at token tok (its verb or noun)."""
    toks = chain(tok)
    for t in toks:
        if is_speech_verb(t) and t.i != tok.i:
            if t.lemma_.lower() in DENIAL_VERBS or any(c.dep_ == "neg" for c in t.children):
                return "negated"
            break
        if any(c.dep_ == "neg" for c in t.children) or t.lemma_.lower() in DENIAL_VERBS:
            return "negated"
        if t.i != tok.i and t.lemma_.lower() in _REFUSAL_VERBS and any(c.dep_ == "xcomp" for c in t.children):
            return "negated"            # "declined to renew the agreement", "refused to sign"
        if t.dep_ == "pobj" and any(c.lower_ in ("no", "without") for c in t.children):
            return "negated"
        if t.dep_ in ("pcomp", "pobj") and t.head.lower_ == "without":
            return "negated"            # "ended the talks without signing a treaty"
        if t.i == tok.i and any(o.dep_ in ("dobj", "attr") and any(d.lower_ == "no" for d in o.children)
                                for o in t.children):
            return "negated"            # "X has no base in Y"
        if t.dep_ in ("dobj", "attr") and any(d.lower_ == "no" for d in t.children):
            return "negated"
    for t in toks:
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in t.children):
            return "hypothetical"
        if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
               for c in t.children):
            return "hypothetical"
    # "speculation that X could ...": the claim lies under the noun (a participle clause beside it,
    # "..., fuelling speculation that ...", leaves the main clause as it is)
    if any(w.lemma_.lower() in HYPOTHETICAL_NOUNS for w in [tok, *tok.ancestors]):
        return "hypothetical"
    for t in toks:
        if is_speech_verb(t) and t.i != tok.i:
            if t.lemma_.lower() in HEDGING_SPEECH:
                return "hedged"
            break
        for c in t.children:
            if c.dep_ == "aux" and c.lower_ in HEDGE_MODALS and not (c.lower_ == "would" and reported):
                return "hedged"
            if c.dep_ == "advmod" and c.lower_ in HEDGE_ADVERBS and c.lower_ != "reportedly":
                return "hedged"
        if t.lemma_.lower() in HEDGE_VERBS and t.i != tok.i and any(c.dep_ == "xcomp" for c in t.children):
            return "hedged"
    return "reported" if reported else "asserted"
