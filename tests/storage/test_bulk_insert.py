"""The bulk insert fast path (row_tuple + insert_rows) stores exactly what the Core insert of
row_values stores, and reads back through the ORM as the same Person."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from desktop_app.core.issues import make_issue
from desktop_app.core.person import Person
from desktop_app.storage import persons as repo
from desktop_app.storage.db import open_database
from desktop_app.storage.models import ImportBatchRow, PersonHistoryRow

DESA = "35.03.01.2001"
ISSUES = [
    [],
    [make_issue("phone.format", value="0812")],
    [make_issue("nik.excel_number"), make_issue("kk.format", reason="x"), make_issue("name.missing")],
]

texts = st.text(max_size=12)
dates = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1)))
stamps = st.one_of(st.none(), st.datetimes(min_value=datetime(1, 1, 1)))
persons = st.builds(
    Person,
    desa_code=st.just(DESA),
    nik=st.one_of(texts, st.from_regex(r"\A[0-9]{16}\Z")),
    nik_from_number=st.booleans(),
    kk_number=texts,
    full_name=texts,
    name_title=texts,
    birth_date=dates,
    sex=st.sampled_from(["", "L", "P"]),
    phone=texts,
    income=st.none() | st.integers(min_value=-(2**40), max_value=2**40).filter(bool),  # 0 is stored "not declared"
    coverage_start=dates,
    coverage_end=dates,
    desil=st.one_of(st.none(), st.integers(1, 10)),
    verification_status=st.sampled_from(["belum", "diterima", "ditolak"]),
    rev=st.integers(0, 5),
    sent_rev=st.integers(0, 5),
    created_at=stamps,
    updated_at=stamps,
    deleted_at=st.one_of(stamps, dates),
)


def _stored(session, pid: str) -> dict:
    row = session.execute(text("SELECT * FROM persons WHERE id = :id"), {"id": pid}).mappings().one()
    return {k: v for k, v in row.items() if k != "id"}


def _batch(session) -> int:
    batch = ImportBatchRow(started_at=datetime(2025, 1, 2, 3, 4, 5), operator="t")
    session.add(batch)
    session.flush()
    return batch.id


def test_columns_cover_the_table():
    assert set(repo.INSERT_COLUMNS) == {c.name for c in repo.PersonRow.__table__.columns}


@pytest.fixture(scope="module")
def two_dbs(tmp_path_factory):
    root = tmp_path_factory.mktemp("bulk")
    fast, core = open_database(root / "fast.sqlite"), open_database(root / "core.sqlite")
    yield fast, core
    fast.dispose()
    core.dispose()


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(person=persons, issues=st.sampled_from(ISSUES))
def test_fast_path_stores_and_reads_back_like_the_core_insert(two_dbs, person, issues):
    fast_db, core_db = two_dbs
    for db, fast in ((fast_db, True), (core_db, False)):
        with db.unit_of_work() as s:
            s.execute(text("DELETE FROM persons"))
            batch_id = _batch(s)
            if fast:
                repo.insert_rows(s, [repo.row_tuple(person, issues, batch_id)])
            else:
                values = repo.row_values(person, issues)
                values["import_batch_id"] = batch_id
                repo.insert_many(s, [values])
    with fast_db.read() as s, core_db.read() as c:
        fast, core = _stored(s, person.id), _stored(c, person.id)
        if person.created_at is None:  # both took "now" when they were built
            for key in ("created_at", "updated_at"):
                fast.pop(key), core.pop(key)
        elif person.updated_at is None:
            fast.pop("updated_at"), core.pop("updated_at")
        assert fast == core
        back = repo.get(s, person.id)
        expected = person.copy()
        if expected.created_at is None:
            expected.created_at = back.created_at
        if expected.updated_at is None:
            expected.updated_at = back.updated_at
        if type(expected.deleted_at) is date:  # noqa: E721 - a date in a DateTime column reads back as midnight
            expected.deleted_at = datetime.combine(expected.deleted_at, datetime.min.time())
        assert back == expected
        assert back == repo.get(c, person.id).copy(created_at=back.created_at, updated_at=back.updated_at)
        assert repo.stored_issues(s, person.id) == repo.stored_issues(c, person.id)


def test_history_rows_match_the_orm(tmp_path):
    db = open_database(tmp_path / "h.sqlite")
    stamp = datetime(2025, 6, 1, 12, 30, 0, 250)
    p = Person(desa_code=DESA, full_name="SITI")
    with db.unit_of_work() as s:
        repo.insert_rows(s, [repo.row_tuple(p, [])])
        repo.add_history_many(s, [{"person_id": p.id, "at": stamp, "by": "op", "action": "import", "rev": 1,
                                   "source": "impor:a.xlsx", "changes": "{}"}])
        repo.add_history_rows(s, [repo.history_tuple(p.id, at=stamp, by="op", action="import", rev=1,
                                                     source="impor:a.xlsx")])
    with db.read() as s:
        rows = [tuple(r) for r in s.execute(text("SELECT person_id, at, by, action, rev, changes, source "
                                                 "FROM person_history ORDER BY id"))]
        assert rows[0] == rows[1]
        orm = list(s.scalars(select(PersonHistoryRow)))
        assert [h.at for h in orm] == [stamp, stamp]
        assert [e.at for e in repo.history(s, p.id)] == [stamp, stamp]
    db.dispose()


def test_bulk_page_cache_is_put_back_after_commit_and_rollback(tmp_path):
    db = open_database(tmp_path / "c.sqlite")

    def size(session):
        return session.connection().exec_driver_sql("PRAGMA cache_size").scalar()

    with db.unit_of_work() as s:
        before = size(s)
        with repo.bulk_page_cache(s):
            assert size(s) == -repo.BULK_CACHE_KIB
        assert size(s) == before
    with db.unit_of_work() as s, repo.bulk_page_cache(s):
        s.rollback()  # a dry run rolls back inside the block
    with db.read() as s:
        assert size(s) == before
    db.dispose()
