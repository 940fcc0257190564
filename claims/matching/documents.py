"""The text a library entry is ranked by."""


def library_document(text: str, title: str = "") -> str:
    """A fact-check's claim and its headline, as one text: the headline often
    says the claim in other words ("Did 122 Prisoners ... Return to the
    Battlefield?"), which helps both the lexical and the semantic match."""
    text, title = (text or "").strip(), (title or "").strip()
    if title and title.casefold() not in text.casefold():
        return f"{text} {title}" if text else title
    return text
