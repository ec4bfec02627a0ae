"""Recaps: BPKD lines, coverage against targets, anggaran with allocations; the published figures."""

from __future__ import annotations

import subprocess
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from desktop_app.services.district import batches, files, recap
from tests.services.district.payments.helpers import DESA_A, DESA_B, DESA_C, add_people, person

OK = dict(verification_status="diterima")


def _many(count: int, start: int, desas: list[str], **values) -> list:
    out = []
    for i in range(count):
        n = start + i
        out.append(person(0, desas[i % len(desas)], nik=f"35030112{(n // 10000) % 100:02d}80{n % 10000:04d}"[:16],
                          full_name=f"PESERTA {n}", **values))
    return out


def test_published_figures_are_reproduced(district):
    # PPU 2025: 15,000 participants x 12 months -> Rp3.024.000.000 (APBD kabupaten)
    add_people(district, _many(15_000, 0, [DESA_A, DESA_B, DESA_C], coverage_start=date(2025, 1, 1),
                               coverage_end=date(2025, 12, 31), **OK))
    # Lumajang DBHCHT: 5,606 tobacco workers x 7 months (June-December) -> Rp659.265.600
    add_people(district, _many(5_606, 20_000, [DESA_B], funding_source="dbhcht", occupation="petani_tembakau",
                               coverage_start=date(2025, 6, 1), coverage_end=date(2025, 12, 31), **OK))
    ppu = batches.issue(district, batches.create(district, "apbd_kabupaten", "2025-01", "2025-12").code)
    dbh = batches.issue(district, batches.create(district, "dbhcht", "2025-01", "2025-12").code)
    assert (ppu.participants, ppu.amount) == (15_000, 3_024_000_000)
    assert (dbh.participants, dbh.months, dbh.amount) == (5_606, 5_606 * 7, 659_265_600)
    rules_ = batches.rules_of(district)
    rules_.allocations = {"apbd_kabupaten": 3_100_000_000, "dbhcht": 659_265_600}
    rules_.targets = {DESA_A: 6000}
    batches.set_rules(district, rules_)
    view = recap.anggaran(district)
    lines = {(x.funding_source, x.participants, x.months_each): x.amount for x in view.lines}
    assert lines == {("apbd_kabupaten", 15_000, "12"): 3_024_000_000, ("dbhcht", 5_606, "7"): 659_265_600}
    funding = {f.funding_source: (f.allocation, f.used, f.remaining) for f in view.funding}
    assert funding["apbd_kabupaten"] == (3_100_000_000, 3_024_000_000, 76_000_000)
    assert funding["dbhcht"][2] == 0
    bpkd = recap.bpkd_lines(district)
    assert bpkd[-1].amount == 3_024_000_000 + 659_265_600
    subtotal = [x for x in bpkd if x.level == "sumber"]
    assert [x.amount for x in subtotal] == [3_024_000_000, 659_265_600]
    coverage = recap.coverage_lines(district)
    a = next(x for x in coverage if x.code == DESA_A)
    assert (a.participants, a.target, round(a.percent)) == (5000, 6000, 83)
    assert coverage[-1].participants == 15_000 + 5_606 - 0  # distinct records per desa
    assert len([x for x in coverage if x.level == "desa"]) > 150  # every desa of Trenggalek, paid or not


def test_recap_files_and_pdfs(district, tmp_path):
    add_people(district, [person(1, **OK), person(2, DESA_B, **OK, coverage_start=date(2026, 4, 1))])
    batches.issue(district, batches.create(district, "apbd_kabupaten", "2026-01", "2026-12").code)
    head = files.letterhead(district)
    assert head.lines[0] == "PEMERINTAH KABUPATEN TRENGGALEK"
    head.signer_name, head.signer_id = "Drs. SUTRISNO, M.Si", "19700101 199503 1 001"
    files.set_letterhead(district, head)
    written = files.write_recaps(district, tmp_path / "out", pdf=True, moment=datetime(2026, 12, 5, 10, 0))
    assert [p.suffix for p in written] == [".xlsx", ".pdf", ".pdf", ".pdf"]
    wb = load_workbook(written[0])
    assert wb.sheetnames == ["Rekap BPKD", "Cakupan", "Anggaran"]
    values = [c.value for row in wb["Rekap BPKD"].iter_rows() for c in row]
    assert 21 * 16_800 in values
    for pdf in written[1:]:
        assert pdf.read_bytes()[:5] == b"%PDF-"
        text = _pdf_text(pdf)
        if text is not None:
            assert "PEMERINTAH KABUPATEN TRENGGALEK" in text and "SUTRISNO" in text and "5 Desember 2026" in text


def _pdf_text(path):
    try:
        return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                              timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return None


def test_bpjs_list_in_the_default_and_a_saved_layout(district, tmp_path):
    a, b = add_people(district, [person(1, **OK, kpj_number="25010000001"),
                                 person(2, DESA_B, **OK, coverage_start=date(2026, 7, 1), address="=SUM(A1)")])
    info = batches.create(district, "apbd_kabupaten", "2026-01", "2026-12")
    out = files.export_bpjs_list(district, info.code, tmp_path)
    assert out.path.name == "SIPERA_BPJS_KI-3503-2026-APBD-001.xlsx" and out.rows == 2
    ws = load_workbook(out.path).active
    header = [c.value for c in ws[1]]
    assert header[:3] == ["NO", "NIK", "NAMA LENGKAP"]
    rows = {r[1]: r for r in ws.iter_rows(min_row=2, values_only=True)}
    first = rows[a.nik]
    assert isinstance(first[1], str) and first[header.index("TANGGAL LAHIR")] == "12-05-1980"
    assert first[header.index("NO KPJ")] == "25010000001"
    assert first[header.index("DESA/KELURAHAN")] == "Besuki"
    second = rows[b.nik]
    assert second[header.index("JUMLAH BULAN")] == 6 and second[header.index("BULAN AWAL")] == "2026-07"
    assert not str(second[header.index("ALAMAT")]).startswith("=")
    files.save_bpjs_layout(district, files.BpjsLayout("Kantor Cabang", [("nik", "NIK"), ("kpj_number", "KPJ"),
                                                                         ("amount", "IURAN")]))
    out = files.export_bpjs_list(district, info.code, tmp_path / "cabang", layout_name="Kantor Cabang")
    assert [c.value for c in load_workbook(out.path).active[1]] == ["NIK", "KPJ", "IURAN"]
    with pytest.raises(files.FilesError):
        files.export_bpjs_list(district, info.code, tmp_path, layout_name="Tidak Ada")
    with pytest.raises(ValueError):
        files.BpjsLayout("x", [("mother_name", "IBU")])
