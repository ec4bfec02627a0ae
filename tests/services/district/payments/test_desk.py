"""Desk sessions: the district imports the list of a desa without SIPERA, for that desa."""

from __future__ import annotations

import pytest

from desktop_app.services.sheets import importer
from tests.services.district.payments.helpers import DESA_B, history
from tests.services.district.payments.test_results import workbook


def test_desk_import_for_a_chosen_desa(district, tmp_path):
    path = workbook(tmp_path / "desa.xlsx", ["NO", "NIK", "NAMA LENGKAP", "TGL LAHIR", "L/P"], [
        [1, "3503011205800001", "Budi Santoso", "12-05-1980", "L"],
        [2, 3503011205800002, "Siti", "12-05-1980", "P"],
        [3, "3503011205800001", "Budi Lagi", "12-05-1980", "L"],
    ])
    analysis = importer.analyse(district, path)
    with pytest.raises(importer.ImportError_):
        importer.run_import(district, analysis)  # Mode Kabupaten without a desa
    with pytest.raises(importer.ImportError_):
        importer.run_import(district, analysis, desa_code="35.04.01.2001")  # not in this kabupaten
    report = importer.run_import(district, analysis, desa_code="3503012002")
    assert (report.created, report.rejected, report.with_errors) == (2, 1, 1)
    created = next(r for r in report.rows if r.status == "created")
    from tests.services.district.payments.helpers import get

    p = get(district, created.person_id)
    assert p.desa_code == DESA_B and p.created_by == "Kabupaten: Petugas Dinas"
    assert history(district, p.id)[0].source.startswith("desk:35.03.01.2002:")
    assert len(report.report_rows()) == 3
    importer.undo_last_import(district)
    assert get(district, created.person_id) is None
