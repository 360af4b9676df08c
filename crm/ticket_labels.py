"""How the ticket desk names statuses, priorities and categories (Indonesian, for staff)."""

from __future__ import annotations

from flows.complaint_topics import CATEGORIES as CATEGORY_CODES
from flows.responses import has, text

STATUSES = (
    ("open", "Baru"),
    ("in_progress", "Diproses"),
    ("waiting_user", "Menunggu peserta"),
    ("resolved", "Selesai"),
    ("closed", "Ditutup"),
)
PRIORITIES = (("low", "Rendah"), ("normal", "Normal"), ("high", "Tinggi"), ("urgent", "Mendesak"))
CATEGORIES = tuple(
    (code, text("id", f"complaints.category.options.{code}")) for code in CATEGORY_CODES
)
_NAMES = dict(STATUSES) | {f"priority:{code}": name for code, name in PRIORITIES}


def status(code: str) -> str:
    return _NAMES.get(code, code)


def priority(code: str) -> str:
    return _NAMES.get(f"priority:{code}", code)


def category(code: str) -> str:
    key = f"complaints.category.options.{code}"
    return text("id", key) if has(key) else code
