"""The merge's fast paths give what the plain code gives: a payload line as a Person, and the
run's connection settings put back after a run (also when a package in the middle is refused)."""

from __future__ import annotations

import random
from datetime import date, datetime

from desktop_app.core.person import PERSON_FIELD_NAMES, Person
from desktop_app.services.district import merge_prep

from .conftest import nik
from .test_merge import _merge, _three_packages


def _plain(line):
    values = {k: v for k, v in line.items() if k in PERSON_FIELD_NAMES}
    for name in ("birth_date", "coverage_start", "coverage_end"):
        if values.get(name) is not None:
            values[name] = date.fromisoformat(values[name])
    for name in ("created_at", "updated_at", "deleted_at"):
        if values.get(name) is not None:
            values[name] = datetime.fromisoformat(values[name]).replace(tzinfo=None)
    return Person(**values)


def test_line_to_person_same_as_keyword_construction():
    from desktop_app.core.demo import generate

    rng = random.Random(7)
    for i, person in enumerate(generate("35.03.01.2001", 60, seed=3)):
        line = person.copy(created_at=datetime(2026, 3, 1, 9, 30), deleted_at=None, sent_rev=i).to_json()
        if i % 3 == 0:
            line.pop("sent_rev")  # a data package line: every field but sent_rev (the fast path)
        elif i % 3 == 1:
            for key in rng.sample(sorted(k for k in line if k != "id"), 4):
                line.pop(key)  # optional fields missing take the Person defaults
        line["type"] = "record"  # keys that are no Person field are ignored
        assert merge_prep.person_from_line(line) == _plain(line)
    no_id = {"desa_code": "35.03.01.2001", "nik": nik(0, 1)}
    assert merge_prep.person_from_line(no_id).id != merge_prep.person_from_line(no_id).id  # default_factory


def test_run_settings_back_and_each_package_committed(kab):
    (a, _b, c), packages = _three_packages(kab)
    bad = kab.inbox / "rusak.sipera"
    bad.write_bytes(b"bukan paket")
    with kab.district.db.read() as s:
        driver = s.connection().connection.driver_connection
        before = (driver.execute("PRAGMA cache_size").fetchone()[0],
                  driver.execute("PRAGMA wal_autocheckpoint").fetchone()[0])
    run = _merge(kab.district, packages[0], bad, packages[1], packages[2])
    assert [p.status for p in run.packages] == ["merged", "refused", "merged", "merged"]
    with kab.district.db.read() as s:
        driver = s.connection().connection.driver_connection
        after = (driver.execute("PRAGMA cache_size").fetchone()[0],
                 driver.execute("PRAGMA wal_autocheckpoint").fetchone()[0])
        assert not driver.in_transaction
        logged = {r[0] for r in driver.execute("SELECT direction FROM packages")}
    assert after == before
    assert {"received", "refused"} <= logged
    from desktop_app.services.records import editing as records

    assert records.get(kab.district, c.id).full_name == "CICI"
    assert records.get(kab.district, a.id).full_name == "ANI LESTARI"


def test_package_in_conflict_refused_alone_rest_of_the_group_merged(kab, _template, tmp_path, monkeypatch):
    """Packages are merged straight in the run's transaction (no savepoint each): a package that
    hits a constraint midway is refused with nothing of it kept, and the packages merged before it
    in the same (uncommitted) group are merged again and kept, as if it had never been there."""
    from sqlalchemy import text

    from desktop_app.services.district import merge

    from .conftest import copy_template
    from .helpers import snapshot

    (a, b, c), (p1, p2, p3) = _three_packages(kab)
    monkeypatch.setenv(merge.COMMIT_ENV, "1000")  # one group: nothing committed before the conflict
    original = merge._merge_records
    calls = []

    def conflicting(app, s, prepared, outcome):
        original(app, s, prepared, outcome)  # the package's records are written ...
        calls.append(prepared.path)
        if prepared.path == str(p2):  # ... and then a real constraint fails
            s.execute(text("INSERT INTO persons SELECT * FROM persons LIMIT 1"))

    monkeypatch.setattr(merge, "_merge_records", conflicting)
    run = merge.merge_packages(kab.district, [p1, p2, p3], backup=False)
    assert [p.status for p in run.packages] == ["merged", "refused", "merged"]
    assert "bertentangan" in str(run.packages[1].reason)
    assert run.packages[0].counts["created"] == 2 and run.packages[2].counts["created"] == 1
    assert calls.count(str(p1)) == 2  # merged again after the rollback
    monkeypatch.setattr(merge, "_merge_records", original)
    other = copy_template(_template, tmp_path / "other")
    try:
        merge.merge_packages(other.district, [p1, p3], backup=False)
        assert snapshot(kab.district)["persons"] == snapshot(other.district)["persons"]
        assert len(snapshot(kab.district)["received"]) == 2
    finally:
        other.district.close()
        for v in other.villages:
            v.close()
