"""District tables and queries: what the merge reads and writes beside the persons table
(NIK keys held across villages, review cases, packages received per village).

Repository functions: they never commit.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import case, func, select, text, update
from sqlalchemy.orm import Session

from desktop_app.storage.models import PackageRow, PersonRow, ReviewCaseRow


def _one_of(column: Any, values: Iterable[Any]) -> Any:
    """``column IN (the values)`` with the values as ONE JSON parameter read by SQLite's
    ``json_each``: one statement however many values (no chunks), compiled once and cached (an
    ``IN`` of literal parameters coerces and binds every value in Python, which cost more than the
    lookups themselves at the district). SQLite still looks each value up through the column's
    index (EXPLAIN: SEARCH ... USING INDEX, LIST SUBQUERY over json_each)."""
    each = func.json_each(_json_list(values)).table_valued("value")
    return column.in_(select(each.c.value))


def _json_list(values: Iterable[Any]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def _driver_rows(session: Session, sql: str, params: tuple[Any, ...]) -> Any:
    """Plain SQL on the session's connection, after the session's pending changes (as an ORM
    query would autoflush them)."""
    session.flush()
    return session.connection().exec_driver_sql(sql, params)


# ---------------------------------------------------------------- persons seen by the merge
# The queries a merge runs once per package are plain SQL on the driver: the same lookups through
# SQLAlchemy's expression layer cost more than SQLite's own work (300 packages, ~1 s).

_REVS_SQL = "SELECT id, rev, desa_code FROM persons WHERE id IN (SELECT value FROM json_each(?))"
_HOLDERS_SQL = ("SELECT nik_key, id FROM persons WHERE desa_code = ? AND deleted_at IS NULL AND nik_key IS NOT NULL "
                "AND nik_key IN (SELECT value FROM json_each(?))")
# keys two records share (any village, deleted or not: the covering index ix_persons_nik) or
# that have a case
_SHARED_SQL = ("SELECT k.value FROM json_each(?) AS k WHERE (SELECT count(*) FROM persons WHERE nik = k.value) > 1 "
               "OR EXISTS (SELECT 1 FROM review_cases WHERE nik = k.value)")


def revs_of(session: Session, ids: Sequence[str]) -> dict[str, tuple[int, str]]:
    """{id: (rev, desa_code)} of the records the district already holds."""
    if not ids:
        return {}
    rows = _driver_rows(session, _REVS_SQL, (_json_list(ids),))
    return {pid: (int(rev or 0), desa) for pid, rev, desa in rows}


def rows_by_id(session: Session, ids: Sequence[str]) -> dict[str, PersonRow]:
    if not ids:
        return {}
    return {row.id: row for row in session.scalars(select(PersonRow).where(_one_of(PersonRow.id, ids)))}


def active_nik_holders(session: Session, desa_code: str, keys: Iterable[str]) -> dict[str, str]:
    """{nik_key: person id} of the active records of one village holding these keys."""
    wanted = sorted(set(keys))
    if not wanted:
        return {}
    rows = _driver_rows(session, _HOLDERS_SQL, (desa_code, _json_list(wanted)))
    return {key: pid for key, pid in rows}


_VALID_NIK = "length(nik) = 16 AND nik NOT GLOB '*[^0-9]*' AND nik_from_number = 0"


def unkeyed_rows(session: Session, desa_code: str) -> list[tuple[str, str, bool]]:
    """(id, nik, deleted) of a village's records with a sound NIK but no nik_key: held back
    while another active record of the village had that NIK (packages merged out of order)."""
    stmt = text(
        f"SELECT id, nik, deleted_at IS NOT NULL FROM persons WHERE desa_code = :d AND nik_key IS NULL "
        f"AND {_VALID_NIK} ORDER BY id"
    )
    return [(r[0], r[1], bool(r[2])) for r in session.execute(stmt, {"d": desa_code})]


def set_nik_key(session: Session, person_id: str, key: str | None) -> None:
    session.execute(update(PersonRow).where(PersonRow.id == person_id).values(nik_key=key))


def keys_needing_a_look(session: Session, keys: Iterable[str], flag: str, *, freed: Iterable[str] = ()) -> set[str]:
    """Of these NIK keys, those active in more than one village, held by a record that carries
    ``flag`` (issue code), or with an open case: the only ones whose other-village flags or cases
    may change.

    Only a NIK that two records share (any village, deleted or not) or that ever had a case can
    be one of them, unless a record just gave it up (``freed``: its NIK was corrected, and the
    one record left may still carry the flag): one index-only query (ix_persons_nik) picks those
    first, so that a package of new NIKs reads no record at all."""
    wanted = sorted(set(keys))
    if not wanted:
        return set()
    shared = {r[0] for r in _driver_rows(session, _SHARED_SQL, (_json_list(wanted),))}
    candidates = shared | (set(freed) & set(wanted))
    if not candidates:
        return set()
    with_case = select(ReviewCaseRow.nik).where(_one_of(ReviewCaseRow.nik, sorted(candidates)),
                                                ReviewCaseRow.status.in_(("open", "later")))
    out = set(session.scalars(with_case))
    # ``nik`` is indexed (ix_persons_nik); nik_key equals it whenever it is set
    villages: dict[str, set[str]] = {}
    stmt = select(PersonRow.nik_key, PersonRow.desa_code, PersonRow.deleted_at.is_(None),
                  PersonRow.issue_codes).where(_one_of(PersonRow.nik, sorted(candidates)),
                                               PersonRow.nik_key == PersonRow.nik)
    for key, desa, active, codes in session.execute(stmt):
        if active:
            villages.setdefault(key, set()).add(desa)
        if codes and flag in codes:
            out.add(key)
    out.update(k for k, v in villages.items() if len(v) > 1)
    return out


def cases_for_niks(session: Session, niks: Iterable[str]) -> dict[str, list[ReviewCaseRow]]:
    wanted = sorted(set(niks))
    out: dict[str, list[ReviewCaseRow]] = {}
    if wanted:
        stmt = select(ReviewCaseRow).where(_one_of(ReviewCaseRow.nik, wanted)).order_by(ReviewCaseRow.id)
        for row in session.scalars(stmt):
            out.setdefault(row.nik, []).append(row)
    return out


def rows_with_nik_keys(session: Session, keys: Iterable[str]) -> list[PersonRow]:
    wanted = sorted(set(keys))
    if not wanted:
        return []
    return list(session.scalars(select(PersonRow).where(_one_of(PersonRow.nik, wanted),
                                                        PersonRow.nik_key == PersonRow.nik)))


def rows_with_issue(session: Session, code: str) -> list[PersonRow]:
    return list(session.scalars(select(PersonRow).where(PersonRow.issue_codes.contains(code))))


# ---------------------------------------------------------------- packages received


def received_sequences(session: Session, desa_code: str) -> list[int]:
    rows = _driver_rows(session, "SELECT DISTINCT sequence FROM packages WHERE direction = 'received' AND kind = 'data' "
                        "AND source_code = ?", (desa_code,))
    return sorted(int(r[0]) for r in rows)


def received_by_village(session: Session) -> dict[str, dict[str, Any]]:
    """{desa_code: {sequences, last_at, last_package}} of every village that sent data."""
    out: dict[str, dict[str, Any]] = {}
    stmt = (
        select(PackageRow.source_code, PackageRow.sequence, PackageRow.processed_at, PackageRow.file_name)
        .where(PackageRow.direction == "received", PackageRow.kind == "data")
        .order_by(PackageRow.processed_at)
    )
    for code, seq, at, name in session.execute(stmt):
        entry = out.setdefault(code, {"sequences": set(), "last_at": None, "last_package": ""})
        entry["sequences"].add(int(seq))
        entry["last_at"] = at
        entry["last_package"] = name
    return out


def last_contact(session: Session) -> dict[str, datetime]:
    """The last time anything came from each village (enrollment, data) at the district."""
    stmt = (
        select(PackageRow.source_code, func.max(PackageRow.processed_at))
        .where(PackageRow.direction == "received")
        .group_by(PackageRow.source_code)
    )
    return {code: at for code, at in session.execute(stmt) if at is not None}


def package(session: Session, package_id: str) -> PackageRow | None:
    return session.get(PackageRow, package_id)


def record_counts_by_village(session: Session) -> dict[str, tuple[int, int]]:
    """{desa_code: (active, deleted)}."""
    active = func.sum(case((PersonRow.deleted_at.is_(None), 1), else_=0))
    deleted = func.sum(case((PersonRow.deleted_at.is_not(None), 1), else_=0))
    out: dict[str, tuple[int, int]] = {}
    for code, a, d in session.execute(select(PersonRow.desa_code, active, deleted).group_by(PersonRow.desa_code)):
        out[code] = (int(a or 0), int(d or 0))
    return out


# ---------------------------------------------------------------- review cases


def cases(session: Session, *, open_only: bool = False, nik: str | None = None,
          kind: str | None = None) -> list[ReviewCaseRow]:
    stmt = select(ReviewCaseRow)
    if kind is not None:
        stmt = stmt.where(ReviewCaseRow.kind == kind)
    if open_only:
        stmt = stmt.where(ReviewCaseRow.status.in_(("open", "later")))
    if nik is not None:
        stmt = stmt.where(ReviewCaseRow.nik == nik)
    return list(session.scalars(stmt.order_by(ReviewCaseRow.id)))


def get_case(session: Session, case_id: int) -> ReviewCaseRow | None:
    return session.get(ReviewCaseRow, case_id)


def add_case(session: Session, **values: Any) -> ReviewCaseRow:
    for key in ("person_ids", "desa_codes"):
        if not isinstance(values.get(key, ""), str):
            values[key] = json.dumps(sorted(values[key]))
    row = ReviewCaseRow(**values)
    session.add(row)
    return row


_SET_DERIVED_SQL = ("UPDATE persons SET status = ?, error_count = ?, warning_count = ?, issue_codes = ?, "
                    "issues_json = ? WHERE id = ?")


def set_issues_many(session: Session, items: Sequence[tuple[PersonRow, Sequence[Any]]]) -> None:
    """``set_issues`` for many records in one driver-level executemany (the rows are expired)."""
    from desktop_app.storage import persons as repo

    if not items:
        return
    session.flush()
    params = []
    for row, issues in items:
        status, errors, warnings, codes, issues_json = repo._derived(repo.to_person(row), issues)
        params.append((status, errors, warnings, codes, issues_json, row.id))
    session.connection().exec_driver_sql(_SET_DERIVED_SQL, params)
    for row, _issues in items:
        session.expire(row, ["status", "error_count", "warning_count", "issue_codes", "issues_json"])


def set_issues(session: Session, row: PersonRow, issues: Sequence[Any]) -> None:
    """Store a record's issues again and the status and counts derived from them."""
    from desktop_app.storage import persons as repo

    person = repo.to_person(row)
    status, errors, warnings, codes, issues_json = repo._derived(person, issues)
    session.execute(
        update(PersonRow)
        .where(PersonRow.id == row.id)
        .values(status=status, error_count=errors, warning_count=warnings, issue_codes=codes,
                issues_json=issues_json)
        .execution_options(synchronize_session=False)
    )
    session.expire(row, ["status", "error_count", "warning_count", "issue_codes", "issues_json"])
