"""Payment batches ("kode iuran"): months counted per person, the batch code scheme.

Months are whole calendar months, as BPJS bills them: a person is counted for every month of the
batch period that their own coverage period touches (a coverage starting in April counts from
April, one ending in September up to September). A month is an integer ``year * 12 + month - 1``
so that ranges compare and subtract simply.
"""

from __future__ import annotations

import re
from datetime import date

__all__ = [
    "FUNDING_CODES",
    "batch_code",
    "month_index",
    "month_label",
    "months_for",
    "overlap",
    "parse_code",
    "parse_month",
    "period_dates",
]

# the short word of each funding source in a batch code (KI-3503-2026-APBD-001)
FUNDING_CODES: dict[str, str] = {
    "apbd_kabupaten": "APBD",
    "apbd_provinsi": "APBDPROV",
    "dbhcht": "DBHCHT",
    "dbh_sawit": "DBHSAWIT",
    "apbdes": "APBDES",
}
_CODE = re.compile(r"^KI-(\d{4})-(\d{4})-([A-Z]+)-(\d{3,})$")
_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")


def month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def month_label(index: int) -> str:
    """202x*12+m-1 -> 'YYYY-MM'."""
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def parse_month(text: str) -> int:
    """'2026-04' -> month index; ValueError for anything else."""
    m = _MONTH.match(str(text))
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise ValueError(text)
    return int(m.group(1)) * 12 + int(m.group(2)) - 1


def period_dates(first: int, last: int) -> tuple[date, date]:
    """First day of the first month, last day of the last month."""
    start = date(first // 12, first % 12 + 1, 1)
    after = last + 1
    end = date.fromordinal(date(after // 12, after % 12 + 1, 1).toordinal() - 1)
    return start, end


def overlap(a: tuple[int, int], b: tuple[int, int]) -> tuple[int, int] | None:
    first, last = max(a[0], b[0]), min(a[1], b[1])
    return (first, last) if first <= last else None


def months_for(coverage_start: date | None, coverage_end: date | None, period: tuple[int, int],
               default: tuple[date, date]) -> tuple[int, int] | None:
    """The months of ``period`` this person is paid for: their own coverage (or the programme's
    default period where theirs is not filled in) cut to the batch period; None when they do not meet."""
    start = coverage_start or default[0]
    end = coverage_end or default[1]
    if end < start:
        return None
    return overlap((month_index(start), month_index(end)), period)


def batch_code(kabupaten_code: str, year: int, funding_source: str, sequence: int) -> str:
    """'35.03', 2026, 'apbd_kabupaten', 1 -> 'KI-3503-2026-APBD-001'."""
    region = kabupaten_code.replace(".", "")[:4]
    word = FUNDING_CODES.get(funding_source, re.sub(r"[^A-Z]", "", funding_source.upper())[:10] or "LAIN")
    return f"KI-{region}-{year:04d}-{word}-{sequence:03d}"


def parse_code(code: str) -> tuple[str, int, str, int] | None:
    """'KI-3503-2026-APBD-001' -> ('3503', 2026, 'APBD', 1); None for another shape."""
    m = _CODE.match(str(code).strip().upper())
    if not m:
        return None
    return m.group(1), int(m.group(2)), m.group(3), int(m.group(4))
