"""Payment batches and their members (district). Never commits.

An issued batch is frozen: the triggers of ``models.FREEZE_TRIGGERS`` make SQLite refuse any
change to it or its members, whatever code tries."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.storage.models import PaymentBatchMemberRow, PaymentBatchRow, PersonRow

MEMBER_COLUMNS = ("batch_id", "person_id", "nik", "full_name", "desa_code", "kpj_number", "first_month",
                  "last_month", "months", "amount")
_MEMBER_SQL = (f"INSERT INTO payment_batch_members ({', '.join(MEMBER_COLUMNS)}) "
               f"VALUES ({', '.join('?' * len(MEMBER_COLUMNS))})")


def codes_like(session: Session, prefix: str) -> list[str]:
    return list(session.scalars(select(PaymentBatchRow.code).where(PaymentBatchRow.code.startswith(prefix))))


def add_batch(session: Session, **values: Any) -> PaymentBatchRow:
    row = PaymentBatchRow(**values)
    session.add(row)
    session.flush()
    return row


def add_members(session: Session, rows: Sequence[tuple[Any, ...]]) -> None:
    """Tuples in ``MEMBER_COLUMNS`` order: one executemany."""
    if rows:
        session.connection().exec_driver_sql(_MEMBER_SQL, list(rows))


def by_code(session: Session, code: str) -> PaymentBatchRow | None:
    return session.scalar(select(PaymentBatchRow).where(func.upper(PaymentBatchRow.code) == code.strip().upper()))


def all_batches(session: Session) -> list[PaymentBatchRow]:
    return list(session.scalars(select(PaymentBatchRow).order_by(PaymentBatchRow.id)))


def members(session: Session, batch_id: int) -> list[PaymentBatchMemberRow]:
    return list(session.scalars(select(PaymentBatchMemberRow).where(PaymentBatchMemberRow.batch_id == batch_id)
                                .order_by(PaymentBatchMemberRow.desa_code, PaymentBatchMemberRow.full_name)))


def member_tuples(session: Session, batch_ids: Sequence[int]) -> list[tuple[Any, ...]]:
    """(batch_id, person_id, nik, desa_code, first_month, last_month, months, amount) of the batches."""
    if not batch_ids:
        return []
    m = PaymentBatchMemberRow
    stmt = select(m.batch_id, m.person_id, m.nik, m.desa_code, m.first_month, m.last_month, m.months,
                  m.amount).where(m.batch_id.in_(list(batch_ids)))
    return [tuple(r) for r in session.execute(stmt)]


def delete_draft(session: Session, batch_id: int) -> None:
    session.execute(PaymentBatchMemberRow.__table__.delete().where(PaymentBatchMemberRow.batch_id == batch_id))
    session.execute(PaymentBatchRow.__table__.delete().where(PaymentBatchRow.id == batch_id))


def remove_member(session: Session, batch_id: int, person_id: str) -> int:
    result = session.execute(PaymentBatchMemberRow.__table__.delete().where(
        PaymentBatchMemberRow.batch_id == batch_id, PaymentBatchMemberRow.person_id == person_id))
    return int(result.rowcount or 0)


def set_totals(session: Session, batch_id: int, participants: int, months: int, amount: int) -> None:
    session.execute(PaymentBatchRow.__table__.update().where(PaymentBatchRow.id == batch_id).values(
        participants=participants, months=months, amount=amount))


def issue(session: Session, batch_id: int, at: datetime, by: str) -> None:
    session.execute(PaymentBatchRow.__table__.update().where(PaymentBatchRow.id == batch_id).values(
        status="issued", issued_at=at, issued_by=by))


def eligible(session: Session, *, funding_sources: Sequence[str], require_padan: bool) -> Iterator[tuple[Any, ...]]:
    """Active, error-free records the district accepted (and Dukcapil matched, where required) that
    BPJS did not reject, paid from one of ``funding_sources`` ('' stands for records without one):
    (id, nik, full_name, desa_code, kpj_number, coverage_start, coverage_end, occupation)."""
    p = PersonRow
    stmt = select(p.id, p.nik, p.full_name, p.desa_code, p.kpj_number, p.coverage_start, p.coverage_end,
                  p.occupation).where(
        p.deleted_at.is_(None), p.error_count == 0, p.verification_status == "diterima",
        p.bpjs_status != "ditolak", p.funding_source.in_(list(funding_sources)))
    if require_padan:
        stmt = stmt.where(p.dukcapil_match == "padan")
    for row in session.execute(stmt.order_by(p.desa_code, p.full_name, p.id)):
        yield tuple(row)


def person_details(session: Session, ids: Sequence[str]) -> dict[str, tuple[Any, ...]]:
    """id -> (birth_place, birth_date, sex, address, rt, rw, phone, occupation, occupation_other,
    income, programme) for the files written from a batch."""
    p = PersonRow
    out: dict[str, tuple[Any, ...]] = {}
    cols = (p.id, p.birth_place, p.birth_date, p.sex, p.address, p.rt, p.rw, p.phone, p.occupation,
            p.occupation_other, p.income, p.programme)
    ids = list(ids)
    for start in range(0, len(ids), 900):
        for row in session.execute(select(*cols).where(p.id.in_(ids[start:start + 900]))):
            out[row[0]] = tuple(row[1:])
    return out


def period_of(row: PaymentBatchRow) -> tuple[date, date]:
    return row.period_start, row.period_end



def paid_people_by_desa(session: Session, batch_ids: Sequence[int]) -> dict[str, int]:
    """desa -> distinct people (by record) in the given batches."""
    if not batch_ids:
        return {}
    m = PaymentBatchMemberRow
    stmt = (select(m.desa_code, func.count(func.distinct(m.person_id))).where(m.batch_id.in_(list(batch_ids)))
            .group_by(m.desa_code))
    return {desa: n for desa, n in session.execute(stmt)}


def verified_by_desa(session: Session) -> dict[str, int]:
    p = PersonRow
    stmt = (select(p.desa_code, func.count()).where(p.deleted_at.is_(None), p.verification_status == "diterima")
            .group_by(p.desa_code))
    return {desa: n for desa, n in session.execute(stmt)}


def export_rows(session: Session, batch_id: int) -> Iterator[tuple[Any, ...]]:
    """The members of a batch with the details the BPJS list needs, in desa and name order:
    (nik, full_name, desa_code, kpj_number, first_month, last_month, months, amount, birth_place,
    birth_date, sex, address, rt, rw, phone, occupation, occupation_other, income, programme)."""
    sql = (
        "SELECT m.nik, m.full_name, m.desa_code, m.kpj_number, m.first_month, m.last_month, m.months, m.amount, "
        "p.birth_place, p.birth_date, p.sex, p.address, p.rt, p.rw, p.phone, p.occupation, p.occupation_other, "
        "p.income, p.programme FROM payment_batch_members m LEFT JOIN persons p ON p.id = m.person_id "
        "WHERE m.batch_id = ? ORDER BY m.desa_code, m.full_name, m.person_id"
    )
    yield from session.connection().exec_driver_sql(sql, (batch_id,))
