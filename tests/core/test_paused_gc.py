"""paused_gc: bulk runs switch automatic garbage collection off and always put it back."""

from __future__ import annotations

import gc

import pytest

from desktop_app.core.progress import paused_gc


def test_collection_is_off_inside_and_back_on_after_an_error():
    assert gc.isenabled()
    with pytest.raises(RuntimeError), paused_gc():
        assert not gc.isenabled()
        raise RuntimeError("import cancelled")
    assert gc.isenabled()


def test_stays_off_when_the_window_had_turned_it_off():
    gc.disable()
    try:
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the GUI's timer collects; the pause must not turn it back on
    finally:
        gc.enable()
