"""Repository functions for persons and their history. They never commit."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from operator import attrgetter
from typing import Any

from sqlalchemy import Select, and_, case, func, insert, or_, select, update
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from desktop_app.core.issues import Issue, Severity
from desktop_app.core.person import PERSON_FIELD_NAMES, Person, status_of
from desktop_app.core.text import Msg
from desktop_app.storage.models import PersonHistoryRow, PersonRow

_NIK16 = re.compile(r"\d{16}")
_PERSON_COLUMNS = [c for c in PERSON_FIELD_NAMES]
# income is NOT NULL in the table: an income nobody declared (Person.income None) is stored as 0
NO_INCOME = 0


def nik_key(person: Person) -> str | None:
    """The NIK when it takes part in the one-active-record-per-NIK rule, else None."""
    # len + isdecimal: what _NIK16.fullmatch (\d = Unicode decimal digits) accepts, without the regex
    if person.nik_from_number:
        return None
    nik = person.nik or ""
    if len(nik) != 16 or not nik.isdecimal():
        return None
    return person.nik


def _derived(person: Person, issues: Sequence[Issue]) -> tuple[str, int, int, str, str]:
    """(status, error_count, warning_count, issue_codes, issues_json) of a record: the order of
    these columns in the persons table."""
    if not issues:
        return status_of(person, False).value, 0, 0, "", "[]"
    errors = sum(1 for i in issues if i.severity is Severity.ERROR)
    codes = " ".join(sorted({i.code for i in issues}))
    return status_of(person, errors > 0).value, errors, len(issues) - errors, codes, issues_to_json(issues)


def row_values(person: Person, issues: Sequence[Issue]) -> dict[str, Any]:
    values = {name: getattr(person, name) for name in _PERSON_COLUMNS}
    if values["income"] is None:
        values["income"] = NO_INCOME
    if values["created_at"] is None:
        values["created_at"] = datetime.now()
    if values["updated_at"] is None:
        values["updated_at"] = values["created_at"]
    status, errors, warnings, codes, issues_json = _derived(person, issues)
    values["nik_key"] = nik_key(person)
    values["error_count"] = errors
    values["warning_count"] = warnings
    values["issue_codes"] = codes
    values["status"] = status
    values["issues_json"] = issues_json
    return values


# ---------------------------------------------------------------- bulk insert (DBAPI fast path)
#
# ``row_values`` + a Core insert spends most of its time in SQLAlchemy's per-row parameter
# processing. The bulk path builds one tuple per record in table column order and adapts the few
# typed columns with the SQLite dialect's own bind processors (so dates and datetimes are stored
# exactly as the ORM stores them), then runs one driver-level executemany.

_TABLE = PersonRow.__table__
INSERT_COLUMNS: tuple[str, ...] = tuple(c.name for c in _TABLE.columns)
_DERIVED_COLUMNS = ("nik_key", "status", "error_count", "warning_count", "issue_codes", "issues_json",
                    "import_batch_id")
_INSERT_SQL = (f"INSERT INTO {_TABLE.name} ({', '.join(INSERT_COLUMNS)}) "
               f"VALUES ({', '.join('?' * len(INSERT_COLUMNS))})")
_HISTORY_TABLE = PersonHistoryRow.__table__
HISTORY_COLUMNS: tuple[str, ...] = ("person_id", "at", "by", "action", "rev", "changes", "source")
_HISTORY_SQL = (f"INSERT INTO {_HISTORY_TABLE.name} ({', '.join(HISTORY_COLUMNS)}) "
                f"VALUES ({', '.join('?' * len(HISTORY_COLUMNS))})")


def _layout() -> tuple[Any, Any, int]:
    # the person fields before nik_key, those after it up to the derived columns at the end
    at = INSERT_COLUMNS.index("nik_key")
    head, tail = INSERT_COLUMNS[:at], INSERT_COLUMNS[at + 1 : len(INSERT_COLUMNS) - len(_DERIVED_COLUMNS) + 1]
    assert set(head) | set(tail) == set(_PERSON_COLUMNS), "persons table and Person fields differ"
    assert INSERT_COLUMNS[len(head) + 1 + len(tail):] == _DERIVED_COLUMNS[1:], INSERT_COLUMNS
    return attrgetter(*head), attrgetter(*tail), len(head)


_HEAD, _TAIL, _HEAD_LEN = _layout()
_CREATED_AT = INSERT_COLUMNS.index("created_at")
_UPDATED_AT = INSERT_COLUMNS.index("updated_at")
_INCOME = INSERT_COLUMNS.index("income")


class _Adapter:
    """Bind processors of the SQLite dialect for the columns that have one, memoised per value."""

    def __init__(self, table: Any, columns: Sequence[str]) -> None:
        from sqlalchemy.dialects.sqlite import pysqlite

        dialect = pysqlite.dialect()
        self.steps: list[tuple[int, Any, dict[Any, Any]]] = []
        for i, name in enumerate(columns):
            proc = table.c[name].type._cached_bind_processor(dialect)
            if proc is not None:
                self.steps.append((i, proc, {}))

    def __call__(self, values: list[Any]) -> tuple[Any, ...]:
        for i, proc, cache in self.steps:
            v = values[i]
            if v is None:
                continue
            try:
                values[i] = cache[(type(v), v)]
            except KeyError:
                out = values[i] = proc(v)
                if len(cache) < 100_000:
                    cache[(type(v), v)] = out
            except TypeError:  # unhashable: let the processor decide
                values[i] = proc(v)
        return tuple(values)


_ADAPT_PERSON = _Adapter(_TABLE, INSERT_COLUMNS)
_ADAPT_HISTORY = _Adapter(_HISTORY_TABLE, HISTORY_COLUMNS)


def row_tuple(person: Person, issues: Sequence[Issue], batch_id: int | None = None) -> tuple[Any, ...]:
    """The record as one ``INSERT_COLUMNS`` tuple ready for :func:`insert_rows` (the same stored
    values as ``row_values`` plus ``import_batch_id``)."""
    values = [*_HEAD(person), nik_key(person), *_TAIL(person), *_derived(person, issues), batch_id]
    if values[_INCOME] is None:
        values[_INCOME] = NO_INCOME
    if values[_CREATED_AT] is None:
        values[_CREATED_AT] = datetime.now()
    if values[_UPDATED_AT] is None:
        values[_UPDATED_AT] = values[_CREATED_AT]
    return _ADAPT_PERSON(values)


BULK_CACHE_KIB = 32 * 1024


@contextmanager
def bulk_page_cache(session: Session, kib: int = BULK_CACHE_KIB) -> Iterator[None]:
    """A bigger SQLite page cache on the session's connection while many rows go in (random
    UUID keys touch index pages all over the file); the previous size is put back after, also
    when the session was rolled back or closed meanwhile (set on the pooled driver connection)."""
    driver = session.connection().connection.driver_connection
    before = driver.execute("PRAGMA cache_size").fetchone()[0]
    if before < 0 and -before >= kib or before > 0 and before * 4 >= kib:
        yield  # already at least as big (pages counted as 4 KiB when given in pages)
        return
    driver.execute(f"PRAGMA cache_size=-{int(kib)}")
    try:
        yield
    finally:
        driver.execute(f"PRAGMA cache_size={int(before)}")


def insert_rows(session: Session, rows: list[tuple[Any, ...]]) -> None:
    """Bulk insert of ``row_tuple`` tuples: one driver-level executemany in the session's transaction."""
    if rows:
        session.connection().exec_driver_sql(_INSERT_SQL, rows)


