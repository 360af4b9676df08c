"""The training-journey readers ``flows.route_readers`` tries outside a flow (probe p23a):
follow-ups on the redeem code's window, a zero balance, a course bought that cannot be
changed, the schedule's place, more courses at once, and more time asked in hardship, each in
its own module."""

from __future__ import annotations

from flows import (
    balance_zero,
    deadline_hardship,
    next_course_asks,
    purchase_missing,
    redeem_apology,
    redeem_first,
    redeem_lapsed_balance,
    redeem_misuse,
    redeem_window_more,
    selected_pick,
    training_change_more,
    training_schedule_where,
    training_tests_more,
)
from flows.readers import Reader

TRAINING_READERS: tuple[Reader, ...] = (
    redeem_window_more.class_told,  # "pdhl baru beli td pagi, kelasnya jam 7 mlm" after a
    # redeem answer: the window, not a complaint form
    redeem_window_more.wait_asked,  # "oh jd hrs nunggu jam 6 gitu?": yes, from then
    redeem_window_more.zone_asked,  # "kalo sy di makassar jam brp wita?": the window in WITA
    redeem_apology.answer,  # "oh maaf. trs gmn" after the code's warning: no harm, the fix
    redeem_misuse.answer,  # "jangan2 ada yg pake akun saya?" after a code "already used"
    training_tests_more.answer,  # "ujian akhirnya gagal, bisa ngulang?": the training's test
    selected_pick.answer,  # "just got selected, how do i pick a course?": steps, the search
    purchase_missing.platform_told,  # "belinya di bukalapak kemarin" after a purchase missing
    redeem_lapsed_balance.answer,  # "saldo sy ilang?" after a lapsed code: the course stays
    redeem_first.answer,  # "yg dimasukin pas awal yg mana" after voucher vs redeem: voucher
    balance_zero.follow_up,  # "udah nonton videonya kok" after a zero balance: the complaint
    next_course_asks.at_once,  # "boleh beli 2 pelatihan biar sekalian?": one at a time
    next_course_asks.incentive_again,  # "dapet insentif lg kalo beli pelatihan kedua": no
    training_change_more.answer,  # "blm sy redeem kok" after "a course bought can't be
    # changed": still no; "jadwalnya bentrok": the provider about another session
    training_schedule_where.answer,  # "jadwalnya bisa diliat dmn?" (read as cancel): the
    # platform; with where the codes are, both
    deadline_hardship.answer,  # "can I ask for more time, my mom is sick": heard, then not
    # extended, their date, buying from a phone
)
"""Read among the topical readers, before the redeem window's own follow-ups."""

__all__ = ["TRAINING_READERS"]
