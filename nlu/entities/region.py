"""``region``: province, regency and city names (and common aliases) with their codes.

"kota X" prefers the city, "kab/kabupaten X" the regency; a bare name shared by a province
and a city means the province, one shared by a regency and a city means the city. Names that
are also everyday words ("batu", "baru", "puncak" ...) count only after a place cue ("di",
"dari", "kota", "domisili" ...) or as a one-word answer.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property

from nlu.entities.base import Context
from nlu.entities.regions import Region, region_table
from nlu.types import Entity

AMBIGUOUS = frozenset({
    "baru", "batang", "batu", "buru", "karo", "landak", "metro", "pati", "puncak", "kudus",
    "pasir", "palu", "sorong", "serang", "bone", "lebak", "bima", "ende", "agam", "muna", "tual",
    "belu", "alor", "sigi", "lahat", "buton", "poso", "siak", "tapin", "kaur", "luwu", "lingga",
    "banjar", "kota", "solok", "bungo",
})  # fmt: skip
_CUES = {"di", "dari", "ke", "kota", "kab", "kabupaten", "provinsi", "prov", "domisili",
         "tinggal", "wilayah", "daerah", "asal", "area", "sekitar", "kec", "kecamatan"}  # fmt: skip
_CITY_WORDS = {"kota", "kodya"}
_REGENCY_WORDS = {"kab", "kabupaten"}
_MAX_WORDS = 4
_LEVEL_ORDER = {"province": 0, "city": 1, "regency": 2}


class RegionExtractor:
    numeric = False

    @cached_property
    def _index(self) -> dict[str, tuple[Region, ...]]:
        table = region_table()
        index: dict[str, list[Region]] = {}
        by_name = {r.name: r for r in table.regions}
        for region in table.regions:
            base = region.name.split(" ", 1)[1] if region.level != "province" else region.name
            for key in _keys(base):
                index.setdefault(key, []).append(region)
        for alias, names in table.aliases.items():
            for name in names:
                if name in by_name:
                    index.setdefault(alias, []).insert(0, by_name[name])
        return {k: tuple(v) for k, v in index.items()}

    def extract(self, context: Context) -> Iterator[Entity]:
        words = context.words
        i = 0
        while i < len(words):
            found = self._longest(context, i)
            if found is None:
                i += 1
                continue
            entity, consumed = found
            yield entity
            i += consumed

    def _longest(self, context: Context, i: int) -> tuple[Entity, int] | None:
        words = context.words
        for n in range(min(_MAX_WORDS, len(words) - i), 0, -1):
            key = " ".join(w for w, _, _ in words[i : i + n])
            candidates = self._index.get(key)
            if not candidates:
                continue
            before = words[i - 1][0] if i > 0 else ""
            if key in AMBIGUOUS and before not in _CUES and len(words) > 1:
                return None
            region = _choose(candidates, before)
            start = words[i - 1][1] if before in _CITY_WORDS | _REGENCY_WORDS else words[i][1]
            extra: dict[str, object] = {"level": region.level, "province": region.province}
            if region.code:
                extra["code"] = region.code
            return Entity("region", region.name, start, words[i + n - 1][2], extra), n
        return None


def _choose(candidates: tuple[Region, ...], before: str) -> Region:
    if before in _CITY_WORDS:
        wanted = [r for r in candidates if r.level == "city"]
    elif before in _REGENCY_WORDS:
        wanted = [r for r in candidates if r.level == "regency"]
    else:
        wanted = []
    pool = wanted or list(candidates)
    return min(pool, key=lambda r: _LEVEL_ORDER[r.level])


def _keys(name: str) -> set[str]:
    words = name.lower().replace("-", " ").split()
    keys = {" ".join(words)}
    if len(words) > 1:
        keys.add("".join(words))
    joined = " ".join(words)
    if "sumatera" in joined:
        keys.add(joined.replace("sumatera", "sumatra"))
    return keys
