"""Any order of the same packages ends in the same district database (records, NIK keys,
other-village flags, open cases, packages received)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.services.app import open_app
from desktop_app.services.district import merge
from desktop_app.services.records import editing as records

from .conftest import copy_template, nik
from .helpers import snapshot


@pytest.fixture(scope="module")
def packages(_template, tmp_path_factory):
    base = tmp_path_factory.mktemp("order")
    kab = copy_template(_template, base / "w")
    shared = nik(0, 50)
    try:
        a = kab.save(0, nik=nik(0, 1), full_name="ANI")
        b = kab.save(0, nik=nik(0, 2), full_name="BUDI")
        out = [kab.send(0)]
        records.save(kab.villages[0], records.get(kab.villages[0], a.id).copy(full_name="ANI L"))
        records.delete(kab.villages[0], b.id, "salah_input")
        kab.save(0, nik=nik(0, 2), full_name="BUDI BARU")  # the NIK of the deleted record, again
        out.append(kab.send(0))
        kab.save(0, nik=shared, full_name="CICI")
        out.append(kab.send(0))
        e = kab.save(1, nik=shared, full_name="CICI")
        kab.save(1, nik=nik(1, 3), full_name="FAJAR")
        out.append(kab.send(1))
        records.delete(kab.villages[1], e.id, "pindah")
        out.append(kab.send(1))
        g = kab.save(2, nik=shared, full_name="CICI W")
        out.append(kab.send(2))
        records.save(kab.villages[2], records.get(kab.villages[2], g.id).copy(phone="081234567890"))
        out.append(kab.send(2))
        pristine = base / "pristine"
        shutil.copytree(_template / "kab", pristine)
        reference = _merged(pristine, out)
    finally:
        kab.district.close()
        for v in kab.villages:
            v.close()
    return pristine, out, reference


def _merged(pristine: Path, order: list[Path], workers: int = 0) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "kab"
        shutil.copytree(pristine, target)
        app = open_app(target, backup=False)
        try:
            run = merge.merge_packages(app, order, backup=False, workers=workers)
            assert all(p.status == "merged" for p in run.packages), run.to_dict()
            return snapshot(app)
        finally:
            app.close()


def test_reference_state(packages):
    _pristine, files, reference = packages
    assert len(reference["persons"]) == 7
    assert len(reference["cases"]) == 1  # the shared NIK: active in villages 0 and 2
    flagged = [p for p in reference["persons"].values() if "nik.other_village" in p["issue_codes"]]
    assert len(flagged) == 2
    assert all(p["nik_key"] for p in reference["persons"].values())


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.permutations(range(7)))
def test_any_order_same_database(packages, order):
    pristine, files, reference = packages
    assert _merged(pristine, [files[i] for i in order]) == reference


def test_prepared_by_a_worker_process_same_database(packages):
    """A big run prepares its packages in a worker process: the end state is the same."""
    pristine, out, reference = packages
    assert _merged(pristine, out, workers=1) == reference
