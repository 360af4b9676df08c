"""Questions about courses typed outside a flow that are no search, read before the NLU's
intent (which takes them for a search, the benefits or the waves): the purchase deadline and
missing it (``flows.purchase_deadline_rules``), one of the courses bought pointed at right
after their list (``flows.my_course_follow_ups``), a course bought changed or refunded
(``flows.course_bought``), how, where and how many to buy (``flows.course_buying``), and the
search results just shown (``flows.course_results``). Asked in general: what comes after a
finished training (``flows.course_after``), the platforms compared
(``flows.course_platform_compare``), a free course (``flows.course_free``), courses for a kind
of person (``flows.course_audiences``), the cheapest ones (``flows.course_cheapest``). First, a
course bought that will not open (``flows.course_access``), the card refused at checkout
(``flows.course_card_payment``) and a price asked against the balance
(``flows.course_price_fit``). A course question beside another subject's is left to
``flows.several_questions`` (``flows.course_mixed``)."""

from __future__ import annotations

from flows import (
    course_access,
    course_after,
    course_audiences,
    course_bought,
    course_buy_more,
    course_buying,
    course_card_payment,
    course_cheapest,
    course_free,
    course_platform_compare,
    course_price_fit,
    course_results,
    course_second_purchase,
    my_course_follow_ups,
    purchase_deadline_rules,
)
from flows.course_choice import COURSE_CHOICE
from flows.course_mixed import asks_beside
from flows.messages import Outbound
from flows.runtime import runner
from flows.runtime.hooks import Hooks
from flows.runtime.machine import FlowTurn
from flows.turn import Ask


def answer(turn: FlowTurn, hooks: Hooks | None = None) -> Ask[list[Outbound] | None]:
    """Such a question's answer, else None. With the router's ``hooks``, a wish to buy one
    more course on a topic ("mau beli satu lagi, yg masak2") starts that search
    (``flows.course_buy_more``)."""
    if asks_beside(turn.message):  # "insentif blm masuk, terus bisa beli pelatihan kedua?"
        return None
    access = yield from course_access.answer(turn)  # "udh beli kelas tp kok gbs dbuka"
    if access is not None:
        return access
    card = yield from course_card_payment.answer(turn)  # "kartu prakerja ditolak pas checkout"
    if card is not None:
        return card
    fits = yield from course_price_fit.answer(turn)  # "yg harganya 1,5jt bisa ga"
    if fits is not None:
        return fits
    deadline = yield from purchase_deadline_rules.answer(turn)  # "batas beli pelatihan brp hari?"
    if deadline is not None:
        return deadline
    used_up = yield from course_buy_more.used_up(turn)  # "bisa beli lagi ga" with Rp0 left
    if used_up is not None:
        return used_up
    blocked = yield from course_second_purchase.asked(turn)  # "mau beli pelatihan kedua":
    if blocked is not None:  # theirs, when it cannot be bought (a course open, the rest gone)
        return blocked
    own = yield from my_course_follow_ups.answer(turn)  # "beli dimana ya yg pertama" after
    if own is not None:  # the list of the courses bought: that course's platform
        return own
    general = course_after.answer(turn) or course_platform_compare.answer(turn)
    if general is not None:  # "udh selesai pelatihan, terus ngapain", "mending beli dimana"
        return general
    bought = course_bought.answer(turn) or course_buying.answer(turn)
    if bought is not None:
        return bought
    free = yield from course_free.answer(turn)  # "yg gratis ada?"
    if free is not None:
        return free
    fitting = yield from course_audiences.answer(turn)  # "yg cocok buat ibu rumah tangga"
    if fitting is not None:
        return fitting
    about_results = yield from course_results.answer(turn)
    if about_results is None and hooks is not None and course_buy_more.asks(turn):
        return (yield from runner.start(COURSE_CHOICE, turn, hooks))
    if about_results is None:  # "yg paling murah brp" with no search shown
        return (yield from course_cheapest.answer(turn))
    return about_results


SEARCH_FLOW = "course_choice"


def in_search(turn: FlowTurn) -> list[Outbound] | None:
    """At the course search's questions ("Harga maksimal berapa?"), "trs cara belinya gmn" or
    "how do I buy it?" is how to buy (a course bought changed: that answer), then the question
    again (``flows.digression``); before, the capabilities blurb or "I didn't catch that"."""
    if turn.session.flow != SEARCH_FLOW or turn.message.payload is not None:
        return None
    return course_bought.answer(turn) or course_buying.answer(turn)
