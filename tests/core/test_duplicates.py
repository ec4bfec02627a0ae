"""Probable duplicates: spelling variants, near NIKs, and no false alarms on common names."""

from __future__ import annotations

import random
import string
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core import demo
from desktop_app.core.duplicates import (
    REASON_DATE_NAME,
    REASON_NEAR_NIK,
    REASON_SAME_NIK,
    DuplicateIndex,
    find_candidates,
    is_probable_duplicate,
    name_similarity,
    person_entry,
    probable_entries,
    probable_same_date,
    similarity,
)
from desktop_app.core.person import Person

BORN = date(1980, 5, 12)
NIK = "3503011205800003"


def person(name: str, nik: str = "", born: date | None = BORN, sex: str = "L", **kw) -> Person:
    return Person(full_name=name, nik=nik, birth_date=born, sex=sex, **kw)


def pairs(candidates) -> set[frozenset[str]]:
    return {frozenset((c.a_id, c.b_id)) for c in candidates}


def test_muhammad_moch_same_birth_date_is_a_duplicate():
    a = person("MUHAMMAD ROFIQ", NIK)
    b = person("MOCH. ROFIQ", "3503011205800004")
    ok, reasons = is_probable_duplicate(a, b)
    assert ok
    assert REASON_DATE_NAME in reasons
    assert REASON_NEAR_NIK in reasons  # serial 0003/0004: one digit


@pytest.mark.parametrize(
    "a, b",
    [
        ("MUHAMMAD ROFIQ", "M. ROFIQ"),
        ("MUHAMMAD ROFIQ", "MOH ROFIK"),
        ("SITI AMINAH", "ST. AMINAH"),
        ("ACHMAD FAUZI", "AHMAD FAUZI"),
        ("SITI AMINAH", "Hj. Siti Aminah, S.Pd."),
        ("SITI AMINAH", "AMINAH SITI"),  # order swapped
        ("SRI WAHYUNI", "SRI WAHYUNIE"),  # one letter
        ("SUPARMAN", "SOEPARMAN"),
    ],
)
def test_spelling_variants_with_same_birth_date(a, b):
    ok, reasons = is_probable_duplicate(person(a, sex=""), person(b, sex=""))
    assert ok and REASON_DATE_NAME in reasons


def test_same_common_name_different_birth_date_is_not_flagged():
    a = person("SITI AMINAH", "3503015205800001", born=date(1980, 5, 12), sex="P")
    b = person("SITI AMINAH", "3503015711850002", born=date(1985, 11, 17), sex="P")
    assert is_probable_duplicate(a, b) == (False, [])
    assert find_candidates([a, b]) == []


def test_different_names_same_birth_date_are_not_flagged():
    a = person("SITI AMINAH", born=BORN, sex="P")
    b = person("SITI ALFIAH", born=BORN, sex="P")
    c = person("SUPARMAN", born=BORN)
    assert find_candidates([a, b, c]) == []


def test_twins_of_different_sex_are_not_flagged():
    a = person("DWI SANTOSO", "3503011205800001", sex="L")
    b = person("DWI SANTOSA", "3503015205800001", sex="P")
    assert is_probable_duplicate(a, b)[0] is False


def test_near_nik_one_digit_with_missing_birth_date():
    a = person("SUPARMAN", NIK)
    b = person("SUPARMAN", "3503011205810003", born=None)  # year digit typed wrong, no date entered
    ok, reasons = is_probable_duplicate(a, b)
    assert ok and REASON_NEAR_NIK in reasons and "birth.missing" in reasons
    assert pairs(find_candidates([a, b])) == {frozenset((a.id, b.id))}


def test_near_nik_adjacent_transposition():
    a = person("SUPARMAN", NIK)
    b = person("SUPARMAN", "3503011250800003", born=None)  # 12|05 typed 12|50 -> swap of 0 and 5
    assert "nik.swapped" in is_probable_duplicate(a, b)[1]
    assert pairs(find_candidates([a, b])) == {frozenset((a.id, b.id))}


def test_near_nik_across_the_date_serial_boundary():
    nik = "3503011205801003"
    swapped = nik[:11] + nik[12] + nik[11] + nik[13:]  # positions 11 and 12: year digit / serial digit
    a = person("SUPARMAN", nik, born=None)
    b = person("SUPARMAN", swapped, born=None)
    assert swapped != nik and is_probable_duplicate(a, b)[0]
    assert pairs(find_candidates([a, b])) == {frozenset((a.id, b.id))}


