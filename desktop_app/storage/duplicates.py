"""Duplicate decisions and the columns a duplicate scan reads. Functions never commit."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop_app.storage.models import DuplicateDecisionRow, PersonRow

SCAN_COLUMNS = ("id", "nik", "nik_from_number", "kk_number", "full_name", "birth_date", "sex", "phone",
                "rt", "rw", "desa_code")


def scan_rows(session: Session, desa_code: str | None = None, batch: int = 20000) -> Iterator[tuple[Any, ...]]:
    """The compared columns of every active record (of one desa, or all), as plain tuples in
    ``SCAN_COLUMNS`` order with ``birth_date`` as a date: the fast path of a full scan."""
    sql = f"SELECT {', '.join(SCAN_COLUMNS)} FROM persons WHERE deleted_at IS NULL"
    params: tuple[Any, ...] = ()
    if desa_code:
        sql += " AND desa_code = ?"
        params = (desa_code,)
    cursor = session.connection().exec_driver_sql(sql, params)
    dates: dict[str, date | None] = {}
    while True:
        rows = cursor.fetchmany(batch)
        if not rows:
            break
        for row in rows:
            raw = row[5]
            if raw is None or isinstance(raw, date):
                born = raw
            else:
                born = dates.get(raw)
                if born is None and raw not in dates:
                    try:
                        born = date.fromisoformat(str(raw)[:10])
                    except ValueError:
                        born = None
                    dates[raw] = born
            yield (row[0], row[1], bool(row[2]), row[3], row[4], born, row[6], row[7], row[8], row[9], row[10])


def count_active(session: Session, desa_code: str | None = None) -> int:
    sql = "SELECT count(*) FROM persons WHERE deleted_at IS NULL"
    if desa_code:
        return int(session.connection().exec_driver_sql(sql + " AND desa_code = ?", (desa_code,)).scalar() or 0)
    return int(session.connection().exec_driver_sql(sql).scalar() or 0)


def summaries(session: Session, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """``{id: {id, nik, full_name, desa_code, deleted}}`` of the given records."""
    out: dict[str, dict[str, Any]] = {}
    cols = (PersonRow.id, PersonRow.nik, PersonRow.full_name, PersonRow.desa_code, PersonRow.deleted_at)
    ids = list(ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for row in session.execute(select(*cols).where(PersonRow.id.in_(chunk))):
            out[row.id] = {"id": row.id, "nik": row.nik, "full_name": row.full_name, "desa_code": row.desa_code,
                           "deleted": row.deleted_at is not None}
    return out


def add_decision(session: Session, **values: Any) -> DuplicateDecisionRow:
    row = DuplicateDecisionRow(**values)
    session.add(row)
    session.flush()
    return row


def get_decision(session: Session, decision_id: int) -> DuplicateDecisionRow | None:
    return session.get(DuplicateDecisionRow, decision_id)


def active_decisions(session: Session) -> list[DuplicateDecisionRow]:
    """Every decision not undone, oldest first."""
    stmt = select(DuplicateDecisionRow).where(DuplicateDecisionRow.undone_at.is_(None)).order_by(DuplicateDecisionRow.id)
    return list(session.scalars(stmt))


def decisions_for(session: Session, person_id: str, *, include_undone: bool = False) -> list[DuplicateDecisionRow]:
    stmt = select(DuplicateDecisionRow).where(
        or_(DuplicateDecisionRow.a_id == person_id, DuplicateDecisionRow.b_id == person_id))
    if not include_undone:
        stmt = stmt.where(DuplicateDecisionRow.undone_at.is_(None))
    return list(session.scalars(stmt.order_by(DuplicateDecisionRow.id)))


def pair_decision(session: Session, a_id: str, b_id: str) -> DuplicateDecisionRow | None:
    """The newest active decision on the pair."""
    a, b = (a_id, b_id) if a_id < b_id else (b_id, a_id)
    stmt = (select(DuplicateDecisionRow)
            .where(DuplicateDecisionRow.a_id == a, DuplicateDecisionRow.b_id == b,
                   DuplicateDecisionRow.undone_at.is_(None))
            .order_by(DuplicateDecisionRow.id.desc()).limit(1))
    return session.scalars(stmt).first()


def all_decisions(session: Session, limit: int = 500) -> list[DuplicateDecisionRow]:
    """Newest first, undone ones too (the decision log)."""
    stmt = select(DuplicateDecisionRow).order_by(DuplicateDecisionRow.id.desc()).limit(limit)
    return list(session.scalars(stmt))


def mark_undone(session: Session, row: DuplicateDecisionRow, *, by: str, at: datetime) -> None:
    row.undone_at = at
    row.undone_by = by


def not_same_partners(session: Session, person_id: str) -> dict[str, tuple[str, str]]:
    """``{other id: (fingerprint of person_id, fingerprint of other)}`` as recorded by the active
    "not the same person" decisions about ``person_id``."""
    out: dict[str, tuple[str, str]] = {}
    stmt = select(DuplicateDecisionRow).where(
        or_(DuplicateDecisionRow.a_id == person_id, DuplicateDecisionRow.b_id == person_id),
        DuplicateDecisionRow.decision == "not_same", DuplicateDecisionRow.undone_at.is_(None))
    for row in session.scalars(stmt.order_by(DuplicateDecisionRow.id)):
        if row.a_id == person_id:
            out[row.b_id] = (row.a_fingerprint, row.b_fingerprint)
        else:
            out[row.a_id] = (row.b_fingerprint, row.a_fingerprint)
    return out
