"""Table-driven extraction tests: sentence -> the claims it must (and must not) yield.

Every row is an invented or paraphrased sentence (real states and cities from the gazetteer, invented
people); none comes from the development corpus (seeds/, tests/data/dev/), which the extractor is tuned
on. A row lists expected claims as dicts of fields; a row passes when, for each dict, some extracted
claim matches every field given, and no extracted claim matches a dict listed as `absent`.

Fields of an expected claim:

* ``predicate``, ``modality`` -- compared exactly (``modality`` may be a tuple: any of them);
* ``subject``, ``object``, ``speaker`` -- an entity's label, case-insensitively; ``~text`` matches a
  substring, ``a|b`` either alternative; ``None`` means the claim has none;
* ``subject_type``, ``object_type``, ... -- the entity's ontology class (``State``, ``City``, ``Person``);
* any other key is an argument role (``date``, ``place``, ``troops``, ``roleTitle``, ``killed``,
  ``quantity``, ``unit``, ``approximate``, ``membershipStatus``, ``agreement``, ``what``, ``measure``,
  ``period``, ``gist`` ...): a date compares its ISO text, a quantity its value (or every field when the
  expected value is a ``Quantity``), an entity its label, text as above; ``date_precision`` is the date's.

Rows that fail because a rule is missing are marked ``xfail(strict=True)`` with the reason, so the suite
stays green, each xfail documents a gap, and a fixed gap turns the row into a failure to promote.
"""
from __future__ import annotations

import pytest

from conftest import extract_text
from graph.claim import Claim, Entity, EventDate, Quantity

DATE = "2024-03-15"     # the default article date: a Friday
PLAIN = ("asserted", "reported", "hedged")   # modalities under which a claim is stated as (probably) true


# ---------------------------------------------------------------------------------------------
# the matching helper

def case(text, *expected, absent=(), date=DATE, id=None, xfail=None):
    """One table row: `text` (an article of one or more sentences) must yield every `expected` claim
    and none of the `absent` ones. `xfail` is the reason the row fails today (a missing rule)."""
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, list(expected), list(absent), date, id=id, marks=marks)


def _text_ok(want: str, got: str) -> bool:
    for alt in want.split("|"):
        alt = alt.strip()
        if alt.startswith("~"):
            if alt[1:].lower() in got.lower():
                return True
        elif alt.lower() == got.strip().lower():
            return True
    return False


def _value_ok(want, got) -> bool:
    if want is None:
        return got is None
    if got is None:
        return False
    if isinstance(want, tuple):
        return any(_value_ok(w, got) for w in want)
    if isinstance(want, bool):
        return got is want
    if isinstance(want, Quantity):
        return isinstance(got, Quantity) and abs(got.value - want.value) < 1e-6 and got.unit == want.unit \
            and got.approximate == want.approximate
    if isinstance(want, (int, float)):
        if isinstance(got, Quantity):
            got = got.value
        return isinstance(got, (int, float)) and not isinstance(got, bool) and abs(got - want) < 1e-6
    if isinstance(want, str):
        if isinstance(got, Entity):
            return _text_ok(want, got.label)
        if isinstance(got, EventDate):
            return got.iso == want
        if isinstance(got, (Quantity, bool, int, float)):
            return False
        return _text_ok(want, str(got))
    return want == got


def _field(claim: Claim, name: str):
    if name in ("predicate", "modality", "subject", "object", "speaker"):
        return getattr(claim, name)
    if name == "date_precision":
        d = claim.arg("date")
        return d.precision if isinstance(d, EventDate) else None
    if name.endswith("_type"):
        e = _field(claim, name[: -len("_type")])
        return e.type if isinstance(e, Entity) else None
    return claim.arg(name)


def matches(claim: Claim, want: dict) -> bool:
    return all(_value_ok(v, _field(claim, k)) for k, v in want.items())


def _show(v) -> str:
    if isinstance(v, Entity):
        return f"{v.label}<{v.type}>"
    if isinstance(v, EventDate):
        return v.iso
    if isinstance(v, Quantity):
        return f"{v.value:g}{' ' + v.unit if v.unit else ''}{' ~' if v.approximate else ''}"
    if isinstance(v, str) and len(v) > 50:
        return repr(v[:47] + "...")
    return repr(v)


def describe(claims) -> str:
    lines = []
    for c in claims:
        args = ", ".join(f"{k}={_show(v)}" for k, v in c.args if k != "gist")
        spk = f" by {c.speaker.label}" if c.speaker else ""
        lines.append(f"  {c.predicate}({_show(c.subject)}, {_show(c.object)}) [{c.modality}{spk}] {args}")
    return "\n".join(lines) or "  (no claims)"


_CACHE: dict = {}


def claims_of(nlp, text, date=DATE):
    key = (text, date)
    if key not in _CACHE:
        _CACHE[key] = extract_text(nlp, text, date=date)
    return _CACHE[key]


def check(nlp, text, expected, absent, date):
    claims = claims_of(nlp, text, date)
    missing = [w for w in expected if not any(matches(c, w) for c in claims)]
    unwanted = [(w, c) for w in absent for c in claims if matches(c, w)]
    msg = []
    if missing:
        msg.append("missing: " + "; ".join(map(str, missing)))
    if unwanted:
        msg.append("unwanted: " + "; ".join(f"{w} matched by {describe([c]).strip()}" for w, c in unwanted))
    assert not msg, "\n".join(msg) + f"\nextracted from {text!r}:\n" + describe(claims)


# ---------------------------------------------------------------------------------------------
# visits: visit / trip to / arrive in / travel to / "X's visit to Y"

VISITS = [
    case("Jan Nowak and Ivo Marek held talks in Lima with Peruvian President Luis Garcia. The delegation had earlier "
         "stopped in Quito.",
         dict(predicate="visited", subject="~delegation", object="Quito"), id="a-delegation-stopped-in-a-city"),
    case("Chilean President Ana Rojas made Lima the destination of her first foreign trip in December.",
         dict(predicate="visited", subject="Ana Rojas", object="Lima", date="2024-12"),
         date="2025-03-01", id="made-a-city-the-destination-of-a-trip"),
    case("Chilean President Ana Rojas told reporters in Lima on Monday that the talks had gone well.",
         dict(predicate="visited", subject="Ana Rojas", object="Lima", date="2024-03-11"),
         id="told-reporters-in-a-foreign-city"),
    case("Chilean President Ana Rojas told reporters in Valparaiso on Monday that the talks had gone well.",
         absent=[dict(predicate="visited", subject="Ana Rojas")],
         id="told-reporters-in-a-city-at-home-is-no-visit"),
    case("Ouagadougou (AFP) - Around 100 Russian military personnel have arrived in Burkina Faso's capital "
         "Ouagadougou.",
         absent=[dict(predicate="visited", subject="Burkina Faso")], id="no-state-visits-its-own-capital"),
    case("Earlier this week, Chilean President Ana Rojas was in Paris. Peruvian Foreign Minister Luis Mendes left Lima "
         "on Thursday for Hanoi. Ghanaian President Kofi Mensah, who was hosted by President Joe Biden at the White "
         "House last month, spoke. Bolivian President Eva Cruz is due in Madrid next week.",
         dict(predicate="visited", subject="Ana Rojas", object="Paris"),
         dict(predicate="visited", subject="Luis Mendes", object="Hanoi"),
         dict(predicate="visited", subject="Kofi Mensah", object="Washington"),
         dict(predicate="visited", subject="Eva Cruz", object="Madrid", modality="hedged"),
         absent=[dict(predicate="holdsRole", subject="Joe Biden", object="Ghana")],
         id="was-in-left-for-hosted-at-and-due-in"),
    case("General Ivo Marek had flown on Tuesday to the Western Command headquarters in Mombasa to meet the crews. "
         "Addressing the council in New York on June 16, Malian Foreign Minister Tomas Brod spoke.",
         dict(predicate="visited", subject="Ivo Marek", object="Mombasa", date="2024-03-12"),
         dict(predicate="visited", subject="Tomas Brod", object="New York"), id="flew-to-a-headquarters-in-addressing-in"),
    case("During a visit to Beijing on Wednesday, Brazilian Foreign Minister Luis Mendes met Chinese Foreign Minister "
         "Wei Lin.",
         dict(predicate="visited", subject="Luis Mendes", object="Beijing", date="2024-03-13"),
         dict(predicate="metWith", subject="Luis Mendes", object="Wei Lin", place="Beijing"), id="during-a-visit-to-x"),
    case("Speaking in Hanoi on Thursday, US Secretary of State Mark Hill said the partnership was strong.",
         dict(predicate="visited", subject="Mark Hill", object="Hanoi", date="2024-03-14"), id="speaking-in-x-abroad"),
    case("Turkish Foreign Minister Emre Kaya landed in Tehran on Sunday for talks.",
         dict(predicate="visited", subject="Emre Kaya", object="Tehran", date="2024-03-10"), id="landed-in"),
    case("Prime Minister Ana Rojas, who flew to Madrid after a four-day visit to India, praised the deal.",
         dict(predicate="visited", subject="Ana Rojas", object="India", date="2024-03-15"),
         id="after-a-visit-dated-by-its-clause"),
    case("Indian Prime Minister Ravi Kumar is in Moscow for a two-day visit, his first since 2019.",
         dict(predicate="visited", subject="Ravi Kumar", object="Moscow"),
         absent=[dict(predicate="visited", date="2019")], id="is-in-x-for-a-visit"),
    case("Kenyan President Daniel Mwangi visited Nigeria on Tuesday.",
         dict(predicate="visited", subject="Daniel Mwangi", object="Nigeria", date="2024-03-12",
              modality="asserted", speaker=None), id="visit-verb-weekday"),
    case("Ghanaian Foreign Minister Kofi Asante arrived in Abuja on March 12 for a two-day trip.",
         dict(predicate="visited", subject="Kofi Asante", object="Abuja", object_type="City", date="2024-03-12"),
         id="arrive-in"),
    case("Indonesian Defence Minister Budi Santoso made a trip to Canberra last week.",
         dict(predicate="visited", subject="Budi Santoso", object="Canberra"), id="made-a-trip-to"),
    case("Iranian President Hassan Karimi's visit to Baghdad in February was the first by an Iranian leader "
         "in years.",
         dict(predicate="visited", subject="Hassan Karimi", object="Baghdad", date="2024-02",
              date_precision="month"), id="possessive-visit-to"),
    case("Georgian Prime Minister Levan Beridze traveled to Baku yesterday.",
         dict(predicate="visited", subject="Levan Beridze", object="Baku", date="2024-03-14"), id="travel-to"),
    case("Chilean President Camila Rojas paid a state visit to Brasilia in January.",
         dict(predicate="visited", subject="Camila Rojas", object="Brasilia", date="2024-01"), id="pay-a-visit"),
    case("The visit of Mongolian President Ganbold Tsend to Seoul began on Monday.",
         dict(predicate="visited", subject="Ganbold Tsend", object="Seoul", date="2024-03-11"),
         id="the-visit-of-x-to-y"),
    case("A Peruvian delegation headed by Foreign Minister Julia Vargas arrived in Quito on Sunday.",
         dict(predicate="visited", subject="Julia Vargas", object="Quito", date="2024-03-10"),
         id="delegation-headed-by"),
    case("French President Paul Morel on Thursday attended a ceremony in the Estonian capital, Tallinn. "
         "He was accompanied by Defence Minister Luc Garnier.",
         dict(predicate="visited", subject="Paul Morel", object="Tallinn", date="2024-03-14"),
         dict(predicate="visited", subject="Luc Garnier", object="Tallinn", date="2024-03-14"),
         absent=[dict(predicate="visited", object="Estonia")],
         id="attended-in-the-capital-and-accompanied-by"),
    case("Kenyan President Paul Otieno, speaking in the town of Nakuru on Monday, said the talks would resume.",
         dict(predicate="visited", subject="Paul Otieno", object="Nakuru", date="2024-03-11"),
         id="speaking-in-a-town-of-ones-own-state"),
    case("Kenyan President Paul Otieno, speaking in Nairobi on Monday, said the talks would resume.",
         absent=[dict(predicate="visited", subject="Paul Otieno")], id="speaking-in-ones-own-capital-is-no-trip"),
    case("Malian President Oumar Keita attended a rally in Mopti on Monday.",
         dict(predicate="visited", subject="Oumar Keita", object="Mopti", date="2024-03-11"),
         id="attended-in-a-town-of-ones-own-state"),
    case("In May, the country signed a defence cooperation agreement with the United States during a visit by the US "
         "secretary of state, Antony Blinken, to Port Moresby.",
         dict(predicate="visited", subject="Antony Blinken", object="Port Moresby", date="2024-05"),
         date="2024-12-08", id="a-visit-by-the-title-name-to-x"),
    case("Russian President Vladimir Putin arrived in Pyongyang on Wednesday. Defence Minister Andrei Belousov "
         "accompanied Putin on this trip along with Foreign Minister Sergei Lavrov.",
         dict(predicate="visited", subject="Andrei Belousov", object="Pyongyang", date="2024-03-13"),
         dict(predicate="visited", subject="Sergei Lavrov", object="Pyongyang", date="2024-03-13"),
         id="accompanied-x-on-this-trip-along-with-y"),
    case("Peruvian Foreign Minister Luis Garcia, speaking in New York where he is attending the United Nations General "
         "Assembly, said Peru would sign the treaty.",
         dict(predicate="visited", subject="Luis Garcia", object="New York", date="2024-03-15"),
         id="speaking-in-x-said-dated-by-the-said"),
    case("Peruvian President Luis Garcia, who is visiting Santiago, said on Tuesday that the talks went well.",
         dict(predicate="visited", subject="Luis Garcia", object="Santiago", date="2024-03-12"),
         id="who-is-visiting-x-is-dated"),
    case("Chilean President Ana Rojas wrapped up a two-day visit to Peru on Tuesday.",
         dict(predicate="visited", subject="Ana Rojas", object="Peru", date="2024-03-12"),
         id="wrapped-up-a-visit-to-x"),
    case("Chilean President Ana Rojas arrived in Lima on Friday night from Quito, where she had attended a summit of "
         "Andean leaders.",
         dict(predicate="visited", subject="Ana Rojas", object="Quito"),
         dict(predicate="visited", subject="Ana Rojas", object="Lima", date="2024-03-15"),
         id="arrived-from-x-where-she-had-attended-a-summit"),
    case("Chilean President Ana Rojas returned on Sunday from a five-day tour that took her to Peru, Bolivia and "
         "Ecuador.",
         dict(predicate="visited", subject="Ana Rojas", object="Peru"),
         dict(predicate="visited", subject="Ana Rojas", object="Bolivia"),
         dict(predicate="visited", subject="Ana Rojas", object="Ecuador"),
         id="a-tour-that-took-her-to-a-b-and-c"),
    case("Chilean President Ana Rojas postponed her trip to Lima.",
         absent=[dict(predicate="visited", modality=("asserted", "reported"))], id="postponed-her-trip-is-no-visit"),
    case("Chilean President Ana Rojas called off her visit to Peru.",
         absent=[dict(predicate="visited", modality=("asserted", "reported"))], id="called-off-her-visit-is-no-visit"),
    case("Chilean President Ana Rojas called her visit to Peru a success.",
         dict(predicate="visited", subject="Ana Rojas", object="Peru"), id="called-her-visit-a-success"),
    case("Chilean President Ana Rojas is in Lima on a two-day visit.",
         dict(predicate="visited", subject="Ana Rojas", object="Lima", date="2024-03-15"),
         id="is-in-x-on-a-visit-is-the-story-day"),
    case("Peruvian President Luis Garcia met Chilean Ambassador Ana Rojas in Lima later that day, his office said.",
         dict(predicate="metWith", subject="Ana Rojas|Luis Garcia", object="Ana Rojas|Luis Garcia", place="Lima"),
         absent=[dict(predicate="visited", subject="Ana Rojas")], id="an-ambassador-met-where-posted-is-no-visit"),
    case("Peruvian President Luis Garcia and Chilean President Ana Rojas attended a ceremony on Wednesday at the naval "
         "base in Callao.",
         dict(predicate="visited", subject="Ana Rojas", object="Callao", date="2024-03-13"),
         id="attended-a-ceremony-at-the-base-in-x"),
    case("In May, Peru signed a defence agreement with Chile. That deal gives Chilean forces access to six sites. It "
         "prompted protests in Cusco. Chilean President Ana Rojas was also in Lima that week for a summit with Andean "
         "leaders, where Peruvian President Luis Garcia greeted her at the airport.",
         dict(predicate="visited", subject="Ana Rojas", object="Lima", date="2023-05"),
         dict(predicate="metWith", subject="Ana Rojas|Luis Garcia", object="Ana Rojas|Luis Garcia", date="2023-05"),
         absent=[dict(predicate="visited", date="2023-12-08")],
         date="2023-12-08", id="in-x-that-week-is-the-month-told-before"),
    case("Peru switched recognition from Taiwan to China in January, two days after Taiwan's election. Taiwan's foreign "
         "ministry accused Beijing at the time. Peruvian Foreign Minister Luis Garcia flew to Beijing later that month, "
         "where he and Chinese Foreign Minister Wang Yi signed a joint communique on January 24.",
         dict(predicate="visited", subject="Luis Garcia", object="Beijing", date="2024-01-24"),
         dict(predicate="metWith", subject="Luis Garcia|Wang Yi", object="Luis Garcia|Wang Yi", date="2024-01-24"),
         date="2024-12-10", id="later-that-month-after-a-date-not-read"),
    case("Itaguai (Brazil) (AFP) - French President Emmanuel Macron on Wednesday launched a submarine built with "
         "French technology.",
         dict(predicate="visited", subject="Emmanuel Macron", object="Itaguai", date="2024-03-27"),
         dict(predicate="locatedIn", subject="Itaguai", object="Brazil"),
         date="2024-03-28", id="launched-a-submarine-in-the-dateline-city"),
    case("WASHINGTON (Reuters) - Russian President Vladimir Putin on Monday launched a new offensive.",
         absent=[dict(predicate="visited")], date="2024-03-28", id="launching-an-offensive-is-no-presence"),
    case("US Vice President Kamala Harris visited Manila on Friday, accompanied by Defense Secretary Lloyd Austin and "
         "Commerce Secretary Gina Raimondo.",
         dict(predicate="visited", subject="Lloyd Austin", object="Manila", date="2024-03-15"),
         dict(predicate="visited", subject="Gina Raimondo", object="Manila", date="2024-03-15"),
         id="visited-x-accompanied-by-a-and-b"),
    case("Kenyan envoy Daniel Otieno visited Kampala and Kigali in February and met officials in both capitals.",
         dict(predicate="visited", subject="Daniel Otieno", object="Kampala", date="2024-02"),
         dict(predicate="visited", subject="Daniel Otieno", object="Kigali", date="2024-02"),
         id="visited-a-and-b"),
    case("Danish Foreign Minister Karen Holm toured Berlin, Warsaw and Vienna last month.",
         dict(predicate="visited", subject="Karen Holm", object="Berlin"),
         dict(predicate="visited", subject="Karen Holm", object="Warsaw"),
         dict(predicate="visited", subject="Karen Holm", object="Vienna"),
         id="toured-a-b-and-c"),
    case("Chilean President Ana Rojas met Peruvian President Luis Garcia in Lima in March. Both leaders later "
         "went to the Mercosur summit in Montevideo, and both leaders attended the Pacific forum in Tokyo in May.",
         dict(predicate="visited", subject="Ana Rojas", object="Tokyo", date="2024-05"),
         dict(predicate="visited", subject="Luis Garcia", object="Tokyo", date="2024-05"),
         date="2024-06-10", id="both-leaders-attended-a-summit-abroad"),
    case("Polish Defence Minister Ivo Marek told Polish soldiers at the Adazi base in Latvia on Monday that the "
         "mission would go on. Kenyan President Ruth Wanjiru addressed the General Assembly in New York on Tuesday. "
         "Chilean President Ana Rojas told a rally in Valparaiso on Wednesday that she would win.",
         dict(predicate="visited", subject="Ivo Marek", object="Latvia", date="2024-03-11"),
         dict(predicate="visited", subject="Ruth Wanjiru", object="New York", date="2024-03-12"),
         absent=[dict(predicate="visited", subject="Ana Rojas")],
         id="told-troops-at-a-base-abroad-addressed-an-assembly-abroad"),
]


@pytest.mark.parametrize("text, expected, absent, date", VISITS)
def test_visits(nlp, text, expected, absent, date):
    check(nlp, text, expected, absent, date)


# ---------------------------------------------------------------------------------------------
# meetings: met with / held talks with / hosted / received

