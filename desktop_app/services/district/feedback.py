"""Umpan balik (district -> one village): the district-owned fields of the village's records,
the review cases that concern it, and the receipt of the data packages received and missing.

In the village the feedback moves the status of each record the district holds at its current
rev to *diterima kabupaten* / *diverifikasi* / *ditolak* / *perlu perbaikan*, puts
``nik.other_village`` on records whose NIK another village claims, and the package history says
which packages arrived. A probable-duplicate case decided at the district reaches the village as
the verification of the record not kept (*ditolak*, "Data ganda: sama dengan <desa>/<NIK>") and
as a case line; one decided *bukan orang yang sama* whose two records are both in the village is
remembered there as the village's own decision would be. Feedback packages have their own sequence per village: a feedback
applied twice, or an older one after a newer, changes nothing; one for another village, or
signed by a key the village has not pinned, is refused.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from desktop_app import __version__
from desktop_app.core import duplicates as engine
from desktop_app.core.issues import CATALOG, make_issue
from desktop_app.core.person import DISTRICT_FIELDS
from desktop_app.core.progress import NULL_PROGRESS, Progress
from desktop_app.core.text import Msg
from desktop_app.core.validation import validate
from desktop_app.services.app import App, now
from desktop_app.services.district.common import (
    DistrictError,
    open_from_pinned_district,
    require_district,
)
from desktop_app.services.packages.common import (
    _identity,
    _keep_copy,
    _package_error,
    _source,
)
from desktop_app.services.records import editing
from desktop_app.storage import district as store
from desktop_app.storage import duplicates as dup_store
from desktop_app.storage import packages as package_log
from desktop_app.storage import persons as repo
from desktop_app.storage import settings as settings_store
from desktop_app.storage import trust as trust_store
from desktop_app.storage.models import PackageRow, PersonRow
from desktop_app.sync import merge as rules
from desktop_app.sync.errors import PackageError, SyncError
from desktop_app.sync.manifest import Target
from desktop_app.sync.package import build_package

SETTINGS_FEEDBACK = "feedback"  # village side: {sequence, package_id, received, missing, at}
OTHER_VILLAGE = "nik.other_village"
DUPLICATE_CASE = "dup.similar"
_ORDER = {code: i for i, code in enumerate(CATALOG)}


@dataclass
class FeedbackFile:
    desa_code: str
    path: Path
    sequence: int
    records: int
    cases: int
    received: list[int]
    missing: list[int]

    def to_dict(self) -> dict[str, Any]:
        return {"desa_code": self.desa_code, "file": str(self.path), "sequence": self.sequence,
                "records": self.records, "cases": self.cases, "received": self.received, "missing": self.missing}


def _next_feedback_sequence(s: Any, desa_code: str) -> tuple[int, str | None]:
    row = s.execute(
        select(PackageRow.sequence, PackageRow.file_sha256)
        .where(PackageRow.direction == "sent", PackageRow.kind == "feedback", PackageRow.target_code == desa_code)
        .order_by(PackageRow.sequence.desc())
        .limit(1)
    ).first()
    return (int(row[0]) + 1, row[1]) if row else (1, None)


def _case_lines(s: Any, desa_code: str) -> list[dict[str, Any]]:
    out = []
    for case in store.cases(s):
        desas = json.loads(case.desa_codes or "[]")
        if desa_code not in desas:
            continue
        ids = json.loads(case.person_ids or "[]")
        mine = [pid for pid, in s.execute(select(PersonRow.id).where(PersonRow.id.in_(ids),
                                                                     PersonRow.desa_code == desa_code))]
        try:
            res = json.loads(case.resolution or "{}")
        except ValueError:
            res = {}
        out.append({
            "type": "case", "case_id": case.id, "kind": case.kind, "status": case.status, "person_ids": mine,
            "other_villages": [d for d in desas if d != desa_code], "decision": res.get("decision", ""),
            "kept_here": bool(res.get("kept")) and res.get("kept") in mine, "note": res.get("note", ""),
        })
    return out


def export_feedback(app: App, out_dir: Path, *, desa_codes: list[str] | None = None,
                    progress: Progress = NULL_PROGRESS) -> list[FeedbackFile]:
    """One feedback file per village (``None``: every enrolled village) into ``out_dir``."""
    require_district(app)
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise DistrictError(Msg("Folder tujuan {folder} tidak ada.", folder=str(out_dir)))
    identity = _identity(app)
    with app.db.read() as s:
        enrolled = {v.desa_code for v in trust_store.villages(s)}
    codes = sorted(enrolled) if desa_codes is None else list(dict.fromkeys(desa_codes))
    for code in codes:
        if code not in enrolled:
            raise DistrictError(Msg("Desa {code} belum terdaftar di kabupaten ini; umpan balik tidak dibuat.",
                                    code=code))
    out: list[FeedbackFile] = []
    for n, code in enumerate(codes):
        progress.check(n, len(codes))
        built = _export_one(app, out_dir, code, identity)
        if built is not None:
            out.append(built)
    progress.step(len(codes), len(codes))
    return out


def _export_one(app: App, out_dir: Path, code: str, identity: Any) -> FeedbackFile | None:
    cols = [PersonRow.id, PersonRow.desa_code, PersonRow.rev, *(getattr(PersonRow, f) for f in DISTRICT_FIELDS)]
    try:
        with app.db.unit_of_work() as s:
            keys = trust_store.active_keys(s, role="desa", region_code=code)
            if not keys:
                return None  # the village key was revoked and no new one is enrolled
            lines: list[dict[str, Any]] = []
            for row in s.execute(select(*cols).where(PersonRow.desa_code == code).order_by(PersonRow.id)):
                line = {"type": "record", "id": row.id, "desa_code": row.desa_code, "rev": int(row.rev)}
                for name in DISTRICT_FIELDS:
                    line[name] = getattr(row, name) or ""
                lines.append(line)
            records = len(lines)
            cases = _case_lines(s, code)
            lines.extend(cases)
            received = store.received_sequences(s, code)
            missing = [i for i in range(1, max(received) + 1) if i not in set(received)] if received else []
            lines.append({"type": "receipt", "received": received, "missing": missing})
            seq, prev = _next_feedback_sequence(s, code)
            built = build_package(
                out_dir, kind="feedback", payload_lines=lines, source=_source(app),
                target=Target(role="desa", region_code=code), sequence=seq, prev_hash=prev, identity=identity,
                recipients=[keys[-1].age_recipient], counts={"records": records, "cases": len(cases)},
                app_version=__version__,
            )
            package_log.log_package(
                s, id=built.package_id, direction="sent", kind="feedback", source_code=app.profile.region_code,
                target_code=code, sequence=seq, prev_hash=prev or "", file_name=built.path.name,
                file_sha256=built.sha256_of_file, created_at=now(), operator=app.operator,
                counts={"records": records, "cases": len(cases), "received": received, "missing": missing},
            )
    except (PackageError, SyncError) as exc:
        raise _package_error(exc) from exc
    except OSError as exc:
        raise DistrictError(Msg("Berkas tidak bisa ditulis ke {folder}: {reason}.", folder=str(out_dir),
                                reason=exc.strerror)) from exc
    _keep_copy(app, built.path, "sent")
    return FeedbackFile(code, built.path, seq, records, len(cases), received, missing)


# ================================================================= village side


@dataclass
class FeedbackResult:
    applied: bool
    sequence: int
    updated: int = 0
    unknown: int = 0
    cases: int = 0
    received: list[int] = field(default_factory=list)
    missing: list[int] = field(default_factory=list)
    summary: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"applied": self.applied, "sequence": self.sequence, "updated": self.updated,
                "unknown": self.unknown, "cases": self.cases, "received": self.received,
                "missing": self.missing, "summary": str(self.summary)}


def receipt_text(received: list[int], missing: list[int]) -> Msg:
    """'paket 1-3 diterima kabupaten; paket 4 belum' from a receipt."""
    got = _ranges(received)
    if not got:
        return Msg("Belum ada paket yang diterima kabupaten.")
    if missing:
        return Msg("paket {received} diterima kabupaten; paket {missing} belum", received=got,
                   missing=_ranges(missing))
    return Msg("paket {received} diterima kabupaten", received=got)


def _ranges(numbers: list[int]) -> str:
    parts: list[str] = []
    nums = sorted(set(numbers))
    i = 0
    while i < len(nums):
        j = i
        while j + 1 < len(nums) and nums[j + 1] == nums[j] + 1:
            j += 1
        parts.append(str(nums[i]) if i == j else f"{nums[i]}-{nums[j]}")
        i = j + 1
    return ", ".join(parts)


def last_feedback(app: App) -> dict[str, Any] | None:
    with app.db.read() as s:
        return settings_store.get(s, SETTINGS_FEEDBACK)


def import_feedback(app: App, path: Path) -> FeedbackResult:
    """Apply a feedback package from the pinned district to this village."""
    opened = open_from_pinned_district(app, path, "feedback", Msg(
        "Umpan balik ini tidak ditandatangani oleh kunci kabupaten yang disematkan; "
        "tidak ada yang diubah."))
    m = opened.manifest
    stamp = now()
    with app.db.unit_of_work() as s:
        last = settings_store.get(s, SETTINGS_FEEDBACK) or {}
        if int(last.get("sequence", 0)) >= m.sequence:
            return FeedbackResult(False, m.sequence, received=list(last.get("received", [])),
                                  missing=list(last.get("missing", [])), summary=Msg(
                                      "Umpan balik nomor {seq} sudah diterapkan atau lebih lama dari yang terakhir "
                                      "(nomor {last}); tidak ada yang diubah.", seq=m.sequence,
                                      last=int(last.get("sequence", 0))))
        result = FeedbackResult(True, m.sequence)
        cases = [line for line in opened.records if line.get("type") == "case"]
        claimed: dict[str, list[str]] = {}
        for case in cases:
            # a probable-duplicate case reaches the record through its verification fields only
            if case.get("kind", OTHER_VILLAGE) != OTHER_VILLAGE:
                continue
            if case.get("status") in ("open", "later", "decided"):
                for pid in case.get("person_ids") or []:
                    if isinstance(pid, str):
                        claimed[pid] = [str(v) for v in case.get("other_villages") or []]
        result.cases = len(cases)
        for line in opened.records:
            kind = line.get("type")
            if kind == "receipt":
                result.received = [int(n) for n in line.get("received") or [] if isinstance(n, int)]
                result.missing = [int(n) for n in line.get("missing") or [] if isinstance(n, int)]
            if kind != "record":
                continue
            row = s.get(PersonRow, line["id"])
            if row is None or row.desa_code != app.profile.region_code:
                result.unknown += 1
                continue
            if _apply_record(s, row, line, claimed.get(row.id, []), stamp, app.operator, m.package_id):
                result.updated += 1
        for case in cases:
            _not_same_here(app, s, case, stamp)
        settings_store.put(s, SETTINGS_FEEDBACK, {
            "sequence": m.sequence, "package_id": m.package_id, "received": result.received,
            "missing": result.missing, "at": stamp.isoformat(), "cases": cases,
        })
        package_log.log_package(
            s, id=m.package_id, direction="received", kind="feedback", source_code=m.source.region_code,
            target_code=app.profile.region_code, sequence=m.sequence, file_name=Path(path).name[:400],
            file_sha256=opened.sha256_of_file, created_at=stamp, processed_at=stamp, operator=app.operator,
            counts=m.counts, outcome={"updated": result.updated, "received": result.received,
                                      "missing": result.missing},
        )
    result.summary = Msg("Umpan balik nomor {seq} diterapkan: {updated} data berubah status. {receipt}.",
                         seq=m.sequence, updated=result.updated, receipt=receipt_text(result.received, result.missing))
    _keep_copy(app, Path(path), "received")
    return result


def _apply_record(s: Any, row: PersonRow, line: dict[str, Any], others: list[str], stamp: Any, who: str,
                  package_id: str) -> bool:
    before = repo.to_person(row)
    after_fields = rules.apply_feedback({f: getattr(row, f) for f in DISTRICT_FIELDS}, line)
    district_rev = min(int(line["rev"]), int(row.rev))  # never beyond what this village wrote
    changes = {f: [getattr(row, f), after_fields[f]] for f in DISTRICT_FIELDS if getattr(row, f) != after_fields[f]}
    if (row.district_rev or 0) != district_rev:
        changes["district_rev"] = [row.district_rev, district_rev]
    for name, value in after_fields.items():
        setattr(row, name, value)
    row.district_rev = district_rev
    issues = [i for i in repo.issues_from_json(row.issues_json) if i.code != OTHER_VILLAGE]
    if others and row.deleted_at is None:
        issues.append(make_issue(OTHER_VILLAGE, desa=", ".join(others)))
    issues.sort(key=lambda i: _ORDER.get(i.code, len(_ORDER)))
    flagged_before = OTHER_VILLAGE in (row.issue_codes or "")
    s.flush()
    store.set_issues(s, row, issues)
    if changes or flagged_before != bool(others and row.deleted_at is None):
        repo.add_history(s, row.id, by=who, action="feedback", rev=row.rev, changes=changes, source=package_id,
                         at=stamp)
        return before.verification_status != row.verification_status or "district_rev" in changes or bool(changes)
    return False


def _not_same_here(app: App, s: Any, case: dict[str, Any], stamp: Any) -> None:
    """A duplicate case the district decided *bukan orang yang sama* whose two records are both in
    this village: the village remembers it too, so its own scan and form stop proposing the pair
    (while neither record's compared fields change), as if the operator had decided it."""
    if (case.get("kind") != DUPLICATE_CASE or case.get("status") != "decided"
            or case.get("decision") != "not_same"):
        return
    ids = [pid for pid in case.get("person_ids") or [] if isinstance(pid, str)]
    if len(ids) != 2:
        return  # the other record is in another village
    a, b = repo.get(s, ids[0]), repo.get(s, ids[1])
    if a is None or b is None or a.desa_code != app.profile.region_code or b.desa_code != a.desa_code:
        return
    existing = dup_store.pair_decision(s, a.id, b.id)
    if existing is not None and existing.decision != "later":
        return  # the village decided this pair itself
    if existing is not None:
        dup_store.mark_undone(s, existing, by=app.operator, at=stamp)
    x, y = (a, b) if a.id < b.id else (b, a)
    judgement = engine.judge(x, y)
    dup_store.add_decision(
        s, a_id=x.id, b_id=y.id, decision="not_same", kept_id="", removed_id="",
        a_fingerprint=engine.fingerprint(x), b_fingerprint=engine.fingerprint(y), score=judgement.score,
        reasons=" ".join(judgement.reasons), note=f"kabupaten: kasus #{case.get('case_id')}", decided_at=stamp,
        decided_by=app.operator, undone_at=None, undone_by="",
    )
    for person in (a, b):
        row = s.get(PersonRow, person.id)
        if row is None or row.deleted_at is not None:
            continue
        flagged = [i for i in repo.issues_from_json(row.issues_json) if i.code == OTHER_VILLAGE]
        issues = [i for i in validate(person, editing._context(app, s)) if i.code != OTHER_VILLAGE] + flagged
        issues.sort(key=lambda i: _ORDER.get(i.code, len(_ORDER)))
        store.set_issues(s, row, issues)


def feedback_counts(app: App) -> dict[str, int]:
    """Village: records per status after the feedback (for the summary line)."""
    with app.db.read() as s:
        return {k: v for k, v in s.execute(select(PersonRow.status, func.count()).group_by(PersonRow.status))}
