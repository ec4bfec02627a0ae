"""District answers (Disdukcapil, BPJS): the NIK index of the district's records, bulk updates of
the district-owned fields, and the log of results imports. Never commits."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.storage.models import PersonHistoryRow, PersonRow, ResultsImportRow, ReviewCaseRow

RESULT_FIELDS = ("dukcapil_match", "bpjs_status", "bpjs_reason", "kpj_number")


@dataclass(slots=True)
class Held:
    """What the district holds for one active record, as far as a results import needs it."""

    id: str
    desa_code: str
    full_name: str
    rev: int
    sent_rev: int
    error_count: int
    verification_status: str
    dukcapil_match: str
    bpjs_status: str
    bpjs_reason: str
    kpj_number: str


def nik_index(session: Session) -> dict[str, list[Held]]:
    """Every active record with a sound NIK, by NIK (one list per NIK: several villages may hold it)."""
    sql = ("SELECT nik_key, id, desa_code, full_name, rev, sent_rev, error_count, verification_status, "
           "dukcapil_match, bpjs_status, bpjs_reason, kpj_number FROM persons "
           "WHERE deleted_at IS NULL AND nik_key IS NOT NULL")
    out: dict[str, list[Held]] = {}
    get = out.get
    driver = session.connection().connection.driver_connection  # plain sqlite3 rows: no wrapper per row
    for row in driver.execute(sql):
        held = Held(*row[1:])
        found = get(row[0])
        if found is None:
            out[row[0]] = [held]
        else:
            found.append(held)
    return out


def decided_cases(session: Session, niks: Iterable[str]) -> dict[str, str]:
    """NIK -> the text of a decided case about it (its resolution), for NIKs held by two villages."""
    wanted = list(set(niks))
    out: dict[str, str] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        stmt = select(ReviewCaseRow.nik, ReviewCaseRow.resolution).where(
            ReviewCaseRow.nik.in_(chunk), ReviewCaseRow.status == "decided")
        for nik, resolution in session.execute(stmt):
            out[nik] = resolution or ""
    return out


def _processor(column: Any) -> Any:
    from sqlalchemy.dialects.sqlite import pysqlite

    return column.type._cached_bind_processor(pysqlite.dialect())


_DATETIME = _processor(PersonRow.__table__.c.updated_at)
_UPDATE_SQL = ("UPDATE persons SET dukcapil_match = ?, bpjs_status = ?, bpjs_reason = ?, kpj_number = ?, "
               "status = ?, rev = ?, updated_at = ?, updated_by = ? WHERE id = ?")
# a Dukcapil answer never changes the record's status: leave the indexed status column alone
_UPDATE_MATCH_SQL = "UPDATE persons SET dukcapil_match = ?, rev = ?, updated_at = ?, updated_by = ? WHERE id = ?"


def stamp(moment: datetime) -> Any:
    """A datetime as the persons table stores it (for :func:`update_results`)."""
    return _DATETIME(moment) if _DATETIME is not None else moment


def update_results(session: Session, rows: Sequence[tuple[Any, ...]]) -> None:
    """Bulk update: tuples of (dukcapil_match, bpjs_status, bpjs_reason, kpj_number, status, rev,
    updated_at (see :func:`stamp`), updated_by, id)."""
    if rows:
        session.connection().exec_driver_sql(_UPDATE_SQL, list(rows))


def update_matches(session: Session, rows: Sequence[tuple[Any, ...]]) -> None:
    """Bulk update of the Dukcapil match only: tuples of (dukcapil_match, rev, updated_at, updated_by, id)."""
    if rows:
        session.connection().exec_driver_sql(_UPDATE_MATCH_SQL, list(rows))


def start_import(session: Session, *, kind: str, operator: str, file_name: str, file_sha256: str, sheet: str,
                 at: datetime) -> ResultsImportRow:
    row = ResultsImportRow(kind=kind, started_at=at, operator=operator, file_name=file_name,
                           file_sha256=file_sha256, sheet=sheet)
    session.add(row)
    session.flush()
    return row


def last_import(session: Session) -> ResultsImportRow | None:
    return session.scalar(
        select(ResultsImportRow).where(ResultsImportRow.undone_at.is_(None), ResultsImportRow.finished_at.is_not(None))
        .order_by(ResultsImportRow.id.desc()).limit(1))


def mark_undone(session: Session, import_id: int, at: datetime) -> None:
    row = session.get(ResultsImportRow, import_id)
    if row is not None:
        row.undone_at = at


def list_imports(session: Session, limit: int = 50) -> list[ResultsImportRow]:
    return list(session.scalars(select(ResultsImportRow).order_by(ResultsImportRow.id.desc()).limit(limit)))


def history_of_import(session: Session, import_id: int) -> list[PersonHistoryRow]:
    return list(session.scalars(select(PersonHistoryRow).where(
        PersonHistoryRow.source == f"results:{import_id}", PersonHistoryRow.action == "results")))


def summary_json(summary: dict[str, Any]) -> str:
    return json.dumps(summary, ensure_ascii=False, default=str)