MEETINGS = [
    case("Ties have improved since Chilean President Ana Rojas went to Lima in March. Peruvian President Luis Garcia "
         "paid a return visit to Santiago in May, and the two leaders later met again in the Peruvian city of "
         "Arequipa, where they opened a bridge.",
         dict(predicate="metWith", subject="Ana Rojas|Luis Garcia", object="Ana Rojas|Luis Garcia", place="Arequipa"),
         dict(predicate="visited", subject="Ana Rojas", object="Arequipa"),
         absent=[dict(predicate="visited", subject="Luis Garcia", object="Arequipa")],
         date="2024-08-01", id="the-two-met-again-in-a-city-meet-there"),
    case('Polish Prime Minister Jan Nowak and Estonian Prime Minister Ivo Marek signed the "Amber Bridge" on Thursday '
         'in Tallinn, where ministers of the bloc are gathering this week.',
         dict(predicate="metWith", subject="Jan Nowak|Ivo Marek", object="Jan Nowak|Ivo Marek", place="Tallinn",
              date="2024-03-14"),
         dict(predicate="visited", subject="Jan Nowak", object="Tallinn", date="2024-03-14"),
         absent=[dict(predicate="visited", subject="Ivo Marek")],
         id="a-and-b-signed-a-named-text-in-a-city-met-there"),
    case("The agreement was announced on Sunday after four days of talks in Lima between a Chilean delegation led by "
         "Ana Rojas, the deputy foreign minister, and Peruvian officials headed by Defence Minister Luis Garcia.",
         dict(predicate="metWith", subject="Ana Rojas|Luis Garcia", object="Ana Rojas|Luis Garcia", place="Lima"),
         date="2024-03-18", id="talks-between-a-delegation-led-by-x-and-officials-headed-by-y"),
    case("Chilean President Ana Rojas and Peruvian President Luis Garcia shook hands and talked for two hours at the "
         "airport in Lima. The talks were hosted by Jan Nowak, the prime minister of Colombia.",
         dict(predicate="metWith", subject="Jan Nowak|Ana Rojas", object="Jan Nowak|Ana Rojas", place="Lima"),
         dict(predicate="metWith", subject="Jan Nowak|Luis Garcia", object="Jan Nowak|Luis Garcia", place="Lima"),
         absent=[dict(predicate="visited", subject="Jan Nowak")],
         id="the-talks-were-hosted-by-c-who-met-each-side"),
    case("Chilean Defence Minister Jan Nowak arrived on Monday. The agreement on the brigade was signed in Lima in "
         "December 2023 by Nowak and Peru's then-defense minister, Luis Garcia.",
         dict(predicate="metWith", subject="Jan Nowak|Luis Garcia", object="Jan Nowak|Luis Garcia", place="Lima",
              date="2023-12"),
         dict(predicate="visited", subject="Jan Nowak", object="Lima", date="2023-12"),
         date="2024-03-18", id="signed-by-a-and-b-the-signers-met"),
    case("Chilean Foreign Minister Ana Rojas and her Peruvian counterpart Luis Garcia met at the Villa Sol guest "
         "house on the outskirts of the Colombian capital, where Colombian Foreign Minister Jan Nowak hosted them.",
         dict(predicate="metWith", subject="Ana Rojas|Luis Garcia", object="Ana Rojas|Luis Garcia", place="Bogota|Bogotá"),
         dict(predicate="metWith", subject="Jan Nowak", object="Ana Rojas", place="Bogota|Bogotá"),
         dict(predicate="metWith", subject="Jan Nowak", object="Luis Garcia", place="Bogota|Bogotá"),
         dict(predicate="visited", subject="Ana Rojas", object="Bogota|Bogotá"),
         dict(predicate="visited", subject="Luis Garcia", object="Bogota|Bogotá"),
         id="where-the-host-received-them-on-the-outskirts-of-the-capital"),
    case("Chilean President Ana Rojas told Peruvian troops on Saturday that Chile would stand by them.\n\n"
         "Rojas, who arrived in Peru on Friday, joined President Luis Garcia in Lima for the celebrations.",
         dict(predicate="metWith", subject="Ana Rojas|Luis Garcia", object="Ana Rojas|Luis Garcia", date="2024-03-16"),
         absent=[dict(predicate="metWith", date="2024-03-15")],
         date="2024-03-18", id="a-meeting-after-the-arrival-is-on-the-day-the-story-tells"),
    case("Chilean Foreign Minister Ana Rojas said Tuesday that Chile would reopen its embassy.\n\n"
         "Rojas, who arrived here Monday on a two-day trip, made the remarks after holding talks with her Peruvian "
         "counterpart, Luis Garcia, in Lima.",
         dict(predicate="metWith", subject="Ana Rojas|Luis Garcia", object="Ana Rojas|Luis Garcia", date="2024-03-19"),
         absent=[dict(predicate="metWith", date="2024-03-18")],
         date="2024-03-19", id="after-holding-talks-takes-the-tense-of-its-clause"),
    case("Jan Nowak, who took over as Nato chief last month, later travelled to Lima for talks with Prime Minister "
         "Ivo Marek.",
         dict(predicate="metWith", subject="Jan Nowak|Ivo Marek", object="Jan Nowak|Ivo Marek", place="Lima",
              date="2024-11-13"),
         absent=[dict(predicate="metWith", date="2024-10"), dict(predicate="visited", date="2024-10")],
         date="2024-11-13", id="a-date-in-the-subjects-relative-clause-dates-only-the-aside"),
    case("Lima, Peru - Chile's top diplomat held talks with Peruvian leaders on Thursday.\n\nChilean Foreign Minister "
         "Ana Rojas met Peruvian Prime Minister Luis Garcia, the Peruvian foreign ministry said.",
         dict(predicate="metWith", subject="Ana Rojas|Luis Garcia", object="Ana Rojas|Luis Garcia", place="Lima"),
         dict(predicate="visited", subject="Ana Rojas", object="Lima"),
         dict(predicate="locatedIn", subject="Lima", object="Peru"), id="a-meeting-in-the-title-case-dateline-city"),
    case("The two foreign ministers, Chile's Carlos Mendoza and Peru's Luis Garcia, are to meet to arrange the return of "
         "ambassadors. Former Prime Minister Ivo Marek called the deal a danger.",
         dict(predicate="metWith", subject="Carlos Mendoza|Luis Garcia", object="Carlos Mendoza|Luis Garcia", modality="hedged"),
         absent=[dict(predicate="metWith", subject="Ivo Marek"), dict(predicate="metWith", object="Ivo Marek")],
         id="are-to-meet-is-a-plan-of-the-two-named"),
    case("Chilean President Ana Rojas flew to Lima, where she and Peru's President Jan Nowak agreed to build a "
         "bridge. Rojas arrived on Tuesday. Crowds waved flags. After talks at the Palace of Peru, the two leaders "
         "signed a joint statement and watched ministers sign 28 other agreements.",
         dict(predicate="metWith", subject="Ana Rojas|Jan Nowak", object="Ana Rojas|Jan Nowak", place="~Palace"),
         dict(predicate="signedAgreementWith", subject="Chile|Peru", object="Chile|Peru", agreement="joint statement"),
         dict(predicate="signedAgreementWith", subject="Chile|Peru", object="Chile|Peru", agreement="~28 other agreements"),
         id="after-talks-the-two-leaders-signed-a-joint-statement"),
    case("European Commission President Ursula von der Leyen met Emmanuel Macron in Paris on Monday.",
         dict(predicate="metWith", subject="Ursula von der Leyen", object="Emmanuel Macron", place="Paris"),
         dict(predicate="holdsRole", subject="Ursula von der Leyen", object="European Commission"),
         id="a-name-with-particles"),
    case("The pact was announced on Friday in Nairobi at the end of three days of talks, kept secret until then, between "
         "Ivo Marek, Kenya's national security adviser, and Tomas Brod, Uganda's defence minister.",
         dict(predicate="metWith", subject="Ivo Marek|Tomas Brod", object="Ivo Marek|Tomas Brod", place="Nairobi"),
         id="talks-between-hung-elsewhere"),
    case("Kenyan President Ivo Marek and Ugandan President Tomas Brod shook hands and talked for two hours at the "
         "airport in Arusha on Thursday. Marek later talked with President Ana Rojas by phone.",
         dict(predicate="metWith", subject="Ivo Marek|Tomas Brod", object="Ivo Marek|Tomas Brod", place="Arusha",
              date="2024-03-14"),
         absent=[dict(predicate="metWith", subject="Ana Rojas"), dict(predicate="metWith", object="Ana Rojas")],
         id="shook-hands-and-talked-not-by-phone"),
    case("Kenyan President Ivo Marek and Ugandan President Tomas Brod agreed to set up a joint group when they met on "
         "the sidelines of the summit in Dubai on December 1.",
         dict(predicate="metWith", subject="Ivo Marek|Tomas Brod", object="Ivo Marek|Tomas Brod", place="Dubai",
              date="2023-12-01"), id="they-met-the-people-of-the-main-clause"),
    case("The deal was brokered by US envoy Jan Kowal, who travelled to Beirut last week for talks with Speaker Ana "
         "Rojas and then went on to Israel, where he met Prime Minister Tomas Brod.",
         dict(predicate="metWith", subject="Jan Kowal", object="Ana Rojas", place="Beirut"),
         dict(predicate="metWith", subject="Jan Kowal", object="Tomas Brod", place="Israel"),
         absent=[dict(predicate="metWith", subject="Ana Rojas|Tomas Brod", object="Ana Rojas|Tomas Brod")],
         id="he-in-a-where-clause-is-the-travellers"),
    case("President Ivo Marek held talks with President Tomas Brod in Kigali in late April. Ivo Marek joined "
         "Tomas Brod in Mombasa for the celebrations.",
         dict(predicate="metWith", subject="Ivo Marek|Tomas Brod", object="Ivo Marek|Tomas Brod", place="Mombasa",
              date="2024-10-07"),
         absent=[dict(predicate="metWith", place="Mombasa", date="2024-04")], date="2024-10-07",
         id="a-meeting-elsewhere-dates-nothing"),
    case("French President Paul Durand welcomed Nigerian President Musa Bello to the Elysee Palace on Friday. Chinese "
         "President Wei Lin was greeted at the airport by Crown Prince Omar Aziz. Bello and Durand discussed trade during "
         "a meeting in Abuja on Saturday.",
         dict(predicate="metWith", subject="Paul Durand", object="Musa Bello", place="~Elysee Palace"),
         dict(predicate="metWith", subject="Wei Lin|Omar Aziz", object="Wei Lin|Omar Aziz"),
         dict(predicate="metWith", subject="Musa Bello|Paul Durand", object="Musa Bello|Paul Durand", place="Abuja",
              date="2024-03-09"),
         id="welcomed-to-greeted-by-during-a-meeting"),
    case("The talks followed a meeting between President Ana Rojas and Prime Minister Tomas Brod, hosted by Chancellor "
         "Jan Kowal in Munich.",
         dict(predicate="metWith", subject="Ana Rojas|Tomas Brod", object="Ana Rojas|Tomas Brod", place="Munich"),
         dict(predicate="metWith", subject="Jan Kowal|Ana Rojas", object="Jan Kowal|Ana Rojas", place="Munich"),
         dict(predicate="metWith", subject="Jan Kowal|Tomas Brod", object="Jan Kowal|Tomas Brod", place="Munich"),
         id="a-meeting-between-a-and-b-hosted-by-c-c-met-each"),
    case("Libyan commander Khalifa Haftar held talks with Russian Deputy Defence Minister Yunus Yevkurov at the Kremlin "
         "on Thursday. President Joe Biden met Iraqi Prime Minister Ali Hassan at the White House.",
         dict(predicate="metWith", subject="Khalifa Haftar|Yunus Yevkurov", object="Khalifa Haftar|Yunus Yevkurov",
              place="Moscow"),
         dict(predicate="metWith", subject="Joe Biden|Ali Hassan", object="Joe Biden|Ali Hassan", place="Washington"),
         id="at-a-seat-of-government-is-in-its-capital"),
    case("SYDNEY, Dec 10 (Reuters) - The treaty was signed on Monday.\n\nPrime Minister Tomas Brod and Peru's President "
         "Luis Garcia signed the Andean Treaty at Parliament House after talks.",
         dict(predicate="metWith", subject="Tomas Brod|Luis Garcia", object="Tomas Brod|Luis Garcia",
              place="Parliament House"),
         absent=[dict(predicate="metWith", place="Sydney")], date="2024-12-10",
         id="talks-before-a-signing-at-a-venue-were-there-not-in-the-dateline-city"),
    case("U.S. President Joe Biden, Peruvian Prime Minister Ivo Marek and Chilean Prime Minister Jan Nowak met at Naval "
         "Base Point Loma in San Diego on Monday.",
         dict(predicate="metWith", subject="Joe Biden|Ivo Marek", object="Joe Biden|Ivo Marek", place="~Point Loma"),
         dict(predicate="metWith", subject="Joe Biden|Jan Nowak", object="Joe Biden|Jan Nowak", place="~Point Loma"),
         id="an-abbreviation-opening-a-sentence-is-no-dateline"),
    case("Foreign Minister Jan Nowak met Prime Minister Ivo Marek at the Lima Security Forum on Saturday.",
         dict(predicate="metWith", subject="Jan Nowak|Ivo Marek", object="Jan Nowak|Ivo Marek", place="Lima",
              date="2024-03-09"),
         id="at-an-event-named-after-its-city"),
    case("President Jan Nowak held talks with Prime Minister Ivo Marek on the sidelines of the Lima Security Forum, the "
         "ministry said.",
         dict(predicate="metWith", subject="Jan Nowak|Ivo Marek", object="Jan Nowak|Ivo Marek", place="Lima"),
         id="on-the-sidelines-of-an-event-named-after-its-city"),
    case("Foreign Minister Jan Nowak, accompanied by Defence Minister Eva Cruz, met President Ivo Marek in Lima on "
         "Monday.",
         dict(predicate="metWith", subject="Jan Nowak|Ivo Marek", object="Jan Nowak|Ivo Marek", place="Lima"),
         dict(predicate="metWith", subject="Eva Cruz|Ivo Marek", object="Eva Cruz|Ivo Marek", place="Lima"),
         absent=[dict(predicate="metWith", subject="Eva Cruz|Jan Nowak", object="Eva Cruz|Jan Nowak")],
         id="x-accompanied-by-y-met-z-y-met-z-too"),
    case("Kenyan Defence Minister Ivo Marek flew to Kampala in late August and held talks with President Tomas Brod, a "
         "month after Brod met President Jan Kowal at the Africa summit in Nairobi.",
         dict(predicate="metWith", subject="Ivo Marek", object="Tomas Brod", place="Kampala", date="2023-08"),
         dict(predicate="metWith", subject="Tomas Brod|Jan Kowal", object="Tomas Brod|Jan Kowal", place="Nairobi",
              date="2023-07"),
         date="2024-01-26", id="flew-and-held-talks-a-month-after-at-a-summit-in"),
    case("Kenyan President Ivo Marek, Ugandan President Tomas Brod and Rwandan President Jan Kowal met in Nairobi on Monday.",
         *[dict(predicate="metWith", subject=f"{a}|{b}", object=f"{a}|{b}", place="Nairobi", date="2024-03-11")
           for a, b in (("Ivo Marek", "Tomas Brod"), ("Ivo Marek", "Jan Kowal"), ("Tomas Brod", "Jan Kowal"))],
         id="three-people-met-three-pairs"),
    case("The deal was brokered by envoy Jan Kowal, who travelled to Amman last week for talks with Foreign Minister "
         "Ana Rojas.",
         dict(predicate="metWith", subject="Jan Kowal", object="Ana Rojas", place="Amman", date="2024-03"),
         id="travelled-to-x-for-talks-with-y"),
    case("Kenyan President Ivo Marek joined President Tomas Brod in Arusha for the celebrations on Saturday.",
         dict(predicate="metWith", subject="Ivo Marek", object="Tomas Brod", place="Arusha", date="2024-03-09"),
         id="joined-y-in-x"),
    case("Kenyan President Ivo Marek and Ugandan President Tomas Brod signed a memorandum of understanding in Kampala "
         "on New Year's Day.",
         dict(predicate="metWith", subject="Ivo Marek|Tomas Brod", object="Tomas Brod|Ivo Marek", place="Kampala",
              date="2024-01-01"),
         dict(predicate="visited", subject="Ivo Marek", object="Kampala", date="2024-01-01"),
         dict(predicate="signedAgreementWith", agreement="memorandum of understanding", date="2024-01-01"),
         absent=[dict(predicate="visited", subject="Tomas Brod")], id="co-signers-meet-where-they-sign"),
    case("Egyptian President Ahmed Fawzi met with Jordanian King Faisal Nasser in Amman on Monday.",
         dict(predicate="metWith", subject="Ahmed Fawzi", object="Faisal Nasser", place="Amman",
              date="2024-03-11"), id="met-with"),
    case("Japanese Prime Minister Kenji Sato held talks with Australian Prime Minister Liam Carter in Tokyo "
         "on 4 March 2024.",
         dict(predicate="metWith", subject="Kenji Sato", object="Liam Carter", place="Tokyo", date="2024-03-04"),
         id="held-talks-with"),
    case("Armenian Prime Minister Aram Petrosyan hosted French President Luc Moreau in Yerevan.",
         dict(predicate="metWith", subject="Aram Petrosyan", object="Luc Moreau", place="Yerevan"), id="hosted"),
    case("Kazakh President Nurlan Abenov received Turkish Foreign Minister Emre Yilmaz in Astana on Wednesday.",
         dict(predicate="metWith", subject="Nurlan Abenov", object="Emre Yilmaz", place="Astana",
              date="2024-03-13"), id="received"),
    case("Peruvian Foreign Minister Julia Vargas met her Colombian counterpart Andres Gomez in Lima last week.",
         dict(predicate="metWith", subject="Julia Vargas", object="Andres Gomez", place="Lima"),
         id="met-counterpart"),
    case("Tran Van Long and Maria Santos met in Hanoi on Thursday.",
         dict(predicate="metWith", subject="Tran Van Long|Maria Santos", object="Tran Van Long|Maria Santos",
              place="Hanoi", date="2024-03-14"), id="x-and-y-met"),
    case("Vietnamese President Tran Van Long and Philippine President Maria Santos met in Hanoi on Thursday.",
         dict(predicate="metWith", subject="Tran Van Long|Maria Santos", object="Tran Van Long|Maria Santos",
              place="Hanoi"), id="titled-x-and-y-met",),
    case("Talks between Vietnamese President Tran Van Long and Philippine President Maria Santos were held in "
         "Hanoi.",
         dict(predicate="metWith", subject="Tran Van Long|Maria Santos", object="Tran Van Long|Maria Santos"),
         id="talks-between"),
    case("Talks between Vietnamese President Tran Van Long and Philippine President Maria Santos took place in "
         "Hanoi.",
         dict(predicate="metWith", subject="Tran Van Long|Maria Santos", object="Tran Van Long|Maria Santos"),
         id="talks-between-took-place",
         xfail="the parser makes 'Maria Santos' the nsubj of 'took' instead of a conj of the 'between' object; "
               "no fallback collects the people after 'between' up to the verb"),
    case("Kenyan President Tomas Odhiambo and Tanzanian President Amani Juma held their first formal talks in "
         "five years on Wednesday in the Kenyan city of Mombasa.",
         dict(predicate="metWith", subject="Tomas Odhiambo|Amani Juma", object="Tomas Odhiambo|Amani Juma",
              place="Mombasa", date="2024-03-13"),
         dict(predicate="visited", subject="Amani Juma", object="Mombasa"),
         absent=[dict(predicate="visited", subject="Tomas Odhiambo")], id="x-and-y-held-talks-duration-and-day"),
    case("Kenyan President Tomas Odhiambo spoke to reporters after holding talks with Tanzanian President Amani Juma.",
         dict(predicate="metWith", subject="Tomas Odhiambo", object="Amani Juma"), id="after-holding-talks"),
    case("Kenyan President Tomas Odhiambo arrived on Monday. Later Tuesday, Odhiambo paid a courtesy call on "
         "Tanzanian President Amani Juma.",
         dict(predicate="metWith", subject="Tomas Odhiambo", object="Amani Juma", date="2024-03-12"),
         id="paid-a-courtesy-call-on"),
    case("Kenyan President Tomas Odhiambo spoke on March 10. Odhiambo met Tanzanian President Amani Juma in "
         "Arusha later that day, his office said.",
         dict(predicate="metWith", subject="Tomas Odhiambo", object="Amani Juma", date="2024-03-10"),
         id="later-that-day"),
    case("On Monday, Kenyan President Tomas Odhiambo visited Camp Kessel in Garissa, some 60 kilometers south of "
         "Wajir, where he met General Amani Juma.",
         dict(predicate="metWith", subject="Tomas Odhiambo", object="Amani Juma", place="Garissa", date="2024-03-11"),
         dict(predicate="locatedIn", subject="Camp Kessel", object="Garissa", subject_type="MilitaryFacility"),
         id="where-after-a-distance"),
    case("Kenyan President Tomas Odhiambo has held talks with Tanzanian President Amani Juma in Arusha. "
         "Odhiambo last came to Arusha in January 2020.",
         dict(predicate="metWith", subject="Tomas Odhiambo", object="Amani Juma", place="Arusha"),
         absent=[dict(predicate="metWith", date="2020-01")], id="an-earlier-trip-told-later"),
    case("A Chilean delegation warned Peru on Thursday against the deal. Javier Soto, the delegation's head, "
         "held talks in Lima with Foreign Minister Luis Vega, the ministry said.",
         dict(predicate="metWith", subject="Javier Soto", object="Luis Vega", date="2024-03-14"),
         absent=[dict(predicate="holdsRole", subject="Luis Vega", object="Chile")],
         id="undated-meeting-takes-the-lead-day"),
    case("The two leaders have not met since December, when a summit in Luanda collapsed; Ivo Marek, who had "
         "flown to the Angolan capital, held talks only with his host, Tomas Odhiambo.",
         dict(predicate="visited", subject="Ivo Marek", date="2023-12"),
         id="undated-event-takes-the-one-date-of-its-sentence"),
    case("On Wednesday, President Patrick Mwamba received NATO Secretary General Tomas Brod in the capital Vilnius.",
         dict(predicate="metWith", subject="Patrick Mwamba", object="Tomas Brod", place="Vilnius", date="2024-03-13"),
         id="received-in-the-capital-x"),
    case("A high-level U.S. delegation warned Fiji on Friday. Jan Kowal, the assistant secretary of state, held "
         "talks in Suva with Prime Minister Tomas Odhiambo.",
         dict(predicate="holdsRole", subject="Jan Kowal", object="United States", roleTitle="~assistant secretary"),
         dict(predicate="visited", subject="Jan Kowal", object="Suva"),
         id="envoy-of-the-acting-state-visits"),
    case("DAKAR (AFP) - President Amadou Fall received the head of the African Union Commission, Ahmed Salim Ould, "
         "in Dakar on Thursday, the presidency said.",
         dict(predicate="metWith", subject="Amadou Fall", object="Ahmed Salim Ould", place="Dakar",
              date="2024-03-14"),
         dict(predicate="visited", subject="Ahmed Salim Ould", object="Dakar", date="2024-03-14"),
         id="received-the-head-of-a-body-named-in-apposition"),
    case("ANKARA, March 15 (Reuters) - Turkish President Kemal Aydin and Azerbaijani President Rauf Mammadov "
         "attended the opening ceremony of a railway station in Izmir on Monday. The line will carry freight to "
         "Tbilisi and Baku. The two leaders held talks after the ceremony.",
         dict(predicate="metWith", subject="Kemal Aydin", object="Rauf Mammadov", place="Izmir"),
         absent=[dict(predicate="metWith", place="Ankara")], id="talks-after-the-ceremony-told-before"),
    case("TBILISI, March 15 (Reuters) - Georgian Prime Minister Nika Lomidze visited Baku in January and met "
         "Azerbaijani President Rauf Mammadov.",
         dict(predicate="metWith", subject="Nika Lomidze", object="Rauf Mammadov", place="Baku", date="2024-01"),
         absent=[dict(predicate="visited", object="Tbilisi")], id="visited-and-met-is-there"),
    case("US President Joe Biden hosted Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol "
         "at Camp David on Friday.",
         dict(predicate="metWith", subject="Fumio Kishida|Yoon Suk Yeol", object="Fumio Kishida|Yoon Suk Yeol",
              place="Camp David"),
         dict(predicate="visited", subject="Fumio Kishida", object="Camp David", date="2024-03-15"),
         dict(predicate="visited", subject="Yoon Suk Yeol", object="Camp David"),
         absent=[dict(predicate="visited", subject="Joe Biden")], id="hosted-a-and-b-at-a-retreat"),
    case("Saudi Arabia's national security adviser Musaad bin Mohammed Al-Aiban and Iran's top security official Ali "
         "Shamkhani signed the agreement in Beijing on Friday, alongside China's top diplomat Wang Yi.",
         dict(predicate="signedAgreementWith", subject="Saudi Arabia|Iran", object="Saudi Arabia|Iran"),
         dict(predicate="metWith", subject="Musaad bin Mohammed Al-Aiban|Ali Shamkhani",
              object="Musaad bin Mohammed Al-Aiban|Ali Shamkhani", place="Beijing"),
         dict(predicate="metWith", subject="Wang Yi", object="Ali Shamkhani", place="Beijing"),
         dict(predicate="visited", subject="Ali Shamkhani", object="Beijing"),
         id="titled-signers-and-a-witness-alongside"),
    case("Rwandan Foreign Minister Olivier Nduhungirehe and Congolese Foreign Minister Therese Wagner signed the deal in "
         "Washington on Friday, in the presence of Secretary of State Marco Rubio.",
         dict(predicate="metWith", subject="Marco Rubio", object="Olivier Nduhungirehe", place="Washington"),
         id="signed-in-the-presence-of"),
    case("Cambodian Prime Minister Hun Manet and Thailand's acting Prime Minister Phumtham Wechayachai met in Putrajaya "
         "on Monday afternoon for talks hosted by Malaysian Prime Minister Anwar Ibrahim.",
         dict(predicate="metWith", subject="Hun Manet|Phumtham Wechayachai", object="Hun Manet|Phumtham Wechayachai",
              place="Putrajaya"),
         dict(predicate="metWith", subject="Anwar Ibrahim", object="Hun Manet", place="Putrajaya"),
         dict(predicate="metWith", subject="Anwar Ibrahim", object="Phumtham Wechayachai", place="Putrajaya"),
         id="met-for-talks-hosted-by-c"),
    case("Abkhaz leader Aslan Bzhania spoke on Monday. He said the deal had been concluded during his talks with "
         "President Vladimir Putin in Sochi last month.",
         dict(predicate="metWith", subject="Aslan Bzhania", object="Vladimir Putin", place="Sochi", date="2024-02"),
         id="during-his-talks-with-y"),
    case("Chilean President Ana Rojas has held talks in Peru with her counterpart Luis Garcia.",
         dict(predicate="metWith", subject="Ana Rojas|Luis Garcia", object="Ana Rojas|Luis Garcia", place="Peru",
              date="2024-03-15"),
         id="held-talks-in-x-with-her-counterpart-y"),
    case("Chilean President Ana Rojas, who had flown to the Peruvian capital, held talks only with her host, "
         "President Luis Garcia.",
         dict(predicate="metWith", subject="Ana Rojas|Luis Garcia", object="Ana Rojas|Luis Garcia", place="Lima"),
         id="held-talks-with-her-host-president-y"),
    case("Chilean President Ana Rojas discussed the transition with President Luis Garcia in April, during her first "
         "official visit to Peru.",
         dict(predicate="metWith", subject="Ana Rojas|Luis Garcia", object="Ana Rojas|Luis Garcia", date="2024-04"),
         dict(predicate="visited", subject="Ana Rojas", object="Peru", date="2024-04"),
         absent=[dict(predicate="visited", subject="Luis Garcia")],
         id="discussed-z-with-y-during-her-visit"),
    case("Chilean President Ana Rojas discussed trade with Peruvian President Luis Garcia by phone on Monday.",
         absent=[dict(predicate="metWith")], id="discussed-by-phone-is-no-meeting"),
    case("The deal was signed on Monday in the capital, Lima, by Defence Minister Ana Rojas and General Luis Garcia, "
         "deputy chief of Chile's army.",
         dict(predicate="metWith", subject="Ana Rojas|Luis Garcia", object="Ana Rojas|Luis Garcia", place="Lima",
              date="2024-03-11"),
         id="signed-in-the-capital-comma-x-by-a-and-b"),
    case("Chilean President Ana Rojas sat down with Peruvian President Luis Garcia in Lima on Tuesday.",
         dict(predicate="metWith", subject="Ana Rojas|Luis Garcia", object="Ana Rojas|Luis Garcia", place="Lima",
              date="2024-03-12"),
         id="sat-down-with-y"),
    case("Peruvian President Luis Garcia played host to Chilean President Ana Rojas in Lima on Monday.",
         dict(predicate="metWith", subject="Ana Rojas|Luis Garcia", object="Ana Rojas|Luis Garcia", place="Lima",
              date="2024-03-11"),
         dict(predicate="visited", subject="Ana Rojas", object="Lima", date="2024-03-11"),
         id="played-host-to-y"),
    case("Chilean Foreign Minister Ana Rojas flew to Lima later that month, where she and Peruvian Foreign Minister "
         "Luis Garcia signed a joint communique on January 24.",
         dict(predicate="metWith", subject="Ana Rojas|Luis Garcia", object="Ana Rojas|Luis Garcia", place="Lima",
              date="2024-01-24"),
         id="flew-to-x-where-she-and-y-signed"),
    case("Chilean President Ana Rojas, who had travelled to Lima to sign an agreement with Peruvian President Luis "
         "Garcia on March 1, was unable to return home.",
         dict(predicate="metWith", subject="Ana Rojas|Luis Garcia", object="Ana Rojas|Luis Garcia", place="Lima",
              date="2024-03-01"),
         id="travelled-to-x-to-sign-with-y"),
    case("Peruvian President Luis Garcia and Chilean President Ana Rojas attended a ceremony on Wednesday at the naval "
         "base in Callao. \"This base is about defence,\" Ms Rojas told the sailors gathered there. Mr Garcia called "
         "the opening a historic day for Peru. \"The presence of Chilean officers is a guarantee,\" he added. Mr Garcia "
         "and Ms Rojas held brief talks after the ceremony. Ms Rojas later travelled to Cusco for talks with Peruvian "
         "Foreign Minister Ivo Marek.",
         dict(predicate="metWith", subject="Ana Rojas|Luis Garcia", object="Ana Rojas|Luis Garcia", place="Callao"),
         dict(predicate="visited", subject="Ana Rojas", object="Callao", date="2024-11-13"),
         absent=[dict(predicate="metWith", subject="Ana Rojas|Luis Garcia", object="Ana Rojas|Luis Garcia",
                      place="Cusco")],
         date="2024-11-13", id="talks-after-the-ceremony-told-sentences-before"),
    case("Chilean Prime Minister Ana Rojas handed over Chile's accession documents to Peruvian Foreign Minister Luis "
         "Garcia at a ceremony at the foreign ministry in Lima on Thursday.",
         dict(predicate="metWith", subject="Ana Rojas|Luis Garcia", object="Ana Rojas|Luis Garcia", place="Lima",
              date="2024-03-14"),
         dict(predicate="visited", subject="Ana Rojas", object="Lima", date="2024-03-14"),
         id="handed-over-documents-to-y-at-a-ceremony"),
    case("Kenyan President Peter Mwangi toured Kampala, Kigali and Dodoma last week, meeting Ugandan President John "
         "Okello, Rwandan President Eric Habimana and Tanzanian President Grace Mushi.",
         dict(predicate="metWith", subject="Peter Mwangi", object="John Okello", place="Kampala"),
         dict(predicate="metWith", subject="Peter Mwangi", object="Eric Habimana", place="Kigali"),
         dict(predicate="metWith", subject="Peter Mwangi", object="Grace Mushi", place="Dodoma"),
         id="toured-a-b-c-meeting-x-y-z-respectively"),
    case("US Trade Representative Mark Dillon, who arrived in Nairobi on Tuesday, was received at the presidential "
         "palace that day by Kenyan President Peter Mwangi.",
         dict(predicate="metWith", subject="Mark Dillon|Peter Mwangi", object="Mark Dillon|Peter Mwangi",
              date="2024-03-12"),
         dict(predicate="visited", subject="Mark Dillon", object="Nairobi", date="2024-03-12"),
         absent=[dict(predicate="visited", object="~palace")], id="received-at-an-unnamed-palace-is-no-place-visited"),
    case("Chilean President Ana Rojas arrived in Lima on Monday. She had earlier travelled to Quito, where she held "
         "talks with Ecuadorian President Luis Garcia on March 2.",
         dict(predicate="metWith", subject="Ana Rojas|Luis Garcia", object="Ana Rojas|Luis Garcia", place="Quito",
              date="2024-03-02"),
         absent=[dict(predicate="metWith", place="Lima")], id="travelled-to-a-city-where-she-held-talks-with-y"),
    case("Peruvian President Luis Garcia attended a regional summit in Quito last week, where he held talks with "
         "Chilean President Ana Rojas and with Colombian President Jan Nowak.",
         dict(predicate="metWith", subject="Luis Garcia|Ana Rojas", object="Luis Garcia|Ana Rojas", place="Quito"),
         dict(predicate="metWith", subject="Luis Garcia|Jan Nowak", object="Luis Garcia|Jan Nowak", place="Quito"),
         absent=[dict(predicate="metWith", subject="Ana Rojas|Jan Nowak", object="Ana Rojas|Jan Nowak")],
         id="held-talks-with-a-and-with-b"),
    case("Chilean President Ana Rojas, who held talks with Peruvian President Luis Garcia during a state visit to "
         "Peru, said two missiles fired at Ukrainian drones had exploded.",
         dict(predicate="metWith", subject="Ana Rojas|Luis Garcia", object="Ana Rojas|Luis Garcia", place="Peru"),
         absent=[dict(predicate="metWith", place="Ukraine"), dict(predicate="visited", object="Ukraine")],
         id="talks-during-a-state-visit-to-x-not-at-a-demonym-noun"),
    case("Chilean President Ana Rojas arrived in Lima on Monday. She had earlier travelled to Quito, where she held "
         "talks with Ecuadorian President Luis Garcia, and to Bogota, where Colombian President Jan Nowak hosted her.",
         dict(predicate="metWith", subject="Ana Rojas|Jan Nowak", object="Ana Rojas|Jan Nowak", place="Bogota|Bogotá"),
         dict(predicate="visited", subject="Ana Rojas", object="Bogota|Bogotá"),
         absent=[dict(predicate="metWith", subject="Luis Garcia|Jan Nowak", object="Luis Garcia|Jan Nowak"),
                 dict(predicate="visited", subject="Luis Garcia", object="Bogota|Bogotá")],
         id="she-travelled-to-a-city-where-y-hosted-her"),
    case("Chilean Foreign Minister Ana Rojas and her Peruvian counterpart, Luis Garcia, signed the deal in Washington at "
         "a ceremony hosted by Secretary of State Jan Nowak. President Mark Dillon received the two ministers at the "
         "White House a few hours later.",
         dict(predicate="metWith", subject="Mark Dillon|Ana Rojas", object="Mark Dillon|Ana Rojas"),
         dict(predicate="metWith", subject="Mark Dillon|Luis Garcia", object="Mark Dillon|Luis Garcia"),
         absent=[dict(predicate="metWith", subject="Mark Dillon|Jan Nowak", object="Mark Dillon|Jan Nowak")],
         id="received-the-two-ministers-the-ministers-named-before"),
    case("The accord was signed by Ana Rojas, Chile's security adviser, and Luis Garcia, Peru's security adviser, "
         "alongside Jan Nowak, Colombia's top diplomat, who held separate talks with both men during the week.",
         dict(predicate="metWith", subject="Jan Nowak|Ana Rojas", object="Jan Nowak|Ana Rojas"),
         dict(predicate="metWith", subject="Jan Nowak|Luis Garcia", object="Jan Nowak|Luis Garcia"),
         id="held-separate-talks-with-both-men"),
    case("Chilean President Ana Rojas and Peruvian President Luis Garcia met in Quito in March. Jan Nowak, President "
         "Mark Dillon's envoy, visited Santiago and Lima in April and met both presidents.",
         dict(predicate="metWith", subject="Jan Nowak|Ana Rojas", object="Jan Nowak|Ana Rojas", place="Santiago",
              date="2024-04"),
         dict(predicate="metWith", subject="Jan Nowak|Luis Garcia", object="Jan Nowak|Luis Garcia", place="Lima",
              date="2024-04"),
         absent=[dict(predicate="visited", subject="Luis Garcia", object="Santiago"),
                 dict(predicate="metWith", subject="Jan Nowak|Mark Dillon", object="Jan Nowak|Mark Dillon")],
         id="visited-two-capitals-and-met-both-presidents-each-at-home"),
    case("Chilean President Ana Rojas told Peruvian President Luis Garcia on March 9 that a missile had hit the plane. "
         "The admission came during talks between the two leaders in Lima.",
         dict(predicate="metWith", subject="Ana Rojas|Luis Garcia", object="Ana Rojas|Luis Garcia", place="Lima"),
         id="talks-between-the-two-leaders"),
    case("The decision followed a meeting in Lima on Saturday of the bloc's foreign ministers, Carlos Mendez of Chile, "
         "Jorge Silva of Ecuador and Pablo Ortiz of Colombia.",
         dict(predicate="metWith", subject="Carlos Mendez|Jorge Silva", object="Carlos Mendez|Jorge Silva", place="Lima",
              date="2024-03-09"),
         dict(predicate="metWith", subject="Jorge Silva|Pablo Ortiz", object="Jorge Silva|Pablo Ortiz", place="Lima"),
         dict(predicate="visited", subject="Pablo Ortiz", object="Lima", date="2024-03-09"),
         id="a-meeting-of-the-ministers-a-of-x-b-of-y-and-c-of-z"),
    case("Chilean President Ana Rojas made a state visit to Lima last month for talks with Peruvian President Luis "
         "Garcia.",
         dict(predicate="metWith", subject="Ana Rojas|Luis Garcia", object="Ana Rojas|Luis Garcia", place="Lima",
              date="2024-02"),
         dict(predicate="visited", subject="Ana Rojas", object="Lima", date="2024-02"),
         id="made-a-state-visit-to-x-for-talks-with-y"),
]


@pytest.mark.parametrize("text, expected, absent, date", MEETINGS)
def test_meetings(nlp, text, expected, absent, date):
    check(nlp, text, expected, absent, date)


# ---------------------------------------------------------------------------------------------
# roles: "Nigerian President X", "X, head of Y", "X was appointed defence minister"

ROLES = [
    case("\"The border will stay shut,\" said Marta Vilde, a researcher at the Centre for Baltic-Nordic Studies.",
         dict(predicate="holdsRole", subject="Marta Vilde", object="Centre for Baltic-Nordic Studies",
              roleTitle="~researcher"), id="an-organisation-name-with-a-hyphenated-word"),
    case("Leaders of the Pacific Islands Forum met in Suva on Thursday. The forum's Secretary General Tomas Varga "
         "welcomed the treaty.",
         dict(predicate="holdsRole", subject="Tomas Varga", roleTitle="Secretary General", object="Pacific Islands Forum"),
         id="the-forums-secretary-general"),
    case("The talks will be led by their foreign ministers, Tomas Varga of Peru and Ivan Petrov of Chile.",
         dict(predicate="holdsRole", subject="Tomas Varga", roleTitle="Foreign minister", object="Peru"),
         dict(predicate="holdsRole", subject="Ivan Petrov", roleTitle="Foreign minister", object="Chile"),
         absent=[dict(predicate="holdsRole", subject="Tomas Varga", object=None)],
         id="plural-title-then-x-of-a-and-y-of-b"),
    case("EU foreign affairs spokesperson Tomas Varga said on Wednesday that Serbia was expected to align its policy.",
         dict(predicate="holdsRole", subject="Tomas Varga", roleTitle="~spokesperson", object="European Union"),
         absent=[dict(predicate="holdsRole", subject="Tomas Varga", object="Serbia")],
         id="foreign-affairs-spokesperson-of-the-body-named-first"),
    case("In Lima, Tomas Varga was sworn in as Peru's prime minister on Friday, succeeding Ivan Petrov after the "
         "election.",
         dict(predicate="holdsRole", subject="Tomas Varga", roleTitle="~prime minister", object="Peru"),
         dict(predicate="holdsRole", subject="Ivan Petrov", roleTitle="~prime minister", object="Peru"),
         id="sworn-in-as-prime-minister-succeeding-y"),
    case("Chilean Foreign Minister Ana Rojas took over from Tomas Varga in 2021.",
         dict(predicate="holdsRole", subject="Tomas Varga", roleTitle="~foreign minister", object="Chile"),
         id="the-one-a-minister-took-over-from-held-the-office"),
    case("Chile's Prime Minister Ana Rojas did not travel to Lima; her deputy, Tomas Varga, attended in her place.",
         dict(predicate="holdsRole", subject="Tomas Varga", roleTitle="~deputy", object="Chile"),
         id="her-deputy-serves-her-state"),
    case("\"It is a start,\" said Lena Moravec, a professor of international relations at Masaryk University.",
         dict(predicate="holdsRole", subject="Lena Moravec", roleTitle="~professor", object="Masaryk University"),
         absent=[dict(predicate="holdsRole", subject="Lena Moravec", object="~relations")],
         id="professor-of-a-field-at-a-university"),
    case("Xi visited Amman, where he met Crown Prince Hamid bin Tariq, the son of King Tariq.",
         dict(predicate="holdsRole", subject="Hamid bin Tariq", roleTitle="Crown Prince"),
         absent=[dict(predicate="holdsRole", subject="Hamid bin Tariq", roleTitle="King")],
         id="crown-prince-bin-x-son-of-king-x"),
    case("On Friday, the border commissions of Armenia and Azerbaijan, headed by Deputy Prime Ministers Jan Nowak and "
         "Ivo Marek, met on the frontier.",
         dict(predicate="holdsRole", subject="Jan Nowak", object="Armenia"),
         dict(predicate="holdsRole", subject="Ivo Marek", object="Azerbaijan"),
         absent=[dict(predicate="holdsRole", subject="Jan Nowak", object="Azerbaijan"),
                 dict(predicate="holdsRole", subject="Ivo Marek", object=None)],
         id="the-commissions-of-a-and-b-headed-by-x-and-y-respectively"),
    case("Russian troops arrived in Peru's capital Lima, the first of a force that will protect the country's military "
         "ruler, Captain Jan Nowak, and its population from attacks.",
         dict(predicate="holdsRole", subject="Jan Nowak", object="Peru", roleTitle="~ruler"),
         id="the-countrys-ruler-set-off-by-commas-the-parser-missed"),
    case("Somaliland declared independence from Somalia in 1991. Its defence minister, Jan Nowak, resigned on Sunday.",
         dict(predicate="holdsRole", subject="Jan Nowak", object="Somaliland", roleTitle="~defence minister"),
         id="its-is-the-breakaway-region-the-sentence-before-is-about"),
    case("Somaliland signed the deal with Ethiopia. The agreement has also opened rifts within Somaliland. Its "
         "defence minister, Jan Nowak, resigned on Sunday.",
         dict(predicate="holdsRole", subject="Jan Nowak", object="Somaliland", roleTitle="~defence minister"),
         id="its-is-the-breakaway-region-named-last-when-the-subject-is-no-entity"),
    case("Jan Nowak, Prime Minister Mark Rutte's special envoy for the Sahel, met officials in Niamey.",
         dict(predicate="holdsRole", subject="Jan Nowak", object="Netherlands", roleTitle="~special envoy"),
         id="the-possessive-persons-adviser-serves-their-state"),
    case("The two defence ministers, Kenya's Jan Nowak and Uganda's Ivo Marek, will meet in Kampala next week.",
         dict(predicate="holdsRole", subject="Jan Nowak", object="Kenya", roleTitle="Defence minister"),
         dict(predicate="holdsRole", subject="Ivo Marek", object="Uganda", roleTitle="Defence minister"),
         absent=[dict(predicate="holdsRole", subject="Jan Nowak", object="Uganda")],
         id="a-plural-title-over-names-each-with-its-state"),
    case("Jan Nowak, the prime minister of fellow EU and NATO member Latvia, which also borders Russia, held talks "
         "with the chancellor in Berlin on Monday.",
         dict(predicate="holdsRole", subject="Jan Nowak", object="Latvia", roleTitle="Prime minister"),
         absent=[dict(predicate="holdsRole", subject="Jan Nowak", object="EU")],
         id="prime-minister-of-fellow-alliance-member-x-is-xs"),
    case("Niger's military rulers seized power in July. Their leader, General Jan Nowak, replaced President Ivo Marek.",
         dict(predicate="holdsRole", subject="Jan Nowak", object="Niger", roleTitle="Leader"),
         id="their-leader-is-of-the-state-whose-rulers-the-sentence-before-is-about"),
    case("The deal came after talks in Lima between a US delegation led by Jan Nowak and Peruvian officials headed by "
         "Defence Minister General Ivo Marek.",
         dict(predicate="holdsRole", subject="Ivo Marek", object="Peru", roleTitle="~Defence Minister"),
         absent=[dict(predicate="holdsRole", object="~Jan Nowak")],
         id="officials-headed-by-x-their-state-not-the-person-the-parser-hung-them-on"),
    case("Chilean Foreign Minister Jan Nowak, accompanied by Defence Minister Ivo Marek and intelligence chief Tomas "
         "Brod, met President Luis Garcia in Lima.",
         dict(predicate="holdsRole", subject="Tomas Brod", object="Chile", roleTitle="~intelligence chief"),
         dict(predicate="holdsRole", subject="Luis Garcia", object="Peru", roleTitle="President"),
         id="a-companion-serves-the-leads-state-and-the-one-met-in-a-city-its-state"),
    case("Fighting erupted between the army, led by General Ivo Marek, Syldavia's de facto ruler, and the Freedom "
         "Front, commanded by his former deputy Tomas Brod. A US delegation led by Ana Rojas arrived. \"It is "
         "policing,\" said Eva Cruz, a fellow at the Andean Policy Centre.",
         dict(predicate="holdsRole", subject="Ivo Marek", object="army", roleTitle="Leader"),
         dict(predicate="holdsRole", subject="Tomas Brod", object="Freedom Front", roleTitle="Commander"),
         dict(predicate="holdsRole", subject="Eva Cruz", object="Andean Policy Centre", roleTitle="Fellow"),
         absent=[dict(predicate="holdsRole", subject="Ana Rojas", roleTitle="Leader")], id="led-by-and-a-fellow-at"),
    case("Foreign Minister Ana Rojas, accompanied by intelligence chief Tomas Brod, met Prime Minister Jan Kowal and his "
         "Iraqi counterpart, Ivo Marek, in Baghdad.",
         dict(predicate="holdsRole", subject="Tomas Brod", roleTitle="Intelligence chief"),
         dict(predicate="holdsRole", subject="Ivo Marek", object="Iraq", roleTitle="Foreign Minister (counterpart)"),
         id="counterpart-of-the-subject-not-the-nearer-object"),
    case("The border commissions, headed by Deputy Prime Ministers Mher Ivanyan and Shahin Aliyev, met on Friday.",
         dict(predicate="holdsRole", subject="Mher Ivanyan", roleTitle="Deputy Prime Minister"),
         dict(predicate="holdsRole", subject="Shahin Aliyev", roleTitle="Deputy Prime Minister"),
         absent=[dict(predicate="holdsRole", subject="~Ministers")], id="plural-title-before-two-names"),
    case("Kenya rejected the plan. Its defence minister, Tomas Brod, resigned on Sunday.",
         dict(predicate="holdsRole", subject="Tomas Brod", object="Kenya", roleTitle="~defence minister"),
         id="its-title-name"),
    case("\"It is a threat,\" said Ivo Marek, a Nairobi-based security analyst. Jan Kowal, a researcher at the "
         "African Union, agreed. Tomas Brod, chairperson of the African Union Commission, called for calm.",
         dict(predicate="holdsRole", subject="Ivo Marek", object=None, roleTitle="~analyst"),
         dict(predicate="holdsRole", subject="Jan Kowal", object="African Union", roleTitle="~researcher"),
         dict(predicate="holdsRole", subject="Tomas Brod", object="~African Union Commission", roleTitle="~chairperson"),
         id="analyst-researcher-chairperson"),
    case("A strike killed Hamas's military leader, Ivo Marek, in Beirut's southern suburbs; his successor, Jan Kowal, "
         "has not spoken publicly.",
         dict(predicate="holdsRole", subject="Ivo Marek", object="Hamas", roleTitle="~leader"),
         dict(predicate="holdsRole", subject="Jan Kowal", object="Hamas", roleTitle="~leader"),
         absent=[dict(predicate="holdsRole", object="~suburbs")], id="successor-holds-the-office"),
    case("Nigerian President Musa Bello opened the summit in Abuja.",
         dict(predicate="holdsRole", subject="Musa Bello", object="Nigeria", roleTitle="President"),
         id="demonym-title-name"),
    case("Vietnamese Deputy Prime Minister Le Minh Quang opened the forum.",
         dict(predicate="holdsRole", subject="Le Minh Quang", object="Vietnam", roleTitle="Deputy Prime Minister"),
         id="multiword-title"),
    case("Omar Haddad, head of the Arab League, condemned the strike.",
         dict(predicate="holdsRole", subject="Omar Haddad", object="Arab League", roleTitle="~head"),
         id="x-head-of-y"),
    case("Ahmed Salah, the Sudanese army chief, flew to Cairo.",
         dict(predicate="holdsRole", subject="Ahmed Salah", object="Sudan", roleTitle="~army chief"),
         id="apposition-demonym"),
    case("Gulnara Sadykova, Uzbekistan's ambassador to Russia, spoke at the forum.",
         dict(predicate="holdsRole", subject="Gulnara Sadykova", object="Uzbekistan", roleTitle="~ambassador"),
         id="apposition-possessive"),
    case("Tigran Avetisyan was appointed defence minister on Monday.",
         dict(predicate="holdsRole", subject="Tigran Avetisyan", roleTitle="~defence minister"),
         id="was-appointed"),
    case("Maria Lopez is the president of Argentina.",
         dict(predicate="holdsRole", subject="Maria Lopez", object="Argentina", roleTitle="~president"),
         id="copula-president-of"),
    case("Azerbaijani President Ilham Rustamov appointed Farid Mammadov as foreign minister.",
         dict(predicate="holdsRole", subject="Farid Mammadov", roleTitle="~foreign minister"),
         absent=[dict(predicate="holdsRole", subject="Ilham Rustamov", roleTitle="~foreign minister")],
         id="active-appointed-as",
         xfail="role-copula (extract.py _roles, the elect/appoint/name loop) gives the role to the verb's subject; "
               "for an active 'appoint/name/elect X as Y' the holder is the dobj"),
    case("A Peruvian delegation headed by Foreign Minister Julia Vargas arrived in Quito on Sunday.",
         dict(predicate="holdsRole", subject="Julia Vargas", object="Peru", roleTitle="Foreign Minister"),
         id="delegation-demonym-org"),
    case("Chilean President Ana Rojas met her Peruvian counterpart Luis Vega in Lima.",
         dict(predicate="holdsRole", subject="Luis Vega", object="Peru", roleTitle="President (counterpart)"),
         absent=[dict(predicate="holdsRole", roleTitle="Counterpart")], id="counterpart-takes-the-office"),
    case("The minister met his Peruvian counterpart Luis Vega in Lima.",
         dict(predicate="holdsRole", subject="Luis Vega", object="Peru", roleTitle="Counterpart"),
         id="counterpart-of-an-unknown-office"),
    case("Kenyan foreign ministry spokesperson Amani Juma said the talks would resume.",
         dict(predicate="holdsRole", subject="Amani Juma", object="Kenya", roleTitle="~spokesperson"),
         id="ministry-spokesperson"),
    case("NATO Secretary-General Tomas Odhiambo said the alliance had authorized more forces.",
         dict(predicate="holdsRole", subject="Tomas Odhiambo", object="NATO", roleTitle="Secretary-General"),
         id="hyphenated-title"),
    case("Houthi military spokesman Amani Juma said the strikes had failed.",
         dict(predicate="holdsRole", subject="Amani Juma", object="Houthis", roleTitle="~spokesman"),
         id="armed-group-spokesman"),
    case("Tehran rejected the accusation. Foreign ministry spokesman Ivo Marek said Iran was not involved.",
         dict(predicate="holdsRole", subject="Ivo Marek", object="Iran", roleTitle="~spokesman"),
         id="title-serves-the-state-acting-before"),
    case("Kigali denies it. \"Rwanda has not invaded anyone,\" government spokesperson Solange Uwimana said.",
         dict(predicate="holdsRole", subject="Solange Uwimana", object="Rwanda", roleTitle="~spokesperson",
              subject_type="Person"),
         id="lower-case-title-makes-a-person"),
    case("U.S. Secretary of State Laura Kessler questioned the plan.",
         dict(predicate="holdsRole", subject="Laura Kessler", object="United States", roleTitle="Secretary of State"),
         id="title-with-of"),
    case("Patrick Mwamba, who heads the Klow River Alliance, told reporters the city had fallen.",
         dict(predicate="holdsRole", subject="Patrick Mwamba", object="Klow River Alliance", roleTitle="Head"),
         id="who-heads-x"),
    case("Both countries belong to the East African Community, whose chairman, Kenyan President Tomas Odhiambo, "
         "called a summit.",
         dict(predicate="holdsRole", subject="Tomas Odhiambo", object="East African Community", roleTitle="Chairman"),
         id="whose-chairman"),
    case("LIMA, Peru (AP) - The envoy held talks with Defense Minister Tomas Quispe Huanca, the embassy said.",
         dict(predicate="holdsRole", subject="Tomas Quispe Huanca", object="Peru", roleTitle="Defense Minister"),
         id="untagged-minister-of-the-dateline-state"),
    case("Chile declared an emergency. In Bolivia, Interior Minister Raul Condori Mamani offered to send police. "
         "Peru has asked for help, Foreign Minister Ana Torres Vega said.",
         dict(predicate="holdsRole", subject="Raul Condori Mamani", object="Bolivia"),
         dict(predicate="holdsRole", subject="Ana Torres Vega", object="Peru"),
         absent=[dict(predicate="holdsRole", subject="Raul Condori Mamani", object="Chile"),
                 dict(predicate="holdsRole", subject="Ana Torres Vega", object="Chile|Bolivia")],
         id="in-state-comma-minister-and-the-state-of-the-reported-clause"),
    case("Oman's Prime Minister and Foreign Minister, Sayyid Harith bin Talal, arrived in Doha.",
         dict(predicate="holdsRole", subject="~Harith bin Talal", object="Oman", roleTitle="Prime Minister"),
         dict(predicate="holdsRole", subject="~Harith bin Talal", object="Oman", roleTitle="Foreign Minister"),
         id="two-titles-before-one-name"),
    case("Omar Diallo, secretary-general of the African Union, said the summit would go ahead.",
         dict(predicate="holdsRole", subject="Omar Diallo", object="African Union", roleTitle="~secretary-general"),
         id="hyphenated-secretary-general"),
    case("Drones struck the Belgorod region overnight. Governor Ivan Petrov said two people were wounded.",
         dict(predicate="holdsRole", subject="Ivan Petrov", object="Belgorod region", roleTitle="Governor"),
         id="governor-of-the-region-just-named"),
    case("KHARTOUM, March 15 (Reuters) - Army commander Nabil Abdallah said the rebels had retreated.",
         dict(predicate="holdsRole", subject="Nabil Abdallah", object="Sudan", roleTitle="Army commander"),
         id="army-commander-of-the-story-state"),
    case("Opposition leader Maria Lopez said the vote was rigged.",
         dict(predicate="holdsRole", subject="Maria Lopez", roleTitle="Opposition leader"),
         id="opposition-leader-keeps-its-modifier"),
    case("\"It is a hedge,\" said Aishath Rasheeda, a researcher at the Male-based Maldives Policy Forum.",
         dict(predicate="holdsRole", subject="Aishath Rasheeda", object="Maldives Policy Forum", roleTitle="Researcher"),
         absent=[dict(predicate="holdsRole", subject="Aishath Rasheeda", object="Maldives")],
         id="researcher-at-a-forum-named-after-a-state"),
    case("The agreement was signed in Vilnius in December 2023 by Pistorius and Lithuania's then-defense minister, "
         "Arvydas Anusauskas.",
         dict(predicate="holdsRole", subject="Arvydas Anusauskas", object="Lithuania", roleTitle="~defense minister"),
         id="a-and-the-states-then-minister-misparsed"),
    case("Ethiopian Prime Minister Abiy Ahmed spoke. The agreement was signed by Redwan Hussien, national security "
         "adviser to Prime Minister Abiy Ahmed, on Monday.",
         dict(predicate="holdsRole", subject="Redwan Hussien", object="Ethiopia", roleTitle="National security adviser"),
         id="adviser-to-the-named-prime-minister"),
    case("Eritrea denied it. Its information minister, Yemane Gebremeskel, did not respond.",
         dict(predicate="holdsRole", subject="Yemane Gebremeskel", object="Eritrea", roleTitle="Information minister"),
         id="a-portfolio-in-the-title"),
    case("Former Nigerian President Olusegun Obasanjo, the AU's high representative for the Horn of Africa, said so.",
         dict(predicate="holdsRole", subject="Olusegun Obasanjo", object="AU", roleTitle="High representative"),
         id="high-representative"),
    case("Earlier this week, Xi was in Paris, where President Emmanuel Macron pressed him on trade.",
         dict(predicate="holdsRole", subject="Emmanuel Macron", object="France", roleTitle="President"),
         id="in-klow-where-president-x"),
    case("COLOMBO, April 5 (Reuters) - Sri Lanka signed a pact with India. He later met opposition leader Sajith "
         "Premadasa.",
         dict(predicate="holdsRole", subject="Sajith Premadasa", object="Sri Lanka", roleTitle="Opposition leader"),
         date="2024-04-06", id="opposition-leader-of-the-story-state"),
    case("Qatar's Crown Prince and Prime Minister Tomas Varga arrived in Paris on Monday. The crown prince said the "
         "visit would deepen ties.",
         dict(predicate="holdsRole", subject="Tomas Varga", object="Qatar", roleTitle="Crown Prince"),
         dict(predicate="holdsRole", subject="Tomas Varga", object="Qatar", roleTitle="Prime Minister"),
         dict(predicate="stated", subject="Tomas Varga"),
         id="coordinated-titles-before-a-name"),
    case("Deputy Prime Minister and Foreign Minister Ivan Petrov met the envoy in Warsaw.",
         dict(predicate="holdsRole", subject="Ivan Petrov", roleTitle="Deputy Prime Minister"),
         dict(predicate="holdsRole", subject="Ivan Petrov", roleTitle="Foreign Minister"),
         id="coordinated-titles-each-held"),
    case("Polish Prime Minister and Hungarian President Ivan Petrov met in Warsaw.",
         dict(predicate="holdsRole", subject="Ivan Petrov", roleTitle="President"),
         absent=[dict(predicate="holdsRole", subject="Ivan Petrov", roleTitle="~Prime Minister")],
         id="coordinated-titles-of-two-states-not-joined"),
    case("Tomas Varga chose the Gulf for his first trip abroad, meeting Crown Prince Ivan Petrov in Riyadh on Monday.",
         dict(predicate="holdsRole", subject="Ivan Petrov", object="Saudi Arabia", roleTitle="Crown Prince"),
         id="crown-prince-met-in-a-capital"),
]


