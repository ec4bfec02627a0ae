"""Ringkasan: counts and budget from a small temp database, shown as charts and tiles."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QPushButton, QTableWidget

from desktop_app.core.person import Person
from desktop_app.services.records import editing as records
from desktop_app.services.records.overview import AGE_UNKNOWN, age_band, compute_overview
from desktop_app.services.setup.profile import init_profile
from desktop_app.ui.common.charts import Bar, BarChart, StatTile
from desktop_app.ui.common.tasks import ImmediatePool, TaskRunner
from desktop_app.ui.records.overview import OverviewWidget

DESA = "35.03.01.2001"
# the offscreen platform plugin warns when a shown top-level widget sets size hints on its window
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _person(nik: str, name: str, born: date | None, sex: str, **kw) -> Person:
    return Person(nik=nik, full_name=name, birth_date=born, sex=sex, **kw)


@pytest.fixture
def app(tmp_path):
    a = init_profile(tmp_path / "data", "desa", DESA, ["Siti"])
    prog = a.programme()
    prog.coverage_start, prog.coverage_end, prog.year = date(2025, 1, 1), date(2025, 12, 31), 2025
    a.set_programme(prog)
    people = [
        _person("3503010101900001", "BUDI", date(1990, 1, 1), "L", occupation="petani", dusun="KRAJAN", rt="001",
                rw="002", funding_source="apbd_kabupaten"),
        _person("3503014202850002", "SITI", date(1985, 2, 2), "P", occupation="pedagang", dusun="KRAJAN", rt="001",
                rw="002", funding_source="apbd_kabupaten"),
        _person("3503010303100003", "ANAK", date(2010, 3, 3), "L", occupation="petani", dusun="SUMBER", rt="003",
                rw="001", funding_source="dbhcht", coverage_start=date(2025, 7, 1), coverage_end=date(2025, 12, 31)),
        _person("3503010404500004", "KAKEK", date(1950, 4, 4), "L", occupation="nelayan", dusun="SUMBER", rt="",
                rw="", funding_source=""),
        _person("12", "", None, "", occupation=""),  # errors: perlu perbaikan, no birth date
    ]
    result = records.create_many(a, people)
    records.delete(a, result.ids[1], "pindah")
    yield a
    a.close()


def test_compute_overview_counts_and_budget(app):
    data = compute_overview(app)
    assert data.active == 4
    assert data.status["terhapus"] == 1
    assert data.status["perlu_perbaikan"] == 1
    assert data.sex == {"L": 3, "": 1}
    assert data.occupation["petani"] == 2
    assert data.age_bands["<18"] == 1  # 15 on 01-07-2025 (own coverage start)
    assert data.age_bands["26-35"] == 1  # 35 on 01-01-2025
    assert data.age_bands[">65"] == 1
    assert data.age_bands[AGE_UNKNOWN] == 1
    assert data.dusun == {"KRAJAN": 1, "SUMBER": 2, "": 1}
    assert data.rt["RT 003 / RW 001"] == 1
    # 3 people x 12 months + 1 person x 6 months (own period), Rp16.800
    assert data.participants == 4
    assert data.budget_total == (3 * 12 + 6) * 16_800


@pytest.mark.parametrize(("age", "band"), [(None, AGE_UNKNOWN), (17, "<18"), (18, "18-25"), (25, "18-25"),
                                           (26, "26-35"), (65, "56-65"), (66, ">65")])
def test_age_band(age, band):
    assert age_band(age) == band


def test_widget_shows_charts(qtbot, app):
    runner = TaskRunner(pool=ImmediatePool())
    w = OverviewWidget(app, runner=runner)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.loaded, timeout=5000):
        w.reload()
    assert w.objectName() == "overviewWidget"
    assert w.total_tile.value() == "4"
    assert w.budget_tile.value() == "Rp705.600"
    status = w.findChild(BarChart, "statusChart").values()
    assert status["Perlu perbaikan"] == 1 and status["Siap kirim"] == 3 and status["Terhapus"] == 1
    assert w.findChild(BarChart, "sexChart").values()["Laki-laki"] == 3
    assert w.findChild(BarChart, "occupationChart").values()["Petani/Pekebun"] == 2
    assert w.findChild(BarChart, "ageChart").values()["di atas 65 th"] == 1
    assert set(w.findChild(BarChart, "dusunChart").values()) >= {"KRAJAN", "SUMBER"}
    funding = w.findChild(BarChart, "fundingChart").values()
    assert funding["DBHCHT (cukai tembakau)"] == 6 * 16_800
    table = w.findChild(QTableWidget, "budgetTable")
    last = table.rowCount() - 1
    assert table.item(last, 5).text() == "Rp705.600"
    assert "01-07-2025 s.d. 31-12-2025" in [table.item(r, 1).text() for r in range(last)]
    w.resize(1200, 700)
    w.show()
    qtbot.waitExposed(w)
    assert not w.grab().isNull()


def test_reload_after_change_and_button(qtbot, app):
    w = OverviewWidget(app)  # no runner: computed inline
    qtbot.addWidget(w)
    w.reload()
    assert w.total_tile.value() == "4"
    records.save(app, Person(nik="3503010505800005", full_name="BARU", birth_date=date(1980, 5, 5), sex="L"))
    with qtbot.waitSignal(w.loaded, timeout=5000):
        w.findChild(QPushButton, "overviewReloadButton").click()
    assert w.total_tile.value() == "5"


def test_failure_is_reported(qtbot, app, monkeypatch):
    import desktop_app.ui.records.overview as ov

    def broken(_app):
        raise RuntimeError("database terkunci")

    monkeypatch.setattr(ov, "compute_overview", broken)
    w = OverviewWidget(app, runner=TaskRunner(pool=ImmediatePool()))
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.failed, timeout=5000) as blocker:
        w.reload()
    assert "database terkunci" in blocker.args[0]
    assert w.reload_button.isEnabled()


def test_bar_chart_paints_and_groups_rest(qtbot):
    chart = BarChart("Contoh", max_rows=3)
    qtbot.addWidget(chart)
    chart.set_bars([("A", 5), ("B", 3), Bar("C", 2), ("D", 1)])
    assert [b.label for b in chart.bars()][:2] == ["A", "B"]
    assert chart.bars()[-1].value == 3  # C + D summed
    chart.resize(300, chart.sizeHint().height())
    assert not chart.grab().isNull()
    empty = BarChart("Kosong")
    qtbot.addWidget(empty)
    empty.set_bars([])
    assert not empty.grab().isNull()
    tile = StatTile("Data", "1")
    qtbot.addWidget(tile)
    tile.set_value("2.000", "catatan")
    assert tile.value() == "2.000"


def test_switching_language_retranslates(qtbot, qapp, app):
    from desktop_app.ui import i18n

    w = OverviewWidget(app)
    qtbot.addWidget(w)
    w.reload()
    try:
        i18n.install_translators(qapp, "en")
        qtbot.waitUntil(lambda: w.title_label.text() == "Data overview", timeout=3000)
        assert w.total_tile.value() == "4"  # numbers kept
        assert "Male" in w.findChild(BarChart, "sexChart").values()
    finally:
        i18n.install_translators(qapp, "id")
    qtbot.waitUntil(lambda: w.title_label.text() == "Ringkasan data", timeout=3000)