def history_tuple(person_id: str, *, at: datetime, by: str, action: str, rev: int, changes: str = "{}",
                  source: str = "") -> tuple[Any, ...]:
    """One ``HISTORY_COLUMNS`` tuple for :func:`add_history_rows`; ``changes`` is JSON text."""
    return _ADAPT_HISTORY([person_id, at, by, action, rev, changes, source])


def history_maker(*, at: datetime, by: str, action: str, rev: int, changes: str = "{}",
                  source: str = "") -> Callable[[str], tuple[Any, ...]]:
    """``history_tuple`` with everything but the person id fixed, for bulk runs where thousands
    of records share one entry (the values are adapted once, not per record)."""
    rest = history_tuple("", at=at, by=by, action=action, rev=rev, changes=changes, source=source)[1:]

    def make(person_id: str) -> tuple[Any, ...]:
        return (person_id, *rest)

    return make


def add_history_rows(session: Session, rows: list[tuple[Any, ...]]) -> None:
    if rows:
        session.connection().exec_driver_sql(_HISTORY_SQL, rows)


def issues_to_json(issues: Sequence[Issue]) -> str:
    """Issues as stored with the record. A parameter that is a ``core.text.Msg`` (the reasons of a
    bad KK number) is kept as ``{"$msg": template, "params": {...}}`` so the window can still
    translate it when the record is shown later."""
    if not issues:
        return "[]"
    return json.dumps(
        [{"code": i.code, "field": i.field, "severity": str(i.severity), "params": _encode_params(i.params)}
         for i in issues],
        default=_json_default,
        ensure_ascii=False,
    )