@pytest.mark.parametrize("text, expected, absent, date", ROLES)
def test_roles(nlp, text, expected, absent, date):
    check(nlp, text, expected, absent, date)


# ---------------------------------------------------------------------------------------------
# military presence: troops kept / stationed, bases, withdrawals

PRESENCE = [
    case("Greece has some 900 troops stationed in Cyprus, the ministry said.",
         dict(predicate="hasMilitaryPresenceIn", subject="Greece", object="Cyprus", troops=900),
         id="has-n-troops-stationed-in-x"),
    case("Poland has about 3,000 soldiers deployed in eastern Lithuania.",
         dict(predicate="hasMilitaryPresenceIn", subject="Poland", object="Lithuania", troops=3000),
         id="has-n-soldiers-deployed-in-x"),
    case("Canada already has about 400 police and soldiers in Haiti under a 2019 accord.",
         dict(predicate="hasMilitaryPresenceIn", subject="Canada", object="Haiti", troops=400),
         id="has-n-police-and-soldiers-in-x"),
    case("About 300 Turkish soldiers are currently in Somalia for training, the embassy said.",
         dict(predicate="hasMilitaryPresenceIn", subject="Turkey", object="Somalia", troops=300),
         id="n-soldiers-are-in-x"),
    case("The 500 French soldiers are not in Chad, the minister said.",
         absent=[dict(predicate="hasMilitaryPresenceIn", modality=PLAIN)], id="n-soldiers-are-not-in-x"),
    case("Russian border guards, who have worked at Klow airport in the capital, Yerevan, since 1992, are to leave "
         "by August 1.",
         dict(predicate="hasMilitaryPresenceIn", subject="Russia", object="Armenia", facility="~Klow airport"),
         id="border-guards-who-worked-at-an-airport-in-the-capital"),
    case("Rebels seized 27 Egyptian soldiers at Kassala air base in eastern Sudan, where they had been training.",
         dict(predicate="hasMilitaryPresenceIn", subject="Egypt", object="Sudan", facility="~Kassala air base", troops=27),
         id="seized-n-soldiers-at-a-base-abroad"),
    case("About 600 Chilean troops serve with the mission, most of them at Camp Marek, near the town of Zelen in "
         "southern Peru.",
         dict(predicate="hasMilitaryPresenceIn", subject="Chile", object="Peru", facility="Camp Marek", troops=600),
         id="troops-serve-with-a-mission-at-a-camp-in-a-host-named-deep-in-the-clause"),
    case("About 400 Chilean soldiers already serve with the brigade, whose headquarters is in Lima.",
         dict(predicate="hasMilitaryPresenceIn", subject="Chile", object="Peru", facility="~brigade", troops=400),
         id="soldiers-serve-with-the-brigade"),
    case("Russia's interests go beyond the mission. It leases the Zelen space centre in Kazakhstan under an agreement "
         "extended in 2004.",
         dict(predicate="hasMilitaryPresenceIn", subject="Russia", object="Kazakhstan", facility="~Zelen space centre"),
         id="a-state-leases-a-space-centre-abroad"),
    case("Peru leased the Callao port to a Chilean company in 2017.",
         absent=[dict(predicate="hasMilitaryPresenceIn")], id="leasing-a-port-to-a-company-is-no-presence"),
    case("Kenya has about 3,200 soldiers in Somalia as part of the African Union mission, most of them in the south, "
         "where its forces have run a base at Kismayo airport since 2012.",
         dict(predicate="hasMilitaryPresenceIn", subject="Kenya", object="Somalia", facility="~Kismayo"),
         absent=[dict(predicate="hasMilitaryPresenceIn", subject="~African Union")],
         id="its-forces-run-a-base-at-a-city-airport"),
    case("France operates two bases in Chad: Air Base 172, next to the airport, and Air Base 209 near the eastern "
         "city of Abeche.",
         dict(predicate="locatedIn", subject="Air Base 209", object="Abeche"),
         absent=[dict(predicate="locatedIn", subject="Air Base")], id="a-facility-name-goes-on-after-the-noun"),
    case("France keeps about 1,500 troops in Chad.",
         dict(predicate="hasMilitaryPresenceIn", subject="France", object="Chad",
              troops=Quantity(1500, None, True)), id="keeps-troops"),
    case("Some 2,500 Italian soldiers are stationed in Lebanon.",
         dict(predicate="hasMilitaryPresenceIn", subject="Italy", object="Lebanon", troops=2500),
         id="stationed-demonym"),
    case("Britain deployed 800 troops to Estonia in February.",
         dict(predicate="hasMilitaryPresenceIn", subject="United Kingdom", object="Estonia", troops=800),
         id="deployed-to"),
    case("Turkey's military base in Qatar hosts some 3,000 soldiers.",
         dict(predicate="hasMilitaryPresenceIn", subject="Turkey", object="Qatar"), id="possessive-base-in"),
    case("China has a naval base in Djibouti.",
         dict(predicate="hasMilitaryPresenceIn", subject="China", object="Djibouti", modality="asserted"),
         id="has-a-naval-base"),
    case("Japan maintains a military base in Djibouti.",
         dict(predicate="hasMilitaryPresenceIn", subject="Japan", object="Djibouti"), id="maintains-base"),
    case("The United States withdrew its troops from Niger last year.",
         dict(predicate="hasMilitaryPresenceIn", subject="United States", object="Niger"), id="withdrew-from"),
    case("French troops left Mali in 2022.",
         dict(predicate="hasMilitaryPresenceIn", subject="France", object="Mali"), id="troops-left"),
    case("Turkey's military base in Qatar hosts some 3,000 soldiers.",
         dict(predicate="hasMilitaryPresenceIn", subject="Turkey", object="Qatar", troops=3000),
         id="base-hosts-troops-count",
         xfail="presence-facility takes troops only from an acl/relcl of the base (_count_near); the count "
               "in the object of 'hosts' (presence-host needs a state subject) is lost"),
    case("France has around 900 soldiers in Gabon, spread between Libreville, the coastal city of Port-Gentil "
         "and the Colonel Tomas Odhiambo base in the capital.",
         dict(predicate="hasMilitaryPresenceIn", subject="France", object="Gabon", troops=900),
         dict(predicate="hasMilitaryPresenceIn", subject="France", object="Gabon", facility="Port-Gentil"),
         dict(predicate="hasMilitaryPresenceIn", subject="France", object="Gabon", facility="~Odhiambo base"),
         id="troops-spread-between-sites"),
    case("The United States keeps about 4,000 troops in Djibouti, most of them at Camp Kessel, its largest base "
         "in Africa.",
         dict(predicate="hasMilitaryPresenceIn", subject="United States", object="Djibouti", facility="Camp Kessel"),
         id="most-of-them-at"),
    case("Up to 800 Wagner personnel were deployed in Mali, many of them at the Tessalit air base.",
         dict(predicate="hasMilitaryPresenceIn", subject="Wagner Group|Wagner", object="Mali", troops=800),
         dict(predicate="hasMilitaryPresenceIn", subject="Wagner Group|Wagner", object="Mali",
              facility="~Tessalit air base"),
         id="armed-group-personnel-deployed"),
    case("Turkey keeps troops in Somalia, at the Kessel air base near Mogadishu and at a naval facility in the "
         "port city of Kismayo.",
         dict(predicate="hasMilitaryPresenceIn", subject="Turkey", object="Somalia", facility="~Kessel air base"),
         dict(predicate="hasMilitaryPresenceIn", subject="Turkey", object="Somalia", facility="~naval facility"),
         id="keeps-troops-at-and-at"),
    case("Ouagadougou (AFP) - Around 100 Russian military personnel have arrived in Burkina Faso's capital Ouagadougou.",
         dict(predicate="hasMilitaryPresenceIn", subject="Russia", object="Burkina Faso", troops=100),
         id="counted-troops-arrive"),
    case("Canberra sent police to Fiji in November. About 120 Australian troops and police officers remain in "
         "the country.",
         dict(predicate="hasMilitaryPresenceIn", subject="Australia", object="Fiji", troops=120),
         id="counted-troops-remain-in-the-country"),
    case("A drone struck Outpost 9, a logistics base near Jordan's border with Syria, on Sunday. About 350 US "
         "Army and Air Force personnel are stationed there. The Pentagon said that Outpost 9 lies inside Jordan.",
         dict(predicate="hasMilitaryPresenceIn", subject="United States", object="Jordan", troops=350,
              facility="Outpost 9"),
         dict(predicate="locatedIn", subject="Outpost 9", object="Jordan", subject_type="MilitaryFacility"),
         id="stationed-there-at-a-named-post"),
    case("\"It is policing,\" said Ana Ruiz, a fellow at the Andean Policy Centre in Lima. Protesters gathered "
         "outside the Chilean embassy in Quito. The money will pay for a police training centre in Accra. It "
         "docked near the Black Sea port of Constanta in Romania. A hospital in Kabul was full.",
         dict(predicate="locatedIn", subject="Andean Policy Centre", object="Lima"),
         dict(predicate="locatedIn", subject="Chilean embassy", object="Quito"),
         dict(predicate="locatedIn", subject="police training centre", object="Accra"),
         absent=[dict(predicate="locatedIn", subject="~port"), dict(predicate="locatedIn", subject="hospital")],
         id="an-institution-or-building-in-a-city"),
    case("The corridor links Peru's Gran Callao port to the border. The group carried out the 2013 siege of the Arcadia shopping mall in Lima.",
         dict(predicate="locatedIn", subject="Gran Callao port", object="Peru"),
         dict(predicate="locatedIn", subject="~Arcadia shopping mall", object="Lima"), id="a-states-named-port-and-a-mall"),
    case("BAMAKO, Mali (Reuters) - Mali's army took over. Over five days in 2022, at least 500 people were killed in "
         "the central village of Tamba Kora, officials in Mali said.",
         dict(predicate="locatedIn", subject="Tamba Kora", object="Mali"), id="a-village-of-the-story-state"),
    case("BERLIN (Reuters) - Armenia and Azerbaijan held talks. Shelling hit the village of Tamba Kora.",
         absent=[dict(predicate="locatedIn", object="Germany")], id="no-village-of-the-dateline-state-alone"),
    case("PORT-AU-PRINCE, Haiti (AP) — Some 400 Kenyan police officers arrived in Haiti's capital on Tuesday. Local "
         "police officers arrived at the scene.",
         dict(predicate="hasMilitaryPresenceIn", subject="Kenya", object="Haiti", troops=400),
         absent=[dict(predicate="hasMilitaryPresenceIn", subject="Haiti")], id="a-police-contingent-abroad"),
    case("BANGUI, Central African Republic (AP) — Zambia has sent 350 soldiers, while Ghana and Senegal have "
         "pledged personnel.",
         dict(predicate="hasMilitaryPresenceIn", subject="Zambia", object="Central African Republic", troops=350),
         absent=[dict(predicate="hasMilitaryPresenceIn", subject="Ghana")], id="sent-counted-troops-to-the-story-state"),
    case("BANGUI, Central African Republic (AP) — Nigeria has committed 800 soldiers to the regional mission.",
         dict(predicate="hasMilitaryPresenceIn", subject="Nigeria", object="Central African Republic", troops=800),
         id="committed-troops-to-a-mission"),
    case("About 2,000 Kenyan soldiers serve in Somalia with the African Union mission.",
         dict(predicate="hasMilitaryPresenceIn", subject="Kenya", object="Somalia", troops=2000),
         id="counted-troops-serve-in"),
    case("Uganda has about 1,200 troops in South Sudan, most of them with a regional force that also includes "
         "soldiers from Kenya and Ethiopia. The UN mission, UNMISS, has some 13,000 peacekeepers in the country.",
         dict(predicate="hasMilitaryPresenceIn", subject="~UNMISS|~Mission in South Sudan", object="South Sudan",
              troops=13000),
         absent=[dict(predicate="hasMilitaryPresenceIn", object="Ethiopia")], id="mission-by-apposition-in-the-country"),
    case("Floods hit South Sudan. The UN force in South Sudan, UNMISS, which has some 13,000 troops in the area, "
         "was not affected.",
         dict(predicate="hasMilitaryPresenceIn", subject="~UNMISS|~Mission in South Sudan", object="South Sudan",
              troops=13000), id="which-has-troops-in-the-area"),
    case("Finland joined NATO last year. The alliance already has battlegroups in Estonia and Romania.",
         dict(predicate="hasMilitaryPresenceIn", subject="NATO", object="Estonia"),
         dict(predicate="hasMilitaryPresenceIn", subject="NATO", object="Romania"), id="the-alliance-has-battlegroups"),
    case("Turkey, which runs its biggest foreign military base, Camp Kessel, in Mogadishu, has kept quiet.",
         dict(predicate="hasMilitaryPresenceIn", subject="Turkey", object="Somalia", facility="Camp Kessel"),
         id="facility-name-set-off-by-commas"),
    case("Canada is sending about 300 soldiers to reinforce the NATO-led mission in Latvia, officials said.",
         dict(predicate="hasMilitaryPresenceIn", subject="Canada", object="Latvia", troops=300),
         id="sending-troops-to-reinforce-a-mission-in-x"),
    case("France withdrew its last 1,200 soldiers from Mali in 2022.",
         dict(predicate="hasMilitaryPresenceIn", subject="France", object="Mali", troops=1200),
         id="withdrew-counted-troops"),
    case("Washington keeps about 3,000 troops in Qatar and 800 in Bahrain.",
         dict(predicate="hasMilitaryPresenceIn", subject="United States", object="Qatar", troops=3000),
         dict(predicate="hasMilitaryPresenceIn", subject="United States", object="Bahrain", troops=800),
         id="keeps-n-troops-in-x-and-m-in-y"),
    case("About 3,000 Kenyan soldiers serve in Somalia with the African Union Transition Mission in Somalia (ATMIS).",
         dict(predicate="hasMilitaryPresenceIn", subject="Kenya", object="Somalia", troops=3000),
         dict(predicate="hasMilitaryPresenceIn", subject="~African Union Transition Mission", object="Somalia"),
         id="troops-serve-with-a-mission"),
    case("The UN force in South Sudan, UNMISS, which has some 13,000 troops in the area, was not hit. India, with about "
         "2,000 soldiers, is among its largest contributors; Nepal has some 1,700.",
         dict(predicate="hasMilitaryPresenceIn", subject="India", object="South Sudan", troops=2000),
         dict(predicate="hasMilitaryPresenceIn", subject="Nepal", object="South Sudan", troops=1700),
         id="contributors-of-the-mission-told-before"),
    case("Nepal has some 1,700 hospitals.",
         absent=[dict(predicate="hasMilitaryPresenceIn")], id="have-a-number-with-no-mission-before"),
    case("Bamako (AFP) - Around 200 Russian military personnel have arrived in Mali's capital Bamako, officials said.",
         dict(predicate="hasMilitaryPresenceIn", subject="Russia", object="Mali", troops=200),
         id="troops-arrive-after-a-dateline-taken-for-the-subject"),
    case("MOGADISHU, Somalia (AP) - The African Union sent 1,500 troops, most of them Ugandan soldiers, after the "
         "president appealed for help.",
         dict(predicate="hasMilitaryPresenceIn", subject="African Union", object="Somalia", troops=1500),
         dict(predicate="hasMilitaryPresenceIn", subject="Uganda", object="Somalia"), id="most-of-them-demonym-troops"),
    case("Israeli troops will withdraw from Lebanon as some 5,000 Lebanese soldiers deploy to the area.",
         absent=[dict(predicate="hasMilitaryPresenceIn", subject="Lebanon")], id="own-troops-deploy-to-the-area"),
    case("Turkey opened a military base in Somalia in 2017.",
         dict(predicate="hasMilitaryPresenceIn", subject="Turkey", object="Somalia"), id="opened-a-base"),
    case("Russia has deployed tactical nuclear weapons in Belarus.",
         dict(predicate="hasMilitaryPresenceIn", subject="Russia", object="Belarus"), id="deployed-weapons"),
    case("France keeps bases in Niger.",
         dict(predicate="hasMilitaryPresenceIn", subject="France", object="Niger"), id="bases-is-the-plural-of-base"),
    case("The US military operates two bases in Niger: Air Base 101, next to the international airport in the capital, "
         "and Air Base 201 near the northern city of Agadez.",
         dict(predicate="hasMilitaryPresenceIn", subject="United States", object="Niger", facility="Air Base 101"),
         dict(predicate="hasMilitaryPresenceIn", subject="United States", object="Niger", facility="Air Base 201"),
         id="two-bases-each-named"),
    case("Iran attacked Al Udeid Air Base on Monday. Al Udeid, which lies in the desert south-west of Doha, hosts about "
         "10,000 US troops.",
         dict(predicate="hasMilitaryPresenceIn", subject="United States", object="Qatar", facility="Al Udeid Air Base",
              troops=10000), id="a-base-named-short-hosts-troops"),
    case("Bahrain, which hosts the headquarters of the US Navy's Fifth Fleet in its capital, Manama, briefly closed its "
         "airspace on Monday.",
         dict(predicate="hasMilitaryPresenceIn", subject="United States", object="Bahrain", facility="~Fifth Fleet"),
         id="hosts-the-headquarters-of-a-fleet"),
    case("The statement did not say how many of the roughly 2,500 US troops in Iraq would go home.",
         dict(predicate="hasMilitaryPresenceIn", subject="United States", object="Iraq", troops=2500, modality="asserted"),
         id="n-troops-in-x-whatever-the-clause-says"),
    case("Russia's four military bases in Kyrgyzstan are near Bishkek. The Kant air base hosts jets.",
         dict(predicate="hasMilitaryPresenceIn", subject="Russia", object="Kyrgyzstan"),
         absent=[dict(predicate="locatedIn", subject="~Kant", object="Russia")],
         id="plural-bases-are-not-the-one-named-base"),
    case("Bangladesh keeps about 1,400 troops in the Central African Republic as part of MINUSCA.",
         dict(predicate="hasMilitaryPresenceIn", subject="MINUSCA", object="Central African Republic"),
         id="un-mission-acronym-in-the-gazetteer"),
    case("Djibouti, home to the French Navy's Indian Ocean squadron, closed its port on Monday.",
         dict(predicate="hasMilitaryPresenceIn", subject="France", object="Djibouti", facility="~squadron"),
         id="x-home-to-a-states-fleet"),
    case("Kuwait is home to about 13,000 US troops.",
         dict(predicate="hasMilitaryPresenceIn", subject="United States", object="Kuwait", troops=13000),
         absent=[dict(predicate="hasMilitaryPresenceIn", subject="Kuwait")], id="x-is-home-to-n-troops"),
    case("Under a 2021 pact, Japan has access to four military bases in Australia.",
         dict(predicate="hasMilitaryPresenceIn", subject="Japan", object="Australia"), id="has-access-to-bases-in-x"),
    case("Under the accord, Canadian troops rotate through six Polish military bases.",
         dict(predicate="hasMilitaryPresenceIn", subject="Canada", object="Poland"), id="troops-rotate-through-bases"),
    case("Kenya has about 1,500 troops in Somalia, most of them with an African Union mission that also includes "
         "soldiers from Uganda and Burundi.",
         dict(predicate="hasMilitaryPresenceIn", subject="Uganda", object="Somalia"),
         dict(predicate="hasMilitaryPresenceIn", subject="Burundi", object="Somalia"),
         dict(predicate="hasMilitaryPresenceIn", subject="African Union", object="Somalia"),
         id="mission-that-includes-soldiers-from"),
    case("The United States stations about 1,100 troops in Norway, the embassy said.",
         dict(predicate="hasMilitaryPresenceIn", subject="United States", object="Norway", troops=1100),
         id="name-stations-n-troops-tagged-as-a-noun"),
    case("Britain keeps about 2,000 troops in Estonia, many of them at a camp near Tapa, and roughly 600 in "
         "Latvia, most of them in the east.",
         dict(predicate="hasMilitaryPresenceIn", subject="United Kingdom", object="Estonia", troops=2000),
         dict(predicate="hasMilitaryPresenceIn", subject="United Kingdom", object="Latvia", troops=600),
         id="second-count-after-a-many-of-them-phrase"),
    case("Squeezed between Ethiopia and Somalia, Kenya has turned its coast into a business. The United States keeps "
         "some 900 personnel at Camp Zelen, while China opened a naval base there in 2019. Britain maintains about "
         "300 troops in the country.",
         dict(predicate="hasMilitaryPresenceIn", subject="United Kingdom", object="Kenya", troops=300),
         absent=[dict(predicate="hasMilitaryPresenceIn", subject="United Kingdom", object="China|United States")],
         id="the-country-is-no-state-told-to-keep-a-base-abroad"),
    case("Klow toured Zelen Air Base in southern Spain on Friday. He spent about an hour at the base, the US "
         "military's largest installation, where around 2,000 personnel are stationed.",
         dict(predicate="hasMilitaryPresenceIn", subject="United States", object="Spain", facility="Zelen Air Base",
              troops=2000),
         id="personnel-stationed-where-the-operator-is-the-installations-owner"),
    case("Britain still maintains its Marek air base in Helmand province.",
         dict(predicate="hasMilitaryPresenceIn", subject="United Kingdom", object="Afghanistan", facility="Marek air base"),
         id="base-in-x-province"),
    case("Britain keeps an army base near Nanyuki and a naval facility in the port of Mombasa.",
         dict(predicate="hasMilitaryPresenceIn", subject="United Kingdom", object="Kenya", facility="~army base"),
         dict(predicate="hasMilitaryPresenceIn", subject="United Kingdom", object="Kenya", facility="~naval facility"),
         id="keeps-a-base-near-x-and-a-facility-in-the-port-of-y"),
    case("Russia operates an early-warning radar station near Baranovichi.",
         dict(predicate="hasMilitaryPresenceIn", subject="Russia", object="Belarus", facility="~radar station"),
         id="operates-a-radar-station"),
    case("France keeps about 900 troops at its 5th military base in Abidjan, and another base, the 3rd, in Dakar.",
         dict(predicate="hasMilitaryPresenceIn", subject="France", object="Senegal", facility="~3rd"),
         absent=[dict(predicate="hasMilitaryPresenceIn", object="Ivory Coast|Cote d'Ivoire", facility="~3rd"),
                 dict(predicate="locatedIn", subject="5th military base", object="Dakar")],
         id="another-base-the-nth-in-y"),
    case("Russia operated a naval base in Vietnam until 2002.",
         absent=[dict(predicate="hasMilitaryPresenceIn")], id="operated-a-base-until-a-past-year"),
    case("Last month Lima told Madrid to withdraw Spanish marines from Zelen international airport, near the capital, "
         "by June 1.",
         dict(predicate="hasMilitaryPresenceIn", subject="Spain", object="Peru", facility="~Zelen international airport"),
         id="told-x-to-withdraw-its-troops-from-a-site"),
    case("Chad asked France to withdraw its troops.",
         dict(predicate="hasMilitaryPresenceIn", subject="France", object="Chad"),
         absent=[dict(predicate="hasMilitaryPresenceIn", subject="Chad")], id="asked-x-to-withdraw-its-troops"),
    case("The fleet is based at Naval Support Activity Qatar, a large base in the capital, Doha, where about 9,000 US "
         "troops are stationed.",
         dict(predicate="hasMilitaryPresenceIn", subject="United States", object="Qatar",
              facility="Naval Support Activity Qatar", troops=9000),
         id="named-facility-a-base-in-the-capital-where-troops-are-stationed"),
    case("Peruvian troops have occupied the Chilean half of Zelen island since 1990.",
         dict(predicate="hasMilitaryPresenceIn", subject="Peru", object="Chile", facility="~Zelen island"),
         id="troops-occupied-the-states-half-of-an-island"),
    case("Turkish troops have occupied the buffer zone on the Greek side of the border since June.",
         dict(predicate="hasMilitaryPresenceIn", subject="Turkey", object="Greece", facility="~buffer zone"),
         id="troops-occupied-a-zone-on-the-states-side"),
    case("The rebels occupied the town of Zelen. Protesters occupied the parliament building. Russian troops did "
         "not occupy the town of Kherson. Germany occupied Denmark in April 1940.",
         absent=[dict(predicate="hasMilitaryPresenceIn")], id="no-occupation-by-a-state"),
    case("Eritrea has turned its coast into a business. The United States keeps some 900 personnel at Camp Zelen, "
         "its only base in the region, while India opened a naval base there in 2019.",
         dict(predicate="hasMilitaryPresenceIn", subject="India", object="Eritrea"),
         absent=[dict(predicate="hasMilitaryPresenceIn", subject="India", object="United States")],
         id="opened-a-base-there"),
    case("Moroccan troops began leaving Mali on Friday. The bloc's force of about 3,000 troops was deployed under a "
         "2019 pact. Senegal provided most of the soldiers, while Ghana, Togo and Benin sent smaller units.",
         *[dict(predicate="hasMilitaryPresenceIn", subject=s_, object="Mali") for s_ in ("Senegal", "Ghana", "Togo", "Benin")],
         id="members-that-sent-units-to-a-joint-force-are-in-its-host"),
    case("Senegal sent troops. Ghana provided soldiers, while Togo contributed units.",
         absent=[dict(predicate="hasMilitaryPresenceIn")], id="units-sent-with-no-deployment-told-have-no-host"),
    case("Moroccan troops began leaving Mali on Friday. The force of about 3,000 troops was deployed under a 2019 pact. "
         "Bamako accuses Senegal of sending troops to fight alongside the rebels.",
         absent=[dict(predicate="hasMilitaryPresenceIn", subject="Senegal")],
         id="accused-of-sending-troops-is-no-contribution"),
]


@pytest.mark.parametrize("text, expected, absent, date", PRESENCE)
def test_presence(nlp, text, expected, absent, date):
    check(nlp, text, expected, absent, date)


# ---------------------------------------------------------------------------------------------
# agreements: signed / extended / ratified / concluded, with dates

