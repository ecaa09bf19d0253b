"""Entity resolution within one article: mentions -> one canonical `Entity` per real-world thing.

Gazetteer names (states, cities, organisations, demonyms) resolve to gazetteer keys; people are
clustered by name (full names, surnames, near-identical spellings); pronouns and titles that stand
for a person resolve to their antecedent; a capital acting as an agent stands for its state.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .claim import Entity
from .gazetteer import GazEntry, load_gazetteer
from .lexicon import (ADMIN_AREA_NOUNS, FACILITY_MODIFIERS, FACILITY_NOUNS, POST_NOUNS, ROLE_NOUNS,
                      SETTLEMENT_NOUNS, TITLE_ABBREVIATIONS, TITLE_MODIFIERS)
from .namespace import slug

_GAZ_TYPES = {"State": "State", "City": "City", "Region": "Region", "Place": "Place",
              "InternationalOrganization": "InternationalOrganization", "GovernmentAgency": "GovernmentAgency",
              "ArmedForces": "ArmedForces", "ArmedGroup": "ArmedGroup", "Organization": "Organization"}
_PERSON_PRONOUNS = frozenset("he him his she her himself herself".split())
# Nouns for people (besides offices): a name in apposition to one is a person's name.
_PERSON_NOUNS = frozenset("""associate ally friend colleague rival son daughter wife husband father mother brother
sister nephew niece cousin deputy successor predecessor veteran businessman activist journalist""".split())
# Words that make a capitalised name an organisation's.
_ORG_WORDS = frozenset("""union ministry committee council service agency organization organisation party army force
forces command bank fund group company corporation institute university center centre office front movement
alliance league court parliament assembly state states republic""".split())
_GROUP_PRONOUNS = frozenset("they them their it its".split())
_AGENT_DEPS = frozenset("nsubj nsubjpass agent poss csubj".split())


def _edit1(a: str, b: str) -> bool:
    """True when a and b differ by at most one substitution, insertion or deletion."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    if len(a) > len(b):
        a, b = b, a
    for i in range(len(b)):
        if a == b[:i] + b[i + 1:]:
            return True
    return False


def _clean(text: str) -> str:
    t = re.sub(r"[’']s$", "", text.strip())
    t = re.sub(r"^(the|a|an)\s+", "", t, flags=re.IGNORECASE)
    return t.strip(" ,.;:\"“”‘’()[]")


def ascii_label(text: str) -> str:
    """'Bucureşti' -> 'Bucuresti': labels as English-language news spells them."""
    import unicodedata
    folded = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return folded if folded.strip() else text


# Nouns of "the <adjective> town of X": the word before them is an adjective, not the place's name.
_OF_PLACE_NOUNS = frozenset("town city village port region province district enclave".split())


def _names_the_of(tok) -> bool:
    """True for "Chechen" in "the Chechen town of X": a modifier of a place noun that names its place after 'of'."""
    return tok.dep_ == "compound" and tok.head.lemma_.lower() in _OF_PLACE_NOUNS \
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.head.children)


def from_gazetteer(entry: GazEntry, surface: str | None = None) -> Entity:
    label = ascii_label(entry.label)
    alts = tuple(a for a in {surface, entry.label} if a and a != label)
    return Entity(entry.key, label, _GAZ_TYPES.get(entry.type, "Organization"), tuple(sorted(alts)),
                  entry.geonames_id, entry.wikidata)


# Particles of a patronymic: in "Klow bin Zelen" the last name is the father's ("King Zelen" is another man).
_PATRONYMIC_PARTICLES = frozenset("bin ibn bint ben ould".split())


def _patronymic(parts) -> bool:
    """Whether a name's last word is its bearer's father's name ('Hamid bin Tariq')."""
    return len(parts) >= 3 and parts[-2].lower() in _PATRONYMIC_PARTICLES


@dataclass
class _Mention:
    start: int      # token index
    end: int
    entity: Entity
    sent: int       # sentence index


