"""The person record (one pekerja rentan in one village) and its vocabularies.

Plain dataclasses and enums: no Qt, no SQL. Labels are Indonesian source strings; the UI
translates them with the context ``"Vocab"``.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime
from enum import StrEnum
from typing import Any


class Sex(StrEnum):
    L = "L"
    P = "P"


class Occupation(StrEnum):
    PETANI = "petani"
    PETANI_TEMBAKAU = "petani_tembakau"
    BURUH_TANI_TEMBAKAU = "buruh_tani_tembakau"
    NELAYAN = "nelayan"
    PEDAGANG = "pedagang"
    OJEK = "ojek"
    BURUH_HARIAN_LEPAS = "buruh_harian_lepas"
    PEKERJA_KEAGAMAAN = "pekerja_keagamaan"
    PETERNAK = "peternak"
    PENGRAJIN = "pengrajin"
    KADER = "kader"
    RT_RW = "rt_rw"
    LAINNYA = "lainnya"


OCCUPATION_LABELS: dict[str, str] = {
    "petani": "Petani/Pekebun",
    "petani_tembakau": "Petani Tembakau",
    "buruh_tani_tembakau": "Buruh Tani Tembakau",
    "nelayan": "Nelayan",
    "pedagang": "Pedagang",
    "ojek": "Pengemudi Ojek",
    "buruh_harian_lepas": "Buruh Harian Lepas",
    "pekerja_keagamaan": "Marbot/Pekerja Keagamaan",
    "peternak": "Peternak",
    "pengrajin": "Pengrajin",
    "kader": "Kader (Posyandu/PKK)",
    "rt_rw": "Ketua/Pengurus RT/RW",
    "lainnya": "Lainnya",
}

TOBACCO_OCCUPATIONS = frozenset({"petani_tembakau", "buruh_tani_tembakau"})


class FundingSource(StrEnum):
    APBD_KABUPATEN = "apbd_kabupaten"
    APBD_PROVINSI = "apbd_provinsi"
    DBHCHT = "dbhcht"
    DBH_SAWIT = "dbh_sawit"
    APBDES = "apbdes"


FUNDING_LABELS: dict[str, str] = {
    "apbd_kabupaten": "APBD Kabupaten/Kota",
    "apbd_provinsi": "APBD Provinsi",
    "dbhcht": "DBHCHT (cukai tembakau)",
    "dbh_sawit": "DBH Sawit",
    "apbdes": "APBDes/Dana Desa",
}


class DataSource(StrEnum):
    DTKS = "dtks"
    DTSEN = "dtsen"
    P3KE = "p3ke"
    REGSOSEK = "regsosek"
    USULAN_DESA = "usulan_desa"
    LAINNYA = "lainnya"


DATA_SOURCE_LABELS: dict[str, str] = {
    "dtks": "DTKS",
    "dtsen": "DTSEN",
    "p3ke": "P3KE",
    "regsosek": "Regsosek",
    "usulan_desa": "Usulan Desa",
    "lainnya": "Lainnya",
}


class Programme(StrEnum):
    JKK_JKM = "jkk_jkm"
    JKK_JKM_JHT = "jkk_jkm_jht"


PROGRAMME_LABELS: dict[str, str] = {"jkk_jkm": "JKK + JKM", "jkk_jkm_jht": "JKK + JKM + JHT"}


class DeleteReason(StrEnum):
    MENINGGAL = "meninggal"
    PINDAH = "pindah"
    TERDAFTAR_MANDIRI = "terdaftar_mandiri"
    DUPLIKAT = "duplikat"
    TIDAK_MEMENUHI_SYARAT = "tidak_memenuhi_syarat"
    SALAH_INPUT = "salah_input"
    PERMINTAAN_SENDIRI = "permintaan_sendiri"
    LAINNYA = "lainnya"


DELETE_REASON_LABELS: dict[str, str] = {
    "meninggal": "Meninggal dunia",
    "pindah": "Pindah domisili",
    "terdaftar_mandiri": "Sudah terdaftar mandiri/oleh pemberi kerja",
    "duplikat": "Data ganda (duplikat)",
    "tidak_memenuhi_syarat": "Tidak memenuhi syarat",
    "salah_input": "Salah input",
    "permintaan_sendiri": "Atas permintaan yang bersangkutan",
    "lainnya": "Lainnya",
}


class RecordStatus(StrEnum):
    """What the operator sees; derived from issues, sending state and district results."""

    PERLU_PERBAIKAN = "perlu_perbaikan"  # has errors: held back from packages
    SIAP_KIRIM = "siap_kirim"  # no errors, changed since the last package
    TERKIRIM = "terkirim"  # current rev was sent
    DITOLAK = "ditolak"  # the district rejected it
    TERHAPUS = "terhapus"  # tombstone


STATUS_LABELS: dict[str, str] = {
    "perlu_perbaikan": "Perlu perbaikan",
    "siap_kirim": "Siap kirim",
    "terkirim": "Terkirim",
    "ditolak": "Ditolak",
    "terhapus": "Terhapus",
}


class VerificationStatus(StrEnum):
    BELUM = "belum"
    DITERIMA = "diterima"
    DITOLAK = "ditolak"


class DukcapilMatch(StrEnum):
    UNKNOWN = "unknown"
    PADAN = "padan"
    TIDAK_PADAN = "tidak_padan"


class BpjsStatus(StrEnum):
    BELUM = "belum"
    TERDAFTAR = "terdaftar"
    DITOLAK = "ditolak"


DEFAULT_INCOME = 1_000_000  # what the contribution maths assume when no income was declared

# Fields owned by the village (a higher rev from the village replaces them at the district).
VILLAGE_FIELDS: tuple[str, ...] = (
    "nik",
    "nik_from_number",
    "kk_number",
    "full_name",
    "name_title",
    "birth_place",
    "birth_date",
    "sex",
    "address",
    "rt",
    "rw",
    "dusun",
    "phone",
    "occupation",
    "occupation_other",
    "income",
    "programme",
    "funding_source",
    "coverage_start",
    "coverage_end",
    "data_source",
    "desil",
    "notes",
)

# Fields owned by the district (kept on merge, sent back in feedback).
DISTRICT_FIELDS: tuple[str, ...] = (
    "verification_status",
    "verification_reason",
    "dukcapil_match",
    "bpjs_status",
    "bpjs_reason",
    "kpj_number",
)


def new_id() -> str:
    """A random (version 4) UUID as text, like ``str(uuid.uuid4())`` at a quarter of the cost:
    16 random bytes with the version nibble set to 4 and the variant bits to 10."""
    h = _urandom(16).hex()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{_VARIANT[h[16]]}{h[17:20]}-{h[20:]}"


_urandom = os.urandom
_VARIANT = {d: "89ab"[int(d, 16) & 3] for d in "0123456789abcdef"}


@dataclass(slots=True)
class Person:
    """One person in one village. Empty text is ``""``; unknown dates/numbers are None."""

    id: str = field(default_factory=new_id)
    desa_code: str = ""
    # village-owned
    nik: str = ""
    nik_from_number: bool = False  # the NIK arrived as a spreadsheet number (nik.excel_number)
    kk_number: str = ""
    full_name: str = ""
    name_title: str = ""  # H., Hj., Drs., S.Pd. ... kept apart from the name
    birth_place: str = ""
    birth_date: date | None = None
    sex: str = ""  # "L" / "P" / ""
    address: str = ""
    rt: str = ""
    rw: str = ""
    dusun: str = ""
    phone: str = ""
    occupation: str = ""
    occupation_other: str = ""
    income: int | None = None  # declared Rp/month; None: not declared (never invented)
    programme: str = Programme.JKK_JKM.value
    funding_source: str = ""
    coverage_start: date | None = None
    coverage_end: date | None = None
    data_source: str = ""
    desil: int | None = None
    notes: str = ""
    # district-owned
    verification_status: str = VerificationStatus.BELUM.value
    verification_reason: str = ""
    dukcapil_match: str = DukcapilMatch.UNKNOWN.value
    bpjs_status: str = BpjsStatus.BELUM.value
    bpjs_reason: str = ""
    kpj_number: str = ""
    # bookkeeping
    rev: int = 0
    created_at: datetime | None = None
    created_by: str = ""
    updated_at: datetime | None = None
    updated_by: str = ""
    deleted_at: datetime | None = None
    delete_reason: str = ""
    sent_rev: int = 0  # highest rev included in a package (village side)

    @property
    def deleted(self) -> bool:
        return self.deleted_at is not None

    def copy(self, **changes: Any) -> Person:
        data = {name: getattr(self, name) for name in _FIELD_NAMES}
        data.update(changes)
        return Person(**data)

    def village_values(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in VILLAGE_FIELDS}

    def district_values(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in DISTRICT_FIELDS}

    def to_json(self) -> dict[str, Any]:
        """English snake_case keys, ISO dates (the CLI and package shape)."""
        out: dict[str, Any] = {}
        for key, value in asdict(self).items():
            if isinstance(value, datetime | date):
                value = value.isoformat()
            out[key] = value
        out["deleted"] = self.deleted
        return out


PERSON_FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in fields(Person))
_FIELD_NAMES = PERSON_FIELD_NAMES


def status_of(person: Person, has_error: bool) -> RecordStatus:
    if person.deleted:
        return RecordStatus.TERHAPUS
    if has_error:
        return RecordStatus.PERLU_PERBAIKAN
    if person.verification_status == VerificationStatus.DITOLAK or person.bpjs_status == BpjsStatus.DITOLAK:
        return RecordStatus.DITOLAK
    if person.sent_rev and person.sent_rev >= person.rev:
        return RecordStatus.TERKIRIM
    return RecordStatus.SIAP_KIRIM


def mask_nik(nik: str) -> str:
    """3503********0001: for lists, logs and error reports."""
    digits = "".join(ch for ch in nik if ch.isdigit())
    if len(digits) < 8:
        return "*" * len(digits)
    return digits[:4] + "*" * (len(digits) - 8) + digits[-4:]
