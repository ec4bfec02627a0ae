"""Issue 14 item 9: Qt's own file dialog (used where the desktop offers no native one) speaks
Indonesian with the rest of SIPERA: qt_id.ts covers its labels, buttons, columns and menus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QComboBox, QFileDialog, QLabel, QTreeView, QWidget

ENGLISH = ("Look in", "Files of", "File name", "Back", "Forward", "Parent Directory", "Create New Folder",
           "List View", "Detail View", "Sidebar", "Name", "Size", "Type", "Date Modified", "Show",
           "Rename", "Delete", "New Folder", "Directory", "Choose", "Open", "Save", "Cancel", "hidden")


def _texts(dialog: QFileDialog) -> set[str]:
    seen: set[str] = set()
    for w in dialog.findChildren(QWidget):
        texts = [w.toolTip(), w.accessibleName()]
        if isinstance(w, QLabel | QAbstractButton):
            texts.append(w.text())
        if isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QTreeView) and w.model() is not None:
            texts += [str(w.model().headerData(c, Qt.Orientation.Horizontal)) for c in range(w.model().columnCount())]
        seen |= {t for t in texts if t}
    seen |= {a.text() for a in dialog.findChildren(QAction) if a.text()}
    return seen


def test_qt_file_dialog_in_indonesian(qtbot, qapp, tmp_path):
    from desktop_app.ui import i18n

    i18n.install_translators(qapp, "id")
    for mode in ("save", "folder"):
        dialog = QFileDialog(None, "Pilih", str(tmp_path))
        qtbot.addWidget(dialog)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        if mode == "save":
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        if mode == "folder":
            dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setNameFilter("Daftar (*.xlsx)")
        dialog.show()
        texts = _texts(dialog)
        english = sorted(t for t in texts if any(word in t.replace("&", "") for word in ENGLISH))
        assert english == [], (mode, english)
        assert "Tampilan rincian" in texts and "Nama" in texts
        dialog.close()