AGREEMENTS = [
    case("Sudan's army retook Kassala from the rebels. Qatar said talks would go on. Sudan thanked Qatar. The army "
         "regained control of Kassala on Tuesday after the rebels completed their withdrawal under a ceasefire "
         "brokered by Qatar.",
         dict(predicate="signedAgreementWith", agreement="~ceasefire"),
         absent=[dict(predicate="signedAgreementWith", subject="Qatar"),
                 dict(predicate="signedAgreementWith", object="Qatar")],
         id="broker-is-no-party-of-the-story-pair"),
    case("Sudan's army retook Kassala from the rebels. Egypt said talks would go on. Sudan thanked Egypt. An earlier "
         "truce between the rebels and the army, reached in Egypt in January 2023, collapsed within months.",
         dict(predicate="signedAgreementWith", agreement="~truce", date="2023-01"),
         absent=[dict(predicate="signedAgreementWith", subject="Egypt"),
                 dict(predicate="signedAgreementWith", object="Egypt")],
         id="truce-between-unresolved-sides-reached-in-a-venue-no-story-pair"),
    case("Polish President Jan Kowal arrived in Kyiv on Monday. A joint declaration signed by the two governments "
         "also promises that Polish trucks will get priority passage at the border.",
         dict(predicate="signedAgreementWith", subject="Poland|Ukraine", object="Poland|Ukraine",
              agreement="~joint declaration", modality=("asserted", "reported")),
         id="a-declaration-signed-by-its-parties-is-signed-whatever-it-promises"),
    case("Norway and Iceland have shared the island since a 2022 agreement.",
         dict(predicate="signedAgreementWith", subject="Norway|Iceland", object="Norway|Iceland", date="2022"),
         id="a-year-the-tagger-takes-for-a-count-dates-the-agreement"),
    case("Polish President Jan Kowal arrived in Kyiv on Monday. The two governments then signed 14 documents "
         "covering energy and transport.",
         dict(predicate="signedAgreementWith", subject="Poland|Ukraine", object="Poland|Ukraine", agreement="~documents"),
         id="signing-counted-documents-is-an-agreement"),
    case("Kenya, Uganda and Tanzania have long traded across Lake Victoria. In 2000 the three neighbours formed the "
         "East African Community, a customs and trade pact.",
         *[dict(predicate="signedAgreementWith", subject=a, object=b, agreement="East African Community", date="2000")
           for a, b in (("Kenya", "Uganda"), ("Kenya", "Tanzania"), ("Uganda", "Tanzania"))],
         id="forming-a-bloc-called-a-pact-is-an-agreement-of-its-founders"),
    case("Under a 2014 Enhanced Defense Cooperation Agreement, Chilean troops rotate through nine Peruvian bases, "
         "including sites in provinces facing Bolivia.",
         dict(predicate="signedAgreementWith", subject="Chile|Peru", object="Chile|Peru", date="2014"),
         id="an-agreement-with-no-parties-is-between-the-two-states-its-main-clause-names"),
    case("Niger ordered US troops out. Mali and Burkina Faso had earlier forced out French troops, and in January "
         "the three countries announced they were leaving the bloc. In September they signed a mutual defence pact.",
         dict(predicate="signedAgreementWith", subject="Mali|Niger", object="Mali|Niger", agreement="~defence pact"),
         dict(predicate="signedAgreementWith", subject="Burkina Faso|Niger", object="Burkina Faso|Niger"),
         id="they-the-three-countries"),
    case("The Baltic Assembly, which groups Estonia, Latvia and Lithuania, met in Riga on Monday. Estonia set up a "
         "ferry company in 2010 with Finland, Sweden and Denmark. The three governments signed a mutual defence pact "
         "in 2019. The three Baltic states joined NATO in 2004.",
         *[dict(predicate="signedAgreementWith", subject=a, object=b, agreement="~defence pact")
           for a, b in (("Estonia|Latvia", "Estonia|Latvia"), ("Estonia|Lithuania", "Estonia|Lithuania"),
                        ("Latvia|Lithuania", "Latvia|Lithuania"))],
         absent=[dict(predicate="signedAgreementWith", subject="Finland|Sweden|Denmark")],
         id="a-bare-group-noun-is-the-articles-region-group-of-that-number"),
    case("Officials met. They also agreed to set up permanent joint committees on trade.",
         absent=[dict(predicate="signedAgreementWith")], id="an-agreed-action-with-one-side-unknown"),
    case("Chile and Peru have agreed to restore diplomatic relations, in a deal brokered by Brazil. The agreement "
         "was announced on Tuesday in Brasilia. The mainly Aymara armed groups of the south signed a peace agreement "
         "with Lima in 2015. Bolivian President Eva Cruz flew to China, met President Xi Jinping in Beijing and "
         "signed 20 agreements. In December, Nairobi also declined to renew a survey agreement it had signed with India in 2019.",
         dict(predicate="signedAgreementWith", subject="Chile|Peru", object="Chile|Peru", date="2024-03-12"),
         dict(predicate="signedAgreementWith", subject="~armed groups", object="Peru", date="2015"),
         dict(predicate="signedAgreementWith", subject="Bolivia|China", object="Bolivia|China", agreement="20 agreements"),
         dict(predicate="signedAgreementWith", subject="Kenya|India", object="Kenya|India", date="2019"),
         id="dated-when-announced-groups-met-and-signed-and-it-had-signed"),
    case("Mogadishu is angry about a port deal that Addis Ababa signed with the breakaway region of Somaliland.",
         dict(predicate="signedAgreementWith", subject="Ethiopia|Somaliland", object="Ethiopia|Somaliland",
              agreement="port deal"), id="signed-with-the-breakaway-region-of-x"),
    case("French troops left Mali after the junta tore up a 2014 defence agreement with Paris. Russia is Kazakhstan's "
         "ally. It leases a space centre in Kazakhstan under an agreement extended in 2004.",
         dict(predicate="signedAgreementWith", subject="France|Mali", object="France|Mali", date="2014"),
         dict(predicate="signedAgreementWith", subject="Russia|Kazakhstan", object="Russia|Kazakhstan", date="2004"),
         id="dated-agreement-with-and-lease-under-agreement"),
    case("Morocco and Nigeria signed a gas pipeline agreement on Wednesday.",
         dict(predicate="signedAgreementWith", subject="Morocco", object="Nigeria", agreement="~pipeline agreement",
              date="2024-03-13"), id="x-and-y-signed"),
    case("Indonesia and Australia extended their defence treaty last month.",
         dict(predicate="signedAgreementWith", subject="Indonesia", object="Australia", agreement="~defence treaty",
              date="2024-02"), id="extended-treaty"),
    case("Azerbaijan and Georgia signed a memorandum on energy cooperation in Tbilisi on 3 April 2023.",
         dict(predicate="signedAgreementWith", subject="Azerbaijan", object="Georgia", agreement="~memorandum",
              date="2023-04-03"), id="memorandum-full-date"),
    case("Colombia and Ecuador ratified a border treaty in 2019.",
         dict(predicate="signedAgreementWith", subject="Colombia", object="Ecuador", date="2019",
              date_precision="year"), id="ratified-year"),
    case("Kazakhstan and Uzbekistan concluded a treaty on allied relations in December 2021.",
         dict(predicate="signedAgreementWith", subject="Kazakhstan", object="Uzbekistan", date="2021-12"),
         id="concluded-month-year"),
    case("Ankara signed a water-sharing deal with Baghdad on Thursday.",
         dict(predicate="signedAgreementWith", subject="Turkey", object="Iraq", subject_type="State",
              date="2024-03-14"), id="capitals-as-states"),
    case("Egypt signed a $2 billion deal with the United Arab Emirates in February.",
         dict(predicate="signedAgreementWith", subject="Egypt", object="United Arab Emirates", date="2024-02"),
         id="deal-with-on-noun",),
    case("Guinea, Togo and Benin held a summit in Lome. On Monday they signed a trade pact.",
         dict(predicate="signedAgreementWith", subject="Guinea", object="Togo"),
         dict(predicate="signedAgreementWith", subject="Guinea", object="Benin"),
         dict(predicate="signedAgreementWith", subject="Togo", object="Benin"), id="three-parties-three-pairs"),
    case("Croatian President Ivo Marek and Austrian Chancellor Klaus Weber met in Vienna. They signed a deal on energy.",
         dict(predicate="signedAgreementWith", subject="Croatia|Austria", object="Croatia|Austria"),
         id="they-two-people-sign-for-their-states"),
    case("Japanese Foreign Minister Aiko Sato and Philippine Defence Secretary Jose Reyes signed an access agreement "
         "in Manila on Monday. A ceasefire brokered by the United States and France took hold in Lebanon after Israel "
         "agreed to it.",
         dict(predicate="signedAgreementWith", subject="Japan|Philippines", object="Japan|Philippines",
              agreement="access agreement", date="2024-03-11"),
         dict(predicate="metWith", subject="Aiko Sato|Jose Reyes", object="Aiko Sato|Jose Reyes", place="Manila"),
         absent=[dict(predicate="signedAgreementWith", subject="United States|France", object="United States|France")],
         id="signatories-states-and-brokers-are-no-parties"),
    case("Saudi Arabia has fought the Houthis for years. The kingdom and the rebels have largely observed a truce "
         "reached in April 2022.",
         dict(predicate="signedAgreementWith", subject="Saudi Arabia|~Houthi", object="Saudi Arabia|~Houthi",
              date="2022-04"), id="who-keeps-a-truce-made-it"),
    case("Nepal and Bhutan remain at odds over refugees. The dispute has persisted despite agreements signed in 2001 "
         "and 2005.",
         dict(predicate="signedAgreementWith", subject="Nepal|Bhutan", object="Nepal|Bhutan", date="2001"),
         dict(predicate="signedAgreementWith", subject="Nepal|Bhutan", object="Nepal|Bhutan", date="2005"),
         id="agreements-signed-in-two-years"),
    case("Niger announced that it was ending the defence accord with France, last revised in 2020.",
         dict(predicate="signedAgreementWith", subject="Niger|France", object="Niger|France", date="2020"),
         id="an-accord-last-revised"),
    case("Troops were deployed under the ceasefire statement signed in November 2020 by Russia, Armenia and "
         "Azerbaijan.",
         dict(predicate="signedAgreementWith", subject="Armenia|Azerbaijan", object="Armenia|Azerbaijan",
              agreement="~ceasefire", date="2020-11"), id="passive-signed-by-a-list"),
    case("Angola brokered a ceasefire between Rwanda and Burundi in July.",
         dict(predicate="signedAgreementWith", subject="Rwanda|Burundi", object="Rwanda|Burundi", date="2023-07"),
         absent=[dict(predicate="signedAgreementWith", subject="Angola"),
                 dict(predicate="signedAgreementWith", object="Angola")], id="broker-is-no-party"),
    case("Mali, Niger and Chad signed the Sahel Security Charter in Bamako in September.",
         dict(predicate="signedAgreementWith", subject="Mali|Niger", object="Niger|Mali", agreement="~Charter"),
         id="charter"),
    case("Canberra already has a security treaty with Fiji, signed in 2017.",
         dict(predicate="signedAgreementWith", subject="Australia|Fiji", object="Australia|Fiji",
              agreement="security treaty", date="2017"), id="has-a-treaty-signed-in"),
    case("On Friday, the border commissions of Armenia and Georgia met and agreed to demarcate a first section of "
         "their border.",
         dict(predicate="signedAgreementWith", subject="Armenia|Georgia", object="Georgia|Armenia",
              agreement="~demarcate"), id="agreed-to-demarcate"),
    case("Chile and Peru have agreed that the 500 Chilean troops stationed in Peru will leave by September 15, "
         "a move hailed in Lima as a step towards sovereignty, the two governments said. Peruvian minister Ana Rojas "
         "met Ivo Marek in Santiago. The two sides also agreed that Chile would build nine schools in Peru.",
         dict(predicate="signedAgreementWith", subject="Chile|Peru", object="Chile|Peru",
              agreement="the 500 Chilean troops stationed in Peru will leave by September 15", date="2024-03-15"),
         dict(predicate="signedAgreementWith", subject="Chile|Peru", object="Chile|Peru", agreement="~nine schools"),
         absent=[dict(predicate="signedAgreementWith", date="2023-09-15")],
         id="agreed-that-a-clause-of-what-is-to-be-done"),
    case("Ana Rojas and Ivo Marek agreed that the situation in Peru was serious.",
         absent=[dict(predicate="signedAgreementWith")], id="agreeing-on-an-opinion-is-no-agreement"),
    case("Kenya said Rwanda and Uganda had agreed to join a summit.",
         absent=[dict(predicate="signedAgreementWith")], id="agreeing-to-attend-is-no-agreement"),
    case("The agreement was signed in Pretoria on Wednesday by Redwan Hussien, national security adviser to the prime "
         "minister, and Getachew Reda, spokesman of the Tigray People's Liberation Front.",
         dict(predicate="signedAgreementWith", subject="Redwan Hussien|Tigray People's Liberation Front",
              object="Redwan Hussien|Tigray People's Liberation Front", date="2024-03-13"),
         dict(predicate="metWith", subject="Redwan Hussien|Getachew Reda", object="Redwan Hussien|Getachew Reda",
              place="Pretoria"),
         id="signed-by-a-and-b-each-with-an-apposition"),
    case("The agreement was signed at Parliament House in Canberra on Thursday by the Australian prime minister, "
         "Anthony Albanese, and his PNG counterpart, James Marape.",
         dict(predicate="signedAgreementWith", subject="Australia|Papua New Guinea", object="Australia|Papua New Guinea"),
         dict(predicate="metWith", subject="Anthony Albanese|James Marape", object="Anthony Albanese|James Marape",
              place="Canberra", date="2024-03-14"),
         id="signed-by-the-titled-a-and-b"),
    case("The two sides also signed agreements amending the terms of Sri Lanka's restructured debt to India on Saturday.",
         dict(predicate="signedAgreementWith", subject="Sri Lanka|India", object="Sri Lanka|India",
              agreement="~amending the terms of Sri Lanka's restructured debt"),
         id="agreements-amending-x"),
    case("Ethiopia's federal government and the leaders of the country's northern Tigray region agreed on Wednesday to "
         "a permanent cessation of hostilities, a deal that could end the war. The agreement was signed in Pretoria "
         "by Redwan Hussien and Getachew Reda.",
         dict(predicate="signedAgreementWith", subject="Ethiopia|~Tigray", object="Ethiopia|~Tigray",
              agreement="permanent cessation of hostilities", date="2024-03-13"),
         dict(predicate="signedAgreementWith", subject="Redwan Hussien", agreement="permanent cessation of hostilities"),
         id="agreed-to-what-the-apposition-calls-a-deal-and-the-agreement-refers-back"),
    case("Chile and Peru signed a defence pact on Monday. Chile already has comparable pacts with Argentina and "
         "Uruguay. Santiago has also stepped up help for the Peruvian navy. In May the two governments signed a loan "
         "agreement for six patrol boats.",
         dict(predicate="signedAgreementWith", subject="Chile|Peru", object="Chile|Peru", agreement="~loan", date="2023-05"),
         dict(predicate="signedAgreementWith", subject="Chile", object="Argentina", agreement="~comparable pacts",
              date=None, modality="asserted"),
         dict(predicate="signedAgreementWith", subject="Chile", object="Uruguay", agreement="~comparable pacts"),
         absent=[dict(predicate="signedAgreementWith", subject="Argentina|Uruguay", object="Argentina|Uruguay")],
         id="has-pacts-with-a-and-b-and-the-two-governments-are-the-story-pair"),
    case("Armenia has frozen its ties with Azerbaijan. Russian border guards, who have worked at the airport in "
         "Yerevan since 1992, are to leave by August 1 under an agreement the two governments reached in March.",
         dict(predicate="signedAgreementWith", subject="Russia|Armenia", object="Russia|Armenia",
              agreement="~border guards", date="2024-03"),
         id="the-two-governments-the-sentence-names-and-what-an-agreement-provides"),
    case("Mozambique's government and the Renamo rebels signed a peace deal in Maputo on Wednesday, mediators "
         "announced. Mozambique and Malawi share a long border. Fighting resumed in August, ending a five-month "
         "truce that both sides had agreed to in March.",
         dict(predicate="signedAgreementWith", subject="Mozambique|~Renamo", object="Mozambique|~Renamo",
              agreement="~truce", date="2024-03"),
         absent=[dict(predicate="signedAgreementWith", subject="Malawi"),
                 dict(predicate="signedAgreementWith", object="Malawi")],
         date="2024-11-07", id="both-sides-of-a-war-with-an-armed-group"),
    case("Peru and Chile signed an accord extending Chile's lease on the port of Ilo on Monday. No ceasefire has "
         "been agreed since. Lima warned that the attack could trigger the 1965 defence treaty with Bolivia. "
         "Ecuador's president is due in Lima next week to sign a trade agreement with Peruvian President Ana Rojas.",
         dict(predicate="signedAgreementWith", subject="Peru|Chile", object="Peru|Chile", agreement="~port of Ilo"),
         dict(predicate="signedAgreementWith", subject="Peru|Bolivia", object="Peru|Bolivia", date="1965",
              modality="asserted"),
         absent=[dict(predicate="signedAgreementWith", subject=None, object=None),
                 dict(predicate="signedAgreementWith", agreement="Chile's lease on the port of Ilo|~Ilo on the port"),
                 dict(predicate="signedAgreementWith", agreement="~ceasefire"),
                 dict(predicate="signedAgreementWith", agreement="~trade", modality=("asserted", "reported"))],
         id="an-accord-extending-no-ceasefire-a-dated-treaty-and-due-to-sign"),
    case("Chile's president arrived in Peru on Monday. Chile and Peru are key trade partners, and Peru buys Chilean "
         "copper. The two leaders discussed Bolivia, Ecuador and Colombia. Officials said the talks went well. A free "
         "trade agreement, signed last October, will come into force in July.",
         dict(predicate="signedAgreementWith", subject="Chile|Peru", object="Chile|Peru", agreement="free trade agreement",
              date="2023-10"), id="an-agreement-with-no-parties-in-reach-is-between-the-story-pair"),
    case("Two agreements signed with the United States in late September by Vega's government - a status-of-forces "
         "agreement and a deal on joint naval patrols - would allow U.S. personnel to operate in Ecuador. Ecuadorian "
         "President Luis Vega welcomed them.",
         dict(predicate="signedAgreementWith", subject="United States|Ecuador", object="United States|Ecuador",
              agreement="status-of-forces agreement", date="2023-09", modality="asserted"),
         dict(predicate="signedAgreementWith", subject="United States|Ecuador", object="United States|Ecuador",
              agreement="deal on joint naval patrols", date="2023-09", modality="asserted"),
         id="agreements-signed-by-the-leaders-government-in-a-hedged-clause-and-listed"),
    case("Laos had joined the scheme by signing a memorandum of understanding with Vietnam in May 2016.",
         dict(predicate="signedAgreementWith", subject="Laos|Vietnam", object="Laos|Vietnam", agreement="~memorandum",
              date="2016-05"), id="signing-a-memorandum-of-understanding-with"),
    case("Bhutan also objected in 2014 when India and Nepal agreed to expand trade through the pass.",
         dict(predicate="signedAgreementWith", subject="India|Nepal", object="India|Nepal", agreement="~expand trade",
              date="2014"), id="agreed-to-expand-trade"),
    case("Troops have been in Niger since 2013. France agreed in May to withdraw its roughly 1,500 troops from the "
         "country. Chad agreed to release the prisoners.",
         dict(predicate="signedAgreementWith", subject="France|Niger", object="France|Niger", agreement="~withdraw"),
         absent=[dict(predicate="signedAgreementWith", subject="Chad"), dict(predicate="signedAgreementWith", object="Chad")],
         id="agreed-to-withdraw-troops-from-the-country"),
    case("Chile and Peru agreed on Friday to restore relations in talks hosted by Brazil. Brazil said it was pleased. "
         "Under the deal, the two sides will also activate a security cooperation agreement signed in 2001.",
         dict(predicate="signedAgreementWith", subject="Chile|Peru", object="Chile|Peru", agreement="~security",
              date="2001"),
         absent=[dict(predicate="signedAgreementWith", subject="Brazil"), dict(predicate="signedAgreementWith", object="Brazil")],
         id="the-two-sides-are-the-parties-told-last"),
]


@pytest.mark.parametrize("text, expected, absent, date", AGREEMENTS)
def test_agreements(nlp, text, expected, absent, date):
    check(nlp, text, expected, absent, date)


# ---------------------------------------------------------------------------------------------
# assistance: provided / gave / funded / trained / sent aid, loans, debt write-offs

ASSISTANCE = [
    case("Some 800 Turkish troops, deployed since 2020, support the Libyan army.",
         dict(predicate="providedAssistanceTo", subject="Turkey", object="Libya", what="~support to Libyan army"),
         id="what-of-support-whose-object-is-the-recipient"),
    case("Chadian soldiers help the Nigerien army against the insurgents.",
         dict(predicate="providedAssistanceTo", subject="Chad", object="Niger", what="~help"),
         id="what-of-help-whose-object-is-the-recipient"),
    case("Japan was the first country to help Ukraine after the flood.",
         dict(predicate="providedAssistanceTo", subject="Japan", object="Ukraine", what="help"),
         id="what-of-help-whose-object-is-the-recipient-state"),
    case("The IMF approved a $3 billion bailout for Pakistan last week. India made a donation of 100 ambulances to Nepal.",
         dict(predicate="providedAssistanceTo", subject="IMF", object="Pakistan", what="~bailout"),
         dict(predicate="providedAssistanceTo", subject="India", object="Nepal", what="~donation"),
         id="bailout-and-donation-nouns"),
    case("Poland has been a steady backer of Ukraine, sending it Leopard tanks and Krab howitzers.",
         dict(predicate="providedAssistanceTo", subject="Poland", object="Ukraine", what="~Leopard tanks"),
         id="participle-send-it-goods"),
    case("Armenia has for years received Russian gas from Gazprom. Serbia received six jets from Belarus in 2019.",
         dict(predicate="providedAssistanceTo", subject="Gazprom", object="Armenia", what="~gas"),
         dict(predicate="providedAssistanceTo", subject="Belarus", object="Serbia", what="~jets"),
         id="received-goods-from"),
    case("US special forces ran a two-month training course for Kenyan marines earlier this year. Turkey, which runs "
         "a base in Mogadishu, has trained thousands of Somali soldiers there.",
         dict(predicate="providedAssistanceTo", subject="United States", object="Kenya", what="~training"),
         dict(predicate="providedAssistanceTo", subject="Turkey", object="Somalia", what="~trained"),
         id="training-course-for-and-trained-soldiers"),
    case("Chile will provide A$200m (US$132m) to Peru's police. Norway has provided more than $3 billion in "
         "security assistance to Kenya since 2006.",
         dict(predicate="providedAssistanceTo", subject="Chile", object="Peru", what="~A$200m"),
         dict(predicate="providedAssistanceTo", subject="Norway", object="Kenya", what="~$3 billion in security assistance"),
         id="the-whole-sum-as-what"),
    case("In 2020 Egypt sent a team of doctors and planeloads of masks to Ghana, a gesture Ghanaians recall.",
         dict(predicate="providedAssistanceTo", subject="Egypt", object="Ghana", what="~team of doctors"),
         absent=[dict(predicate="providedAssistanceTo", what="~gesture")], id="clause-apposition-is-no-object"),
    case("About 80 Indian soldiers are stationed in Sri Lanka to operate two helicopters and a Dornier aircraft that "
         "New Delhi gave the country. "
         "Seoul would \"reconsider\" its ban on sending weapons to Ukraine. Rubio stressed Washington's support for "
         "Guyana's sovereignty. Brazil sent armored vehicles to its border with Venezuela.",
         dict(predicate="providedAssistanceTo", subject="India", object="Sri Lanka", what="~helicopters"),
         absent=[dict(predicate="providedAssistanceTo", object="Ukraine"),
                 dict(predicate="providedAssistanceTo", object="Guyana"),
                 dict(predicate="providedAssistanceTo", subject="Brazil")], id="gave-the-country-a-ban-on-and-stances"),
    case("The offensive collapsed in June 2020 after Turkey sent troops, drones and Syrian fighters to support Tripoli.",
         dict(predicate="providedAssistanceTo", subject="Turkey", object="Libya", what="~drones"),
         absent=[dict(predicate="providedAssistanceTo", object="Syria"), dict(predicate="providedAssistanceTo", what="Tripoli")],
         id="sent-goods-to-support-x"),
    case("Peru later bought Chilean air defence systems, delivered in 2022.",
         absent=[dict(predicate="providedAssistanceTo")], id="a-purchase-is-no-assistance"),
    case("The mission has begun to withdraw. It sent 2,000 of them home by the end of June.",
         absent=[dict(predicate="providedAssistanceTo")], id="sent-home-is-no-assistance"),
    case("Japan provided $500 million in aid to Sri Lanka.",
         dict(predicate="providedAssistanceTo", subject="Japan", object="Sri Lanka", what="~aid"), id="provided-to"),
    case("Germany gave Moldova 30 armoured vehicles.",
         dict(predicate="providedAssistanceTo", subject="Germany", object="Moldova", what="~vehicles"),
         id="gave-dative"),
    case("Britain trained Kenyan soldiers.",
         dict(predicate="providedAssistanceTo", subject="United Kingdom", object="Kenya"), id="trained-demonym"),
    case("Qatar sent humanitarian aid to Sudan.",
         dict(predicate="providedAssistanceTo", subject="Qatar", object="Sudan", what="~humanitarian aid"),
         id="sent-aid"),
    case("The European Union allocated 50 million euros to Armenia.",
         dict(predicate="providedAssistanceTo", subject="European Union", object="Armenia"), id="allocated-money"),
    case("Saudi Arabia funded a new hospital in Yemen.",
         dict(predicate="providedAssistanceTo", subject="Saudi Arabia", object="Yemen"), id="funded"),
    case("The World Bank approved a $500 million loan for Kenya.",
         dict(predicate="providedAssistanceTo", subject="World Bank", object="Kenya", what="~loan"),
         id="loan-for"),
    case("A $300 million loan Zambia owed China will be written off.",
         dict(predicate="providedAssistanceTo", subject="China", object="Zambia", what="~written off"),
         id="debt-write-off"),
    case("South Korea supplied Vietnam with patrol boats.",
         dict(predicate="providedAssistanceTo", subject="South Korea", object="Vietnam", what="~patrol boats"),
         id="supplied-x-with"),
    case("British Foreign Secretary Tom Hale arrived in Accra on Monday and pledged new British aid for Ghana.",
         dict(predicate="providedAssistanceTo", subject="United Kingdom", object="Ghana"),
         absent=[dict(predicate="providedAssistanceTo", object="United Kingdom")], id="minister-pledges-for-state"),
    case("Canada pledged $300 million in aid to Haiti. The package includes $50 million in food and $20 million "
         "for police training.",
         dict(predicate="providedAssistanceTo", subject="Canada", object="Haiti", what="~50 million in food"),
         dict(predicate="providedAssistanceTo", subject="Canada", object="Haiti", what="~police training"),
         id="package-includes-parts"),
    case("The army released 40 prisoners to the Red Cross.",
         absent=[dict(predicate="providedAssistanceTo")], id="released-prisoners-no-aid"),
    case("Japan has committed more than $2 billion in aid to Ukraine since 2022.",
         dict(predicate="providedAssistanceTo", subject="Japan", object="Ukraine"), id="committed-money"),
    case("SUVA, Fiji (AP) — A delegation arrived on Friday.\n\nChina sent a police advisory team and donated "
         "riot-control equipment after the unrest.",
         dict(predicate="providedAssistanceTo", subject="China", object="Fiji", what="~police advisory team"),
         dict(predicate="providedAssistanceTo", subject="China", object="Fiji", what="~riot-control equipment"),
         id="sent-with-no-recipient-goes-to-the-dateline-state"),
    case("ALMATY, Jan 13 (Reuters) - The alliance left.\n\nThe CSTO sent 2,030 troops, most of them Russian "
         "paratroopers, after the president appealed for help.",
         dict(predicate="providedAssistanceTo", subject="CSTO", object="Kazakhstan"),
         absent=[dict(predicate="providedAssistanceTo", object="Russia")],
         id="troops-own-demonym-is-no-recipient"),
    case("Norway's foreign minister helped secure Colombia's acceptance of the ceasefire in calls on Monday.",
         absent=[dict(predicate="providedAssistanceTo", object="Colombia")],
         id="helped-secure-an-acceptance-is-no-aid"),
    case("The US lent $2 billion to Poland last year.",
         dict(predicate="providedAssistanceTo", subject="United States", object="Poland", what="$2 billion"),
         id="the-us-is-not-the-pronoun-us"),
    case("The US gave Ukraine 40 tanks.",
         dict(predicate="providedAssistanceTo", subject="United States", object="Ukraine", what="40 tanks"),
         id="the-us-gave-x-y"),
    case("Washington announced $245 million in humanitarian aid for Sudan and its neighbours on Thursday.",
         dict(predicate="providedAssistanceTo", subject="United States", object="Sudan", what="~humanitarian aid"),
         id="announced-aid-for-x"),
    case("China announced $50 billion in trade deals with Serbia.",
         absent=[dict(predicate="providedAssistanceTo")], id="announced-trade-deals-are-no-aid"),
    case("The United States has trained and equipped Benin's border units since 2019.",
         dict(predicate="providedAssistanceTo", subject="United States", object="Benin", what="~trained and equipped"),
         id="trained-and-equipped-misparsed-object"),
    case("Japan has stepped up help for the Vietnamese coast guard, which it has supplied with 12 patrol vessels "
         "since 2016.",
         dict(predicate="providedAssistanceTo", subject="Japan", object="Vietnam", what="~patrol vessels"),
         absent=[dict(predicate="providedAssistanceTo", subject="Vietnam")], id="which-it-supplied-with"),
    case("CHISINAU, Moldova (AP) — Ivo Marek arrived on Friday.\n\nBucharest already has a security treaty with "
         "Moldova, signed in 2019, under which it dispatched police and soldiers in May when rioters stormed "
         "parliament.",
         dict(predicate="providedAssistanceTo", subject="Romania", object="Moldova", what="~police"),
         absent=[dict(predicate="providedAssistanceTo", subject="Moldova")], id="treaty-under-which-it-sent"),
    case("Kenya leased the Lamu port, built with Chinese loans, to a private firm in 2019. A railway linking "
         "Nairobi and Kampala, built largely by Turkish firms with Turkish loans, opened in 2021.",
         dict(predicate="providedAssistanceTo", subject="China", object="Kenya", what="~Chinese loans"),
         dict(predicate="providedAssistanceTo", subject="Turkey", object="Kenya", what="~loans"),
         id="built-with-demonym-loans"),
    case("KIGALI, Rwanda (AP) — Ana Rojas arrived on Friday.\n\nOn Monday Ana Rojas launched a patrol boat built "
         "with Dutch technology. A bridge built with local money opened.",
         dict(predicate="providedAssistanceTo", subject="Netherlands", object="Rwanda", what="~technology"),
         absent=[dict(predicate="providedAssistanceTo", subject="Rwanda")], id="built-with-demonym-technology"),
    case("Lithuania has sent Ukraine air defense systems, and has pledged to spend 0.25% of its GDP each year on "
         "military aid to the country. Jan Nowak promised that Germany would keep up its military support for Kyiv. "
         "Chile has offered to send 1,000 police officers to Haiti.",
         dict(predicate="providedAssistanceTo", subject="Lithuania", object="Ukraine", what="~air defense",
              modality=PLAIN),
         absent=[dict(predicate="providedAssistanceTo", what="~0.25%", modality=PLAIN),
                 dict(predicate="providedAssistanceTo", what="~military aid", modality=PLAIN),
                 dict(predicate="providedAssistanceTo", subject="Germany", modality=PLAIN),
                 dict(predicate="providedAssistanceTo", subject="Chile", modality=PLAIN)],
         id="pledged-promised-offered-aid-is-not-given"),
    case("NIAMEY (AFP) - Gunmen attacked an army post in the north of the country on Wednesday.\n\nNiger has turned "
         "to partners for help. Last year the European Union delivered armoured vehicles worth 11 million euros to "
         "Niger's army, and Canada has provided training and equipment for the country's border units.",
         dict(predicate="providedAssistanceTo", subject="Canada", object="Niger", what="~training"),
         id="training-for-the-countrys-units"),
    case("SUVA, Fiji (AP) — Ivo Marek arrived on Friday.\n\nNew Zealand, the country's largest aid donor, has "
         "lobbied against the deal. Japan is Tonga's biggest donor.",
         dict(predicate="providedAssistanceTo", subject="New Zealand", object="Fiji", what="~aid donor"),
         dict(predicate="providedAssistanceTo", subject="Japan", object="Tonga", what="~donor"),
         id="the-countrys-largest-aid-donor"),
    case("Norway sent troops to Nato's multinational battlegroup in Lithuania. Denmark is expected to send troops "
         "next year to Nato's battlegroup in Latvia.",
         dict(predicate="providedAssistanceTo", subject="Norway", object="Lithuania", modality=PLAIN),
         absent=[dict(predicate="providedAssistanceTo", subject="Denmark", modality=PLAIN)],
         id="sent-to-a-battlegroup-in-x-and-expected-to-send"),
    case("MOGADISHU, Somalia (AP) — Ivo Marek arrived on Friday.\n\nAna Rojas thanked Ethiopia for its sacrifice "
         "and for 40 tonnes of food aid it delivered last month to flood-hit districts. Jan Nowak praised the 40 "
         "tanks that Poland delivered to Ukraine.",
         dict(predicate="providedAssistanceTo", subject="Ethiopia", object="Somalia", what="food aid"),
         dict(predicate="providedAssistanceTo", subject="Poland", object="Ukraine", what="~40 tanks"),
         absent=[dict(predicate="providedAssistanceTo", what="~delivered")], id="the-aid-it-delivered"),
    case("Gunmen of the Iranian-backed Houthi movement seized a tanker. U.S.-trained Somali commandos raided the "
         "camp. The Saudi-funded Yemeni army advanced. Western-backed separatists held the town.",
         dict(predicate="providedAssistanceTo", subject="Iran", object="~Houthi"),
         dict(predicate="providedAssistanceTo", subject="United States", object="Somalia"),
         dict(predicate="providedAssistanceTo", subject="Saudi Arabia", object="Yemen"),
         absent=[dict(predicate="providedAssistanceTo", object="United States")],
         id="x-backed-trained-funded-force"),
    case("Egyptian forces have long backed the Sudanese army. Wagner fighters have been in Mali since 2021, when "
         "they backed the Malian army. Chile backed the resolution.",
         dict(predicate="providedAssistanceTo", subject="Egypt", object="Sudan", what="~backed"),
         dict(predicate="providedAssistanceTo", subject="Wagner", object="Mali"),
         absent=[dict(predicate="providedAssistanceTo", subject="Chile"),
                 dict(predicate="providedAssistanceTo", subject="Mali")],
         id="backed-an-army-or-an-offensive"),
    case("NAIROBI, Kenya (AP) — Talks opened on Monday.\n\nEthiopia sent troops into its Afar region in 2021. Chile "
         "declared an emergency along Chile's border with Peru and sent troops to guard it. Brazil sent soldiers to "
         "the northern town of Boa Vista. Beijing supported Egypt's mediation.",
         absent=[dict(predicate="providedAssistanceTo", subject="Ethiopia"),
                 dict(predicate="providedAssistanceTo", subject="Chile"),
                 dict(predicate="providedAssistanceTo", subject="Brazil"),
                 dict(predicate="providedAssistanceTo", subject="China")],
         id="troops-sent-at-home-and-support-for-a-mediation-are-no-aid"),
    case("Japan will give the small island nation of Tuvalu $20 million (A$30 million) for sea walls.",
         dict(predicate="providedAssistanceTo", subject="Japan", object="Tuvalu", what="~$20 million"),
         absent=[dict(predicate="providedAssistanceTo", what="~island nation")], id="give-the-nation-of-y-a-sum"),
    case("The United States, Peru's main security partner, has provided more than $2 billion in military aid since "
         "2005. Cambodia has signed a defence agreement with China under which Beijing will provide military "
         "training free of charge.",
         dict(predicate="providedAssistanceTo", subject="United States", object="Peru", what="~military aid"),
         dict(predicate="providedAssistanceTo", subject="China", object="Cambodia", what="~military training"),
         id="ys-partner-provided-and-a-deal-under-which-x-provides"),
    case("The Japanese aid package for Sri Lanka includes rice. Humanitarian aid from Jordan reached Lebanon on "
         "Monday.",
         dict(predicate="providedAssistanceTo", subject="Japan", object="Sri Lanka", what="~aid package"),
         dict(predicate="providedAssistanceTo", subject="Jordan", object="Lebanon", what="~aid"),
         id="an-aid-package-for-y-and-aid-from-x-reached-y"),
    case("Mozambique's army, with Rwandan help, recaptured the port. With the help of Egyptian troops, Sudan's army "
         "retook the town. With US backing, the resolution passed.",
         dict(predicate="providedAssistanceTo", subject="Rwanda", object="Mozambique", what="~help"),
         dict(predicate="providedAssistanceTo", subject="Egypt", object="Sudan", what="~help"),
         absent=[dict(predicate="providedAssistanceTo", subject="United States"),
                 dict(predicate="providedAssistanceTo", subject="Sudan")],
         id="with-xs-help-y-did"),
    case("Police seized rockets smuggled by sea from Iran, which arms and funds the Houthis. The firm funds and "
         "trains local staff.",
         dict(predicate="providedAssistanceTo", subject="Iran", object="~Houthi", what="~arms and funds"),
         absent=[dict(predicate="providedAssistanceTo", subject="~firm")], id="x-which-arms-and-funds-y"),
    case("A new hospital in Aden, funded by Saudi Arabia, opened on Monday. The bridge in Laos was financed by "
         "China. The project is funded by the World Bank.",
         dict(predicate="providedAssistanceTo", subject="Saudi Arabia", object="Yemen", what="~hospital"),
         dict(predicate="providedAssistanceTo", subject="China", object="Laos", what="~bridge"),
         absent=[dict(predicate="providedAssistanceTo", subject="World Bank")], id="a-thing-in-y-funded-by-x"),
    case("Brazil, which has trained and equipped the Bolivian army, held drills with Bolivia on Monday.",
         dict(predicate="providedAssistanceTo", subject="Brazil", object="Bolivia", what="~train"),
         dict(predicate="providedAssistanceTo", subject="Brazil", object="Bolivia", what="~equip"),
         id="trained-and-equipped-share-the-object"),
    case("Norway pays Iceland an annual block grant of about 3 billion crowns. Chile paid $5 million in compensation "
         "to Peru.",
         dict(predicate="providedAssistanceTo", subject="Norway", object="Iceland", what="~block grant"),
         absent=[dict(predicate="providedAssistanceTo", subject="Chile")],
         id="pays-an-annual-grant"),
    case("Norway gave Iceland a grant of 20 million crowns, more than half of the islanders' health budget.",
         dict(predicate="providedAssistanceTo", subject="Norway", object="Iceland", what="~grant"),
         id="second-object-after-a-comma-is-an-apposition"),
    case("India handed over 30 ambulances and medical equipment to the Nepal Army in May. Officials handed power to "
         "Bhutan.",
         dict(predicate="providedAssistanceTo", subject="India", object="Nepal", what="~ambulances"),
         absent=[dict(predicate="providedAssistanceTo", object="Bhutan")],
         id="handed-over-goods"),
    case("Turkey had also donated shipments of flour to Niger and Chad earlier this year.",
         dict(predicate="providedAssistanceTo", subject="Turkey", object="Niger", what="~flour"),
         dict(predicate="providedAssistanceTo", subject="Turkey", object="Chad", what="~flour"),
         id="donated-goods-to-a-and-b"),
    case("Critics point to Tarija Airport, built by a Japanese company with a loan of $90 million from Japan's Mizuho "
         "Bank, which has seen few flights since it opened.",
         dict(predicate="providedAssistanceTo", object="Bolivia", what="~loan"),
         absent=[dict(predicate="providedAssistanceTo", object="Japan")],
         id="loan-from-a-states-bank-is-not-to-that-state"),
    case("Egypt bought the Russian S-300 air defence system, which was delivered in 2021.",
         absent=[dict(predicate="providedAssistanceTo", subject="Russia", object="Egypt")],
         id="bought-a-system-which-was-delivered"),
]


