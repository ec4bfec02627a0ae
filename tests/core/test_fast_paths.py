"""Shortcuts for clean values give exactly what the full paths give (normalize, KK, phone)."""

from __future__ import annotations

from contextlib import contextmanager

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core import kk, normalize, validation

names = st.one_of(
    st.from_regex(r"\A[A-Za-z]{1,8}( [A-Za-z]{1,8}){0,3}\Z"),
    st.from_regex(r"\A(H|HJ|HJH|HAJI|HAJJAH|HAJAH|DRS|DRA|DR|IR|PROF|KH|M|MOH|ST)( [A-Z]{1,8}){0,2}\Z"),
    st.text(alphabet="ABCHJKSIMOT .,'-\t\u00a0", max_size=20),
    st.text(max_size=12),
)
dates = st.one_of(
    st.from_regex(r"\A[0-9]{1,2}[-/.][0-9]{1,2}[-/.][0-9]{2,4}\Z"),
    st.from_regex(r"\A[0-9]{1,3}[-/. ][0-9A-Za-z]{1,4}[-/. ][0-9]{1,5}\Z"),
    st.text(alphabet="0123456789-/. :", max_size=14),
)
phones = st.one_of(
    st.from_regex(r"\A0[0-9]{0,21}\Z"),
    st.from_regex(r"\A(\+62|62|8|08)[0-9 -]{0,14}\Z"),
    st.text(alphabet="0123456789+-() /'", max_size=16),
)


@contextmanager
def _slow():
    normalize._FAST_PATHS = False
    try:
        yield
    finally:
        normalize._FAST_PATHS = True


def _both(fn, value):
    fast = fn(value)
    with _slow():
        slow = fn(value)
    return fast, slow


@settings(max_examples=400, deadline=None)
@given(names)
def test_name_and_text(value):
    for fn in (normalize.normalize_name, normalize.normalize_text):
        fast, slow = _both(fn, value)
        assert fast == slow and type(fast) is type(slow)


@settings(max_examples=400, deadline=None)
@given(dates)
def test_dates(value):
    fast, slow = _both(normalize.parse_date_verbose, value)
    assert fast == slow


@settings(max_examples=400, deadline=None)
@given(phones)
def test_phones(value):
    fast, slow = _both(normalize.normalize_phone, value)
    assert fast == slow


@settings(max_examples=400, deadline=None)
@given(st.one_of(phones, st.from_regex(r"\A08[0-9]{7,12}\Z")))
def test_mobile_shortcut_agrees_with_lokal(value):
    from lokal.phone import parse_phone

    if validation._MOBILE.fullmatch(value):  # the shortcut says mobile: so does the full path
        info = parse_phone(value)
        assert info.valid and info.type == "mobile" and info.e164
        assert validation._MOBILE.fullmatch("0" + info.e164[3:])


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.from_regex(r"\A[0-9]{16}\Z"), st.from_regex(r"\A[0-9. ]{14,20}\Z")))
def test_kk_shortcut(value):
    slow = kk.kk_problems(type("S", (str,), {})(value))  # a str subclass takes the full path
    assert kk.kk_problems(value) == slow


def test_new_id_is_uuid4_text():
    import uuid

    from desktop_app.core.person import new_id

    ids = {new_id() for _ in range(20_000)}
    assert len(ids) == 20_000
    for x in ids:
        u = uuid.UUID(x)
        assert u.version == 4 and u.variant == uuid.RFC_4122 and str(u) == x
