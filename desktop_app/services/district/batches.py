"""District: payment batches ("kode iuran").

From the verified people (diterima; padan where the district requires it; not rejected by BPJS;
no errors) paid from one funding source, a batch for a coverage period fixes who is paid for which
months: each person's own coverage period cut to the batch period (a coverage starting in April
counts from April). The batch gets a readable code (``KI-3503-2026-APBD-001``), counts by kecamatan
and desa, and its amount (person-months x rate). Issued, it is frozen: a correction is a new batch
naming the one it corrects (which then no longer counts). Nobody is in two issued batches for the
same month, whoever pays: issuing refuses and lists them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from desktop_app.core import batches as rules
from desktop_app.core import regions
from desktop_app.core.budget import format_rupiah
from desktop_app.core.person import FUNDING_LABELS, TOBACCO_OCCUPATIONS, FundingSource, mask_nik
from desktop_app.core.text import Msg
from desktop_app.services.app import App, now
from desktop_app.services.errors import ServiceError
from desktop_app.storage import batches as store
from desktop_app.storage import settings as settings_store

__all__ = [
    "BatchError", "BatchInfo", "Conflict", "DistrictRules", "create", "delete_draft", "get", "issue",
    "list_batches", "remove_member", "rules_of", "set_rules", "effective_batches",
]

RULES_KEY = "district_rules"


class BatchError(ServiceError, ValueError):
    """A batch step refused; nothing changed. ``conflicts`` lists people already paid, if that was why."""

    def __init__(self, message: str, conflicts: list[Conflict] | None = None) -> None:
        super().__init__(message)
        self.conflicts = conflicts or []


@dataclass(frozen=True)
class Conflict:
    """A person who would be paid twice for some month."""

    person_id: str
    nik: str  # masked
    full_name: str
    desa_code: str
    months: str  # 'YYYY-MM s.d. YYYY-MM'
    other_code: str

    def to_dict(self) -> dict[str, Any]:
        return {"person_id": self.person_id, "nik": self.nik, "full_name": self.full_name,
                "desa_code": self.desa_code, "months": self.months, "other_batch": self.other_code}


@dataclass
class DistrictRules:
    """Programme settings only the district has: payment rules, allocations, targets."""

    require_padan: bool = False
    allocations: dict[str, int] = field(default_factory=dict)  # funding source -> Rp allocated
    targets: dict[str, int] = field(default_factory=dict)  # desa code -> participants aimed at

    def to_dict(self) -> dict[str, Any]:
        return {"require_padan": self.require_padan, "allocations": dict(self.allocations),
                "targets": dict(self.targets)}

    @classmethod
    def from_dict(cls, data: Any) -> DistrictRules:
        if not isinstance(data, dict):
            return cls()
        def ints(d: Any) -> dict[str, int]:
            out = {}
            for k, v in (d or {}).items() if isinstance(d, dict) else ():
                try:
                    out[str(k)] = int(v)
                except (TypeError, ValueError):
                    continue
            return out
        return cls(bool(data.get("require_padan", False)), ints(data.get("allocations")), ints(data.get("targets")))


def rules_of(app: App) -> DistrictRules:
    with app.db.read() as s:
        return DistrictRules.from_dict(settings_store.get(s, RULES_KEY))


def set_rules(app: App, rules_: DistrictRules) -> None:
    for source, amount in rules_.allocations.items():
        if source not in FUNDING_LABELS or amount < 0:
            raise BatchError(Msg("Pagu anggaran tidak sah untuk sumber dana '{source}'.", source=source))
    for code, target in rules_.targets.items():
        if target < 0 or regions.get(code) is None:
            raise BatchError(Msg("Target tidak sah untuk desa '{code}'.", code=code))
    with app.db.unit_of_work() as s:
        settings_store.put(s, RULES_KEY, rules_.to_dict())


@dataclass
class BatchInfo:
    code: str
    funding_source: str
    period_start: date
    period_end: date
    rate: int
    status: str  # draft / issued
    corrects_code: str
    corrected_by: str  # the issued batch that corrects this one ('' when none)
    participants: int
    months: int
    amount: int
    created_at: datetime | None = None
    created_by: str = ""
    issued_at: datetime | None = None
    issued_by: str = ""
    by_desa: dict[str, dict[str, int]] = field(default_factory=dict)  # desa -> participants, months, amount
    already_paid: list[Conflict] = field(default_factory=list)  # left out when created
    left_out: dict[str, int] = field(default_factory=dict)  # reason -> count (when created)

    @property
    def counts(self) -> bool:
        """Whether the batch counts for payment: issued and not corrected by another issued batch."""
        return self.status == "issued" and not self.corrected_by

    def by_kecamatan(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = defaultdict(lambda: {"participants": 0, "months": 0, "amount": 0})
        for desa, line in self.by_desa.items():
            kec = out[desa[:8]]
            for k in kec:
                kec[k] += line[k]
        return dict(out)

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code, "funding_source": self.funding_source,
            "period_start": self.period_start.isoformat(), "period_end": self.period_end.isoformat(),
            "rate": self.rate, "status": self.status, "corrects": self.corrects_code,
            "corrected_by": self.corrected_by, "participants": self.participants, "months": self.months,
            "amount": self.amount, "issued_at": self.issued_at.isoformat() if self.issued_at else None,
            "by_kecamatan": self.by_kecamatan(), "by_desa": self.by_desa,
            "already_paid": [c.to_dict() for c in self.already_paid], "left_out": dict(self.left_out),
        }

    def period_text(self) -> str:
        return f"{rules.month_label(rules.month_index(self.period_start))} s.d. " \
               f"{rules.month_label(rules.month_index(self.period_end))}"

    def amount_text(self) -> str:
        return format_rupiah(self.amount)


def _info(row: Any, corrected_by: str = "", by_desa: dict[str, dict[str, int]] | None = None) -> BatchInfo:
    return BatchInfo(row.code, row.funding_source, row.period_start, row.period_end, row.rate, row.status,
                     row.corrects_code, corrected_by, row.participants, row.months, row.amount, row.created_at,
                     row.created_by, row.issued_at, row.issued_by, by_desa or {})


def _corrected_by(rows: list[Any]) -> dict[str, str]:
    """code -> the code of the issued batch that corrects it."""
    return {r.corrects_code.upper(): r.code for r in rows if r.status == "issued" and r.corrects_code}


def _by_desa(members: list[tuple[Any, ...]]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for _bid, _pid, _nik, desa, _first, _last, months, amount in members:
        line = out.get(desa)
        if line is None:
            line = out[desa] = {"participants": 0, "months": 0, "amount": 0}
        line["participants"] += 1
        line["months"] += months
        line["amount"] += amount
    return dict(sorted(out.items()))


def list_batches(app: App) -> list[BatchInfo]:
    with app.db.read() as s:
        rows = store.all_batches(s)
        corrected = _corrected_by(rows)
        return [_info(r, corrected.get(r.code.upper(), "")) for r in rows]


def get(app: App, code: str) -> BatchInfo:
    with app.db.read() as s:
        row = store.by_code(s, code)
        if row is None:
            raise BatchError(Msg("Kode iuran {code} tidak ada.", code=code))
        corrected = _corrected_by(store.all_batches(s))
        return _info(row, corrected.get(row.code.upper(), ""), _by_desa(store.member_tuples(s, [row.id])))


def effective_batches(app: App) -> list[BatchInfo]:
    """The issued batches that count (not corrected by a later issued batch), with their desa lines."""
    with app.db.read() as s:
        rows = store.all_batches(s)
        corrected = _corrected_by(rows)
        chosen = [r for r in rows if r.status == "issued" and r.code.upper() not in corrected]
        by_batch: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
        for m in store.member_tuples(s, [r.id for r in chosen]):
            by_batch[m[0]].append(m)
        return [_info(r, "", _by_desa(by_batch[r.id])) for r in chosen]


def _paid(session: Any, *, ignore_codes: set[str]) -> dict[str, list[tuple[int, int, str]]]:
    """Person key (NIK when sound, else record id) -> [(first, last, code)] over the issued batches
    that count, leaving out ``ignore_codes`` (a batch being corrected)."""
    rows = store.all_batches(session)
    corrected = _corrected_by(rows)
    chosen = {r.id: r.code for r in rows if r.status == "issued" and r.code.upper() not in corrected
              and r.code.upper() not in ignore_codes}
    out: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for bid, pid, nik, _desa, first, last, _months, _amount in store.member_tuples(session, list(chosen)):
        out[_key(nik, pid)].append((first, last, chosen[bid]))
    return out


def _key(nik: str, person_id: str) -> str:
    return nik if len(nik) == 16 and nik.isdecimal() else person_id


def _months_text(first: int, last: int) -> str:
    return f"{rules.month_label(first)} s.d. {rules.month_label(last)}"


def create(app: App, funding_source: str, first_month: str, last_month: str, *, corrects: str = "",
           note: str = "") -> BatchInfo:
    """A draft batch of everyone eligible for ``funding_source`` over ``first_month``..``last_month``
    ('YYYY-MM'). People already paid for some of those months by an issued batch are left out and
    listed in ``already_paid``."""
    if app.profile.is_desa:
        raise BatchError(Msg("Kode iuran dibuat di SIPERA Mode Kabupaten."))
    if funding_source not in {f.value for f in FundingSource}:
        raise BatchError(Msg("Sumber dana '{source}' tidak dikenal. Pilihan: {choices}.", source=funding_source,
                             choices=", ".join(f.value for f in FundingSource)))
    try:
        first, last = rules.parse_month(first_month), rules.parse_month(last_month)
    except ValueError:
        raise BatchError(Msg("Periode harus berbentuk TTTT-BB, mis. 2026-04.")) from None
    if last < first:
        raise BatchError(Msg("Akhir periode sebelum awalnya."))
    if last - first >= 24:
        raise BatchError(Msg("Periode satu kode iuran paling lama 24 bulan."))
    programme = app.programme()
    district = rules_of(app)
    rate = programme.rate
    period_start, period_end = rules.period_dates(first, last)
    default = (programme.coverage_start, programme.coverage_end)
    sources = [funding_source] + ([""] if funding_source == programme.default_funding_source else [])
    moment = now()
    with app.db.unit_of_work() as s:
        corrected_code = ""
        if corrects:
            target = store.by_code(s, corrects)
            if target is None or target.status != "issued":
                raise BatchError(Msg("Kode iuran yang dikoreksi ({code}) tidak ada atau belum diterbitkan.",
                                     code=corrects))
            corrected_code = target.code
            other = _corrected_by(store.all_batches(s)).get(corrected_code.upper())
            if other:
                raise BatchError(Msg("Kode iuran {code} sudah dikoreksi oleh {other}.", code=corrected_code,
                                     other=other))
        paid = _paid(s, ignore_codes={corrected_code.upper()} if corrected_code else set())
        members: list[tuple[Any, ...]] = []
        already: list[Conflict] = []
        left_out: dict[str, int] = defaultdict(int)
        seen: set[str] = set()
        for pid, nik, name, desa, kpj, cov_start, cov_end, occupation in store.eligible(
                s, funding_sources=sources, require_padan=district.require_padan):
            if funding_source == "dbhcht" and occupation not in TOBACCO_OCCUPATIONS:
                left_out["dbhcht_sector"] += 1
                continue
            span = rules.months_for(cov_start, cov_end, (first, last), default)
            if span is None:
                left_out["outside_period"] += 1
                continue
            key = _key(nik, pid)
            if key in seen:  # the same NIK in two villages: paid once (a case decides which)
                left_out["same_nik"] += 1
                continue
            clash = next(((a, b, code) for a, b, code in paid.get(key, ()) if rules.overlap((a, b), span)), None)
            if clash is not None:
                already.append(Conflict(pid, mask_nik(nik), name, desa, _months_text(*span), clash[2]))
                continue
            seen.add(key)
            months = span[1] - span[0] + 1
            members.append([pid, nik if len(nik) <= 16 else nik[:16], name, desa, kpj, span[0], span[1], months,
                            months * rate])
        if not members:
            raise BatchError(Msg("Tidak ada peserta yang memenuhi syarat untuk {source} periode {period}.",
                                 source=FUNDING_LABELS[funding_source], period=_months_text(first, last)),
                             already)
        prefix = rules.batch_code(app.profile.region_code, first // 12, funding_source, 0)[:-3]
        taken = [rules.parse_code(c) for c in store.codes_like(s, prefix)]
        sequence = max([t[3] for t in taken if t] or [0]) + 1
        code = rules.batch_code(app.profile.region_code, first // 12, funding_source, sequence)
        row = store.add_batch(s, code=code, funding_source=funding_source, period_start=period_start,
                              period_end=period_end, rate=rate, status="draft", corrects_code=corrected_code,
                              participants=len(members), months=sum(m[7] for m in members),
                              amount=sum(m[8] for m in members), created_at=moment, created_by=app.operator,
                              issued_by="", note=note)
        store.add_members(s, [(row.id, *m) for m in members])
        info = _info(row, "", _by_desa([(row.id, m[0], m[1], m[3], m[5], m[6], m[7], m[8]) for m in members]))
    info.already_paid = already
    info.left_out = dict(left_out)
    return info


def issue(app: App, code: str) -> BatchInfo:
    """Freeze a draft. Refused (listing them) when someone in it is already in another issued
    batch for one of the same months, whatever the funding source."""
    moment = now()
    with app.db.unit_of_work() as s:
        row = store.by_code(s, code)
        if row is None:
            raise BatchError(Msg("Kode iuran {code} tidak ada.", code=code))
        if row.status == "issued":
            raise BatchError(Msg("Kode iuran {code} sudah diterbitkan dan tidak bisa diubah lagi. "
                                 "Koreksi dilakukan dengan kode iuran baru yang menyebut kode ini.", code=row.code))
        corrected = _corrected_by(store.all_batches(s))
        if row.corrects_code and row.corrects_code.upper() in corrected:
            raise BatchError(Msg("Kode iuran {code} sudah dikoreksi oleh {other}.", code=row.corrects_code,
                                 other=corrected[row.corrects_code.upper()]))
        paid = _paid(s, ignore_codes={row.corrects_code.upper()} if row.corrects_code else set())
        conflicts: list[Conflict] = []
        for m in store.members(s, row.id):
            for a, b, other in paid.get(_key(m.nik, m.person_id), ()):
                span = rules.overlap((a, b), (m.first_month, m.last_month))
                if span is not None:
                    conflicts.append(Conflict(m.person_id, mask_nik(m.nik), m.full_name, m.desa_code,
                                              _months_text(*span), other))
                    break
        if conflicts:
            raise BatchError(Msg("Kode iuran {code} tidak diterbitkan: {count} orang sudah ada di kode iuran lain "
                                 "untuk bulan yang sama (pembayaran ganda). Keluarkan mereka dari draf ini.",
                                 code=row.code, count=len(conflicts)), conflicts)
        store.issue(s, row.id, moment, app.operator)
    return get(app, code)


def _draft(session: Any, code: str) -> Any:
    row = store.by_code(session, code)
    if row is None:
        raise BatchError(Msg("Kode iuran {code} tidak ada.", code=code))
    if row.status == "issued":
        raise BatchError(Msg("Kode iuran {code} sudah diterbitkan dan tidak bisa diubah lagi. "
                             "Koreksi dilakukan dengan kode iuran baru yang menyebut kode ini.", code=row.code))
    return row


def delete_draft(app: App, code: str) -> None:
    with app.db.unit_of_work() as s:
        store.delete_draft(s, _draft(s, code).id)


def remove_member(app: App, code: str, person_id: str) -> BatchInfo:
    """Take one person out of a draft (e.g. listed as a conflict when issuing)."""
    with app.db.unit_of_work() as s:
        row = _draft(s, code)
        if not store.remove_member(s, row.id, person_id):
            raise BatchError(Msg("Orang itu tidak ada di kode iuran {code}.", code=row.code))
        lines = store.member_tuples(s, [row.id])
        store.set_totals(s, row.id, len(lines), sum(m[6] for m in lines), sum(m[7] for m in lines))
    return get(app, code)
