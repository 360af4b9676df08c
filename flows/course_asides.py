"""Questions about courses typed outside a flow that are no search, read before the NLU's
intent (which takes them for a search, the benefits or the waves): the purchase deadline and
missing it (``flows.purchase_deadline_rules``), one of the courses bought pointed at right
after their list (``flows.my_course_follow_ups``), a course bought changed or refunded
(``flows.course_bought``), how, where and how many to buy (``flows.course_buying``), and the
search results just shown (``flows.course_results``). Asked in general: what comes after a
finished training (``flows.course_after``), the platforms compared
(``flows.course_platform_compare``), a free course (``flows.course_free``), courses for a kind
of person (``flows.course_audiences``), the cheapest ones (``flows.course_cheapest``), whether
one may look at them before selection (``flows.course_browse_anytime``). First, a
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
    course_browse_anytime,
    course_buy_more,
    course_buying,
    course_card_payment,
    course_cheapest,
    course_completion,
    course_declined,
    course_forgotten,
    course_free,
    course_job_guarantee,
    course_needs,
    course_platform_compare,
    course_price_fit,
    course_results,
    course_second_purchase,
    course_two_at_once,
    course_unlisted,
    my_course_follow_ups,
    purchase_deadline_rules,
)
from flows.course_choice import COURSE_CHOICE
from flows.course_mixed import asks_beside
from flows.fallback import previous_intent
from flows.last_answer import just_said
from flows.messages import Outbound
from flows.readers import Reader, first_answer
from flows.runtime import runner
from flows.runtime.hooks import Hooks
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

_READERS: tuple[Reader, ...] = (
    course_declined.taken_again,  # "eh jadi deh, beli yang tadi" after "Nanti dulu"
    course_job_guarantee.answer,  # "ikut pelatihan, dijamin dapat kerja gak?": no guarantee
    course_two_at_once.answer,  # "beli excel 1,3jt sama inggris 2jt sekaligus bisa?"
    course_forgotten.answer,  # "sy beli pelatihan apa ya kemaren lupa": the record
    course_access.answer,  # "udh beli kelas tp kok gbs dbuka"
    course_card_payment.answer,  # "kartu prakerja ditolak pas checkout"
    course_price_fit.answer,  # "yg harganya 1,5jt bisa ga"
    purchase_deadline_rules.answer,  # "batas beli pelatihan brp hari?"
    course_buy_more.used_up,  # "bisa beli lagi ga" with Rp0 left
    course_second_purchase.asked,  # "mau beli pelatihan kedua": theirs, when it cannot be bought
    my_course_follow_ups.answer,  # "beli dimana ya yg pertama" after the courses bought
    course_completion.answer,  # "gmn caranya biar dianggap selesai", "ulasan minimal brp kata"
    course_after.answer,  # "udh selesai pelatihan, terus ngapain"
    course_platform_compare.answer,  # "mending beli dimana"
    course_bought.answer,  # a course bought changed or refunded
    course_buying.answer,  # how, where and how many to buy
    course_free.answer,  # "yg gratis ada?"
    course_audiences.answer,  # "yg cocok buat ibu rumah tangga"
)
"""The readers of a course question, in the order they are tried."""


def answer(turn: FlowTurn, hooks: Hooks | None = None) -> Ask[list[Outbound] | None]:
    """Such a question's answer, else None. With the router's ``hooks``, a wish to buy one
    more course on a topic ("mau beli satu lagi, yg masak2") starts that search
    (``flows.course_buy_more``)."""
    if asks_beside(turn.message):  # "insentif blm masuk, terus bisa beli pelatihan kedua?"
        return None
    answered = yield from first_answer(turn, _READERS)
    if answered is not None:
        return answered
    if hooks is not None and course_browse_anytime.asks(turn.message):  # "sambil nunggu bisa
        said = course_browse_anytime.said(turn)  # liat2 pelatihan ga": yes, and the search
        opened = course_browse_anytime.opened(turn)
        return [said, *(yield from runner.start(COURSE_CHOICE, opened, hooks))]
    if hooks is not None and course_needs.asks(turn):  # "what courses are there for getting
        return (yield from runner.start(COURSE_CHOICE, turn, hooks))  # a job?": its search
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
    unlisted = course_unlisted.answer(turn, SEARCH_FLOW)  # "yg kedua brp" before any list
    return (
        unlisted
        or course_bought.answer(turn)
        or course_buying.answer(turn)
        or _deadline_missed(turn)
    )


def _deadline_missed(turn: FlowTurn) -> list[Outbound] | None:
    """ "kalo telat sehari aja gmn" in the search right after the deadline or the balance was
    answered aside: what missing the deadline means (the card revoked), then the question
    again; before, "aku belum menangkap jawabannya"."""
    text = " ".join((turn.message.text or "").lower().split())
    if not text or len(text.split()) > purchase_deadline_rules.MAX_FOLLOW_UP_WORDS:
        return None
    after = just_said(turn) in purchase_deadline_rules.FOLLOWED
    after = after or previous_intent(turn) == "training_balance"
    if not after or not purchase_deadline_rules.asks_missed(text):
        return None
    return purchase_deadline_rules.missed(turn)
