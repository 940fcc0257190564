"""The workspace's article text, rendered in Python (claims.highlight):
every character of the body exactly once, at its offset, escaped; overlapping
claims coloured by the most specific one; the markup workspace.js relies on."""

import html
import re
from types import SimpleNamespace

from django.utils.safestring import SafeString

from claims.highlight import highlighted_html, segments

SEGMENT = re.compile(
    r'<span data-start="(\d+)">([^<]*)</span>'
    r'|<a class="hl status-([a-z_]+)( overlap)?( current)?" href="([^"]*)" hx-get="([^"]*)" '
    r'hx-target="#panel" hx-swap="outerHTML" hx-push-url="true" draggable="false" '
    r'data-claim="(\d+)" data-status="([a-z_]+)" data-start="(\d+)">([^<]*)</a>'
)


def claim(pk, start, end, status="unreviewed"):
    return SimpleNamespace(pk=pk, start=start, end=end, status=status)


def url(c):
    return f"/articles/1/claims/{c.pk}/"


def parse(markup: str) -> list[dict]:
    """The segments of rendered markup; asserts nothing else is in it."""
    out, pos = [], 0
    for m in SEGMENT.finditer(markup):
        assert m.start() == pos, f"unexpected markup: {markup[pos : m.start()]!r}"
        pos = m.end()
        if m.group(1) is not None:
            out.append({"start": int(m.group(1)), "text": html.unescape(m.group(2)), "claim": None})
        else:
            assert m.group(6) == m.group(7)
            assert m.group(3) == m.group(9)
            out.append(
                {
                    "start": int(m.group(10)),
                    "text": html.unescape(m.group(11)),
                    "claim": int(m.group(8)),
                    "status": m.group(3),
                    "href": m.group(6),
                    "overlap": bool(m.group(4)),
                    "current": bool(m.group(5)),
                }
            )
    assert pos == len(markup), f"unexpected markup: {markup[pos:]!r}"
    return out


def test_segments_cover_the_body_exactly_at_their_offsets():
    body = "Héadline 🚀\n\nThe minister said 12 drones were shot down. Others disagree."
    start = body.index("The")
    end = body.index(" Others")
    inner = body.index("12 drones")
    claims = [claim(1, start, end), claim(2, inner, inner + 11, "confirmed")]
    segs = parse(highlighted_html(body, claims, url=url))
    assert "".join(s["text"] for s in segs) == body
    for s in segs:
        assert body[s["start"] : s["start"] + len(s["text"])] == s["text"]
    assert [s["claim"] for s in segs] == [None, 1, 2, 1, None]
    assert segs[1]["start"] == start == 12  # code points, as JavaScript's offsets in workspace.js
    assert segs[2]["text"] == "12 drones w" and segs[2]["status"] == "confirmed"


def test_it_escapes_user_text_and_urls():
    body = "<script>alert(\"x\")</script> & 'quotes' <img src=x onerror=alert(1)>"
    markup = highlighted_html(body, [claim(7, 0, 29, 'bad"status')], url=lambda c: '/x?a=1&b="2"')
    assert isinstance(markup, SafeString)
    assert "<script" not in markup and "<img" not in markup
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in markup
    assert " &amp;</a>" in markup and "&#x27;quotes&#x27;" in markup
    assert 'href="/x?a=1&amp;b=&quot;2&quot;"' in markup
    assert "status-bad&quot;status" in markup
    assert "".join(html.unescape(t) for t in re.findall(r">([^<]*)</", markup)) == body


def test_overlapping_claims_take_the_most_specific_colour_and_are_marked():
    body = "alpha beta gamma delta."
    sentence, clause, tail = (
        claim(1, 0, 23, "unreviewed"),
        claim(2, 6, 16, "confirmed"),
        claim(3, 11, 23, "disputed"),
    )
    segs = parse(highlighted_html(body, [sentence, clause, tail], url=url))
    assert [(s["text"], s["claim"], s["overlap"]) for s in segs] == [
        ("alpha ", 1, False),
        ("beta ", 2, True),
        ("gamma", 2, True),
        (" delta.", 3, True),
    ]
    # the same claims, in any order, give the same markup
    assert highlighted_html(body, [tail, clause, sentence], url=url) == highlighted_html(
        body, [sentence, clause, tail], url=url
    )


def test_it_marks_every_segment_of_the_current_claim():
    body = "alpha beta gamma delta."
    claims = [claim(1, 0, 23), claim(2, 6, 16)]
    segs = parse(highlighted_html(body, claims, url=url, current=1))
    assert [(s["claim"], s["current"]) for s in segs] == [(1, True), (2, False), (1, True)]
    assert not any(s["current"] for s in parse(highlighted_html(body, claims, url=url)))


def test_it_skips_claims_outside_the_body_and_renders_plain_text():
    body = "short text"
    claims = [claim(1, 6, 99), claim(2, -1, 3), claim(3, 4, 4)]
    segs = parse(highlighted_html(body, claims, url=url))
    assert segs == [{"start": 0, "text": "short text", "claim": None}]
    assert highlighted_html("", [], url=url) == ""


def test_it_matches_the_segments_it_is_built_from():
    body = "a" * 50 + " b" * 50
    claims = [claim(i, i * 3, i * 3 + 10 + i % 7) for i in range(20)]
    segs = parse(highlighted_html(body, claims, url=url))
    expected = segments(body, claims)
    assert [(s["start"], s["text"], s["claim"]) for s in segs] == [
        (e.start, e.text, e.claim.pk if e.claim else None) for e in expected
    ]
    assert all(s["href"] == f"/articles/1/claims/{s['claim']}/" for s in segs if s["claim"])
