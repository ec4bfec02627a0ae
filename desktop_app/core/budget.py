"""Budget maths for the BPJS Ketenagakerjaan contribution paid by the pemda.

``participants x months x Rp16,800`` (JKK Rp10,000 on the minimum income of Rp1,000,000 plus JKM
Rp6,800) reproduces the published budgets exactly: PPU 2025, 15,000 x 12 -> Rp3,024,000,000;
Lumajang DBHCHT, 5,606 x 7 -> Rp659,265,600. The rate is a setting (the district's config
package carries it); :func:`monthly_contribution` gives the income-based figure for a person.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from .person import DEFAULT_INCOME, FundingSource, Person, Programme

__all__ = [
    "JKK_MIN",
    "JKK_RATE",
    "JHT_RATE",
    "JKM_FLAT",
    "RATE_JKK_JKM",
    "BudgetLine",
    "estimate",
    "format_rupiah",
    "monthly_contribution",
    "months_between",
    "total",
    "total_participants",
]

RATE_JKK_JKM = 16_800  # Rp per person per month: JKK 10,000 + JKM 6,800
JKK_RATE = 0.01  # of declared monthly income
JKK_MIN = 10_000
JKM_FLAT = 6_800
JHT_RATE = 0.02


def months_between(start: date, end: date) -> int:
    """Calendar months from ``start`` to ``end``, both included (Jan..Dec = 12, Apr..Dec = 9).

    Contributions are monthly: a month counts once the coverage touches it. 0 when ``end`` is
    before ``start``.
    """
    if end < start:
        return 0
    return (end.year - start.year) * 12 + (end.month - start.month) + 1


def monthly_contribution(income: int | None = DEFAULT_INCOME, programme: str = Programme.JKK_JKM.value) -> int:
    """Rp per month for one BPU participant: JKK 1% of income (at least Rp10,000) + JKM Rp6,800,
    plus JHT 2% of income for ``jkk_jkm_jht``. Income Rp1,000,000 gives Rp16,800."""
    base = income if isinstance(income, int) and income > 0 else DEFAULT_INCOME
    amount = max(JKK_MIN, _round_rupiah(base * JKK_RATE)) + JKM_FLAT
    if programme == Programme.JKK_JKM_JHT.value:
        amount += _round_rupiah(base * JHT_RATE)
    return amount


def _round_rupiah(x: float) -> int:
    return int(math.floor(x + 0.5))


@dataclass(frozen=True, slots=True)
class BudgetLine:
    funding_source: str  # person.FundingSource value, "" when not filled in
    coverage_start: date | None
    coverage_end: date | None
    participants: int
    months: int
    rate: int  # Rp per person per month
    amount: int  # participants x months x rate


_FUNDING_ORDER = {f.value: i for i, f in enumerate(FundingSource)}


def estimate(
    persons: Iterable[Person],
    *,
    rate: int | None = RATE_JKK_JKM,
    default_start: date | None = None,
    default_end: date | None = None,
) -> list[BudgetLine]:
    """Budget lines grouped by funding source and coverage period; deleted persons excluded.

    A person without a coverage start/end uses ``default_start``/``default_end`` (the programme
    year). Where neither gives a period, the person is counted on a line with 0 months and Rp0, so
    the operator sees who still lacks a period. ``rate=None`` uses each person's
    :func:`monthly_contribution` (income and programme) and splits lines by rate.
    Lines are ordered by funding source (as in ``FundingSource``), then period.
    """
    groups: dict[tuple[str, date | None, date | None, int], int] = defaultdict(int)
    for p in persons:
        if p.deleted:
            continue
        start = p.coverage_start or default_start
        end = p.coverage_end or default_end
        if start is None or end is None:
            start = end = None
        r = rate if rate is not None else monthly_contribution(p.income, p.programme)
        groups[(p.funding_source or "", start, end, r)] += 1
    lines: list[BudgetLine] = []
    for (source, start, end, r), count in groups.items():
        months = months_between(start, end) if start is not None and end is not None else 0
        lines.append(BudgetLine(source, start, end, count, months, r, count * months * r))
    lines.sort(
        key=lambda ln: (
            _FUNDING_ORDER.get(ln.funding_source, len(_FUNDING_ORDER)),
            ln.funding_source,
            ln.coverage_start or date.max,
            ln.coverage_end or date.max,
            ln.rate,
        )
    )
    return lines


def total(lines: Iterable[BudgetLine]) -> int:
    return sum(line.amount for line in lines)


def total_participants(lines: Iterable[BudgetLine]) -> int:
    return sum(line.participants for line in lines)


def format_rupiah(amount: int | float | None) -> str:
    """``16800`` -> ``"Rp16.800"``; dot thousands, no decimals (rounded), ``-Rp...`` below zero,
    ``""`` for None or a non-finite number."""
    if amount is None or isinstance(amount, bool):
        return ""
    if isinstance(amount, float):
        if not math.isfinite(amount):
            return ""
        amount = _round_rupiah(amount)
    n = int(amount)
    sign = "-" if n < 0 else ""
    return f"{sign}Rp{abs(n):,}".replace(",", ".")
