"""Every word list the extractor uses, in one place.

Grouped by the stage that reads them: speech frames (attribute), speakers
and parties, clause splitting, pronouns (resolve), kinds and hedges
(characterise), numbers, and the furniture trimmed when rendering.  Verb
forms live in ``morphology``.
"""

from __future__ import annotations

# ---- speech frames ----------------------------------------------------------------
# verbs that mark a speech act even without a clausal complement
STRONG_SPEECH = frozenset(
    """
say tell claim confirm acknowledge admit deny reject insist warn announce accuse allege declare
assert argue state stress emphasize emphasise reiterate maintain testify threaten pledge promise
vow doubt dismiss refute contend concede condemn praise commend welcome criticize
criticise urge demand disclose reveal blame
""".split()
)
# verbs that only report speech when they introduce a clause
WEAK_SPEECH = frozenset(
    """
add report note write explain suggest indicate find conclude point believe think estimate assess
predict attest tweet post announce observe remark recall reply respond answer caution signal
counter charge complain boast retort quip hint speculate lament assure reason
repeat restate reaffirm affirm underscore grant recount rule hold
""".split()
)
CONFIRM = frozenset(
    {"confirm", "acknowledge", "admit", "verify", "concede", "grant", "corroborate"}
)
DENY = frozenset({"deny", "reject", "dismiss", "refute", "disavow", "rebut", "dispute", "contest"})
# a restatement is still the speaker's claim; negated, a denial ("repeated that she never ...")
INSIST = frozenset(
    {
        "insist",
        "maintain",
        "stress",
        "reiterate",
        "repeat",
        "restate",
        "reaffirm",
        "emphasize",
        "emphasise",
        "deny",
    }
)
STANCE = frozenset(
    {
        "condemn",
        "praise",
        "commend",
        "welcome",
        "criticize",
        "criticise",
        "call",
        "doubt",
        "accuse",
        "urge",
        "demand",
        "recommend",
        "blame",
    }
)
COMMIT = frozenset({"pledge", "promise", "vow", "threaten", "commit", "guarantee"})
SPEECH_NOUNS = frozenset(
    {
        "statement",
        "warning",
        "claim",
        "announcement",
        "communique",
        "communiqué",
        "declaration",
        "denial",
        "message",
        "video",
        "post",
        "letter",
    }
)
ISSUE_VERBS = frozenset(
    {"issue", "release", "make", "publish", "post", "put", "send", "deliver", "give"}
)
EXPRESS_VERBS = frozenset({"express", "voice", "raise"})
# stance verbs that need an object or a clause to say anything ("welcomed the decision")
OBJECT_STANCE = frozenset({"threaten", "welcome", "urge", "demand"})
# verbs that report speech only with a clause: "conceded that the count was low", not
# "Coleman has not conceded" (the race) or "conceded defeat"
CLAUSE_SPEECH = frozenset({"concede"})
# "declined to say whether ...", "refused to say why ...": a question left unanswered
REFUSE_VERBS = frozenset({"decline", "refuse"})
FIRST_PERSON = frozenset({"i", "we"})
GENERIC_REPORTS = frozenset(
    {"report", "reports", "media", "sources", "source", "rumours", "rumors"}
)
# subjects that name no one ("Nobody has claimed the attack"): no speaker
NO_ONE_WORDS = frozenset({"nobody", "none", "noone", "no-one"})
# the last word of a body's name of plural form that is one body ("the United Nations");
# a country's name ("the United States") is one by its entity type
SINGULAR_PLURAL_NAMES = frozenset({"nations"})
# what may stand before a generic "reports" and leave it unnamed: "according to local
# media reports", "unconfirmed reports"; any other word makes it a document of someone's
# ("campaign finance reports", "police reports", "a UN report"), which speaks
UNNAMED_REPORT_MODIFIERS = frozenset(
    """media news press local unconfirmed several some multiple earlier recent initial
    conflicting anonymous unnamed other various numerous many social online state
    independent foreign western international""".split()
)
PRESS_AUDIENCE = frozenset({"reporters", "journalists"})

# ---- speakers ---------------------------------------------------------------------
TITLE_WORDS = frozenset(
    """
president vice-president minister prime secretary spokesman spokeswoman spokesperson general
brigadier major colonel lieutenant captain admiral commander sergeant chief director leader
expert analyst professor prof dr doctor ambassador senator governor mayor chancellor king queen
prince sheikh premier envoy official lawyer attorney judge justice correspondent reporter
editor founder chairman chairwoman chair ceo manager administrator advisor adviser
representative rep sen gov mr mrs ms miss sir lady lord pope chef foreign defense defence
interior deputy assistant acting national security head commissioner
councilman councilwoman councilmember alderman alderwoman congressman congresswoman assemblyman
assemblywoman superintendent treasurer comptroller auditor strategist pollster moderator
""".split()
)
# title words that qualify an office rather than name a person ("national security adviser")
OFFICE_QUALIFIERS = frozenset(
    {"state", "national", "security", "foreign", "defense", "defence", "interior"}
)

ORG_WORDS = frozenset(
    """
resistance ministry department government administration army forces force military command
group militia front brigade brigades movement party council committee agency office service
services news press times post journal network corporation company institute university
commission union organisation organization association authority authorities police
coalition guard guards corps navy embassy court congress parliament senate house bank fund
program programme center centre bureau alliance federation
states kingdom nations republic emirates islands arabia korea africa america zealand lanka
city state county province region
""".split()
)

MILITARY_WORDS = frozenset(
    """
military forces force army navy troops soldiers marines command centcom pentagon airforce
commander general brigade battalion defence defense idf
""".split()
)
ARMED_GROUP_WORDS = frozenset(
    """
militia militias militant militants group groups resistance rebels rebel insurgents insurgent
fighters gunmen terrorists terrorist jihadists taliban hezbollah hizballah hamas houthis houthi
brigade brigades isis isil al-qaida al-qaeda qaida qaeda aqim
""".split()
)
MEDIA_WORDS = frozenset(
    """
news press times post journal reuters afp ap bbc cnn voa nbc abc cbs msnbc fox jazeera
guardian telegraph tribune herald gazette broadcaster newspaper outlet tv television
radio channel media reporters journalists wire dpa xinhua tass irna
""".split()
)
# names whose "The" is part of the name, capitalised inside a sentence ("The New York
# Times", "The Hague"); any other body takes "the" ("the Department of the Treasury")
THE_NAME_WORDS = MEDIA_WORDS | frozenset({"hague", "economist", "atlantic"})
GOVERNMENT_WORDS = frozenset(
    """
ministry ministries government administration officials official department embassy state
white house kremlin cabinet parliament council authorities authority police office
""".split()
)
MINISTRY_WORDS = frozenset({"ministry", "department", "secretary", "minister"})

