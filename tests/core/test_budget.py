"""Budget maths: the published figures must come out exactly."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.budget import (
    RATE_JKK_JKM,
    BudgetLine,
    estimate,
    format_rupiah,
    monthly_contribution,
    months_between,
    total,
    total_participants,
)
from desktop_app.core.person import Person

Y = 2025


def people(n: int, **kw) -> list[Person]:
    return [Person(**kw) for _ in range(n)]


def test_rate_is_jkk_plus_jkm():
    assert RATE_JKK_JKM == 16_800 == 10_000 + 6_800
    assert monthly_contribution() == RATE_JKK_JKM


def test_ppu_2025_figure():
    """PPU 2025: 15,000 participants x 12 months -> Rp3,024,000,000 (Rp3.024 miliar)."""
    lines = estimate(people(15_000, funding_source="apbd_kabupaten"),
                     default_start=date(Y, 1, 1), default_end=date(Y, 12, 31))
    assert lines == [BudgetLine("apbd_kabupaten", date(Y, 1, 1), date(Y, 12, 31), 15_000, 12, 16_800, 3_024_000_000)]
    assert total(lines) == 3_024_000_000
    assert format_rupiah(total(lines)) == "Rp3.024.000.000"


def test_lumajang_dbhcht_figure():
    """Lumajang DBHCHT: 5,606 participants x 7 months -> Rp659,265,600."""
    persons = people(5_606, funding_source="dbhcht", occupation="petani_tembakau",
                     coverage_start=date(Y, 6, 1), coverage_end=date(Y, 12, 31))
    lines = estimate(persons)
    assert [(ln.participants, ln.months, ln.amount) for ln in lines] == [(5_606, 7, 659_265_600)]
    assert format_rupiah(total(lines)) == "Rp659.265.600"


def test_trenggalek_10000_for_12_months():
    lines = estimate(people(10_000), default_start=date(Y, 1, 1), default_end=date(Y, 12, 31))
    assert total(lines) == 10_000 * 12 * 16_800 == 2_016_000_000


@pytest.mark.parametrize(
    "start, end, months",
    [
        (date(Y, 1, 1), date(Y, 12, 31), 12),
        (date(Y, 4, 1), date(Y, 12, 31), 9),
        (date(Y, 6, 1), date(Y, 12, 31), 7),
        (date(Y, 7, 1), date(Y, 12, 31), 6),
        (date(Y, 1, 1), date(Y, 1, 31), 1),
        (date(Y, 1, 15), date(Y, 1, 15), 1),
        (date(Y, 12, 1), date(Y + 1, 2, 28), 3),
        (date(Y, 5, 1), date(Y, 4, 30), 0),  # end before start
    ],
)
def test_months_between(start, end, months):
    assert months_between(start, end) == months


@given(st.dates(), st.dates())
def test_months_between_is_never_negative(a, b):
    m = months_between(a, b)
    assert m >= 0
    if a <= b:
        assert m >= 1


def test_estimate_groups_by_funding_and_period_and_skips_deleted():
    kab = dict(funding_source="apbd_kabupaten")
    persons = [
        *people(3, **kab),  # default period
        *people(2, **kab, coverage_start=date(Y, 4, 1), coverage_end=date(Y, 12, 31)),
        *people(4, funding_source="dbhcht", coverage_start=date(Y, 6, 1), coverage_end=date(Y, 12, 31)),
        *people(1, funding_source="apbd_provinsi"),
        *people(5, **kab, deleted_at=datetime(Y, 2, 1)),  # tombstones do not count
    ]
    lines = estimate(persons, default_start=date(Y, 1, 1), default_end=date(Y, 12, 31))
    assert [(ln.funding_source, ln.coverage_start.month, ln.participants, ln.months) for ln in lines] == [
        ("apbd_kabupaten", 1, 3, 12),
        ("apbd_kabupaten", 4, 2, 9),
        ("apbd_provinsi", 1, 1, 12),
        ("dbhcht", 6, 4, 7),
    ]
    assert all(ln.amount == ln.participants * ln.months * ln.rate for ln in lines)
    assert total_participants(lines) == 10
    assert total(lines) == 16_800 * (3 * 12 + 2 * 9 + 12 + 4 * 7)


def test_estimate_without_any_period_shows_a_zero_line():
    lines = estimate(people(2, funding_source=""))
    assert lines == [BudgetLine("", None, None, 2, 0, 16_800, 0)]
    assert estimate([]) == []


def test_estimate_custom_rate_and_income_based():
    persons = [Person(income=1_000_000), Person(income=2_000_000), Person(income=2_000_000, programme="jkk_jkm_jht")]
    period = dict(default_start=date(Y, 1, 1), default_end=date(Y, 12, 31))
    assert total(estimate(persons, rate=20_000, **period)) == 3 * 12 * 20_000
    lines = estimate(persons, rate=None, **period)
    assert sorted(ln.rate for ln in lines) == [16_800, 26_800, 66_800]


@pytest.mark.parametrize(
    "income, programme, expected",
    [
        (1_000_000, "jkk_jkm", 16_800),
        (500_000, "jkk_jkm", 16_800),  # JKK minimum Rp10,000
        (2_000_000, "jkk_jkm", 26_800),
        (1_000_000, "jkk_jkm_jht", 36_800),  # + JHT 2%
        (None, "jkk_jkm", 16_800),
    ],
)
def test_monthly_contribution(income, programme, expected):
    assert monthly_contribution(income, programme) == expected


@pytest.mark.parametrize(
    "n, text",
    [
        (16_800, "Rp16.800"),
        (0, "Rp0"),
        (999, "Rp999"),
        (1_000, "Rp1.000"),
        (659_265_600, "Rp659.265.600"),
        (3_024_000_000, "Rp3.024.000.000"),
        (-16_800, "-Rp16.800"),
        (16_800.4, "Rp16.800"),
        (16_800.5, "Rp16.801"),
        (None, ""),
        (float("nan"), ""),
    ],
)
def test_format_rupiah(n, text):
    assert format_rupiah(n) == text
