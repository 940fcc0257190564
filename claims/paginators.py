"""A Paginator that never counts more than it shows.

Django's Paginator runs SELECT COUNT(*) over the whole filtered queryset for
"N claims" and "page x of y": over a million claims that is 120-430 ms for
the open queue, whatever the page. CappedPaginator counts at most
`cap + 1` rows (SELECT COUNT(*) FROM (SELECT id ... LIMIT cap + 1)), which
stops as soon as it knows there are more than `cap`; templates show
"10,000+" (count_display) and `capped` says the number is a floor. Pages past
the cap are not reachable (narrow the filters instead): the count, and so the
last page, stop at cap + 1 rows.
"""

from math import ceil

from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.utils.functional import cached_property

COUNT_CAP = 10_000


def capped_count(object_list, cap: int | None = None) -> int:
    """How many rows, but at most cap + 1 (cap + 1 meaning "more than cap")."""
    cap = COUNT_CAP if cap is None else cap
    if isinstance(object_list, QuerySet):
        # values("pk"): no joined columns, annotations (e.g. a search rank)
        # or ordering in the counted subquery.
        return object_list.order_by().values("pk")[: cap + 1].count()
    return min(len(object_list), cap + 1)


class CappedPaginator(Paginator):
    def __init__(
        self, object_list, per_page, *, cap: int | None = None, count: int | None = None, **kwargs
    ):
        super().__init__(object_list, per_page, **kwargs)
        self.cap = COUNT_CAP if cap is None else cap
        if count is not None:  # already counted (capped), e.g. the same rows in another order
            self.__dict__["count"] = min(count, self.cap + 1)

    @cached_property
    def count(self) -> int:
        return capped_count(self.object_list, self.cap)

    @property
    def capped(self) -> bool:
        """True when there are more rows than `cap` and `count` is cap + 1."""
        return self.count > self.cap

    @property
    def count_display(self) -> str:
        """ "10,000+" when capped, else the exact count with thousands separators."""
        return f"{self.cap:,}+" if self.capped else f"{self.count:,}"

    @property
    def num_pages_display(self) -> str:
        if self.capped:
            return f"{ceil(self.cap / self.per_page):,}+"
        return f"{self.num_pages:,}"
