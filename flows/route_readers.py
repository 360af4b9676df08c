"""The readers ``flows.route_text`` tries in a row on a typed message outside a flow, as
tables (``flows.readers.first_answer``): each recognises one kind of message, whatever the NLU
read, and answers it or declines."""

from __future__ import annotations

from flows import (
    about_chat,
    account_help,
    account_per_person,
    account_stuck,
    applied_follow_ups,
    apply_again,
    balance_can_buy,
    balance_combine,
    balance_own_words,
    broadcast_questions,
    certificate_follow_ups,
    code_kinds,
    complaint_anger,
    complaint_for_relative,
    complaint_provider_contacted,
    course_asides,
    course_mode_asks,
    course_self_paced,
    data_typed_lookup,
    data_use,
    deadline_blocked,
    ektp_missing,
    eligibility_for_relative,
    eligibility_kk_married,
    eligibility_limits,
    eligibility_told,
    era_once,
    family_receipt_own,
    fee_asked,
    follow_records,
    fraud_site_secret,
    friend_compare,
    incentive_asks,
    incentive_conditions,
    incentive_exact_date,
    incentive_overdue,
    incentive_phone,
    incentive_readers,
    incentive_resend,
    kk_shared_card,
    login_follow_ups,
    money_arrival,
    money_follow_ups,
    my_class_missed,
    my_words,
    next_wave_again,
    nik_stolen,
    not_selected_vent,
    numbered_items,
    others_asks,
    pasted_notice,
    payout_failed_reason,
    payout_named,
    payout_switch,
    platform_meaning,
    programme_scam,
    purchase_balance_deadline,
    purchase_deadline_asks,
    purchase_deadline_missed,
    purchase_deadline_passed,
    purchase_deadline_time,
    purchase_missing,
    queue_rejoin,
    rating_blocked,
    rating_help,
    redeem_errors,
    redeem_tried,
    redeem_use,
    redeem_when,
    redeem_window_asks,
    revocation_help,
    revocation_own,
    revoked_follow_ups,
    revoked_vent,
    sadness,
    scam_victim,
    selection_odds,
    situation_readers,
    story_question,
    subscription_asides,
    subscription_status,
    ticket_elsewhere,
    ticket_speed_up,
    ticket_vent,
    topic_follow_ups,
    training_length,
    wave_join_failed,
    wave_joined,
    wave_mine,
    wave_rules,
    working_days,
)
from flows.flow_table import FLOWS
from flows.messages import Outbound
from flows.newcomer_readers import NEWCOMERS_FIRST, NEWCOMERS_LAST
from flows.readers import Reader
from flows.route_hooks import hooks
from flows.route_intent import on_intent
from flows.runtime import runner
from flows.runtime.machine import FlowTurn
from flows.training_readers import TRAINING_READERS
from flows.turn import Ask, Step


