"""A short follow-up right after a specific answer asks for a part of it, whatever the NLU reads
it as: "brp lama cairnya" after the survey incentive (when it is paid), "harus nunggu brp
lama?" after the OTP fix (the wait before a new code), "caranya gmn" after changing the phone
number (the steps), "knp gagal?" or "how do I fix it?" after a schedule with a failed payment
(the cause and its fix from the participant's record), "buka nya gmn" after a blocked account
(only staff open it: a complaint), "udh 3 hari" after the certificate answer (overdue: a
complaint; else when to expect it) and "padahal udh selesai nonton semua videonya" there (the
videos are not the whole training: ``flows.certificate_done``), "masih belum beres" after a
status answer showing a finished ticket (reopen it: ``flows.ticket_reopen_offer``), "hangus
dong?" after the redeem-code answer (that session's code, not the balance:
``flows.redeem_lapsed``), "tahun ini ada ga" after the wave answer (``flows.waves``), "wis
seminggu" after "all paid" (which wait), "caranya gimana?" after changing the payout account
and "udah premium kok" after a linking failure (``flows.payout_follow_ups``). Asked outside
any answer's context: "harus ikut post test ga" (``flows.training_tests``), "aman ga?" right
after one's data (``flows.data_safety``), and a "what next" the NLU cannot place, by the
participant's status (``flows.my_selection``).
Which answer came just before is ``flows.last_answer``."""

from __future__ import annotations

import re
from collections.abc import Callable

from flows import (
    account_email,
    account_help,
    account_phone,
    account_stuck,
    account_takeover,
    applied_follow_ups,
    balance_before_selection,
    bare_follow_ups,
    benefits_times,
    blocked_wait,
    bot_not_staff,
    certificate_done,
    certificate_issued,
    certificate_name_fix,
    certificate_next,
    certificate_other_course,
    certificate_unfinished,
    certificate_wait,
    complaint_held_off,
    contact_asked,
    contact_follow_ups,
    course_second_purchase,
    data_safety,
    eligibility_follow_ups,
    era_answers,
    era_totals,
    follow_up_answers,
    fraud_data_given,
    fraud_follow_ups,
    fraud_paid_asked,
    incentive_all_paid,
    kk_quota_relatives,
    link_account_mismatch,
    linked_follow_ups,
    menu_topic_follow_ups,
    my_selection,
    next_after,
    next_step_follow_ups,
    nik_dukcapil,
    nik_stolen,
    otp_sms_help,
    otp_where,
    payout_follow_ups,
    payout_help,
    phone_reschedule,
    purchase_invoice_typed,
    rating_help,
    redeem_lapsed,
    redeem_on_time_told,
    redeem_when,
    revocation_help,
    selected_follow_ups,
    subscription_follow_ups,
    ticket_missing_help,
    topic_follow_ups,
    training_tests,
    wave_results,
    waves,
    why_follow_ups,
)
from flows.follow_up_answers import IF_NOT, FollowUp, either, now, survey_skipped
from flows.last_answer import just_said, remember
from flows.menu_topic_follow_ups import WAVES
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.ticket_reopen_offer import FINISHED_TICKET, NOT_SOLVED, STILL_ABSENT, after_status
from flows.topic_follow_ups import otp_tried
from flows.training_help import LIVE_CLASS, REDEEM
from flows.turn import Ask

Answer = Ask[list[Outbound] | None]
MAX_WORDS = 8
"""A follow-up is short; a longer message says what it is about itself."""
NEXT_MAX_WORDS = 12
"""A formal "what next" is longer ("terus setelah itu apa lagi yang harus ibu lakukan?" after
the certificate answer: before, the generic menu)."""

_HOW_LONG = re.compile(
    r"\b(?:berapa|brp|brapa|bberapa) (?:lama|hari|jam)\b|\b(?:kapan|kpn)\b|\bhow long\b|\bwhen\b"
    r"|\b(?:nunggu|menunggu|tunggu|wait)\b"
)
_HOW = re.compile(r"\b(?:cara\w*|gimana|gmn|gmna|bagaimana|gimn|how|langkah\w*|step\w*|prosedur)\b")

WAITED_ONLY = re.compile(
    r"^\W*(?:(?:udah|udh|sudah|sdh|dah|uda|wis|wes|uwis|already|it'?s been|been)\s+)?"
    r"(?:\d{1,3}\s*|se|(?:satu|dua|tiga|empat|lima|a|an|one|two|three)\s+)(?:hari|minggu|pekan|"
    r"bulan|bln|mg|days?|weeks?|months?)(?:\s+(?:lebih|an|lho|loh|lo|kak|min|nih|sih|ya|now))*\W*$"
)
"""Only a wait, said bare: "wis seminggu", "udh 2 minggu", "it's been a week" (a message that
also says the money never came is the incentive's own complaint)."""


def _later(turn: FlowTurn) -> Answer:
    """ "tahun ini ada ga" after the wave answer (``flows.waves.later_asked``), remembered."""
    replies = yield from waves.later_asked(turn)
    if replies is not None:
        remember(turn, WAVES)  # "kuotanya?", "kalo telat?" next: still the waves
    return replies


