"""HTML of the console's analytics page (supervisors and admins)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from crm import labels, numbers, review_pages
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
        f'<strong title="{escape(name)}">{escape(labels.flow(name))}</strong>'
        if name == view.flow
        else f'<a href="/crm/analytics?days={days}&amp;flow={escape(name)}" '
        f'title="{escape(name)}">{escape(labels.flow(name))}</a>'
        for name in view.flows
    )
    cells = [
        ((labels.step(s.state), s.state), str(s.conversations), _share(s.share)) for s in view.steps
    ]
    table = _table("funnel", ("Langkah", "Percakapan", "Dari yang memulai"), cells, "")
    return f"<p>{switch}</p>{table}" + _csv("funnel", days, f"&amp;flow={escape(view.flow)}")


def _share(value: float | None) -> str:
    return numbers.percent(value)


def _summary(o: Overview) -> str:
    rating = numbers.rating(o.average_rating)
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
        (f"{r.day:%d-%m-%Y}", labels.channel(r.channel), str(r.conversations), str(r.inbound))
        for r in rows
    ]
    return _table("daily", ("Hari", "Kanal", "Percakapan", "Pesan pengguna"), cells,
                  "Belum ada pesan.")  # fmt: skip


def _intents(rows: Sequence[IntentCount]) -> str:
    cells = [
        ((labels.intent(r.intent), r.intent), str(r.messages),
         numbers.decimal(r.average_confidence, 2))
        for r in rows
    ]  # fmt: skip
    return _table("intents", ("Topik", "Pesan", "Keyakinan rata-rata"), cells, "Belum ada pesan.")


Cell = str | tuple[str, str]
"""A table cell: its text, or (an Indonesian name, the code it names: a hint in ``title``)."""


def _cell(cell: Cell) -> str:
    if isinstance(cell, tuple):
        return f'<td title="{escape(cell[1])}">{escape(cell[0])}</td>'
    return f"<td>{escape(cell)}</td>"


def _table(
    table_id: str, headers: Sequence[str], rows: Sequence[Sequence[Cell]], empty: str
) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = (
        "".join("<tr>" + "".join(map(_cell, row)) + "</tr>" for row in rows)
        or f'<tr><td colspan="{len(headers)}">{escape(empty)}</td></tr>'
    )
    return f'<table id="{table_id}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'
