"""Helpers for long work (no Qt, no threads): a plain progress/cancel object, and a pause of the
cyclic garbage collector for bulk runs."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager


class Cancelled(Exception):
    """Raised by work that was asked to stop; the caller rolls back."""


class Progress:
    """``step(done, total)`` reports and returns False once cancellation was requested."""

    def __init__(self, report: Callable[[int, int], None] | None = None) -> None:
        self._report = report or (lambda done, total: None)
        self.cancelled = False

    def step(self, done: int, total: int) -> bool:
        self._report(done, total)
        return not self.cancelled

    def check(self, done: int, total: int) -> None:
        """Like step, but raises Cancelled: convenient inside a transaction."""
        if not self.step(done, total):
            raise Cancelled()

    def cancel(self) -> None:
        self.cancelled = True


NULL_PROGRESS = Progress()


@contextmanager
def paused_gc() -> Iterator[None]:
    """Automatic cyclic garbage collection off while a bulk run (an import, demo data, a full
    re-check) builds hundreds of thousands of objects it keeps: every automatic collection walks
    them all again, a fifth of a 100,000-row import. Reference counting still frees whatever has
    no cycles. The previous state is put back after; in the window collection is already off (it
    runs on a GUI-thread timer), and then this changes nothing."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            # The next allocation starts one young collection over everything made meanwhile
            # (about 0.2 s after a 100k import). Moving it all to the oldest generation instead
            # (gc.freeze + gc.unfreeze) was tried: it left Qt wrapper cycles for a late full
            # collection and crashed the GUI tests. Keep the plain re-enable.
            gc.enable()