@pytest.mark.parametrize("text, expected, absent, date", ASSISTANCE)
def test_assistance(nlp, text, expected, absent, date):
    check(nlp, text, expected, absent, date)


# ---------------------------------------------------------------------------------------------
# borders: neighbouring X, X borders Y, the X-Y border

BORDERS = [
    case("Egypt, Libya's eastern neighbour, took in 110,000 refugees. Peru is Chile's neighbour. The Dominican "
         "Republic, which shares the island of Hispaniola with Haiti, closed its border.",
         dict(predicate="borders", subject="Egypt", object="Libya"),
         dict(predicate="borders", subject="Peru", object="Chile"),
         dict(predicate="borders", subject="Dominican Republic", object="Haiti"), id="x-ys-neighbour-and-shared-island"),
    case("Ghanaian aircraft struck targets inside Togo on Monday. Relations between the neighbours, which share a "
         "long frontier, have soured.",
         dict(predicate="borders", subject="Ghana|Togo", object="Ghana|Togo"), id="the-neighbours-share-a-frontier"),
    case("The Dominican Republic, which trades with Haiti, closed its border. Its president, Luis Cabrera, said so.",
         dict(predicate="holdsRole", subject="Luis Cabrera", object="Dominican Republic"),
         id="its-at-sentence-start-is-the-subject-before"),
    case("The 1998-2000 border war between Eritrea and Ethiopia killed some 80,000 people. Israel bombed border "
         "crossings between Lebanon and Syria.",
         dict(predicate="borders", subject="Eritrea|Ethiopia", object="Eritrea|Ethiopia"),
         dict(predicate="borders", subject="Lebanon|Syria", object="Lebanon|Syria"), id="border-noun-between-a-and-b"),
    case("Ethiopia lost its coastline when Eritrea became independent in 1993. It now routes its trade through "
         "neighbouring Djibouti.",
         dict(predicate="borders", subject="Ethiopia|Djibouti", object="Ethiopia|Djibouti"),
         absent=[dict(predicate="borders", subject="Eritrea"), dict(predicate="borders", object="Eritrea")],
         id="neighbouring-y-borders-the-subject"),
    case("Relations between the neighbours have long been fraught: Somalia invaded Ethiopia in 1977.",
         dict(predicate="borders", subject="Somalia|Ethiopia", object="Somalia|Ethiopia"), id="the-neighbours-of-the-sentence"),
    case("Tajikistan hosts a Russian base amid a deteriorating situation in neighbouring Afghanistan.",
         dict(predicate="borders", subject="Tajikistan|Afghanistan", object="Tajikistan|Afghanistan"),
         absent=[dict(predicate="borders", subject="Russia"), dict(predicate="borders", object="Russia")],
         id="neighbouring-inside-a-noun-phrase-is-the-last-state"),
    case("Chad is struggling with refugees from neighbouring Sudan.",
         dict(predicate="borders", subject="Chad", object="Sudan"), id="neighbouring"),
    case("Thailand sent aid to neighbouring Myanmar.",
         dict(predicate="borders", subject="Thailand", object="Myanmar"), id="neighbouring-object"),
    case("Clashes erupted on the Armenian-Azerbaijani border.",
         dict(predicate="borders", subject="Armenia|Azerbaijan", object="Armenia|Azerbaijan"),
         id="demonym-pair-border"),
    case("Trucks queued along the Afghan-Pakistani border.",
         dict(predicate="borders", subject="Afghanistan|Pakistan", object="Afghanistan|Pakistan"),
         id="demonym-pair-border-2"),
    case("Kazakhstan borders China.",
         dict(predicate="borders", subject="Kazakhstan", object="China"), id="x-borders-y",),
    case("Peru borders Bolivia and Chile.",
         dict(predicate="borders", subject="Peru", object="Bolivia"),
         dict(predicate="borders", subject="Peru", object="Chile"), id="x-borders-y-and-z"),
    case("Uzbekistan shares a border with Turkmenistan.",
         dict(predicate="borders", subject="Uzbekistan", object="Turkmenistan"), id="shares-a-border-with",),
    case("Chad borders Libya and Niger to the west, where smugglers operate, and Cameroon to the south.",
         dict(predicate="borders", subject="Chad", object="Libya"),
         dict(predicate="borders", subject="Chad", object="Niger"),
         dict(predicate="borders", subject="Chad", object="Cameroon"), id="borders-with-directions"),
    case("Ghana and Togo, which share a long border, signed a security pact.",
         dict(predicate="borders", subject="Ghana|Togo", object="Ghana|Togo"), id="which-share-a-border"),
    case("Laos and Vietnam held talks. The two neighbours, which share a border of 2,000 km, agreed to cooperate.",
         dict(predicate="borders", subject="Laos|Vietnam", object="Laos|Vietnam"), id="the-two-neighbours-share"),
    case("Three Russian drones crossed the border into Poland on Sunday.",
         dict(predicate="borders", subject="Russia|Poland", object="Russia|Poland"), id="crossed-the-border-into"),
    case("The troops handed over their base in Gao, in Mali's desert north near the border with Niger.",
         dict(predicate="borders", subject="Mali|Niger", object="Mali|Niger"), id="near-the-border-with"),
    case("Turkey keeps troops in northern Syria, at a base near the Iraqi border.",
         dict(predicate="borders", subject="Syria|Iraq", object="Syria|Iraq"),
         absent=[dict(predicate="borders", subject="Turkey"), dict(predicate="borders", object="Turkey")],
         id="near-the-demonym-border"),
    case("The drone struck a base near Jordan's borders with Syria and Iraq.",
         dict(predicate="borders", subject="Jordan", object="Syria"),
         dict(predicate="borders", subject="Jordan", object="Iraq"), id="possessive-borders-with"),
    case("Accra summoned Togo's ambassador after the Ghanaian president said rebels crossed near their common border.",
         dict(predicate="borders", subject="Ghana|Togo", object="Togo|Ghana"), id="their-common-border"),
    case("Ghana, a founding member of the African Union, borders Togo to the east, Burkina Faso to the north, "
         "and Ivory Coast to the west.",
         dict(predicate="borders", subject="Ghana", object="Togo"),
         dict(predicate="borders", subject="Ghana", object="Burkina Faso"),
         dict(predicate="borders", subject="Ghana", object="Ivory Coast|Côte d'Ivoire|Cote d'Ivoire"),
         id="borders-a-to-the-east-b-to-the-north"),
    case("Poland, which joined NATO in 1999, borders Ukraine and Russia's Kaliningrad exclave.",
         dict(predicate="borders", subject="Poland", object="Ukraine"),
         dict(predicate="borders", subject="Poland", object="Russia"),
         id="borders-an-exclave-of-a-state"),
    case("The camp lies near the point where the borders of Kenya, Uganda and South Sudan meet.",
         dict(predicate="borders", subject="Kenya", object="Uganda"),
         dict(predicate="borders", subject="Kenya", object="South Sudan"),
         dict(predicate="borders", subject="Uganda", object="South Sudan"),
         id="where-the-borders-of-three-states-meet"),
    case("Nigeria sent food aid to Togo's neighbour Benin. Hungary has also courted Serbia, another of Romania's "
         "neighbours.",
         dict(predicate="borders", subject="Benin", object="Togo"),
         dict(predicate="borders", subject="Serbia", object="Romania"),
         absent=[dict(predicate="borders", subject="Nigeria"), dict(predicate="borders", object="Nigeria")],
         id="xs-neighbour-y-and-another-of-xs-neighbours"),
    case("Russia has moved jets to its Kaliningrad exclave, which borders Lithuania. Peru and Ecuador signed a "
         "trade deal. Colombia, which borders both countries, welcomed the accord.",
         dict(predicate="borders", subject="Russia", object="Lithuania"),
         dict(predicate="borders", subject="Colombia", object="Peru"),
         dict(predicate="borders", subject="Colombia", object="Ecuador"),
         id="a-region-which-borders-y-and-borders-both-countries"),
    case("ADDIS ABABA (Reuters) - Fighting resumed on Monday.\n\nThe militia burned villages near Gondar. Thousands "
         "of people fled into neighbouring Sudan.",
         dict(predicate="borders", subject="Ethiopia", object="Sudan"), id="neighbouring-y-with-no-state-near"),
    case("NIAMEY (AFP) - Gunmen attacked a convoy on Monday.\n\nNiger's army pursued them. Across the border in "
         "Chad, the rebels regrouped.",
         dict(predicate="borders", subject="Niger", object="Chad"), id="across-the-border-in-y"),
    case("Norway and Sweden signed a defence pact on Monday. Ukraine welcomed the pact. Kyiv hopes Ukraine will "
         "get more help. Ukraine is at war. The Swedish premier, Lars Holm, said the two Nordic neighbours would "
         "protect each other. Pakistani Prime Minister Imran Saleem and Indian Prime Minister Raj Verma met in "
         "Astana, Kazakhstan, a day after the neighbours agreed to reopen a crossing.",
         dict(predicate="borders", subject="Sweden|Norway", object="Sweden|Norway"),
         dict(predicate="borders", subject="Pakistan|India", object="Pakistan|India"),
         absent=[dict(predicate="borders", subject="Ukraine"), dict(predicate="borders", object="Ukraine"),
                 dict(predicate="borders", subject="Kazakhstan"), dict(predicate="borders", object="Kazakhstan")],
         id="the-neighbours-are-the-pair-that-shares-a-land-border"),
    case("VIENNA, May 2 (Reuters) - The foreign ministers of Eritrea and Djibouti held talks in Vienna on Monday, a "
         "week after a clash on their shared border. Surveyors marked the frontier between Peru's Tumbes province "
         "and Ecuador's El Oro province.",
         dict(predicate="borders", subject="Eritrea", object="Djibouti"),
         dict(predicate="borders", subject="Peru", object="Ecuador"),
         absent=[dict(predicate="borders", subject="Austria"), dict(predicate="borders", object="Austria")],
         id="their-shared-border-and-frontier-between-xs-and-ys-provinces"),
    case("The fighting in Yemen, Oman's western neighbour, has displaced thousands.",
         dict(predicate="borders", subject="Yemen", object="Oman"), id="a-neighbour-apposition-after-a-pobj-state"),
    case("Thailand, Cambodia's neighbor and main trading partner, is wary of the pact.",
         dict(predicate="borders", subject="Thailand", object="Cambodia"), id="a-neighbour-apposition-read-as-a-conjunct"),
    case("Russian guards still patrol Georgia's frontiers with Turkey and Armenia.",
         dict(predicate="borders", subject="Georgia", object="Turkey"),
         dict(predicate="borders", subject="Georgia", object="Armenia"), id="patrol-xs-frontiers-with-y-and-z"),
]


@pytest.mark.parametrize("text, expected, absent, date", BORDERS)
def test_borders(nlp, text, expected, absent, date):
    check(nlp, text, expected, absent, date)


# ---------------------------------------------------------------------------------------------
# memberships: joined, member of, withdrew, urged to join, -led bloc

MEMBERSHIPS = [
    case("Mongolia has been an observer in the Shanghai Cooperation Organization since 2004 but has turned down "
         "repeated Chinese calls to become a full member.",
         dict(predicate="memberOf", subject="Mongolia", object="Shanghai Cooperation Organization",
              membershipStatus="invited"),
         absent=[dict(predicate="memberOf", subject="Mongolia", membershipStatus="member")],
         id="calls-to-become-a-member-are-an-invitation"),
    case("Moldova was invited to become a member of the European Union.",
         dict(predicate="memberOf", subject="Moldova", object="European Union", membershipStatus="invited"),
         absent=[dict(predicate="memberOf", subject="Moldova", membershipStatus="member")],
         id="invited-to-become-a-member"),
    case("Leaders of the African Union gathered in Addis Ababa on Sunday. Four member states - Chad, Guinea, Sudan "
         "and Niger - were kept away from the talks after coups.",
         *[dict(predicate="memberOf", subject=m, object="African Union", membershipStatus="member")
           for m in ("Chad", "Guinea", "Sudan", "Niger")], id="member-states-dash-list-of-the-bloc-told-before"),
    case("NATO defence ministers met in Brussels. Two member states, Hungary and Slovakia, opposed the plan.",
         *[dict(predicate="memberOf", subject=m, object="NATO", membershipStatus="member")
           for m in ("Hungary", "Slovakia")], id="member-states-comma-list-of-the-bloc-told-before"),
    case("The UN chief spoke at the African Union summit in Addis Ababa. Three member states, Chad, Mali and Niger, "
         "were absent.", absent=[dict(predicate="memberOf", object="United Nations|African Union")],
         id="member-states-list-when-several-blocs-were-named-no-guess"),
    case("Rwanda joined the Commonwealth of Nations in 2009 along with Burundi.",
         dict(predicate="memberOf", subject="Rwanda", object="Commonwealth of Nations", membershipStatus="member"),
         dict(predicate="memberOf", subject="Burundi", object="Commonwealth of Nations", membershipStatus="member"),
         id="joined-along-with"),
    case("Guinea left ECOWAS in March along with Chad.",
         dict(predicate="memberOf", subject="Chad", object="ECOWAS", membershipStatus="left"), id="left-along-with"),
    case("The African Union denounced the coup, and its Peace and Security Council suspended Niger from all "
         "activities of the bloc on Friday. ECOWAS, meeting in Abuja, also suspended the country.",
         dict(predicate="memberOf", subject="Niger", object="African Union", membershipStatus="member"),
         dict(predicate="memberOf", subject="Niger", object="ECOWAS", membershipStatus="member"),
         absent=[dict(predicate="memberOf", subject="Niger", membershipStatus="left")],
         id="a-suspended-state-stays-a-member"),
    case("Soldiers seized power in Niger on Wednesday. ECOWAS, meeting on Sunday in Abuja, the capital of "
         "neighbouring Nigeria, suspended the country.",
         dict(predicate="memberOf", subject="Niger", object="ECOWAS", membershipStatus="member"),
         absent=[dict(predicate="memberOf", subject="Nigeria")], id="suspended-the-country-not-the-host-named-before"),
    case("Chad said it was pulling out of the Economic Community of Central African States (ECCAS), a regional body "
         "based in the Gabonese city of Libreville that it formed in 1983 with Gabon and Cameroon.",
         dict(predicate="memberOf", subject="Gabon", object="Economic Community of Central African States",
              membershipStatus="member"),
         dict(predicate="memberOf", subject="Cameroon", object="Economic Community of Central African States",
              membershipStatus="member"), id="body-it-formed-with-partners"),
    case("Kenya, Uganda and Tanzania signed a customs protocol in Arusha. The talks were watched by envoys from "
         "Ethiopia and from Sudan. The three countries formed the East African Community in 2000.",
         *[dict(predicate="memberOf", subject=m, object="East African Community", membershipStatus="member")
           for m in ("Kenya", "Uganda", "Tanzania")],
         absent=[dict(predicate="memberOf", subject="Sudan|Ethiopia")],
         id="the-three-countries-are-the-last-three-listed-not-the-last-three-named"),
    case("The Baltic Assembly, which groups Estonia, Latvia and Lithuania, met in Riga on Monday. Estonia set up a "
         "ferry company in 2010 with Finland, Sweden and Denmark. The three Baltic states joined NATO in 2004.",
         *[dict(predicate="memberOf", subject=m, object="NATO", membershipStatus="member")
           for m in ("Estonia", "Latvia", "Lithuania")],
         absent=[dict(predicate="memberOf", subject="Finland|Sweden|Denmark", object="NATO")],
         id="the-three-region-states-are-the-last-three-listed-with-the-region"),
    case("Kenya, Uganda and Tanzania held talks in Arusha on Monday. Kenya set up a shipping line in 2010 with Japan, "
         "India and Brazil. The three neighbours formed the East African Community in 2000.",
         *[dict(predicate="memberOf", subject=m, object="East African Community", membershipStatus="member")
           for m in ("Kenya", "Uganda", "Tanzania")],
         absent=[dict(predicate="memberOf", subject="Japan|India|Brazil")],
         id="the-three-neighbours-are-the-last-three-listed-that-border-each-other"),
    case("Estonia set up a ferry company in 2010 with Finland, Sweden and Denmark. The three Baltic states joined "
         "NATO in 2004.",
         absent=[dict(predicate="memberOf", subject="Finland|Sweden|Denmark", object="NATO")],
         id="the-three-region-states-are-none-when-no-list-has-the-region"),
    case("Guinea, Mali and Niger signed a charter in Bamako in May, founding a mutual-defence pact called the Alliance "
         "of Sahel States. Brazil, Russia, India and China formed BRICS in 2009.",
         *[dict(predicate="memberOf", subject=m, object="Alliance of Sahel States", membershipStatus="member")
           for m in ("Guinea", "Mali", "Niger")],
         dict(predicate="memberOf", subject="India", object="BRICS", membershipStatus="member"), id="founders-are-members"),
    case("Leaders met in Hanoi for a summit of the Quad, which groups the United States, Australia, India and Japan.",
         *[dict(predicate="memberOf", subject=m, object="Quad", membershipStatus="member")
           for m in ("United States", "Australia", "India", "Japan")], id="relative-which-groups-the-states"),
    case("Burundi was admitted to the East African Community in 2007.",
         dict(predicate="memberOf", subject="Burundi", object="East African Community", membershipStatus="member"),
         id="admitted-to-bloc"),
    case("AUKUS, the security partnership between Australia, Britain and the United States, held its first drill.",
         *[dict(predicate="memberOf", subject=m, object="AUKUS", membershipStatus="member")
           for m in ("Australia", "United Kingdom", "United States")], id="bloc-apposition-partnership-between"),
    case("Leaders of NATO met in Vilnius. Montenegro, which borders Serbia, became a member in 2017.",
         dict(predicate="memberOf", subject="Montenegro", object="NATO", membershipStatus="member"),
         id="became-a-member-of-the-bloc-told-before"),
    case("Georgia applied to join the European Union in 2022. Armenia was granted candidate status in 2024, together "
         "with Moldova.",
         dict(predicate="memberOf", subject="Armenia", object="European Union", membershipStatus="candidate"),
         dict(predicate="memberOf", subject="Moldova", object="European Union", membershipStatus="candidate"),
         id="granted-candidate-status-together-with"),
    case("Finland joined NATO in April 2023.",
         dict(predicate="memberOf", subject="Finland", object="NATO", membershipStatus="member"), id="joined"),
    case("Egypt is a member of the African Union.",
         dict(predicate="memberOf", subject="Egypt", object="African Union", membershipStatus="member",
              modality="asserted"), id="is-a-member-of"),
    case("Armenia, a member of the Eurasian Economic Union, signed the declaration.",
         dict(predicate="memberOf", subject="Armenia", object="Eurasian Economic Union"), id="apposition-member"),
    case("Indonesia became a member of BRICS last year.",
         dict(predicate="memberOf", subject="Indonesia", object="BRICS"), id="became-member"),
    case("Mali withdrew from ECOWAS in January.",
         dict(predicate="memberOf", subject="Mali", object="ECOWAS", membershipStatus="left"), id="withdrew-left"),
    case("Belarus belongs to the Russian-led Collective Security Treaty Organization.",
         dict(predicate="memberOf", subject="Russia", object="Collective Security Treaty Organization",
              membershipStatus="member"), id="led-bloc"),
    case("Belarus belongs to the Russian-led Collective Security Treaty Organization.",
         dict(predicate="memberOf", subject="Belarus", object="Collective Security Treaty Organization"),
         id="belongs-to"),
    case("Ghana is a member of the African Union and of ECOWAS.",
         dict(predicate="memberOf", subject="Ghana", object="African Union"),
         dict(predicate="memberOf", subject="Ghana", object="~ECOWAS|~Economic Community of West African States"),
         id="member-of-x-and-of-y"),
    case("Paraguay criticised a deal between the European Union and the Mercosur bloc, of which Uruguay is a "
         "founding member.",
         dict(predicate="memberOf", subject="Uruguay", object="Mercosur"), id="bloc-of-which-member"),
    case("Guinea, Togo and Benin held a summit in Lome. In March the three countries announced they were "
         "leaving ECOWAS.",
         dict(predicate="memberOf", subject="Guinea", membershipStatus="left"),
         dict(predicate="memberOf", subject="Togo", membershipStatus="left"),
         dict(predicate="memberOf", subject="Benin", membershipStatus="left"), id="the-three-countries-they"),
    case("Western leaders urged Georgia to join the European Union.",
         dict(predicate="memberOf", subject="Georgia", object="European Union", membershipStatus="invited"),
         id="urged-to-join"),
    case("Brazil and India are founding members of BRICS, which expanded this year to include Egypt and Iran.",
         dict(predicate="memberOf", subject="India", object="BRICS", membershipStatus="member"),
         dict(predicate="memberOf", subject="Egypt", object="BRICS", membershipStatus="member"),
         dict(predicate="memberOf", subject="Iran", object="BRICS", membershipStatus="member"),
         id="founding-members-and-expanded-to-include"),
    case("Moldova is a candidate for EU membership.",
         dict(predicate="memberOf", subject="Moldova", object="EU", membershipStatus="candidate"),
         id="candidate-for-x-membership"),
    case("Troops of the Collective Security Treaty Organization arrived. The six-member bloc groups Russia, "
         "Armenia, Belarus and Tajikistan.",
         dict(predicate="memberOf", subject="Belarus", object="Collective Security Treaty Organization"),
         dict(predicate="memberOf", subject="Tajikistan", object="Collective Security Treaty Organization"),
         absent=[dict(predicate="reportedFigure", unit="member")], id="bloc-groups-a-list"),
    case("Senegal, a coastal country and a founding member of the African Union, held elections.",
         dict(predicate="memberOf", subject="Senegal", object="African Union", membershipStatus="member"),
         id="founding-member-in-a-second-apposition"),
    case("Mexico, which holds a non-permanent seat on the U.N. Security Council, called for a vote.",
         dict(predicate="memberOf", subject="Mexico", object="~Security Council", membershipStatus="member"),
         id="holds-a-seat-on"),
    case("Fatima Kane, head of the Arab League - whose members include Egypt and Jordan - said the bloc was united.",
         dict(predicate="memberOf", subject="Egypt", object="Arab League|League of Arab States"),
         dict(predicate="memberOf", subject="Jordan", object="Arab League|League of Arab States"),
         id="whose-members-include"),
    case("Croatia, which joined NATO and the European Union years ago, hosted the summit.",
         dict(predicate="memberOf", subject="Croatia", object="NATO"),
         dict(predicate="memberOf", subject="Croatia", object="European Union"),
         id="joined-two-blocs"),
    case("The Maldives, along with India, Sri Lanka and Mauritius, is a member of the Colombo Security Conclave, a "
         "regional maritime security grouping.",
         dict(predicate="memberOf", subject="Maldives", object="Colombo Security Conclave", membershipStatus="member"),
         dict(predicate="memberOf", subject="Mauritius", object="Colombo Security Conclave", membershipStatus="member"),
         id="x-along-with-a-b-is-a-member-of-an-untagged-body"),
    case("Australia and Nauru signed a treaty on Monday. Both countries are members of the Pacific Islands Forum.",
         dict(predicate="memberOf", subject="Nauru", object="Pacific Islands Forum", membershipStatus="member"),
         dict(predicate="memberOf", subject="Australia", object="Pacific Islands Forum", membershipStatus="member"),
         id="both-countries-are-members"),
    case("Saudi Arabia and Iran, both OPEC members, agreed to restore ties.",
         dict(predicate="memberOf", subject="Iran", object="OPEC", membershipStatus="member"),
         dict(predicate="memberOf", subject="Saudi Arabia", object="OPEC", membershipStatus="member"),
         id="a-and-b-both-members"),
    case("Peru joined the Pacific Alliance in 2012, and Kuwait is a member of Opec.",
         dict(predicate="memberOf", subject="Peru", object="Pacific Alliance", membershipStatus="member"),
         dict(predicate="memberOf", subject="Kuwait", object="OPEC", membershipStatus="member"),
         id="gazetteer-regional-bloc-and-mixed-case-acronym"),
    case('ECOWAS member states such as Ghana and Senegal backed the plan.',
         dict(predicate="memberOf", subject="Ghana", object="~ECOWAS|~Economic Community", membershipStatus="member"),
         dict(predicate="memberOf", subject="Senegal", object="~ECOWAS|~Economic Community", membershipStatus="member"),
         id='member-states-such-as'),
    case('The summit drew leaders of SADC member states Zambia, Malawi and Angola.',
         dict(predicate="memberOf", subject="Zambia", object="~Southern African|SADC", membershipStatus="member"),
         dict(predicate="memberOf", subject="Angola", object="~Southern African|SADC", membershipStatus="member"),
         id='bloc-member-states-a-b-and-c'),
    case('NATO met in Oslo. The alliance has 32 members, including Norway and Portugal.',
         dict(predicate="memberOf", subject="Norway", object="NATO", membershipStatus="member"),
         dict(predicate="memberOf", subject="Portugal", object="NATO", membershipStatus="member"),
         id='the-alliance-has-n-members-including'),
    case("ASEAN met in Jakarta. The bloc's members include Vietnam and Laos.",
         dict(predicate="memberOf", subject="Vietnam", object="~Southeast Asian", membershipStatus="member"),
         dict(predicate="memberOf", subject="Laos", object="~Southeast Asian", membershipStatus="member"),
         id='the-blocs-members-include'),
    case('Armenia, one of the five members of the Eurasian Economic Union, abstained.',
         dict(predicate="memberOf", subject="Armenia", object="Eurasian Economic Union", membershipStatus="member"),
         id='one-of-the-n-members-of'),
    case("The bid was held up by Greece and Spain, the last of NATO's members to approve it.",
         dict(predicate="memberOf", subject="Greece", object="NATO", membershipStatus="member"),
         dict(predicate="memberOf", subject="Spain", object="NATO", membershipStatus="member"),
         id='the-last-of-the-blocs-members'),
    case('Tomas Brod, the prime minister of fellow EU and NATO member Latvia, met him in Riga.',
         dict(predicate="memberOf", subject="Latvia", object="NATO", membershipStatus="member"),
         dict(predicate="memberOf", subject="Latvia", object="EU|European Union", membershipStatus="member"),
         id='fellow-x-and-y-member-state'),
    case('Hungarian Prime Minister Jan Kowal, whose country belongs to both the EU and NATO, met him.',
         dict(predicate="memberOf", subject="Hungary", object="NATO", membershipStatus="member"),
         dict(predicate="memberOf", subject="Hungary", object="EU|European Union", membershipStatus="member"),
         id='whose-country-belongs-to'),
    case('Saudi Arabia and Iran cut output in May. Both Gulf producers are members of OPEC.',
         dict(predicate="memberOf", subject="Iran", object="OPEC", membershipStatus="member"),
         dict(predicate="memberOf", subject="Saudi Arabia", object="OPEC", membershipStatus="member"),
         id='both-producers-are-members'),
    case('Sweden applied to join NATO in 2022. NATO welcomed the bid. Sweden and Finland applied together in May. Finland became a member last April.',
         dict(predicate="memberOf", subject="Finland", object="NATO", membershipStatus="member"),
         id='became-a-member-of-the-bloc-the-article-is-about'),
    case('Morocco rejoined the African Union in 2017.',
         dict(predicate="memberOf", subject="Morocco", object="African Union", membershipStatus="member"),
         id='rejoined'),
    case('The EU granted candidate status to Albania and Serbia in June.',
         dict(predicate="memberOf", subject="Albania", object="EU|European Union", membershipStatus="candidate"),
         dict(predicate="memberOf", subject="Serbia", object="EU|European Union", membershipStatus="candidate"),
         id='granted-candidate-status-to'),
    case('Albania has been a candidate for membership of the European Union since 2014, along with Serbia.',
         dict(predicate="memberOf", subject="Serbia", object="European Union", membershipStatus="candidate"),
         id='candidate-along-with'),
    case('Gabon was admitted as the ninth member of ECCAS, joining Chad and six other states in the bloc.',
         dict(predicate="memberOf", subject="Chad", object="~ECCAS|~Central African States", membershipStatus="member"),
         id='joining-a-state-in-the-bloc'),
    case('Malawi, Zambia and Angola are run by civilians. In May they signed a defence pact, the Southern African Development Community.',
         dict(predicate="memberOf", subject="Malawi", object="~Southern African", membershipStatus="member"),
         dict(predicate="memberOf", subject="Angola", object="~Southern African", membershipStatus="member"),
         id='signed-a-pact-named-as-a-bloc'),
    case('Iraq said the mission of the US-led coalition would end. Iraq will sign deals with coalition members, including Britain. Iraq itself is a member of the coalition.',
         dict(predicate="memberOf", subject="United States", object="~coalition", membershipStatus="member"),
         dict(predicate="memberOf", subject="United Kingdom", object="~coalition", membershipStatus="member"),
         dict(predicate="memberOf", subject="Iraq", object="~coalition", membershipStatus="member"),
         id='the-led-coalition-and-its-members'),
    case('Paris keeps about 600 troops in Syria as part of the coalition against ISIL (ISIS), of which Denmark is also a member. Kenya keeps 3,000 troops in Somalia as part of ATMIS.',
         dict(predicate="memberOf", subject="France", object="~coalition", membershipStatus="member"),
         dict(predicate="memberOf", subject="Denmark", object="~coalition", membershipStatus="member"),
         absent=[dict(predicate="memberOf", subject="Kenya")],
         id='as-part-of-the-coalition-of-which'),
    case("Leaders of the Pacific Islands Forum met in Suva. The forum's head Jon Arvo welcomed the deal. Kiribati, "
         "which quit the forum in 2021, returned to the bloc this year.",
         dict(predicate="memberOf", subject="Kiribati", object="Pacific Islands Forum", membershipStatus="left"),
         dict(predicate="memberOf", subject="Kiribati", object="Pacific Islands Forum", membershipStatus="member"),
         id="quit-the-forum-returned-to-the-bloc"),
    case("Denmark has been a candidate to join the North Atlantic Treaty Organization since 2015.",
         dict(predicate="memberOf", subject="Denmark", object="North Atlantic Treaty Organization|NATO", membershipStatus="candidate"),
         id="a-candidate-to-join"),
    case("Leaders of the Pacific Islands Forum met in Suva on Monday. Fiji and Samoa are both founding members.",
         dict(predicate="memberOf", subject="Fiji", object="Pacific Islands Forum", membershipStatus="member"),
         dict(predicate="memberOf", subject="Samoa", object="Pacific Islands Forum", membershipStatus="member"),
         id="both-founding-members-of-the-bloc-told-before"),
    case("Ministers of the Economic Community of West African States met in Accra. Ghana and Togo are founding "
         "members of the bloc.",
         dict(predicate="memberOf", subject="Ghana", object="Economic Community of West African States",
              membershipStatus="member"), id="founding-members-of-the-bloc"),
    case("The troops returned to the base after the NATO exercise. Senegal, which left the union in 2019, has asked "
         "to return.",
         absent=[dict(predicate="memberOf", subject="Senegal", membershipStatus="member")],
         id="return-to-a-place-is-no-membership"),
    case("Leaders of NATO met in Riga. Officials said that Moldova would be invited to join the alliance when all "
         "allies agree.",
         absent=[dict(predicate="memberOf", subject="Moldova")],
         id="would-be-invited-to-join-the-alliance-told-before"),
]


@pytest.mark.parametrize("text, expected, absent, date", MEMBERSHIPS)
def test_memberships(nlp, text, expected, absent, date):
    check(nlp, text, expected, absent, date)


# ---------------------------------------------------------------------------------------------
# hostilities: attacked, offensive, strikes, clashes with a death toll

