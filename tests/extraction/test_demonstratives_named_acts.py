"""Demonstratives whose act the text names (issue #13, reads alone), and what keeps a
wrong referent out. All sentences are written for these tests.

- "That attack" right after a sentence whose verb struck something is that attack,
  not an earlier mention of "attack" further back (resolve._struck_just_before);
- "I directed this action" after "at my direction, forces evacuated ..." is the
  evacuation (resolve.directed_antecedent, lexicon.ACT_OF_VERB);
- "This shows what ..." keeps its "this" (the question is no claim), and two verbs
  sharing one subject and object are one act a "this" can be joined to;
- "dismissed that argument/view" after someone's account is that account
  (lexicon.ACCOUNT_NOUNS), never a thing the embedding model finds near it (bridging).
"""

import pytest

# --- "That attack" after a sentence whose verb struck something -------------------------


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (
            "It was the second attack on a hospital this week. On Tuesday, drones struck a "
            "clinic in El Fasher, killing five patients. That attack destroyed the clinic's "
            "only generator.",
            "generator",
            "The attack on the clinic in El Fasher destroyed the clinic's only generator.",
        ),
        (
            "This is the fourth attack on aid workers in the region this year. In May, gunmen "
            "ambushed a convoy near Kidal, killing two drivers. That attack was never claimed.",
            "never claimed",
            "The attack on the convoy near Kidal was never claimed.",
        ),
    ],
)
def test_that_attack_is_the_one_just_struck(claims_of, one, text, words, expected):
    assert one(claims_of(text), words).text == expected


def test_the_earlier_mention_stays_when_the_sentence_before_names_it(claims_of, one):
    text = (
        "Militants attacked a police post in Lakki Marwat. The attack killed three officers. "
        "That attack was the deadliest in the district this year."
    )
    c = one(claims_of(text), "deadliest")
    assert "on the police post" not in c.text.lower()


# --- "I directed this action" after an act at the author's direction --------------------


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (
            "On May 2, 2026, at my direction, United States forces evacuated personnel of the "
            "United States Embassy in Port-au-Prince.\n\n"
            "I directed this action pursuant to my constitutional authority to conduct "
            "foreign relations.",
            "pursuant",
            "I directed the evacuation of personnel of the United States Embassy in "
            "Port-au-Prince pursuant to my constitutional authority to conduct foreign "
            "relations.",
        ),
        (
            "At my direction, United States forces deployed a Patriot battery to eastern "
            "Poland on June 1.\n\n"
            "I directed this action consistent with my responsibility to protect United "
            "States citizens.",
            "consistent with",
            "I directed the deployment of a Patriot battery consistent with my responsibility "
            "to protect United States citizens.",
        ),
    ],
)
def test_the_action_directed_is_the_act_named_by_its_noun(claims_of, one, text, words, expected):
    assert one(claims_of(text), words).text == expected


# --- "This shows what ..." and one act of two verbs --------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (
            "Police in Lagos arrested and charged 14 officials over the fraud. This shows how "
            "seriously the government now takes corruption.",
            "seriously",
            "Police in Lagos arrested and charged 14 officials over the fraud, which shows how "
            "seriously the government now takes corruption.",
        ),
        (
            "Prosecutors have investigated and convicted three former ministers since 2022. "
            "This shows what an independent judiciary can do.",
            "independent judiciary",
            "Prosecutors have investigated and convicted three former ministers since 2022, "
            "which shows what an independent judiciary can do.",
        ),
    ],
)
def test_a_question_shown_keeps_the_act_before_it(claims_of, one, text, words, expected):
    assert one(claims_of(text), words).text == expected


def test_two_acts_on_different_objects_are_not_joined(claims_of, one):
    text = (
        "The militias burned homes and killed civilians in the valley. "
        "This shows what the militias are capable of."
    )
    c = one(claims_of(text), "capable")
    assert ", which" not in c.text
    assert not c.text.startswith("What")


