"""The catalogue's category names as an English chat shows them on buttons: "Culinary · Kuliner
(24)". The catalogue names its categories in Indonesian only, and the platforms show those names,
so the Indonesian one stays beside the English (typing either opens the category). Before, an
English chat saw "Bahasa Asing", "Teknologi Informasi" alone.

Written for the demo catalogue's categories; a category not in the table keeps its own name."""

from __future__ import annotations

ENGLISH: dict[str, str] = {
    "Bahasa Asing": "Foreign Languages",
    "Bisnis dan Kewirausahaan": "Business",
    "Desain Grafis dan Multimedia": "Graphic Design",
    "Fesyen dan Menjahit": "Fashion & Sewing",
    "Kecantikan": "Beauty",
    "Kesehatan dan Kebugaran": "Health & Fitness",
    "Keuangan dan Akuntansi": "Finance",
    "Kuliner": "Culinary",
    "Otomotif dan Teknik": "Automotive",
    "Pariwisata dan Perhotelan": "Tourism & Hotels",
    "Pemasaran": "Marketing",
    "Pengembangan Diri dan Karier": "Career",
    "Pertanian dan Peternakan": "Farming",
    "Teknologi Informasi": "IT",
}
"""A category's Indonesian name -> a short English one (a button's title is short)."""


def title(language: str, name: str, count: int) -> str:
    """A category button's title: "Kuliner (24)", in an English chat "Culinary · Kuliner (24)"."""
    english = ENGLISH.get(name) if language == "en" else None
    return f"{english} · {name} ({count})" if english else f"{name} ({count})"


__all__ = ["ENGLISH", "title"]
