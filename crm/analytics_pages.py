"""HTML of the console's analytics page (supervisors and admins)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from crm import review_pages
from crm.pages import page
from crm.review_pages import ReviewView
from storage.repositories.analytics import (
    DayFigures,
    IntentCount,
    Overview,
    StepCount,
    Unrecognised,
)
from storage.repositories.staff import StaffRecord

PERIODS = (1, 7, 30, 90)
"""The periods (days, WIB, today included) the page offers."""


@dataclass(frozen=True, slots=True)
class FunnelView:
    """One flow's funnel and the flows the page can switch to."""

    flow: str
    flows: Sequence[str]
    steps: Sequence[StepCount]


def analytics(
    overview: Overview,
    daily: Sequence[DayFigures],
    intents: Sequence[IntentCount],
    missed: Sequence[Unrecognised],
    funnel: FunnelView,
    review: ReviewView,
    agent: StaffRecord,
    csrf: str,
    notice: str | None = None,
) -> str:
    w = overview.window
    days = (w.last - w.first).days + 1
    periods = " · ".join(
        f"<strong>{n} hari</strong>"
        if n == days
        else f'<a href="/crm/analytics?days={n}&amp;flow={escape(funnel.flow)}">{n} hari</a>'
        for n in PERIODS
    )
    status = f'<p class="notice" role="status">{escape(notice)}</p>' if notice else ""
    body = (
        f"<p>{periods}</p><p class=meta>{w.first:%d-%m-%Y} s.d. {w.last:%d-%m-%Y} (WIB)</p>"
        f"{_summary(overview)}<h2>Per hari dan kanal</h2>{_daily(daily)}{_csv('daily', days)}"
        f"<h2>Topik yang ditanyakan</h2>{_intents(intents)}{_csv('intents', days)}"
        f"<h2>Sampai mana percakapan dalam alur</h2>{_funnel(funnel, days)}"
        f'<h2 id="review">Pesan yang belum dipahami</h2>{status}'
        "<p class=meta>Beri label intent yang benar; teks berlabel menjadi data latih. Teks "
        "disimpan tersamar (NIK, KK, nomor HP, e-mail).</p>"
        f"{review_pages.missed(missed, review, csrf)}"
        f"<h2>Label yang sudah diberikan</h2>{review_pages.reviewed(review, csrf)}"
    )
    return page("Analitik percakapan", body, agent, csrf)


def _csv(table: str, days: int, query: str = "") -> str:
    href = f"/crm/analytics/{table}.csv?days={days}{query}"
    return f'<p class=meta><a href="{href}">Unduh CSV</a></p>'


def _funnel(view: FunnelView, days: int) -> str:
    """The states of one flow (start first) with the conversations that entered each."""
    switch = " · ".join(
        f"<strong>{escape(name)}</strong>"
        if name == view.flow
        else f'<a href="/crm/analytics?days={days}&amp;flow={escape(name)}">{escape(name)}</a>'
        for name in view.flows
    )
    cells = [(s.state, str(s.conversations), _share(s.share)) for s in view.steps]
    table = _table("funnel", ("Langkah", "Percakapan", "Dari yang memulai"), cells, "")
    return f"<p>{switch}</p>{table}" + _csv("funnel", days, f"&amp;flow={escape(view.flow)}")


def _share(value: float | None) -> str:
    return "-" if value is None else f"{value:.1%}".replace(".", ",")


def _summary(o: Overview) -> str:
    rating = "-" if o.average_rating is None else f"{o.average_rating:.1f} dari 5"
    cells = (
        ("Percakapan", f"{o.conversations}", f"{o.new_conversations} baru"),
        ("Pesan pengguna", f"{o.inbound}", f"{o.classified} diketik"),
        ("Dipahami asisten", _share(o.understood_share), f"{o.not_understood} tidak dipahami"),
        ("Dieskalasi ke petugas", f"{o.handoffs}", _share(o.handoff_share)),
        ("Selesai tanpa petugas", _share(o.contained_share), ""),
        ("Kepuasan setelah eskalasi", rating, f"{o.ratings} penilaian"),
    )
    rows = "".join(
        f'<tr><th scope="row">{label}</th><td data-figure="{i}">{escape(value)}</td>'
        f"<td class=meta>{escape(note)}</td></tr>"
        for i, (label, value, note) in enumerate(cells)
    )
    return f'<table id="overview"><tbody>{rows}</tbody></table>'


def _daily(rows: Sequence[DayFigures]) -> str:
    cells = [
        (f"{r.day:%d-%m-%Y}", r.channel, str(r.conversations), str(r.inbound)) for r in rows
    ]
    return _table("daily", ("Hari", "Kanal", "Percakapan", "Pesan pengguna"), cells,
                  "Belum ada pesan.")  # fmt: skip


def _intents(rows: Sequence[IntentCount]) -> str:
    cells = [(r.intent, str(r.messages), f"{r.average_confidence:.2f}") for r in rows]
    return _table("intents", ("Intent", "Pesan", "Keyakinan rata-rata"), cells, "Belum ada pesan.")


def _table(
    table_id: str, headers: Sequence[str], rows: Sequence[Sequence[str]], empty: str
) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>" for row in rows
    ) or f'<tr><td colspan="{len(headers)}">{escape(empty)}</td></tr>'
    return f'<table id="{table_id}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'