HOSTILITIES = [
    case("Kenyan troops clashed with al-Shabaab fighters near the border on Monday.",
         dict(predicate="attacked", subject="Kenya", object="al-Shabaab", date="2024-03-11"),
         id="x-clashed-with-y"),
    case("A suicide bombing, claimed by al-Shabaab, killed 12 soldiers in Mogadishu on Friday.",
         dict(predicate="attacked", subject="al-Shabaab", killed=12),
         id="an-attack-claimed-by-x-is-xs"),
    case("Eritrea and Djibouti, whose soldiers fought along their mountain border in June 2008 in clashes that "
         "killed about 40 people, restored ties last year.",
         dict(predicate="attacked", subject="Eritrea", object="Djibouti", place="~border", date="2008-06", killed=40),
         dict(predicate="attacked", subject="Djibouti", object="Eritrea", date="2008-06"),
         id="a-and-b-whose-soldiers-fought-each-other"),
    case("Syria has denied the charge. Its 2013 shelling of the Lebanese town of Arsal killed six people.",
         dict(predicate="attacked", subject="Syria", object="~Arsal", date="2013", killed=6),
         absent=[dict(predicate="attacked", killed=2013)], id="its-year-shelling-of-x-killed-n"),
    case("Russia rejected the report. Its 2019 bombing of a hospital in Idlib killed nine people.",
         dict(predicate="attacked", subject="Russia", object="~hospital", date="2019", killed=9),
         absent=[dict(predicate="attacked", killed=2019)], id="its-year-bombing-killed-n-the-year-is-no-toll"),
    case("Fighting erupted on March 5 between Chad and Sudan.",
         dict(predicate="attacked", subject="Chad", object="Sudan", date="2024-03-05"),
         dict(predicate="attacked", subject="Sudan", object="Chad"), id="fighting-erupted-between"),
    case("Chilean aircraft struck targets in Peru on Monday. Officials met. The strikes came two days after a suicide "
         "attack on an army post in Tambo Alto killed seven soldiers. Ana Rojas arrived in Lima on Tuesday, 25 years "
         "to the day after Nato aircraft bombed the Chilean embassy in the city.",
         dict(predicate="attacked", object="~army post", date="2024-03-09", place="Tambo Alto"),
         dict(predicate="attacked", subject="Nato|North Atlantic Treaty Organization", object="Chilean embassy",
              date="1999-03-12", place="Lima"),
         id="n-days-after-an-attack-and-years-to-the-day"),
    case("Chilean aircraft struck targets inside Peru's Tacna and Puno regions on Monday. Hours later, Peruvian "
         "forces fired heavy weapons at Chilean military posts along the border.",
         dict(predicate="attacked", subject="Chile", object="Peru"),
         dict(predicate="attacked", subject="Peru", object="~Chilean military posts"),
         id="targets-inside-regions-and-fired-weapons-at"),
    case("Ghana accused Togo of supplying Niger with artillery shells.",
         dict(predicate="providedAssistanceTo", subject="Togo", object="Niger", modality="hedged"),
         absent=[dict(predicate="providedAssistanceTo", subject="Ghana")], id="accused-x-of-doing"),
    case("Pakistan carried out air strikes inside Afghanistan on Monday.",
         dict(predicate="attacked", subject="Pakistan", object="Afghanistan", place="Afghanistan", date="2024-03-11"),
         id="strikes-inside-another-state-hit-it"),
    case("Ethiopian forces attacked Eritrea last week.",
         dict(predicate="attacked", subject="Ethiopia", object="Eritrea"), id="demonym-forces-attacked"),
    case("Azerbaijan launched an offensive against Armenia on 19 September 2023.",
         dict(predicate="attacked", subject="Azerbaijan", object="Armenia", date="2023-09-19"),
         id="launched-offensive"),
    case("Clashes on the Afghan-Pakistani border killed 12 soldiers on Saturday.",
         dict(predicate="attacked", killed=12, place="~border", date="2024-03-09"), id="clashes-death-toll"),
    case("Israeli jets struck targets in Syria on Sunday.",
         dict(predicate="attacked", subject="Israel", place="Syria", date="2024-03-10"), id="struck-in"),
    case("Houthi rebels attacked a cargo ship in the Red Sea on Friday.",
         dict(predicate="attacked", subject="~Houthi", place="Red Sea", date="2024-03-15"),
         id="armed-group-attacked"),
    case("Myanmar's army bombed villages in Sagaing last month.",
         dict(predicate="attacked", subject="Myanmar", place="Sagaing", date="2024-02"), id="bombed"),
    case("Al-Shabaab militants attacked a military base in Somalia, killing 20 soldiers.",
         dict(predicate="attacked", subject="~Shabaab", killed=20), id="militants-of-group"),
    case("Two soldiers were killed on March 3 when Eritrean forces opened fire on positions near the town of Tesseney.",
         dict(predicate="attacked", subject="Eritrea", killed=2, date="2024-03-03", place="Tesseney"),
         id="opened-fire-when-killed"),
    case("Ecuador and Peru fought a brief war in 1995.",
         dict(predicate="attacked", subject="Ecuador", object="Peru", date="1995"),
         dict(predicate="attacked", subject="Peru", object="Ecuador"),
         absent=[dict(predicate="attacked", object="~war")], id="fought-war-each-other"),
    case("Suspected insurgents ambushed a police convoy near Garissa on Monday, killing five officers.",
         dict(predicate="attacked", subject="~insurgents", object="~convoy", killed=5, date="2024-03-11"),
         id="unnamed-fighters"),
    case("On Sunday, a drone hit a truck on a road outside Kirkuk, killing two people.",
         dict(predicate="attacked", object="truck", place="Kirkuk", killed=2, date="2024-03-10"),
         absent=[dict(predicate="attacked", object="~road")], id="weapon-subject-hit"),
    case("The downturn hit the economy hard last year.",
         absent=[dict(predicate="attacked")], id="hit-without-weapon-no-attack"),
    case("Israel regularly carries out airstrikes against Hezbollah targets in Lebanon.",
         dict(predicate="attacked", subject="Israel", object="Hezbollah"), id="habitual-with-attacker"),
    case("Fighting between Sudan's army and the Rapid Support Forces killed at least 300 people in Khartoum.",
         dict(predicate="attacked", place="Khartoum", killed=300), id="fighting-between",
         xfail="the parser tags sentence-initial 'Fighting' as a VERB, so the hostility-noun rule never sees it"),
    case("Tensions have been high since 2016, when Eritrea shelled the border town of Zalambessa, killing six "
         "Ethiopians.",
         dict(predicate="attacked", subject="Eritrea", date="2016", killed=6, place="Zalambessa"),
         id="when-clause-on-a-year-and-killing-n"),
    case("Some 40 heavily armed Albanians attacked a police station in Tetovo on Sunday.",
         dict(predicate="attacked", subject="~armed Albanians", subject_type="ArmedGroup", place="Tetovo"),
         absent=[dict(predicate="attacked", subject="Albania")], id="a-band-named-by-demonym"),
    case("France and Britain struck more than 30 targets in Syria on Friday.",
         dict(predicate="attacked", subject="France", object="Syria", date="2024-03-15"),
         dict(predicate="attacked", subject="United Kingdom", object="Syria"), id="generic-targets-in-a-state"),
    case("France and Britain struck targets in Syria on Friday. Damascus said the raids were illegal. "
         "A Syrian army spokesman said the strikes killed seven soldiers.",
         dict(predicate="attacked", subject="France", killed=7), dict(predicate="attacked", subject="United Kingdom", killed=7),
         id="the-strikes-killed-n-later"),
    case("In Chiapas state, at least 40 people were killed in fighting between rival gangs in May, Ana Rojas said.",
         dict(predicate="attacked", object="rival gangs", place="Chiapas", killed=40, date="2023-05"),
         id="killed-in-fighting-between"),
    case("At least 12 Kenyan soldiers have been killed in clashes with the rebels since last week.",
         dict(predicate="attacked", subject="rebels", object="Kenya|~Kenyan soldiers", killed=12),
         id="killed-in-clashes-with"),
    case("Hours later, Peruvian forces fired heavy weapons at Chilean military posts along the border in the Marek "
         "district, Jan Nowak said.",
         dict(predicate="attacked", subject="Peru", object="~Chilean military posts", place="Marek|~Marek district"),
         id="posts-along-the-border-in-a-district"),
    case("Chilean rockets hit several Peruvian border districts; one struck a petrol station in Peru's Tacna province "
         "that afternoon, killing eight civilians.",
         dict(predicate="attacked", subject="Chile", object="~petrol station", place="Tacna|~Tacna"),
         absent=[dict(predicate="attacked", object="~petrol station", place="Peru")],
         id="one-of-the-weapons-in-a-states-province"),
    case("In February, a Chilean drone strike in Lima killed three people, among them Jan Nowak, a senior commander of "
         "the Islamic State.",
         dict(predicate="attacked", subject="Chile", object="Jan Nowak|Islamic State", place="Lima", killed=3),
         id="killed-n-among-them-a-commander"),
    case("Fighting broke out on Monday near the border. The army said it was ready. Chilean rockets then hit several "
         "border towns. Peruvian jets bombed Chilean military targets the same day.",
         dict(predicate="attacked", subject="Peru", object="Chile", date="2024-03-11"),
         id="the-same-day-three-sentences-back-in-a-paragraph"),
    case("Chile has condemned a Peruvian missile attack on Zelen Air Base, Jan Nowak said on Friday. Peruvian forces "
         "fired missiles at the base on Wednesday evening.",
         dict(predicate="attacked", subject="Peru", object="Zelen Air Base", place="Zelen Air Base", date="2024-03-13"),
         absent=[dict(predicate="attacked", subject="Peru", date="2024-03-15"),
                 dict(predicate="attacked", subject="Peru", object="base")],
         id="the-base-is-the-named-one-and-its-day"),
    case("Three Chilean soldiers have been killed in a drone attack on a small outpost in northern Peru, the first "
         "Chilean deaths in the region since the war began in October.",
         dict(predicate="attacked", object="~outpost", killed=3, date="2024-03-15"),
         absent=[dict(predicate="attacked", object="~outpost", date="2023-10")],
         id="since-clause-date-is-not-the-attacks"),
    case("Jan Nowak declared a state of emergency on Monday to respond to a guerrilla offensive near the border with "
         "Ecuador that has killed at least 80 people. Fighters of the Shining Path launched the offensive on Thursday "
         "in Tumbes against a rival group known as the 33rd Front.",
         dict(predicate="attacked", object="33rd Front", place="Tumbes", killed=80),
         id="the-offensive-takes-the-toll-told-before"),
    case("Jan Nowak said the mission of the US-led coalition fighting the Islamic State in Syria would end.",
         dict(predicate="attacked", subject="United States", object="Islamic State", place="Syria"),
         id="led-coalition-fighting-a-group"),
    case("Peruvian troops recaptured the border town of Tumbes on 8 August, a year after rebels had seized it.",
         dict(predicate="attacked", subject="rebels", object="~Tumbes", place="Tumbes", date="2020-08"),
         dict(predicate="attacked", subject="Peru", object="~Tumbes", date="2021-08-08"),
         date="2021-09-27", id="seized-it-a-year-before-the-recapture"),
    case("Jan Nowak grew up on Tuvalu. Japanese forces invaded the island in August 1942 and held it until 1945.",
         dict(predicate="attacked", subject="Japan", object="Tuvalu", place="Tuvalu", date="1942-08"),
         id="invaded-the-island-named-before"),
    case("Australia gains a veto over any security, policing or banking agreement Tuvalu strikes with other countries. "
         "Peru struck a trade deal with Chile on Monday.",
         absent=[dict(predicate="attacked")], id="strikes-an-agreement-is-no-attack"),
    case("Jan Nowak said the treaty covers armed attacks on Peruvian armed forces or public vessels anywhere in the "
         "Pacific.",
         absent=[dict(predicate="attacked", modality=("asserted", "reported"))], id="a-treaty-covers-attacks"),
    case("Nine Peruvian soldiers were killed when rebels attacked a border post on Wednesday, Ana Rojas said, the "
         "deadliest assault on Peru's army in years.",
         dict(predicate="attacked", subject="rebels", object="~army", killed=9),
         absent=[dict(predicate="attacked", subject=None, object="~army")], id="the-deadliest-assault-is-the-one-told"),
    case("Gunmen attacked a police patrol in Zvornik on Sunday. The fighting killed three people.",
         dict(predicate="attacked", place="Zvornik", killed=3), id="the-fighting-killed-n"),
    case("Nigerian jets bombed a convoy of militants that had crossed into northern Cameroon.",
         dict(predicate="attacked", subject="Nigeria", place="Cameroon"), id="place-from-the-target-clause"),
    case("The two armies will hold an exercise next month simulating a Russian missile attack.",
         absent=[dict(predicate="attacked")], id="simulated-attack"),
    case("Uganda, which borders South Sudan, hosts 900,000 refugees who have fled the war that broke out there in "
         "December 2013.",
         dict(predicate="attacked", place="South Sudan", date="2013-12"), id="war-broke-out-there"),
    case("Nigeria has led a regional campaign against Boko Haram since 2015.",
         dict(predicate="attacked", subject="Nigeria", object="Boko Haram", date="2015"), id="led-a-campaign-against"),
    case("Houthi rebels seized a tanker in March. The rebels have launched at least 12 attacks on ships since then.",
         dict(predicate="attacked", subject="~Houthi", object="ships"), id="the-rebels-launched-attacks"),
    case("On Tuesday, Polish jets shot down two drones fired toward Lublin in Russia's largest attack yet.",
         dict(predicate="attacked", subject="Russia", date="2024-03-12"), id="participle-clause-takes-main-date"),
    case("Attacks by Houthi rebels on commercial shipping continued.",
         dict(predicate="attacked", subject="~Houthi", object="~shipping"), id="attacks-by-x-on-y"),
    case("On January 4, a US strike in Baghdad killed a commander of Hezbollah.",
         dict(predicate="attacked", subject="United States", object="Hezbollah", place="Baghdad", date="2024-01-04"),
         id="state-compound-strike-kills-a-commander-of-x"),
    case("Peace came after the 1998-2000 border war between Peru and Ecuador, which killed some 5,000 people.",
         dict(predicate="attacked", subject="Peru", object="Ecuador", date="1998", killed=5000),
         dict(predicate="attacked", subject="Ecuador", object="Peru", date="1998", killed=5000),
         id="dated-war-between-two-states-with-toll"),
    case("Abkhazia, which broke away from Georgia after a brief war in 1993 that killed around 900 people, is poor.",
         dict(predicate="attacked", subject=None, object=None, place="Abkhazia", date="1993", killed=900),
         id="war-in-a-year-of-the-place-the-clause-tells-of"),
    case("More than 2,100 people have been killed in Sudan since the fighting began, according to officials.",
         dict(predicate="attacked", place="Sudan", killed=2100), id="killed-in-x-since-the-fighting-began"),
    case("The insurgency began in March 2019, when militants attacked army posts in Tillaberi. The conflict has since "
         "killed more than 2,000 people.",
         dict(predicate="attacked", subject="militants", date="2019-03", killed=None),
         id="whole-conflict-toll-not-the-first-attacks"),
    case("Three Nigerian soldiers have been killed and 12 wounded in a drone attack on a base in Borno, the first "
         "deaths since Nigeria's war on Boko Haram began in 2009.",
         dict(predicate="attacked", subject="Nigeria", object="Boko Haram", date="2009", killed=None),
         id="toll-of-the-attack-not-the-war-named-as-a-time-frame"),
    case("In May 2021, al-Shabaab fighters crossed into Kenya's Mandera county in a rare raid before being pushed back.",
         dict(predicate="attacked", subject="~Shabaab", object="Kenya", date="2021-05"), id="fighters-crossed-into"),
    case("Ethiopian ground troops pushed into eastern Sudan on Oct. 3.",
         dict(predicate="attacked", subject="Ethiopia", object="Sudan", place="Sudan", date="2023-10-03"),
         id="troops-pushed-into"),
    case("Relations have long been fraught: Ethiopia invaded Somalia's Gedo region in 2006.",
         dict(predicate="attacked", subject="Ethiopia", object="Somalia", date="2006"),
         absent=[dict(predicate="attacked", object="~region")], id="invaded-a-states-region"),
    case("Finland joined after Russia's full-scale invasion of Ukraine in February 2022.",
         dict(predicate="attacked", subject="Russia", object="Ukraine", place="Ukraine", date="2022-02"),
         id="invasion-of-x"),
    case("The war escalated in June, when Israel unleashed a wave of airstrikes across Syria.",
         dict(predicate="attacked", subject="Israel", object="Syria", place="Syria", date="2023-06"),
         id="a-wave-of-airstrikes-across-x"),
    case("Israel also bombed border crossings between Syria and Iraq.",
         dict(predicate="attacked", subject="Israel", object="~border crossings", place="Syria|Iraq"),
         id="target-between-two-states"),
    case("In October, a Serbian tank fired at an observation post at the mission's headquarters in Zvecan.",
         dict(predicate="attacked", subject="Serbia", object="~observation post", place="Zvecan", date="2023-10"),
         id="tank-fired-at"),
    case("Hezbollah has long threatened Israel. The fighting started on Oct. 8, 2023, when the Iran-backed militant "
         "group began firing rockets into northern Israel.",
         dict(predicate="attacked", subject="Hezbollah", object="Israel", place="Israel", date="2023-10-08"),
         id="the-group-began-firing-rockets-into"),
    case("Russia invaded Ukraine in February 2022. In April that year, blasts hit the interior ministry in Tiraspol "
         "and knocked out two radio masts.",
         dict(predicate="attacked", object="~interior ministry", place="Tiraspol", date="2022-04"),
         dict(predicate="attacked", object="~radio masts", date="2022-04"), id="blasts-hit-in-april-that-year"),
    case("Gunmen fled to Kano. On January 5, armed men stormed the governor's office there and briefly seized the "
         "airport.",
         dict(predicate="attacked", subject="armed men", object="~governor", place="Kano", date="2024-01-05"),
         dict(predicate="attacked", subject="armed men", object="airport", place="Kano"), id="armed-men-stormed-there"),
    case("\"Retaking towns is the easy part,\" said Jon Ferro, an analyst. Paramilitaries have fought alongside "
         "the army since 2021.",
         absent=[dict(predicate="attacked")], id="no-attack-in-generic-retaking-or-fighting-alongside"),
    case("Azerbaijan regained full control of Nagorno-Karabakh in a one-day offensive last September.",
         dict(predicate="attacked", subject="Azerbaijan", object="Nagorno-Karabakh", date="2023-09"),
         id="regained-control-in-an-offensive"),
    case("Chad will keep its troops in Niger, Defence Minister Jon Ferro said on Tuesday, two days after the "
         "militants stormed a military base near Diffa.",
         dict(predicate="attacked", subject="~militants", object="~military base", date="2024-03-10"),
         id="n-days-after-the-main-clause-date"),
    case("The fighting started on Oct. 8, 2023, a day after Hamas' attack on southern Israel ignited the war.",
         dict(predicate="attacked", subject="Hamas", object="Israel", date="2023-10-07"), id="a-day-after-noun-attack"),
    case("Boko Haram is active in Borno. Niger has suffered repeated attacks by the group on its own soil, including "
         "the 2015 siege of the main market in Diffa, which killed 40 people.",
         dict(predicate="attacked", subject="Boko Haram", object="Niger"),
         dict(predicate="attacked", subject="Boko Haram", object="~market", place="Diffa", date="2015", killed=40),
         id="suffered-attacks-by-the-group-including-a-siege"),
    case("Boko Haram, the armed group that has waged a rebellion against the federal government for 15 years, "
         "struck again.",
         dict(predicate="attacked", subject="Boko Haram", object="~federal government"), id="waged-a-rebellion-against"),
    case("Mercenaries have been in Sudan since 2019, when they backed Hemeti's offensive to seize the capital, "
         "Khartoum, from the army.",
         dict(predicate="attacked", subject="~Hemeti", object="Khartoum", date="2019"),
         absent=[dict(predicate="attacked", subject="Sudan")], id="offensive-to-seize-the-capital"),
    case("The war escalated in June, when Israel unleashed a wave of airstrikes across Syria. One of them, on June 27, "
         "killed Hamas's longtime commander, Omar Dalil, in Damascus's southern suburbs; his successor has not spoken since.",
         dict(predicate="attacked", subject="Israel", object="Omar Dalil", place="Damascus", date="2023-06-27",
              modality="asserted"), id="one-of-them-killed-a-named-leader"),
    case("Azerbaijan launched an offensive last September. Five Russian peacekeepers were killed when their vehicle "
         "came under fire from Azerbaijani troops.",
         dict(predicate="attacked", subject="Azerbaijan", object="Russia", killed=5, date="2023-09"),
         id="came-under-fire-from"),
    case("The U.N. force in Lebanon also came under fire during the ground offensive.",
         absent=[dict(predicate="attacked", subject="~force")], id="under-fire-from-no-one-named"),
    case("The ceasefire ended 13 months of fighting that started on Oct. 8, 2023, when the militant group began "
         "firing rockets into Israel, a day after Hamas' attack on southern Israel ignited the war in Gaza.",
         dict(predicate="attacked", subject="Hamas", object="Israel", date="2023-10-07"),
         id="a-day-after-the-day-told-last"),
    case("The one-way attack drone struck Outpost 9, a logistics base near Jordan's borders with Syria, on Sunday.",
         dict(predicate="attacked", object="Outpost 9", date="2024-03-10"),
         absent=[dict(predicate="attacked", object=None)], id="attack-drone-is-no-attack-noun"),
    case("Foreign Minister Mira Dole called the offensive \"a frontal attack\" on her country.",
         absent=[dict(predicate="attacked", object="~her country")], id="pronoun-owned-phrase-is-no-target"),
    case("Al-Shabaab claimed attacks on two bases in Somalia on Sunday.",
         dict(predicate="attacked", subject="~Shabaab", object="~bases", date="2024-03-10"),
         id="claimed-attacks"),
    case("The revolt began in May 2019, when rebels attacked police posts in Vila Nova da Praia.",
         dict(predicate="attacked", subject="rebels", place="Vila Nova da Praia", date="2019-05"),
         absent=[dict(predicate="attacked", place="Praia")], id="city-name-as-tail-of-a-longer-name"),
    case("Ethiopia and Eritrea signed a deal in Jeddah. The two countries fought a two-year war over the border in 1998.",
         dict(predicate="attacked", subject="Ethiopia", object="Eritrea", date="1998"),
         dict(predicate="attacked", subject="Eritrea", object="Ethiopia", date="1998"), id="the-two-countries-fought-a-war"),
    case("The army is prone to atrocities when fighting mobile and highly motivated opponents.",
         absent=[dict(predicate="attacked")], id="fighting-unnamed-opponents-no-one-named"),
    case("Jihadists fought the army near Tera on Monday.",
         dict(predicate="attacked", subject="Jihadists", object="army", place="Tera"), id="fighters-fought-the-army"),
    case("Analysts say Moscow is keen to stay close despite the war in Ukraine.",
         absent=[dict(predicate="attacked")], id="a-war-named-in-passing"),
    case("Fighters of the National Liberation Army (ELN) launched the offensive on Thursday in Catatumbo against a "
         "rival group of former rebels known as the 45th Front.",
         dict(predicate="attacked", subject="National Liberation Army", object="45th Front", place="Catatumbo",
              date="2024-03-14"), id="fighters-of-x-launched-an-offensive-against-a-group-known-as-y"),
    case("The ELN said on Sunday that its fighters were targeting the 45th Front.",
         dict(predicate="attacked", subject="ELN", object="45th Front"), id="its-fighters-are-the-groups"),
    case("Parliament voted in January 2020 to expel foreign troops, days after a US drone strike near Baghdad "
         "airport killed a militia commander, Karim Hadi.",
         dict(predicate="attacked", subject="United States", object="Karim Hadi", place="Baghdad", date="2020-01"),
         id="strike-near-the-airport-of-a-city"),
    case("A Ukrainian missile strike hit the fleet's headquarters in Sevastopol on Tuesday.",
         dict(predicate="attacked", subject="Ukraine", object="~headquarters", place="Sevastopol", date="2024-03-12"),
         id="a-strike-hit-x"),
    case("Cambodian rockets hit several Thai border districts on Tuesday.",
         dict(predicate="attacked", subject="Cambodia", object="~Thai border districts", place="Thailand"),
         id="hit-districts-of-a-demonyms-state"),
    case("COTONOU (AFP) - Twenty-eight Beninese soldiers were killed when jihadists attacked a military post in the "
         "far north of the country on Wednesday, the government said.",
         dict(predicate="attacked", object="~military post", place="Benin", date="2024-03-13"),
         id="in-the-north-of-the-country"),
    case("On Tuesday, masked gunmen stormed the studios of public broadcaster Tele Sur in Guayaquil.",
         dict(predicate="attacked", object="~studios", place="Guayaquil", date="2024-03-12"),
         id="stormed-the-studios-of-a-broadcaster-in-a-city"),
    case("Qatar has condemned an Iranian missile attack on Al Udeid Air Base on Monday.",
         dict(predicate="attacked", subject="Iran", object="Al Udeid Air Base", place="Al Udeid Air Base"),
         id="attack-on-a-named-air-base-is-there"),
    case("In November, fighters of the JNIM group stormed the town of Djibo, killing 40 civilians.",
         dict(predicate="attacked", subject="JNIM", place="Djibo", killed=40),
         id="an-acronym-the-article-uses-is-the-groups-name"),
    case("The United States accuses the North of supplying Russia with artillery shells for its war in Ukraine, which "
         "Russia launched in February 2022.",
         dict(predicate="attacked", subject="Russia", object="Ukraine", date="2022-02", modality="asserted"),
         date="2024-06-20", id="a-war-in-x-which-y-launched"),
    case("PORT-AU-PRINCE, Haiti (AP) — Haiti is in crisis. The gangs launched coordinated attacks in late February, "
         "storming two of the capital's largest prisons and freeing more than 4,000 inmates.",
         dict(predicate="attacked", subject="gangs", object="~prisons", place="Port-au-Prince", date="2024-02"),
         date="2024-06-20", id="gangs-storming-two-of-the-capitals-prisons"),
    case("He later met the senator Jon Ferro, whose father, President Ana Ferro, was assassinated by an ELN suicide "
         "bomber in Bogota in 1995.",
         dict(predicate="attacked", subject="ELN|National Liberation Army", object="Ana Ferro", place="Bogota",
              date="1995"), id="assassinated-by-a-groups-bomber"),
    case("Gunmen assassinated Jon Ferro, a senior judge, in Lima on Monday.",
         dict(predicate="attacked", subject="Gunmen", object="Jon Ferro", place="Lima", date="2024-03-11"),
         id="gunmen-assassinated-x"),
    case("Peruvian troops exchanged fire with Chilean forces along the border on Monday.",
         dict(predicate="attacked", subject="Peru", object="Chile", place="~border", date="2024-03-11"),
         dict(predicate="attacked", subject="Chile", object="Peru"), id="exchanged-fire-with"),
    case("Indian and Chinese soldiers traded fire near Chushul on Tuesday, killing two soldiers.",
         dict(predicate="attacked", subject="India", object="China", killed=2, date="2024-03-12"),
         dict(predicate="attacked", subject="China", object="India"), id="two-demonyms-traded-fire"),
    case("The main crossing at Chaman was closed for nearly two weeks in May after border guards exchanged fire.",
         dict(predicate="attacked", subject=None, object=None, place="Chaman", date="2023-05"),
         id="guards-exchanged-fire-where-the-main-clause-is"),
    case("Lima cut ties with Quito in January 2016 after protesters stormed its embassy in Quito.",
         dict(predicate="attacked", subject="protesters", object="~embassy", place="Quito", date="2016-01"),
         id="protesters-stormed-its-embassy-in-the-month-of-the-main-clause"),
    case("A mob ransacked the French consulate in Dakar on Friday.",
         dict(predicate="attacked", subject="~mob", object="~consulate", place="Dakar", date="2024-03-15"),
         id="a-mob-ransacked"),
    case("Protesters marched on the parliament in Lima on Friday.",
         absent=[dict(predicate="attacked")], id="a-march-is-no-attack"),
    case("On Sunday, residents reported air strikes in southern Lima and artillery fire in Callao.",
         dict(predicate="attacked", place="Callao", date="2024-03-10"), id="artillery-fire-in-a-city"),
    case("Heavy gunfire was heard in Khartoum on Monday.",
         dict(predicate="attacked", place="Khartoum", date="2024-03-11"), id="gunfire-was-heard-in"),
    case("The firm came under fire from investors on Monday.",
         absent=[dict(predicate="attacked")], id="criticism-fire-is-no-attack"),
    case("Rebel fighters seized 27 Chadian soldiers at Faya air base in northern Chad on Saturday.",
         dict(predicate="attacked", subject="~Rebel fighters", object="Chad", place="Faya air base", date="2024-03-09"),
         id="fighters-seized-soldiers-at-a-base"),
    case("Rebels captured two Chadian soldiers near Abeche on Monday.",
         dict(predicate="attacked", subject="Rebels", object="Chad", place="Abeche", date="2024-03-11"),
         id="rebels-captured-soldiers"),
    case("Police seized 40 kilograms of cocaine in Lima on Monday.",
         absent=[dict(predicate="attacked")], id="seized-drugs-is-no-attack"),
    case("Moldova applied to join the EU last March, two months after Russia's invasion.",
         dict(predicate="attacked", subject="Russia", date="2023-01"), id="n-months-after-an-invasion-dated-on-the-xcomp"),
    case("Lima has long accused Quito of sheltering rebels who carry out attacks in Peru, a charge Quito denies.",
         absent=[dict(predicate="attacked", modality=("asserted", "reported"))], id="attacks-inside-an-accusation"),
    case("Peru accused Chile on Monday of violating the ceasefire, two days after rebels attacked a base in Arica.",
         dict(predicate="attacked", subject="rebels", object="base", place="Arica", date="2024-03-09",
              modality="asserted"), id="an-attack-in-a-time-clause-beside-an-accusation"),
    case("Poland has become one of Ukraine's biggest backers since Russia's full-scale invasion in February 2022.",
         dict(predicate="attacked", subject="Russia", object="Ukraine", date="2022-02"),
         id="an-invasion-with-no-of-invades-the-other-state-named"),
    case("Moldova applied to join the EU last March, two months after Russia's invasion.",
         dict(predicate="attacked", subject="Russia", object="Moldova", date="2023-01"),
         absent=[dict(predicate="attacked", object="Russia")], id="the-invaded-state-is-the-subject"),
    case("Armed gangs launched coordinated attacks across Kingston in March, storming three police stations.",
         dict(predicate="attacked", subject="~gangs", object="~police stations", date="2024-03"),
         absent=[dict(predicate="attacked", subject="~gangs", object=None)], id="launched-attacks-storming-is-one-event"),
    case("Ana Rojas declared an emergency on Monday over a rebel offensive near the border with Bolivia that has killed "
         "at least 40 people. Fighters of the Shining Path launched the offensive on Friday against a rival faction "
         "known as the Red Column.",
         dict(predicate="attacked", object="Red Column", killed=40),
         absent=[dict(predicate="attacked", subject=None, object=None, killed=40)],
         id="a-toll-with-no-sides-is-the-offensive-told-next"),
    case("A bomb attack in Kabul killed 12 people on Monday. Rebels attacked a police post in Herat on Tuesday.",
         dict(predicate="attacked", subject=None, object=None, place="Kabul", killed=12),
         id="a-toll-with-no-sides-stays-when-no-one-else-has-it"),
    case("Opposition leader Jon Ferro attacked the government's budget plan on Monday.",
         absent=[dict(predicate="attacked")], id="attacked-a-plan-is-criticism"),
    case("Ana Rojas attacked Jon Ferro over the deal on Monday.",
         absent=[dict(predicate="attacked")], id="attacked-x-over-y-is-criticism"),
    case("Ana Rojas, the foreign minister, attacked Chile for its stance on the border.",
         absent=[dict(predicate="attacked")], id="attacked-a-state-for-its-stance-is-criticism"),
    case("Jon Ferro attacked Ana Rojas in a speech on Monday.",
         absent=[dict(predicate="attacked")], id="attacked-in-a-speech-is-criticism"),
    case("The new sanctions target Russian banks and oil exporters.",
         absent=[dict(predicate="attacked")], id="sanctions-targeting-banks-are-no-attack"),
    case("Gunmen attacked the mayor of Lima on Monday.",
         dict(predicate="attacked", subject="Gunmen", object="~mayor", place="Lima", date="2024-03-11"),
         id="gunmen-attacked-an-official-is-an-attack"),
    case("Nigerian President Jon Ferro took office in 2015. He sent troops into Borno in May 2015.",
         dict(predicate="attacked", subject="Nigeria", object="Borno", place="Borno", date="2015-05"),
         id="he-sent-troops-into-a-region-of-his-state"),
    case("Chilean troops shelled Lima on Monday.",
         dict(predicate="attacked", subject="Chile", object="Peru", place="Lima", date="2024-03-11"),
         id="a-city-shelled-is-its-state-hit-there"),
    case("Insurgents seized Bamako in May 2019.",
         dict(predicate="attacked", subject="Insurgents", object="Mali", place="Bamako", date="2019-05"),
         id="a-capital-seized-is-its-state-hit-there"),
    case("Tacna lies near the border. Chilean aircraft bombed the town in April 1943, killing two people.",
         dict(predicate="attacked", subject="Chile", object="Tacna", place="Tacna", killed=2, date="1943-04"),
         absent=[dict(predicate="attacked", object="town")], id="bombed-the-town-named-before"),
    case("In July, rebels ambushed Peruvian troops near the town of Zorritos. A month later a Peruvian drone strike "
         "on the town killed 21 civilians.",
         dict(predicate="attacked", subject="Peru", object="Zorritos", place="Zorritos", killed=21, date="2023-08"),
         absent=[dict(predicate="attacked", subject="rebels", killed=21)],
         id="a-strike-on-the-town-of-an-earlier-ambush-keeps-its-own-toll"),
    case("Security forces killed dozens of protesters in the Peruvian city of Tacna in 2005.",
         dict(predicate="attacked", subject="~security forces", object="protesters", place="Tacna", date="2005"),
         id="security-forces-killed-protesters"),
    case("Al-Shabaab killed 12 Kenyan soldiers in an ambush near Garissa on Monday.",
         dict(predicate="attacked", subject="~Shabaab", object="Kenya", place="Garissa", killed=12, date="2024-03-11"),
         absent=[dict(predicate="attacked", subject=None, object=None)], id="x-killed-n-in-an-ambush"),
    case("Soldiers and police have killed five suspected gang members in clashes since January.",
         dict(predicate="attacked", subject="police", object="~gang members", killed=5),
         dict(predicate="attacked", subject="Soldiers", object="~gang members", killed=5),
         id="soldiers-and-police-killed-gang-members"),
    case("The floods killed 30 people in Tacna. The epidemic killed thousands of children.",
         absent=[dict(predicate="attacked")], id="a-disaster-killing-people-is-no-attack"),
    case("Chilean forces downed a Peruvian military helicopter over Tacna on Monday.",
         dict(predicate="attacked", subject="Chile", object="Peru", place="Tacna", date="2024-03-11"),
         id="forces-downed-a-demonyms-helicopter"),
    case("The row is over a Chilean drone that Peruvian air defences shot down near the border last week.",
         dict(predicate="attacked", subject="Peru", object="Chile", place="~border"),
         id="a-drone-that-air-defences-shot-down"),
    case("Protesters shot down the proposal on Monday.",
         absent=[dict(predicate="attacked")], id="shooting-down-a-proposal-is-no-attack"),
    case("Foreign troops used the base until 2005, when Lima ordered them out after security forces killed dozens of "
         "workers in Tacna.",
         dict(predicate="attacked", subject="~security forces", object="~workers", place="Tacna", date="2005"),
         id="troops-killed-people-in-a-when-clause-on-a-year"),
    case("Tension grew after the May 2 attack on a concert hall outside Lima, in which gunmen killed 40 people.",
         dict(predicate="attacked", object="~concert hall", place="Lima", killed=40),
         absent=[dict(predicate="attacked", object="people")], id="a-kill-in-which-clause-of-an-attack-is-that-attack"),
    case("Rebels attacked a post near Tacna on Monday. The Shining Path claimed responsibility, saying its fighters had "
         "killed twenty soldiers.",
         absent=[dict(predicate="attacked", object="soldiers")], id="a-kill-told-in-a-claim-of-responsibility-is-no-new-attack"),
]


@pytest.mark.parametrize("text, expected, absent, date", HOSTILITIES)
def test_hostilities(nlp, text, expected, absent, date):
    check(nlp, text, expected, absent, date)


# ---------------------------------------------------------------------------------------------
# figures: percentages, money, counts