class Resolver:
    """Resolves spans and tokens of one parsed article to canonical entities."""

    def __init__(self, doc):
        self.doc = doc
        self.gaz = load_gazetteer()
        self._sent_index = {}
        for i, s in enumerate(doc.sents):
            for t in s:
                self._sent_index[t.i] = i
        self._person_words = {t.text for e in doc.ents if e.label_ == "PERSON" for t in e}
        self._full_name_words = {t.text for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2 for t in e}
        self._people = self._cluster_people()
        self.mentions: list[_Mention] = []
        self._by_token: dict[int, Entity] = {}
        resolved = [(ent, self._resolve_ent(ent)) for ent in doc.ents]
        facilities = {_clean(ent.text): e for ent, e in resolved if e is not None and e.type == "MilitaryFacility"}
        for ent, e in resolved:
            if e is None:
                e = facilities.get(_clean(ent.text))    # "Outpost 9" again, without the apposition that named it
            if e is not None and e.type in ("Organization", "Place", "Person") and self.gaz.get(e.key) is None:
                # "Zelen" after "Zelen Air Base": the base named short
                e = next((f for name, f in facilities.items() if name.startswith(_clean(ent.text) + " ")
                          and name.split()[-1].lower() in POST_NOUNS), e)
            if e is None:
                continue
            m = _Mention(ent.start, ent.end, e, self._sent_index.get(ent.start, 0))
            self.mentions.append(m)
            for i in range(ent.start, ent.end):
                self._by_token[i] = e
        self._surname_mentions(doc)
        self._untagged_place_names(doc)
        self.mentions.sort(key=lambda m: m.start)
        self.labels = self._article_labels(doc)
        if self.labels:
            for m in self.mentions:
                if m.entity.key in self.labels:
                    m.entity = self.relabel(m.entity)
            self._by_token = {i: self.relabel(e) for i, e in self._by_token.items()}
        self.titles: dict[tuple[str, str | None], Entity] = {}   # (role noun, org key) -> person
        self._country_override: dict[str, Entity] = {}
        for t in doc:
            # "X, near Y": X lies in Y's country, whatever a gazetteer homonym of X says
            if t.dep_ == "prep" and t.lower_ == "near" and self.entity_at(t.head.i) is not None:
                near = next((o for o in t.children if o.dep_ == "pobj"), None)
                ne = self._place_at(near) if near is not None else None
                c = ne if ne is not None and ne.type == "State" else (self.country_of(ne) if ne else None)
                if c is not None:
                    self._country_override[self.entity_at(t.head.i).key] = c

    def _article_labels(self, doc) -> dict[str, str]:
        """{key: label} for places and organisations the gazetteer knows, spelled as this article names them
        ('Derna', not the gazetteer's 'Darnah'; 'State Department'): the longest name the article uses, the
        first of equals. States keep the gazetteer's name; a demonym or an all-capitals dateline is no name."""
        names: dict[str, list[str]] = {}
        for m in self.mentions:
            e = m.entity
            if e.type in ("State", "Person") or self.gaz.get(e.key) is None:
                continue
            span = doc[m.start:m.end]
            text = _clean(span.text)
            if span.label_ == "NORP" or any(t.ent_type_ == "NORP" for t in span) or not text or (
                    len(span) == 1 and (span[0].pos_ == "ADJ" or span[0].dep_ == "amod" or _names_the_of(span[0]))) or (
                    text.isupper() and text.lower() in {x.lower() for x in (e.label, *e.alt_labels)}
                    and not e.label.isupper() and all(not t.is_alpha or t.is_upper for t in doc[:m.start])):
                continue        # a demonym or adjective ("Houthi fighters"), or a dateline's capitals ("DUBAI", only
                                # capitals before it; an acronym in the text, "JNIM", is a name)
            names.setdefault(e.key, []).append(text)
        return {key: max(ns, key=lambda n: (len(n), -ns.index(n))) for key, ns in names.items()}

    def relabel(self, e: Entity) -> Entity:
        """The entity under the label this article gives it (the gazetteer's label kept as an alternative)."""
        label = self.labels.get(e.key)
        if label is None or label == e.label:
            return e
        return replace(e, label=label, alt_labels=tuple(sorted((set(e.alt_labels) | {e.label}) - {label})))

    def _surname_mentions(self, doc):
        """A bare surname the tagger left untagged ('President Marek said') is a mention of the person."""
        last = {}
        for name, e in self._people.items():
            parts = name.split()
            if len(parts) >= 2 and not _patronymic(parts):
                last.setdefault(parts[-1], e)
        for name, e in self._people.items():
            # a name known by a middle part: "Joao Tiago Marques da Costa" ... "Marques said"
            parts = name.split()
            for p in parts[1:-1] if len(parts) >= 3 else ():
                if p[:1].isupper() and len(p) >= 4:
                    last.setdefault(p, e)
        for t in doc:
            if t.i in self._by_token or not t.is_title or t.pos_ != "PROPN" or t.text not in last:
                continue
            e = last[t.text]
            self.mentions.append(_Mention(t.i, t.i + 1, e, self._sent_index.get(t.i, 0)))
            self._by_token[t.i] = e

    # --- people -------------------------------------------------------------------------
    def _person_like(self, ent) -> bool:
        """A name the tagger took for an organisation or place but that stands for a person: it shares a
        word with a person's name in the article, or a person noun stands in apposition to it."""
        words = [t for t in ent if not t.is_punct]       # (a hyphen inside a name is fine: "El-Ghassim Wane")
        if ent.label_ not in ("ORG", "GPE", "LOC", "FAC", "NORP") or not 1 <= len(words) <= 3:
            return False
        if any(not t.is_title or t.lower_ in _ORG_WORDS for t in words) or ent[-1].pos_ != "PROPN" or any(
                t.pos_ != "PROPN" and not (t.i + 1 < len(self.doc) and self.doc[t.i + 1].text in ("-", "‑")) for t in words):
            return False
        if self.gaz.lookup(_clean(ent.text)) is not None:
            return False
        if any(t.text in self._person_words for t in ent):
            return True
        root = ent.root
        nouns = ROLE_NOUNS | _PERSON_NOUNS
        before = self.doc[ent.start - 1] if ent.start > 0 else None
        if len(ent) >= 2 and before is not None and before.lower_ in nouns and before.is_lower:
            return True     # "government spokesperson Ana Rojas": a lower-case title before a full name
        if root.dep_ == "appos":
            # "The commander of the Syldavian contingent, Ivo Marek,": the parser may hang the name on the
            # 'of' phrase of the title rather than on the title itself
            h = root.head
            for _ in range(3):
                if h.lemma_.lower() in nouns:
                    return True
                if h.dep_ not in ("pobj", "prep"):
                    break
                h = h.head
        return any(c.dep_ == "appos" and c.lemma_.lower() in nouns for c in root.children)

    def _part_of_full_name(self, ent) -> bool:
        """A one-word PERSON that is a word of a longer person's name here ('Marques' after 'Joao Tiago Marques
        da Costa'), whatever place shares the word."""
        return ent.label_ == "PERSON" and len(ent) == 1 and ent.text in self._full_name_words

    def _person_names(self):
        for ent in self.doc.ents:
            if _named_by_place_noun(ent):
                continue
            if (ent.label_ == "PERSON" or self._person_like(ent)) and (
                    self.gaz.lookup(_clean(ent.text)) is None or self._part_of_full_name(ent)):
                name = _strip_titles(_clean(ent.text))
                if name and re.search(r"[A-Za-z]", name):
                    yield name

    def _cluster_people(self) -> dict[str, Entity]:
        """Surface name -> person entity."""
        names = list(self._person_names())
        full = [n for n in names if len(n.split()) >= 2]
        clusters: list[list[str]] = []
        for n in full:
            toks = n.split()
            for c in clusters:
                ct = c[0].split()
                if toks[0] == ct[0] and len(toks[-1]) >= 4 and _edit1(toks[-1], ct[-1]):
                    c.append(n)
                    break
            else:
                clusters.append([n])
        out: dict[str, Entity] = {}
        canon: list[tuple[list[str], Entity]] = []
        known: dict[str, Entity] = {}
        for c in clusters:
            label = max(set(c), key=lambda x: (c.count(x), -c.index(x)))
            # the people gazetteer gives one key and label across articles and spellings
            entry = next((p for p in (self.gaz.person(n) for n in [label] + c) if p is not None), None)
            if entry is not None:
                # one key across articles and spellings; the label is this article's spelling
                e = known.get(entry.key) or Entity(entry.key, label, "Person",
                                                   tuple(sorted((set(c) | {entry.label}) - {label})), None,
                                                   entry.wikidata)
                known[entry.key] = e
            else:
                e = Entity("person-" + slug(label), label, "Person", tuple(sorted(set(c) - {label})))
            canon.append((c, e))
            for n in c:
                out[n] = e
        for n in names:
            if n in out:
                continue
            tok = n.split()[-1]
            match = None
            # a surname first ("Ivo" is Petar Ivo's surname, not Ivo Marek's)
            for c, e in canon:
                if any(x.split()[-1] == tok and not _patronymic(x.split()) for x in c):
                    match = e
                    break
            if match is None:
                for c, e in canon:
                    if len(tok) >= 5 and any(_edit1(x.split()[-1], tok) and not _patronymic(x.split()) for x in c):
                        match = e
                        break
            if match is None:
                for c, e in canon:
                    if any(x.split()[0] == tok for x in c):
                        match = e
                        break
            if match is None and len(tok) >= 4:
                for c, e in canon:     # a middle part: "Marques" of "Joao Tiago Marques da Costa"
                    if any(tok in x.split()[1:-1] for x in c):
                        match = e
                        break
            if match is None:
                match = Entity("person-" + slug(n), n, "Person")
            out[n] = match
        return out

    # --- spans --------------------------------------------------------------------------
    def _resolve_ent(self, ent) -> Entity | None:
        text = _clean(ent.text)
        if not text or not re.search(r"[A-Za-z]", text):
            return None
        label = ent.label_
        if re.fullmatch(r"\d+(st|nd|rd|th)?", text):
            return None                     # an ordinal or number the tagger took for a name
        if label in ("LAW", "WORK_OF_ART", "PRODUCT", "EVENT", "ORG", "FAC") and _named_by_facility_appos(ent) \
                and self.gaz.lookup(text) is None:
            return facility_entity(text)    # "Outpost 9, a logistics base near ...": the apposition says what it is
        if label in ("DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "LANGUAGE", "LAW",
                     "WORK_OF_ART", "PRODUCT", "EVENT"):
            return None
        if label == "NORP":
            st = self.gaz.state_for_demonym(text)
            return from_gazetteer(st, text) if st else None
        entry = self.gaz.lookup(text)
        if entry is None and text.isupper() and len(text) > 4:
            entry = self.gaz.lookup(text.title())      # a dateline: "KYIV, May 2"
        if entry is not None and not (label == "PERSON" and entry.type == "City" and len(text.split()) > 1) \
                and not self._part_of_full_name(ent):
            return from_gazetteer(entry, text)
        if _named_by_place_noun(ent):
            kind = ent.root.head.head.lemma_.lower()
            return Entity("place-" + slug(text), text,
                          "Region" if kind in _AREA_WORDS else "City" if kind == "city" else "Place")
        if label == "PERSON" or self._person_like(ent):
            name = _strip_titles(text)
            return self._people.get(name) or Entity("person-" + slug(name), name, "Person")
        if _is_facility(ent):
            return facility_entity(text)
        if label in ("GPE",):
            return Entity("place-" + slug(text), text, "Place")
        if label in ("LOC", "FAC"):
            return Entity("place-" + slug(text), text, "Region" if label == "LOC" else "Place")
        if label == "ORG":
            if len(text) <= 2:
                return None
            return Entity("org-" + slug(text), text, "Organization")
        return None

    def _untagged_place_names(self, doc) -> None:
        """'the village of Zelen' where the tagger saw no name: a capitalised word after a place noun's
        'of' is the place's name."""
        for t in doc:
            if t.pos_ != "PROPN" or t.i in self._by_token or not t.text[:1].isupper() or t.dep_ != "pobj" \
                    or t.head.lower_ != "of" or t.head.head.pos_ != "NOUN" \
                    or t.head.head.lemma_.lower() not in _PLACE_KIND_WORDS:
                continue
            toks = [x for x in t.subtree if x.i <= t.i and x.pos_ == "PROPN"]
            if not toks or any(x.i in self._by_token for x in toks) or toks[-1].i - toks[0].i + 1 != len(toks):
                continue
            name = _clean(doc[toks[0].i:t.i + 1].text)
            kind = t.head.head.lemma_.lower()
            e = Entity("place-" + slug(name), name,
                       "Region" if kind in _AREA_WORDS else "City" if kind in SETTLEMENT_NOUNS else "Place")
            self.mentions.append(_Mention(toks[0].i, t.i + 1, e, self._sent_index.get(t.i, 0)))
            for x in toks:
                self._by_token[x.i] = e

    def add_mention(self, tok, entity: Entity) -> None:
        """Record a mention found by a rule (an unnamed facility phrase standing for a named one)."""
        self.mentions.append(_Mention(tok.i, tok.i + 1, entity, self.sentence_of(tok.i)))

    def entity_at(self, i: int) -> Entity | None:
        """The named entity covering token i, if any."""
        return self._by_token.get(i)

    def mention_span(self, i: int):
        for m in self.mentions:
            if m.start <= i < m.end:
                return m
        return None

    def sentence_of(self, i: int) -> int:
        return self._sent_index.get(i, 0)

    # --- tokens with context ---------------------------------------------------------------
    def resolve(self, tok, want: str | None = None) -> Entity | None:
        """The entity a token (usually a noun-phrase head) stands for, in context.

        `want` = 'state' asks for the state behind a capital, a government body or a demonym;
        'place' keeps cities as cities.
        """
        e = self.entity_at(tok.i)
        if e is None:
            # a demonym or name inside the phrase: "Bordurian troops", "Fenwick forces", "Ruritanian authorities"
            e = self.pronoun(tok) or self.title_holder(tok) or self.generic(tok)
        if e is None:
            return None
        if want == "state":
            return self.as_state(e) or (e if e.type not in ("City", "Place", "Region") else None)
        if want != "place" and e.type == "City" and self._is_capital(e) and tok.dep_ in _AGENT_DEPS:
            return self.as_state(e)       # metonymy: "Szprod signed", "Szprod's decision"
        return e

    def _is_capital(self, e: Entity) -> bool:
        entry = self.gaz.get(e.key)
        if entry is None or entry.country is None:
            return False
        cap = self.gaz.capital_of(entry.country)
        return cap is not None and cap.key == e.key

    def as_state(self, e: Entity | None) -> Entity | None:
        """The state an entity acts for: a state itself, the state of a capital or national body."""
        if e is None:
            return None
        if e.type == "State":
            return e
        entry = self.gaz.get(e.key)
        if entry is None:
            return None
        if entry.type == "City" and not self._is_capital(e):
            return None
        if entry.type in ("City", "GovernmentAgency", "ArmedForces"):
            st = self.gaz.country_of(entry)
            return from_gazetteer(st) if st else None
        return None

    def _place_at(self, tok) -> Entity | None:
        e = self.entity_at(tok.i)
        if e is None:   # "the Syldavian capital Klow"
            for ch in tok.children:
                if ch.dep_ == "appos":
                    e = self.entity_at(ch.i)
        return e

    def country_of(self, e: Entity) -> Entity | None:
        if e.key in self._country_override:
            return self._country_override[e.key]
        entry = self.gaz.get(e.key)
        if entry is None:
            return None
        st = self.gaz.country_of(entry)
        return from_gazetteer(st) if st and st.key != e.key else None

    def pronoun(self, tok) -> Entity | None:
        low = tok.lower_
        if low in _PERSON_PRONOUNS:
            exclude = set()
            if low in ("him", "her") and tok.dep_ in ("dobj", "pobj", "dative"):
                # an object pronoun is not its own clause's subject ("X welcomed him")
                verb = tok.head if tok.dep_ != "pobj" else tok.head.head
                exclude = {self.entity_at(c.i).key for c in verb.children
                           if c.dep_ == "nsubj" and self.entity_at(c.i) is not None}
            main = self._main_subject_pronoun(tok)
            if main is not None:
                e = self.pronoun(main)
                if e is not None and e.key not in exclude:
                    return e
            # "X took power ... He was elected ... In May, he travelled": a chain of subject pronouns
            prev = self._previous_subject_pronoun(tok)
            if prev is not None:
                e = self.pronoun(prev)
                if e is not None:
                    return e
            # cataphora: "For his first trip abroad, President X chose ..." names him later in the sentence
            return (self.recent(tok.i, ("Person",), exclude=exclude, prefer_subject=tok.dep_ in ("nsubj", "nsubjpass"))
                    or self.following(tok, ("Person",)))
        if low in _GROUP_PRONOUNS:
            types = ("ArmedGroup", "Organization", "InternationalOrganization", "State")
            if (low == "it" and tok.dep_ in ("nsubj", "nsubjpass") or low in ("its", "their")) and not any(
                    m.entity.type in types and tok.sent.start <= m.start < tok.i for m in self.mentions):
                # "X lost its coast when Y became independent. It now ...", "... Its president, Z,": the
                # main subject before (a breakaway region acts too); "Syldavia's military rulers seized
                # power. Their leader, X, ...": the state of a subject that names no entity
                main = self._main_subject_before(tok, types + ("Region",), of_state=low in ("its", "their"))
                if main is not None:
                    return main
            if low in ("it", "they") and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "relcl":
                # "Zelen's coast guard, which it has armed", "a treaty with Zelen, under which it sent police":
                # a relative clause's subject pronoun is not the noun the clause hangs on (nor its state)
                # (the main clause's subject first: "Klow has a treaty with Zelen, under which it sent police")
                noun = tok.head.head
                near = [self.entity_at(t.i) for t in self.doc[noun.left_edge.i:noun.i + 1]]
                exclude = {e.key for n in near for e in (n, self.as_state(n)) if e is not None}
                main = [self.entity_at(c.i) for c in tok.sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
                main = [self.as_state(e) if e.type == "City" else e for e in main if e is not None and e.key not in exclude]
                if main and main[0] is not None and main[0].type in types and noun.i != tok.sent.root.i:
                    return main[0]
                if exclude:
                    e = self.recent(tok.i, types + ("City",), same_sentence_first=True, exclude=exclude)
                    return self.as_state(e) if e is not None and e.type == "City" else e
            if low in ("its", "their"):
                # "... opened rifts within Somaliland. Its defence minister, X, ...": a breakaway region owns too
                return self.recent(tok.i, types + ("Region",), same_sentence_first=True)
            return self.recent(tok.i, types, same_sentence_first=True)
        return None

    def _main_subject_before(self, tok, types, of_state=False):
        """The entity that is the main-clause subject of the sentence before tok's; with of_state, the state
        a subject that names no entity belongs to ('Syldavia's rulers', 'the Syldavian junta')."""
        if tok.sent.start == 0:
            return None
        prev = self.doc[tok.sent.start - 1].sent
        for t in prev:
            if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT":
                e = self.entity_at(t.i)
                if e is None and of_state and t.pos_ == "NOUN":
                    e = next((s for c in t.children if c.dep_ in ("poss", "amod", "compound")
                              for s in [self.as_state(self.entity_at(c.i))] if s is not None), None)
                return e if e is not None and e.type in types else None
        return None

    def _main_subject_pronoun(self, tok):
        """'He travelled to Klow, where Y hosted him': the main clause's subject 'he', for an object 'him'
        of a clause that hangs on it (relative, adverbial or conjoined) with another subject."""
        if tok.lower_ not in ("him", "her") or tok.dep_ not in ("dobj", "pobj", "dative"):
            return None
        verb = tok.head if tok.dep_ != "pobj" else tok.head.head
        if verb.dep_ not in ("relcl", "advcl", "conj") or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None
        subj = {"him": "he", "her": "she"}[tok.lower_]
        main = next((c for c in tok.sent.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == subj
                     and c.i < tok.i), None)
        if main is None or any(c.i == main.i for c in verb.children):
            return None
        return main

    def _previous_subject_pronoun(self, tok):
        """The subject 'he' of the sentence before, when tok is a subject 'he' with no person named
        between the two."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.lower_ not in ("he", "she"):
            return None
        sent = tok.sent
        if sent.start == 0:
            return None
        prev = self.doc[sent.start - 1].sent
        if any(m.entity.type == "Person" and prev.start <= m.start < tok.i for m in self.mentions):
            return None
        return next((t for t in prev if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"
                     and t.lower_ == tok.lower_), None)

    def recent(self, i: int, types: tuple[str, ...], window: int = 2, same_sentence_first=False,
               exclude: set[str] | None = None, prefer_subject: bool = False) -> Entity | None:
        """The most recent mention before token i of one of these types, within `window` sentences;
        with `prefer_subject`, a subject of the previous sentence or of this one wins over a later
        object ("X held talks with Y. He then met Z": he is X)."""
        s = self.sentence_of(i)
        best = best_subject = here_subject = None
        for m in self.mentions:
            if m.start >= i or m.entity.type not in types or s - m.sent > window:
                continue
            if exclude and m.entity.key in exclude:
                continue
            best = m
            head = self.doc[m.end - 1]
            if head.dep_ in ("nsubj", "nsubjpass") and (s - m.sent <= 1 or s - m.sent == 2 and not any(
                    self.doc[x.end - 1].dep_ in ("nsubj", "nsubjpass") for x in self.mentions
                    if x.sent == s - 1 and x.entity.type == "Person")):
                # the last subject person; one two sentences back when the sentence between has none
                # ("X laid a wreath. They were deployed under an accord signed by Y. He later met Z": X)
                best_subject = m
            # this sentence's subject, or the antecedent of its subject 'who' ("X, who travelled to Klow ...")
            if m.sent == s and (head.dep_ in ("nsubj", "nsubjpass") or any(
                    r.dep_ == "relcl" and any(w.dep_ in ("nsubj", "nsubjpass") and w.tag_ == "WP" for w in r.children)
                    for r in head.children)):
                here_subject = m
        if prefer_subject and best is not None and best.sent < s and best_subject is not None:
            return best_subject.entity      # no antecedent earlier in this sentence: the last subject
        if prefer_subject and here_subject is not None and best is not here_subject and self.doc[i].head.dep_ == "relcl":
            return here_subject.entity      # "X, who went to Klow for talks with Y, where he met Z": X
        return best.entity if best else None

    def same_name_org(self, tok) -> Entity | None:
        """'the fund' after 'the Monetary Fund': an organisation named earlier whose name ends in this noun."""
        if not any(c.lower_ == "the" for c in tok.children) or tok.pos_ != "NOUN":
            return None
        for m in reversed(self.mentions):
            if m.start < tok.i and m.entity.type not in ("Person", "State", "City", "Place", "Region") \
                    and m.entity.label.split()[-1].lower() == tok.lower_:
                return m.entity
        return None

    def following(self, tok, types) -> Entity | None:
        """The first mention of one of these types after tok in its sentence."""
        for m in self.mentions:
            if m.start > tok.i and m.start < tok.sent.end and m.entity.type in types:
                return m.entity
        return None

    def led_by(self, tok) -> Entity | None:
        """'Fenwick-led', 'Szprod-backed': the state or organisation named before the suffix."""
        m = re.match(r"^(.+?)-(led|backed|run|sponsored|controlled|brokered)$", tok.text)
        if m is None:
            return None
        entry = self.gaz.lookup(m.group(1))
        if entry is None:
            return None
        e = from_gazetteer(entry, m.group(1))
        return self.as_state(e) or e

    def title_holder(self, tok) -> Entity | None:
        """'the president', 'the Syldavian president', 'the leader of Syldavia', 'FSB chief' -> the person."""
        if tok.lemma_.lower() not in ROLE_NOUNS or tok.pos_ not in ("NOUN", "PROPN") or tok.tag_ in ("NNS", "NNPS"):
            return None     # ("the two foreign ministers" are no one holder)
        after = self.entity_at(tok.i + 1) if tok.i + 1 < len(tok.doc) else None
        if after is not None and after.type == "Person":
            return after    # "and Syldavia's acting Prime Minister Jan Kowal", the name parsed apart from its title
        org = None
        for ch in tok.children:
            if ch.dep_ in ("amod", "compound", "poss") or (ch.dep_ == "prep" and ch.lower_ == "of"):
                target = next((g for g in ch.children if g.dep_ == "pobj"), None) if ch.dep_ == "prep" else ch
                if target is not None:
                    e = self.entity_at(target.i)
                    if e is not None:
                        org = self.as_state(e) or e
        role = tok.lemma_.lower()
        cands = [(k, p) for k, p in self.titles.items() if k[0] == role and (org is None or k[1] == org.key)]
        if not cands:
            return None
        # the most recently mentioned of the candidates
        best, best_pos = None, -1
        for _, p in cands:
            for m in self.mentions:
                if m.entity.key == p.key and m.start < tok.i and m.start > best_pos:
                    best, best_pos = p, m.start
        return best or cands[-1][1]

    def generic(self, tok) -> Entity | None:
        """A phrase standing for a state through a demonym or name inside it: 'Bordurian forces',
        "Syldavia's armed forces", 'Ruritanian authorities', 'the country' (-> the latest state)."""
        for ch in tok.children:
            if ch.dep_ in ("amod", "compound", "poss", "nmod"):
                e = self.entity_at(ch.i)
                if e is not None and e.type == "State":
                    return e
                if e is not None and e.type in ("ArmedGroup", "ArmedForces") and ch.dep_ == "compound":
                    return e            # "Brotherhood fighters"
        if tok.lemma_.lower() in ("country", "state", "republic", "nation") and any(
                c.lower_ in ("the", "this") for c in tok.children):
            return self.recent(tok.i, ("State",), window=3)
        return None

    def phrase_entity(self, tok, type_: str) -> Entity:
        """An entity for a noun phrase with no name: 'international terrorists', 'a deal on X'."""
        text = phrase_text(tok)
        return Entity(f"{type_.lower()}-{slug(text)}", text, type_)


# "the village of X", "the province of X": the noun says what kind of place the name is.
_AREA_WORDS = ADMIN_AREA_NOUNS | {"state", "area"}
_PLACE_KIND_WORDS = SETTLEMENT_NOUNS | _AREA_WORDS


def _named_by_place_noun(ent) -> bool:
    root = ent.root
    return (root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in
            _PLACE_KIND_WORDS and root.head.head.pos_ == "NOUN")


def _strip_titles(name: str) -> str:
    toks = name.split()
    while len(toks) > 1 and (toks[0].lower().rstrip(".") in ROLE_NOUNS or toks[0].lower() in TITLE_MODIFIERS
                             or toks[0].lower().rstrip(".") in TITLE_ABBREVIATIONS):
        toks = toks[1:]
    return " ".join(toks)


def _named_by_facility_appos(ent) -> bool:
    """'Outpost 9, a logistics base': a name set off by an apposition whose noun is a military post."""
    root = ent.root
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in POST_NOUNS for c in root.children)




def _is_facility(ent) -> bool:
    """'Zelen Transit Center', 'the 303rd military base', 'Zelen Air Base', 'Camp Marek': a facility noun
    heading the name, with a military or transport modifier or a noun that is always military; or a post
    named 'Camp X' or 'Fort X'."""
    words = [t.lower_ for t in ent]
    head = words[-1]
    if len(ent) >= 2 and words[0] in ("camp", "fort") and ent[0].text[:1].isupper():
        return True                     # "Camp Marek", "Fort Klow": a named post
    return head in FACILITY_NOUNS and (bool(set(words[:-1]) & FACILITY_MODIFIERS)
                                       or head in POST_NOUNS)


def facility_entity(text: str) -> Entity:
    label = _clean(text)
    return Entity("facility-" + slug(label), label, "MilitaryFacility")


def phrase_text(tok, drop_det: bool = True, drop=("relcl", "acl", "appos", "advcl")) -> str:
    """The text of the noun phrase headed by tok, without its relative clauses and appositions."""
    toks = [t for t in tok.subtree if not _under_dropped(t, tok, drop)]
    span = tok.doc[toks[0].i:toks[-1].i + 1] if toks else tok.doc[tok.i:tok.i + 1]
    text = span.text
    if drop_det:
        text = re.sub(r"^(the|a|an|this|that|these|those)\s+", "", text, flags=re.IGNORECASE)
    return text.strip(" ,.;:\"“”–—-")


def _under_dropped(t, head, drop) -> bool:
    while t.i != head.i:
        if t.dep_ in drop and t.head.i == head.i:
            return True
        if t.dep_ == "punct" and t.head.i == head.i:
            return True
        t = t.head
    return False
