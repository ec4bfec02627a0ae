"""Realistic synthetic village records for demos, screenshots, tests and benchmarks.

``generate("35.03.01.2001", 2000)`` gives persons as a village operator would have them: Javanese
and Indonesian names (some with H./Hj.), NIKs that agree with birth date, sex (+40 for women) and
region (mostly the village's own kecamatan, some from other kecamatan of the kabupaten, since a NIK
keeps the code where it was first issued), KK numbers shared inside households, RT/RW per dusun,
mobile phones, occupations and funding as a district would fund them.

About 10% of the records carry one of the problems the app must catch (see ``PROBLEM_KINDS``):
the kind per record is returned by :func:`generate_with_labels`. Everything is deterministic for a
given seed and ``today``; 100,000 records take a few seconds. All names and numbers are invented.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from datetime import date
from typing import TypeVar

from . import regions
from .person import (
    DataSource,
    FundingSource,
    Occupation,
    Person,
    Programme,
)

__all__ = ["PROBLEM_KINDS", "PROBLEM_RATE", "generate", "generate_with_labels"]

PROBLEM_RATE = 0.10
PROBLEM_KINDS: tuple[str, ...] = (
    "nik_birthdate_mismatch",  # one wrong digit in the NIK's date part (nik.birthdate_mismatch)
    "nik_excel_number",  # the NIK came as an Excel number: last digit 0 (nik.excel_number)
    "nik_15_digits",  # one digit missing (nik.format)
    "nik_sementara",  # OpenSID "NIK sementara" starting with 0 (nik.province)
    "duplicate_variant",  # the same person again: MUHAMMAD/MOCH, near NIK (dup.similar)
    "landline_phone",  # a landline instead of a mobile (phone.format)
    "nik_sex_mismatch",  # a woman whose NIK has no +40 (nik.sex_mismatch)
    "age_window",  # younger than 18 or older than 65 (age.window)
    "birthdate_missing",  # no birth date entered (birthdate.missing)
)

_T = TypeVar("_T")
_APBD_KAB = FundingSource.APBD_KABUPATEN.value
_APBD_PROV = FundingSource.APBD_PROVINSI.value
_DBHCHT = FundingSource.DBHCHT.value
_APBDES = FundingSource.APBDES.value
_LAINNYA = Occupation.LAINNYA.value
_JKK_JKM = Programme.JKK_JKM.value
_JKK_JKM_JHT = Programme.JKK_JKM_JHT.value
_USULAN_DESA = DataSource.USULAN_DESA.value
_DESIL = (1, 1, 2, 2, 3, 3, 4, 5)

_CODE = re.compile(r"^([0-9]{2})\.([0-9]{2})\.([0-9]{2})\.([0-9]{4})$")

# --------------------------------------------------------------------------- vocabularies

_M_SINGLE = (
    "SUPARMAN SUTRISNO SUKIRMAN PAIMAN SARIMIN SUYONO SUMARNO SUPRIYADI SLAMET SUGENG SUKARDI SUWITO "
    "PAIDI KATIMIN JUMADI SARDI TUKIMAN SAMIRAN WAGIMAN MUJIONO SUPONO KASMIN SUDARSONO SUMADI SURATNO "
    "SUROSO SUJARWO SUPARNO PARIMAN KASIRAN SAMINO RAMELAN SUKADI TARMUJI WARSITO SUGIYANTO SUHARTO "
    "MISNAN MISKAN NGATIMIN NGADIMAN NGATIRAN PONIMAN PONIRAN SAIMAN RUSDI SUNARTO SUWARNO SUTARJI "
    "SUYATNO WAGINO JUMINO KATENO SARIJO SUKIMIN TUMIRAN SUDIRMAN SUWANDI KUSNADI MARDI PARDI SUTOYO "
    "GIMAN SUGITO SUDARMAJI KASNO PARMIN LASIMAN DARMAJI SUPRAPTO SUYITNO HARTONO KUSWANTO SUMARDI "
    "WARDOYO SAMSUDIN MARJUKI KHOIRI MASHURI TAMAJI SUKAMTO JAENURI BONARI SUPANGAT"
).split()
_M_FIRST = (
    "AGUS BUDI EKO DWI TRI JOKO HERU ARIF ANDI DEDI HADI WAHYU BAMBANG TEGUH RUDI YUDI DIDIK DENI "
    "FERI IMAM ANTON ADI BAGUS YOGI RIZKY DANI FAJAR ARIS HENDRA RIYAN BAYU DIMAS ILHAM GILANG "
    "SIGIT SAMSUL NANANG PUJI ROHMAT DODIK SONY ANANG"
).split()
_M_LAST = (
    "SETIAWAN SANTOSO PRASETYO WIBOWO SUSANTO HARTONO PURNOMO NUGROHO SAPUTRA KURNIAWAN HIDAYAT "
    "WIJAYA SUSILO PRAYITNO RAHARJO SUBAGYO HERMAWAN FIRMANSYAH PRAMONO UTOMO SUPRIYANTO SETIYONO "
    "WALUYO SUGIARTO WAHYUDI SANTOSA PAMUNGKAS ARDIANSYAH PRATAMA SEPTIAN SUBEKTI WIDODO"
).split()
_ISLAMIC_FIRST = ("MUHAMMAD", "MUHAMMAD", "MUHAMMAD", "AHMAD", "AHMAD", "ABDUL")
_ISLAMIC_LAST = (
    "ROFIQ FAUZI ROZAQ SHOLEH HASAN HUSEIN ALI ANSHORI MUSTOFA SYAIFUL ROHMAN MALIK MUJIB NASIR "
    "FATONI ZAINURI SUBKHAN ARIFIN IQBAL FAISAL RIDWAN NURHADI HAMDANI ZAKARIA SHODIQ MUHLISIN "
    "KHOLIL JAZULI SYAMSUL_HADI KHOIRUL_ANAM ZAINAL_ARIFIN BAHRUL_ULUM MASRUKHAN MAHFUD SYAIFUDIN"
).split()
_ABDUL_LAST = "ROHMAN MALIK AZIZ GHOFUR KHOLIQ MAJID WAHID ROUF HAMID LATIF QODIR MANAN SALAM KARIM".split()
_F_SINGLE = (
    "SUMIATI SUPARMI PAINEM SUKINAH SUPIAH SUTINAH TUMINEM SARMI SUKARTI SUWARNI SUPARTI SUMARNI "
    "WAGINEM PARTINI JUMIATI SUTIAH MARSINI KASIYEM SAMINAH SUNARSIH SUMIRAH SUYATMI TUMINAH KATEMI "
    "SUPINAH SUKIYEM PONIYEM SUJINAH SURATMI MUJIATI SULASTRI SUTARMI SUPRIATIN TARMINI PAINI "
    "SUMIYATI WARSINI SUKESI MURTINI NGATINI NGATEMI SAMIATUN SUWATI YATMI SUPRIHATIN SRIYATUN SUMINI "
    "SUPINI LASMI KARTINI WATINI SUTRIANI RATMI TUKINEM JUMINAH KASMI KASINAH MISIRAH RUKAYAH"
).split()
_F_FIRST = (
    "SITI SITI SITI SRI SRI DWI TRI NUR ENDANG EKA DEWI RINA YULI ANI LILIK TUTIK ENI NINIK ERNA "
    "WIWIK SUSI EVI RATNA NOVI INDAH FITRI DIAN LINDA PUTRI RIKA"
).split()
_F_LAST = (
    "AMINAH WAHYUNI LESTARI RAHAYU SUSANTI HANDAYANI PURWANTI ASTUTI MULYANI NINGSIH WULANDARI "
    "KHOTIMAH FATIMAH MUAROFAH ROHMAH MUNAWAROH ZULAIKHA MAISAROH SUNDARI SETYOWATI KURNIASIH "
    "RATNASARI YULIANTI HARTATIK SULISTYOWATI ANGGRAINI MARYAM NURHAYATI SOLIKHAH UMAYAH MUSLIKAH "
    "JUWARIYAH ROSYIDAH ZUBAIDAH KOMARIYAH HIDAYAH UTAMI PRATIWI SAFITRI FAUZIAH"
).split()
# Spelling variants an operator may type for the same person (duplicate_variant).
_VARIANTS: dict[str, tuple[str, ...]] = {
    "MUHAMMAD": ("MOCH", "MOCH.", "MOH.", "M.", "MUHAMAD", "MOCHAMMAD", "MOHAMMAD"),
    "AHMAD": ("ACHMAD", "AKHMAD"),
    "SITI": ("ST.", "SITTI"),
    "ABDUL": ("ABD.",),
}
_DUSUN = (
    "KRAJAN SUMBERREJO NGLEBENG KARANGANYAR TEGALREJO SUKOREJO GUNUNGSARI NGRAYUNG JATIREJO PUCANGAN "
    "BANARAN KEDUNGSARI SIDOMULYO WONOREJO MOJOREJO NGADIREJO SUMBERAGUNG TAMBAKREJO KALIPANG DUKUH"
).split()
_FALLBACK_TOWNS = ("TRENGGALEK", "TULUNGAGUNG", "PONOROGO", "BLITAR", "KEDIRI", "MALANG", "SURABAYA")
_BIG_CITIES = ("SURABAYA", "JAKARTA", "MALANG", "SEMARANG", "BANDUNG", "YOGYAKARTA")
_MOBILE_PREFIXES = (
    "0812 0812 0813 0821 0822 0823 0852 0852 0853 0856 0857 0857 0858 0877 0878 0895 0896 0838 0831 0881 0819"
).split()
_LANDLINE_AREAS = ("0355", "0341", "0351", "0352", "0354", "0356", "0357")
_OTHER_JOBS = ("Tukang Batu", "Penjahit", "Sopir Angkutan", "Tukang Kayu", "Pemulung", "Tukang Cukur", "Penambang Pasir")

_OCCUPATIONS: tuple[tuple[str, int], ...] = (
    (Occupation.PETANI.value, 30),
    (Occupation.PETANI_TEMBAKAU.value, 11),
    (Occupation.BURUH_TANI_TEMBAKAU.value, 5),
    (Occupation.NELAYAN.value, 6),
    (Occupation.PEDAGANG.value, 12),
    (Occupation.OJEK.value, 6),
    (Occupation.BURUH_HARIAN_LEPAS.value, 16),
    (Occupation.PEKERJA_KEAGAMAAN.value, 4),
    (Occupation.PETERNAK.value, 4),
    (Occupation.PENGRAJIN.value, 2),
    (Occupation.KADER.value, 2),
    (Occupation.RT_RW.value, 1),
    (Occupation.LAINNYA.value, 1),
)
_DATA_SOURCES: tuple[tuple[str, int], ...] = (
    (DataSource.DTKS.value, 40),
    (DataSource.DTSEN.value, 35),
    (DataSource.USULAN_DESA.value, 20),
    (DataSource.P3KE.value, 5),
)


def _cumulative(weights: tuple[tuple[str, int], ...]) -> tuple[list[str], list[int]]:
    values, cum, acc = [], [], 0
    for value, w in weights:
        acc += w
        values.append(value)
        cum.append(acc)
    return values, cum


def _town(name: str) -> str:
    upper = name.upper()
    for prefix in ("KABUPATEN ", "KOTA ADMINISTRASI ", "KOTA "):
        if upper.startswith(prefix):
            return upper[len(prefix) :]
    return upper


# --------------------------------------------------------------------------- generator


class _Gen:
    def __init__(self, desa_code: str, seed: int, today: date) -> None:
        m = _CODE.match(desa_code.strip()) if isinstance(desa_code, str) else None
        if m is None:
            raise ValueError(f"kode desa harus berbentuk PP.KK.CC.DDDD, bukan {desa_code!r}")
        self.desa_code = desa_code.strip()
        pp, kk, cc, _ = m.groups()
        self.kab_code = f"{pp}.{kk}"
        self.own_prefix = f"{pp}{kk}{cc}"
        self.rng = random.Random(seed)
        self.today = today
        rng = self.rng

        others = [r.code.replace(".", "") for r in regions.kecamatan_of(self.kab_code)]
        self.other_prefixes = [p for p in others if p != self.own_prefix] or [self.own_prefix]
        kab = regions.get(self.kab_code)
        self.home_town = _town(kab.name) if kab else _FALLBACK_TOWNS[0]
        neighbours = [_town(r.name) for r in regions.kabupaten_of(pp)]
        self.neighbour_towns = [t for t in neighbours if t != self.home_town] or list(_FALLBACK_TOWNS)

        # dusun -> (rw, number of RTs)
        dusun_names = rng.sample(_DUSUN, self.randint(3, 6))
        self.dusun = [(name, f"{i + 1:03d}", self.randint(3, 8)) for i, name in enumerate(dusun_names)]

        self.occ_values, self.occ_cum = _cumulative(_OCCUPATIONS)
        self.src_values, self.src_cum = _cumulative(_DATA_SOURCES)
        self.year = today.year
        self.serials: dict[str, int] = {}
        self.niks: set[str] = set()
        self.kk_serials: dict[str, int] = {}
        self.temp_serial = 0
        # ages 18..65 on today
        self.young_ord = _years_before(today, 18).toordinal()
        self.old_ord = _years_before(today, 66).toordinal() + 1
        self.kk_first_ord = date(2008, 1, 1).toordinal()
        self.kk_last_ord = max(self.kk_first_ord, today.toordinal() - 30)

    # ---- pieces

    def choice(self, seq: Sequence[_T]) -> _T:
        return seq[int(self.rng.random() * len(seq))]

    def randint(self, lo: int, hi: int) -> int:
        return lo + int(self.rng.random() * (hi - lo + 1))

    def new_id(self) -> str:
        """A random (version 4) UUID drawn from the seeded generator."""
        bits = self.rng.getrandbits(128)
        bits = (bits & ~(0xF000 << 64)) | (0x4000 << 64)  # version 4
        bits = (bits & ~(0xC000 << 48)) | (0x8000 << 48)  # RFC 4122 variant
        h = f"{bits:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def name(self, sex: str, born: date) -> str:
        rng = self.rng
        old = born.year < 1975
        r = rng.random()
        if sex == "L":
            if r < (0.5 if old else 0.2):
                return self.choice(_M_SINGLE)
            if r < 0.75:
                first = self.choice(_ISLAMIC_FIRST)
                last = self.choice(_ABDUL_LAST if first == "ABDUL" else _ISLAMIC_LAST)
                return f"{first} {last.replace('_', ' ')}"
            return f"{self.choice(_M_FIRST)} {self.choice(_M_LAST)}"
        if r < (0.5 if old else 0.2):
            return self.choice(_F_SINGLE)
        return f"{self.choice(_F_FIRST)} {self.choice(_F_LAST)}"

    def birth_date(self, *, outside_window: bool = False) -> date:
        rng = self.rng
        if outside_window:
            if rng.random() < 0.4:
                lo, hi = _years_before(self.today, 18).toordinal() + 1, _years_before(self.today, 16).toordinal()
            else:
                lo, hi = _years_before(self.today, 76).toordinal() + 1, _years_before(self.today, 66).toordinal()
            return date.fromordinal(self.randint(lo, hi))
        return date.fromordinal(self.randint(self.old_ord, self.young_ord))

    def prefix(self) -> str:
        if self.rng.random() < 0.12:
            return self.choice(self.other_prefixes)
        return self.own_prefix

    def nik(self, prefix: str, born: date, sex: str) -> str:
        day = born.day + (40 if sex == "P" else 0)
        head = f"{prefix}{day:02d}{born.month:02d}{born.year % 100:02d}"
        serial = self.serials.get(head, 0) + 1
        while True:
            nik = f"{head}{serial:04d}"
            if nik not in self.niks:
                break
            serial += 1
        self.serials[head] = serial
        self.niks.add(nik)
        return nik

    def kk(self) -> str:
        d = date.fromordinal(self.randint(self.kk_first_ord, self.kk_last_ord))
        head = f"{self.own_prefix}{d.day:02d}{d.month:02d}{d.year % 100:02d}"
        serial = self.kk_serials.get(head, 0) + 1
        self.kk_serials[head] = serial
        return f"{head}{serial:04d}"

    def mobile(self) -> str:
        rng = self.rng
        rest = self.randint(10_000_000, 99_999_999) if rng.random() < 0.7 else self.randint(1_000_000, 9_999_999)
        return f"{self.choice(_MOBILE_PREFIXES)}{rest}"

    # ---- one record

    def person(self, *, sex: str | None = None, born: date | None = None) -> Person:
        rng = self.rng
        sex = sex or ("P" if rng.random() < 0.42 else "L")
        born = born or self.birth_date()
        name = self.name(sex, born)
        title = ""
        if born.year < 1980 and rng.random() < 0.04:
            title = "H." if sex == "L" else "Hj."
        r = rng.random()
        place = (
            self.home_town
            if r < 0.7
            else self.choice(self.neighbour_towns)
            if r < 0.95
            else self.choice(_BIG_CITIES)
        )
        dusun, rw, rts = self.choice(self.dusun)
        occupation = self.occ_values[_pick(rng, self.occ_cum)]
        other = self.choice(_OTHER_JOBS) if occupation == _LAINNYA else ""
        if occupation in ("petani_tembakau", "buruh_tani_tembakau") and rng.random() < 0.75:
            funding, start = _DBHCHT, date(self.year, 6, 1)
        else:
            f = rng.random()
            if f < 0.88:
                funding, start = _APBD_KAB, date(self.year, 1, 1)
            elif f < 0.96:
                funding, start = _APBD_PROV, date(self.year, 4, 1)
            else:
                funding, start = _APBDES, date(self.year, 1, 1)
        source = self.src_values[_pick(rng, self.src_cum)]
        desil = self.choice(_DESIL) if source in ("dtsen", "p3ke") else None
        return Person(
            id=self.new_id(),
            desa_code=self.desa_code,
            nik=self.nik(self.prefix(), born, sex),
            kk_number=self.kk(),
            full_name=name,
            name_title=title,
            birth_place=place,
            birth_date=born,
            sex=sex,
            address=f"DUSUN {dusun}",
            rt=f"{self.randint(1, rts):03d}",
            rw=rw,
            dusun=dusun,
            phone=self.mobile() if rng.random() < 0.88 else "",
            occupation=occupation,
            occupation_other=other,
            income=None,  # nobody declared one: the record claims none (the budget assumes the minimum)
            programme=_JKK_JKM_JHT if rng.random() < 0.02 else _JKK_JKM,
            funding_source=funding,
            coverage_start=start,
            coverage_end=date(self.year, 12, 31),
            data_source=source,
            desil=desil,
        )

    # ---- problems

    def with_problem(self, kind: str, pool: list[Person]) -> Person | None:
        """A record showing ``kind``; None when it cannot be made (the caller makes a clean one)."""
        if kind == "duplicate_variant":
            return self.duplicate(pool)
        if kind == "nik_sex_mismatch":
            p = self.person(sex="P")
            self.niks.discard(p.nik)
            p.nik = self.nik(p.nik[:6], p.birth_date, "L")
            return p
        if kind == "age_window":
            return self.person(born=self.birth_date(outside_window=True))
        p = self.person()
        if kind == "birthdate_missing":
            p.birth_date = None
        elif kind == "landline_phone":
            p.phone = f"{self.choice(_LANDLINE_AREAS)}{self.randint(700_000, 899_999)}"
        elif kind == "nik_excel_number":
            rounded = p.nik[:15] + "0"
            if rounded != p.nik and rounded in self.niks:
                return p
            p.nik, p.nik_from_number = rounded, True
        elif kind == "nik_15_digits":
            cut = self.randint(0, 15)
            p.nik = p.nik[:cut] + p.nik[cut + 1 :]
        elif kind == "nik_sementara":
            self.temp_serial += 1
            p.nik = "0" + self.desa_code.replace(".", "")[:10] + f"{self.temp_serial % 100_000:05d}"
        elif kind == "nik_birthdate_mismatch":
            wrong = self.wrong_date_digit(p.nik)
            if wrong is None:
                return p
            p.nik = wrong
        return p

    def wrong_date_digit(self, nik: str) -> str | None:
        """The NIK with one digit of its date part changed so it is still a real, different date."""
        rng = self.rng
        positions = [7, 11, 10, 9] if rng.random() < 0.6 else [11, 7, 9]
        for pos in positions:
            digits = [d for d in "0123456789" if d != nik[pos]]
            rng.shuffle(digits)
            for d in digits:
                cand = nik[:pos] + d + nik[pos + 1 :]
                if cand in self.niks or not _real_date_part(cand[6:12]):
                    continue
                self.niks.add(cand)
                return cand
        return None

    def duplicate(self, pool: list[Person]) -> Person | None:
        rng = self.rng
        for _ in range(8):
            if not pool:
                return None
            index = rng.randrange(len(pool))
            base = pool[index]
            first, _, rest = base.full_name.partition(" ")
            variants = _VARIANTS.get(first)
            if not variants or not rest or base.birth_date is None:
                continue
            # the operator typed the NIK again with one digit off in the serial
            for _ in range(20):
                pos = self.randint(12, 15)
                d = self.choice([x for x in "0123456789" if x != base.nik[pos]])
                nik = base.nik[:pos] + d + base.nik[pos + 1 :]
                if nik not in self.niks and nik[12:] != "0000":
                    break
            else:
                continue
            self.niks.add(nik)
            pool[index] = pool[-1]
            pool.pop()
            dusun, rw, rts = self.choice(self.dusun)
            return base.copy(
                id=self.new_id(),
                nik=nik,
                full_name=f"{self.choice(variants)} {rest}",
                name_title="",
                rt=f"{self.randint(1, rts):03d}",
                phone=self.mobile() if rng.random() < 0.5 else base.phone,
                data_source=_USULAN_DESA,
                desil=None,
            )
        return None


def _pick(rng: random.Random, cum: list[int]) -> int:
    x = rng.random() * cum[-1]
    for i, c in enumerate(cum):
        if x < c:
            return i
    return len(cum) - 1


def _years_before(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year - years)
    except ValueError:  # 29 February
        return d.replace(year=d.year - years, day=28)


def _real_date_part(part: str) -> bool:
    day, month, yy = int(part[:2]), int(part[2:4]), int(part[4:6])
    if day > 40:
        day -= 40
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return False
    try:
        date(1900 + yy, month, day)
        date(2000 + yy, month, day)
    except ValueError:
        return False
    return True


def generate_with_labels(
    desa_code: str, n: int, *, seed: int = 0, today: date | None = None
) -> list[tuple[Person, str]]:
    """Like :func:`generate`, each person paired with its problem kind ("" for a clean record)."""
    gen = _Gen(desa_code, seed, today or date.today())
    rng = gen.rng
    out: list[tuple[Person, str]] = []
    pool: list[Person] = []  # clean records whose first name has a spelling variant
    for _ in range(max(0, int(n))):
        kind = gen.choice(PROBLEM_KINDS) if rng.random() < PROBLEM_RATE else ""
        person = gen.with_problem(kind, pool) if kind else None
        if person is None:
            kind = ""
            person = gen.person()
            if person.full_name.partition(" ")[0] in _VARIANTS:
                pool.append(person)
                if len(pool) > 500:
                    del pool[: len(pool) - 500]
        out.append((person, kind))
    return out


def generate(desa_code: str, n: int, *, seed: int = 0, today: date | None = None) -> list[Person]:
    """``n`` synthetic persons of the village ``desa_code`` ('PP.KK.CC.DDDD'); deterministic for
    ``seed`` and ``today``. Coverage is the programme year of ``today`` (January-December for
    APBD kabupaten and APBDes, April for APBD provinsi, June for DBHCHT). Raises ValueError for a
    malformed code; an unknown but well-formed code works (fallback place names)."""
    return [p for p, _ in generate_with_labels(desa_code, n, seed=seed, today=today)]

