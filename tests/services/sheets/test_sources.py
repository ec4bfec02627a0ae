"""Lists from the systems villages already run: OpenSID (template and export), SIAK, Buku Induk
Penduduk e-KTP, DTKS/Regsosek, and hand-made BNBA lists with mixed date orders."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.normalize import normalize_sex
from desktop_app.core.person import OCCUPATION_LABELS
from desktop_app.services.setup.profile import init_profile
from desktop_app.services.sheets import importer, sources
from desktop_app.services.sheets.sources import PEKERJAAN, CandidateFilter, occupation_from_code
from desktop_app.storage import persons as repo
from tests.fixtures import make_sources as ms
from tests.fixtures import make_workbooks as mk


@pytest.fixture()
def app(tmp_path):
    a = init_profile(tmp_path / "data", "desa", "35.03.01.2001", ["Operator Uji"])
    yield a
    a.close()


def _by_row(report) -> dict[int, importer.RowResult]:
    return {r.row: r for r in report.rows}


def _person_of(app, person_id):
    with app.db.read() as s:
        return repo.get(s, person_id)


# ------------------------------------------------------------------ OpenSID import template


def test_opensid_template_recognised_with_birth_data_and_codes(app, tmp_path):
    path, expected = ms.make_opensid_template(tmp_path)
    analysis = importer.analyse(app, path)
    assert analysis.source == "opensid_template"
    assert analysis.source_label == "Format OpenSID - impor penduduk"
    assert analysis.sheet.sheet == "Data Penduduk"
    layout = analysis.layout
    assert {"birth_date", "birth_place", "sex", "occupation", "nik", "kk_number", "full_name"} <= set(layout.mapping)
    # the ### end marker and the example row below it are never people
    assert layout.data_rows == sorted(expected)
    ignored = dict(layout.ignored_rows)
    assert ignored[max(expected) + 1] == "penanda akhir data (###)"
    assert ignored[max(expected) + 2] == "di bawah penanda akhir data"

    report = importer.run_import(app, analysis)
    assert report.created == len(expected) and report.with_errors == 0
    rows = _by_row(report)
    for row, want in expected.items():
        p = _person_of(app, rows[row].person_id)
        assert p.birth_date == want["birth_date"]  # Excel date and dd-mm-yyyy text
        assert p.birth_place == want["birth_place"]
        assert p.sex == want["sex"]
        assert (p.kk_number, p.dusun, p.rt, p.rw) == (want["kk_number"], want["dusun"], want["rt"], want["rw"])
        category, other = occupation_from_code(want["code"])
        assert (p.occupation, p.occupation_other) == (category, other)
        assert not p.occupation_other.isdigit()
    occupations = {_person_of(app, rows[r].person_id).occupation for r in expected}
    assert {"buruh_harian_lepas", "nelayan", "lainnya"} <= occupations


def test_code_sheet_is_never_people(app, tmp_path):
    path, _ = ms.make_opensid_template(tmp_path)
    analysis = importer.analyse(app, path, sheet="Kode Data")
    assert not analysis.layout.found and analysis.layout.data_rows == []
    assert "daftar kode" in analysis.layout.warnings[0]
    with pytest.raises(importer.ImportError_):
        importer.run_import(app, analysis)


def test_sheet_dates_and_sexes_kept_and_compared_with_the_nik(app, tmp_path):
    from openpyxl import Workbook

    born = date(1980, 5, 12)
    nik = ms.nik_for(born, "L", 7)
    wb = Workbook()
    ws = wb.active
    ws.title = "Data Penduduk"
    ws.append(ms.OPENSID_HEADERS)
    v = ms.Villager(nik, ms.PREFIX + "1203100001", "BUDI SANTOSO", "L", "TRENGGALEK", born, 19, "KRAJAN", "001",
                    "001")
    row = ms.opensid_row(v, labels=False, dates_text=False)
    row[ms.COL["tanggallahir"]] = date(1981, 6, 13)  # the sheet says otherwise than the NIK
    row[ms.COL["sex"]] = 2
    ws.append(row)
    path = tmp_path / "beda.xlsx"
    wb.save(path)
    report = importer.run_import(app, importer.analyse(app, path))
    r = report.rows[0]
    assert {"nik.birthdate_mismatch", "nik.sex_mismatch"} <= {i.code for i in r.issues}
    p = _person_of(app, r.person_id)
    assert p.birth_date == date(1981, 6, 13) and p.sex == "P"  # as entered, never the NIK's


# ------------------------------------------------------------------ OpenSID export: candidates


def _preset_keeps(code: int) -> bool:
    # DOMAIN.md: PNS, TNI, POLRI, pelajar, pensiunan, karyawan and BUMN/BUMD, offices and
    # professions (48-78, 80, 82, 83, 87) are not pekerja rentan; nor are people without work
    excluded = {1, 2, 3, 4, 5, 6, 7, 15, 16, 17, 18, *range(48, 79), 80, 82, 83, 87}
    return code not in excluded


def test_5000_person_export_filtered_to_candidates(app, tmp_path):
    people = ms.population(5000)
    people[10].status = 2  # MATI
    people[11].status = 3  # PINDAH
    path = ms.make_opensid_export(tmp_path, people, labels=True)
    analysis = importer.analyse(app, path)
    assert analysis.source == "opensid_export" and analysis.population
    assert analysis.source_label == "Format OpenSID - ekspor penduduk"
    programme = app.programme()
    start = programme.coverage_start

    def age(v):
        return start.year - v.born.year - ((start.month, start.day) < (v.born.month, v.born.day))

    want = {i + 2 for i, v in enumerate(people) if v.status == 1 and _preset_keeps(v.code)
            and v.born <= start and programme.age_min <= age(v) <= programme.age_max}
    assert 500 < len(want) < 4000

    report = importer.run_import(app, analysis, candidates=sources.PRESET)
    picked = {r.row for r in report.rows if r.status != "left_out"}
    assert picked == want
    assert report.picked == len(want) and report.left_out == 5000 - len(want)
    assert sum(report.left_out_counts.values()) == report.left_out
    assert {"occupation", "age", "status"} <= set(report.left_out_counts)
    assert report.left_out_counts["status"] == 2
    left = [r for r in report.rows if r.status == "left_out"]
    assert all(r.notes and r.person_id is None for r in left)
    assert any("PNS" in r.notes[0] for r in left)
    data = report.to_json()
    assert data["source"] == "opensid" and len(data["left_out_rows"]) == report.left_out
    assert {"row", "full_name", "reason"} == set(data["left_out_rows"][0])
    with app.db.read() as s:
        assert repo.count(s, repo.RecordFilter()) == len(want)
    # no civil servant, soldier, pupil or pensioner came in
    created = [_person_of(app, r.person_id) for r in report.rows if r.status == "created"][:400]
    assert all(sources.pekerjaan_code(p) not in (3, 4, 5, 6, 7) for p in created)
    # the facets: what the operator chooses from
    assert set(report.facets["dusun"]) == set(ms.DUSUN)
    assert sum(report.facets["occupation"].values()) == 5000


def test_export_with_codes_and_everyone_without_candidates(app, tmp_path):
    people = ms.population(60, seed=3)
    people[0].status = 2
    path = ms.make_opensid_export(tmp_path, people, labels=False)
    analysis = importer.analyse(app, path)
    assert analysis.source == "opensid_export"
    report = importer.run_import(app, analysis, dry_run=True)  # everyone but the dead
    assert report.left_out == 1 and report.left_out_counts == {"status": 1}
    assert report.created == 59
    for r in report.rows[1:6]:
        assert r.status == "created"


def test_filter_by_dusun_rt_and_by_hand(app, tmp_path):
    people = ms.population(200, seed=5)
    path = ms.make_opensid_export(tmp_path, people)
    analysis = importer.analyse(app, path)
    everyone = importer.run_import(app, analysis, dry_run=True, candidates=sources.EVERYONE)
    assert everyone.left_out == 0
    f = CandidateFilter(occupations="all", age=False, dusun=frozenset({"KRAJAN"}), rt=frozenset({"001", "002"}),
                        left_out_rows=frozenset({2, 3}), kept_rows=frozenset({4}))
    report = importer.run_import(app, analysis, dry_run=True, candidates=f)
    for r in report.rows:
        v = people[r.row - 2]
        if r.row in (2, 3):
            assert r.status == "left_out" and "manual" in r.notes[0]
        elif r.row == 4:
            assert r.status != "left_out"
        elif v.dusun != "KRAJAN" or v.rt not in ("001", "002"):
            assert r.status == "left_out"
        else:
            assert r.status != "left_out"
    chosen = CandidateFilter(occupations=frozenset({"petani"}), age=False)
    report = importer.run_import(app, analysis, dry_run=True, candidates=chosen)
    assert all((people[r.row - 2].code == 9) == (r.status != "left_out") for r in report.rows)


# ------------------------------------------------------------------ SIAK


def test_siak_export_dead_and_moved_are_reported_not_imported(app, tmp_path):
    path, expected = ms.make_siak(tmp_path)
    analysis = importer.analyse(app, path)
    assert analysis.source == "siak" and analysis.source_label.startswith("Format SIAK")
    assert "status" in analysis.layout.mapping
    report = importer.run_import(app, analysis)
    rows = _by_row(report)
    for row, want in expected.items():
        r = rows[row]
        if want["status"] != "Hidup":
            assert r.status == "left_out" and want["status"] in r.notes[0]
            continue
        p = _person_of(app, r.person_id)
        assert (p.full_name, p.sex, p.birth_date, p.birth_place) == (
            want["full_name"], want["sex"], want["birth_date"], want["birth_place"])
        assert (p.rt, p.rw) == (want["rt"], want["rw"])
        category, other = occupation_from_code(want["code"])
        assert (p.occupation, p.occupation_other) == (category, other)
    assert report.left_out_counts == {"status": 3}  # Mati, Pindah, Tidak Valid
    # the mother's name and the parents' NIKs are never taken
    assert "nik" in analysis.layout.mapping and analysis.layout.mapping["nik"] == ms.SIAK_HEADERS.index("NIK")


# ------------------------------------------------------------------ Buku Induk Penduduk e-KTP


@pytest.mark.parametrize("one_line", [False, True])
def test_buku_induk_family_blocks(app, tmp_path, one_line):
    path, expected, family_rows = ms.make_bip(tmp_path, one_line=one_line)
    analysis = importer.analyse(app, path)
    assert analysis.source == "bip" and analysis.source_label == "Buku Induk Penduduk e-KTP"
    layout = analysis.layout
    top = 4 if one_line else 1
    assert layout.header_rows == [top, top + 1]
    assert layout.data_rows == sorted(expected)
    ignored = dict(layout.ignored_rows)
    assert ignored[top + 2] == "baris nomor kolom"  # -1 -2 ...
    assert "status" not in layout.mapping  # the BIP's 'Status' is the e-KTP's, not the population's
    for row in family_rows:
        assert ignored[row] == "baris kepala keluarga"
    report = importer.run_import(app, analysis)
    assert report.created == len(expected)
    rows = _by_row(report)
    for row, want in expected.items():
        p = _person_of(app, rows[row].person_id)
        for name in ("nik", "kk_number", "full_name", "sex", "birth_place", "birth_date", "occupation",
                     "occupation_other", "address", "rt", "rw", "dusun"):
            assert getattr(p, name) == want[name], (row, name)


# ------------------------------------------------------------------ DTKS / Regsosek


def test_dtks_people_sheet_found_and_float_numbers_flagged(app, tmp_path):
    path, expected = ms.make_dtks(tmp_path)
    analysis = importer.analyse(app, path)
    assert analysis.source == "dtks" and analysis.sheet.sheet == "Blok IV Anggota Keluarga"
    report = importer.run_import(app, analysis, dry_run=True)
    rows = _by_row(report)
    assert set(rows) == set(expected)
    for row, want in expected.items():
        r = rows[row]
        assert "nik.excel_number" in {i.code for i in r.issues}
        assert any("Nomor KK" in n for n in r.notes)
        assert r.name == want["full_name"]
    forced = importer.analyse(app, path, source="dtks")
    assert forced.source == "dtks"


# ------------------------------------------------------------------ mixed date orders


def test_mixed_date_orders_decided_by_the_nik(app, tmp_path):
    path, expected = ms.make_mixed_dates(tmp_path)
    analysis = importer.analyse(app, path)
    assert analysis.source == ""  # a hand-made list
    report = importer.run_import(app, analysis)
    rows = _by_row(report)
    for row, want in expected.items():
        r = rows[row]
        p = _person_of(app, r.person_id)
        assert p.birth_date == want["birth_date"], row
        if want["note"]:
            assert any(want["note"] in n for n in r.notes), (row, r.notes)
            assert "sesuai NIK" in " ".join(r.notes)
            assert "nik.birthdate_mismatch" not in {i.code for i in r.issues}
    neither = rows[max(expected)]
    assert "nik.birthdate_mismatch" in {i.code for i in neither.issues}  # flagged, kept as entered
    assert not any("sesuai NIK" in n for n in neither.notes)


# ------------------------------------------------------------------ code lists


def test_every_pekerjaan_code_gives_a_category_or_its_label():
    for code, label in PEKERJAAN.items():
        for value in (code, float(code), str(code), label.upper()):
            category, other = occupation_from_code(value)
            assert category in OCCUPATION_LABELS
            assert (category == "lainnya") == bool(other)
            assert not other.strip().isdigit()
    assert occupation_from_code(19) == ("buruh_harian_lepas", "")
    assert occupation_from_code("20") == ("buruh_harian_lepas", "")
    assert occupation_from_code(11) == ("nelayan", "")
    assert occupation_from_code("PETANI / PEKEBUN") == ("petani", "")
    assert occupation_from_code(5) == ("lainnya", "Pegawai Negeri Sipil (PNS)")
    assert occupation_from_code(90) is None and occupation_from_code("Petani tembakau") is None
    assert occupation_from_code(19, numbers=False) is None


@pytest.mark.parametrize(("value", "sex"), [
    (1, "L"), (2, "P"), ("1", "L"), ("2", "P"), ("L", "L"), ("P", "P"), ("Lk", "L"), ("Pr", "P"),
    ("Laki-Laki", "L"), ("Perempuan", "P"), ("LAKI-LAKI", "L"), (1.0, "L"),
])
def test_sex_codes(value, sex):
    assert normalize_sex(value) == sex


def test_population_status_words_and_codes():
    assert [sources.status_of(v) for v in ("Hidup", "HIDUP", 1, "1", None, "")] == [""] * 6
    assert sources.status_of("Mati") == sources.status_of(2) == "mati"
    assert sources.status_of("Pindah") == sources.status_of("3") == "pindah"
    assert sources.status_of("Tidak Valid") == "tidak_valid"


# ------------------------------------------------------------------ asked for a source, bad input


def test_insisting_on_a_source_refuses_another_list(app, tmp_path):
    path, _ = mk.make_nasty_xlsx(tmp_path)
    with pytest.raises(importer.ImportError_, match="tidak berformat OPENSID"):
        importer.analyse(app, path, source="opensid")
    with pytest.raises(importer.ImportError_, match="tidak dikenal"):
        importer.analyse(app, path, source="simpeg")
    siak, _ = ms.make_siak(tmp_path)
    assert importer.analyse(app, siak, source="siak").source == "siak"
    with pytest.raises(importer.ImportError_):
        importer.analyse(app, siak, source="bip")


@pytest.mark.parametrize("maker", sorted(mk.HOSTILE_MAKERS))
def test_hostile_files_refused_for_every_source(app, tmp_path, maker):
    path, _ = mk.HOSTILE_MAKERS[maker](tmp_path)
    for source in sources.SOURCE_CHOICES:
        with pytest.raises(importer.ImportError_):
            importer.analyse(app, path, source=source)
    with app.db.read() as s:
        assert repo.count(s, repo.RecordFilter()) == 0


_cells = st.one_of(st.none(), st.integers(-10**17, 10**17), st.floats(allow_nan=True),
                   st.text(max_size=30), st.sampled_from(["###", "NIK", "nama", "tanggallahir", "SHDK",
                                                           "No. KK : 1 Nama Kepala Keluarga : X",
                                                           "403 NIK", "(-1)", "Tempat dan Tanggal Lahir"]))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(_cells, max_size=12), max_size=25))
def test_recognising_never_breaks_on_any_sheet(rows):
    key = sources.recognise(rows, sheet="x", sheet_names=["x"])
    for k in (key, "opensid", "siak", "bip", "dtks"):
        out = sources.source_layout(k, rows, sheet="x")
        if out is not None:
            assert all(1 <= r <= len(rows) for r in out.data_rows)


def test_hand_made_list_is_not_a_known_source(app, tmp_path):
    path, _ = mk.make_nasty_xlsx(tmp_path)
    analysis = importer.analyse(app, path)
    assert analysis.source == "" and not analysis.population and analysis.source_label == ""
    assert isinstance(Path(analysis.path), Path)


def test_mixed_order_in_a_place_and_date_column():
    from desktop_app.services.sheets.rows import row_to_person

    nik = ms.nik_for(date(1979, 3, 25), "P", 5)
    p, notes = row_to_person([nik, "TRENGGALEK, 03/25/1979"], {"nik": 0, "place_date": 1}, desa_code="x")
    assert (p.birth_place, p.birth_date) == ("TRENGGALEK", date(1979, 3, 25))
    assert len(notes) == 1 and "sesuai NIK" in notes[0]
    nik = ms.nik_for(date(1980, 5, 12), "L", 6)
    p, notes = row_to_person([nik, "BLITAR, 05/12/1980"], {"nik": 0, "place_date": 1}, desa_code="x")
    assert p.birth_date == date(1980, 5, 12) and "sesuai NIK" in notes[0]
    p, notes = row_to_person([nik, "BLITAR, 12/05/1980"], {"nik": 0, "place_date": 1}, desa_code="x")
    assert p.birth_date == date(1980, 5, 12) and notes == []  # dd/mm and the NIK agree: nothing to say


def test_report_workbook_lists_the_rows_left_out(app, tmp_path):
    from openpyxl import load_workbook

    people = ms.population(80, seed=2)
    people[3].status = 3
    path = ms.make_opensid_export(tmp_path, people)
    report = importer.run_import(app, importer.analyse(app, path), dry_run=True, candidates=sources.PRESET)
    out = tmp_path / "laporan.xlsx"
    importer.save_report(report, out)
    got = list(load_workbook(out).active.iter_rows(values_only=True))[1:]
    left = [r for r in got if r[1] == "Tidak dipilih"]
    assert len(left) == report.left_out and all(r[4] for r in left)
    assert any(r[0] == 5 and "Pindah" in r[4] for r in left)
