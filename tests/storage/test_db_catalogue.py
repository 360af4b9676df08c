"""The course browser's queries over the demo catalogue (both backends)."""

from __future__ import annotations

import math

from storage.repositories.catalogue import CatalogueRepository
from storage.repositories.course_search import CourseSearchRepository
from tests.storage.conftest import Factory, SeededDatabase


async def test_categories_are_sorted_with_their_course_counts(
    seeded_factory: Factory, seeded: SeededDatabase
) -> None:
    categories = await CatalogueRepository(seeded_factory).categories()
    names = [name for name, _ in categories]
    assert names == sorted(names)
    assert len(names) == seeded.summary.categories >= 12
    assert sum(count for _, count in categories) == seeded.summary.courses


async def test_paging_through_a_category_shows_every_course_once(seeded_factory: Factory) -> None:
    catalogue = CatalogueRepository(seeded_factory)
    category, count = (await catalogue.categories())[0]
    first = await catalogue.courses_in_category(category, 1)
    assert (first.page, first.total, first.pages) == (1, count, math.ceil(count / 5))
    assert len(first.items) == 5

    seen = []
    for page in range(1, first.pages + 1):
        result = await catalogue.courses_in_category(category, page)
        assert result.page == page
        assert len(result.items) == (5 if page < first.pages else count - 5 * (first.pages - 1))
        seen += result.items
    assert len({item.id for item in seen}) == count
    ratings = [item.rating or 0.0 for item in seen]
    assert ratings == sorted(ratings, reverse=True)


async def test_a_page_past_the_end_shows_the_last_page(seeded_factory: Factory) -> None:
    catalogue = CatalogueRepository(seeded_factory)
    category, _ = (await catalogue.categories())[-1]
    last = await catalogue.courses_in_category(category, 10_000)
    assert last.page == last.pages
    assert last.items == (await catalogue.courses_in_category(category, last.pages)).items
    assert (await catalogue.courses_in_category(category, 0)).page == 1


async def test_an_unknown_category_is_empty(seeded_factory: Factory) -> None:
    empty = await CatalogueRepository(seeded_factory).courses_in_category("Astronomi", 1)
    assert (empty.items, empty.page, empty.pages, empty.total) == ([], 1, 0, 0)


async def test_other_page_sizes(seeded_factory: Factory) -> None:
    catalogue = CatalogueRepository(seeded_factory)
    category, count = (await catalogue.categories())[0]
    page = await catalogue.courses_in_category(category, 2, per_page=10)
    assert page.pages == math.ceil(count / 10) and len(page.items) == min(10, count - 10)


async def test_course_detail_names_provider_and_platform(seeded_factory: Factory) -> None:
    catalogue = CatalogueRepository(seeded_factory)
    category, _ = (await catalogue.categories())[0]
    summary = (await catalogue.courses_in_category(category, 1)).items[0]

    detail = await catalogue.course_detail(summary.id)

    assert detail is not None
    assert (detail.id, detail.title, detail.category) == (summary.id, summary.title, category)
    assert detail.provider == summary.provider and detail.provider
    assert detail.platform and detail.mode == summary.mode
    assert detail.price == summary.price and detail.hours == summary.hours
    assert detail.rating == summary.rating and detail.description
    assert await catalogue.course_detail(999_999) is None


async def test_offline_courses_have_a_city(seeded_factory: Factory) -> None:
    catalogue = CatalogueRepository(seeded_factory)
    for category, _ in await catalogue.categories():
        for item in (await catalogue.courses_in_category(category, 1, per_page=100)).items:
            assert (item.city is not None) == (item.mode in ("offline", "hybrid"))


async def test_search_and_topics(seeded_factory: Factory) -> None:
    catalogue = CatalogueRepository(seeded_factory)
    hits = await catalogue.search("PYTHON")
    assert hits and all("python" in hit.title.lower() for hit in hits)
    assert await catalogue.search("100%_") == []
    assert await catalogue.search("   ") == []

    topics = await catalogue.topics()
    assert topics == sorted(set(topics))
    assert {name for name, _ in await catalogue.categories()} <= set(topics)
    assert any(hit.title == topic for hit in hits for topic in topics)


async def test_a_search_for_the_cheapest_lists_the_lowest_price_first(
    seeded_factory: Factory,
) -> None:
    search = CourseSearchRepository(seeded_factory)
    best = await search.search("bahasa", per_page=100)
    cheapest = await search.search("bahasa", cheapest=True, per_page=100)
    prices = [hit.price for hit in cheapest.items]
    assert cheapest.total == best.total > 5
    assert prices == sorted(prices)
    assert {hit.id for hit in cheapest.items} == {hit.id for hit in best.items}
    assert [hit.price for hit in best.items] != prices  # the best match is not the cheapest
    second = await search.search("bahasa", cheapest=True, page=2, per_page=5)
    assert [hit.price for hit in second.items] == prices[5:10]