FOLLOW_UPS: dict[str, tuple[re.Pattern[str], Callable[[FlowTurn], Answer]]] = {
    "survey": either(
        (rating_help.FILL_WHEN, now(rating_help.survey_fill_when)),  # "kapan isinya": where
        (_HOW_LONG, now(rating_help.survey_paid_when)),
        (IF_NOT, now(survey_skipped)),  # "kalo ga ngisi?"
    ),
    "otp_login": either(  # "harus nunggu brp lama?"; "udah cek spam juga", "udah 5x kirim ulang"
        (account_phone.PHONE_CHANGED, now(account_help.answer)),  # "no hp ku udh ganti"
        (_HOW_LONG, now(account_help.otp_wait)),
        (topic_follow_ups.TRIED, now(otp_tried)),
        (otp_where.WHERE, now(otp_where.answer)),  # "kode itu dikirim ke mana?": the email
        (otp_sms_help.SMS_NAMED, now(otp_sms_help.answer)),  # "nomor aku telkomsel"
    ),
    "change_phone": (_HOW, now(account_help.change_phone_steps)),
    **topic_follow_ups.FOLLOW_UPS,  # "knp gagal?", "udah 2 bulan" after a failed payment
    **complaint_held_off.FOLLOW_UPS,  # "terus kalo udah sama?" after a complaint held off
    certificate_wait.TOPIC: either(  # "udh 3 hari"; "padahal udh selesai nonton semua videonya"
        (certificate_wait.WAITED, now(certificate_wait.answer)),
        (certificate_done.DONE, now(certificate_done.answer)),
        (certificate_next.STILL_MISSING, now(certificate_next.still_missing)),  # "kok blm muncul"
        *certificate_unfinished.FOLLOW_UPS,  # "why is it taking so long?", "ok what now"
        (certificate_next.NEXT, now(certificate_next.steps)),  # "trs klo udh keluar?"
    ),
    **certificate_next.FOLLOW_UPS,  # "abis rating?", "klo udh cair brarti selesai?" after them
    FINISHED_TICKET: either(  # "masih belum beres", "tp di dashboard blm ada tuh": reopen it
        (NOT_SOLVED, after_status), (STILL_ABSENT, after_status)
    ),
    **incentive_all_paid.FOLLOW_UPS,  # "kok lama bgt" after "all paid": which wait, no complaint
    **era_answers.FOLLOW_UPS,  # "kalo dulu 2021?" after the deadline or the package
    era_answers.BENEFITS: either(  # "itu cair brp kali", "bukannya 4x?" after the package
        (benefits_times.TIMES, now(benefits_times.answer)),
        era_answers.FOLLOW_UPS[era_answers.BENEFITS],
        (fraud_follow_ups.WHY, now(era_totals.why)),  # "knp gt": the rules changed with the era
    ),
    **account_email.FOLLOW_UPS,  # "udh kirim ulang 5x" after the verification email
    **account_help.FOLLOW_UPS,  # "aku ga ngapa2in kok", "buka nya gmn" after a blocked account
    **phone_reschedule.wrapped(account_help.FOLLOW_UPS),  # the steps after a failed payment
    **nik_dukcapil.FOLLOW_UPS,  # "udh bener kok nik nya", "trs hrs kmn" after a NIK not found
    **blocked_wait.FOLLOW_UPS,  # "brp lama bukanya" there: no time promised, a complaint
    **fraud_follow_ups.FOLLOW_UPS,  # "udh kukasih", "udh terlanjur bayar" after a fraud warning
    **follow_up_answers.FOLLOW_UPS,  # "alasannya apa", "lama ga?", "udh 2 minggu", "kalo ga?"
    **kk_quota_relatives.FOLLOW_UPS,  # "dia lolos gelombang 70" after a relative on one's KK
    **selected_follow_ups.FOLLOW_UPS,  # "terus?", "itu kapan?" after "kamu lolos"
    **wave_results.FOLLOW_UPS,  # "biasanya brp hari" after a wave's results were told
    **applied_follow_ups.FOLLOW_UPS,  # "kalo ga lolos gmn", "peluangnya gede ga" while waiting
    **balance_before_selection.FOLLOW_UPS,  # "kok blm ada" after "no balance before selection"
    **revocation_help.FOLLOW_UPS,  # "kalo banding?" after a revoked participation
    **subscription_follow_ups.FOLLOW_UPS,  # "ga jadi" after unsubscribing, "yes" after subscribing
    **ticket_missing_help.FOLLOW_UPS,  # "kok ga ada?" after a ticket not found in this chat
    **next_step_follow_ups.FOLLOW_UPS,  # "what happens next?" after the steps after registering
    **menu_topic_follow_ups.FOLLOW_UPS,  # "abis itu?" after how to register, "kuotanya?" waves
    **course_second_purchase.FOLLOW_UPS,  # "kenapa belum bisa?" after "the next course waits"
    **contact_follow_ups.FOLLOW_UPS,  # "jam berapa buka?", "kalo email?" after the contact centre
    **certificate_issued.FOLLOW_UPS,  # "udah selesai kemarin padahal" after "issued on record"
    **certificate_name_fix.FOLLOW_UPS,  # "bisa dibenerin ga" after the wrong-name answer
    **certificate_other_course.FOLLOW_UPS,  # "pelatihan pertama udh ada kok" after "only 1"
    **training_tests.FOLLOW_UPS,  # "abis itu ngapain" after the post-test answer
    WAVES: either(menu_topic_follow_ups.FOLLOW_UPS[WAVES], (waves.LATER, _later)),
    REDEEM: either(  # "hangus?"; "itu dipake kapan?", "kalo telat gmn"
        topic_follow_ups.FOLLOW_UPS[REDEEM], redeem_lapsed.FOLLOW_UP, *redeem_when.FOLLOW_UPS
    ),
    LIVE_CLASS: redeem_lapsed.FOLLOW_UP,  # "hangus dong?" after "kalo telat 2 jam gimana"
    incentive_all_paid.TOPIC: either(  # "wis seminggu" after "all paid": which wait
        incentive_all_paid.FOLLOW_UPS[incentive_all_paid.TOPIC],
        (WAITED_ONLY, incentive_all_paid.answer),
    ),
}
"""The topic answered just before: what its follow-up asks, and the answer."""


