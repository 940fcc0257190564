"""Backfill claim vectors: queue every claim without a current vector, then
embed the queue in batches.

    manage.py embed_claims [--batch 256] [--no-queue]

Safe to run in several processes at once (e.g. two on a two-core machine):
each batch is taken with SKIP LOCKED, so no claim is embedded twice, and each
process stops when the queue is empty. Interrupted, it resumes where it was.
"""

import time

from django.core.management.base import BaseCommand, CommandError

from claims.models import ClaimVector
from claims.services.vectors import BATCH, claim_vectors_compute, claim_vectors_queue


class Command(BaseCommand):
    help = "Embed every claim that has no current vector (resumable, parallel-safe)."

    def add_arguments(self, parser):
        parser.add_argument("--batch", type=int, default=BATCH)
        parser.add_argument(
            "--no-queue", action="store_true", help="only drain the queue (another process queues)"
        )

    def handle(self, *args, batch, no_queue, **options):
        if batch < 1:
            raise CommandError("--batch must be at least 1")
        started = time.perf_counter()
        queued = 0 if no_queue else claim_vectors_queue()
        done = 0
        while embedded := claim_vectors_compute(limit=batch):
            done += embedded
        seconds = time.perf_counter() - started
        waiting = ClaimVector.objects.filter(vector__isnull=True).count()
        self.stdout.write(
            f"queued {queued}, embedded {done} in {seconds:.1f} s "
            f"({done / max(seconds, 1e-9):.1f} claims/s); {waiting} waiting"
        )