def test_near_nik_with_different_dates_needs_corroboration():
    # Two real people: the same common name, NIKs one digit apart (birth year), both dates entered.
    a = person("SUPARMAN", "3503011205630001", born=date(1963, 5, 12))
    b = person("SUPARMAN", "3503011205650001", born=date(1965, 5, 12))
    assert is_probable_duplicate(a, b)[0] is False
    assert find_candidates([a, b]) == []
    # ... but the same KK or the same phone makes the typo theory likely
    kk = "3503010101100001"
    a2, b2 = a.copy(kk_number=kk), b.copy(kk_number=kk)
    assert REASON_NEAR_NIK in is_probable_duplicate(a2, b2)[1]
    assert len(find_candidates([a2, b2])) == 1
    a3, b3 = a.copy(phone="081234567890"), b.copy(phone="081234567890")
    assert is_probable_duplicate(a3, b3)[0]
    assert len(find_candidates([a3, b3])) == 1


def test_near_nik_with_different_name_is_not_flagged():
    a = person("SUPARMAN", NIK)
    b = person("SITI AMINAH", "3503011205800004", sex="")
    assert is_probable_duplicate(a, b)[0] is False


def test_same_nik_is_always_flagged():
    a = person("SUPARMAN", NIK)
    b = person("PAIMAN", NIK, born=date(1990, 1, 1))
    ok, reasons = is_probable_duplicate(a, b)
    assert ok and reasons[0] == REASON_SAME_NIK
    assert [c.reasons[0] for c in find_candidates([a, b])] == [REASON_SAME_NIK]


def test_excel_rounded_niks_are_not_the_same_nik():
    # Two different people whose NIKs Excel rounded to the same number must both survive.
    a = person("SUPARMAN", "3503011205800000", nik_from_number=True)
    b = person("PAIMAN", "3503011205800000", nik_from_number=True, born=date(1990, 1, 1))
    assert is_probable_duplicate(a, b)[0] is False
    c = person("SUPARMAN", "3503011205800000", nik_from_number=True)
    assert is_probable_duplicate(a, c)[0]  # same name and date: still a duplicate


def test_a_record_is_not_its_own_duplicate():
    a = person("SUPARMAN", NIK)
    assert is_probable_duplicate(a, a) == (False, [])
    assert find_candidates([a]) == []


def test_deleted_persons_are_ignored():
    a = person("MUHAMMAD ROFIQ", NIK)
    b = person("MOCH ROFIQ", "3503011205800004", deleted_at=datetime(2025, 1, 1), delete_reason="duplikat")
    assert find_candidates([a, b]) == []
    index = DuplicateIndex([a, b])
    assert len(index) == 1
    assert index.matches(b) == []


def test_similarity_ranks():
    a = person("MUHAMMAD ROFIQ", NIK)
    same = person("MUHAMMAD ROFIQ", NIK)
    variant = person("MOCH ROFIQ", "3503011205800004")
    other = person("SUPARMAN", "3503011708750001", born=date(1975, 8, 17))
    assert similarity(a, same) > 0.95
    assert 0.6 < similarity(a, variant) < 1.0
    assert similarity(a, other) < 0.3
    assert name_similarity("MUHAMMAD ROFIQ", "M. ROFIQ") == 100.0


def test_big_placeholder_date_block():
    """Everyone typed as 01-01-1970: only the real pair comes out."""
    placeholder = date(1970, 1, 1)
    rng = random.Random(0)
    names = {"".join(rng.choice(string.ascii_uppercase) for _ in range(10)) for _ in range(600)}
    people = [person(n, born=placeholder, sex="") for n in sorted(names)]
    a = person("MUHAMMAD ROFIQ", born=placeholder, phone="081234567890")
    b = person("MOCH ROFIQ", born=placeholder, phone="081234567890")
    found = find_candidates([*people, a, b])
    assert pairs(found) == {frozenset((a.id, b.id))}
    assert "birth.common" in found[0].reasons
    assert pairs(DuplicateIndex([*people, a]).matches(b)) == {frozenset((b.id, a.id))}
    # a date typed for everyone is no evidence: a similar name alone is not enough
    c, d = a.copy(id="c", phone=""), b.copy(id="d", phone="")
    assert find_candidates([*people, c, d]) == []


def test_index_agrees_with_find_candidates_on_demo_data():
    persons = demo.generate("35.03.01.2001", 3000, seed=7, today=date(2025, 6, 1))
    expected = pairs(find_candidates(persons))
    index = DuplicateIndex(persons)
    got = set()
    for p in persons:
        got |= pairs(index.matches(p))
    assert got == expected


