"""Numbers in a claim: digits, number words, "a pair of", "no <noun>", magnitudes on a
scale ("magnitude 7.4") and ordinals of a noun ("the third attack", "second quarter").

Each is ``{"value", "unit", "text", "approximate"}``; an ordinal also has
``"ordinal": True`` and its noun as unit with " (ordinal)" after it, so that the
matcher compares "the third attack" with "the fourth attack", never with "two
attacks"; a magnitude's unit is "magnitude"."""

from __future__ import annotations

import re

from .lexicon import (
    APPROX,
    MAGNITUDE_WORDS,
    MONTHS,
    NUMBER_LABELS,
    ORDINAL_WORDS,
    QUAKE_NOUNS,
    SCALES,
    TIME_UNITS,
    VAGUE_PLURALS,
)
from .lexicon import CURRENCIES as _CURRENCY
from .lexicon import SMALL_NUMBERS as SMALL
from .tokattrs import attrs

_QUANTITY_WORDS = frozenset({"pair", "couple", "dozen"}) | frozenset(VAGUE_PLURALS)
_APPROX_LEAD = APPROX | {"than", "to", "at", "an"}  # built once, not per token
_DIGITS = re.compile(r"^[$€£]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^[$€£]?\d+(?:\.\d+)?$")


def _word_value(tok) -> float | None:
    low = tok.lower_
    if _DIGITS.match(tok.text):
        try:
            return float(tok.text.lstrip("$€£").replace(",", ""))
        except ValueError:
            return None
    if "-" in low and all(p in SMALL for p in low.split("-")):
        return float(sum(SMALL[p] for p in low.split("-")))
    if low in SMALL:
        return float(SMALL[low])
    if low in SCALES:
        return float(SCALES[low])
    return None


_ORDINAL_DIGITS = re.compile(r"^(\d+)(?:st|nd|rd|th)$", re.I)
_MAGNITUDE_TOKEN = re.compile(r"^magnitude[-‑–](\d+(?:\.\d+)?)$", re.I)  # "magnitude-6.1"


def ordinal(tok) -> dict | None:
    """ "the third attack", "the second quarter", "its 4th drone strike": an ordinal
    that counts a noun (not "first reported", not "March 3rd")."""
    low = tok.lower_
    value = ORDINAL_WORDS.get(low)
    if value is None:
        m = _ORDINAL_DIGITS.match(tok.text)
        value = int(m.group(1)) if m else None
    head = tok.head
    while head.dep_ == "compound" and head.head.pos_ == "NOUN" and head.head.i > head.i:
        head = head.head  # "its fourth drone strike": strikes are counted
    if (
        value is None
        or tok.dep_ not in {"amod", "nummod"}
        or head.i <= tok.i
        or head.pos_ != "NOUN"
        or head.i - tok.i > 3
    ):
        return None
    return {
        "value": value,
        "unit": f"{head.lemma_.lower()} (ordinal)",
        "text": tok.doc[tok.i : head.i + 1].text,
        "approximate": False,
        "ordinal": True,
    }


def _on_a_scale(doc, start, end, tok) -> bool:
    """A bare number that is a magnitude: "magnitude 7.4", "a magnitude of 7.4", "7.4
    magnitude", "6.1-magnitude", "6.1 on the Richter scale", an earthquake that
    "measured 7.8"."""
    before = [doc[k].lower_ for k in range(max(0, start - 2), start)]
    after = [doc[k].lower_ for k in range(end, min(len(doc), end + 4))]
    if before[-1:] == ["magnitude"] or before == ["magnitude", "of"]:
        return True
    if after[:1] == ["magnitude"] or after[:2] in (["-", "magnitude"], ["‑", "magnitude"]):
        return True
    if after[:1] == ["on"] and any(w in MAGNITUDE_WORDS for w in after[1:]):
        return True
    head = tok.head
    return (
        head.lemma_.lower() in {"measure", "register"}
        and tok.dep_ in {"dobj", "npadvmod", "attr", "advmod"}
        and any(c.dep_ == "nsubj" and c.lemma_.lower() in QUAKE_NOUNS for c in head.children)
    )


def _is_date_like(tok, ent_label: str) -> bool:
    if ent_label not in {"DATE", "TIME"} or not tok.is_digit:
        return ent_label == "DATE" and tok.lower_ not in SMALL and not tok.like_num
    if len(tok.text) == 4 and 1800 <= int(tok.text) <= 2100:
        return True
    nb = [
        t.lower_.strip(".")
        for t in (
            tok.nbor(-1) if tok.i > 0 else tok,
            tok.nbor(1) if tok.i + 1 < len(tok.doc) else tok,
        )
    ]
    return any(w in MONTHS for w in nb)


