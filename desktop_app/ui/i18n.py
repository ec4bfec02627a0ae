"""Translations: Bahasa Indonesia is the source language, English comes from ``sipera_en.qm``.

Three call forms (STYLE.md 13): ``self.tr()`` inside the class that defines a string,
``QCoreApplication.translate("Context", ...)`` in functions, ``QT_TRANSLATE_NOOP`` for constants.
The vocabulary of ``core.person`` (context ``Vocab``) and the issue messages of
``core.issues.CATALOG`` (context ``Issue``) live in core as plain strings; they are repeated below
as literals so that ``pyside6-lupdate`` extracts them (it only sees literals). A test checks that
these lists equal the core values, so they cannot drift apart.

``SIPERA_PSEUDO_L10N=1`` installs a pseudo-translator that lengthens and marks every string, to
find clipped layouts (``python -m desktop_app.ui.screenshots`` honours it too).
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QTranslator

from desktop_app import paths
from desktop_app.core.issues import CATALOG, format_message
from desktop_app.core.text import Msg
from desktop_app.core.text import fill as fill_template

SOURCE_LANGUAGE = "id"
LANGUAGES: dict[str, str] = {"id": "Bahasa Indonesia", "en": "English"}
PSEUDO_ENV = "SIPERA_PSEUDO_L10N"
APP_CATALOG = "sipera"  # resources/translations/sipera_<lang>.qm
QT_ID_CATALOG = "qt_id"  # our Indonesian for Qt's own buttons (Qt ships no qtbase_id)

# ----------------------------------------------------------------------------- registry (literals)

VOCAB_LABELS: tuple[str, ...] = (
    # STATUS_LABELS
    QT_TRANSLATE_NOOP("Vocab", "Perlu perbaikan"),
    QT_TRANSLATE_NOOP("Vocab", "Siap kirim"),
    QT_TRANSLATE_NOOP("Vocab", "Terkirim"),
    QT_TRANSLATE_NOOP("Vocab", "Ditolak"),
    QT_TRANSLATE_NOOP("Vocab", "Terhapus"),
    # OCCUPATION_LABELS
    QT_TRANSLATE_NOOP("Vocab", "Petani/Pekebun"),
    QT_TRANSLATE_NOOP("Vocab", "Petani Tembakau"),
    QT_TRANSLATE_NOOP("Vocab", "Buruh Tani Tembakau"),
    QT_TRANSLATE_NOOP("Vocab", "Nelayan"),
    QT_TRANSLATE_NOOP("Vocab", "Pedagang"),
    QT_TRANSLATE_NOOP("Vocab", "Pengemudi Ojek"),
    QT_TRANSLATE_NOOP("Vocab", "Buruh Harian Lepas"),
    QT_TRANSLATE_NOOP("Vocab", "Marbot/Pekerja Keagamaan"),
    QT_TRANSLATE_NOOP("Vocab", "Peternak"),
    QT_TRANSLATE_NOOP("Vocab", "Pengrajin"),
    QT_TRANSLATE_NOOP("Vocab", "Kader (Posyandu/PKK)"),
    QT_TRANSLATE_NOOP("Vocab", "Ketua/Pengurus RT/RW"),
    QT_TRANSLATE_NOOP("Vocab", "Lainnya"),
    # FUNDING_LABELS
    QT_TRANSLATE_NOOP("Vocab", "APBD Kabupaten/Kota"),
    QT_TRANSLATE_NOOP("Vocab", "APBD Provinsi"),
    QT_TRANSLATE_NOOP("Vocab", "DBHCHT (cukai tembakau)"),
    QT_TRANSLATE_NOOP("Vocab", "DBH Sawit"),
    QT_TRANSLATE_NOOP("Vocab", "APBDes/Dana Desa"),
    # DATA_SOURCE_LABELS
    QT_TRANSLATE_NOOP("Vocab", "DTKS"),
    QT_TRANSLATE_NOOP("Vocab", "DTSEN"),
    QT_TRANSLATE_NOOP("Vocab", "P3KE"),
    QT_TRANSLATE_NOOP("Vocab", "Regsosek"),
    QT_TRANSLATE_NOOP("Vocab", "Usulan Desa"),
    # PROGRAMME_LABELS
    QT_TRANSLATE_NOOP("Vocab", "JKK + JKM"),
    QT_TRANSLATE_NOOP("Vocab", "JKK + JKM + JHT"),
    # DELETE_REASON_LABELS
    QT_TRANSLATE_NOOP("Vocab", "Meninggal dunia"),
    QT_TRANSLATE_NOOP("Vocab", "Pindah domisili"),
    QT_TRANSLATE_NOOP("Vocab", "Sudah terdaftar mandiri/oleh pemberi kerja"),
    QT_TRANSLATE_NOOP("Vocab", "Data ganda (duplikat)"),
    QT_TRANSLATE_NOOP("Vocab", "Tidak memenuhi syarat"),
    QT_TRANSLATE_NOOP("Vocab", "Salah input"),
    QT_TRANSLATE_NOOP("Vocab", "Atas permintaan yang bersangkutan"),
)

# Extra vocabulary the UI shows next to the core labels (sex, empty values).
EXTRA_VOCAB: dict[str, str] = {
    "L": QT_TRANSLATE_NOOP("Vocab", "Laki-laki"),
    "P": QT_TRANSLATE_NOOP("Vocab", "Perempuan"),
    "": QT_TRANSLATE_NOOP("Vocab", "(belum diisi)"),
}

ISSUE_TEMPLATES: dict[str, str] = {
    "nik.missing": QT_TRANSLATE_NOOP("Issue", "NIK belum diisi."),
    "nik.format": QT_TRANSLATE_NOOP("Issue", "NIK harus 16 angka (terisi {length} angka)."),
    "nik.excel_number": QT_TRANSLATE_NOOP("Issue", "NIK tersimpan sebagai angka di Excel: angka terakhirnya tidak bisa dipercaya. Ketik ulang dari KTP/KK."),
    "nik.province": QT_TRANSLATE_NOOP("Issue", "Dua angka pertama NIK ({code}) bukan kode provinsi."),
    "nik.region_zero": QT_TRANSLATE_NOOP("Issue", "Kode kabupaten atau kecamatan di NIK tidak boleh 00."),
    "nik.birthdate": QT_TRANSLATE_NOOP("Issue", "Bagian tanggal lahir di NIK ({part}) bukan tanggal yang mungkin."),
    "nik.serial": QT_TRANSLATE_NOOP("Issue", "Nomor urut NIK (4 angka terakhir) tidak boleh 0000."),
    "nik.region_unknown": QT_TRANSLATE_NOOP("Issue", "Kode wilayah NIK {code} tidak ada di daftar Kemendagri saat ini (mungkin kode lama sebelum pemekaran)."),
    "nik.birthdate_mismatch": QT_TRANSLATE_NOOP("Issue", "Tanggal lahir di NIK ({nik_date}) berbeda dengan tanggal lahir yang diisi ({entered})."),
    "nik.sex_mismatch": QT_TRANSLATE_NOOP("Issue", "Jenis kelamin menurut NIK ({nik_sex}) berbeda dengan yang diisi ({entered})."),
    "nik.duplicate": QT_TRANSLATE_NOOP("Issue", "NIK ini sudah dipakai oleh {name} di desa ini."),
    "kk.format": QT_TRANSLATE_NOOP("Issue", "Nomor KK tidak valid: {reason}."),
    "name.missing": QT_TRANSLATE_NOOP("Issue", "Nama belum diisi."),
    "birthdate.missing": QT_TRANSLATE_NOOP("Issue", "Tanggal lahir belum diisi."),
    "age.window": QT_TRANSLATE_NOOP("Issue", "Umur {age} tahun pada awal kepesertaan, di luar batas {min_age}-{max_age} tahun."),
    "phone.format": QT_TRANSLATE_NOOP("Issue", "Nomor HP tidak dikenal sebagai nomor seluler: {value}."),
    "dup.similar": QT_TRANSLATE_NOOP("Issue", "Mungkin orang yang sama dengan {name} (NIK {nik})."),
    "nik.other_village": QT_TRANSLATE_NOOP("Issue", "NIK ini juga terdaftar aktif di desa lain ({desa})."),
    "sex.missing": QT_TRANSLATE_NOOP("Issue", "Jenis kelamin belum diisi (L/P)."),
    "occupation.missing": QT_TRANSLATE_NOOP("Issue", "Pekerjaan belum diisi; pekerjaanlah yang menentukan seseorang pekerja rentan."),
    "occupation.other_missing": QT_TRANSLATE_NOOP("Issue", "Pekerjaan 'lainnya' dipilih tetapi keterangannya kosong."),
    "birthdate.future": QT_TRANSLATE_NOOP("Issue", "Tanggal lahir ({value}) ada di masa depan."),
    "coverage.period": QT_TRANSLATE_NOOP("Issue", "Akhir kepesertaan ({end}) sebelum awal kepesertaan ({start})."),
    "text.too_long": QT_TRANSLATE_NOOP("Issue", "Isian {label} terlalu panjang ({length} karakter; paling banyak {limit}). Persingkat isinya."),
    "funding.dbhcht_sector": QT_TRANSLATE_NOOP("Issue", "DBHCHT hanya untuk pekerja sektor tembakau; pekerjaan tercatat: {occupation}."),
}

# ----------------------------------------------------------------------------- lookups


def tr_vocab(label: str) -> str:
    """Translate a core vocabulary label (``OCCUPATION_LABELS`` values etc.)."""
    if not label:
        return label
    return QCoreApplication.translate("Vocab", label)


def sex_label(code: str) -> str:
    return QCoreApplication.translate("Vocab", EXTRA_VOCAB.get(code or "", code))


def tr_issue(issue: Any) -> str:
    """The operator's message for an ``Issue`` (or any object with ``code`` and ``params``)."""
    code = getattr(issue, "code", "")
    params = {k: tr_text(v) if isinstance(v, Msg) else v for k, v in (getattr(issue, "params", None) or {}).items()}
    if isinstance(params.get("occupation"), str):  # funding.dbhcht_sector names an occupation label
        params["occupation"] = tr_vocab(params["occupation"])
    spec = CATALOG.get(code)
    if spec is None:
        return format_message(code, params)
    return format_message(code, params, QCoreApplication.translate("Issue", spec.message))


