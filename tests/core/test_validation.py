from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.issues import CATALOG, Severity
from desktop_app.core.person import Person
from desktop_app.core.validation import ValidationContext, age_on, is_mobile_phone, validate

TODAY = date(2025, 6, 1)
NIK = "3503014512850002"  # woman, 05-12-1985, Kec. Panggul


def good_person(**changes) -> Person:
    base = Person(
        id="p1",
        desa_code="35.03.01.2001",
        nik=NIK,
        kk_number="3503011203150002",
        full_name="Siti Aminah",
        birth_date=date(1985, 12, 5),
        sex="P",
        phone="0812-3456-7890",
        occupation="petani",
        funding_source="apbd_kabupaten",
        coverage_start=date(2025, 1, 1),
        coverage_end=date(2025, 12, 31),
    )
    return base.copy(**changes)


def ctx(**kw) -> ValidationContext:
    kw.setdefault("today", TODAY)
    return ValidationContext(**kw)


def codes(person: Person, context: ValidationContext | None = None) -> list[str]:
    return [i.code for i in validate(person, context or ctx())]


def test_clean_record_has_no_issues():
    assert validate(good_person(), ctx()) == []


def test_default_context():
    assert validate(good_person()) == []


# --------------------------------------------------------------------------- NIK


@pytest.mark.parametrize(
    "nik, code",
    [
        ("", "nik.missing"),
        ("1234", "nik.format"),
        ("3,50305E+15", "nik.excel_number"),
        ("0303014512850002", "nik.province"),
        ("3500014512850002", "nik.region_zero"),
        ("3503017512850002", "nik.birthdate"),
        ("3503014512850000", "nik.serial"),
    ],
)
def test_nik_errors(nik, code):
    issues = validate(good_person(nik=nik), ctx())
    assert code in [i.code for i in issues]
    assert any(i.severity is Severity.ERROR for i in issues)


def test_nik_from_number_flag():
    assert codes(good_person(nik_from_number=True)) == ["nik.excel_number"]


def test_nik_region_unknown_warning():
    issues = validate(good_person(nik="9101014512850002"), ctx())
    assert [i.code for i in issues] == ["nik.region_unknown"]
    assert issues[0].severity is Severity.WARNING


def test_birthdate_mismatch():
    issues = validate(good_person(birth_date=date(1985, 12, 6)), ctx())
    assert [i.code for i in issues] == ["nik.birthdate_mismatch"]
    assert issues[0].params == {"nik_date": "05-12-1985", "entered": "06-12-1985"}
    assert issues[0].severity is Severity.WARNING


def test_birthdate_differing_only_by_century_is_no_mismatch():
    # NIK says yy=25 -> 2025 today, but the KTP says 1925: the entered date wins, no mismatch.
    person = good_person(nik="3503010101250001", sex="L", birth_date=date(1925, 1, 1))
    assert "nik.birthdate_mismatch" not in codes(person)


def test_sex_mismatch():
    issues = validate(good_person(sex="L"), ctx())
    assert [i.code for i in issues] == ["nik.sex_mismatch"]
    assert issues[0].params == {"nik_sex": "P", "entered": "L"}


def test_no_mismatch_when_nik_date_invalid_or_fields_empty():
    assert codes(good_person(nik="3503017512850002", sex="L", birth_date=date(1990, 1, 1))) == [
        "nik.birthdate"
    ]
    assert "nik.sex_mismatch" not in codes(good_person(sex=""))
    assert "nik.birthdate_mismatch" not in codes(good_person(birth_date=None))


def test_duplicate_excludes_self():
    calls: list[str] = []

    def same(nik: str) -> list[tuple[str, str]]:
        calls.append(nik)
        return [("p1", "Siti Aminah"), ("p2", "SITI AMINAH")]

    issues = validate(good_person(nik="'3503.01.451285.0002"), ctx(same_nik=same))
    assert calls == [NIK]  # cleaned NIK
    dup = [i for i in issues if i.code == "nik.duplicate"]
    assert len(dup) == 1
    assert dup[0].params["name"] == "SITI AMINAH"
    assert dup[0].params["person_id"] == "p2"
    assert dup[0].severity is Severity.ERROR
    assert "SITI AMINAH" in dup[0].message()


