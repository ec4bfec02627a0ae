from __future__ import annotations

import threading
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core import regions
from desktop_app.core.regions import DesaHit, Region


def test_counts_match_kepmendagri_2025():
    assert len(regions.provinces()) == 38
    kabs = [k for p in regions.provinces() for k in regions.kabupaten_of(p.code)]
    assert len(kabs) == 514
    assert regions.desa_count() == 83_762


def test_get_levels_and_parents():
    assert regions.get("35") == Region("35", "Jawa Timur", "provinsi", "")
    assert regions.get("3503") == Region("35.03", "Kabupaten Trenggalek", "kabupaten", "35")
    assert regions.get("35.03") == regions.get("3503")
    kec = regions.get("350301")
    assert kec == Region("35.03.01", "Panggul", "kecamatan", "35.03")
    desa = regions.get("3503012001")
    assert desa == Region("35.03.01.2001", "Besuki", "desa", "35.03.01")
    assert regions.get(" 35.03.01.2001 ") == desa


@pytest.mark.parametrize(
    "code", ["", "3", "999", "99", "35.99", "3503012999", "abc", None, 3.5, "35.03.01.20011"]
)
def test_get_unknown_or_invalid(code):
    assert regions.get(code) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("35", "35"),
        ("3503", "35.03"),
        ("350301", "35.03.01"),
        ("3503012001", "35.03.01.2001"),
        ("35.03.01.2001", "35.03.01.2001"),
        (" 35 03 01 2001 ", "35.03.01.2001"),
        ("35-03-01-2001", "35.03.01.2001"),
        (3503012001, "35.03.01.2001"),  # a number cell: region codes never start with 0
    ],
)
def test_normalize_code(text, expected):
    assert regions.normalize_code(text) == expected


@pytest.mark.parametrize(
    "text", ["", "3", "350", "35030120011", "35.3.01", "35.03.01.201", "ab", "35.03.01.2001.1", None]
)
def test_normalize_code_rejects(text):
    with pytest.raises(ValueError, match="Kode wilayah"):
        regions.normalize_code(text)


def test_children():
    kabs = regions.kabupaten_of("35")
    assert len(kabs) == 38
    assert all(k.level == "kabupaten" and k.parent_code == "35" for k in kabs)
    assert [k.code for k in kabs] == sorted(k.code for k in kabs)
    kecs = regions.kecamatan_of("35.03")
    assert len(kecs) == 14
    assert kecs[0] == Region("35.03.01", "Panggul", "kecamatan", "35.03")
    assert {k.name for k in kecs} >= {"Panggul", "Munjungan", "Trenggalek", "Durenan"}
    desa = regions.desa_of("350301")
    assert len(desa) == 17
    assert desa[0].name == "Besuki" and desa[0].level == "desa"
    assert regions.kecamatan_of("35") == []  # wrong level
    assert regions.desa_of("bogus") == []
    assert regions.kabupaten_of("99") == []


def test_trenggalek_has_152_desa_and_5_kelurahan():
    # Trenggalek's desk session: 152 desa + 5 kelurahan (DOMAIN.md)
    kinds = [regions.desa_kind(d.code) for k in regions.kecamatan_of("3503") for d in regions.desa_of(k.code)]
    assert kinds.count("desa") == 152
    assert kinds.count("kelurahan") == 5


def test_desa_kind():
    assert regions.desa_kind("35.71.01.1001") == "kelurahan"
    assert regions.desa_kind("35.03.01.2001") == "desa"
    assert regions.desa_kind("91.03.01.3007") == "desa adat"


def test_describe():
    assert regions.describe("3503012001") == "Desa Besuki, Kec. Panggul, Kab. Trenggalek, Prov. Jawa Timur"
    assert regions.describe("35.03.01") == "Kec. Panggul, Kab. Trenggalek, Prov. Jawa Timur"
    assert regions.describe("35.03") == "Kab. Trenggalek, Prov. Jawa Timur"
    assert regions.describe("35") == "Prov. Jawa Timur"
    assert regions.describe("35.71.01.1001").startswith("Kel. ")
    assert ", Kota Kediri, " in regions.describe("35.71.01.1001")
    assert regions.describe("91.03.01.3007") == "Desa Adat Yoboi, Distrik Sentani, Kab. Jayapura, Prov. Papua"
    assert regions.describe("91.01.01") == ""
    assert regions.describe("junk") == ""


def test_prefix_helpers():
    assert regions.is_known_prefix("350301")
    assert regions.is_known_prefix("35.03.01")
    assert regions.is_known_prefix("917101")  # Kota Jayapura kept its code
    assert not regions.is_known_prefix("910101")  # Merauke before 2022
    assert not regions.is_known_prefix("350399")
    assert not regions.is_known_prefix("35030")
    assert not regions.is_known_prefix(None)
    assert regions.province_exists("35")
    assert regions.province_exists("96")
    assert not regions.province_exists("03")
    assert not regions.province_exists("00")
    assert not regions.province_exists(35)


def test_search_sukamaju():
    hits = regions.search_desa("sukamaju", limit=100)
    assert len(hits) > 10
    assert all(isinstance(h, DesaHit) for h in hits)
    assert all("sukamaju" in h.name.lower() for h in hits)
    exact = [h for h in hits if h.name == "Sukamaju"]
    assert exact and hits[: len(exact)] == exact  # exact names first
    assert all(h.kecamatan and h.kabupaten and h.provinsi for h in hits)
    assert len({h.kabupaten for h in hits}) > 5
    first = hits[0]
    assert regions.get(first.code).name == first.name
    assert first.kind in ("desa", "kelurahan", "desa adat")


def test_search_prefix_before_substring():
    hits = regions.search_desa("maju", limit=200)
    names = [h.name.lower() for h in hits]
    first_non_prefix = next(i for i, n in enumerate(names) if not n.startswith("maju"))
    assert all(not n.startswith("maju") for n in names[first_non_prefix:])
    assert first_non_prefix > 0


def test_search_case_and_prefix_words():
    assert regions.search_desa("SUKAMAJU", limit=5) == regions.search_desa("sukamaju", limit=5)
    assert [h.name for h in regions.search_desa("desa besuki", limit=3)][0] == "Besuki"
    adat = regions.search_desa("Desa Adat", limit=5)
    assert adat and all(h.name.startswith("Desa Adat") for h in adat)
    assert regions.search_desa("", limit=5) == []
    assert regions.search_desa("   ") == []
    assert regions.search_desa("zzzzqqq") == []
    assert regions.search_desa(None) == []
    assert regions.search_desa("a", limit=0) == []
    assert len(regions.search_desa("a", limit=7)) == 7


def test_search_is_fast_after_warm_up():
    regions.warm_up()
    worst = 0.0
    for q in ("sukamaju", "a", "ng", "jaya", "zzzz", "kampung baru", "desa adat", "rejo", "e"):
        start = time.perf_counter()
        regions.search_desa(q)
        worst = max(worst, time.perf_counter() - start)
    assert worst < 0.05


def test_thread_safe_first_use():
    results: list[int] = []

    def work():
        results.append(len(regions.search_desa("sari", limit=20)))

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [20] * 8


@given(st.text(max_size=30))
def test_search_and_lookups_never_raise(text):
    regions.search_desa(text, limit=5)
    regions.get(text)
    regions.describe(text)
    regions.is_known_prefix(text)
    try:
        regions.normalize_code(text)
    except ValueError:
        pass
