"""Build a large, realistic claims database for the other benchmarks.

    scripts/with-postgres .venv/bin/python benchmarks/generate_claims.py [--claims N]

N claims (default 1,000,000) over about N/40 articles. Claim text is sampled
from the public-domain corpus with its numbers re-drawn and some proper nouns
swapped for names from a large synthetic pool (so the vocabulary has a long
tail of rare words); speakers, via, statuses (mostly unreviewed / in review,
some final with a rationale), assignees, check-worthiness, soft deletes and
creation dates vary. `search_text` is filled exactly like
`Claim.build_search_text()` (text, speaker mention, via, article title,
speaker name). Rows go in with COPY (psycopg) in batches; the secondary
indexes of claims_claim (including the full-text and trigram GIN indexes) are
dropped for the load and re-created from their own definitions afterwards,
then VACUUM ANALYZE. Prints rows/s for each phase.

The synthetic pool names and their counts are stored in the table
`bench_meta` so queue_search.py can choose a "rare word" with a known count.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import corpus_sentences, corpus_titles, print_table, setup_django  # noqa: E402

STATUS_WEIGHTS = {
    "unreviewed": 62,
    "in_review": 18,
    "confirmed": 5,
    "contradicted": 4,
    "disputed": 3,
    "unverified": 4,
    "not_checkable": 4,
}
KIND_WEIGHTS = {
    "claim": 45,
    "confirmation": 8,
    "denial": 6,
    "statistic": 15,
    "fact": 16,
    "opinion": 6,
    "commitment": 4,
}
VIA = [
    "Reuters",
    "Associated Press",
    "state media",
    "Fox News",
    "Al Jazeera",
    "AFP",
    "the BBC",
    "Tasnim news agency",
]
CUES = ["said", "claimed", "announced", "told reporters", "denied", "confirmed", "stated"]
ORGS = [
    ("U.S. Central Command", "military"),
    ("Islamic Resistance in Iraq", "armed_group"),
    ("Kataib Hezbollah", "armed_group"),
    ("Ministry of Defence", "government"),
    ("Pentagon", "military"),
    ("White House", "government"),
    ("State Department", "government"),
    ("Houthi movement", "armed_group"),
    ("World Central Kitchen", "organisation"),
    ("United Nations", "organisation"),
    ("World Health Organization", "organisation"),
    ("Israel Defense Forces", "military"),
    ("Kremlin", "government"),
    ("NASA", "organisation"),
    ("Pakistani police", "government"),
    ("Ivorian government", "government"),
    ("Korean Central News Agency", "media"),
    ("BBC", "media"),
    ("Reuters", "media"),
]
FIRST = [
    "Amal",
    "Ben",
    "Carla",
    "Dmitri",
    "Elena",
    "Farid",
    "Grace",
    "Hassan",
    "Ines",
    "Jonas",
    "Kwame",
    "Leila",
    "Marco",
    "Nadia",
    "Omar",
    "Priya",
    "Quentin",
    "Rosa",
    "Samir",
    "Tomas",
    "Uma",
    "Viktor",
    "Wen",
    "Yusuf",
    "Zara",
    "John",
    "Lloyd",
    "Antony",
    "Karine",
    "Linda",
]
LAST = [
    "Austin",
    "Blinken",
    "Haddad",
    "Kirby",
    "Okafor",
    "Petrov",
    "Rahman",
    "Silva",
    "Tanaka",
    "Usman",
    "Volkov",
    "Weber",
    "Yilmaz",
    "Zhou",
    "Mbeki",
    "Novak",
    "Ortega",
    "Kowalski",
    "Jean-Pierre",
    "Nasser",
    "Ibrahim",
    "Fischer",
    "Moreau",
    "Costa",
    "Larsen",
]
SYLLABLES = [
    "ka",
    "ri",
    "mo",
    "sel",
    "dan",
    "vor",
    "ta",
    "lin",
    "esh",
    "qua",
    "bar",
    "ne",
    "zu",
    "har",
    "pol",
    "ven",
    "dra",
    "tik",
    "al",
    "sor",
    "mun",
    "gal",
    "ith",
    "ros",
    "be",
]
RATIONALE = "Checked against the cited sources; see the evidence panel."

_NUM = re.compile(r"\d+")
_PROPER = re.compile(r"(?<=\s)[A-Z][a-z]{3,}\b")


def synthetic_names(rng: random.Random, n: int) -> list[str]:
    seen, out = set(), []
    while len(out) < n:
        name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()
        if len(name) >= 5 and name not in seen:
            seen.add(name)
            out.append(name)
    return out


def weighted(rng: random.Random, weights: dict[str, int], k: int) -> list[str]:
    return rng.choices(list(weights), weights=list(weights.values()), k=k)


class Synth:
    """Draws claim sentences with varied numbers and entities."""

    def __init__(self, rng: random.Random, names: list[str]):
        self.rng = rng
        self.sentences = corpus_sentences()
        self.titles = corpus_titles()
        self.names = names
        self.name_counts: dict[str, int] = {}

    def _num(self, m: re.Match) -> str:
        digits = len(m.group())
        if digits >= 4 and m.group().startswith(("19", "20")):  # keep years plausible
            return str(self.rng.randint(1990, 2025))
        return str(self.rng.randint(0 if digits == 1 else 10 ** (digits - 1), 10**digits - 1))

    def _entity(self, m: re.Match) -> str:
        if self.rng.random() < 0.3:
            # Zipf-ish: a few names are common, most are rare.
            name = self.names[min(int(self.rng.paretovariate(0.6)) - 1, len(self.names) - 1)]
            self.name_counts[name] = self.name_counts.get(name, 0) + 1
            return name
        return m.group()

    def sentence(self) -> str:
        return self.drawn()[0]

    def drawn(self) -> tuple[str, int]:
        """A sentence and the index of the corpus sentence it was drawn from."""
        i = self.rng.randrange(len(self.sentences))
        s = _NUM.sub(self._num, self.sentences[i])
        return _PROPER.sub(self._entity, s), i

    def title(self) -> str:
        t = self.rng.choice(self.titles)
        return _PROPER.sub(self._entity, _NUM.sub(self._num, t))[:500]


class ClaimVectors:
    """Stored vectors for generated claims without embedding a million texts:
    each corpus sentence is embedded once, and a claim drawn from it gets
    that vector plus noise (cosine ~0.95 to it), normalised, as float16 — so
    claims from one sentence are near neighbours and the rest are not, as
    with real vectors, and the re-ranking path does real work."""

    NOISE = 0.016  # per dimension: |noise| ~ 0.31 against a unit vector

    def __init__(self, sentences: list[str], seed: int):
        import numpy as np

        from claims.matching import MODEL_ID, embed

        t0 = time.perf_counter()
        self.base = embed(sentences).astype(np.float32)
        self.model = MODEL_ID
        self.np_rng = np.random.default_rng(seed)
        print(
            f"  embedded {len(sentences)} corpus sentences in {time.perf_counter() - t0:.1f} s",
            file=sys.stderr,
        )

    def rows(self, items, when):
        """COPY rows for [(claim_id, text, base index)]."""
        import hashlib

        import numpy as np

        base = self.base[[i for _, _, i in items]]
        v = base + self.np_rng.normal(0, self.NOISE, base.shape).astype(np.float32)
        v /= np.linalg.norm(v, axis=1, keepdims=True)
        v = v.astype(np.float16)
        for (claim_id, text, _), row in zip(items, v, strict=True):
            digest = hashlib.md5(text.encode("utf-8"), usedforsecurity=False).hexdigest()
            yield claim_id, row.tobytes(), self.model, digest, when


def secondary_indexes(cursor, table: str) -> list[tuple[str, str]]:
    """(name, CREATE INDEX statement) of the indexes not backing a constraint."""
    cursor.execute(
        """
        SELECT c.relname, pg_get_indexdef(i.indexrelid)
        FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
        WHERE i.indrelid = %s::regclass AND NOT i.indisprimary
          AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
        ORDER BY c.relname
        """,
        [table],
    )
    return list(cursor.fetchall())


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--claims", type=int, default=1_000_000)
    ap.add_argument("--per-article", type=int, default=40)
    ap.add_argument("--batch", type=int, default=10_000, help="claims per COPY batch")
    ap.add_argument("--seed", type=int, default=20240601)
    ap.add_argument(
        "--vectors",
        type=float,
        default=0.9,
        help="share of claims given a stored ClaimVector (the rest wait in the queue)",
    )
    ap.add_argument(
        "--keep-indexes",
        action="store_true",
        help="load with the indexes in place (slower; for comparison)",
    )
    args = ap.parse_args(argv)

    setup_django()
    started = time.perf_counter()  # after migrate
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.db import connection

    from claims import roles
    from claims.models import Article, Claim, Speaker, content_hash, place_setting

    rng = random.Random(args.seed)
    phases = []

    # Reviewers to assign claims to.
    User = get_user_model()
    group = Group.objects.get(name=roles.REVIEWER)
    users = []
    for i in range(20):
        u, created = User.objects.get_or_create(username=f"bench_reviewer_{i:02d}")
        if created:
            u.set_password("bench-password-not-secret")
            u.save()
            u.groups.add(group)
        users.append(u.pk)

    # Speakers: organisations plus many people.
    t0 = time.perf_counter()
    people = [(f"{first} {last}", "person") for first in FIRST for last in LAST]
    Speaker.objects.bulk_create(
        [Speaker(name=n, kind=k) for n, k in ORGS + people], batch_size=5000
    )
    speakers = list(Speaker.objects.values_list("id", "name"))
    phases.append(("speakers", len(speakers), time.perf_counter() - t0))

    names = synthetic_names(rng, 20_000)
    synth = Synth(rng, names)
    vectors = ClaimVectors(synth.sentences, args.seed) if args.vectors > 0 else None

    article_fields = [f for f in Article._meta.concrete_fields]
    claim_fields = list(Claim._meta.concrete_fields)  # ids given, so vectors can name them
    a_cols = ", ".join(connection.ops.quote_name(f.column) for f in article_fields)
    c_cols = ", ".join(connection.ops.quote_name(f.column) for f in claim_fields)

    with connection.cursor() as cur:
        cur.execute("SET maintenance_work_mem = '1GB'")
        cur.execute("SELECT COALESCE(MAX(id), 0) FROM claims_article")
        next_article_id = cur.fetchone()[0] + 1
        cur.execute("SELECT COALESCE(MAX(id), 0) FROM claims_claim")
        next_claim_id = cur.fetchone()[0] + 1
        dropped = [] if args.keep_indexes else secondary_indexes(cur, "claims_claim")
        for name, _ in dropped:
            cur.execute(f'DROP INDEX "{name}"')

    now = dt.datetime.now(dt.UTC)
    pg = connection.connection  # the psycopg connection
    claims_left = args.claims
    article_id = next_article_id
    t_load = time.perf_counter()
    n_claims_done = n_articles_done = 0
    last_report = time.perf_counter()

    claim_id = next_claim_id
    n_vectors = 0
    while claims_left > 0:
        a_rows, c_rows, v_rows = [], [], []
        while claims_left > 0 and len(c_rows) < args.batch:
            k = min(claims_left, max(1, round(rng.gauss(args.per_article, args.per_article / 4))))
            title = synth.title()
            drawn = [synth.drawn() for _ in range(k)]
            sentences = [text for text, _ in drawn]
            body_parts, offsets, pos = [title, "\n\n"], [], len(title) + 2
            for s in sentences:
                offsets.append((pos, pos + len(s)))
                body_parts.append(s)
                body_parts.append(" ")
                pos += len(s) + 1
            body = "".join(body_parts) + f"\n[bench article {article_id}]"
            created = now - dt.timedelta(seconds=rng.randint(0, 365 * 86400))
            body_hash = content_hash(body)
            values = {
                "id": article_id,
                "title": title,
                "body": body,
                "url": None,
                "publisher": rng.choice(VIA),
                "published_at": created,
                "byline": "",
                "content_hash": body_hash,
                # as Article.save() stores it: what a panel reads instead of scanning the body
                "place_setting": json.dumps(place_setting(title, body, body_hash)),
                "extraction_done": 0,
                "extraction_total": 0,
                "created_by_id": None,
                "created_at": created,
                "updated_at": created,
                "extraction_state": "done",
                "extraction_error": "",
                "extractor_version": "bench-synthetic",
                "extracted_at": created,
                "report_published_at": None,
                "report_published_by_id": None,
                "report_token": None,
            }
            a_rows.append(tuple(values[f.attname] for f in article_fields))
            statuses = weighted(rng, STATUS_WEIGHTS, k)
            kinds = weighted(rng, KIND_WEIGHTS, k)
            for i, (text, (start, end)) in enumerate(zip(sentences, offsets, strict=True)):
                speaker_id, speaker_name, mention = None, "", ""
                if rng.random() < 0.7:
                    speaker_id, speaker_name = rng.choice(speakers)
                    mention = speaker_name if rng.random() < 0.6 else f"the {speaker_name}"
                elif rng.random() < 0.2:
                    mention = "officials"
                via = rng.choice(VIA) if rng.random() < 0.12 else ""
                status = statuses[i]
                final = status in ("confirmed", "contradicted", "disputed", "unverified")
                c_created = created + dt.timedelta(seconds=rng.randint(0, 3600))
                deleted = c_created + dt.timedelta(hours=1) if rng.random() < 0.005 else None
                parts = [text, mention, via, title]
                if speaker_id:
                    parts.append(speaker_name)
                quantities = []
                if kinds[i] == "statistic":
                    m = _NUM.search(text)
                    if m:
                        quantities = [{"value": int(m.group()), "unit": "", "approximate": False}]
                if vectors is not None and deleted is None and rng.random() < args.vectors:
                    v_rows.append((claim_id, text, drawn[i][1]))
                cv = {
                    "id": claim_id,
                    "article_id": article_id,
                    "text": text,
                    "start": start,
                    "end": end,
                    "position": i,
                    "kind": kinds[i],
                    "is_headline": False,
                    "speaker_id": speaker_id,
                    "speaker_mention": mention,
                    "speaker_start": None,
                    "speaker_end": None,
                    "via": via,
                    "cue": rng.choice(CUES) if mention else "",
                    "hedged": rng.random() < 0.1,
                    "hedge": "",
                    "quantities": json.dumps(quantities),
                    "entities": "[]",
                    "checkworthiness": round(rng.betavariate(2, 2), 3),
                    "status": status,
                    "rationale": RATIONALE if final else "",
                    "assignee_id": rng.choice(users) if rng.random() < 0.3 else None,
                    "origin": "extracted",
                    "extractor_version": "bench-synthetic",
                    "touched": status != "unreviewed",
                    "vanished": False,
                    "search_text": " ".join(p for p in parts if p),
                    "version": 1 if status == "unreviewed" else 2,
                    "deleted_at": deleted,
                    "created_at": c_created,
                    "updated_at": c_created,
                }
                c_rows.append(tuple(cv[f.attname] for f in claim_fields))
                claim_id += 1
            claims_left -= k
            article_id += 1
            n_articles_done += 1
        with pg.cursor() as cur:
            with cur.copy(f"COPY claims_article ({a_cols}) FROM STDIN") as cp:
                for row in a_rows:
                    cp.write_row(row)
            with cur.copy(f"COPY claims_claim ({c_cols}) FROM STDIN") as cp:
                for row in c_rows:
                    cp.write_row(row)
            if v_rows:
                with cur.copy(
                    "COPY claims_claimvector (claim_id, vector, model, text_hash, embedded_at) "
                    "FROM STDIN"
                ) as cp:
                    for row in vectors.rows(v_rows, now):
                        cp.write_row(row)
                n_vectors += len(v_rows)
        pg.commit() if not pg.autocommit else None
        n_claims_done += len(c_rows)
        if time.perf_counter() - last_report > 10:
            last_report = time.perf_counter()
            el = last_report - t_load
            print(
                f"  ... {n_claims_done:,} claims in {el:.0f} s ({n_claims_done / el:,.0f} rows/s)",
                file=sys.stderr,
                flush=True,
            )
    load_s = time.perf_counter() - t_load
    phases.append(
        (f"claims (+{n_articles_done:,} articles): generate + COPY", n_claims_done, load_s)
    )

    with connection.cursor() as cur:
        for table in ("claims_article", "claims_claim"):
            cur.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT MAX(id) FROM {table}))"
            )
        cur.execute("SET maintenance_work_mem = '1GB'")
        for name, ddl in dropped:
            t0 = time.perf_counter()
            cur.execute(ddl)
            phases.append((f"CREATE INDEX {name}", n_claims_done, time.perf_counter() - t0))
        t0 = time.perf_counter()
        cur.execute("VACUUM ANALYZE claims_article")
        cur.execute("VACUUM ANALYZE claims_claim")
        cur.execute("VACUUM ANALYZE claims_speaker")
        cur.execute("VACUUM ANALYZE claims_claimvector")
        phases.append(("VACUUM ANALYZE", n_claims_done, time.perf_counter() - t0))
        # What queue_search.py needs to pick search words with known frequencies.
        cur.execute("CREATE TABLE IF NOT EXISTS bench_meta (key text PRIMARY KEY, value jsonb)")
        cur.execute(
            "INSERT INTO bench_meta VALUES ('entity_counts', %s) "
            "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
            [json.dumps(synth.name_counts)],
        )
        cur.execute("SELECT pg_size_pretty(pg_total_relation_size('claims_claim'))")
        size = cur.fetchone()[0]

    total = time.perf_counter() - started
    rows = [[name, n, s, n / s if s else float("nan")] for name, n, s in phases]
    print_table(
        ["phase", "rows", "seconds", "rows/s"],
        rows,
        title=f"generate_claims: {n_claims_done:,} claims, {n_articles_done:,} articles",
    )
    print(
        f"\nClaimVectors stored: {n_vectors:,} ({n_vectors / max(n_claims_done, 1):.0%}); "
        "the rest are waiting for embed_claims"
    )
    print(
        f"\nclaims_claim with indexes: {size}; total {total:.1f} s; "
        f"overall {n_claims_done / total:,.0f} claims/s (generate + load + indexes + analyze)"
    )
    if dropped:
        print(
            "indexes were dropped for the load and re-created: " + ", ".join(n for n, _ in dropped)
        )


if __name__ == "__main__":
    main()