# ---- parties (parties.py) -----------------------------------------------------------
# ranks and honorifics: the title before a personal name ("Brigadier General", "Dr")
RANK_WORDS = frozenset(
    """
general brigadier major colonel lieutenant captain admiral commander sergeant corporal marshal
dr doctor mr mrs ms miss prof professor sir dame lord lady sheikh rev reverend imam rabbi
""".split()
)
# words of an office that are not the organisation ("Russia's Foreign minister" -> "Russia")
AFFILIATION_MODIFIERS = frozenset(
    """
foreign defense defence interior prime vice deputy acting chief senior national security
home finance health justice former top military press
""".split()
)
# a description's head word -> the kinds of named party it can stand for ("the group" -> ...);
# a named "organisation" may well be an armed group ("the Northern Front"): allowed
_GROUP = ("armed_group", "organisation")
DESCRIPTOR_KINDS = {
    **dict.fromkeys(("group", "groups", "organisation", "organization", "movement"), _GROUP),
    **dict.fromkeys(
        (
            "militants",
            "militant",
            "militia",
            "militias",
            "rebels",
            "insurgents",
            "fighters",
            "gunmen",
        ),
        _GROUP,
    ),
    **dict.fromkeys(
        ("ministry", "government", "administration", "authorities", "office"), ("government",)
    ),
    **dict.fromkeys(("department", "officials"), ("government", "military")),
    **dict.fromkeys(("agency",), ("government", "organisation", "media")),
    **dict.fromkeys(("company", "firm", "corporation", "companies", "firms"), ("organisation",)),
    **dict.fromkeys(("military", "army", "command", "forces"), ("military",)),
    **dict.fromkeys(("newspaper", "broadcaster", "outlet", "network", "channel"), ("media",)),
}
# descriptions that can stand for a country named only as a place ("Kenya ... the
# ministry said"); "the agency", "the group", "the company" never do
STATE_DESCRIPTORS = frozenset(
    "ministry government administration authorities office department officials".split()
)
# of them, the ones that name a country's own government, never a province's (parties)
NATIONAL_DESCRIPTORS = frozenset({"ministry", "government", "administration"})
# a place's name followed by one of these lies within a country ("Cabo Delgado province")
REGION_NOUNS = frozenset(
    "province provinces state states region regions district districts county counties "
    "prefecture prefectures governorate governorates oblast municipality".split()
)
# descriptions of a body ("the company", "the agency", "the ministry"): they never stand
# for a party of people ("Analysts", "Witnesses") nor for a person
BODY_DESCRIPTORS = frozenset(
    """
group groups organisation organization movement militia militias ministry government
administration office department agency company firm corporation companies firms military
army command newspaper broadcaster outlet network channel
""".split()
)
# determiners and counts before a description ("the group", "Two U.S. officials")
PARTY_DETERMINERS = frozenset(
    """
the a an this that these those its their two three four five several some many both other
senior top
""".split()
)
DEFINITE_DETERMINERS = frozenset("the this that these those its their".split())

# common nouns that name people or bodies able to say, find or promise something
AGENT_NOUNS = frozenset(
    """
official officials engineer engineers scientist scientists researcher researchers investigator
investigators expert experts analyst analysts witness witnesses resident residents doctor doctors
lawyer lawyers worker workers member members leader leaders soldier soldiers troops officer officers
police activist activists protester protesters student students teacher teachers developer developers
diplomat diplomats lawmaker lawmakers legislator legislators prosecutor prosecutors judge judges
spokesman spokeswoman spokesperson authorities authority government governments militant militants
rebel rebels people person man men woman women survivor survivors victim victims family families
relative relatives parent parents citizen citizens voter voters farmer farmers manager managers
staff team crew rescuers rescuer medic medics nurse nurses volunteer volunteers observer observers
monitor monitors inspector inspectors auditor auditors economist economists historian historians
critic critics supporter supporters opponent opponents candidate candidates minister ministers
company companies firm firms agency agencies group groups organization organizations
organisation organisations
colleague colleagues aide aides ally allies friend friends neighbor neighbors neighbour neighbours
strategist strategists consultant consultants donor donors delegate delegates organizer organizers
organiser organisers executive executives attorney attorneys advocate advocates pollster pollsters
commentator commentators republicans democrats conservatives liberals progressives parents nurse
campaign campaigns registrar registrars backer backers commissioner commissioners
villager villagers demonstrator demonstrators refugee refugees trader traders
""".split()
)
# common nouns of bodies that are not in ORG_WORDS: as the subject of the sentence before
# an "It said", the one that speaks ("The regional utility opened a plant in Dorvik. It
# said ..."); elsewhere they stay things ("managed by a regional utility")
BODY_NOUNS = frozenset(
    """
utility operator charity manufacturer contractor regulator watchdog insurer airline lender
""".split()
)
# prepositions whose object is where something happens ("opened a plant in Dorvik"),
# a place that is no party speaking as "it"
PLACE_PREPOSITIONS = frozenset("in at near outside inside across around".split())
# people who act for a body: "Its officials", "its mediators" belong to a party (an
# organisation, a country), never to a thing someone reported ("Its victims" may be an
# attack's, "its workers" a factory's: neither is here)
MEMBER_NOUNS = frozenset(
    """
official officials leader leaders member members mediator mediators negotiator negotiators
fighter fighters spokesman spokeswoman spokesperson representative representatives envoy
envoys diplomat diplomats commander commanders soldier soldiers troops minister ministers
militant militants
""".split()
)
# documents and studies are cited as sources ("a UN report said")
SOURCE_NOUNS = frozenset(
    """
report reports study studies survey surveys poll polls analysis review investigation inquiry
statement statements document documents paper assessment audit memo memos
ad ads advertisement advertisements commercial commercials mailer mailers flyer flyers
""".split()
)

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
NONPERSON_PRONOUNS = frozenset({"it", "they", "them"})
AGENT_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they", "it", "who"})
NAME_PARTICLES = frozenset(
    {"von", "der", "de", "van", "al", "bin", "la", "le", "du", "da", "del", "ibn"}
)
# acts whose doer is a person (or a body of people): coordinated into what someone said
# ("X said the border was open and promised to ..."), they are the speaker's own
PERSON_ACTS = frozenset("promise vow pledge swear urge vote insist accuse reiterate repeat".split())
# forms of address that, set off by a comma at the edge of a quote, name whom the speaker
# addresses ("Mr. Speaker, ...", "..., Senator."), with the title words
ADDRESS_WORDS = frozenset(
    {"madam", "madame", "mister", "sir", "speaker", "chair", "ma'am", "ma’am"}
)
# words a speaker mention may not start with
MENTION_LEADERS = frozenset({"also"})
SPEAKER_DETERMINERS = (
    "the",
    "a",
    "an",
    "another",
    "some",
    "two",
    "three",
    "four",
    "five",
    "several",
    "many",
    "both",
    "all",
    "other",
    "senior",
    "top",
    "also",
)