def _encode_params(params: dict[str, Any]) -> dict[str, Any]:
    if not any(isinstance(v, Msg) for v in params.values()):
        return params
    return {k: _encode_param(v) for k, v in params.items()}


def _encode_param(value: Any) -> Any:
    if isinstance(value, Msg):
        return {"$msg": value.template, "params": {k: _encode_param(v) for k, v in value.params.items()}}
    return value


def _decode_param(value: Any) -> Any:
    if isinstance(value, dict) and isinstance(value.get("$msg"), str):
        params = value.get("params")
        params = params if isinstance(params, dict) else {}
        return Msg.restored(value["$msg"], {str(k): _decode_param(v) for k, v in params.items()})
    return value


def issues_from_json(text: str | None) -> list[Issue]:
    out: list[Issue] = []
    try:
        data = json.loads(text or "[]")
    except ValueError:
        return out
    for item in data if isinstance(data, list) else []:
        try:
            params = {str(k): _decode_param(v) for k, v in dict(item.get("params") or {}).items()}
            out.append(Issue(item["code"], item["field"], Severity(item["severity"]), params))
        except (KeyError, TypeError, ValueError):
            continue
    return out


def stored_issues(session: Session, person_id: str) -> list[Issue]:
    return issues_from_json(session.scalar(select(PersonRow.issues_json).where(PersonRow.id == person_id)))


def to_person(row: PersonRow) -> Person:
    person = Person(**{name: getattr(row, name) for name in _PERSON_COLUMNS})
    if person.income == NO_INCOME:
        person.income = None
    return person


def get(session: Session, person_id: str) -> Person | None:
    row = session.get(PersonRow, person_id)
    return to_person(row) if row is not None else None


def insert_person(session: Session, person: Person, issues: Sequence[Issue], *, batch_id: int | None = None) -> None:
    values = row_values(person, issues)
    values["import_batch_id"] = batch_id
    session.execute(insert(PersonRow), [values])


def insert_many(session: Session, rows: list[dict[str, Any]]) -> None:
    """Bulk insert of prepared ``row_values`` dicts (executemany)."""
    if rows:
        # Core insert on the session's connection: one executemany (the ORM bulk path splits
        # rows into many statements when their None columns differ)
        session.connection().execute(PersonRow.__table__.insert(), rows)


def update_person(session: Session, person: Person, issues: Sequence[Issue]) -> None:
    values = row_values(person, issues)
    pid = values.pop("id")
    session.execute(update(PersonRow).where(PersonRow.id == pid).values(**values))


