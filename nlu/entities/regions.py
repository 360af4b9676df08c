"""Indonesian provinces, regencies and cities with their codes (the NIK's first four digits).

Regencies and cities come from python-stdnum's table (``stdnum/id/loc.dat``), which predates
some changes: this module adds Kalimantan Utara (2012), the four Papua provinces of 2022
and a few newer regencies, with province codes as the Ministry of Home Affairs assigns them.
Regencies in the Papua provinces are listed without a code: stdnum's Papua codes follow
another numbering than the NIK. The NIK check accepts any regency code of a known province up
to a few numbers past the highest one listed, so a regency formed after the table was
written does not turn a real NIK into an invalid one.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from stdnum import numdb

PROVINCES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("11", "Aceh", ("nad", "nanggroe aceh darussalam")),
    ("12", "Sumatera Utara", ("sumut",)),
    ("13", "Sumatera Barat", ("sumbar",)),
    ("14", "Riau", ()),
    ("15", "Jambi", ()),
    ("16", "Sumatera Selatan", ("sumsel",)),
    ("17", "Bengkulu", ()),
    ("18", "Lampung", ()),
    ("19", "Kepulauan Bangka Belitung", ("babel", "bangka belitung")),
    ("21", "Kepulauan Riau", ("kepri",)),
    ("31", "DKI Jakarta", ("dki", "jakarta", "jkt", "daerah khusus ibukota jakarta")),
    ("32", "Jawa Barat", ("jabar", "west java")),
    ("33", "Jawa Tengah", ("jateng", "central java")),
    ("34", "DI Yogyakarta", ("diy", "daerah istimewa yogyakarta", "jogja", "jogjakarta", "yogya")),
    ("35", "Jawa Timur", ("jatim", "east java")),
    ("36", "Banten", ()),
    ("51", "Bali", ()),
    ("52", "Nusa Tenggara Barat", ("ntb",)),
    ("53", "Nusa Tenggara Timur", ("ntt",)),
    ("61", "Kalimantan Barat", ("kalbar",)),
    ("62", "Kalimantan Tengah", ("kalteng",)),
    ("63", "Kalimantan Selatan", ("kalsel",)),
    ("64", "Kalimantan Timur", ("kaltim",)),
    ("65", "Kalimantan Utara", ("kaltara",)),
    ("71", "Sulawesi Utara", ("sulut",)),
    ("72", "Sulawesi Tengah", ("sulteng",)),
    ("73", "Sulawesi Selatan", ("sulsel",)),
    ("74", "Sulawesi Tenggara", ("sultra",)),
    ("75", "Gorontalo", ()),
    ("76", "Sulawesi Barat", ("sulbar",)),
    ("81", "Maluku", ()),
    ("82", "Maluku Utara", ("malut",)),
    ("91", "Papua", ()),
    ("92", "Papua Barat", ("pabar",)),
    ("93", "Papua Selatan", ()),
    ("94", "Papua Tengah", ()),
    ("95", "Papua Pegunungan", ()),
    ("96", "Papua Barat Daya", ()),
)

# Kalimantan Utara was split from Kalimantan Timur in 2012; new NIKs there start with 65.
_MOVED_TO_KALTARA = {"MALINAU": "6501", "BULUNGAN": "6502", "TANA TIDUNG": "6503",
                     "NUNUKAN": "6504", "TARAKAN": "6571"}  # fmt: skip
_NEWER_REGENCIES = (("3218", "PANGANDARAN"), ("1813", "PESISIR BARAT"), ("6411", "MAHAKAM ULU"))
# The 2022 Papua provinces, by the regencies they took; the rest stays in Papua/Papua Barat.
_PAPUA_2022 = {
    "Papua Selatan": ("MERAUKE", "BOVEN DIGOEL", "MAPPI", "ASMAT"),
    "Papua Tengah": ("NABIRE", "PUNCAK JAYA", "PANIAI", "MIMIKA", "PUNCAK", "DOGIYAI",
                     "INTAN JAYA", "DEIYAI"),
    "Papua Pegunungan": ("JAYAWIJAYA", "PEGUNUNGAN BINTANG", "YAHUKIMO", "TOLIKARA",
                         "MAMBERAMO TENGAH", "YALIMO", "LANNY JAYA", "NDUGA"),
    "Papua Barat Daya": ("SORONG", "SORONG SELATAN", "RAJA AMPAT", "TAMBRAUW", "MAYBRAT"),
}  # fmt: skip
_STDNUM_PAPUA = {"91": "Papua Barat", "94": "Papua"}
_RENAMED = {"6302": "KOTABARU"}  # stdnum lists the regency as "BARU"
_LENIENT_PROVINCES = {"91", "92", "93", "94", "95", "96"}
_SLACK = 5


@dataclass(frozen=True, slots=True)
class Region:
    name: str
    level: str  # "province" | "regency" | "city"
    province: str
    province_code: str
    code: str | None  # 2 digits for a province, 4 for a regency or city; None if unknown


@dataclass(frozen=True, slots=True)
class RegionTable:
    provinces: dict[str, Region]
    regions: tuple[Region, ...]
    aliases: dict[str, tuple[str, ...]]  # extra names: alias -> region names
    by_code: dict[str, Region]
    _nik_codes: frozenset[str]
    _ranges: dict[str, tuple[int, int]]

    def nik_region(self, code4: str) -> Region | None:
        """The region a NIK's first four digits name, or None if no such code exists."""
        province = self.provinces.get(code4[:2])
        if province is None:
            return None
        region = self.by_code.get(code4)
        if region is not None:
            return region
        number = int(code4[2:])
        if code4 in self._nik_codes:
            return province
        if code4[:2] in _LENIENT_PROVINCES:
            return province if 1 <= number <= 40 or 71 <= number <= 72 else None
        high_regency, high_city = self._ranges.get(code4[:2], (0, 70))
        if 1 <= number <= high_regency + _SLACK or 71 <= number <= high_city + 2:
            return province
        return None


