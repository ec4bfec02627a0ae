"""Kasus: a NIK active in two villages, or a probable duplicate pair the officer raised from the
duplicate review. The officer sees the records side by side with each village's history and
decides: the person stays in village X / keep this record (the other records get *ditolak*
"terdaftar di desa lain", or "Data ganda: sama dengan <desa>/<NIK>" for a duplicate pair), not
the same person (a NIK case asks every village to check the NIK; a duplicate pair is remembered
so the scan does not propose it again), or later. Decisions are recorded (who, when, note), can
be changed, and never delete a village's record: they set the district-owned verification
fields, which travel back in feedback."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from desktop_app.core import duplicates as engine
from desktop_app.core.issues import Issue
from desktop_app.core.person import Person, mask_nik
from desktop_app.core.text import Msg
from desktop_app.services.app import App, now
from desktop_app.services.district.common import DistrictError, require_district
from desktop_app.services.district.verification import set_verification
from desktop_app.storage import district as store
from desktop_app.storage import duplicates as dup_store
from desktop_app.storage import persons as repo
from desktop_app.storage.models import PersonRow, ReviewCaseRow

DECISIONS = ("keep", "not_same", "later")
REASON_OTHER_VILLAGE = "Terdaftar di desa lain"
REASON_CHECK_NIK = "NIK sama dengan data di desa lain: periksa NIK pada KTP/KK"
KIND_NIK = "nik.other_village"
KIND_DUPLICATE = "dup.similar"  # a probable duplicate pair raised from the duplicate review


def duplicate_reason(desa: str, nik: str) -> str:
    """The verification reason of the record not kept in a duplicate case (travels to the village)."""
    return f"Data ganda: sama dengan {desa}/{mask_nik(nik) if nik else '-'}"


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
    niks: list[str] = field(default_factory=list)  # the records' NIKs (a duplicate pair may have two)

    @property
    def is_duplicate(self) -> bool:
        return self.kind == KIND_DUPLICATE

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "kind": self.kind, "nik": self.nik, "niks": self.niks, "status": self.status,
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


def _info(row: ReviewCaseRow, s: Any = None) -> CaseInfo:
    res = _resolution(row)
    info = CaseInfo(
        id=row.id, kind=row.kind, nik=row.nik, status=row.status, person_ids=json.loads(row.person_ids or "[]"),
        desa_codes=json.loads(row.desa_codes or "[]"), opened_at=row.opened_at, package_id=row.package_id,
        decision=str(res.get("decision", "")), kept_id=str(res.get("kept", "") or ""),
        decided_by=str(res.get("by", "")), decided_at=str(res.get("at", "")), note=str(res.get("note", "")),
        log=list(res.get("log", [])),
    )
    if row.kind != KIND_DUPLICATE:
        info.niks = [row.nik]
    elif s is not None:
        for pid in info.person_ids:
            person_row = s.get(PersonRow, pid)
            info.niks.append(person_row.nik or "" if person_row is not None else "")
    return info


def list_cases(app: App, *, open_only: bool = False) -> list[CaseInfo]:
    require_district(app)
    with app.db.read() as s:
        return [_info(r, s) for r in store.cases(s, open_only=open_only)]


def _pair_cases(s: Any, ids: set[str]) -> list[ReviewCaseRow]:
    return [c for c in store.cases(s, kind=KIND_DUPLICATE) if set(json.loads(c.person_ids or "[]")) == ids]


@dataclass
class OpenedCase:
    case: CaseInfo
    created: bool  # False: the pair already had a case (shown again, reopened if it was decided)

    def to_dict(self) -> dict[str, Any]:
        return {**self.case.to_dict(), "created": self.created}


def open_duplicate_case(app: App, a_id: str, b_id: str, *, note: str = "",
                        operator: str | None = None) -> OpenedCase:
    """*Buat kasus* for a probable duplicate pair (district). A pair never has two cases: an open
    one is returned as it is, a decided one is opened again (its decision stays in force until it
    is changed)."""
    require_district(app)
    if a_id == b_id:
        raise DistrictError(Msg("Pilih dua data yang berbeda."))
    who = operator or app.operator
    stamp = now()
    with app.db.unit_of_work() as s:
        rows = [s.get(PersonRow, pid) for pid in (a_id, b_id)]
        if any(r is None for r in rows):
            raise DistrictError(Msg("Data tidak ditemukan."))
        existing = _pair_cases(s, {a_id, b_id})
        if existing:
            row = existing[-1]
            if row.status not in ("open", "later"):
                row.status = "open"
                row.resolved_at = None
                s.flush()
            return OpenedCase(_info(row, s), False)
        if any(r.deleted_at is not None for r in rows):  # type: ignore[union-attr]
            raise DistrictError(Msg("Salah satu data sudah dihapus oleh desa; kasus tidak dibuat."))
        entry = {"decision": "", "kept": "", "by": who, "at": stamp.isoformat(),
                 "note": " ".join(str(note or "").split())[:1000], "opened": True}
        row = store.add_case(
            s, kind=KIND_DUPLICATE, nik="", person_ids=[a_id, b_id],
            desa_codes=sorted({r.desa_code for r in rows}),  # type: ignore[union-attr]
            opened_at=stamp, package_id="", status="open",
            resolution=json.dumps({"note": entry["note"], "log": [entry]}, ensure_ascii=False),
        )
        s.flush()
        return OpenedCase(_info(row, s), True)


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
        info = _info(row, s)
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
        duplicate = row.kind == KIND_DUPLICATE
        original: dict[str, list[str]] = res.get("original", {})
        source = f"kasus #{case_id}"
        rows = {pid: s.get(PersonRow, pid) for pid in ids}
        rows = {pid: r for pid, r in rows.items() if r is not None}
        kept_row = rows.get(keep or "")
        for pid, person_row in rows.items():
            if pid not in original:
                original[pid] = [person_row.verification_status, person_row.verification_reason or ""]
        for pid, person_row in rows.items():
            status, reason = original[pid]
            if decision == "keep" and pid != keep:
                status = "ditolak"
                reason = (duplicate_reason(_desa_label(kept_row.desa_code), kept_row.nik or "")
                          if duplicate and kept_row is not None else REASON_OTHER_VILLAGE)
            elif decision == "not_same" and not duplicate:
                status, reason = "perbaikan", REASON_CHECK_NIK
            set_verification(s, person_row, status, reason, who=who, stamp=stamp, source=source)
        entry = {"decision": decision, "kept": keep if decision == "keep" else "", "by": who,
                 "at": stamp.isoformat(), "note": note}
        log = [*res.get("log", []), entry]
        extra: dict[str, Any] = {}
        if duplicate:
            extra["not_same_id"] = _remember_not_same(s, res.get("not_same_id"), rows, decision, who, stamp, note)
        row.resolution = json.dumps({**entry, **extra, "original": original, "log": log}, ensure_ascii=False)
        row.status = "later" if decision == "later" else "decided"
        row.resolved_at = None if decision == "later" else stamp
        s.flush()
        return _info(row, s)


def _desa_label(code: str) -> str:
    from desktop_app.core import regions

    region = regions.get(code)
    return region.name if region else code


def _remember_not_same(s: Any, old_id: Any, rows: dict[str, PersonRow], decision: str, who: str,
                       stamp: datetime, note: str) -> int | None:
    """A duplicate case decided *bukan orang yang sama* is kept in the district's duplicate
    decisions (the scan leaves the pair out while neither record's compared fields change); a
    changed decision withdraws it."""
    if isinstance(old_id, int):
        old = dup_store.get_decision(s, old_id)
        if old is not None and old.undone_at is None:
            dup_store.mark_undone(s, old, by=who, at=stamp)
    if decision != "not_same" or len(rows) != 2:
        return None
    x, y = sorted((repo.to_person(r) for r in rows.values()), key=lambda p: p.id)
    judgement = engine.judge(x, y)
    added = dup_store.add_decision(
        s, a_id=x.id, b_id=y.id, decision="not_same", kept_id="", removed_id="",
        a_fingerprint=engine.fingerprint(x), b_fingerprint=engine.fingerprint(y), score=judgement.score,
        reasons=" ".join(judgement.reasons), note=note, decided_at=stamp, decided_by=who, undone_at=None,
        undone_by="",
    )
    return added.id