def test_duplicate_only_self_is_fine():
    assert codes(good_person(), ctx(same_nik=lambda n: [("p1", "Siti")])) == []


def test_damaged_nik_is_not_checked_for_duplicates():
    called: list[str] = []
    validate(good_person(nik_from_number=True), ctx(same_nik=lambda n: called.append(n) or [("x", "X")]))
    validate(good_person(nik="123"), ctx(same_nik=lambda n: called.append(n) or [("x", "X")]))
    assert called == []


def test_other_village():
    issues = validate(good_person(), ctx(other_village=lambda n: ["Desa Terbis", "Desa Depok"]))
    assert [i.code for i in issues] == ["nik.other_village"]
    assert issues[0].params["desa"] == "Desa Terbis, Desa Depok"
    assert issues[0].severity is Severity.WARNING
    assert codes(good_person(), ctx(other_village=lambda n: [])) == []


def test_similar():
    def similar(p: Person) -> list[tuple[str, str, str]]:
        return [("p1", "self", NIK), ("p3", "Siti Aminnah", "3503014512850020")]

    issues = validate(good_person(), ctx(similar=similar))
    assert [i.code for i in issues] == ["dup.similar"]
    assert issues[0].params["name"] == "Siti Aminnah"
    assert issues[0].params["person_id"] == "p3"
    assert issues[0].params["nik"] == "3503********0020"  # masked in messages


def test_similar_skips_the_exact_duplicate():
    issues = validate(
        good_person(),
        ctx(same_nik=lambda n: [("p2", "Siti")], similar=lambda p: [("p2", "Siti", NIK)]),
    )
    assert [i.code for i in issues] == ["nik.duplicate"]


# --------------------------------------------------------------------------- other fields


def test_kk_format():
    issues = validate(good_person(kk_number="12345"), ctx())
    assert [i.code for i in issues] == ["kk.format"]
    assert codes(good_person(kk_number="")) == []


def test_name_missing():
    assert codes(good_person(full_name="   ")) == ["name.missing"]


def test_birthdate_missing_only_when_not_derivable():
    assert codes(good_person(birth_date=None)) == []  # derived from the NIK
    assert "birthdate.missing" in codes(good_person(birth_date=None, nik=""))
    assert "birthdate.missing" in codes(good_person(birth_date=None, nik="3503017512850002"))


def test_birthdate_future():
    issues = validate(good_person(nik="", birth_date=date(2030, 1, 1)), ctx())
    assert "birthdate.future" in [i.code for i in issues]
    future = next(i for i in issues if i.code == "birthdate.future")
    assert future.params == {"value": "01-01-2030"}
    assert "age.window" not in [i.code for i in issues]


def test_sex_missing():
    assert codes(good_person(sex="", nik="")) == ["nik.missing", "sex.missing"]
    assert codes(good_person(sex="X", nik="")) == ["nik.missing", "sex.missing"]
    assert codes(good_person(sex="")) == []  # derivable from the NIK
    assert codes(good_person(sex="p")) == []  # case-insensitive


def test_age_window():
    old = good_person(nik="3503010101500001", sex="L", birth_date=date(1950, 1, 1))
    issues = validate(old, ctx())
    assert [i.code for i in issues] == ["age.window"]
    assert issues[0].params == {"age": 75, "min_age": 18, "max_age": 65}
    assert issues[0].severity is Severity.WARNING
    young = good_person(nik="3503010101100001", sex="L", birth_date=date(2010, 1, 1))
    assert codes(young) == ["age.window"]
    assert codes(young, ctx(age_min=10, age_max=20)) == []


def test_age_on_coverage_start_boundaries():
    # 18th birthday on 01-07-2025
    p = good_person(
        nik="3503010107070001", sex="L", birth_date=date(2007, 7, 1), coverage_start=date(2025, 7, 1)
    )
    assert codes(p) == []
    assert codes(p.copy(coverage_start=date(2025, 6, 30))) == ["age.window"]
    # no coverage start on the record: the district default, then today
    p2 = p.copy(coverage_start=None, coverage_end=None)
    assert codes(p2) == ["age.window"]  # today 01-06-2025: 17
    assert codes(p2, ctx(default_coverage_start=date(2025, 8, 1))) == []
    # 65 is still inside, 66 is not
    p3 = good_person(nik="3503010101600001", sex="L", birth_date=date(1960, 1, 1))
    assert codes(p3) == []
    assert codes(p3.copy(coverage_start=date(2026, 1, 1), coverage_end=None)) == ["age.window"]


