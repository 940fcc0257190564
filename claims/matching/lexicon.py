"""Word lists of the matching layer, in one place."""

# Words too common to say that two claims are about the same thing.
STOPWORDS = frozenset(
    """
a an the and or but if of to in on at by for with from as is are was were be been being it its
this that these those he she they we you i his her their our your them us him me my
would could should will shall may might can has have had do does did
than then there here also so very just into out up down over under about after before
all each other such only own same some any more most
which who whom what why how when where while
""".split()
)

# Words that turn a statement into its opposite when one side has them and the other not.
NEGATIONS = frozenset(
    """
not no never none nobody nothing neither nor n't cannot without
""".split()
)

# Reporting verbs of a denial, and phrases by which a speaker says it could not confirm.
DENIAL_WORDS = frozenset(
    """
deny denies denied denying denial reject rejects rejected rejecting dismiss dismissed dismisses
refute refuted refutes disavow disavowed rebut rebutted dispute disputed false untrue fake
baseless unfounded fabricated hoax
""".split()
)
UNCONFIRMED_PHRASES = (
    "could not confirm",
    "couldn't confirm",
    "can not confirm",
    "cannot confirm",
    "could not verify",
    "couldn't verify",
    "cannot verify",
    "unable to confirm",
    "unable to verify",
    "not able to confirm",
    "no evidence",
    "did not confirm",
    "has not confirmed",
    "have not confirmed",
    "not been confirmed",
    "not been verified",
    "unconfirmed",
    "unverified",
)

# Words of social-media boilerplate in a pasted post (what a matcher ignores in a query).
TWEET_NOISE = ("pic.twitter.com/", "https://", "http://", "www.")

# Prepositions after which a capitalised name is where something happened.
LOCATIVES = frozenset("in near at outside inside across around within".split())
# Words that narrow a place ("northern Iraq"): part of the place's name for comparison.
PLACE_QUALIFIERS = frozenset(
    """
north south east west northern southern eastern western central northeast northwest southeast
southwest northeastern northwestern southeastern southwestern upper lower greater
""".split()
)
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MONTHS = frozenset(
    """
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
""".split()
)

# Countries, by the names and abbreviations a claim uses for them -> one canonical name.
COUNTRY_NAMES = {
    **{
        name: name
        for name in """
afghanistan albania algeria angola argentina armenia australia austria azerbaijan bahrain
bangladesh belarus belgium benin bolivia bosnia brazil bulgaria burkina-faso burundi cambodia
cameroon canada chad chile china colombia congo croatia cuba cyprus denmark djibouti ecuador
egypt eritrea estonia ethiopia finland france gabon georgia germany ghana greece guatemala guinea
haiti honduras hungary india indonesia iran iraq ireland israel italy japan jordan kazakhstan
kenya kosovo kuwait kyrgyzstan laos latvia lebanon liberia libya lithuania madagascar malawi
malaysia mali mauritania mexico moldova mongolia montenegro morocco mozambique myanmar namibia
nepal netherlands nicaragua niger nigeria norway oman pakistan palestine panama paraguay peru
philippines poland portugal qatar romania russia rwanda senegal serbia sierra-leone singapore
slovakia slovenia somalia spain sudan sweden switzerland syria taiwan tajikistan tanzania
thailand togo tunisia turkey turkmenistan uganda ukraine uruguay uzbekistan venezuela vietnam
yemen zambia zimbabwe
""".split()
    },
    "burkina faso": "burkina-faso",
    "sierra leone": "sierra-leone",
    "south sudan": "south sudan",
    "south africa": "south africa",
    "saudi arabia": "saudi arabia",
    "north korea": "north korea",
    "dprk": "north korea",
    "south korea": "south korea",
    "ivory coast": "ivory coast",
    "côte d'ivoire": "ivory coast",
    "cote d'ivoire": "ivory coast",
    "türkiye": "turkey",
    "turkiye": "turkey",
    "united states": "united states",
    "u.s": "united states",
    "us": "united states",
    "u.s.a": "united states",
    "usa": "united states",
    "america": "united states",
    "united kingdom": "united kingdom",
    "u.k": "united kingdom",
    "uk": "united kingdom",
    "britain": "united kingdom",
    "great britain": "united kingdom",
    "united arab emirates": "united arab emirates",
    "uae": "united arab emirates",
    "democratic republic of congo": "dr congo",
    "democratic republic of the congo": "dr congo",
    "drc": "dr congo",
    "gaza": "palestine",
    "gaza strip": "palestine",
    "west bank": "palestine",
    "burma": "myanmar",
    "czech republic": "czechia",
    "czechia": "czechia",
    "new zealand": "new zealand",
    "sri lanka": "sri lanka",
}

