"""UI test fixtures: a village data dir in tmp_path, tasks run inline, no modal dialog ever blocks."""

from __future__ import annotations

import gc
import os
import shutil

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop_app.services.app import open_app  # noqa: E402
from desktop_app.services.records import editing as records  # noqa: E402
from desktop_app.services.setup.profile import init_profile  # noqa: E402
from desktop_app.ui.common.tasks import ImmediatePool, TaskRunner  # noqa: E402
from desktop_app.ui.common.widgets import Ask  # noqa: E402

DESA = "35.03.01.2001"


@pytest.fixture(scope="session", autouse=True)
def _no_collection_in_worker_threads():
    """As the app does (``ui.app.collect_garbage_on_gui_thread``): Python's cyclic collector runs in
    whatever thread allocates, and in a worker (the region index warm-up, a task) it can destroy Qt
    objects from the wrong thread and crash the run. Automatic collection stays off during the UI
    tests; each test collects on the GUI thread when it ends."""
    was_enabled = gc.isenabled()
    gc.disable()
    yield
    if was_enabled:
        gc.enable()


_ENDED = [0]


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread(_no_collection_in_worker_threads):
    yield
    # the young generations after every test; everything every 25 tests (a full pass walks the
    # region index and the Qt wrappers, about 0.1 s)
    _ENDED[0] += 1
    gc.collect() if _ENDED[0] % 25 == 0 else gc.collect(1)


@pytest.fixture(autouse=True)
def _data_dir_in_tmp(tmp_path, monkeypatch):
    """Never the user's real data dir (the top-level conftest does the same; belt and braces)."""
    monkeypatch.setenv("SIPERA_DATA_DIR", str(tmp_path / "sipera-data-env"))


@pytest.fixture
def messages(monkeypatch):
    """Every Ask.error/info is recorded instead of shown; an unexpected question fails the test."""
    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(Ask, "error", classmethod(lambda cls, parent, text, title="": seen.append(("error", text))))
    monkeypatch.setattr(Ask, "info", classmethod(lambda cls, parent, text, title="": seen.append(("info", text))))

    def question(cls, parent, title, text, **kw):  # noqa: ANN001, ANN202
        raise AssertionError(f"unexpected question: {title}: {text}")

    monkeypatch.setattr(Ask, "question", classmethod(question))
    return seen


@pytest.fixture
def village(tmp_path, qapp):
    app = init_profile(tmp_path / "data", "desa", DESA, ["Operator Uji", "Operator Dua"])
    app.operator = "Operator Uji"
    yield app
    app.close()


@pytest.fixture(scope="session")
def _seeded_template(tmp_path_factory):
    """The demo village built once per test session (building it is the slow part)."""
    from desktop_app.services.setup.demo import make_demo

    folder = tmp_path_factory.mktemp("seeded-template") / "demo"
    make_demo(folder, records=120, code=DESA, seed=7)
    return folder


@pytest.fixture
def seeded(tmp_path, qapp, _seeded_template):
    """A demo village with realistic records (some with problems): a fresh copy for each test."""
    shutil.copytree(_seeded_template, tmp_path / "demo")
    app = open_app(tmp_path / "demo", operator="Operator Uji", backup=False)
    yield app
    app.close()


@pytest.fixture
def runner(qapp):
    return TaskRunner(pool=ImmediatePool())


@pytest.fixture
def window(qtbot, seeded, runner, messages):
    from desktop_app.ui.records.main_window import MainWindow

    w = MainWindow(seeded, runner)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitUntil(lambda: w.model.complete)
    return w


def active_count(app) -> int:  # noqa: ANN001
    counts = records.counts(app)
    return sum(v for k, v in counts.items() if k not in ("terhapus", "peringatan"))


def pytest_collection_modifyitems(config, items):  # noqa: ANN001
    """The offscreen platform warns on every top-level window shown; that is no app problem."""
    for item in items:
        if "tests/ui" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise|grabbing)"))


@pytest.fixture
def english(qapp):
    """The English translation installed for one test (Indonesian again after it)."""
    from desktop_app.ui import i18n

    i18n.install_translators(qapp, "en")
    yield
    i18n.install_translators(qapp, "id")
