"""Errors of the sync layer: a stable code, an Indonesian message, a technical detail.

The code is part of the CLI output, the package log and the documentation: never rename one.
``message`` is the Indonesian source text (the UI may translate it by code); ``detail`` is a
short technical note for logs and ``--debug`` output and never holds personal data.
"""

from __future__ import annotations

from typing import Any

# Indonesian source messages, looked up by code. ``{...}`` placeholders take ``params``.
MESSAGES: dict[str, str] = {
    # keys
    "keys.missing": "Kunci instalasi tidak ditemukan di {path}. Buat kunci baru (sipera init) "
    "atau pulihkan folder kunci dari cadangan.",
    "keys.corrupt": "Berkas kunci {name} rusak atau tidak dapat dibaca. Pulihkan folder kunci dari cadangan.",
    "keys.mismatch": "Berkas kunci di {path} tidak saling cocok (kunci rahasia dan kunci publik "
    "berbeda). Pulihkan folder kunci dari cadangan.",
    "keys.exists": "Kunci instalasi sudah ada di {path}; kunci lama tidak ditimpa.",
    "keys.invalid_public": "Kunci publik tidak sah: {reason}.",
    # packages
    "package.exists": "Berkas paket {name} sudah ada; paket lama tidak ditimpa.",
    "package.unreadable": "Berkas paket tidak dapat dibaca: {reason}.",
    "package.empty": "Berkas paket kosong (0 bita). Kemungkinan penyalinan belum selesai: "
    "salin ulang dari pengirim.",
    "package.too_large": "Berkas paket terlalu besar ({size} bita, batas {limit} bita).",
    "package.not_zip": "Berkas ini bukan paket SIPERA (bukan arsip ZIP).",
    "package.truncated": "Berkas paket terpotong atau rusak. Salin ulang dari pengirim.",
    "package.members": "Isi paket tidak sesuai format SIPERA: {reason}.",
    "package.bomb": "Paket ditolak: ukuran isi tidak wajar ({reason}).",
    "package.corrupt": "Isi paket rusak (pemeriksaan CRC gagal). Salin ulang dari pengirim.",
    "package.manifest": "Manifest paket tidak sah: {reason}.",
    "package.kind_mismatch": "Jenis paket salah: yang dibuka paket {kind}, yang diharapkan {expected}.",
    "package.signature": "Tanda tangan paket tidak sah: paket mungkin telah diubah setelah ditandatangani.",
    "package.unknown_key": "Paket ditandatangani oleh kunci yang belum terdaftar (sidik jari {fingerprint}).",
    "package.fingerprint": "Sidik jari kunci pengirim ({fingerprint}) tidak sama dengan yang "
    "diharapkan ({expected}).",
    "package.revoked_key": "Paket ditandatangani oleh kunci yang sudah dicabut (sidik jari {fingerprint}).",
    "package.source_mismatch": "Pengirim paket ({source}) tidak sesuai dengan wilayah yang "
    "terdaftar untuk kuncinya ({enrolled}).",
    "package.target_mismatch": "Paket ini ditujukan untuk {target}, bukan untuk {expected}.",
    "package.payload_hash": "Isi paket tidak cocok dengan manifest (ukuran atau SHA-256 "
    "berbeda): paket rusak atau telah diubah.",
    "package.decrypt": "Isi paket tidak dapat dibuka (didekripsi): {reason}.",
    "package.schema": "Baris {line} isi paket tidak sah: {reason}.",
}


class SyncError(Exception):
    """Base error of desktop_app.sync: ``code`` (stable), ``message`` (Indonesian)."""

    def __init__(self, code: str, *, detail: str = "", **params: Any) -> None:
        self.code = code
        self.params = params
        self.detail = detail
        super().__init__(f"{code}: {self.message}" + (f" [{detail}]" if detail else ""))

    @property
    def message(self) -> str:
        template = MESSAGES.get(self.code, self.code)
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return template

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "params": dict(self.params)}


class KeysError(SyncError):
    """Key files missing, corrupt or inconsistent; an invalid public key."""


class PackageError(SyncError):
    """A package was refused; nothing was changed. ``code`` is one of the ``package.*`` codes."""