MESSAGE_CONTEXT = "Pesan"  # templates of core.text.Msg, collected into ui/messages.py


def tr_text(text: Any) -> str:
    """A message from the lower layers in the operator's language: a ``core.text.Msg`` is looked
    up by its template (context ``Pesan``) and filled with its parameters, themselves translated;
    plain text comes back as it is."""
    if not isinstance(text, Msg):
        return "" if text is None else str(text)
    params = {k: tr_texts(v) if isinstance(v, list | tuple) else tr_text(v) if isinstance(v, Msg) else v
              for k, v in text.params.items()}
    return fill_template(QCoreApplication.translate(MESSAGE_CONTEXT, text.template), params)


def tr_texts(texts: Any, sep: str = " ") -> str:
    """Several messages translated one by one and joined (never join Msgs before translating)."""
    return sep.join(tr_text(t) for t in texts)


# ----------------------------------------------------------------------------- translators

_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def current_language() -> str:
    return _current


def normalize_language(lang: object) -> str:
    text = str(lang or "").strip().lower().replace("-", "_")
    short = text.split("_", 1)[0]
    return short if short in LANGUAGES else SOURCE_LANGUAGE


def pseudo_enabled() -> bool:
    return os.environ.get(PSEUDO_ENV, "").strip() not in ("", "0", "false", "no")


