"""Demo data for the embedded default: the seed article and two related public-domain
texts (shipped in claims/demo/), ingested and extracted, plus demo accounts."""

import json
import secrets
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction

from claims import ingest, roles, services

DEMO_DIR = Path(__file__).resolve().parents[2] / "demo"
ACCOUNTS = (
    ("reviewer", roles.REVIEWER, False),
    ("editor", roles.EDITOR, False),
    ("admin", None, True),
)


class Command(BaseCommand):
    help = (
        "Load the demo articles (extracted) and (re)create the demo accounts, printing passwords."
    )

    def add_arguments(self, parser):
        parser.add_argument("--no-accounts", action="store_true", help="Only load articles.")

    def handle(self, *args, **options):
        if not options["no_accounts"]:
            self._accounts()
        self._articles()

    @transaction.atomic
    def _accounts(self):
        User = get_user_model()
        lines = []
        for username, group, is_admin in ACCOUNTS:
            password = secrets.token_urlsafe(9)
            user, _ = User.objects.get_or_create(username=username)
            user.is_staff = user.is_superuser = is_admin
            user.set_password(password)
            user.save()
            if group:
                user.groups.set([Group.objects.get(name=group)])
            lines.append(f"  {username:<9} {password}   ({group or 'administrator'})")
        self.stdout.write(self.style.SUCCESS("Demo accounts (new passwords on every run):"))
        self.stdout.write("\n".join(lines))

    def _articles(self):
        manifest = json.loads((DEMO_DIR / "articles.json").read_text())
        for item in manifest:
            body = (DEMO_DIR / item["file"]).read_text(encoding="utf-8")
            article, created = services.article_create(
                title="",
                body=body,
                url=item["url"],
                publisher=item["publisher"],
                published_at=ingest.parse_published(item["published_at"]),
                by=None,
            )
            article.refresh_from_db()
            state = "loaded" if created else "already there"
            self.stdout.write(
                f"Article {article.pk} {state}: {article.title[:70]} "
                f"[{article.extraction_state}, {article.claims.count()} claims]"
            )
            if article.extraction_state == "failed":
                self.stdout.write(
                    self.style.WARNING(f"  extraction failed: {article.extraction_error}")
                )
