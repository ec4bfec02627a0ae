"""The window's one place that turns an error into words for the operator."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.core.errors import Refusal
from desktop_app.core.progress import Cancelled
from desktop_app.ui.i18n import tr_text


def error_text(exc: BaseException) -> str:
    """What to show the operator. Every refusal (storage, sync, any service) carries a message,
    translated here when it is a ``core.text.Msg``; anything else is an unexpected error, said so."""
    if isinstance(exc, Refusal):
        return tr_text(exc.user_message())
    if isinstance(exc, Cancelled):
        return QCoreApplication.translate("Ask", "Dibatalkan. Tidak ada yang diubah.")
    # the exception's own text is left out: it may quote NIKs, names or phone numbers
    return QCoreApplication.translate(
        "Ask", "Terjadi kesalahan tak terduga ({name}). Data yang sudah tersimpan tetap aman; "
        "ulangi langkah terakhir atau tutup lalu buka kembali SIPERA."
    ).format(name=type(exc).__name__)
