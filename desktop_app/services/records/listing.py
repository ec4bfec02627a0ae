"""What the records table reads: ordered ids of a filter, the columns search-as-you-type runs
over, one page of display rows, and the values the filters offer. ``db`` is an open
``App.db`` (the table model keeps it, the queries open their own read session)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import select

from desktop_app.core.issues import Issue
from desktop_app.services.app import App
from desktop_app.storage import persons as repo
from desktop_app.storage.models import PersonRow
from desktop_app.storage.persons import RecordFilter

__all__ = ["RecordFilter", "display_rows", "filter_choices", "first_ids", "issues_from_json", "search_rows"]


def _ordered(stmt: Any, order_by: str, descending: bool) -> Any:
    column = repo.SORT_COLUMNS.get(order_by, PersonRow.full_name)
    return stmt.order_by(column.desc() if descending else column.asc(), PersonRow.id)


def first_ids(db: Any, flt: RecordFilter, order_by: str, descending: bool, limit: int) -> list[str]:
    """The first rows of a query: served by an index for the usual orders, so it is instant."""
    stmt = _ordered(repo.filtered(select(PersonRow.id), flt), order_by, descending).limit(limit)
    with db.read() as session:
        return list(session.scalars(stmt))


def search_rows(db: Any, flt: RecordFilter, order_by: str, descending: bool,
                batch: int) -> Iterator[tuple[str, str, str, str, str, str]]:
    """(id, nik, phone, name, address, dusun) of every record of a filter, in order, read in
    batches: the whole result at once would briefly hold 100,000 rows twice over."""
    cols = (PersonRow.id, PersonRow.nik, PersonRow.phone, PersonRow.full_name, PersonRow.address, PersonRow.dusun)
    stmt = _ordered(repo.filtered(select(*cols), flt), order_by, descending).execution_options(yield_per=batch)
    with db.read() as session:
        yield from session.execute(stmt)


def display_rows(db: Any, ids: list[str]) -> dict[str, dict[str, Any]]:
    with db.read() as session:
        return repo.display_rows(session, ids)


def issues_from_json(text: str | None) -> list[Issue]:
    return repo.issues_from_json(text)


def filter_choices(app: App) -> tuple[dict[str, int], dict[str, list[str]]]:
    """Counts per status for the status bar, and the RT, RW and dusun values the filters offer."""
    with app.db.read() as session:
        counts = repo.status_counts(session, app.desa_code or None)
        values = {c: repo.distinct_values(session, c, app.desa_code or None) for c in ("rt", "rw", "dusun")}
    return counts, values


def dusun_values(app: App) -> list[str]:
    with app.db.read() as session:
        return repo.distinct_values(session, "dusun", app.desa_code or None)