# ---- clause splitting ---------------------------------------------------------------
CONCESSIVE = frozenset({"though", "although"})
RESULT_VERBS = frozenset(
    {
        "result",
        "lead",
        "cause",
        "leave",
        "bring",
        "prompt",
        "trigger",
        "force",
        "kill",
        "injure",
        "wound",
        "spark",
    }
)
RELATIVIZERS = frozenset({"who", "which", "where"})
# participles that work as prepositions ("including", "following") never start a claim
# what one who speaks does while saying it ("said crime had fallen, citing police
# figures"): a participle of these after a reported clause is the speaker's, not the
# reported subject's
BASIS_PARTICIPLES = frozenset({"cite", "point", "refer", "quote", "reference", "invoke"})
PREPOSITIONAL_PARTICIPLES = frozenset(
    {
        "include",
        "accord",
        "follow",
        "regard",
        "concern",
        "exclude",
        "give",
        "consider",
        "involve",
        "compare",
    }
)
# what a clause did, named as a noun, for a ", resulting in ..." participle
EVENT_NOUNS = frozenset(
    {
        "attack",
        "strike",
        "airstrike",
        "bombing",
        "raid",
        "assault",
        "explosion",
        "blast",
        "shelling",
        "offensive",
        "crash",
        "collision",
        "shooting",
        "engagement",
        "invasion",
        "ambush",
        "barrage",
    }
)
VERB_NOMINALS = {
    "engage": "engagement",
    "attack": "attack",
    "bomb": "bombing",
    "shell": "shelling",
    "shoot": "shooting",
    "destroy": "destruction",
    "explode": "explosion",
    "raid": "raid",
    "invade": "invasion",
    "ambush": "ambush",
    "collide": "collision",
    "storm": "storming",
    "detonate": "detonation",
}
MODALS = frozenset(
    {"will", "would", "can", "could", "may", "might", "shall", "should", "must", "wo", "ca"}
)
POSSESSIVE_DETERMINERS = frozenset({"its", "their", "his", "her", "our", "my", "your"})
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})

# ---- pronouns and antecedents -------------------------------------------------------
RAISING_VERBS = frozenset(
    {
        "seem",
        "appear",
        "happen",
        "matter",
        "remain",
        "take",
        "turn",
        "emerge",
        "follow",
        "look",
        "sound",
    }
)
ANAPHORIC_DETERMINERS = (
    DEMONSTRATIVES | POSSESSIVE_DETERMINERS | frozenset({"such", "same", "other", "another"})
)
# singular common nouns that name a person: "he" may point at them, "it" never does
PERSON_NOUNS = frozenset(
    """
man woman boy girl child person witness gunman attacker assailant bomber shooter suspect victim survivor
official spokesman spokeswoman spokesperson minister president leader soldier officer doctor nurse
father mother son daughter husband wife brother sister friend resident worker driver pilot commander
expert analyst engineer scientist researcher teacher student lawyer judge reporter journalist
correspondent founder director chief secretary governor mayor senator ambassador envoy king queen
prince diplomat prosecutor activist farmer owner manager member guard visitor passenger
customer neighbour neighbor shopkeeper employee guest tourist eyewitness bystander vendor patient candidate
volunteer voter strategist consultant pollster lawmaker legislator councilman councilwoman
commissioner aide staffer economist attorney organizer moderator chairman chairwoman
incumbent challenger nominee contender opponent rival
author writer historian physician surgeon
""".split()
) | (
    TITLE_WORDS
    - ORG_WORDS
    - {
        "foreign",
        "defense",
        "defence",
        "interior",
        "national",
        "security",
        "acting",
        "deputy",
        "assistant",
        "head",
    }
)
# people named by what they do: "firefighters", "rescuers", "protesters", "militants"
AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "ee")
NOT_AGENTS = frozenset(
    """
number numbers order orders letter letters paper papers water waters border borders power powers
center centers centre centres computer computers monitor sector sectors factor factors error errors
matter matters quarter quarters layer layers chapter chapters filter filters tower towers counter
event events incident incidents element elements segment segments moment moments comment comments
document documents statement statements agreement agreements payment payments percent percentage
amount amounts department departments component components instrument instruments equipment
plant plants grant grants variant variants restaurant restaurants other others
""".split()
)

# ---- kinds and hedges ---------------------------------------------------------------
COMMIT_MODALS = frozenset({"will", "would", "shall", "must", "wo", "'ll", "’ll"})
FUTURE_AUX = frozenset({"will", "wo", "'ll", "’ll"})
COMMIT_ADJ = frozenset({"committed", "ready", "determined", "resolved", "prepared"})
DENIAL_PREDICATES = frozenset(
    {
        "involve",
        "responsible",
        "behind",
        "true",
        "accurate",
        "correct",
        "aware",
        "know",
        "participate",
        "link",
        "connect",
    }
)
EVALUATIVE_FIRST = frozenset(
    {
        "outraged",
        "heartbroken",
        "proud",
        "grateful",
        "saddened",
        "shocked",
        "concerned",
        "pleased",
        "delighted",
        "appalled",
        "deeply",
    }
)
OPINION_VERBS_FIRST = frozenset(
    {"believe", "think", "feel", "praise", "condemn", "appreciate", "hope"}
)
# states and happenings nobody can promise: "will be in effect", "would have a longer range"
STATIVE = frozenset(
    """
be have seem appear remain become need cost last exist happen occur mean include contain
fail fall rise drop increase decrease grow decline hit reach expire lapse weigh measure
""".split()
)
DEONTIC = frozenset({"must", "should", "ought"})
REPORTING_HEDGES = frozenset(
    {"reportedly", "allegedly", "purportedly", "supposedly", "ostensibly", "rumoredly"}
)
SPECULATIVE_ADVERBS = frozenset(
    {
        "likely",
        "probably",
        "possibly",
        "perhaps",
        "maybe",
        "apparently",
        "seemingly",
        "presumably",
        "unlikely",
        "conceivably",
    }
)
SPECULATIVE_MODALS = frozenset({"may", "might", "could"})
BELIEF_PASSIVES = frozenset(
    {
        "believe",
        "say",
        "think",
        "understand",
        "report",
        "allege",
        "rumor",
        "rumour",
        "expect",
        "suspect",
    }
)

