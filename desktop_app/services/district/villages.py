"""Desa: every desa/kelurahan of the kabupaten from the region list, enrolled or not, with the
packages received, the sequence numbers missing, the last contact, records and open cases."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from desktop_app.core import regions
from desktop_app.services.app import App
from desktop_app.services.district.common import require_district
from desktop_app.storage import district as store
from desktop_app.storage import trust as trust_store


@dataclass
class VillageStatus:
    desa_code: str
    name: str
    kecamatan: str
    kind: str  # desa / kelurahan / desa adat
    enrolled: bool  # has a valid (unrevoked) key
    registered: bool = False  # enrolled at some time (its key may have been revoked since)
    operator: str = ""
    fingerprint: str = ""
    last_package: str = ""
    last_sequence: int = 0
    sequences: list[int] = field(default_factory=list)
    missing_sequences: list[int] = field(default_factory=list)
    last_contact: datetime | None = None
    active: int = 0
    deleted: int = 0
    open_cases: int = 0

    @property
    def never_sent(self) -> bool:
        return not self.sequences

    def to_dict(self) -> dict[str, Any]:
        return {
            "desa_code": self.desa_code,
            "name": self.name,
            "kecamatan": self.kecamatan,
            "kind": self.kind,
            "enrolled": self.enrolled,
            "registered": self.registered,
            "operator": self.operator,
            "fingerprint": self.fingerprint,
            "last_package": self.last_package or None,
            "last_sequence": self.last_sequence,
            "sequences": self.sequences,
            "missing_sequences": self.missing_sequences,
            "last_contact": self.last_contact.isoformat() if self.last_contact else None,
            "active": self.active,
            "deleted": self.deleted,
            "open_cases": self.open_cases,
        }


def _region_rows(kab: str) -> list[tuple[str, str, str, str]]:
    """(desa code, name, kecamatan name, kind) of every desa/kelurahan of the kabupaten."""
    out = []
    for kec in regions.kecamatan_of(kab):
        for desa in regions.desa_of(kec.code):
            out.append((desa.code, desa.name, kec.name, regions.desa_kind(desa.code)))
    return out


def village_overview(app: App) -> list[VillageStatus]:
    """Every desa/kelurahan of the kabupaten (and any enrolled village outside the list),
    in code order."""
    require_district(app)
    with app.db.read() as s:
        enrolled = {v.desa_code: v for v in trust_store.villages(s)}
        keys = {}
        for code in enrolled:
            active = trust_store.active_keys(s, role="desa", region_code=code)
            keys[code] = active[-1].fingerprint if active else ""
        received = store.received_by_village(s)
        contact = store.last_contact(s)
        counts = store.record_counts_by_village(s)
        open_cases: dict[str, int] = {}
        for case in store.cases(s, open_only=True):
            for code in json.loads(case.desa_codes or "[]"):
                open_cases[code] = open_cases.get(code, 0) + 1
    rows = {code: (name, kec, kind) for code, name, kec, kind in _region_rows(app.profile.region_code)}
    for code, village in enrolled.items():
        if code not in rows:
            region = regions.get(code)
            rows[code] = (village.name or (region.name if region else code), "", "desa")
    out = []
    for code in sorted(rows):
        name, kec, kind = rows[code]
        got = received.get(code)
        seqs = sorted(got["sequences"]) if got else []
        missing = [n for n in range(1, max(seqs) + 1) if n not in set(seqs)] if seqs else []
        active, deleted = counts.get(code, (0, 0))
        out.append(VillageStatus(
            desa_code=code, name=name, kecamatan=kec, kind=kind, enrolled=code in enrolled and bool(keys.get(code)),
            registered=code in enrolled, operator=enrolled[code].operator if code in enrolled else "",
            fingerprint=keys.get(code, ""), last_package=got["last_package"] if got else "",
            last_sequence=max(seqs) if seqs else 0, sequences=seqs, missing_sequences=missing,
            last_contact=contact.get(code), active=active, deleted=deleted, open_cases=open_cases.get(code, 0),
        ))
    return out


def person_counts(app: App, flt: Any) -> tuple[int, int]:
    """(records, persons) of a filter at the district: a person is counted once however many
    villages hold a record with his or her NIK (records without a sound NIK count one each)."""
    from sqlalchemy import func, select

    from desktop_app.storage import persons as repo
    from desktop_app.storage.models import PersonRow

    with app.db.read() as s:
        records = repo.count(s, flt)
        keyed = s.scalar(repo.filtered(select(func.count(PersonRow.nik_key.distinct())), flt)) or 0
        unkeyed = s.scalar(repo.filtered(select(func.count()).select_from(PersonRow), flt)
                           .where(PersonRow.nik_key.is_(None))) or 0
    return records, keyed + unkeyed


def kecamatan_choices(app: App) -> list[tuple[str, str]]:
    """(code, name) of the kecamatan of the kabupaten."""
    return [(k.code, k.name) for k in regions.kecamatan_of(app.profile.region_code)]


def desa_name(code: str) -> str:
    region = regions.get(code)
    return region.name if region else code
