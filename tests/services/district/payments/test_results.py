"""Results imports (Disdukcapil, BPJS): matching by NIK, every problem reported, undo, history."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from desktop_app.core import results as rules
from desktop_app.services.district import results
from tests.services.district.payments.helpers import (
    DESA_A,
    DESA_B,
    add_people,
    get,
    history,
    nik,
    person,
    stored_status,
)


def workbook(path: Path, header: list[str], rows: list[list[object]], title_rows: int = 0) -> Path:
    wb = Workbook()
    ws = wb.active
    for i in range(title_rows):
        ws.append([f"HASIL PADAN DATA KEPENDUDUKAN {i}"])
    ws.append(header)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_status_words_in_their_many_spellings():
    for word in ("PADAN", "Padan", "Sesuai", "1", 1, 1.0, "Ya", "cocok"):
        assert rules.dukcapil_status(word) == "padan", word
    for word in ("TIDAK PADAN", "Tidak Padan", "tidak ditemukan", "Tidak Ditemukan", "0", 0, "TDK PADAN",
                 "tidak sesuai"):
        assert rules.dukcapil_status(word) == "tidak_padan", word
    for word in ("mungkin", "", None, "PADAN?!x"):
        assert rules.dukcapil_status(word) in (None, "padan")
    assert rules.dukcapil_status("mungkin") is None
    assert rules.bpjs_status("Terdaftar") == ("terdaftar", "")
    assert rules.bpjs_status("Ditolak - sudah terdaftar aktif") == ("ditolak", "sudah terdaftar aktif")
    assert rules.bpjs_status("Usia melebihi batas") == ("ditolak", "Usia melebihi batas")
    assert rules.bpjs_status("NIK tidak valid")[0] == "ditolak"
    assert rules.bpjs_status("entah") == (None, "")


@given(st.text(max_size=30))
def test_unknown_words_are_never_guessed_as_padan_by_accident(text):
    got = rules.dukcapil_status(text)
    assert got in (None, "padan", "tidak_padan")
    if got is not None:
        norm = rules.normalize_word(text)
        assert norm in rules._PADAN | rules._TIDAK


def test_headers_by_synonym():
    m = rules.auto_map_results(["NO", "NIK", "NAMA", "NAMA SIAK", "HASIL PADAN", "KETERANGAN"])
    assert m == {"nik": 1, "full_name": 2, "siak_name": 3, "status": 4, "reason": 5}
    m = rules.auto_map_results(["No.", "Nomor Induk Kependudukan", "No. KPJ", "Status Kepesertaan", "Alasan Penolakan"])
    assert m == {"nik": 1, "kpj_number": 2, "status": 3, "reason": 4}


def test_dukcapil_import_reports_every_problem_and_applies_the_rest(district, tmp_path):
    people = add_people(district, [person(1), person(2), person(3), person(4, DESA_A), person(4, DESA_B),
                                   person(5), person(6)])
    path = workbook(tmp_path / "padan.xlsx", ["NO", "NIK", "NAMA", "NAMA SIAK", "STATUS"], [
        [1, nik(1), "WARGA 1", "WARGA 1", "PADAN"],
        [2, nik(2), "WARGA 2", "WARGA DUA", "Tidak Ditemukan"],
        [3, nik(9), "ORANG LAIN", "", "Sesuai"],           # not held by the district
        [4, nik(4), "WARGA 4", "", "1"],                   # held by two villages
        [5, int(nik(5)), "WARGA 5", "", "PADAN"],          # NIK as a number
        [6, nik(6), "WARGA 6", "", "PADAN"],
        [7, nik(6), "WARGA 6", "", "Sesuai"],              # the same answer twice
        [8, nik(3), "WARGA 3", "", "PADAN"],
        [9, nik(3), "WARGA 3", "", "TIDAK PADAN"],         # contradicting rows
        [10, "35030112058000", "PENDEK", "", "PADAN"],     # not 16 digits
        [11, nik(1)[:-1] + "7", "X", "", "barangkali"],   # unknown status word
    ], title_rows=2)
    analysis = results.analyse(district, path, "dukcapil")
    assert analysis.header_row == 3
    dry = results.run(district, analysis, dry_run=True)
    assert get(district, people[0].id).dukcapil_match == "unknown"  # dry run changed nothing
    report = results.run(district, analysis)
    assert dry.counts == report.counts
    by_row = {r.row: r.outcome for r in report.rows}
    assert by_row == {4: "applied", 5: "applied", 6: "not_found", 7: "ambiguous", 8: "excel_number",
                      9: "applied", 10: "duplicate", 11: "contradicting", 12: "contradicting", 13: "invalid_nik",
                      14: "unknown_status"}
    assert get(district, people[0].id).dukcapil_match == "padan"
    assert get(district, people[1].id).dukcapil_match == "tidak_padan"
    assert get(district, people[2].id).dukcapil_match == "unknown"  # contradicting: neither applied
    assert get(district, people[3].id).dukcapil_match == "unknown"  # ambiguous: neither village
    assert get(district, people[4].id).dukcapil_match == "unknown"
    assert get(district, people[5].id).dukcapil_match == "unknown"  # excel number: not applied
    changed = get(district, people[0].id)
    assert changed.rev == 1  # the rev is the village's: a district answer never makes its next edit stale
    entry = history(district, people[0].id)[-1]
    assert entry.action == "results" and entry.changes == {"dukcapil_match": ["unknown", "padan"]}
    assert entry.by == "Petugas Dinas"
    notes = {r.row: " ".join(r.notes) for r in report.rows}
    assert "SIAK" in notes[5]
    # the per-row report workbook
    out = tmp_path / "laporan.xlsx"
    assert results.save_report(report, out) >= 11
    ws = load_workbook(out).active
    statuses = [ws.cell(i, 2).value for i in range(2, ws.max_row + 1)]
    assert "NIK di dua desa" in statuses and "NIK berupa angka" in statuses
    # the same file again changes nothing more
    again = results.run(district, results.analyse(district, path, "dukcapil"))
    assert again.counts["applied"] == 0 and again.counts["unchanged"] == 3


def test_undo_puts_back_the_last_results_import(district, tmp_path):
    people = add_people(district, [person(1), person(2)])
    path = workbook(tmp_path / "bpjs.xlsx", ["NIK", "NO KPJ", "STATUS", "KETERANGAN"], [
        [nik(1), "25012345678", "Terdaftar", ""],
        [nik(2), "", "Ditolak", "usia melebihi batas"],
    ])
    report = results.run(district, results.analyse(district, path, "bpjs"))
    assert report.counts["applied"] == 2
    one, two = get(district, people[0].id), get(district, people[1].id)
    assert (one.bpjs_status, one.kpj_number) == ("terdaftar", "25012345678")
    assert (two.bpjs_status, two.bpjs_reason) == ("ditolak", "usia melebihi batas")
    assert stored_status(district, two.id) == "ditolak"
    last = results.undo_last(district)
    assert last.applied == 2
    one, two = get(district, people[0].id), get(district, people[1].id)
    assert (one.bpjs_status, one.kpj_number, one.rev) == ("belum", "", 1)
    assert (two.bpjs_status, two.bpjs_reason) == ("belum", "")
    assert stored_status(district, two.id) != "ditolak"
    assert history(district, people[0].id)[-1].action == "undo-results"
    with pytest.raises(results.ResultsError):
        results.undo_last(district)


def test_undo_refused_when_a_record_changed_since(district, tmp_path):
    from desktop_app.storage import persons as repo

    people = add_people(district, [person(1), person(2)])
    path = workbook(tmp_path / "d.xlsx", ["NIK", "HASIL"], [[nik(1), "PADAN"], [nik(2), "PADAN"]])
    results.run(district, results.analyse(district, path, "dukcapil"))
    path2 = workbook(tmp_path / "b.xlsx", ["NIK", "KPJ", "STATUS"], [[nik(1), "2501234567", "TERDAFTAR"]])
    results.run(district, results.analyse(district, path2, "bpjs"))
    results.undo_last(district)  # the BPJS one
    assert get(district, people[0].id).dukcapil_match == "padan"
    # the village's newer package of person 2 was merged since (its rev rose)
    with district.db.unit_of_work() as s:
        newer = repo.get(s, people[1].id)
        repo.update_person(s, newer.copy(rev=newer.rev + 1, full_name="WARGA DUA"), repo.stored_issues(s, newer.id))
    with pytest.raises(results.ResultsError, match="berubah lagi"):
        results.undo_last(district)  # the Dukcapil one: a record it changed is not as it left it
    assert [get(district, p.id).dukcapil_match for p in people] == ["padan", "padan"]


def test_a_district_answer_never_makes_the_villages_next_edit_stale(district, tmp_path):
    people = add_people(district, [person(1)])
    before = get(district, people[0].id).rev
    path = workbook(tmp_path / "d.xlsx", ["NIK", "HASIL"], [[nik(1), "PADAN"]])
    results.run(district, results.analyse(district, path, "dukcapil"))
    assert get(district, people[0].id).rev == before  # the village's next rev (before + 1) still wins at merge


def test_hostile_files_are_refused_and_nothing_changes(district, tmp_path):
    people = add_people(district, [person(1)])
    fake = tmp_path / "hasil.xlsx"
    fake.write_bytes(b"PK\x03\x04 this is no zip at all")
    with pytest.raises(results.ResultsError):
        results.analyse(district, fake, "dukcapil")
    text = tmp_path / "hasil.csv"
    text.write_text("", encoding="utf-8")
    with pytest.raises(results.ResultsError):
        results.run(district, results.analyse(district, text, "dukcapil"))
    no_status = workbook(tmp_path / "x.xlsx", ["NIK", "NAMA"], [[nik(1), "WARGA 1"]])
    with pytest.raises(results.ResultsError):
        results.run(district, results.analyse(district, no_status, "dukcapil"))
    with pytest.raises(results.ResultsError):
        results.analyse(district, no_status, "lainnya")
    assert get(district, people[0].id).rev == 1
    assert results.last_import(district) is None


def test_csv_with_scientific_nik_is_reported(district, tmp_path):
    add_people(district, [person(1)])
    path = tmp_path / "hasil.csv"
    path.write_text(f"NIK;STATUS\n{nik(1)};PADAN\n3,50301E+15;PADAN\n", encoding="utf-8")
    report = results.run(district, results.analyse(district, path, "dukcapil"))
    assert [r.outcome for r in report.rows] == ["applied", "excel_number"]


def test_a_decided_case_chooses_the_record(district, tmp_path):
    from datetime import datetime

    from desktop_app.services.district import cases
    from desktop_app.storage.models import ReviewCaseRow

    a, b = add_people(district, [person(4, DESA_A), person(4, DESA_B)])
    with district.db.unit_of_work() as s:
        row = ReviewCaseRow(nik=nik(4), person_ids=f'["{a.id}", "{b.id}"]', desa_codes="[]",
                            opened_at=datetime(2026, 2, 1), status="open", resolution="")
        s.add(row)
        s.flush()
        case_id = row.id
    path = workbook(tmp_path / "d.xlsx", ["NIK", "HASIL"], [[nik(4), "PADAN"]])
    cases.decide(district, case_id, "later")  # not decided yet: applied to neither
    assert results.run(district, results.analyse(district, path, "dukcapil")).rows[0].outcome != "applied"
    cases.decide(district, case_id, "keep", keep=b.id)  # the officer's decision, as the Kasus tab stores it
    report = results.run(district, results.analyse(district, path, "dukcapil"))
    assert report.rows[0].outcome == "applied"
    assert get(district, b.id).dukcapil_match == "padan"
    assert get(district, a.id).dukcapil_match == "unknown"


def test_refused_in_mode_desa(tmp_path):
    from desktop_app.services.setup.profile import init_profile

    village = init_profile(tmp_path / "v", "desa", "35.03.01.2001", ["Op"])
    path = workbook(tmp_path / "d.xlsx", ["NIK", "HASIL"], [[nik(4), "PADAN"]])
    with pytest.raises(results.ResultsError):
        results.run(village, results.analyse(village, path, "dukcapil"))
    village.close()


def test_relayout_takes_the_operators_header_row_and_mapping_without_reading_again(district, tmp_path):
    people = add_people(district, [person(1)])
    path = workbook(tmp_path / "x.xlsx", ["NOMOR", "JAWABAN"], [[nik(1), "PADAN"]])
    analysis = results.analyse(district, path, "dukcapil")
    assert analysis.header_row is None and analysis.data_rows == []
    path.unlink()  # the sheet already read is what relayout works on
    fixed = results.relayout(analysis, header_row=1, mapping={"nik": 0, "status": 1, "bogus": 3})
    assert (fixed.header_row, fixed.mapping, fixed.data_rows) == (1, {"nik": 0, "status": 1}, [2])
    assert fixed.sheet is analysis.sheet
    report = results.run(district, fixed, dry_run=True)
    assert report.applied == 1 and report.rows[0].person_id == people[0].id
    assert results.relayout(fixed, header_row=1).mapping == {}  # detected again: these headers say nothing


def test_a_large_answer_in_small_lookups_and_history_groups(district, tmp_path, monkeypatch):
    """More NIKs than one lookup takes, NIKs the district does not hold (or holds only deleted or
    as a number), records of several revs: each changed record gets exactly its own update and
    history entry, the others stay untouched, and undo puts back every one."""
    from datetime import datetime

    from desktop_app.storage import results as store

    monkeypatch.setattr(store, "LOOKUP_CHUNK", 3)
    monkeypatch.setattr(store, "HISTORY_GROUP_MIN", 3)  # the rev-2 group in one statement, the rest one by one
    people = add_people(district, [person(i, rev=1 if i < 5 else 2 if i < 9 else 5 + i) for i in range(1, 12)]
                        + [person(12, dukcapil_match="tidak_padan"), person(13, deleted_at=datetime(2026, 1, 9)),
                           person(14, nik_from_number=True), person(20)])
    before = {p.id: get(district, p.id) for p in people}
    answers = [[nik(i), "PADAN" if i % 3 else "TIDAK PADAN"] for i in range(1, 15)] + [[nik(99), "PADAN"],
                                                                                      [nik(98), "PADAN"]]
    path = workbook(tmp_path / "d.xlsx", ["NIK", "HASIL"], answers)
    report = results.run(district, results.analyse(district, path, "dukcapil"))
    outcome = {r.nik: r.outcome for r in report.rows}
    assert [outcome[nik(i)] for i in range(1, 12)] == ["applied"] * 11
    assert (outcome[nik(12)], outcome[nik(13)], outcome[nik(14)]) == ("unchanged", "not_found", "not_found")
    assert outcome[nik(99)] == outcome[nik(98)] == "not_found"
    assert report.counts["applied"] == 11 and report.counts["not_found"] == 4
    for n, p in enumerate(people[:11], 1):
        now_ = get(district, p.id)
        want = "padan" if n % 3 else "tidak_padan"
        assert (now_.dukcapil_match, now_.rev, now_.updated_by) == (want, p.rev, "Petugas Dinas")
        assert now_.copy(dukcapil_match="unknown", updated_at=p.updated_at, updated_by=p.updated_by) == before[p.id]
        entries = [e for e in history(district, p.id) if e.action == "results"]
        assert len(entries) == 1
        assert (entries[0].rev, entries[0].changes) == (p.rev, {"dukcapil_match": ["unknown", want]})
        assert entries[0].source == f"results:{report.import_id}"
    for p in people[11:]:  # unchanged, deleted, held as a number, not in the file: untouched, no entry
        assert get(district, p.id) == before[p.id]
        assert not [e for e in history(district, p.id) if e.action == "results"]
    results.undo_last(district)
    for p in people:
        back = get(district, p.id)
        assert back.copy(updated_at=p.updated_at, updated_by=p.updated_by) == before[p.id]


def test_bpjs_answer_for_a_nik_of_two_villages_waits_for_the_decided_case(district, tmp_path):
    from datetime import datetime

    from desktop_app.services.district import cases
    from desktop_app.storage.models import ReviewCaseRow

    a, b, c = add_people(district, [person(4, DESA_A), person(4, DESA_B), person(5, DESA_B)])
    path = workbook(tmp_path / "b.xlsx", ["NIK", "NO KPJ", "STATUS"], [[nik(4), "25012345678", "Terdaftar"],
                                                                       [nik(5), "25012345679", "Terdaftar"]])
    report = results.run(district, results.analyse(district, path, "bpjs"))
    assert [(r.outcome, r.desa_code) for r in report.rows] == [("ambiguous", f"{DESA_A}, {DESA_B}"),
                                                                 ("applied", DESA_B)]
    assert get(district, a.id).bpjs_status == get(district, b.id).bpjs_status == "belum"
    with district.db.unit_of_work() as s:
        row = ReviewCaseRow(nik=nik(4), person_ids=f'["{a.id}", "{b.id}"]', desa_codes="[]",
                            opened_at=datetime(2026, 2, 1), status="open", resolution="")
        s.add(row)
        s.flush()
        case_id = row.id
    cases.decide(district, case_id, "keep", keep=a.id)
    report = results.run(district, results.analyse(district, path, "bpjs"))
    assert [(r.outcome, r.person_id) for r in report.rows] == [("applied", a.id), ("unchanged", c.id)]
    kept = get(district, a.id)
    assert (kept.bpjs_status, kept.kpj_number) == ("terdaftar", "25012345678")
    assert get(district, b.id).bpjs_status == "belum"
    assert history(district, a.id)[-1].changes == {"bpjs_status": ["belum", "terdaftar"],
                                                   "kpj_number": ["", "25012345678"]}
