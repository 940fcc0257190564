"""Give every fact-check in the library a vector of the current model (after
`import_factchecks --no-embed`, or when the model changes). Several can run at
once: each takes rows nobody else is embedding."""

from django.core.management.base import BaseCommand

from claims.management.commands.import_factchecks import embed_library


class Command(BaseCommand):
    help = "Embed the fact-checks that have no vector of the current model."

    def add_arguments(self, parser):
        parser.add_argument("--no-progress", action="store_true", help="No progress bar.")

    def handle(self, *args, no_progress, **options):
        embed_library(self, progress=not no_progress)
