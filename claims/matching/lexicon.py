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
