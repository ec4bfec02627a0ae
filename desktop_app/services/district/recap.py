"""District recaps: BPKD (funding source -> kecamatan -> desa: participants, months, amount),
coverage (participants against the office's target per desa), and the anggaran overview
(participants and amount per funding source and period, allocation, what remains).

Everything is counted from the issued payment batches that count (a corrected batch is replaced
by its correction), so the figures are the ones BPKD pays.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from desktop_app.core import regions
from desktop_app.core.person import FUNDING_LABELS, FundingSource
from desktop_app.services.app import App
from desktop_app.services.district import batches
from desktop_app.storage import batches as store

__all__ = ["Anggaran", "BpkdLine", "CoverageLine", "anggaran", "bpkd_lines", "coverage_lines", "place_name"]


@lru_cache(maxsize=4096)
def place_name(code: str) -> str:
    region = regions.get(code)
    return region.name if region is not None else code


def _funding_order(source: str) -> tuple[int, str]:
    order = [f.value for f in FundingSource]
    return (order.index(source) if source in order else len(order), source)


@dataclass(frozen=True)
class BpkdLine:
    """One line of the BPKD recap: level 'desa', 'kecamatan' (subtotal), 'sumber' (subtotal) or 'total'."""

    level: str
    funding_source: str
    kecamatan: str
    desa: str
    participants: int
    months: int
    amount: int

    @property
    def label(self) -> str:
        if self.level == "desa":
            return place_name(self.desa)
        if self.level == "kecamatan":
            return f"Jumlah Kec. {place_name(self.kecamatan)}"
        if self.level == "sumber":
            return f"Jumlah {FUNDING_LABELS.get(self.funding_source, self.funding_source)}"
        return "JUMLAH SELURUHNYA"


def bpkd_lines(app: App) -> list[BpkdLine]:
    sums: dict[str, dict[str, list[int]]] = defaultdict(dict)
    for info in batches.effective_batches(app):
        for desa, line in info.by_desa.items():
            acc = sums[info.funding_source].setdefault(desa, [0, 0, 0])
            acc[0] += line["participants"]
            acc[1] += line["months"]
            acc[2] += line["amount"]
    out: list[BpkdLine] = []
    grand = [0, 0, 0]
    for source in sorted(sums, key=_funding_order):
        per_kec: dict[str, list[tuple[str, list[int]]]] = defaultdict(list)
        for desa, acc in sorted(sums[source].items()):
            per_kec[desa[:8]].append((desa, acc))
        total = [0, 0, 0]
        for kec in sorted(per_kec):
            sub = [0, 0, 0]
            for desa, acc in per_kec[kec]:
                out.append(BpkdLine("desa", source, kec, desa, *acc))
                sub = [a + b for a, b in zip(sub, acc, strict=True)]
            out.append(BpkdLine("kecamatan", source, kec, "", *sub))
            total = [a + b for a, b in zip(total, sub, strict=True)]
        out.append(BpkdLine("sumber", source, "", "", *total))
        grand = [a + b for a, b in zip(grand, total, strict=True)]
    out.append(BpkdLine("total", "", "", "", *grand))
    return out


@dataclass(frozen=True)
class CoverageLine:
    level: str  # desa / kecamatan / total
    code: str
    participants: int  # distinct people in the issued batches that count
    verified: int  # records the district accepted
    target: int  # 0: no target entered

    @property
    def label(self) -> str:
        if self.level == "total":
            return "JUMLAH KABUPATEN"
        return place_name(self.code) if self.level == "desa" else f"Kec. {place_name(self.code)}"

    @property
    def percent(self) -> float | None:
        return 100.0 * self.participants / self.target if self.target else None


def coverage_lines(app: App) -> list[CoverageLine]:
    """Every desa of the kabupaten (also those without a participant), kecamatan subtotals, total."""
    rules_ = batches.rules_of(app)
    with app.db.read() as s:
        paid = store.paid_people_by_desa(s, [b for b in _effective_ids(s)])
        verified = store.verified_by_desa(s)
    out: list[CoverageLine] = []
    grand = [0, 0, 0]
    kab = app.profile.region_code
    for kec in regions.kecamatan_of(kab):
        sub = [0, 0, 0]
        for desa in regions.desa_of(kec.code):
            line = [paid.get(desa.code, 0), verified.get(desa.code, 0), rules_.targets.get(desa.code, 0)]
            out.append(CoverageLine("desa", desa.code, *line))
            sub = [a + b for a, b in zip(sub, line, strict=True)]
        out.append(CoverageLine("kecamatan", kec.code, *sub))
        grand = [a + b for a, b in zip(grand, sub, strict=True)]
    out.append(CoverageLine("total", kab, *grand))
    return out


def _effective_ids(session: Any) -> list[int]:
    rows = store.all_batches(session)
    corrected = {r.corrects_code.upper() for r in rows if r.status == "issued" and r.corrects_code}
    return [r.id for r in rows if r.status == "issued" and r.code.upper() not in corrected]


@dataclass(frozen=True)
class AnggaranLine:
    funding_source: str
    period_start: date
    period_end: date
    participants: int
    months: int  # person-months
    amount: int

    @property
    def funding_label(self) -> str:
        return FUNDING_LABELS.get(self.funding_source, self.funding_source)

    @property
    def period(self) -> str:
        return f"{self.period_start:%m/%Y} - {self.period_end:%m/%Y}"

    @property
    def months_each(self) -> str:
        """'12' when every participant is paid the same number of months, else the average."""
        if not self.participants:
            return "0"
        if self.months % self.participants == 0:
            return str(self.months // self.participants)
        return f"{self.months / self.participants:.1f}".replace(".", ",")


@dataclass(frozen=True)
class FundingLine:
    funding_source: str
    allocation: int
    used: int
    participants: int

    @property
    def remaining(self) -> int:
        return self.allocation - self.used

    @property
    def funding_label(self) -> str:
        return FUNDING_LABELS.get(self.funding_source, self.funding_source)


@dataclass
class Anggaran:
    lines: list[AnggaranLine] = field(default_factory=list)
    funding: list[FundingLine] = field(default_factory=list)
    require_padan: bool = False
    drafts: int = 0

    @property
    def total(self) -> int:
        return sum(line.amount for line in self.lines)

    def to_json(self) -> dict[str, Any]:
        return {
            "lines": [{"funding_source": x.funding_source, "period_start": x.period_start.isoformat(),
                       "period_end": x.period_end.isoformat(), "participants": x.participants, "months": x.months,
                       "amount": x.amount} for x in self.lines],
            "funding": [{"funding_source": f.funding_source, "allocation": f.allocation, "used": f.used,
                         "remaining": f.remaining, "participants": f.participants} for f in self.funding],
            "total": self.total, "require_padan": self.require_padan, "drafts": self.drafts,
        }


def anggaran(app: App) -> Anggaran:
    rules_ = batches.rules_of(app)
    grouped: dict[tuple[str, date, date], list[int]] = defaultdict(lambda: [0, 0, 0])
    for info in batches.effective_batches(app):
        acc = grouped[(info.funding_source, info.period_start, info.period_end)]
        acc[0] += info.participants
        acc[1] += info.months
        acc[2] += info.amount
    lines = [AnggaranLine(src, a, b, *acc) for (src, a, b), acc in
             sorted(grouped.items(), key=lambda kv: (_funding_order(kv[0][0]), kv[0][1], kv[0][2]))]
    used: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for line in lines:
        used[line.funding_source][0] += line.amount
        used[line.funding_source][1] += line.participants
    sources = sorted(set(used) | set(rules_.allocations), key=_funding_order)
    funding = [FundingLine(s, rules_.allocations.get(s, 0), used[s][0], used[s][1]) for s in sources]
    drafts = sum(1 for b in batches.list_batches(app) if b.status == "draft")
    return Anggaran(lines, funding, rules_.require_padan, drafts)