FIGURES = [
    case("Japan sent medical teams and 2 billion yen ($13 million) in emergency aid, and South Korea delivered more "
         "than 300 tonnes of relief supplies.",
         dict(predicate="reportedFigure", quantity=2e9, measure="~emergency aid"),
         dict(predicate="reportedFigure", quantity=13e6, unit="USD", measure="~emergency aid"),
         dict(predicate="reportedFigure", quantity=300, unit="tonnes", measure="~relief supplies"),
         id="a-sum-conjoined-with-another-object-and-tonnes-of-something"),
    case("Kazakhstan's western fields hold about 9 billion barrels of oil, and Nigeria now pumps some 1.4 million "
         "barrels a day.",
         dict(predicate="reportedFigure", quantity=9e9, unit="barrels", measure="~oil"),
         dict(predicate="reportedFigure", quantity=1.4e6, unit="barrels", subject="Nigeria"), id="barrels-as-the-unit"),
    case("Copenhagen pays the Faroe Islands an annual grant of about 0.6 billion kroner. Oslo set aside 2 billion "
         "Norwegian kroner for the fund.",
         dict(predicate="reportedFigure", quantity=6e8, unit="DKK"),
         dict(predicate="reportedFigure", quantity=2e9, unit="NOK"), id="kroner-danish-and-norwegian"),
    case("Chile said trade between Peru and Bolivia reached $4.2 billion last year.",
         dict(predicate="reportedFigure", quantity=4.2e9, unit="USD", subject="Peru"), id="trade-between-two-states"),
    case("Chile will provide A$200m to fund its police. Norway's aid agency has pledged $100 million. About 400 "
         "Ghanaian police officers arrived. Peru, a country of 34 million people, voted.",
         dict(predicate="reportedFigure", quantity=2e8, unit="AUD", subject="Chile"),
         dict(predicate="reportedFigure", quantity=1e8, unit="USD", subject="Norway"),
         dict(predicate="reportedFigure", quantity=400, subject="Ghana"),
         dict(predicate="reportedFigure", quantity=3.4e7, subject="Peru"), id="figure-subject"),
    case("More than 1.1 million people have fled their homes. Chile has a population estimated at more than 19 "
         "million. A trust fund had received only $21 million by mid-June.",
         dict(predicate="reportedFigure", quantity=1.1e6, measure="~fled"),
         dict(predicate="reportedFigure", quantity=1.9e7, measure="~population"),
         dict(predicate="reportedFigure", quantity=2.1e7, measure="~trust fund", period="2023-06"),
         id="people-fled-population-estimated-at-and-a-month-period"),
    case("The pact commits them to consult on the future of Tigray, where 97.7% of voters chose autonomy in 2019.",
         dict(predicate="reportedFigure", quantity=97.7, unit="percent", subject="Tigray"), id="a-figure-where-clause"),
    case("Inflation in Turkey reached 46.2 percent in 2023.",
         dict(predicate="reportedFigure", quantity=46.2, unit="percent", measure="~inflation", period="2023"),
         id="percent-period"),
    case("Nigeria's economy grew 3.4 percent last year.",
         dict(predicate="reportedFigure", quantity=3.4, unit="percent", measure="~economy"), id="percent-growth"),
    case("The World Bank approved a $500 million loan for Kenya.",
         dict(predicate="reportedFigure", object=Quantity(500000000, "USD", False), unit="USD"), id="usd-million"),
    case("About 7,000 refugees crossed into Chad in January.",
         dict(predicate="reportedFigure", quantity=7000, approximate=True, measure="~refugees"),
         id="approximate-count"),
    case("Unemployment in Armenia fell to 12 percent in 2022.",
         dict(predicate="reportedFigure", quantity=12, unit="percent", measure="~unemployment", period="2022"),
         id="percent-fell"),
    case("Exports to China rose by 15 percent, to $4.5 billion.",
         dict(predicate="reportedFigure", quantity=15, unit="percent"),
         dict(predicate="reportedFigure", quantity=4.5e9, unit="USD"), id="percent-and-billion"),
    case("The European Union allocated 50 million euros to Armenia.",
         dict(predicate="reportedFigure", quantity=5e7, unit="EUR"), id="euros",),
    case("The alliance sent 2,030 troops and about 250 pieces of military hardware.",
         dict(predicate="reportedFigure", quantity=250, measure="pieces of military hardware"),
         id="pieces-of"),
    case("Syldavia sent 200 of its servicemen home; 40 of the soldiers stayed. Three of the gunmen were killed.",
         dict(predicate="reportedFigure", quantity=200, measure="~servicemen"),
         dict(predicate="reportedFigure", quantity=40, measure="~soldiers"),
         absent=[dict(predicate="reportedFigure", quantity=3)], id="n-of-the-x"),
    case("China already buys about 65 percent of the archipelago's exports.",
         dict(predicate="reportedFigure", quantity=65, unit="percent", measure="~exports"), id="percent-of-x"),
    case("Canada would raise its aid budget by £2bn, and Peru will pay an estimated $1.2bn a year in transit fees.",
         dict(predicate="reportedFigure", quantity=2e9, unit="GBP", measure="~aid budget"),
         dict(predicate="reportedFigure", quantity=1.2e9, unit="USD", measure="~transit fees"),
         id="money-by-and-in"),
    case("Ghana deployed 800 troops at a cost of R650-million. Officials put its cost at A$12 billion ($8 billion).",
         dict(predicate="reportedFigure", quantity=6.5e8, unit="ZAR", measure="~cost"),
         dict(predicate="reportedFigure", quantity=1.2e10, unit="AUD", measure="~cost"),
         dict(predicate="reportedFigure", quantity=8e9, unit="USD", measure="~cost"), id="rand-and-australian-dollars"),
    case("Norway gave Kenya 30 million euros' worth of radios. Chile halted its $15-billion copper project.",
         dict(predicate="reportedFigure", quantity=3e7, unit="EUR", measure="~radios"),
         dict(predicate="reportedFigure", quantity=1.5e10, unit="USD", measure="~copper project"), id="worth-of-and-hyphen-billion"),
    case("The Ghanaian force has since grown to about 3,000. Some 500 of them serve in a joint border force.",
         dict(predicate="reportedFigure", quantity=3000, measure="~force"),
         dict(predicate="reportedFigure", quantity=500, measure="~border force"), id="grown-to-and-n-of-them"),
    case("The Chilean senate approved the treaty by 40 votes to three. Some 300,000 people were displaced.",
         dict(predicate="reportedFigure", quantity=3, measure="votes"),
         dict(predicate="reportedFigure", quantity=300000, measure="~displaced"), id="vote-tally-and-displaced"),
    case("Peru keeps about 1,200 troops in Haiti and 400 in Chad. Spain has 900 soldiers there; Italy has some 600.",
         dict(predicate="reportedFigure", quantity=400, measure="troops"),
         dict(predicate="reportedFigure", quantity=600, measure="soldiers"), id="elided-counted-noun"),
    case("Chile will spend 2.4% of its GDP on defence, above the bloc's 2% target. Peru was the last of the "
         "bloc's 31 members to vote. Drones killed 20 soldiers and over 30 civilians.",
         dict(predicate="reportedFigure", quantity=2.4, measure="~GDP"),
         dict(predicate="reportedFigure", quantity=2, measure="target"),
         absent=[dict(predicate="reportedFigure", quantity=31), dict(predicate="reportedFigure", quantity=30)],
         id="percent-target-members-and-toll-conjunct"),
    case("Blasts knocked out two radio masts near Lima. Chilean jets shot down 18 drones and two cruise missiles. "
         "Militants claimed attacks on three bases.",
         absent=[dict(predicate="reportedFigure", quantity=2), dict(predicate="reportedFigure", quantity=18),
                 dict(predicate="reportedFigure", quantity=3)], id="no-counts-of-what-an-attack-destroyed"),
    case("Remittances from Russia reached about $2.7 billion last year. In the first eight months of this year they "
         "fell 21 percent, to $1.6 billion.",
         dict(predicate="reportedFigure", quantity=21, measure="~Remittances", period="2024"),
         dict(predicate="reportedFigure", quantity=1.6e9, measure="~Remittances", period="2024"),
         id="they-fell-takes-the-subject-before"),
    case("The White House has asked Congress for a further $24 billion for Ukraine. About 16,000 Filipino, Japanese, "
         "Australian and French troops took part in the annual drills in April.",
         dict(predicate="reportedFigure", quantity=2.4e10, unit="USD", measure="~Ukraine"),
         dict(predicate="reportedFigure", quantity=16000, measure="~troops"), id="money-for-a-state-and-demonym-list-troops"),
    case("He pledged grants worth 2.4 billion Sri Lankan rupees for development projects.",
         dict(predicate="reportedFigure", quantity=2400000000, unit="LKR"), id="sri-lankan-rupees-are-not-indian"),
    case("The two leaders inaugurated the 120-megawatt Sampur solar power plant on Saturday.",
         dict(predicate="reportedFigure", quantity=120, unit="megawatt", measure="~solar power plant"),
         id="a-hyphenated-unit"),
    case("In May the two governments signed a 64.3 billion yen ($400 million) loan agreement. Ivo Marek pledged "
         "grants worth 2.4 billion Sri Lankan rupees (about $8 million) for schools.",
         dict(predicate="reportedFigure", quantity=4e8, unit="USD", measure="loan agreement"),
         dict(predicate="reportedFigure", quantity=8e6, unit="USD", measure="~grants"),
         id="a-converted-sum-measures-what-its-original-does"),
    case("Chile leased the port to a Chinese firm in 2017 for $1.12 billion. The United Nations has appealed for "
         "$3 billion for Sudan this year.",
         dict(predicate="reportedFigure", quantity=1.12e9, unit="USD", measure="~leased port"),
         dict(predicate="reportedFigure", quantity=3e9, unit="USD", measure="~appealed"),
         id="a-sum-paid-for-an-act"),
    case("The Red Cross of Chile sent $100,000 in emergency cash aid to Peru last week for families displaced by "
         "floods. Last year the European Union delivered armoured vehicles and drones worth 11.75 million euros to "
         "Benin's army.",
         dict(predicate="reportedFigure", quantity=1e5, unit="USD", measure="emergency cash aid"),
         dict(predicate="reportedFigure", quantity=1.175e7, unit="EUR", measure="~drones worth"),
         id="money-in-before-for-and-worth-on-the-verb"),
    case("Of the funding, A$100 million will go to direct budget support over five years and A$40 million to the "
         "Nauru Police Force over four years. Lithuania is paying for the new barracks, estimated to cost about 1 "
         "billion euros. It has provided $300 million for the mission.",
         dict(predicate="reportedFigure", quantity=1e8, unit="AUD", measure="~budget support"),
         dict(predicate="reportedFigure", quantity=4e7, unit="AUD", measure="~Police Force"),
         dict(predicate="reportedFigure", quantity=1e9, unit="EUR", measure="~cost"),
         dict(predicate="reportedFigure", quantity=3e8, unit="USD", measure="~provided"),
         id="money-goes-to-and-the-verb-that-spends-it"),
    case("Australia will give the tiny Pacific island nation of Nauru A$140 million (US$89 million) in return for a "
         "veto.",
         dict(predicate="reportedFigure", quantity=1.4e8, unit="AUD", measure="give", subject="Australia"),
         id="a-sum-given-to-a-state"),
    case("The two men shook hands. The three mediators met in Geneva. India helped Sri Lanka in its 2022 economic "
         "crisis. Jan Nowak said the army had obtained \"100 percent\" of what it sought.",
         absent=[dict(predicate="reportedFigure", quantity=2), dict(predicate="reportedFigure", quantity=3),
                 dict(predicate="reportedFigure", quantity=2022), dict(predicate="reportedFigure", quantity=100)],
         id="no-figures-for-the-two-men-a-year-or-a-quoted-whole"),
    case("Russia keeps an estimated 4,000 troops at its base in Gudauta.",
         dict(predicate="reportedFigure", quantity=4000, measure="~troops"), id="an-estimated-n-troops"),
    case("Armed groups launched more than 170 drone and rocket attacks on Chilean forces. A trust fund had "
         "received only $21 million by June. Peru launched a planned $17bn road and rail corridor.",
         dict(predicate="reportedFigure", quantity=170, measure="~attacks"),
         dict(predicate="reportedFigure", quantity=2.1e7, measure="~trust fund"),
         dict(predicate="reportedFigure", quantity=1.7e10, measure="~road and rail corridor"),
         id="counted-noun-after-a-compound-list"),
    case("Chad has taken in some 60,000 refugees, and Egypt, Sudan's northern neighbour, more than 110,000. More "
         "than 1.1 million people have fled their homes, including about 250,000 who crossed into neighbouring "
         "countries.",
         dict(predicate="reportedFigure", quantity=110000, measure="refugees", subject="Egypt"),
         dict(predicate="reportedFigure", quantity=250000, measure="~crossed"),
         id="gapped-count-and-a-count-with-a-relative-clause"),
    case("Ivo Marek said the number of soldiers near the border had been cut to about 7,500 from 14,000.",
         dict(predicate="reportedFigure", quantity=7500, measure="~number of soldiers"),
         dict(predicate="reportedFigure", quantity=14000, measure="~number of soldiers"),
         id="the-number-of-x-cut-to-n-from-m"),
    case("The army said soldiers had arrested 1,975 people since January. The strikes killed five of the group's "
         "fighters and wounded six others.",
         dict(predicate="reportedFigure", quantity=1975, measure="~arrested"),
         dict(predicate="reportedFigure", quantity=6, measure="~wounded"),
         id="people-counted-by-the-verb"),
    case("The fighting killed four people -- a police sergeant and three of the gunmen. The gangs stormed two of the "
         "capital's largest prisons.",
         absent=[dict(predicate="reportedFigure", quantity=3), dict(predicate="reportedFigure", quantity=2)],
         id="no-partitive-tolls-or-targets"),
    case("Bilateral trade in the first five months of 2022 saw a 46.2 percent year-on-year increase, they noted. "
         "The mission had about 9,000 troops in Chad at the start of the year. Peru buys about 1.75 million barrels "
         "a day of Saudi crude.",
         dict(predicate="reportedFigure", quantity=46.2, measure="~trade increase", period="~2022"),
         dict(predicate="reportedFigure", quantity=9000, measure="troops", period="2024"),
         dict(predicate="reportedFigure", quantity=1750000, measure="~crude", unit="barrels"),
         id="a-change-noun-the-year-of-a-span-and-a-rate"),
    case("The statement did not say how many of the roughly 2,500 US troops in Iraq would go home.",
         dict(predicate="reportedFigure", quantity=2500, modality=PLAIN), id="how-many-of-n-is-not-negated"),
    case("Peru, Chile and Ghana have also promised personnel, bringing the total pledged to about 2,500. More than "
         "2,500 people were killed or injured across Haiti between January and March.",
         dict(predicate="reportedFigure", quantity=2500, measure="~total pledged"),
         dict(predicate="reportedFigure", quantity=2500, measure="~killed", period="~January"),
         id="a-total-brought-to-n-and-a-casualty-count"),
    case("Floods caused by a storm burst two dams and killed nearly 4,000 people. China later said four of its "
         "soldiers had died. Government spokesman Ivo Marek said 28 soldiers had died. As many as 600,000 civilians "
         "may have died.",
         dict(predicate="reportedFigure", quantity=4000, measure="~killed"),
         dict(predicate="reportedFigure", quantity=4, measure="~soldiers"),
         dict(predicate="reportedFigure", quantity=600000, measure="~died"),
         absent=[dict(predicate="reportedFigure", quantity=28)], id="deaths-that-are-figures-and-a-toll-that-is-not"),
    case("At least 705 people had been killed and more than 5,000 injured, the agency said.",
         absent=[dict(predicate="reportedFigure", quantity=705)], id="killed-and-n-injured-is-still-a-toll"),
    case("Poland is spending 4.1% of its GDP on defence this year and plans to raise that to 4.7% in 2025.",
         dict(predicate="reportedFigure", quantity=4.7, measure="~GDP", period="2025"), id="raise-that-to-n-percent"),
    case("Last year the US lent Poland $2 billion.",
         dict(predicate="reportedFigure", quantity=2000000000, unit="USD", measure="~lent"),
         id="the-measure-keeps-the-verb-as-written"),
    # a rate after the figure is its period
    case("Norway gives Ghana about $90 million in aid each year. Before the drought, Zambia exported 2m tonnes of "
         "maize a month. The fund has grown by 12 percent annually.",
         dict(predicate="reportedFigure", quantity=9e7, period="per year"),
         dict(predicate="reportedFigure", quantity=2e6, period="per month"),
         dict(predicate="reportedFigure", quantity=12, period="per year"), id="a-rate-is-the-period"),
    case("Exports reached $6 billion in 2023, up from $4 billion a year earlier.",
         dict(predicate="reportedFigure", quantity=6e9, period="2023"),
         absent=[dict(predicate="reportedFigure", quantity=4e9, period="per year")], id="a-year-earlier-is-no-rate"),
]


@pytest.mark.parametrize("text, expected, absent, date", FIGURES)
def test_figures(nlp, text, expected, absent, date):
    check(nlp, text, expected, absent, date)


# ---------------------------------------------------------------------------------------------
# statements: said that, told reporters, according to, quotes with the attribution after them

STATEMENTS = [
    case("Three days after the blast, Marek Dvor apologized to Jan Kral for what the Kremlin called a \"regrettable "
         "accident\". Kazakh officials thanked the soldiers for their work against what Tomas Brod calls \"bandits\".",
         dict(predicate="stated", subject="Kremlin", gist="regrettable accident"),
         dict(predicate="stated", subject="Tomas Brod", gist="bandits"),
         absent=[dict(predicate="stated", subject="Marek Dvor", gist="regrettable accident"),
                 dict(predicate="stated", subject="Kazakhstan", gist="bandits")], id="what-x-called-a-quoted-name"),
    case("Russian troops have begun drills near the Polish border, Belarus's defence ministry has said. The ministry "
         "said on Thursday that the drills would last a week.",
         dict(predicate="stated", subject="~defence ministry", gist="~would last a week", date="2024-03-14"),
         absent=[dict(predicate="stated", subject="ministry")], id="the-ministry-named-before"),
    case("The admission came on March 12 during talks between the two leaders in Dushanbe. Jan Kral, who had held "
         "talks with Tajik President Ivo Marek a day earlier, said two missiles had exploded near the aircraft.",
         dict(predicate="stated", subject="Jan Kral", gist="~two missiles", date="2024-03-12"),
         absent=[dict(predicate="stated", subject="Jan Kral", date="2024-03-11")],
         id="a-speaker-who-had-met-a-day-earlier"),
    case("The army seized Lashio in March. Aye Kyaw Lwin, a researcher at a Yangon think tank, said the army would "
         "act. Min Thet Naing has promised to hold elections in December.",
         dict(predicate="stated", subject="Aye Kyaw Lwin", gist="~the army would act"),
         dict(predicate="stated", subject="Min Thet Naing", gist="~hold elections"),
         absent=[dict(predicate="stated", subject="Kyaw Lwin|Thet Naing")], id="a-name-the-tagger-opened-one-word-late"),
    case("Addressing the council in New York on March 6, Foreign Minister Tomas Brod said the mission had failed. "
         "El-Ghassim Wane, the Mauritanian diplomat who heads the mission, called the plan \"a challenge\". Speaking "
         "to reporters in Bamako, he said no mission could work without consent.",
         dict(predicate="stated", subject="Tomas Brod", gist="~mission had failed", date="2024-03-06"),
         dict(predicate="stated", subject="El-Ghassim Wane", gist="~without consent"),
         dict(predicate="holdsRole", subject="El-Ghassim Wane", roleTitle="Diplomat"),
         absent=[dict(predicate="stated", gist="~Speaking to reporters")], id="addressing-on-a-day-and-speaking-he-said"),
    case("The US was kept informed by the Chileans but was not involved, White House spokesman Tomas Brod said. UN "
         "Secretary-General Ana Rojas thanked Peru and Chile for their efforts. Envoy Eva Cruz condemned Peru's "
         "\"aggressive\" actions.",
         dict(predicate="stated", subject="Tomas Brod", gist="~kept informed"),
         dict(predicate="stated", subject="Ana Rojas", gist="~thanked Peru"),
         dict(predicate="stated", subject="Eva Cruz", gist="~aggressive"),
         absent=[dict(predicate="stated", subject="Chile")], id="thanked-condemned-and-kept-informed"),
    case("The commander of the Ghanaian contingent, Kofi Boateng, said his officers had come \"to support the "
         "police\". Paulo Costa, a former officer known as \"Barbecue\", said his men would resist.",
         dict(predicate="stated", subject="Kofi Boateng", gist="~to support the police"),
         dict(predicate="holdsRole", subject="Kofi Boateng", object="Ghana", roleTitle="Commander"),
         dict(predicate="stated", subject="Paulo Costa", gist="~his men would resist"),
         absent=[dict(predicate="stated", gist="Barbecue")], id="title-of-a-body-then-name-and-a-nickname"),
    case("Ali Musa, the group's spokesman, condemned the raids as \"a violation\" and warned that Chile would face "
         "\"consequences\". \"Peru is safe,\" Carlos Mendoza told reporters, adding that Peru would never support sanctions.",
         dict(predicate="stated", subject="Ali Musa", gist="~Chile would face"),
         dict(predicate="stated", subject="Carlos Mendoza", gist="~never support sanctions"), id="warned-that-and-adding-that"),
    case("Foreign Minister Ali Musa announced on November 28 that Chad was ending the accord, last revised in 2019, "
         "saying it was time to act. Ana Rojas, speaking in Lima on Sunday, asked for calm and said \"we shall act\".",
         dict(predicate="stated", subject="Ali Musa", gist="~time to act", date="2023-11-28"),
         dict(predicate="stated", subject="Ana Rojas", gist="~we shall act", date="2024-03-10"),
         id="saying-that-takes-the-main-verbs-day"),
    case("Brazilian President Paulo Costa said that Brazil would sign the treaty.",
         dict(predicate="stated", subject="Paulo Costa", gist="~Brazil would sign the treaty", date="2024-03-15"),
         dict(predicate="signedAgreementWith", subject="Brazil", modality="reported", speaker="Paulo Costa"),
         id="said-that"),
    case("Kenyan Foreign Minister Grace Wanjiru told reporters that Kenya had sent troops to Haiti.",
         dict(predicate="stated", subject="Grace Wanjiru", gist="~sent troops to Haiti"),
         dict(predicate="hasMilitaryPresenceIn", subject="Kenya", object="Haiti", modality="reported",
              speaker="Grace Wanjiru"), id="told-reporters"),
    case("According to Egyptian officials, Qatar provided $50 million to Lebanon.",
         dict(predicate="providedAssistanceTo", subject="Qatar", object="Lebanon", modality="reported",
              speaker="Egypt"), id="according-to"),
    case("According to the Armenian defence ministry, Azerbaijan attacked Armenia on Tuesday.",
         dict(predicate="attacked", subject="Azerbaijan", object="Armenia", modality="reported",
              speaker="Armenia|~defence ministry", date="2024-03-12"), id="according-to-ministry"),
    case("\"We will not withdraw from Syria,\" said Turkish Defence Minister Kemal Arslan.",
         dict(predicate="stated", subject="Kemal Arslan", gist="~We will not withdraw from Syria"),
         id="quote-then-said"),
    case("\"Our troops will stay in Iraq,\" Jordanian Foreign Minister Sami Khoury told journalists on Monday.",
         dict(predicate="stated", subject="Sami Khoury", gist="~Our troops will stay in Iraq", date="2024-03-11"),
         id="quote-then-told-dated"),
    case("Mongolian Foreign Minister Batbold Ganzorig announced that Mongolia would host the summit.",
         dict(predicate="stated", subject="Batbold Ganzorig", gist="~Mongolia would host the summit"),
         id="announced"),
    case("Kazakh officials said that Russia keeps 5,000 troops in Kazakhstan.",
         dict(predicate="hasMilitaryPresenceIn", subject="Russia", object="Kazakhstan", troops=5000,
              modality="reported", speaker="Kazakhstan"), id="officials-said-presence"),
    case("Chilean President Ana Rojas said the port would reopen in May, but added that no date had been set.",
         dict(predicate="stated", subject="Ana Rojas", gist="~port would reopen"),
         dict(predicate="stated", subject="Ana Rojas", gist="~no date had been set"), id="said-but-added"),
    case('Polish Foreign Minister Jan Nowak called the vote "a historic step" and said the treaty "will hold".',
         dict(predicate="stated", subject="Jan Nowak", gist="a historic step"),
         dict(predicate="stated", subject="Jan Nowak", gist="~treaty"), id="called-quoted-and-said"),
    case("The African Union called for calm.",
         absent=[dict(predicate="stated")], id="called-for-no-statement"),
    case('Mexican President Andres Manuel Lopez Obrador visited Havana on Monday. Lopez said Mexico "will not '
         'abandon" its neighbours.',
         dict(predicate="stated", subject="Andres Manuel Lopez Obrador", gist="~will not"), id="middle-name-speaker"),
    case("Kenyan Foreign Minister Ivo Marek questioned the deployment, remarking that \"troops rarely leave.\"",
         dict(predicate="stated", subject="Ivo Marek", gist="~troops rarely leave"), id="participle-speech-verb"),
    case("Chilean President Ana Rojas told her troops in Peru on Tuesday that they would stay. Rojas, who arrived on "
         "Monday, toured the camp. \"We will stay as long as it takes,\" Rojas said.",
         dict(predicate="stated", subject="Ana Rojas", gist="~as long as it takes", date="2024-03-12"),
         absent=[dict(predicate="stated", gist="~as long as it takes", date="2024-03-15|2024-03-11")],
         id="same-speaker-same-occasion"),
    case("Peruvian Defence Minister Jan Nowak arrived in Lima on Monday and held talks that evening with General "
         "Ivo Marek. On Tuesday he met President Ana Rojas. \"We are staying,\" Nowak told reporters after the meeting.",
         dict(predicate="stated", subject="Jan Nowak", gist="~We are staying", date="2024-03-12"),
         id="after-the-meeting-is-the-last-meeting"),
    case("Chilean President Ana Rojas told her troops in Peru on Tuesday that they would stay. Peruvian President Jan "
         "Nowak thanked Chile for its \"decisive\" support, saying the rebels had been driven out.",
         dict(predicate="stated", subject="Jan Nowak", gist="~rebels had been driven out", date="2024-03-12"),
         id="a-reply-on-the-occasion-just-told"),
    case("Officials in Lima say the force has grown. Diplomats said the truce would hold. A Chilean official said "
         "that would not happen. Some opposition politicians in Quito said the text went too far.",
         absent=[dict(predicate="stated")], id="unnamed-speakers-give-no-statement"),
    case("In Lima, the foreign ministry said that all requests would be considered. Its cabinet called the memorandum "
         "\"null and void\".",
         dict(predicate="stated", subject="~foreign ministry", gist="~all requests"),
         dict(predicate="stated", subject="~cabinet", gist="null and void"), id="a-body-speaks"),
    case("Chile and Peru have agreed that the troops will leave by September 15, the two governments said. The "
         "agreement was announced in a joint statement on Sunday. \"The withdrawal has already begun,\" the statement said.",
         dict(predicate="stated", subject="Chile", gist="~September 15", date="2024-03-10"),
         dict(predicate="stated", subject="Peru", gist="~already begun", date="2024-03-10"),
         id="two-governments-and-the-statement"),
    case("Pedro Alves, Peru's parliament speaker, urged displaced people to go home, while Prime Minister Jan Nowak "
         "called the truce \"a fundamental step\" toward restoring calm.",
         dict(predicate="stated", subject="Pedro Alves", gist="~go home"),
         dict(predicate="stated", subject="Jan Nowak", gist="a fundamental step"),
         absent=[dict(predicate="stated", subject="Pedro Alves", gist="a fundamental step")],
         id="second-speaker-of-a-sentence-keeps-its-quote"),
    case("Tehran rejected the accusation. Chile argues that the transfer breaches the spirit of the non-proliferation "
         "treaty, a charge Lima rejects. Parliament rejected the bill.",
         dict(predicate="stated", subject="Iran", gist="~accusation"),
         dict(predicate="stated", subject="Peru", gist="~a charge Lima rejects"),
         absent=[dict(predicate="stated", gist="~the bill")], id="rejecting-a-charge"),
    case("Ghana has committed 900 soldiers to the mission for an initial three months, President Ana Rojas informed "
         "Parliament in July. President "
         "Jan Nowak blamed \"pro-war factions\" for the blasts.",
         dict(predicate="stated", subject="Ana Rojas", gist="~900 soldiers", date="2023-07"),
         dict(predicate="stated", subject="Jan Nowak", gist="pro-war factions"), id="informed-and-blamed"),
    case("The conflict has killed more than 3,000 people, according to the World Health Organization, and the United "
         "Nations says more than 500,000 people have fled their homes.",
         dict(predicate="stated", subject="United Nations", gist="~500,000"), id="according-to-and-a-second-speaker"),
    case("President Ana Rojas held talks with Prime Minister Jan Nowak in Lima on Tuesday. According to a summary "
         "of the meeting, Nowak assured her that there would be no foreign base.",
         dict(predicate="stated", subject="Jan Nowak", gist="~no foreign base", date="2024-03-12"),
         absent=[dict(predicate="stated", subject="~summary")], id="assured-at-the-meeting-told-before"),
    case("Armenian Prime Minister Nikol Vardan met German Foreign Minister Anna Berg. Armenian Foreign Minister Aram "
         "Petrosyan and Azerbaijani Foreign Minister Elchin Aliyev held talks in Berlin. The foreign ministers of "
         "Armenia and Azerbaijan ended two days of talks on Thursday, but said they had made progress.",
         dict(predicate="stated", subject="Aram Petrosyan", gist="~made progress"),
         dict(predicate="stated", subject="Elchin Aliyev", gist="~made progress"),
         absent=[dict(predicate="stated", subject="Anna Berg|Nikol Vardan")], id="the-ministers-of-a-and-b-said"),
    case("NATO leaders said last July that Ukraine would be invited to join the alliance.",
         dict(predicate="stated", subject="~NATO", gist="~Ukraine would be invited"), id="bloc-leaders-said"),
    case("Ethiopian Prime Minister Abiy Ahmed spoke in Addis Ababa. In October, Abiy told parliament that access to "
         "the sea was an \"existential\" issue. In February last year, Chilean President Ana Rojas accused Peru of "
         "plotting against her government, a charge Lima denied.",
         dict(predicate="stated", subject="Abiy Ahmed", gist="~existential", date="2023-10"),
         dict(predicate="stated", subject="Peru", gist="~a charge Lima denied"), id="surname-speaker-and-a-charge-denied"),
    case("In January, a Chilean tank fired at an observation tower at the mission's headquarters, wounding two "
         "peacekeepers, the mission said.",
         dict(predicate="stated", subject="~mission", gist="~observation tower", date="2024-01"),
         id="past-event-told-before-said-takes-its-date"),
    case("Chilean Foreign Minister Ana Rojas met President Jan Nowak. Nowak thanked her and said Peru needed more "
         "radars \"before winter.\"",
         dict(predicate="stated", subject="Jan Nowak", gist="~before winter"), id="surname-subject-at-sentence-start"),
    case("Brazilian President Luiz Silva met Chilean President Ana Rojas. Silva said Brazil needed the submarines. "
         "\"A country of our size cannot leave its sea undefended,\" the veteran leftist said.",
         dict(predicate="stated", subject="Luiz Silva", gist="~undefended"),
         absent=[dict(predicate="stated", subject="Ana Rojas")], id="an-epithet-is-the-last-speaker"),
    case("Ghana has sent 296 troops, while Chile, Peru and Brazil have pledged personnel. US Secretary of State Jan "
         "Nowak arrived in Lima on an unannounced visit and pledged more than $1 billion in new aid for Peru. Chilean "
         "President Ana Rojas pledged Chile's continued support for Peru's sovereignty.",
         dict(predicate="stated", subject="Ana Rojas", gist="~continued support"),
         absent=[dict(predicate="stated", subject="Chile|Jan Nowak")], id="a-pledge-of-troops-or-money-says-nothing"),
    case("Turkey also bombed border crossings between Iraq and Syria that it said militants used to smuggle in weapons.",
         dict(predicate="stated", subject="Turkey", gist="~smuggle"),
         absent=[dict(predicate="stated", subject="Syria|Iraq")], id="it-in-a-relative-clause-is-the-main-subject"),
    case("Chilean Defence Minister Ana Rojas put the plan's cost at $9 billion through 2055 and said it would create "
         "around 20,000 jobs.",
         dict(predicate="stated", subject="Ana Rojas", gist="~20,000 jobs", date="2024-03-15"),
         absent=[dict(predicate="stated", date="2055")], id="no-statement-is-dated-in-the-future"),
    case("KINGSTOWN, St. Vincent (AP) — Venezuelan President Nicolás Maduro and Guyanese President Irfaan Ali met "
         "on Thursday. The presidents of Venezuela and Guyana promised not to use force.",
         dict(predicate="stated", subject="Nicolás Maduro", gist="not to use force"),
         dict(predicate="stated", subject="Irfaan Ali", gist="not to use force"),
         absent=[dict(predicate="stated", subject="~Vincent")], date="2023-12-15",
         id="the-presidents-of-a-and-b-are-the-holders-named"),
    case("PRETORIA, South Africa (AP) — Ethiopia and the Tigray region agreed on Wednesday to a permanent cessation of "
         "hostilities, a deal that could end the war. \"This moment is not the end of the peace process but the beginning "
         "of it,\" said Olusegun Obasanjo, the African Union envoy.",
         dict(predicate="stated", subject="Olusegun Obasanjo", gist="~not the end of the peace process", date="2022-11-02"),
         date="2022-11-03", id="undated-quote-on-the-day-the-lede-tells"),
    case("QUITO, Ecuador (AP) — President Daniel Noboa declared a 60-day state of emergency on Monday.",
         absent=[dict(predicate="stated")], date="2022-11-03", id="declaring-an-emergency-is-an-act-not-a-statement"),
    case("\"We will not retreat,\" President Ana Rojas wrote in an essay published on Tuesday by a daily in Lima.",
         dict(predicate="stated", subject="Ana Rojas", gist="~not retreat", date="2024-03-12"),
         id="written-in-an-article-published-on-a-day-is-said-that-day"),
    case("The Cook Islands Prime Minister Mark Dvor, who hosted the meeting, said the leaders had agreed on a new fund.",
         dict(predicate="stated", subject="Mark Dvor", gist="~new fund"),
         absent=[dict(predicate="stated", subject="Cook Islands")], id="state-and-title-before-a-name-is-the-name-speaking"),
    case("Foreign Minister Jan Dvor, who called on the delegation at its hotel and said Poland was willing to help, "
         "left on Sunday.",
         dict(predicate="stated", subject="Jan Dvor", gist="~willing to help"),
         id="who-said-in-a-relative-clause-is-the-noun-speaking"),
    case("The Polish foreign minister visited Peru in February and met Ana Rojas, who then announced that Peru would "
         "leave the pact.",
         dict(predicate="stated", subject="Ana Rojas", gist="~leave the pact", date="2024-02"),
         id="who-then-announced-is-dated-by-the-clause-before"),
    case("Turkey and the United States blamed Iran for the strike on the refinery.",
         dict(predicate="stated", subject="Turkey", gist="~blamed Iran"),
         dict(predicate="stated", subject="United States", gist="~blamed Iran"),
         id="two-named-subjects-each-speak"),
    case("Poland blamed Belarus, which denied any role in the crisis.",
         dict(predicate="stated", subject="Poland", gist="~blamed Belarus"),
         dict(predicate="stated", subject="Belarus", gist="~denied any role"),
         id="which-denied-is-the-noun-speaking"),
    case("Chad, Benin, Kenya and Jamaica have also promised personnel for the mission.",
         absent=[dict(predicate="stated", subject="Benin|Kenya|Jamaica")], id="a-list-of-pledging-states-is-not-each-a-speaker"),
    case("Poland protested on Monday against the closure of the border. Opposition leader Ana Rojas conceded defeat late "
         "on Saturday. Hungary objected in 2015 when the two states agreed on the route.",
         dict(predicate="stated", subject="Poland", gist="~protested", date="2024-03-11"),
         dict(predicate="stated", subject="Ana Rojas", gist="~conceded defeat", date="2024-03-09"),
         dict(predicate="stated", subject="Hungary", gist="~objected", date="2015"),
         id="protesting-conceding-objecting-are-statements"),
    case("Lithuania will protest loudly, but it wants no rupture with Minsk.",
         absent=[dict(predicate="stated", subject="Lithuania")], id="a-speech-act-foretold-is-not-made"),
]


@pytest.mark.parametrize("text, expected, absent, date", STATEMENTS)
def test_statements(nlp, text, expected, absent, date):
    check(nlp, text, expected, absent, date)


# ---------------------------------------------------------------------------------------------
# person relations: son of, daughter, replaced, succeeded

