"""Lexicons: the verbs, nouns and titles that the relation rules look for. Data, not branches."""

# Reported speech: verbs whose subject is the speaker and whose clause or quote is the gist.
SPEECH_VERBS = frozenset("""say tell note announce state stress add claim estimate speculate warn report reveal confirm
deny insist promise pledge argue suggest declare explain emphasize emphasise underline assert acknowledge admit
remark comment predict forecast believe write outline vow urge accuse describe quote allege speak inform assure blame
condemn thank praise welcome criticise criticize hail apologise apologize concede protest object appeal demand threaten
""".split())
# Verbs that answer a claim: speech when their object is one ("rejected the charge", "a charge X denies").
REJECT_VERBS = frozenset("reject dismiss refute rebuff deny".split())
CLAIM_NOUNS = frozenset("""charge accusation claim allegation criticism suggestion report assertion""".split())
# Bodies that speak for themselves when no name is given ("the foreign ministry said", "its cabinet called").
SPEAKING_BODY_NOUNS = frozenset("""ministry service office agency cabinet government parliament congress council
committee presidency army military mission bureau court commission assembly senate embassy department command
secretariat directorate administration authorities police""".split())
# Speech verbs that hedge what they report.
HEDGING_SPEECH = frozenset("speculate estimate predict forecast believe suggest promise pledge vow accuse allege blame".split())
# Verbs that charge someone with a deed ("accused X of supplying Y", "blamed X for the attack"): X is the doer.
ACCUSE_VERBS = frozenset("accuse charge suspect blame".split())
# Speech verbs that deny what they report.
DENIAL_VERBS = frozenset("deny reject dismiss refute".split())
# Hedging modals and verbs ("may plunge", "is expected to", "is set to").
HEDGE_MODALS = frozenset("may might could should would can".split())
HEDGE_VERBS = frozenset("expect seek plan intend aim hope try attempt look want wish consider set offer propose threaten".split())
HEDGE_ADVERBS = frozenset("possibly probably perhaps reportedly allegedly likely apparently presumably".split())
HYPOTHETICAL_NOUNS = frozenset("hypothesis hypothetical speculation scenario possibility".split())

