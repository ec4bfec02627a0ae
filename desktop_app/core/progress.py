"""A plain progress/cancel object handed to long work (no Qt, no threads)."""

from __future__ import annotations

from collections.abc import Callable


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
