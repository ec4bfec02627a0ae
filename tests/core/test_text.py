"""core.text.Msg: Indonesian text that keeps its template for the window to translate."""

from __future__ import annotations

import copy
import json
import pickle

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.text import Msg, fill, message_of


def test_a_msg_is_the_indonesian_text():
    m = Msg("Berkas {path} tidak ada.", path="data.xlsx")
    assert m == "Berkas data.xlsx tidak ada." and isinstance(m, str)
    assert m.template == "Berkas {path} tidak ada." and m.params == {"path": "data.xlsx"}
    assert json.dumps({"m": m}) == '{"m": "Berkas data.xlsx tidak ada."}'


def test_list_parameters_are_joined_and_nested_messages_kept():
    inner = Msg("Baris {row} kosong.", row=3)
    m = Msg("Tidak dikenali. {detail}", detail=[inner, Msg("Pilih sendiri.")])
    assert m == "Tidak dikenali. Baris 3 kosong. Pilih sendiri."
    assert m.params["detail"][0].template == "Baris {row} kosong."


def test_copy_and_pickle_keep_the_template():
    m = Msg("Lembar {name} kosong.", name="BNBA")
    for other in (copy.deepcopy(m), pickle.loads(pickle.dumps(m))):
        assert other == m and isinstance(other, Msg) and other.template == m.template


def test_message_of_an_exception_keeps_the_msg():
    m = Msg("Kunci {key} tidak dikenal.", key="AB12")
    exc = ValueError(m)
    assert str(exc) == m and not isinstance(str(exc), Msg)  # str() alone loses the template
    assert isinstance(message_of(exc), Msg) and message_of(exc).template == m.template
    assert message_of(ValueError("plain")) == "plain"
    assert message_of(ValueError("a", "b")) == str(ValueError("a", "b"))


@given(st.text(max_size=40), st.dictionaries(st.sampled_from(["a", "b", "row"]), st.integers() | st.text(max_size=5)))
def test_fill_never_raises(template, params):
    """A translated template with a typo ({rwo}, a lone brace) shows as it is, never crashes."""
    out = fill(template, params)
    assert isinstance(out, str)