def answer(turn: FlowTurn) -> Answer:
    """The part of the answer just given that this short message asks for, else None."""
    text = (turn.message.text or "").lower()
    if turn.message.payload is not None:
        return None
    direct = contact_follow_ups.asked(turn)  # "jam kerja cs prakerja?" with nothing before it
    direct = direct or contact_asked.answer(turn)  # "who do i talk to", "what's the phone number"
    direct = direct or bot_not_staff.answer(turn)  # "kenapa ga bisa? kan kamu admin": a bot
    direct = direct or why_follow_ups.answer(turn)  # "why not?" after a rule: its reason
    direct = direct or training_tests.answer(turn)  # "harus ikut post test ga"
    direct = direct or data_safety.answer(turn)  # "aman ga?" right after one's data
    direct = direct or account_takeover.money_after(turn)  # "saldo aku?" after a take-over
    direct = direct or nik_stolen.stranger_after(turn)  # "aku ga kenal siapa dia" after it
    direct = direct or fraud_paid_asked.answer(turn)  # "itu penipuan bukan" after a fee told
    direct = direct or fraud_data_given.answer(turn)  # "udh kasih NIK" after a fraud warning
    direct = direct or redeem_on_time_told.answer(turn)  # "udah pas jam nya kok" (redeem)
    direct = direct or purchase_invoice_typed.answer(turn)  # "INV/2026/11/12345" after it
    direct = direct or account_stuck.answer(turn)  # "tetep ga bisa" after an account fix
    direct = direct or link_account_mismatch.answer(turn)  # "lho ga ketemu?" after a mismatch
    direct = direct or payout_follow_ups.answer(turn)  # "caranya gimana?" after "ganti ke bca
    if direct is not None:  # bisa?", "udah premium kok" after a linking failure (own limit)
        return direct
    ahead = yield from next_after.answer(turn)  # "and then?" after "you qualify"
    if ahead is None:  # "brp?" after the survey, "kapan paling telat?" after the payout account
        ahead = yield from linked_follow_ups.answer(turn)
    if ahead is not None:
        return ahead
    found = FOLLOW_UPS.get(just_said(turn) or "")
    if len(text.split()) > MAX_WORDS and not _long_next(text, found):  # each variation has its
        return _varied(turn)  # own limit ("what about my brother, he is a police officer")
    if found is None or not found[0].search(text):
        varied = _varied(turn)  # else "brp lama?", "udh", "bisa?" bare: still the answer's topic
        if varied is not None:
            return varied
        bare = yield from bare_follow_ups.answer(turn)
        bare = bare if bare is not None else next_step_follow_ups.pending(turn)  # a step left
        return bare if bare is not None else (yield from my_selection.next_asked(turn))
    return (yield from found[1](turn))


def _long_next(text: str, found: FollowUp | None) -> bool:
    """Whether a message up to ``NEXT_MAX_WORDS`` long asks what comes next after the answer
    just given, and that answer's follow-up reads it so."""
    if found is None or len(text.split()) > NEXT_MAX_WORDS:
        return False
    return certificate_next.NEXT.search(text) is not None and found[0].search(text) is not None


VARIATIONS: tuple[Callable[[FlowTurn], list[Outbound] | None], ...] = (
    payout_help.follow_up,  # "kalo gopay punya istri?" after a payout answer
    eligibility_follow_ups.answer,  # "kalo BLT?", "kalo pake nik istri?" after eligibility
    revocation_help.appeal_later,  # "yah" then "kalo banding?" after a revoked participation
)
"""Short "kalo X?" variations read against the topic of the question just before."""


def _varied(turn: FlowTurn) -> list[Outbound] | None:
    for vary in VARIATIONS:
        replies = vary(turn)
        if replies is not None:
            return replies
    return None


__all__ = ["FOLLOW_UPS", "answer"]