# Places below a country that news about attacks, disasters and deployments names,
# with the country they are in (how a claim about al-Tanf is known to be in Syria).
# Alternative spellings are separate keys. Extend freely; it is a lookup, not a rule.
PLACE_COUNTRY = {
    # Syria
    "al-tanf": "syria",
    "at-tanf": "syria",
    "tanf": "syria",
    "al tanf": "syria",
    "rukban": "syria",
    "deir ez-zor": "syria",
    "deir ez-zour": "syria",
    "deir el-zour": "syria",
    "deir al-zour": "syria",
    "raqqa": "syria",
    "aleppo": "syria",
    "homs": "syria",
    "idlib": "syria",
    "palmyra": "syria",
    "hasakah": "syria",
    "al-shaddadi": "syria",
    "shaddadi": "syria",
    "conoco": "syria",
    "green village": "syria",
    "mission support site euphrates": "syria",
    "damascus": "syria",
    # Iraq
    "erbil": "iraq",
    "irbil": "iraq",
    "ain al-asad": "iraq",
    "al-asad": "iraq",
    "al asad": "iraq",
    "harir": "iraq",
    "baghdad": "iraq",
    "mosul": "iraq",
    "kirkuk": "iraq",
    "basra": "iraq",
    "fallujah": "iraq",
    "ramadi": "iraq",
    "anbar": "iraq",
    "sulaymaniyah": "iraq",
    "kurdistan region": "iraq",
    "victory base": "iraq",
    # Jordan
    "tower 22": "jordan",
    "amman": "jordan",
    # Israel, Palestine, Lebanon
    "tel aviv": "israel",
    "jerusalem": "israel",
    "haifa": "israel",
    "rafah": "palestine",
    "khan younis": "palestine",
    "gaza city": "palestine",
    "jenin": "palestine",
    "deir al-balah": "palestine",
    "beirut": "lebanon",
    "tyre": "lebanon",
    "sidon": "lebanon",
    # Yemen and the Gulf
    "sanaa": "yemen",
    "sana'a": "yemen",
    "hodeidah": "yemen",
    "aden": "yemen",
    "marib": "yemen",
    "tehran": "iran",
    "isfahan": "iran",
    "riyadh": "saudi arabia",
    "doha": "qatar",
    # Afghanistan, Pakistan
    "kabul": "afghanistan",
    "kandahar": "afghanistan",
    "bagram": "afghanistan",
    "lahore": "pakistan",
    "karachi": "pakistan",
    "islamabad": "pakistan",
    "peshawar": "pakistan",
    "quetta": "pakistan",
    # Ukraine, Russia
    "kyiv": "ukraine",
    "kiev": "ukraine",
    "kharkiv": "ukraine",
    "odesa": "ukraine",
    "odessa": "ukraine",
    "mariupol": "ukraine",
    "bakhmut": "ukraine",
    "bucha": "ukraine",
    "kherson": "ukraine",
    "zaporizhzhia": "ukraine",
    "donetsk": "ukraine",
    "luhansk": "ukraine",
    "moscow": "russia",
    "belgorod": "russia",
    "kursk": "russia",
    # Africa
    "mogadishu": "somalia",
    "kismayo": "somalia",
    "nairobi": "kenya",
    "mombasa": "kenya",
    "lamu": "kenya",
    "gao": "mali",
    "bamako": "mali",
    "timbuktu": "mali",
    "niamey": "niger",
    "ouagadougou": "burkina-faso",
    "abidjan": "ivory coast",
    "grand-bassam": "ivory coast",
    "grand bassam": "ivory coast",
    "maiduguri": "nigeria",
    "abuja": "nigeria",
    "lagos": "nigeria",
    "khartoum": "sudan",
    "darfur": "sudan",
    "el fasher": "sudan",
    "goma": "dr congo",
    "tripoli": "libya",
    "benghazi": "libya",
    "cairo": "egypt",
    # Asia
    "pyongyang": "north korea",
    "seoul": "south korea",
    "beijing": "china",
    "taipei": "taiwan",
    "new delhi": "india",
    "manila": "philippines",
    # Americas, Europe
    "washington": "united states",
    "new york": "united states",
    "london": "united kingdom",
    "paris": "france",
    "berlin": "germany",
    "brussels": "belgium",
    "ankara": "turkey",
    "istanbul": "turkey",
    "gaziantep": "turkey",
    "kahramanmaras": "turkey",
    "hatay": "turkey",
    "antakya": "turkey",
    # Other capitals (seats of government below): unambiguous names only, not "Santiago",
    # "Victoria", "Wellington", "Sofia", "Georgetown" or "San José"
    "quito": "ecuador",
    "lima": "peru",
    "bogota": "colombia",
    "bogotá": "colombia",
    "caracas": "venezuela",
    "buenos aires": "argentina",
    "brasilia": "brazil",
    "brasília": "brazil",
    "mexico city": "mexico",
    "havana": "cuba",
    "port-au-prince": "haiti",
    "ottawa": "canada",
    "madrid": "spain",
    "lisbon": "portugal",
    "rome": "italy",
    "vienna": "austria",
    "warsaw": "poland",
    "prague": "czechia",
    "budapest": "hungary",
    "bucharest": "romania",
    "stockholm": "sweden",
    "oslo": "norway",
    "helsinki": "finland",
    "copenhagen": "denmark",
    "minsk": "belarus",
    "vilnius": "lithuania",
    "tbilisi": "georgia",
    "yerevan": "armenia",
    "baku": "azerbaijan",
    "tokyo": "japan",
    "hanoi": "vietnam",
    "bangkok": "thailand",
    "jakarta": "indonesia",
    "kuala lumpur": "malaysia",
    "dhaka": "bangladesh",
    "kathmandu": "nepal",
    "tashkent": "uzbekistan",
    "addis ababa": "ethiopia",
    "kampala": "uganda",
    "kinshasa": "dr congo",
    "dakar": "senegal",
    "accra": "ghana",
    "algiers": "algeria",
    "tunis": "tunisia",
    "rabat": "morocco",
    "muscat": "oman",
    "abu dhabi": "united arab emirates",
    "kuwait city": "kuwait",
    "harare": "zimbabwe",
    "juba": "south sudan",
    "asmara": "eritrea",
    "canberra": "australia",
}
# Capitals and seats of government: they often stand for their governments
# ("Washington warned Tehran"), so they count as places only after a locative.
GOVERNMENT_SEATS = frozenset(
    """
damascus baghdad amman beirut tehran riyadh doha kabul islamabad kyiv kiev moscow mogadishu
nairobi bamako niamey ouagadougou abuja khartoum tripoli cairo pyongyang seoul beijing taipei
washington london paris berlin brussels ankara jerusalem sanaa sana'a manila
quito lima bogota bogotá caracas brasilia brasília havana port-au-prince ottawa madrid lisbon
rome vienna warsaw prague budapest bucharest stockholm oslo helsinki copenhagen minsk vilnius
tbilisi yerevan baku tokyo hanoi bangkok jakarta dhaka kathmandu tashkent kampala kinshasa
dakar accra algiers tunis rabat muscat harare juba asmara canberra
""".split()
) | {
    "new delhi",
    "buenos aires",
    "mexico city",
    "kuala lumpur",
    "addis ababa",
    "abu dhabi",
    "kuwait city",
}

# Nouns a country name modifies rather than locates ("near U.S. forces", "the
# Jordanian and Iraqi borders"): a name followed by one of these is not where it happened.
MODIFIED_NOUNS = frozenset(
    """
force forces troop troops military army navy soldier soldiers personnel official officials
base bases embassy embassies government governments citizen citizens national nationals
border borders ally allies aircraft jet jets warship warships ship ships vessel vessels
diplomat diplomats authorities partner partners coalition counterpart counterparts
""".split()
)

# Other spellings of a place in PLACE_COUNTRY -> the one its claims are compared by.
PLACE_ALIASES = {
    "at-tanf": "al-tanf",
    "tanf": "al-tanf",
    "al tanf": "al-tanf",
    "irbil": "erbil",
    "al-asad": "ain al-asad",
    "al asad": "ain al-asad",
    "deir ez-zour": "deir ez-zor",
    "deir el-zour": "deir ez-zor",
    "deir al-zour": "deir ez-zor",
    "shaddadi": "al-shaddadi",
    "sana'a": "sanaa",
    "kiev": "kyiv",
    "odessa": "odesa",
    "grand bassam": "grand-bassam",
}
