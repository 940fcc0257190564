"""Are two speakers independent of each other? One rule for every place that
asks (claim links, the report, suggestions), with the reason in words.

    independence(a, b, *, rivals=None) -> Independence

`a` and `b` are Speakers (or None for the article's own voice / an unknown
speaker); anything with `pk`, `name` and `parent` will do (suggest_links
passes the extractor's parties, with rivals=set()). A speaker is not independent of itself, nor of a party it belongs
to or that shares its affiliation root (CENTCOM, the Pentagon spokesman and
"two U.S. officials" are all the U.S. government). A confirmation by an
adversary of the claimant (a party whose affiliation chain is in conflict
with the other's) is independent and the strongest kind.

`rivals` is an optional set of frozenset({id, id}) adversary pairs, for
callers that check many pairs (`rival_pairs()` loads them all in one query);
without it the adversaries of the two chains are read in one query.
"""

from __future__ import annotations

from dataclasses import dataclass

_MAX_DEPTH = 12


@dataclass(frozen=True)
class Independence:
    independent: bool
    reason: str = ""  # "same speaker", "both U.S. government", "adversaries: ... and ..."
    adversarial: bool = False  # the strongest kind of confirmation

    def __bool__(self) -> bool:
        return self.independent

    @property
    def note(self) -> str:
        """The reason as a report line: "not independent: both U.S. government"."""
        if not self.independent:
            return f"not independent: {self.reason}"
        if self.adversarial:
            return f"independent, from an adversary: {self.reason}"
        return ""


UNKNOWN = Independence(True)


def chain(speaker) -> list:
    """The speaker, its parent, the parent's parent, ... (cycles and runaway depth stop the walk)."""
    out, seen, node = [], set(), speaker
    while node is not None and node.pk not in seen and len(out) < _MAX_DEPTH:
        out.append(node)
        seen.add(node.pk)
        node = node.parent
    return out


def independence(a, b, *, rivals: set[frozenset] | None = None) -> Independence:
    """Whether the speakers `a` and `b` are independent of each other, and why."""
    if a is None or b is None:
        return UNKNOWN
    if a.pk == b.pk:
        return Independence(False, "same speaker")
    ca, cb = chain(a), chain(b)
    ids_a = {s.pk for s in ca}
    ids_b = {s.pk for s in cb}
    if ids_a & ids_b:  # one belongs to the other, or both to a third: name the top
        root = next(s for s in reversed(ca) if s.pk in ids_b)
        return Independence(False, f"both {root.name}")
    if rivals is None:
        rivals = rivals_among(ids_a | ids_b)
    for x in ca:
        for y in cb:
            if frozenset((x.pk, y.pk)) in rivals:
                return Independence(
                    True, f"{x.name} and {y.name} are adversaries", adversarial=True
                )
    return UNKNOWN


def attach_chains(speakers) -> None:
    """Load the parents of many speakers, and theirs, up the whole chain in
    one query (a recursive one, not one per level or per speaker), so
    `chain()` and `independence()` read no more rows."""
    level = [s for s in speakers if s is not None]  # one pk may come as several instances
    known = {s.pk: s for s in level}
    missing = {s.parent_id for s in level if s.parent_id is not None} - known.keys()
    if missing:
        from claims.models import Speaker

        up, params = _up(missing, first_depth=1)
        table = Speaker._meta.db_table
        known.update(
            {
                s.pk: s
                for s in Speaker.all_objects.raw(
                    f"{up} SELECT * FROM {table} WHERE id IN (SELECT id FROM up)", params
                )
            }
        )
    _link_parents(level, known)


def _up(ids: set[int], *, first_depth: int) -> tuple[str, list]:
    """The recursive `up(id, depth)`: these speakers (at first_depth) and their
    parents up to _MAX_DEPTH (merged ones too: a chain walks what the rows say),
    as SQL to put before a SELECT, and its parameters."""
    from claims.models import Speaker

    table = Speaker._meta.db_table
    marks = ", ".join(["%s"] * len(ids))
    sql = (
        f"WITH RECURSIVE up(id, depth) AS ("
        f" SELECT id, {int(first_depth)} FROM {table} WHERE id IN ({marks})"
        f" UNION ALL SELECT s.parent_id, up.depth + 1 FROM {table} s JOIN up ON s.id = up.id"
        f" WHERE s.parent_id IS NOT NULL AND up.depth < %s)"
    )
    return sql, [*sorted(ids), _MAX_DEPTH]


def _link_parents(level: list, known: dict) -> None:
    """Point each speaker's `parent` at the loaded instance of its parent."""
    for s in [*level, *known.values()]:
        if s.parent_id in known:
            s.parent = known[s.parent_id]


def load_chains_and_rivals(speakers) -> set[frozenset]:
    """attach_chains and rivals_among at once, in one query: the speakers'
    parents up their whole chains, and the adversary pairs among every
    speaker of those chains (each row of the chains with its adversaries in
    them). Then chain() and independence() read nothing more for any two."""
    from claims.models import Speaker

    level = [s for s in speakers if s is not None]  # one pk may come as several instances
    if not level:
        return set()
    table = Speaker._meta.db_table
    rivals_table = Speaker.adversaries.through._meta.db_table
    joined = (
        "string_agg(CAST(a.to_speaker_id AS text), ',')"
        if connection_vendor() == "postgresql"
        else "group_concat(a.to_speaker_id, ',')"
    )
    up, params = _up({s.pk for s in level}, first_depth=0)
    rows = Speaker.all_objects.raw(
        f"{up} SELECT s.*, (SELECT {joined} FROM {rivals_table} a WHERE a.from_speaker_id = s.id"
        f" AND a.to_speaker_id IN (SELECT id FROM up)) AS chain_rivals"
        f" FROM {table} s WHERE s.id IN (SELECT id FROM up)",
        params,
    )
    known, rivals = {}, set()
    for row in rows:
        known[row.pk] = row
        for other in (row.chain_rivals or "").split(","):
            if other:
                rivals.add(frozenset((row.pk, int(other))))
    known.update({s.pk: s for s in level})  # the callers' own instances stand for themselves
    _link_parents(level, known)
    return rivals


def connection_vendor() -> str:
    from django.db import connection

    return connection.vendor


def rival_pairs() -> set[frozenset]:
    """Every adversary pair in the database, as frozenset({id, id}) (one query)."""
    from claims.models import Speaker

    through = Speaker.adversaries.through
    return {frozenset(p) for p in through.objects.values_list("from_speaker_id", "to_speaker_id")}


def rivals_among(ids: set[int]) -> set[frozenset]:
    """The adversary pairs among these speaker ids (one query)."""
    from claims.models import Speaker

    through = Speaker.adversaries.through
    rows = through.objects.filter(from_speaker_id__in=ids, to_speaker_id__in=ids)
    return {frozenset(p) for p in rows.values_list("from_speaker_id", "to_speaker_id")}
