from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.issues import Severity
from desktop_app.core.kk import kk_problems, parse_kk

VALID_KK = "3503011203150002"  # Panggul, issued 12-03-2015


@pytest.mark.parametrize(
    "raw", ["", None, "   ", VALID_KK, "'3503.01.120315.0002", " 3503-0112-0315-0002 ", "9101011203150002"]
)
def test_no_issue(raw):
    assert parse_kk(raw) == []


def test_day_over_40_is_not_a_kk_rule():
    issues = parse_kk("3503015203150002")
    assert [i.code for i in issues] == ["kk.format"]
    assert "520315" in issues[0].params["reason"]


@pytest.mark.parametrize(
    "raw, fragment",
    [
        ("123", "harus 16 angka (terisi 3 angka)"),
        ("35030112031500021", "terisi 17 angka"),
        ("350301120315000X", "terisi 15 angka"),
        ("0503011203150002", "kode provinsi 05 tidak dikenal"),
        ("3500011203150002", "kabupaten atau kecamatan 00"),
        ("3503010003150002", "bagian tanggal terbit (000315)"),
        ("3503013203150002", "bagian tanggal terbit (320315)"),
        ("3503011213150002", "bagian tanggal terbit (121315)"),
        ("3503013002150002", "bagian tanggal terbit (300215)"),
        ("3503012902150002", "bagian tanggal terbit (290215)"),
        ("3503011203150000", "nomor urut 0000"),
        ("3,50301E+15", "Excel"),
    ],
)
def test_reasons(raw, fragment):
    issues = parse_kk(raw)
    assert len(issues) == 1
    issue = issues[0]
    assert issue.code == "kk.format"
    assert issue.field == "kk_number"
    assert issue.severity is Severity.WARNING
    assert fragment in issue.params["reason"]
    assert fragment in issue.message()


def test_29_february_2000_is_fine():
    assert parse_kk("3503012902000002") == []


def test_number_cell():
    assert "Excel" in parse_kk(3503011203150002)[0].params["reason"]
    assert "Excel" in parse_kk(3503011203150002.0)[0].params["reason"]


def test_several_reasons_in_one_issue():
    reasons = kk_problems("0000000000000000")
    assert len(reasons) == 3
    issues = parse_kk("0000000000000000")
    assert len(issues) == 1
    assert issues[0].params["reason"] == "; ".join(reasons)


@given(
    st.one_of(
        st.none(),
        st.text(),
        st.text(alphabet="0123456789 .-'"),
        st.integers(),
        st.floats(),
        st.decimals(),
        st.just(Decimal("sNaN")),
    )
)
def test_never_raises(raw):
    issues = parse_kk(raw)
    assert len(issues) <= 1
    assert all(i.code == "kk.format" for i in issues)
