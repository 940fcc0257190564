"""Numbers in a claim: digits, number words, "a pair of", "no <noun>"."""

from __future__ import annotations

import re

from .lexicon import APPROX, MONTHS, NUMBER_LABELS, SCALES, TIME_UNITS, VAGUE_PLURALS
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


def _is_date_like(tok, ent_label: str) -> bool:
    if ent_label not in ("DATE", "TIME") or not tok.is_digit:
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
            low in ("pair", "couple", "dozen")
            and tok.i > 0
            and doc[tok.i - 1].lower_ in ("a", "one")
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
            and tok.head.tag_ in ("NNS", "NNPS")
            and tok.head.dep_ in ("nsubj", "nsubjpass", "dobj", "attr")
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
        if val is None or tok.ent_type_ == "ORDINAL" or low in ("half",) and tok.pos_ != "NUM":
            k += 1
            continue
        if (
            low == "one"
            and tok.pos_ not in ("NUM",)
            and tok.dep_ not in ("nummod", "dobj", "nsubj", "pobj")
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
        elif end < len(doc) and doc[end].lower_ in ("percent", "%", "per"):
            unit = "percent"
        elif end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN") and doc[end].dep_ != "compound":
            unit = doc[end].lemma_.lower()
        elif tok.head.pos_ in ("NOUN", "PROPN") and tok.dep_ == "nummod":
            unit = tok.head.lemma_.lower()
        if unit in _CURRENCY:
            unit = _CURRENCY[unit]
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
    return any(q["unit"] not in TIME_UNITS and q["value"] != 1 for q in quantities)
