"""The one bridge between widgets and background work (STYLE.md patterns 3-6).

``TaskRunner.run(work, on_done, on_error)`` runs ``work(progress)`` in a pool. Database work
goes to a pool of ONE thread (SQLite has one writer and a Session is not thread-safe); pure
CPU/file work can go to the global pool (``db=False``). Results and exceptions arrive on the
GUI thread through queued signals. Tests inject ``ImmediatePool`` so everything runs inline.

A progress dialog appears only when the work takes longer than 500 ms; its Cancel button sets
``progress.cancelled`` (work stops at its next ``step``/``check``), a thread is never killed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_app.core.progress import Cancelled, Progress

SHOW_PROGRESS_AFTER_MS = 500


class ImmediatePool:
    """A pool that runs the task at once on the calling thread (tests)."""

    def start(self, task: QRunnable) -> None:
        task.run()

    def waitForDone(self, msecs: int = -1) -> bool:  # noqa: N802 - QThreadPool's name
        return True


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner holds it until its result was delivered
        self.signals = _Signals()
        self._work = work
        self._last: tuple[int, int] | None = None
        self.progress = Progress(self._report)

    def _report(self, done: int, total: int) -> None:
        # emit only when the visible value changes (whole percent), so a 100k loop stays cheap
        key = (done * 100 // total if total else done, total)
        if key != self._last:
            self._last = key
            self.signals.progress.emit(done, total)

    def run(self) -> None:
        try:
            result = self._work(self.progress)
        except BaseException as exc:  # noqa: BLE001 - delivered to on_error on the GUI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class _Delivery(QObject):
    """Lives on the GUI thread: receives the task's queued signals and calls the callbacks."""

    def __init__(self, runner: TaskRunner, task: _Task, on_done, on_error, dialog_label, parent_widget):  # noqa: ANN001
        # no Qt parent and no deleteLater: the runner's set keeps it alive while the work runs and
        # Python frees it after. A parented, deleteLater'd delivery could be deleted twice (once
        # with its runner, once by its posted DeferredDelete) and crash the event loop.
        super().__init__()
        self.runner, self.task = runner, task
        self.on_done, self.on_error = on_done, on_error
        self.dialog: QProgressDialog | None = None
        self.finished = False
        self._label, self._parent_widget = dialog_label, parent_widget
        self._value = (0, 0)
        task.signals.done.connect(self._done)
        task.signals.failed.connect(self._failed)
        task.signals.progress.connect(self._progress)
        self.timer: QTimer | None = None
        if dialog_label is not None:
            self.timer = QTimer(self)
            self.timer.setSingleShot(True)
            self.timer.timeout.connect(self._show_dialog)
            self.timer.start(SHOW_PROGRESS_AFTER_MS)

    @Slot()
    def _show_dialog(self) -> None:
        if self.finished:
            return
        dialog = QProgressDialog(self._label, self.tr("Batal"), 0, 0, self._parent_widget)
        dialog.setObjectName("taskProgressDialog")
        dialog.setWindowTitle(self.tr("Mohon tunggu"))
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        done, total = self._value
        if total:
            dialog.setMaximum(total)
            dialog.setValue(done)
        dialog.show()
        self.dialog = dialog

    @Slot()
    def cancel(self) -> None:
        self.task.progress.cancelled = True
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Membatalkan..."))

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        self._value = (done, total)
        if self.dialog is not None and not self.task.progress.cancelled:
            self.dialog.setMaximum(max(total, 0))
            self.dialog.setValue(min(done, total) if total else 0)

    def _close(self) -> None:
        self.finished = True
        if self.timer is not None:
            self.timer.stop()
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        self.runner._forget(self)

    @Slot(object)
    def _done(self, result: object) -> None:
        self._close()
        if self.on_done is not None:
            self.on_done(result)

    @Slot(object)
    def _failed(self, exc: object) -> None:
        self._close()
        if self.on_error is not None:
            self.on_error(exc)
        elif not isinstance(exc, Cancelled):
            raise exc  # type: ignore[misc]  # reaches sys.excepthook: never swallowed


class TaskRunner(QObject):
    """Runs work functions off the GUI thread and hands results back on it."""

    def __init__(self, pool: Any = None, db_pool: Any = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = pool if pool is not None else QThreadPool.globalInstance()
        if db_pool is None:
            if pool is not None:
                db_pool = pool  # an injected pool (tests) serves both
            else:
                db_pool = QThreadPool(self)
                db_pool.setMaxThreadCount(1)  # everything that opens a Session goes here
        self.db_pool = db_pool
        self._running: set[_Delivery] = set()

    def run(
        self,
        work: Callable[[Progress], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        progress_label: str | None = None,
        parent: QWidget | None = None,
        *,
        db: bool = True,
    ) -> _Task:
        """Start ``work(progress)``; ``progress_label`` shows a cancellable dialog after 500 ms."""
        task = _Task(work)
        delivery = _Delivery(self, task, on_done, on_error, progress_label, parent)
        self._running.add(delivery)
        (self.db_pool if db else self.pool).start(task)
        return task

    def _forget(self, delivery: _Delivery) -> None:
        self._running.discard(delivery)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until started work finished (used when the window closes)."""
        ok = True
        for pool in {id(self.db_pool): self.db_pool, id(self.pool): self.pool}.values():
            if pool is QThreadPool.globalInstance() and not self._running:
                continue
            ok = bool(pool.waitForDone(msecs)) and ok
        return ok
