"""Verifikasi: the district-owned status of a record (belum, diterima, ditolak + reason, perlu
perbaikan + what to fix), one record or a selection, each change in the record's history with
the officer. A village package never overwrites these fields (see ``merge``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select

from desktop_app.core.person import VERIFICATION_LABELS, mask_nik
from desktop_app.core.text import Msg
from desktop_app.services.app import App, now
from desktop_app.services.district.common import DistrictError, require_district
from desktop_app.storage import district as store
from desktop_app.storage import persons as repo
from desktop_app.storage.models import PersonRow

STATUSES = tuple(VERIFICATION_LABELS)
# reasons offered in the window for a rejection (free text is allowed too)
REJECT_REASONS = (
    "Terdaftar di desa lain",
    "Sudah terdaftar BPJS Ketenagakerjaan (mandiri/pemberi kerja)",
    "Bukan pekerja rentan",
    "Usia di luar ketentuan",
    "NIK tidak padan dengan Dukcapil",
    "Meninggal dunia",
    "Pindah domisili",
    "Data ganda",
)
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


@dataclass
class VerifyResult:
    changed: list[str] = field(default_factory=list)  # record ids
    unchanged: list[str] = field(default_factory=list)
    not_found: list[str] = field(default_factory=list)  # the inputs, NIKs masked

    def to_dict(self) -> dict[str, Any]:
        return {"changed": self.changed, "unchanged": self.unchanged, "not_found": self.not_found}


def set_verification(s: Any, row: PersonRow, status: str, reason: str, *, who: str, stamp: datetime,
                     source: str) -> bool:
    """Set one record's verification (history entry, status derived again); False when it was
    already so."""
    reason = reason if status in ("ditolak", "perbaikan") else ""
    if row.verification_status == status and (row.verification_reason or "") == reason:
        return False
    changes = {}
    if row.verification_status != status:
        changes["verification_status"] = [row.verification_status, status]
    if (row.verification_reason or "") != reason:
        changes["verification_reason"] = [row.verification_reason, reason]
    row.verification_status = status
    row.verification_reason = reason
    s.flush()
    store.set_issues(s, row, repo.issues_from_json(row.issues_json))
    repo.add_history(s, row.id, by=who, action="verify", rev=row.rev, changes=changes, source=source, at=stamp)
    return True


def _resolve(s: Any, target: str, desa_code: str | None) -> list[PersonRow]:
    text = target.strip().lower()
    if _UUID.match(text):
        row = s.get(PersonRow, text)
        return [row] if row is not None and (not desa_code or row.desa_code == desa_code) else []
    digits = re.sub(r"[\s.\-']", "", target)
    stmt = select(PersonRow).where(PersonRow.nik == digits, PersonRow.deleted_at.is_(None))
    if desa_code:
        stmt = stmt.where(PersonRow.desa_code == desa_code)
    return list(s.scalars(stmt))


def verify(app: App, targets: list[str], status: str, *, reason: str = "", desa_code: str | None = None,
           operator: str | None = None) -> VerifyResult:
    """Set the verification of the records named by NIK or id, in one unit of work."""
    require_district(app)
    if status not in STATUSES:
        raise DistrictError(Msg("Status verifikasi {status} tidak dikenal (diterima, ditolak, perbaikan, belum).",
                                status=status))
    reason = " ".join(str(reason or "").split())[:500]
    if status in ("ditolak", "perbaikan") and not reason:
        raise DistrictError(Msg("Tuliskan alasannya: data yang ditolak atau perlu perbaikan butuh alasan "
                                "agar desa tahu apa yang harus dilakukan."))
    result = VerifyResult()
    stamp = now()
    who = operator or app.operator
    with app.db.unit_of_work() as s:
        for target in targets:
            rows = _resolve(s, target, desa_code)
            if not rows:
                result.not_found.append(mask_nik(target) if target.strip().isdigit() else target)
                continue
            for row in rows:
                if set_verification(s, row, status, reason, who=who, stamp=stamp, source="verifikasi"):
                    result.changed.append(row.id)
                else:
                    result.unchanged.append(row.id)
    return result
