"""Demo data for Mode Kabupaten screens (``make screenshots``): accepted records in a few desa,
Dukcapil answers, issued payment batches, allocations and targets."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop_app.core import demo as demo_data
from desktop_app.core import regions
from desktop_app.core.validation import validate
from desktop_app.services.app import App
from desktop_app.services.district import batches
from desktop_app.storage import persons as repo


def seed_payments(app: App, *, desas: int = 12, per_desa: int = 60, year: int | None = None) -> list[str]:
    """Insert clean synthetic records (accepted by the district) in the first ``desas`` desa of the
    kabupaten, issue an APBD kabupaten and an APBD provinsi batch, enter allocations and targets.
    Returns the batch codes."""
    year = year or date.today().year
    codes = [d.code for k in regions.kecamatan_of(app.profile.region_code) for d in regions.desa_of(k.code)][:desas]
    rows = []
    seen: set[str] = set()
    for i, desa in enumerate(codes):
        for person, problem in demo_data.generate_with_labels(desa, per_desa, seed=i, today=date(year, 2, 1)):
            if problem or person.nik in seen or person.funding_source not in ("apbd_kabupaten", "apbd_provinsi"):
                continue
            seen.add(person.nik)
            person.verification_status = "diterima"
            person.dukcapil_match = "padan"
            person.rev = person.sent_rev = 1
            rows.append(repo.row_tuple(person, [i for i in validate(person) if i.severity.value == "warning"]))
    with app.db.unit_of_work() as session:
        repo.insert_rows(session, rows)
    made = []
    for funding in ("apbd_kabupaten", "apbd_provinsi"):
        try:
            info = batches.create(app, funding, f"{year}-01", f"{year}-12")
        except batches.BatchError:
            continue
        made.append(batches.issue(app, info.code).code)
    rules_ = batches.rules_of(app)
    rules_.allocations = {"apbd_kabupaten": 250_000_000, "apbd_provinsi": 60_000_000}
    rules_.targets = dict.fromkeys(codes, per_desa)
    batches.set_rules(app, rules_)
    return made


def write_dukcapil_answers(app: App, path: Path, *, rows: int = 40) -> Path:
    """A Dukcapil answer file as it arrives: title rows, NIK as text, the usual spellings."""
    from openpyxl import Workbook

    from desktop_app.storage import results as store

    with app.db.read() as session:
        niks = list(store.nik_index(session))[:rows]
    wb = Workbook()
    ws = wb.active
    ws.append(["HASIL PADAN DATA KEPENDUDUKAN - DISDUKCAPIL"])
    ws.append([])
    ws.append(["NO", "NIK", "NAMA", "NAMA SIAK", "STATUS"])
    words = ("PADAN", "Sesuai", "TIDAK PADAN", "Tidak Ditemukan", "1", "padan", "?")
    for i, nik in enumerate(niks, 1):
        ws.append([i, nik, "", "", words[i % len(words)]])
    ws.append([len(niks) + 1, "3503999999990001", "", "", "PADAN"])
    ws.append([len(niks) + 2, int(niks[0]) if niks else 0, "", "", "PADAN"])
    wb.save(path)
    return path
