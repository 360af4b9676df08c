"""The demo catalogue as rows: platforms, providers and the courses they offer.

The vocabulary comes from ``catalogue.py``. Functions of the ``DemoGenerator``: they draw from
its random stream, in the order ``storage.seed`` calls them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from storage.models import Course, CourseMode, Platform, Provider
from storage.seed_data import catalogue

if TYPE_CHECKING:
    from storage.seed_data.generate import DemoGenerator


def make_platforms() -> list[Platform]:
    """One row per digital partner of ``catalogue.PLATFORMS``."""
    return [Platform(name=name, active=active) for name, active in catalogue.PLATFORMS]


def make_providers() -> list[Provider]:
    """One row per training provider of ``catalogue.PROVIDERS``."""
    return [Provider(name=name, kind=kind, city=city) for name, kind, city in catalogue.PROVIDERS]


def make_courses(
    gen: DemoGenerator, providers: Sequence[Provider], platforms: Sequence[Platform]
) -> list[Course]:
    """Three variants of every topic, each from another (flushed) provider; the first courses
    take every mode once so the catalogue always covers all of them."""
    rng = gen.rng
    modes = list(CourseMode)
    courses: list[Course] = []
    for category, topics in catalogue.TOPICS.items():
        for topic in topics:
            variants = rng.sample(catalogue.VARIANTS, 3)
            offered_by = rng.sample(list(providers), 3)
            for variant, provider in zip(variants, offered_by, strict=True):
                index = len(courses)
                mode = (
                    modes[index]
                    if index < len(modes)
                    else rng.choices(modes, weights=(35, 35, 15, 15))[0]
                )
                in_person = mode in (CourseMode.OFFLINE, CourseMode.HYBRID)
                city = (provider.city or rng.choice(catalogue.CITIES)) if in_person else None
                hours = rng.randint(20, 60) if in_person else rng.randint(15, 40)
                price = rng.randrange(12 if in_person else 4, 61) * 25_000
                where = f" di {city}" if city else ""
                courses.append(
                    Course(
                        title=f"{topic}{variant}",
                        category=category,
                        mode=mode.value,
                        city=city,
                        price=price,
                        hours=hours,
                        rating=round(rng.uniform(3.5, 5.0), 1),
                        provider_id=provider.id,
                        platform_id=rng.choice(platforms).id,
                        description=(
                            f"Pelatihan {catalogue.MODE_LABELS[mode]} selama {hours} jam "
                            f"oleh {provider.name}{where}. Materi praktis bidang "
                            f"{category.lower()} untuk pencari kerja dan pelaku usaha; "
                            "sertifikat diberikan setelah semua sesi dan tes akhir selesai."
                        ),
                        active=True,
                    )
                )
    return courses
