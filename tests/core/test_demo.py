"""Synthetic village records: deterministic, consistent, and with the usual share of problems."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from desktop_app.core import demo
from desktop_app.core.normalize import normalize_name, normalize_phone
from desktop_app.core.person import (
    TOBACCO_OCCUPATIONS,
    DataSource,
    FundingSource,
    Occupation,
    Person,
    Programme,
)

try:  # the NIK decoder of desktop_app.core.nik when it is there; a local decoder otherwise
    from desktop_app.core.nik import parse_nik
except ImportError:  # pragma: no cover
    parse_nik = None

TODAY = date(2025, 6, 1)
DESA = "35.03.01.2001"  # Desa Besuki, Kec. Panggul, Kab. Trenggalek


@pytest.fixture(scope="module")
def rows() -> list[tuple[Person, str]]:
    return demo.generate_with_labels(DESA, 4000, seed=11, today=TODAY)


def nik_date_sex(nik: str) -> tuple[date | None, str]:
    """The birth date and sex encoded in a 16-digit NIK (century: not after TODAY)."""
    if parse_nik is not None:
        info = parse_nik(nik, today=TODAY)
        return info.birth_date, info.sex
    day, month, yy = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    sex = "P" if day > 40 else "L"
    day -= 40 if day > 40 else 0
    for year in (2000 + yy, 1900 + yy):
        d = date(year, month, day)
        if d <= TODAY:
            return d, sex
    return None, ""  # pragma: no cover


def age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def test_deterministic():
    a = demo.generate(DESA, 300, seed=5, today=TODAY)
    b = demo.generate(DESA, 300, seed=5, today=TODAY)
    c = demo.generate(DESA, 300, seed=6, today=TODAY)
    assert [p.to_json() for p in a] == [p.to_json() for p in b]
    assert [p.nik for p in a] != [p.nik for p in c]


def test_count_and_ids(rows):
    assert len(rows) == 4000
    assert len({p.id for p, _ in rows}) == 4000
    assert demo.generate(DESA, 0) == []
    assert len(demo.generate(DESA, 1, today=TODAY)) == 1


@pytest.mark.parametrize("bad", ["35.03.01", "3503012001", "35.03.01.20011", "", "xx.03.01.2001"])
def test_rejects_malformed_desa_code(bad):
    with pytest.raises(ValueError):
        demo.generate(bad, 5)


def test_unknown_but_well_formed_code_still_works():
    persons = demo.generate("99.99.99.2999", 50, seed=1, today=TODAY)
    assert len(persons) == 50
    assert all(p.birth_place for p in persons)


def test_clean_records_are_consistent(rows):
    clean = [p for p, kind in rows if not kind]
    own = 0
    kab = DESA[:5].replace(".", "")
    for p in clean:
        assert p.desa_code == DESA
        assert len(p.nik) == 16 and p.nik.isdigit() and not p.nik_from_number
        born, sex = nik_date_sex(p.nik)
        assert born == p.birth_date, p
        assert sex == p.sex
        assert p.nik.startswith(kab)
        own += p.nik.startswith(DESA[:8].replace(".", ""))
        assert p.nik[12:] != "0000"
        if parse_nik is not None:
            assert parse_nik(p.nik, today=TODAY).valid, p.nik
        assert 18 <= age(p.birth_date, TODAY) <= 65
        assert len(p.kk_number) == 16 and p.kk_number.startswith(DESA[:8].replace(".", ""))
        name, title = normalize_name(p.full_name)
        assert name == p.full_name and title == ""
        assert p.name_title in ("", "H.", "Hj.")
        assert p.sex in ("L", "P")
        assert p.phone == "" or normalize_phone(p.phone) == (p.phone, True)
        assert p.address == f"DUSUN {p.dusun}"
        assert len(p.rt) == 3 and len(p.rw) == 3
        assert p.occupation in {o.value for o in Occupation}
        assert (p.occupation == "lainnya") == bool(p.occupation_other)
        assert p.funding_source in {f.value for f in FundingSource}
        if p.funding_source == "dbhcht":
            assert p.occupation in TOBACCO_OCCUPATIONS
        assert p.data_source in {d.value for d in DataSource}
        assert p.programme in {pr.value for pr in Programme}
        assert p.coverage_start.year == TODAY.year and p.coverage_end == date(TODAY.year, 12, 31)
    share_own = own / len(clean)
    assert 0.8 < share_own < 0.95  # some NIKs come from other kecamatan of the kabupaten


def test_niks_are_unique(rows):
    niks = [p.nik for p, kind in rows if kind != "nik_excel_number"]
    assert len(niks) == len(set(niks))


def test_mix_looks_like_a_village(rows):
    persons = [p for p, _ in rows]
    occupations = Counter(p.occupation for p in persons)
    assert occupations.most_common(1)[0][0] == "petani"
    for code in ("petani", "petani_tembakau", "nelayan", "pedagang", "ojek", "buruh_harian_lepas", "pekerja_keagamaan"):
        assert occupations[code] > 0, code
    funding = Counter(p.funding_source for p in persons)
    assert funding.most_common(1)[0][0] == "apbd_kabupaten"
    assert funding["dbhcht"] > 0
    assert Counter(p.data_source for p in persons).keys() >= {"dtks", "dtsen", "usulan_desa"}
    sexes = Counter(p.sex for p in persons)
    assert 0.3 < sexes["P"] / len(persons) < 0.55
    first_names = Counter(p.full_name.split()[0] for p in persons)
    assert {"MUHAMMAD", "SITI", "SRI"} <= first_names.keys()
    assert len({p.full_name for p in persons}) > 1000
    assert sum(1 for p in persons if p.name_title) > 0
    phones = [p.phone for p in persons if p.phone]
    assert len(phones) / len(persons) > 0.8


def test_problem_share_and_kinds(rows):
    kinds = Counter(kind for _, kind in rows if kind)
    share = sum(kinds.values()) / len(rows)
    assert 0.08 <= share <= 0.12
    assert set(kinds) == set(demo.PROBLEM_KINDS)


def test_each_problem_shows_what_validation_must_catch(rows):
    persons = {p.id: p for p, _ in rows}
    for p, kind in rows:
        if not kind:
            continue
        if kind == "nik_birthdate_mismatch":
            born, _ = nik_date_sex(p.nik)
            assert born is not None and born != p.birth_date
            assert sum(a != b for a, b in zip(p.nik[6:12], _nik_part(p), strict=True)) == 1
        elif kind == "nik_excel_number":
            assert p.nik_from_number and len(p.nik) == 16 and p.nik.endswith("0")
        elif kind == "nik_15_digits":
            assert len(p.nik) == 15 and p.nik.isdigit()
        elif kind == "nik_sementara":
            assert len(p.nik) == 16 and p.nik.startswith("0")
        elif kind == "duplicate_variant":
            first = p.full_name.split()[0]
            assert first not in ("MUHAMMAD", "AHMAD", "SITI", "ABDUL")
            twins = [q for q in persons.values() if q.id != p.id and q.birth_date == p.birth_date
                     and q.full_name.split()[1:] == p.full_name.split()[1:]]
            assert twins, p
        elif kind == "landline_phone":
            number, mobile = normalize_phone(p.phone)
            assert number and not mobile
        elif kind == "nik_sex_mismatch":
            assert p.sex == "P" and nik_date_sex(p.nik)[1] == "L"
            assert nik_date_sex(p.nik)[0] == p.birth_date
        elif kind == "age_window":
            a = age(p.birth_date, TODAY)
            assert a < 18 or a > 65
            assert nik_date_sex(p.nik)[0] == p.birth_date
        elif kind == "birthdate_missing":
            assert p.birth_date is None and len(p.nik) == 16


def _nik_part(p: Person) -> str:
    d = p.birth_date
    return f"{d.day + (40 if p.sex == 'P' else 0):02d}{d.month:02d}{d.year % 100:02d}"


def test_problem_records_produce_their_issue_codes(rows):
    validation = pytest.importorskip("desktop_app.core.validation")
    expected = {
        "nik_birthdate_mismatch": "nik.birthdate_mismatch",
        "nik_excel_number": "nik.excel_number",
        "nik_15_digits": "nik.format",
        "nik_sementara": "nik.province",
        "landline_phone": "phone.format",
        "nik_sex_mismatch": "nik.sex_mismatch",
        "age_window": "age.window",
        # birthdate_missing: no issue while the NIK is valid, the date is derivable from it
    }
    ctx_cls = getattr(validation, "ValidationContext", None)
    ctx = ctx_cls(today=TODAY) if ctx_cls is not None and _accepts_today(ctx_cls) else None
    for p, kind in rows[:1500]:
        if kind in expected:
            codes = {i.code for i in validation.validate(p, ctx)}
            assert expected[kind] in codes, (kind, codes)


def _accepts_today(cls) -> bool:
    import dataclasses
    import inspect

    if dataclasses.is_dataclass(cls):
        return "today" in {f.name for f in dataclasses.fields(cls)}
    return "today" in inspect.signature(cls).parameters
