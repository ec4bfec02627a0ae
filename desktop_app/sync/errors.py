"""Errors of the sync layer: a stable code, an Indonesian message, a technical detail.

The code is part of the CLI output, the package log and the documentation: never rename one.
``message`` is the Indonesian text as a :class:`~desktop_app.core.text.Msg` (the window
translates it, its parameters too); ``detail`` is a short technical note for logs and
``--debug`` output and never holds personal data.
"""

from __future__ import annotations

from typing import Any

from desktop_app.core.errors import Refusal
from desktop_app.core.text import Msg

# Indonesian source messages, looked up by code. ``{...}`` placeholders take ``params``; a
# parameter that is itself shown to the operator (a ``reason``) is a Msg too.
MESSAGES: dict[str, Msg] = {
    # keys
    "keys.missing": Msg("Kunci instalasi tidak ditemukan di {path}. Buat kunci baru (sipera init) "
        "atau pulihkan folder kunci dari cadangan."),
    "keys.corrupt": Msg("Berkas kunci {name} rusak atau tidak dapat dibaca. Pulihkan folder kunci dari cadangan."),
    "keys.mismatch": Msg("Berkas kunci di {path} tidak saling cocok (kunci rahasia dan kunci publik "
        "berbeda). Pulihkan folder kunci dari cadangan."),
    "keys.exists": Msg("Kunci instalasi sudah ada di {path}; kunci lama tidak ditimpa."),
    "keys.invalid_public": Msg("Kunci publik tidak sah: {reason}."),
    # packages
    "package.exists": Msg("Berkas paket {name} sudah ada; paket lama tidak ditimpa."),
    "package.unreadable": Msg("Berkas paket tidak dapat dibaca: {reason}."),
    "package.empty": Msg("Berkas paket kosong (0 bita). Kemungkinan penyalinan belum selesai: "
        "salin ulang dari pengirim."),
    "package.too_large": Msg("Berkas paket terlalu besar ({size} bita, batas {limit} bita)."),
    "package.not_zip": Msg("Berkas ini bukan paket SIPERA (bukan arsip ZIP)."),
    "package.truncated": Msg("Berkas paket terpotong atau rusak. Salin ulang dari pengirim."),
    "package.members": Msg("Isi paket tidak sesuai format SIPERA: {reason}."),
    "package.bomb": Msg("Paket ditolak: ukuran isi tidak wajar ({reason})."),
    "package.corrupt": Msg("Isi paket rusak (pemeriksaan CRC gagal). Salin ulang dari pengirim."),
    "package.manifest": Msg("Manifest paket tidak sah: {reason}."),
    "package.kind_mismatch": Msg("Jenis paket salah: yang dibuka paket {kind}, yang diharapkan {expected}."),
    "package.signature": Msg("Tanda tangan paket tidak sah: paket mungkin telah diubah setelah ditandatangani."),
    "package.unknown_key": Msg("Paket ditandatangani oleh kunci yang belum terdaftar (sidik jari {fingerprint})."),
    "package.fingerprint": Msg("Sidik jari kunci pengirim ({fingerprint}) tidak sama dengan yang "
        "diharapkan ({expected})."),
    "package.revoked_key": Msg("Paket ditandatangani oleh kunci yang sudah dicabut (sidik jari {fingerprint})."),
    "package.source_mismatch": Msg("Pengirim paket ({source}) tidak sesuai dengan wilayah yang "
        "terdaftar untuk kuncinya ({enrolled})."),
    "package.target_mismatch": Msg("Paket ini ditujukan untuk {target}, bukan untuk {expected}."),
    "package.payload_hash": Msg("Isi paket tidak cocok dengan manifest (ukuran atau SHA-256 "
        "berbeda): paket rusak atau telah diubah."),
    "package.decrypt": Msg("Isi paket tidak dapat dibuka (didekripsi): {reason}."),
    "package.schema": Msg("Baris {line} isi paket tidak sah: {reason}."),
}


class SyncError(Refusal):
    """Base error of desktop_app.sync: ``code`` (stable), ``message`` (Indonesian)."""

    def __init__(self, code: str, *, detail: str = "", **params: Any) -> None:
        self.code = code
        self.params = params
        self.detail = detail
        super().__init__(f"{code}: {self.message}" + (f" [{detail}]" if detail else ""))

    @property
    def message(self) -> str:
        """The Indonesian message filled with ``params``: a Msg the window can translate (the
        bare code for a code without a message)."""
        template = MESSAGES.get(self.code)
        if template is None:
            return self.code
        # the same Msg type, its literal template (collected from the table above) with our params
        return type(template)(template.template, **self.params)

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "params": dict(self.params)}


class KeysError(SyncError):
    """Key files missing, corrupt or inconsistent; an invalid public key."""


class PackageError(SyncError):
    """A package was refused; nothing was changed. ``code`` is one of the ``package.*`` codes."""
