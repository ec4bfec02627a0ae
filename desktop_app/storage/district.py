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

CHUNK = 500


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# ---------------------------------------------------------------- persons seen by the merge


def revs_of(session: Session, ids: Sequence[str]) -> dict[str, tuple[int, str]]:
    """{id: (rev, desa_code)} of the records the district already holds."""
    out: dict[str, tuple[int, str]] = {}
    for chunk in _chunks(list(ids)):
        for pid, rev, desa in session.execute(
            select(PersonRow.id, PersonRow.rev, PersonRow.desa_code).where(PersonRow.id.in_(chunk))
        ):
            out[pid] = (int(rev or 0), desa)
    return out


def rows_by_id(session: Session, ids: Sequence[str]) -> dict[str, PersonRow]:
    out: dict[str, PersonRow] = {}
    for chunk in _chunks(list(ids)):
        for row in session.scalars(select(PersonRow).where(PersonRow.id.in_(chunk))):
            out[row.id] = row
    return out


def active_nik_holders(session: Session, desa_code: str, keys: Iterable[str]) -> dict[str, str]:
    """{nik_key: person id} of the active records of one village holding these keys."""
    out: dict[str, str] = {}
    for chunk in _chunks(sorted(set(keys))):
        stmt = select(PersonRow.nik_key, PersonRow.id).where(
            PersonRow.desa_code == desa_code, PersonRow.deleted_at.is_(None), PersonRow.nik_key.in_(chunk)
        )
        for key, pid in session.execute(stmt):
            out[key] = pid
    return out


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


def keys_needing_a_look(session: Session, keys: Iterable[str], flag: str) -> set[str]:
    """Of these NIK keys, those active in more than one village, held by a record that carries
    ``flag`` (issue code), or with an open case: the only ones whose other-village flags or cases
    may change."""
    out: set[str] = set()
    for chunk in _chunks(sorted(set(keys))):
        # ``nik`` is indexed (ix_persons_nik); nik_key equals it whenever it is set
        villages: dict[str, set[str]] = {}
        stmt = select(PersonRow.nik_key, PersonRow.desa_code, PersonRow.deleted_at.is_(None),
                      PersonRow.issue_codes).where(PersonRow.nik.in_(chunk), PersonRow.nik_key == PersonRow.nik)
        for key, desa, active, codes in session.execute(stmt):
            if active:
                villages.setdefault(key, set()).add(desa)
            if codes and flag in codes:
                out.add(key)
        out.update(k for k, v in villages.items() if len(v) > 1)
        with_case = select(ReviewCaseRow.nik).where(ReviewCaseRow.nik.in_(chunk),
                                                    ReviewCaseRow.status.in_(("open", "later")))
        out.update(session.scalars(with_case))
    return out


def cases_for_niks(session: Session, niks: Iterable[str]) -> dict[str, list[ReviewCaseRow]]:
    out: dict[str, list[ReviewCaseRow]] = {}
    for chunk in _chunks(sorted(set(niks))):
        for row in session.scalars(select(ReviewCaseRow).where(ReviewCaseRow.nik.in_(chunk)).order_by(ReviewCaseRow.id)):
            out.setdefault(row.nik, []).append(row)
    return out


def rows_with_nik_keys(session: Session, keys: Iterable[str]) -> list[PersonRow]:
    out: list[PersonRow] = []
    for chunk in _chunks(sorted(set(keys))):
        out.extend(session.scalars(select(PersonRow).where(PersonRow.nik.in_(chunk),
                                                           PersonRow.nik_key == PersonRow.nik)))
    return out


def rows_with_issue(session: Session, code: str) -> list[PersonRow]:
    return list(session.scalars(select(PersonRow).where(PersonRow.issue_codes.contains(code))))


# ---------------------------------------------------------------- packages received


def received_sequences(session: Session, desa_code: str) -> list[int]:
    stmt = select(PackageRow.sequence).where(
        PackageRow.direction == "received", PackageRow.kind == "data", PackageRow.source_code == desa_code
    )
    return sorted({int(s) for s in session.scalars(stmt)})


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