def find_quantities(doc, token_ids) -> list[dict]:
    """Quantities among ``token_ids`` (rendering order), one pass."""
    out = []
    ids = list(token_ids)
    n = len(ids)
    k = 0
    a = attrs(doc)
    lower, like_num, pos = a.lower, a.like_num, a.pos
    while k < n:
        i = ids[k]
        low = lower[i]
        if not (
            low in _QUANTITY_WORDS or low == "no" or like_num[i] or pos[i] == "NUM" or low in SMALL
        ):
            k += 1  # none of the cases below (the last needs a value: like_num, NUM or SMALL)
            continue
        tok = doc[i]
        # "a pair of", "a couple of", "a dozen"
        if (
            low in {"pair", "couple", "dozen"}
            and tok.i > 0
            and doc[tok.i - 1].lower_ in {"a", "one"}
        ):
            out.append(
                {
                    "value": SMALL[low],
                    "unit": None,
                    "text": doc[tok.i - 1 : tok.i + 1].text,
                    "approximate": low == "couple",
                }
            )
            k += 1
            continue
        if low in VAGUE_PLURALS and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of":
            out.append(
                {"value": VAGUE_PLURALS[low], "unit": None, "text": tok.text, "approximate": True}
            )
            k += 1
            continue
        if (
            low == "no"
            and tok.dep_ == "det"
            and tok.head.tag_ in {"NNS", "NNPS"}
            and tok.head.dep_ in {"nsubj", "nsubjpass", "dobj", "attr"}
        ):
            out.append(
                {
                    "value": 0,
                    "unit": tok.head.lemma_,
                    "text": f"{tok.text} {tok.head.text}",
                    "approximate": False,
                }
            )
            k += 1
            continue
        m = _MAGNITUDE_TOKEN.match(low) if low.startswith("magnitude") else None
        if m:
            out.append(
                {
                    "value": float(m.group(1)),
                    "unit": "magnitude",
                    "text": tok.text,
                    "approximate": False,
                }
            )
            k += 1
            continue
        if low in ORDINAL_WORDS or (low[:1].isdigit() and low[-2:] in {"st", "nd", "rd", "th"}):
            q = ordinal(tok)
            if q is not None:
                out.append(q)
                k += 1
                continue
        val = _word_value(tok) if (tok.like_num or tok.pos_ == "NUM" or low in SMALL) else None
        # "Twenty-two" is tokenised as "Twenty", "-", "two"
        if (
            val is not None
            and low in SMALL
            and SMALL[low] >= 20
            and tok.i + 2 < len(doc)
            and doc[tok.i + 1].text == "-"
            and doc[tok.i + 2].lower_ in SMALL
            and SMALL[doc[tok.i + 2].lower_] < 10
        ):
            val = float(val + SMALL[doc[tok.i + 2].lower_])
            skip_to = tok.i + 2
            while k + 1 < n and ids[k + 1] <= skip_to:
                k += 1
            out.append(
                {
                    "value": int(val),
                    "unit": doc[tok.i + 3].lemma_.lower()
                    if tok.i + 3 < len(doc) and doc[tok.i + 3].pos_ == "NOUN"
                    else None,
                    "text": doc[tok.i : tok.i + 3].text,
                    "approximate": False,
                }
            )
            k += 1
            continue
        if (
            val is None
            or tok.ent_type_ == "ORDINAL"
            or low
            in {
                "half",
            }
            and tok.pos_ != "NUM"
        ):
            k += 1
            continue
        if (
            low == "one"
            and tok.pos_
            not in {
                "NUM",
            }
            and tok.dep_ not in {"nummod", "dobj", "nsubj", "pobj"}
        ):
            k += 1
            continue
        prev = doc[tok.i - 1].lower_.strip(".") if tok.i > 0 else ""
        if (
            _is_date_like(tok, tok.ent_type_)
            or prev in NUMBER_LABELS
            or (
                tok.i + 2 < len(doc)
                and doc[tok.i + 1].text in ("-", "–")
                and doc[tok.i + 2].is_digit
                and tok.is_digit
            )
            or (tok.i > 1 and prev in ("-", "–") and doc[tok.i - 2].is_digit and tok.is_digit)
            or (tok.i > 0 and doc[tok.i - 1].text == ")")
        ):
            k += 1
            continue
        start = tok.i
        end = tok.i + 1
        # join "10 million", "two hundred"
        while k + 1 < n and ids[k + 1] == end and doc[end].lower_ in SCALES:
            val *= SCALES[doc[end].lower_]
            end += 1
            k += 1
        approx = False
        j = start - 1
        while j >= 0 and doc[j].lower_ in _APPROX_LEAD and start - j <= 3:
            if doc[j].lower_ in APPROX:
                approx = True
            j -= 1
        unit = None
        if tok.text[:1] in _CURRENCY or (start > 0 and doc[start - 1].text in _CURRENCY):
            unit = _CURRENCY.get(tok.text[:1]) or _CURRENCY[doc[start - 1].text]
        elif end < len(doc) and doc[end].lower_ in {"percent", "%", "per"}:
            unit = "percent"
        elif end < len(doc) and doc[end].pos_ in {"NOUN", "PROPN"} and doc[end].dep_ != "compound":
            unit = doc[end].lemma_.lower()
        elif tok.head.pos_ in {"NOUN", "PROPN"} and tok.dep_ == "nummod":
            unit = tok.head.lemma_.lower()
        if unit in _CURRENCY:
            unit = _CURRENCY[unit]
        if (
            unit != "percent"
            and unit not in _CURRENCY.values()
            and _on_a_scale(doc, start, end, tok)
        ):
            unit = "magnitude"
        value = int(val) if float(val).is_integer() else val
        out.append(
            {
                "value": value,
                "unit": unit,
                "text": doc[max(j + 1, 0) : end].text,
                "approximate": approx,
            }
        )
        k += 1
    return out


def is_statistical(quantities) -> bool:
    """A counted amount (not just a duration) makes an own-voice sentence a statistic."""
    return any(
        q["unit"] not in TIME_UNITS and q["value"] != 1 and not q.get("ordinal") for q in quantities
    )


def counted(quantities) -> list[dict]:
    """The amounts among ``quantities``: an ordinal ("the third attack") ranks, not counts."""
    return [q for q in quantities if not q.get("ordinal")]
