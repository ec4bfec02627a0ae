"""District answers (Disdukcapil, BPJS): the NIK index of the district's records, bulk updates of
the district-owned fields, and the log of results imports. Never commits."""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.storage import persons
from desktop_app.storage.models import PersonHistoryRow, PersonRow, ResultsImportRow, ReviewCaseRow

_first = itemgetter(0)

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


# what a results import reads of an active record, as a plain tuple (the NIK first): the Dukcapil
# answer needs only MATCH_COLUMNS; HELD_COLUMNS (the same first seven, then the rest) are the NIK,
# the rowid and ``Held``
MATCH_COLUMNS = ("nik", "rowid", "id", "desa_code", "full_name", "rev", "dukcapil_match")
HELD_COLUMNS = ("nik", "rowid", "id", "desa_code", "full_name", "rev", "sent_rev", "error_count",
                "verification_status", "dukcapil_match", "bpjs_status", "bpjs_reason", "kpj_number")
# NIKs per lookup statement (one JSON text parameter: no limit on bound variables applies)
LOOKUP_CHUNK = 50_000


def held_by_nik(session: Session, niks: Collection[str], *, full: bool = True
                ) -> tuple[dict[str, tuple[Any, ...]], dict[str, list[tuple[Any, ...]]]]:
    """The active records with a sound NIK among ``niks``, each a tuple of ``HELD_COLUMNS``
    (``full``) or ``MATCH_COLUMNS``: (NIK -> its first record, NIK -> all its records for the NIKs
    several villages hold). Only the NIKs asked for are read, through the NIK index (``nik_key``
    equals ``nik`` whenever it is set); no list is made for a NIK held once (nearly all of them)."""
    sql = (f"SELECT {', '.join(HELD_COLUMNS if full else MATCH_COLUMNS)} FROM persons "
           "WHERE nik IN (SELECT value FROM json_each(?)) AND nik_key = nik AND deleted_at IS NULL")
    wanted = list(niks)
    first: dict[str, tuple[Any, ...]] = {}
    several: dict[str, list[tuple[Any, ...]]] = {}
    get = first.get
    driver = session.connection().connection.driver_connection  # plain sqlite3 rows: no wrapper per row
    for start in range(0, len(wanted), LOOKUP_CHUNK):
        for row in driver.execute(sql, (json.dumps(wanted[start:start + LOOKUP_CHUNK]),)):
            nik = row[0]
            found = get(nik)
            if found is None:
                first[nik] = row
            elif nik in several:
                several[nik].append(row)
            else:
                several[nik] = [found, row]
    return first, several


def as_held(row: tuple[Any, ...]) -> Held:
    """A ``HELD_COLUMNS`` tuple as ``Held`` (without the NIK and the rowid)."""
    return Held(*row[2:])


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


def stamp(moment: datetime) -> Any:
    """A datetime as the persons table stores it (for :func:`update_results`)."""
    return _DATETIME(moment) if _DATETIME is not None else moment


def update_results(session: Session, rows: Sequence[tuple[Any, ...]]) -> None:
    """Bulk update: tuples of (dukcapil_match, bpjs_status, bpjs_reason, kpj_number, status, rev,
    updated_at (see :func:`stamp`), updated_by, id)."""
    if rows:
        session.connection().exec_driver_sql(_UPDATE_SQL, list(rows))


_SET_MATCH_SQL = ("UPDATE persons SET dukcapil_match = ?, updated_at = ?, updated_by = ? "
                  "WHERE rowid IN (SELECT value FROM json_each(?))")
_HISTORY_BULK_SQL = (f"INSERT INTO {PersonHistoryRow.__tablename__} ({', '.join(persons.HISTORY_COLUMNS)}) "
                     "SELECT value, ?, ?, ?, ?, ?, ? FROM json_each(?)")
# a group of history entries smaller than this goes in with the executemany of the stragglers
HISTORY_GROUP_MIN = 64


def set_matches(session: Session, rowids_by_answer: dict[str, list[int]], *, updated_at: Any, updated_by: str) -> None:
    """Bulk update of the Dukcapil match, one statement per answer: answer -> the rowids of the
    records (``MATCH_COLUMNS``) that take it. The rev stays (it is the village's), and so does the
    status (a Dukcapil answer never changes it: the indexed status column is left alone);
    ``updated_at`` as :func:`stamp` gives it."""
    conn = session.connection()
    for answer, rowids in rowids_by_answer.items():
        for start in range(0, len(rowids), LOOKUP_CHUNK):
            conn.exec_driver_sql(_SET_MATCH_SQL, (answer, updated_at, updated_by,
                                            json.dumps(sorted(rowids[start:start + LOOKUP_CHUNK]))))


def add_history_groups(session: Session, groups: dict[tuple[int, str], list[str]], *, at: datetime, by: str,
                       action: str, source: str) -> None:
    """History entries sharing everything but the person id: (rev, changes JSON text) -> person ids.
    A large group is one statement; the small ones go in together (many different revs)."""
    _pid, h_at, h_by, h_action, _rev, _changes, h_source = persons.history_tuple(
        "", at=at, by=by, action=action, rev=0, source=source)
    conn = session.connection()
    stragglers: list[tuple[Any, ...]] = []
    for (rev, changes), ids in sorted(groups.items()):
        if len(ids) < HISTORY_GROUP_MIN:
            stragglers += [(pid, h_at, h_by, h_action, rev, changes, h_source) for pid in ids]
            continue
        ids = sorted(ids)  # the person_id index is walked in order
        for start in range(0, len(ids), LOOKUP_CHUNK):
            conn.exec_driver_sql(_HISTORY_BULK_SQL, (h_at, h_by, h_action, rev, changes, h_source,
                                               json.dumps(ids[start:start + LOOKUP_CHUNK])))
    if stragglers:
        stragglers.sort(key=_first)
        persons.add_history_rows(session, stragglers)


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
