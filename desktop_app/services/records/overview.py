"""The numbers of the Ringkasan (overview): counts by status, occupation, sex, age band,
dusun/RT (or desa at the district), and the budget estimate (participants x months x rate from
the programme settings). All from SQL ``GROUP BY`` queries, fast on 100,000 rows.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select, text

from desktop_app.core import budget
from desktop_app.services.app import App, Programme
from desktop_app.storage import persons as repo
from desktop_app.storage.models import PersonRow

# (key, lowest age, highest age); None = open end
AGE_BANDS: tuple[tuple[str, int | None, int | None], ...] = (
    ("<18", None, 17),
    ("18-25", 18, 25),
    ("26-35", 26, 35),
    ("36-45", 36, 45),
    ("46-55", 46, 55),
    ("56-65", 56, 65),
    (">65", 66, None),
)
AGE_UNKNOWN = "?"
STATUS_ORDER = ("perlu_perbaikan", "siap_kirim", "terkirim", "diterima", "diverifikasi", "ditolak", "terhapus")
TOP_GROUPS = 12


@dataclass
class OverviewData:
    programme: Programme
    status: dict[str, int] = field(default_factory=dict)  # status_counts (+ terhapus, peringatan)
    occupation: dict[str, int] = field(default_factory=dict)
    sex: dict[str, int] = field(default_factory=dict)
    age_bands: dict[str, int] = field(default_factory=dict)
    dusun: dict[str, int] = field(default_factory=dict)
    rt: dict[str, int] = field(default_factory=dict)  # 'RT 001 / RW 002' -> n
    desa: dict[str, int] = field(default_factory=dict)  # district: desa code -> n
    budget_lines: list[budget.BudgetLine] = field(default_factory=list)
    computed_at: datetime = field(default_factory=datetime.now)

    @property
    def active(self) -> int:
        return sum(v for k, v in self.status.items() if k not in ("terhapus", "peringatan"))

    @property
    def participants(self) -> int:
        return budget.total_participants(self.budget_lines)

    @property
    def budget_total(self) -> int:
        return budget.total(self.budget_lines)


def age_band(age: int | None) -> str:
    if age is None:
        return AGE_UNKNOWN
    for key, low, high in AGE_BANDS:
        if (low is None or age >= low) and (high is None or age <= high):
            return key
    return AGE_UNKNOWN


_AGE_SQL = text(
    """
    SELECT CASE WHEN birth_date IS NULL THEN NULL ELSE
        CAST(strftime('%Y', ref) AS INTEGER) - CAST(strftime('%Y', birth_date) AS INTEGER)
        - (strftime('%m-%d', ref) < strftime('%m-%d', birth_date)) END AS age,
        count(*) AS n
    FROM (SELECT birth_date, COALESCE(coverage_start, :start) AS ref FROM persons
          WHERE deleted_at IS NULL AND (:desa = '' OR desa_code = :desa))
    GROUP BY age
    """
)


def age_band_counts(session: Any, desa_code: str, coverage_start: date) -> dict[str, int]:
    """Active records per age band; the age is taken on the record's coverage start date (or
    the programme's, when the record has none)."""
    out = {key: 0 for key, _, _ in AGE_BANDS}
    out[AGE_UNKNOWN] = 0
    for age, n in session.execute(_AGE_SQL, {"start": coverage_start.isoformat(), "desa": desa_code or ""}):
        out[age_band(None if age is None else int(age))] += int(n)
    return out


def rt_counts(session: Any, desa_code: str) -> dict[str, int]:
    stmt = (
        select(PersonRow.rt, PersonRow.rw, func.count())
        .where(PersonRow.deleted_at.is_(None))
        .group_by(PersonRow.rt, PersonRow.rw)
    )
    if desa_code:
        stmt = stmt.where(PersonRow.desa_code == desa_code)
    out: dict[str, int] = {}
    for rt, rw, n in session.execute(stmt):
        rt, rw = (rt or "").strip(), (rw or "").strip()
        key = f"RT {rt or '-'} / RW {rw or '-'}" if rt or rw else ""
        out[key] = out.get(key, 0) + int(n)
    return out


class _Slot:
    """The few fields ``budget.estimate`` reads, for one SQL group."""

    __slots__ = ("funding_source", "coverage_start", "coverage_end", "income", "programme", "deleted")

    def __init__(self, funding: str, start: date | None, end: date | None) -> None:
        self.funding_source = funding or ""
        self.coverage_start = start
        self.coverage_end = end
        self.income = None
        self.programme = ""
        self.deleted = False


def budget_lines(session: Any, desa_code: str, programme: Programme) -> list[budget.BudgetLine]:
    """Budget by funding source and coverage period for active records not rejected by the district."""
    stmt = (
        select(PersonRow.funding_source, PersonRow.coverage_start, PersonRow.coverage_end, func.count())
        .where(PersonRow.deleted_at.is_(None), PersonRow.status != "ditolak")
        .group_by(PersonRow.funding_source, PersonRow.coverage_start, PersonRow.coverage_end)
    )
    if desa_code:
        stmt = stmt.where(PersonRow.desa_code == desa_code)
    groups = [(_Slot(f, s, e), int(n)) for f, s, e, n in session.execute(stmt)]

    def expand() -> Iterator[_Slot]:
        for slot, n in groups:
            for _ in range(n):
                yield slot

    return budget.estimate(
        expand(), rate=programme.rate, default_start=programme.coverage_start, default_end=programme.coverage_end
    )


def compute_overview(app: App) -> OverviewData:
    """Every number of the Ringkasan tab (runs in a worker thread; opens its own session)."""
    programme = app.programme()
    desa = app.desa_code or ""
    with app.db.read() as s:
        data = OverviewData(programme=programme)
        data.status = repo.status_counts(s, desa or None)
        data.occupation = repo.counts_by(s, "occupation", desa or None)
        data.sex = repo.counts_by(s, "sex", desa or None)
        data.age_bands = age_band_counts(s, desa, programme.coverage_start)
        if app.profile.is_desa:
            data.dusun = repo.counts_by(s, "dusun", desa or None)
            data.rt = rt_counts(s, desa)
        else:
            data.desa = repo.counts_by(s, "desa_code", None)
        data.budget_lines = budget_lines(s, desa, programme)
    return data
