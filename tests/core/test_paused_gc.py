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


def test_cycles_made_during_the_pause_are_still_collected_later():
    import weakref

    class Node:
        pass

    with paused_gc():
        a, b = Node(), Node()
        a.other, b.other = b, a  # a reference cycle: only the cyclic collector frees it
        alive = weakref.ref(a)
        del a, b
    assert alive() is not None
    gc.collect()
    assert alive() is None