# Travel: verbs whose subject goes to a place.
VISIT_VERBS = frozenset("visit tour inspect".split())
MOTION_VERBS = frozenset("travel fly arrive go come rush head return journey land stop".split())
VISIT_NOUNS = frozenset("visit trip journey tour stopover".split())
# Meetings.
MEET_VERBS = frozenset("meet host receive welcome greet".split())
TALK_NOUNS = frozenset("talks meeting negotiations summit consultations".split())
# Agreements.
AGREEMENT_VERBS = frozenset("sign reach conclude extend ratify renew agree seal finalize finalise initial revise amend broker mediate".split())
# Actions that two sides agree to and that make an agreement: "agreed to demarcate their border".
AGREED_ACTIONS = frozenset("""demarcate delimit delineate withdraw exchange release resume restore establish extend cease halt
end form create cooperate normalize normalise reopen lift set build expand boost deepen strengthen increase""".split())
# Verbs whose subject makes an agreement for others ("Klow brokered a truce between A and B"): not a party.
BROKER_VERBS = frozenset("broker mediate".split())
AGREEMENT_NOUNS = frozenset("""agreement deal treaty accord memorandum pact lease contract ceasefire cease-fire truce
protocol convention charter declaration armistice""".split())
# Assistance.
ASSIST_VERBS = frozenset("""provide give supply deliver send donate fund finance train help assist support grant
allocate equip lend release pledge disburse commit earmark dispatch arm announce hand pay""".split())
# Goods that one side's help consists of ("received Bordurian gas from X", "received 40 tanks from Y").
AID_GOODS = frozenset("""weapons weapon arms ammunition munitions equipment vehicles tanks drones missiles rockets
howitzers artillery jets aircraft helicopters ships boats gas fuel oil wheat grain food fertiliser fertilizer vaccines
medicine medicines supplies ambulance ambulances""".split())
# Assistance verbs that need money or an aid noun in their object ("released $20 million", not "released prisoners").
ASSIST_MONEY_VERBS = frozenset("allocate release disburse commit earmark lend announce".split())
# Verbs of a sale: what one side buys from another is trade, not assistance ("bought Bordurian jets, delivered in 2022").
PURCHASE_VERBS = frozenset("buy purchase order acquire import procure".split())
ASSIST_NOUNS = frozenset("assistance aid funding support loan grant training program programs programme bailout donation relief".split())
DEBT_VERBS = frozenset("write forgive cancel".split())
# Hostilities.
ATTACK_VERBS = frozenset("attack bomb strike shell invade raid storm fight target assault ambush assassinate torch ransack clash".split())
ATTACK_NOUNS = frozenset("""attack attacks offensive bombing blast explosion clash clashes fighting conflict war
invasion assault airstrike airstrikes strike strikes raid shelling ambush insurgency siege rebellion""".split())
KILL_VERBS = frozenset("kill die".split())
# Unnamed fighters who can be the agent of an attack ("suspected jihadists ambushed a patrol").
FIGHTER_NOUNS = frozenset("""militant militants jihadist jihadists insurgent insurgents rebel rebels gunman gunmen
fighter fighters separatist separatists terrorist terrorists extremist extremists attacker attackers assailant
assailants gang gangs gangster gangsters bandit bandits pirate pirates guerrilla guerrillas""".split())
# Weapons that can be the subject of an attack verb ("a drone hit a car", "Bordurian missiles struck Klow").
WEAPON_NOUNS = frozenset("""drone drones missile missiles rocket rockets shell shells bomb bombs artillery airstrike
airstrikes mortar mortars warplane warplanes jet jets aircraft helicopter helicopters blast blasts explosion
explosions tank tanks weapon weapons gun guns grenade grenades munitions""".split())
# Verbs that are attacks only with a weapon as their subject ("a drone hit", not "the crisis hit").
WEAPON_HIT_VERBS = frozenset("hit destroy damage knock".split())
# Verbs whose object is a war or clashes: the object is the event, the target is the other side.
WAGE_VERBS = frozenset("fight wage".split())
# Nouns for an armed campaign that some side leads or wages "against" an enemy.
CAMPAIGN_NOUNS = frozenset("coalition campaign operation operations".split())
CAMPAIGN_VERBS = frozenset("lead wage launch conduct".split())
# Military presence.
FACILITY_NOUNS = frozenset("""base bases airbase airbases airfield garrison installation installations facility
facilities outpost camp center centre site station hub""".split())
FACILITY_MODIFIERS = frozenset("military air naval army airforce force transit logistics radar missile".split())
# Facility nouns that are always military posts, whatever modifies them ("Zelen Air Base", "the garrison").
POST_NOUNS = frozenset("base airbase airfield garrison outpost".split())
TROOP_NOUNS = frozenset("""troop troops soldier soldiers serviceman servicemen personnel force forces contingent
contingents military marine marines paratrooper paratroopers peacekeeper peacekeepers battlegroup battlegroups
paramilitary paramilitaries instructor instructors sailor sailors airman airmen guards""".split())
# Weapons whose deployment abroad is a military presence ("deployed tactical nuclear weapons in X").
DEPLOYED_WEAPON_NOUNS = frozenset("""missile missiles weapon weapons warship warships ship ships submarine submarines
bomber bombers jet jets aircraft warplane warplanes drone drones interceptor interceptors""".split())
# Verbs that set up a facility ("opened a base in X", "built an air base in Y").
FOUND_VERBS = frozenset("open build establish set construct".split())
DEPLOY_VERBS = frozenset("deploy station base keep maintain host house open position garrison".split())
WITHDRAW_VERBS = frozenset("withdraw leave pull".split())
# Borders.
NEIGHBOUR_WORDS = frozenset("neighboring neighbouring neighbor neighbour bordering adjacent".split())
BORDER_NOUNS = frozenset("border frontier boundary".split())
# Membership.
MEMBERSHIP_NOUNS = frozenset("member members membership".split())
JOIN_VERBS = frozenset("join accede rejoin".split())
LEAVE_VERBS = frozenset("leave quit exit suspend withdraw".split())
INVITE_WORDS = frozenset("invite urge ask case push persuade encourage".split())
# Words that make a state a candidate for membership: it has asked to join.
CANDIDATE_WORDS = frozenset("bid application apply candidate candidacy aspire aspiration seek".split())
# Family and succession.
FAMILY_NOUNS = {"son": "sonOf", "daughter": "daughterOf", "child": "childOf", "father": "parentOf",
                "mother": "parentOf", "wife": "spouseOf", "husband": "spouseOf", "brother": "siblingOf",
                "sister": "siblingOf", "successor": "successorOf", "predecessor": "successorOf"}