def _angry(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    return complaint_anger.answer(turn, on_intent)


def _about_courses(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    return course_asides.answer(turn, hooks())


def _eligibility_rules(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    return eligibility_limits.answer(turn, on_intent)


def _start_check(turn: FlowTurn) -> Step:
    return runner.start(FLOWS["eligibility"], turn, hooks())


def _fee(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    return fee_asked.answer(turn, on_intent)


def _relative_check(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    return eligibility_for_relative.answer(turn, _start_check)


def _told_facts(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    return eligibility_told.answer(turn, _start_check)


HEARD_FIRST: tuple[Reader, ...] = (
    situation_readers.answer,  # a participant's death, a foreign number, "hp jadul", "tuli"
    ticket_speed_up.answer,  # "bisa dipercepat ga" with a ticket open
    ticket_vent.answer,  # "udh seminggu lebih loh", "woy" right after a ticket's status
    ticket_elsewhere.answer,  # "aku udh lapor kemarin lewat email", no ticket in this chat
    fraud_site_secret.answer,  # "I already gave the OTP" right after a fake site named
    nik_stolen.answer,  # "ada orang lain pake nik aku buat daftar": not registration
    scam_victim.answer,  # "ibu aku ketipu ... saldonya ilang": steps first
    revoked_vent.answer,  # "ga adil ini, saya cuma telat sehari"
    revoked_follow_ups.answer,  # "lho kok bisa", "bisa diaktifin lagi ga" after a revocation
    _angry,  # "anjing insentif gw ga masuk2": heard calmly, the record, what to check
    not_selected_vent.answer,  # "ga lolos lolos, penipu": heard first
    story_question.answer,  # "...daftar prakerja itu bayar ga sih?": that asked, hardship heard
    sadness.answer,  # "sedih bgt ga lolos lg", "udh putus asa bgt": kindly, then a next step
    complaint_provider_contacted.answer,  # "udh hubungi lpk tp ga dibales" after its fix
    queue_rejoin.answer,  # "td aku udh batal antri, skrg mau antri lg": queued again
)
"""Read before anything else a message names: a hurry, a scam suffered, anger, a letdown."""

TOPICAL: tuple[Reader, ...] = (
    incentive_readers.answer,  # own incentive, payout account, survey, rating (records)
    *NEWCOMERS_FIRST,  # the face check failing, registering at an office, KTP photos asked
    _told_facts,  # "dulu udah dapet prakerja, bisa daftar lagi?", "mama sama kakak
    # udh dapet, satu KK, aku bisa?": the fact told decides (once in a lifetime, the card full)
    eligibility_kk_married.answer,  # "baru nikah, KK masih ikut ortu, pake KK yg mana?": the
    # card one is listed on now at Dukcapil
    kk_shared_card.answer,  # "kk nya sama kyk sy, gpp?" after a sibling's chances: the card's
    # limit, a participant asking counted as one recipient on it
    account_per_person.answer,  # "boleh 1 email buat berdua?": each their own email and account
    complaint_for_relative.answer,  # "saya boleh bantu ngadu atas nama ibu?": yes, her
    # account's details in it, never her password or OTP
    *TRAINING_READERS,  # a redeem window's follow-ups, more courses at once, hardship
    redeem_window_asks.answer,  # "trus kapan bisa dipakenya", "kalo telat sejam gmn" after a
    # class's redeem window; "kelas jam 13, skrg bisa?": now against it
    redeem_errors.used,  # "muncul \"kode sudah digunakan\" padahal blm pernah": what to do
    redeem_errors.invalid_in_time,  # "says invalid, starts at 2pm, entering at 1:30": no time
    # matter: what to check, the provider, a complaint
    redeem_errors.missing_from_email,  # "kode voucher ga muncul di email", "udh cek spam jg"
    revocation_own.answer,  # "maksudnya dicabut?", "temenku dicabut, aku aman ga" from one
    # not revoked: what it means for them, their days left, or that they are safe
    balance_can_buy.not_buying,  # "kalo ga beli pelatihan gmn" from one selected: revoked
    balance_can_buy.again,  # "hah? jd bisa ga" right after the balance or "Bisa": "Bisa"
    deadline_blocked.answer,  # "deadline aku diperpanjang ga kalo gini" with the account
    # blocked: not extended; the complaint and the phone line, so staff see it in time
    purchase_deadline_passed.answer,  # "loh kok gabisa" right after the deadline told passed
    purchase_balance_deadline.answer,  # "saldo sy brp trs deadline belinya kapan?": both
    balance_combine.answer,  # "saldo istri bisa digabung sm punya sy?": no, each card's own
    purchase_deadline_time.answer,  # "jam brp tepatnya", "tgl 10 masih bisa?" after one's
    # deadline: its time in WIB, the last day counting until then
    purchase_deadline_asks.answer,  # "when is the deadline again", "blm sempet krn kerja"
    # right after one's selection or deadline: the date; not extended, self-paced fits work
    course_mode_asks.answer,  # "itu maksudnya apa self paced": the modes told apart
    my_class_missed.answer,  # "kalo aku ga bisa dateng gmn" after one's course or session:
    # the provider decides on another session
    rating_help.where_asked,  # "trs ratingnya dmn", "cara isi surveinya dmn": where each is given
    applied_follow_ups.asked,  # "dikabarin lewat apa", "kalo ga lolos bisa ikut lg ga", "kok ga
    # lolos2 temenku" from an applicant waiting: how the result is told, the next wave, why
    numbered_items.answer,  # "yg no 4 kenapa gabisa" right after a numbered list's answers
    others_asks.answer,  # "pake email saya aja boleh?" for a sibling, "tolong cek aja" after a
    # father's NIK: never another's data
    data_typed_lookup.answer,  # "hp aku 0812... kalo perlu", "kok ga dicek" after a NIK given
    # unlinked: nothing looked up by a typed number; linking (OTP) instead
    working_days.answer,  # "hari kerja itu sabtu minggu diitung ga?" after "3–5 hari kerja"
    login_follow_ups.answer,  # "kalo ga bisa?", "email ny jg udh ga aktif" after "Lupa Password";
    # "email aku udh ga aktif, gmn login" said first: the lost email's complaint
    _about_courses,  # "ini berapa jam?", "bisa beli lagi ga", "yg gratis ada?"
    training_length.answer,  # "brp lama pelatihannya": the minimum hours, not the benefits
    platform_meaning.answer,  # "maksudnya platform tu apa": what a platform partner is
    incentive_asks.amount_asked,  # "600rb kan?" after incentive talk (read as a bot asked),
    # "kapan dpt 600rb nya?": when it comes (their schedule, or when one appears)
    incentive_exact_date.answer,  # "tgl brp pastinya masuk", "trs kapan" after incentive talk:
    # the schedule's date and its 3–5 working days, no surer day; none yet: what makes one
    payout_switch.pending_switch,  # "kalo sy ganti ewallet, insentif yg ke4 masuknya kemana?"
    payout_switch.same_as_linked,  # "ganti ke dana bisa?" with DANA linked already
    payout_switch.failed_elsewhere,  # "insentif sy ke ovo gagal", the payment sent to DANA
    money_arrival.answer,  # "berapa lama dananya masuk?": 3–5 working days, then complain
    incentive_conditions.answer,  # "syaratnya apa aja" right after incentive talk: the
    # incentive's conditions, not the programme's eligibility check
    data_use.answer,  # "buat apa aja data itu": only for Prakerja, encrypted, erasable
    ektp_missing.answer,  # "ktp aku blm e-ktp": needed for the photo; "trs gimana" after it
    topic_follow_ups.upgrade_meaning,  # "what does upgrade mean" after a payment failed for a
    # wallet not upgraded: not the status glossary
    payout_named.paid_to,  # "eee yang dana kak" after the incentive schedule
    payout_failed_reason.answer,  # "what does that mean", "my DANA is in my name though",
    # "maksudnya tidak aktif gmn", "dana aku masih aktif kok" after a payment failed
    money_follow_ups.answer,  # "kalo ditransfer ke rekening?", "itu artinya apa?" right after a
    # balance or schedule answer
    incentive_overdue.waited,  # "udah 2 hari" after an overdue schedule: the complaint, with the
    # payment's date it is judged by
    incentive_resend.answer,  # "nanti dikirim ulang kapan", a payment failed on record: no date
    # promised, how it is scheduled again
    incentive_phone.answer,  # "mau ganti no hp tapi insentif aku masih proses": the payment
    # waiting, before the phone-change steps
    _fee,  # "oke, trs daftarnya bayar ga" (the NLU split three ways): free
    _relative_check,  # "63", "wni" right after "bapakku umur 63 bisa daftar ga": his check
    _eligibility_rules,  # "syrtny apa aja", "emg batasnya brp" after a verdict on one's age,
    # "apa aku ga layak ya" after "not eligible" or "not selected"
)
"""Questions on a topic whatever the NLU read, most right after an answer on it."""

RECORDS_AND_STEPS: tuple[Reader, ...] = (
    family_receipt_own.answer,  # "suami aku pernah dpt prakerja, aku skrg lolos, aman kan?":
    # a relative's receipt is not theirs (only the KK limit), then their own status
    friend_compare.answer,  # "temenku udh cair kok aku blm", "dia gelombang yg sama loh"
    next_wave_again.answer,  # "bisa ikut lagi gelombang berikutnya?": yes, the next wave
    my_words.answer,  # "bisa daftar ulang ga", "kok blm ada kartu": a linked record decides
    balance_own_words.answer,  # "duit pelatihan ku sisa brp" (read as the benefits): theirs
    era_once.answer,  # "lho cm sekali?" after one's incentive: one's own era's count
    wave_joined.answer,  # "aku udh gabung gelombang 72 kan?": the record, then the dates
    wave_mine.answer,  # "gelombang brp aku"; a recipient's "gelombang skrg buka ga": no join
    follow_records.answer,  # "harus kasih rating ga", "i already rated it", "when did I buy it?"
    rating_blocked.answer,  # "ga bisa kasih rating, tombolnya abu2": after the certificate
    code_kinds.answer,  # "abis beli dapet kode apa aja?" (read as the benefits): both codes
    redeem_use.answer,  # "cara pakai kodenya gmn" right after the codes' answer
    redeem_when.start_asked,  # "kapan bisa mulai" with a course bought: its session, the code
    wave_join_failed.answer,  # "udh klik tp gak bisa" after "Gabung Gelombang"
    purchase_missing.answer,  # "aku beli pelatihan di tokopedia tp gak muncul"
    purchase_deadline_missed.answer,  # "what happens if I miss it"
    redeem_tried.answer,  # "udah coba 3x tetep gagal" after the redeem answer: why codes fail
    redeem_tried.claimed,  # "itu kode redeem aku": the code is theirs to use
    account_stuck.tried,  # "udah coba lupa kata sandi tp link reset ga masuk" after its fix
)
"""One's own record, a code or a purchase that did not work, asked in words."""

DOUBTS: tuple[Reader, ...] = (
    pasted_notice.answer,  # a forwarded "*INFO PRAKERJA*" notice checked; "ini beneran?" next
    about_chat.answer,  # this chat itself: a voice note, "nama kamu siapa", who sees my NIK
    broadcast_questions.answer,  # "ini beneran dari prakerja?", "kok tau nomor aku", "yg
    # dikirim apa aja", "seminggu berapa kali"
    programme_scam.answer,  # "prakerja penipu": the official programme, not "Itu penipuan"
)
"""Whether a message, or the programme itself, is genuine."""

STATES: tuple[Reader, ...] = (
    subscription_status.answer,  # "am I subscribed?": the state
    subscription_asides.answer,  # "lewat wa ini aja", "jam brp dikirim" after subscribing
    certificate_follow_ups.answer,  # "ganti nama bisa?" after the certificates
    course_self_paced.answer,  # "pelatihan mandiri (video) pake redeem?": not Bank Mandiri
)
"""A state asked about, or a certificate's follow-up."""

AGAIN: tuple[Reader, ...] = (
    incentive_readers.checked,  # "udah kok aku cek" after "check X, else complain"
    apply_again.answer,  # "can I apply again in wave 72?"
    wave_rules.answer,  # "bisa ikut 2 gelombang sekaligus?", "keluar dari gelombang gmn"
    selection_odds.answer,  # "peluang lolos brp persen", "klo ga ada sms brarti ga lolos?"
    revocation_help.of_record,  # "mau banding", "kok dinonaktifkan"
    *NEWCOMERS_LAST,  # "apa krn saya dapet pkh?", "kena PHK, bisa dapat prakerja?"
)
"""Joining again, or appealing a revocation."""

_VAGUE = frozenset({"register", "help", "out_of_scope", "inform", "greet", "account_access",
                    "registration_status", "check_eligibility"})  # fmt: skip
"""Readings a forgotten login is given that name no other topic of their own."""


def forgot_login(turn: FlowTurn, unsure: bool) -> bool:
    """ "aku lupa email yg buat daftar" (read as register): a forgotten login, asked alone."""
    message = turn.message
    vague = message.intent is None or message.intent in _VAGUE or unsure
    return vague and len(message.parts) < 2 and account_help.forgot_login(message)