PERSON_RELATIONS = [
    case("Ana Rojas, the daughter of former president Luis Rojas, won the vote.",
         dict(predicate="daughterOf", subject="Ana Rojas", object="Luis Rojas"), id="an-unknown-name-the-daughter-of-y"),
    case("Ana Varga and her husband, President Tomas Varga, arrived in Paris.",
         dict(predicate="spouseOf", subject="Tomas Varga", object="Ana Varga"), id="x-and-her-husband-y"),
    case("King Ivan Varga named his son Tomas Varga as crown prince on Monday.",
         dict(predicate="sonOf", subject="Tomas Varga", object="Ivan Varga"), id="named-his-son-y-as-heir"),
    case("Tomas Varga became emir after the death of his half-brother Ivan Varga in December.",
         dict(predicate="siblingOf", subject="Ivan Varga", object="Tomas Varga"), id="his-half-brother-y"),
    case("Tomas Varga, the son-in-law of Ivan Petrov, runs the fund.",
         absent=[dict(predicate="sonOf")], id="a-son-in-law-is-no-son"),
    case("Tomas Varga took power in a coup that ousted President Ivan Petrov.",
         dict(predicate="replaced", subject="Tomas Varga", object="Ivan Petrov"), id="took-power-in-a-coup-that-ousted-y"),
    case("Jan Nowak, who succeeded his father Ivo Nowak in 2009, was ousted on Wednesday.",
         dict(predicate="replaced", subject="Jan Nowak", object="Ivo Nowak"),
         dict(predicate="sonOf", subject="Jan Nowak", object="Ivo Nowak"), id="succeeded-his-father-y"),
    case("General Jan Nowak overthrew President Tomas Brod in a coup last year.",
         dict(predicate="replaced", subject="Jan Nowak", object="Tomas Brod"), id="overthrew-the-president"),
    case("Jan Nowak became president in 2018 after Hailemariam Desalegn resigned.",
         dict(predicate="successorOf", subject="Jan Nowak", object="Hailemariam Desalegn"),
         id="became-president-after-y-resigned"),
    case("Jan Nowak took office in 2019 after defeating incumbent President Ivo Marek.",
         dict(predicate="successorOf", subject="Jan Nowak", object="Ivo Marek"),
         id="took-office-after-defeating-the-incumbent"),
    case("Jan Nowak took office in 2019 after meeting President Ivo Marek.",
         absent=[dict(predicate="successorOf"), dict(predicate="replaced")],
         id="took-office-after-meeting-is-no-succession"),
    case("Jan Nowak took power in 2021 after his father, Ivo Nowak, was killed.",
         dict(predicate="sonOf", subject="Jan Nowak", object="Ivo Nowak"),
         absent=[dict(predicate="parentOf")], id="his-father-makes-him-a-son"),
    case("Elena Brod took power in 2021 after her father, Ivo Brod, was killed.",
         dict(predicate="daughterOf", subject="Elena Brod", object="Ivo Brod"),
         absent=[dict(predicate="parentOf")], id="her-father-makes-her-a-daughter"),
    case("Ana Rojas met opposition leader Jan Nowak, whose father, President Ivo Nowak, was assassinated in 1993.",
         dict(predicate="childOf", subject="Jan Nowak", object="Ivo Nowak"),
         absent=[dict(predicate="parentOf")], id="whose-father-is-the-parent-of-the-one-the-clause-is-on"),
    case("Jan Nowak came to power in 2020 after protests forced his predecessor, Ivo Marek, to resign.",
         dict(predicate="successorOf", subject="Jan Nowak", object="Ivo Marek"), id="his-predecessor"),
    case("Their leader, General Jan Nowak, replaced President Ivo Marek, who has been held since the coup.",
         dict(predicate="replaced", subject="Jan Nowak", object="Ivo Marek"),
         id="their-leader-named-in-apposition-replaced-y"),
    case("Chilean Defence Minister Ivo Marek travelled to Lima. Marek was replaced in May by the economist Tomas "
         "Brod. Prime Minister Ana Rojas resigned in April and was replaced first by a council and then by Luis Mendes.",
         dict(predicate="replaced", subject="Tomas Brod", object="Ivo Marek"),
         dict(predicate="holdsRole", subject="Tomas Brod", object="Chile", roleTitle="Defence Minister"),
         dict(predicate="replaced", subject="Luis Mendes", object="Ana Rojas"), id="was-replaced-by"),
    case("Ali Rahimi, the son of former Iranian president Hassan Rahimi, visited Beirut.",
         dict(predicate="sonOf", subject="Ali Rahimi", object="Hassan Rahimi"),
         dict(predicate="visited", subject="Ali Rahimi", object="Beirut"),
         absent=[dict(predicate="visited", subject="Hassan Rahimi")], id="son-of"),
    case("Kenyan President Daniel Mwangi and his daughter, Amina Mwangi, arrived in Kampala.",
         dict(predicate="daughterOf", subject="Amina Mwangi", object="Daniel Mwangi"), id="his-daughter"),
    case("Sheikh Tamim Khalifa, the son of Emir Hamad Khalifa, met with Pakistani Prime Minister Imran Qureshi.",
         dict(predicate="sonOf", subject="~Tamim Khalifa", object="Hamad Khalifa"),
         dict(predicate="metWith", subject="~Tamim Khalifa", object="Imran Qureshi"), id="son-of-emir"),
    case("Defence Minister Jonas Berg replaced Erik Lund in January.",
         dict(predicate="replaced", subject="Jonas Berg", object="Erik Lund"),
         dict(predicate="holdsRole", subject="Erik Lund", roleTitle="Defence Minister"), id="replaced"),
    case("General Samir Khalil succeeded Omar Aziz as army chief.",
         dict(predicate="replaced", subject="Samir Khalil", object="Omar Aziz"), id="succeeded"),
    case("General Samir Khalil succeeded Omar Aziz as army chief.",
         dict(predicate="holdsRole", subject="Omar Aziz", roleTitle="~army chief"),
         absent=[dict(predicate="holdsRole", subject="Omar Aziz", roleTitle="General")],
         id="succeeded-as-role"),
    case("Parliament voted to replace Prime Minister Oleksandr Bondar with Dmytro Koval.",
         dict(predicate="replaced", subject="Dmytro Koval", object="Oleksandr Bondar"), id="replace-x-with-y",
         xfail="'replace X with Y' (successor after 'with', subject is the body deciding) is not handled"),
    case("Colonel Mamadou Traore ousted President Ibrahim Keita in a coup in 2021.",
         dict(predicate="replaced", subject="Mamadou Traore", object="Ibrahim Keita"), id="ousted"),
    case("On Tuesday lawmakers approved Patrick Mwamba as prime minister in place of Tomas Brod.",
         dict(predicate="replaced", subject="Patrick Mwamba", object="Tomas Brod"),
         dict(predicate="holdsRole", subject="Patrick Mwamba", roleTitle="~prime minister"),
         dict(predicate="holdsRole", subject="Tomas Brod", roleTitle="~prime minister"),
         id="approved-as-in-place-of"),
    case("Amara Sesay is the daughter of former President Kofi Sesay.",
         dict(predicate="daughterOf", subject="Amara Sesay", object="Kofi Sesay"),
         id="copula-daughter-of"),
    case("Ibrahim Tall is Moussa Tall's father.",     # (told from the child's side: no pronoun says son or daughter)
         dict(predicate="childOf", subject="Moussa Tall", object="Ibrahim Tall"),
         id="copula-possessive-father"),
    case("Sheikh Khalid bin Saud Al Nahyan, who took over from his father, Sheikh Saud bin Zayed Al Nahyan, in 2015, "
         "told reporters the talks had failed.",
         dict(predicate="replaced", subject="~Khalid bin Saud", object="~Saud bin Zayed"),
         dict(predicate="stated", subject="~Khalid bin Saud", date="2024-03-15"),
         absent=[dict(predicate="stated", date="2015")],
         id="took-over-from-his-father-honorific-names"),
    case("Gustavo Reyes, a former rebel who succeeded Ivan Paredes in August 2022, revived the talks.",
         dict(predicate="replaced", subject="Gustavo Reyes", object="Ivan Paredes"),
         id="x-a-former-rebel-who-succeeded-y"),
    case("On Tuesday, the parliament of Peru approved Jorge Salas as prime minister, replacing Carlos Ruiz, whose "
         "government resigned.",
         dict(predicate="replaced", subject="Jorge Salas", object="Carlos Ruiz"),
         id="approved-x-as-prime-minister-replacing-y"),
]


@pytest.mark.parametrize("text, expected, absent, date", PERSON_RELATIONS)
def test_person_relations(nlp, text, expected, absent, date):
    check(nlp, text, expected, absent, date)


# ---------------------------------------------------------------------------------------------
# modality: asserted, reported (speaker set), hedged, negated, hypothetical -- and negated or
# hypothetical claims are never plain

MODALITY = [
    # hypothetical: an offer or a promise of aid is not yet aid given (the CQ keeps hedged claims)
    case("Kenya has offered to send 1,000 officers to Haiti. Spain promised to send tanks to Ukraine.",
         dict(predicate="providedAssistanceTo", subject="Kenya", object="Haiti", modality="hypothetical"),
         dict(predicate="providedAssistanceTo", subject="Spain", object="Ukraine", modality="hypothetical"),
         id="offered-and-promised-to"),
    # asserted
    case("Morocco and Nigeria signed a gas pipeline agreement on Wednesday.",
         dict(predicate="signedAgreementWith", subject="Morocco", modality="asserted", speaker=None),
         id="asserted-agreement"),
    case("Finland joined NATO in April 2023.",
         dict(predicate="memberOf", subject="Finland", modality="asserted", speaker=None), id="asserted-membership"),
    # reported
    case("Ecuadorian President Luis Andrade said Ecuador had signed a trade deal with Peru.",
         dict(predicate="signedAgreementWith", subject="Ecuador", object="Peru", modality="reported",
              speaker="Luis Andrade"), id="reported-said"),
    case("The Kenyan government said that Kenya had sent troops to Somalia.",
         dict(predicate="hasMilitaryPresenceIn", subject="Kenya", object="Somalia", modality="reported",
              speaker="Kenya"), id="reported-government"),
    # hedged
    case("Iran may join the Shanghai Cooperation Organisation next year.",
         dict(predicate="memberOf", subject="Iran", object="~Shanghai Cooperation", modality="hedged"),
         id="hedged-may"),
    case("Senegal could sign the fisheries agreement with Mauritania.",
         dict(predicate="signedAgreementWith", subject="Senegal", modality="hedged"), id="hedged-could"),
    case("Argentina and Uruguay signed a fisheries agreement in September last year.",
         dict(predicate="signedAgreementWith", subject="Argentina", date="2023-09", date_precision="month"),
         id="month-last-year"),
    case("Argentina and Uruguay signed a fisheries agreement three days ago.",
         dict(predicate="signedAgreementWith", subject="Argentina", date="2024-03-12"), id="days-ago"),
    case("Chinese President Wei Ming is expected to visit Pakistan in May.",
         dict(predicate="visited", subject="Wei Ming", object="Pakistan", modality="hedged"),
         id="hedged-expected-to"),
    case("Bolivian President Jorge Quispe might travel to Santiago next week.",
         dict(predicate="visited", subject="Jorge Quispe", object="Santiago", modality="hedged"), id="hedged-might"),
    case("Ghanaian officials speculated that Togo would join ECOWAS.",
         dict(predicate="memberOf", subject="Togo", object="ECOWAS", modality="hedged", speaker="Ghana"),
         id="hedged-speculated"),
    case("Sources said Egypt was considering deploying troops to Somalia.",
         dict(predicate="hasMilitaryPresenceIn", subject="Egypt", object="Somalia", modality="hedged", speaker=None),
         absent=[dict(predicate="stated")], id="hedged-considering-unnamed-sources"),
    case("Russia is reportedly planning to open a naval base in Sudan.",
         dict(predicate="hasMilitaryPresenceIn", subject="Russia", object="Sudan", modality="hedged"),
         id="hedged-planning-to-open"),
    # negated
    case("Vietnamese Prime Minister Nguyen Van Hai did not visit Cambodia.",
         dict(predicate="visited", subject="Nguyen Van Hai", object="Cambodia", modality="negated"),
         absent=[dict(predicate="visited", object="Cambodia", modality=PLAIN)], id="negated-did-not"),
    case("India does not have a military base in Mauritius.",
         dict(predicate="hasMilitaryPresenceIn", subject="India", object="Mauritius", modality="negated"),
         absent=[dict(predicate="hasMilitaryPresenceIn", modality=PLAIN)], id="negated-does-not-have"),
    case("The Kenyan government denied that Kenya had sent troops to Somalia.",
         dict(predicate="hasMilitaryPresenceIn", subject="Kenya", object="Somalia", modality="negated",
              speaker="Kenya"),
         absent=[dict(predicate="hasMilitaryPresenceIn", modality=PLAIN)], id="negated-denied"),
    case("Pakistan denied that its army attacked Afghanistan.",
         dict(predicate="attacked", object="Afghanistan", modality="negated"),
         absent=[dict(predicate="attacked", modality=PLAIN)], id="negated-denied-attack"),
    case("Serbia is not a member of NATO.",
         dict(predicate="memberOf", subject="Serbia", object="NATO", modality="negated"),
         absent=[dict(predicate="memberOf", modality=PLAIN)], id="negated-not-a-member"),
    case("Nigeria did not sign the agreement.",
         dict(predicate="signedAgreementWith", subject="Nigeria", modality="negated"),
         absent=[dict(predicate="signedAgreementWith", modality=PLAIN)], id="negated-did-not-sign"),
    case("Turkey has no plans to join the European Union.",
         absent=[dict(predicate="memberOf", subject="Turkey", modality=PLAIN)], id="negated-no-plans"),
    case("Egypt has no military base in Libya.",
         dict(predicate="hasMilitaryPresenceIn", subject="Egypt", object="Libya", modality="negated"),
         absent=[dict(predicate="hasMilitaryPresenceIn", modality=PLAIN)], id="negated-has-no",),
    # hypothetical
    case("If Moldova joins the European Union, Romania will benefit.",
         dict(predicate="memberOf", subject="Moldova", object="European Union", modality="hypothetical"),
         absent=[dict(predicate="memberOf", modality=PLAIN)], id="hypothetical-if-join"),
    case("If Thai Prime Minister Somchai Wongsa visits Laos, he will meet Lao President Khamphoui Sisavath.",
         dict(predicate="visited", subject="Somchai Wongsa", object="Laos", modality="hypothetical"),
         dict(predicate="metWith", subject="Somchai Wongsa", object="Khamphoui Sisavath", modality="hypothetical"),
         absent=[dict(predicate="visited", modality=PLAIN), dict(predicate="metWith", modality=PLAIN)],
         id="hypothetical-if-visit"),
    case("If Kenya sends troops to Haiti, the mission will begin in June.",
         dict(predicate="hasMilitaryPresenceIn", subject="Kenya", object="Haiti", modality="hypothetical"),
         absent=[dict(predicate="hasMilitaryPresenceIn", modality=PLAIN)], id="hypothetical-if-troops"),
    case("Georgia would receive aid from the European Union if it held new elections.",
         dict(predicate="providedAssistanceTo", subject="European Union", object="Georgia",
              modality="hypothetical"), id="hypothetical-if-after",
         xfail="no assistance rule for 'X receives aid from Y' (recipient as subject, provider after 'from')"),
    case("In January, Kenyan President Tomas Odhiambo travelled to Moscow, fuelling speculation that Russia "
         "could seek a larger role.",
         dict(predicate="visited", subject="Tomas Odhiambo", object="Moscow", modality="asserted"),
         id="speculation-beside-not-above"),
]


@pytest.mark.parametrize("text, expected, absent, date", MODALITY)
def test_modality(nlp, text, expected, absent, date):
    check(nlp, text, expected, absent, date)


# ---------------------------------------------------------------------------------------------
# dates in context: relative expressions against the article date

DATES = [
    case("Armenian Foreign Minister Karen Hakobyan visited Tehran on Tuesday.",
         dict(predicate="visited", subject="Karen Hakobyan", date="2024-03-12", date_precision="day"),
         id="on-weekday"),
    case("Armenian Foreign Minister Karen Hakobyan visited Tehran yesterday.",
         dict(predicate="visited", subject="Karen Hakobyan", date="2024-03-14"), id="yesterday"),
    case("Armenian Foreign Minister Karen Hakobyan visited Tehran last week.",
         dict(predicate="visited", subject="Karen Hakobyan", date="2024-02", date_precision="month"),
         date="2024-03-05", id="last-week-previous-month"),
    case("Armenian Foreign Minister Karen Hakobyan visited Tehran in February.",
         dict(predicate="visited", subject="Karen Hakobyan", date="2024-02", date_precision="month"),
         id="in-month"),
    case("Uzbek President Timur Nazarov toured Almaty on May 8-9.",
         dict(predicate="visited", subject="Timur Nazarov", object="Almaty", date="2024-05-08"),
         date="2024-05-12", id="day-range-first-day"),
    case("Argentina and Uruguay signed a fisheries agreement in December.",
         dict(predicate="signedAgreementWith", subject="Argentina", date="2023-12"), date="2024-01-10",
         id="month-of-previous-year"),
    case("Argentina and Uruguay signed a fisheries agreement last June.",
         dict(predicate="signedAgreementWith", subject="Argentina", date="2023-06"), id="last-month-name"),
    case("Argentina and Uruguay signed a fisheries agreement in September last year.",
         dict(predicate="signedAgreementWith", subject="Argentina", date="2023-09", date_precision="month"),
         id="month-last-year"),
    case("Argentina and Uruguay signed a fisheries agreement three days ago.",
         dict(predicate="signedAgreementWith", subject="Argentina", date="2024-03-12"), id="days-ago"),
    case("Parliament approved the bill on 26 February by 188 votes to six, three days after Prime Minister Jan Nowak "
         "travelled to Lima for talks with President Ivo Marek.",
         dict(predicate="visited", subject="Jan Nowak", object="Lima", date="2024-02-23"),
         dict(predicate="metWith", subject="Jan Nowak|Ivo Marek", object="Jan Nowak|Ivo Marek", date="2024-02-23"),
         date="2024-03-07", id="n-days-after-parsed-apart-from-its-clause"),
    case("Relations soured further in January. Days later, President Jan Nowak flew to Lima.",
         dict(predicate="visited", subject="Jan Nowak", object="Lima", date="2024-01"),
         date="2024-03-05", id="days-later-is-the-month-told-before"),
    case("President Jan Nowak met President Ivo Marek in Lima on 3 May. Two days later, Nowak held talks with Prime "
         "Minister Eva Cruz in Quito.",
         dict(predicate="metWith", subject="Jan Nowak|Eva Cruz", object="Jan Nowak|Eva Cruz", date="2024-05-05"),
         date="2024-05-10", id="two-days-later-counts-from-the-day-told-before"),
    case("The Chilean army said it struck a rebel depot in northern Peru on Thursday, the first strike since a truce "
         "brokered by Brazil took hold a day earlier.",
         dict(predicate="stated", subject="~army", date="2024-11-28"),
         absent=[dict(predicate="stated", date="2024-11-27")],
         date="2024-11-30", id="a-day-earlier-of-another-clause-does-not-date-the-saying"),
    case("Chisinau (AFP) - Separatists in Moldova's breakaway region on Wednesday asked Moscow for protection against "
         "economic pressure.\n\nAddressing the congress, regional leader Ivan Petrov accused Moldova of pursuing \"a "
         "policy of genocide\".",
         dict(predicate="stated", subject="Ivan Petrov", date="2024-02-28"),
         date="2024-02-29", id="the-ledes-day-dates-what-was-said-there-when-the-lede-has-no-claim"),
    case("Chinese President Wei Ming is expected to visit Pakistan in May.",
         dict(predicate="visited", subject="Wei Ming", object="Pakistan", date="2024-05"), id="future-month",
         xfail="timex._year_for assumes news reports the past: a month well after the article date goes to "
               "the previous year even for a hedged/future event ('is expected to visit ... in May')"),
]


@pytest.mark.parametrize("text, expected, absent, date", DATES)
def test_dates_in_context(nlp, text, expected, absent, date):
    check(nlp, text, expected, absent, date)


# ---------------------------------------------------------------------------------------------
# entity cases: namesakes, spelling variants, capitals as places or states, titles and pronouns

FATHER_SON = ("Croatian President Ivo Marek arrived in Vienna on Monday with his son, Petar Ivo. On Tuesday, "
              "Petar Ivo visited Graz. President Marek met with Austrian Chancellor Klaus Weber on Wednesday.")
FATHER_SON_SHORT = ("Croatian President Ivo Marek arrived in Vienna on Monday with his son, Petar Ivo. Marek met "
                    "with Austrian Chancellor Klaus Weber. Ivo, a banker, flew to Sarajevo on Tuesday.")
VARIANTS = ("Hungarian Foreign Minister Emil Kovacs arrived in Bratislava on Monday. Emil Kovach met with Slovak "
            "President Juraj Hlinka. On Tuesday, Kovacs visited Prague.")
VARIANTS_SHORT = ("Hungarian Foreign Minister Emil Kovacs arrived in Bratislava on Monday. Kovacs then visited "
                  "Prague.")
CAPITALS = ("Azerbaijani Foreign Minister Rauf Guliyev visited Ankara on Thursday. Ankara signed a gas deal with "
            "Baku on Friday.")
TITLES = ("Tunisian President Karim Mansour arrived in Algiers on Monday. Algerian Prime Minister Yacine "
          "Belkacem welcomed him at the airport. The Tunisian president then visited Oran.")
PRONOUNS = ("Armenian President Garik Sargsyan arrived in Tbilisi on Monday. The president met with Georgian "
            "Prime Minister Nika Lomidze. He later visited Batumi.")

ENTITIES = [
    case("Ana Rojas said on Monday that the talks had failed. \"We will not retreat,\" Tomas Varga wrote. Zelen Group "
         "said it would leave.",
         dict(predicate="stated", subject="Ana Rojas", subject_type="Person"),
         dict(predicate="stated", subject="Tomas Varga", subject_type="Person"),
         dict(predicate="stated", subject="Zelen Group", subject_type="Organization"),
         id="an-unknown-two-word-name-that-speaks-is-a-person"),
    case("Troops moved to Gao, located in northern Mali. Pemba is in Mozambique. Protesters gathered in Male, the "
         "capital of the Maldives.",
         dict(predicate="locatedIn", subject="Gao", object="Mali"),
         dict(predicate="locatedIn", subject="Pemba", object="Mozambique"),
         dict(predicate="locatedIn", subject="Male", object="Maldives"), id="located-in-is-in-capital-of"),
    case("TAMPERE, Finland - Troops arrived on Friday. Others moved to Oulu, in the north of the country, and to "
         "Cobasna, a village in the north of Transnistria.",
         dict(predicate="locatedIn", subject="Tampere", object="Finland"),
         dict(predicate="locatedIn", subject="Oulu", object="Finland"),
         dict(predicate="locatedIn", subject="Cobasna", object="Transnistria"), id="dateline-and-north-of"),
    case("The African Union is headquartered in Addis Ababa. The flag was raised at NATO's headquarters in Brussels. "
         "Talks were held at the State Department in Washington.",
         dict(predicate="locatedIn", subject="African Union", object="Addis Ababa"),
         dict(predicate="locatedIn", subject="NATO", object="Brussels"),
         dict(predicate="locatedIn", subject="State Department", object="Washington"), id="seats-of-bodies"),
    case("Rebels have attacked villages across the province of Cabo Delgado. Ivo Marek flew to Pemba, the provincial "
         "capital, on Monday.",
         dict(predicate="locatedIn", subject="Pemba", object="Cabo Delgado"), id="the-provincial-capital"),
    case("Greek Foreign Minister Nikos Pappas travelled to Turkey on Monday. Relations between Athens and Ankara "
         "have improved, and Athens signed a fisheries deal with Ankara. Officials in Ankara welcomed the deal.",
         absent=[dict(predicate="locatedIn", subject="Ankara", object="Turkey")], id="capital-as-a-party-is-no-place"),
    case("Greek Foreign Minister Nikos Pappas travelled to Turkey on Monday and arrived in Ankara on Tuesday.",
         dict(predicate="locatedIn", subject="Ankara", object="Turkey"), id="capital-visited-in-a-named-state"),
    case("Greek Foreign Minister Nikos Pappas travelled to Turkey on Monday. \"It is a start,\" said Elif Demir, a "
         "fellow at the Aegean Policy Centre in Izmir.",
         absent=[dict(predicate="locatedIn", subject="Izmir", object="Turkey")], id="city-of-a-think-tank-is-no-place"),
    case("A court in Morocco jailed three men on Monday. Their lawyers said they would appeal in Rabat next month.",
         absent=[dict(predicate="locatedIn", subject="Rabat", object="Morocco")],
         id="a-city-in-a-sentence-without-its-state-is-not-placed"),
    case("French troops were sent to Mali in May. Later, gunmen attacked a convoy outside Gao.",
         absent=[dict(predicate="locatedIn", subject="Gao", object="Mali")],
         id="a-town-named-apart-from-its-state-is-not-placed"),
    case("French troops were sent to Mali in May. Later, gunmen attacked a convoy near the town of Gao, and others "
         "struck the western region of Kayes.",
         dict(predicate="locatedIn", subject="Gao", object="Mali"),
         dict(predicate="locatedIn", subject="Kayes", object="Mali"), id="a-town-presented-as-a-place-of-the-story-state"),
    case("Drones struck targets in Yemen on Monday. They hit depots near the capital, Sanaa, and a radar site.",
         dict(predicate="locatedIn", subject="Sanaa", object="Yemen"), id="the-capital-comma-city-of-the-story-state"),
    case("US forces were withdrawn from Iraq in May. Kim Lee, who is governor of Anbar, the country's largest province, "
         "said the pact is bad.",
         dict(predicate="locatedIn", subject="Anbar", object="Iraq"), id="a-province-of-the-story-state-by-apposition"),
    case("Marines are stationed in Darwin, in Australia's Northern Territory, for six months of each year.",
         dict(predicate="locatedIn", subject="Darwin", object="Northern Territory"),
         dict(predicate="locatedIn", subject="Northern Territory", object="Australia"),
         absent=[dict(predicate="locatedIn", subject="Darwin", object="Australia")], id="comma-in-states-territory"),
    case(FATHER_SON,
         dict(predicate="sonOf", subject="Petar Ivo", object="Ivo Marek"),
         dict(predicate="visited", subject="Petar Ivo", object="Graz", date="2024-03-12"),
         dict(predicate="visited", subject="Ivo Marek", object="Vienna", date="2024-03-11"),
         absent=[dict(subject="Ivo Marek", object="Graz"), dict(subject="Petar Ivo", object="Vienna"),
                 dict(predicate="metWith", subject="Petar Ivo")], id="father-and-son"),
    case(FATHER_SON,
         dict(predicate="metWith", subject="Ivo Marek", object="Klaus Weber"),
         absent=[dict(predicate="metWith", subject="Petar Ivo")], id="title-and-surname"),
    case(FATHER_SON_SHORT,
         dict(predicate="sonOf", subject="Petar Ivo", object="Ivo Marek"),
         dict(predicate="visited", subject="Petar Ivo", object="Sarajevo"),
         dict(predicate="metWith", subject="Ivo Marek", object="Klaus Weber"),
         absent=[dict(subject="Ivo Marek", object="Sarajevo")], id="father-and-son-bare-names",),
    case(VARIANTS,
         dict(predicate="visited", subject="Emil Kovacs", object="Bratislava", date="2024-03-11"),
         dict(predicate="visited", subject="Emil Kovacs", object="Prague", date="2024-03-12"),
         dict(predicate="metWith", subject="Emil Kovacs", object="Juraj Hlinka"),
         absent=[dict(subject="Emil Kovach"), dict(subject="Kovacs")], id="spelling-variants"),
    case(VARIANTS_SHORT,
         dict(predicate="visited", subject="Emil Kovacs", object="Prague"), id="surname-only-mention",),
    case(CAPITALS,
         dict(predicate="visited", subject="Rauf Guliyev", object="Ankara", object_type="City"),
         dict(predicate="signedAgreementWith", subject="Turkey", object="Azerbaijan", date="2024-03-15"),
         absent=[dict(predicate="visited", object="Turkey"), dict(predicate="signedAgreementWith", subject="Ankara")],
         id="capital-place-vs-state"),
    case(TITLES,
         dict(predicate="visited", subject="Karim Mansour", object="Algiers", date="2024-03-11"),
         dict(predicate="visited", subject="Karim Mansour", object="Oran"),
         absent=[dict(predicate="visited", subject="Yacine Belkacem")], id="the-demonym-president"),
    case(TITLES,
         dict(predicate="metWith", subject="Yacine Belkacem", object="Karim Mansour"), id="object-pronoun",),
    case(PRONOUNS,
         dict(predicate="metWith", subject="Garik Sargsyan", object="Nika Lomidze", place="Tbilisi"),
         id="the-president"),
    case(PRONOUNS,
         dict(predicate="visited", subject="Garik Sargsyan", object="Batumi"),
         absent=[dict(predicate="visited", subject="Nika Lomidze")], id="he-is-the-previous-subject"),
    case("Interior Cabinet Secretary Paris Omondi visited Mombasa on Monday.",
         dict(predicate="visited", subject="Paris Omondi", object="Mombasa"),
         absent=[dict(subject="Paris"), dict(object="Paris")], id="title-then-name-that-is-a-city"),
    case("Rebels attacked a convoy near Kindu, in the Upper Lomami region, on Monday.",
         dict(predicate="locatedIn", subject="Kindu", object="Upper Lomami"), id="x-comma-in-the-y-region"),
    case("ALMATY, Jan 13 (Reuters) - Troops left Kazakhstan. Protests spread to Almaty, the country's largest city. "
         "Armenia sent help.",
         dict(predicate="locatedIn", subject="Almaty", object="Kazakhstan"),
         absent=[dict(predicate="locatedIn", subject="Almaty", object="Armenia")], id="the-country-is-the-dateline-state"),
    case("Troops entered Mosul, Iraq's second city. Others reached Syria's capital Damascus.",
         dict(predicate="locatedIn", subject="Mosul", object="Iraq"),
         dict(predicate="locatedIn", subject="Damascus", object="Syria"), id="possessive-city"),
    case("Ivo Marek, the governor of South Kivu province, of which Bukavu is the capital, died on Friday.",
         dict(predicate="locatedIn", subject="Bukavu", object="~South Kivu"), id="of-which-x-is-the-capital"),
    case("Soldiers were killed near the village of Tesseney, in Eritrea's western Gash-Barka province.",
         dict(predicate="locatedIn", subject="Gash-Barka", object="Eritrea"), id="state-s-y-province"),
    case("Gunmen attacked a checkpoint near the village of Lewis Harris on Monday, killing three guards.",
         dict(predicate="attacked", place="Lewis Harris", killed=3), id="village-of-name-is-a-place"),
    case("Tunisian President Karim Mansour visited Algiers in January. He met with Algerian Prime Minister "
         "Yacine Belkacem.",
         dict(predicate="metWith", subject="Karim Mansour", object="Yacine Belkacem", place="Algiers"),
         id="he-only-antecedent"),
    case("Tomas Odhiambo took power in 2021 after his father, Amani Odhiambo, was killed. He was elected "
         "president in May. In January, he travelled to Nairobi.",
         dict(predicate="visited", subject="Tomas Odhiambo", object="Nairobi", date="2024-01"),
         absent=[dict(predicate="visited", subject="Amani Odhiambo")], id="a-chain-of-subject-pronouns"),
    case("Talks were held in the Tunisian city of Sfax.",
         dict(predicate="locatedIn", subject="Sfax", object="Tunisia"), id="the-demonym-city-of-x"),
    case("The troops handed over their base in Gao, in Mali's desert north, to the army.",
         dict(predicate="locatedIn", subject="Gao", object="Mali"), id="x-comma-in-state-s-north"),
    case("DUBAI, United Arab Emirates (AP) — Britain struck targets in Yemen on Friday.",
         dict(predicate="attacked", subject="United Kingdom"),
         absent=[dict(predicate="attacked", subject="United Arab Emirates")], id="dateline-with-country-and-agency"),
    # labels are the article's spelling: the gazetteer gives the key (one node), not the label
    case("Turkish ships carried aid to the eastern Libyan city of Derna.",
         dict(predicate="locatedIn", subject="Derna", object="Libya"),
         absent=[dict(predicate="locatedIn", subject="Darnah")], id="a-city-spelled-as-the-article-does"),
    case("Yevgeniy Prigozhin said on Monday that his men would leave.",
         dict(predicate="stated", subject="Yevgeniy Prigozhin"), id="a-person-spelled-as-the-article-does"),
    case("State Department spokesman Tomas Odhiambo said the talks had ended.",
         dict(predicate="holdsRole", subject="Tomas Odhiambo", object="State Department"),
         id="an-agency-named-as-the-article-does"),
    case("Police were deployed in the Chechen town of Gudermes.",
         dict(predicate="locatedIn", subject="Gudermes", object="Chechnya"), id="the-region-adjective-town-of-x"),
    case("MANILA, June 20 (Reuters) - The Philippines protested on Monday. US troops rotate through nine Philippine "
         "bases, including sites in the northern provinces of Cagayan and Isabela.",
         dict(predicate="locatedIn", subject="Cagayan", object="Philippines"),
         dict(predicate="locatedIn", subject="Isabela", object="Philippines"),
         date="2024-06-21", id="story-provinces-beside-a-foreign-actor"),
    case("BERLIN, Feb 29 (Reuters) - Germany hosted the talks. Germany said on Thursday that four soldiers were "
         "killed near the village of Nerkin Hand, in Armenia's southern Syunik province.",
         absent=[dict(predicate="locatedIn", subject="Nerkin Hand", object="Germany")],
         date="2024-02-29", id="village-in-another-states-province-is-not-the-storys"),
    case("Hundreds more crossed into Venezuela's Tachira state on Monday.",
         dict(predicate="locatedIn", subject="Tachira", object="Venezuela"), id="a-states-named-state"),
    case("Lithuania borders Belarus and Russia's Kaliningrad exclave.",
         dict(predicate="locatedIn", subject="~Kaliningrad", object="Russia"), id="a-states-named-exclave"),
    case("It prompted student protests in Lae, PNG's second-largest city.",
         dict(predicate="locatedIn", subject="Lae", object="Papua New Guinea"), id="png-is-a-state"),
    case("It is part of the missile shield with a similar US site in Deveselu, Romania, which opened in 2016.",
         dict(predicate="locatedIn", subject="Deveselu", object="Romania"), id="x-comma-state"),
    case("Two farmers were killed in the Polish village of Przewodow, near the border with Ukraine.",
         dict(predicate="locatedIn", subject="Przewodow", object="Poland"), id="the-demonym-village-of-an-untagged-name"),
    case("Troops stationed in Erbil, the capital of the semi-autonomous Kurdistan region, will stay.",
         dict(predicate="locatedIn", subject="Erbil", object="Kurdistan"), id="capital-of-the-x-region"),
    case("Cambodian Prime Minister Sok Chenda and Thailand's acting Prime Minister Somchai Boonmee met in Putrajaya on "
         "Monday afternoon. Somchai is the son of former Thai Prime Minister Chuan Wongsa.",
         dict(predicate="metWith", subject="Sok Chenda|Somchai Boonmee", object="Sok Chenda|Somchai Boonmee"),
         absent=[dict(predicate="metWith", object="Chuan Wongsa"), dict(predicate="metWith", subject="Chuan Wongsa")],
         id="a-title-whose-name-is-parsed-apart-is-that-name-not-a-later-holder"),
    case("Russian troops arrived in Finland on Friday. \"It is a test,\" said Ivo Marek, a researcher at the Oulu-based "
         "Northern Institute. Finland is a member of the Helsinki-led bloc. Pay will be handled by Helsinki Bank.",
         absent=[dict(predicate="locatedIn", subject="Oulu"), dict(predicate="locatedIn", subject="Helsinki")],
         id="a-city-that-only-qualifies-a-noun-is-no-place-named"),
    case("MOGADISHU, Dec 12 (Reuters) - Kenya will keep its troops in Somalia. On Tuesday he met President Ali Hassan at "
         "Villa Somalia, the presidential palace in the capital.",
         dict(predicate="locatedIn", subject="Villa Somalia", object="Mogadishu"),
         absent=[dict(predicate="metWith", place="Somalia")], date="2023-12-12",
         id="a-venue-named-after-a-state-in-the-capital"),
    case("The two men have not met since December, when a summit in Luanda collapsed; Ivo Marek, who had flown to the "
         "Angolan capital, held talks with his host.",
         dict(predicate="locatedIn", subject="Luanda", object="Angola"), id="the-demonym-capital-names-a-city-again"),
    case("KINGSTOWN, St. Vincent (AP) — The talks ended on Thursday. Guyana's president promised not to use force.",
         dict(predicate="locatedIn", subject="Kingstown", object="Saint Vincent and the Grenadines"),
         date="2023-12-15", id="dateline-state-with-st"),
]


@pytest.mark.parametrize("text, expected, absent, date", ENTITIES)
def test_entity_cases(nlp, text, expected, absent, date):
    check(nlp, text, expected, absent, date)


def _people(claims):
    out = {}
    for c in claims:
        for e in c.entities():
            if e.type == "Person":
                out[e.key] = e
    return out


@pytest.mark.parametrize("text, word, n", [
    pytest.param(VARIANTS, "kovac", 1, id="kovacs-kovach-one-person"),
    pytest.param(FATHER_SON, "ivo", 2, id="ivo-marek-and-petar-ivo-two-people"),
    pytest.param(PRONOUNS, "sargsyan", 1, id="one-president"),
])
def test_person_count(nlp, text, word, n):
    """Mentions of one person are one entity; namesakes stay apart."""
    people = _people(claims_of(nlp, text))
    found = [e for e in people.values() if any(word in x.lower() for x in (e.label, *e.alt_labels))]
    assert len(found) == n, [(e.label, e.alt_labels) for e in people.values()]
