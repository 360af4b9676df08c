"""Personal identifiers of the demo participants: NIK, family card (KK) number and phone.

NIKs and KK numbers follow the real layout (region, district, date, serial) so they pass
python-stdnum's validation. Functions of the ``DemoGenerator``: they draw from its random
stream, in the order ``storage.seed`` calls them."""

from __future__ import annotations

import string
from datetime import date, timedelta
from typing import TYPE_CHECKING

from storage.seed_data import people

if TYPE_CHECKING:
    from storage.seed_data.generate import DemoGenerator


def make_nik(gen: DemoGenerator, region: str, born: date, female: bool) -> str:
    """A 16-digit NIK in ``region``; women's day of birth is shifted by 40, as on real ones."""
    district = gen.rng.randint(1, 20)
    day = born.day + (40 if female else 0)
    serial = gen.rng.randint(1, 2999)
    return f"{region}{district:02d}{day:02d}{born.month:02d}{born.year % 100:02d}{serial:04d}"


def make_kk(gen: DemoGenerator, region: str) -> str:
    """A 16-digit family card number in ``region``, issued between 2005 and 2019."""
    issued = date(2005, 1, 1) + timedelta(days=gen.rng.randint(0, 5400))
    district = gen.rng.randint(1, 20)
    serial = gen.rng.randint(1, 9999)
    return f"{region}{district:02d}{issued:%d%m%y}{serial:04d}"


def make_phone(gen: DemoGenerator) -> str:
    """An Indonesian mobile number in E.164 with one of the usual operator prefixes."""
    prefix = gen.rng.choice(people.MOBILE_PREFIXES)
    digits = "".join(gen.rng.choices(string.digits, k=gen.rng.choice((7, 8))))
    return f"+62{prefix}{digits}"
