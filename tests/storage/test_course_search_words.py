"""The course search's word alternatives ("masak|kuliner") and its modes: in person, a webinar
alone, online (both backends, over the demo catalogue)."""

from __future__ import annotations

from storage.repositories.course_search import CourseSearchRepository
from tests.storage.conftest import Factory


async def test_a_word_with_alternatives_matches_any_of_them_its_own_matches_first(
    seeded_factory: Factory,
) -> None:
    search = CourseSearchRepository(seeded_factory)
    own = await search.search("masak", per_page=100)
    category = await search.search("kuliner", per_page=100)
    either = await search.search("masak|kuliner", per_page=100)
    assert 0 < own.total < category.total == either.total
    first = [hit.title for hit in either.items[: own.total]]
    assert all("Masak" in title for title in first)  # the title matches rank first


async def test_the_in_person_mode_is_offline_or_hybrid_and_held_in_a_city(
    seeded_factory: Factory,
) -> None:
    search = CourseSearchRepository(seeded_factory)
    held = await search.search("kuliner", mode="in_person", per_page=100)
    offline = await search.search("kuliner", mode="offline", per_page=100)
    hybrid = await search.search("kuliner", mode="hybrid", per_page=100)
    assert held.total == offline.total + hybrid.total > 0
    assert {hit.mode for hit in held.items} == {"offline", "hybrid"}
    assert all(hit.city for hit in held.items)


async def test_a_webinar_is_only_a_webinar_and_online_is_webinar_or_self_paced(
    seeded_factory: Factory,
) -> None:
    search = CourseSearchRepository(seeded_factory)
    webinar = await search.search("kuliner", mode="webinar", per_page=100)
    video = await search.search("kuliner", mode="self_paced", per_page=100)
    online = await search.search("kuliner", mode="online", per_page=100)
    assert {hit.mode for hit in webinar.items} == {"webinar"}
    assert {hit.mode for hit in video.items} == {"self_paced"}
    assert online.total == webinar.total + video.total
    assert {hit.category for hit in online.items} == {"Kuliner"}  # hits name their category