# ---- numbers ------------------------------------------------------------------------
SMALL_NUMBERS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "dozen": 12,
    "couple": 2,
    "pair": 2,
    "half": 0.5,
}
SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1e12,
}
VAGUE_PLURALS = {
    "dozens": 12,
    "hundreds": 100,
    "thousands": 1000,
    "millions": 1_000_000,
    "billions": 1e9,
    "tens": 10,
}
ORDINAL_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "twentieth": 20,
    "hundredth": 100,
}
# a bare number read on a scale: "a magnitude 7.4 quake", "a 6.1-magnitude quake",
# "measured 7.8 on the Richter scale"; what such a reading measures
MAGNITUDE_WORDS = frozenset({"magnitude", "richter"})
QUAKE_NOUNS = frozenset({"earthquake", "quake", "tremor", "aftershock", "temblor"})
APPROX = frozenset(
    """approximately about around nearly almost roughly some estimated approx. approx
more over under fewer less least most up roughly circa ~ nearly""".split()
)
MONTHS = frozenset(
    """january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
TIME_UNITS = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years decade decades".split()
)
# nouns of "this year", "that morning": a time, not a reference back
TIME_WORDS = TIME_UNITS | frozenset(
    """morning afternoon evening night weekend season spring summer autumn fall
winter time quarter term""".split()
)
# the part of a set ("Many of them") that is a set in turn: a later "they" may be it
PLURAL_PARTS = frozenset("many most some several both all few".split())
# times of day named without a number ("before dawn"): no thing a pronoun could stand for
DAY_PARTS = frozenset("dawn dusk daybreak nightfall midnight noon sunrise sunset".split())
CURRENCIES = {"$": "USD", "€": "EUR", "£": "GBP", "dollars": "USD", "euros": "EUR", "pounds": "GBP"}
# a number after these is a label, not a quantity ("Article 5", "Flight 17")
NUMBER_LABELS = frozenset(
    {
        "article",
        "law",
        "order",
        "no",
        "resolution",
        "number",
        "flight",
        "e.o",
        "eo",
        "code",
        "route",
        "phone",
        "section",
        "chapter",
    }
)

# ---- rendering ----------------------------------------------------------------------
LEADING_JUNK = frozenset(
    {"and", "but", "or", "so", "that", "though", "although", "while", "yet", "then"}
)
# a sentence opening with these only states the other branch of the one before
DEPENDENT_OPENERS = (
    ("otherwise",),
    ("else",),
    ("if", "not"),
    ("if", "so"),
    ("in", "that", "case"),
    ("failing", "that"),
)

# ---- more speech frames (rules-1.5) ---------------------------------------------------
# verbs that present evidence: their subject is a source when it is a document or a count
EVIDENCE_VERBS = frozenset(
    {
        "show",
        "suggest",
        "indicate",
        "find",
        "reveal",
        "confirm",
        "point",
        "estimate",
        "conclude",
        "put",
    }
)
# documents, polls and counts that can be a source ("polls show", "records indicate")
EVIDENCE_NOUNS = frozenset(
    """
poll polls survey surveys data record records figure figures statistic statistics census tally
study studies report reports analysis analyses review audit research finding findings result results
document documents assessment estimate estimates count
filing filings disclosure disclosures projection projections forecast forecasts polling tallies
numbers transcript transcripts minutes log logs email emails memo memos invoice invoices
receipts messages correspondence
""".split()
)
# verbs by which someone gives an account without a speech verb ("Survivors described a
# chaotic scene"): a group that gives one is among whoever is quoted next
ACCOUNT_VERBS = frozenset({"describe", "recount", "recall", "relate", "detail"})
# speech verbs with an everyday non-speech sense: their subject must be able to speak
# ("That culture emphasizes loyalty", "the job demands patience")
# speech verbs with a sense in which no one speaks, so only a party (or a document)
# that can speak makes them a speech act: "stress" (a load), "tell" (a story), "deny"
# (withhold: "the sanctions would deny Tehran revenue"), "claim" (take: "the blast
# claimed 30 lives"), "reject" and "dismiss" (a machine rejects ballots)
AMBIGUOUS_SPEECH = frozenset(
    {
        "emphasize",
        "emphasise",
        "stress",
        "maintain",
        "reveal",
        "demand",
        "doubt",
        "tell",
        "deny",
        "claim",
        "reject",
        "dismiss",
    }
)
# nouns whose that-clause is someone's assertion ("the allegation that ...", "its claim that ...")
ASSERTION_NOUNS = frozenset(
    """
allegation allegations claim claims assessment assertion accusation accusations charge charges
contention argument belief conclusion finding findings suggestion statement warning insistence
""".split()
)
# what a verb of denial ("deny", "reject", "dismiss", "dispute") can deny as an account,
# or answer as what others said: "denied the allegations", "rejected the report",
# "denied any wrongdoing", "rejected calls to resign"; with any other
# object it refuses or turns down ("The court denied him bail", "rejected the offer"),
# an act, not a statement (attribute.speech_content)
DENIABLE_NOUNS = ASSERTION_NOUNS | frozenset(
    """
report reports account accounts version story stories rumour rumours rumor rumors idea notion
reading interpretation characterization characterisation description estimate estimates
figure figures number numbers toll result results data wrongdoing involvement responsibility
role link links knowledge existence presence truth accuracy authenticity validity
call calls demand demands criticism criticisms complaint complaints concern concerns fear fears
speculation comparison comparisons suggestion suggestions
""".split()
)
# what "deny" withholds rather than denies as an account ("denied the request for bail",
# "was denied entry"): with any other object "deny" denies ("denied the strike plan")
REFUSED_NOUNS = frozenset(
    """
access entry bail permission request requests application applications visa visas appeal
appeals asylum passage parole permit permits license licence clearance admission treatment
care service services benefits funding right rights leave landing
""".split()
)
# verbs that ask: their whether/if/wh- complement is a question, not a claim of fact
QUESTION_VERBS = frozenset({"ask", "wonder", "question", "inquire", "enquire", "query"})
QUESTION_WORDS = frozenset(
    {"whether", "if", "why", "how", "what", "who", "whom", "when", "where", "which"}
)
# generic channels in an attribution tail ("..., report says"): they carry a claim, they don't make it
CHANNEL_NOUNS = frozenset({"report", "reports", "media"})

# ---- attribution on political coverage (attrib branch) -----------------------------
# participles by which a speaker goes on with their own account (", adding that ...",
# ", noting ...", ", telling reporters ..."): never a reported clause's own speech
CONTINUING_SPEECH = frozenset(
    {"add", "note", "stress", "emphasize", "emphasise", "explain", "insist", "tell", "caution"}
)

# nouns for what someone said, before a colon that gives it ("Benz's message was blunt: ...",
# "The mayor had a simple answer: ...")
STATEMENT_NOUNS = frozenset(
    """
statement message answer response reply verdict view position argument point advice conclusion
prediction promise pitch warning claim announcement assessment explanation
""".split()
)
# words of a mention that tell a person's gender, for "he said" / "she said" after two people
FEMALE_WORDS = frozenset(
    """
ms mrs miss madam lady queen princess duchess dame sister mother wife daughter woman girl
spokeswoman councilwoman congresswoman chairwoman assemblywoman alderwoman businesswoman
""".split()
)
MALE_WORDS = frozenset(
    """
mr sir lord king prince duke brother father husband son man boy
spokesman councilman congressman chairman assemblyman alderman businessman
""".split()
)
# verbs whose clause says what should be done, not what is ("recommended that the county
# require two signatures"): the whole sentence is the speaker's recommendation
DIRECTIVE_VERBS = frozenset({"recommend", "advise", "propose"})
# directives that are the subject's advice with an object too ("The staff recommended a
# smaller increase"), unlike "proposed a budget" (an act)
ADVICE_VERBS = frozenset({"recommend", "advise"})
# verbs that characterise someone or something "as" what the subject says it is
# ("described him as a quiet man", "branded the plan a giveaway")
CHARACTERISE_VERBS = frozenset(
    {"describe", "portray", "characterize", "characterise", "label", "brand", "dub", "depict"}
)
# acts of speech whose object carries the subject's own view or assertion (a verdict, a
# denial, a confirmation, a claim of an attack): told inside another's report ("SITE said
# AQIM called the attackers heroes", "A group has claimed the bombing, officials said")
# they stay the subject's, the reporter passing them on; other acts told whole ("the
# agency said donors have pledged $40 million") are the reporter's account
VIEW_ACTS = STANCE | CHARACTERISE_VERBS | DENY | CONFIRM | {"claim"}
# verbs that order or let someone do something: passive with a "to"-clause ("They were
# ordered to leave"), their subject is a set that can act (coref.Antecedents._ordered_set)
ORDER_VERBS = frozenset(
    """
order tell ask force allow permit require instruct urge direct compel oblige summon invite
advise authorise authorize forbid
""".split()
)
# orders only someone gives ("They ordered the mine closed"), unlike "require", "force"
# or "allow", which rules and events do too
COMMAND_VERBS = frozenset(
    "order instruct direct summon ask tell urge authorise authorize forbid".split()
)
# verbs by which someone talks about a thing, making it the topic a verdict after them
# is about: "The adviser defended the agreement. Critics called it a surrender" ->
# "the agreement" (coref.Antecedents._verdict_it); not verbs of doing something to it
# ("raised the tax", "rejected the offer"), whose verdict may be on the act
TOPIC_VERBS = CHARACTERISE_VERBS | frozenset(
    """
defend discuss criticize criticise praise condemn welcome attack question review
""".split()
)

# ---- verb-phrase ellipsis (ellipsis.py) ---------------------------------------------
# auxiliaries that can stand for a verb phrase left out ("he did not", "it had not")
ELLIPSIS_AUX = frozenset({"do", "be", "have"})
# what an elliptical auxiliary may still carry: "he did not", "so did she", "it had, too"
ELLIPSIS_NEUTRAL_DEPS = frozenset(
    {"nsubj", "nsubjpass", "neg", "advmod", "punct", "cc", "mark", "aux", "expl", "discourse"}
)
# a bare quantifier as the subject of an elliptical answer ("Neither did.", "Most did
# not.", "Only two had."): it counts the group the question was put to
# words that make a speaker a share of some people ("58 percent of voters", "most
# residents", "a majority of parents"): respondents, who speak through a poll named
SHARE_WORDS = frozenset(
    {"percent", "%", "most", "majority", "half", "third", "thirds", "quarter", "plurality"}
)
SINGLE_QUANTIFIERS = frozenset({"neither", "either", "each"})
PLURAL_QUANTIFIERS = frozenset({"both", "all", "most", "many", "some", "few"})
# the parts of a verb phrase that come back with the verb
VP_DEPS = frozenset(
    {
        "dobj",
        "dative",
        "prep",
        "xcomp",
        "ccomp",
        "acomp",
        "attr",
        "oprd",
        "prt",
        "agent",
        "npadvmod",
    }
)

# ---- demonstratives that point at a clause or a set (resolve.py) ----------------------
# "This meant (that) X", "This shows X": the claim is X, the demonstrative only links it
CONSEQUENCE_VERBS = frozenset(
    {"mean", "show", "suggest", "indicate", "imply", "prove", "demonstrate", "signal"}
)
# an official act named after the fact by a noun ("OFAC is sanctioning six companies.
# This action demonstrates ..."): verb -> (the noun its act is rendered with, the
# preposition before what it acted on, the nouns that can name the act)
_ACT_LABELS = frozenset({"action", "step", "measure", "move", "decision"})
ACT_OF_VERB = {
    "sanction": ("sanctions", "on", _ACT_LABELS | {"sanction", "designation"}),
    "designate": ("designation", "of", _ACT_LABELS | {"designation"}),
    "deploy": ("deployment", "of", _ACT_LABELS | {"deployment"}),
    "expel": ("expulsion", "of", _ACT_LABELS | {"expulsion"}),
    "suspend": ("suspension", "of", _ACT_LABELS | {"suspension"}),
    "evacuate": ("evacuation", "of", _ACT_LABELS | {"evacuation"}),
    "indict": ("indictment", "of", _ACT_LABELS | {"indictment"}),
    "deliver": ("deliveries", "of", _ACT_LABELS | {"delivery"}),
}
# verbs whose object itself names the act ("is imposing sanctions on ...", "conducted
# strikes against ..."): "This action" is that object; the object nouns that can be one
ACT_OBJECT_VERBS = frozenset(
    "impose conduct launch carry announce order approve take direct".split()
)
ACT_OBJECT_NOUNS = frozenset(
    "sanction restriction ban measure designation deployment evacuation".split()
)
# a sum or a programme of aid given ("is providing $60 million in humanitarian
# assistance. This funding will ..."): the nouns that name it, and the verbs that give it
FUNDING_NOUNS = frozenset("funding assistance aid support money contribution package".split())
GIVING_VERBS = frozenset("provide announce pledge commit give allocate contribute".split())
# what a letter or report calls itself ("I am providing this report ..."): the document
# the text is, named by its title
DOCUMENT_NOUNS = frozenset({"report", "letter", "statement", "notification"})
DOCUMENT_TITLE_WORDS = ("letter", "report", "statement", "notification", "message")
# "Forces conducted strikes against a depot and a workshop. These facilities ...";
# "Many now live in schools and churches. These sites ...": nouns for places, which a
# plural demonstrative can name the places a clause before acted against or was in by
SITE_NOUNS = frozenset(
    "facility site target location installation building compound structure".split()
)
# nouns that name a verb's act without its stem ("decided to close the border. That
# decision ..."): noun lemma -> verb lemma, or verb lemmas (demonstratives.same_stem)
ACT_NOUN_VERB = {
    "decision": ("decide", "vote"),
    "invasion": "invade",
    "detention": "detain",
    "suspension": "suspend",
    "extension": "extend",
    "expansion": "expand",
    "intervention": "intervene",
    "destruction": "destroy",
    "seizure": "seize",
    "choice": "choose",
    "response": "respond",
    "conclusion": "conclude",
    "admission": "admit",
    "explosion": "explode",
    "closure": "close",
    "failure": "fail",
    "denial": "deny",
    "loss": "lose",
    "sale": "sell",
    "division": "divide",
    "exclusion": "exclude",
}
ACT_NOUN_VERB_PAIRS = frozenset(
    (noun, verb)
    for noun, verbs in ACT_NOUN_VERB.items()
    for verb in ((verbs,) if isinstance(verbs, str) else verbs)
)
# "It is one of the most dangerous places in the world": said to be a place, "it" is the
# one place the sentence before named
PLACE_NOUNS = frozenset(
    "place country city town region area nation state province capital village district county "
    "neighborhood neighbourhood settlement camp municipality".split()
)
# "The rebels fired mortars in response": a clause that answers the one before, the two
# an exchange a "this" after them may sum up (demonstratives._joined)
RESPONSE_NOUNS = frozenset({"response", "retaliation", "return", "reply", "answer"})
# plural nouns that end a firm's name ("Harbour Homes", "Riverside Foods", "Atlas
# Partners"): a name the tagger calls a person's that ends in one is an organisation's
# (repair.plural_person_names)
FIRM_NAME_NOUNS = frozenset(
    """
homes foods motors holdings partners systems industries airways airlines brands builders
developers properties estates resources technologies solutions services networks
pharmaceuticals laboratories labs investments securities communications enterprises
products mills farms stores markets logistics materials metals minerals ventures associates
consultants engineers contractors outfitters supplies studios records entertainment
""".split()
)
# verbs whose patient is a gathering ("It was attended by 300 guests", "The chair
# adjourned it"), and the nouns that name one: an "it" there stands for a gathering or
# for nothing the rules can name (resolve.gathering_it)
GATHERING_VERBS = frozenset({"attend", "adjourn", "convene", "chair", "boycott"})
GATHERING_NOUNS = frozenset(
    """
meeting ceremony service funeral memorial vigil rally march protest demonstration conference
summit session hearing trial festival fair dinner concert match game event gathering
celebration parade reception wedding forum talks briefing launch exhibition show screening
tournament race convention assembly congress party commemoration mass prayer prayers
inauguration opening graduation lecture debate meet workshop seminar course class
""".split()
)
# what someone runs or carries out, not a thing it delivers ("These programs depend on
# ..." after "Our partners deliver food, clean water and medical care": not the food)
UNDERTAKING_NOUNS = frozenset(
    """
program programme project initiative scheme campaign service plan policy mission
partnership venture drive
""".split()
)
# "This includes X": X is part of a set named in the sentence before
INCLUSION_VERBS = frozenset({"include", "comprise", "cover", "contain", "involve"})
# nouns that only re-label what a clause before said happened ("those actions")
SHELL_NOUNS = frozenset(
    """
action move step measure incident event operation activity development act effort
""".split()
)

# ---- who a speaker's "we" is (attribute.py) ---------------------------------------------
# roles that speak for an organisation: inside their quotes "we" is the organisation
SPEAKS_FOR_NOUNS = frozenset(
    """
spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople representative
""".split()
)

# ---- reporting continuation (continuation.py) ------------------------------------------
# adverbs that mark the article's own background, not the reported account
BACKGROUND_ADVERBS = frozenset(
    {"previously", "earlier", "formerly", "historically", "ago", "once", "originally"}
)

# verbs that give a thing its name ("It is called the Mars Chopper", "a rover named X")
NAMING_VERBS = frozenset({"call", "name", "dub", "christen", "nickname", "title"})

# ---- claims that read on their own (coref.py, resolve.py; the resolve helper's section) --
# adjectives whose "to"-clause has the subject's own referent: "It is able to fly" is the
# helicopter, not an expletive like "It is hard to say"
CONTROL_ADJECTIVES = frozenset(
    """
able unable ready willing unwilling eager determined keen reluctant prepared set poised due
likely unlikely certain sure free quick slow expected
""".split()
)
# the object of these is dead: it does not compete for the subject of a later act
# ("The floods killed 300 people. They also destroyed roads")
KILL_VERBS = frozenset({"kill", "murder", "execute", "assassinate", "slay", "behead"})
# what an event does to people ("the bombing of the embassy, which killed 63 people"):
# a relative clause with one of these is about the event, not the place it struck
HARM_VERBS = KILL_VERBS | frozenset({"injure", "wound", "claim", "displace", "maim"})
# what happens to people who are then its victims ("The floods have affected 33 million
# people. They have destroyed ...": the floods, not the people)
VICTIM_VERBS = (HARM_VERBS - {"claim"}) | frozenset({"affect", "strand"})
# modifiers that introduce a different referent from an earlier mention of the same noun:
# "take further action ... this action" is not the further action
NEW_REFERENT_MODIFIERS = frozenset("further additional another other future next".split())
# "dozens of tree stumps" -> "the tree stumps": a quantity heading the mention
QUANTITY_HEADS = frozenset(
    """
dozens hundreds thousands millions scores number numbers some many most all several
""".split()
)
# words that count a set roughly as a subject: "Thousands of residents fled ... They ..."
# (coref.Antecedents._crowd)
CROWD_HEADS = frozenset("dozens hundreds thousands millions scores".split())
# names that take "the" in running text: "Pentagon spokesman" -> "the Pentagon will ..."
DEFINITE_NAMES = frozenset(
    """
pentagon kremlin vatican white_house state_department us u.s. usa uk u.k. united_states
united_kingdom united_nations un u.n. european_union eu netherlands philippines knesset
elysee élysée
""".split()
)
# titles whose holder speaks for a government: a minister's "we" is the government
GOVERNMENT_TITLES = frozenset({"minister", "secretary", "chancellor", "premier"})
# verbs whose subject does not act: "The attacks were carried out by X. They marked the
# beginning of ..." -- a "they" of these may stand for something acted on
NON_AGENTIVE_VERBS = frozenset(
    """
mark reflect represent remain constitute follow precede come mean signal underscore highlight
demonstrate show include contain comprise cover involve affect cost last occur happen exceed
total amount account
""".split()
)
# verbs that report an attack: "a bomb struck the embassy. That attack killed 11" -> the
# attack on the embassy
ATTACK_VERBS = frozenset(
    "strike hit attack bomb shell target raid storm ambush bombard besiege".split()
)
# nouns for what a party did, named after the fact ("These abuses have forced ..."):
# with nothing nearer, the acts of the subject before ("the militia's abuses")
ACT_NOUNS = frozenset(
    """
abuse abuses violation violations crime crimes atrocity atrocities action actions act acts
attack attacks operation operations measure measures step steps move moves effort efforts
activity activities
""".split()
)
# acts only a party (a person, an organisation, a country) does: "It hosts more than half
# of the refugees" is the government, not the border it kept open
PARTY_ACTS = frozenset(
    """
host sign ratify appoint elect hire deploy arrest detain sanction designate negotiate vote
recognize recognise expel summon prosecute invite thank congratulate ban ask nominate
""".split()
)
# verbs whose passive subject can only be an act: "They were conducted at night",
# "They were carried out by ..." (the strikes, not the depots they hit)
ACT_PASSIVES = frozenset({"conduct", "carry", "launch", "execute", "undertake", "stage", "mount"})
# "the deaths of five aid workers. They were delivering food": the people an event
# happened to can be "they"
VICTIM_EVENT_NOUNS = frozenset(
    "death deaths killing killings murder murders arrest arrests detention release kidnapping abduction injury injuries".split()
)
# verbs of seeing: "He says he saw a gunman arrive" is an account of the gunman
PERCEPTION_VERBS = frozenset({"see", "hear", "watch", "notice", "spot", "witness", "observe"})
# one person seen in an attack, by any of these names ("a gunman" ... "The attacker")
PERPETRATOR_NOUNS = frozenset(
    """
gunman gunmen attacker attackers assailant assailants shooter shooters bomber bombers
militant militants suspect suspects perpetrator perpetrators
""".split()
)
# verbs by which a party does what a later "this action" names: "I directed the
# deployment of a battery ... I took this action"
ORDERING_VERBS = frozenset(
    "direct order approve authorize announce launch conduct begin take carry".split()
)
# nominal endings of such acts ("deployment", "evacuation", "suspension")
ACT_SUFFIXES = ("ment", "tion", "sion")
# a verb done more than once ("have repeatedly called on ..."): "these calls" are its acts
REPEAT_ADVERBS = frozenset({"repeatedly", "again", "often", "regularly", "twice", "frequently"})
# "This comes as ...", "That followed ...": a bare demonstrative placing the event
# just reported in time
TIMING_VERBS = frozenset({"come", "follow", "happen", "occur"})
# ---- who a pronoun is (coref) ----------------------------------------------------
# what the party that reported something does (not) give about it: after "The ministry
# said the pair had violated their visas", "It did not give details", "He declined to
# elaborate" are the reporter's acts, not the reported subject's.
# acts of a reporter whatever their polarity ("It commented on ...")
DISCLOSURE_VERBS = frozenset({"elaborate", "comment"})
# ... and these when negated or refused ("did not say", "declined to name")
WITHHELD_VERBS = frozenset(
    "say name identify specify disclose reveal explain detail confirm release".split()
)
# giving what a report lacks ("gave no details", "did not provide evidence")
GIVING_DISCLOSURE_VERBS = frozenset("give provide offer release share present cite".split())
DISCLOSURE_NOUNS = frozenset(
    """
detail information evidence explanation comment reason figure breakdown specific timeline
proof source name number estimate
""".split()
)
REFUSAL_VERBS = frozenset({"decline", "refuse"})
# determiners of an object that introduces no referent a later pronoun could take
# ("has not found any evidence. It will continue ...": the rover, not the evidence)
NON_REFERRING_DETERMINERS = frozenset({"any", "no"})
# determiners of a subject that counts or quantifies ("Some parents", "all property",
# "No group"): no one referent a pronoun in the next sentence could go on with
QUANTIFYING_DETERMINERS = NON_REFERRING_DETERMINERS | frozenset(
    "all every each some another other such many most few several".split()
)

# ---- demonstratives that name an earlier thing more generally (demonstratives.py) -------
# "2,000 military personnel ... These forces are equipped for combat": the noun after a
# demonstrative -> the nouns of an earlier mention it may stand for (its own lemma is
# handled by resolve.restore_demonstratives)
KIND_OF = {
    "force": frozenset("troop personnel soldier marine sailor airman paratrooper unit".split()),
    "troop": frozenset("soldier personnel marine paratrooper".split()),
    "atrocity": frozenset("crime abuse massacre killing".split()),
    "attack": frozenset("strike airstrike bombing raid assault shelling ambush".split()),
    "weapon": frozenset("missile rocket drone bomb rifle gun shell mine".split()),
    "company": frozenset("firm bank lender insurer retailer carmaker manufacturer startup".split()),
    "firm": frozenset("company bank lender insurer retailer carmaker manufacturer startup".split()),
    "business": frozenset("company firm shop store retailer restaurant".split()),
    "drug": frozenset("medicine medication pill vaccine treatment therapy antibiotic".split()),
    "medicine": frozenset("drug medication pill vaccine antibiotic".split()),
    "treatment": frozenset("drug medicine medication therapy vaccine".split()),
    "disaster": frozenset(
        "earthquake quake flood storm hurricane typhoon cyclone wildfire".split()
    ),
    "storm": frozenset("hurricane typhoon cyclone tornado".split()),
    "facility": frozenset("plant factory reactor depot base laboratory refinery".split()),
    "site": frozenset("plant factory reactor depot base facility".split()),
    "vehicle": frozenset("car truck bus van tank".split()),
    "law": frozenset("bill act statute".split()),
    "measure": frozenset("bill restriction ban curfew lockdown tariff sanction".split()),
    "restriction": frozenset("ban curfew lockdown limit".split()),
    "official": frozenset("minister diplomat officer ambassador envoy".split()),
    "conflict": frozenset("war fighting hostilities".split()),
    "reporter": frozenset("journalist correspondent".split()),
    "journalist": frozenset("reporter correspondent".split()),
    "shot": frozenset("vaccine jab".split()),
    "vaccine": frozenset("shot jab".split()),
    "group": frozenset("militia network organization faction".split()),
    "organization": frozenset("group militia network".split()),
    "tragedy": frozenset(
        "attack strike airstrike bombing shooting massacre explosion blast crash killing".split()
    ),
    "incident": frozenset("attack strike shooting explosion blast crash collision killing".split()),
}
# "He has served as the head of operations since 2020. In that role, ..." -> "As the
# head of operations, ...": the nouns for a post, and the verbs that give one ("serve
# as", "was appointed as", "became")
ROLE_NOUNS = frozenset("role capacity position post job".split())
ROLE_AS_VERBS = frozenset("serve act work appoint name elect hire promote install".split())
# fronted phrases that only tie a claim to what came before ("In response to these
# attacks, ..."): with the demonstrative's referent unknown, the claim is read without them
POINTING_FRAMES = frozenset(
    {
        "in response to",
        "as a result of",
        "because of",
        "due to",
        "following",
        "after",
        "despite",
        "in spite of",
        "in light of",
        "in the wake of",
        "in addition to",
        "on top of",
    }
)

# what two parties do together: after "The senator met union leaders", "They discussed
# the budget" is both of them, not the leaders alone
JOINT_VERBS = frozenset(
    """
meet talk speak join negotiate discuss confer agree sign exchange embrace shake hold pose
reach debate consult cooperate collaborate partner ally accompany
""".split()
)
# "This exposes more of the forest", "This could prolong the pandemic": verbs of an effect,
# whose bare "this" subject is the happening the sentence before reported
EFFECT_VERBS = frozenset(
    """
trigger cause expose turn make lead prolong help hurt raise lower increase reduce drive fuel
threaten damage allow force push harm boost worsen delay slow speed create produce weaken
strengthen prevent block spark provoke leave put kill destroy release melt speed deepen
cut affect endanger submerge disrupt
""".split()
)
# a participle of an effect after a report set after its account ("Prices will fall, the
# minister said, easing pressure on households"): the account's, not the speaker's act
EFFECT_PARTICIPLES = EFFECT_VERBS | RESULT_VERBS | frozenset({"ease"})
# what a bare "this" is judged to be ("This is good news", "That was a mistake")
EVALUATION_NOUNS = frozenset(
    """
news sign step milestone setback blow relief surprise concern problem mistake success
achievement victory breakthrough disappointment tragedy shame violation breach outrage
disgrace travesty
""".split()
)
# "Inflation rose to 9 percent. This increase ..." -> "the increase in inflation to 9
# percent": nouns of a change and the verbs that report one, by direction
CHANGE_NOUNS = {
    "up": frozenset("increase rise jump surge growth gain climb hike".split()),
    "down": frozenset("decrease drop fall decline slump plunge reduction slide".split()),
}
CHANGE_VERBS = {
    "up": frozenset("rise increase climb jump grow surge soar gain".split()),
    "down": frozenset("fall drop decline decrease slump plunge shrink slide sink".split()),
}
# "The two armies clashed near the village. This engagement lasted four hours." -> "the
# engagement between the two armies near the village": nouns of a fight, verbs that report one
FIGHT_NOUNS = frozenset("engagement clash battle fighting skirmish firefight".split())
FIGHT_VERBS = frozenset("clash fight engage battle skirmish".split())
# a bare "this" these take as their object is the claim just before: "Carter denied
# this" -> "Carter denied that Adams had warned him" (demonstratives._stance_this)
STANCE_OBJECT_VERBS = frozenset("deny dispute confirm acknowledge admit regret doubt".split())
# a noun for what someone said or found, after "that"/"this", as the object of a verb of
# stance: "Okafor disputed that reading" -> "the reading that <the claim before>"
# (demonstratives._stance_this)
ACCOUNT_NOUNS = frozenset(
    """
reading account claim claims characterisation characterization assessment estimate
interpretation version description assertion allegation allegations conclusion finding
findings figure figures forecast projection analysis view views argument arguments contention
""".split()
)
# words by which the author reacts to something ("We are deeply concerned by reports that
# ...", "The United States condemns ..."): "This is unacceptable" after one judges what
# they react to, never the reaction itself (demonstratives.clause_this)
REACTION_WORDS = frozenset(
    """
concerned alarmed troubled saddened shocked appalled outraged disturbed dismayed horrified
heartbroken disappointed condemn deplore denounce welcome mourn applaud commend regret
""".split()
)
# verbs of stance that take such a noun ("rejected that account", "questioned this estimate")
ACCOUNT_STANCE_VERBS = STANCE_OBJECT_VERBS | frozenset(
    "reject dismiss refute rebut contest question challenge accept endorse".split()
)
# "most of the funding", "one of the attacks": a part of what the noun names
PARTITIVE_WORDS = frozenset("one some many most all each any none few several".split())
# what struck something, for "This attack" a sentence or two later ("A truck bomb
# destroyed the embassy", demonstratives.struck_antecedent)
STRIKING_VERBS = ATTACK_VERBS | frozenset({"destroy"})

# ---- a bare "this" for the sum just given (demonstratives.money_antecedent) -------------
# "The United States is announcing $40 million in assistance. This brings the total ..."
# -> "The $40 million in assistance brings ...": verbs that give a sum, and the nouns a
# bare "this" is said to be when it is that sum ("This is the largest investment ...")
SUM_GIVING_VERBS = GIVING_VERBS | frozenset(
    "award invest approve grant donate release allocate disburse".split()
)
# what marks an occasion: "This marks the first time ...", "This represents a milestone":
# what does it is the act just told, not the sum of money it moved
OCCASION_NOUNS = frozenset(
    "time first milestone occasion step breakthrough departure shift moment turning".split()
)
SUM_NOUNS = FUNDING_NOUNS | frozenset(
    "investment commitment pledge grant tranche sum amount donation contribution".split()
)
# a clause of a state, not of a happening: its bare "this" is no effect of it ("These
# systems often lack the staff. This will help them ..." is not the lacking)
STATE_VERBS = frozenset(
    "be have seem appear remain lack own possess know belong resemble deserve need cost exist "
    "mean include contain".split()
)
# an attack a verb reported, named by its noun ("Militias shelled the market. This forced
# ..." -> "The shelling of the market forced ..."; demonstratives.act_this)
ATTACK_NOMINALS = {
    "attack": "attack",
    "strike": "strike",
    "hit": "strike",
    "target": "attack",
    "bomb": "bombing",
    "shell": "shelling",
    "raid": "raid",
    "storm": "storming",
    "ambush": "ambush",
    "bombard": "bombardment",
}
# where in a country a place lies ("in the north", "in northern Syria")
COMPASS_WORDS = frozenset(
    """
north south east west northeast northwest southeast southwest northern southern eastern
western northeastern northwestern southeastern southwestern central
""".split()
)
# ---- demonstrative determiners mid-claim (determiners.py) -----------------------------
# "announced $30 million in humanitarian assistance ... This assistance provides ..." ->
# "the $30 million in humanitarian assistance": nouns for a sum of money given or spent
# (with "in <aid>" after the sum), and nouns for a sum as such ("That amount would not be
# enough" -> "the amount of 1.2 billion reais")
MONEY_AID_NOUNS = FUNDING_NOUNS | frozenset({"fund", "relief"})
# a sum given as a thing of its own ("a $3 billion loan", "a $20 million aid package"):
# "Those funds ..." after it is that loan or package (determiners.money_antecedent)
MONEY_VEHICLE_NOUNS = MONEY_AID_NOUNS | frozenset(
    "loan loans grant grants credit donation allocation appropriation".split()
)
MONEY_SUM_NOUNS = frozenset("amount sum figure revenue price cost".split())
# "The ADF has killed more than 1,200 civilians. These killings ..." -> "the killings of
# more than 1,200 civilians": nouns for a death or a killing, and the verbs that report
# one (the dead are their object, or the subject of a passive or of "die")
DEATH_NOUN_VERBS = {
    "killing": frozenset({"kill", "murder", "execute"}),
    "death": frozenset({"kill", "die", "murder", "execute"}),
    "loss": frozenset({"die"}),
    "murder": frozenset({"murder"}),
}
# "The Somali government closed 250 bank accounts ... The Department welcomes this
# step" -> "the step by the Somali government to close 250 bank accounts": nouns for
# one act taken by a party the sentence before names
STEP_NOUNS = frozenset({"step", "move", "decision"})
# verbs whose clause is not an act of the subject that a "step" could name
NOT_A_STEP_VERBS = frozenset(
    "be have say tell call describe add note urge welcome condemn remain seem appear".split()
)
# "Western governments have accused Minsk of ... Officials in Minsk deny those
# accusations" -> "Western governments’ accusations against Minsk of ...": nouns for
# what a party said of another, named after the verb that reported it
SPEECH_ACT_NOUNS = frozenset(
    "accusation allegation claim charge warning threat demand promise pledge criticism "
    "complaint assurance".split()
)
# "condemns this heinous attack": adjectives that judge the thing a demonstrative points
# at without saying which one it is (determiners.py keeps them before the antecedent)
EVALUATIVE_ADJECTIVES = frozenset(
    "heinous horrific horrendous horrible terrible brutal cowardly senseless despicable "
    "barbaric vicious appalling abhorrent reprehensible unprovoked unconscionable "
    "outrageous shocking tragic devastating deadly important historic welcome".split()
)

# ---- "this/that + noun" naming the clause just before by another word ----------------
# (demonstratives.noun_join: "Police fired tear gas at protesters. This crackdown drew
# criticism." -> "Police fired tear gas at protesters, a crackdown that drew criticism."):
# countable nouns of an act, an event or how one turned out, which a clause can be without
# naming it by that word; with them any noun of an act (``ACT_SUFFIXES``: "this
# deployment", "this operation") that is not one of ``JOIN_NOT_ACTS`` (no "a" before it,
# not what a clause is, or a noun another rule names or deliberately leaves: an attack,
# a fight, a change, a step, a sum, "this action" a party takes)
JOIN_NOUNS = (SHELL_NOUNS - {"action", "move", "step"}) | frozenset(
    """
crackdown clampdown protest blockade boycott walkout ban deal accord pact truce defeat victory
win loss setback blow milestone breakthrough tragedy violation breach purge reversal
withdrawal approval refusal dismissal proposal rally march crisis standoff incursion attempt
ruling verdict penalty closure seizure shutdown lockdown takeover coup uprising
""".split()
)
JOIN_NOT_ACTS = (
    FUNDING_NOUNS
    | SUM_NOUNS
    | EVENT_NOUNS
    | FIGHT_NOUNS
    | CHANGE_NOUNS["up"]
    | CHANGE_NOUNS["down"]
    | STEP_NOUNS
    | frozenset(
        """
action information legislation inflation pollution corruption cooperation participation
population nation station position condition question mention attention section
portion ration relation organisation organization institution administration
foundation generation region department government parliament document instrument
equipment environment statement comment moment
regard respect way case context sense spirit vein connection manner end point light note
""".split()
    )
)
