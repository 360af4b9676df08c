"""HTML of the annotation queue on the analytics page: the messages the assistant did not
understand, each with a form to label it with an intent, and the labels given so far."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from crm import labels, numbers
from crm.pages import csrf_field, hidden
from storage.repositories.analytics import Unrecognised
from storage.repositories.nlu_reviews import IGNORED, Review, text_hash

RECENT = 50
"""How many of the latest labels the page lists (the download holds all of them)."""


@dataclass(frozen=True, slots=True)
class ReviewView:
    """What the page needs to show and label: the intents a label may be, how many texts of
    the period are labelled (and so left the queue), the latest labels and their total, and
    where a form returns to."""

    intents: Sequence[str]
    labelled: int
    recent: Sequence[Review]
    total: int
    days: int
    flow: str


def missed(rows: Sequence[Unrecognised], view: ReviewView, csrf: str) -> str:
    """The texts not understood and not labelled yet, most frequent first, each with its
    label form; labelled texts have left this queue for the list below it."""
    head = "<tr><th>Kali</th><th>Teks</th><th>Tebakan</th><th>Keyakinan</th><th>Label</th></tr>"
    empty = "Tidak ada yang menunggu label." if view.labelled else "Semua pesan dipahami."
    body = "".join(_missed_row(row, view, csrf) for row in rows) or (
        f'<tr><td colspan="5">{empty}</td></tr>'
    )
    table = f'<table id="unrecognised"><thead>{head}</thead><tbody>{body}</tbody></table>'
    if view.labelled:
        table += f"<p class=meta>{view.labelled} teks lain pada periode ini sudah berlabel.</p>"
    return table


def _missed_row(row: Unrecognised, view: ReviewView, csrf: str) -> str:
    confidence = numbers.decimal(row.confidence, 2)
    guess = labels.intent(row.best_guess) if row.best_guess else "-"
    return (
        f"<tr><td>{row.times}</td><td>{escape(row.text)}</td>"
        f'<td title="{escape(row.best_guess or "")}">{escape(guess)}</td><td>{confidence}</td>'
        f"<td>{_label_form(row.text, view, csrf)}</td></tr>"
    )


def _label_form(text: str, view: ReviewView, csrf: str) -> str:
    """An intent picker; the form names the text by its hash (a 4,096-character message
    would not fit in a form) and the handler finds it again among the texts not understood."""
    options = (
        '<option value="">pilih intent</option>'
        f'<option value="{IGNORED}">abaikan (bukan data latih)</option>'
    ) + "".join(
        f'<option value="{escape(name)}">{escape(labels.intent(name))} ({escape(name)})</option>'
        for name in sorted(view.intents, key=labels.intent)
    )
    picker = (
        f'<select name="intent" required aria-label="Intent untuk: {escape(text[:80])}">'
        f"{options}</select> <button>Simpan</button>"
    )
    return _review_form(text_hash(text), view, csrf, picker)


def reviewed(view: ReviewView, csrf: str) -> str:
    """The latest labels with a button to remove each, and the download for training."""
    rows = "".join(_reviewed_row(r, view, csrf) for r in view.recent) or (
        '<tr><td colspan="4">Belum ada label.</td></tr>'
    )
    head = "<tr><th>Teks</th><th>Intent</th><th>Oleh</th><th></th></tr>"
    return (
        f"<p>{view.total} teks sudah diberi label. "
        '<a href="/crm/analytics/reviewed.tsv">Unduh data latih (TSV)</a> (tanpa yang diabaikan) '
        "lalu latih ulang: <code>prakerja nlu train --data nlu/data --data reviewed.tsv</code>.</p>"
        f'<table id="reviewed"><thead>{head}</thead><tbody>{rows}</tbody></table>'
    )


def _reviewed_row(review: Review, view: ReviewView, csrf: str) -> str:
    intent = "(diabaikan)" if review.ignored else labels.intent(review.intent)
    code = "" if review.ignored else f' title="{escape(review.intent)}"'
    return (
        f"<tr><td>{escape(review.text)}</td><td{code}>{escape(intent)}</td>"
        f"<td>{escape(review.reviewer)}</td><td>{_remove_form(review, view, csrf)}</td></tr>"
    )


def _remove_form(review: Review, view: ReviewView, csrf: str) -> str:
    button = (
        f"{hidden('intent', '')}<button class=secondary "
        f'aria-label="Hapus label: {escape(review.text[:80])}">Hapus</button>'
    )
    return _review_form(review.key, view, csrf, button)


def _review_form(key: str, view: ReviewView, csrf: str, controls: str) -> str:
    """A form about the text whose hash is ``key``; it returns to the page's period and flow."""
    return (
        f'<form method="post" action="/crm/analytics/reviews">{csrf_field(csrf)}'
        f"{hidden('key', key)}{hidden('days', str(view.days))}{hidden('flow', view.flow)}"
        f"{controls}</form>"
    )