def active_with_nik(session: Session, desa_code: str, nik: str, exclude_id: str | None = None) -> list[tuple[str, str]]:
    if not _NIK16.fullmatch(nik or ""):
        return []
    stmt = select(PersonRow.id, PersonRow.full_name).where(
        PersonRow.desa_code == desa_code,
        PersonRow.nik_key == nik,
        PersonRow.deleted_at.is_(None),
    )
    if exclude_id:
        stmt = stmt.where(PersonRow.id != exclude_id)
    return [(r.id, r.full_name) for r in session.execute(stmt)]


def active_in_other_villages(session: Session, desa_code: str, nik: str) -> list[str]:
    if not _NIK16.fullmatch(nik or ""):
        return []
    stmt = (
        select(PersonRow.desa_code)
        .where(PersonRow.nik_key == nik, PersonRow.desa_code != desa_code, PersonRow.deleted_at.is_(None))
        .distinct()
    )
    return list(session.scalars(stmt))


def duplicate_candidates(session: Session, person: Person, limit: int = 200) -> list[Person]:
    """Active persons of the same village that could be the same person (the blocks of
    ``core.duplicates``): the same birth date or day and month swapped, a NIK sharing the first 12
    digits (region + birth date) or one typo away, the same KK or phone, or, without a birth date,
    the same name."""
    from desktop_app.core.duplicates import nik_neighbours  # the one definition of "one typo away"

    conds = []
    born = person.birth_date
    if born is not None:
        conds.append(PersonRow.birth_date == born)
        if born.day <= 12 and born.day != born.month:
            try:
                conds.append(PersonRow.birth_date == born.replace(month=born.day, day=born.month))
            except ValueError:
                pass
    nik = person.nik or ""
    if _NIK16.fullmatch(nik):
        conds.append(and_(PersonRow.nik >= nik[:12], PersonRow.nik < nik[:12] + "~"))
        conds.append(PersonRow.nik.in_(list(nik_neighbours(nik))))
    kk = (person.kk_number or "").strip()
    if len(kk) == 16:
        conds.append(PersonRow.kk_number == kk)
    phone = (person.phone or "").strip()
    if len(phone) >= 8:
        conds.append(PersonRow.phone == phone)
    if born is None and person.full_name:
        conds.append(PersonRow.full_name == person.full_name)
    if not conds:
        return []
    # ``+desa_code`` keeps SQLite from walking the whole village through ix_persons_desa_code
    # (one desa holds every row of a village database): the birth-date, NIK, KK and phone indexes
    # answer the OR together (MULTI-INDEX OR), a few rows instead of 100,000.
    stmt = (
        select(PersonRow)
        .where(_unindexed(PersonRow.desa_code) == person.desa_code, PersonRow.deleted_at.is_(None),
               PersonRow.id != person.id)
        .where(or_(*conds))
        .limit(limit)
    )
    return [to_person(r) for r in session.scalars(stmt)]


def _unindexed(column: Any) -> Any:
    """``+column``: SQLite's documented way to keep a term from choosing an index."""
    return UnaryExpression(column, operator=custom_op("+"), type_=column.type)


# ---------------------------------------------------------------- history


def add_history(
    session: Session,
    person_id: str,
    *,
    by: str,
    action: str,
    rev: int,
    changes: dict[str, Any],
    source: str = "",
    at: datetime | None = None,
) -> None:
    session.add(
        PersonHistoryRow(
            person_id=person_id,
            at=at or datetime.now(),
            by=by,
            action=action,
            rev=rev,
            changes=json.dumps(changes, default=_json_default, ensure_ascii=False),
            source=source,
        )
    )


def add_history_many(session: Session, entries: list[dict[str, Any]]) -> None:
    if entries:
        session.connection().execute(PersonHistoryRow.__table__.insert(), entries)


