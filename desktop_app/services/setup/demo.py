"""A demo data dir: a real village profile and realistic synthetic records."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop_app.core import demo as demo_data
from desktop_app.core.progress import NULL_PROGRESS, Progress
from desktop_app.services.app import is_initialized, open_app
from desktop_app.services.records import editing as records
from desktop_app.services.setup.profile import init_profile

DEMO_OPERATORS = ["Siti Rahayu", "Agus Prasetyo"]


def make_demo(data_dir: Path, *, records: int = 2000, code: str = "35.03.01.2001", seed: int = 0,
              progress: Progress = NULL_PROGRESS) -> dict[str, Any]:
    data_dir = Path(data_dir)
    if is_initialized(data_dir):
        app = open_app(data_dir, backup=False)
    else:
        app = init_profile(data_dir, "desa", code, DEMO_OPERATORS)
    try:
        persons = demo_data.generate(app.desa_code, records, seed=seed)
        result = _insert(app, persons, progress)
        return {
            "data_dir": str(data_dir),
            "desa_code": app.desa_code,
            "region_name": app.profile.region_name,
            "records": result.created,
            "with_errors": result.with_errors,
        }
    finally:
        app.close()


def _insert(app, persons, progress):  # noqa: ANN001, ANN202
    """Generated data may contain the same valid NIK twice (on purpose, as real lists do):
    the second becomes a damaged copy so both survive, as the import would keep them."""
    seen: set[str] = set()
    keep = []
    for person in persons:
        if person.nik and len(person.nik) == 16 and not person.nik_from_number and person.nik in seen:
            person = person.copy(nik=person.nik[:15], notes="NIK tercatat ganda di daftar asal")
        seen.add(person.nik)
        keep.append(person)
    return records.create_many(app, keep, action="demo", source="demo", progress=progress)