REPLACE_VERBS = frozenset("replace displace succeed oust unseat overthrow depose topple".split())

# Offices and titles: the head nouns a role title ends with.
ROLE_NOUNS = frozenset("""president minister secretary chancellor premier king queen emir sultan prince leader head
chief director commander general colonel admiral lieutenant major captain marshal ambassador envoy spokesman
spokeswoman spokesperson adviser advisor aide speaker chairman chairwoman chair governor mayor deputy counterpart
representative official officer diplomat senator lawmaker attorney judge prosecutor editor founder ceo coordinator
chairperson analyst researcher executive ruler fellow economist politician professor
""".split())
# Abbreviated titles before a name ("Gov. Ana Rojas", "Dr Ivo Marek").
TITLE_ABBREVIATIONS = frozenset("mr mrs ms dr gov gen sen rep lt col maj capt adm sgt".split())
# Nouns that say what kind of place a name is: "the village of X", "the Klow region".
SETTLEMENT_NOUNS = frozenset("village town city settlement hamlet port island".split())
ADMIN_AREA_NOUNS = frozenset("region province district county municipality oblast governorate prefecture".split())
# Words that may stand inside a multi-word title.
TITLE_MODIFIERS = frozenset("""defense defence foreign prime interior finance economy health justice deputy first vice
chief executive general national security state army air navy supreme top senior acting former assistant
under permanent special cabinet military presidential intelligence spy trade energy opposition high information
communications communication agriculture education transport industry labour labor tourism culture environment home
internal external mines petroleum oil water youth sports science technology planning infrastructure
housing fisheries territorial administration development crown affairs""".split())
# Nouns for a government body inside a title: "foreign ministry spokesperson", "party secretary".
TITLE_BODY_NOUNS = frozenset("ministry department office council committee party police government".split())

# Figures: verbs whose subject changes to or reaches a number ("the force has grown to 2,000").
CHANGE_VERBS = frozenset("""grow rise fall drop increase decrease climb reach total swell shrink jump double triple
decline soar plunge cut reduce raise boost""".split())
# Figures: nouns whose counts are durations, distances or ages, not reported figures.
NON_FIGURE_UNITS = frozenset("""year years month months week weeks day days hour hours minute minutes decade decades
century centuries kilometer kilometers kilometre kilometres km mile miles meter meters metre metres foot feet
time times percent-point""".split())
# Verbs under which an attack noun names no attack that took place: "simulating a nuclear attack".
NON_EVENT_VERBS = frozenset("simulate rehearse practise practice prevent deter avert fear threaten plan prepare cover".split())


def plural_role(word: str) -> bool:
    """'ministers', 'presidents': a role noun in the plural ('Deputy Prime Ministers X and Y')."""
    word = word.lower()
    return word.endswith("s") and word[:-1] in ROLE_NOUNS