_PLACEHOLDER = re.compile(r"(\{[^}]*\}|%n|%L?\d+|&&|&.|<[^>]*>|\n)")
_ACCENTS = str.maketrans("aeiouAEIOUcnyCNY", "áéíóúÁÉÍÓÚçñýÇÑÝ")


def pseudo_text(text: str) -> str:
    """'Simpan' -> '⟦Símpán~~⟧': accents outside placeholders and about 40% more length."""
    if not text:
        return text
    parts = _PLACEHOLDER.split(text)
    out = "".join(p if i % 2 else p.translate(_ACCENTS) for i, p in enumerate(parts))
    return "⟦" + out + "~" * max(2, (len(text) * 2) // 5) + "⟧"


class PseudoTranslator(QTranslator):
    """Lengthens every string it is asked for; installed last, so it is asked first."""

    def __init__(self, parent: Any = None, base: list[QTranslator] | None = None) -> None:
        super().__init__(parent)
        self._base = base or []

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: ANN001, ANN201
        text = ""
        for tr in reversed(self._base):
            text = tr.translate(context, source_text, disambiguation, n)
            if text:
                break
        return pseudo_text(text or source_text)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return False


def install_translators(qapp: Any, lang: str) -> None:
    """Install Qt's own ``qtbase_<lang>`` translator, then SIPERA's; replaces earlier ones.

    Indonesian is the source language: our strings need no catalogue, and because Qt ships no
    ``qtbase_id`` our small ``qt_id.qm`` gives Qt's own buttons (OK, Batal, Lanjut) in Indonesian.
    """
    global _current
    lang = normalize_language(lang)
    for tr in _installed:
        qapp.removeTranslator(tr)
    _installed.clear()
    loaded: list[QTranslator] = []
    ours = str(paths.translations_dir())
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if lang == SOURCE_LANGUAGE:
        candidates = [(QT_ID_CATALOG, ours)]
    else:
        candidates = [("qtbase_" + lang, qt_dir), (f"{APP_CATALOG}_{lang}", ours)]
    for name, folder in candidates:
        tr = QTranslator(qapp)
        if tr.load(name, folder):
            loaded.append(tr)
    if pseudo_enabled():
        loaded = [PseudoTranslator(qapp, loaded)]
    for tr in loaded:
        qapp.installTranslator(tr)
        _installed.append(tr)
    _current = lang


LANGUAGE_FILE = "bahasa.txt"  # beside the database: start-up messages come before the database opens


def save_language(app: Any, lang: str) -> None:
    """Keep the operator's language in the database and in a small file beside it, so that even
    a refusal at start-up (database locked, damaged or newer) speaks that language."""
    app.set_preference("language", lang)
    try:
        (Path(app.data_dir) / LANGUAGE_FILE).write_text(normalize_language(lang) + "\n", encoding="ascii")
    except (OSError, TypeError, AttributeError):
        pass  # the database holds the choice; the file only helps the next start-up


def startup_language(data_dir: Path) -> str:
    """The language to speak before the database is open (``'id'`` when none was saved)."""
    try:
        return normalize_language((Path(data_dir) / LANGUAGE_FILE).read_text(encoding="ascii", errors="replace"))
    except OSError:
        return SOURCE_LANGUAGE


def language_of(app: Any) -> str:
    """The saved language preference of an ``App`` (``'id'`` when unset or unreadable)."""
    try:
        return normalize_language(app.preference("language", SOURCE_LANGUAGE))
    except Exception:  # noqa: BLE001 - a broken preference must never stop the window
        return SOURCE_LANGUAGE