@cache
def region_table() -> RegionTable:
    """Built once on first use (never at import)."""
    provinces = {code: Region(name, "province", name, code, code) for code, name, _ in PROVINCES}
    by_province_name = {name: code for code, name, _ in PROVINCES}
    papua_new = {reg: prov for prov, regs in _PAPUA_2022.items() for reg in regs}
    regions: list[Region] = list(provinces.values())
    nik_codes: set[str] = set()
    ranges: dict[str, tuple[int, int]] = {}
    for _, prov_code, _, _, children in numdb.get("id/loc").prefixes:
        low, high = 0, 70
        for _, sub, _, props, _ in children:
            code = prov_code + sub
            nik_codes.add(code)
            number = int(sub)
            low, high = (max(low, number), high) if number < 71 else (low, max(high, number))
            raw_name = _RENAMED.get(code, props["name_id"])
            regions.append(_stdnum_region(code, raw_name, provinces, by_province_name, papua_new))
        ranges[prov_code] = (low, high)
    for code, name in (*((c, n) for n, c in _MOVED_TO_KALTARA.items()), *_NEWER_REGENCIES):
        nik_codes.add(code)
        regions = [r for r in regions if not (r.level != "province" and _same(r, name, code))]
        regions.append(_region(code, name, provinces[code[:2]]))
    aliases: dict[str, tuple[str, ...]] = {
        alias: (name,) for _, name, names in PROVINCES for alias in names
    }
    aliases |= {"solo": ("Kota Surakarta",), "jaksel": ("Kota Jakarta Selatan",),
                "jaktim": ("Kota Jakarta Timur",), "jakpus": ("Kota Jakarta Pusat",),
                "jakbar": ("Kota Jakarta Barat",), "jakut": ("Kota Jakarta Utara",),
                "tangsel": ("Kota Tangerang Selatan",), "bdg": ("Kota Bandung",),
                "sby": ("Kota Surabaya",), "smg": ("Kota Semarang",),
                "padang sidempuan": ("Kota Padangsidimpuan",),
                "bukit tinggi": ("Kota Bukittinggi",), "lubuk linggau": ("Kota Lubuklinggau",),
                "kota baru": ("Kabupaten Kotabaru",)}  # fmt: skip
    by_code = {r.code: r for r in regions if r.code and len(r.code) == 4}
    return RegionTable(
        provinces, tuple(regions), aliases, by_code, frozenset(nik_codes), ranges
    )


def _same(region: Region, name: str, code: str) -> bool:
    return region.name.split(" ", 1)[-1].upper() == name and (
        region.level == "city") == (int(code[2:]) >= 71)  # fmt: skip


def _region(code: str, raw_name: str, province: Region) -> Region:
    is_city = int(code[2:]) >= 71
    name = ("Kota " if is_city else "Kabupaten ") + raw_name.title()
    return Region(name, "city" if is_city else "regency", province.name, province.code or "", code)


def _stdnum_region(
    code: str,
    raw_name: str,
    provinces: dict[str, Region],
    by_name: dict[str, str],
    papua_new: dict[str, str],
) -> Region:
    prov_code = code[:2]
    if prov_code not in _STDNUM_PAPUA:
        return _region(code, raw_name, provinces[prov_code])
    province = provinces[by_name[papua_new.get(raw_name, _STDNUM_PAPUA[prov_code])]]
    region = _region(code, raw_name, province)
    return Region(region.name, region.level, region.province, region.province_code, None)
