"""Validation issues: stable codes, severities and their Indonesian messages.

Codes are part of the CLI output, the packages and the documentation: add codes, never rename.
Messages are Indonesian source strings; the UI translates them through Qt with the context
``"Issue"`` (see ``desktop_app/ui/i18n.py``), the CLI prints them as they are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Issue:
    code: str
    field: str
    severity: Severity
    params: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def message(self) -> str:
        return format_message(self.code, self.params)

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "field": self.field,
            "severity": str(self.severity),
            "message": self.message(),
        }


@dataclass(frozen=True, slots=True)
class IssueSpec:
    code: str
    field: str
    severity: Severity
    message: str  # Indonesian source text with {placeholders}


_E, _W = Severity.ERROR, Severity.WARNING

# code -> spec. Order is the order shown to the operator.
CATALOG: dict[str, IssueSpec] = {
    s.code: s
    for s in (
        IssueSpec("nik.missing", "nik", _E, "NIK belum diisi."),
        IssueSpec("nik.format", "nik", _E, "NIK harus 16 angka (terisi {length} angka)."),
        IssueSpec(
            "nik.excel_number",
            "nik",
            _E,
            "NIK tersimpan sebagai angka di Excel: angka terakhirnya tidak bisa dipercaya. "
            "Ketik ulang dari KTP/KK.",
        ),
        IssueSpec("nik.province", "nik", _E, "Dua angka pertama NIK ({code}) bukan kode provinsi."),
        IssueSpec("nik.region_zero", "nik", _E, "Kode kabupaten atau kecamatan di NIK tidak boleh 00."),
        IssueSpec(
            "nik.birthdate",
            "nik",
            _E,
            "Bagian tanggal lahir di NIK ({part}) bukan tanggal yang mungkin.",
        ),
        IssueSpec("nik.serial", "nik", _E, "Nomor urut NIK (4 angka terakhir) tidak boleh 0000."),
        IssueSpec(
            "nik.region_unknown",
            "nik",
            _W,
            "Kode wilayah NIK {code} tidak ada di daftar Kemendagri saat ini "
            "(mungkin kode lama sebelum pemekaran).",
        ),
        IssueSpec(
            "nik.birthdate_mismatch",
            "birth_date",
            _W,
            "Tanggal lahir di NIK ({nik_date}) berbeda dengan tanggal lahir yang diisi ({entered}).",
        ),
        IssueSpec(
            "nik.sex_mismatch",
            "sex",
            _W,
            "Jenis kelamin menurut NIK ({nik_sex}) berbeda dengan yang diisi ({entered}).",
        ),
        IssueSpec(
            "nik.duplicate",
            "nik",
            _E,
            "NIK ini sudah dipakai oleh {name} di desa ini.",
        ),
        IssueSpec("kk.format", "kk_number", _W, "Nomor KK tidak valid: {reason}."),
        IssueSpec("name.missing", "full_name", _E, "Nama belum diisi."),
        IssueSpec("birthdate.missing", "birth_date", _E, "Tanggal lahir belum diisi."),
        IssueSpec(
            "age.window",
            "birth_date",
            _W,
            "Umur {age} tahun pada awal kepesertaan, di luar batas {min_age}-{max_age} tahun.",
        ),
        IssueSpec("phone.format", "phone", _W, "Nomor HP tidak dikenal sebagai nomor seluler: {value}."),
        IssueSpec(
            "dup.similar",
            "full_name",
            _W,
            "Mungkin orang yang sama dengan {name} (NIK {nik}).",
        ),
        IssueSpec(
            "nik.other_village",
            "nik",
            _W,
            "NIK ini juga terdaftar aktif di desa lain ({desa}).",
        ),
        IssueSpec("sex.missing", "sex", _E, "Jenis kelamin belum diisi (L/P)."),
        IssueSpec(
            "occupation.missing",
            "occupation",
            _W,
            "Pekerjaan belum diisi; pekerjaanlah yang menentukan seseorang pekerja rentan.",
        ),
        IssueSpec(
            "occupation.other_missing",
            "occupation_other",
            _W,
            "Pekerjaan 'lainnya' dipilih tetapi keterangannya kosong.",
        ),
        IssueSpec(
            "birthdate.future",
            "birth_date",
            _E,
            "Tanggal lahir ({value}) ada di masa depan.",
        ),
        IssueSpec(
            "coverage.period",
            "coverage_end",
            _E,
            "Akhir kepesertaan ({end}) sebelum awal kepesertaan ({start}).",
        ),
        IssueSpec(
            "text.too_long",
            "",  # the field is the one that is too long (Issue.field)
            _E,
            "Isian {label} terlalu panjang ({length} karakter; paling banyak {limit}). Persingkat isinya.",
        ),
        IssueSpec(
            "funding.dbhcht_sector",
            "funding_source",
            _W,
            "DBHCHT hanya untuk pekerja sektor tembakau; pekerjaan tercatat: {occupation}.",
        ),
    )
}


def make_issue(code: str, /, **params: Any) -> Issue:
    spec = CATALOG[code]
    return Issue(code, spec.field, spec.severity, params)


def format_message(code: str, params: dict[str, Any], template: str | None = None) -> str:
    """Fill the (possibly translated) template of ``code``; never raises on missing params."""
    text = template if template is not None else CATALOG[code].message if code in CATALOG else code
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return text


def has_errors(issues: list[Issue]) -> bool:
    return any(i.severity is Severity.ERROR for i in issues)
