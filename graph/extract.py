"""Claim extraction: dependency patterns over a parsed article, one small generator per relation family.

Each `_family(ctx)` generator yields `Claim`s; `extract_claims` runs them all. Rules look at
syntax (dependency labels), lexicons (graph/lexicon.py) and the gazetteer, never at particular
names. Every claim carries its sentence and offsets, modality and speaker.
"""
from __future__ import annotations

import datetime as _dt
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from .article import Article
from .claim import Claim, Entity, EventDate, Quantity, make_args
from .entities import Resolver, facility_entity, from_gazetteer, phrase_text
from .lexicon import (plural_role, HEDGE_MODALS, AID_GOODS, CANDIDATE_WORDS, AGREED_ACTIONS, AGREEMENT_NOUNS, AGREEMENT_VERBS, BROKER_VERBS, ASSIST_NOUNS, ASSIST_VERBS, ATTACK_NOUNS, ATTACK_VERBS,
                      BORDER_NOUNS, DEBT_VERBS, DEPLOY_VERBS, FACILITY_MODIFIERS, FACILITY_NOUNS, FAMILY_NOUNS,
                      INVITE_WORDS, JOIN_VERBS, KILL_VERBS, LEAVE_VERBS, MEET_VERBS, MEMBERSHIP_NOUNS, MOTION_VERBS,
                      NEIGHBOUR_WORDS, NON_FIGURE_UNITS, REPLACE_VERBS, ROLE_NOUNS, SPEECH_VERBS, TITLE_BODY_NOUNS, NON_EVENT_VERBS, CAMPAIGN_NOUNS, CAMPAIGN_VERBS,
                      TALK_NOUNS, TITLE_MODIFIERS, TROOP_NOUNS, VISIT_NOUNS, VISIT_VERBS, WITHDRAW_VERBS,
                      FIGHTER_NOUNS, WAGE_VERBS, ASSIST_MONEY_VERBS, ADMIN_AREA_NOUNS, WEAPON_HIT_VERBS, WEAPON_NOUNS, DEPLOYED_WEAPON_NOUNS, FOUND_VERBS, POST_NOUNS,
                      SETTLEMENT_NOUNS, CHANGE_VERBS, SPEAKING_BODY_NOUNS, REJECT_VERBS, CLAIM_NOUNS, PURCHASE_VERBS, ACCUSE_VERBS)
from .modality import Attribution, is_speech_verb, modality_of, quote_spans, speech_subject
from .quantities import is_currency, parse_quantity
from .nlp import dateline_end
from .timex import ANAPHORIC_DATE, next_day, normalise
from spacy.tokens import Span

_STATEISH = ("State",)
_ACTORS = ("Person", "State", "Organization", "InternationalOrganization", "GovernmentAgency", "ArmedForces",
           "ArmedGroup")
_PLACES = ("State", "City", "Region", "Place", "MilitaryFacility")


# Claims about events that happen on a day: they get a date, and a planned one is not yet an event.
_EVENT_PREDICATES = frozenset("visited metWith attacked signedAgreementWith".split())
# Verbs whose complement is a charge, not a fact the text asserts.
_ACCUSE_VERBS = frozenset("accuse allege blame".split())


def _beside_accusation(tok) -> bool:
    """True when tok is in a temporal clause ('two days after rebels attacked') hung on an accusing verb
    with nothing else hedging it."""
    below = tok
    for a in [tok] + list(tok.ancestors):
        if any(c.dep_ in ("aux", "advmod") and c.lower_ in HEDGE_MODALS | {"reportedly", "allegedly"} for c in a.children):
            return False
        if a.pos_ == "VERB" and a.lemma_.lower() in _ACCUSE_VERBS and a is not tok:
            return below.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("after", "before", "when", "since")
                                                 for m in below.children)
        below = a
    return False


def _accused(tok) -> bool:
    """True when tok lies in what an accusation charges ('accused X of sheltering fighters who carry out
    attacks'), not in a clause beside it ('accused X on Monday, two days after rebels attacked ...')."""
    below = tok
    for a in tok.ancestors:
        if a.pos_ == "VERB" and a.lemma_.lower() in _ACCUSE_VERBS:
            return below.dep_ in ("prep", "ccomp", "xcomp", "dobj", "pcomp")
        below = a
    return False

_ARTICLE_DATED = "+article-date"     # extractor suffix: the date is the article's, a later link may replace it
_PLAN_VERBS = frozenset("expect plan schedule set intend prepare hope aim".split())


def _planned(tok) -> bool:
    """'will visit', 'is expected to meet', 'plans to sign', 'a planned visit'."""
    for t in [tok] + [a for a in tok.ancestors][:3]:
        if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in t.children):
            return True
        if t.dep_ == "xcomp" and (t.head.lemma_.lower() in _PLAN_VERBS or t.head.lemma_ == "be" and t.head.tag_ in (
                "VBZ", "VBP") and any(c.lower_ == "to" for c in t.children)):
            return True     # "plans to meet", "are to meet" (not "were to meet": a report of the day's plan)
        if any(c.dep_ == "amod" and c.lower_ in ("planned", "upcoming", "scheduled", "proposed", "expected")
               for c in t.children):
            return True
        if any(c.dep_ in ("acomp", "advmod") and c.lower_ in ("due", "expected", "scheduled", "set") for c in t.children):
            return True     # "X is due in Klow next week"
        if t.dep_ not in ("xcomp", "aux", "dobj", "pobj", "prep") and not (
                t.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)):
            break       # (on through a purpose clause: "X is due in Klow next week to sign a pact")
    return False


# Verbs of wanting to act: "seeks to supply", "proposed to send".
_WISH_VERBS = frozenset("seek want wish propose consider hope try".split())
# Verbs of a promise: aid pledged, promised or offered is not (yet) given.
_PLEDGE_VERBS = frozenset("pledge promise offer vow".split())


def _pledged(tok) -> bool:
    """'pledged $1 billion in aid', 'promised that Y would keep up its support', 'offered to send troops':
    tok is what a promise is about (within its clause; not 'pledged aid and sent tanks')."""
    t = tok
    while True:
        if t.pos_ == "VERB" and t.lemma_.lower() in _PLEDGE_VERBS:
            return True
        if t.dep_ == "xcomp" and t.head.lemma_.lower() in _PLAN_VERBS | _WISH_VERBS:
            return True     # "is expected to send troops", "plans to provide": not yet given
        if t.dep_ in ("ROOT", "advcl", "relcl", "acl", "parataxis") or t.dep_ == "conj" and t.pos_ in ("VERB", "AUX"):
            return False
        t = t.head


@dataclass
class _Ctx:
    doc: object
    article: Article
    res: Resolver
    attributions: dict[int, Attribution] = field(default_factory=dict)   # sentence start token -> attribution
    more_attributions: list = field(default_factory=list)   # further speech verbs of a sentence
    claims: list[Claim] = field(default_factory=list)
    roles: dict[str, tuple[str, Entity | None]] = field(default_factory=dict)  # person key -> (role, org)
    place_states: set = field(default_factory=set)   # keys of states the article names as places
    named_facilities: dict | None = None
    visit_dates: dict = field(default_factory=dict)   # visitor key -> date of a trip named without its place
    cache: dict = field(default_factory=dict)   # facts of the whole article, computed once

    def date_of(self, tok) -> EventDate | None:
        return _date_near(self, tok)

    def dateline_end(self) -> int | None:
        """Where the article's dateline ends (computed once)."""
        if "dateline_end" not in self.cache:
            self.cache["dateline_end"] = dateline_end(self.doc.text)
        return self.cache["dateline_end"]

    def dateline_places(self) -> list:
        """The place mentions (city, region, state) of the article's dateline, in order (computed once)."""
        if "dateline_places" not in self.cache:
            end = self.dateline_end()
            self.cache["dateline_places"] = [m for m in self.res.mentions if end is not None
                                             and self.doc[m.start].idx < end
                                             and m.entity.type in ("City", "Region", "State")]
        return self.cache["dateline_places"]

    def ent_at(self, i: int):
        """The named-entity span that starts at token i, if any (indexed once)."""
        if "ents_by_start" not in self.cache:
            self.cache["ents_by_start"] = {e.start: e for e in self.doc.ents}
        return self.cache["ents_by_start"].get(i)

    def claim(self, predicate, subject, obj, anchor, extractor, confidence=0.6, modality=None, **roles) -> Claim:
        sent = anchor.sent
        att = self.attribution_for(anchor)
        mod = modality or modality_of(anchor, reported=att is not None)
        if (predicate in _EVENT_PREDICATES or extractor.startswith("presence-")) and mod in ("asserted", "reported") \
                and _planned(anchor):
            mod = "hedged"          # "is expected to visit", "will meet": a forecast, not (yet) an event
        if predicate == "attacked" and modality is None and mod in ("asserted", "reported") and _accused(anchor):
            mod = "hedged"          # "X accused Y of sheltering fighters who carry out attacks": an accusation
        elif predicate == "attacked" and mod == "hedged" and _beside_accusation(anchor):
            mod = "asserted"        # "X accused Y on Monday of ..., two days after rebels attacked a base": a fact
        if predicate == "providedAssistanceTo" and mod in ("asserted", "reported", "hedged") and _pledged(anchor):
            mod = "hypothetical"    # "pledged $1 billion in aid": a promise, not aid given
        if predicate in _EVENT_PREDICATES and roles.get("date") is None:
            d = self.article_date_for(anchor)
            if d is not None:
                roles = {**roles, "date": d}
                confidence = min(confidence, 0.4)
                extractor += _ARTICLE_DATED
        text = sent.text
        lead = len(text) - len(text.lstrip())
        text = text.strip()     # a sentence span may carry the whitespace that follows it
        c = Claim(predicate=predicate, subject=subject, object=obj, sentence=text,
                  start=sent.start_char + lead, end=sent.start_char + lead + len(text), modality=mod,
                  speaker=att.speaker if att and mod != "asserted" else None,
                  args=make_args(**roles), extractor=extractor, confidence=confidence)
        if extractor.endswith(_ARTICLE_DATED) and self.cache.pop("told_date", False):
            self.cache.setdefault("told_claims", set()).add(_claim_key(c))
        return c

    def article_date_for(self, anchor) -> EventDate | None:
        """News reports recent events: an event told in the past tense with no date of its own is dated
        by the article (day precision, lower confidence). Linked dates (a trip, a signing) replace it."""
        if self.article.date is None:
            return None
        verb = anchor if anchor.pos_ in ("VERB", "AUX") else anchor.head
        if anchor.pos_ == "NOUN" and anchor.dep_ == "pobj" and verb.pos_ == "ADP":
            verb = verb.head        # "X flew home after a visit to Y": the tense of the clause it is in
        if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.pos_ == "ADP":
            verb = verb.head.head   # "X spoke after holding talks with Y": the tense of the clause it is in
        if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl") and not _children(verb, "aux", "nsubj") \
                and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head        # "X, speaking in Klow, said": the tense of the clause it hangs on
        progressive = verb.tag_ == "VBG" and any(c.lower_ in ("is", "are") for c in _children(verb, "aux")) \
            and verb.dep_ in ("relcl", "advcl")     # "X, who is visiting Klow, met Y", "where he is attending ..."
        if verb.tag_ not in ("VBD", "VBN") and not progressive \
                and not any(c.tag_ == "VBD" for c in verb.children if c.dep_ in ("aux", "auxpass")):
            return None
        told = _context_date(self, anchor)
        self.cache["told_date"] = told is not None      # (a day the story tells, not only the article's)
        return told or EventDate(self.article.date.isoformat(), "day")

    def attribution_for(self, tok) -> Attribution | None:
        a = self.attributions.get(tok.sent.start)
        if a is None:
            return None
        if a.verb is not None and tok.i == a.verb.i:
            return None
        if a.start <= tok.idx < a.end:
            return a
        return None


# ---------------------------------------------------------------------------------------------
# helpers

def _is(tok, lexicon) -> bool:
    """tok's word or lemma is in the lexicon ('talks' and 'talk', 'troops' and 'troop')."""
    return tok.lower_ in lexicon or tok.lemma_.lower() in lexicon


def _children(tok, *deps):
    return [c for c in tok.children if c.dep_ in deps]


def _along_with(tok):
    """The objects of 'along with' under tok ("X, along with A and B, ...")."""
    return [o for a in tok.children if a.lower_ == "along" for o in _prep_objs(a, "with")]


def _prep_objs(tok, *preps):
    """pobj tokens of the given prepositions under tok ('to', 'in', ...), with their conjuncts."""
    out = []
    for p in tok.children:
        if p.dep_ in ("prep", "dative", "agent") and p.lower_ in preps:
            for o in p.children:
                if o.dep_ == "pobj":
                    out += [o] + list(o.conjuncts)
    return out


def _with_conj(tok):
    out = [tok] + list(tok.conjuncts)
    # "A, B and C" misparsed as A with the apposition "B and C"
    for c in tok.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN" and any(g.dep_ == "conj" for g in c.children):
            out += [c] + [x for x in c.conjuncts if x not in out]
    return out


# Verbs whose object is the subject of their infinitive: "urged X to join", "asked X to leave".
_OBJECT_CONTROL = frozenset("urge ask invite persuade encourage allow force order tell help push press call".split())


def _subjects(verb):
    """The subject tokens of a verb, following xcomp/conj/relcl/acl up to the clause that has one."""
    v = verb
    for _ in range(4):
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            out = []
            for s in subj:      # the parser may give a verb two subjects ("A and B met")
                if s.lower_ in ("who", "which", "that") and v.dep_ == "relcl":
                    s = v.head
                out += [x for x in _with_conj(s) if x.i not in {y.i for y in out}]
            return out
        if v.dep_ == "xcomp" and v.head.lemma_.lower() in _OBJECT_CONTROL:
            objs = [c for c in v.head.children if c.dep_ == "dobj"]
            if objs:
                return _with_conj(objs[0])      # "urged Freedonia to join": Freedonia joins
        if v.dep_ in ("xcomp", "conj", "advcl", "ccomp") and v.head.i != v.i:
            v = v.head
            continue
        if v.dep_ == "pcomp" and v.head.lower_ in ("of", "for") and (
                _is(v.head.head, ACCUSE_VERBS) or v.head.head.dep_ == "dobj" and _is(v.head.head.head, ACCUSE_VERBS)):
            accused = v.head.head if v.head.head.dep_ == "dobj" else next(iter(_children(v.head.head, "dobj")), None)
            return _with_conj(accused) if accused is not None else []   # "accused X of supplying Y": X supplies
        if v.dep_ == "pcomp" and v.head.dep_ == "prep" and v.head.head.pos_ in ("VERB", "AUX"):
            v = v.head.head      # "X spoke after holding talks": X holds them
            continue
        if v.dep_ in ("relcl", "acl"):
            return [v.head]
        break
    return []


_CLAUSE_DEPS = frozenset("advcl relcl acl ccomp pcomp csubj xcomp".split())


def _clause_head(tok):
    """The head of the clause tok belongs to."""
    t = tok
    while t.head.i != t.i:
        if t.dep_ in _CLAUSE_DEPS and t.pos_ in ("VERB", "AUX"):
            return t
        t = t.head
    return t


def _date_near(ctx, tok, skip_subject=False) -> EventDate | None:
    """A date attached to tok (its prepositional or noun modifiers, not a clause inside it), else
    the one date of tok's own clause. With skip_subject, a date inside the subject ("X, who took over
    in 2013, said ...": the parser may hang "in 2013" on X) does not date the clause."""
    own = _clause_head(tok)
    if skip_subject:
        inside = {t.i for s_ in _children(own, "nsubj") for c in s_.children if c.dep_ in ("relcl", "appos")
                  for t in s_.subtree if t.i > c.i}      # (not "The chief on Wednesday accused ...")
        if any(ctx.doc[i].ent_type_ == "DATE" for i in inside):
            dated = [t for t in own.sent if t.ent_type_ == "DATE" and t.ent_iob_ == "B" and t.i not in inside
                     and _clause_head(t).i == own.i]
            return _date_at(ctx, dated[0]) if len(dated) == 1 else None
    shifted = _shifted_date(ctx, own)
    if shifted is not None:
        return shifted
    span = next((u for u in own.children if u.dep_ == "npadvmod" and u.lemma_.lower() in ("week", "month")
                 and u.ent_type_ != "DATE" and [c.lower_ for c in u.children if c.dep_ == "det"] == ["that"]), None)
    if span is not None and not any(t.ent_type_ == "DATE" and _clause_head(t).i == own.i for t in own.sent):
        # "X was in Klow that week" (not tagged as a date): within the month of the date told before
        told = _told_before(ctx, span, None, back=5, stop=True)
        return EventDate(told.iso[:7], "month") if told is not None and told.precision in ("day", "month") else told
    if own.dep_ == "advcl" and any(c.lower_ == "when" for c in _children(own, "advmod")) and own.head.i != own.i:
        # "agreed to build it in August 2008, when X signed the deal": the when-clause happens at its
        # head's date unless it names its own (a date inside its subject's relative clause does not count)
        inside = {t.i for s_ in _children(own, "nsubj", "nsubjpass") for t in s_.subtree if t.i != s_.i}
        own_dates = [t for t in own.subtree if t.ent_type_ == "DATE" and t.i not in inside and t.lower_ != "then"]
        if not own_dates:
            return _date_near(ctx, own.head)
    if own.dep_ == "relcl" and own.head.ent_type_ == "DATE" and not any(t.ent_type_ == "DATE" for t in own.subtree):
        # "since 2010, when X shelled Y": a clause on a date happened then
        ent = next((e for e in tok.doc.ents if e.label_ == "DATE" and e.start <= own.head.i < e.end), None)
        d = _date_at(ctx, tok.doc[ent.start]) if ent is not None else None
        if d is not None:
            return d
    cands = []
    for t in tok.subtree:
        ent = ctx.ent_at(t.i) if t.ent_iob_ == "B" else None
        if t.ent_type_ == "DATE" and t.ent_iob_ == "B" and _clause_head(t).i == own.i \
                and not (ent is not None and ent.root.head.lower_ == "since") \
                and not _later_of_another_verb(ctx, t, own):   # "his first since 2019"
            cands.append(t)
    if not cands:
        dates = set()
        for t in tok.sent:
            if t.ent_type_ == "DATE" and t.ent_iob_ == "B" and _clause_head(t).i == own.i \
                    and not _later_of_another_verb(ctx, t, own):
                d = _date_at(ctx, t)
                if d is not None:       # a duration ("in five years") dates nothing
                    cands.append(t)
                    dates.add(d.iso)
        if len(dates) > 1:
            return None
        if not dates:
            # "On Tuesday, X shot down drones fired at ships in the largest attack yet": a participle
            # clause with no subject and no date of its own happens when its main clause does
            if own.dep_ in ("advcl", "acl") and (own.tag_ in ("VBN", "VBG") or own.dep_ == "acl") \
                    and own.head.i != own.i \
                    and not _children(own, "nsubj", "nsubjpass"):
                return _date_near(ctx, own.head)
            return None
    for t in cands:
        d = _date_at(ctx, t)
        if d is not None:
            return d
    return None


def _later_of_another_verb(ctx, t, own) -> bool:
    """Whether the DATE entity at t is a span from another date ('a day earlier') that modifies a verb other
    than own: 'X said it struck Y on Thursday, ... a truce took hold a day earlier' dates the truce only."""
    ent = ctx.ent_at(t.i)
    if ent is None or not _LATER.match(ent.text.strip()):
        return False
    verb = next((a for a in ent.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.i != own.i


def _date_at(ctx, t) -> EventDate | None:
    """The date of the DATE entity that starts at token t; 'later that day' is the day told before."""
    ent = ctx.ent_at(t.i)
    if ent is None:
        return None
    if ANAPHORIC_DATE.match(ent.text.strip()):
        # the sentence's own earlier day, else a day of the two sentences before: the main clause's
        # day first ("X said on May 2 that Y attacked on May 1 ... the same day" is May 2)
        sent = t.sent
        for k in range(5):
            if k >= 3 and "\n" in t.doc[sent.end - 1:t.sent.start + 1].text:
                break   # past two sentences back, only within the paragraph (a parser's split sentence)
            days = []
            for e in sent.ents:
                d = normalise(e.text, ctx.article.date) if e.label_ == "DATE" and e.start < ent.start else None
                if d is not None and d.precision == "day":
                    days.append((_clause_head(e.root).dep_ == "ROOT", e.start, d))
            if days:
                return max(days, key=lambda x: (x[0], x[1]))[2]
            if sent.start == 0:
                break
            sent = t.doc[sent.start - 1].sent
        return None
    m = _LATER.match(ent.text.strip())
    if m:
        # "Two days later", "Days later", "a week later": from the date told just before
        base = _told_before(ctx, t, ent)
        word = (m.group(1) or "").lower()
        q = parse_quantity(word) if word and word not in ("a", "an", "one") else None
        n = 1 if word in ("a", "an", "one") else (q.value if q is not None else None)
        unit = m.group(2).lower().rstrip("s")
        sign = 1 if m.group(3).lower() == "later" else -1
        if n is not None:
            return _shift(base, unit, int(n), sign)
        if base is not None and unit in ("day", "week"):
            return EventDate(base.iso[:7], "month") if base.precision == "day" else base    # (about when)
        return None
    if _THAT_SPAN.match(ent.text.strip()):
        # "X was in Klow that week", "later that month": within the month of the date told before
        told = _told_before(ctx, t, ent, back=5, stop=True)
        return EventDate(told.iso[:7], "month") if told is not None and told.precision in ("day", "month") else told
    m = _THAT_YEAR.match(ent.text.strip())
    if m:
        # "in April that year": the year told just before
        told = _told_before(ctx, t, ent)
        if told is None:
            return None
        year = told.iso[:4]
        return normalise(f"{m.group(1)} {year}", ctx.article.date) if m.group(1) else EventDate(year, "year")
    return normalise(ent.text, ctx.article.date)


# "Two days later", "days later", "a week earlier": a span from the date told before.
_LATER = re.compile(r"(?i)^(?:(a few|\w+)\s+)?(days?|weeks?|months?|years?)\s+(later|earlier)$")


# "that week", "later that month", "the same month": a span around the date told before.
_THAT_SPAN = re.compile(r"(?i)^(?:(?:later|earlier)\s+)?(?:(?:in|during|on)\s+)?(?:that|the same)\s+(?:week|month)$")


def _told_before(ctx, t, ent, back=2, stop=False) -> EventDate | None:
    """The last date the text told before the DATE entity ent (its sentence, else the `back` before); with stop,
    none when the last one told cannot be read."""
    sent = t.sent
    start = ent.start if ent is not None else t.i
    for _ in range(back + 1):
        dated = [e for e in sent.ents if e.label_ == "DATE" and e.start < start]
        told = [d for e in dated for d in [normalise(e.text, ctx.article.date)] if d is not None]
        if told:
            return told[-1]
        if dated and stop:
            return None     # (the date told last is one we cannot read)
        if sent.start == 0:
            break
        sent = t.doc[sent.start - 1].sent
    return None


# "April that year", "that same year": a month of the year told before.
_THAT_YEAR = re.compile(r"(?i)^(?:(january|february|march|april|may|june|july|august|september|october|november|december)"
                        r"\s+(?:of\s+)?)?that (?:same )?year$")


# Prepositions of a date that bounds a span rather than dating an event: "since 2019", "until March".
_SPAN_DATE_PREPS = frozenset("since until till by before after from through throughout during".split())


def _context_date(ctx, anchor) -> EventDate | None:
    """The date the story gives an undated event: the one date its sentence names in another clause
    ("in December, when the summit collapsed; X, who had flown there, held talks"), else the day of the
    two sentences before when it is within a week of the article ("met on Friday ... X held talks")."""
    dates = {}
    for e in anchor.sent.ents:
        when = any(c.dep_ == "relcl" for c in e.root.children)    # "since December, when the summit failed"
        if e.label_ == "DATE" and _in_aside(e.root, anchor):
            continue
        if e.label_ == "DATE" and _in_since_clause(e.root, anchor):
            continue    # "the first deaths since the war began in October": when a span began, not the event
        if e.label_ == "DATE" and (e.root.head.lower_ not in _SPAN_DATE_PREPS or when):
            d = _date_at(ctx, anchor.doc[e.start])
            if d is not None and d.precision in ("day", "month"):
                dates[d.iso] = d
    if len(dates) == 1:
        return next(iter(dates.values()))
    if dates:
        return None
    start = anchor.sent.start
    for _ in range(2):
        if start == 0:
            break
        sent = anchor.doc[start - 1].sent
        start = sent.start
        days = [d for e in sent.ents if e.label_ == "DATE" and e.root.head.lower_ not in _SPAN_DATE_PREPS
                and not _in_aside(e.root, anchor)      # "X, who arrived on Friday, met Y. The two then ..."
                for d in [_date_at(ctx, anchor.doc[e.start])] if d is not None and d.precision == "day"]
        recent = [d for d in days if _within_days_before(ctx, d, 7)]
        if len(set(d.iso for d in recent)) == 1:
            return recent[0]
        if days:
            return None
    return None


def _in_since_clause(tok, anchor) -> bool:
    """Whether tok lies in a 'since' clause ('since the war began in October') that anchor is outside of."""
    head = _clause_head(tok)
    return any(c.dep_ == "mark" and c.lower_ == "since" for c in head.children) \
        and not (head.left_edge.i <= anchor.i <= head.right_edge.i)


def _in_aside(tok, anchor) -> bool:
    """Whether tok lies in a relative clause on a non-date noun that anchor is outside of: "X, who arrived
    on Monday, held talks" or "Y, who took over last month, later flew to Z" date the aside, not the talks."""
    t = tok
    while t.head.i != t.i:
        if t.dep_ == "relcl" and t.head.ent_type_ != "DATE" and t.head.pos_ in ("PROPN", "NOUN", "PRON"):
            return not (t.left_edge.i <= anchor.i <= t.right_edge.i)
        t = t.head
    return False


def _sentences_before(tok, n=2) -> int:
    """The index of the first token of the sentence `n` sentences before tok's (0 at the start)."""
    start = tok.sent.start
    for _ in range(n):
        if start == 0:
            break
        start = tok.doc[start - 1].sent.start
    return start


def _entity(ctx, tok, want=None, types=None):
    e = ctx.res.resolve(tok, want=want)
    if e is not None and types and e.type not in types:
        return None
    return e


def _ents(ctx, toks, want=None, types=None):
    out = []
    for t in toks:
        e = _entity(ctx, t, want, types)
        if e is not None and e.key not in {x.key for x in out}:
            out.append(e)
    return out


def _capital(ctx, state) -> Entity | None:
    """The gazetteer's capital of a state entity."""
    entry = ctx.res.gaz.get(state.key) if state is not None else None
    cap = ctx.res.gaz.capital_of(entry.country) if entry is not None and entry.country else None
    return from_gazetteer(cap) if cap is not None else None


def _the_city(ctx, tok):
    """'the city', 'the town' with no name: the city named last in the three sentences before; 'the
    Syldavian capital', "Syldavia's capital": the state's capital (the gazetteer's); 'the capital' alone:
    the capital of the state the story is about."""
    if tok.lemma_.lower() == "capital" and tok.pos_ == "NOUN" and ctx.res.entity_at(tok.i) is None:
        for c in tok.children:
            cap = _capital(ctx, ctx.res.as_state(ctx.res.entity_at(c.i))) if c.dep_ in ("amod", "compound", "poss") \
                else None
            if cap is not None:
                return cap
        if [c.lower_ for c in tok.children if c.dep_ in ("det", "amod", "compound", "poss")] == ["the"]:
            return _capital(ctx, _the_country(ctx, tok))
    if tok.lemma_.lower() in ("city", "town") and ctx.res.entity_at(tok.i) is None and not _prep_objs(tok, "of") \
            and [c.lower_ for c in tok.children if c.dep_ in ("det", "amod", "compound", "poss")] == ["the"]:
        return ctx.res.recent(tok.i, ("City",), window=3)
    return None


def _place_entities(ctx, toks):
    # "near the Molvanian border" is no place in Molvania
    toks = [t for t in toks if not _is(t, BORDER_NOUNS)]
    found = [_longer_name(ctx, t) or e for t in toks for e in [_entity(ctx, t, "place", _PLACES)] if e is not None] \
        if any(_longer_name(ctx, t) for t in toks) else _ents(ctx, toks, want="place", types=_PLACES)
    # "in the Syldavian capital": the capital city, not the state its adjective names
    found = [c if t.lemma_.lower() == "capital" and t.head.lower_ in ("in", "to", "at")
             and (c := _the_city(ctx, t)) is not None else e
             for t, e in zip(toks, found)] if len(found) == len(toks) else found
    # "bombed the embassy in the city": the city named before
    return found or [e for t in toks for e in [_the_city(ctx, t)] if e is not None]


def _longer_name(ctx, tok):
    """'Mocímboa da Praia' is not the city of Praia: a gazetteer city whose name is the tail of a longer
    capitalised name (the parser's compounds before it) is the place of that whole name."""
    m = ctx.res.mention_span(tok.i)
    if m is None or m.entity.type != "City":
        return None
    head = ctx.doc[m.end - 1]
    left = [c.i for c in head.children if c.dep_ == "compound" and c.i < m.start and c.pos_ == "PROPN"
            and (ctx.res.entity_at(c.i) is None or ctx.res.entity_at(c.i).type == "Person")]
    if not left or not all(ctx.doc[i].pos_ == "PROPN" for i in range(min(left), m.start)):
        return None
    name = ctx.doc[min(left):m.end].text
    return Entity("place-" + _slug(name), name, "City")


# ---------------------------------------------------------------------------------------------
# attribution

# Subjects of speech verbs that name no one: the claim is reported, but by nobody in particular.
_NOT_SPEAKERS = frozenset("""report reports media medium source sources observer observers some many analyst analysts
summary readout transcript figures""".split())


# Subject nouns that stand for a state's government when a demonym qualifies them ("Ruritanian authorities").
_GOVERNMENT_NOUNS = frozenset("authorities government officials leadership side".split())


def _speakers(ctx, subj):
    """Who a speech verb's subject credits: a name, the name in apposition, a title's holder, a
    pronoun's antecedent, a relative ("his father"), a government ("Ruritanian authorities"), or an
    unnamed office or body as written ("the Ruritanian Minister of Health", "the agency's service")."""
    res = ctx.res
    if subj.lower_ in ("who", "that", "which") and subj.tag_ in ("WP", "WDT"):
        v = subj.head
        while v.dep_ == "conj" and v.head.i != v.i:
            v = v.head
        # "X, who called on him and said ...": the relative clause's noun speaks
        return _speakers(ctx, v.head) if v.dep_ == "relcl" and v.head.i != subj.i else []
    e = res.entity_at(subj.i)
    if e is None:
        for ap in _children(subj, "appos"):
            e = e or res.entity_at(ap.i)
    if e is None and _is(subj, ROLE_NOUNS):
        # "The commander of the Syldavian contingent, Ivo Marek, said": the name hangs on the 'of' phrase
        for o in _prep_objs(subj, "of"):
            for ap in _children(o, "appos"):
                x = res.entity_at(ap.i)
                e = e or (x if x is not None and x.type == "Person" else None)
    if (e is None or e.type in ("Organization", "City", "Place")) and (subj.pos_ == "PROPN" or subj.is_title):
        e = _named_person_before(ctx, subj) or e     # "Dvor accused ...": a surname the tagger missed or took for a place
    if e is not None:
        out = [res.as_state(e) if e.type == "City" and res.as_state(e) else e]
        for c in _children(subj, "conj") if len(_with_conj(subj)) == 2 else ():
            # "Klow and Zelen blamed Y": each of two named subjects speaks (not a list of pledging states)
            x = res.entity_at(c.i)
            x = res.as_state(x) if x is not None and x.type == "City" and res.as_state(x) else x
            if x is not None and x.type in _ACTORS and x.key not in {o.key for o in out}:
                out.append(x)
        return out
    low = subj.lower_
    if subj.tag_ == "NNS" and _is(subj, ROLE_NOUNS) and _prep_objs(subj, "of"):
        # "the presidents of Syldavia and Borduria": each state's holder of the office, when the article names them
        office = " ".join([c.lower_ for c in subj.children if c.dep_ in ("amod", "compound") and c.i < subj.i]
                          + [subj.lemma_.lower()])     # "the foreign ministers of A and B": foreign minister
        out = []
        for st in _ents(ctx, [x for o in _prep_objs(subj, "of") for x in _with_conj(o)], want="state", types=("State",)):
            holder = next((m.entity for m in res.mentions if m.entity.type == "Person"
                           and ctx.roles.get(m.entity.key, ("", None))[0].lower() == office
                           and getattr(ctx.roles[m.entity.key][1], "key", None) == st.key), None)
            out.append(holder)
        if len(out) >= 2 and all(out):
            return out
    if low in ("they", "them") or (subj.tag_ == "NNS" and _is(subj, ROLE_NOUNS)):
        group = _plural_antecedents(ctx, subj)
        if group:
            return group
    if low in ("it", "they"):
        main = _relative_clause_owner(ctx, subj)
        if main is not None:
            return [main]
    if subj.lemma_.lower() in FAMILY_NOUNS:
        rel = _relative(ctx, subj)
        if rel is not None:
            return [rel]
    e = res.pronoun(subj) or res.title_holder(subj)
    if e is not None:
        return [e]
    if _is(subj, _GOVERNMENT_NOUNS):
        e = res.generic(subj)
        if e is not None:
            return [e]
    e = res.same_name_org(subj)
    if e is not None:
        return [e]
    pair = _two_states(ctx, subj)
    if pair:
        return pair
    if _unnamed_people(subj):
        return []           # "officials in Klow", "diplomats", "a Syldavian official": nobody named
    if _is(subj, ROLE_NOUNS):
        return [Entity("person-" + _slug(phrase_text(subj)), phrase_text(subj), "Person")]
    if subj.pos_ in ("NOUN", "PROPN") and subj.lemma_.lower() not in _NOT_SPEAKERS and subj.lemma_.lower() not in (
            "statement", "report", "it", "this") and _speaking_phrase(ctx, subj):
        before = _body_named_before(subj)
        if before is not None:
            return _speakers(ctx, before)       # "Syldavia's defence ministry said ... . The ministry said"
        return [ctx.res.phrase_entity(subj, "Organization")]
    return []


def _body_named_before(subj):
    """'the ministry' after "Syldavia's defence ministry" in the three sentences before: the body named
    in full (the nearest before)."""
    if not _is(subj, SPEAKING_BODY_NOUNS) or [c.lower_ for c in subj.children] != ["the"]:
        return None
    for t in reversed(subj.doc[_sentences_before(subj, 3):subj.i]):
        if t.lemma_.lower() == subj.lemma_.lower() and t.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ in ("compound", "amod", "poss") or c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
            return t
    return None


def _speaking_phrase(ctx, tok) -> bool:
    """An unnamed speaker phrase that still stands for a body: a body noun ('the foreign ministry', 'its
    cabinet'), a noun a name modifies ('the Syldavian press service', 'a UN panel'), or a name the tagger
    split ('Klow Dvor'). Not people placed by a name ('opposition politicians in Klow')."""
    if _is(tok, SPEAKING_BODY_NOUNS):
        return True
    if tok.pos_ == "PROPN":
        return any(ctx.res.entity_at(t.i) is not None for t in tok.subtree)
    return any(
        ctx.res.entity_at(c.i) is not None for c in tok.children if c.dep_ in ("compound", "amod", "poss", "nmod"))


# Nouns for the states of a pair: "the two governments", "both sides".
_PAIR_NOUNS = frozenset("government country side nation state capital".split())


def _two_states(ctx, subj):
    """'Syldavia and Borduria agreed ..., the two governments said': the two states named in the sentence
    (else in the one before)."""
    if subj.tag_ != "NNS" or subj.lemma_.lower() not in _PAIR_NOUNS or not any(
            c.lower_ in ("two", "both") for c in subj.children):
        return []
    for start in (subj.sent.start, _sentences_before(subj, 1)):
        states = []
        for m in ctx.res.mentions:
            if start <= m.start < subj.i and m.entity.type == "State" and m.entity.key not in {e.key for e in states}:
                states.append(m.entity)
        if len(states) == 2:
            return states
    return []


def _unnamed_people(subj) -> bool:
    """A speaker phrase that names no one: a plural role or a role with an indefinite article ('officials
    in Klow', 'diplomats', 'a Syldavian official'), or people who are no office ('some politicians')."""
    if subj.pos_ != "NOUN" or _is(subj, SPEAKING_BODY_NOUNS):
        return False
    if _is(subj, ROLE_NOUNS) and any(c.dep_ == "det" and c.lower_ in ("a", "an", "some", "one", "several", "many")
                                     for c in subj.children):
        return True
    # a plural role no name qualifies ("Kurdish security officials" still speak for the Kurds)
    return subj.tag_ == "NNS" and _is(subj, ROLE_NOUNS) and not any(
        c.dep_ in ("compound", "amod", "poss", "nmod") and c.ent_type_ for c in subj.children)


def _relative_clause_owner(ctx, pron):
    """'Syldavia bombed crossings that it said Klow used': 'it' in a relative clause is the main subject."""
    verb = pron.head
    if verb.dep_ == "relcl":
        main = verb.head.head if verb.head.dep_ in ("dobj", "pobj", "attr") else None
        while main is not None and main.dep_ == "prep":
            main = main.head
    elif verb.dep_ == "ccomp" and not is_speech_verb(verb.head):
        main = verb.head        # the parser's "bombed crossings [that it said ...]"
    else:
        return None
    subj = next((c for c in main.children if c.dep_ == "nsubj"), None) if main is not None else None
    e = ctx.res.entity_at(subj.i) if subj is not None else None
    return e if e is not None and e.type in ("State", "Organization", "ArmedGroup", "ArmedForces", "GovernmentAgency",
                                             "InternationalOrganization") else None


def _named_person_before(ctx, tok):
    """The person named earlier whose name has this word ('Sandu' after 'President Maia Sandu')."""
    if len(tok.text) < 3 or any(c.dep_ == "compound" for c in tok.children):
        return None
    for m in reversed(ctx.res.mentions):
        if m.start < tok.i and m.entity.type == "Person" and tok.text in m.entity.label.split():
            return m.entity
    return None


def _plural_antecedents(ctx, tok):
    """'they' after 'the presidents ...', or 'the presidents': the people holding that office here."""
    noun = tok
    if tok.lower_ in ("they", "them"):
        s = ctx.res.sentence_of(tok.i)
        noun = next((t for t in ctx.doc if ctx.res.sentence_of(t.i) in (s, s - 1) and t.i < tok.i
                     and t.tag_ == "NNS" and _is(t, ROLE_NOUNS) and t.dep_ in ("nsubj", "nsubjpass")), None)
        if noun is None:
            return []
    role = noun.lemma_.lower()
    qualified = _qualified_holders(ctx, noun)
    if qualified is not None:
        return qualified if len(qualified) >= 2 else []
    people = [p for (r, org), p in ctx.res.titles.items() if r == role and org is not None]
    out = []
    for p in people:
        if p.key not in {x.key for x in out}:
            out.append(p)
    return out if len(out) >= 2 else []


def _qualified_holders(ctx, noun):
    """'the foreign ministers of Syldavia and Borduria': the people whose office has that head noun, those
    words and one of those states (None when the noun has no such qualifier)."""
    orgs = {(ctx.res.as_state(e) or e).key for e in _ents(ctx, [t for t in _prep_objs(noun, "of") + [
        c for c in noun.children if c.dep_ in ("amod", "compound", "poss")] if t.ent_type_])}
    words = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound") and not c.ent_type_
             and c.lower_ in TITLE_MODIFIERS}
    if not orgs and not words:
        return None
    out = []
    for c in ctx.claims:
        if c.predicate != "holdsRole" or not isinstance(c.subject, Entity) or c.subject.key in {p.key for p in out}:
            continue
        title = (c.arg("roleTitle") or "").lower().split()
        org = c.object if isinstance(c.object, Entity) else None
        okey = (ctx.res.as_state(org) or org).key if org is not None else None
        if title[-1:] == [noun.lemma_.lower()] and (not orgs or okey in orgs) and words <= set(title):
            out.append(c.subject)
    return out


def _relative(ctx, tok):
    """'his father' -> the father the article gives that person."""
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    who = ctx.res.resolve(owner) if owner is not None else None
    rel = FAMILY_NOUNS.get(tok.lemma_.lower())
    if who is None:
        return None
    for c in ctx.claims:
        if c.predicate in ("sonOf", "daughterOf", "childOf") and c.subject is not None and c.subject.key == who.key \
                and tok.lemma_.lower() in ("father", "mother", "parent"):
            return c.object
        if c.predicate == rel and c.object is not None and getattr(c.object, "key", None) == who.key:
            return c.subject
    return None


def _attributions(ctx):
    doc = ctx.doc
    # a name in quotes ('a former officer known as "Barbecue"') is nobody's statement
    quotes = [(s, e) for s, e in quote_spans(doc.text) if not _NAMING_BEFORE_QUOTE.search(doc.text[max(0, s - 25):s])]
    by_sent: dict[int, Attribution] = {}
    last_quote_speakers = None
    last_quote_end = -1
    last_speakers = None        # the speakers of the last attribution: "the statement said" is theirs
    last_speech_sent = -1
    ctx.more_attributions = []
    for sent in doc.sents:
        att = None
        for tok in sent:
            if att is not None:
                # a second speech verb in the sentence: "X said A, but added that B"; its own statement
                if is_speech_verb(tok) and (tok.dep_ in ("conj", "ROOT") or tok.dep_ == "advcl" and tok.tag_ == "VBG") \
                        and (att.verb is None or tok.i != att.verb.i) \
                        and (comp := next((c for c in tok.children if c.dep_ == "ccomp"), None)) is not None:
                    subj = speech_subject(tok)
                    speakers = [e for e in _speakers(ctx, subj) if e is not None and e.type in _ACTORS] if subj is not None else []
                    if speakers:
                        span = doc[comp.left_edge.i:comp.right_edge.i + 1]
                        ctx.more_attributions.append(Attribution(speakers[0], tok, span.text.strip(), span.start_char,
                                                                 span.end_char, tuple(speakers[1:]), tok))
                elif is_speech_verb(tok) and tok.dep_ == "relcl" and (att.verb is None or tok.i != att.verb.i) \
                        and (subj := speech_subject(tok)) is not None and subj.tag_ in ("WP", "WDT") \
                        and tok.i > (att.verb.i if att.verb is not None else -1):
                    # "X blamed Y, which denied involvement": the relative clause's noun says its own
                    speakers = [e for e in _speakers(ctx, subj) if e is not None and e.type in _ACTORS]
                    comp = next((c for c in tok.children if c.dep_ == "ccomp"), None)
                    span = doc[comp.left_edge.i:comp.right_edge.i + 1] if comp is not None else doc[tok.i:tok.right_edge.i + 1]
                    if speakers:
                        ctx.more_attributions.append(Attribution(speakers[0], tok, span.text.strip(), span.start_char,
                                                                 span.end_char, tuple(speakers[1:]), tok))
                elif (_calls_quoted(tok, quotes) and tok.dep_ in ("conj", "advcl") or _calls_what(tok, quotes)) \
                        and _own_subject(tok) is not None \
                        and (q2 := _quote_in(quotes, tok)) is not None:
                    # "X urged A, while Y called the truce 'a fundamental step'": Y's own statement
                    speakers = [e for e in _speakers(ctx, _own_subject(tok)) if e is not None and e.type in _ACTORS]
                    if speakers:
                        ctx.more_attributions.append(Attribution(speakers[0], tok, doc.text[q2[0]:q2[1]].strip(), q2[0],
                                                                 q2[1], tuple(speakers[1:]), tok))
                elif _rejects_claim(tok) and (_own_subject(tok) or _answer_after_claim(tok)) is not None:
                    # "X argues that ..., a charge Y rejects": Y's answer is the sentence
                    speakers = [e for e in _speakers(ctx, _own_subject(tok) or _answer_after_claim(tok))
                                if e is not None and e.type in _ACTORS]
                    if speakers:
                        ctx.more_attributions.append(Attribution(speakers[0], tok, sent.text.strip(), tok.idx,
                                                                 tok.idx + len(tok.text), tuple(speakers[1:]), tok))
                continue
            if (is_speech_verb(tok) or _calls_quoted(tok, quotes) or _rejects_claim(tok)) and not (
                    any(c.dep_ == "auxpass" for c in tok.children) and tok.lemma_.lower() not in ("quote", "cite")) \
                    and tok.dep_ not in ("oprd", "acomp", "amod") \
                    and not (tok.tag_ == "VBG" and tok.dep_ == "advcl" and tok.i < tok.head.i and is_speech_verb(tok.head)):
                # ("Speaking to reporters, he said ...": the participle sets the occasion; 'said' speaks)
                # (a passive "was admitted as a member", a state "was kept informed", is no speech)
                subj = speech_subject(tok)
                if subj is None or subj.lemma_.lower() in _NOT_SPEAKERS:
                    continue        # "media reports say", "sources said": no speaker to credit
                speakers = [e for e in _speakers(ctx, subj) if e is not None and e.type in _ACTORS]
                if not speakers and subj.lemma_.lower() == "statement" and last_speakers \
                        and any(c.lower_ == "the" for c in subj.children):
                    speakers = list(last_speakers)      # "X and Y agreed ..., the two governments said. '...,' the statement said"
                if not speakers and last_speakers and len(last_speakers) == 1 and last_speakers[0].type == "Person" \
                        and _epithet(subj) and last_speech_sent >= _sentences_before(tok, 2):
                    speakers = list(last_speakers)      # "Lula said ... . '...,' the veteran leftist said"
                if not speakers:
                    continue
                comp = next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp")), None)
                q = _quote_around(quotes, tok, sent)
                if q is not None and _quote_of_other_speaker(tok, q, quotes):
                    q = None        # "X urged calm, while Y called it 'a step'": the quote is Y's
                if tok.lemma_.lower() == "declare" and comp is None and q is None and _children(tok, "dobj"):
                    continue        # "declared a state of emergency": an act, not a statement
                if any(a.lower_ in ("will", "shall", "may", "might", "'ll") for a in _children(tok, "aux")):
                    continue        # "Klow will protest loudly": a speech act foretold, not made
                if q is not None and comp is not None and q[1] <= tok.idx and q[0] > sent.start_char + 1:
                    q = None        # "X condemned it as 'A' and warned that B": the quote is the other verb's
                if q is not None and comp is not None and doc[comp.left_edge.i].idx < q[0] \
                        and q[1] <= doc[comp.right_edge.i].idx + len(doc[comp.right_edge.i]):
                    q = None        # a short quote inside the reported clause: the clause is the gist
                if q is not None:
                    gist, s, e = doc.text[q[0]:q[1]], q[0], q[1]
                elif comp is not None:
                    span = doc[comp.left_edge.i:comp.right_edge.i + 1]
                    gist, s, e = span.text, span.start_char, span.end_char
                else:
                    if len(sent) < 5 or _material_pledge(tok):
                        continue
                    # no clause or quote: the sentence is the gist, but nothing else in it is reported speech
                    gist, s, e = sent.text, tok.idx, tok.idx + len(tok.text)
                att = Attribution(speakers[0], tok, gist.strip(), s, e, tuple(speakers[1:]), tok)
                last_speakers, last_speech_sent = speakers, sent.start
                if q is not None:
                    last_quote_speakers, last_quote_end = speakers, q[1]
                continue
            if tok.lower_ == "according" and tok.i + 1 < len(doc) and tok.nbor(1).lower_ == "to":
                obj = next((c for c in tok.nbor(1).children if c.dep_ == "pobj"), None)
                if obj is None or _is(obj, _NOT_SPEAKERS):
                    continue        # "according to a White House summary": a document, no speaker
                speakers = _speakers(ctx, obj)
                if not speakers and _speaking_phrase(ctx, obj) and any(
                        ctx.res.entity_at(t.i) is not None and ctx.res.entity_at(t.i).type in _ACTORS for t in obj.subtree):
                    speakers = [ctx.res.phrase_entity(obj, "Organization")]   # "the press service of X"
                if not speakers:
                    continue
                att = Attribution(speakers[0], None, sent.text.strip(), sent.start_char, sent.end_char, (), tok)
                continue    # a later speech verb of the sentence may still speak ("..., and the UN says that ...")
        if att is None:
            # a sentence inside a quotation whose attribution is in a later sentence, or a continuation
            q = next(((s, e) for s, e in quotes if s <= sent.start_char < e or sent.start_char <= s < sent.end_char),
                     None)
            if q is not None:
                spk = _quote_speaker(ctx, q, quotes)
                spk = [spk] if spk is not None else (last_quote_speakers if q[0] - last_quote_end < 400 else None)
                if spk:
                    att = Attribution(spk[0], None, ctx.doc.text[q[0]:q[1]].strip(), q[0], q[1], tuple(spk[1:]),
                                      sent.root)
                    last_quote_end = q[1]
        if att is not None:
            by_sent[sent.start] = att
    return by_sent


_NAMING_BEFORE_QUOTE = re.compile(r"(?i)\b(known as|nicknamed|dubbed|so-called|called|named)\s*[“\"]$")


def _rejects_claim(tok) -> bool:
    """'X rejected the accusation', 'a charge Klow rejects': answering a claim is a statement."""
    if not _is(tok, REJECT_VERBS):
        return False
    if _answer_after_claim(tok) is not None:
        return True
    objs = _children(tok, "dobj") + ([tok.head] if tok.dep_ == "relcl" else [])
    return tok.pos_ == "VERB" and any(_is(o, CLAIM_NOUNS) for o in objs)


def _answer_after_claim(tok):
    """The speaker of 'a charge Klow rejects' (a parse that makes the verb a noun): the name before it."""
    if tok.i >= 2 and _is(tok.doc[tok.i - 2], CLAIM_NOUNS) and tok.doc[tok.i - 1].ent_type_ in ("GPE", "ORG", "PERSON", "NORP"):
        return tok.doc[tok.i - 1]
    return None


def _material_pledge(verb) -> bool:
    """'A and B have pledged personnel', 'pledged $1 billion in aid': a pledge of troops or money says
    nothing ('pledged continued support' does)."""
    return verb.lemma_.lower() in ("pledge", "promise") and any(
        _is(o, TROOP_NOUNS) or o.ent_type_ == "MONEY" or any(t.ent_type_ == "MONEY" for t in o.subtree)
        for o in _children(verb, "dobj"))


def _epithet(subj) -> bool:
    """'the veteran leftist', 'the 71-year-old': a definite description of one person, no office or body."""
    return subj.pos_ == "NOUN" and subj.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children) \
        and not _is(subj, ROLE_NOUNS | SPEAKING_BODY_NOUNS | _NOT_SPEAKERS | {"statement"}) \
        and not any(c.ent_type_ for c in subj.subtree)


def _own_subject(verb):
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _quote_in(quotes, verb):
    """The quotation inside a verb's own phrase (its subtree)."""
    lo, hi = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge)
    return next(((s, e) for s, e in quotes if lo <= s and e <= hi), None)


def _quote_of_other_speaker(verb, q, quotes) -> bool:
    """The quote lies in the phrase of another speech verb of the sentence that has its own subject."""
    for t in verb.sent:
        if t.i != verb.i and t.head.i == verb.i and t.dep_ in ("conj", "advcl") and _own_subject(t) is not None \
                and (is_speech_verb(t) or _calls_quoted(t, quotes)) and _quote_in([q], t) is not None:
            return True
        if t.i != verb.i and _calls_what(t, quotes) and _quote_in([q], t) is not None:
            return True     # "X apologised for what Y called 'a tragic incident'": the quote is Y's
    return False


def _calls_what(tok, quotes) -> bool:
    """'what Y called "a tragic incident"', 'what Y calls "terrorists"': a clause naming a thing in Y's words."""
    return _calls_quoted(tok, quotes) and tok.dep_ in ("pcomp", "relcl", "ccomp") and _own_subject(tok) is not None \
        and any(c.dep_ == "dobj" and c.tag_ in ("WP", "WDT") for c in tok.children)


def _calls_quoted(tok, quotes) -> bool:
    # "X called the decision 'an important step'": calling something a quoted name is a statement
    return tok.lemma_.lower() == "call" and tok.pos_ == "VERB" and any(
        0 < s - tok.idx < 60 for s, e in quotes) and not _prep_objs(tok, "for", "on")


def _quote_around(quotes, verb, sent):
    """The quotation a speech verb introduces or closes: in its sentence (the nearest to the verb), or
    ending just before it."""
    inside = [(s, e) for s, e in quotes if s >= sent.start_char and e <= sent.end_char]
    if inside:
        return min(inside, key=lambda q: min(abs(q[0] - verb.idx), abs(q[1] - verb.idx)))
    for s, e in quotes:
        if s < sent.start_char <= e <= verb.idx and verb.idx - e < 40:
            return s, e
    return None


def _quote_speaker(ctx, q, quotes):
    """The speaker named in the sentence where a quotation closes."""
    doc = ctx.doc
    end_tok = next((t for t in doc if t.idx >= q[1]), None)
    if end_tok is None:
        return None
    for tok in end_tok.sent:
        if tok.idx >= q[1] and is_speech_verb(tok):
            subj = speech_subject(tok)
            if subj is not None:
                return ctx.res.resolve(subj)
    return None


# ---------------------------------------------------------------------------------------------
# roles: "Bordurian President Jan Kral", "Varga, head of the Northern Command", "was elected speaker of X"

def _title_tokens(person_span):
    """Title tokens directly before a person's name: 'Bordurian Defense Minister' in 'Bordurian Defense Minister Tomas Brod'."""
    return _title_tokens_ending(person_span.doc, person_span.start - 1)


def _coordinated_titles(ctx, toks):
    """'Syldavia's Crown Prince and Prime Minister X': the title tokens of each capitalised title joined by
    'and' before the one next to the name (toks), nearest first; [] when the titles name different states
    or bodies ('Syldavian Prime Minister and Bordurian President X' is two people's)."""
    doc = ctx.doc
    out = []
    while toks and toks[0].i >= 2 and doc[toks[0].i - 1].lower_ == "and":
        end = toks[0].i - 2
        if not (doc[end].is_title and doc[end].lower_.rstrip(".") in ROLE_NOUNS):
            break
        toks = _title_tokens_ending(doc, end)
        if not toks or any(t.text[:1].islower() and t.lower_ not in ("of", "-") for t in toks):
            break
        out.append(toks)
    return out


def _title_tokens_ending(doc, i):
    """The title tokens ending at doc[i] (walking back), or []."""
    toks = []
    while i >= 0:
        t = doc[i]
        low = t.lower_.rstrip(".")
        if not toks and plural_role(low) and t.is_title:
            low = low[:-1]          # "Deputy Prime Ministers X and Y": each holds the title
        if t.tag_ == "POS" and i > 0 and doc[i - 1].ent_type_ in ("GPE", "ORG", "NORP"):
            i -= 1          # "Ruritania's Foreign Minister X"
            continue
        if (low in ROLE_NOUNS or low in TITLE_MODIFIERS or low in TITLE_BODY_NOUNS
                or (t.ent_type_ in ("NORP", "GPE", "ORG") and t.ent_iob_)
                or (t.pos_ == "PROPN" and t.is_title and t.ent_type_ != "PERSON")) and t.text not in (",", "-"):
            toks.insert(0, t)
            i -= 1
            continue
        if t.text in ("-", "‑") and toks and i > 0 and doc[i - 1].lower_ in ROLE_NOUNS | TITLE_MODIFIERS:
            toks.insert(0, t)       # "Secretary-General"
            i -= 1
            continue
        if low == "of" and toks and i > 0 and doc[i - 1].lower_ in ROLE_NOUNS and all(
                x.lower_ in TITLE_MODIFIERS for x in toks):
            toks.insert(0, t)       # "Secretary of State", "Minister of Defence"
            i -= 1
            continue
        break
    if not any(t.lower_.rstrip(".") in ROLE_NOUNS or plural_role(t.lower_) and t.is_title for t in toks):
        return []
    return toks


def _role_from_tokens(ctx, toks):
    """Split title tokens into (role text, organisation entity)."""
    org = None
    role_words = []
    for t in toks:
        e = ctx.res.entity_at(t.i)
        if t.lower_ in TITLE_MODIFIERS or t.lower_ in ROLE_NOUNS:
            e = None
        if e is not None and e.type == "Organization" and t.pos_ == "ADJ" and len(e.label.split()) == 1:
            continue        # "Eastern Ruritanian commander": the tagger's ORG for an adjective
        if e is not None and e.type != "Person":
            if org is None or e.type != "State":
                org = e
            continue
        role_words.append(t)
    role = "".join(t.text + (t.whitespace_ if k + 1 < len(role_words) and role_words[k + 1].i == t.i + 1 else " ")
                   for k, t in enumerate(role_words)).strip()
    if role_words and plural_role(role_words[-1].lower_):
        role = role[:-1]        # "Deputy Prime Ministers X and Y": each is a Deputy Prime Minister
    return (role[:1].upper() + role[1:]) if role else None, org


def _role_org_of(ctx, noun):
    """The organisation of a role noun: 'head of X', "Ruritania's committee", 'Syldavian counterpart'."""
    for o in _prep_objs(noun, "of", "at", "in", "to"):
        if o.lower_ in TITLE_MODIFIERS or o.lower_ == "place":
            continue        # "Minister of Defense": part of the title; "in place of X": no body
        if o.lemma_.lower() in ("state", "government"):
            return None     # "head of state"
        if o.head.lower_ == "of" and o.pos_ == "NOUN" and o.is_lower and ctx.res.entity_at(o.i) is None \
                and (_prep_objs(noun, "at") or _prep_objs(o, "at")):
            for a in _prep_objs(o, "at"):   # (the parser may hang 'at' on the field)
                e = ctx.res.entity_at(a.i) or _entity(ctx, a)
                if e is not None and e.type not in _PLACES + ("State", "Person"):
                    return e
                if a.pos_ == "PROPN":
                    return ctx.res.phrase_entity(a, "Organization")
            continue        # "a professor of political science at X University": the field, not the body
        e = ctx.res.entity_at(o.i) or _entity(ctx, o)
        if o.head.lower_ == "to":
            # "national security adviser to Prime Minister X": X's state (or body); not "ambassador to Syldavia"
            owner = _person_owner(ctx, e) if e is not None and e.type == "Person" else None
            if owner is not None:
                return owner
            continue
        if e is not None and e.type == "State" and ctx.res.entity_at(o.i) is None and o.pos_ == "PROPN":
            # "a researcher at the Syldavia Policy Forum": a body the tagger missed, not the state in its name
            e = _proper_body(o)
        if o.head.lower_ == "in" and (e is None or e.type in _PLACES + ("State",)):
            continue        # "the group's leader, X, in Klow's suburbs": where, not whose
        if e is not None and e.type == "InternationalOrganization":
            e = _member_state_after(ctx, o) or e     # "prime minister of fellow Klow Pact member Syldavia": the member
        if e is not None and e.type != "Person":
            return e
        if o.pos_ in ("NOUN", "PROPN"):
            return ctx.res.phrase_entity(o, "Organization")
    for c in noun.children:
        if c.dep_ == "poss" and c.lower_ in ("its", "their"):
            # "Its defence minister, X", "Their leader, X": the state or body the sentence before is about
            e = ctx.res.pronoun(c)
            if e is not None and e.type in _ORG_TYPES + ("State", "GovernmentAgency", "ArmedGroup", "Region"):
                return e
        if c.dep_ in ("amod", "compound", "poss", "nmod"):
            # "A and Syldavia's minister" misparsed (A a modifier, Syldavia its conjunct): the possessive
            c = next((x for x in _children(c, "conj") if any(k.dep_ == "case" for k in x.children)), c) \
                if c.dep_ == "nmod" else c
            e = ctx.res.entity_at(c.i)
            if e is not None and e.type != "Person":
                return e
            if e is not None and c.dep_ == "poss" and _person_owner(ctx, e) is not None:
                return _person_owner(ctx, e)    # "President X's special adviser": X's state
        if c.dep_ == "poss" and c.lower_ in ("his", "her") and noun.lemma_.lower() in ("deputy", "spokesman",
                                                                                     "spokeswoman", "spokesperson"):
            e = ctx.res.pronoun(c)      # "Prime Minister X ...; her deputy, Y": X's state
            if e is not None and e.type == "Person" and _person_owner(ctx, e) is not None:
                return _person_owner(ctx, e)
        if c.dep_ == "poss" and c.lemma_.lower() in ("country", "nation") and ctx.res.entity_at(c.i) is None:
            e = _the_country(ctx, c)        # "the country's military ruler, X": the state told before
            if e is not None:
                return e
        if c.dep_ == "poss" and c.lower_ == "whose" and c.i >= 2 and ctx.doc[c.i - 1].text == ",":
            # "the X Community, whose chairman, Y": the body named just before
            e = ctx.res.entity_at(c.i - 2)
            if e is not None and e.type not in ("Person", "City", "Place"):
                return e
    # "a delegation from the Ministry of X headed by the Minister": the body the group comes from
    if noun.dep_ == "pobj" and noun.head.dep_ == "agent" and noun.head.head.lemma_.lower() in ("head", "lead"):
        group = noun.head.head.head
        for o in _prep_objs(group, "from", "of"):
            e = ctx.res.entity_at(o.i)
            if e is not None and e.type != "Person":
                return e
    return None


def _member_state_after(ctx, tok):
    """'fellow Klow Pact member Syldavia': the state named after 'member' in tok's phrase (up to a comma)."""
    doc = tok.doc
    for i in range(tok.i + 1, min(tok.sent.end - 1, tok.i + 8)):
        if doc[i].is_punct:
            return None
        if doc[i].lemma_.lower() == "member":
            e = ctx.res.entity_at(i + 1)
            return e if e is not None and e.type == "State" else None
    return None


def _plural_title_before_of(ctx, span):
    """'their foreign ministers, X of Syldavia and Y of Borduria': (ministers, Syldavia) for X; the state
    after the name and a plural title set off before the list (read off the tokens)."""
    doc, res = ctx.doc, ctx.res
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "of":
        return None
    owner = res.entity_at(span.end + 1)
    if owner is None or owner.type != "State":
        return None
    return _plural_title_walk(ctx, span.start - 1, owner, ("of",))


def _plural_title_before(ctx, start):
    """'the two foreign ministers, Syldavia's X and Borduria's Y,' -> (ministers, Borduria) for Y at `start`:
    a plural title set off before a list of "State's Name" (read off the tokens; the parser chains the names
    every which way)."""
    doc, res = ctx.doc, ctx.res
    if start < 3 or doc[start - 1].lower_ not in ("'s", "’s"):
        return None
    owner = res.entity_at(start - 2)
    if owner is None or owner.type != "State":
        return None
    return _plural_title_walk(ctx, res.mention_span(start - 2).start - 1, owner, ("'s", "’s"))


def _plural_title_walk(ctx, i, owner, links):
    """(plural title, owner) when the tokens back from i are a list of names (with commas, 'and' and the
    `links` words) opened by a plural title and a comma ('the two foreign ministers, ...'); else None."""
    doc, res = ctx.doc, ctx.res
    while i >= 1:
        t = doc[i]
        if t.text == "," and doc[i - 1].tag_ == "NNS" and _is(doc[i - 1], ROLE_NOUNS):
            return doc[i - 1], owner
        if not (t.lower_ in (",", "and") + links or res.entity_at(i) is not None or t.is_title):
            return None
        i -= 1
    return None


def _person_owner(ctx, person):
    """The state (or body) a person serves: the one of a role the article gave them, else their home state."""
    held = ctx.roles.get(person.key, (None, None))[1]
    return (ctx.res.as_state(held) or held) if held is not None else _home_state(ctx, person)


def _role_before_name(ctx, span):
    """'Director of the Bordurian Security Service (BSS), Ivan Petrov,': a title and its organisation
    set off by a comma before the name (the parser often misses this apposition)."""
    doc = span.doc
    i = span.start - 1
    if i < 1 or doc[i].text != ",":
        return None
    for j in range(i - 1, max(-1, i - 12), -1):
        t = doc[j]
        if t.text in (".", ";") or ctx.res.entity_at(t.i) is not None and ctx.res.entity_at(t.i).type == "Person":
            return None
        if t.lower_ in ROLE_NOUNS and t.is_title and j + 1 < i and doc[j + 1].lower_ == "of":
            covering = ctx.res.entity_at(t.i)       # the tagger may take the title itself for a name
            org = next((ctx.res.entity_at(k) for k in range(j + 2, i) if ctx.res.entity_at(k) is not None
                        and ctx.res.entity_at(k) != covering and doc[k].lower_ not in TITLE_MODIFIERS), None)
            return t, org
    return None


def _role_text(noun):
    words = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i
             and (c.lower_ in TITLE_MODIFIERS or c.lower_ in ROLE_NOUNS)]
    # "national security adviser": a modifier of the title's own modifier
    words += [g for w in list(words) for g in w.children if g.dep_ in ("compound", "amod") and g.i < w.i
              and g.lower_ in TITLE_MODIFIERS]
    text = " ".join([w.text for w in sorted(words, key=lambda w: w.i)] + [noun.text])
    doc = noun.doc
    if noun.i + 2 < len(doc) and doc[noun.i + 1].text == "-" and not noun.whitespace_ \
            and doc[noun.i + 2].lower_ in TITLE_MODIFIERS | ROLE_NOUNS:
        text += "-" + doc[noun.i + 2].text      # "secretary-general"
    # "Minister of Defense": keep a short 'of' complement that is itself a title word
    for p in noun.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            o = next((g for g in p.children if g.dep_ == "pobj"), None)
            if o is not None and o.lower_ in TITLE_MODIFIERS:
                text += f" of {o.text}"
    return text[:1].upper() + text[1:]


def _roles(ctx):
    res = ctx.res
    for m in list(res.mentions):
        if m.entity.type != "Person":
            continue
        span = ctx.doc[m.start:m.end]
        toks = _title_tokens(span)
        if not toks and span.root.dep_ == "conj":
            # "Deputy Prime Ministers X and Y": Y shares the plural title before X
            first = ctx.res.mention_span(span.root.head.i)
            shared = _title_tokens(ctx.doc[first.start:first.end]) if first is not None else []
            toks = shared if shared and shared[-1].lower_.rstrip(".").endswith("s") else []
        earlier = _coordinated_titles(ctx, toks)
        if earlier:
            # "Syldavia's Crown Prince and Prime Minister X": X holds each title, for the body named on any
            titles = [_role_from_tokens(ctx, tt) for tt in [toks] + earlier]      # (role, org) each
            named = {(res.as_state(o) or o).key for _, o in titles if o is not None}
            if len(named) <= 1:
                shared = next((o for _, o in titles if o is not None), None)
                for role, _ in titles[1:]:
                    if role:
                        yield _role_claim(ctx, m.entity, role, shared, span.root, "role-title")
                if titles[0][1] is None and shared is not None:
                    role = titles[0][0]
                    if role:
                        yield _role_claim(ctx, m.entity, role, shared, span.root, "role-title")
                    toks = []
        if toks:
            role, org = _role_from_tokens(ctx, toks)
            k = toks[0].i
            if org is None and k >= 2 and ctx.doc[k - 1].tag_ == "POS" and ctx.doc[k - 2].lemma_.lower() in _BLOC_NOUNS:
                # "The forum's Secretary General X": the bloc 'the forum' stands for
                noun = ctx.doc[k - 2].lemma_.lower()
                org = next((o for o in _bloc_referred(ctx, ctx.doc[k - 2]) if noun in o.label.lower().split()), None)
            if role:
                yield _role_claim(ctx, m.entity, role, org, span.root, "role-title")
        head = span.root
        # "X, head of Y" / "X, an advisor to Y"
        for ap in _children(head, "appos"):
            if _is(ap, ROLE_NOUNS):
                yield _role_claim(ctx, m.entity, _role_text(ap), _role_org_of(ctx, ap), ap, "role-apposition")
                for cj in ap.conjuncts:
                    if _is(cj, ROLE_NOUNS):
                        yield _role_claim(ctx, m.entity, _role_text(cj), _role_org_of(ctx, cj) or
                                          _compound_org(ctx, cj), cj, "role-apposition")
        # "the country's military ruler, Captain X, ..." read off the tokens (the parser may not see the apposition)
        start = toks[0].i if toks else m.start
        noun = ctx.doc[start - 2] if start >= 2 and ctx.doc[start - 1].text == "," else None
        if noun is not None and noun.pos_ == "NOUN" and _is(noun, ROLE_NOUNS) and noun.tag_ == "NN" \
                and not (head.dep_ == "appos" and head.head.i == noun.i) and noun.dep_ not in ("compound",) and res.entity_at(noun.i) is None:
            yield _role_claim(ctx, m.entity, _role_text(noun), _role_org_of(ctx, noun), noun, "role-apposition")
        first = toks[0].i if toks else m.start
        found = _plural_title_before(ctx, next((t.i + 1 for t in reversed(ctx.doc[first:m.start]) if t.tag_ == "POS"), first)) \
            or _plural_title_before_of(ctx, span)
        plural_found = found is not None
        if found is not None:
            # "The two foreign ministers, Syldavia's X and Borduria's Y,": each holds the title for their state
            plural, owner = found
            text = _role_text(plural)
            yield _role_claim(ctx, m.entity, text[:len(text) - len(plural.text)] + plural.lemma_, owner, plural,
                              "role-plural-apposition")
        found = _role_before_name(ctx, span)
        if found is not None:
            noun, org = found
            if org is not None or not _children(noun, "appos"):
                yield _role_claim(ctx, m.entity, _role_text(noun), org, noun, "role-before-name")
        # "Director of Y, X" (the parser may hang X on Y: "The commander of the Syldavian contingent, X,")
        title = head.head if head.dep_ == "appos" else None
        if plural_found and title is not None and title.tag_ == "NNS":
            title = None        # (the plural title, read per state above)
        if title is not None and not _is(title, ROLE_NOUNS) and title.dep_ == "pobj" and title.head.lower_ == "of":
            title = title.head.head
        if title is not None and _is(title, ROLE_NOUNS):
            # "Syldavia's Prime Minister and Foreign Minister, X,": X holds both, for the state of the first
            # (the parser hangs X on either title)
            first = title.head if title.dep_ == "conj" and _is(title.head, ROLE_NOUNS) else title
            org = _role_org_of(ctx, first)
            for noun in [first] + [cj for cj in first.conjuncts if cj.i > first.i and _is(cj, ROLE_NOUNS)]:
                yield _role_claim(ctx, m.entity, _role_text(noun), _role_org_of(ctx, noun) or org, noun,
                                  "role-apposition")
    # "X, who heads the Y", "X, who chairs its council": a verb of office on a person
    for tok in ctx.doc:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in _OFFICE_VERBS and tok.dep_ == "relcl" \
                and any(c.tag_ in ("WP",) for c in _children(tok, "nsubj")):
            person = _entity(ctx, tok.head, types=("Person",))
            for o in _children(tok, "dobj"):
                org = ctx.res.entity_at(o.i)
                if org is None and o.pos_ == "PROPN":
                    org = ctx.res.phrase_entity(o, "Organization")      # "the Klow River Alliance", untagged
                org = org or _entity(ctx, o)
                if org is None or org.type in ("Person", "City", "Region", "Place"):
                    org = ctx.res.phrase_entity(o, "Organization") if o.pos_ == "NOUN" else None
                if person is not None and org is not None:
                    yield _role_claim(ctx, person, _OFFICE_VERBS[tok.lemma_.lower()], org, tok, "role-office-verb")
    # "the army, led by General X", "the RSF, commanded by his former deputy X": X leads the body
    for tok in ctx.doc:
        if tok.pos_ == "VERB" and tok.lemma_.lower() in _OFFICE_VERBS and tok.dep_ == "acl" and tok.tag_ == "VBN":
            agents = [o for a in _children(tok, "agent") for o in _children(a, "pobj")]
            people = _ents(ctx, [x for o in agents for x in _with_conj(o)] + [ap for o in agents for ap in _children(o, "appos")],
                           types=("Person",))
            led = tok.head
            if tok.i >= 2 and ctx.doc[tok.i - 1].text == "," and ctx.doc[tok.i - 2].pos_ in ("NOUN", "PROPN"):
                led = ctx.doc[tok.i - 2]    # "..., and the RSF, commanded by X": the parser may hang it further back
            led = _led_group(ctx, led)
            if led is None:
                continue
            # "the border commissions of A and B, headed by X and Y": respectively, X leads A's, Y B's
            owners = [x for x in _with_conj(led.head.head.head if led.dep_ == "conj" else led.head.head)
                      for x in _prep_objs(x, "of") for x in _with_conj(x)] \
                if (led.dep_ in ("pobj", "conj") and (led.head.lower_ == "of" or led.dep_ == "conj"
                                                      and led.head.dep_ == "pobj" and led.head.head.lower_ == "of")) \
                else []
            states = _ents(ctx, owners, want="state", types=("State",))
            group = owners[0].head.head if owners else None
            if group is not None and group.tag_ == "NNS" and len(states) == len(people) >= 2:
                for person, st in zip(people, states):
                    yield _role_claim(ctx, person, _OFFICE_VERBS[tok.lemma_.lower()], st, tok, "role-led-by-respectively")
                continue
            # a named body, or an unnamed one with a standing leader ("the army"), not "a delegation led by X"
            body = ctx.res.entity_at(led.i) if led.pos_ == "PROPN" else \
                (_entity(ctx, led) or ctx.res.phrase_entity(led, "Organization")) if _is(led, _LED_BODIES) else None
            if body is not None and body.type in ("Person", "City", "Region", "Place"):
                body = ctx.res.phrase_entity(led, "Organization")
            for person in people if body is not None else ():
                yield _role_claim(ctx, person, _OFFICE_VERBS[tok.lemma_.lower()], body, tok, "role-led-by")
    # "X was elected/appointed speaker of Y", "who was appointed head of Y", "X is the president of Y"
    # "lawmakers approved X as prime minister in place of Y", "X replaced Y as chairman of Z"
    for tok in ctx.doc:
        if tok.lemma_.lower() in ("elect", "appoint", "name", "become", "be", "serve", "remain", "approve", "confirm",
                                  "replace", "succeed", "swear", "install", "inaugurate", "take") and tok.pos_ in ("VERB", "AUX"):
            if tok.lemma_.lower() == "take" and not any(c.dep_ == "prt" and c.lower_ == "over" for c in tok.children):
                continue        # ("took over from Y as foreign minister" only)
            for comp in _children(tok, "oprd", "attr", "xcomp", "prep"):
                noun = comp
                if comp.dep_ == "prep" and comp.lower_ == "as":
                    noun = next((g for g in comp.children if g.dep_ == "pobj"), None)
                elif comp.dep_ == "prep":
                    continue
                if noun is None or noun.lemma_.lower() not in ROLE_NOUNS:
                    continue
                if noun.dep_ == "xcomp" and noun.pos_ == "VERB":
                    continue
                holders = _subjects(tok)
                if tok.lemma_.lower() in ("elect", "appoint", "name", "approve", "confirm") and _children(tok, "dobj"):
                    holders = _children(tok, "dobj")     # "X appointed Y (as) minister": Y holds it
                elif tok.lemma_.lower() in ("replace", "succeed"):
                    holders = holders + _children(tok, "dobj")  # the one replaced held it too
                elif tok.lemma_.lower() == "take":
                    holders = holders + _prep_objs(tok, "from")  # "took over from Y as minister": Y held it too
                # "in place of Y": Y held it before, and the new holder replaced Y
                before = [o for h in (tok, noun) for p in h.children if p.dep_ == "prep" and p.lower_ == "in"
                          for pl in _children(p, "pobj") if pl.lower_ == "place" for o in _prep_objs(pl, "of")]
                for new in _ents(ctx, holders, types=("Person",)):
                    for old in _ents(ctx, before, types=("Person",)):
                        if new.key != old.key:
                            yield ctx.claim("replaced", new, old, tok, "succession-in-place-of", 0.6)
                holders = holders + before
                # "X was sworn in as prime minister, succeeding Y": Y held the office before
                holders = holders + [o for c in _children(tok, "advcl", "xcomp", "conj") if c.tag_ == "VBG"
                                     and c.lemma_.lower() in ("succeed", "replace") for o in _children(c, "dobj")]
                for s in holders:
                    person = _entity(ctx, s, types=("Person",))
                    if person is not None:
                        yield _role_claim(ctx, person, _role_text(noun), _role_org_of(ctx, noun), noun, "role-copula")


def _compound_org(ctx, noun):
    for c in noun.children:
        if c.dep_ == "compound":
            e = ctx.res.entity_at(c.i)
            if e is not None:
                return e
            return ctx.res.phrase_entity(c, "Organization")
    return None


_HEAD_OF_BODY = frozenset("director chief head chairman commander".split())


# Offices of a state's government: with no state in the title, the state is the holder's own.
_STATE_OFFICES = frozenset("president minister premier chancellor king queen emir sultan prince".split())


# Verbs of holding an office, with the title they give: "X, who heads the Y" -> Head of Y.
# Unnamed bodies whose leader holds an office: "the army, led by General X" (not "a delegation led by X").
_LED_BODIES = frozenset("army military force forces government party coalition alliance movement junta militia rebels".split())
_OFFICE_VERBS = {"head": "Head", "chair": "Chair", "lead": "Leader", "command": "Commander", "direct": "Director"}
# Offices that speak or act for a government: "Defense Secretary X", "government spokesperson X".
_GOVERNMENT_VOICES = frozenset("secretary spokesman spokeswoman spokesperson ambassador".split())


def _acting_state(ctx, anchor):
    """The state a title with no state of its own serves: the state that acts as the subject of the
    sentence before ("Klow rejected the claim. Foreign ministry spokesman X said ..."), else the one
    state this sentence has acting ("Defense Secretary X said Borduria would respond")."""
    def acting(toks):
        found = []
        for t in toks:
            if t.dep_ in ("nsubj", "nsubjpass") and not _place_use(t):
                e = ctx.res.resolve(t)
                if e is not None and e.type == "Person" and ctx.roles.get(e.key):
                    e = ctx.roles[e.key][1]     # "President X replaced ...": X's state acts
                e = ctx.res.as_state(e)
                if e is not None and e.key not in [f.key for f in found]:
                    found.append(e)
        return found
    sent = anchor.sent
    # "In Argentina, Security Minister X offered ...": the state the clause is set in
    verb = _clause_head(anchor)
    for p in _children(verb, "prep"):
        if p.lower_ == "in" and p.i < anchor.i and p.i + 1 < len(ctx.doc) and any(
                t.text == "," for t in ctx.doc[p.right_edge.i + 1:anchor.i]):
            e = next(iter(_ents(ctx, _children(p, "pobj"), types=("State",))), None)
            if e is not None:
                return e
    # the one state acting in this sentence ("Klow has asked ..., Foreign Minister X said"), else in the
    # main clause of the sentence before ("Klow rejected the claim. Foreign ministry spokesman X said ...")
    found = acting(t for t in sent if _clause_head(t).i == sent.root.i or _clause_head(t).dep_ == "ccomp"
                   and _clause_head(t).head.i == sent.root.i)
    if len(found) == 1:
        return found[0]
    if sent.start > 0:
        before = ctx.doc[sent.start - 1].sent
        found = acting(t for t in before if _clause_head(t).i == before.root.i)
        if len(found) == 1:
            return found[0]
    return None


def _counterpart_role(ctx, anchor):
    """"his Syldavian counterpart X": X holds the office of the person 'his' stands for (in Syldavia)."""
    noun = anchor if anchor.lemma_.lower() == "counterpart" else next(
        (t for t in anchor.subtree if t.lemma_.lower() == "counterpart"), None)
    if noun is None and anchor.dep_ == "appos" and anchor.head.lemma_.lower() == "counterpart":
        noun = anchor.head
    if noun is None:
        noun = next((t for t in anchor.sent if t.lemma_.lower() == "counterpart" and abs(t.i - anchor.i) <= 4), None)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None) if noun is not None else None
    other = None
    if owner is not None and owner.lower_ in ("his", "her"):
        # "X met Y and his Syldavian counterpart Z": 'his' is the clause's subject, not the nearer object
        t = noun
        while t.dep_ in ("conj", "appos") and t.head.i != t.i:
            t = t.head
        verb = t.head if t.dep_ == "dobj" else t.head.head if t.dep_ == "pobj" else None
        if verb is not None and verb.pos_ == "VERB":
            other = next(iter(_ents(ctx, _subjects(verb), types=("Person",))), None)
    other = other or (ctx.res.resolve(owner) if owner is not None else None)
    if other is None and noun is not None and noun.dep_ == "pobj":
        # "met with his counterpart": the subject of the meeting
        other = next(iter(_ents(ctx, _subjects(noun.head.head), types=("Person",))), None)
    held = ctx.roles.get(other.key) if other is not None else None
    return held[0] if held else None


# A state's own forces: "the army commander" with no state named is the story's state's.
_NATIONAL_FORCES = frozenset("army navy military police".split())
# Offices of a province or region, not of a state.
_REGION_OFFICES = frozenset("governor".split())


def _role_claim(ctx, person, role, org, anchor, extractor):
    if role.split()[-1].lower() == "counterpart":
        org_key = (ctx.res.as_state(org) or org).key if org is not None else None
        ctx.res.titles[("counterpart", org_key)] = person      # "his Syldavian counterpart" resolves to them
        ctx.res.titles.setdefault(("counterpart", None), person)
        role = _counterpart_role(ctx, anchor)
        if role is None and org is None:
            return None     # "his counterpart" with no known office nor state: no role to claim
        shown = f"{role} (counterpart)" if role else "Counterpart"    # "his Syldavian counterpart, X"
        role = role or "Counterpart"
    else:
        shown = role
    entry = ctx.res.gaz.person(person.label)
    if org is None and role.split()[-1].lower() in _STATE_OFFICES:
        # "President X" in an article that names X's state (the people gazetteer knows it)
        state = ctx.res.gaz.state(entry.country) if entry is not None and entry.country else None
        if state is not None and any(m.entity.key == state.key for m in ctx.res.mentions):
            org = from_gazetteer(state)
    office = next((w for w in reversed(role.lower().split()) if w in ROLE_NOUNS), "")
    holder = anchor.head if anchor.dep_ == "appos" and ctx.res.mention_span(anchor.head.i) is not None else anchor
    if org is None and office in _STATE_OFFICES | _GOVERNMENT_VOICES \
            and ctx.res.mention_span(holder.i) is not None and (holder.dep_ in ("nsubj", "nsubjpass")
                                                                or holder.head.dep_ == "agent"
                                                                or holder.dep_ == "conj" and holder.head.dep_ == "nsubj"):
        org = _acting_state(ctx, holder)    # the holder acts or speaks here, for the state acting around
        entry = ctx.res.gaz.person(person.label)
        if org is not None and entry is not None and entry.country and (ctx.res.as_state(org) or org).key != \
                getattr(ctx.res.gaz.state(entry.country), "key", None):
            org = None      # the people gazetteer knows them for another state: "President Y hosted X"
    if org is None and office in _STATE_OFFICES and "general" not in role.lower() \
            and extractor in ("role-title", "role-apposition", "role-before-name"):
        # "X was in Klow, where President Y pressed him": the office of the place the clause is about
        clause = next((a for a in [anchor] + list(anchor.ancestors) if a.dep_ == "relcl"), None)
        if clause is not None and any(c.lower_ == "where" for c in clause.children):
            there = ctx.res.entity_at(clause.head.i)
            there = (ctx.res.as_state(there) or ctx.res.country_of(there)) if there is not None else None
            if there is not None and not (entry is not None and entry.country and there.key !=
                                          getattr(ctx.res.gaz.state(entry.country), "key", None)):
                org = there
    if org is None and (office in _STATE_OFFICES | _GOVERNMENT_VOICES and "general" not in role.lower()
                        or _NATIONAL_FORCES & set(role.lower().split()) or "opposition" in role.lower().split()) \
            and extractor in ("role-title", "role-apposition", "role-before-name"):
        # "Defence Minister X", "Government spokesman X" with no state named anywhere around: in a story
        # filed from a state, its own government's (a foreign one is named: "Peruvian President Y")
        entry = ctx.res.gaz.person(person.label)
        story = _story_state(ctx)
        if story is not None and not (entry is not None and entry.country and story.key !=
                                      getattr(ctx.res.gaz.state(entry.country), "key", None)):
            org = story
    if org is None and office in _REGION_OFFICES:
        # "Governor X" with no province named on the title: the region of the sentence, else the one just before
        org = next((m.entity for m in ctx.res.mentions if m.entity.type == "Region"
                    and anchor.sent.start <= m.start < anchor.sent.end), None) \
            or ctx.res.recent(anchor.i, ("Region",), window=1)
    if org is None:
        org = _companion_state(ctx, person, anchor) or _led_group_state(ctx, anchor)
    if org is None and office in _STATE_OFFICES and "general" not in role.lower() \
            and extractor in ("role-title", "role-before-name"):
        org = _host_state(ctx, anchor, entry)
    ctx.roles.setdefault(person.key, (role, org))
    head = role.split()[-1].lower()
    org_key = (ctx.res.as_state(org) or org).key if org is not None else None
    ctx.res.titles[(head, org_key)] = person
    ctx.res.titles.setdefault((head, None), person)
    if head in ("president", "king", "premier", "emir", "sultan") or "prime minister" in role.lower():
        ctx.res.titles[("leader", org_key)] = person
        ctx.res.titles[("leader", None)] = person
    if head in _HEAD_OF_BODY:   # a director is also the body's "chief" and "head"
        for h in _HEAD_OF_BODY:
            ctx.res.titles.setdefault((h, org_key), person)
            ctx.res.titles.setdefault((h, None), person)
    if head in ("minister",):
        ctx.res.titles[("minister", None)] = person
        for w in role.lower().split():
            if w in ("defense", "defence", "foreign"):
                ctx.res.titles[("counterpart", None)] = person
    return ctx.claim("holdsRole", person, org, anchor, extractor, 0.7, modality="asserted", roleTitle=shown)


def _host_state(ctx, anchor, entry) -> Entity | None:
    """'X met President Y in Klow': the one met in a city holds the office of the city's state."""
    verb = anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ == "with" else anchor.head
    if anchor.dep_ not in ("dobj", "pobj") or verb.pos_ != "VERB" or not _is(verb, MEET_VERBS):
        return None
    # (the parser may hang "in Klow" on the one met)
    there = next((ctx.res.resolve(o, want="place") for o in _prep_objs(verb, "in") + _prep_objs(anchor, "in")), None)
    there = (ctx.res.as_state(there) or ctx.res.country_of(there)) if there is not None else None
    if there is None or entry is not None and entry.country and \
            there.key != getattr(ctx.res.gaz.state(entry.country), "key", None):
        return None     # (the people gazetteer knows them for another state)
    return there


def _led_group(ctx, led):
    """The group a 'led by'/'headed by' participle is on: not a person the parser hung it on ('a delegation led
    by X and Syldavian officials headed by Y': the officials)."""
    if getattr(ctx.res.entity_at(led.i), "type", None) != "Person":
        return led
    return next((c for c in reversed(led.conjuncts) if c.i > led.i and c.pos_ == "NOUN"), None)


def _led_group_state(ctx, anchor) -> Entity | None:
    """'Syldavian officials headed by Defence Minister X', 'a delegation from Syldavia led by X': the group's state."""
    first = anchor
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head      # "headed by X and Y": Y is the second leader
    if first.dep_ != "pobj" or first.head.dep_ != "agent" or first.head.head.lemma_.lower() not in ("head", "lead") \
            or first.head.head.dep_ != "acl":
        return None
    group = _led_group(ctx, first.head.head.head)
    leaders = _with_conj(first)
    owners = _ents(ctx, [x for o in _prep_objs(group, "of") for x in _with_conj(o)], want="state", types=("State",)) \
        if group is not None else []
    if group is not None and group.tag_ == "NNS" and len(owners) == len(leaders) >= 2 and anchor in leaders:
        return owners[leaders.index(anchor)]    # "the commissions of A and B, headed by X and Y": respectively
    for c in () if group is None else [c for c in group.children if c.dep_ in ("amod", "compound", "poss")] + _prep_objs(group, "of", "from"):
        st = ctx.res.resolve(c, want="state")
        if st is not None and st.type == "State":
            return st
    return None


def _companion_state(ctx, person, anchor) -> Entity | None:
    """'Foreign Minister X, accompanied by intelligence chief Y': Y serves the state X serves."""
    for verb, lead, comp in _article_companions(ctx):
        if comp.key == person.key and verb.sent.start == anchor.sent.start:
            home = _home_state(ctx, lead)
            if home is not None:
                return home
    return None


# ---------------------------------------------------------------------------------------------
# visits and meetings

# Acts done in person: "launched a submarine", "inaugurated a plant", "laid a wreath", "opened the summit".
_PRESENCE_ACTS = frozenset("launch inaugurate christen unveil lay open tour commission".split())
# What such acts are done to in person (not "launched an offensive", "opened an inquiry").
_PRESENCE_OBJECTS = frozenset("""submarine submarines ship ships vessel frigate warship plant factory bridge port
railway line road highway pipeline project wreath exhibition summit conference forum station airport hospital school
stone monument memorial embassy consulate refinery dam terminal shipyard""".split())


def _visits(ctx):
    for tok in ctx.doc:
        lemma = tok.lemma_.lower()
        places, visitors = [], []
        if tok.pos_ == "VERB" and _is(tok, VISIT_VERBS):
            places = [f for o in _children(tok, "dobj") if _is_facility_noun(o)
                      for f in [_facility_name(ctx, o) or _the_named_facility(ctx, o)] if f is not None]
            # "visited Klow and Zelen", "toured A, B and C": each place of the list
            places = places or _place_entities(ctx, [x for o in _children(tok, "dobj") for x in _with_conj(o)])
            visitors = _visitors(ctx, _subjects(tok))
            # "visited Camp Marek in Zelen": the place visited lies in the place of the verb's 'in'
            for where in _place_entities(ctx, _expand_places(_prep_objs(tok, "in"))):
                for p in places:
                    if p.type in _LOCATABLE and where.key != p.key:
                        yield ctx.claim("locatedIn", p, where, tok, "located-visited-in", 0.5)
        elif tok.lemma_ == "be" and tok.dep_ in ("ROOT", "conj", "ccomp", "relcl", "advcl") and (
                ins := _prep_objs(tok, "in") + [o for a in _children(tok, "acomp") if a.lower_ == "due"
                                                for o in _prep_objs(a, "in")]):
            # "Earlier this week, X was in Klow": a leader abroad is on a visit ("X is due in Klow": a plan)
            where = [p for p in _place_entities(ctx, ins) if p.type in ("City", "State")]
            people = _ents(ctx, _subjects(tok), types=("Person",))
            date = ctx.date_of(tok)
            if date is None and tok.tag_ in ("VBZ", "VBP") and ctx.article.date is not None and not _planned(tok):
                date = EventDate(ctx.article.date.isoformat(), "day")    # "X is in Klow on a visit": the story's day
            if where and people:
                yield from _visits_abroad(ctx, people, where[0], tok, date, "visit-was-in")
            continue
        elif tok.pos_ == "VERB" and (_is(tok, MOTION_VERBS) or lemma in ("leave", "depart") and _prep_objs(tok, "for")):
            # "left Klow for Zelen": the next stop (not "left troops in X")
            dest = _prep_objs(tok, "for") if lemma in ("leave", "depart") else _prep_objs(tok, "to", "in", "into")
            # "flew to the command's headquarters in Klow": to Klow
            dest = [x for t in dest for x in (_prep_objs(t, "in") if t.pos_ == "NOUN" and _is(t, _VENUE_NOUNS | FACILITY_NOUNS)
                                              and _prep_objs(t, "in") else [t])]
            places = _place_entities(ctx, _expand_places(dest))
            visitors = _visitors(ctx, _subjects(tok))
        elif tok.pos_ in ("NOUN",) and _is(tok, VISIT_NOUNS):
            if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _CALL_OFF_VERBS and (tok.head.lemma_.lower() != "call" or any(
                    c.dep_ == "prt" and c.lower_ == "off" for c in tok.head.children)) or any(
                    c.dep_ == "amod" and c.lower_ in _CALL_OFF_PARTICIPLES for c in tok.children):
                continue        # "X postponed her trip to Klow", "a cancelled visit": no trip made
            places = _place_entities(ctx, _prep_objs(tok, "to", "in"))
            took = [r for r in _children(tok, "relcl", "acl") if r.lemma_.lower() in ("take", "bring")]
            if not places and took:
                # "a tour that took him to Klow and Zelen": each place, for the one taken
                places = _place_entities(ctx, _expand_places([x for r in took for x in _prep_objs(r, "to")]))
                visitors += _ents(ctx, [x for r in took for x in _children(r, "dobj")], types=("Person",))
            # "the Szprod visit", "Kral's June 28 working visit"
            for c in tok.children:
                e = ctx.res.entity_at(c.i)
                if c.dep_ == "compound" and e is not None and e.type in _PLACES and not places:
                    places = [ctx.res.resolve(c, want="place")]
                if c.dep_ == "poss":
                    v = _entity(ctx, c, types=("Person",))
                    if c.pos_ == "PRON" and tok.dep_ == "pobj" and tok.head.head.pos_ in ("VERB", "AUX"):
                        # "X discussed it with Y at the palace, during his visit to Klow": his is the clause's subject
                        v = next(iter(_ents(ctx, _subjects(tok.head.head), types=("Person",))), v)
                    if v:
                        visitors.append(v)
            by = _prep_objs(tok, "of", "by", "from")
            # "a visit by the Syldavian foreign minister, X, to Klow": the name beside the title, the place after it
            named = [ap for o in by for ap in _children(o, "appos")]
            for o in by if not named else ():
                # (the parser may drop the name: "by the US secretary of state, X, to Klow")
                k = o.right_edge.i + 1
                m = ctx.res.mention_span(k + 1) if k + 1 < len(ctx.doc) and ctx.doc[k].text == "," else None
                if m is not None and m.entity.type == "Person" and m.start == k + 1 and _is(o, ROLE_NOUNS):
                    named.append(ctx.doc[m.end - 1])
                    if m.end + 1 < len(ctx.doc) and ctx.doc[m.end + 1].lower_ == "to" and not places:
                        places = _place_entities(ctx, _children(ctx.doc[m.end + 1], "pobj"))
            visitors += _ents(ctx, by + named, types=("Person",))
            places = places or _place_entities(ctx, [p for x in by + named for p in _prep_objs(x, "to")])
            # "X made a trip to Y", "the trip allowed him"
            if tok.dep_ in ("dobj",) and tok.head.lemma_.lower() in _TRIP_VERBS:
                visitors += _ents(ctx, _subjects(tok.head), types=("Person",))
            # "During a visit to Klow, X met Y", "X is in Klow for a two-day visit", "X arrived on a state visit"
            if not visitors and tok.dep_ == "pobj" and tok.head.lower_ in ("during", "on", "for", "after", "in") \
                    and tok.head.head.pos_ in ("VERB", "AUX"):
                v = tok.head.head
                visitors = _ents(ctx, _subjects(v), types=("Person",))
                if not places and v.lemma_.lower() == "be":
                    places = _place_entities(ctx, _prep_objs(v, "in"))
            # "made Klow the destination of his first trip abroad"
            if not places and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
                    and tok.head.head.lemma_.lower() in _DESTINATION_NOUNS and tok.head.head.head.pos_ in ("VERB", "AUX"):
                dest = tok.head.head
                v = dest.head
                places = _place_entities(ctx, [d for d in _children(v, "dobj", "nsubj", "attr", "oprd") if d.i != dest.i]
                                         + _children(dest, "nsubj"))    # (or parsed "made [Klow the destination]")
                visitors = visitors or _ents(ctx, _subjects(v), types=("Person",))
            # "For his first trip abroad, X chose Y"
            if not places and tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.pos_ == "VERB":
                v = tok.head.head
                places = _place_entities(ctx, _children(v, "dobj"))
                visitors = visitors or _ents(ctx, _subjects(v), types=("Person",))
            if not places and visitors:
                d = ctx.date_of(tok)
                if d is not None:
                    for v in visitors:
                        ctx.visit_dates.setdefault(v.key, d)   # "X's June 28 working visit"
        elif tok.pos_ == "VERB" and lemma in _PRESENCE_ACTS and tok.tag_ in ("VBD", "VBN") and not _planned(tok) \
                and any(_is(o, _PRESENCE_OBJECTS | FACILITY_NOUNS) for o in _children(tok, "dobj")):
            # "X on Wednesday launched a submarine (in Klow)", in the lede of a story filed from Klow: X was there
            where = [p for p in _place_entities(ctx, _expand_places(_prep_objs(tok, "in", "at") + [
                x for o in _children(tok, "dobj") for x in _prep_objs(o, "in", "at")])) if p.type in ("City", "State")]
            end = ctx.dateline_end()
            lede = end is not None and (tok.sent.start_char <= end + 2 or _lede(ctx) == tok.sent)
            if not where and lede:
                where = [m.entity for m in ctx.dateline_places() if m.entity.type == "City"][:1]
            people = _ents(ctx, _subjects(tok), types=("Person",))
            if where and people:
                yield from _visits_abroad(ctx, people, where[0], tok, ctx.date_of(tok), "visit-presence-act", domestic=True)
            continue
        elif tok.pos_ == "VERB" and lemma == "attend" and _children(tok, "dobj"):
            # "X attended the commissioning of the brigade in the Syldavian capital, Klow": there, a visit abroad
            where = [p for p in _place_entities(ctx, _expand_places(
                _prep_objs(tok, "in") + [x for o in _children(tok, "dobj") for x in o.subtree
                                         if x.dep_ == "pobj" and x.head.lower_ == "in"]
                + [x for o in _prep_objs(tok, "at") for x in _prep_objs(o, "in")]    # "attended it at the base in Klow"
                + ([tok.head] if tok.dep_ == "relcl" and any(c.lower_ == "where" for c in tok.children) else [])))
                     if p.type in ("City", "State")]     # "arrived from Klow, where he had attended a summit"
            # "Both leaders attended the summit in Klow": the two people the text is about
            people = _ents(ctx, _subjects(tok), types=("Person",)) or [
                p for s_ in _subjects(tok) for p in (_people_of(ctx, s_) or [])]
            if where and people:
                yield from _visits_abroad(ctx, people, where[0], tok, ctx.date_of(tok), "visit-attended", domestic=True)
            continue
        elif tok.pos_ == "VERB" and tok.tag_ == "VBG" and (_is(tok, SPEECH_VERBS) or lemma == "address") \
                and tok.dep_ in ("advcl", "acl") and (tok.head.pos_ in ("VERB", "AUX") or tok.head.dep_ in ("nsubj", "nsubjpass")) \
                and not _children(tok, "nsubj"):
            # "Speaking in Klow on Thursday, X said ...", "X, speaking in Klow, said": X was there
            where = [p for p in _place_entities(ctx, _expand_places(_prep_objs(tok, "in") + [
                         x for o in _children(tok, "dobj") for x in _prep_objs(o, "in")]))
                     if p.type in ("City", "State")]        # "Addressing the council in New York"
            speakers = _subjects(tok.head) if tok.head.pos_ in ("VERB", "AUX") else [tok.head]
            people = _ents(ctx, speakers, types=("Person",)) or [
                e for s_ in speakers for e in _speakers(ctx, s_) if isinstance(e, Entity) and e.type == "Person"]
            if where and people:
                yield from _visits_abroad(ctx, people, where[0], tok, ctx.date_of(tok), "visit-speaking-in", domestic=True)
            continue
        elif tok.pos_ == "VERB" and (_is(tok, SPEECH_VERBS) or lemma == "address") and tok.tag_ in ("VBD", "VBZ") \
                and not _planned(tok):
            # "X told reporters in Klow", "X said in Klow on Monday": X was there
            where = [p for p in _place_entities(ctx, _prep_objs(tok, "in") + [
                         x for o in _children(tok, "dobj") if o.lower_ in ("reporters", "journalists")
                         for x in _prep_objs(o, "in")]) if p.type == "City"]
            if not where:
                # "X told troops at the air base in northern Syldavia": an audience met in person, where it is
                where = [p for p in _place_entities(ctx, _expand_places(
                    [x for o in _children(tok, "dobj") if _is(o, _AUDIENCE_NOUNS)
                     for x in _prep_objs(o, "in", "at") + _prep_objs(tok, "in", "at")]
                    + [x for o in _children(tok, "dobj") if _is(o, _AUDIENCE_NOUNS)
                       for f in _prep_objs(o, "at") + _prep_objs(tok, "at") for x in _prep_objs(f, "in")]))
                         if p.type in ("City", "State")] if any(_is(o, _AUDIENCE_NOUNS) for o in _children(tok, "dobj")) else []
            people = _ents(ctx, _subjects(tok), types=("Person",))
            if where and people:
                yield from _visits_abroad(ctx, people, where[0], tok, ctx.date_of(tok), "visit-said-in")
            continue
        else:
            continue
        if not places or not visitors:
            continue
        date = ctx.date_of(tok)
        for v in visitors:
            for p in places:
                if v.key == p.key or v.type == "State" and getattr(
                        ctx.res.as_state(p) or ctx.res.country_of(p), "key", None) == v.key:
                    continue        # (a state does not visit its own capital)
                yield ctx.claim("visited", v, p, tok, f"visit-{lemma}", 0.7, date=date)


_GROUP_NOUNS = frozenset("delegation team group mission party".split())
# Audiences one speaks to in person: "told troops at the base", "addressed soldiers in Klow".
_AUDIENCE_NOUNS = frozenset("troop soldier sailor airman marine serviceman servicewoman personnel crowd rally "
                            "audience student supporter worker".split())
# Verbs whose object is a trip not made: "cancelled/postponed/called off a visit".
_CALL_OFF_VERBS = frozenset("cancel postpone delay defer scrap shelve call abandon skip suspend".split())
_CALL_OFF_PARTICIPLES = frozenset("cancelled canceled postponed delayed deferred scrapped shelved aborted".split())
# Verbs whose subject makes the trip that is their object: "made a visit", "wrapped up a two-day trip".
_TRIP_VERBS = frozenset("make pay begin start undertake complete wrap end conclude finish continue kick cap".split())
_DESTINATION_NOUNS = frozenset("destination stop stopover".split())
_OFFICIAL_NOUNS = frozenset("official officials representative representatives envoy envoys".split())


def _visitors(ctx, toks):
    """Who travels: people, or a delegation (by whoever heads it)."""
    out = []
    for t in toks:
        if _is(t, _GROUP_NOUNS):
            for acl in _children(t, "acl"):
                if acl.lemma_.lower() in ("head", "lead"):
                    out += _ents(ctx, _prep_objs(acl, "by"), types=("Person",))
            if not out:
                out.append(ctx.res.phrase_entity(t, "Organization"))
            continue
        if ctx.res.entity_at(t.i) is not None:     # a name, not "Bordurian instructors"
            out += _ents(ctx, [t], types=("Person", "State", "Organization", "GovernmentAgency"))
        else:
            out += _ents(ctx, [t], types=("Person",))
    return out


def _home_state(ctx, person):
    """The state a person acts for: the organisation of their office here, else the people gazetteer's."""
    org = ctx.roles.get(person.key, (None, None))[1]
    home = ctx.res.as_state(org) if org is not None else None
    if home is None:
        entry = ctx.res.gaz.person(person.label)
        st = ctx.res.gaz.state(entry.country) if entry is not None and entry.country else None
        if st is not None:
            home = from_gazetteer(st)
    return home


def _meetings(ctx):
    for tok in ctx.doc:
        lemma = tok.lemma_.lower()
        pairs, told = [], None
        if tok.pos_ == "VERB" and (_is(tok, MEET_VERBS) or lemma == "join" and (
                _prep_objs(tok, "in", "at") or any(_prep_objs(o, "in", "at") for o in _children(tok, "dobj")))
                or lemma == "talk" and not _phone_call(tok)
                or lemma == "discuss" and not _phone_call(tok) and _discussed_with(tok)
                or lemma == "sit" and any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children)
                and _prep_objs(tok, "with")     # "X sat down with Y"
                or _plays_host(tok) or _handed_to(tok)
                or lemma == "shake" and any(o.lower_ == "hands" for o in _children(tok, "dobj"))):
            subj = _ents(ctx, _subjects(tok), types=("Person",)) or [
                p for s_ in _subjects(tok) for p in (_the_two(ctx, s_) or []) if p.type == "Person"]   # "the two leaders met"
            objs = _ents(ctx, [x for o in _children(tok, "dobj") for x in _with_conj(o)] + _prep_objs(tok, "with")
                         + (_discussed_with(tok) if lemma == "discuss" else [])
                         + _plays_host(tok) + _handed_to(tok)
                         # "received the president of the X Commission, Y,": the one named in apposition
                         + [a for o in _children(tok, "dobj") if ctx.res.mention_span(o.i) is None
                            for a in _children(o, "appos") + [g for x in _prep_objs(o, "of") for g in _children(x, "appos")]]
                         + [g for a in _children(tok, "agent") for g in _children(a, "pobj")
                            if _children(tok, "nsubjpass")],   # "X was greeted by Y"
                         types=("Person",))
            if not objs and subj:
                # "X met both presidents", "X received the two ministers": the pair last named
                objs = next((p for o in _children(tok, "dobj") + _prep_objs(tok, "with")
                             for p in [_pair_met(ctx, o, {s_.key for s_ in subj})] if p), [])
            if not objs and tok.dep_ in ("advcl", "relcl", "conj") and any(o.lower_ == "them" for o in _children(tok, "dobj")):
                # "A and B met at the villa, where C hosted them": the people of the clause it hangs on
                clause = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
                named = _ents(ctx, _subjects(clause), types=("Person",)) if clause is not None else []
                objs = named if len(named) >= 2 else objs
            if any(s_.lower_ in ("they", "both") for s_ in _subjects(tok)) and tok.dep_ in ("advcl", "relcl", "conj"):
                # "X and Y agreed to set up a group when they met in Klow": the people of the clause it hangs on
                clause = tok.head
                while clause.dep_ in ("xcomp", "ccomp") and clause.head.i != clause.i:
                    clause = clause.head
                named = _ents(ctx, _subjects(clause), types=("Person",))
                subj = named if len(named) >= 2 else subj
            if not subj and objs and lemma in ("host", "chair") and any(_is(n, TALK_NOUNS) for n in _children(tok, "nsubjpass")):
                # "A and B talked for two hours. The talks were hosted by C": C met each of them
                told = _recent_meeting(ctx, tok)
                subj = [told.subject, told.object] if told is not None else []
            if len(subj) >= 2 and not objs:
                pairs = _all_pairs(subj)        # "A, B and C met"
            else:
                pairs = [(s, o) for s in subj for o in objs]   # "X met Y", "X joined Y in Klow"
                if lemma == "host" and subj and len(objs) >= 2:
                    pairs += _all_pairs(objs)   # "X hosted A and B at the retreat": a summit of the three
        elif tok.pos_ == "NOUN" and (_is(tok, TALK_NOUNS) or tok.lemma_.lower() == "call" and tok.dep_ == "dobj"
                                     and tok.head.lemma_.lower() == "pay"):
            # "talks with X", "talks between X and Y", "paid a courtesy call on X"
            objs = _ents(ctx, _prep_objs(tok, "with", "between", "on"), types=("Person",))
            more = []
            if objs and _is(tok, TALK_NOUNS) and tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("hold", "have", "conduct"):
                # "X held talks with Y and with Z": the second 'with' hangs on the verb
                seen = {o.key for o in objs}
                withs = [w for w in list(tok.head.children) + [c for p in tok.children if p.lower_ == "with"
                                                               for c in p.conjuncts]
                         if w.lower_ == "with" and w.dep_ in ("prep", "conj")]    # (a conjunct 'with' too)
                more = [o for o in _ents(ctx, [x for w in withs for o in _children(w, "pobj") for x in _with_conj(o)],
                                         types=("Person",)) if o.key not in seen]
            if not objs and _is(tok, TALK_NOUNS) and tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("hold", "have", "conduct"):
                # "held talks in Klow with his counterpart X", "held talks only with his host, President Y":
                # the parser hangs 'with' on the verb; the name may stand in apposition to a role noun
                withs = [x for o in _prep_objs(tok.head, "with") for x in _with_conj(o)]
                objs = _ents(ctx, withs, types=("Person",)) or _ents(
                    ctx, [a for o in withs if _is(o, ROLE_NOUNS | {"host"}) for a in _children(o, "appos")], types=("Person",))
            if not objs and _is(tok, TALK_NOUNS):
                # "four days of talks, not disclosed beforehand, between X and Y" (the parser hangs it elsewhere)
                btw = next((t for t in ctx.doc[tok.i + 1:min(tok.i + 9, tok.sent.end)] if t.lower_ == "between"
                            and t.head.pos_ != "NOUN"), None)
                objs = _ents(ctx, [x for o in (_children(btw, "pobj") if btw is not None else []) for x in _with_conj(o)],
                             types=("Person",))
            if len(objs) < 2:
                # "talks between a delegation led by X and officials headed by Y" (the parser may hang the
                # second group anywhere): the leaders of the groups named after 'between'
                btw = next((b for b in tok.children if b.dep_ == "prep" and b.lower_ == "between"), None)
                leaders = _ents(ctx, [g for a in ctx.doc[btw.i:tok.sent.end] if a.lemma_.lower() in ("lead", "head")
                                      and a.dep_ == "acl" and _is(a.head, _GROUP_NOUNS | _OFFICIAL_NOUNS)
                                      for ag in _children(a, "agent") for g in _children(ag, "pobj")],
                                types=("Person",)) if btw is not None else []
                if len({p.key for p in leaders}) >= 2:
                    objs = leaders
            if len(objs) < 2 and _is(tok, TALK_NOUNS):
                # "a meeting in Klow on Saturday of the bloc's foreign ministers, A of X, B of Y and C of Z"
                named = _ents(ctx, [x for o in _of_people(tok) for x in _listed_after(o)], types=("Person",))
                objs = named if len({p.key for p in named}) >= 2 else objs
            subj = []
            if tok.dep_ in ("dobj", "pobj") and tok.head.lemma_.lower() in ("hold", "have", "conduct", "start", "pay"):
                subj = _ents(ctx, _subjects(tok.head), types=("Person",))
            if not subj and tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("hold", "have", "conduct"):
                subj = [p for s_ in _subjects(tok.head) for p in (_the_two(ctx, s_) or []) if p.type == "Person"]
            if not subj and tok.dep_ == "pobj" and tok.head.lower_ in ("during", "at", "after") \
                    and tok.head.head.pos_ == "VERB":
                # "A and B spoke during a meeting", "After talks in X, the two leaders signed ..."
                subj = [p for s_ in _subjects(tok.head.head) for p in _people_of(ctx, s_)]
            if not subj:        # "during his talks with Y": whose talks
                subj = [e for c in tok.children if c.dep_ == "poss" for e in
                        [ctx.res.pronoun(c) if c.pos_ == "PRON" else _entity(ctx, c, types=("Person",))]
                        if e is not None and e.type == "Person"]
            trip = _trip_for(tok)
            if trip is not None:
                subj = _ents(ctx, _subjects(trip), types=("Person",))     # "X travelled to Klow for talks with Y"
            if subj:
                objs = objs + more
            if not objs:
                # "X held talks with both men", "talks between the two leaders": the pair last named
                objs = next((p for o in _prep_objs(tok, "with", "between")
                             for p in [_pair_met(ctx, o, {s_.key for s_ in subj})] if p), [])
            if len(objs) >= 2 and not subj:
                pairs = _all_pairs(objs)
            elif len(subj) >= 2 and not objs:
                pairs = _all_pairs(subj)            # "X and Y held talks"
            else:
                pairs = [(s, o) for s in subj for o in objs]
        elif tok.pos_ == "VERB" and lemma in ("sign", "initial") and len(
                subj := _ents(ctx, _subjects(tok), types=("Person",))) >= 2 and _meeting_place(ctx, tok) is not None:
            # "A and B signed the 'Klow Compact' in Zelen": the signers were there together, whatever they signed
            pairs = _all_pairs(subj)
        else:
            continue
        if _is(tok, TALK_NOUNS) or tok.pos_ == "VERB" and _is(tok, MEET_VERBS) and lemma != "host":
            # "A and B met for talks hosted by C": the host met each of them
            talks = [tok] if tok.pos_ == "NOUN" else _prep_objs(tok, "for", "in", "at")
            # (the parser may hang "hosted by C" on the last of "talks between A and B, hosted by C")
            hosts_ = _ents(ctx, [g for t in talks if _is(t, TALK_NOUNS)
                                 for a in _children(t, "acl") + [a for o in _prep_objs(t, "between", "with")
                                                                 for x in _with_conj(o) for a in _children(x, "acl")]
                                 if a.lemma_.lower() in ("host", "chair", "mediate", "broker")
                                 for ag in _children(a, "agent") for g in _children(ag, "pobj")], types=("Person",))
            people = {x.key: x for pr in pairs for x in pr}
            pairs = pairs + [(h, x) for h in hosts_ for x in people.values() if x.key != h.key]
        if not pairs and tok.dep_ in ("acl", "xcomp") and tok.pos_ == "VERB":
            # "the trip allowed him an opportunity to meet with X"
            holder = tok.head.head if tok.dep_ == "acl" else tok.head
            subj = _ents(ctx, _children(holder, "dative", "dobj", "nsubj"), types=("Person",))
            objs = _ents(ctx, _prep_objs(tok, "with") + _children(tok, "dobj"), types=("Person",))
            pairs = [(s, o) for s in subj for o in objs]
        lead_keys = {s_.key for s_ in subj} if tok.pos_ == "VERB" else set()
        for verb, lead, comp in _article_companions(ctx):
            # "X, accompanied by Y, met Z": Y met Z too
            if verb.sent.start == tok.sent.start and lead.key in lead_keys:
                pairs = pairs + [(comp, o) for a, b in pairs for o in ([b] if a.key == lead.key else [])]
        pairs = [(a, b) for a, b in pairs if a.key != b.key]
        if not pairs:
            continue
        trip = _trip_for(tok) if tok.pos_ == "NOUN" else None
        date = ctx.date_of(trip if trip is not None else tok)
        place = _meeting_place(ctx, tok)
        if told is not None and _prep_place(ctx, tok) is None:
            place = told.arg("place")   # "The talks were hosted by C": where they were told
        if trip is not None:
            # the trip's destination: "travelled to Klow for talks with X"
            place = next(iter(_place_entities(ctx, _expand_places(_prep_objs(trip, "to", "in", "into") + [
                o for v in _children(trip, "dobj") if _is(v, VISIT_NOUNS) for o in _prep_objs(v, "to")]))), place)
        first = _first_place_token(ctx, tok, place) if place is not None else None
        if place is not None and any(t.lower_ in ("again", "next") and t.i < first and not (
                # "the two leaders met again in Klow": the meeting told is the second one, and Klow its place
                t.lower_ == "again" and t.head.i == tok.i and t.i > tok.i and not any(
                    x.lower_ == "next" or x.ent_type_ in ("DATE", "TIME") for x in tok.doc[t.i + 1:first]))
                                     for t in tok.sent):
            place = None        # the place belongs to the second meeting ("and again the next day on X")
        if place is None and not _phone_call(tok):
            place = _host_dateline_city(ctx, pairs)
        stops = _respective_stops(ctx, tok, pairs)
        for a, b in pairs:
            if stops:       # "toured A, B and C, meeting X, Y and Z": each in the stop of the same rank
                place = stops.get(b.key, place)
            yield ctx.claim("metWith", a, b, tok, f"meet-{lemma}", 0.7, date=date, place=place)
            # a second date for the same pair: "on May 8 and again the next day"
            if date is not None and any(t.lower_ == "next" and t.nbor(1).lower_ == "day" for t in tok.sent
                                        if t.i + 1 < len(ctx.doc)):
                nd = next_day(date)
                place2 = _place_after(ctx, tok, "next")
                yield ctx.claim("metWith", a, b, tok, f"meet-{lemma}-next-day", 0.5, date=nd, place=place2)
            if told is None:        # (the visitors of talks told before have their visits; the host is at home)
                yield from _visits_abroad(ctx, (a, b), place, tok, date)
        if lemma in ("host", "receive", "welcome") and place is not None and place.type not in ("State",) \
                and ctx.res.as_state(place) is None and ctx.res.country_of(place) is None \
                and place.label[:1].isupper():      # (not "at the presidential palace": which palace is untold)
            # "X hosted A at the presidential retreat": a venue no gazetteer places is in the host's state
            agent = [g for a in _children(tok, "agent") for g in _children(a, "pobj")]
            hosts = _ents(ctx, agent, types=("Person",)) if agent else _ents(ctx, _subjects(tok), types=("Person",))
            home = _home_state(ctx, hosts[0]) if hosts else None
            guests = {x.key: x for a, b in pairs for x in (a, b) if hosts and x.key != hosts[0].key}
            for g in guests.values():
                gh = _home_state(ctx, g)
                if home is not None and gh is not None and gh.key != home.key:
                    yield ctx.claim("visited", g, place, tok, "visit-hosted", 0.5, date=date)


def _respective_stops(ctx, tok, pairs):
    """'X toured A, B and C, meeting Y, Z and W': as many people met as places toured, in the same order;
    {person key: place}, or {} when the counts differ."""
    if tok.pos_ == "VERB" and tok.dep_ == "conj" and tok.tag_ != "VBG" and tok.head.pos_ == "VERB" \
            and _is(tok.head, VISIT_VERBS):
        # "X visited Klow and Zelen and met both presidents": each in the place of his own state
        stops = _place_entities(ctx, [x for o in _children(tok.head, "dobj") for x in _with_conj(o)])
        out = {}
        for _, b in pairs if len({p.key for p in stops}) >= 2 else ():
            home = _home_state(ctx, b)
            hit = [p for p in stops if home is not None
                   and getattr(ctx.res.as_state(p) or ctx.res.country_of(p), "key", None) == home.key]
            if len(hit) == 1:
                out[b.key] = hit[0]
        return out
    if tok.pos_ != "VERB" or tok.dep_ not in ("advcl", "conj") or tok.tag_ != "VBG" or tok.head.pos_ != "VERB" \
            or not _is(tok.head, VISIT_VERBS):
        return {}
    stops = _place_entities(ctx, [x for o in _children(tok.head, "dobj") for x in _with_conj(o)])
    met = _ents(ctx, [x for o in _children(tok, "dobj") for x in _with_conj(o)], types=("Person",))
    if len(stops) < 2 or len(stops) != len(met) or len({p.key for p in stops}) != len(stops) \
            or {b.key for _, b in pairs} != {m.key for m in met}:
        return {}
    return {m.key: p for m, p in zip(met, stops)}


def _handed_to(verb):
    """'X handed over the documents to Y at a ceremony': Y, met in person (not by post or phone)."""
    if verb.lemma_.lower() != "hand" or _phone_call(verb) or not (
            any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children) or _prep_objs(verb, "at", "in")):
        return []
    return [x for o in _prep_objs(verb, "to") for x in _with_conj(o)]


def _plays_host(verb):
    """'X played host to Y': Y, the guests after 'to'."""
    if verb.lemma_.lower() != "play":
        return []
    return [x for h in _children(verb, "dobj") if h.lower_ == "host"
            for o in _prep_objs(verb, "to") + _prep_objs(h, "to") for x in _with_conj(o)]


def _discussed_with(verb):
    """'X discussed the transition with Y': the 'with' objects of the verb or of its object (where the parser
    may hang them), and the names in apposition to a role noun there ('with his host, President Y')."""
    withs = [x for o in _prep_objs(verb, "with") + [w for d in _children(verb, "dobj") for w in _prep_objs(d, "with")]
             for x in _with_conj(o)]
    return withs + [a for o in withs if _is(o, ROLE_NOUNS | {"host"}) for a in _children(o, "appos")]


def _recent_meeting(ctx, tok):
    """The last meeting told in tok's sentence or the one before ('the talks')."""
    first = _sentences_before(tok, 1)
    return max((c for c in ctx.claims if c.predicate == "metWith" and first <= _tok_at(ctx, c.start) < tok.sent.end),
               key=lambda c: c.start, default=None)


def _host_dateline_city(ctx, pairs):
    """'BAGHDAD, Iraq - ... X met Prime Minister Y': a meeting the text gives no place, between a visitor and
    a host of the dateline's state, took place in the dateline's city."""
    story = _story_state(ctx)
    city = next((m.entity for m in ctx.dateline_places() if m.entity.type == "City"), None)
    if city is None or story is None:
        return None
    for a, b in pairs:
        homes = [getattr(_home_state(ctx, x), "key", None) for x in (a, b)]
        if None not in homes and story.key in homes and homes[0] != homes[1]:
            return city
    return None


def _visits_abroad(ctx, people, place, tok, date, extractor="visit-from-meeting", domestic=False):
    """Presence at a meeting abroad is a visit, for each side: "X held talks in Klow". With domestic,
    an appearance in a town of one's own state that is not its capital is a (domestic) trip too."""
    there = (ctx.res.as_state(place) or ctx.res.country_of(place)) if place is not None else None
    if there is None and place is not None and (entry := ctx.res.gaz.lookup(place.label)) is not None:
        known = from_gazetteer(entry)      # "hosted at the White House": a venue the gazetteer knows
        there = ctx.res.as_state(known) or ctx.res.country_of(known)
    homes = {who.key: _home_state(ctx, who) for who in people}
    for k, who in enumerate(people if there is not None else ()):
        home = homes[who.key]
        if "ambassador" in str(ctx.roles.get(who.key, ("", None))[0]).lower() and not _is(tok, VISIT_VERBS | MOTION_VERBS):
            continue    # "X met US Ambassador Y in Klow": an ambassador lives where he is posted

        if home is not None and home.key != there.key or home is not None and domestic and _provincial(ctx, place, home):
            yield ctx.claim("visited", who, place, tok, extractor, 0.5, date=date)
        elif home is None and k == 1 and _is(tok, MEET_VERBS) and tok.lemma_.lower() != "meet" \
                and getattr(homes[people[0].key], "key", None) == there.key:
            # "President X received the head of the Y Commission, Z, in Klow": a guest of the host's state
            yield ctx.claim("visited", who, place, tok, extractor, 0.4, date=date)


def _provincial(ctx, place, home) -> bool:
    """True for a city of the home state that is not its capital: going there is a trip."""
    if place.type != "City" or getattr(ctx.res.country_of(place), "key", None) != home.key:
        return False
    cap = _capital(ctx, home)
    return cap is not None and cap.key != place.key


# Words that make a conversation a call, not a meeting: "talked by phone".
_CALL_WORDS = frozenset("phone telephone call videoconference video virtual virtually online".split())


def _phone_call(tok) -> bool:
    return any(t.lower_ in _CALL_WORDS for t in tok.sent)


def _all_pairs(people):
    """Every pair of a list: 'A, B and C met' is three meetings."""
    return [(a, b) for i, a in enumerate(people) for b in people[i + 1:]]


def _trip_for(noun):
    """The journey a noun is the purpose of: 'travelled to Klow for talks with X' -> travelled."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.pos_ == "VERB" \
            and _is(noun.head.head, MOTION_VERBS | VISIT_VERBS):
        return noun.head.head
    visit = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None
    if visit is not None and _is(visit, VISIT_NOUNS) and visit.dep_ == "dobj" and visit.head.pos_ == "VERB" \
            and visit.head.lemma_.lower() in ("make", "pay") and _prep_objs(visit, "to"):
        return visit.head      # "X made a state visit to Klow for talks with Y"
    # "X flew to Klow and held talks with Y"
    held = noun.head if noun.dep_ == "dobj" else None
    if held is not None and held.dep_ == "conj" and held.head.pos_ == "VERB" and _is(held.head, MOTION_VERBS) \
            and _prep_objs(held.head, "to", "into"):
        return held.head
    return None


def _first_place_token(ctx, tok, place):
    for t in tok.sent:
        e = ctx.res.entity_at(t.i)
        if e is not None and (e.key == place.key or ctx.res.resolve(t, want="place") == place):
            return t.i
    return 10 ** 9


def _link_events(ctx, claims, pending=None):
    """Within one article: a visit with no date takes the date the article gives the visitor's trip
    elsewhere; a meeting with no date or place takes them from a participant's visit."""
    pending = pending or {}
    visits = {}
    trip_dates = {}
    for c in sorted(claims, key=lambda c: c.start):   # one trip: the same visitor to the same place
        if c.predicate == "visited" and c.subject is not None and isinstance(c.object, Entity) and c.arg("date"):
            trip_dates.setdefault((c.subject.key, c.object.key), (c.arg("date"), c.start))
    inside = {}   # facility -> the places the article locates it in: a visit to it is part of a trip there
    for c in claims:
        if c.predicate == "locatedIn" and isinstance(c.subject, Entity) and isinstance(c.object, Entity):
            inside.setdefault(c.subject.key, []).append(c.object.key)
    out = []
    around = {}   # place -> the facilities the article locates in it: a visit to one is part of a trip there
    for k, ps in inside.items():
        for p in ps:
            around.setdefault(p, []).append(k)
    for c in claims:
        if c.predicate == "visited" and c.subject is not None:
            k = getattr(c.object, "key", None)
            where = [k] + inside.get(k, []) + around.get(k, [])
            date = next((trip_dates[(c.subject.key, w)][0] for w in where if (c.subject.key, w) in trip_dates
                         and _same_trip(trip_dates[(c.subject.key, w)], c, ctx.article)), None) \
                or ctx.visit_dates.get(c.subject.key)
            if c.arg("date") is None and date is not None:
                c = c.with_roles(date=date)
            visits.setdefault(c.subject.key, []).append(c)
        out.append(c)
    for tok, lead, companion in _companions(ctx):
        # "X was accompanied by Defence Minister Y": Y made X's trip (the first one told)
        v = min(visits.get(lead.key, []), key=lambda v: v.start, default=None)
        if v is not None and not any(getattr(c.object, "key", None) == getattr(v.object, "key", None)
                                     and c.arg("date") == v.arg("date") for c in visits.get(companion.key, [])):
            c = ctx.claim("visited", companion, v.object, tok, "visit-accompanied", 0.4, date=v.arg("date"))
            visits.setdefault(companion.key, []).append(c)
            out.append(c)
    pair_dates = {}     # the same two people meeting, dated elsewhere in the article
    for c in sorted(out, key=lambda c: c.start):
        if c.predicate == "metWith" and c.arg("date") is not None and c.subject is not None and c.object is not None:
            pair_dates.setdefault(frozenset((c.subject.key, c.object.key)), (c.arg("date"), c.arg("place")))
    linked = []
    for c in out:
        if c.predicate == "metWith" and c.arg("date") is None and c.subject is not None and c.object is not None:
            d, where = pair_dates.get(frozenset((c.subject.key, c.object.key)), (None, None))
            if d is not None and (c.arg("place") is None or where is None or getattr(where, "key", None) == c.arg("place").key):
                c = c.with_roles(date=d)    # the same meeting (not another one in another place)
        if c.predicate == "metWith" and (c.arg("date") is None or c.arg("place") is None):
            for who in (c.subject, c.object):
                # the participant's trip: a dated one first, in the order told, not an earlier trip told later
                vs = [v for v in visits.get(who.key if who is not None else None, [])
                      if (v.arg("date") is None or _same_trip((v.arg("date"), v.start), c, ctx.article))
                      and (c.arg("place") is None or _same_place(ctx, v.object, c.arg("place"), inside))]
                v = min(vs, key=lambda v: (v.arg("date") is None, v.start)) if vs else None
                if v is not None:
                    extra = {}
                    if c.arg("date") is None and v.arg("date") is not None \
                            and not (_claim_key(c) in ctx.cache.get("told_claims", ())
                                     and _told_during_trip(pending.get(_claim_key(c)), v.arg("date"))):
                        extra["date"] = v.arg("date")
                    if c.arg("place") is None and isinstance(v.object, Entity):
                        extra["place"] = v.object
                    if extra:
                        c = c.with_roles(**extra)
                    break
        linked.append(c)
    return linked


def _told_during_trip(told, arrival) -> bool:
    """Whether the day the story tells around a meeting falls in the week after the visitor's arrival:
    "X, who arrived on Friday, joined Y" in a story of Saturday's events met on Saturday."""
    if told is None or arrival is None or told.precision != "day" or arrival.precision != "day":
        return False
    gap = (_dt.date.fromisoformat(told.iso) - _dt.date.fromisoformat(arrival.iso)).days
    return 0 < gap <= 7


def _same_place(ctx, a, b, inside) -> bool:
    """Can a visit to a be the trip of a meeting at b: not when the two lie in different states (a trip to
    Klow is not the one on which X met Y in Zelen, abroad), nor when either state is unknown; the palace
    and its capital can be one trip."""
    if not isinstance(a, Entity) or not isinstance(b, Entity):
        return False
    if a.key == b.key or b.key in inside.get(a.key, []) or a.key in inside.get(b.key, []):
        return True
    def state(x):       # a venue the gazetteer knows by name (a seat of government)
        known = ctx.res.gaz.lookup(x.label) if x.type == "Place" else None
        x = from_gazetteer(known) if known is not None else x
        return ctx.res.as_state(x) or ctx.res.country_of(x)
    sa, sb = state(a), state(b)
    return sa is not None and sb is not None and sa.key == sb.key


def _article_companions(ctx):
    """The article's (verb, lead, companion) triples, found once."""
    if "companions" not in ctx.cache:
        ctx.cache["companions"] = list(_companions(ctx))
    return ctx.cache["companions"]


def _companions(ctx):
    """(verb, lead, companion) for 'X was accompanied by Y' and 'X, accompanied by Y,'."""
    for tok in ctx.doc:
        if tok.lemma_.lower() != "accompany" or tok.pos_ != "VERB":
            continue
        lead = _children(tok, "nsubjpass") or ([tok.head] if tok.dep_ == "acl" else []) or (
            _subjects(tok.head) if tok.dep_ == "advcl" and tok.tag_ == "VBN" else [])   # "X visited Y, accompanied by Z"
        by = [o for a in _children(tok, "agent") for o in _children(a, "pobj")]
        by += [x for o in by for ap in _children(o, "appos") for x in _with_conj(ap)]   # "by his wife, Z, and W"
        by += [c for o in by for c in o.children if c.dep_ == "nmod"        # "by Minister A and Secretary B" (misparsed)
               and getattr(ctx.res.entity_at(c.i), "type", None) == "Person"]
        if not lead and _children(tok, "dobj") and _subjects(tok):
            # "Y, who accompanied X on this trip (along with Z)": the active voice
            lead, by = _children(tok, "dobj"), _subjects(tok) + _along_with(tok)
        for x in _ents(ctx, lead, types=("Person",)):
            for y in _ents(ctx, [w for o in by for w in _with_conj(o)], types=("Person",)):
                if x.key != y.key:
                    yield tok, x, y


def _same_trip(dated, c, article) -> bool:
    """May an undated claim take a trip's date? Yes when the trip is told before it, or is recent: a
    trip told later and long before the article date ("X last came here in 2020") is an earlier one."""
    date, start = dated
    if start <= c.start or article.date is None:
        return True
    y, m, d = (date.iso.split("-") + ["12", "28"])[:3]
    try:
        return (article.date - _dt.date(int(y), int(m), int(d))).days <= 60
    except ValueError:
        return True


# Words of a distance phrase: "Zelen, some 60 kilometres south of Klow".
_DIRECTION_WORDS = frozenset("north south east west northeast northwest southeast southwest".split())
# Nouns for the venues of meetings: "at the X guest house", "at the presidential palace".
_VENUE_NOUNS = frozenset("""house palace residence hotel headquarters ministry kremlin summit conference forum
island estate villa castle chancellery bridge crossing""".split())


def _meeting_place(ctx, tok):
    e = _prep_place(ctx, tok)
    if e is not None:
        return e
    if tok.dep_ == "pobj" and tok.head.lower_ in ("after", "during", "following") and tok.head.head.pos_ == "VERB":
        verb = tok.head.head     # (the parser may hang "at the palace" on the verb's object)
        e = next((e for x in [verb] + _children(verb, "dobj") for e in [_prep_place(ctx, x)] if e is not None), None)
        if e is not None:
            return e        # "A and B signed the treaty at the Klow Palace after talks": there
    return _context_place(ctx, tok)


_OUTSKIRT_NOUNS = frozenset("outskirts outskirt edge fringe fringes suburbs".split())


def _prep_place(ctx, tok):
    """The place or venue of tok's own 'in'/'at'/'on' phrase."""
    for o in _prep_objs(tok, "in", "at", "on", *(("to",) if tok.lemma_.lower() in ("welcome", "invite") else ())):
        o = _named_by_class_noun(o)         # "in the city of Klow"
        e = ctx.res.resolve(o, want="place")
        if e is not None and e.type in _PLACES:
            return e
        seat = _seat_of_government(ctx, e)
        if seat is not None:
            return seat     # "at the Kremlin", "at the White House": in the capital
        if _is(o, _VENUE_NOUNS) or (e is not None and e.type == "Organization" and _is(o, _VENUE_NOUNS | {"square"})):
            for city in _prep_objs(o, "in", "near", "outside") + [x for e_ in _prep_objs(o, "on", "at")
                                                                + _prep_objs(tok, "on", "at")
                                                                if e_.lemma_.lower() in _OUTSKIRT_NOUNS
                                                                for x in _prep_objs(e_, "of")]:
                # "at the Syldavia-Africa summit in Klow", "at a guest house on the outskirts of the
                # Syldavian capital": the city
                c = _the_city(ctx, city) or ctx.res.resolve(_named_by_class_noun(city), want="place")
                if c is not None and c.type in ("City", "State", "Region"):
                    return c
            city = _named_event_city(ctx, o)
            if city is not None:
                return city     # "at the Klow Security Conference": the city in the event's name
            text = phrase_text(o, drop=("relcl", "acl", "appos", "advcl", "conj", "cc", "prep"))
            return Entity("place-" + _slug(text), text, "Place")     # "the Villa X guest house"
    return None


def _seat_of_government(ctx, e) -> Entity | None:
    """The capital a national government body stands in, for a meeting held at it."""
    entry = ctx.res.gaz.get(e.key) if e is not None else None
    if entry is None or entry.type != "GovernmentAgency" or not entry.country:
        return None
    cap = ctx.res.gaz.capital_of(entry.country)
    return from_gazetteer(cap) if cap is not None else None


def _context_place(ctx, tok):
    """A meeting's place from the clause and sentence around it."""
    if tok.dep_ == "conj" and tok.head.pos_ == "VERB" and _is(tok.head, VISIT_VERBS):
        # "X visited Klow in January and met Y": there
        for o in _children(tok.head, "dobj"):
            e = ctx.res.resolve(_named_by_class_noun(o), want="place")
            if e is not None and e.type in ("City", "State", "Region"):
                return e
    # "X and Y held talks after the ceremony": where the ceremony told just before was
    _when = ("after", "before", "during", "on", "at")
    for o in _prep_objs(tok, *_when) + (_prep_objs(tok.head, *_when) if tok.dep_ == "dobj" else []):
        if o.lemma_.lower() in _EVENT_NOUNS and not _prep_objs(o, "in", "at"):
            e = _event_place(ctx, o)
            if e is not None:
                return e
    # "a trip to Klow where he met with X"; "Klow, where he held talks with X": the clause of the talks
    rel = tok if tok.dep_ == "relcl" else tok.head if (
        tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.dep_ == "relcl"
        and any(c.lower_ == "where" for c in tok.head.children)) else None
    if rel is not None:
        head = rel.head
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lower_ in _DIRECTION_WORDS:
            # "Zelen, some 60 kilometres south of Klow, where he met X": where is Zelen
            before = [t for t in ctx.doc[tok.sent.start:head.head.head.i]
                      if ctx.res.entity_at(t.i) is not None and ctx.res.entity_at(t.i).type in _PLACES]
            head = before[-1] if before else head
        elif head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.dep_ == "appos" \
                and head.head.head.lemma_.lower() in _PLACE_CLASS_NOUNS | {"capital"}:
            # "Klow, the capital of Zelen province, where they met X": where is Klow
            head = head.head.head.head
        e = _the_city(ctx, head) or ctx.res.resolve(head, want="place")   # "the Syldavian capital, where"
        if e is not None and e.type in _PLACES:
            return e
        if any(c.lower_ == "where" for c in rel.children):
            # "Y was in Klow for a summit with leaders, where X greeted him": the place named before 'where'
            # ("X flew to Klow later that month, where he and Y signed ...": the destination)
            before = [t for t in ctx.doc[tok.sent.start:head.i] if t.dep_ == "pobj" and (t.head.lower_ in ("in", "at") or
                      t.head.lower_ == "to" and t.head.head.pos_ == "VERB" and _is(t.head.head, MOTION_VERBS))
                      and getattr(ctx.res.entity_at(t.i), "type", None) in ("City", "State")]
            if before:
                return ctx.res.resolve(before[-1], want="place")
    for t in tok.sent:
        if t.lemma_.lower() in ("sideline", "sidelines", "margin", "margins") and t.dep_ == "pobj":
            # "..., hosted by C on the sidelines of the Klow Security Conference": the event's city
            city = next((c for o in _prep_objs(t, "of") for c in [_named_event_city(ctx, o)] if c is not None), None)
            if city is not None:
                return city
    for o in _prep_objs(tok, "during", "on") + (_prep_objs(tok.head, "during", "on") if tok.dep_ == "dobj" else []):
        if o.lemma_.lower() in ("visit", "trip", "tour") and not _prep_objs(o, "in", "at"):
            # "X held talks with Y during a state visit to Klow": the destination of the visit
            e = next(iter(_place_entities(ctx, [t for t in _prep_objs(o, "to") if ctx.res.entity_at(t.i) is not None])),
                     None)      # (a named one: not "to the Central American country")
            if e is not None:
                return e
    for t in tok.sent:
        if t.dep_ == "pobj" and t.head.lower_ in ("in", "at") and t.i > tok.i and not (
                # "missiles fired at Ukrainian drones": a thing of the state, not a place in it
                t.pos_ == "NOUN" and ctx.res.entity_at(t.i) is None
                and not _is(t, _PLACE_CLASS_NOUNS | {"capital", "country", "soil", "port"})):
            e = ctx.res.resolve(_named_by_class_noun(t), want="place")
            if e is not None and e.type in _PLACES:
                return e
    if tok.pos_ == "NOUN":
        # "X was announced in Klow at the end of talks between A and B": the place the sentence's verb names
        for t in tok.sent:
            if t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head.pos_ == "VERB" and t.i < tok.i:
                e = ctx.res.resolve(_named_by_class_noun(t), want="place")
                if e is not None and e.type == "City":
                    return e
    return None


# Nouns for an event that has a place: "after the ceremony", "on the sidelines of the summit".
_EVENT_NOUNS = frozenset("ceremony summit conference forum signing meeting parade event sidelines".split())


def _named_event_city(ctx, noun):
    """The city an event is named after: 'the Klow Security Conference', 'the Klow Dialogue'."""
    if not _is(noun, _VENUE_NOUNS | _EVENT_NOUNS | {"dialogue"}):
        return None
    first = next((t for t in noun.subtree if t.dep_ not in ("det", "poss", "case")), None)
    if first is None or first.i >= noun.i or any(t.dep_ != "compound" for t in noun.doc[first.i:noun.i]):
        return None     # (not "the Syldavia-Klow Forum" or "the annual Klow Forum")
    e = ctx.res.entity_at(first.i)
    return ctx.res.resolve(first, want="place") if e is not None and e.type == "City" else None


def _event_place(ctx, noun):
    """The place of the event that the noun names again: the same noun in the two sentences before,
    with an 'in'/'at' place of its own or of the facility it was held at."""
    if noun.lemma_.lower() == "sidelines":
        noun = next(iter(_prep_objs(noun, "of")), noun)
    # ("after the ceremony": the one told last, a few sentences of quotes before)
    lo = _sentences_before(noun, 5 if any(c.lower_ == "the" for c in noun.children) else 2)
    for t in reversed(ctx.doc[lo:noun.i]):
        if t.lemma_.lower() != noun.lemma_.lower() or t.i == noun.i:
            continue
        where = _prep_objs(t, "in", "at") + (_prep_objs(t.head, "in", "at") if t.dep_ == "dobj" else []) \
            + [x for o in _prep_objs(t, "of") for x in _prep_objs(o, "in", "at")]    # "the opening of a station in X"
        for o in where + [x for w in where for x in _prep_objs(w, "in")]:
            e = ctx.res.resolve(_named_by_class_noun(o), want="place")
            if e is not None and e.type in ("City", "State", "Region", "Place"):
                return e
    return None


def _place_after(ctx, tok, word):
    for t in tok.sent:
        if t.lower_ == word:
            for u in tok.doc[t.i:tok.sent.end]:
                e = ctx.res.entity_at(u.i)
                if e is not None and e.type in _PLACES:
                    return ctx.res.resolve(u, want="place")
    return None


# ---------------------------------------------------------------------------------------------
# military presence and location

def _is_facility_noun(tok):
    return _is(tok, FACILITY_NOUNS) and tok.pos_ in ("NOUN", "PROPN") and (
        any(c.lower_ in FACILITY_MODIFIERS for c in tok.children if c.dep_ in ("amod", "compound"))
        or tok.lemma_.lower() in POST_NOUNS)


def _facility_name(ctx, tok):
    """A name for a facility phrase: '303rd military base', 'Zelen Transit Center', 'Zelen air base'."""
    ent = ctx.res.mention_span(tok.i)
    if ent is not None and ent.entity.type == "MilitaryFacility":
        return ent.entity
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nummod", "npadvmod") and c.i < tok.i]
    named = [c for c in mods if (c.ent_type_ in ("ORDINAL", "CARDINAL", "FAC", "ORG") and not _operator_token(ctx, c))
             or (c.pos_ == "PROPN" and (ctx.res.entity_at(c.i) is None or ctx.res.entity_at(c.i).type == "Person"))
             or re.match(r"\d+(st|nd|rd|th)$", c.lower_)]
    # "the Bordurian air force base Zelen": a name in apposition right after the noun
    after = [c for c in tok.children if c.dep_ in ("appos", "npadvmod", "compound") and c.i == tok.i + 1 and c.pos_ == "PROPN"]
    if after:
        return facility_entity(f"{after[0].text} {tok.text}" if tok.lower_ not in ("airbase",) else f"{after[0].text} airbase")
    # "another base, the 4th, in Klow": an ordinal set off by commas numbers the facility
    for ap in _children(tok, "appos"):
        if re.fullmatch(r"\d+(st|nd|rd|th)", ap.lower_) and not list(ap.children)[1:]:
            return facility_entity(f"{ap.text} {tok.text}")
    # "its largest training base, Camp Marek, in Klow": a name set off by commas
    for ap in _children(tok, "appos"):
        words = [t for t in ap.subtree if t.i <= ap.i and t.dep_ in ("compound", "appos") or t.i == ap.i]
        e = ctx.res.entity_at(ap.i)
        if ap.pos_ == "PROPN" and all(t.pos_ == "PROPN" for t in words) and ap.i > tok.i + 1 \
                and ctx.doc[tok.i + 1].text == "," and (e is None or e.type in ("MilitaryFacility", "Organization")):
            return e if e is not None and e.type == "MilitaryFacility" else facility_entity(" ".join(t.text for t in words))
    if not named:
        # "the base at X": named after its place
        at = [o for o in _prep_objs(tok, "at") + (_prep_objs(tok.head, "at") if tok.dep_ == "dobj" else [])
              if o.pos_ == "PROPN"]
        if at and tok.lemma_.lower() in ("base", "airbase", "airfield"):
            return facility_entity(f"{at[0].text} {tok.lemma_.lower()}")
        return None
    start = min(c.i for c in named)
    words = [t for t in ctx.doc[start:tok.i + 1] if ctx.res.entity_at(t.i) is None
             or t.ent_type_ in ("ORDINAL", "FAC", "ORG", "CARDINAL") or ctx.res.entity_at(t.i).type == "Person"]
    words = [t for t in words if t.dep_ != "poss" and t.lower_ not in ("'s", "’s")]
    # "Air Base 201", "Naval Base Zelen Point": a capitalised facility noun's name goes on after it
    j = tok.i + 1
    while tok.is_title and j < len(ctx.doc) and j - tok.i <= 3 and (
            ctx.doc[j].like_num and ctx.doc[j].is_digit or ctx.doc[j].pos_ == "PROPN" and ctx.doc[j].is_title
            and (ctx.res.entity_at(j) is None or ctx.res.entity_at(j).type not in ("State", "City", "Person"))):
        words.append(ctx.doc[j])
        j += 1
    # the words as written: "al-Jufra air base", not "al - Jufra air base"
    text = "".join(t.text + (t.whitespace_ if i + 1 < len(words) and words[i + 1].i == t.i + 1 else " ")
                   for i, t in enumerate(words)).strip()
    if re.fullmatch(r"\d+|four|two|three|five|several|many|some", text.split()[0], re.I) and not text.split()[0].endswith(("st", "nd", "rd", "th")):
        return None
    return facility_entity(text)


def _operator_token(ctx, tok) -> bool:
    """True when tok names the operator (a state or its armed forces), not the facility."""
    e = ctx.res.entity_at(tok.i)
    return e is not None and (e.type == "State" or ctx.res.as_state(e) is not None)


def _operator(ctx, tok):
    """The state that owns a facility or troops: "Borduria's base", 'Bordurian troops', 'Fenwick forces'."""
    for c in tok.children:
        if c.dep_ in ("amod", "compound") and ctx.res.led_by(c) is not None:
            return ctx.res.led_by(c)
        if c.dep_ in ("poss", "amod", "compound", "nmod"):
            e = ctx.res.resolve(c, want="state")
            if e is not None and e.type in ("State", "InternationalOrganization", "ArmedGroup"):
                return e
            for cc in c.children:
                if cc.dep_ in ("npadvmod", "compound", "amod") and cc.i < c.i:
                    e = ctx.res.resolve(cc, want="state")   # "the Fenwick-led war"
                    if e is not None and e.type in ("State", "InternationalOrganization"):
                        return e
    for o in _prep_objs(tok, "from", "of"):
        e = ctx.res.resolve(o, want="state")
        if e is not None and e.type in ("State", "InternationalOrganization"):
            return e
    return None


# Nouns that stand for the place told just before: "in the area".
_AREA_WORDS = frozenset("area region territory".split())


def _last_host_named(ctx, tok, exclude=()):
    """'the country' after 'X has troops in Congo, with a mission that includes soldiers from Malawi': the
    last state named as a place one is in (not one that troops come from), in this sentence or the one before."""
    s = ctx.res.sentence_of(tok.i)
    for m in reversed(ctx.res.mentions):
        if m.start < tok.i and s - m.sent <= 1 and m.entity.type == "State" and m.entity.key not in exclude:
            t = ctx.doc[m.end - 1]
            if t.dep_ == "pobj" and t.head.lower_ in ("in", "inside", "within", "into", "to"):
                return m.entity
    return None


def _hosts_of(ctx, toks, exclude=()):
    """Host states and located places for 'in X' / 'at X' / 'near X' phrases.

    A place said to be near another ('X, near Y') takes Y's country: a gazetteer homonym of X in
    another country loses to the context. 'The country' is the last state named other than the
    `exclude`d ones (the operator)."""
    areas = [t for t in toks if t.lemma_.lower() in _AREA_WORDS and not _prep_objs(t, "of")]
    toks = _expand_places(list(toks) + [o for t in toks if ctx.res.entity_at(t.i) is not None
                                        for o in _prep_objs(t, "in")]) + areas
    # "at Klow airport": the city that names the site; "in the capital, Klow": the city named beside the noun
    toks += [c for t in toks if ctx.res.entity_at(t.i) is None and _is(t, _SITE_NOUNS) for c in t.children
             if c.dep_ == "compound" and getattr(ctx.res.entity_at(c.i), "type", None) in ("City", "Region")]
    toks += [c for t in toks if ctx.res.entity_at(t.i) is None and t.lemma_.lower() in _PLACE_CLASS_NOUNS | {"capital"}
             and t.head.lower_ != "near" for c in _children(t, "appos") if getattr(ctx.res.entity_at(c.i), "type", None) in ("City", "Region")]
    places, done = [], set()
    for t in toks:
        if ctx.res.entity_at(t.i) is None and t.lemma_.lower() in ("country", "nation", "state", "republic") \
                and any(c.dep_ == "det" for c in t.children):
            e = _the_country(ctx, t, exclude=set(exclude), foreign=True)
            if e is not None:
                places.append(e)
                done.add(t.i)
        elif ctx.res.entity_at(t.i) is None and t.lemma_.lower() in _AREA_WORDS \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
            # "UNIFIL, which has 10,000 troops in the area": the place told just before
            e = ctx.res.recent(t.i, ("State", "Region", "City"), window=1)
            if e is not None:
                places.append(e)
                done.add(t.i)
    places += [p for p in _place_entities(ctx, [t for t in toks if t.i not in done])
               if p.key not in {x.key for x in places}]
    near = {}
    for t in toks:
        e = ctx.res.entity_at(t.i)
        for n in _prep_objs(t, "near"):
            ne = ctx.res.resolve(n, want="place")
            c = ne if ne is not None and ne.type == "State" else (ctx.res.country_of(ne) if ne else None)
            if e is not None and c is not None:
                near[e.key] = c
    hosts = []
    for p in places:
        h = p if p.type == "State" else near.get(p.key) or ctx.res.country_of(p) or _stated_country(ctx, p)
        if h is not None and h.key not in {x.key for x in hosts}:
            hosts.append(h)
    return places, hosts


def _stated_country(ctx, place):
    """The state the article puts a place in ("the Abkhaz town of X": X in the region, the region in its
    state), for places the gazetteer does not know."""
    for c in ctx.claims:
        if c.predicate == "locatedIn" and getattr(c.subject, "key", None) == place.key and isinstance(c.object, Entity):
            if c.object.type == "State":
                return c.object
            st = ctx.res.country_of(c.object)
            if st is not None:
                return st
    return None


def _presence(ctx):
    doc = ctx.doc
    for tok in doc:
        lemma = tok.lemma_.lower()
        # "X hosts about 7,000 troops from Y"
        if lemma in ("host", "house") and _children(tok, "nsubj") and _children(tok, "dobj"):
            for obj in _children(tok, "dobj"):
                # "X hosts the headquarters of the Syldavian Navy's Fifth Fleet": the fleet's state is there
                unit = next(iter(_prep_objs(obj, "of")), None) if obj.lemma_.lower() == "headquarters" else None
                if _is(obj, TROOP_NOUNS) or _is_facility_noun(obj) or unit is not None and _operator(ctx, unit):
                    hosts = _ents(ctx, _subjects(tok), want="state", types=_STATEISH)
                    op = _operator(ctx, obj) or (_operator(ctx, unit) if unit is not None else None)
                    n = _count(obj)
                    fac = _facility_name(ctx, obj) if _is_facility_noun(obj) else \
                        facility_entity(phrase_text(unit, drop=_NP_DROP)) if unit is not None else None
                    if not hosts:
                        # "Zelen Air Base, which lies south-west of Klow, hosts 10,000 Syldavian troops": the base's state
                        for s_ in _subjects(tok):
                            f = ctx.res.entity_at(s_.i)
                            if f is not None and f.type == "MilitaryFacility":
                                near = [p for t in s_.subtree if t.i != s_.i for p in [ctx.res.entity_at(t.i)]
                                        if p is not None and p.type in ("City", "State", "Region")]
                                h = _host_of_facility(ctx, f) or next(
                                    (p if p.type == "State" else ctx.res.country_of(p) for p in near
                                     if p.type == "State" or ctx.res.country_of(p) is not None), None)
                                hosts, fac = ([h], fac or f) if h is not None else (hosts, fac)
                    for h in hosts:
                        if op is not None and op.key != h.key:
                            yield ctx.claim("hasMilitaryPresenceIn", op, h, obj, "presence-host", 0.7,
                                            troops=n, facility=fac)
        # "Borduria, home to the Syldavian Navy's Fifth Fleet, ...", "Borduria is home to 10,000 Syldavian troops"
        if tok.lower_ == "home" and tok.dep_ in ("advmod", "appos", "npadvmod", "attr") and _prep_objs(tok, "to"):
            hosts = _ents(ctx, _subjects(tok.head) if tok.dep_ == "attr" or tok.head.lemma_.lower() == "be" else [tok.head],
                          want="state", types=_STATEISH)
            for obj in _prep_objs(tok, "to") if hosts else []:
                held = ctx.res.entity_at(obj.i)
                unit = _is(obj, _UNIT_NOUNS) or held is not None and held.type == "ArmedForces"
                if not (_is(obj, TROOP_NOUNS) or _is(obj, FACILITY_NOUNS) or unit):
                    continue
                op = _operator(ctx, obj) or (ctx.res.as_state(held) if unit and held is not None else None)
                fac = (_facility_name(ctx, obj) if _is(obj, FACILITY_NOUNS) else
                       facility_entity(phrase_text(obj, drop=_NP_DROP)) if unit else None)
                for h in hosts:
                    if op is not None and op.key != h.key and op.type in ("State", "InternationalOrganization"):
                        yield ctx.claim("hasMilitaryPresenceIn", op, h, obj, "presence-home-to", 0.6,
                                        troops=_count(obj) if _is(obj, TROOP_NOUNS) else None, facility=fac)
        # "Syldavia has 2,900 troops in Borduria, most of them with a X mission that also includes soldiers from
        # Ruritania and Molvania": the mission and the states whose soldiers it includes are in the host too
        if lemma == "include" and tok.pos_ == "VERB" and tok.dep_ == "relcl" \
                and tok.head.lemma_.lower() in ("mission", "force", "operation", "contingent"):
            troops = [o for o in _children(tok, "dobj") if _is(o, TROOP_NOUNS)]
            states = _ents(ctx, [x for o in troops for x in _prep_objs(o, "from")], want="state", types=_STATEISH)
            host = _last_host_named(ctx, tok.head) if troops else None
            if host is not None and not _planned(tok):
                for op in states + [o for o in _orgs(ctx, [tok.head]) if o.type == "InternationalOrganization"]:
                    if op.key != host.key:
                        yield ctx.claim("hasMilitaryPresenceIn", op, host, tok, "presence-mission-includes", 0.5)
        # "Syldavia has access to nine Bordurian military bases", "... access to four bases in Borduria"
        if lemma == "access" and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in (
                "have", "gain", "get", "secure", "win", "obtain") and not _planned(tok.head):
            bases = [o for o in _prep_objs(tok, "to") if _is(o, FACILITY_NOUNS) and tok.head.pos_ in ("VERB", "AUX")]
            ops = _ents(ctx, _subjects(tok.head), want="state", types=_STATEISH)
            for b in bases:
                hosts = [h for h in [_operator(ctx, b)] if h is not None and h.type == "State"] or \
                    _hosts_of(ctx, _prep_objs(b, "in"), exclude=[o.key for o in ops])[1]
                for op in ops:
                    for h in hosts:
                        if op.key != h.key:
                            yield ctx.claim("hasMilitaryPresenceIn", op, h, tok, "presence-access-to-bases", 0.5,
                                            modality=None if modality_of(tok.head, False) == "negated" else "asserted")
        # "the roughly 2,500 Syldavian troops in Borduria (will go home)": a counted force told to be there
        # "seized 27 Syldavian soldiers at the Zelen air base in northern Borduria": they were there
        at = [tok, tok.head] if tok.dep_ == "dobj" else [tok]     # (the parser may hang "at X" on the verb)
        # "about 300 Turkish soldiers are (currently) in X": the copula carries the place
        if tok.dep_ == "nsubj" and tok.head.lemma_.lower() == "be" and not _children(tok.head, "attr", "acomp") \
                and modality_of(tok.head, False) != "negated" and not _planned(tok.head):
            at = [tok, tok.head]
        if _is(tok, TROOP_NOUNS) and tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass", "pobj", "appos", "dobj") \
                and any(_prep_objs(t, "in", "at") for t in at) and _count(tok) is not None:
            op = _operator(ctx, tok)
            where = [x for t in at for x in _prep_objs(t, "in")] + [
                x for t in at for a in _prep_objs(t, "at") for x in [a] + _prep_objs(a, "in")]
            if op is not None:
                for h in _hosts_of(ctx, where, exclude=[op.key])[1]:
                    if h.key != op.key:
                        # the phrase presupposes them there, whatever the clause does ("did not say how many of ...")
                        mod = "reported" if ctx.attribution_for(tok) is not None else "asserted"
                        fac = next((f for t in at for a in _prep_objs(t, "at")
                                    for f in [ctx.res.entity_at(a.i) or (_facility_name(ctx, a) or (
                                        facility_entity(phrase_text(a, drop=_NP_DROP)) if any(   # "at Klow air base"
                                            c.dep_ == "compound" and c.pos_ == "PROPN" for c in a.children) else None)
                                        if _is_facility_noun(a) else None)]
                                    if f is not None and f.type == "MilitaryFacility"), None)
                        yield ctx.claim("hasMilitaryPresenceIn", op, h, tok, "presence-troops-in", 0.5, modality=mod,
                                        troops=_count(tok), facility=fac)
        # facility phrases: "Borduria's 303rd military base in Syldavia", "a Fenwick Air Force base in Ruritania"
        if _is_facility_noun(tok):
            op = _operator(ctx, tok)
            name = _facility_name(ctx, tok)
            if name is None and tok.dep_ == "nsubj" or name is None and tok.dep_ == "nsubjpass":
                name = ctx.res.recent(tok.i, ("MilitaryFacility",), window=4) if any(
                    c.lower_ in ("this", "the") for c in tok.children) else None
            place_toks = _prep_objs(tok, "in", "at", "near")
            for ap in _children(tok, "appos"):
                place_toks += _prep_objs(ap, "in", "at", "near")
            verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass", "dobj") else None
            if verb is not None and (tok.dep_ == "dobj" or _is(verb, DEPLOY_VERBS | _LOCATE_VERBS)):
                place_toks += _prep_objs(verb, "in", "at", "near", "across")
            for acl in _children(tok, "acl", "relcl"):
                if _is(acl, DEPLOY_VERBS | _LOCATE_VERBS):
                    place_toks += _prep_objs(acl, "in", "at", "near", "across")
            places, hosts = _hosts_of(ctx, _expand_places(place_toks))
            if op is None and name is not None:
                op = _known_operator(ctx, name, hosts)
            troops = _count_near(ctx, tok)
            if not hosts and name is not None and troops is not None:
                hosts = [h for h in (_host_of_facility(ctx, name),) if h]
            for h in hosts:
                if op is not None and op.key != h.key:
                    yield ctx.claim("hasMilitaryPresenceIn", op, h, tok, "presence-facility", 0.7,
                                    facility=name, troops=troops)
            if name is None:
                name = _the_named_facility(ctx, tok)
            if name is not None:
                ctx.res.add_mention(tok, name)
                for p in places:
                    yield ctx.claim("locatedIn", name, p, tok, "located-facility", 0.7)
                for o in _prep_objs(tok, "in", "at"):   # "the Center in the nation's main civilian airport"
                    if ctx.res.entity_at(o.i) is None and o.lemma_.lower() in _SITE_NOUNS:
                        yield ctx.claim("locatedIn", name, ctx.res.phrase_entity(o, "Place"), tok, "located-facility-site", 0.5)
                for p in places:
                    if p.type != "State":
                        c = ctx.res.country_of(p)
                        if c is not None and c.key in ctx.place_states:
                            yield ctx.claim("locatedIn", p, c, tok, "located-city-of-host", 0.6)
        # "X keeps about 1,500 troops in Y", "X maintains a base in Y", "X has deployed troops to Y", "X leases a
        # space centre in Y"
        if (lemma in ("keep", "maintain", "have", "deploy", "station", "send", "position", "base", "operate", "run",
                      "lease", "rent")
                or lemma in _COMMIT_VERBS or _founds(tok)) and tok.pos_ in ("VERB", "AUX"):
            # "keeps its X air base in A and a naval facility in B": each facility of a list is an object
            # (the parser may hang the second on the verb: "keeps N troops at its base in A, and another base in B")
            # "operated the X radar station until 2012": a presence that has ended
            ended = tok.tag_ == "VBD" and ctx.article.date is not None and any(
                int(y.group()) < ctx.article.date.year for o in _prep_objs(tok, "until")
                for y in [re.search(r"\b(1[89]|20)\d\d\b", " ".join(t.text for t in o.subtree))] if y)
            objs = [] if ended else _children(tok, "dobj")
            objs += [c for o in objs for c in o.conjuncts if c.i > o.i and _is_facility_noun(c)] \
                + [c for c in _children(tok, "conj") if c.pos_ == "NOUN" and _is_facility_noun(c)
                   and not _children(c, "nsubj", "nsubjpass") and objs]
            for obj in list(dict.fromkeys(objs)):
                # "has about 400 police and soldiers in X": the count heads a list that ends with troops
                troop = _is(obj, TROOP_NOUNS) or obj.lemma_.lower() in _POLICE_NOUNS and any(
                    _is(c, TROOP_NOUNS) for c in obj.conjuncts)
                # "deployed tactical nuclear weapons in X": weapons stationed abroad are there too
                weapons = lemma in ("deploy", "station", "position", "base") and _is(obj, DEPLOYED_WEAPON_NOUNS)
                # "X leases the Klow space centre in Y" (not "leased the port to a company": the lessor)
                leased = lemma in ("lease", "rent") and _is(obj, FACILITY_NOUNS | _SITE_NOUNS) and not _prep_objs(tok, "to")
                if not (troop or _is_facility_noun(obj) or weapons or leased) \
                        or _founds(tok) and not _is_facility_noun(obj):
                    continue
                ops = _force_operators(ctx, _subjects(tok)) \
                    or _ents(ctx, _subjects(tok), want="state", types=("State", "InternationalOrganization"))
                # (a listed facility has its own place: "keeps troops at A in X, and another base in Y")
                where = (_prep_objs(tok, "in", "to", "at") if obj.dep_ == "dobj" or not _prep_objs(obj, "in", "at", "near")
                         else []) + _prep_objs(obj, "in", "at")
                # "operates a radar station near X": a facility's place may be only near a town
                where += _prep_objs(obj, "near") if _is_facility_noun(obj) and not where else []
                # "X has 900 troops stationed / deployed in Y": where the participle puts them
                where += [o for a in _children(obj, "acl") if troop and a.tag_ == "VBN"
                          and _is(a, DEPLOY_VERBS | _STAY_VERBS) for o in _prep_objs(a, "in", "at")]
                # "keeps 4,000 troops at its 7th military base in the town of X": where the base is
                where += _expand_places([p for w in where if _is_facility_noun(w) for p in _prep_objs(w, "in", "at")])
                places, hosts = _hosts_of(ctx, where, exclude=[o.key for o in ops])
                if not hosts and (lemma in _COMMIT_VERBS or lemma in ("send", "deploy")) and _count(obj) is not None:
                    hosts = _sent_to_story(ctx, tok, where, ops)
                if not hosts and _is_facility_noun(obj) and any(c.lower_ == "there" and c.dep_ == "advmod" for c in tok.children):
                    # "Y opened a military base there": the state or city told just before (not the operator's)
                    # (nor a state told to keep forces abroad: "X keeps troops at Camp Y, while Z opened a base there")
                    abroad = {c.subject.key for c in ctx.claims if c.predicate == "hasMilitaryPresenceIn" and c.subject is not None} \
                        | {e.key for t in tok.sent if t.dep_ in ("nsubj", "nsubjpass") for e in [ctx.res.entity_at(t.i)] if e is not None}
                    e = ctx.res.recent(tok.i, ("State", "City"), window=1, exclude={o.key for o in ops} | abroad)
                    h = e if e is None or e.type == "State" else ctx.res.country_of(e)
                    hosts = [h] if h is not None and h.key not in {o.key for o in ops} else []
                sites = _troop_sites(ctx, tok, obj) if troop else []
                for op in ops:
                    for h in hosts:
                        if op.key != h.key:
                            fac = (_facility_name(ctx, obj) or (facility_entity(phrase_text(obj, drop=_NP_DROP)) if leased
                                                                else _unnamed_facility(ctx, obj, places))) \
                                if _is_facility_noun(obj) or leased else next((p for p in places if p.type == "MilitaryFacility"), None) \
                                or next((f for w in where if _is_facility_noun(w) for f in [_facility_name(ctx, w)] if f), None)
                            yield ctx.claim("hasMilitaryPresenceIn", op, h, tok, f"presence-{lemma}", 0.6,
                                            troops=_count(obj) if troop else None, facility=fac)
                            if troop:
                                yield from _mission_presence(ctx, tok, obj, op, h)
                                # "2,030 troops, most of them Bordurian paratroopers": Borduria's are there too
                                for ap in _children(obj, "appos"):
                                    sub = _operator(ctx, ap) if _is(ap, TROOP_NOUNS) else None
                                    if sub is not None and sub.key not in (op.key, h.key):
                                        yield ctx.claim("hasMilitaryPresenceIn", sub, h, tok, "presence-share-of-force", 0.5)
                            for site in sites:
                                if fac is None or site.key != fac.key:
                                    yield ctx.claim("hasMilitaryPresenceIn", op, h, tok, "presence-troop-site", 0.5,
                                                    facility=site)
                            # "two bases in X: Air Base 101 ..., and Air Base 201 ...": each base named
                            for ap in [x for a in _children(obj, "appos") for x in _with_conj(a)] \
                                    if _is_facility_noun(obj) and fac is None else []:
                                f = _facility_name(ctx, ap) if _is_facility_noun(ap) or getattr(
                                    ctx.res.entity_at(ap.i), "type", None) == "MilitaryFacility" else None
                                if f is not None:
                                    yield ctx.claim("hasMilitaryPresenceIn", op, h, tok, "presence-named-base", 0.5,
                                                    facility=f)
                    # "2,500 troops in Iraq and 900 in Syria": a second count with its own place
                    # "..., many of them at Camp X, and roughly 1,000 in Y": the count goes on the share phrase
                    shares = [q for q in _children(tok, "dobj", "appos") + _children(obj, "appos")
                              if q.lemma_.lower() in _SHARE_WORDS and any(o.lower_ == "them" for o in _prep_objs(q, "of"))]
                    for more in [c for c in list(obj.conjuncts) + _children(tok, "conj") + [x for q in shares for x in q.conjuncts]
                                 if c.pos_ == "NUM" and _prep_objs(c, "in")] \
                            if troop else []:
                        q = parse_quantity(" ".join(t.text for t in more.subtree if t.dep_ != "prep" and t.i <= more.i))
                        for h in _hosts_of(ctx, _prep_objs(more, "in"), exclude=[op.key])[1]:
                            if op.key != h.key:
                                yield ctx.claim("hasMilitaryPresenceIn", op, h, tok, f"presence-{lemma}", 0.6,
                                                troops=Quantity(q.value, None, q.approximate) if q else None)
        # "Italy, with about 1,000 soldiers, is among its largest contributors; France has some 700."
        if tok.pos_ == "NOUN" and lemma in ("contributor", "contributors") or (
                lemma == "have" and tok.pos_ in ("VERB", "AUX") and any(o.pos_ == "NUM" for o in _children(tok, "dobj"))):
            yield from _contributors(ctx, tok)
        # "N troops are stationed at/in X" / "Bordurian servicemen stationed in Ruritania"
        # / "100 Bordurian troops have arrived in Klow" / "120 Bordurian police and soldiers remain in the country"
        if lemma in _STAY_VERBS and tok.pos_ == "VERB" or tok.lemma_.lower() in ("station", "deploy", "base") and tok.pos_ == "VERB":
            subj = [s for s in _dateline_free(ctx, _subjects(tok)) for s in [_counted_noun(s)] if _is(s, TROOP_NOUNS)
                    or (_is(s, FIGHTER_NOUNS) or _police_unit(s)) and _operator(ctx, s) is not None] or (
                [tok.head] if tok.dep_ == "acl" and _is(tok.head, TROOP_NOUNS) else [])
            forces = {s.i: (_operator(ctx, s), _count(s)) for s in subj}
            for s in subj:
                # "350 Fenwick Guard and Air Wing personnel": the parser heads the phrase with the force
                first = s.head if s.dep_ == "conj" else None
                force = ctx.res.as_state(ctx.res.entity_at(first.i)) if first is not None else None
                if forces[s.i][0] is None and force is not None:
                    forces[s.i] = (force, forces[s.i][1] or _count(first))
            for s in subj:
                op, count = forces[s.i]
                if op is None and tok.dep_ == "relcl" and _is(tok.head, FACILITY_NOUNS):
                    # "the base, the Syldavian military's largest installation, where 150 personnel are
                    # stationed": the operator the facility is told to belong to
                    op = next((e for e in [_operator(ctx, tok.head)] if e is not None and e.type == "State"), None)
                pt = _prep_objs(tok, "in", "at", "to")
                # "Syldavian troops rotate through nine Bordurian bases": the state that owns the bases
                owners = [o for b in _prep_objs(tok, "through") if _is(b, FACILITY_NOUNS) for o in [_operator(ctx, b)]
                          if o is not None and o.type == "State"]
                facility = None
                for o in list(pt):
                    if _is_facility_noun(o) or _is(o, FACILITY_NOUNS):
                        facility = facility or _facility_name(ctx, o)
                        for acl in _children(o, "acl"):   # "two facilities collectively known as the N-th base"
                            for o2 in _children(acl, "attr", "oprd", "dobj") + _prep_objs(acl, "as"):
                                facility = _facility_name(ctx, o2) or facility
                                pt += _prep_objs(o2, "in", "at", "near")
                        pt += _prep_objs(o, "in", "at", "near")
                if tok.dep_ == "relcl" and not pt:     # "the base, where N servicemen are stationed"
                    pt = [tok.head]
                    if _is_facility_noun(tok.head) or _is(tok.head, FACILITY_NOUNS):
                        facility = facility or _facility_name(ctx, tok.head) or _the_named_facility(ctx, tok.head)
                        if facility is None and any(c.dep_ == "poss" for c in tok.head.children):
                            # "the Syldavian military's northernmost installation, where ...": the facility told just before
                            facility = ctx.res.recent(tok.i, ("MilitaryFacility",), window=2)
                if tok.dep_ == "relcl" and facility is None:
                    facility = _facility_up(ctx, tok.head)
                if not pt and any(c.lower_ == "there" for c in tok.children):
                    # "N soldiers are stationed there": the facility or place told just before
                    there = ctx.res.recent(tok.i, ("MilitaryFacility",), window=1) \
                        or ctx.res.recent(tok.i, ("City", "Region", "State"), window=1)
                    if there is not None and there.type == "MilitaryFacility":
                        facility = there
                    elif there is not None:
                        pt = [ctx.doc[m.start] for m in ctx.res.mentions if m.entity.key == there.key][-1:]
                places, hosts = _hosts_of(ctx, pt, exclude=[op.key] if op else ())
                hosts = hosts or owners
                if not hosts and facility is not None:
                    hosts = [h for h in (_host_of_facility(ctx, facility),) if h]
                    if not hosts:
                        loc = next((c.object for c in ctx.claims if c.predicate == "locatedIn"
                                    and getattr(c.subject, "key", None) == facility.key and isinstance(c.object, Entity)), None)
                        h = loc if loc is not None and loc.type == "State" else (ctx.res.country_of(loc) if loc else None)
                        hosts = [h] if h is not None else []
                if not hosts and op is not None and not any(c.lower_ == "there" for c in tok.children):
                    # "600 Fenwick troops serve with the mission, most of them at Camp X, near the town of Y in
                    # southern Zelen": the place the rest of the clause names
                    deep = [t for t in tok.subtree if t.dep_ == "pobj" and t.head.lower_ in ("in", "at")
                            and (tok.dep_ == "relcl" or not s.left_edge.i <= t.i <= s.right_edge.i)]
                    hosts = [h for h in _hosts_of(ctx, deep, exclude=[op.key])[1] if h.key != op.key][:1]
                    facility = facility or next((f for f in _troop_sites(ctx, tok, s)
                                                 if f.type == "MilitaryFacility"), None) or next(
                        (facility_entity(phrase_text(u, drop=_NP_DROP)) for u in _prep_objs(tok, "with")
                         if _is(u, _UNIT_NOUNS) and ctx.res.entity_at(u.i) is None), None)   # "serve with the brigade"
                if facility is None:
                    # "guards who have worked at Klow airport": the named site they hold
                    facility = next((facility_entity(phrase_text(a, drop=_NP_DROP)) for a in _prep_objs(tok, "at")
                                     if _is(a, _SITE_NOUNS) and ctx.res.entity_at(a.i) is None
                                     and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in a.children)), None)
                for h in hosts:
                    if op is not None and op.key != h.key:
                        yield ctx.claim("hasMilitaryPresenceIn", op, h, tok, "presence-stationed", 0.7,
                                        troops=count, facility=facility)
                        yield from _mission_presence(ctx, tok, s, op, h)
                        for site in _troop_sites(ctx, tok, s):
                            if facility is None or site.key != facility.key:
                                yield ctx.claim("hasMilitaryPresenceIn", op, h, tok, "presence-troop-site", 0.5,
                                                facility=site)
        # "Bordurian troops have occupied the buffer zone on the Syldavian side of X", "... the Syldavian half of
        # Y island": the occupier is there, in the state the place (or its adjective) names
        # (an ongoing occupation only: "have occupied", "occupies", "since ..."; not "occupied X in 1940")
        if lemma == "occupy" and tok.pos_ == "VERB" and tok.dep_ not in ("amod", "acl") \
                and (tok.tag_ in ("VBZ", "VBP", "VBG") or tok.tag_ == "VBN" and any(a.lemma_ == "have" for a in _children(tok, "aux"))
                     or _prep_objs(tok, "since")) \
                and modality_of(tok, False) != "negated" and not _planned(tok):
            subj = _subjects(tok)
            ops = [o for s_ in subj if _is(s_, TROOP_NOUNS) for o in [_operator(ctx, s_)] if o is not None and o.type == "State"] \
                or _ents(ctx, [s_ for s_ in subj if not _is(s_, TROOP_NOUNS)], want="state", types=("State",))
            for obj in _children(tok, "dobj") if ops else []:
                part = obj.lemma_.lower() in _PART_NOUNS and _prep_objs(obj, "of")
                held = _prep_objs(obj, "of")[0] if part else obj
                e = ctx.res.entity_at(held.i)
                hosts = [e] if e is not None and e.type == "State" else []
                # (the parser may hang the place on the verb: "occupied the zone on the Syldavian side")
                span = list(obj.subtree) + [t for p in _prep_objs(tok, "on", "in", "inside") for t in p.subtree]
                hosts = hosts or [h for t in span if t.dep_ in ("amod", "compound") and t.i < t.head.i
                                  for h in [ctx.res.resolve(t, want="state")] if h is not None and h.type == "State"][:1]
                hosts = hosts or _hosts_of(ctx, [t for t in span if t.dep_ == "pobj"] + [held], exclude=[o.key for o in ops])[1][:1]
                fac = None
                if e is None or e.type != "State" and e.key.startswith("place-"):
                    fac = facility_entity(phrase_text(held, drop=_NP_DROP)) if _is(held, _ZONE_NOUNS) or held.pos_ == "PROPN" \
                        or any((c.pos_ == "PROPN" or c.is_title) and getattr(ctx.res.entity_at(c.i), "type", None) != "State"
                                for c in held.children if c.dep_ in ("compound", "amod", "nmod")) else None
                for op in ops:
                    for h in hosts:
                        if op.key != h.key:
                            yield ctx.claim("hasMilitaryPresenceIn", op, h, tok, "presence-occupy", 0.5, facility=fac)
        # "X expelled / forced out the Bordurian troops": they were there
        if tok.pos_ == "VERB" and (lemma in ("expel", "oust", "evict") or (
                lemma in ("force", "push", "kick", "order", "drive") and any(c.lower_ == "out" for c in tok.children))):
            for obj in _children(tok, "dobj"):
                if _is(obj, TROOP_NOUNS):
                    op = _operator(ctx, obj)
                    for h in _ents(ctx, _subjects(tok), want="state", types=_STATEISH):
                        if op is not None and op.key != h.key:
                            yield ctx.claim("hasMilitaryPresenceIn", op, h, tok, "presence-expelled", 0.6)
        # "Fenwick and Alliance contingents plan to leave the country", "started withdrawing troops from Molvania"
        if tok.pos_ == "VERB" and _is(tok, WITHDRAW_VERBS):
            troops = [o for o in _children(tok, "dobj") if _is(o, TROOP_NOUNS)]
            subj = _subjects(tok)
            ops = []
            for s in subj:
                if _is(s, TROOP_NOUNS):
                    ops += [_operator(ctx, x) for x in _with_conj(s)]
                    for c in s.children:
                        if c.dep_ in ("compound", "nmod", "amod"):
                            ops += [ctx.res.resolve(x, want="state") for x in _with_conj(c)]
            if troops:
                ops += _ents(ctx, subj, want="state", types=("State", "InternationalOrganization"))
                # "told Klow to withdraw Bordurian border guards": the troops' own state
                ops += [o for t in troops for o in [_operator(ctx, t)] if o is not None and o.type == "State"]
            if not ops:
                continue
            ops = list({o.key: o for o in ops if o is not None}.values())
            host_toks = _prep_objs(tok, "from") + (_children(tok, "dobj") if not troops else [])
            # "withdraw its guards from Klow international airport": the site is their post
            site = next((f for h in _prep_objs(tok, "from") if _is(h, _SITE_NOUNS | FACILITY_NOUNS)
                         and (getattr(ctx.res.entity_at(h.i), "type", None) in (None, "Organization", "MilitaryFacility", "Place")
                              or ctx.res.entity_at(h.i).key.startswith("place-"))     # a name the gazetteer lacks
                         and any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" for c in h.children)
                         for f in [facility_entity(phrase_text(h, drop=_NP_DROP))]), None) if troops else None
            hosts = []
            for h in host_toks:
                if h.lemma_.lower() in ("country", "region", "state", "nation") and ctx.res.entity_at(h.i) is None:
                    e = _the_country(ctx, h, exclude={o.key for o in ops})
                else:
                    e = _entity(ctx, h, want="state", types=_STATEISH)
                if e is not None:
                    hosts.append(e)
            if troops and not [h for h in hosts if h.type == "State"] and tok.dep_ == "xcomp" \
                    and tok.head.lemma_.lower() in _OBJECT_CONTROL | {"demand", "request"}:
                # "Zelen told Klow to withdraw its troops (from the airport)": the state that asks is their host
                hosts = [h for h in _ents(ctx, _subjects(tok.head), want="state", types=("State",))
                         if h.key not in {o.key for o in ops}][:1]
            count = next((_count(t) for t in troops + [x for x in subj if _is(x, TROOP_NOUNS)] if _count(t)), None)
            for op in ops:
                for h in hosts:
                    if op.key != h.key:
                        # "withdrew its last 1,500 soldiers from X": that many were there
                        yield ctx.claim("hasMilitaryPresenceIn", op, h, tok, "presence-withdrawal", 0.6, troops=count,
                                        facility=site if h.type == "State" else None,
                                        modality=None if modality_of(tok, False) in ("negated",) else "asserted")


# Verbs by which a member state puts troops into a joint force: "Syldavia provided most of the soldiers".
_CONTRIBUTE_VERBS = frozenset("send provide contribute deploy dispatch supply".split())
# Words that tell a deployment: "the force of 2,000 troops was deployed".
_DEPLOYMENT_WORDS = frozenset("deploy deployment force mission troop contingent".split())


def _presence_contributors(ctx):
    """The members of a joint force, each with a presence in its host: "The bloc's force was deployed to X.
    Syldavia provided most of the soldiers, while Borduria and Y sent smaller units." A contributing clause
    that names no destination takes the host of the presence told last (within a few sentences), when the
    sentence or two before it tell the deployment."""
    doc = ctx.doc
    sents = list(doc.sents)
    for tok in doc:
        # a finite verb: "accuses Y of sending troops" is no contribution told as fact
        if tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBZ", "VBP") or tok.lemma_.lower() not in _CONTRIBUTE_VERBS:
            continue
        # "sent smaller units", "provided most of the soldiers"
        objs = [o for d in _children(tok, "dobj") for o in [d] + (_prep_objs(d, "of") if d.pos_ != "NOUN" else [])
                if _is(o, TROOP_NOUNS) or o.lemma_.lower() in _UNIT_NOUNS | {"unit"}]
        if not objs or _prep_objs(tok, "to", "in", "into", "for", "with"):
            continue
        ops = [e for e in _ents(ctx, _subjects(tok), want="state", types=("State",)) if e is not None]
        if not ops:
            continue
        si = ctx.res.sentence_of(tok.i)
        if not any(t.lemma_.lower() in _DEPLOYMENT_WORDS for k in range(max(0, si - 2), si)
                   for t in sents[k]):
            continue
        prior = [c for c in ctx.claims if c.predicate == "hasMilitaryPresenceIn" and c.start < sents[si].start_char
                 and si - ctx.res.sentence_of(_tok_at(ctx, c.start)) <= 6 and getattr(c.object, "type", None) == "State"]
        if not prior:
            continue
        host = prior[-1].object
        for op in ops:
            if op.key != host.key:
                yield ctx.claim("hasMilitaryPresenceIn", op, host, tok, "presence-contributor", 0.5)

# Nouns for a share of a place: "the Syldavian half of X island".
_PART_NOUNS = frozenset("half part parts side section portion sector".split())
# Nouns for an occupied strip of land that names no place of its own: "the buffer zone".
_ZONE_NOUNS = frozenset("zone strip corridor enclave pocket".split())


def _facility_up(ctx, tok):
    """The named facility a 'where' clause hangs under: "at Zelen Naval Station, a base in the capital, Klow,
    where N troops are stationed" (the parser may hang the clause on the place or on the appositive noun)."""
    t = tok
    for _ in range(6):
        e = ctx.res.entity_at(t.i)
        if e is not None and e.type == "MilitaryFacility":
            return e
        if _is_facility_noun(t) and t.dep_ == "appos":
            h = ctx.res.entity_at(t.head.i)
            if h is not None and h.type == "MilitaryFacility":
                return h
            # ("Naval Support Activity Klow": a name may end with its place)
            if t.head.pos_ == "PROPN" and (h is None or h.type not in ("State", "City", "Region", "Person") or h.type != "Person"
                                           and any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < t.head.i
                                                   and getattr(ctx.res.entity_at(c.i), "type", None) in (None, "MilitaryFacility", "Organization", "Place")
                                                   for c in t.head.children)):
                return facility_entity(phrase_text(t.head, drop=_NP_DROP))
        if t.dep_ not in ("appos", "pobj", "prep") or t.head.i == t.i:
            return None
        t = t.head
    return None


def _founds(verb) -> bool:
    """'opened', 'built', 'set up', 'established' (a facility)."""
    return _is(verb, FOUND_VERBS) and (verb.lemma_.lower() != "set" or any(c.lower_ == "up" for c in _children(verb, "prt")))


# Verbs that put a counted force at a mission's or a host's disposal: "committed 1,495 soldiers to the mission".
_COMMIT_VERBS = frozenset("commit contribute dispatch".split())


def _contributors(ctx, tok):
    """A state that contributes troops to the mission told just before is in the mission's host:
    'Italy, with about 1,000 soldiers, is among its largest contributors'; and 'France has some 700' right
    after a count of troops (the troops are understood)."""
    lo = ctx.doc[_sentences_before(tok, 2)].idx
    last = next((c for c in reversed(ctx.claims) if c.predicate == "hasMilitaryPresenceIn" and lo <= c.start <= tok.idx
                 and getattr(c.subject, "type", None) == "InternationalOrganization" and c.arg("troops") is not None), None)
    if last is None:
        return
    if tok.lemma_.lower() == "have":
        verb, counted = tok, next(o for o in _children(tok, "dobj") if o.pos_ == "NUM")
        q = parse_quantity(" ".join(t.text for t in counted.subtree))
        if not any(t.dep_ == "punct" and t.text == ";" or t.lemma_.lower() == "contributor"
                   for t in ctx.doc[max(tok.sent.start, tok.i - 12):tok.i]):
            return      # only right after a count of the same kind: "...; France has some 700"
    else:
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "among" else tok.head
        counted = next((o for x in [verb] + _subjects(verb) for o in _prep_objs(x, "with") if _is(o, TROOP_NOUNS)), None)
        q = _count(counted) if counted is not None else None
    for st in _ents(ctx, _subjects(verb), want="state", types=_STATEISH):
        if st.key != last.object.key:
            yield ctx.claim("hasMilitaryPresenceIn", st, last.object, tok, "presence-contributor", 0.5,
                            troops=Quantity(q.value, None, q.approximate) if q else None)


def _dateline_free(ctx, subj):
    """'KLOW (AP) - 100 Bordurian troops have arrived ...': the parser may take the dateline for the subject
    and the real one for its apposition."""
    end = ctx.dateline_end() or 0
    out = []
    for s in subj:
        e = ctx.res.entity_at(s.i)
        troops = [a for a in _children(s, "appos") if _is(a, TROOP_NOUNS)]
        in_dateline = s.idx < end or e is not None and e.type in ("City", "State") and s.i <= s.sent.start + 1
        out += troops if in_dateline and troops else [s]
    return out


def _mission_presence(ctx, verb, troops, op, host):
    """'N Kenyan soldiers serve in Somalia with the African Union mission', '... in Somalia as part of X': the
    mission (an international organisation) is in the host too."""
    objs = _prep_objs(verb, "with") + _prep_objs(troops, "with")
    objs += [o for p in _prep_objs(verb, "as") + _prep_objs(troops, "as") if p.lemma_.lower() == "part" for o in _prep_objs(p, "of")]
    for m in _ents(ctx, objs, types=("InternationalOrganization",)):
        if m.key not in (op.key, host.key):
            yield ctx.claim("hasMilitaryPresenceIn", m, host, verb, "presence-mission-of-troops", 0.5)


def _force_operators(ctx, subj):
    """A force named by its kind: 'the UN mission, MONUSCO, has ...' (its apposition); 'the alliance has
    battlegroups in ...' (the organisation named just before)."""
    out = []
    for s in [s for s in subj if s.pos_ == "NOUN"]:
        e = next((x for ap in _children(s, "appos") for x in _ents(ctx, [ap], want="state",
                                                                    types=("State", "InternationalOrganization"))), None)
        # "the UN force in Ruritania, UNFOR, ...": the parser may hang the name on the place
        e = e or next((x for o in _prep_objs(s, "in") for ap in _children(o, "appos")
                       for x in _ents(ctx, [ap], types=("InternationalOrganization",))), None)
        if e is None and s.lemma_.lower() in _BLOC_NOUNS | {"mission", "force"} and ctx.res.entity_at(s.i) is None \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in s.children):
            e = ctx.res.recent(s.i, ("InternationalOrganization",), window=1)
        if e is None and _is(s, TROOP_NOUNS):
            # "its forces have run a base at ...": the state 'its' stands for (in a clause hung on the sentence,
            # the sentence's subject state: "X has soldiers in Y as part of the mission, where its forces ...")
            main = [e for t in _subjects(s.sent.root) if t.i < s.i and s.head.i != s.sent.root.i
                    for e in [ctx.res.resolve(t, want="state")] if e is not None and e.type == "State"]
            e = next((x for c in s.children if c.dep_ == "poss" and c.pos_ == "PRON"
                      for r in (main[:1] or [ctx.res.pronoun(c)]) if r is not None for x in [ctx.res.as_state(r) or r]
                      if x.type in ("State", "InternationalOrganization")), None)
        if e is not None and e.key not in {x.key for x in out}:
            out.append(e)
    return out


def _sent_to_story(ctx, verb, where, ops):
    """'Botswana has sent 296 troops' (no state named where they went, perhaps a mission: 'to the
    mission'): they went to the state the story is filed from. Not a pledge or a plan."""
    if _planned(verb) or any(ctx.res.entity_at(w.i) is not None and ctx.res.entity_at(w.i).type == "State" for w in where):
        return []
    # "sending 200 soldiers to reinforce the mission in Syldavia": where the aim is
    aims = [o for a in _children(verb, "advcl", "xcomp") if any(c.tag_ == "TO" for c in a.children)
            for o in _children(a, "dobj")]
    _, hosts = _hosts_of(ctx, [x for o in aims for x in _prep_objs(o, "in")], exclude=[o.key for o in ops])
    hosts = [h for h in hosts if h.key not in {o.key for o in ops}]
    if hosts:
        return hosts[:1]
    story = _story_state(ctx)
    return [story] if story is not None and story.key not in {o.key for o in ops} else []


# Verbs that put counted, foreign troops somewhere: "have arrived in Klow", "remain in the country".
_STAY_VERBS = frozenset("arrive remain stay land serve work rotate".split())
# Nouns for police forces that a count can head before the troops: "400 police and soldiers".
_POLICE_NOUNS = frozenset("police policemen officers gendarmes gendarmerie".split())

# Words for a share of a force: "most of them at X".
_SHARE_WORDS = frozenset("most many some all half part bulk majority rest".split())
# Verbs that spread a force over places: "1,000 soldiers, spread between X, Y and Z".
_SPREAD_VERBS = frozenset("spread split divide distribute scatter deploy station base".split())


def _troop_sites(ctx, verb, troops):
    """The facilities (or towns) a counted force is said to be at: 'at the Zelen air base',
    'most of them at Camp Marek', 'spread between Klow, the town of Zelen and the Marek base'."""
    toks = _prep_objs(verb, "at") + _prep_objs(troops, "at")
    for p in [c for c in verb.subtree if c.dep_ == "conj" and c.lower_ == "at"]:
        toks += [o for o in p.children if o.dep_ == "pobj"]          # "..., at X and at Y"
    for x in list(verb.children) + list(troops.children):
        if x.lower_ in _SHARE_WORDS and any(o.lemma_.lower() in ("they", "these", "those") for o in _prep_objs(x, "of")):
            toks += _prep_objs(x, "at", "in")
        if x.pos_ == "VERB" and x.lemma_.lower() in _SPREAD_VERBS and x.dep_ in ("acl", "dep", "advcl", "relcl", "conj"):
            for o in _prep_objs(x, "between", "across", "among", "at"):
                toks += [o] + [a for a in o.children if a.dep_ == "appos"]
                toks += [c for c in o.subtree if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
    out = {}
    for t in _expand_places(toks):
        e = ctx.res.entity_at(t.i)
        if e is not None and e.type in ("MilitaryFacility", "City", "Place"):
            out.setdefault(e.key, e)
        elif e is None and _is(t, FACILITY_NOUNS):
            e = _facility_name(ctx, t) or _unnamed_facility(ctx, t, _place_entities(ctx, _expand_places(_prep_objs(t, "in"))))
            if e is not None:
                out.setdefault(e.key, e)
    return list(out.values())


# Military units a force serves with: "400 Syldavian soldiers serve with the brigade".
_UNIT_NOUNS = frozenset("brigade battalion regiment division battlegroup corps contingent squadron fleet".split())

# Verbs that locate their subject: "the base, spread across the cities of X and Y".
_LOCATE_VERBS = frozenset("locate situate spread lie sit open be remain operate".split())
# Nouns that only introduce the places named after them: "the cities of X and Y".
_PLACE_CLASS_NOUNS = frozenset("city town village region province district area territory".split())


def _named_by_class_noun(tok):
    """'the village of X' -> X; 'the capital X', 'the capital, X' -> X; any other token as it is."""
    if tok.lemma_.lower() in _PLACE_CLASS_NOUNS | {"capital"} and tok.pos_ == "NOUN":
        named = _prep_objs(tok, "of") + [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        nxt = tok.doc[tok.i + 2] if tok.i + 2 < len(tok.doc) and tok.nbor(1).text == "," else None
        if not named and nxt is not None and nxt.ent_type_ in ("GPE", "LOC") and nxt.head.i not in (tok.i, nxt.i) \
                and nxt.dep_ in ("npadvmod", "appos", "conj", "dep"):
            named = [nxt]       # "signed in the capital, Klow, by ...": the parser hangs the name elsewhere
        return named[0] if named else tok
    return tok


def _expand_places(toks):
    out = []
    for t in toks:
        if t.lemma_.lower() in _PLACE_CLASS_NOUNS or t.lemma_.lower() in ("port", "island") and _prep_objs(t, "of"):
            # "the province of X", "the port of X"; "in X province" (the name a compound of the class noun)
            out += _prep_objs(t, "of") or [c for c in t.children if c.dep_ == "compound" and c.pos_ == "PROPN"][-1:]
        else:
            out.append(t)
    return out



_BASE_LIKE = frozenset("base airbase airfield garrison".split())


def _the_named_facility(ctx, tok):
    """An unnamed 'the base' / 'this military base' / 'a joint airbase' stands for the one named
    facility of its kind that the article names (none when it names several or none; 'four bases' are several)."""
    if tok.tag_ in ("NNS", "NNPS"):
        return None
    kind = "base" if tok.lemma_.lower() in _BASE_LIKE else tok.lemma_.lower()
    if ctx.named_facilities is None:
        found = {}
        for t in ctx.doc:
            if _is_facility_noun(t):
                n = _facility_name(ctx, t)
                if n is not None:
                    k = "base" if t.lemma_.lower() in _BASE_LIKE else t.lemma_.lower()
                    found.setdefault(k, {})[n.key] = n
        ctx.named_facilities = found
    cands = ctx.named_facilities.get(kind, {})
    return next(iter(cands.values())) if len(cands) == 1 else None


def _unnamed_facility(ctx, tok, places):
    """'a military base in the city of X' with no name: the article's one named facility of its kind,
    else the phrase with its place ('military base in X')."""
    named = _the_named_facility(ctx, tok)
    if named is not None:
        return named
    where = next((p for p in places if p.type != "State"), None)
    if where is None:
        return None
    words = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i and not _operator_token(ctx, c)
             and c.lower_ in FACILITY_MODIFIERS]
    label = " ".join([w.text for w in sorted(words, key=lambda w: w.i)] + [tok.text, "in", where.label])
    return Entity("facility-" + _slug(label), label, "MilitaryFacility")


def _known_operator(ctx, facility, hosts=()):
    """The operator an earlier claim of the article gave this facility (or, failing that, an unnamed
    facility in the same host state)."""
    for c in ctx.claims:
        if c.predicate == "hasMilitaryPresenceIn" and c.arg("facility") is not None and c.arg("facility").key == facility.key:
            return c.subject
    for c in ctx.claims:
        if c.predicate == "hasMilitaryPresenceIn" and any(c.object is not None and c.object.key == h.key for h in hosts):
            return c.subject
    return None


def _host_of_facility(ctx, facility):
    for c in ctx.claims:
        if c.predicate == "hasMilitaryPresenceIn" and c.arg("facility") is not None and c.arg("facility").key == facility.key:
            return c.object
    return None


def _police_unit(tok) -> bool:
    """A police force sent abroad: '400 Syldavian police officers', 'gendarmes', 'policemen'."""
    return tok.lower_ in ("police", "policemen", "gendarmes") or tok.lemma_.lower() in ("officer", "policeman") and any(
        c.dep_ == "compound" and c.lower_ == "police" for c in tok.children)


def _counted_noun(tok):
    """'a total of N troops', 'the number of soldiers' -> the counted noun."""
    if tok.lemma_.lower() in ("total", "number", "group", "contingent", "force") and _prep_objs(tok, "of"):
        return _prep_objs(tok, "of")[0]
    return tok


def _count(tok):
    for c in tok.children:
        if c.dep_ == "nummod":
            q = parse_quantity(" ".join(t.text for t in c.subtree))
            if q is not None:
                return Quantity(q.value, None, q.approximate)
    return None


def _count_near(ctx, tok):
    """Troops a facility phrase counts: 'the hub, employing some 1,200 servicemen'."""
    for acl in _children(tok, "acl", "relcl"):
        for o in _children(acl, "dobj"):
            if _is(o, TROOP_NOUNS):
                return _count(o)
    return None


# Head nouns of names that are places though tagged as organisations.
_AREA_NOUNS = frozenset("""district region province zone oblast county church cathedral mosque museum embassy
consulate airport port""".split())


def _through_direction(toks):
    """'in the north of Syldavia' -> Syldavia: a compass word stands for the place it is 'of'."""
    return [x for t in toks for x in (_prep_objs(t, "of") if t.lower_ in _DIRECTION_WORDS else [t])]


def _place_use(tok) -> bool:
    """A state named as a place ('in X', 'to X', 'from X', 'across X'), not as an actor."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "to", "from", "into", "across", "inside", "within", "at")


_LOCATABLE = ("City", "Region", "Place", "MilitaryFacility")


def _area_name(ctx, noun):
    """The named area an area noun stands for: 'the Lower Klow region', 'the region of Klow'."""
    for c in list(noun.children) + _prep_objs(noun, "of"):
        if c.dep_ in ("compound", "amod", "nmod", "pobj") and c.i != noun.i:
            e = ctx.res.entity_at(c.i)
            if e is not None and e.type in ("Organization", "Person") and c.dep_ == "compound":
                e = Entity("place-" + _slug(e.label), e.label, "Region")    # the tagger's ORG or PERSON before 'province'
            if e is not None and e.type in ("Region", "Place", "City"):
                # "the Lower Klow region" is not the city of Klow: the whole capitalised name is the area
                i = c.i
                while i > 0 and ctx.doc[i - 1].is_title and ctx.doc[i - 1].pos_ == "PROPN" \
                        and ctx.res.entity_at(i - 1) in (None, e):
                    i -= 1
                name = ctx.doc[i:c.i + 1].text
                if ctx.res.mention_span(c.i).start > i:
                    return Entity("place-" + _slug(name), name, "Region")
                return e
    # "Anseba province": a capitalised name before an area noun is the area's name, tagged or not
    run = [c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper()]
    if run and ctx.res.entity_at(run[0].i) is None:
        name = ctx.doc[run[0].left_edge.i:noun.i].text
        return Entity("place-" + _slug(name), name, "Region")
    return None


def _region_may_lie_in(ctx, region, state) -> bool:
    """Not a region the gazetteer puts in another state ("Syldavia's support for Zelen" is no location)."""
    home = ctx.res.country_of(region)
    return home is None or home.key == state.key


# Nouns of a state's parts that are no administrative area elsewhere: "Syldavia's Zelen state", "its exclave".
_OWNED_AREA_NOUNS = frozenset("state department exclave territory".split())


def _located_areas(ctx):
    """'X, in the Y region' -> X in Y; "Z's Y province", 'the Y region of Z' -> Y in Z;
    'X, a guesthouse in Y' -> X in Y."""
    doc = ctx.doc
    for noun in doc:
        if noun.lemma_.lower() in _OWNED_AREA_NOUNS and noun.pos_ == "NOUN" and any(
                c.dep_ == "poss" for c in noun.children):
            # "Syldavia's Zelen state", "its Zelen exclave", "Syldavia's Zelen department": an area of the owner
            area = _area_name(ctx, noun)
            for c in [c for c in noun.children if c.dep_ == "poss"] if area is not None else ():
                st = ctx.res.resolve(c, want="state") if c.lower_ not in ("its", "their") else \
                    ctx.res.recent(c.i, ("State",), window=1, same_sentence_first=True)
                if st is not None and st.type == "State" and st.key != area.key:
                    yield ctx.claim("locatedIn", area, st, noun, "located-area-of-state", 0.6)
        m = ctx.res.mention_span(noun.i)
        if m is not None and m.entity.type == "Region" and noun.i == m.start and noun.pos_ == "PROPN":
            # "Syldavia's Northern Territory", "Syldavia's Zelen exclave": a region the text gives a state
            for c in (c for t in ctx.doc[m.start:m.end] for c in t.children if c.dep_ == "poss" and c.i < m.start):
                st = ctx.res.resolve(c, want="state")
                if st is not None and st.type == "State" and _region_may_lie_in(ctx, m.entity, st):
                    yield ctx.claim("locatedIn", m.entity, st, noun, "located-area-of-state", 0.6)
        if noun.lemma_.lower() in ADMIN_AREA_NOUNS and noun.pos_ == "NOUN":
            area = _area_name(ctx, noun)
            if area is None:
                continue
            for c in [c for c in noun.children if c.dep_ == "poss"] + _prep_objs(noun, "of"):
                st = ctx.res.resolve(c, want="state")
                if st is not None and st.type == "State":
                    yield ctx.claim("locatedIn", area, st, noun, "located-area-of-state", 0.6)
            if noun.dep_ == "pobj" and noun.head.lower_ == "in":
                prep = noun.head
                cands = [prep.head] + ([doc[prep.i - 2]] if prep.i >= 2 and doc[prep.i - 1].text == "," else
                                       [doc[prep.i - 1]] if prep.i >= 1 else [])
                for p in cands:
                    p = _named_by_class_noun(p)
                    pe = ctx.res.entity_at(p.i)
                    if pe is not None and pe.type in _LOCATABLE and pe.key != area.key:
                        yield ctx.claim("locatedIn", pe, area, noun, "located-in-area", 0.6)
                        break
        # "Villa Marek, a government guesthouse in Klow"
        e = ctx.res.entity_at(noun.i)
        if e is not None and e.type == "Organization" and noun.pos_ == "PROPN" \
                and any(ap.lemma_.lower() in SETTLEMENT_NOUNS for ap in _children(noun, "appos")):
            e = Entity("place-" + _slug(e.label), e.label, "City")   # "Zelen, a village in ...": the tagger's ORG
        if e is not None and e.type in _LOCATABLE and ctx.res.mention_span(noun.i).end - 1 == noun.i:
            for ap in _children(noun, "appos"):
                if ap.pos_ == "NOUN":
                    for o in _through_direction(_prep_objs(ap, "in")):
                        pe = ctx.res.resolve(o, want="place") or _the_city(ctx, o)   # (or "in the capital")
                        if pe is not None and pe.type in ("City", "Region", "State") and pe.key != e.key:
                            yield ctx.claim("locatedIn", e, pe, ap, "located-apposition", 0.5)


# Nouns of a body's seat: "the alliance's headquarters in X", "the State Department in X".
_SEAT_NOUNS = frozenset("""headquarters department ministry embassy consulate secretariat parliament office offices
chancellery commission""".split())
# Verbs that place a body: "X is headquartered in Y", "X is based in Y".
_SEAT_VERBS = frozenset("headquarter base seat".split())


def _seat_place(ctx, tok):
    """The city or region of 'in X' on tok."""
    for o in _prep_objs(tok, "in"):
        p = ctx.res.resolve(o, want="place")
        if p is not None and p.type in ("City", "Region"):
            return p
    return None


def _proper_body(head) -> Entity | None:
    """A body named by capitalised words the tagger missed: "the Syldavia Policy Forum", "Observatory for
    Human Rights" (the name runs from the head's first proper-noun modifier to the head, with a capitalised
    'for'/'of' phrase after it)."""
    start = min([head.i] + [t.i for t in head.lefts if t.pos_ == "PROPN" and t.dep_ != "poss"])
    words = head.doc[start:head.i + 1]
    if head.pos_ != "PROPN" or not words or any(not t.text[:1].isupper() for t in words):
        return None
    end = head.i + 1
    for p in head.children:
        if p.dep_ == "prep" and p.lower_ in ("for", "of") and p.i == end \
                and all(t.text[:1].isupper() or t.lower_ in ("and", "of", "the") for t in p.subtree if t.i != p.i):
            end = max(t.i for t in p.subtree) + 1
    text = head.doc[start:end].text
    return Entity("org-" + _slug(text), text, "Organization")


def _located_seats(ctx):
    """Where bodies sit: 'X is headquartered in Y', "the alliance's headquarters in Y", 'the X Ministry in Y';
    and cities named as a province's capital ('Zelen, the provincial capital')."""
    for tok in ctx.doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in _SEAT_VERBS and tok.tag_ == "VBN":
            # "the bloc is headquartered in Klow" ("the Klow-based X", a body, is no base, facility or place)
            place = _seat_place(ctx, tok)
            for s_ in _children(tok, "nsubjpass") + ([tok.head] if tok.dep_ == "acl" else []):
                e = ctx.res.resolve(s_)
                if place is not None and e is not None and e.type in _ORG_TYPES + ("GovernmentAgency", "MilitaryFacility"):
                    yield ctx.claim("locatedIn", e, place, tok, "located-headquartered", 0.6)
        elif tok.pos_ in ("NOUN", "PROPN") and lemma in _SEAT_NOUNS:
            place = _seat_place(ctx, tok)
            if place is None:
                continue
            body = None
            if lemma == "headquarters":
                # "the alliance's headquarters in Klow", "its headquarters", "the X headquarters"
                owner = next((c for c in tok.children if c.dep_ in ("poss", "compound")), None)
                if owner is not None and owner.lower_ in ("its", "their"):
                    body = ctx.res.recent(tok.i, _ORG_TYPES, window=1)
                elif owner is not None:
                    body = ctx.res.resolve(owner)
                    if body is None and owner.lemma_.lower() in _BLOC_NOUNS:
                        body = ctx.res.recent(tok.i, ("InternationalOrganization",), window=2)
            else:
                m = ctx.res.mention_span(tok.i)     # "the Syldavian Foreign Ministry in Klow"
                body = m.entity if m is not None and m.end - 1 == tok.i else None
            if body is not None and body.type in _ORG_TYPES + ("GovernmentAgency",) and body.key != place.key:
                yield ctx.claim("locatedIn", body, place, tok, "located-seat", 0.5)
        elif lemma == "capital" and tok.pos_ == "NOUN" and any(c.lower_ in ("provincial", "regional") for c in tok.children):
            # "Zelen, the provincial capital", "the regional capital Zelen": of the region told just before
            named = [c for c in tok.children if c.dep_ == "appos"] + ([tok.head] if tok.dep_ == "appos" else [])
            region = ctx.res.recent(tok.i, ("Region",), window=2)
            for n in named:
                e = ctx.res.resolve(n, want="place")
                if region is not None and e is not None and e.type == "City":
                    yield ctx.claim("locatedIn", e, region, tok, "located-provincial-capital", 0.5)


def _located_dateline(ctx):
    """'ZELEN, Syldavia (AP) -': the dateline's city lies in the state (or region) it names."""
    places = ctx.dateline_places()
    if len(places) == 2 and places[0].entity.type in ("City", "Region") and places[1].entity.type in ("State", "Region") \
            and places[0].entity.key != places[1].entity.key:
        yield ctx.claim("locatedIn", places[0].entity, places[1].entity, ctx.doc[places[0].start], "located-dateline", 0.6)


def _located_capital_anaphors(ctx):
    """'a summit in Klow collapsed; X, who had flown to the Syldavian capital, ...': the capital the text
    names again by its state's adjective is a city of that state."""
    named = {m.entity.key for m in ctx.res.mentions if m.entity.type == "City"}
    for tok in ctx.doc:
        if tok.lemma_.lower() != "capital" or tok.pos_ != "NOUN" or ctx.res.entity_at(tok.i) is not None \
                or _children(tok, "appos") or any(c.dep_ == "compound" and c.pos_ == "PROPN" and
                                                  getattr(ctx.res.entity_at(c.i), "type", None) == "City"
                                                  for c in tok.children):
            continue
        for c in tok.children:
            st = ctx.res.as_state(ctx.res.entity_at(c.i)) if c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP" \
                else None
            cap = _capital(ctx, st) if st is not None else None
            if cap is not None and cap.key in named:
                yield ctx.claim("locatedIn", cap, st, tok, "located-demonym-capital", 0.5)


# Nouns of a building or institution that stands somewhere: "the embassy in X", "a think tank's Centre in X".
_SITE_NOUNS = frozenset("""institute centre center forum university college academy school embassy consulate
factory plant steelworks refinery mine hospital prison guesthouse hotel stadium museum palace airport port
headquarters mall market church mosque cathedral temple shipyard terminal""".split())
# Entity types a site may not be: a person, or a place the other rules already put in its state.
_NOT_SITES = ("Person", "State", "City", "Region", "MilitaryFacility", "InternationalOrganization")


def _located_sites(ctx):
    """A building or institution said to be in a place: 'a fellow at the Klow Policy Centre in Zelen',
    'the Syldavian embassy in Klow', 'a police training centre in Zelen'."""
    for t in ctx.doc:
        if t.pos_ not in ("NOUN", "PROPN") or not _is(t, _SITE_NOUNS):
            continue
        places = [p for o in _through_direction(_prep_objs(t, "in")) if o.ent_type_ != "DATE"
                  for p in [ctx.res.resolve(o, want="place")] if p is not None and p.type in ("State", "City", "Region")]
        if not places and ctx.res.mention_span(t.i) is None and any(
                c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children):
            # "Iraq's Grand Faw port": a named site of a state
            places = [st for c in t.children if c.dep_ == "poss" for st in [_entity(ctx, c, want="state", types=_STATEISH)]
                      if st is not None]
            if places:
                label = " ".join(x.text for x in t.subtree if x.dep_ == "compound" or x.i == t.i)
                yield ctx.claim("locatedIn", Entity("place-" + _slug(label), label, "Place"), places[0], t,
                                "located-site-of-state", 0.5)
            continue
        if not places:
            continue
        m = ctx.res.mention_span(t.i)
        if m is not None:
            if m.end - 1 != t.i or m.entity.type in _NOT_SITES or ctx.doc[m.end - 1].lemma_.lower() in _AREA_NOUNS:
                continue        # a named district or facility: the rules of _located
            thing = m.entity
        elif t.pos_ == "NOUN" and not any(o.pos_ == "PROPN" for o in _prep_objs(t, "of")) and (any(c.dep_ in ("amod", "compound") for c in t.children)
                                   or any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)):
            # "a police training centre in X", "the embassy in X" (but not "a hospital in X": any of many);
            # the place is part of its key, so "the embassy" of two cities stays two nodes
            label = phrase_text(t, drop=_NP_DROP)
            thing = Entity(f"place-{_slug(label)}-{_slug(places[0].label)}", label, "Place")
        else:
            continue
        for p in places[:1]:
            if p.key != thing.key:
                yield ctx.claim("locatedIn", thing, p, t, "located-site-in", 0.5)


def _located_story_areas(ctx):
    """'the central village of Moura', 'the northern provinces of A and B' with no state named: in the state
    the story is filed from (its dateline), unless the gazetteer puts the place elsewhere."""
    story = _story_state(ctx)
    end = ctx.dateline_end() or 0
    if story is None or sum(1 for m in ctx.res.mentions if m.entity.key == story.key
                            and ctx.doc[m.start].idx >= end) < 2:
        return      # (a story filed from Berlin about two other states is no story of Germany's places)
    for noun in ctx.doc:
        if noun.pos_ != "NOUN" or not _is(noun, ADMIN_AREA_NOUNS | SETTLEMENT_NOUNS) or _is(noun, {"island", "islands"}) \
                or any(m.entity.type == "State" and m.entity.key != story.key
                       and (_place_use(ctx.doc[m.end - 1]) or ctx.doc[m.end - 1].dep_ == "poss")
                       for m in ctx.res.mentions if noun.sent.start <= m.start < noun.sent.end) \
                or any(c.dep_ in ("amod", "compound") and ctx.res.entity_at(c.i) is not None
                       and ctx.res.entity_at(c.i).key != story.key for c in noun.children) \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) \
                or any(c.dep_ == "poss" for c in noun.children):
            continue
        names = [x for o in _prep_objs(noun, "of") if o.pos_ == "PROPN" for x in [o] + list(o.conjuncts) if x.pos_ == "PROPN"]
        for x in names:
            e = ctx.res.entity_at(x.i)
            if e is not None and (e.type in ("State", "Person") or getattr(ctx.res.country_of(e), "key", story.key) != story.key):
                continue        # a state, or a place the gazetteer puts in another state
            if e is None or e.type not in ("City", "Region", "Place"):
                label = phrase_text(x, drop=_NP_DROP)
                e = Entity("place-" + _slug(label), label, "City" if _is(noun, SETTLEMENT_NOUNS) else "Region")
            if e.key != story.key:
                yield ctx.claim("locatedIn", e, story, noun, "located-story-area", 0.4)


def _located(ctx):
    """'X in Y' for named places, and a city of a state the article names as a place."""
    yield from _located_areas(ctx)
    yield from _located_story_areas(ctx)
    yield from _located_sites(ctx)
    yield from _located_seats(ctx)
    yield from _located_dateline(ctx)
    yield from _located_capital_anaphors(ctx)
    seen = set()
    # states the article names as places ("in X", "to X"): a city of one of them lies in it
    states_near = {}
    for t in ctx.doc:
        e = ctx.res.entity_at(t.i)
        if e is not None and e.type == "State" and t.ent_type_ != "NORP" and _place_use(t):
            states_near[e.key] = e
    for sent in ctx.doc.sents:
        for t in sent:
            m = ctx.res.mention_span(t.i)
            if m is None or m.start != t.i or m.entity.type in ("Person", "State"):
                continue
            head = ctx.doc[m.end - 1]
            root = ctx.doc[m.start:m.end].root
            lie = None
            if root.dep_ in ("nsubj", "nsubjpass") and (root.head.lemma_.lower() in _LIE_VERBS | {"be"}
                                                        or root.head.lower_.rstrip("s") in _LIE_VERBS):
                lie = root.head     # "Outpost 9 lies inside Borduria", "Zelen is located in the Klow region", "X is in Y"
            for a in _children(root, "acl"):
                if a.lemma_.lower() in _LIE_VERBS:
                    lie = a         # "Zelen, located in northern Syldavia"
            if m.entity.type in _LOCATABLE and lie is not None:
                for o in _through_direction(_prep_objs(lie, "in", "inside", "within")):
                    p = ctx.res.resolve(o, want="place")
                    if p is not None and p.type in ("State", "City", "Region") and p.key != m.entity.key \
                            and (m.entity.key, p.key) not in seen:
                        seen.add((m.entity.key, p.key))
                        yield ctx.claim("locatedIn", m.entity, p, root, "located-lies-in", 0.6)
                        break
            if m.entity.type not in ("City", "Region", "Place"):
                # a named district, building or facility said to be "in X"
                if m.entity.type != "MilitaryFacility" and head.lemma_.lower() not in _AREA_NOUNS:
                    continue
                for o in _through_direction(_prep_objs(head, "in")):
                    p = ctx.res.resolve(o, want="place")
                    if p is not None and p.type in ("State", "City", "Region") and (m.entity.key, p.key) not in seen:
                        seen.add((m.entity.key, p.key))
                        yield ctx.claim("locatedIn", m.entity, p, head, "located-in-phrase", 0.5)
                continue
            e = ctx.res.resolve(ctx.doc[m.end - 1], want="place")
            if e is None or e.type not in ("City", "Region", "Place"):
                continue
            # "the city of Zelen in the Ruritanian Republic", "Western District in Borduria"
            head = ctx.doc[m.end - 1]
            for o in _through_direction(_prep_objs(head, "in", "of")):
                p = ctx.res.resolve(o, want="place")
                if p is not None and p.type in ("State", "Region", "City") and p.key != e.key and (e.key, p.key) not in seen:
                    seen.add((e.key, p.key))
                    yield ctx.claim("locatedIn", e, p, head, "located-in-phrase", 0.6)
            # "X, in Ruritania's north": a place the text puts in a state right after it
            st = _comma_in_state(ctx, m.end)
            if st is None and m.end + 1 < len(ctx.doc) and ctx.doc[m.end].text == ",":
                # "a site in Zelen, Ruritania": the state set beside the name
                nxt = ctx.res.mention_span(m.end + 1)
                if nxt is not None and nxt.start == m.end + 1 and nxt.entity.type == "State" \
                        and ctx.doc[nxt.end - 1].dep_ == "appos" and ctx.doc[nxt.end - 1].head.i == head.i \
                        and ctx.doc[nxt.start].ent_type_ != "NORP":
                    st = nxt.entity
            area = _area_after_possessive(ctx, st, m.end)
            if area is not None:
                # "X, in Ruritania's Northern Territory": X lies in the territory, the territory in Ruritania
                for a, b in ((e, area), (area, st)):
                    if (a.key, b.key) not in seen and a.key != b.key:
                        seen.add((a.key, b.key))
                        yield ctx.claim("locatedIn", a, b, head, "located-comma-in-area", 0.5)
                st = None
            if st is not None and (e.key, st.key) not in seen:
                seen.add((e.key, st.key))
                yield ctx.claim("locatedIn", e, st, head, "located-comma-in", 0.5)
            # "the Bordurian city of X": the demonym names the state
            cue = _place_cue(head)
            if cue is None and any(c.dep_ == "compound" and c.lemma_.lower() in _PLACE_CUE_NOUNS for c in head.children):
                cue = head      # "Syldavia's capital Klow": the parser hangs cue and owner on the name
            for o in _prep_objs(cue, "of") if cue is not None and cue.lemma_.lower() == "capital" else ():
                # "Zelen, the capital of Syldavia", "the capital of Syldavia, Zelen", "... of the Klow region"
                st = ctx.res.resolve(o, want="place")
                if (st is None or st.type not in ("State", "Region")) and o.lemma_.lower() in ADMIN_AREA_NOUNS:
                    st = _area_name(ctx, o)
                    st = replace(st, type="Region") if st is not None and st.type == "Place" else st
                if st is not None and st.type in ("State", "Region") and st.key != e.key and (e.key, st.key) not in seen:
                    seen.add((e.key, st.key))
                    yield ctx.claim("locatedIn", e, st, head, "located-capital-of", 0.6)
            for a in cue.children if cue is not None else ():
                st = ctx.res.resolve(a, want="state") if a.dep_ in ("amod", "compound") else None
                reg = ctx.res.entity_at(a.i) if a.dep_ in ("amod", "compound") else None
                if st is None and reg is not None and reg.type == "Region":
                    st = reg        # "the Abkhaz town of X": the region's adjective
                if st is not None and st.type == "Region" and (entry := ctx.res.gaz.get(st.key)) is not None:
                    st = from_gazetteer(entry)      # named by its gazetteer label, not the adjective
                if st is not None and st.type in ("State", "Region") and (e.key, st.key) not in seen:
                    seen.add((e.key, st.key))
                    yield ctx.claim("locatedIn", e, st, head, "located-demonym-city", 0.6)
                # "Syldavia's capital Klow", "Zelen, Ruritania's main city", "Zelen, the country's largest city"
                st = (_the_country(ctx, a) if a.lemma_.lower() in ("country", "nation") else
                      ctx.res.resolve(a, want="place")) if a.dep_ == "poss" else None
                if st is not None and st.type in ("State", "Region") and st.key != e.key and (e.key, st.key) not in seen:
                    seen.add((e.key, st.key))
                    yield ctx.claim("locatedIn", e, st, head, "located-possessive-city", 0.6)
            # "Zelen, Syldavia's second city": read off the tokens (the parser may not see the apposition)
            st = _possessive_cue_after(ctx, m.end)
            if st is not None and st.key != e.key and (e.key, st.key) not in seen:
                seen.add((e.key, st.key))
                yield ctx.claim("locatedIn", e, st, head, "located-possessive-city", 0.6)
            # "the Lower Klow province, of which Zelen is the capital": the area before ", of which"
            if head.dep_ == "nsubj" and head.head.lemma_ == "be":
                for cue in _children(head.head, "attr"):
                    of = next((c for c in head.head.children if c.dep_ == "prep" and c.lower_ == "of"
                               and any(g.lower_ == "which" for g in c.children)), None)
                    if cue.lemma_.lower() in _PLACE_CUE_NOUNS and of is not None and of.i >= 2 \
                            and ctx.doc[of.i - 1].text == ",":
                        before = ctx.doc[of.i - 2]
                        area = (_area_name(ctx, before) if before.lemma_.lower() in ADMIN_AREA_NOUNS else None) \
                            or ctx.res.resolve(before, want="place")
                        if area is not None and area.type in ("State", "Region") and (e.key, area.key) not in seen:
                            seen.add((e.key, area.key))
                            yield ctx.claim("locatedIn", e, area, head, "located-capital-of-which", 0.6)
            # a city of a state the article names as a place: the gazetteer's state
            c = ctx.res.country_of(e)
            if c is not None and c.key in states_near and (e.key, c.key) not in seen:
                if ctx.res.as_state(e) is not None and _actor_use(head):
                    continue    # "talks between Klow and Zelen", "X agreed with Klow": the capital stands for its state
                if _locates_organisation(ctx, head):
                    continue    # "an analyst at the Klow Policy Centre in Zelen": only the centre is placed
                if _modifier_only(ctx, m.start, m.end):
                    continue    # "a Klow-based think tank", "the Klow-led bloc", "Klow Bank": no place named
                if not (_state_in_sentence(ctx, c, sent) or _presented_as_place(ctx, m, head)):
                    continue    # "talks in Klow" with Syldavia named elsewhere: the text does not place the city
                seen.add((e.key, c.key))
                yield ctx.claim("locatedIn", e, c, head, "located-gazetteer-context", 0.5)


# Verbs whose object is a place, not a state acting: "visited Klow", "captured Zelen".
_PLACE_OBJECT_VERBS = VISIT_VERBS | MOTION_VERBS | ATTACK_VERBS | frozenset(
    "reach enter leave capture seize take retake overrun besiege encircle evacuate make".split())
# People who stand for a capital's government: "leaders in Klow", "many in Zelen".
_CAPITAL_PEOPLE_NOUNS = frozenset("""people leader official policymaker policy-maker diplomat authority government
    many some few those hawk critic""".split())
# Prepositions whose object is a party, not a place: "between Klow and Zelen", "a deal with Klow".
_PARTY_PREPOSITIONS = frozenset("between with against by toward towards for".split())


def _actor_use(tok) -> bool:
    """A capital named as an actor (its state's government), not as a place: the subject or possessor, the
    object of 'between', 'with' or 'against', or of a verb that takes no place ('accused Klow')."""
    while tok.dep_ == "conj":
        tok = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass", "poss", "agent"):
        return True
    if tok.dep_ == "pobj":
        # "leaders in Klow", "officials in Zelen": the capital's government, not the city
        return tok.head.lower_ in _PARTY_PREPOSITIONS or (
            tok.head.lower_ == "in" and tok.head.head.lemma_.lower() in _CAPITAL_PEOPLE_NOUNS)
    if tok.dep_ == "dobj":
        return tok.head.lemma_.lower() not in _PLACE_OBJECT_VERBS
    return False


def _state_in_sentence(ctx, state, sent) -> bool:
    """Whether the sentence names the state ('Zelen ... in Syldavia', "Syldavia's Zelen", 'Syldavian officials
    in Zelen'): a city named only in sentences about other matters is placed by the gazetteer, not by the text."""
    return any(m.entity.key == state.key and sent.start <= m.start < sent.end for m in ctx.res.mentions)


def _presented_as_place(ctx, m, head) -> bool:
    """A name the text presents as a place of the story's country: the dateline's city, 'the capital, Zelen',
    'the port of Zelen', 'the western province of Klow', 'the Klow region'."""
    if any(d.start == m.start for d in ctx.dateline_places()):
        return True
    areas = ADMIN_AREA_NOUNS | _OWNED_AREA_NOUNS
    if head.lemma_.lower() in areas or _place_cue(head) is not None:
        return True     # "the port of Zelen", "the Klow region", "its Klow exclave"
    if head.dep_ == "compound" and head.head.lemma_.lower() in areas:
        return True
    if any(c.dep_ == "appos" and c.lemma_.lower() in areas for c in head.children):
        return True     # "Klow, the country's largest province"
    if head.dep_ == "conj" and head.i > 0 and ctx.doc[head.i - 1].text == "," and head.head.pos_ == "NOUN" \
            and head.head.lemma_.lower() in _PLACE_CUE_NOUNS | areas:
        return True     # "near the capital, Zelen, and ..." (the parser's conjunct for the apposition)
    return head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in ADMIN_AREA_NOUNS


def _locates_organisation(ctx, tok) -> bool:
    """'a fellow at the Klow Policy Centre in Zelen': the city after 'in' only places an organisation."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "in" or tok.head.dep_ != "prep":
        return False
    owner = tok.head.head
    e = ctx.res.entity_at(owner.i)
    return e is not None and e.type == "Organization"


# The participle of "a Klow-based researcher", "the Klow-led alliance": the city only qualifies a noun.
_PLACE_MODIFIER_PARTICIPLES = frozenset("based led backed brokered born headquartered registered funded".split())
# Capitalised heads of an organisation's name after a city: "Klow Bank", "the Klow Institute".
_ORG_HEAD_WORDS = frozenset("bank institute university group company corporation foundation".split())


def _modifier_only(ctx, start, end) -> bool:
    """Whether the name at doc[start:end] only qualifies another noun: 'Klow-based', or inside an organisation's
    name ('Klow Bank', 'the Klow Institute')."""
    doc = ctx.doc
    if end + 1 < len(doc) and doc[end].text in ("-", "–") and doc[end + 1].lower_ in _PLACE_MODIFIER_PARTICIPLES:
        return True
    return end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].lower_ in _ORG_HEAD_WORDS


# Verbs that say where a named place is: "Outpost 9 lies inside Borduria" (the tagger may take "lies" for a noun).
_LIE_VERBS = frozenset("lie sit locate situate".split())
# Nouns that present a name as a place of some state: "the port city of X", "the capital, X".
_PLACE_CUE_NOUNS = SETTLEMENT_NOUNS | frozenset({"capital"})


def _place_cue(tok):
    """The noun that presents a city as a place: 'the (eastern) city of X', 'the capital, X', 'X, the capital'."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _PLACE_CUE_NOUNS:
        return tok.head.head
    if tok.dep_ == "appos" and tok.head.lemma_.lower() in _PLACE_CUE_NOUNS and tok.head.pos_ == "NOUN":
        return tok.head
    return next((c for c in tok.children if c.dep_ == "appos" and c.lemma_.lower() in _PLACE_CUE_NOUNS
                 and c.pos_ == "NOUN"), None)


def _possessive_cue_after(ctx, end):
    """The state or region in ", Syldavia's (second|main|largest) city" right after a name ending at `end`."""
    doc = ctx.doc
    if end + 3 >= len(doc) or doc[end].text != "," or doc[end + 2].tag_ != "POS":
        return None
    owner = ctx.res.entity_at(end + 1)
    if owner is None or owner.type not in ("State", "Region") or doc[end + 1].ent_type_ == "NORP":
        return None
    for t in doc[end + 3:min(end + 6, len(doc))]:
        if t.lemma_.lower() in _PLACE_CUE_NOUNS:
            return owner
        if t.pos_ not in ("ADJ", "ADV", "NUM"):
            return None
    return None


def _area_after_possessive(ctx, state, end):
    """The named region in ', in Ruritania's Northern Territory' (the state found by _comma_in_state)."""
    if state is None:
        return None
    doc = ctx.doc
    i = next((t.i for t in doc[end:min(end + 5, len(doc))] if ctx.res.entity_at(t.i) is state
              or ctx.res.entity_at(t.i) is not None and ctx.res.entity_at(t.i).key == state.key), None)
    m = ctx.res.mention_span(i) if i is not None else None
    if m is None or m.end + 1 >= len(doc) or doc[m.end].tag_ != "POS":
        return None
    area = ctx.res.entity_at(m.end + 1)
    if area is None or area.type != "Region" or doc[ctx.res.mention_span(m.end + 1).end - 1].lemma_.lower() in _DIRECTION_WORDS:
        return None
    return area


def _comma_in_state(ctx, end):
    """The state in ', in Ruritania's north' or ', in northern Ruritania' right after a name ending at `end`."""
    doc = ctx.doc
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "in":
        return None
    stop, i = min(end + 5, len(doc)), end + 2
    while i < stop:
        t, i = doc[i], i + 1
        e = ctx.res.entity_at(t.i)
        if e is not None:
            return e if e.type == "State" and t.ent_type_ != "NORP" else None
        if t.lower_ in _DIRECTION_WORDS and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "of":
            stop = min(t.i + 5, len(doc))       # ", in the north of Syldavia", ", in the north of the country"
            continue
        if t.lower_ in ("country", "nation") and doc[t.i - 1].lower_ == "the" and doc[t.i - 2].lower_ == "of":
            return _the_country(ctx, t)
        if t.pos_ not in ("DET", "ADJ", "PROPN") and t.lower_ != "of":
            return None
    return None


# ---------------------------------------------------------------------------------------------
# agreements

def _agreement_noun(tok):
    """'a deal', 'the treaties', and 'the ceasefire statement' (an agreement noun naming the kind)."""
    return _is(tok, AGREEMENT_NOUNS) or (tok.lower_ in ("ceasefires", "agreements", "deals", "treaties")) or (
        # "the two governments signed 58 documents": counted documents signed are agreements
        tok.lower_ == "documents" and tok.dep_ == "dobj" and tok.head.lemma_.lower() == "sign"
        and any(c.dep_ == "nummod" and c.like_num for c in tok.children)) or (
        tok.lemma_.lower() in ("statement", "communique") and any(c.lower_ == "joint" for c in tok.children)) or (
        tok.pos_ == "NOUN" and any(c.dep_ == "compound" and _is(c, AGREEMENT_NOUNS) for c in tok.children))


def _the_two(ctx, tok):
    """'the two sides', 'both officials', "the two nations' leaders": the pair the text is about —
    the two people last named, or the two states the article names most; 'the three countries', 'they'
    after 'Mali and Chad'."""
    group = _group_states(ctx, tok)
    if group:
        return group
    for t in [tok] + [c for c in tok.children if c.dep_ == "poss"]:
        low = t.lemma_.lower()
        if low in ("side", "official", "nation", "country", "state", "party", "leader", "government", "neighbour",
                   "neighbor", "ally", "partner") and any(
                c.lower_ in ("both", "two") for c in t.children):
            if low in ("official", "leader") and t is tok:
                return _two_people(ctx, t)
            return _two_main_states(ctx, t)
        if low in ("neighbour", "neighbor") and t.tag_ == "NNS" and any(c.lower_ == "the" for c in t.children):
            return _two_main_states(ctx, t)     # "relations between the neighbours": the pair the article is about
    return None


# Plural nouns for people met as a pair: "met both presidents", "talks with the two men".
_PAIR_PEOPLE_NOUNS = frozenset("leader official minister president man counterpart envoy".split())


def _of_people(noun):
    """'a meeting in Klow on Saturday of the foreign ministers': the plural people noun of an 'of' phrase
    that follows the meeting noun in its clause (the parser may hang it on a date or place)."""
    out = []
    for t in noun.doc[noun.i + 1:min(noun.i + 12, noun.sent.end)]:
        if t.pos_ in ("VERB", "AUX") or t.lower_ in (";", "which", "who", "where"):
            break
        if t.lower_ == "of" and (noun in t.ancestors or noun.head in t.ancestors):
            out += [o for o in _children(t, "pobj") if o.tag_ in ("NNS", "NNPS")
                    and o.lemma_.lower() in _PAIR_PEOPLE_NOUNS | {"head", "chief"}]
    return out


def _listed_after(noun):
    """'the foreign ministers, A of X, B of Y and C of Z': the names listed after the plural noun (in
    apposition, or hung elsewhere by the parser), with their conjuncts."""
    first = next((t for t in noun.doc[noun.i + 1:min(noun.i + 4, noun.sent.end)] if not t.is_punct), None)
    if first is None or noun.doc[noun.i + 1].lower_ != ",":
        return []
    head = first
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    if head.pos_ != "PROPN" or head.dep_ not in ("appos", "npadvmod", "conj"):
        return []
    return _with_conj(head)


def _pair_met(ctx, tok, exclude):
    """'X met both presidents', 'X received the two ministers', 'talks with both men': the two people last
    named (not X), those whose title holds the noun when it is an office ('the two ministers'); [] when
    the noun is not such a plural or two are not found."""
    low = tok.lemma_.lower()
    if low not in _PAIR_PEOPLE_NOUNS or tok.tag_ not in ("NNS", "NNPS") \
            or not any(c.lower_ in ("both", "two") for c in tok.children):
        return []
    if not exclude and low == "leader":
        two = [p for p in _two_people(ctx, tok) if p.type == "Person"]      # "talks between the two leaders"
        return two if len(two) == 2 else []
    office = low if low in ("minister", "president") else None
    found = []
    for m in sorted((m for m in ctx.res.mentions if m.start < tok.i and m.entity.type == "Person"
                     and ctx.res.sentence_of(tok.i) - m.sent <= 3), key=lambda m: -m.start):
        if m.entity.key in exclude or any(f.key == m.entity.key for f in found) \
                or ctx.doc[m.end - 1].dep_ == "poss":     # "X, Y's adviser, met both presidents": not Y
            continue
        if office is not None and office not in ctx.roles.get(m.entity.key, ("", None))[0].lower():
            continue
        found.append(m.entity)
        if len(found) == 2:
            return found[::-1]
    return []


def _two_people(ctx, tok):
    """'the two leaders', 'both officials': the two people last named, the other one further back the
    person the article names most before here."""
    before = [m for m in ctx.res.mentions if m.start < tok.i and m.entity.type == "Person"]
    counts = Counter(m.entity.key for m in before)
    last = {m.entity.key: m.start for m in before}
    if len(counts) > 2 and tok.lemma_.lower() == "leader":
        # "the two leaders": the two people the article is about (named most, then last)
        top = sorted(counts, key=lambda k: (counts[k], last[k]), reverse=True)[:2]
        people = {m.entity.key: m.entity for m in before}
        return sorted((people[k] for k in top), key=lambda e: last[e.key])
    a = ctx.res.recent(tok.i, ("Person",), window=3)
    b = ctx.res.recent(tok.i, ("Person",), window=3, exclude={a.key} if a else set())
    if a is not None and b is None:
        counts.pop(a.key, None)
        if counts:
            key = counts.most_common(1)[0][0]
            b = next(m.entity for m in before if m.entity.key == key)
    return [x for x in (b, a) if x]


def _people_of(ctx, tok):
    """The people a subject names: a name, or 'the two leaders'."""
    if tok.lemma_.lower() in ("official", "leader") and any(c.lower_ in ("both", "two") for c in tok.children):
        return _two_people(ctx, tok)
    return _ents(ctx, [tok], types=("Person",))


_GROUP_NUMBERS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_STATE_GROUP_NOUNS = frozenset("country state nation government neighbour neighbor ally member partner junta".split())


def _group_states(ctx, tok):
    """'the three countries' -> the three states named last; 'they' -> the states of the latest
    coordinated phrase ('Mali and Chad ... they'). Empty when the text does not say."""
    n = None
    if tok.lemma_.lower() in _STATE_GROUP_NOUNS and tok.tag_ == "NNS":
        n = next((_GROUP_NUMBERS[c.lower_] for c in tok.children if c.lower_ in _GROUP_NUMBERS), None)
        if n is None:
            return []
    elif tok.lower_ not in ("they", "them"):
        return []
    else:   # "the three countries announced they were leaving": they are the subject of the clause above
        gov = _clause_head(tok)
        if gov.dep_ in ("ccomp", "xcomp") and gov.head.i != gov.i:
            for subj in _children(gov.head, "nsubj"):
                if subj.i != tok.i and (subj.lemma_.lower() in _STATE_GROUP_NOUNS):
                    return _group_states(ctx, subj)
    s = ctx.res.sentence_of(tok.i)
    if n is not None and n >= 3:
        # "Mali, Chad and Niger ... . ECOWAS meets in the Nigerian capital ... . The three neighbours": the
        # last list of just that many states, not the last states named in passing; of those, the last
        # that fits the noun: "the three Klow states" a list told with the region's name, "the three
        # neighbours" states that border each other; none when no list fits
        words = _group_region_words(ctx, tok, n)
        near = tok.lemma_.lower() in ("neighbour", "neighbor")
        lists = []
        for t in reversed(ctx.doc[:tok.i]):
            if t.dep_ not in ("conj", "appos") and len(_with_conj(t)) == n and ctx.res.entity_at(t.i) is not None:
                group = _ents(ctx, _with_conj(t), want="state", types=("State",))
                if len(group) == n:
                    if not words and not near:
                        return group
                    lists.append((t, group))
        for t, group in lists:
            if words and not any(w.lower_ in words for w in t.sent if w.is_title or w.is_upper):
                continue
            if near and not all(_land_neighbours(ctx, a, b) for a in group for b in group if a.key != b.key):
                continue
            return group
        if lists and words:
            return []
        if lists:
            return lists[0][1]
    if n is not None:
        seen = []
        for m in reversed(ctx.res.mentions):
            if m.start < tok.i and 0 <= s - m.sent <= 2 and m.entity.type == "State" \
                    and ctx.doc[m.start].ent_type_ != "NORP" and ctx.doc[m.end - 1].dep_ not in ("compound", "amod") \
                    and m.entity.key not in {x.key for x in seen}:     # (not "US troops": a modifier)
                seen.append(m.entity)
        return seen[:n] if len(seen) >= n else []
    for t in reversed(ctx.doc[max(0, tok.sent.start - 200):tok.i]):
        if s - ctx.res.sentence_of(t.i) > 1:
            break
        if t.lemma_.lower() in _STATE_GROUP_NOUNS and t.tag_ == "NNS" and any(c.lower_ in _GROUP_NUMBERS for c in t.children):
            group = _group_states(ctx, t)   # "... the three countries announced ... . In September they signed"
            if group:
                return group
        if t.dep_ not in ("conj", "appos") and len(_with_conj(t)) > 1 and ctx.res.entity_at(t.i) is not None:
            group = _ents(ctx, _with_conj(t), want="state", types=_STATEISH)
            if len(group) >= 2:
                return group
            people = _ents(ctx, _with_conj(t), types=("Person",))    # "Marek and Weber met. They signed ..."
            if len(people) >= 2:
                return people
    return []


def _region_words(tok):
    """'the three Klow states': the capitalised words that name a region before a group noun (not a
    state's demonym, not the number)."""
    return {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod") and c.is_title
            and c.lower_ not in _GROUP_NUMBERS and c.ent_type_ != "NORP"}


def _group_region_words(ctx, tok, n):
    """The region words of a group noun; for a bare one ('the three juntas') those of another group noun of
    the same number in the article ('the three Klow states'): the article's group of N."""
    words = _region_words(tok)
    if words:
        return words
    for t in ctx.doc:
        if t.i != tok.i and t.tag_ == "NNS" and t.lemma_.lower() in _STATE_GROUP_NOUNS \
                and any(_GROUP_NUMBERS.get(c.lower_) == n for c in t.children):
            words |= _region_words(t)
    return words


def _two_main_states(ctx, tok, exclude=frozenset()):
    s = ctx.res.sentence_of(tok.i)
    counts = {}
    near = set()
    for m in ctx.res.mentions:
        e = m.entity if m.entity.type == "State" else ctx.res.as_state(m.entity)
        if e is None or e.key in exclude:
            continue
        counts.setdefault(e.key, [0, e])[0] += 1
        if 0 <= s - m.sent <= 3:
            near.add(e.key)
    ranked = sorted((v for k, v in counts.items() if k in near), key=lambda v: -v[0])
    return [v[1] for v in ranked[:2]] if len(ranked) >= 2 else []


def _parties(ctx, verb):
    if verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in ("watch", "witness"):
        return _parties(ctx, verb.head)     # "the two leaders watched ministers sign 28 agreements": theirs
    subj = _subjects(verb)
    # "Syldavia's adviser X and Borduria's envoy Y signed": the people named beside the titles
    def person(t):
        return getattr(ctx.res.entity_at(t.i), "type", None) == "Person"
    named = [x for s_ in subj if s_.pos_ == "NOUN" and _is(s_, ROLE_NOUNS) for ap in _children(s_, "appos")
             for x in (_with_conj(ap) if person(ap) else [g for g in _children(ap, "appos") if person(g)]
                       if _is(ap, ROLE_NOUNS) else [])]
    subj = [s_ for s_ in subj if not (s_.pos_ == "NOUN" and _is(s_, ROLE_NOUNS) and _children(s_, "appos"))] + [
        x for x in named if x.i not in {t.i for t in subj}]
    parties = []
    for s in subj:
        e = None
        if s.lower_ == "it" and verb.dep_ == "relcl" and verb.head.dep_ in ("dobj", "pobj"):
            # "X declined to renew an agreement it had signed with Y": it is the clause's subject, X
            owner = next((x for t in verb.head.ancestors if t.pos_ in ("VERB", "AUX") for x in _subjects(t)), None)
            x = ctx.res.resolve(owner, want="state") if owner is not None else None
            e = (ctx.res.as_state(x) or x) if x is not None else None
            e = e if e is not None and e.type == "State" else None
        two = (_agreeing_pair(ctx, s) or _the_two(ctx, s)) if e is None else None
        if two is not None:
            parties += two
            continue
        e = e or ctx.res.resolve(s, want="state")
        if e is None and s.lower_ == "it":
            # "an agreement it had signed with Y": 'it' may be a capital standing for its state
            c = ctx.res.recent(s.i, ("State", "City"), window=1)
            e = (ctx.res.as_state(c) or c) if c is not None else None
            e = e if e is not None and e.type == "State" else None
        if e is None and s.pos_ == "NOUN":
            # "the border commissions of A and B agreed": the bodies' states
            of = _ents(ctx, [x for o in _prep_objs(s, "of") for x in _with_conj(o)], want="state", types=("State",))
            if not of and _is(s, {"leader", "leaders", "representative", "representatives", "authorities"}):
                # "the leaders of the country's northern Zelen region agreed": the region's
                of = _ents(ctx, [x for o in _prep_objs(s, "of") for x in _with_conj(o)], want="place", types=("Region",))
            parties += of
            if not of and (_is(s, FIGHTER_NOUNS) or _is(s, _BAND_NOUNS) and any(
                    c.dep_ in ("amod", "compound") for c in s.children)):
                # "the mainly Tuareg armed groups of the north, which signed a peace agreement with Bamako"
                parties.append(ctx.res.phrase_entity(s, "ArmedGroup"))
        if e is not None:
            parties.append(e)
    if verb.dep_ == "conj" and _is(verb.head, MEET_VERBS):
        # "X met President Y in Klow and signed 20 agreements": with the one X met
        parties += _ents(ctx, [x for o in _children(verb.head, "dobj") + _prep_objs(verb.head, "with")
                               for x in _with_conj(o)], types=("Person", "State"))
    if _is(verb, BROKER_VERBS):
        parties = []        # "Klow brokered a truce between A and B": the broker is no party
    # passive: "signed by the two nations' leaders", "signed by A, B and C" (not "brokered by" a mediator)
    agents = _prep_objs(verb, *(("between", "with") if _is(verb, BROKER_VERBS) else ("by", "between", "with")))
    if _prep_objs(verb, "by") and not _is(verb, BROKER_VERBS):
        # "signed by A, adviser to X, and B, spokesman of Y": the parser hangs B on the verb
        agents += [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN")]
    for o in [x for o in agents for x in _with_conj(o)]:
        two = _the_two(ctx, o)
        if two is not None:
            parties += two
            continue
        named = _named_by_class_noun(o)     # "with the breakaway region of X"
        if o.pos_ == "NOUN":    # "by the Syldavian prime minister, X": the person named beside the title
            named = next((c for c in o.children if c.dep_ == "appos" and getattr(ctx.res.entity_at(c.i), "type", None)
                          == "Person"), named)
        e = ctx.res.resolve(named, want="state")
        if e is None:
            e = ctx.res.resolve(named)
            e = e if e is not None and e.type in ("Region", "ArmedGroup", "Organization", "InternationalOrganization") else None
        if e is None and o.lemma_.lower() in ("government", "administration", "cabinet"):
            # "signed by Vega's government": the leader's, who signs for their state
            e = next((p for c in o.children if c.dep_ == "poss" for p in [ctx.res.entity_at(c.i)]
                      if p is not None and p.type == "Person"), None)
        if e is not None:
            parties.append(e)
    out = []
    for p in parties:
        if p.key not in {x.key for x in out}:
            out.append(p)
    return out


# Nouns for the two parties of an agreement: "both sides", "the two governments".
_AGREEING_PAIR_NOUNS = frozenset("side government country nation state party".split())


def _agreeing_pair(ctx, tok):
    """'the two governments', 'both sides' as the parties of an agreement: a told agreement's pair with an
    armed group or region in it ('X and the Front signed a truce ... both sides had agreed to');
    else the two states the sentence names ('Bordurian troops at the airport in Klow are to leave under an
    agreement the two governments reached'); else the two states just coordinated ('Mali and Chad ...
    . The two countries'); else the two states the article names most (not the last two named in passing:
    'X has similar deals with A and B. ... the two governments signed a loan'). None when the noun is no
    such pair."""
    if tok.tag_ != "NNS" or tok.lemma_.lower() not in _AGREEING_PAIR_NOUNS \
            or not any(c.lower_ in ("both", "two") for c in tok.children):
        return None
    for c in reversed(ctx.claims):
        if c.predicate == "signedAgreementWith" and c.start < tok.sent.start_char \
                and c.subject is not None and c.object is not None \
                and {c.subject.type, c.object.type} & {"ArmedGroup", "Region"}:
            return [c.subject, c.object]
    found = {}
    for t in tok.sent:
        m = ctx.res.mention_span(t.i)
        if m is not None and m.start == t.i and not (m.entity.type == "City" and _place_use(t) and t.i > tok.i):
            st = ctx.res.as_state(m.entity)
            if st is not None and st.type == "State":
                found.setdefault(st.key, st)
    if len(found) == 2:
        return list(found.values())
    for t in ctx.doc[_sentences_before(tok, 1):tok.i]:
        if t.dep_ not in ("conj", "appos") and len(_with_conj(t)) == 2 and ctx.res.entity_at(t.i) is not None:
            group = _ents(ctx, _with_conj(t), want="state", types=("State",))
            if len(group) == 2:
                return group
    two = _two_main_states(ctx, tok)
    return two or None


def _redate_told_agreement(ctx, tok):
    """'X and Y agreed to restore ties ... . The agreement was announced on Friday in Beijing': the agreement
    told just before, dated so far only by the article, takes that day."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ("announce", "sign", "reach", "conclude", "unveil", "seal") \
            or not any(_agreement_noun(s) and any(c.lower_ == "the" for c in s.children)
                       for s in _children(tok, "nsubjpass", "nsubj")):
        return
    d = ctx.date_of(tok)
    if d is None or d.precision != "day":
        return
    lo = ctx.doc[_sentences_before(tok, 1)].idx
    for k in range(len(ctx.claims) - 1, -1, -1):
        c = ctx.claims[k]
        if c.predicate == "signedAgreementWith" and lo <= c.start < tok.sent.start_char \
                and c.extractor.endswith(_ARTICLE_DATED):
            ctx.claims[k] = replace(c.with_roles(date=d), extractor=c.extractor[:-len(_ARTICLE_DATED)] + "+told-date")


def _agreements(ctx):
    for c in _agreement_claims(ctx):
        if c is not None and c.predicate == "signedAgreementWith" and c.subject is None and c.object is None:
            span = ctx.doc.char_span(c.start, c.end, alignment_mode="expand")
            two = _two_states_of(ctx, span) or _story_pair(ctx)
            if two is not None and span is not None and (_between_told(span) or {
                    e.key for e in two} & _brokers_and_venues(ctx, span)):
                two = None      # the text names the parties in a way not resolved, or one of the pair only helped
            if two is not None:
                # "Under a 2014 defence pact, Syldavian troops rotate through Bordurian bases": the two states
                c = replace(c, subject=two[0], object=two[1])
        yield c


def _between_told(span):
    """'a truce between the rebels and the army': an agreement noun whose parties the text gives (when they
    are not resolved, the two states of the story are no guess for them)."""
    return any(_agreement_noun(t) and _prep_objs(t, "between") for t in span)


def _brokers_and_venues(ctx, span):
    """Keys of the states a sentence gives as an agreement's broker or venue, which are no party to it: 'a
    ceasefire brokered by X', 'the X-brokered truce', 'a truce reached in X'."""
    out = set()
    for t in span:
        toks = []
        if _is(t, BROKER_VERBS) or t.lower_.endswith(("-brokered", "-mediated")):
            toks = _prep_objs(t, "by") + [c for c in t.children if c.dep_ in ("npadvmod", "compound", "nmod")]
            if t.i >= 2 and ctx.doc[t.i - 1].text == "-":
                toks.append(ctx.doc[t.i - 2])   # "the X-brokered truce" split into X, -, brokered
        elif t.pos_ == "VERB" and _is(t, AGREEMENT_VERBS):
            if any(_agreement_noun(o) for o in _children(t, "nsubjpass", "dobj") + [t.head]):
                toks = _prep_objs(t, "in")
        for o in toks:
            e = ctx.res.entity_at(o.i)
            st = ctx.res.as_state(e) if e is not None else None
            if st is not None:
                out.add(st.key)
    return out


def _story_pair(ctx):
    """The two states an article is about: named (by name, demonym or capital) at least twice each and more
    often than any other ('A free trade agreement, signed last October, will come into force in July' in
    a story on Klow and Szohod); else None."""
    top = _state_counts(ctx)[:3]
    ok = len(top) >= 2 and top[1][1] >= 2 and (len(top) == 2 or top[1][1] > top[2][1])
    return (top[0][0], top[1][0]) if ok else None


def _two_states_of(ctx, sent):
    """The two states a sentence names (by name, demonym or capital), when it names exactly two."""
    found = {}
    for t in sent if sent is not None else ():
        m = ctx.res.mention_span(t.i)
        if m is not None and m.start == t.i and not any(a.dep_ in ("relcl", "acl", "advcl", "appos")
                                                        for a in [t, *t.ancestors]):    # (the main clause's)
            st = ctx.res.as_state(m.entity)
            if st is not None:
                found.setdefault(st.key, st)
    return tuple(found.values()) if len(found) == 2 else None


def _agreement_claims(ctx):
    for tok in ctx.doc:
        _redate_told_agreement(ctx, tok)
        if tok.pos_ == "VERB" and _is(tok, AGREEMENT_VERBS) and not (
                tok.dep_ == "acl" and tok.tag_ == "VBG" and _agreement_noun(tok.head)
                and tok.head.dep_ in ("dobj", "nsubjpass") and _is(tok.head.head, AGREEMENT_VERBS)):
            # (not "signed a protocol extending the lease", "agreements amending the terms": what the
            # signed agreement does, told by the signing)
            near_found = None
            cands = _children(tok, "dobj", "nsubjpass") + _prep_objs(tok, "to", "on")
            # "a series of deals including an agreement on X"
            cands += [g for o in cands if o.lemma_.lower() in ("series", "number", "package", "set", "raft")
                      for g in _prep_objs(o, "of")]
            # "agreed to a permanent cessation of hostilities, a deal that ...": what the apposition calls a deal
            objs = [o for o in cands if _agreement_noun(o) or any(c.dep_ == "appos" and _agreement_noun(c) for c in o.children)]
            if tok.dep_ in ("acl", "relcl") and _agreement_noun(tok.head):
                objs.append(tok.head)
            action = False
            if not objs and tok.lemma_.lower() == "agree" and not _planned(tok):
                # "A and B agreed to demarcate their border": the agreed action names the agreement
                objs = [x for x in _children(tok, "xcomp") if x.lemma_.lower() in AGREED_ACTIONS]
                # "A and B agreed that Klow's troops would leave by May": the clause of what is to be done
                objs = objs or [x for x in _children(tok, "ccomp") if _agreed_clause(x)]
                action = bool(objs)
            if not objs and tok.tag_ == "VBN" and not _children(tok, "nsubj", "nsubjpass", "dobj") \
                    and "," in (ctx.doc[max(tok.i - 2, 0)].text, ctx.doc[max(tok.i - 1, 0)].text):
                # "the accord with Y, last revised in 2019" (the parser hangs the participle elsewhere)
                near = [t for t in ctx.doc[max(tok.sent.start, tok.i - 8):tok.i] if _agreement_noun(t)]
                if near:
                    objs.append(near[-1])
                    near_found = near[-1]
            # "two agreements signed with Y - a status-of-forces agreement and a deal on patrols": each one
            listed = [m for o in objs if o.tag_ == "NNS" and _agreement_noun(o)
                      for a in o.children if a.dep_ == "appos" and _agreement_noun(a) for m in _with_conj(a)]
            objs = [x for o in objs for x in ([m for m in listed if m.i in {t.i for t in o.subtree}] or [o])]
            # "No new truce has been agreed": none made
            objs = [o for o in objs if not any(c.dep_ == "det" and c.lower_ == "no" for c in o.children)]
            for o in list(objs):
                for c in o.children:   # "a series of deals ... including an agreement on X"
                    if c.dep_ == "prep" and c.lower_ in ("of", "including"):
                        objs += [g for g in c.children if g.dep_ == "pobj" and _agreement_noun(g)]
                    if c.dep_ == "prep" and c.lower_ == "including":
                        objs += [g for g in c.children if _agreement_noun(g)]
            hung = bool(objs) and objs[-1].i < tok.i and tok.dep_ not in ("acl", "relcl") and tok.tag_ == "VBN" \
                and not _children(tok, "nsubj", "nsubjpass")      # "the accord, last revised in 2019"
            parties = [] if hung or near_found is not None else _parties(ctx, tok)
            if tok.dep_ in ("acl", "relcl") or hung:
                # "X and Y have observed a truce reached in 2022": who keeps the agreement made it
                keeper = tok.head.head if tok.head.dep_ in ("dobj", "pobj") else None
                if keeper is not None and keeper.dep_ == "prep":
                    keeper = keeper.head
                if near_found is not None and near_found.dep_ == "dobj" and near_found.head.pos_ in ("VERB", "AUX"):
                    # "X has a treaty with Y, signed in 2017": who has it made it
                    parties = parties or _keepers(ctx, _subjects(near_found.head))
                parties = parties or _parties_from_context(ctx, tok, look_back=False)
                if not parties and keeper is not None and keeper.pos_ in ("VERB", "AUX"):
                    parties = _keepers(ctx, _subjects(keeper))
                    # "X leases a base in Y under an agreement extended in 2004": the host is the other party
                    for o in _children(keeper, "dobj") + _prep_objs(keeper, "in") if len(parties) == 1 else ():
                        for t in o.subtree:
                            e = ctx.res.entity_at(t.i)
                            st = ctx.res.as_state(e) if e is not None and t.ent_type_ != "NORP" else None
                            if st is not None and st.type == "State" and st.key not in {x.key for x in parties}:
                                parties = parties + [st]
                                break
                parties = parties or _parties_from_context(ctx, tok)
            if action and len(_signing_states(ctx, parties)) == 1:
                # "X agreed to withdraw its troops from Y": the state the troops leave is the other side
                for x in objs:
                    if x.lemma_.lower() == "withdraw":
                        for w in _prep_objs(x, "from"):
                            e = _the_country(ctx, w, exclude={p.key for p in parties}) \
                                if w.lemma_.lower() in ("country", "nation") else ctx.res.resolve(w, want="state")
                            if e is not None and e.type == "State" and e.key not in {p.key for p in parties}:
                                parties = parties + [e]
            for o in objs:
                # "a deal with Y", "a memorandum of understanding with Y"
                withs = _prep_objs(o, "with", "between") or [w for g in _prep_objs(o, "of") for w in _prep_objs(g, "with")]
                for w in [x for w in withs for x in _with_conj(w)]:
                    e = ctx.res.resolve(w, want="state")
                    if e is not None and e.key not in {p.key for p in parties}:
                        parties = parties + [e]
                label = phrase_text(o, drop=_NP_DROP) if o is near_found else \
                    phrase_text(o, drop=("relcl", "acl", "appos", "advcl", "conj", "cc")) if o in listed else \
                    _agreed_clause_text(o) if o.pos_ in ("VERB", "AUX") else _agreement_label(ctx, o)
                if not any(c.dep_ == "prep" for c in o.children):
                    # "signed a deal on X" with the topic hung on the verb
                    topic = next((p for p in tok.children if p.dep_ == "prep" and p.lower_ in ("on", "for") and p.i > o.i
                                  and not any(t.ent_type_ in ("DATE", "TIME") for t in p.subtree)), None)
                    if topic is not None:
                        label = f"{label} {ctx.doc[topic.i:topic.right_edge.i + 1].text}"
                if label.lower() == o.lower_ and any(c.dep_ == "det" and c.lower_ == "the" for c in o.children):
                    label = _told_agreement(ctx, o) or label     # "The agreement was signed by ...": the one told
                if label.lower() == o.lower_ and o.dep_ == "pobj" and o.head.lower_ == "under" \
                        and o.head.head.pos_ in ("VERB", "AUX") and o.head.head.i < o.i:
                    # "troops are to leave by May under an agreement the two governments reached": what it
                    # provides is the clause it hangs on
                    v = o.head.head
                    while v.dep_ == "xcomp" and v.head.i < v.i:
                        v = v.head
                    label = f"{label} under which {ctx.doc[v.left_edge.i:o.head.i].text.strip(' ,')}"
                ag = Entity("agreement-" + _slug(label), label, "Agreement")
                # (not the deadline of an agreed clause: "agreed that the troops would leave by May")
                date = ctx.date_of(tok) or (ctx.date_of(o) if o.dep_ != "ccomp" else None)
                yield from _signing_meetings(ctx, tok, parties, date)
                ps = _signing_states(ctx, parties)
                if action and len(ps) < 2:
                    continue        # "they agreed to set up committees" with the other side unknown: no claim
                years = _years_in(ctx, tok) if tok.dep_ in ("acl", "relcl") else []
                if len(ps) == 2 and len(years) >= 2:    # "agreements signed in 1993 and 1996": one each
                    for y in years:
                        yield _told_past(tok, ctx.claim("signedAgreementWith", ps[0], ps[1], tok, f"agreement-{tok.lemma_.lower()}", 0.6,
                                        agreement=ag, date=EventDate(y, "year")))
                    continue
                if len(ps) >= 2:    # three parties: three pairs
                    for a, b in _all_pairs(ps):
                        yield _told_past(tok, ctx.claim("signedAgreementWith", a, b, tok, f"agreement-{tok.lemma_.lower()}", 0.7,
                                        agreement=ag, date=date))
                elif len(ps) == 1:
                    yield _told_past(tok, ctx.claim("signedAgreementWith", ps[0], None, tok, f"agreement-{tok.lemma_.lower()}", 0.5,
                                    agreement=ag, date=date))
                else:
                    yield _told_past(tok, ctx.claim("signedAgreementWith", None, None, tok, f"agreement-{tok.lemma_.lower()}", 0.4,
                                    agreement=ag, date=date))
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in _FOUND_VERBS and tok.lemma_.lower() != "set":
            yield from _formed_pact(ctx, tok)
        # "according to the 1995 interstate agreement"
        elif _agreement_noun(tok) and any(_year_of_agreement(tok, c) for c in list(tok.children) + _prep_objs(tok, "from")):
            # "the 1995 agreement", "an older accord, from 1998, on trade"
            year = next(c.text for c in list(tok.children) + _prep_objs(tok, "from") if _year_of_agreement(tok, c))
            label = phrase_text(tok)
            ag = Entity("agreement-" + _slug(label), label, "Agreement")
            # "the junta tore up a 2018 military agreement with Paris": who acts on it and its other party
            withs = _ents(ctx, [x for w in _prep_objs(tok, "with") for x in _with_conj(w)], want="state", types=("State",))
            holders = _keepers(ctx, _subjects(tok.head)) if tok.dep_ == "dobj" and withs else []
            story = _story_state(ctx)
            if withs and not holders and story is not None and story.key not in {w.key for w in withs}:
                holders = [story]   # "the 1951 treaty with Y" in a story filed from Syldavia
            ps = [p for i, p in enumerate(holders + withs) if p.key not in {q.key for q in (holders + withs)[:i]}]
            ps = ps if len(ps) >= 2 else _parties_from_context(ctx, tok)
            c = ctx.claim("signedAgreementWith", ps[0] if ps else None, ps[1] if len(ps) > 1 else None, tok,
                          "agreement-dated-noun", 0.4, agreement=ag, date=EventDate(year, "year"))
            # the signing 'the 1951 treaty' names happened, whatever the clause says of the treaty ("a finding
            # that could trigger the 1951 treaty", "rebels who rejected a 2016 peace deal")
            yield replace(c, modality="asserted") if c is not None and c.modality in (
                "hedged", "hypothetical", "negated") else c
        elif _agreement_noun(tok) and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _HOLD_VERBS \
                and _prep_objs(tok, "with") and not any(t.tag_ == "VBN" and _is(t, AGREEMENT_VERBS)
                                                         for t in tok.doc[tok.i + 1:min(tok.i + 9, tok.sent.end)]):
            # "X has a defence pact with Y", "X already has similar agreements with A and B": made, undated
            # (not "has a treaty with Y, signed in 2017": the signing tells it)
            holders = _keepers(ctx, _subjects(tok.head))
            withs = _ents(ctx, [x for w in _prep_objs(tok, "with") for x in _with_conj(w)], want="state",
                          types=("State", "ArmedGroup", "InternationalOrganization"))
            label = phrase_text(tok, drop=("relcl", "acl", "advcl", "appos"))
            for w in withs:
                for h in holders[:1]:
                    if w.key != h.key:
                        yield ctx.claim("signedAgreementWith", h, w, tok, "agreement-held", 0.4,
                                        agreement=Entity("agreement-" + _slug(label), label, "Agreement"))


def _year_of_agreement(noun, c):
    """'the 1995 agreement', 'from 1998': a year dating an agreement noun -- also one the tagger takes for a
    count ('since a 2022 agreement': a year-like number before a singular noun with its article)."""
    if not re.fullmatch(r"\d{4}", c.text):
        return False
    return c.ent_type_ == "DATE" or (c.dep_ in ("nummod", "compound", "amod") and c.i < noun.i and noun.tag_ == "NN"
                                     and 1900 <= int(c.text) <= 2099
                                     and any(d.dep_ == "det" and d.lower_ in ("a", "an", "the") for d in noun.children))


def _pact_names(verb, pact):
    """The name set beside a pact noun: 'a defence pact, the X Alliance' (in apposition, or made a second
    object of the verb by the parser: 'signed a pact, the X')."""
    doc = verb.doc
    return _children(pact, "appos") + [d for d in _children(verb, "dobj") if d.i > pact.i + 1
                                       and doc[pact.i + 1].text == ","]


def _formed_pact(ctx, verb):
    """'A, B and C formed the Alliance of X, a mutual defence pact', 'the three neighbours founded a defence
    pact, the X Alliance': founding a bloc the text calls a pact is an agreement among its founders (each
    pair), named by the bloc and dated by the founding."""
    for o in _children(verb, "dobj"):
        # (the parser may hang the apposition on the name's last word: "the Alliance of X States, a pact")
        name = [t for t in o.subtree if t.i == o.i or t.pos_ == "PROPN" or t.dep_ == "prep" and t.head.pos_ == "PROPN"]
        apps = [a for t in name for a in _children(t, "appos") if _agreement_noun(a)]
        if apps:        # "the X Alliance, a defence pact": the named bloc
            blocs = [b for b in _orgs(ctx, [o]) if b.type == "InternationalOrganization"]
        elif _agreement_noun(o):    # "a defence pact, the X Alliance" (the name may hang on the verb)
            named = _pact_names(verb, o)
            blocs = [b for b in _orgs(ctx, named) if b.type == "InternationalOrganization"]
            name = [t for t in named[0].subtree if t.i == named[0].i or t.pos_ == "PROPN"
                    or t.dep_ == "prep" and t.head.pos_ == "PROPN"] if named else []
        else:
            continue
        if not blocs or _planned(verb):
            continue
        founders = _signing_states(ctx, _member_states(ctx, verb))
        founders = [f for i, f in enumerate(founders) if f.key not in {g.key for g in founders[:i]}]
        if len(founders) < 2:
            continue
        # (as the text names it: the bloc may since have taken another name)
        words = [t for t in name if t.dep_ != "det"]
        label = ctx.doc[min(t.i for t in words):max(t.i for t in words) + 1].text if words else blocs[0].label
        ag = Entity("agreement-" + _slug(label), label, "Agreement")
        date = ctx.date_of(verb)
        for a, b in _all_pairs(founders):
            yield ctx.claim("signedAgreementWith", a, b, verb, "agreement-formed-pact", 0.5, agreement=ag, date=date)
        return


# Verbs whose object is an agreement one side has with another ("X has a defence pact with Y").
_HOLD_VERBS = frozenset("have hold".split())


def _told_past(verb, c):
    """'Two agreements signed with Y in late September would allow ...': a participle with a date tells a
    signing that happened, whatever the clause says of the agreements."""
    # (also one with its signers: "a joint declaration signed by the two governments also promises that ...")
    if c is not None and c.modality in ("hedged", "hypothetical") and verb.dep_ == "acl" and verb.tag_ == "VBN" \
            and (any(t.ent_type_ == "DATE" for t in verb.subtree) or verb.lemma_.lower() == "sign" and any(
                a.dep_ == "agent" for a in verb.children) and not any(a.dep_ in ("aux", "auxpass") for a in verb.children)) \
            and not _planned(verb):
        return replace(c, modality="asserted")
    return c


_AGREED_MODALS = frozenset("will would shall should must".split())


def _agreed_clause(verb) -> bool:
    """'agreed that the troops would leave': a clause of what is to be done (not 'agreed that it was serious')."""
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in _AGREED_MODALS for c in verb.children)


def _agreed_clause_text(verb) -> str:
    """The text of an agreed action: 'demarcate their border'; a that-clause whole, without 'that'."""
    if verb.dep_ != "ccomp":
        return verb.doc[verb.i:verb.right_edge.i + 1].text
    start = next((t.i + 1 for t in verb.subtree if t.dep_ == "mark" and t.head.i == verb.i), verb.left_edge.i)
    # (up to a comma after the verb: "..., a move hailed in Klow as a step" is a comment on it)
    end = next((c.i for c in verb.children if c.dep_ == "punct" and c.i > verb.i and c.text == ","),
               verb.right_edge.i + 1)
    return verb.doc[start:end].text.strip(" ,")


def _signing_states(ctx, parties):
    """The parties of an agreement: a person who signs acts for their state ('X and Y signed a pact' with X
    Syldavia's foreign minister is Syldavia's pact), when the article or the people gazetteer tells it."""
    out = []
    for p in parties:
        q = p
        if p.type == "Person":
            org = ctx.roles.get(p.key, (None, None))[1]
            # the body of their office here ("Ruritania's president", a breakaway region's), else their state
            q = (org if org.type in ("State", "Region", "Place") else ctx.res.as_state(org)) if org is not None else None
            if q is None and org is not None and org.type in ("ArmedGroup", "Organization"):
                q = org     # "B, spokesman of the Front, signed": the Front's agreement
            q = q or _home_state(ctx, p) or p
        if q.key not in {x.key for x in out}:
            out.append(q)
    return out if len(out) == len(parties) or len(out) >= 2 else parties


def _signing_meetings(ctx, verb, parties, date):
    """People who sign something together in a place meet there: 'A and B signed a deal in Klow'."""
    people = [p for p in parties if p.type == "Person"]
    signers = _ents(ctx, [x for o in _prep_objs(verb, "by") for x in _with_conj(o)
                          for x in ([x] if ctx.res.entity_at(x.i) is not None else
                                    sorted(_children(x, "appos", "nmod"), key=lambda t: t.i))],   # (misparsed "by A and B's ...")
                    types=("Person",))
    if len(people) < 2 and len(signers) >= 2:
        people = parties = signers      # "signed in Klow by A and Zelen's minister, B": the two signers met
    if len(people) < 2 or len(people) != len(parties) or verb.lemma_.lower() not in ("sign", "initial", "seal"):
        return
    place = _meeting_place(ctx, verb)
    if place is None and verb.dep_ in ("xcomp", "advcl") and verb.head.pos_ == "VERB" and _is(verb.head, MOTION_VERBS):
        # "X travelled to Klow to sign an agreement with Y": there
        place = next(iter(_place_entities(ctx, _expand_places(_prep_objs(verb.head, "to", "into")))), None)
    if place is None:
        return
    for a, b in _all_pairs(people):
        yield ctx.claim("metWith", a, b, verb, "meet-signing", 0.5, date=date, place=place)
    yield from _visits_abroad(ctx, people, place, verb, date)
    # "signed ..., alongside Y", "in the presence of Y": Y was with them
    witnesses = _ents(ctx, [x for o in _prep_objs(verb, "alongside") + [
        g for pr in _prep_objs(verb, "in") if pr.lower_ == "presence" for g in _prep_objs(pr, "of")]
        for x in [o] + [ap for ap in _children(o, "appos")]], types=("Person",))
    for w in witnesses:
        if w.key not in {p.key for p in people}:
            for p in people:
                yield ctx.claim("metWith", w, p, verb, "meet-witness", 0.5, date=date, place=place)
            yield from _visits_abroad(ctx, [w], place, verb, date)


def _told_agreement(ctx, noun) -> str | None:
    """The name of the agreement 'the agreement' (or 'the deal') refers back to: the last one named in the
    three sentences before."""
    lo = ctx.doc[_sentences_before(noun, 3)].idx
    for c in reversed(ctx.claims):
        ag = c.arg("agreement") if c.predicate == "signedAgreementWith" else None
        if ag is not None and lo <= c.start < noun.sent.start_char and ag.label.lower() not in (
                noun.lower_, noun.lemma_.lower()):
            return ag.label
    return None


def _agreement_label(ctx, noun):
    """The agreement's name, without the place and date of its signing that the parser may hang on it
    ('a memorandum of understanding in Klow on New Year's Day' -> 'memorandum of understanding')."""
    label = phrase_text(noun)
    if any(a.dep_ == "acl" and (a.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in a.children))
           for a in noun.children):
        # "agreements amending the terms of the debt", "a pact to link the power grids": what it is about
        label = phrase_text(noun, drop=("relcl", "appos", "advcl"))
    for p in noun.subtree:
        if p.i > noun.i and p.dep_ == "prep" and p.lower_ in ("in", "at", "on", "during"):
            obj = next(iter(_children(p, "pobj")), None)
            e = ctx.res.entity_at(obj.i) if obj is not None else None
            if obj is not None and (obj.ent_type_ in ("DATE", "TIME") or e is not None and e.type in _PLACES
                                    or obj.lemma_.lower() in _PLACE_CLASS_NOUNS | {"capital"}):
                label = label.replace(" " + ctx.doc[p.i:p.right_edge.i + 1].text, "", 1)
    return label


def _parties_from_context(ctx, tok, look_back=True):
    """The two states of the sentence; else, when it names none, the two named in the two sentences before
    ('The dispute persists despite agreements signed in 1993'). Mediators are none ('a truce brokered by X')."""
    brokers = set()
    if _is(tok, BROKER_VERBS):
        for a in _children(tok, "agent"):
            for t in a.subtree:
                e = ctx.res.entity_at(t.i)
                s = (ctx.res.as_state(e) or e) if e is not None else None
                if s is not None:
                    brokers.add(s.key)

    def states(toks):
        out = []
        for t in toks:
            e = ctx.res.entity_at(t.i)
            if e is None or e.type == "City" and _place_use(t):
                continue        # "signed in Klow": where, not who
            s = ctx.res.as_state(e) if e.type != "State" else e
            if s is not None and s.key not in {x.key for x in out} and s.key not in brokers:
                out.append(s)
        return out
    out = states(tok.sent)
    if not out and look_back:
        out = states(ctx.doc[_sentences_before(tok):tok.sent.start])
    return out if len(out) == 2 else []


def _keepers(ctx, toks):
    """The parties that keep an agreement: states and armed groups, 'the kingdom' and 'the rebels' for
    the ones named before."""
    out = []
    for t in [x for s_ in toks for x in _with_conj(s_)]:
        e = _entity(ctx, t, want="state")
        if e is not None and e.type == "City":
            e = ctx.res.as_state(e)     # "Klow has a treaty with Y": the capital acts for its state
        if e is None and any(c.lower_ == "the" for c in t.children):
            if t.lemma_.lower() in ("kingdom", "country", "republic", "government", "state"):
                e = ctx.res.recent(t.i, ("State",), window=2, prefer_subject=True)
            elif _is(t, FIGHTER_NOUNS):
                e = ctx.res.recent(t.i, ("ArmedGroup",), window=3)
            elif t.tag_ == "NNS" and any(c.lower_ in ("two", "both") for c in t.children):
                # "A and B agreed to ... Under the deal, the two sides will activate an agreement signed in 2001":
                # the parties of the agreement told last, else the pair the text is about
                last = next((c for c in reversed(ctx.claims) if c.predicate == "signedAgreementWith" and c.subject is not None
                             and c.object is not None and c.start < t.idx), None)
                pair = [last.subject, last.object] if last is not None else (_the_two(ctx, t) or [])
                out += [p for p in pair if p.type == "State" and p.key not in {x.key for x in out}]
                continue
        if e is not None and e.type in ("State", "ArmedGroup", "InternationalOrganization") \
                and e.key not in {x.key for x in out}:
            out.append(e)
    return out


def _years_in(ctx, tok):
    """The years of a clause's one date phrase that names several: 'signed in 1993 and 1996'."""
    ents = [e for e in tok.doc.ents if e.label_ == "DATE" and tok.left_edge.i <= e.start <= tok.right_edge.i]
    for e in ents:     # one date phrase of several years: "in 1993 and 1996"
        years = list(dict.fromkeys(re.findall(r"\b(1[89]\d\d|20\d\d)\b", e.text)))
        if len(years) >= 2 and " and " in e.text:
            return years
    # or bare years joined by 'and' / ','
    run = []
    for e in ents:
        if not re.fullmatch(r"(1[89]|20)\d\d", e.text):
            continue
        if run and not all(t.text in (",", "and") for t in tok.doc[run[-1].end:e.start]):
            break
        run.append(e)
    return [e.text for e in run] if len(run) >= 2 else []


def _slug(text):
    from .namespace import slug
    return slug(text)


# ---------------------------------------------------------------------------------------------
# assistance

def _assistance(ctx):
    for tok in ctx.doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in ("fund", "finance") and tok.tag_ == "VBN" and _children(tok, "agent"):
            yield from _funded_by(ctx, tok)
            continue
        if tok.pos_ == "VERB" and _is(tok, ASSIST_VERBS):
            providers = _providers(ctx, tok)
            if not providers and tok.tag_ == "VBG" and tok.dep_ in ("advcl", "acl") and not _children(tok, "nsubj"):
                providers = _providers(ctx, tok.head)   # "X has backed Y, sending it tanks": X sends them
            objs = _assist_objects(tok)
            rel = [c for c in tok.children if c.dep_ in ("dobj", "dative") and c.lower_ in ("that", "which")] \
                if tok.dep_ == "relcl" else []
            if rel and lemma in ("give", "send", "donate", "supply", "deliver", "lend", "grant") \
                    and not (lemma == "supply" and _prep_objs(tok, "with")):
                # "two helicopters that New Delhi gave the country": the noun is given, the other object receives
                others = [c for c in tok.children if c.dep_ in ("dobj", "dative") and c not in rel]
                recips = _ents(ctx, others, want="state", types=("State",)) or [
                    st for c in others if c.lemma_.lower() in ("country", "nation")
                    for st in [_the_country(ctx, c, exclude={p.key for p in providers})] if st is not None] or \
                    _ents(ctx, _prep_objs(tok, "to", "for"), want="state",    # "the tanks that X delivered to Y"
                          types=("State", "Organization", "ArmedForces", "GovernmentAgency"))
                given = tok.head.head if tok.head.dep_ == "conj" else tok.head     # "two helicopters and a ... aircraft"
                what = " and ".join(phrase_text(x, drop=_NP_DROP) for x in [given, *given.conjuncts])
                for p in providers:
                    for r in recips:
                        if p.key != r.key:
                            yield ctx.claim("providedAssistanceTo", p, r, tok, f"assist-{lemma}", 0.6, what=what[:200])
                continue
            first = []
            if len([o for o in objs if o.dep_ == "dobj"]) == 2:
                # "sending it tanks", "gave Syldavia $5 million": the first of two objects receives
                first, objs = objs[:1], objs[1:]
            recips = _ents(ctx, _children(tok, "dative") + first + _prep_objs(tok, "to", "for"), want="state",
                           types=("State", "Organization", "ArmedForces", "GovernmentAgency"))
            if first and not [r for r in recips if r.key not in {p.key for p in providers}]:
                # "gave the island nation of Y $20 million": the state named in the first object
                recips = _recipients_in(ctx, first[0], exclude={p.key for p in providers}) or recips
            purpose = [c for c in tok.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in
                       ("support", "help", "back", "assist", "bolster") and any(a.lower_ == "to" for a in c.children)]
            if not recips and purpose:
                # "sent troops, drones and fighters to support Tripoli": whom the sending is for
                recips = _ents(ctx, [x for c in purpose for o in _children(c, "dobj") for x in _with_conj(o)],
                               want="state", types=("State", "Organization", "ArmedForces", "GovernmentAgency", "ArmedGroup"))
            with_ = _prep_objs(tok, "with")
            if with_ and lemma in ("provide", "supply", "equip", "furnish", "arm"):
                # "provide X with Y": X receives Y ("the coast guard, which it has supplied with ...")
                heads = [tok.head if o.tag_ in ("WDT", "WP") and tok.dep_ == "relcl" else o for o in objs]
                recips = recips or _ents(ctx, heads, want="state", types=("State", "Organization", "ArmedForces"))
                objs = with_[:1]
            what = None
            if any(o.lemma_.lower() in _NOT_AID for o in objs):
                continue        # "gives X leverage", "provided an opportunity": not assistance
            if tok.dep_ in ("acl", "relcl") and tok.head.dep_ == "dobj" and _is(tok.head.head, PURCHASE_VERBS):
                continue        # "bought Bordurian jets, delivered in 2022", "bought jets, which were delivered": a sale
            if tok.dep_ in ("advcl", "xcomp") and lemma in ("support", "help", "back", "assist") \
                    and _is(tok.head, ASSIST_VERBS) and any(c.lower_ == "to" for c in tok.children):
                continue        # "sent troops to support X": the purpose of the sending, one claim with it
            if tok.dep_ == "pcomp" and tok.head.lower_ == "on" and (_is(tok.head.head, _BAN_NOUNS) or any(
                    _is(o, _BAN_NOUNS) and o.i == tok.head.i - 1 for o in _children(tok.head.head, "dobj"))):
                continue        # "its ban on sending weapons to X" (the parser may hang 'on' on the verb): not done
            if lemma in ("help", "assist") and not _children(tok, "dobj", "dative") \
                    and any(o.dep_ == "xcomp" and o.lemma_.lower() in _DEED_VERBS for o in objs):
                continue        # "helped secure Y's acceptance of the ceasefire": a hand in a deed, not aid to Y
            if lemma == "send" and any(c.lower_ in ("home", "back") for c in tok.children):
                continue        # "sent 2,000 of them home": a withdrawal
            if _is(tok, ASSIST_MONEY_VERBS) and not any(t.ent_type_ == "MONEY" or _is(t, ASSIST_NOUNS) or is_currency(t.text)
                                                        or lemma == "commit" and _is(t, TROOP_NOUNS)
                                                        for o in objs for t in o.subtree):
                continue        # "released prisoners", "committed to talks": not assistance ("committed troops" is)
            if lemma == "announce" and not any(_is(t, ASSIST_NOUNS) for o in objs for t in o.subtree):
                continue        # "announced $50 billion in trade deals": only announced aid is assistance
            if lemma == "pay" and not any(_is(t, ASSIST_NOUNS) and t.lemma_.lower() not in ("support", "program", "programme")
                                          for o in objs for t in o.subtree):
                continue        # "pays Y an annual grant" is aid; "paid $5 million in compensation" is not
            if lemma == "hand" and not (any(c.dep_ == "prt" and c.lower_ == "over" for c in tok.children) and any(
                    _is(t, AID_GOODS | ASSIST_NOUNS) for o in objs for t in o.subtree)):
                continue        # "handed over 20 ambulances to Y" (not "handed power to Y", "handed over the prisoners")
            for o in objs:
                what = phrase_text(o) if o.pos_ != "VERB" else ctx.doc[o.i:o.right_edge.i + 1].text
                if o.ent_type_ == "MONEY":        # "provide A$200m": the whole sum, not its last token
                    span = _ent_around(o)
                    what = ctx.doc[min(span.start, o.left_edge.i):max(span.end, o.right_edge.i + 1)].text
                elif o in first or any(ctx.res.entity_at(t.i) is not None and ctx.res.entity_at(t.i).type == "State"
                                       for t in o.subtree):
                    # "give the island nation of Y A$140 million": the parser folds the sum into the recipient
                    money = next((e for e in ctx.doc.ents if e.label_ == "MONEY" and o.i < e.start <= o.right_edge.i
                                  and not any(ctx.res.entity_at(t.i) is not None for t in ctx.doc[e.start:o.right_edge.i + 1])),
                                 None)
                    if money is not None and lemma in ("give", "grant", "lend", "send", "provide", "donate"):
                        what = ctx.doc[money.start:o.right_edge.i + 1].text
                if lemma in ("train", "help", "assist", "support") and o.dep_ == "xcomp" or lemma == "train" \
                        or lemma in ("equip", "arm") and o.dep_ == "dobj" and not with_:
                    # "train X to use it", "trained X soldiers", "equipped the X border guards": the deed and whom
                    what = ctx.doc[tok.i:o.right_edge.i + 1].text
                if not recips:
                    recips = _recipients_in(ctx, o, exclude={p.key for p in providers})
            if not recips:
                # "provided training for the country's border units": the owner of the units
                # (not "sent vehicles to its border with Y")
                recips = next((r for o in _prep_objs(tok, "to", "for") if not _own_border(o)
                               for r in [_recipients_in(ctx, o, exclude={p.key for p in providers})] if r), [])
            if lemma in ("help", "assist", "support", "train", "arm", "fund", "finance", "equip") and not recips:
                # "helps X", "arms and funds the group": the object receives
                # ("has trained and equipped the X": the object the coordinated verb shares)
                done_to = _children(tok, "dobj") or [o for o in objs if o.dep_ == "dobj" and o.head.i != tok.i]
                recips = _ents(ctx, [x for o in done_to for x in _with_conj(o)], want="state",
                               types=("State",) if lemma in ("help", "assist", "support") else
                               ("State", "ArmedForces") if lemma == "train" else
                               ("State", "ArmedGroup", "Organization", "ArmedForces"))
                if not recips:
                    for o in _children(tok, "dobj"):
                        r = ctx.res.generic(o)
                        if r:
                            recips = [r]
                            what = what or phrase_text(o)
            if not recips:
                recips = _partner_recipients(ctx, tok, providers)
            done = next((o for o in _children(tok, "dobj") if what is not None and what == phrase_text(o)
                         and (ctx.res.resolve(o) is not None or ctx.res.generic(o))), None)
            if lemma in _RECIPIENT_AID_NOUNS and recips and done is not None:
                # "troops support the Malian army", "helps X": the object is who receives; the aid is the deed
                # (with the receiving body when the object names more than a state: "assistance to X's police")
                span = ctx.res.mention_span(done.i)
                bare = span is not None and span.start <= done.left_edge.i and span.end > done.right_edge.i - (
                    1 if ctx.doc[done.right_edge.i].is_punct else 0)
                what = _RECIPIENT_AID_NOUNS[lemma] + ("" if bare else " to " + what)
            given = _contact_clause_noun(tok) if what is None and not objs else None
            if given is not None:
                what = phrase_text(given, drop=_NP_DROP)     # "the food aid it delivered to Y": the aid
            if what is None:
                what = ctx.doc[tok.i:tok.right_edge.i + 1].text
            for p in providers:
                rs = recips or [_recent_recipient(ctx, p, tok)]
                if rs == [None] and lemma in _SEND_VERBS and not any(
                        _own_border(o) for o in _prep_objs(tok, "to")) and not _sent_home(ctx, tok, p):
                    rs = [_story_state(ctx)]    # "X sent a police team": to the country the story is filed from
                for r in rs:
                    if r is not None and p.key != r.key:
                        yield ctx.claim("providedAssistanceTo", p, r, tok, f"assist-{lemma}", 0.6, what=what[:200])
        # "Syldavia received Bordurian gas from Szprodgaz", "received 40 tanks from Borduria"
        elif tok.pos_ == "VERB" and lemma == "receive" and _prep_objs(tok, "from"):
            goods = [o for o in _children(tok, "dobj") if _is(o, AID_GOODS | ASSIST_NOUNS)]
            providers = _ents(ctx, _prep_objs(tok, "from"), want="state", types=_ACTORS)
            for o in goods:
                providers = providers or _ents(ctx, [c for c in o.children if c.dep_ in ("amod", "compound")],
                                               want="state", types=("State",))
            recips = _ents(ctx, _subjects(tok), want="state", types=("State", "Region", "ArmedGroup", "Organization"))
            for o in goods[:1]:
                for p in providers:
                    for r in recips:
                        if p.key != r.key:
                            yield ctx.claim("providedAssistanceTo", p, r, tok, "assist-receive-from", 0.5,
                                            what=phrase_text(o)[:200])
        # "schools built with funding from Szprod", "ran a training course for Syldavian marines"
        elif tok.pos_ == "NOUN" and (_is(tok, ASSIST_NOUNS) or any(c.dep_ == "compound" and c.lower_ == "training"
                                                                   for c in tok.children)
                                     or _is(tok, _BUILT_WITH_NOUNS) and _built_with(tok) is not None
                                     or tok.lemma_.lower() in ("help", "backing") and _with_help_clause(tok) is not None) \
                and not any(_is(o, _STANCE_NOUNS) for o in _prep_objs(tok, "for")):   # ("support for Y's sovereignty")
            providers = _ents(ctx, _prep_objs(tok, "from", "by"), want="state", types=_ACTORS)
            for c in tok.children:
                if c.dep_ in ("poss", "amod", "compound") and ctx.res.entity_at(c.i) is not None:
                    providers += _ents(ctx, [c], want="state", types=_ACTORS)
            recips = _ents(ctx, _prep_objs(tok, "to", "for", "with", "in"), want="state",
                           types=("State", "Organization", "ArmedForces", "GovernmentAgency"))
            pack = tok.head if tok.dep_ == "compound" and _is(tok.head, _AID_PACKAGE_NOUNS) else None
            if pack is not None:
                # "the US military aid package to Y", "a new Bordurian aid package for Y"
                providers += [e for e in _ents(ctx, _prep_objs(pack, "from", "by") + [
                    c for c in pack.children if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i != tok.i
                    and ctx.res.entity_at(c.i) is not None], want="state", types=_ACTORS)
                    if e.key not in {x.key for x in providers}]
                recips = recips or _ents(ctx, _prep_objs(pack, "to", "for"), want="state",
                                         types=("State", "Organization", "ArmedForces", "GovernmentAgency"))
            if not providers and tok.lemma_.lower() in ("help", "backing", "support", "assistance"):
                # "with the help of Bordurian troops"
                providers = [st for o in _prep_objs(tok, "of") for t in [o] + [c for c in o.children if c.dep_ == "amod"]
                             for e in [ctx.res.entity_at(t.i)] if e is not None
                             for st in [e if e.type in _ACTORS else ctx.res.as_state(e)] if st is not None][:1]
            if not providers and tok.dep_ in ("dobj", "pobj") and _with_help_clause(tok) is None:
                providers = _providers(ctx, tok.head if tok.dep_ == "dobj" else tok.head.head)
            top = pack if pack is not None else tok
            if not recips and top.dep_ == "nsubj" and top.head.lemma_.lower() in ("reach", "arrive", "enter"):
                # "aid from X reached Y", "arrived in Y"
                recips = _ents(ctx, _children(top.head, "dobj") + _prep_objs(top.head, "in", "at", "to"), want="state",
                               types=("State",))
            helped = _with_help_clause(tok)
            if not recips and helped is not None:
                # "With Bordurian support, Syldavia's army retook the town": the subject is helped
                recips = [st for s_ in _subjects(helped) for t in [s_] + _children(s_, "poss")
                          for e in [ctx.res.entity_at(t.i)] if e is not None
                          for st in [e if e.type in ("State", "ArmedGroup") else ctx.res.as_state(e)]
                          if st is not None and st.key not in {p.key for p in providers}][:1]
            if not recips:
                # (not the owner of the lender: "a loan from Borduria's state bank" is Borduria's)
                lenders = {e.key for o in _prep_objs(tok, "from", "by") for t in o.subtree
                           for e in [ctx.res.entity_at(t.i)] if e is not None}
                recips = _recipients_in(ctx, tok, exclude={p.key for p in providers} | lenders)
            what = phrase_text(top)
            if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.pos_ == "VERB":
                built = tok.head.head
                if built.dep_ in ("acl", "relcl"):
                    what = phrase_text(built.head)
            thing = _built_with(tok)
            if thing is not None and providers:
                # "the port, built with Bordurian loans": the thing and what it was built with
                what = f"{phrase_text(thing)} built with {phrase_text(tok)}"
                recips = recips or _built_for(ctx, thing, exclude={p.key for p in providers})
            for p in providers:
                for r in recips:
                    if p.key != r.key:
                        yield ctx.claim("providedAssistanceTo", p, r, tok, f"assist-noun-{lemma}", 0.5, what=what[:200])
        # "The package includes $50 million in ammunition": the parts of the aid told just before
        elif tok.pos_ == "VERB" and lemma in ("include", "comprise", "contain", "cover") and _children(tok, "dobj"):
            subj = _children(tok, "nsubj")
            if not subj or not (_is(subj[0], ASSIST_NOUNS | {"package", "tranche"}) or subj[0].lower_ == "it"):
                continue
            prev = _recent_assistance(ctx, tok, window=1 if subj[0].lower_ == "it" else 2)
            if prev is None:
                continue
            for o in _with_conj(_children(tok, "dobj")[0]):
                what = phrase_text(o, drop=("relcl", "acl", "advcl", "conj", "cc"))
                yield ctx.claim("providedAssistanceTo", prev.subject, prev.object, tok, "assist-package-part", 0.5,
                                what=what[:200])
        # "a $189 million loan Ruritania owed Borduria ... will be written off"
        elif tok.pos_ == "VERB" and _is(tok, DEBT_VERBS) and (lemma != "write" or any(c.lower_ == "off" for c in tok.children)):
            # "a $N loan X owed Y will be written off": Y relieves X of a debt
            for owe in tok.sent:
                if owe.lemma_.lower() != "owe":
                    continue
                subj = _children(owe, "nsubj")
                debtor_toks = subj + [a for s_ in subj for a in _children(s_, "appos")]
                debtor = _ents(ctx, debtor_toks, want="state", types=_STATEISH)
                creditor = _ents(ctx, _children(owe, "dative", "dobj"), want="state", types=_STATEISH)
                loan = subj[0] if subj else owe
                for p in creditor:
                    for r in debtor:
                        if p.key != r.key:
                            yield ctx.claim("providedAssistanceTo", p, r, tok, "assist-debt-write-off", 0.6,
                                            what=f"{phrase_text(loan, drop=_NP_DROP)} written off")
        # "X, the country's largest aid donor", "X is Y's biggest donor"
        elif tok.pos_ == "NOUN" and _is(tok, _DONOR_NOUNS) and tok.dep_ in ("appos", "attr"):
            giver = tok.head if tok.dep_ == "appos" else next(iter(_children(tok.head, "nsubj")), None)
            if giver is None:
                continue
            providers = _ents(ctx, [giver], want="state", types=("State", "InternationalOrganization", "Organization"))
            owners = _children(tok, "poss") + _prep_objs(tok, "to", "of")
            recips = [st for o in owners for st in (
                [_the_country(ctx, o, exclude={p.key for p in providers})] if o.lower_ in ("country", "nation")
                else _ents(ctx, [o], want="state", types=("State",))) if st is not None]
            for p in providers:
                for r in recips[:1]:
                    if p.key != r.key:
                        yield ctx.claim("providedAssistanceTo", p, r, tok, f"assist-noun-{lemma}", 0.5,
                                        what=phrase_text(tok, drop=_NP_DROP)[:200])


# Participles that make "X-backed Y" a statement of X's aid to Y ("Bordurian-backed rebels").
_BACKED_WORDS = frozenset("backed funded financed armed trained equipped sponsored supplied".split())


def _backed_modifiers(ctx):
    """'the Bordurian-backed Z rebels', 'Syldavia-funded militias', 'U.S.-trained Syldavian commandos': the state
    before the hyphen aids the group or force the participle modifies (a named group, else the state of its
    demonym); no claim when neither is named ('Western-backed separatists', 'state-backed hackers')."""
    for tok in ctx.doc:
        low = tok.lower_
        if tok.pos_ == "VERB" and tok.lemma_.lower() == "back" and _children(tok, "dobj"):
            yield from _backed_force(ctx, tok)
            continue
        if low in _AID_VERB_FORMS and tok.pos_ != "VERB" and tok.i + 2 < len(ctx.doc) \
                and ctx.doc[tok.i + 1].lower_ == "and" and ctx.doc[tok.i + 2].lower_ in _AID_VERB_FORMS:
            yield from _arms_and_funds(ctx, tok)
            continue
        if tok.dep_ not in ("amod", "compound", "acl") or tok.head.pos_ not in ("NOUN", "PROPN"):
            continue
        prov = None
        if low in _BACKED_WORDS and tok.i >= 2 and ctx.doc[tok.i - 1].text in ("-", "\u2011") \
                and ctx.doc[tok.i - 2].head.i == tok.i:
            e = ctx.res.entity_at(tok.i - 2)
            prov = (e if e.type == "State" else ctx.res.as_state(e) if e.type == "City" else None) \
                if e is not None else None
            if prov is None and e is not None and e.type == "ArmedGroup":
                prov = e
        elif "-" in low and low.rsplit("-", 1)[1] in _BACKED_WORDS:
            head = tok.text.rsplit("-", 1)[0]
            g = ctx.res.gaz.state_for_demonym(head) or ctx.res.gaz.lookup(head)
            prov = from_gazetteer(g) if g is not None and g.type == "State" else None
        if prov is None or prov.type not in ("State", "ArmedGroup"):
            continue
        noun = tok.head
        e = ctx.res.entity_at(noun.i)
        recip = e if e is not None and e.type in ("ArmedGroup", "Organization", "ArmedForces", "State") else None
        if recip is None:
            recip = next((x for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.i > tok.i
                          for x in [ctx.res.entity_at(c.i)] if x is not None
                          and x.type in ("ArmedGroup", "Organization", "ArmedForces", "State")), None)
        if recip is not None and recip.type != "State" and recip.type != "ArmedGroup":
            recip = ctx.res.as_state(recip) or recip
        if recip is None or recip.key == prov.key:
            continue
        yield ctx.claim("providedAssistanceTo", prov, recip, tok, "assist-backed-modifier", 0.5,
                        what=ctx.doc[tok.i - 2 if ctx.doc[tok.i - 1].text == "-" else tok.i:noun.i + 1].text[:200])


def _funded_by(ctx, verb):
    """'a hospital in Z, funded by X', 'the bridge in Y was financed by X': X aids the state the thing is in
    (a place named in the thing's phrase), or the group or state the thing is; nothing when no place is named."""
    providers = _ents(ctx, [o for a in _children(verb, "agent") for o in _children(a, "pobj")], want="state",
                      types=_ACTORS)
    thing = verb.head if verb.dep_ in ("acl", "relcl") else next(iter(_children(verb, "nsubjpass")), None)
    if thing is None or not providers:
        return
    exclude = {p.key for p in providers}
    recips = []
    for t in thing.subtree:
        if verb.left_edge.i <= t.i <= verb.right_edge.i and verb.dep_ in ("acl", "relcl"):
            continue        # (not the provider's own phrase)
        e = ctx.res.entity_at(t.i)
        st = (e if e.type in ("State", "ArmedGroup") else ctx.res.as_state(e) or ctx.res.country_of(e)) \
            if e is not None and e.type in _PLACES + ("ArmedGroup",) else None
        if st is not None and st.key not in exclude:
            recips = [st]
            break
    for p in providers:
        for r in recips:
            yield ctx.claim("providedAssistanceTo", p, r, verb, f"assist-{verb.lemma_.lower()}-by", 0.5,
                            what=f"{phrase_text(thing, drop=_NP_DROP)} {verb.text} by {phrase_text(_children(_children(verb, 'agent')[0], 'pobj')[0])}"[:200])


# The aid a verb names when its object is the recipient ("supports the X army": support).
_RECIPIENT_AID_NOUNS = {"support": "support", "help": "help", "assist": "assistance", "back": "backing",
                        "fund": "funding", "finance": "financing"}
# Third-person verbs of aid the tagger reads as plural nouns in "X arms and funds Y".
_AID_VERB_FORMS = frozenset("arms funds trains equips finances supplies backs".split())


def _arms_and_funds(ctx, tok):
    """'X arms and funds Y', 'Z, which arms and funds the group' when the tagger reads the verbs as nouns:
    the state before (or the one a 'which' follows) aids the named group or state after them (or 'the
    group', the armed group named last)."""
    j = tok.i - 1
    if j >= 0 and ctx.doc[j].lower_ == "which":
        j -= 1
        if j >= 0 and ctx.doc[j].text == ",":
            j -= 1
    e = ctx.res.entity_at(j) if j >= 0 else None
    prov = (e if e.type in ("State", "ArmedGroup") else ctx.res.as_state(e)) if e is not None else None
    k = tok.i + 3
    while k < len(ctx.doc) and ctx.doc[k].lower_ in ("the", "a", "its", "this"):
        k += 1
    if prov is None or k >= len(ctx.doc):
        return
    nxt = ctx.doc[k]
    r = ctx.res.entity_at(k)
    if r is None and nxt.lower_ in ("group", "militia", "movement", "rebels", "militants") and k > tok.i + 3:
        r = ctx.res.recent(tok.i, ("ArmedGroup",), window=2)
    if r is not None and r.type in ("State", "ArmedGroup", "ArmedForces", "Organization") and r.key != prov.key:
        yield ctx.claim("providedAssistanceTo", prov, r, tok, "assist-arms-and-funds", 0.5,
                        what=ctx.doc[tok.i:tok.i + 3].text)


# What one backs with force: "backed the Syldavian army", "backed X's offensive" (not a plan or a candidate).
_BACKED_FORCE_NOUNS = frozenset("army military forces militia militias rebels rebel fighters offensive troops "
                                "insurgents insurgency faction factions guerrillas".split())


def _backed_force(ctx, verb):
    """'Bordurian forces have long backed the Syldavian army', 'Z fighters backed X's offensive': backing an
    armed force is assistance to it (its group, its commander or its demonym's state)."""
    subj = _subjects(verb)
    root = verb.sent.root
    if subj and subj[0].lower_ in ("they", "it") and root.i != verb.i and _subjects(root) \
            and _subjects(root)[0].pos_ != "PRON":
        verb_ = root        # "X fighters have been there since 2019, when they backed ...": the sentence's subject
    else:
        verb_ = verb
    providers = [e for e in _providers(ctx, verb_) if e.type in ("State", "ArmedGroup")]
    for o in _children(verb, "dobj"):
        e = ctx.res.entity_at(o.i)
        recip = e if e is not None and e.type in ("ArmedGroup", "ArmedForces") else None
        if recip is None and _is(o, _BACKED_FORCE_NOUNS):
            for c in o.children:
                x = ctx.res.entity_at(c.i) if c.dep_ in ("poss", "amod", "compound") else None
                if x is not None and x.type in ("Person", "ArmedGroup", "ArmedForces", "State"):
                    recip = x
                    break
        if recip is not None and recip.type == "ArmedForces":
            recip = ctx.res.as_state(recip) or recip
        for p in providers:
            if recip is not None and p.key != recip.key:
                yield ctx.claim("providedAssistanceTo", p, recip, verb, "assist-backed-force", 0.5,
                                what=ctx.doc[verb.i:o.right_edge.i + 1].text[:200])


def _contact_clause_noun(verb):
    """The noun a relative clause with no pronoun gives ('the food aid it delivered'): the clause's head, or,
    when the parser hangs the clause elsewhere, an aid noun just before its subject pronoun."""
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i:
        return verb.head
    subj = [s for s in _children(verb, "nsubj") if s.pos_ == "PRON" and s.i > 0]
    if subj and verb.doc[subj[0].i - 1].pos_ == "NOUN" and _is(verb.doc[subj[0].i - 1], AID_GOODS | ASSIST_NOUNS):
        return verb.doc[subj[0].i - 1]
    return None


def _own_border(tok):
    """'its border', 'the border', 'their side': a place of one's own, not a recipient."""
    return _is(tok, BORDER_NOUNS) or any(c.lower_ in ("its", "their") for c in tok.children)


# Who gives aid as a standing role: "X, the country's largest aid donor".
_DONOR_NOUNS = frozenset("donor donors benefactor".split())
# What a thing is built with that is aid when a state gives it: "built with Bordurian technology".
_BUILT_WITH_NOUNS = frozenset("technology expertise credit credits money funds".split())
# Verbs of building something with another's aid: "a railway built with Bordurian loans".
_BUILD_VERBS = frozenset("build construct finance fund equip refurbish upgrade modernise modernize renovate".split())


def _built_with(tok):
    """The thing built when tok is what a participle builds it with ('the port, built with Bordurian loans'
    -> port), or None."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "with":
        return None
    verb = tok.head.head
    if verb.dep_ == "pobj" and verb.head.dep_ == "agent":
        verb = verb.head.head       # "built by Bordurian firms with Bordurian loans": the parser hangs 'with' on the firms
    if verb.pos_ != "VERB" or verb.tag_ != "VBN" or not _is(verb, _BUILD_VERBS) or verb.dep_ not in ("acl", "relcl", "advcl"):
        return None
    if verb.dep_ == "advcl":
        # "X leased the port, built with ...": the parser hangs the participle on the verb; the object before it
        return next((o for o in _children(verb.head, "dobj") if o.i < verb.i), None)
    return verb.head if verb.head.pos_ in ("NOUN", "PROPN") else None


def _built_for(ctx, thing, exclude=frozenset()):
    """Whom a thing built with aid is for: the state of a place in its phrase ('a railway linking Klow and
    Zelen', 'the Klow port'), else the state that is the subject of the clause the thing is the object of
    ('Syldavia leased the port, built with ...'), else the country the story is about (_the_country)."""
    for t in thing.subtree:
        if any(a.dep_ in ("acl", "relcl") and a.head.i == thing.i for a in [t, *t.ancestors] if a.i != thing.i):
            continue
        e = ctx.res.entity_at(t.i)
        s = e and (ctx.res.as_state(e) or ctx.res.country_of(e))
        if s is not None and s.type == "State" and s.key not in exclude:
            return [s]
    if thing.dep_ == "dobj":
        subj = [s for s in _ents(ctx, _subjects(thing.head), want="state", types=("State",)) if s.key not in exclude]
        if subj:
            return subj[:1]
    st = _the_country(ctx, thing, exclude=set(exclude))
    return [st] if st is not None and st.key not in exclude else []


# Deeds one can help do that give the other side nothing: "helped secure Y's acceptance of the ceasefire"
# (not "helping to strengthen Y's armed forces").
_DEED_VERBS = frozenset("secure broker negotiate mediate arrange end resolve defuse win obtain".split())


def _ent_around(tok):
    """The named-entity span a token is part of."""
    start = tok.i
    while tok.doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    end = tok.i + 1
    while end < len(tok.doc) and tok.doc[end].ent_iob_ == "I":
        end += 1
    return tok.doc[start:end]


def _assist_objects(verb):
    """What an aid verb gives: its objects, with a sum the parser split into several objects taken once
    ('provide A$ 200 m') and a noun after a comma left out ('sent doctors to X, a gesture Y recalled':
    an apposition to the whole clause, not a second object)."""
    objs, seen = [], set()
    for o in _children(verb, "dobj", "xcomp", "ccomp"):
        if o.ent_type_ == "MONEY":
            span = _ent_around(o)
            if span.start in seen:
                continue
            seen.add(span.start)
        if o.dep_ == "dobj" and objs and any(t.text == "," for t in verb.doc[min(objs[0].right_edge.i + 1, o.left_edge.i - 1):o.left_edge.i]):
            # (also when the parser takes the comma into the first object: "a grant of 4 billion crowns, more than half")
            continue
        objs.append(o)
    if not objs and verb.lemma_.lower() in ("train", "equip", "arm", "fund", "finance", "help", "assist", "support"):
        # "has trained and equipped Syldavia's border units": the parser may hang the object as a conjunct
        objs = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")] or [
            # "has trained and equipped the X": the object of the coordinated aid verb is the first verb's too
            o for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.lemma_.lower() in (
                "train", "equip", "arm", "fund", "finance") for o in _children(c, "dobj")]
    return objs


# Nouns that stop what their 'on' phrase names: "a ban on sending weapons".
_BAN_NOUNS = frozenset("ban moratorium embargo halt freeze restriction restrictions".split())
# What political support is for, not aid: "support for Y's sovereignty".
_STANCE_NOUNS = frozenset("sovereignty independence bid position claim claims candidacy stance integrity".split())


# Objects of 'give' / 'provide' that are not aid.
_NOT_AID = frozenset("""leverage opportunity chance impression right reason time way power influence sense
mediation effort efforts bid candidacy proposal position stance sovereignty independence ceasefire truce talks
resolution idea""".split())


# What a provider is called for the state it gives to: "X, Y's main security partner".
_PARTNER_NOUNS = frozenset("partner ally backer supporter patron creditor lender".split())


def _partner_recipients(ctx, verb, providers):
    """The recipient a giving clause names only around it: 'X, Y's main security partner, has provided ...'
    (the partner's owner); 'signed a deal with X under which X will provide ...' (the other party)."""
    exclude = {p.key for p in providers}
    for s_ in _subjects(verb):
        for ap in _children(s_, "appos"):
            if _is(ap, _PARTNER_NOUNS | _DONOR_NOUNS):
                got = [e for e in _ents(ctx, _children(ap, "poss"), want="state", types=("State",)) if e.key not in exclude]
                if got:
                    return got[:1]
    if verb.dep_ == "relcl" and any(c.dep_ == "prep" and c.lower_ == "under" and _children(c, "pobj")
                                    and _children(c, "pobj")[0].lower_ == "which" for c in verb.children):
        deal = verb.head
        signer = deal.head.head if deal.dep_ == "pobj" else deal.head
        if deal.dep_ in ("dobj", "pobj") and signer.pos_ in ("VERB", "AUX"):
            parties = _ents(ctx, _subjects(signer) + _prep_objs(signer, "with") + _prep_objs(deal, "with"),
                            want="state", types=("State",))
            got = [e for e in parties if e.key not in exclude]
            if len(got) == 1:
                return got
    return []


# Nouns an aid noun is compounded into: "the aid package", "a training programme".
_AID_PACKAGE_NOUNS = frozenset("package packages shipment shipments convoy convoys delivery deliveries tranche "
                               "consignment flights".split())


def _with_help_clause(tok):
    """The verb of 'With Bordurian support/help, Y did Z' / 'Y, with Bordurian funding, deployed': tok is the
    object of 'with' on a finite main verb (not 'built with', not a noun's 'with')."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "with":
        return None
    verb = tok.head.head
    if verb.pos_ != "VERB" or verb.dep_ in ("acl", "relcl") or verb.tag_ == "VBN" and verb.dep_ != "ROOT":
        return None
    return verb


def _sent_home(ctx, verb, provider):
    """'X sent troops into its Z region', 'to the border town of Y' (a town of X's), 'along X's border ... and
    sent troops to reinforce it': a deployment at home, not aid to the story's country."""
    for o in _prep_objs(verb, "to", "into", "in"):
        if o.lemma_.lower() in ("region", "province", "state", "territory", "north", "south", "east", "west") \
                and any(c.lower_ in ("its", "their") for c in o.children):
            return True     # "sent troops into its Z region"
        for t in o.subtree:
            e = ctx.res.entity_at(t.i)
            st = (ctx.res.as_state(e) or ctx.res.country_of(e) or next(
                (c.object for c in ctx.claims if c.predicate == "locatedIn" and getattr(c.subject, "key", None) == e.key
                 and isinstance(c.object, Entity) and c.object.type == "State"), None)) \
                if e is not None and e.type != "State" else None
            if st is not None and st.key == provider.key:
                return True
    for t in verb.sent:
        if _is(t, BORDER_NOUNS) and t.i < verb.i and any(
                c.dep_ == "poss" and getattr(ctx.res.as_state(ctx.res.entity_at(c.i)) if ctx.res.entity_at(c.i)
                                             else None, "key", None) == provider.key for c in t.children):
            return True     # "declared an emergency along X's border with Y and sent troops"
    return False


def _recent_assistance(ctx, tok, window=2, provider=None):
    """The latest assistance claim with a provider and a recipient (of this provider, if given), at most
    `window` sentences before tok."""
    s = ctx.res.sentence_of(tok.i)
    for c in reversed(ctx.claims):
        if c.predicate == "providedAssistanceTo" and isinstance(c.subject, Entity) and isinstance(c.object, Entity) \
                and (provider is None or c.subject.key == provider.key):
            first = ctx.doc.char_span(c.start, c.end, alignment_mode="expand")
            if first is not None and 0 <= s - ctx.res.sentence_of(first.start) <= window:
                return c
    return None


# Verbs of sending help somewhere: with no recipient named, it goes where the story is.
_SEND_VERBS = frozenset("send dispatch donate deliver".split())


def _story_state(ctx):
    """The state of the article's dateline ("KLOW, Syldavia (AP) —" -> Syldavia), or None."""
    if "story_state" not in ctx.cache:
        ctx.cache["story_state"] = next((st for m in ctx.dateline_places() for st in [
            m.entity if m.entity.type == "State" else ctx.res.country_of(m.entity)] if st is not None), None)
    return ctx.cache["story_state"]


def _the_country(ctx, tok, exclude=frozenset(), foreign=False):
    """The state 'the country' stands for: the dateline's state when the story is filed from one (and it
    is not excluded, as an operator is); with no dateline, the last state named as a place one is in (in
    this sentence or the one before); else the last state named. With `foreign` (the host of a military
    presence), a state told just before to keep troops or a base somewhere is a foreign operator, not the
    country: 'X keeps 4,000 troops at Camp Y, while Z opened a base there. W maintains 1,500 troops in the
    country' (not X or Z)."""
    story = _story_state(ctx)
    if story is not None and story.key not in exclude and any(m.entity.key == story.key and m.start < tok.i
                                                              for m in ctx.res.mentions):
        return story
    if foreign:
        exclude = set(exclude) | _foreign_operators(ctx, tok, 3)
    return (story is None and _last_host_named(ctx, tok, exclude)) or \
        ctx.res.recent(tok.i, _STATEISH, window=3, exclude=set(exclude))


# Verbs whose subject keeps troops or a base (an operator, when the object is troops or a facility).
_KEEPING_VERBS = frozenset("keep maintain station deploy base operate run open build establish".split())


def _foreign_operators(ctx, tok, window):
    """Keys of the states named, in this sentence or the `window` before it, as the subject of a verb that
    keeps troops or a facility ('X keeps 4,000 personnel at Camp Y', 'Z opened its first base there')."""
    s = ctx.res.sentence_of(tok.i)
    out = set()
    for m in ctx.res.mentions:
        if m.start >= tok.i or s - m.sent > window or m.entity.type != "State":
            continue
        h = ctx.doc[m.end - 1]
        v = h.head
        if h.dep_ == "nsubj" and v.pos_ == "VERB" and v.lemma_.lower() in _KEEPING_VERBS and any(
                _is(o, TROOP_NOUNS) or _is(o, FACILITY_NOUNS) for o in _children(v, "dobj")):
            out.add(m.entity.key)
    return out


def _recent_recipient(ctx, provider, tok):
    """The recipient of the same provider's assistance a sentence or two before ('We also provided ...')."""
    c = _recent_assistance(ctx, tok, 2, provider)
    return c.object if c is not None else None


def _providers(ctx, verb):
    out = []
    for s in _subjects(verb):
        if s.lower_ in ("we", "our", "us") and s.text != "US":     # (not the US)
            out.append(_speakers_side(ctx, s))
            continue
        e = ctx.res.resolve(s, want="state")
        if e is None and _is(s, TROOP_NOUNS | {"serviceman"}):
            e = _operator(ctx, s)
        if e is None and _is_facility_noun(s):   # "the hub was engaged in ... programs": its operator
            f = _facility_name(ctx, s) or _the_named_facility(ctx, s)
            e = _known_operator(ctx, f) if f is not None else None
        if e is not None and e.type == "Person":
            e = _home_state(ctx, e) or e    # "the Bordurian foreign minister pledged aid": Borduria gives it
        if e is not None:
            out.append(e)
        # "Our security assistance focuses on providing ..."
        for c in s.children:
            if c.dep_ == "poss" and c.lower_ in ("our",):
                out.append(_speakers_side(ctx, c))
    return [e for e in out if e is not None]


def _speakers_side(ctx, tok):
    """'we' / 'our' in a quotation: the state (or body) the speaker acts for."""
    att = ctx.attribution_for(tok)
    if att is None or att.speaker is None:
        return None
    role = ctx.roles.get(att.speaker.key)
    org = role[1] if role else None
    if org is None:
        return att.speaker
    return ctx.res.as_state(org) or org


def _in_phrase_below(t, top):
    """Is t inside a prepositional phrase or clause under `top` ('equipment used by Syldavian forces')?"""
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ in ("pobj", "acl", "relcl"):
            return True
        t = t.head
    return False


def _recipients_in(ctx, tok, exclude=frozenset()):
    """Recipients named inside the object: "aid for Syldavia" first, then "Syldavia's armed forces",
    'the Syldavian border guards' (not the provider: "new Bordurian aid for Syldavia")."""
    out = []
    toks = list(tok.subtree)
    toks = [t for t in toks if t.dep_ == "pobj" and t.head.lower_ in ("for", "to")] + toks
    for t in toks:
        e = ctx.res.entity_at(t.i)
        if e is None and t.dep_ == "poss" and t.head.i == tok.i and t.lower_ in ("country", "nation") \
                and any(d.lower_ == "the" for d in t.children):
            e = _the_country(ctx, t, exclude=set(exclude))     # "training for the country's border units"
        if t.dep_ in ("amod", "compound") and _is(t.head, TROOP_NOUNS | FIGHTER_NOUNS) and not _in_phrase_below(t.head, tok):
            continue        # "2,000 troops, most of them Bordurian paratroopers", "Syrian fighters": the sender's men
        if e is not None and t.dep_ in ("poss", "amod", "compound", "pobj", "nmod"):
            s = ctx.res.as_state(e) or (e if e.type in ("State",) else None)
            if s is not None and s.key not in {x.key for x in out} and s.key not in exclude:
                out.append(s)
                if len(out) == 1 and t.dep_ == "pobj" and t.head.lower_ in ("for", "to"):
                    # "shipments of wheat to A and B": each of them
                    out += [c for x in t.conjuncts for c in [ctx.res.entity_at(x.i)] if c is not None and c.type == "State"
                            and c.key not in exclude and c.key != s.key]
                    return out
    return out[:1]


# ---------------------------------------------------------------------------------------------
# borders

def _is_neighbour_word(tok):
    low = tok.lower_
    if low in NEIGHBOUR_WORDS:
        return True
    # tolerate one transposition or typo: 'nieghboring'
    return len(low) >= 10 and any(_close(low, w) for w in ("neighboring", "neighbouring"))


def _last_named_state(ctx, tok, exclude=frozenset()):
    """The last state named by its name (not by a demonym: 'a Bordurian base') in tok's sentence or the one before."""
    start = _sentences_before(tok, 1)
    for m in sorted(ctx.res.mentions, key=lambda m: -m.start):
        if start <= m.start < tok.i and m.entity.type == "State" and m.entity.key not in exclude \
                and ctx.doc[m.start].ent_type_ != "NORP":
            return m.entity
    return None


def _land_neighbours(ctx, a, b):
    """Do the gazetteer's land borders join states a and b? (Used only to choose between readings.)"""
    ga, gb = ctx.res.gaz.get(a.key), ctx.res.gaz.get(b.key)
    if ga is None or gb is None or not ga.country:
        return False
    return any(n.key == gb.key for n in ctx.res.gaz.neighbours(ga.country))


def _state_counts(ctx):
    """The article's states with how often each is named (a capital, city or national body counts for its
    state), the most named first."""
    if "state_counts" not in ctx.cache:
        counts, ents = Counter(), {}
        for m in ctx.res.mentions:
            st = ctx.res.as_state(m.entity)
            if st is not None and st.type == "State":
                counts[st.key] += 1
                ents[st.key] = st
        ctx.cache["state_counts"] = [(ents[k], n) for k, n in counts.most_common()]
    return ctx.cache["state_counts"]


def _ranked_states(ctx):
    """The article's states, the most named first."""
    return [st for st, _ in _state_counts(ctx)]


def _main_neighbour(ctx, e, exclude=frozenset()):
    """The state the article names most that shares a land border with e: what 'neighbouring Y' is
    said from when the text names no other state near it."""
    story = _story_state(ctx)
    for s in ([story] if story is not None else []) + _ranked_states(ctx):
        if s.key != e.key and s.key not in exclude and _land_neighbours(ctx, s, e):
            return s
    return None


def _last_two_states(ctx, tok, exclude=frozenset()):
    """The last two states named before tok by their names or capitals (in its sentence or the one
    before), or []."""
    start = _sentences_before(tok, 1)
    out = []
    for m in sorted(ctx.res.mentions, key=lambda m: -m.start):
        if not start <= m.start < tok.i or ctx.doc[m.start].ent_type_ == "NORP":
            continue
        st = m.entity if m.entity.type == "State" else ctx.res.as_state(m.entity) if m.entity.type == "City" else None
        if st is not None and st.type == "State" and st.key not in exclude and st.key not in {x.key for x in out}:
            out.append(st)
        if len(out) == 2:
            return out[::-1]
    return []


def _both_neighbours(ctx, tok, a):
    """'A, which borders both countries': the last two states named, unless they do not both share a
    land border with A and the article's two main states that do."""
    last = _last_two_states(ctx, tok, exclude={a.key})
    if len(last) == 2 and all(_land_neighbours(ctx, a, y) for y in last):
        return last
    main = [y for y in _ranked_states(ctx) if y.key != a.key and _land_neighbours(ctx, a, y)][:2]
    return main if len(main) == 2 else last


def _neighbour_pair(ctx, tok, first):
    """'the two Nordic neighbours', 'the neighbours agreed': the pair first read (the states of the
    sentence or the article's two main states), unless they share no land border and another reading
    does (a state of the sentence and the article's main state that borders it)."""
    if first and len(first) == 2 and _land_neighbours(ctx, first[0], first[1]):
        return first
    main = _two_main_states(ctx, tok)
    if len(main) == 2 and _land_neighbours(ctx, main[0], main[1]):
        return main
    for t in tok.sent:
        e = ctx.res.entity_at(t.i)
        s = ctx.res.as_state(e) if e is not None else None
        if s is not None and s.type == "State":
            other = next((o for o in _ranked_states(ctx) if o.key != s.key and _land_neighbours(ctx, s, o)), None)
            if other is not None:
                return [s, other]
    return first


def _close(a, b):
    if abs(len(a) - len(b)) > 1:
        return False
    return sum(x != y for x, y in zip(sorted(a), sorted(b))) <= 1 and a[:1] == b[:1]


def _name_before_comma(ctx, i):
    """The last token of a state's name right before the comma at i - 1 ('Y, X's neighbour'), or None."""
    if i < 2 or ctx.doc[i - 1].text != ",":
        return None
    t = ctx.doc[i - 2]
    e = ctx.res.entity_at(t.i)
    return t if e is not None and e.type == "State" and t.ent_type_ != "NORP" else None


def _borders(ctx):
    for tok in ctx.doc:
        # "Ruritania, which joined the X bloc in 1999, borders Y and ...": the tagger may take "borders" for a
        # noun in a conjunct or compound; read the verb off the tokens: the sentence's first state borders
        # each state named after it in the clause
        if tok.lower_ in ("borders", "bordered") and tok.pos_ != "VERB" and tok.i > tok.sent.start \
                and ctx.doc[tok.i - 1].text == "," and not any(c.dep_ in ("det", "poss", "amod") for c in tok.children):
            first = ctx.res.entity_at(tok.sent.start)
            a = ctx.res.as_state(first) if first is not None else None
            after = []
            for t in ctx.doc[tok.i + 1:tok.sent.end]:
                if t.pos_ in ("VERB", "AUX") or t.text in (";", ".", ":"):
                    break
                e = ctx.res.entity_at(t.i)
                st = e if e is not None and e.type == "State" else ctx.res.country_of(e) if e is not None else None
                if st is not None and st.type == "State" and st.key not in {x.key for x in after}:
                    after.append(st)
            for y in after if a is not None else ():
                if y.key != a.key:
                    yield ctx.claim("borders", a, y, tok, "border-verb-tokens", 0.5, modality="asserted")
        # "neighboring Molvania": borders the state the text is about
        if _is_neighbour_word(tok) and tok.dep_ in ("amod", "compound", "advmod", "nmod") and tok.pos_ in ("ADJ", "VERB", "NOUN", "PROPN"):
            e = ctx.res.resolve(tok.head, want="state")
            if e is None or e.type != "State":
                continue
            owner = next((c for c in list(tok.children) + list(tok.head.children) if c.dep_ == "poss" and c.i < tok.i),
                         None)
            if owner is not None and tok.lemma_.lower() in ("neighbour", "neighbor"):
                # "X's neighbour Y" (the tagger may read 'neighbour' as an adjective of Y): Y borders X
                own = _entity(ctx, owner, want="state", types=_STATEISH)
                if own is not None and own.key != e.key:
                    yield ctx.claim("borders", e, own, tok, "border-neighbour-of", 0.6)
                continue
            # the subject of the clause ("It routes its trade through neighbouring Y"), else the last state named
            verb = _clause_head(tok)
            arg = tok.head.dep_ == "dobj" or tok.head.dep_ == "pobj" and tok.head.head.head.i == verb.i
            subj = next((x for s_ in _subjects(verb) for x in [ctx.res.resolve(s_, want="state")]
                         if x is not None and x.type == "State" and x.key != e.key), None) \
                if verb.pos_ in ("VERB", "AUX") and arg else None
            other = subj or _last_named_state(ctx, tok, exclude={e.key}) or ctx.res.recent(tok.i, _STATEISH, window=2,
                                                                                          exclude={e.key})
            if other is None or not subj and not _land_neighbours(ctx, other, e):
                # "fled across the border into neighbouring Y" with no state named near: the article's state
                # that borders Y (also when the state named last does not border it)
                other = _main_neighbour(ctx, e) or other
            if other is not None:
                yield ctx.claim("borders", other, e, tok, "border-neighbouring", 0.5, modality="asserted")
        # "Egypt, Sudan's northern neighbour", "Sudan's neighbour Egypt", "Egypt is Sudan's neighbour"
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in ("neighbour", "neighbor") and any(
                c.dep_ == "poss" for c in tok.children):
            owner = _entity(ctx, next(c for c in tok.children if c.dep_ == "poss"), want="state", types=_STATEISH)
            others = [tok.head] if tok.dep_ == "appos" else _children(tok, "appos") + (
                _subjects(tok.head) if tok.dep_ == "attr" else [])
            before = _name_before_comma(ctx, tok.left_edge.i)
            if tok.dep_ in ("appos", "conj") and before is not None:
                # "the war in Y, X's southern neighbour", "Y, X's neighbour and ally": the parser may hang the
                # apposition on the noun before the state, or read it as a conjunct; the name before the comma
                others = [before]
            one = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
            if one is not None and one.lower_ in ("one", "another", "all", "both", "two", "three", "four", "five",
                                                  "each", "none") and one.lower_ != "none":
                # "Y, another of X's neighbours", "Y is one of X's neighbours"
                others = [one.head] if one.dep_ == "appos" else _subjects(one.head) if one.dep_ == "attr" else []
            for o in _ents(ctx, others, want="state", types=_STATEISH) if owner is not None else ():
                if o.key != owner.key:
                    yield ctx.claim("borders", o, owner, tok, "border-neighbour-of", 0.6)
        elif tok.lemma_.lower() == "share" and any(o.lemma_.lower() == "island" for o in _children(tok, "dobj")):
            # "X, which shares the island of Hispaniola with Y": two states of one island meet on land
            a = _ents(ctx, _subjects(tok), want="state", types=_STATEISH)
            b = _ents(ctx, _prep_objs(tok, "with") + [w for o in _children(tok, "dobj") for w in _prep_objs(o, "with")],
                      want="state", types=_STATEISH)
            for x in a:
                for y in b:
                    if x.key != y.key:
                        yield ctx.claim("borders", x, y, tok, "border-share-island", 0.6)
        # "relations between the neighbours ...: A invaded B", "the two Nordic neighbours": a pair of states
        elif tok.lower_ in ("neighbours", "neighbors") and tok.pos_ == "NOUN" and tok.dep_ != "dobj" \
                and any(c.lower_ == "the" for c in tok.children) and not _prep_objs(tok, "of") \
                and not (tok.head.lemma_.lower() == "share"):
            if any(c.lower_ in ("two", "both") for c in tok.children):
                pair = _the_two(ctx, tok) or []
            else:
                pair = []
                for t in tok.sent:
                    e = ctx.res.entity_at(t.i)
                    st = ctx.res.as_state(e) if e is not None and t.ent_type_ != "NORP" else None
                    if st is not None and st.type == "State" and st.key not in {x.key for x in pair}:
                        pair.append(st)
            pair = _neighbour_pair(ctx, tok, pair)
            if len(pair) == 2:
                yield ctx.claim("borders", pair[0], pair[1], tok, "border-the-neighbours", 0.5, modality="asserted")
        # "Freedonia, which also borders Molvania"
        elif tok.lemma_.lower() == "border" and tok.dep_ == "compound" and tok.i > 0 and _children(tok.head, "nsubj") == [] \
                and ctx.res.entity_at(tok.i - 1) is not None and ctx.res.entity_at(tok.head.i) is not None:
            # "X borders Y" misparsed with "borders" as a compound of Y
            a, b = ctx.res.as_state(ctx.res.entity_at(tok.i - 1)), ctx.res.as_state(ctx.res.entity_at(tok.head.i))
            if a is not None and b is not None and a.key != b.key:
                yield ctx.claim("borders", a, b, tok, "border-verb", 0.6)
        elif tok.lower_ in ("borders", "bordered") and 0 < tok.i < len(ctx.doc) - 1 and tok.dep_ != "compound" \
                and ctx.res.entity_at(tok.i - 1) is not None and ctx.res.entity_at(tok.i + 1) is not None:
            # "X borders Y and Z to the west, and W to the south" (the tagger may read "borders" as a noun)
            a = ctx.res.as_state(ctx.res.entity_at(tok.i - 1))
            m = ctx.res.mention_span(tok.i + 1)
            first = ctx.doc[m.end - 1] if m is not None else ctx.doc[tok.i + 1]
            objs = _with_conj(first) + [c for c in tok.children if c.dep_ == "conj"]
            for y in _ents(ctx, objs, want="state", types=_STATEISH):
                if a is not None and a.key != y.key:
                    yield ctx.claim("borders", a, y, tok, "border-verb", 0.7)
        elif tok.lemma_.lower() == "share" and any(_is(o, BORDER_NOUNS) for o in _children(tok, "dobj")):
            # "X shares a border with Y"; "X and Y, which share a border"; "the two neighbours share a border"
            a = []
            for subj in _subjects(tok):
                a += _the_two(ctx, subj) or _ents(ctx, [subj], want="state", types=_STATEISH)
            b = _ents(ctx, _prep_objs(tok, "with") + [w for o in _children(tok, "dobj") for w in _prep_objs(o, "with")],
                      want="state", types=_STATEISH)
            pairs = [(x, y) for x in a for y in b] if b else _all_pairs(a)
            for x, y in pairs:
                if x.key != y.key:
                    yield ctx.claim("borders", x, y, tok, "border-share", 0.7)
        elif tok.lemma_.lower() in ("border",) and (_children(tok, "dobj") or tok.lower_ in ("borders", "bordered")
                                                    and _children(tok, "appos")
                                                    and (_children(tok, "nsubj") or tok.dep_ == "conj")):
            # "X borders Y" (the tagger sometimes reads "X borders" as a compound noun, or "borders" as a noun
            # with its object in apposition: "X, which joined ..., borders Y and Z", even as a conjunct of X)
            a = _ents(ctx, _subjects(tok) or _children(tok, "compound") or [tok.head] * (tok.dep_ == "conj"),
                      want="state", types=_STATEISH)
            if not a:
                # "its X exclave, which borders Y", "the Z region, which borders Y": the state of the place
                a = [st for s_ in _subjects(tok) for e in [ctx.res.entity_at(s_.i)]
                     if e is not None and e.type in _PLACES and e.type not in ("State", "City")
                     for st in [ctx.res.as_state(e) or ctx.res.country_of(e)] if st is not None and st.type == "State"][:1]
            # "borders Nigeria to the east, Togo to the west, and Niger to the north": the parser hangs the
            # later objects on the verb (npadvmod, conj)
            objs = [x for o in _children(tok, "dobj", "appos", "npadvmod", "conj") for x in _with_conj(o)
                    if o.dep_ == "dobj" or ctx.res.entity_at(x.i) is not None]
            # "borders Borduria's Z exclave": the state that owns the area
            b = _ents(ctx, [p_ for x in objs for p_ in (_children(x, "poss") or [x])], want="state", types=_STATEISH)
            if not b and a:
                # "X, which borders both countries": the pair the text is about
                b = [y for o in _children(tok, "dobj") if any(c.lower_ in ("both", "two") for c in o.children)
                     and o.lemma_.lower() in ("country", "nation", "state", "side")
                     for y in _both_neighbours(ctx, tok, a[0])]
            for x in a:
                for y in b:
                    if x.key != y.key:
                        yield ctx.claim("borders", x, y, tok, "border-verb", 0.7)
        # "the Ruritanian-Syldavian border", "Syldavian-Molvanian border outpost"
        elif _is(tok, BORDER_NOUNS):
            mods = []
            for c in tok.children:
                if c.dep_ in ("amod", "compound", "nmod"):
                    mods += [x for x in c.subtree if ctx.res.entity_at(x.i) is not None]
            if tok.dep_ == "compound":
                for c in tok.head.children:
                    if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i:
                        mods += [x for x in c.subtree if ctx.res.entity_at(x.i) is not None]
            states = []
            for m in mods:
                s = ctx.res.as_state(ctx.res.entity_at(m.i))
                if s is not None and s.key not in {x.key for x in states}:
                    states.append(s)
            if len(states) == 2:
                yield ctx.claim("borders", states[0], states[1], tok, "border-pair", 0.7, modality="asserted")
                continue
            # "where the borders of A, B and C meet": each pair of them shares a border
            met = _ents(ctx, [x for o in _prep_objs(tok, "of") for x in _with_conj(o)], want="state", types=("State",))
            if len(met) >= 2:
                for x, y in _all_pairs(met):
                    if x.key != y.key:
                        yield ctx.claim("borders", x, y, tok, "border-of-states", 0.6, modality="asserted")
                continue
            if tok.dep_ == "compound" and tok.i + 1 == tok.head.i or _prep_objs(tok, "between"):
                # "the border war between A and B", "border crossings between A and B", "the frontier between
                # A's X province and B's Y district"
                between = _ents(ctx, [p_ for b in _prep_objs(tok if _prep_objs(tok, "between") else tok.head, "between")
                                      for x in _with_conj(b) for p_ in (_children(x, "poss") or [x])],
                                want="state", types=_STATEISH)
                if len(between) == 2 and between[0].key != between[1].key:
                    yield ctx.claim("borders", between[0], between[1], tok, "border-between", 0.6, modality="asserted")
                    continue
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            with_preps = _prep_objs(tok, "with")
            if not with_preps and tok.dep_ == "dobj" and tok.i + 1 < len(ctx.doc) and ctx.doc[tok.i + 1].lower_ == "with" \
                    and ctx.doc[tok.i + 1].head.i == tok.head.i:
                with_preps = _children(ctx.doc[tok.i + 1], "pobj")   # "patrol X's frontiers with Y": on the verb
            withs = _ents(ctx, [x for w in with_preps for x in _with_conj(w)], want="state", types=_STATEISH)
            own = ctx.res.as_state(ctx.res.resolve(owner)) if owner is not None and owner.lower_ != "their" else None
            if own is not None and withs:
                # "Jordan's borders with Syria and Iraq"
                for w in withs:
                    if w.key != own.key:
                        yield ctx.claim("borders", own, w, tok, "border-possessive-with", 0.7, modality="asserted")
                continue
            if owner is not None and owner.lower_ == "their" and not withs:
                # "near their common border", "a section of their border": the two states named before
                named = []
                for t in ctx.doc[_sentences_before(tok, 1):tok.i]:
                    e = ctx.res.as_state(ctx.res.entity_at(t.i)) if ctx.res.entity_at(t.i) is not None else None
                    if e is not None and e.type == "State" and e.key not in {x.key for x in named}:
                        named.append(e)
                if len(named) > 2:
                    # "talks in Klow between the ministers of A and B ... on their shared border": the one pair
                    # of them that shares a land border
                    pairs = [(x, y) for x, y in _all_pairs(named) if _land_neighbours(ctx, x, y)]
                    named = list(pairs[0]) if len(pairs) == 1 else named
                if len(named) == 2:
                    yield ctx.claim("borders", named[0], named[1], tok, "border-their", 0.5, modality="asserted")
                continue
            if tok.dep_ == "pobj" and tok.head.lower_ == "across" and not withs and not states:
                # "across the border in Y", "just across the border in Y": the article's state that borders Y
                there = _ents(ctx, _prep_objs(tok, "in", "into") + [
                    o for p_ in tok.head.head.children if p_.dep_ == "prep" and p_.lower_ in ("in", "into")
                    and p_.i == tok.right_edge.i + 1 for o in _children(p_, "pobj")], want="state", types=_STATEISH)
                near = _main_neighbour(ctx, there[0]) if len(there) == 1 else None
                if near is not None:
                    yield ctx.claim("borders", near, there[0], tok, "border-across", 0.5, modality="asserted")
                continue
            # "X, near the border with Y", "a base near the Syldavian border": the state of the place
            # the phrase is said of borders Y
            other = next(iter(_ents(ctx, _prep_objs(tok, "with"), want="state", types=_STATEISH)), None) \
                or (states[0] if len(states) == 1 else None)
            if other is None or tok.dep_ != "pobj" or tok.head.lower_ not in ("near", "on", "along", "at", "by"):
                continue
            own = _state_before(ctx, tok.head.i, exclude=other.key)
            if own is not None:
                yield ctx.claim("borders", own, other, tok, "border-near", 0.5, modality="asserted")
        # "drones crossed the border into Y": from the subject's state into Y
        if tok.lemma_.lower() == "cross" and tok.pos_ == "VERB" and any(_is(o, BORDER_NOUNS) for o in _children(tok, "dobj")):
            into = _ents(ctx, _prep_objs(tok, "into") + [g for o in _children(tok, "dobj") for g in _prep_objs(o, "into")],
                         want="state", types=_STATEISH)
            frm = [o for s_ in _subjects(tok) for o in [_operator(ctx, s_) or _entity(ctx, s_, want="state")]
                   if o is not None and o.type == "State"]
            frm += _ents(ctx, _prep_objs(tok, "from"), want="state", types=_STATEISH)
            for a in frm[:1]:
                for b in into:
                    if a.key != b.key:
                        yield ctx.claim("borders", a, b, tok, "border-crossed", 0.5, modality="asserted")


def _state_before(ctx, i, exclude=None):
    """The state of the nearest place named before token i in its sentence: the state itself, else the
    state the article or the gazetteer puts the place in."""
    for t in reversed(ctx.doc[ctx.doc[i].sent.start:i]):
        e = ctx.res.entity_at(t.i)
        if e is None or e.type not in _PLACES or t.ent_type_ == "NORP":
            continue
        st = e if e.type == "State" else next(
            (c.object for c in ctx.claims if c.predicate == "locatedIn" and getattr(c.subject, "key", None) == e.key
             and isinstance(c.object, Entity) and c.object.type == "State"), None) or ctx.res.country_of(e)
        if st is not None and st.key != exclude:
            return st
    return None


# ---------------------------------------------------------------------------------------------
# memberships

_ORG_TYPES = ("InternationalOrganization", "Organization")


def _orgs(ctx, toks):
    """Organisations named by these tokens or by a name compounded into them ('the X trading bloc')."""
    out = []
    for t in toks:
        e = ctx.res.entity_at(t.i)
        if e is None:
            e = next((ctx.res.entity_at(c.i) for c in t.children if c.dep_ == "compound" and ctx.res.entity_at(c.i)), None)
        if e is None:
            e = _coalition(ctx, t)
        if e is not None and e.type in _ORG_TYPES and e.key not in {x.key for x in out}:
            out.append(e)
    return out


def _coalition(ctx, tok):
    """'the coalition', 'the Syldavian-led coalition', 'the coalition against X', 'coalition members': a
    military coalition the gazetteer has no name for, one node per article, labelled by its first mention."""
    if tok.lemma_.lower() != "coalition" or tok.pos_ != "NOUN" or ctx.res.entity_at(tok.i) is not None:
        return None
    if not (any(c.lower_ in ("the", "its") or c.lower_.endswith("-led") or c.lower_ == "led" for c in tok.children)
            or tok.dep_ == "compound" or _prep_objs(tok, "against")):
        return None
    first = next(t for t in ctx.doc if t.lemma_.lower() == "coalition" and t.pos_ == "NOUN")
    words = [t for t in first.subtree if t.i <= first.i and t.dep_ not in ("det", "poss", "punct")
             and (t.i == first.i or t.head.i == first.i or t.head.head.i == first.i)]
    name = ctx.doc[words[0].i:first.i + 1].text if words else first.text
    against = next(iter(_prep_objs(first, "against")), None)
    if against is not None and ctx.res.entity_at(against.i) is not None:
        name += " against " + ctx.res.entity_at(against.i).label
    return Entity("organization-" + _slug(name), name, "Organization")


def _member_states(ctx, verb):
    """The states a membership verb's subject names, a group ('the three countries', 'they', 'both
    countries') or a leader's country ('President X, whose country belongs to Y') included."""
    return [e for subj in _subjects(verb) for e in (_group_states(ctx, subj) or
            _ents(ctx, [subj], want="state", types=("State",)) or _whose_country(ctx, subj) or [
                p for p in (_the_two(ctx, subj) or []) if p.type == "State"]) if e.type == "State"]


# Plural nouns for people, whose 'both' is not a pair of states: "both leaders are members of the party".
_PERSON_GROUP_NOUNS = frozenset("leader official man woman people men women politician lawmaker candidate".split())


def _main_bloc(ctx, tok):
    """The organisation the article is about before tok: the one named most (twice at least)."""
    counts = Counter(m.entity.key for m in ctx.res.mentions if m.start < tok.i and m.entity.type == "InternationalOrganization")
    if not counts:
        return None
    key, n = counts.most_common(1)[0]
    if n < 2 or list(counts.values()).count(n) > 1:
        return None
    return next(m.entity for m in ctx.res.mentions if m.entity.key == key)


# Nouns of a call to join: "calls to become a member", "an invitation to become a full member".
_INVITATION_NOUNS = frozenset("call invitation appeal offer pressure".split())


def _only_bloc(ctx, tok):
    """The one international organisation the article has named before tok, or none when it has named
    several (a story on a summit of X that also quotes the UN chief: neither is safe)."""
    told = {m.entity.key: m.entity for m in ctx.res.mentions if m.start < tok.i
            and m.entity.type == "InternationalOrganization"}
    return list(told.values()) if len(told) == 1 else []


def _whose_country(ctx, subj):
    """'Prime Minister X, whose country belongs to Y': the state X holds office in."""
    if subj.lemma_.lower() not in ("country", "nation", "government") or ctx.res.entity_at(subj.i) is not None:
        return []
    if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in subj.children) or subj.head.dep_ != "relcl":
        return []
    person = _entity(ctx, subj.head.head, types=("Person",))
    held = ctx.roles.get(person.key, (None, None))[1] if person is not None else None
    st = ctx.res.as_state(held) if held is not None else None
    return [st] if st is not None else []


# Words by which a bloc lists its members: "the bloc groups A, B and C", "the alliance comprises A and B".
_COMPOSE_WORDS = frozenset("groups comprises unites includes gathers".split())
# Nouns for a bloc that "the bloc" stands for.
_BLOC_NOUNS = frozenset("bloc alliance organization organisation union community grouping pact forum".split())


def _bloc_list(ctx, tok):
    """'The six-member bloc groups A, B, C and D': A..D are members of the bloc the subject names
    (a name, or 'the bloc' for the last international organisation told)."""
    sent = tok.sent
    before = [t for t in ctx.doc[sent.start:tok.i] if t.pos_ in ("NOUN", "PROPN")]
    if not before:
        return
    org = next((e for e in _orgs(ctx, before[-1:]) if e.type in _ORG_TYPES), None)
    if org is None and before[-1].lower_ in _BLOC_NOUNS and ctx.doc[sent.start:tok.i][0].lower_ in ("the", "this", "its"):
        org = ctx.res.recent(tok.i, ("InternationalOrganization",), window=3)
    if org is None:
        return
    states = []
    for t in ctx.doc[tok.i + 1:sent.end]:
        if t.text in (",",) or t.lower_ == "and" or t.dep_ == "det" and ctx.res.mention_span(t.i) is None:
            continue
        e = ctx.res.entity_at(t.i)
        if e is None or e.type != "State":
            if states and ctx.res.mention_span(t.i) is None:
                break
            if not states:
                return
            continue
        if e.key not in {x.key for x in states}:
            states.append(e)
    if len(states) >= 2:
        for m in states:
            yield ctx.claim("memberOf", m, org, tok, "membership-bloc-list", 0.5, membershipStatus="member")


# Verbs of founding a bloc: "A and B founded the X", "..., forming an alliance called the X".
_FOUND_VERBS = frozenset("found form create establish launch set".split())
# Nouns for a grouping of states named in apposition: "X, the security partnership between A, B and C".
_PARTNERSHIP_NOUNS = frozenset("partnership grouping coalition group".split())


def _apposed_org(ctx, noun):
    """The organisation a noun phrase stands in apposition to: 'X, the bloc of ...' (also when the
    parser makes the two siblings) or 'the bloc, X, ...'."""
    cands = [noun.head] if noun.dep_ == "appos" else []
    cands += [c for c in noun.children if c.dep_ == "appos"]
    left = noun.left_edge.i
    if left >= 2 and ctx.doc[left - 1].text == ",":
        cands.append(ctx.doc[left - 2])
    return next(iter(_orgs(ctx, cands)), None)


def _bloc_apposition(ctx, noun):
    """'X, the partnership between A, B and C': A, B and C are members of X (two states at least)."""
    org = _apposed_org(ctx, noun)
    if org is None or org.type not in _ORG_TYPES:
        return
    states = _ents(ctx, [x for o in _prep_objs(noun, "between", "of", "among") for x in _with_conj(o)],
                   want="state", types=("State",))
    if len(states) >= 2:
        for m in states:
            yield ctx.claim("memberOf", m, org, noun, "membership-bloc-apposition", 0.5, membershipStatus="member")


# Verbs of a bloc growing: "expanded to include X".
_GROW_VERBS = frozenset("expand grow enlarge widen".split())


def _listed_states(ctx, noun):
    """The states a noun lists: 'member states such as A, B and C', 'members, including A and B',
    'member states A, B and C' (an apposition)."""
    toks = []
    for c in noun.children:
        if c.dep_ == "appos":
            toks += _with_conj(c)
        elif c.dep_ == "prep" and c.lower_ in ("including", "like"):
            toks += [x for o in _children(c, "pobj") for x in _with_conj(o)]
        elif c.dep_ == "prep" and c.lower_ == "as" and any(g.lower_ == "such" for g in list(noun.children) + list(c.children)):
            toks += [x for o in _children(c, "pobj") for x in _with_conj(o)]
        elif c.dep_ == "amod" and c.lower_ == "such":
            toks += [x for a in c.children if a.lower_ == "as" for o in _children(a, "pobj") for x in _with_conj(o)]
    return _ents(ctx, toks, want="state", types=("State",))


def _suspended_members(ctx, verb):
    """'The bloc suspended X', 'ECOWAS also suspended the country', "its council suspended X from all
    activities of the bloc": X stays a member of the bloc that suspends it (not 'suspended its
    membership': the state's own move is a leaving verb)."""
    objs = [x for o in _children(verb, "dobj") for x in _with_conj(o)]
    if any(o.lemma_.lower() in ("membership", "participation", "talks", "aid", "support", "cooperation") for o in objs):
        return
    # ("ECOWAS, meeting in Abuja, the capital of neighbouring Nigeria, suspended the country": not Nigeria)
    here = {e.key for m in ctx.res.mentions if verb.sent.start <= m.start < verb.i
            for e in (m.entity, ctx.res.as_state(m.entity)) if e is not None}
    countries = [o for o in objs if o.lemma_.lower() in ("country", "nation")]
    states = _ents(ctx, [o for o in objs if o not in countries], want="state", types=("State",)) or [
        st for o in countries if any(c.lower_ == "the" for c in o.children)
        for st in [_the_country(ctx, o, exclude=here)] if st is not None]
    if not states:
        return
    # (the parser may hang the verb on a participle: "ECOWAS, meeting in Abuja, also suspended the country")
    subj = _subjects(verb) or (_subjects(verb.head) if verb.dep_ in ("dep", "conj") else [])
    orgs = [o for s_ in subj if any(c.dep_ == "poss" and c.lower_ == "its" for c in s_.children)
            # "its Peace and Security Council suspended X": the council of the bloc told before it
            for o in [ctx.res.recent(s_.left_edge.i, ("InternationalOrganization",), window=0)] if o is not None]
    for p in _prep_objs(verb, "from") if not orgs else ():
        orgs = orgs or _orgs(ctx, [p]) or _bloc_referred(ctx, p) or [
            o for g in _prep_objs(p, "of") for o in (_orgs(ctx, [g]) or _bloc_referred(ctx, g))]
    if not orgs:
        orgs = _orgs(ctx, subj) or [o for s_ in subj for o in _bloc_named_by(ctx, s_)]
    for m in states:
        for o in orgs:
            if o.type == "InternationalOrganization":
                yield ctx.claim("memberOf", m, o, verb, "membership-suspended", 0.5, membershipStatus="member")


def _dashed_state_list(ctx, noun):
    """'member states - A, B and C -', 'member states, A, B and C,': the states listed right after a noun
    between dashes or commas, read off the tokens (the parser scatters such a list). Only a list of two
    states or more with nothing but names, commas and 'and' in it."""
    doc = ctx.doc
    j = noun.i + 1
    if j >= len(doc) or doc[j].text not in ("-", "--", "\u2013", "\u2014", ",", ":"):
        return []
    opener, j = doc[j].text, j + 1
    found, names = {}, 0
    while j < len(doc) and j < noun.sent.end:
        t = doc[j]
        span = ctx.res.mention_span(j)
        if span is not None and span.start == j:
            e = ctx.res.entity_at(j)
            if e is None or e.type != "State":
                return []
            found.setdefault(e.key, e)
            names += 1
            j = span.end
            continue
        if t.text in (",", "and") and not (t.text == "," and opener == "," and names >= 2
                                            and (j + 1 >= len(doc) or ctx.res.mention_span(j + 1) is None)):
            j += 1
            continue
        break
    end = doc[j].text if j < len(doc) else ""
    closed = end in ("-", "--", "\u2013", "\u2014", ")") if opener != "," else end == ","
    if opener == ",":
        closed = closed or (j > 0 and doc[j - 1].text == ",")
    return list(found.values()) if names >= 2 and len(found) >= 2 and closed else []


def _bloc_named_by(ctx, tok):
    """The organisation a noun names ('the Zelen Pact', 'the X bloc') or stands for ('the bloc', 'the alliance':
    the organisation told last, in this sentence or the one before)."""
    orgs = _orgs(ctx, [tok])
    if not orgs and tok.lemma_.lower() in _BLOC_NOUNS and ctx.res.entity_at(tok.i) is None \
            and any(c.lower_ in ("the", "this", "its") for c in tok.children):
        org = ctx.res.recent(tok.i, ("InternationalOrganization",), window=1)
        orgs = [org] if org is not None else []
    return orgs


def _bloc_referred(ctx, tok):
    """'quit the forum', 'returned to the regional bloc': the organisation 'the forum' stands for: the one
    told in this sentence or the one before, else the last one told whose name has the noun ('the forum':
    the X Islands Forum) or the article's main bloc."""
    orgs = _bloc_named_by(ctx, tok)
    if orgs or tok.lemma_.lower() not in _BLOC_NOUNS or ctx.res.entity_at(tok.i) is not None \
            or not any(c.lower_ in ("the", "this", "its") for c in tok.children):
        return orgs
    named = [m.entity for m in ctx.res.mentions if m.start < tok.i and m.entity.type == "InternationalOrganization"
             and tok.lemma_.lower() in m.entity.label.lower().split()]
    if named:
        return named[-1:]
    main = _main_bloc(ctx, tok)
    if main is None:    # the one international organisation the article has told of so far
        told = {m.entity.key: m.entity for m in ctx.res.mentions if m.start < tok.i
                and m.entity.type == "InternationalOrganization"}
        main = next(iter(told.values())) if len(told) == 1 else None
    return [main] if main is not None else []


def _orgs_before(ctx, tok):
    """'X and Y member', 'fellow X member': the organisations named right before a member noun."""
    out, j = [], tok.i - 1
    while j >= tok.sent.start:
        t = ctx.doc[j]
        if t.lower_ in ("and", ",", "fellow", "&"):
            j -= 1
            continue
        span = ctx.res.mention_span(j)
        e = ctx.res.entity_at(j)
        if e is None or e.type not in _ORG_TYPES:
            break
        out.append(e)
        j = (span.start if span is not None else j) - 1
    return list({e.key: e for e in out}.values())


def _memberships(ctx):
    for tok in ctx.doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and _is(tok, JOIN_VERBS | LEAVE_VERBS):
            # "joined the X alliance and the Y union in 2004": each of them
            objs = [x for o in _children(tok, "dobj") + _prep_objs(tok, "from", "to") for x in _with_conj(o)]
            # "quit the forum in 2021", "would leave the regional bloc": the bloc told before
            # (not a bloc only referred to when the move is to come: "Y would be invited to join the alliance")
            to_come = _planned(tok) or any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("would", "could", "may", "might")
                                           for v in [tok] + ([tok.head] if tok.dep_ == "xcomp" else []) for c in v.children)
            orgs = _orgs(ctx, objs) or [o for x in objs if not to_come for o in _bloc_referred(ctx, x)]
            members = _member_states(ctx, tok)
            if members:
                # "X joined the bloc in 2022 along with Y", "X, along with Y, left the bloc": Y too
                members += [m for m in _ents(ctx, [x for w in _along_with(tok) + [a for s_ in _subjects(tok)
                                                                                   for a in _along_with(s_)]
                                                   for x in _with_conj(w)], want="state", types=("State",))
                            if m.key not in {x.key for x in members}]
            if not members and tok.dep_ in ("relcl", "acl") and tok.head.lemma_.lower() == "candidate" \
                    and tok.head.dep_ == "attr":
                # "X has been a candidate to join Y": the copula's subject
                members = _ents(ctx, _subjects(tok.head.head), want="state", types=("State",))
            if not members and tok.dep_ in ("pcomp", "acl", "advcl") or not members:
                # "the case for Syldavia joining X": the gerund's subject
                members = _ents(ctx, _children(tok, "nsubj") + ([tok.head] if tok.dep_ == "acl" else []),
                                want="state", types=("State",))
            context = {t.lemma_.lower() for t in tok.sent}
            if lemma in JOIN_VERBS:
                status = ("candidate" if context & CANDIDATE_WORDS else
                          "invited" if context & INVITE_WORDS or tok.tag_ == "VBG" else "member")
            else:
                status = "left"
            for m in members:
                for o in orgs:
                    mod = "asserted" if status in ("invited", "candidate") else None
                    yield ctx.claim("memberOf", m, o, tok, f"membership-{lemma}", 0.6, modality=mod,
                                    membershipStatus=status)
        # "the bloc suspended Syldavia", "its council suspended X from all activities of the bloc": a
        # suspended state is still a member (the suspension is the bloc's act, not the state's exit)
        if tok.pos_ == "VERB" and lemma == "suspend" and not _planned(tok):
            yield from _suspended_members(ctx, tok)
        # "Syldavia returned to the bloc this year", "rejoined": back in an international organisation
        if tok.pos_ == "VERB" and lemma == "return" and not _planned(tok):
            orgs = [o for p in _prep_objs(tok, "to") for o in _orgs(ctx, [p]) or _bloc_referred(ctx, p)
                    if o.type == "InternationalOrganization"]
            for m in _member_states(ctx, tok) if orgs else []:
                for o in orgs:
                    yield ctx.claim("memberOf", m, o, tok, "membership-return", 0.5, membershipStatus="member")
        # "Syldavia keeps 2,500 troops in Borduria as part of the coalition against X": it is in the coalition
        if lemma == "part" and tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.pos_ in ("VERB", "AUX"):
            # (a coalition: troops serving as part of a peacekeeping mission do not make their state a member)
            blocs = [o for o in _orgs(ctx, _prep_objs(tok, "of")) if o.type in _ORG_TYPES and "coalition" in o.label.lower()]
            for m in _member_states(ctx, tok.head.head) if blocs else []:
                for o in blocs:
                    yield ctx.claim("memberOf", m, o, tok, "membership-part-of", 0.5, membershipStatus="member")
        # "Somalia was admitted, joining Kenya and six other states in the regional bloc": they are in it
        if tok.pos_ == "VERB" and _is(tok, JOIN_VERBS) and _children(tok, "dobj") \
                and not _orgs(ctx, _children(tok, "dobj")):
            joined = [x for o in _children(tok, "dobj") for x in _with_conj(o)]
            blocs = [o for p in _prep_objs(tok, "in") + [x for j in joined for x in _prep_objs(j, "in")]
                     for o in _bloc_named_by(ctx, p)]
            for m in _ents(ctx, joined, want="state", types=("State",)) if blocs else []:
                for o in blocs:
                    yield ctx.claim("memberOf", m, o, tok, "membership-join-in", 0.5, membershipStatus="member")
        # "In September they signed a mutual defence pact, the Alliance of Sahel States": the signers are members
        if tok.pos_ == "VERB" and lemma == "sign":
            pacts = [d for d in _children(tok, "dobj") if _is(d, AGREEMENT_NOUNS)]
            blocs = [o for o in _orgs(ctx, _pact_names(tok, pacts[0]) if pacts else [])
                     if o.type == "InternationalOrganization"]
            for m in _member_states(ctx, tok) if blocs else []:
                for o in blocs:
                    yield ctx.claim("memberOf", m, o, tok, "membership-signed-founding-pact", 0.5, membershipStatus="member")
        # "the bloc, which expanded this year to include A, B and C", "the alliance now includes A"
        if tok.pos_ == "VERB" and lemma in ("include", "admit") and (
                tok.head.lemma_.lower() in _GROW_VERBS or tok.lemma_.lower() == "admit"):
            holder = tok.head if tok.head.lemma_.lower() in _GROW_VERBS else tok
            subj = _subjects(holder)
            orgs = _orgs(ctx, subj) or _orgs(ctx, [o for s_ in subj for o in _prep_objs(s_, "of")])
            states = _ents(ctx, [x for o in _children(tok, "dobj") for x in _with_conj(o)], want="state",
                           types=_STATEISH)
            for m in states:
                for o in orgs:
                    yield ctx.claim("memberOf", m, o, tok, "membership-include", 0.5, membershipStatus="member")
        # "A, B and C signed a charter, founding a pact called the X": the founders are members
        if tok.pos_ == "VERB" and lemma in _FOUND_VERBS:
            named = [n for o in _children(tok, "dobj") for n in [o] + [g for a in _children(o, "acl")
                     if a.lemma_.lower() in ("call", "name", "know") for g in _children(a, "oprd", "attr", "dobj")]]
            orgs = [o for o in _orgs(ctx, named) if o.type == "InternationalOrganization"]
            founders = _member_states(ctx, tok)
            if not founders and tok.tag_ == "VBG" and tok.dep_ in ("advcl", "acl", "conj"):
                founders = _member_states(ctx, tok.head)
            if not orgs and tok.dep_ == "relcl" and _prep_objs(tok, "with"):
                # "the X Committee, a regional body that it formed in 2010 with A, B and C": the partners
                # named in the with-phrase are founding members of the body the clause describes
                body = tok.head
                orgs = [o for o in _orgs(ctx, [body]) if o.type == "InternationalOrganization"]
                if not orgs and body.dep_ == "appos" and ctx.res.entity_at(body.i) is None:
                    # "the X Committee (XC), a regional body that ...": the name just before the apposition
                    # (read off the tokens: the parser may hang the apposition on another noun)
                    j = body.left_edge.i - 1
                    if j >= 0 and ctx.doc[j].text == ",":
                        j -= 1
                    if j >= 0 and ctx.doc[j].text == ")":
                        j = next((k for k in range(j - 1, max(j - 8, -1), -1) if ctx.doc[k].text == "("), j) - 1
                    # (a body the gazetteer lacks is an Organization: the noun 'body' says it is an intergovernmental one)
                    orgs = [o for o in _orgs(ctx, [ctx.doc[j]]) if o.type == "InternationalOrganization" or
                            body.lemma_.lower() in _BLOC_NOUNS | {"body", "committee", "council", "force"}] if j >= 0 else []
                founders = _ents(ctx, [x for w in _prep_objs(tok, "with") for x in _with_conj(w)], want="state",
                                 types=("State",)) if orgs else []
            for m in founders:
                for o in orgs:
                    yield ctx.claim("memberOf", m, o, tok, "membership-founded", 0.5, membershipStatus="member")
        # "Syldavia was admitted to the X bloc"
        if tok.pos_ == "VERB" and lemma == "admit" and _children(tok, "nsubjpass"):
            for m in _ents(ctx, [x for s_ in _children(tok, "nsubjpass") for x in _with_conj(s_)], want="state",
                           types=("State",)):
                for o in _orgs(ctx, _prep_objs(tok, "to", "into")):
                    yield ctx.claim("memberOf", m, o, tok, "membership-admitted-to", 0.6, membershipStatus="member")
        # "X, the security partnership between A, B and C", "X, an alliance of A and B": the named bloc's members
        if tok.pos_ == "NOUN" and lemma in _BLOC_NOUNS | _PARTNERSHIP_NOUNS:
            yield from _bloc_apposition(ctx, tok)
        # "The six-member bloc groups A, B, C and D": a bloc's verb of composition and a list of states
        # (read off the tokens: the tagger often takes "groups" or "unites" for a noun here)
        if tok.lower_ in _COMPOSE_WORDS and tok.i >= 1:
            yield from _bloc_list(ctx, tok)
        # "X, which holds a non-permanent seat on the U.N. Security Council": a member of the body
        if lemma == "seat" and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("hold", "have", "win", "take"):
            for m in _member_states(ctx, tok.head):
                for o in _orgs(ctx, _prep_objs(tok, "on", "in")):
                    yield ctx.claim("memberOf", m, o, tok, "membership-seat", 0.6, membershipStatus="member")
        # "Syldavia belongs to the X bloc"
        if tok.pos_ == "VERB" and lemma == "belong":
            for m in _member_states(ctx, tok):
                for o in _orgs(ctx, [x for p in _prep_objs(tok, "to") for x in _with_conj(p)]):
                    yield ctx.claim("memberOf", m, o, tok, "membership-belong", 0.6, membershipStatus="member")
        # "the Szprod-led Customs Union": the leader is a member
        if tok.lower_ in ("led", "-led") or tok.lower_.endswith("-led"):
            org = next(iter(_orgs(ctx, [tok.head])), None)
            lead = None
            for c in tok.children:
                lead = lead or ctx.res.resolve(c, want="state")
            if tok.i > 0 and lead is None:
                prev = ctx.doc[tok.i - 1] if ctx.doc[tok.i - 1].text != "-" else ctx.doc[tok.i - 2]
                lead = ctx.res.as_state(ctx.res.entity_at(prev.i)) if ctx.res.entity_at(prev.i) else None
            if org is not None and lead is not None and org.type in ("InternationalOrganization", "Organization"):
                yield ctx.claim("memberOf", lead, org, tok, "membership-led", 0.6, modality="asserted", membershipStatus="member")
        # "member of X", "X member states"
        if _is(tok, MEMBERSHIP_NOUNS) and tok.pos_ == "NOUN":
            # "a member of X and of Y"
            of = _prep_objs(tok, "of") + [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                                          for c in p.conjuncts for o in _children(c, "pobj")]
            if tok.dep_ == "attr":      # "is a member of X and of Y" with the second 'of' on the verb
                of += [o for c in tok.head.children if c.dep_ == "conj" and c.lower_ == "of" for o in _children(c, "pobj")]
            orgs = _orgs(ctx, [x for o in of for x in _with_conj(o)]) or _orgs(
                ctx, [c for c in tok.children if c.dep_ == "compound"])
            if not orgs:        # "a member of the Colombo Security Conclave": a body the tagger missed
                orgs = [b for o in of if o.pos_ == "PROPN" for b in [_proper_body(o)] if b is not None]
            if not orgs:        # "founding members of the bloc": the bloc told just before
                orgs = [b for o in of for b in _bloc_named_by(ctx, o)]
            members = []
            if tok.dep_ in ("attr",) or tok.dep_ == "dobj" and tok.head.lower_ == "founding":
                # "X and Y are (founding) members of Z" (the parser may make 'founding' the verb)
                subj = _subjects(tok.head)
                members = _ents(ctx, subj, want="state", types=_STATEISH) or [
                    p for s_ in subj for p in (_the_two(ctx, s_) or []) if p.type == "State"] or [   # "both countries"
                    p for s_ in subj for p in _whose_country(ctx, s_)] or [
                    # "Both Gulf producers are members of X": the two states the article is about
                    p for s_ in subj if s_.tag_ == "NNS" and ctx.res.entity_at(s_.i) is None
                    and any(c.lower_ == "both" for c in s_.children) and not _is(s_, ROLE_NOUNS | _PERSON_GROUP_NOUNS)
                    for p in _two_main_states(ctx, s_)]
                # "X, along with A, B and C, is a member of Z"
                members += _ents(ctx, [x for s_ in subj + [tok.head] for w in _along_with(s_) for x in _with_conj(w)],
                                 want="state", types=_STATEISH)
                # "the X bloc, of which Y is the largest member"
                which = [t for p in tok.head.children if p.dep_ == "prep" for t in p.children if t.lower_ == "which"]
                if not orgs and tok.head.dep_ == "relcl" and which:
                    # the antecedent is the phrase just before ", of which" (the parser may attach it higher)
                    before = [t for t in ctx.doc[tok.sent.start:which[0].i] if t.pos_ in ("NOUN", "PROPN")]
                    orgs = _orgs(ctx, before[-1:]) or _orgs(ctx, [tok.head.head])
                    if not orgs and tok.head.head.i in {t.i for t in before[-3:]} and ctx.res.entity_at(before[-1].i) is not None:
                        # "the coalition against X (Y), of which Z is a member": not the enemy it is against
                        orgs = next((o for t in reversed(before[-5:-1]) for o in [_orgs(ctx, [t])] if o), [])
            if not orgs and tok.dep_ == "attr" and (tok.head.lemma_.lower() == "become" or any(
                    c.lower_ == "founding" for c in tok.children)) and not any(c.dep_ == "prep" for c in tok.children):
                # "Syldavia became a member last April", "A and B are both founding members": of the bloc told just before
                orgs = [o for o in [ctx.res.recent(tok.i, ("InternationalOrganization",), window=1)
                                    or _main_bloc(ctx, tok)] if o is not None]
            if tok.dep_ == "appos":
                # "Saudi Arabia and Iran, both OPEC members": each of the pair
                heads = [tok.head] + (list(tok.head.conjuncts) if any(c.lower_ in ("both", "all") for c in tok.children)
                                      or tok.tag_ == "NNS" else [])
                members = _ents(ctx, heads, want="state", types=_STATEISH)
            elif tok.dep_ == "conj" and tok.head.dep_ == "appos":
                # "Benin, a coastal country and a founding member of X,"
                members = _ents(ctx, [tok.head.head], want="state", types=_STATEISH)
            if tok.dep_ == "nsubj" and tok.head.lemma_.lower() == "include" and any(
                    c.lower_ == "whose" for c in tok.children) and tok.head.dep_ == "relcl":
                # "the X Council - whose members include A and B -"
                whose = next(c for c in tok.children if c.lower_ == "whose")
                before = [t for t in ctx.doc[tok.sent.start:whose.i] if t.pos_ in ("NOUN", "PROPN")]
                orgs = _orgs(ctx, [tok.head.head]) or _orgs(ctx, before[-1:])   # (the parser may hang it higher)
                members = _ents(ctx, [x for o in _children(tok.head, "dobj") for x in _with_conj(o)], want="state",
                                types=("State",))
            if tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.lemma_.lower() == "admit":
                members = _ents(ctx, _children(tok.head.head, "nsubjpass"), want="state", types=_STATEISH)
            # "X's members", "the bloc's member states": the owner names the bloc
            if not orgs:
                orgs = [o for c in tok.children if c.dep_ == "poss" for o in _bloc_named_by(ctx, c)]
            nxt = ctx.doc[tok.i + 1] if tok.i + 1 < len(ctx.doc) else None
            if not members and tok.lower_ == "member" and nxt is not None and tok.dep_ in ("compound", "amod", "nmod"):
                st = ctx.res.entity_at(nxt.i)
                if st is not None and st.type == "State" and ctx.res.mention_span(nxt.i).start == nxt.i:
                    # "X member Syldavia", "fellow X and Y member Borduria": the state named right after
                    members, orgs = ([st], _orgs_before(ctx, tok)) if _orgs_before(ctx, tok) else ([], orgs)
                elif (nxt.lemma_.lower() in ("state", "country", "nation") or nxt.lower_ in ("states", "countries", "nations")) \
                        and nxt.dep_ in ("compound", "nsubj", "nsubjpass", "pobj", "dobj", "appos", "attr", "conj"):
                    # "X member states such as A, B and C", "Y member states A, B and C"
                    orgs = orgs or _orgs_before(ctx, tok)
                    # "Six member states - A, B, C and D - were barred from the summit": the list set off
                    # after the noun; the bloc is the one named before 'member' or the one the text is about
                    dashed = _dashed_state_list(ctx, nxt)
                    members = dashed or _listed_states(ctx, nxt) or (
                        _ents(ctx, _with_conj(nxt.head), want="state", types=("State",))
                        if nxt.dep_ == "compound" else [])     # (the parser compounds 'states' into the first name)
                    if dashed:
                        if not orgs and not _prep_objs(nxt, "of"):
                            orgs = _only_bloc(ctx, tok)
            if not members and tok.dep_ == "dobj" and tok.head.lemma_.lower() == "have":
                # "The alliance has 32 members, including A, B and C"
                orgs = orgs or [o for s_ in _subjects(tok.head) for o in _bloc_named_by(ctx, s_)]
                members = _listed_states(ctx, tok)
            if not members and orgs and tok.tag_ == "NNS":
                # "talks with coalition members, including Syldavia"
                members = [m for m in _listed_states(ctx, tok) if m.key not in {o.key for o in orgs}]
            if not members and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in ("include", "be") \
                    and any(c.dep_ == "poss" and c.lower_ != "whose" for c in tok.children):
                # "the bloc's members include A and B", "X's members are A, B and C"
                members = _ents(ctx, [x for o in _children(tok.head, "dobj", "attr") for x in _with_conj(o)],
                                want="state", types=("State",))
            if not members and tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
                    tok.head.head.lower_ in ("one", "last", "first", "two", "three", "four", "five", "some", "among")
                    or tok.head.head.ent_type_ == "ORDINAL"):
                # "Syldavia, one of the five members of X", "A and B, the last of X's members to approve it"
                holder = tok.head.head
                if holder.dep_ == "appos":
                    members = _ents(ctx, _with_conj(holder.head), want="state", types=("State",))
                elif holder.dep_ == "attr":
                    members = _ents(ctx, [x for s_ in _subjects(holder.head) for x in _with_conj(s_)], want="state",
                                    types=("State",))
            # "has resisted repeated calls to become a full member", "was invited to become a member": invited
            # (the parser may hang 'to become' on the verb before the noun: read the word before 'to')
            invited = tok.dep_ == "attr" and tok.head.lemma_.lower() == "become" and (any(
                a.lemma_.lower() in INVITE_WORDS | _INVITATION_NOUNS for a in list(tok.head.ancestors)[:3]) or (
                tok.head.i >= 2 and ctx.doc[tok.head.i - 1].lower_ == "to"
                and ctx.doc[tok.head.i - 2].lemma_.lower() in INVITE_WORDS | _INVITATION_NOUNS))
            for m in members:
                for o in orgs:
                    yield ctx.claim("memberOf", m, o, tok, "membership-member-of", 0.6,
                                    modality="asserted" if invited else None,
                                    membershipStatus="invited" if invited else "member")
        # "The bloc granted candidate status to Syldavia and Ruritania" when the parser takes 'granted' for an adjective
        if lemma == "status" and tok.pos_ == "NOUN" and any(c.lower_ in ("candidate", "candidacy") for c in tok.children):
            granted = [c for c in tok.children if c.dep_ == "amod" and c.lemma_.lower() in ("grant", "granted", "give", "award")]
            if granted:
                org = next(iter(_orgs(ctx, [x for g in granted for x in g.children])), None) or \
                    ctx.res.recent(tok.i, ("InternationalOrganization",), window=0)
                for m in _ents(ctx, _prep_objs(tok, "to"), want="state", types=("State",)) if org is not None else []:
                    yield ctx.claim("memberOf", m, org, tok, "membership-candidate-status", 0.5, modality="asserted",
                                    membershipStatus="candidate")
        # "Syldavia was granted candidate status, together with Ruritania": for the bloc told just before
        if lemma == "status" and tok.pos_ == "NOUN" and any(c.lower_ in ("candidate", "candidacy") for c in tok.children) \
                and tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("grant", "give", "award", "obtain", "receive", "win"):
            verb = tok.head
            who = _children(verb, "nsubjpass") if verb.lemma_.lower() in ("grant", "give", "award") else _children(verb, "nsubj")
            who += [x for w in _prep_objs(verb, "with") for x in _with_conj(w)]
            granter = []
            if verb.lemma_.lower() in ("grant", "give", "award") and not _children(verb, "nsubjpass"):
                # "The bloc granted candidate status to A and B": the recipients, and the granter is the bloc
                who += _prep_objs(verb, "to") + [d for d in _children(verb, "dative") if d.pos_ != "ADP"]
                granter = _orgs(ctx, _subjects(verb))
            org = next(iter(_orgs(ctx, _prep_objs(tok, "for", "of", "in")) + granter), None) or \
                ctx.res.recent(tok.i, ("InternationalOrganization",), window=1)
            if org is not None and not _planned(verb):
                for m in _ents(ctx, [x for w in who for x in _with_conj(w)], want="state", types=("State",)):
                    yield ctx.claim("memberOf", m, org, tok, "membership-candidate-status", 0.5, modality="asserted",
                                    membershipStatus="candidate")
        # "X is a candidate for membership of Y", "X's participation in Y"
        if tok.pos_ == "NOUN" and lemma in ("candidate", "participation", "membership", "bid", "application"):
            inner = [g for o in _prep_objs(tok, "for", "to") if o.lemma_.lower() in ("membership", "accession")
                     for g in _prep_objs(o, "of", "in", "to") + _children(o, "compound")]   # "for EU membership"
            orgs = _orgs(ctx, inner + _prep_objs(tok, "in", "of", "to"))
            members = _ents(ctx, [c for c in tok.children if c.dep_ == "poss"], want="state", types=_STATEISH)
            if tok.dep_ == "attr":
                members += _ents(ctx, _subjects(tok.head), want="state", types=_STATEISH)
                if members and lemma == "candidate":
                    # "X has been a candidate for membership of the bloc since 2022, along with Y": Y too
                    members += _ents(ctx, [x for w in _along_with(tok.head) + _along_with(tok) for x in _with_conj(w)],
                                     want="state", types=_STATEISH)
            gov = tok.head.lemma_.lower() if tok.dep_ == "dobj" else ""
            status = ("left" if gov in ("suspend", "end", "quit", "halt", "terminate") else
                      "candidate" if lemma in ("candidate", "bid", "application") else "member")
            for m in members:
                for o in orgs:
                    yield ctx.claim("memberOf", m, o, tok, f"membership-{lemma}", 0.5, modality="asserted",
                                    membershipStatus=status)


# ---------------------------------------------------------------------------------------------
# hostilities

# Parts of a noun phrase that are not the phrase itself: clauses, appositions, coordinated phrases.
_NP_DROP = ("relcl", "acl", "appos", "advcl", "conj", "cc", "prep")


def _killed_in(ctx, tok):
    """A death toll attached to an attack: 'an attack that killed nearly 50 people', '..., killing four'."""
    for t in list(tok.subtree) + [t for t in tok.sent if t.tag_ == "VBG" and t.i > tok.i and t.dep_ == "advcl"]:
        if _is(t, KILL_VERBS) and t.pos_ == "VERB":
            for o in _children(t, "dobj", "nsubjpass"):
                n = _count(o) or (parse_quantity(o.text) if o.pos_ == "NUM" else None)
                if n is not None:
                    return n.value
    return None


_HABITUAL = frozenset("regularly often frequently usually sometimes periodically repeatedly routinely".split())


def _temporal_clause_date(ctx, tok):
    """'After X happened on May 1, Y began ...': the date of a temporal clause anchors the event."""
    head = _clause_head(tok)
    for adv in _children(head, "advcl"):
        if any(m.dep_ == "mark" and m.lower_ in ("after", "when", "as", "once") for m in adv.children):
            for t in adv.subtree:
                if t.ent_type_ == "DATE" and t.ent_iob_ == "B":
                    d = _date_at(ctx, t)
                    if d is not None:
                        return d
    return None


def _targets(ctx, toks):
    """What an attack hits: named actors or places, else the phrase ('the port of X', 'an army base');
    and the place the phrase names ('of X', 'in X')."""
    targets, place = [], None
    # "storming two of the capital's prisons": what was counted
    toks = [next(iter(_prep_objs(o, "of")), o) if o.pos_ == "NUM" else o for o in toks]
    for o in toks:
        if o.lemma_.lower() == "capital" and ctx.res.entity_at(o.i) is None and _named_by_class_noun(o) is not o:
            o = _named_by_class_noun(o)     # "seize the capital, Klow": the city, not its state
            targets += _ents(ctx, [o], want="place", types=_PLACES)
            continue
        known = [n for x in [o] + _prep_objs(o, "of") for a in _children(x, "acl")
                 if a.lemma_.lower() in ("know", "call", "name") for n in _prep_objs(a, "as")]
        if known and ctx.res.entity_at(o.i) is None:
            # "a rival group known as the 33rd Front": the name it goes by
            name = phrase_text(known[0], drop=_NP_DROP)
            targets += _ents(ctx, known[:1], types=_ACTORS) or [Entity("organization-" + _slug(name), name, "Organization")]
            continue
        named = [c for c in o.children if c.dep_ == "compound" and ctx.res.entity_at(c.i) is not None
                 and ctx.res.entity_at(c.i).type not in ("State", "City")]
        owner = next((ctx.res.resolve(c, want="state") for c in o.children if c.dep_ == "poss"), None) \
            if o.pos_ == "NOUN" and _is(o, ADMIN_AREA_NOUNS | _PLACE_CLASS_NOUNS) else None
        if owner is not None and owner.type == "State":
            # "invaded Syldavia's Zelen region": the state is hit, in that region (the gazetteer's or the text's)
            targets.append(owner)
            area = ctx.res.resolve(o, want="place") if ctx.res.entity_at(o.i) is not None else next(
                (ctx.res.resolve(c, want="place") for c in o.children if c.dep_ in ("compound", "amod")
                 and ctx.res.entity_at(c.i) is not None), None)
            place = place or (area if area is not None and area.type in _LOCATABLE else owner)
        elif ctx.res.entity_at(o.i) is not None:
            # a region no state of the gazetteer holds stands for itself ("control of Nagorno-Karabakh")
            found = _ents(ctx, [o], want="state", types=_ACTORS + _PLACES) or _ents(ctx, [o], want="place", types=_PLACES)
            targets += found
            # "seized Klow", "shelled Klow": the city stands for its state as the target, and is where it happened
            town = ctx.res.resolve(o, want="place")
            if place is None and town is not None and town.type in ("City", "Region") and found \
                    and all(t.key != town.key and t.type == "State" for t in found):
                place = town
        elif _is(o, {"island"}) and o.pos_ == "NOUN" and _definite_bare(o) and _island_before(ctx, o) is not None:
            # "invaded the island": the island state or region named in the sentences before
            targets.append(_island_before(ctx, o))
            place = place or targets[-1]
        elif o.lemma_.lower() in _TOWN_NOUNS and o.pos_ == "NOUN" and _definite_bare(o) and _the_town(ctx, o) is not None:
            # "bombed the town", "a strike on the atoll": the town named in the sentences before
            targets.append(_the_town(ctx, o))
            place = place or targets[-1]
        elif _is(o, FACILITY_NOUNS) and o.pos_ == "NOUN" and _definite_bare(o) and _the_named_facility(ctx, o):
            # "fired missiles at the base": the one base the article names
            targets.append(_the_named_facility(ctx, o))
            place = place or targets[-1]
        elif named and o.pos_ == "NOUN":    # "strikes against Brotherhood targets": the group is the target
            targets += _ents(ctx, named, types=_ACTORS)
        elif o.pos_ == "NOUN" and not _is(o, BORDER_NOUNS) and o.ent_type_ != "DATE" and (
                not _pronoun_owned(o) or _is(o, _SITE_NOUNS | FACILITY_NOUNS)) and (
                any(c.dep_ in ("det", "poss", "amod") for c in o.children) or o.tag_ == "NNS"):
            # "stormed its embassy in Klow": the embassy (not the pronoun) was hit
            text = phrase_text(o, drop=_TARGET_DROP + (("poss",) if _pronoun_owned(o) else ()))
            targets.append(Entity("target-" + _slug(text), text,
                                  "Place" if _is(o, FACILITY_NOUNS | _SITE_NOUNS) else "Organization"))
        # "the port of X", "crossings between X and Y", "a tower at its headquarters in X"
        for q in _prep_objs(o, "of", "in", "near", "outside", "between") + [
                r for a in _prep_objs(o, "at") if ctx.res.entity_at(a.i) is None for r in _prep_objs(a, "in")] + [
                r for a in _prep_objs(o, "of") for r in _prep_objs(a, "in")] + [   # "the studios of X in Klow"
                r for a in _prep_objs(o, "along", "on") if _is(a, BORDER_NOUNS) for r in _prep_objs(a, "in")]:
            # "posts along the border in the Zelen district": the district is where the posts are
            q = _named_by_class_noun(q)
            p = (_area_name(ctx, q) if _is(q, ADMIN_AREA_NOUNS) and q.pos_ == "NOUN" else None) \
                or _longer_name(ctx, q) or ctx.res.resolve(q, want="place")     # "in Syldavia's Zelen province"
            p = p or _the_city(ctx, q)     # "the embassy in the city": the city named before
            if (p is None or p.type == "Person") and q.pos_ == "PROPN" and q.head.lower_ == "in" \
                    and _is(o, FACILITY_NOUNS | _SITE_NOUNS | {"post"}):
                # "an army post in Mir Ali": a name after a site's 'in' is a place, whatever the tagger took it for
                p = Entity("place-" + _slug(phrase_text(q, drop=_NP_DROP)), phrase_text(q, drop=_NP_DROP), "Place")
            if p is not None and p.type in _PLACES and place is None:
                place = p
        # "the capital's largest prisons": in the capital of the state the story is about
        place = place or next((_the_city(ctx, c) for c in o.children if c.dep_ == "poss"
                               and c.lemma_.lower() == "capital"), None)
        # "a column of rebels that had crossed into Ruritania": where the target was
        for rc in _children(o, "relcl", "acl") + [r for q in _prep_objs(o, "of") for r in _children(q, "relcl", "acl")]:
            for q in _prep_objs(rc, "into", "in"):
                p = ctx.res.resolve(_named_by_class_noun(q), want="place")
                if p is not None and p.type in _PLACES and place is None:
                    place = p
    return targets, place


# Nouns that take up a town named before: "X ... a strike on the town".
_TOWN_NOUNS = frozenset("town city village atoll".split())


def _the_town(ctx, tok):
    """'the town', 'the village', 'the atoll' with no name: the city named last in this sentence or the two
    before, or a place the article called a town of that kind ('the town of Klow', 'near Klow')."""
    kind = tok.lemma_.lower()
    called = {m.entity.key for m in ctx.res.mentions if m.start < tok.i and ctx.doc[m.end - 1].dep_ == "pobj"
              and ctx.doc[m.end - 1].head.lower_ == "of" and ctx.doc[m.end - 1].head.head.lemma_.lower() == kind}
    s = ctx.res.sentence_of(tok.i)
    return next((m.entity for m in reversed(ctx.res.mentions) if m.start < tok.i and s - m.sent <= 2
                 and (m.entity.type == "City" or m.entity.key in called)), None)


def _island_before(ctx, tok):
    """The last state or region named in the two sentences before tok's ('Zelen ... the island')."""
    s = ctx.res.sentence_of(tok.i)
    return next((m.entity for m in reversed(ctx.res.mentions) if m.entity.type in ("State", "Region")
                 and 0 < s - m.sent <= 2), None)


def _definite_bare(tok) -> bool:
    """'the base', 'this facility': a definite noun with nothing that names or places it."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children) and not any(
        c.dep_ in ("compound", "poss", "prep", "appos", "relcl", "acl", "amod", "nmod") for c in tok.children)


# Nouns for what a strike hits, standing for the state they are in: "60 targets in X".
_GENERIC_TARGETS = frozenset("target targets site sites position positions location locations".split())


def _struck_state(ctx, objs, targets, place):
    """'struck 60 targets in Ruritania', 'strikes on sites in Ruritania': the state is what was struck
    (not when the targets are named: 'strikes on Brotherhood targets in Ruritania')."""
    state = place if place is None or place.type == "State" else ctx.res.country_of(place)
    if state is not None and objs and all(_is(o, _GENERIC_TARGETS) and ctx.res.entity_at(o.i) is None for o in objs):
        named = [t for t in targets if not t.key.startswith("target-")]
        return named or [state]     # "struck targets inside Ruritania's Zelen province": Ruritania was struck
    return targets
_TARGET_DROP = ("relcl", "acl", "appos", "advcl", "conj", "cc")


def _attackers(ctx, toks):
    """Who attacks: named actors; a demonym on a weapon or force ('Bordurian drones'); unnamed fighters,
    which stand for the armed group named just before when definite ('the militants')."""
    people = [t for t in toks if t.ent_type_ == "NORP" and t.tag_ in ("NNS", "NNPS")
              and any(c.dep_ in ("nummod", "amod") and c.ent_type_ != "NORP" for c in t.children)]
    # "some 30 heavily armed Borduri": a band of people, not their state
    out = [ctx.res.phrase_entity(t, "ArmedGroup") for t in people]
    out += _ents(ctx, [t for t in toks if t not in people], want="state", types=_ACTORS)
    if out:
        return out
    # "Nato aircraft", "Wagner troops": the body named on the weapon or force
    out = _ents(ctx, [c for t in toks if _is(t, WEAPON_NOUNS | TROOP_NOUNS) for c in t.children
                      if c.dep_ == "compound" and ctx.res.entity_at(c.i) is not None], want="state", types=_ACTORS)
    if out:
        return out
    for t in toks:
        # "armed men", "the Iran-backed militant group": a band named by what it is
        band = _is(t, _BAND_NOUNS) and any(c.dep_ in ("amod", "compound") and (c.lower_ == "armed" or _is(c, FIGHTER_NOUNS)
                                                                              or c.lower_.endswith("-backed"))
                                           for c in t.children)
        if (_is(t, FIGHTER_NOUNS) or band) and t.pos_ == "NOUN":
            # "the militant group Hezbollah": the name set beside it
            named = next((e for c in t.children if c.dep_ in ("appos", "compound") and c.i > t.i
                          for e in _ents(ctx, [c], types=("ArmedGroup", "Organization"))), None)
            if named is None and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in t.children):
                named = ctx.res.recent(t.i, ("ArmedGroup",), window=2, prefer_subject=True)  # "its fighters"
            if named is None:       # "fighters of the Brotherhood": the group
                named = next((e for o in _prep_objs(t, "of") for e in _ents(ctx, [o], types=("ArmedGroup", "Organization"))), None)
            if named is None and t.dep_ == "appos":     # "X, the armed group that ...": X
                named = next(iter(_ents(ctx, [t.head], types=("ArmedGroup", "Organization"))), None)
            if named is None and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in t.children):
                named = ctx.res.recent(t.i, ("ArmedGroup",), window=3, prefer_subject=True) or _main_group(ctx, t)
            out.append(named or ctx.res.phrase_entity(t, "ArmedGroup"))
        elif _is(t, _BAND_NOUNS) and t.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
            # "attacks by the group": the armed group named before (the subject first)
            named = ctx.res.recent(t.i, ("ArmedGroup",), window=3, prefer_subject=True)
            if named is not None:
                out.append(named)
    return out


# Verbs whose subject starts a war or fighting: "the war that broke out in April".
_OUTBREAK_VERBS = frozenset("break erupt begin start flare".split())


def _toll_to_last_hostility(ctx, tok, killed):
    """'The fighting killed four people': the toll of the hostility told in the sentence or two before.
    'The conflict has since killed 3,000 people' is the toll of the whole war, not of its last event."""
    verb = tok.head
    if _is(tok, _WAR_NOUNS) and (any(c.lower_ in ("has", "have") and c.dep_ == "aux" for c in verb.children)
                                 or any(c.lower_ == "since" for c in verb.children)):
        return
    lo = ctx.doc[_sentences_before(tok)].idx
    # the last hostility named by the same word ("the strikes" after "X struck"), else one just before
    same = [k for k, c in enumerate(ctx.claims) if c.predicate == "attacked" and c.start < tok.sent.start_char
            and c.extractor.split("+")[0].rsplit("-", 1)[-1] in (tok.lemma_.lower(), tok.lower_)]
    near = [k for k, c in enumerate(ctx.claims) if c.predicate == "attacked" and lo <= c.start < tok.sent.start_char]
    ks = same or near
    if not ks:
        return
    last = ctx.claims[ks[-1]].start
    for k in ks:        # every side of that one event
        c = ctx.claims[k]
        if c.start == last and c.arg("killed") is None:
            ctx.claims[k] = c.with_roles(killed=killed)


# Nouns for a whole war or conflict, not one strike: parties fight "between" each other, and a toll
# told for it since it began is the war's, not the last strike's.
_WAR_NOUNS = frozenset("war wars conflict fighting clash clashes hostilities insurgency violence".split())
# Event nouns whose 'of' phrase is what was hit: "the invasion of X", "the shelling of Y".
_OF_TARGET_NOUNS = frozenset("invasion occupation bombing bombardment shelling siege blockade".split())
# Nouns that hold a run of strikes: "a wave of airstrikes".
_SERIES_NOUNS = frozenset("wave series barrage string spate volley round salvo".split())
# Verbs whose object is an attack the subject carries out.
_LAUNCH_VERBS = frozenset("begin launch start carry conduct stage unleash mount wage waged claim".split())
# Verbs of a force moving into a place: with troops or fighters for subject, an incursion.
_INCURSION_VERBS = frozenset("push cross march advance move roll pour sweep".split())
# Verbs of taking a place by force.
_CAPTURE_VERBS = frozenset("seize capture recapture retake overrun".split())
# Nouns of arms that an attack noun may qualify: "the attack drone", "an attack submarine".
_ARMS_NOUNS = frozenset("submarine submarines helicopter helicopters boat boats vessel vessels craft".split())
# Verbs whose infinitive tells an event, not an aim: "began to shell X".
_ASPECT_VERBS = frozenset("begin start continue resume keep".split())
# Verbs whose subject undergoes the attack that is their object: "has suffered repeated attacks".
_SUFFER_VERBS = frozenset("suffer face endure withstand repel repulse".split())
# Nouns for a band of armed people named by what they are: "armed men", "the militant group".
_BAND_NOUNS = frozenset("man men group groups militia militias movement".split())


def _last_hostility_date(ctx, tok):
    """The date of the hostility told in the two sentences before, when the text gave it one: an undated
    incident told right after it belongs to it ('Five soldiers were killed when ...')."""
    lo = ctx.doc[_sentences_before(tok)].idx
    last = next((c for c in reversed(ctx.claims) if c.predicate == "attacked" and lo <= c.start < tok.sent.start_char), None)
    if last is None or last.extractor.endswith(_ARTICLE_DATED):
        return None
    return last.arg("date")


def _pronoun_owned(tok) -> bool:
    """'her country', 'our border': a phrase owned by a pronoun names no target or place by itself."""
    return any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in tok.children)


def _main_group(ctx, tok):
    """'the militant group' far from any name: the armed group the article has named most so far."""
    seen = {}
    for m in ctx.res.mentions:
        if m.start < tok.i and m.entity.type == "ArmedGroup":
            seen[m.entity.key] = (seen.get(m.entity.key, (0, None))[0] + 1, m.entity)
    return max(seen.values(), key=lambda x: x[0])[1] if seen else None


def _shifted_date(ctx, tok) -> EventDate | None:
    """'(X said on Tuesday,) two days after militants stormed a base', 'X flew to Klow in late August, a month
    after he met Y': the clause is dated from the one it hangs on (the day told last before 'N days after',
    else the main clause's date), the given number of days, weeks, months or years before ('after') or after
    ('before') it."""
    c = tok if tok.pos_ in ("VERB", "AUX") else next((a for a in tok.ancestors if a.pos_ == "VERB"), tok)
    units = ("day", "week", "month", "year")
    unit = next((u for u in c.children if u.dep_ == "npadvmod" and u.lemma_.lower() in units), None)
    if unit is None and c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("after", "before") for m in c.children):
        # "X arrived on Tuesday, 25 years to the day after Y bombed Z": the parser hangs the span on the main verb
        marks = [m for m in c.children if m.dep_ == "mark" and m.lower_ in ("after", "before")]
        unit = next((u for u in list(c.head.children) + [x for m in marks for x in m.children]
                     if u.dep_ == "npadvmod" and u.lemma_.lower() in units and u.i < c.i), None)
        before = c.doc[marks[0].i - 1] if marks and marks[0].i > 0 else None
        if unit is None and before is not None and before.lemma_.lower() in units:
            unit = before   # "... by 188 votes to six, three days after X travelled": the span parsed apart
    mark = next((m for m in list(c.children) + (list(unit.children) if unit is not None else [])
                 if m.dep_ in ("mark", "prep") and m.lower_ in ("after", "before")), None)
    if c.dep_ not in ("advcl", "conj") or mark is None or unit is None:
        return None
    n = _unit_count(unit)
    if n is None:
        return None
    told = [d for e in tok.sent.ents if e.label_ == "DATE" and e.end <= unit.i and unit.i not in range(e.start, e.end)
            for d in [_date_at(ctx, tok.doc[e.start])] if d is not None and d.precision == "day"]
    for e in tok.sent.ents:     # "on Tuesday, 25 years to the day after": one entity for the day and the span
        if e.label_ == "DATE" and e.start < unit.left_edge.i <= e.end and not told:
            d = normalise(tok.doc[e.start:unit.left_edge.i].text.strip(" ,"), ctx.article.date)
            told = [d] if d is not None and d.precision == "day" else []
    base = told[-1] if told else _date_near(ctx, c.head)
    if base is None and _is(c, ATTACK_VERBS | KILL_VERBS) and _is(c.head, {"come"}):
        base = _story_hostility_date(ctx, c.head)   # "The strikes came two days after militants killed ..."
    to_the_day = any(o.lower_ == "day" for o in _prep_objs(unit, "to"))     # "25 years to the day after"
    return _shift(base, unit.lemma_.lower(), n, -1 if mark.lower_ == "after" else 1, to_the_day)


def _story_hostility_date(ctx, verb) -> EventDate | None:
    """'The strikes came two days after ...': the day of the hostility told just before, else of the last one
    the article dated to the day."""
    return _last_hostility_date(ctx, verb) or next(
        (c.arg("date") for c in reversed(ctx.claims) if c.predicate == "attacked" and c.start < verb.sent.start_char
         and c.arg("date") is not None and c.arg("date").precision == "day" and not c.extractor.endswith(_ARTICLE_DATED)),
        None)


def _unit_count(unit) -> int | None:
    """The number of days, weeks, ... an npadvmod unit counts ('two days', 'a month')."""
    if any(d.lower_ in ("a", "an", "one") for d in unit.children):
        return 1
    # the number nearest the unit ("to six, three days after": three)
    q = next((parse_quantity(d.text) for d in reversed(list(unit.children)) if d.dep_ == "nummod" and d.i < unit.i),
             None)
    return int(q.value) if q is not None else None


def _shifted_noun_date(ctx, tok) -> EventDate | None:
    """'The strikes came two days after a suicide attack on X': the event a noun after 'N days after'
    names is dated from the clause it hangs on (its own date, else the hostility told just before)."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("after", "before") or tok.head.head.pos_ not in ("VERB", "AUX"):
        return None
    prep, verb = tok.head, tok.head.head
    unit = next((u for u in list(prep.children) + list(verb.children) if u.dep_ == "npadvmod"
                 and u.lemma_.lower() in ("day", "week", "month", "year")), None)
    n = _unit_count(unit) if unit is not None else None
    if n is None:
        return None
    # "X applied to join Y last September, seven months after the invasion": the date may sit on the xcomp
    base = _date_near(ctx, verb) or next((d for x in _children(verb, "xcomp") for d in [_date_near(ctx, x)]
                                          if d is not None), None) or _story_hostility_date(ctx, verb)
    return _shift(base, unit.lemma_.lower(), n, -1 if prep.lower_ == "after" else 1)


def _shift(base, kind, n, sign, to_the_day=False) -> EventDate | None:
    """base moved n days, weeks, months or years (sign -1: back), at the precision base allows ('to the
    day': years later on the same day)."""
    if base is None:
        return None
    if to_the_day and kind == "year" and base.precision == "day":
        day = _dt.date.fromisoformat(base.iso)
        year = day.year + sign * n
        return EventDate((day.replace(year=year) if (day.month, day.day) != (2, 29) or year % 4 == 0 and (
            year % 100 != 0 or year % 400 == 0) else day.replace(year=year, day=28)).isoformat(), "day")
    y, mo = (int(x) for x in (base.iso.split("-") + ["1"])[:2])
    if kind in ("day", "week") and base.precision == "day":
        d = _dt.date.fromisoformat(base.iso) + _dt.timedelta(days=sign * n * (7 if kind == "week" else 1))
        return EventDate(d.isoformat(), "day")
    if kind == "month" and base.precision in ("day", "month"):
        k = y * 12 + mo - 1 + sign * n
        return EventDate(f"{k // 12:04d}-{k % 12 + 1:02d}", "month")
    if kind == "year" and base.precision in ("day", "month"):
        return EventDate(f"{y + sign * n:04d}-{mo:02d}", "month")   # "a year after X on 8 May": that May
    if kind == "year":
        return EventDate(f"{y + sign * n:04d}", "year")
    return None


def _raided(verb):
    """What a verb whose clause holds 'in a raid' reached: 'crossed into X', 'regained control of X'."""
    return _prep_objs(verb, "into") + [o for c in _children(verb, "dobj") if c.lemma_.lower() == "control"
                                       for o in _prep_objs(c, "of", "over")]


def _own_date(ctx, tok):
    """A date written on the event noun itself: 'the 1992 war', 'the 1998-2000 border war', 'a war in 1992'."""
    toks = [c for c in tok.children if c.dep_ in ("nummod", "compound", "amod", "npadvmod") and c.ent_type_ == "DATE"]
    toks += [o for o in _prep_objs(tok, "in") if o.ent_type_ == "DATE"]
    for t in toks:
        ent = next((e for e in tok.doc.ents if e.label_ == "DATE" and e.start <= t.i < e.end), None)
        d = normalise(ent.text, ctx.article.date) if ent is not None else None
        if d is not None:
            return d
    return None


def _clause_place(ctx, tok):
    """'Abkhazia, which broke away from Georgia after a war in 1993': the place the clause tells of."""
    for a in tok.ancestors:
        if a.dep_ == "relcl":
            e = ctx.res.resolve(a.head, want="place")
            return e if e is not None and e.type in _PLACES else None
    return None


def _own_attack(verb, tok):
    """True when a kill verb has an attack of its own other than tok: 'killed in a drone attack', 'the
    strike killed'."""
    near = []
    for v in [verb] + list(verb.conjuncts):     # "N were killed and 40 wounded in a drone attack"
        near += list(v.children) + [o for p in v.children if p.dep_ in ("prep", "agent") for o in p.children]
    return any(t.i != tok.i and t.pos_ == "NOUN" and _is(t, ATTACK_NOUNS) for t in near)


def _acting_noun(ctx, noun):
    """Who a noun that a participle acts through is: a named actor, the leader of an 'X-led' body (also
    when the parser splits 'X - led'), else unnamed fighters."""
    named = _ents(ctx, [noun], want="state", types=_ACTORS)
    if named:
        return named
    for c in noun.children:
        lead = ctx.res.led_by(c)
        if lead is None and c.lower_ in ("led", "backed") and c.dep_ == "amod":
            lead = next((ctx.res.as_state(e) or e for x in c.children if x.dep_ in ("npadvmod", "compound", "nmod")
                         for e in [ctx.res.entity_at(x.i)] if e is not None and e.type in _ACTORS), None)
        if lead is not None:
            return [lead]
    return _attackers(ctx, [noun])


def _told_toll(ctx, tok):
    """'the offensive' taking up 'an offensive that has killed 80 people' told in the sentence or two
    before: that event's toll."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children) or tok.tag_ == "NNS":
        return None
    lo = ctx.doc[_sentences_before(tok)].idx
    last = next((c for c in reversed(ctx.claims) if c.predicate == "attacked" and lo <= c.start < tok.sent.start_char
                 and c.extractor.split("+")[0].rsplit("-", 1)[-1] == tok.lemma_.lower()), None)
    return last.arg("killed") if last is not None else None


def _last_attackers(ctx, tok):
    """'Syldavian rockets hit X; one struck a school': the attacker of the hostility told just before
    (in the sentence, else the one before)."""
    lo = ctx.doc[_sentences_before(tok)].idx
    last = next((c for c in reversed(ctx.claims) if c.predicate == "attacked" and c.subject is not None
                 and lo <= c.start <= tok.sent.start_char), None)
    return [last.subject] if last is not None else []


def _killed_in_fighting(tok):
    """'N were killed in clashes': the passive kill verb whose 'in' names the fighting tok, else None."""
    v = tok.head.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "in" and _is(tok, _WAR_NOUNS) and v.pos_ == "VERB" \
            and _is(v, KILL_VERBS) and _children(v, "nsubjpass"):
        return v
    return None


def _kill_toll(ctx, tok):
    """A toll the sentence tells on a kill verb above tok ('As a result of the conflict, 24 citizens were
    killed'; 'N people have been killed in X since the fighting began') and the place it names."""
    for v in tok.ancestors:
        if v.pos_ == "VERB" and _is(v, KILL_VERBS) and not _own_attack(v, tok):
            for o in _children(v, "nsubjpass", "dobj", "nsubj"):
                if o.i == tok.i:
                    continue    # "Its 2010 shelling of X killed four people": the year is no toll
                n = _count(o) or (parse_quantity(o.text) if o.pos_ == "NUM" else None)
                if n is not None:
                    return n.value, next(iter(_place_entities(ctx, _prep_objs(v, "in"))), None)
    return None, None


def _fires_at(tok) -> bool:
    # "a tank fired at a tower", "the group began firing rockets into X"
    return tok.lemma_.lower() == "fire" and bool(_prep_objs(tok, "at", "on", "into")) and all(
        _is(o, WEAPON_NOUNS) for o in _children(tok, "dobj"))


def _weapon_fire(tok) -> bool:
    # "artillery fire in Klow", "heavy rocket fire", "gunfire": fire from weapons is fighting
    return tok.pos_ == "NOUN" and (tok.lower_ == "gunfire" or tok.lemma_.lower() == "fire" and any(
        c.dep_ in ("compound", "amod") and _is(c, WEAPON_NOUNS | {"mortar", "sniper", "machine-gun", "tank"})
        for c in tok.children))


def _invaded_here(ctx, tok, attackers):
    """The state (or the state of a capital) named nearest before an invasion noun with no 'of', else nearest
    after it, in its sentence, other than the invader."""
    keys = {a.key for a in attackers if a is not None}
    near = []
    for m in ctx.res.mentions:
        if tok.sent.start <= m.start < tok.sent.end and m.start != tok.i:
            st = ctx.res.as_state(m.entity) if m.entity.type in ("State", "City") else None
            if st is not None and st.key not in keys and not any(
                    ctx.doc[k].dep_ == "poss" and ctx.doc[k].head.i == tok.i for k in range(m.start, m.end)):
                near.append((m.start > tok.i, abs(m.start - tok.i), st))
    return [min(near, key=lambda x: (x[0], x[1]))[2]] if near else []


# What words, not weapons, attack or target: "attacked the budget plan", "sanctions targeting banks".
_CRITICISED_NOUNS = frozenset("""plan plans policy policies decision decisions deal proposal proposals remarks comments
statement statements record handling bill law reform reforms approach stance strategy idea ideas report ruling
budget speech rhetoric move""".split())
_MEASURE_NOUNS = frozenset("""sanction sanctions measure measures tariff tariffs law laws bill rule rules regulation
regulations ban restriction restrictions policy policies curbs controls campaign ad ads advert""".split())


def _verbal_attack(ctx, tok) -> bool:
    """'X attacked the government's plan', 'X attacked Y over the deal', 'the sanctions target banks': words
    or measures, not arms."""
    lemma = tok.lemma_.lower()
    if lemma == "target" and any(_is(s_, _MEASURE_NOUNS) for s_ in _subjects(tok)):
        return True
    if lemma != "attack":
        return False
    if _prep_objs(tok, "over") or (_prep_objs(tok, "for") and not _prep_objs(tok, "with")):
        return True     # "attacked Y over the deal", "attacked Y for its stance"
    if any(_is(o, {"speech", "interview", "statement", "post", "tweet", "letter", "article", "editorial", "debate"})
           for o in _prep_objs(tok, "in", "during")):
        return True     # "attacked Y in a speech"
    objs = _children(tok, "dobj")
    if any(_is(o, _CRITICISED_NOUNS) for o in objs):
        return True
    subj = [e for s_ in _subjects(tok) for e in [ctx.res.entity_at(s_.i)] if e is not None]
    return bool(subj) and all(e.type == "Person" for e in subj) and bool(objs) and all(
        getattr(ctx.res.entity_at(o.i), "type", None) in ("Person", "Organization") for o in objs)


def _trades_fire(tok) -> bool:
    # "the two armies exchanged fire", "troops traded gunfire with rebels"
    return tok.lemma_.lower() in ("exchange", "trade") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("fire", "gunfire", "shot", "shots", "blow", "blows") for c in tok.children)


def _fire_sides(ctx, toks):
    """The sides of an exchange of fire: named actors, the states of demonyms on forces ('Syldavian and
    Bordurian border guards'), else unnamed fighters."""
    out = []
    for t in toks:
        found = []
        if _is(t, TROOP_NOUNS | {"guard", "guards", "army", "armies", "police", "navy"}):
            found = _ents(ctx, [x for c in t.children if c.dep_ in ("amod", "compound", "poss", "nmod")
                                for x in _with_conj(c)], want="state", types=_STATEISH)
        found = found or _ents(ctx, [t], want="state", types=_ACTORS) or _attackers(ctx, [t])
        if not found and _is(t, TROOP_NOUNS | {"police"}):
            found = [Entity("organization-" + _slug(phrase_text(t, drop=_NP_DROP)), phrase_text(t, drop=_NP_DROP),
                            "Organization")]     # "exchanged fire with police"
        out += [e for e in found if e.key not in {x.key for x in out}]
    return out


# People whose killing by armed men is an attack on them: "troops killed 40 protesters".
_VICTIM_NOUNS = frozenset("""people civilians civilian protesters protester demonstrators villagers residents members
worker workers children women men officers policemen journalists students passengers worshippers""".split())
# Aircraft that can be shot down: "shot down a drone", "downed a helicopter".
_AIRCRAFT_NOUNS = frozenset("""drone drones aircraft plane planes jet jets warplane warplanes helicopter helicopters
airliner airliners fighter-jet bomber bombers""".split())


def _armed_subject(ctx, tok) -> bool:
    # "security forces", "Bordurian troops", "police", "air defences", "the Brotherhood" (an armed group)
    return tok.pos_ in ("NOUN", "PROPN") and _is(tok, TROOP_NOUNS | FIGHTER_NOUNS | {
        "police", "army", "defences", "defenses", "military"}) or getattr(ctx.res.entity_at(tok.i), "type", None) == "ArmedGroup"


def _armed_kill(ctx, tok) -> bool:
    """'Security forces killed hundreds of protesters', 'troops killed five gang members in clashes': armed men
    killing people (not 'the strike killed', told as the strike's toll; not 'floods killed')."""
    if tok.lemma_.lower() != "kill" or _children(tok, "nsubjpass") or tok.tag_ == "VBG" and tok.dep_ == "advcl":
        return False
    if tok.dep_ == "relcl" and any(_is(n, ATTACK_NOUNS) for n in [tok.head] + [
            a for a in tok.head.ancestors if a.i < tok.i and a.pos_ in ("NOUN", "ADP")]):
        return False    # "the attack on X, in which gunmen killed 145 people": the attack tells it, with its toll
    if any(a.lemma_.lower() == "claim" and any(_is(o, {"responsibility", "attack", "attacks"}) for o in _children(a, "dobj"))
           for a in tok.ancestors):
        return False    # "X claimed responsibility, saying its fighters had killed 30 soldiers": the attack told before
    subj = _children(tok, "nsubj")
    objs = [next(iter(_prep_objs(o, "of")), o) if _prep_objs(o, "of") else o for o in _children(tok, "dobj")]
    return bool(subj) and all(_armed_subject(ctx, x) for s_ in subj for x in _with_conj(s_)) and bool(objs) and all(
        _is(o, _VICTIM_NOUNS | TROOP_NOUNS | FIGHTER_NOUNS) and o.pos_ == "NOUN" for o in objs)


def _shoots_down(ctx, tok) -> bool:
    """'air defences shot down a drone', 'forces downed a helicopter': armed men bringing down an aircraft."""
    down = tok.lemma_.lower() == "shoot" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in tok.children) \
        or tok.lower_ == "downed"
    objs = [_relative_object(tok, o) for o in _children(tok, "dobj")]
    return down and bool(objs) and all(_is(o, _AIRCRAFT_NOUNS) for o in objs) and all(
        _armed_subject(ctx, s_) for s_ in _children(tok, "nsubj")) and bool(_children(tok, "nsubj"))


def _when_year(ctx, tok):
    """'until 2005, when X ordered them out after troops killed Y': the date the 'when' clause is said of."""
    for a in [tok] + list(tok.ancestors):
        if a.dep_ == "relcl" and a.head.ent_type_ == "DATE" and any(c.lower_ == "when" for c in a.children):
            return _date_at(ctx, a.head)
    return None


def _relative_object(verb, obj):
    # "a drone that forces shot down": the noun the relative clause is said of
    return verb.head if verb.dep_ == "relcl" and obj.lower_ in ("that", "which", "whom", "who") else obj


def _armed_sides(ctx, toks):
    """The side armed men or their aircraft stand for: the state of a demonym or owner ('Bordurian troops',
    "Syldavia's air defences", 'a Syldavian drone'), a named actor, else the men as a band ('security forces')."""
    out = []
    for t in toks:
        found = [e for e in [_operator(ctx, t)] if e is not None] or _ents(ctx, [t], want="state", types=_ACTORS)
        if not found and _is(t, FIGHTER_NOUNS):
            found = _attackers(ctx, [t])
        if not found and _is(t, TROOP_NOUNS | {"police", "army", "military"}) and not _is(t, _AIRCRAFT_NOUNS):
            text = phrase_text(t, drop=_NP_DROP)
            found = [Entity("armedgroup-" + _slug(text), text, "ArmedGroup")]
        out += [e for e in found if e.key not in {x.key for x in out}]
    return out


def _captures(ctx, tok) -> bool:
    # "the rebels seized the town of X", "troops recaptured X": a place taken by force
    if not _is(tok, _CAPTURE_VERBS):
        return False
    if tok.dep_ in ("csubj", "csubjpass") or tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "pcomp"):
        return False    # "retaking towns is the easy part"
    for o in [_taken_again(tok, o) for o in _children(tok, "dobj")]:
        if _captive_troops(o):
            return True     # "fighters seized 27 Bordurian soldiers"
        e = ctx.res.resolve(_named_by_class_noun(o), want="place")
        if e is not None and e.type in ("City", "Region", "Place", "MilitaryFacility") or _is(o, FACILITY_NOUNS | _SITE_NOUNS) \
                and any(c.dep_ in ("det", "poss") for c in o.children):
            return True
    return False


def _captive_troops(o) -> bool:
    """'27 Bordurian soldiers', 'two of its soldiers': counted or state-named troops taken by force."""
    return o.pos_ == "NOUN" and _is(o, TROOP_NOUNS - {"force", "forces"}) and any(
        c.dep_ in ("nummod", "amod", "compound") and (c.pos_ == "NUM" or c.ent_type_ == "NORP") for c in o.children)


def _strikes_a_deal(tok) -> bool:
    """'strike a deal', 'any agreement Syldavia strikes with other countries': a deal made, not an attack."""
    if tok.lemma_.lower() != "strike":
        return False
    if any(_is(o, AGREEMENT_NOUNS) for o in _children(tok, "dobj", "nsubj")) or _is(tok.head, AGREEMENT_NOUNS):
        return True
    subj = _children(tok, "nsubj")
    before = tok.doc[subj[0].left_edge.i - 1] if subj and subj[0].left_edge.i > 0 else None
    return before is not None and _is(before, AGREEMENT_NOUNS) and not _children(tok, "dobj")


def _taken_again(verb, obj):
    """'recaptured the town of X, a year after insurgents had seized it': 'it' is the main clause's object
    when both clauses take a place by force."""
    if obj.lower_ == "it" and verb.dep_ == "advcl" and _is(verb, _CAPTURE_VERBS) and _is(verb.head, _CAPTURE_VERBS):
        return next(iter(_children(verb.head, "dobj")), obj)
    return obj


def _opens_fire(tok) -> bool:
    # "forces opened fire on X"
    return tok.lemma_.lower() == "open" and any(c.dep_ == "dobj" and c.lower_ == "fire" for c in tok.children)


def _weapon_hit(tok) -> bool:
    # "a drone hit a car": an attack verb only with a weapon for its subject
    subj = _children(tok, "nsubj") or (_children(tok.head, "nsubj") if tok.dep_ == "conj" else [])   # "blasts hit X and knocked out Y"
    return _is(tok, WEAPON_HIT_VERBS) and any(_is(s, WEAPON_NOUNS) for s in subj)


def _place_of_targets(ctx, targets, objs, where):
    """Where an attack with no place of its own happened, from what it hit: a named base, city or region
    ("an attack on Klow air base"), the state of a demonym on an unnamed target ("hit several Syldavian border
    districts"), or 'the country' of 'in the north of the country'."""
    for t in targets:
        if t.type in ("MilitaryFacility", "City", "Region") and not t.key.startswith("target-"):
            return t
    for o in objs:
        if ctx.res.entity_at(o.i) is None:
            for c in o.children:
                if c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP":
                    st = ctx.res.resolve(c, want="state")
                    if st is not None and st.type == "State":
                        return st
    for q in where:
        for x in [q] + _prep_objs(q, "of"):
            if x.lower_ == "country" and any(c.lower_ == "the" for c in x.children):
                return _the_country(ctx, x)
    return None


# Crowds that attack a building only by storming or torching it ("protesters stormed the embassy").
_CROWD_NOUNS = frozenset("protester protesters demonstrator demonstrators rioter rioters mob mobs crowd crowds looter looters".split())
_RIOT_VERBS = frozenset("storm torch ransack".split())
# Verbs of a strike reaching what it hit: "a missile strike hit the headquarters".
_STRIKE_HIT_VERBS = frozenset("hit strike target damage destroy".split())


def _hostilities(ctx):
    for tok in ctx.doc:
        lemma = tok.lemma_.lower()
        # "Its 2010 shelling of X killed four people": a gerund the parser tags as a verb, owned like a noun
        gerund_noun = tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") \
            and any(c.dep_ == "poss" for c in tok.children) and _is(tok, ATTACK_NOUNS)
        if tok.pos_ == "VERB" and not gerund_noun and (_is(tok, ATTACK_VERBS) or _opens_fire(tok) or _weapon_hit(tok) or _fires_at(tok)
                                   or _captures(ctx, tok)) and not _strikes_a_deal(tok) and not _verbal_attack(ctx, tok):
            attackers = _attackers(ctx, _subjects(tok))
            if not attackers and tok.dep_ == "advcl" and tok.tag_ == "VBG" and not _children(tok, "nsubj"):
                attackers = _attackers(ctx, _subjects(tok.head))    # "X launched attacks, storming two prisons"
            if _is(tok, WAGE_VERBS):     # "the two countries fought a war in 2020": the pair
                attackers = [e for s_ in _subjects(tok) for e in (_the_two(ctx, s_) or []) if e is not None] or attackers
            if tok.dep_ == "relcl":   # "X, whose rebels are fighting against Y"
                for subj in _children(tok, "nsubj"):
                    if any(c.dep_ == "poss" and c.lower_ == "whose" for c in subj.children):
                        # "A and B, whose forces fought along the frontier": both sides (each fights the other)
                        attackers = _ents(ctx, _with_conj(tok.head) if _is(tok, WAGE_VERBS) else [tok.head], types=_ACTORS)
            if not attackers and tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ in ("NOUN", "PROPN"):
                attackers = _acting_noun(ctx, tok.head)     # "the Fenwick-led coalition fighting the Brotherhood"
            if not attackers and any(s_.lower_ == "one" and s_.pos_ in ("NUM", "PRON") for s_ in _children(tok, "nsubj")):
                attackers = _last_attackers(ctx, tok)   # "rockets hit X; one struck a petrol station"
            if not attackers and lemma in _RIOT_VERBS:
                # "protesters stormed the embassy", "rioters torched the market": the crowd attacked
                attackers = [Entity("armedgroup-" + _slug(phrase_text(s_, drop=_NP_DROP)), phrase_text(s_, drop=_NP_DROP),
                                    "ArmedGroup") for s_ in _subjects(tok) if _is(s_, _CROWD_NOUNS) and s_.pos_ == "NOUN"]
            agent = _prep_objs(tok, "by")
            if agent:
                attackers = _ents(ctx, agent, want="state", types=_ACTORS) or _attackers(ctx, agent) or [
                    Entity("armedgroup-" + _slug(phrase_text(agent[0], drop=_NP_DROP)),
                           phrase_text(agent[0], drop=_NP_DROP), "ArmedGroup")]
            objs = [_taken_again(tok, o) for o in _children(tok, "dobj") if not (_opens_fire(tok) and o.lower_ == "fire")
                    and not (lemma == "fire" and _is(o, WEAPON_NOUNS))]
            if lemma == "fire":     # "fired rockets into X", "fired at a tower"
                objs = objs or _prep_objs(tok, "at", "on", "into")
            war = [o for o in objs if _is(tok, WAGE_VERBS) and _is(o, ATTACK_NOUNS | {"battle", "battles"})]
            objs = [o for o in objs if o not in war]
            targets, target_place = _targets(ctx, objs + _prep_objs(tok, "against", *(() if objs else ("on", "at")))
                                             + [w for o in war for w in _prep_objs(o, "against", "with")]
                                             + (_prep_objs(tok, "with") if lemma == "clash" else []))   # "clashed with Y"
            if objs and target_place is None:   # "hit a car on a road outside X"
                target_place = _targets(ctx, _prep_objs(tok, "on", "at"))[1]
            captive = [o for o in objs if _is(tok, _CAPTURE_VERBS) and _captive_troops(o)]
            if captive:     # "seized 27 Bordurian soldiers at Klow air base": their state, where they were
                targets = [e for o in captive for e in [_operator(ctx, o)] if e is not None] or targets
                at = [_named_by_class_noun(q) for x in captive + [tok] for q in _prep_objs(x, "at", "in", "near")]
                target_place = next((e for e in _place_entities(ctx, at) if e.type != "State"), None) or next(
                    (Entity("place-" + _slug(t), t, "MilitaryFacility") for q in at if _is(q, FACILITY_NOUNS)
                     and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in q.children)
                     for t in [phrase_text(q, drop=_NP_DROP)]), None) or next(iter(_place_entities(ctx, at)), None) \
                    or target_place
            if _is(tok, WAGE_VERBS):
                for o in _prep_objs(tok, "against", "with") + [w for o in war for w in _prep_objs(o, "against", "with")]:
                    if _entity(ctx, o) is None and not targets:
                        targets.append(Entity("organization-" + _slug(phrase_text(o, drop=_NP_DROP)),
                                              phrase_text(o, drop=_NP_DROP), "Organization"))
                if not targets and len(attackers) >= 2:     # "A and B fought a war": each fought the other
                    for a in attackers:
                        for b in attackers:
                            if a.key != b.key:
                                yield ctx.claim("attacked", a, b, tok, f"hostility-{lemma}", 0.6,
                                                place=next(iter(_place_entities(ctx, _prep_objs(tok, "in"))), None) or next(
                                                    (Entity("place-" + _slug(t), t, "Place") for p in _prep_objs(tok, "along", "on", "at")
                                                     if _is(p, BORDER_NOUNS) for t in [phrase_text(p, drop=_NP_DROP)]), None),
                                                date=ctx.date_of(tok), killed=_killed_in(ctx, tok))
                    continue
            passive = _children(tok, "nsubjpass")
            if passive:     # "the republic was attacked by X"; "a town which was attacked"
                passive = [tok.head if p.tag_ in ("WDT", "WP") else p for p in passive]
                targets = _ents(ctx, passive, want="state", types=_ACTORS)
                if not targets and lemma == "assassinate":
                    # "his father, President X, was assassinated": the person set beside the noun
                    targets = _ents(ctx, [a for p in passive for a in _children(p, "appos")], types=("Person",))
            if any(c.tag_ == "TO" for c in tok.children) and tok.dep_ in ("xcomp", "acl", "advcl") \
                    and not _is(tok.head, _ASPECT_VERBS):
                continue    # "an offensive to seize the capital": an aim, not (yet) an event
            if tok.dep_ in ("acl", "relcl") and (_planned(tok.head) or any(
                    c.lower_ in ("will", "'ll") for c in tok.head.head.children)):
                continue    # "attacks targeting X will intensify": a forecast
            place = target_place or next(iter(_place_entities(ctx, [
                _named_by_class_noun(q) for q in _prep_objs(tok, "in", "inside", "within", "near", "outside")
                + [x for a in agent for x in _prep_objs(a, "in")]])), None)  # "by a bomber in Klow"
            if place is None and any(c.dep_ == "advmod" and c.lower_ == "there" for c in list(tok.children)
                                     + (list(tok.head.children) if tok.dep_ == "conj" else [])):
                place = ctx.res.recent(tok.i, ("City", "Region", "State"), window=1)   # "stormed the office there"
            if place is None and (lemma == "invade" or lemma == "fire" and _prep_objs(tok, "into")):
                # "invaded Syldavia", "fired rockets into northern Syldavia": it happened there
                place = next((t for t in targets if t.type in ("State", "Region", "City")), None)
            if not targets and _prep_objs(tok, "alongside"):
                continue    # "have fought alongside the army": a side, not an attack
            if _is(tok, WAGE_VERBS) and not attackers and all(t.key.startswith(("target-", "organization-")) for t in targets):
                continue    # "(an army prone to atrocities) when fighting mobile opponents": no one fights anyone named
            if place is None:
                place = _place_of_targets(ctx, targets, objs, _prep_objs(tok, "in", "inside", "near"))
            targets = _struck_state(ctx, objs, targets, place)
            date = ctx.date_of(tok)   # "two days after militants stormed X": _date_near shifts it
            if date is None and tok.dep_ == "xcomp":    # "when the group began firing rockets": began's date
                date = ctx.date_of(tok.head)
            if date is None and tok.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "after" for m in tok.children):
                # "X cut ties in January 2016 after protesters stormed its embassy": within the main clause's
                # month or year (not its day: "said on Monday, after rebels attacked ...")
                head_date = ctx.date_of(tok.head)
                date = head_date if head_date is not None and head_date.precision in ("month", "year") else None
            killed = _killed_in(ctx, tok)
            if tok.dep_ == "advcl" and _is(tok.head, KILL_VERBS):
                # "four soldiers were killed when forces opened fire": toll and date are the main clause's
                killed = killed or next((n.value for o in _children(tok.head, "nsubjpass", "dobj")
                                         if (n := _count(o)) is not None), None)
                date = _date_near(ctx, tok.head) or date
            for a in attackers or [None]:
                for t in targets or [None]:
                    if a is None and t is None:
                        continue
                    if a is not None and t is not None and a.key == t.key:
                        continue
                    yield ctx.claim("attacked", a, t, tok, f"hostility-{lemma}", 0.6, place=place, date=date,
                                    killed=killed)
        elif (tok.pos_ in ("NOUN", "PROPN") or gerund_noun) and (_is(tok, ATTACK_NOUNS | {"clash"}) or _weapon_fire(tok)) and not (
                tok.dep_ in ("compound", "amod") and _is(tok.head, WEAPON_NOUNS | _ARMS_NOUNS)):   # "an attack drone"
            attackers = []
            for c in tok.children:
                if c.dep_ == "poss":
                    attackers += _ents(ctx, [c], want="state", types=_ACTORS)
            # "a Bordurian drone attack", "the Fenwick-led war", "an attack by X"
            op = None
            for c in tok.children:      # a demonym, a state or "-led", not a place compound ("a Klow bomb attack")
                state_compound = c.dep_ == "compound" and getattr(ctx.res.entity_at(c.i), "type", None) == "State"
                if c.dep_ == "amod" or (c.dep_ == "compound" and c.ent_type_ == "NORP") or state_compound \
                        or ctx.res.led_by(c):
                    e = ctx.res.led_by(c) or ctx.res.entity_at(c.i)
                    if e is not None and e.type in _ACTORS:
                        op = ctx.res.as_state(e) or e
            if op is not None and lemma not in ("clash", "clashes", "conflict", "fighting"):
                attackers.append(op)
            attackers += _attackers(ctx, _prep_objs(tok, "by"))
            if not attackers:       # "The attack, claimed by X, killed 40": the group that claimed it
                attackers = _attackers(ctx, [o for a in _children(tok, "acl") if a.lemma_.lower() == "claim"
                                             for o in _prep_objs(a, "by")])
            if not attackers and any(c.tag_ == "JJS" and c.dep_ == "amod" for c in tok.children):
                # "jihadists attacked a post on Monday, the deadliest assault on X in years": the attack just told
                told_here = next((c for c in reversed(ctx.claims) if c.predicate == "attacked"
                                  and c.subject is not None and tok.sent.start_char <= c.start < tok.sent.end_char), None)
                attackers = [told_here.subject] if told_here is not None else []
            else:
                told_here = None
            # "repeated attacks by the group, including the 2013 siege of X": the siege is the group's too
            if not attackers and tok.dep_ == "pobj" and tok.head.lower_ in ("including", "like"):
                up = next((a for a in tok.head.ancestors if a.pos_ in ("VERB", "AUX") or _is(a, ATTACK_NOUNS)), None)
                src = up if up is not None and _is(up, ATTACK_NOUNS) else next(
                    (o for o in (_children(up, "dobj") if up is not None else []) if _is(o, ATTACK_NOUNS)), None)
                if src is not None:
                    attackers = _attackers(ctx, _prep_objs(src, "by"))
            # "the Brotherhood began their offensive", "the rebels have launched 27 attacks",
            # "X unleashed a wave of airstrikes across Y" (the run of strikes is the object)
            carrier = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" and _is(tok.head.head, _SERIES_NOUNS) \
                else tok
            if carrier.dep_ == "dobj" and _is(carrier.head, _LAUNCH_VERBS):
                attackers = _attackers(ctx, _subjects(carrier.head)) or attackers
            launched = next((rc for rc in _children(tok, "relcl") + [r for o in _prep_objs(tok, "in", "on", "against")
                                                                     for r in _children(o, "relcl")]
                             if _is(rc, _LAUNCH_VERBS | _OUTBREAK_VERBS - {"break", "erupt", "flare"})
                             and any(c.dep_ == "dobj" and c.tag_ in ("WDT", "WP") for c in rc.children)), None)
            told = None     # the modality a relative clause tells the event with, whatever the sentence does
            if launched is not None:
                # "its war in Syldavia, which Borduria launched in February 2022": the launcher attacks, then
                attackers = attackers or _attackers(ctx, _subjects(launched))
                reported = ctx.attribution_for(launched) is not None
                told = modality_of(launched, reported=reported)
                told = told if told in ("negated", "hypothetical") else "reported" if reported else "asserted"
            # "fighters crossed into X in a rare raid": the raid is the clause's, by its subject
            if not attackers and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during") \
                    and tok.head.head.pos_ == "VERB" and _children(tok.head.head, "nsubj") \
                    and not _is(tok.head.head, KILL_VERBS) and _raided(tok.head.head):
                attackers = _attackers(ctx, _subjects(tok.head.head))
            if tok.dep_ == "dobj" and tok.head.lemma_.lower() in NON_EVENT_VERBS:
                continue    # "an exercise simulating an attack", "to deter an attack": no attack took place
            if not attackers and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during") \
                    and tok.head.head.pos_ == "VERB" and _armed_kill(ctx, tok.head.head):
                continue    # "X killed 12 soldiers in an ambush": the killing tells the ambush, by X
            # "attacks by X on Y": the parser may hang 'on Y' on X
            hit = _prep_objs(tok, "on", "against") or [o for b in _prep_objs(tok, "by") for o in _prep_objs(b, "on", "against")]
            if not hit and carrier.dep_ == "dobj" and _is(carrier.head, _LAUNCH_VERBS):
                hit = _prep_objs(carrier.head, "against", "on")     # "launched the offensive in X against Y"
            if not hit and attackers and tok.dep_ == "nsubj" and _is(tok.head, _STRIKE_HIT_VERBS):
                # "a Syldavian missile strike hit the fleet's headquarters" ("the strikes hit ...", with no
                # attacker of their own, are the ones told before)
                hit = _children(tok.head, "dobj")
            if not hit and _is(tok, _OF_TARGET_NOUNS):      # "the invasion of X"
                hit = _prep_objs(tok, "of")
            reached = []
            if not hit and attackers and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during") \
                    and tok.head.head.pos_ == "VERB":
                hit = reached = _raided(tok.head.head)    # "crossed into X in a raid", "took control of X in an offensive"
            targets, place = _targets(ctx, hit)
            targets = _struck_state(ctx, hit, targets, place)
            if not targets and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _SUFFER_VERBS:
                # "Syldavia has suffered repeated attacks by the group": the subject was attacked
                targets = _ents(ctx, _subjects(tok.head), want="state", types=_ACTORS)
            if not targets:     # "Haftar's offensive to seize the capital, Klow"
                for acl in _children(tok, "acl") + (_children(tok.head, "xcomp") if tok.dep_ == "dobj" else []):
                    if acl.pos_ == "VERB" and (_is(acl, ATTACK_VERBS) or _is(acl, _CAPTURE_VERBS)):
                        targets, place = _targets(ctx, _children(acl, "dobj"))
            if not targets and not hit and lemma == "invasion" and attackers:
                # "X has backed Syldavia since Borduria's invasion", "Syldavia applied ..., months after
                # Borduria's invasion": the one state invaded is the other one the sentence names
                targets = _invaded_here(ctx, tok, attackers)
            if place is None and targets and (_is(tok, _OF_TARGET_NOUNS) or reached):
                place = next((t for t in targets if t.type in ("State", "Region", "City")), None)
            between = [x for o in _prep_objs(tok, "between") for x in _with_conj(o)] if _is(tok, _WAR_NOUNS) else []
            if not between and _is(tok, _WAR_NOUNS) and tok.dep_ == "nsubj" and _is(tok.head, _OUTBREAK_VERBS):
                # "Fighting erupted on April 15 between A and B" (the parser hangs 'between' anywhere in the clause)
                between = [x for b in tok.head.subtree if b.lower_ == "between" and b.dep_ == "prep"
                           for o in _children(b, "pobj") for x in _with_conj(o)]
            parties = _ents(ctx, between, want="state", types=_ACTORS)
            for c in tok.children:
                if c.dep_ == "compound" and ctx.res.entity_at(c.i) is not None \
                        and ctx.res.entity_at(c.i).type != "State":
                    p = ctx.res.resolve(c, want="place")
                    if p is not None and p.type in _PLACES:
                        place = p
            if not targets and tok.dep_ == "nsubj" and _is(tok.head, KILL_VERBS):
                # "a Bordurian strike in Klow killed a commander of the Brotherhood": the victims' side
                victims = [x for o in _children(tok.head, "dobj") for x in [o] + _prep_objs(o, "of")]
                # "killed three people, among them X, a commander of Y": the named victims
                named = [o for o in _prep_objs(tok.head, "among", "including") + [
                    x for o in _children(tok.head, "dobj") for x in _prep_objs(o, "among", "including")
                    + (_children(o, "appos") if _count(o) is not None else [])]
                    if o.pos_ == "PROPN"]
                victims += [x for o in named for x in [o] + [y for a in _children(o, "appos") for y in _prep_objs(a, "of")]]
                targets = [e for e in _ents(ctx, victims, want="state", types=_ACTORS)
                           if all(e.key != a.key for a in attackers if a)]
            if place is None:
                for p in _prep_objs(tok, "at", "on", "in", "along"):
                    if _is(p, BORDER_NOUNS) and not _pronoun_owned(p):
                        place = Entity("place-" + _slug(phrase_text(p)), phrase_text(p), "Place")
            if place is None:
                ps = _place_entities(ctx, _prep_objs(tok, "in", "at", "on") + _prep_objs(tok.head, "in", "at") if tok.dep_ in ("pobj",) else _prep_objs(tok, "in", "at", "on"))
                place = ps[0] if ps else None
            if place is None and _weapon_fire(tok):
                # "reported air strikes in X and artillery fire in Y", "gunfire was heard in Y": the clause's place
                verb = next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
                place = next(iter(_place_entities(ctx, [_named_by_class_noun(q) for q in (
                    _prep_objs(verb, "in", "at") if verb is not None else []) if q.i > tok.i])), None)
            if place is None:       # "a drone strike near Klow airport", "launched the offensive in Zelen"
                launched_in = _prep_objs(carrier.head, "in") if carrier.dep_ == "dobj" and _is(carrier.head, _LAUNCH_VERBS) \
                    else []
                place = next(iter(_place_entities(ctx, [x for q in _prep_objs(tok, "near", "outside") + launched_in
                                                        for x in [_named_by_class_noun(q)] + _children(q, "compound")])), None)
            if place is None and carrier is not tok:    # "a wave of airstrikes across X"
                place = next(iter(_place_entities(ctx, _prep_objs(carrier, "across", "in", "on")
                                                  + _prep_objs(carrier.head, "across", "in"))), None)
                if not targets and place is not None and place.type == "State" and all(a.key != place.key for a in attackers if a):
                    targets = [place]
            if place is None:
                for t in tok.sent:
                    if _is(t, BORDER_NOUNS) and t.dep_ == "pobj" and not _pronoun_owned(t):
                        place = Entity("place-" + _slug(phrase_text(t)), phrase_text(t), "Place")
                        break
            if place is None and attackers and not parties:
                for t in tok.sent:
                    e = ctx.res.entity_at(t.i)
                    if e is not None and e.type == "State" and all(e.key != a.key for a in attackers if a) and t.dep_ == "pobj":
                        place = e
                        break
            if place is None and hit:
                place = _place_of_targets(ctx, targets, hit, [])
            killed = _killed_in(ctx, tok)
            if killed is None:    # "As a result of the conflict, 24 citizens were killed"
                killed, toll_place = _kill_toll(ctx, tok)
                place = place or toll_place
            if killed is None:    # "an offensive that has killed 80 people. X launched the offensive on Monday"
                killed = _told_toll(ctx, tok) if told_here is None else told_here.arg("killed")
            # "a day after X's attack": the noun's verb is not always its clause head, so shift from it first
            date = _own_date(ctx, tok) or _shifted_noun_date(ctx, tok) or _shifted_date(ctx, tok) \
                or (ctx.date_of(launched) if launched is not None else None) \
                or ctx.date_of(tok.head if tok.dep_ == "dobj" else tok) \
                or _temporal_clause_date(ctx, tok)
            if date is None and reached:    # "regained control of X in a one-day offensive last September"
                date = ctx.date_of(tok.head.head)
            if not attackers and len(parties) >= 2:
                # "the 1998-2000 war between A and B, which killed N": each side fought the other
                for a in parties:
                    for t in parties:
                        if a.key != t.key:
                            yield ctx.claim("attacked", a, t, tok, f"hostility-noun-{lemma}", 0.5,
                                            place=place or (t if t.type == "State" else None), date=date, killed=killed)
                continue
            if not attackers and not targets and place is None and _is(tok, _WAR_NOUNS) and (
                    killed is not None or _own_date(ctx, tok) is not None):
                place = _clause_place(ctx, tok)     # "X, which broke away after a war in 1993 that killed N"
            for rc in _children(tok, "relcl"):
                if rc.lemma_.lower() in _OUTBREAK_VERBS:   # "the war that broke out there in April"
                    date = date or ctx.date_of(rc)
                    if place is None and any(c.lower_ == "there" for c in rc.children):
                        place = ctx.res.recent(tok.i, ("State", "City", "Region"), window=1)
            toll_verb = _killed_in_fighting(tok)
            if toll_verb is not None and killed is not None and not attackers and not targets:
                # "13 soldiers were killed in clashes with the rebels", "60 people were killed in fighting
                # between rival clans in Zelen province": the sides and the place the toll's clause names
                attackers = _attackers(ctx, _prep_objs(tok, "with"))
                sides = [x for o in _prep_objs(tok, "between") for x in _with_conj(o)] or [
                    v for v in _children(toll_verb, "nsubjpass") if _is(v, TROOP_NOUNS) and attackers]
                targets = _ents(ctx, sides, want="state", types=_ACTORS) or [
                    Entity("target-" + _slug(t), t, "Organization") for v in sides[:1]
                    for t in [phrase_text(v, drop=_NP_DROP)]]
                place = place or next(iter(_place_entities(ctx, [
                    x for v in [toll_verb] + ([toll_verb.head] if toll_verb.dep_ == "ccomp" else [])
                    for q in _prep_objs(v, "in") if q.i != tok.i
                    for x in [_named_by_class_noun(q)] + _children(q, "compound")])), None)
            if not attackers and not targets and place is None:
                if _is(tok, ATTACK_NOUNS) and tok.dep_ == "nsubj" and _is(tok.head, KILL_VERBS) and killed is not None:
                    _toll_to_last_hostility(ctx, tok, killed)   # "The fighting killed four people."
                continue
            if not attackers and not targets and killed is None and date is None:
                continue    # "despite the war in Syldavia": a war named in passing, not an event told
            gov = tok.head
            if any(c.lower_ in ("will", "'ll") for c in gov.children) or any(c.lower_ in ("will",) for c in tok.children):
                continue    # a forecast ("attacks will only intensify"), not an attack
            if any(c.dep_ == "advmod" and c.lower_ in _HABITUAL for c in gov.children):
                if not attackers:
                    continue    # "clashes occur regularly": a pattern, not an event
                date = None     # "X regularly carries out strikes against Y": a claim with no one date
            for a in attackers or [None]:
                for t in targets or [None]:
                    yield ctx.claim("attacked", a, t, tok, f"hostility-noun-{lemma}", 0.5, modality=told, place=place,
                                    date=date, killed=killed)
        # "Syldavian and Bordurian troops exchanged fire", "X's forces traded fire with Y near the border"
        elif tok.pos_ == "VERB" and _trades_fire(tok):
            own = [x for s_ in _subjects(tok) for x in _with_conj(s_)]
            other = [x for o in _prep_objs(tok, "with") + [w for f in _children(tok, "dobj") for w in _prep_objs(f, "with")]
                     for x in _with_conj(o)]
            side1, side2 = _fire_sides(ctx, own), _fire_sides(ctx, other)
            pairs = [(a, b) for a in side1 for b in side2] + [(b, a) for a in side1 for b in side2] if side2 \
                else [(a, b) for a in side1 for b in side1 if a.key != b.key]
            if _planned(tok):
                continue
            where = _prep_objs(tok, "in", "at", "along", "near", "on") + [x for o in other for x in _prep_objs(o, "in", "near")]
            place = next(iter(_place_entities(ctx, [_named_by_class_noun(q) for q in where])), None)
            if place is None:
                border = next((q for q in where if _is(q, BORDER_NOUNS) and not _pronoun_owned(q)), None)
                place = Entity("place-" + _slug(phrase_text(border)), phrase_text(border), "Place") \
                    if border is not None else None
            if place is None and tok.dep_ == "advcl":
                # "the crossing at Klow was closed after border guards exchanged fire": where the main clause is
                head = tok.head
                near = _prep_objs(head, "in", "at", "near") + [x for s_ in _children(head, "nsubj", "nsubjpass")
                                                               for x in [s_] + _prep_objs(s_, "at", "in", "near")]
                place = next(iter(_place_entities(ctx, [_named_by_class_noun(q) for q in near if q.ent_type_ != "DATE"])), None)
            date = ctx.date_of(tok)
            if not pairs and place is not None:
                pairs = [(None, None)]      # "border guards exchanged fire" at a place the sentence names
            for a, b in pairs:
                if a is None or a.key != b.key:
                    yield ctx.claim("attacked", a, b, tok, "hostility-exchange-fire", 0.5, place=place, date=date,
                                    killed=_killed_in(ctx, tok))
        # "X has led a military coalition against Y since 2015"
        elif tok.pos_ == "NOUN" and _is(tok, CAMPAIGN_NOUNS) and tok.dep_ == "dobj" and _is(tok.head, CAMPAIGN_VERBS) \
                and _prep_objs(tok, "against"):
            targets = _ents(ctx, _prep_objs(tok, "against"), want="state", types=_ACTORS)
            for a in _attackers(ctx, _subjects(tok.head)):
                for t in targets:
                    if a.key != t.key:
                        yield ctx.claim("attacked", a, t, tok.head, "hostility-campaign", 0.5, date=ctx.date_of(tok.head))
        # "Security forces killed 40 protesters in Klow", "Bordurian air defences shot down a Syldavian drone"
        elif tok.pos_ == "VERB" and (_armed_kill(ctx, tok) or _shoots_down(ctx, tok)):
            attackers = _armed_sides(ctx, [x for s_ in _children(tok, "nsubj") for x in _with_conj(s_)])
            objs = [_relative_object(tok, o) for o in _children(tok, "dobj")]
            down = _shoots_down(ctx, tok)
            if down:       # "a Syldavian drone": its state, else the aircraft
                targets = _armed_sides(ctx, objs) or [Entity("target-" + _slug(t), t, "Organization")
                                                      for o in objs[:1] for t in [phrase_text(o, drop=_NP_DROP)]]
                killed = None
            else:       # "hundreds of protesters", "12 Bordurian soldiers"
                victims = [next(iter(_prep_objs(o, "of")), o) if o.pos_ in ("NUM", "NOUN") and _prep_objs(o, "of") else o
                           for o in objs]
                targets = [e for v in victims if _is(v, TROOP_NOUNS) for e in [_operator(ctx, v)] if e is not None] or [
                    Entity("target-" + _slug(t), t, "Organization") for v in victims[:1]
                    for t in [phrase_text(v, drop=_NP_DROP + ("nummod",))]]
                killed = next((n.value for o in objs for n in [_count(o) or (parse_quantity(o.text) if o.pos_ == "NUM"
                                                                              else None)] if n is not None), None)
            # "in the city of Klow", "over Klow", "in an ambush near Klow"
            where = [_named_by_class_noun(q) for x in [tok] + objs + [n for n in _prep_objs(tok, "in", "during")
                                                                     if _is(n, ATTACK_NOUNS)]
                     for q in _prep_objs(x, "in", "near", "over", "outside") if not _is(q, ATTACK_NOUNS)]
            place = next(iter(_place_entities(ctx, where)), None) or next(
                (Entity("place-" + _slug(t), t, "Place") for q in where if _is(q, BORDER_NOUNS)
                 for t in [phrase_text(q, drop=_NP_DROP)]), None)
            for a in attackers:
                for t in targets:
                    if a.key != t.key:
                        yield ctx.claim("attacked", a, t, tok, f"hostility-{'shoot-down' if down else 'kill'}",
                                        0.5, place=place, date=ctx.date_of(tok) or _when_year(ctx, tok), killed=killed)
        # "Five Bordurian soldiers were killed when their vehicle came under fire from Syldavian troops"
        elif tok.pos_ == "VERB" and lemma == "come" and any(_is(o, ATTACK_NOUNS | {"fire"}) for o in _prep_objs(tok, "under")):
            src = _prep_objs(tok, "from") + [x for u in _prep_objs(tok, "under") for x in _prep_objs(u, "from")]
            attackers = [e for x in src for e in ([_operator(ctx, x)] if _is(x, TROOP_NOUNS) and _operator(ctx, x)
                                                  else _attackers(ctx, [x]))]
            subj = _children(tok, "nsubj")
            targets = _ents(ctx, subj, want="state", types=_ACTORS)
            killed = None
            if tok.dep_ == "advcl" and _is(tok.head, KILL_VERBS):
                victims = _children(tok.head, "nsubjpass")
                killed = next((n.value for v in victims if (n := _count(v)) is not None), None)
                if not targets and any(c.dep_ == "poss" and c.tag_ == "PRP$" for s_ in subj for c in s_.children):
                    # "their vehicle": the victims' side
                    targets = [e for v in victims for e in [_operator(ctx, v) if _is(v, TROOP_NOUNS) else None] if e]
            for a in attackers:
                for t in targets:
                    if a.key != t.key:
                        yield ctx.claim("attacked", a, t, tok, "hostility-under-fire", 0.5, killed=killed,
                                        date=ctx.date_of(tok) or (ctx.date_of(tok.head) if tok.dep_ == "advcl" else None)
                                        or _last_hostility_date(ctx, tok))
        # "X unleashed a wave of strikes. One of them, on May 2, killed the group's leader, Y, in Klow": that strike
        elif tok.pos_ == "VERB" and _is(tok, KILL_VERBS) and any(
                s_.lower_ in _SHARE_WORDS | {"one", "several"} and any(o.lower_ in ("them", "these", "those")
                                                                    for o in _prep_objs(s_, "of"))
                for s_ in _children(tok, "nsubj")):
            lo = ctx.doc[_sentences_before(tok)].idx
            last = next((c for c in reversed(ctx.claims) if c.predicate == "attacked" and c.subject is not None
                         and lo <= c.start < tok.sent.start_char), None)
            if last is None:
                continue
            victims = []
            for o in _children(tok, "dobj"):
                victims += _ents(ctx, _children(o, "appos") + [o], types=("Person",)) \
                    or _ents(ctx, _children(o, "poss") + _prep_objs(o, "of"), want="state", types=_ACTORS)
            where = [_named_by_class_noun(q) for q in _prep_objs(tok, "in")
                     + [x for o in _children(tok, "dobj") for x in _prep_objs(o, "in")]]
            where += [c for q in where if ctx.res.entity_at(q.i) is None for c in q.children if c.dep_ == "poss"]
            place = next(iter(_place_entities(ctx, where)), None)     # "in Klow's southern suburbs"
            for v in victims:
                if v.key != last.subject.key:
                    yield ctx.claim("attacked", last.subject, v, tok, "hostility-one-of-them", 0.5, place=place,
                                    date=ctx.date_of(tok), modality=None if _children(tok, "neg") else "asserted")
        # "Bordurian ground troops pushed into eastern Syldavia on Monday": an incursion
        elif tok.pos_ == "VERB" and _is(tok, _INCURSION_VERBS) and _prep_objs(tok, "into"):
            subj = _children(tok, "nsubj")
            forces = [s_ for s_ in subj if _is(s_, TROOP_NOUNS | FIGHTER_NOUNS)]
            attackers = [e for s_ in forces for e in ([_operator(ctx, s_)] if _operator(ctx, s_) else _attackers(ctx, [s_]))]
            targets, place = _targets(ctx, _prep_objs(tok, "into"))
            targets = [t for t in targets if t.type in ("State", "Region", "City")]
            if not attackers or not targets or _planned(tok):
                continue
            place = place or targets[0]
            for a in attackers:
                for t in targets:
                    if a.key != t.key:
                        yield ctx.claim("attacked", a, t, tok, f"hostility-incursion-{lemma}", 0.5, place=place,
                                        date=ctx.date_of(tok), killed=_killed_in(ctx, tok))
        # "sent his country's armed forces into Latveria"
        elif tok.pos_ == "VERB" and lemma in ("send", "deploy") and _prep_objs(tok, "into"):
            forces = [o for o in _children(tok, "dobj") if _is(o, TROOP_NOUNS | {"force"})]
            if not forces:
                continue
            attacker = _operator(ctx, forces[0]) or next(iter(_ents(ctx, _subjects(tok), want="state", types=_STATEISH)), None)
            if attacker is None:
                for c in forces[0].children:
                    if c.dep_ == "poss" and c.lemma_.lower() in ("country",):
                        person = _entity(ctx, next((g for g in c.children if g.dep_ == "poss"), c), types=("Person",))
                        if person is not None and person.key in ctx.roles:
                            attacker = ctx.res.as_state(ctx.roles[person.key][1]) if ctx.roles[person.key][1] else None
            if attacker is None:
                # "He sent troops into Zelen": the state of the leader the article named (his office's state)
                person = next((e for s_ in _subjects(tok) for e in [_entity(ctx, s_, types=("Person",))] if e is not None), None)
                if person is not None and person.key in ctx.roles and ctx.roles[person.key][1]:
                    attacker = ctx.res.as_state(ctx.roles[person.key][1])
            targets = _ents(ctx, _prep_objs(tok, "into"), want="state", types=_STATEISH)
            place = None
            if attacker is not None and all(t.key == attacker.key for t in targets):
                # "sent troops into Zelen", a region of his own state: the region is attacked, there
                targets = [e for e in _ents(ctx, _prep_objs(tok, "into"), want="place", types=("Region",))]
                place = targets[0] if targets else None
            for t in targets:
                if attacker is not None and attacker.key != t.key:
                    yield ctx.claim("attacked", attacker, t, tok, "hostility-send-forces", 0.6, date=ctx.date_of(tok),
                                    modality="asserted", place=place)


# ---------------------------------------------------------------------------------------------
# figures

# Nouns whose small counts are narrative, not reported figures ("the two sides", "in two tranches").
_NARRATIVE_COUNT_NOUNS = frozenset("""side nation country time tranche part way occasion round step phase reason
example mission task stage point leader official president minister party state government ally neighbour
neighbor""".split())


def _change_subject(verb):
    """The subject of a change verb ('remittances may plunge'), or the nearest noun subject before it
    when the parser lost the link."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in ("they", "it"):
        subj = _subject_before(subj) or subj    # "Remittances reached $2.7 billion. This year they fell 21 percent"
    if subj is not None and subj.lower_ not in ("this", "it", "that", "they"):
        return subj
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        return verb.head        # "a population estimated at 10 million": the noun the participle is said of
    for t in reversed(list(verb.sent)[: verb.i - verb.sent.start]):
        if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" and not any(
                x.tag_ in ("WP", "WDT") for x in t.subtree):
            return t
    return None


def _subject_before(pron):
    """The noun subject of the sentence before that a 'they' (a plural noun) or an 'it' (a singular one) takes up."""
    if pron.sent.start == 0:
        return None
    prev = pron.doc[pron.sent.start - 1].sent
    subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "NOUN" or (subj.tag_ == "NNS") != (pron.lower_ == "they"):
        return None
    return subj


# A rate after a figure names its period: "$1.5bn a year", "5m tonnes of grain a month", "annually".
_RATE_UNITS = {"year": "per year", "month": "per month", "week": "per week", "day": "per day"}
_RATE_ADVERBS = {"annually": "per year", "yearly": "per year", "monthly": "per month", "weekly": "per week",
                 "daily": "per day"}
_RATE_DETS = frozenset("a an per each every".split())


def _figure_rate(ent):
    """'per year' when the words after a figure (before any other number or clause break) give a rate."""
    doc = ent.doc
    for t in doc[ent.end:min(ent.end + 8, ent.sent.end)]:
        if t.like_num or t.ent_type_ in _NUMERIC_ENTS or t.is_punct or t.dep_ in ("cc", "mark") \
                or t.lower_ in ("than", "compared", "from", "to"):
            return None
        if t.lower_ in _RATE_ADVERBS:
            return _RATE_ADVERBS[t.lower_]
        if t.lemma_.lower() in _RATE_UNITS and t.tag_ == "NN" and t.i > 0 and doc[t.i - 1].lower_ in _RATE_DETS:
            after = doc[t.i + 1].lower_ if t.i + 1 < len(doc) else ""
            # ("a year earlier", "a month ago": a time, not a rate)
            return None if after in ("earlier", "ago", "before", "later", "after", "on") else _RATE_UNITS[t.lemma_.lower()]
        if t.lower_ == "annum" and doc[t.i - 1].lower_ == "per":
            return "per year"
    return None


def _figure_period(ctx, ent, subj):
    """The period a figure refers to: a rate after it ("a year"), a dated phrase in its subject, else the
    nearest date with a year."""
    if (rate := _figure_rate(ent)) is not None:
        return rate
    def text(e):    # "last year" -> "2023": a period the article's date pins down
        if re.search(r"\d{4}", e.text):
            return e.text
        if re.search(r"(?i)\b(between|from)\b.+\b(and|to)\b", e.text) and len(re.findall(
                r"January|February|March|April|May|June|July|August|September|October|November|December", e.text)) == 2:
            return e.text       # "between January and March": a range no single month covers, as written
        after = e.doc[e.end:e.end + 2]
        if len(after) == 2 and after[0].lower_ == "of" and re.fullmatch(r"(19|20)\d\d", after[1].text):
            return f"{e.text} of {after[1].text}"     # "the first five months" "of 2022" (the year left untagged)
        d = normalise(e.text, ctx.article.date)
        if d is None and (m := re.search(r"\b(this|last) year$", e.text, re.IGNORECASE)):
            d = normalise(m.group(0), ctx.article.date)     # "the first eight months of this year"
        if d is None and re.search(r"\b(start|beginning|middle|end) of the year$", e.text, re.IGNORECASE):
            d = normalise("this year", ctx.article.date)    # "at the start of the year": the article's year
        if d is not None and d.precision == "month":
            return d.iso        # "by mid-June": that month
        return d.iso[:4] if d is not None and d.precision == "year" else None
    dates = [e for e in ent.sent.ents if e.label_ == "DATE" and text(e)]
    if subj is not None:
        inside = [e for e in dates if subj.left_edge.i <= e.start and e.end <= subj.right_edge.i + 1]
        if inside:
            return text(inside[0])
    dates = [e for e in dates if not any(t.lower_ in ("compared", "than") for t in ent.doc[min(e.start, ent.end):max(e.start, ent.end)])]
    if not dates:
        return None
    return text(min(dates, key=lambda e: abs(e.start - ent.start)))


# Nouns after a hyphenated number that size a group rather than report a figure: "the six-member bloc".
_SIZE_NOUNS = frozenset("member nation country state party".split())
# Nouns that count portions of what their 'of' phrase names: "250 pieces of military hardware".
_CONTAINER_NOUNS = frozenset("""piece unit item batch set consignment shipment round tonne ton barrel litre liter
truckload""".split())     # (a weight or volume of something: "600 tonnes of relief supplies")


_NUMERIC_ENTS = ("CARDINAL", "MONEY", "PERCENT", "QUANTITY")
# Currency signs the tagger may leave outside a number ('£' '5bn', 'A$' '90'), and scale words after one.
_MONEY_SIGN = re.compile(r"^(?:[A-Z]{0,2}\$|€|£|¥|Rs\.?)$")
_MONEY_SCALE = frozenset("m mn bn million billion trillion".split())


def _figure_spans(doc):
    """The numbers of a text as spans: the tagger's numeric entities widened to the currency sign and
    scale beside them ('£5bn', '€40m', 'R984m'), and money it did not tag at all."""
    out, taken = [], set()
    cands = [(e.start, e.end, e.label_) for e in doc.ents if e.label_ in _NUMERIC_ENTS]
    cands += [(t.i, t.i + 1, "MONEY") for t in doc if not t.ent_type_ and t.i > 0 and re.match(r"^\d", t.text)
              and _MONEY_SIGN.match(doc[t.i - 1].text)]
    cands += [(t.i, t.i + 1, "CARDINAL") for t in doc if not t.ent_type_ and t.like_num and re.match(r"^\d", t.text)
              and _elided_noun(t) is not None]      # "2,500 troops in Iraq and 900 in Syria"
    for start, end, label in sorted(cands):
        if start > 0 and _MONEY_SIGN.match(doc[start - 1].text) and not doc[start - 1].ent_type_:
            start -= 1
        if end < len(doc) and doc[end].lower_ in _MONEY_SCALE and not doc[end].ent_type_ \
                and (len(doc[end]) > 2 or not doc[end - 1].whitespace_):
            end += 1
        if start in taken:
            continue
        span = doc[start:end]
        q = parse_quantity(span.text)
        if label != "PERCENT" and q is not None and q.unit not in (None, "percent") and q.unit.isupper():
            label = "MONEY"
        taken.update(range(start, end))
        out.append(Span(doc, start, end, label=label))
    return out


def _toll_noun(noun) -> bool:
    """A counted noun killed by a hostility: 'killed 70 soldiers and over 40 civilians', '13 soldiers were
    killed: nine Syldavians, three Bordurians' (the conjuncts and appositions of the dead)."""
    t = noun
    while t.dep_ in ("conj", "appos") and t.head.i != t.i:
        t = t.head
    verb = t.head
    if any(c.dep_ == "cc" and c.lower_ == "or" for c in verb.children) and any(
            c.dep_ == "conj" and c.lemma_.lower() in _INJURY_VERBS for c in verb.children):
        return False        # "2,500 people were killed or injured": a count of casualties, not a toll
    if _killed_by_disaster(verb):
        return False        # "floods killed nearly 4,000 people": no hostility
    if t.dep_ == "nsubj" and verb.lemma_.lower() == "die" and not _own_losses(t):
        # "28 soldiers had died"; not a hedged estimate ("as many as 600,000 may have died")
        return not any(c.dep_ == "aux" and c.lower_ in HEDGE_MODALS for c in verb.children)
    return t.dep_ in ("dobj", "nsubjpass") and _is(verb, KILL_VERBS)


# Verbs that join 'killed' in a casualty count: "killed or injured".
_INJURY_VERBS = frozenset("injure wound maim".split())
# Natural disasters whose dead are not a hostility's toll.
_DISASTER_NOUNS = frozenset("""flood floods flooding earthquake quake storm cyclone hurricane typhoon landslide
drought famine fire wildfire epidemic disease hunger tsunami""".split())


def _killed_by_disaster(verb) -> bool:
    """'floods caused by a storm burst two dams and killed 4,000 people': the killer is a disaster."""
    v = verb
    while v.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in v.children):
        v = v.head
    return any(c.dep_ == "nsubj" and _is(c, _DISASTER_NOUNS) for c in v.children)


# Verbs whose object is what an attack destroyed (not "struck 60 targets": a count of the strike itself).
_DAMAGE_VERBS = frozenset("burst knock shoot intercept destroy damage down storm overrun".split())


def _damage_object(noun) -> bool:
    """A count of what an attack destroyed: 'burst two dams', 'knocked out two radio masts', 'shot down 18 drones
    and two cruise missiles', 'attacks on three bases'."""
    t = noun
    while t.dep_ in ("conj", "appos") and t.head.i != t.i:
        t = t.head
    if t.dep_ == "dobj" and _is(t.head, _DAMAGE_VERBS):
        return True
    return t.dep_ == "pobj" and t.head.lower_ in ("on", "against") and _is(t.head.head, ATTACK_NOUNS)


# Nouns of a change that a percentage sizes: "saw a 46.2 percent increase".
_CHANGE_NOUNS = frozenset("increase rise fall drop growth decline jump surge decrease".split())


def _own_losses(num) -> bool:
    """'Syldavia said 192 of its servicemen died': a side's count of its own dead, told as its figure."""
    of = _prep_objs(num, "of")
    return num.dep_ == "nsubj" and num.head.lemma_.lower() == "die" and bool(of) and any(
        c.dep_ == "poss" and c.lower_ in ("its", "their") for c in of[0].children)


# Counted nouns that say only that people are counted; the verb says what the count is of.
_GENERIC_COUNTED = frozenset("people person persons others other individuals".split())
# Nouns that stand for the count of the noun in their 'of' phrase: "the number of soldiers".
_COUNT_NOUNS = frozenset("number total count".split())


# Pronouns a count may partition: "400 of them serve in ...", "220,000 of whom hold ...".
_PARTITIVE_PRONOUNS = frozenset("them whom which these those".split())


def _elided_noun(num):
    """The noun a bare number counts by ellipsis: '2,500 troops in Iraq and 900 in Syria', 'Italy has
    about 1,000 soldiers; France has some 700' (the counted noun told just before in the sentence)."""
    if num.dep_ == "conj" and num.head.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in num.head.children):
        return num.head
    if num.dep_ == "conj" and num.head.pos_ == "VERB":
        obj = next((o for o in _children(num.head, "dobj") if o.pos_ == "NOUN" and o.i < num.i), None)
        if obj is not None and any(c.dep_ == "nummod" for c in obj.children):
            return obj          # the parser's "keeps [1,200 troops in Haiti] and [400 in Chad]"
    if num.dep_ == "appos" and num.head.dep_ == "conj" and num.head.pos_ == "PROPN" and num.head.head.pos_ == "NOUN" \
            and any(c.dep_ == "nummod" for c in num.head.head.children):
        return num.head.head    # "Klow has taken in 60,000 refugees, and Zelen more than 110,000": gapping
    if num.dep_ == "dobj" and num.head.lemma_.lower() in ("have", "keep", "send", "deploy", "contribute", "station"):
        before = [t for t in num.sent if t.i < num.i and t.pos_ == "NOUN" and any(
            c.dep_ == "nummod" and c.i < t.i for c in t.children)]
        if before:
            return before[-1]
    return None


def _bare_count_measure(head):
    """What a number with no counted noun counts: the predicate of 'N of them/whom' ('400 of them serve
    in the peacekeeping force'), the counted noun of a tally ('by 188 votes to six'), or the subject of a
    change verb ('the force has grown to about 2,000')."""
    elided = _elided_noun(head)
    if elided is not None:
        return elided.text
    of = _prep_objs(head, "of")
    if of and of[0].lower_ in _PARTITIVE_PRONOUNS and head.dep_ in ("nsubj", "nsubjpass"):
        verb = head.head
        parts = [phrase_text(c, drop=_NP_DROP) for c in verb.children if c.dep_ in ("dobj", "attr")]
        if not parts:
            parts = [f"{p.text} {phrase_text(o, drop=_NP_DROP)}" for p in verb.children
                     if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"][:1]
        return " ".join([verb.text] + parts) if parts else None
    rel = next((c for c in head.children if c.dep_ == "relcl" and c.pos_ == "VERB"), None)
    if rel is not None and any(c.tag_ == "WP" and c.dep_ in ("nsubj", "nsubjpass") for c in rel.children):
        # "including about 250,000 who crossed into Syldavia": what the counted did
        return " ".join([rel.text] + [f"{p.text} {phrase_text(o, drop=_NP_DROP)}" for p in rel.children
                                      if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"][:1])
    if head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.pos_ == "VERB":
        verb = head.head.head       # "bringing the total pledged to about 2,500"
        cands = [c for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")] + [
            g for c in verb.children if c.dep_ == "csubj" for g in c.children if g.dep_ == "dobj"]
        total = next((c for c in cands if _is(c, _COUNT_NOUNS) and not _prep_objs(c, "of")), None)
        if total is not None:
            words = phrase_text(total, drop=("relcl", "appos", "prep"))
            return words if total.head.i == verb.i else f"{words} {verb.text}"
    if head.dep_ == "pobj" and head.head.lower_ == "to":
        host = head.head.head       # "by 188 votes to six": the tally's counted noun
        for n in ([host] if host.pos_ == "NOUN" else _prep_objs(host, "by")):
            if n.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in n.children):
                return n.text
    verb = head.head.head if head.dep_ == "pobj" and head.head.lower_ in ("to", "from") else head.head
    if _is(verb, CHANGE_VERBS) and head.dep_ in ("pobj", "dobj"):
        subj = _change_subject(verb)
        if subj is not None and subj.pos_ == "NOUN":
            of = _prep_objs(subj, "of") if _is(subj, _COUNT_NOUNS) else []
            if of:      # "the number of soldiers had been cut to 7,500 from 14,000"
                return f"{subj.text} of {phrase_text(of[0], drop=_NP_DROP)} {verb.lemma_.lower()}"
            return f"{phrase_text(subj, drop=_NP_DROP)} {verb.lemma_.lower()}"   # "force grow"
    return None


def _money_measure(head):
    """What a sum of money no noun counts is for: '$3 billion in security assistance', "40 million euros'
    worth of equipment", 'at a cost of R984m', 'raise defence spending by £5bn', 'put its cost at A$9
    billion', 'paying $1.5bn a year in port fees'."""
    for o in _prep_objs(head, "in"):
        if o.pos_ == "NOUN":
            return phrase_text(o, drop=_NP_DROP)     # "$3 billion in aid"
    obj = head
    while obj.dep_ == "conj" and obj.head.i != obj.i:
        obj = obj.head      # "sent rescue teams and 1 billion yuan in emergency aid": an object's conjunct
    if obj.dep_ == "dobj":
        for o in _prep_objs(obj.head, "in"):
            if o.pos_ == "NOUN" and o.ent_type_ != "DATE":
                return phrase_text(o, drop=_NP_DROP)     # "sent $100,000 in cash aid for families"
    for o in _prep_objs(head, "for"):
        if o.pos_ == "NOUN" or (o.pos_ == "PROPN" and o.dep_ == "pobj"):
            return phrase_text(o, drop=_NP_DROP)     # "$2 billion for the army", "a further $24 billion for Syldavia"
    if head.dep_ == "appos" and head.head.ent_type_ == "MONEY":
        return _money_measure(head.head)        # "A$368 billion ($245 billion)": the same sum converted
    if head.dep_ == "poss" and head.head.lower_ == "worth":
        for o in _prep_objs(head.head, "of"):
            return phrase_text(o, drop=_NP_DROP)
    if head.dep_ == "pobj":
        prep = head.head
        if prep.lower_ == "of" and prep.head.pos_ == "NOUN" and prep.head.lower_ != "worth":
            return phrase_text(prep.head, drop=_NP_DROP)         # "a cost of R984m"
        if prep.lower_ in ("by", "at", "to") and prep.head.pos_ in ("VERB", "AUX"):
            obj = next((o for o in _children(prep.head, "dobj") if o.pos_ == "NOUN"), None)
            if obj is not None:
                return phrase_text(obj, drop=_NP_DROP)           # "raise spending by £5bn"
    if head.dep_ == "dobj":
        for o in _prep_objs(head.head, "in"):
            if o.pos_ == "NOUN" and o.ent_type_ != "DATE":
                return phrase_text(o, drop=_NP_DROP)             # "paying $1.5bn in port fees"
    return None


def _priced_act(verb, beneficiary):
    """'leased the port for $1.1bn', 'appealed for $3 billion for Syldavia': the act the sum pays for."""
    obj = next((o for o in _children(verb, "dobj") if o.pos_ in ("NOUN", "PROPN")), None)
    parts = [verb.text] + ([phrase_text(obj, drop=_NP_DROP)] if obj is not None else [])
    if beneficiary:
        parts.append(f"for {beneficiary}")
    return " ".join(parts)


# Verbs whose subject sum goes to the object of 'to': "A$100 million will go to budget support".
_MONEY_DESTINATION_VERBS = frozenset("go flow".split())


def _money_context(ent, head, measures):
    """What a sum is for when no noun says it: the measure of the sum it converts ('64.3 billion yen ($400
    million) loan'), the noun it is in apposition to ('grants worth 2.4 billion rupees'), the things it is
    the worth of ('delivered vehicles and drones worth 11.75 million euros'), where it goes ('A$40 million to
    the police force'), or the verb that spends it ('has provided $300 million for the mission', 'estimated
    to cost 1 billion euros')."""
    doc = ent.doc
    if head.dep_ == "appos" and measures.get(head.head.i):
        return measures[head.head.i]
    if head.dep_ == "appos" and head.head.pos_ == "NOUN" and not head.head.ent_type_:
        host = head.head
        return " ".join([host.text] + [c.text for c in host.children if c.lower_ == "worth"])
    worth = head.head if head.head.lower_ == "worth" else None
    if worth is not None and worth.head.pos_ == "VERB":
        obj = next((o for o in _children(worth.head, "dobj") if o.pos_ == "NOUN"), None)
        if obj is not None:
            last = max([obj] + list(obj.conjuncts), key=lambda t: t.i)
            return f"{doc[obj.left_edge.i:last.i + 1].text} worth"
    if head.dep_ == "nsubj" and _is(head.head, _MONEY_DESTINATION_VERBS):
        for o in _prep_objs(head.head, "to"):
            return phrase_text(o, drop=_NP_DROP)
    if ent.end < len(doc) and doc[ent.end].lower_ == "to":
        o = next((c for c in doc[ent.end].children if c.dep_ == "pobj"), None)
        if o is not None and o.pos_ in ("NOUN", "PROPN"):
            return phrase_text(o, drop=_NP_DROP)
    return None


def _spending_verb(head):
    """'has provided $300 million for the mission', 'estimated to cost 1 billion euros': with no subject
    to name it, the verb that spends a sum (and what for) is its measure."""
    if head.dep_ != "dobj" or head.head.pos_ != "VERB":
        return None
    verb = head.head
    purpose = next((phrase_text(o, drop=_NP_DROP) for o in _prep_objs(verb, "for") if o.pos_ == "NOUN"), None)
    return f"{verb.text} for {purpose}" if purpose else verb.text


# Who a reported figure is about: a state, a body or a group, not a person or a town.
_FIGURE_SUBJECTS = ("State", "Organization", "InternationalOrganization", "GovernmentAgency", "ArmedForces",
                    "ArmedGroup")


def _figure_subject(ctx, head, noun):
    """Whom a figure is about: the owner of the counted noun ('the agency's 6,000 staff'), a national
    modifier of it ('400 Syldavian police officers'), the noun it describes ('Syldavia, a country of 10
    million people'), else the actor of its clause ('Syldavia will provide $200m', "Syldavia's aid
    agency pledged $100m"); a person stands for the state or body they hold office in."""
    def actor(tok):
        e = ctx.res.resolve(tok)
        if e is not None and e.type == "Person" and ctx.roles.get(e.key):
            e = ctx.roles[e.key][1]
        return e if e is not None and e.type in _FIGURE_SUBJECTS else None
    counted = noun if noun is not None else head
    if noun is None and head.dep_ == "appos" and head.head.dep_ == "conj" and head.head.pos_ == "PROPN":
        e = actor(head.head)        # "..., and Syldavia, its northern neighbour, more than 110,000"
        if e is not None:
            return e
    for c in counted.children:
        if c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") and c.i < counted.i):
            e = actor(c)
            if e is not None:
                return e
    if counted.dep_ == "pobj" and counted.head.lower_ == "of" and counted.head.head.dep_ == "appos":
        e = actor(counted.head.head.head)     # "Syldavia, a country of 10 million people"
        if e is not None:
            return e
    verb = counted
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and verb.dep_ not in ("nsubj", "nsubjpass"):
        verb = verb.head
    if verb.dep_ in ("nsubj", "nsubjpass") and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head        # the figure is the subject: its clause
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
        e = ctx.res.resolve(verb.head, want="place")   # "Bougainville, where 97.7% of voters chose independence"
        if e is not None and e.type in ("State", "Region", "City"):
            return e
    for s in _subjects(verb)[:1]:
        if s.i >= counted.i and s.i <= counted.right_edge.i:
            return None         # the figure is itself the subject
        e = actor(s)
        if e is None:
            owner = next((c for c in s.children if c.dep_ == "poss"), None)
            e = actor(owner) if owner is not None and s.pos_ == "NOUN" else None
        if e is None and s.pos_ == "NOUN":
            # "trade between Syldavia and Borduria reached $4bn": the first of the two parties
            e = next((actor(o) for o in _prep_objs(s, "between") if actor(o) is not None), None)
        return e
    return None


def _number_root(ent):
    """The number of a span whose words all hang on the noun it counts ('an estimated 4,000 troops':
    the span's root would be the determiner)."""
    root = ent.root
    if root.dep_ in ("det", "amod", "advmod", "quantmod") and not root.like_num:
        nums = [t for t in ent if t.like_num and t.head.i == root.head.i]
        if nums:
            return nums[-1]
    return root


def _anaphoric_count(ent) -> bool:
    """'the two men', 'the three mediators': a spelled-out small number after 'the' takes up people or
    things told before; it is not a reported figure."""
    if ent.start == 0 or ent.doc[ent.start - 1].lower_ != "the" or re.search(r"\d", ent.text):
        return False
    q = parse_quantity(ent.text)
    return q is not None and q.value <= 10


def _year_number(ent, head) -> bool:
    """'its 2022 economic crisis', 'the 1999 accord': a year written before the singular noun it dates."""
    return ent.label_ == "CARDINAL" and re.fullmatch(r"(1[89]|20)\d\d", ent.text.strip()) is not None \
        and head.dep_ in ("nummod", "amod", "compound") and head.head.tag_ in ("NN", "NNP")


def _rhetorical_percent(ent, q) -> bool:
    """'had obtained "100 percent" of what it sought': a quoted whole is a manner of speaking."""
    doc = ent.doc
    quoted = ent.start > 0 and doc[ent.start - 1].text in ('"', "“") and ent.end < len(doc) \
        and doc[ent.end].text in ('"', "”")
    return q.unit == "percent" and q.value == 100 and quoted


# Units of measure written into a hyphenated adjective: "a 120-megawatt plant", "a 10-kilometre wall".
_MEASURE_UNITS = frozenset("""megawatt gigawatt kilowatt kilometre kilometer km mile metre meter tonne ton hectare
barrel litre liter""".split())


def _figures(ctx):
    doc = ctx.doc
    measures = {}       # token index -> the measure given to the figure there (for a converted sum)
    last_percent = {}   # sentence start -> the measure of its last percentage (for 'raise that to N%')
    for ent in _figure_spans(doc):
        q = parse_quantity(ent.text)
        if q is None:
            continue
        words = {t.lower_ for t in ent}
        if ent.label_ == "QUANTITY" and words & NON_FIGURE_UNITS:
            continue        # distances and durations
        head = _number_root(ent)
        if _anaphoric_count(ent) or _year_number(ent, head) or _rhetorical_percent(ent, q):
            continue
        noun = head.head if head.dep_ in ("nummod", "quantmod", "amod", "compound") else None
        if ent.label_ == "MONEY" and noun is None and head.dep_ == "nmod" and head.head.pos_ == "NOUN" \
                and head.head.i > head.i:
            noun = head.head        # "a 64.3 billion yen loan agreement": the sum prices the noun after it
        given = None
        if ent.label_ == "MONEY" and noun is not None and noun.pos_ == "PROPN" and noun.i < ent.start \
                and noun.ent_type_ in ("GPE", "ORG", "NORP"):
            given, noun = noun, None    # "will give Syldavia A$140 million": the state is the recipient, not the thing
        if ent.label_ == "MONEY" and noun is None and head.dep_ not in ("pobj",):
            noun = head
        if noun is not None and noun.i < ent.end and ent.label_ != "MONEY":
            noun = None
        text_after = doc[ent.end:ent.end + 3].text.lower()
        if re.match(r"-?\s*(year|month|day)s?[- ]old", text_after) or "years old" in text_after:
            continue
        if noun is not None and noun.lemma_.lower() == "time" and _is(noun.head, ATTACK_VERBS):
            pass            # "attacked more than 160 times": a count of attacks
        elif noun is not None and _is(noun, NON_FIGURE_UNITS):
            continue
        if noun is not None and noun.i == ent.end + 1 and doc[ent.end].text in ("-", "‑") \
                and noun.lemma_.lower() in _SIZE_NOUNS and noun.dep_ in ("compound", "amod"):
            continue        # "the six-member bloc": a size that names the bloc, not a reported figure
        if noun is not None and _toll_noun(noun):
            continue        # a death toll belongs to its hostility
        if noun is not None and _damage_object(noun):
            continue        # "hit 16 locations", "shot down 18 drones", "attacks on three bases": the attack's targets
        if noun is not None and (noun.lemma_.lower() == "member" or any(
                c.dep_ == "compound" and c.lemma_.lower() == "member" for c in noun.children)):
            continue        # "the bloc's 31 members", "the 27 member states": the size of a bloc
        if noun is not None and not re.search(r"\d", ent.text) and q.value <= 4 and _is(noun, _NARRATIVE_COUNT_NOUNS | {"facility", "facilities"} - FACILITY_NOUNS):
            continue
        if not re.search(r"\d", ent.text) and q.value < 2:
            continue        # "one example"
        if noun is not None and noun.lemma_.lower() in ("percent", "%"):
            noun = noun.head
        measure, unit, subj = None, q.unit, None
        last = ent[-1]
        if unit is None and ent.label_ in ("QUANTITY", "MONEY") and last.pos_ == "NOUN" and last.is_alpha \
                and parse_quantity(f"1 {last.text}").value == 1 and not is_currency(last.text):
            unit = last.lower_      # "11 billion barrels", "400,000 barrels a day": the counted unit
        hyphened = re.fullmatch(r"[\d.,]+\s?[-‑]\s?([a-z]+)", ent.text.lower())
        if unit is None and hyphened and hyphened.group(1) in _MEASURE_UNITS:
            unit = hyphened.group(1)    # "the 120-megawatt plant": megawatts of the plant
        money = ent.label_ == "MONEY"
        if unit is None and noun is not None:
            named = doc[ent.end:noun.i].text if 0 < noun.i - ent.end <= 3 else ""
            cur = parse_quantity(f"1 {named} {noun.text}")    # "50 million euros", "2 billion Sri Lankan rupees"
            if cur is not None and cur.unit not in (None, "percent"):
                # the counted noun is the currency: what the money is for comes from the context
                unit, head, noun, money = cur.unit, noun, None, True
                measure = next((phrase_text(o, drop=_NP_DROP) for o in _prep_objs(head, "in", "of", "for")), None)
        if noun is not None:
            if ent.label_ == "MONEY":
                measure = phrase_text(noun) if noun.i != head.i else None
                if measure is not None and head.dep_ == "nmod" and head.head.i == noun.i \
                        and any(c.dep_ == "appos" for c in head.children):
                    # "a 64.3 billion yen ($400 million) loan agreement": the noun and its modifiers
                    measure = " ".join([t.text for t in noun.lefts if t.dep_ in ("compound", "amod")
                                        and t.i > head.i] + [noun.text])
                if measure is None:     # "$100 million in aid", "$2 billion for the army"
                    measure = _money_measure(head) if _prep_objs(head, "in") or head.dep_ == "dobj" else None
                if measure is None:
                    for o in _prep_objs(head, "in", "of", "for"):
                        measure = phrase_text(o, drop=_NP_DROP)
                        break
            else:
                if noun.pos_ == "PROPN" and ctx.res.entity_at(noun.i) is not None:
                    # "350 Fenwick Guard and Air Wing personnel": the counted noun is the conjunct
                    noun = next((c for c in noun.conjuncts if c.pos_ == "NOUN"), noun)
                    if noun.pos_ == "PROPN" and noun.dep_ in ("nmod", "amod", "compound") and noun.head.pos_ == "NOUN" \
                            and noun.head.i > noun.i:
                        noun = noun.head    # "16,700 Filipino, American and French troops": the troops
                if noun.pos_ == "NOUN" and noun.dep_ in ("compound", "nmod") and noun.head.pos_ == "NOUN" \
                        and noun.head.i > noun.i and any(c.dep_ == "conj" for c in noun.children):
                    noun = noun.head    # "170 drone and rocket attacks": the attacks, not the drones
                mods = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i > ent.end - 1]
                measure = " ".join([m.text for m in mods] + [noun.text])
                of = _prep_objs(noun, "of")
                if of and noun.lemma_.lower() in _CONTAINER_NOUNS:
                    measure += " of " + phrase_text(of[0], drop=_NP_DROP)   # "250 pieces of military hardware"
                if noun.dep_ == "nsubjpass" and noun.head.tag_ == "VBN" or noun.dep_ == "nsubj" and noun.head.pos_ == "VERB" \
                        and noun.head.lemma_.lower() not in ("be", "have", "say") and not is_speech_verb(noun.head):
                    measure += " " + noun.head.text     # "1.2 million people were displaced", "1.1 million people have fled"
                elif noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and _is(noun, _GENERIC_COUNTED) \
                        and noun.head.lemma_.lower() not in ("be", "have"):
                    measure += " " + noun.head.text     # "arrested 1,975 people", "wounded six others"
                if unit is None and noun.pos_ == "NOUN":
                    unit = noun.lower_          # a count: "4,800 radios" -> 4800 radios
            if ent.label_ == "PERCENT" and _is(noun, _CHANGE_NOUNS) and noun.dep_ == "dobj":
                s_ = _change_subject(noun.head)
                if s_ is not None and s_.pos_ == "NOUN":    # "trade saw a 46.2 percent increase": trade's increase
                    measure = f"{phrase_text(s_, drop=_NP_DROP)} {measure}"
        elif ent.label_ == "CARDINAL" and _prep_objs(head, "of") and _prep_objs(head, "of")[0].pos_ == "NOUN" \
                and not re.search(r"(?i)dozens|hundreds|thousands|scores", ent.text) \
                and (not _is(head.head, KILL_VERBS) or _own_losses(head)) and not _toll_noun(head) \
                and not _damage_object(head):
            # "three of the gunmen were killed", "killed a sergeant and three of the gunmen": a toll;
            # "stormed two of the prisons": the attack's targets
            counted = _prep_objs(head, "of")[0]      # "192 of its servicemen died", "400 of the attackers"
            measure = phrase_text(counted, drop=_NP_DROP)
            unit = unit or counted.lower_
        elif head.head.tag_ == "VBN" and head.dep_ in ("nsubj", "nsubjpass", "conj", "dobj") and ent.label_ == "CARDINAL" \
                and not _is(head.head, KILL_VERBS):
            measure = head.head.text        # "another 103 injured"
        rate_of = [o for c in head.children if c.dep_ == "npadvmod" for o in _prep_objs(c, "of")]
        if measure is None and ent.label_ == "QUANTITY" and head.pos_ == "NOUN" and _prep_objs(head, "of"):
            # "40 tonnes of food aid": the unit is the counted noun, the measure what it weighs
            measure = phrase_text(_prep_objs(head, "of")[0], drop=_NP_DROP)
            unit = unit or head.lower_
        elif measure is None and ent.label_ == "QUANTITY" and head.pos_ == "NOUN" and rate_of:
            # "1.75 million barrels a day of Syldavian crude": a rate of what the unit measures
            measure = f"{head.text} of {phrase_text(rate_of[0], drop=_NP_DROP)}"
            unit = unit or head.lower_
        if money and head.dep_ == "pobj" and head.head.lower_ == "for" and head.head.head.pos_ == "VERB":
            measure = _priced_act(head.head.head, _money_measure(head))   # "leased the port for $1bn"
        if measure is None and money:
            measure = _money_measure(head)
        if measure is None and money:
            measure = _money_context(ent, head, measures)
        if measure is None and given is not None:
            verb = given
            while verb.pos_ != "VERB" and verb.head.i != verb.i:
                verb = verb.head
            measure = verb.text if verb.pos_ == "VERB" else None
        if measure is None and money and head.head.lower_ == "worth" and head.head.head.pos_ == "NOUN":
            thing = head.head.head      # "a defence deal worth $2 billion"
            measure = " ".join([t.text for t in thing.lefts if t.dep_ in ("compound", "amod") and t.i != head.head.i]
                               + [thing.text, "worth"])
        share_of = [o for t in ent for o in _prep_objs(t, "of") if o.pos_ == "NOUN"
                    or (o.pos_ == "PROPN" and o.ent_type_ not in ("GPE", "NORP", "LOC"))]   # "2.1% of its GDP"
        if ent.label_ == "PERCENT" and measure is None and share_of:
            # "buys about 65 percent of the archipelago's exports": the share is of the exports
            measure = phrase_text(share_of[0], drop=_NP_DROP)
        elif (ent.label_ == "PERCENT" and not (noun is not None and noun.i >= ent.end and measure)) \
                or (measure is None and unit == "percent"):
            verb = head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            subj = _change_subject(verb)
            if subj is not None:
                measure = f"{phrase_text(subj, drop=('relcl', 'acl', 'appos', 'prep'))} {verb.lower_}".strip()
            for xc in _children(verb, "ccomp", "xcomp"):
                s2 = next((c for c in xc.children if c.dep_ in ("nsubj",)), None)
                if s2 is not None and xc.i < head.i:
                    subj = s2
                    measure = f"{phrase_text(s2)} {xc.lower_}"
            if measure is None and noun is not None:
                measure = phrase_text(noun)
        if measure is None and (money or ent.label_ in ("PERCENT", "QUANTITY")):
            # "Remittances reached $2.7 billion": the clause's subject and verb say what is measured
            verb = head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            s2 = _change_subject(verb) if verb.pos_ in ("VERB", "AUX") else None
            if s2 is not None and not (ent.start <= s2.i < ent.end) and s2.pos_ in ("NOUN", "PROPN"):
                subj = subj or s2
                measure = f"{phrase_text(s2, drop=('relcl', 'acl', 'appos', 'prep'))} {verb.lower_}"    # as written: "US lent"
        if measure is None and money:
            measure = _spending_verb(head)
        if measure is None and ent.label_ == "PERCENT" and head.dep_ == "pobj" and head.head.lower_ in ("to", "by") \
                and any(o.lower_ in ("that", "it", "this") for o in _children(head.head.head, "dobj")):
            measure = last_percent.get(ent.sent.start)   # "spends 4.1% of its GDP ... plans to raise that to 4.7%"
        if ent.label_ == "PERCENT" and measure:
            last_percent[ent.sent.start] = measure
        if measure is None and ent.label_ == "CARDINAL" and not money and noun is None:
            measure = _bare_count_measure(head)
        if measure is None and ent.label_ in ("CARDINAL",) and not money:
            continue
        anchor = noun if noun is not None else head
        measures.update({t.i: measure for t in ent})
        measures[head.i] = measure
        period = _figure_period(ctx, ent, subj)
        yield ctx.claim("reportedFigure", _figure_subject(ctx, head, noun), Quantity(q.value, unit, q.approximate),
                        anchor, "figure",
                        0.5, quantity=q.value, unit=unit, measure=measure, period=period,
                        approximate=True if q.approximate else None)


# ---------------------------------------------------------------------------------------------
# statements

def _occasion_date(ctx, verb, speaker):
    """'In the course of the talks, X noted ...': the date of the speaker's talks in the article."""
    for p in verb.children:
        if p.dep_ != "prep" or p.lower_ not in ("in", "during", "at", "after"):
            continue
        nouns = [o for o in p.children if o.dep_ == "pobj"]
        nouns += [g for o in nouns for g in _prep_objs(o, "of")]
        if any(_is(n, TALK_NOUNS | {"talk", "visit", "trip"}) for n in nouns):
            found = [c for c in ctx.claims
                     if c.predicate in ("metWith", "visited") and c.arg("date") is not None and speaker is not None
                     and not c.extractor.endswith(_ARTICLE_DATED) and (
                         getattr(c.subject, "key", None) == speaker.key or getattr(c.object, "key", None) == speaker.key)]
            # "after the meeting": the last one told before the speech, else the first told
            before = [c for c in found if c.start < verb.idx]
            if before:
                return max(before, key=lambda c: c.start).arg("date")
            if found:
                return found[0].arg("date")
    return None


# What a speaker says things in, and the verbs that bring it out.
_MEDIUM_NOUNS = frozenset("article op-ed column essay letter post message interview video broadcast".split())
_PUBLISH_VERBS = frozenset("publish print post air broadcast release issue run carry".split())


def _speech_clause_date(ctx, verb) -> EventDate | None:
    """The day a speech verb's own clauses give: "..., saying that ..." is said when the main verb happened
    ("announced on May 2 that ..., saying ..."); "told them before they left on Monday that ..." that day."""
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "acl"):
        if any(t.ent_type_ == "DATE" and t.ent_iob_ == "B" and _clause_head(t).i == verb.i for t in verb.subtree):
            return ctx.date_of(verb)        # "speaking at a church on Sunday": its own day
        # the speech verb it goes with, else the clause it hangs on (not "an accord revised in 2019, saying")
        main = next((a for a in verb.ancestors if is_speech_verb(a)), None) or (
            verb.head if verb.head.pos_ in ("VERB", "AUX") and verb.head.dep_ not in ("acl", "relcl") else None)
        return _date_near(ctx, main) if main is not None else None
    if verb.dep_ == "relcl" and any(c.lower_ == "then" for c in _children(verb, "advmod")) \
            and verb.head.head.pos_ in ("VERB", "AUX"):
        return _date_near(ctx, verb.head.head)   # "X visited in February and met Y, who then announced ...": then
    for medium in _prep_objs(verb, "in"):
        if _is(medium, _MEDIUM_NOUNS):
            # "X wrote in an article published on Tuesday ...": the day the medium came out
            for c in medium.children:
                if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _PUBLISH_VERBS:
                    d = _date_near(ctx, c)
                    if d is not None and d.precision == "day":
                        return d
    for c in _children(verb, "advcl"):
        if c.tag_ == "VBG" and not _children(c, "nsubj") and any(
                t.ent_type_ == "DATE" and _clause_head(t).i == c.i for t in c.subtree):
            d = ctx.date_of(c)      # "Addressing the council on June 16, X said ..."
            if d is not None:
                return d
        if any(m.dep_ == "mark" and m.lower_ in ("before", "as", "when", "while") for m in c.children):
            d = _date_near(ctx, c)
            if d is not None and d.precision == "day":
                return d
    return None


def _told_clause_date(ctx, verb):
    """'On Wednesday, X received Y and thanked him, his office said': a past event told before its speech
    verb, with one date, is what the speaker reported that day."""
    comp = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and c.tag_ == "VBD"), None)
    if comp is None:
        return None
    dates = {}
    for t in comp.subtree:
        if t.ent_type_ == "DATE" and t.ent_iob_ == "B":
            d = _date_at(ctx, t)
            if d is not None and d.precision in ("day", "month"):
                dates[d.iso] = d
    if len(dates) != 1:
        return None
    d = next(iter(dates.values()))
    return d if ctx.article.date is None or d.iso <= ctx.article.date.isoformat() else None


def _meeting_just_told(ctx, verb, speaker):
    """'X and Y held talks on Friday. ... X assured them that ...': the day of the speaker's meeting told in
    the two sentences before (what was said there)."""
    if speaker is None:
        return None
    start = _sentences_before(verb, 2)
    # (not talks that a relative clause on the speaker tells, with their own date, in the speech's sentence:
    # "X, who had met Y a day earlier, said ...")
    aside = any(t.ent_type_ == "DATE" for s_ in _children(verb, "nsubj") for c in _children(s_, "relcl")
                for t in c.subtree)
    found = [c for c in ctx.claims if c.predicate == "metWith" and c.arg("date") is not None
             and not c.extractor.endswith(_ARTICLE_DATED) and start <= _tok_at(ctx, c.start) <= verb.i
             and not (aside and verb.sent.start_char <= c.start < verb.sent.end_char)
             and speaker.key in (getattr(c.subject, "key", None), getattr(c.object, "key", None))]
    return max(found, key=lambda c: c.start).arg("date") if found else None


def _tok_at(ctx, char):
    span = ctx.doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else -1


_STATEMENT_NOUNS = frozenset("statement communique communiqué declaration".split())
# Nouns for what was said, dated by the verb they are the subject of: "The admission came on Monday".
_SAID_NOUNS = _STATEMENT_NOUNS | frozenset("admission remark comment announcement apology acknowledgement".split())


def _statement_noun_date(ctx, verb):
    """'A and B agreed ..., the two governments said. The deal was announced in a joint statement on
    Sunday': the day of a dated statement told in the sentence before or after."""
    sents = [verb.sent]
    if verb.sent.start > 0:
        sents.append(ctx.doc[verb.sent.start - 1].sent)
    if verb.sent.end < len(ctx.doc):
        sents.append(ctx.doc[verb.sent.end].sent)
    for sent in sents:
        for t in sent:
            if t.lemma_.lower() in _SAID_NOUNS and t.pos_ == "NOUN" and t.dep_ == "nsubj" \
                    and t.head.lemma_.lower() in ("come", "be"):
                date = _date_near(ctx, t.head)      # "The admission came on Monday, during talks"
                if date is not None and date.precision == "day":
                    return date
            if t.lemma_.lower() in _STATEMENT_NOUNS and t.pos_ == "NOUN":
                for d in t.subtree:
                    if d.ent_type_ == "DATE" and d.ent_iob_ == "B":
                        date = _date_at(ctx, d)
                        if date is not None and date.precision == "day":
                            return date
    return None


def _lede(ctx):
    """The story's first sentence after its dateline (the first sentence when it has none)."""
    if "lede" not in ctx.cache:
        end = ctx.dateline_end() or 0
        ctx.cache["lede"] = next((s_ for s_ in ctx.doc.sents if s_.end_char > end + 1), None)
    return ctx.cache["lede"]


def _within_days_before(ctx, d, n) -> bool:
    """Whether day d is the article's day or one of the n days before it."""
    return 0 <= (ctx.article.date - _dt.date.fromisoformat(d.iso)).days <= n


def _story_day(ctx) -> EventDate | None:
    """The day the lede's news happened, when its first sentence dates an event in the three days up to
    the article's date ('... agreed on Wednesday to ...' in a Thursday paper); of several, the latest."""
    if "story_day" not in ctx.cache:
        day = None
        end = ctx.dateline_end() or 0
        first = _lede(ctx)
        if first is not None and ctx.article.date is not None:
            for c in sorted(ctx.claims, key=lambda c: c.start):
                d = c.arg("date") if c.predicate != "stated" else None
                if max(first.start_char, end) <= c.start < first.end_char and isinstance(d, EventDate) and d.precision == "day" \
                        and not c.extractor.endswith(_ARTICLE_DATED):
                    if _within_days_before(ctx, d, 3) and (day is None or d.iso > day.iso):
                        day = d     # the latest: the lede's news, not what happened "a day earlier"
            if day is None:
                # no claim there: the day of the lede's main clause ("Separatists on Wednesday asked X for ...")
                for e in first.ents:
                    d = _date_at(ctx, ctx.doc[e.start]) if e.label_ == "DATE" and e.start_char >= end \
                        and _clause_head(e.root).dep_ == "ROOT" else None
                    if d is not None and d.precision == "day" and _within_days_before(ctx, d, 3):
                        day = d
                        break
        ctx.cache["story_day"] = day
    return ctx.cache["story_day"]


def _statements(ctx):
    seen = set()
    spoke_on = {}       # speaker key -> the day of the speaker's last dated statement
    last_dated = None   # (sentence start, day) of the last statement the story dates
    atts = sorted(list(ctx.attributions.values()) + ctx.more_attributions,
                  key=lambda a: a.anchor.i if a.anchor is not None else -1)
    def spoken(d):      # "said it would create jobs through 2055": no one spoke in the future
        today = ctx.article.date.isoformat() if ctx.article.date is not None else None
        return None if d is None or today is not None and d.iso > today[:len(d.iso)] else d

    for att in atts:
        anchor = att.anchor
        if anchor is None or (att.verb is None and att.gist in seen):
            continue
        seen.add(att.gist)
        # (a participle, "..., saying ...", is dated by the speech verb it goes with)
        date = spoken(_date_near(ctx, att.verb, skip_subject=True)) \
            if att.verb is not None and att.verb.tag_ != "VBG" else None
        if date is None and att.verb is not None:
            date = spoken(_speech_clause_date(ctx, att.verb))
        if date is None and att.verb is not None:
            date = _occasion_date(ctx, att.verb, att.speaker)
        if date is None and att.verb is not None:
            date = _told_clause_date(ctx, att.verb)
        if date is not None and att.speaker is not None:
            for sp in (att.speaker,) + att.also:
                spoke_on[sp.key] = date
        elif att.speaker is not None and att.speaker.key in spoke_on:
            # "X told his soldiers on Saturday that ... . 'We came here to help,' X said": the same occasion
            date = spoke_on[att.speaker.key]
        if date is None and att.verb is not None:
            date = _meeting_just_told(ctx, att.verb, att.speaker)
        if date is None and att.verb is not None:
            date = _statement_noun_date(ctx, att.verb)
            if date is not None:
                for sp in (att.speaker,) + att.also:
                    spoke_on[sp.key] = date
        if date is None and last_dated is not None and last_dated[0] >= _sentences_before(anchor, 1):
            # "'We came to help,' X said [on Saturday]. Y thanked X, saying ...": the occasion just told
            date = last_dated[1]
        if date is not None and date.precision == "day":
            last_dated = (anchor.sent.start, date)
        if date is None and ctx.article.date is not None:
            # what the news reports someone said, it reports as said on the day of the story: the day its
            # lede dates (a report filed the next morning on Wednesday's signing), else the article's
            date = _story_day(ctx) or EventDate(ctx.article.date.isoformat(), "day")
        mod = "negated" if att.verb is not None and any(c.dep_ == "neg" for c in att.verb.children) else "asserted"
        name = f"statement-{att.verb.lemma_.lower()}" if att.verb is not None else "statement-quote"
        for speaker in (att.speaker,) + att.also:
            yield ctx.claim("stated", speaker, att.gist, anchor, name, 0.7, modality=mod, gist=att.gist, date=date)


# ---------------------------------------------------------------------------------------------
# family and succession

# Leaving an office: "X took office after Y resigned / died / was ousted".
_VACATE_VERBS = frozenset("resign die quit oust topple overthrow depose remove impeach kill assassinate".split())
_OFFICE_OBJECTS = frozenset("office power presidency helm post".split())
# Removing a ruler by force.
_OUST_VERBS = frozenset("oust topple overthrow depose unseat".split())


def _takes_office(tok) -> bool:
    """'took office', 'came to power', 'seized power', 'became president', 'was sworn in'."""
    lemma = tok.lemma_.lower()
    if lemma in ("take", "seize", "assume") and any(o.lemma_.lower() in _OFFICE_OBJECTS for o in _children(tok, "dobj")):
        return True
    if lemma == "come" and any(o.lemma_.lower() == "power" for o in _prep_objs(tok, "to")):
        return True
    if lemma == "become" and any(_is(a, ROLE_NOUNS) for a in _children(tok, "attr")):
        return True
    return lemma == "swear" and any(c.lower_ == "in" for c in tok.children)


def _prep_objs_raw(tok, prep):
    """The preposition tokens `prep` hanging on tok."""
    return [c for c in tok.children if c.dep_ == "prep" and c.lower_ == prep]


_MALE_PRONOUNS = frozenset("he him his himself".split())
_FEMALE_PRONOUNS = frozenset("she her hers herself".split())


def _gender(ctx, person) -> str | None:
    """'m' or 'f' when the article's pronouns for the person agree ("he ... his"), else None."""
    seen = set()
    for t in ctx.doc:
        if t.pos_ == "PRON" and (t.lower_ in _MALE_PRONOUNS or t.lower_ in _FEMALE_PRONOUNS):
            e = ctx.res.pronoun(t)
            if e is not None and e.key == person.key:
                seen.add("m" if t.lower_ in _MALE_PRONOUNS else "f")
    return next(iter(seen)) if len(seen) == 1 else None


def _person_relations(ctx):
    for tok in ctx.doc:
        lemma = tok.lemma_.lower()
        # "his 34-year-old son, Petar Ivo" / "Petar Ivo, son of X"
        if lemma in FAMILY_NOUNS and tok.pos_ == "NOUN":
            if tok.i + 1 < len(ctx.doc) and ctx.doc[tok.i + 1].text in ("-", "‑") and tok.i + 2 < len(ctx.doc) \
                    and ctx.doc[tok.i + 2].lower_ == "in":
                continue        # "son-in-law": no blood tie the questions ask about
            rel = FAMILY_NOUNS[lemma]
            person = None
            for ap in _children(tok, "appos"):
                person = _entity(ctx, ap, types=("Person",))
            if person is None and tok.dep_ == "appos":
                person = _entity(ctx, tok.head, types=("Person",))
            if person is None and tok.dep_ == "compound" and tok.head.pos_ == "PROPN":
                person = _entity(ctx, tok.head, types=("Person",))     # "his half-brother X"
            if person is None and tok.i + 1 < len(ctx.doc) and ctx.doc[tok.i + 1].ent_type_ == "PERSON" \
                    and ctx.doc[tok.i + 1].ent_iob_ == "B" and any(c.dep_ == "poss" for c in tok.children):
                person = _entity(ctx, ctx.doc[tok.i + 1], types=("Person",))   # "named his son X as heir" (misparsed)
            if person is None and tok.dep_ == "attr" and tok.head.lemma_ == "be":
                # "X is the daughter of Y", "Y is X's father"
                person = next(iter(_ents(ctx, _subjects(tok.head), types=("Person",))), None)
            relative, poss = None, None
            for c in tok.children:
                if c.dep_ == "poss":
                    poss = c
                    relative = _entity(ctx, c, types=("Person",))
                    if relative is None and c.lower_ == "whose" and _clause_head(tok).dep_ == "relcl":
                        # "X, whose father, Y, was killed": the one the relative clause is on
                        relative = _entity(ctx, _clause_head(tok).head, types=("Person",))
            for o in _prep_objs(tok, "of", "to"):
                relative = relative or _entity(ctx, o, types=("Person",))
            if poss is not None and poss.lower_ in ("his", "her") and tok.dep_ == "conj":
                # "X and her husband, Y": the one the pronoun is coordinated with
                relative = _entity(ctx, tok.head, types=("Person",)) or relative
            if person is not None and relative is not None and person.key != relative.key:
                if rel == "parentOf":
                    # "his father, Y": he is Y's son ("her father": daughter; unknown: child)
                    gender = {"his": "m", "her": "f"}.get(poss.lower_ if poss is not None else "") \
                        or _gender(ctx, relative)
                    rel = {"m": "sonOf", "f": "daughterOf"}.get(gender, "childOf")
                    person, relative = relative, person
                elif lemma == "predecessor":
                    person, relative = relative, person     # "his predecessor, Y": he succeeded Y
                yield ctx.claim(rel, person, relative, tok, f"family-{lemma}", 0.7)
                if lemma in ("successor", "predecessor"):
                    # "the group's leader, X ...; his successor, Y": Y holds the office X held (and back)
                    held, holder = (relative, person) if lemma == "successor" else (person, relative)
                    role = ctx.roles.get(held.key)
                    if role is not None and holder.key not in ctx.roles:
                        yield ctx.claim("holdsRole", holder, role[1], tok, "role-successor", 0.4,
                                        modality="asserted", roleTitle=role[0])
        # "X took office after Y resigned", "X came to power after defeating incumbent President Y"
        elif tok.pos_ == "VERB" and _takes_office(tok):
            for adv in [c for c in tok.children if c.dep_ in ("advcl", "prep") and c.lower_ != "after"
                        and any(m.lower_ == "after" for m in c.children if m.dep_ == "mark")] \
                    + [pc for a in _prep_objs_raw(tok, "after") for pc in a.children if pc.dep_ == "pcomp"]:
                if adv.lemma_.lower() in _VACATE_VERBS:
                    olds = _ents(ctx, _children(adv, "nsubj", "nsubjpass"), types=("Person",))
                elif adv.lemma_.lower() in _OUST_VERBS | {"defeat", "beat"}:
                    olds = _ents(ctx, _children(adv, "dobj"), types=("Person",))
                else:
                    continue
                for s_ in _ents(ctx, _subjects(tok), types=("Person",)):
                    for o in olds:
                        if s_.key != o.key:
                            yield ctx.claim("successorOf", s_, o, tok, "succession-after", 0.5)
            # "X took power in a coup that ousted President Y": X replaced Y
            for event in _prep_objs(tok, "in"):
                for rc in _children(event, "relcl"):
                    if rc.lemma_.lower() in _OUST_VERBS:
                        for s_ in _ents(ctx, _subjects(tok), types=("Person",)):
                            for o in _ents(ctx, _children(rc, "dobj"), types=("Person",)):
                                if s_.key != o.key:
                                    yield ctx.claim("replaced", s_, o, tok, "succession-coup", 0.5)
        # "X, who took over from his father, Y,": X succeeded Y
        elif tok.lemma_.lower() == "take" and any(c.lower_ == "over" for c in tok.children) and _prep_objs(tok, "from"):
            olds = [o for f in _prep_objs(tok, "from") for o in [f] + _children(f, "appos")]
            for s in _ents(ctx, _subjects(tok), types=("Person",)):
                for o in _ents(ctx, olds, types=("Person",)):
                    if s.key != o.key:
                        yield ctx.claim("replaced", s, o, tok, "succession-take-over", 0.6)
                        role = ctx.roles.get(s.key)
                        if role is not None and o.key not in ctx.roles and not any(
                                c.dep_ == "poss" for x in olds for c in x.children):
                            # "Foreign Minister X took over from Y": Y held the office before (not "from his father")
                            yield ctx.claim("holdsRole", o, role[1], tok, "role-predecessor", 0.4,
                                            modality="asserted", roleTitle=role[0])
        # "he displaced Karel Dvor"
        elif tok.pos_ == "VERB" and _is(tok, REPLACE_VERBS):
            subj = _ents(ctx, [ap for s_ in _subjects(tok) if _is(s_, ROLE_NOUNS) for ap in _children(s_, "appos")],
                         types=("Person",)) or _ents(ctx, _subjects(tok), types=("Person",))   # "Their leader, General X, replaced Y"
            if not subj:
                # "X, a former rebel who succeeded Y": the relative clause hangs on X's apposition
                subj = _ents(ctx, [s_.head for s_ in _subjects(tok) if s_.dep_ == "appos" and s_.pos_ == "NOUN"],
                             types=("Person",))
            if tok.dep_ == "advcl" and tok.tag_ == "VBG" and not _children(tok, "nsubj"):
                # "parliament approved X as prime minister, replacing Y": the one named to the post replaces Y
                named = [o for o in _children(tok.head, "dobj") if _prep_objs_raw(tok.head, "as") or _prep_objs_raw(o, "as")]
                subj = _ents(ctx, named, types=("Person",)) or subj
            objs = _ents(ctx, [x for o in _children(tok, "dobj")      # "succeeded his father Y": Y
                               for x in ([o] if ctx.res.entity_at(o.i) is not None else _children(o, "appos"))],
                         types=("Person",))
            if _children(tok, "nsubjpass") or any(c.dep_ == "auxpass" for c in tok.children):
                # "X was replaced in May by Y", "was replaced first by a council and then by Y": Y replaced X
                objs = subj
                bys = _children(tok, "agent") + [c for c in tok.children if c.dep_ == "conj" and c.lower_ == "by"]
                agents = [x for a in bys for o in _children(a, "pobj") for x in _with_conj(o)]
                subj = _ents(ctx, agents + [ap for o in agents for ap in _children(o, "appos")], types=("Person",))
            for s in subj:
                for o in objs:
                    if s.key != o.key:
                        yield ctx.claim("replaced", s, o, tok, f"succession-{lemma}", 0.6)
                        role = ctx.roles.get(s.key)
                        if role is not None and o.key not in ctx.roles:
                            yield ctx.claim("holdsRole", o, role[1], tok, "role-predecessor", 0.4,
                                            modality="asserted", roleTitle=role[0])
                        role = ctx.roles.get(o.key)
                        if role is not None and ctx.roles.get(s.key, (None,))[0] != role[0]:
                            # "Defence Minister X was replaced by (the economist) Y": Y holds the office now
                            ctx.roles.setdefault(s.key, role)
                            yield ctx.claim("holdsRole", s, role[1], tok, "role-successor", 0.4,
                                            modality="asserted", roleTitle=role[0])


# ---------------------------------------------------------------------------------------------
# open claims: a verb the lexicon does not know, between two named entities

_KNOWN = (SPEECH_VERBS | VISIT_VERBS | MOTION_VERBS | MEET_VERBS | AGREEMENT_VERBS | ASSIST_VERBS | ATTACK_VERBS
          | DEPLOY_VERBS | WITHDRAW_VERBS | JOIN_VERBS | LEAVE_VERBS | REPLACE_VERBS | {"be", "have", "border"})


def _open_claims(ctx):
    for tok in ctx.doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() in _KNOWN:
            continue
        subj = [s for s in _children(tok, "nsubj") if ctx.res.entity_at(s.i) is not None]
        objs = [o for o in _children(tok, "dobj") + _prep_objs(tok, "with", "to", "against", "from", "in")
                if ctx.res.entity_at(o.i) is not None]
        for s in subj[:1]:
            se = ctx.res.resolve(s)
            for o in objs[:2]:
                oe = ctx.res.resolve(o, want="place")
                if se is not None and oe is not None and se.key != oe.key:
                    yield ctx.claim("open:" + tok.lemma_.lower(), se, oe, tok, "open-verb", 0.3)


# ---------------------------------------------------------------------------------------------

_FAMILIES = (_roles, _person_relations, _located, _presence, _presence_contributors, _visits, _meetings, _agreements, _assistance,
             _backed_modifiers, _borders, _memberships, _hostilities, _figures, _statements, _open_claims)


def _claim_key(c):
    return (c.predicate, c.start, getattr(c.subject, "key", None), getattr(c.object, "key", repr(c.object)))


def _undated(c, pending):
    """A claim dated only by its story (the article, or a sentence around it), as undated: linking may
    find its real date. Its key and that date go into `pending` so that _redate can put the date back
    if nothing better turns up."""
    if not c.extractor.endswith(_ARTICLE_DATED):
        return c
    date = c.arg("date")
    c = replace(c.with_roles(date=None), extractor=c.extractor[:-len(_ARTICLE_DATED)])
    pending[_claim_key(c)] = date
    return c


def _redate(claims, article, pending):
    out = []
    for c in claims:
        if _claim_key(c) in pending and c.arg("date") is None:
            c = replace(c.with_roles(date=pending[_claim_key(c)]), extractor=c.extractor + _ARTICLE_DATED)
        out.append(c)
    return out


def _date_agreements(claims):
    """Undated agreements between the parties of a dated signing in the same article were signed on
    that occasion ('Szprod and Klow also signed ...')."""
    dated = {}
    for c in claims:
        if c.predicate == "signedAgreementWith" and c.arg("date") is not None and c.arg("date").precision == "day":
            key = frozenset(getattr(x, "key", None) for x in (c.subject, c.object))
            dated.setdefault(key, c.arg("date"))
    out = []
    for c in claims:
        if c.predicate == "signedAgreementWith" and c.arg("date") is None:
            d = dated.get(frozenset(getattr(x, "key", None) for x in (c.subject, c.object)))
            if d is not None:
                c = c.with_roles(date=d)
        out.append(c)
    return out


def _target_from_place(claims):
    """A state's strike inside another state with no target named hits that state: 'Syldavia carried out
    air strikes inside Borduria'."""
    out = []
    for c in claims:
        place = c.arg("place")
        if c.predicate == "attacked" and c.object is None and isinstance(c.subject, Entity) and c.subject.type == "State" \
                and isinstance(place, Entity) and place.type == "State" and place.key != c.subject.key:
            c = replace(c, object=place)
        out.append(c)
    return out


def _day_before(d, story):
    """An attack at a place, dated only by the article ('has condemned an attack on X'), happened on the day a
    sentence gives that place's attack when that day is a few days before the article's (not another year's)."""
    if d.precision != "day" or story.precision != "day":
        return False
    gap = (_dt.date.fromisoformat(story.iso) - _dt.date.fromisoformat(d.iso)).days
    return 0 < gap <= 7


def _merge_hostilities(claims, pending=None):
    """One article's hostilities at the same place are one event: share its date and toll (not with an
    attack whose sentence dates it otherwise: "the 2020 strike near Klow airport" is not the 2024 one)."""
    hs = [c for c in claims if c.predicate == "attacked" and isinstance(c.arg("place"), Entity)]
    by_place: dict[str, dict] = {}
    for c in hs:
        d = by_place.setdefault(c.arg("place").key, {})
        for role in ("date", "killed"):
            if c.arg(role) is not None and role not in d:
                d[role] = c.arg(role)
                if role == "killed":
                    d["killed_on"] = c.arg("date")

    def apart(a, b):    # two dates of different events: "an ambush near X in July; a strike on the town in August"
        return a is not None and b is not None and not (a.iso.startswith(b.iso) or b.iso.startswith(a.iso))
    out = []
    for c in claims:
        if c in hs:
            shared = by_place[c.arg("place").key]
            extra = {k: v for k, v in shared.items() if k != "killed_on" and c.arg(k) is None
                     and not (k == "killed" and apart(c.arg("date"), shared.get("killed_on")))}
            told = (pending or {}).get(_claim_key(c))
            if told is not None and "date" in extra and not (told.iso.startswith(extra["date"].iso)
                                                             or extra["date"].iso.startswith(told.iso)) \
                    and not _day_before(extra["date"], told):
                extra = {}
                c = replace(c.with_roles(date=told), extractor=c.extractor + _ARTICLE_DATED)
            if extra:
                c = c.with_roles(**extra)
        out.append(c)
    return out


def extract_claims(doc, article: Article) -> list[Claim]:
    """All claims of one parsed article (doc.text is article.text)."""
    ctx = _Ctx(doc, article, Resolver(doc))
    ctx.place_states = {ctx.res.entity_at(t.i).key for t in doc
                        if ctx.res.entity_at(t.i) is not None and ctx.res.entity_at(t.i).type == "State" and _place_use(t)}
    seen = set()
    for i, family in enumerate(_FAMILIES):
        if family is _located:
            # offices and family ties first: attribution resolves "the minister" and "his father" with them
            ctx.attributions = _attributions(ctx)
        for c in family(ctx):
            if c is None:
                continue
            key = (c.predicate, c.subject, c.object, c.start, c.args, c.modality)
            if key in seen:
                continue
            seen.add(key)
            ctx.claims.append(c)
    pending: dict = {}
    claims = [_undated(c, pending) for c in ctx.claims]
    claims = _link_events(ctx, _date_agreements(_target_from_place(_merge_hostilities(claims, pending))), pending)
    claims = _drop_covered_hostilities(claims)
    return [_relabel(ctx.res, c) for c in _redate(claims, article, pending)]


def _drop_covered_hostilities(claims):
    """A hostility another claim tells more fully is the same event, not a second one: 'the gangs launched
    attacks, storming two prisons' (the attacks with no target beside the storming by the same gangs);
    'an offensive that has killed 80 people. X launched the offensive against Y' (the toll with no sides,
    once sides carry it)."""
    hs = [c for c in claims if c.predicate == "attacked" and c.modality in ("asserted", "reported")]

    def covered(c):
        if c.object is not None or c.arg("place") is not None and c.subject is not None:
            return False
        for o in hs:
            if o is c or o.object is None or o.subject is None:
                continue
            if c.subject is not None:
                # the same attacker, in the same sentence, on the same day or with no day of its own
                if o.subject == c.subject and o.start == c.start and (
                        c.arg("date") is None or o.arg("date") == c.arg("date")) and (
                        c.arg("killed") is None or o.arg("killed") == c.arg("killed")):
                    return True
            elif c.arg("killed") is not None and o.arg("killed") == c.arg("killed") and o.start > c.start:
                return True     # the toll told again, by the sides who caused it, later on
        return False
    return [c for c in claims if not (c in hs and covered(c))]


def _relabel(res, c):
    """Every entity of a claim under the one label the article gives its key."""
    def fix(v):
        return res.relabel(v) if isinstance(v, Entity) else v
    if not res.labels:
        return c
    return replace(c, subject=fix(c.subject), object=fix(c.object), speaker=fix(c.speaker),
                   args=tuple((k, fix(v)) for k, v in c.args))