# --- "dismissed that argument": an account, never a thing --------------------------------


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (
            "Union leaders say the new pension law will cut retirees' incomes. The labor "
            "minister dismissed that argument on Monday.",
            "dismissed",
            "The labor minister dismissed the argument that the new pension law will cut "
            "retirees' incomes on Monday.",
        ),
        (
            "Critics say the dam will dry up the river downstream. The company rejected that view.",
            "rejected",
            "The company rejected the view that the dam will dry up the river downstream.",
        ),
        (
            "Farmers' groups say the import ban will raise the price of rice. The trade "
            "minister disputed that claim.",
            "disputed",
            "The trade minister disputed the claim that the import ban will raise the price "
            "of rice.",
        ),
    ],
)
def test_an_account_rejected_is_the_account(claims_of, one, text, words, expected):
    c = one(claims_of(text), words)
    assert c.text == expected


# --- a counted set named "additional" is the set "these" names --------------------------


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (
            "The government deployed an additional 800 soldiers to the north on Monday. "
            "Residents welcomed the move. These soldiers will patrol the main highway.",
            "patrol",
            "The additional 800 soldiers will patrol the main highway.",
        ),
        (
            "The government of Kenya deployed an additional 1,500 troops to the border region "
            "on November 20. We welcome this deployment. These troops must be held to the "
            "highest standards of conduct.",
            "highest standards",
            "The additional 1,500 troops must be held to the highest standards of conduct.",
        ),
    ],
)
def test_an_additional_counted_set_is_these(claims_of, one, text, words, expected):
    assert one(claims_of(text), words).text == expected


# --- a sum given as a loan or a grant ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (
            "Ghana reached an agreement with the International Monetary Fund in 2023 for a $3 "
            "billion loan. Those funds have helped rebuild the country's foreign reserves.",
            "reserves",
            "The $3 billion loan has helped rebuild the country's foreign reserves.",
        ),
        (
            "The World Bank approved a $500 million grant for the project in May. These funds "
            "will pay for new classrooms.",
            "classrooms",
            "The $500 million grant will pay for new classrooms.",
        ),
    ],
)
def test_funds_after_a_loan_or_grant_are_that_sum(claims_of, one, text, words, expected):
    assert one(claims_of(text), words).text == expected


# --- "These attacks" after a verb that struck several things ----------------------------


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (
            "Gunmen attacked two police stations in Borno state on Sunday night. These "
            "attacks killed nine officers.",
            "nine officers",
            "The attacks on two police stations in Borno state killed nine officers.",
        ),
        (
            "Rebels shelled the airport and the main hospital in Goma on Friday. These attacks "
            "forced the United Nations to suspend flights.",
            "suspend flights",
            "The attacks on the airport and the main hospital in Goma forced the United "
            "Nations to suspend flights.",
        ),
    ],
)
def test_these_attacks_are_on_the_things_struck(claims_of, one, text, words, expected):
    assert one(claims_of(text), words).text == expected


def test_these_attacks_after_one_target_are_not_that_attack(claims_of, one):
    text = (
        "Militants attacked a convoy near Kidal on Monday. These attacks have become more "
        "frequent since the peacekeepers left."
    )
    assert "on a convoy" not in one(claims_of(text), "more frequent").text


# --- "This is unacceptable" after the author's reaction ----------------------------------


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (
            "We are deeply concerned by reports that security forces fired on peaceful "
            "protesters in Dhaka. This is unacceptable.",
            "unacceptable",
            "We are deeply concerned by reports that security forces fired on peaceful "
            "protesters in Dhaka, which is unacceptable.",
        ),
        (
            "The United States is deeply troubled by the junta's decision to extend the state "
            "of emergency. This is a setback for democracy.",
            "setback",
            "The United States is deeply troubled by the junta's decision to extend the state "
            "of emergency, which is a setback for democracy.",
        ),
    ],
)
def test_a_judgment_after_a_reaction_is_not_of_the_reaction(claims_of, one, text, words, expected):
    c = one(claims_of(text), words)
    assert c.text == expected
    assert "the fact that" not in c.text.lower()
