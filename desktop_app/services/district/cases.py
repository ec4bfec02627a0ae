"""Kasus: a NIK active in two villages. The officer sees the records side by side with each
village's history and decides: the person stays in village X (the other records get *ditolak*
"terdaftar di desa lain"), not the same person (every village is asked to check the NIK), or
later. Decisions are recorded (who, when, note), can be changed, and never delete a village's
record: they set the district-owned verification fields, which travel back in feedback."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from desktop_app.core.issues import Issue
from desktop_app.core.person import Person
from desktop_app.core.text import Msg
from desktop_app.services.app import App, now
from desktop_app.services.district.common import DistrictError, require_district
from desktop_app.services.district.verification import set_verification
from desktop_app.storage import district as store
from desktop_app.storage import persons as repo
from desktop_app.storage.models import PersonRow, ReviewCaseRow

DECISIONS = ("keep", "not_same", "later")
REASON_OTHER_VILLAGE = "Terdaftar di desa lain"
REASON_CHECK_NIK = "NIK sama dengan data di desa lain: periksa NIK pada KTP/KK"


@dataclass
class CaseInfo:
    id: int
    kind: str
    nik: str
    status: str  # open / later / decided / closed (no longer in two villages)
    person_ids: list[str]
    desa_codes: list[str]
    opened_at: datetime
    package_id: str
    decision: str = ""
    kept_id: str = ""
    decided_by: str = ""
    decided_at: str = ""
    note: str = ""
    log: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "kind": self.kind, "nik": self.nik, "status": self.status,
            "person_ids": self.person_ids, "desa_codes": self.desa_codes,
            "opened_at": self.opened_at.isoformat(), "package_id": self.package_id, "decision": self.decision or None,
            "kept_id": self.kept_id or None, "decided_by": self.decided_by or None,
            "decided_at": self.decided_at or None, "note": self.note, "log": self.log,
        }

    @property
    def is_open(self) -> bool:
        return self.status in ("open", "later")


def _resolution(row: ReviewCaseRow) -> dict[str, Any]:
    try:
        value = json.loads(row.resolution or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _info(row: ReviewCaseRow) -> CaseInfo:
    res = _resolution(row)
    return CaseInfo(
        id=row.id, kind=row.kind, nik=row.nik, status=row.status, person_ids=json.loads(row.person_ids or "[]"),
        desa_codes=json.loads(row.desa_codes or "[]"), opened_at=row.opened_at, package_id=row.package_id,
        decision=str(res.get("decision", "")), kept_id=str(res.get("kept", "") or ""),
        decided_by=str(res.get("by", "")), decided_at=str(res.get("at", "")), note=str(res.get("note", "")),
        log=list(res.get("log", [])),
    )


def list_cases(app: App, *, open_only: bool = False) -> list[CaseInfo]:
    require_district(app)
    with app.db.read() as s:
        return [_info(r) for r in store.cases(s, open_only=open_only)]


@dataclass
class CaseRecord:
    person: Person
    issues: list[Issue]
    history: list[Any]


def case_detail(app: App, case_id: int) -> tuple[CaseInfo, list[CaseRecord]]:
    """The case and its records side by side, each with its history."""
    require_district(app)
    with app.db.read() as s:
        row = store.get_case(s, case_id)
        if row is None:
            raise DistrictError(Msg("Kasus #{id} tidak ada.", id=case_id))
        info = _info(row)
        out = []
        for pid in info.person_ids:
            person_row = s.get(PersonRow, pid)
            if person_row is None:
                continue
            out.append(CaseRecord(repo.to_person(person_row), repo.issues_from_json(person_row.issues_json),
                                  repo.history(s, pid)))
    return info, out


def decide(app: App, case_id: int, decision: str, *, keep: str | None = None, note: str = "",
           operator: str | None = None) -> CaseInfo:
    """Record a decision (it replaces an earlier one: the records' verification set by the
    earlier decision is put back first)."""
    require_district(app)
    if decision not in DECISIONS:
        raise DistrictError(Msg("Keputusan {decision} tidak dikenal.", decision=decision))
    note = " ".join(str(note or "").split())[:1000]
    who = operator or app.operator
    stamp = now()
    with app.db.unit_of_work() as s:
        row = store.get_case(s, case_id)
        if row is None:
            raise DistrictError(Msg("Kasus #{id} tidak ada.", id=case_id))
        ids = json.loads(row.person_ids or "[]")
        if decision == "keep" and keep not in ids:
            raise DistrictError(Msg("Data {id} bukan bagian dari kasus #{case}.", id=str(keep), case=case_id))
        res = _resolution(row)
        original: dict[str, list[str]] = res.get("original", {})
        source = f"kasus #{case_id}"
        rows = {pid: s.get(PersonRow, pid) for pid in ids}
        rows = {pid: r for pid, r in rows.items() if r is not None}
        for pid, person_row in rows.items():
            if pid not in original:
                original[pid] = [person_row.verification_status, person_row.verification_reason or ""]
        for pid, person_row in rows.items():
            status, reason = original[pid]
            if decision == "keep" and pid != keep:
                status, reason = "ditolak", REASON_OTHER_VILLAGE
            elif decision == "not_same":
                status, reason = "perbaikan", REASON_CHECK_NIK
            set_verification(s, person_row, status, reason, who=who, stamp=stamp, source=source)
        entry = {"decision": decision, "kept": keep if decision == "keep" else "", "by": who,
                 "at": stamp.isoformat(), "note": note}
        log = [*res.get("log", []), entry]
        row.resolution = json.dumps({**entry, "original": original, "log": log}, ensure_ascii=False)
        row.status = "later" if decision == "later" else "decided"
        row.resolved_at = None if decision == "later" else stamp
        s.flush()
        return _info(row)