def test_age_from_nik_when_birth_date_missing():
    p = good_person(nik="3503010101500001", sex="L", birth_date=None)
    assert codes(p) == ["age.window"]


def test_age_on():
    assert age_on(date(2000, 2, 29), date(2025, 2, 28)) == 24
    assert age_on(date(2000, 2, 29), date(2025, 3, 1)) == 25
    assert age_on(date(1980, 1, 1), date(1980, 1, 1)) == 0


@pytest.mark.parametrize(
    "phone, ok",
    [
        ("081234567890", True),
        ("0812-3456-7890", True),
        ("0812 3456 789", True),
        ("+62 812 3456 7890", True),
        ("+62 (0) 812 3456 7890", True),
        ("6281234567890", True),
        ("81234567890", True),  # Excel dropped the 0
        ("'081234567890", True),
        ("0895 1234 5678", True),
        ("0881234567", True),  # 10 digits
        ("0812345678901", True),  # 13 digits
        ("08123456789012", False),  # 14 digits
        ("081234567", False),  # 9 digits
        ("021-5551234", False),  # Jakarta landline
        ("(0355) 791234", False),  # Trenggalek landline
        ("+62 21 5551234", False),
        ("0800 1234 567", False),  # toll free
        ("0841 2345 6789", False),  # no such mobile prefix
        ("12345", False),
        ("abc", False),
        ("0812345678x", False),
    ],
)
def test_is_mobile_phone(phone, ok):
    assert is_mobile_phone(phone) is ok


def test_phone_format():
    issues = validate(good_person(phone="(0355) 791234"), ctx())
    assert [i.code for i in issues] == ["phone.format"]
    assert issues[0].params == {"value": "(0355) 791234"}
    assert codes(good_person(phone="")) == []
    assert codes(good_person(phone="  ")) == []


def test_no_occupation_is_a_warning():
    """Issue 14 item 5: pekerjaan is what makes a person a pekerja rentan; without it the record is
    still kept (a warning, not an error)."""
    issues = validate(good_person(occupation=""), ctx())
    assert [(i.code, i.severity) for i in issues] == [("occupation.missing", Severity.WARNING)]
    assert "Pekerjaan belum diisi" in issues[0].message()


def test_occupation_other_missing():
    assert codes(good_person(occupation="lainnya")) == ["occupation.other_missing"]
    assert codes(good_person(occupation="lainnya", occupation_other="Tukang cukur")) == []


def test_coverage_period():
    issues = validate(good_person(coverage_start=date(2025, 7, 1), coverage_end=date(2025, 6, 30)), ctx())
    assert [i.code for i in issues] == ["coverage.period"]
    assert issues[0].params == {"start": "01-07-2025", "end": "30-06-2025"}
    assert codes(good_person(coverage_start=date(2025, 7, 1), coverage_end=date(2025, 7, 1))) == []


def test_funding_dbhcht_sector():
    issues = validate(good_person(funding_source="dbhcht"), ctx())
    assert [i.code for i in issues] == ["funding.dbhcht_sector"]
    assert issues[0].params == {"occupation": "Petani/Pekebun"}
    assert codes(good_person(funding_source="dbhcht", occupation="petani_tembakau")) == []
    assert codes(good_person(funding_source="dbhcht", occupation="buruh_tani_tembakau")) == []
    assert codes(good_person(funding_source="dbhcht", occupation="")) == ["occupation.missing", "funding.dbhcht_sector"]


def test_datetime_values_are_tolerated():
    p = good_person(birth_date=datetime(1985, 12, 5, 0, 0), coverage_start=datetime(2025, 1, 1, 8, 0))
    assert codes(p) == []


# --------------------------------------------------------------------------- everything at once