def _json_default(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


def diff(before: Person | None, after: Person, fields: Iterable[str]) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    for name in fields:
        old = getattr(before, name) if before is not None else None
        new = getattr(after, name)
        if old != new and not (before is None and new in ("", None)):
            out[name] = [_json_default(old) if old is not None else None, _json_default(new) if new is not None else None]
    return out


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    by: str
    action: str
    rev: int
    changes: dict[str, list[Any]]
    source: str


def history(session: Session, person_id: str) -> list[HistoryEntry]:
    stmt = select(PersonHistoryRow).where(PersonHistoryRow.person_id == person_id).order_by(PersonHistoryRow.id)
    return [
        HistoryEntry(r.at, r.by, r.action, r.rev, json.loads(r.changes or "{}"), r.source)
        for r in session.scalars(stmt)
    ]


# ---------------------------------------------------------------- listing


@dataclass(frozen=True)
class RecordFilter:
    """What the records table shows. ``status`` is a RecordStatus value, 'semua' or 'peringatan'."""

    desa_code: str | None = None
    status: str = "semua"
    search: str = ""
    rt: str = ""
    rw: str = ""
    dusun: str = ""
    occupation: str = ""
    include_deleted: bool = False
    extra: dict[str, str] = field(default_factory=dict)


SORT_COLUMNS = {
    "nik": PersonRow.nik,
    "full_name": PersonRow.full_name,
    "birth_date": PersonRow.birth_date,
    "sex": PersonRow.sex,
    "rt": PersonRow.rt,
    "rw": PersonRow.rw,
    "dusun": PersonRow.dusun,
    "address": PersonRow.address,
    "occupation": PersonRow.occupation,
    "phone": PersonRow.phone,
    "status": PersonRow.status,
    "updated_at": PersonRow.updated_at,
    "issues": PersonRow.error_count,
    "desa_code": PersonRow.desa_code,
}


def filtered(stmt: Select, flt: RecordFilter) -> Select:
    if flt.desa_code:
        stmt = stmt.where(PersonRow.desa_code == flt.desa_code)
    status = flt.status or "semua"
    if status == "terhapus":
        stmt = stmt.where(PersonRow.deleted_at.is_not(None))
    elif not flt.include_deleted:
        stmt = stmt.where(PersonRow.deleted_at.is_(None))
    if status == "peringatan":
        stmt = stmt.where(PersonRow.warning_count > 0)
    elif status not in ("semua", "terhapus"):
        stmt = stmt.where(PersonRow.status == status)
    if flt.rt:
        stmt = stmt.where(PersonRow.rt == flt.rt)
    if flt.rw:
        stmt = stmt.where(PersonRow.rw == flt.rw)
    if flt.dusun:
        stmt = stmt.where(PersonRow.dusun == flt.dusun)
    if flt.occupation:
        stmt = stmt.where(PersonRow.occupation == flt.occupation)
    text = flt.search.strip()
    if text:
        digits = re.sub(r"[\s.\-']", "", text)
        if digits.isdigit():
            stmt = stmt.where(or_(PersonRow.nik.contains(digits, autoescape=True), PersonRow.phone.contains(digits, autoescape=True)))
        else:
            for word in text.upper().split():
                stmt = stmt.where(
                    or_(
                        PersonRow.full_name.contains(word, autoescape=True),
                        PersonRow.address.contains(word, autoescape=True),
                        PersonRow.dusun.contains(word, autoescape=True),
                    )
                )
    return stmt


def select_ids(session: Session, flt: RecordFilter, order_by: str = "full_name", descending: bool = False) -> list[str]:
    column = SORT_COLUMNS.get(order_by, PersonRow.full_name)
    order = column.desc() if descending else column.asc()
    stmt = filtered(select(PersonRow.id), flt).order_by(order, PersonRow.id)
    return list(session.scalars(stmt))


DISPLAY_COLUMNS = (
    "id", "nik", "nik_from_number", "full_name", "name_title", "birth_date", "sex", "address",
    "rt", "rw", "dusun", "phone", "occupation", "occupation_other", "status", "error_count",
    "warning_count", "issue_codes", "updated_at", "deleted_at", "desa_code", "kk_number",
    "birth_place", "funding_source", "issues_json",
)


def display_rows(session: Session, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    cols = [getattr(PersonRow, c) for c in DISPLAY_COLUMNS]
    out: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        for row in session.execute(select(*cols).where(PersonRow.id.in_(chunk))):
            out[row.id] = dict(row._mapping)
    return out


def count(session: Session, flt: RecordFilter) -> int:
    return session.scalar(filtered(select(func.count()).select_from(PersonRow), flt)) or 0


def counts_by(session: Session, column: str, desa_code: str | None = None) -> dict[str, int]:
    col = getattr(PersonRow, column)
    stmt = select(col, func.count()).where(PersonRow.deleted_at.is_(None)).group_by(col)
    if desa_code:
        stmt = stmt.where(PersonRow.desa_code == desa_code)
    return {str(k or ""): v for k, v in session.execute(stmt)}


def status_counts(session: Session, desa_code: str | None = None) -> dict[str, int]:
    out = counts_by(session, "status", desa_code)
    stmt = select(func.count()).select_from(PersonRow).where(PersonRow.deleted_at.is_not(None))
    if desa_code:
        stmt = stmt.where(PersonRow.desa_code == desa_code)
    out["terhapus"] = session.scalar(stmt) or 0
    warn = select(func.count()).select_from(PersonRow).where(PersonRow.deleted_at.is_(None), PersonRow.warning_count > 0)
    if desa_code:
        warn = warn.where(PersonRow.desa_code == desa_code)
    out["peringatan"] = session.scalar(warn) or 0
    return out


def distinct_values(session: Session, column: str, desa_code: str | None = None) -> list[str]:
    col = getattr(PersonRow, column)
    stmt = select(col).where(PersonRow.deleted_at.is_(None), col != "").distinct().order_by(col)
    if desa_code:
        stmt = stmt.where(PersonRow.desa_code == desa_code)
    return [str(v) for v in session.scalars(stmt)]


def iter_persons(session: Session, flt: RecordFilter | None = None, batch: int = 2000) -> Iterable[Person]:
    stmt = select(PersonRow)
    if flt is not None:
        stmt = filtered(stmt, flt)
    stmt = stmt.order_by(PersonRow.full_name, PersonRow.id).execution_options(yield_per=batch)
    for row in session.scalars(stmt):
        yield to_person(row)


def find_by_nik(session: Session, nik: str, *, include_deleted: bool = False) -> list[Person]:
    stmt = select(PersonRow).where(PersonRow.nik == nik)
    if not include_deleted:
        stmt = stmt.where(PersonRow.deleted_at.is_(None))
    return [to_person(r) for r in session.scalars(stmt)]


# ---------------------------------------------------------------- data packages (village)


def rows_to_send(session: Session, desa_code: str, *, full: bool = False) -> Iterator[PersonRow]:
    """The village's records for the next data package: changed since the last one (or all)."""
    stmt = select(PersonRow).where(PersonRow.desa_code == desa_code)
    if not full:
        stmt = stmt.where(PersonRow.rev > PersonRow.sent_rev)
    yield from session.scalars(stmt.order_by(PersonRow.full_name, PersonRow.id).execution_options(yield_per=2000))


def mark_sent(session: Session, ids: list[str]) -> None:
    """The records a data package carries are sent at their current rev (status *terkirim*
    unless deleted or rejected)."""
    status = case(
        (PersonRow.deleted_at.is_not(None), "terhapus"),
        (PersonRow.status == "ditolak", "ditolak"),
        else_="terkirim",
    )
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        session.execute(
            PersonRow.__table__.update().where(PersonRow.id.in_(chunk)).values(sent_rev=PersonRow.rev, status=status)
        )
