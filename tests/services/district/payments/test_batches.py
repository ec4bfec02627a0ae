"""Payment batches: eligibility, months per person, codes, frozen once issued, no double payment."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import exc as sa_exc

from desktop_app.core import batches as rules
from desktop_app.services.district import batches
from tests.services.district.payments.helpers import DESA_B, DESA_C, add_people, person

OK = dict(verification_status="diterima")


def test_months_for_partial_periods():
    year = (date(2026, 1, 1), date(2026, 12, 31))
    whole = (rules.parse_month("2026-01"), rules.parse_month("2026-12"))
    assert rules.months_for(None, None, whole, year) == whole
    april = rules.months_for(date(2026, 4, 1), date(2026, 12, 31), whole, year)
    assert april[1] - april[0] + 1 == 9
    july = rules.months_for(date(2026, 7, 15), None, whole, year)
    assert july[1] - july[0] + 1 == 6
    assert rules.months_for(date(2027, 1, 1), date(2027, 6, 30), whole, year) is None
    h2 = (rules.parse_month("2026-07"), rules.parse_month("2026-12"))
    assert rules.months_for(date(2026, 4, 1), date(2026, 9, 30), h2, year) == (rules.parse_month("2026-07"),
                                                                                rules.parse_month("2026-09"))
    assert rules.batch_code("35.03", 2026, "apbd_kabupaten", 1) == "KI-3503-2026-APBD-001"
    assert rules.parse_code("KI-3503-2026-DBHCHT-012") == ("3503", 2026, "DBHCHT", 12)
    assert rules.period_dates(*whole) == year


@given(st.dates(date(2020, 1, 1), date(2030, 12, 31)), st.dates(date(2020, 1, 1), date(2030, 12, 31)))
def test_months_never_exceed_the_period_nor_the_coverage(a, b):
    start, end = min(a, b), max(a, b)
    period = (rules.parse_month("2026-01"), rules.parse_month("2026-12"))
    got = rules.months_for(start, end, period, (start, end))
    if got is not None:
        assert period[0] <= got[0] <= got[1] <= period[1]
        assert rules.month_index(start) <= got[0] and got[1] <= rules.month_index(end)


def test_create_counts_eligible_people_and_their_own_months(district):
    add_people(district, [
        person(1, **OK),                                                    # 12 months
        person(2, **OK, coverage_start=date(2026, 4, 1)),                   # April: 9
        person(3, DESA_B, **OK, coverage_start=date(2026, 7, 1)),           # July: 6
        person(4, **OK, dukcapil_match="tidak_padan"),                     # counts unless padan required
        person(5, **OK, bpjs_status="ditolak"),                             # rejected by BPJS
        person(6),                                                          # not verified
        person(7, **OK, funding_source="dbhcht"),                           # another source
        person(8, DESA_C, **OK, coverage_start=date(2025, 1, 1), coverage_end=date(2025, 12, 31)),  # outside
    ])
    info = batches.create(district, "apbd_kabupaten", "2026-01", "2026-12")
    assert info.code == "KI-3503-2026-APBD-001"
    assert info.status == "draft"
    assert (info.participants, info.months) == (4, 12 + 9 + 6 + 12)
    assert info.amount == 39 * 16_800
    assert info.by_desa[DESA_B] == {"participants": 1, "months": 6, "amount": 6 * 16_800}
    assert info.by_kecamatan()["35.03.01"]["participants"] == 4
    assert info.left_out == {"outside_period": 1}
    second = batches.create(district, "apbd_kabupaten", "2026-01", "2026-03")
    assert second.code == "KI-3503-2026-APBD-002"
    batches.delete_draft(district, second.code)
    rules_ = batches.rules_of(district)
    rules_.require_padan = True
    batches.set_rules(district, rules_)
    with pytest.raises(batches.BatchError):  # nobody is padan yet
        batches.create(district, "apbd_kabupaten", "2026-01", "2026-12")


def test_an_issued_batch_refuses_every_change(district):
    add_people(district, [person(1, **OK), person(2, **OK)])
    info = batches.create(district, "apbd_kabupaten", "2026-01", "2026-06")
    issued = batches.issue(district, info.code)
    assert issued.status == "issued" and issued.issued_by == "Petugas Dinas"
    for step in (lambda: batches.issue(district, info.code), lambda: batches.delete_draft(district, info.code),
                 lambda: batches.remove_member(district, info.code, "x")):
        with pytest.raises(batches.BatchError, match="sudah diterbitkan"):
            step()
    # below the services too: SQLite itself refuses
    for sql in ("UPDATE payment_batches SET amount = 1", "DELETE FROM payment_batches",
                "UPDATE payment_batch_members SET months = 1", "DELETE FROM payment_batch_members",
                "INSERT INTO payment_batch_members VALUES (1, 'x', '', '', '', '', 1, 1, 1, 1)"):
        with pytest.raises((sa_exc.IntegrityError, sqlite3.IntegrityError, sa_exc.DatabaseError)):
            with district.db.unit_of_work() as s:
                s.connection().exec_driver_sql(sql)
    assert batches.get(district, info.code).amount == issued.amount


def test_no_double_payment_across_funding_sources(district):
    a, b, c = add_people(district, [person(1, **OK), person(2, **OK), person(3, **OK, funding_source="apbd_provinsi")])
    kab = batches.create(district, "apbd_kabupaten", "2026-01", "2026-12")
    # the province pays person 2 as well (the record moved to the province's list meanwhile)
    with district.db.unit_of_work() as s:
        s.connection().exec_driver_sql("UPDATE persons SET funding_source = 'apbd_provinsi' WHERE id = ?", (b.id,))
    prov = batches.create(district, "apbd_provinsi", "2026-07", "2026-12")
    assert prov.participants == 2
    batches.issue(district, kab.code)
    with pytest.raises(batches.BatchError) as refused:
        batches.issue(district, prov.code)
    assert [x.person_id for x in refused.value.conflicts] == [b.id]
    assert refused.value.conflicts[0].months == "2026-07 s.d. 2026-12"
    assert refused.value.conflicts[0].other_code == kab.code
    assert "*" in refused.value.conflicts[0].nik
    batches.remove_member(district, prov.code, b.id)
    assert batches.issue(district, prov.code).participants == 1
    # a new batch leaves out whoever is already paid, and says so
    with pytest.raises(batches.BatchError) as nobody:
        batches.create(district, "apbd_kabupaten", "2026-03", "2026-04")
    assert {x.person_id for x in nobody.value.conflicts} == {a.id}


def test_a_correction_replaces_the_batch_it_names(district):
    a, b = add_people(district, [person(1, **OK), person(2, **OK, coverage_start=date(2026, 4, 1))])
    first = batches.issue(district, batches.create(district, "apbd_kabupaten", "2026-01", "2026-12").code)
    with pytest.raises(batches.BatchError):
        batches.create(district, "apbd_kabupaten", "2026-01", "2026-12", corrects="KI-3503-2026-APBD-999")
    fix = batches.create(district, "apbd_kabupaten", "2026-01", "2026-12", corrects=first.code)
    assert fix.corrects_code == first.code and fix.participants == 2
    batches.issue(district, fix.code)
    listed = {x.code: x for x in batches.list_batches(district)}
    assert listed[first.code].corrected_by == fix.code and not listed[first.code].counts
    assert [x.code for x in batches.effective_batches(district)] == [fix.code]
    with pytest.raises(batches.BatchError):
        batches.create(district, "apbd_kabupaten", "2026-01", "2026-12", corrects=first.code).code  # noqa: B018


def test_bad_input_refused(district):
    for args in (("sawit", "2026-01", "2026-12"), ("apbd_kabupaten", "2026-13", "2026-12"),
                 ("apbd_kabupaten", "2026-06", "2026-01")):
        with pytest.raises(batches.BatchError):
            batches.create(district, *args)
    with pytest.raises(batches.BatchError):
        batches.issue(district, "KI-0000-2026-APBD-001")


def test_an_upgraded_0001_database_gets_the_tables_and_the_freeze(tmp_path):
    import shutil
    from pathlib import Path

    from desktop_app.storage.db import current_revision, head_revision, open_database

    fixture = Path(__file__).parents[3] / "fixtures" / "schema_0001.sqlite"
    path = tmp_path / "sipera.sqlite"
    shutil.copyfile(fixture, path)
    db = open_database(path)
    try:
        assert current_revision(path) == head_revision()
        with db.unit_of_work() as s:
            c = s.connection()
            names = {r[0] for r in c.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='trigger'")}
            assert {"trg_payment_batches_frozen_update", "trg_payment_members_frozen_insert"} <= names
            c.exec_driver_sql("INSERT INTO payment_batches (code, funding_source, period_start, period_end, rate, "
                              "status, corrects_code, participants, months, amount, created_at, created_by, "
                              "issued_by, note) VALUES ('KI-1', 'dbhcht', '2026-01-01', '2026-12-31', 16800, "
                              "'issued', '', 0, 0, 0, '2026-01-01 00:00:00', '', '', '')")
        with pytest.raises((sa_exc.IntegrityError, sa_exc.DatabaseError)):
            with db.unit_of_work() as s:
                s.connection().exec_driver_sql("UPDATE payment_batches SET amount = 5")
    finally:
        db.dispose()
