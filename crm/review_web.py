"""The annotation queue's routes (supervisors and admins): label a message the assistant did
not understand with an intent, remove a label, and download every label as training data.

Texts are as the transcript keeps them (NIK, KK, phone and e-mail masked). A form names a text
by its hash and the handler finds it again among the texts not understood in the page's
period, so only what a user said and the page showed can become training data.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import Response

from crm.analytics_export import days_of, flow_of
from crm.http import HEADERS, crm_of, see
from crm.review_pages import RECENT, ReviewView
from storage.repositories.analytics import Unrecognised, Window
from storage.repositories.nlu_reviews import IGNORED, Review, text_hash
from storage.repositories.staff import StaffRecord

SHOWN = 50
"""How many texts not understood the page lists (most frequent first)."""
SEARCHED = 500
"""How many texts not understood are read to find those not labelled yet, and a text to label
among (new messages may have pushed it down since the page was loaded)."""

NOTICES = {
    "labelled": "Label disimpan.",
    "ignored": "Teks diabaikan: keluar dari antrean, bukan data latih.",
    "removed": "Label dihapus.",
    "gone": "Teks itu tidak ada lagi di daftar; muat ulang halaman.",
    "bad_intent": "Pilih salah satu intent dari daftar.",
}


async def queue(
    request: Request, window: Window, flow: str
) -> tuple[list[Unrecognised], ReviewView]:
    """The texts not understood that nobody labelled yet (labelled ones leave the queue, as
    in an NLU inbox), and what the page shows of the labels."""
    crm = crm_of(request)
    missed = await crm.analytics.unrecognised(window, SEARCHED)
    labelled = await crm.reviews.of_texts([m.text for m in missed])
    waiting = [m for m in missed if m.text not in labelled][:SHOWN]
    view = ReviewView(crm.intents, len(labelled), await crm.reviews.recent(RECENT),
                      await crm.reviews.count(), days_of(request.query_params), flow)  # fmt: skip
    return waiting, view


async def label(request: Request, agent: StaffRecord, csrf: str) -> Response:
    """POST ``/crm/analytics/reviews``: ``key`` (a text's hash) and ``intent`` (or
    ``IGNORED``: not worth learning); an empty intent removes the label."""
    crm = crm_of(request)
    form: dict[str, str] = request.state.form
    days, key, intent = days_of(form), form.get("key", ""), form.get("intent", "")
    query = {"days": str(days), "flow": flow_of(form)}
    if not intent:
        removed = await crm.reviews.remove(key)
        return see(_back(query, "removed" if removed else "gone", "reviewed"))
    if intent not in crm.intents and intent != IGNORED:
        return see(_back(query, "bad_intent", "unrecognised"))
    missed = await crm.analytics.unrecognised(Window.last_days(days), SEARCHED)
    text = next((m.text for m in missed if text_hash(m.text) == key), None)
    if text is None or not await crm.reviews.label(text, intent, agent.username):
        return see(_back(query, "gone", "unrecognised"))
    return see(_back(query, "ignored" if intent == IGNORED else "labelled", "unrecognised"))


def _back(query: dict[str, str], notice: str, anchor: str) -> str:
    return f"/crm/analytics?{urlencode({**query, 'notice': notice})}#{anchor}"


async def download(request: Request, agent: StaffRecord, csrf: str) -> Response:
    """GET ``/crm/analytics/reviewed.tsv``: every label, for ``prakerja nlu train --data``."""
    body = training_tsv(await crm_of(request).reviews.every())
    headers = {**HEADERS, "Content-Disposition": 'attachment; filename="reviewed.tsv"'}
    return Response(body, media_type="text/tab-separated-values; charset=utf-8", headers=headers)


def training_tsv(reviews: Sequence[Review]) -> str:
    """``text<TAB>intent`` lines the trainer reads (``nlu.rasa_yaml.parse_tsv``); ignored
    texts are left out."""
    lines = [
        "# Messages the assistant did not understand, labelled by staff in the CRM console.",
        "# text<TAB>intent; train with: prakerja nlu train --data nlu/data --data THIS_FILE",
    ]
    lines += [
        f"{text}\t{r.intent}" for r in reviews if not r.ignored and (text := tsv_text(r.text))
    ]
    return "\n".join(lines) + "\n"


def tsv_text(text: str) -> str:
    """One line of training data from a user's text: whitespace (tabs, newlines) collapsed,
    no leading ``#`` (a comment to the reader), ``[x](y)`` broken up so that what a user
    typed is never read as an entity annotation, and a leading space before ``= + - @`` so a
    spreadsheet opening the file shows a formula a user typed as text (the trainer strips it)."""
    text = re.sub(r"\s+", " ", text).strip().lstrip("#").strip().replace("](", "] (")
    return f" {text}" if text.startswith(("=", "+", "-", "@")) else text
