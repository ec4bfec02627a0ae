"""The village window after a feedback: the Kirim menu applies it, the table, the status filter
and the detail panel show what the district decided, and a second apply changes nothing."""

from __future__ import annotations

import pytest

from desktop_app.services.district import feedback, merge, verification
from desktop_app.services.records import editing as records
from desktop_app.ui.packages.dialogs import Pick
from desktop_app.ui.records.main_window import MainWindow
from tests.services.district.conftest import DESA, nik

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise|grabbing)")


def test_feedback_import_from_the_kirim_menu(qtbot, kab, runner, messages, monkeypatch, tmp_path):
    a = kab.save(0, nik=nik(0, 1), full_name="ANI")
    b = kab.save(0, nik=nik(0, 2), full_name="BUDI")
    kab.save(0, nik=nik(0, 3), full_name="CICI")
    merge.merge_packages(kab.district, [kab.send(0)], backup=False)
    verification.verify(kab.district, [a.id], "diterima")
    verification.verify(kab.district, [b.id], "ditolak", reason="Sudah terdaftar BPJS Ketenagakerjaan")
    [fb] = feedback.export_feedback(kab.district, tmp_path, desa_codes=[DESA[0]])

    w = MainWindow(kab.villages[0], runner)
    qtbot.addWidget(w)
    w.show()
    monkeypatch.setattr(Pick, "open_file", classmethod(lambda cls, *a, **kw: str(fb.path)))
    w.syncActions.actions["feedbackImportAction"].trigger()
    assert messages and messages[-1][0] == "info" and "paket 1 diterima kabupaten" in messages[-1][1]
    counts = records.counts(kab.villages[0])
    assert counts.get("diverifikasi") == 1 and counts.get("ditolak") == 1 and counts.get("diterima") == 1
    w.statusFilter.setCurrentIndex(w.statusFilter.findData("ditolak"))
    qtbot.waitUntil(lambda: w.model.total() == 1)
    w.recordsTable.selectRow(0)
    qtbot.waitUntil(lambda: "Sudah terdaftar BPJS" in w.detailText.toPlainText())
    assert "Ditolak kabupaten" in w.detailText.toPlainText()
    from desktop_app.ui.records.record_form import RecordForm

    form = RecordForm(kab.villages[0], b.id)
    qtbot.addWidget(form)
    assert "Ditolak kabupaten" in form.statusLabel.text() and "Sudah terdaftar BPJS" in form.statusLabel.text()

    w.syncActions.actions["feedbackImportAction"].trigger()
    assert "sudah diterapkan" in messages[-1][1]
    w.syncActions.actions["packageHistoryAction"].trigger()
    history = w.syncActions.dialogs[-1]
    assert "paket 1 diterima kabupaten" in history.receiptLabel.text()
    history.reject()
    w.close()
