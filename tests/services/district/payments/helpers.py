"""District test data: a Mode Kabupaten data dir (Trenggalek, 35.03) with records put straight
into storage (the district merge is another room; these tests need only records with desa codes)."""

from __future__ import annotations

import shutil
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop_app.core.person import Person
from desktop_app.services.app import open_app
from desktop_app.services.setup.profile import init_profile
from desktop_app.storage import persons as repo

KAB = "35.03"
DESA_A = "35.03.01.2001"  # Besuki, Panggul
DESA_B = "35.03.01.2002"  # Terbis, Panggul
DESA_C = "35.03.02.2001"  # a desa of Munjungan

_TEMPLATE: dict[str, Path] = {}


def nik(n: int) -> str:
    """A sound NIK: region 35.03.01, born 12-05-1980, serial n."""
    return "350301120580" + f"{n:04d}"


def district_dir(tmp_path: Path, tmp_path_factory: Any | None = None) -> Path:
    """A fresh copy of one initialised Mode Kabupaten data dir (keys made once per session)."""
    if "dir" not in _TEMPLATE:
        base = Path(tmp_path_factory.mktemp("district-template")) if tmp_path_factory else tmp_path / "template"
        app = init_profile(base / "data", "kabupaten", KAB, ["Petugas Dinas"])
        app.close()
        _TEMPLATE["dir"] = base / "data"
    target = tmp_path / "kab"
    shutil.copytree(_TEMPLATE["dir"], target)
    return target


def open_district(path: Path):  # noqa: ANN201
    return open_app(path, backup=False)


def person(n: int, desa: str = DESA_A, **values: Any) -> Person:
    base: dict[str, Any] = dict(
        desa_code=desa, nik=nik(n), full_name=f"WARGA {n}", birth_date=date(1980, 5, 12), sex="L",
        funding_source="apbd_kabupaten", coverage_start=date(2026, 1, 1), coverage_end=date(2026, 12, 31),
        rev=1, sent_rev=1, created_at=datetime(2026, 1, 5, 9, 0), created_by="desa",
        updated_at=datetime(2026, 1, 5, 9, 0), updated_by="desa",
    )
    base.update(values)
    return Person(**base)


def add_people(app, people: list[Person]) -> list[Person]:  # noqa: ANN001
    with app.db.unit_of_work() as session:
        repo.insert_rows(session, [repo.row_tuple(p, []) for p in people])
    return people


def get(app, person_id: str) -> Person:  # noqa: ANN001
    with app.db.read() as session:
        return repo.get(session, person_id)


def history(app, person_id: str):  # noqa: ANN001, ANN201
    with app.db.read() as session:
        return repo.history(session, person_id)


def stored_status(app, person_id: str) -> str:  # noqa: ANN001
    from desktop_app.storage.models import PersonRow

    with app.db.read() as session:
        return session.get(PersonRow, person_id).status
