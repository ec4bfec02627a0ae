"""A package recorded but not written to the stick (pulled stick, full stick) is written again by
the next export: the same package, never a second one with its number."""

from __future__ import annotations

import errno
import hashlib
from pathlib import Path

import pytest

from desktop_app.services.app import open_app
from desktop_app.services.packages import send
from desktop_app.services.packages.common import SyncServiceError
from desktop_app.services.sheets import importer
from tests.reliability.conftest import write_csv


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_failed_stick_write_is_finished_by_the_next_export(paired, tmp_path, monkeypatch):
    village_dir, _district = paired
    app = open_app(village_dir, backup=False)
    try:
        importer.run_import(app, importer.analyse(app, write_csv(tmp_path / "a.csv", 5)))
        stick = tmp_path / "stick"
        stick.mkdir()
        real = send.write_atomically

        def full_stick(path, data):  # noqa: ANN001, ANN202
            raise OSError(errno.ENOSPC, "No space left on device", str(path))

        monkeypatch.setattr(send, "write_atomically", full_stick)
        with pytest.raises(SyncServiceError, match="sudah dicatat") as failed:
            send.export_data_package(app, stick)
        assert str(stick) in str(failed.value) and "disk penuh" in str(failed.value)
        assert list(stick.iterdir()) == []
        pending = send.pending_package(app)
        assert pending is not None and pending["sequence"] == 1
        monkeypatch.setattr(send, "write_atomically", real)

        other = tmp_path / "other-stick"
        other.mkdir()
        again = send.export_data_package(app, other)
        assert again.rewritten and again.built.manifest.sequence == 1 and again.sent == 5
        assert _sha(again.built.path) == pending["sha256"]
        kept = village_dir / "packages" / "sent" / again.built.path.name
        assert _sha(kept) == pending["sha256"]
        assert send.pending_package(app) is None
        assert send.export_data_package(app, other).built is None  # nothing new: no second package
    finally:
        app.close()


@pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise|grabbing)")
def test_the_send_dialog_offers_to_write_an_interrupted_package_again(paired, tmp_path, monkeypatch, qtbot):
    from PySide6.QtCore import Qt

    from desktop_app.ui.common.tasks import ImmediatePool, TaskRunner
    from desktop_app.ui.packages.dialogs import SendPackageDialog

    village_dir, _district = paired
    app = open_app(village_dir, backup=False)
    try:
        importer.run_import(app, importer.analyse(app, write_csv(tmp_path / "a.csv", 4)))
        stick = tmp_path / "stick"
        stick.mkdir()
        real = send.write_atomically
        monkeypatch.setattr(send, "write_atomically",
                            lambda path, data: (_ for _ in ()).throw(OSError(errno.EIO, "I/O error")))
        with pytest.raises(SyncServiceError):
            send.export_data_package(app, stick, with_berita_acara=False)
        monkeypatch.setattr(send, "write_atomically", real)
        dlg = SendPackageDialog(app, TaskRunner(pool=ImmediatePool()))
        qtbot.addWidget(dlg)
        dlg.show()
        assert "belum tertulis ke flashdisk" in dlg.previewLabel.text()
        dlg.folderEdit.setText(str(stick))
        assert dlg.sendButton.isEnabled()
        qtbot.mouseClick(dlg.sendButton, Qt.MouseButton.LeftButton)
        assert "ditulis ulang" in dlg.resultLabel.text()
        assert [p.name for p in stick.glob("*.sipera")] == [dlg.result.built.path.name]
        assert dlg.result.built.manifest.sequence == 1
    finally:
        app.close()
