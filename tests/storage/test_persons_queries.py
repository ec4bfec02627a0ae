"""The single-record save path's queries: right answers, and answered by selective indexes."""

from __future__ import annotations

from datetime import date

from sqlalchemy.dialects import sqlite

from desktop_app.core.person import Person
from desktop_app.storage import persons as repo
from desktop_app.storage.db import open_database

DESA = "35.03.01.2001"


def _person(**kw) -> Person:
    base = dict(desa_code=DESA, nik="3503011205800001", full_name="SUPARMAN", birth_date=date(1980, 5, 12), sex="L")
    base.update(kw)
    return Person(**base)


def _seed(tmp_path):
    db = open_database(tmp_path / "a.sqlite")
    people = [
        _person(),  # same birth date and NIK prefix as the probe
        _person(nik="3503011205800002", full_name="SUPARMI", birth_date=date(1981, 1, 1)),  # NIK prefix only
        _person(nik="3503010101900003", full_name="SITI", birth_date=date(1980, 5, 12)),  # birth date only
        _person(nik="3503010101900004", full_name="BUDI", birth_date=date(1990, 1, 1)),  # neither
        _person(nik="3503011205800005", full_name="LAIN", desa_code="35.03.01.2002"),  # other village
        _person(nik="3503011205800006", full_name="HAPUS", deleted_at=date(2024, 1, 1)),  # deleted
    ]
    with db.unit_of_work() as s:
        for p in people:
            repo.insert_person(s, p, [])
    return db, people


def test_duplicate_candidates_same_village_birth_date_or_nik_prefix(tmp_path):
    db, people = _seed(tmp_path)
    probe = _person(nik="3503011205800009", full_name="SUPARMAN B")
    with db.read() as s:
        found = {p.full_name for p in repo.duplicate_candidates(s, probe)}
        assert found == {"SUPARMAN", "SUPARMI", "SITI"}
        assert {p.full_name for p in repo.duplicate_candidates(s, people[0])} == {"SUPARMI", "SITI"}  # not itself
    db.dispose()


def test_duplicate_candidates_never_walks_the_village_index(tmp_path):
    """One desa holds every row of a village database: ix_persons_desa_code would read all of them."""
    db, _ = _seed(tmp_path)
    probe = _person(nik="3503011205800009")
    captured = []

    class _Capture:
        def scalars(self, stmt):
            captured.append(stmt)
            return []

    repo.duplicate_candidates(_Capture(), probe)  # type: ignore[arg-type]
    compiled = captured[0].compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True})
    with db.engine.connect() as c:
        plan = " ".join(str(r[-1]) for r in c.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}"))
    assert "ix_persons_desa_code" not in plan, plan
    assert "ix_persons_birth_date" in plan and "ix_persons_nik" in plan, plan
    db.dispose()


def test_active_with_nik_uses_the_unique_active_index(tmp_path):
    db, people = _seed(tmp_path)
    with db.read() as s:
        assert [n for _, n in repo.active_with_nik(s, DESA, "3503011205800001")] == ["SUPARMAN"]
        assert repo.active_with_nik(s, DESA, "3503011205800006") == []  # deleted
        assert repo.active_with_nik(s, DESA, "3503011205800001", exclude_id=people[0].id) == []
    with db.engine.connect() as c:
        plan = " ".join(str(r[-1]) for r in c.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM persons WHERE desa_code = 'x' AND nik_key = 'y' AND deleted_at IS NULL"))
    assert "uq_persons_active_nik" in plan, plan
    db.dispose()