def test_index_add_and_remove():
    a = person("MUHAMMAD ROFIQ", NIK)
    b = person("MOCH ROFIQ", "3503011205800004")
    index = DuplicateIndex([a])
    assert b.id not in index
    assert [c.b_id for c in index.matches(b)] == [a.id]
    index.add(b)
    assert [c.b_id for c in index.matches(a)] == [b.id]
    index.add(b.copy(full_name="PAIMAN"))  # edited: re-indexed
    assert index.matches(a) == []
    index.remove(b.id)
    index.remove("not there")
    assert len(index) == 1


def test_demo_spelling_duplicates_are_all_found():
    rows = demo.generate_with_labels("35.03.01.2001", 5000, seed=3, today=date(2025, 6, 1))
    persons = [p for p, _ in rows]
    found = find_candidates(persons)
    flagged = {i for c in found for i in (c.a_id, c.b_id)}
    variants = [p for p, kind in rows if kind == "duplicate_variant"]
    assert variants
    assert all(p.id in flagged for p in variants)
    # and the clean records are rarely flagged: a warning must stay meaningful
    clean_flagged = [p for p, kind in rows if not kind and p.id in flagged]
    assert len(clean_flagged) <= len(variants) * 1.5


nik_digits = st.text(alphabet="0123456789", min_size=16, max_size=16)


@settings(max_examples=200, deadline=None)
@given(nik=nik_digits, pos=st.integers(0, 15), digit=st.sampled_from("0123456789"))
def test_any_single_digit_typo_is_found(nik, pos, digit):
    typo = nik[:pos] + digit + nik[pos + 1 :]
    a = person("SUPARMAN", nik, born=None)
    b = person("SUPARMAN", typo, born=None)
    found = find_candidates([a, b])
    assert len(found) == 1
    assert (REASON_SAME_NIK if typo == nik else REASON_NEAR_NIK) in found[0].reasons or typo != nik and "nik.swapped" in found[0].reasons


@settings(max_examples=200, deadline=None)
@given(nik=nik_digits, pos=st.integers(0, 14))
def test_any_adjacent_swap_is_found(nik, pos):
    swapped = nik[:pos] + nik[pos + 1] + nik[pos] + nik[pos + 2 :]
    a = person("SUPARMAN", nik, born=None)
    b = person("SUPARMAN", swapped, born=None)
    assert len(find_candidates([a, b])) == 1


_NAMES = ["SITI AMINAH", "AMINAH SITI", "SITI AMINA", "MUHAMMAD ROFIQ", "MOCH ROFIQ", "", "BUDI", "BUDI SANTOSO"]
_NIKS = ["3503014107800001", "3503014107800002", "3503010107800001", "", "35030141078000"]


@settings(max_examples=300, deadline=None)
@given(
    st.tuples(st.sampled_from(_NAMES), st.sampled_from(_NIKS), st.booleans(), st.sampled_from(["L", "P", ""])),
    st.lists(
        st.tuples(st.sampled_from(_NAMES), st.sampled_from(_NIKS), st.booleans(), st.sampled_from(["L", "P", ""])),
        max_size=8,
    ),
)
def test_same_date_shortcut_agrees_with_the_full_rule(one, group):
    """The bulk import's per-birth-date comparison decides exactly as probable_entries does."""
    born = date(1980, 7, 1)

    def entry(n, values):
        name, nik, excel, sex = values
        return person_entry(Person(id=f"p{n}", full_name=name, nik=nik, nik_from_number=excel, sex=sex,
                                   birth_date=born))

    a = entry(-1, one)
    entries = [entry(n, values) for n, values in enumerate(group)]
    expected = [i for i, b in enumerate(entries) if probable_entries(a, b)]
    assert probable_same_date(a, entries) == expected


# ---------------------------------------------------------------- evidence weighing (issue #12 item 4)

KK = "3503010101100001"


