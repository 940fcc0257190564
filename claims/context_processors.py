from django.conf import settings

from claims import status


def factcheck(request):
    return {
        "ORG_NAME": settings.FACTCHECK_ORG_NAME,
        "ORG_URL": settings.FACTCHECK_ORG_URL,
        "STATUSES": status.STATUSES,
    }