def test_all_codes_in_catalog_order():
    person = Person(
        id="me",
        nik="3503014101800001",  # woman 01-01-1980
        kk_number="12",
        full_name="",
        birth_date=date(1980, 1, 2),
        sex="L",
        phone="021 5551234",
        occupation="lainnya",
        funding_source="dbhcht",
        coverage_start=date(2025, 6, 1),
        coverage_end=date(2025, 1, 1),
    )
    context = ctx(
        same_nik=lambda n: [("x", "Budi")],
        similar=lambda p: [("y", "Sity", "3503014101800002")],
        other_village=lambda n: ["Desa Lain"],
        age_max=40,
    )
    issues = validate(person, context)
    got = [i.code for i in issues]
    order = list(CATALOG)
    assert got == sorted(got, key=order.index)
    assert set(got) == {
        "nik.birthdate_mismatch",
        "nik.sex_mismatch",
        "nik.duplicate",
        "kk.format",
        "name.missing",
        "age.window",
        "phone.format",
        "dup.similar",
        "nik.other_village",
        "occupation.other_missing",
        "coverage.period",
        "funding.dbhcht_sector",
    }
    for issue in issues:
        assert issue.field == CATALOG[issue.code].field
        assert "{" not in issue.message(), issue.code  # every placeholder filled


def test_every_catalog_code_is_reachable():
    """Each code in CATALOG can be produced by validate() (so none is forgotten)."""
    seen: set[str] = set()
    samples = [
        good_person(nik=""),
        good_person(nik="12"),
        good_person(nik_from_number=True),
        good_person(nik="0303014512850002"),
        good_person(nik="3500014512850002"),
        good_person(nik="3503017512850002"),
        good_person(nik="3503014512850000"),
        good_person(nik="9101014512850002"),
        good_person(nik="", sex="", birth_date=None, full_name=""),
        good_person(nik="", birth_date=date(2030, 1, 1)),
        good_person(birth_date=date(1985, 1, 1), sex="L", phone="021555123", kk_number="1"),
        good_person(occupation="lainnya", funding_source="dbhcht", coverage_end=date(2024, 1, 1)),
        good_person(nik="3503010101500001", sex="L", birth_date=date(1950, 1, 1)),
        good_person(full_name="N" * 501),
        good_person(occupation=""),
    ]
    context = ctx(
        same_nik=lambda n: [("x", "X")],
        similar=lambda p: [("y", "Y", "3503014512850003")],
        other_village=lambda n: ["Z"],
    )
    for p in samples:
        seen |= {i.code for i in validate(p, context)}
    assert seen == set(CATALOG)


# --------------------------------------------------------------------------- properties

text_or_junk = st.one_of(st.text(max_size=25), st.text(alphabet="0123456789 .-'+", max_size=20))
maybe_date = st.one_of(st.none(), st.dates(min_value=date(1, 1, 2), max_value=date(9999, 12, 30)))


@settings(max_examples=300, deadline=None)
@given(
    nik=text_or_junk,
    from_number=st.booleans(),
    kk=text_or_junk,
    name=st.text(max_size=10),
    birth=maybe_date,
    sex=st.sampled_from(["", "L", "P", "l", "x", " "]),
    phone=text_or_junk,
    occupation=st.sampled_from(["", "petani", "lainnya", "petani_tembakau", "??"]),
    other=st.text(max_size=5),
    funding=st.sampled_from(["", "dbhcht", "apbdes", "x"]),
    start=maybe_date,
    end=maybe_date,
    today=st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 1, 1)),
    age_min=st.integers(0, 100),
    age_max=st.integers(0, 150),
)
def test_validate_never_raises(
    nik,
    from_number,
    kk,
    name,
    birth,
    sex,
    phone,
    occupation,
    other,
    funding,
    start,
    end,
    today,
    age_min,
    age_max,
):
    person = Person(
        nik=nik,
        nik_from_number=from_number,
        kk_number=kk,
        full_name=name,
        birth_date=birth,
        sex=sex,
        phone=phone,
        occupation=occupation,
        occupation_other=other,
        funding_source=funding,
        coverage_start=start,
        coverage_end=end,
    )
    context = ValidationContext(today=today, age_min=age_min, age_max=age_max, same_nik=lambda n: [])
    issues = validate(person, context)
    order = list(CATALOG)
    assert [i.code for i in issues] == sorted((i.code for i in issues), key=order.index)
    for issue in issues:
        assert issue.code in CATALOG
        issue.message()
        issue.to_dict()