def test_twins_are_not_duplicates():
    """Same KK, same birth date, consecutive NIK serials, different first names."""
    a = person("RINA PURWANTI", "3503015205800001", sex="P", kk_number=KK, phone="081234567890", rt="001", rw="002")
    b = person("RINI PURWANTI", "3503015205800002", sex="P", kk_number=KK, phone="081234567890", rt="001", rw="002")
    assert is_probable_duplicate(a, b) == (False, [])
    assert find_candidates([a, b]) == []
    c = person("DWI SANTOSO", "3503011205800001", kk_number=KK)
    d = person("TRI SANTOSO", "3503011205800002", kk_number=KK)
    assert find_candidates([c, d]) == []
    # ... while one man typed twice with a slip in the NIK serial is
    e = person("SUPRIYADI", "3503011205800001", kk_number=KK)
    f = person("SUPRIADI", "3503011205800002", kk_number=KK)
    assert is_probable_duplicate(e, f)[0]


def test_father_and_son_of_one_name_are_not_duplicates():
    father = person("SUPARMAN", "3503011205550001", born=date(1955, 5, 12), kk_number=KK, rt="001", rw="002",
                    phone="081234567890")
    son = person("SUPARMAN", "3503012008850001", born=date(1985, 8, 20), kk_number=KK, rt="001", rw="002",
                 phone="081234567890")
    assert find_candidates([father, son]) == []
    assert "birth.years_apart" in similarity_reasons(father, son)
    # the father's birth date was not entered: his NIK still tells
    assert find_candidates([father.copy(birth_date=None), son]) == []


def similarity_reasons(a, b):  # noqa: ANN001, ANN201
    from desktop_app.core.duplicates import judge

    return judge(a, b).reasons


def test_common_birth_dates_and_common_names_weigh_less():
    """Namesakes born on 01-01 of the same year (no birth certificate) are not proposed, the same
    name on an ordinary date with the same KK is."""
    people = [person("SITI AMINAH", f"35030141017{i % 10}{i:04d}"[:16], born=date(1960, 1, 1), sex="P")
              for i in range(1, 13)]
    people += [person(f"WARGA {chr(65 + i)}{chr(66 + i)}", sex="L", born=date(1970, 3, i + 1)) for i in range(20)]
    assert find_candidates(people) == []
    a = person("SITI AMINAH", "3503015205800001", born=date(1980, 5, 12), sex="P", kk_number=KK)
    b = person("ST. AMINAH", "", born=date(1980, 5, 12), sex="P", kk_number=KK)
    assert pairs(find_candidates([*people, a, b])) == {frozenset((a.id, b.id))}


def test_bin_binti_and_dropped_second_name():
    a = person("SUPARMAN BIN SAIMAN", "3503011205800001")
    b = person("SUPARMAN", "3503011205800001", nik_from_number=True)
    ok, reasons = is_probable_duplicate(a, b)
    assert ok and "name.contained" in reasons
    c = person("SITI AMINAH", "3503015205800001", sex="P", kk_number=KK)
    d = person("AMINAH", "", sex="P", kk_number=KK)
    assert "name.contained" in is_probable_duplicate(c, d)[1]
    # one very common given name is no name
    e = person("SITI", "", sex="P", kk_number=KK)
    assert not is_probable_duplicate(c, e)[0]


def test_day_and_month_swapped():
    a = person("ZAINAL ARIFIN", "3503011205800001", born=date(1980, 5, 12), phone="081234567890")
    b = person("ZAINAL ARIFIN", "", born=date(1980, 12, 5), phone="081234567890")
    ok, reasons = is_probable_duplicate(a, b)
    assert ok and "birth.swapped" in reasons
    assert pairs(find_candidates([a, b])) == {frozenset((a.id, b.id))}


def test_second_nik_with_shared_household():
    a = person("ZAINAL ARIFIN", "3503011205800001", kk_number=KK, phone="081234567890")
    b = person("ZAINAL ARIFIN", "3503121205800004", kk_number=KK, phone="081234567890")
    ok, reasons = is_probable_duplicate(a, b)
    assert ok and "nik.different" in reasons


def test_reason_codes_have_indonesian_labels():
    from desktop_app.core.duplicates import REASONS, reason_text

    assert reason_text("nik.same") == "NIK sama"
    assert all(REASONS[c] for c in REASONS)
    assert reason_text("unknown.code") == "unknown.code"


def test_scan_lists_each_pair_once_best_first():
    a = person("MUHAMMAD ROFIQ", "3503011205800003", kk_number=KK)
    b = person("MOCH ROFIQ", "3503011205800004", kk_number=KK)
    c = person("M. ROFIQ", "", kk_number=KK)
    found = find_candidates([a, b, c])
    assert len(found) == len(pairs(found)) == 3
    assert [x.score for x in found] == sorted((x.score for x in found), reverse=True)
    assert all(x.a_id < x.b_id for x in found)
