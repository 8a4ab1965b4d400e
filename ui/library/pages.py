"""The library's reads from the store, as plain functions a worker thread runs.

Each function reads pages of ``DraftStore.list`` for one filter (a
``Listing``) and returns the rows with whether the list ended, never
touching a Qt object: the model (``ui.library.model``) starts them through
``Operations`` and inserts what they return on the main thread. A locked or
slow store file then holds a worker, not the window.
"""

from __future__ import annotations

from dataclasses import dataclass

from osbpress.store import DraftStore, DraftSummary

PAGE_SIZE = 100
# Loading every row (to sort all of them) goes in bigger pages.
BULK_PAGE_SIZE = 1000


@dataclass(frozen=True)
class Listing:
    """One filter of the store's list: what a read asks for."""

    store: DraftStore
    query: str | None
    kind: str | None
    trashed: bool

    def page(self, offset: int, limit: int) -> tuple[list[DraftSummary], bool]:
        """Rows ``offset`` … ``offset + limit``; True as second value at the end of the list."""
        rows = self.store.list(
            query=self.query, kind=self.kind, trashed=self.trashed, limit=limit, offset=offset
        )
        return rows, len(rows) < limit


@dataclass(frozen=True)
class Pages:
    """What a read brought back: the rows and whether the list ended with them."""

    rows: list[DraftSummary]
    complete: bool


def first_pages(listing: Listing, *, everything: bool) -> Pages:
    """The first page, or every row when the view sorts other than the store does."""
    return rest(listing, 0) if everything else Pages(*listing.page(0, PAGE_SIZE))


def next_page(listing: Listing, offset: int) -> Pages:
    return Pages(*listing.page(offset, PAGE_SIZE))


def rest(listing: Listing, offset: int) -> Pages:
    """Every row from ``offset`` on, in big pages."""
    rows: list[DraftSummary] = []
    complete = False
    while not complete:
        page, complete = listing.page(offset + len(rows), BULK_PAGE_SIZE)
        rows += page
    return Pages(rows, True)


def pages_until(listing: Listing, offset: int, draft_id: str) -> Pages:
    """Pages from ``offset`` on until one holds ``draft_id`` (or the list ends)."""
    rows: list[DraftSummary] = []
    complete = False
    while not complete:
        page, complete = listing.page(offset + len(rows), PAGE_SIZE)
        rows += page
        if any(summary.id == draft_id for summary in page):
            break
    return Pages(rows, complete)
