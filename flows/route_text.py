"""What a typed message means outside a running flow, before its intent is taken at its word:
the button it names, the course browser and its pages, a parked flow, "maksudnya?", follow-ups
to the answer just given ("terus gimana?", "knp?", "kalo rekening adik?"), several questions
in one, a refined course search; then the intent (``route_intent``), a clarifying question
when unsure, and after repeated misses a person."""

from __future__ import annotations

from dataclasses import replace

from flows import (
    abroad_return,
    account_email,
    account_help,
    account_misread,
    account_takeover,
    answer_checks,
    class_postponed,
    courses,
    data_alone,
    data_rights_flow,
    emoji,
    follow_ons,
    form_held,
    incentive_asks,
    language_choice,
    linked_asides,
    live_class,
    number_asked,
    parking,
    programme_facts,
    rating_help,
    redeem_tried,
    regional_asks,
    registration_abroad,
    registration_cancelled,
    registration_data_flags,
    registration_resumed,
    registration_step_questions,
    returned_worker,
    revocation_help,
    route_numbers,
    route_vague,
    secret_next,
    short_reactions,
    single_offer,
    subscription_requests,
    thanks_and_ask,
    ticket_sent,
    waves,
    wish_to_complain,
)
from flows.complaint_fix import not_helped_after_fix
from flows.complaint_topics import known_problem
from flows.complaints import COMPLAINTS
from flows.course_choice import COURSE_CHOICE, back_to_questions, results_page, turned_page
from flows.course_followups import FOLLOW_UP_INTENTS, refines
from flows.eligibility_birth_year import asks_to_join
from flows.fallback import (
    bare_follow_up,
    carried_over,
    clarify,
    detail_of_previous,
    follow_up,
    miss,
    next_step,
    sent_again,
    unclear,
)
from flows.follow_corrected import asked_instead
from flows.helpers import answered_first, answered_unsure
from flows.menu import main_menu
from flows.readers import first_answer
from flows.registration_checks import reads_as_register, registers_with_facts
from flows.route_hooks import hooks
from flows.route_intent import on_intent
from flows.route_payload import tap
from flows.route_readers import (
    AGAIN,
    DOUBTS,
    HEARD_FIRST,
    RECORDS_AND_STEPS,
    STATES,
    TOPICAL,
    forgot_login,
)
from flows.route_tickets import about_ticket, reopened
from flows.runtime import controls, runner
from flows.runtime.machine import FlowTurn
from flows.several_questions import answer_each
from flows.turn import Step


def on_text(turn: FlowTurn) -> Step:
    session, message = turn.session, turn.message
    rules = turn.ctx.programme.dialogue
    intent = message.intent
    unsure = intent is not None and (message.ambiguous or message.confidence < rules.min_confidence)
    kept = yield from linked_asides.answer(turn, on_intent)  # "akun sy bakal dihapus ga?",
    if kept is not None:  # "kan satu kk": no erasure, no eligibility quiz, no wrong complaint
        return kept
    if linked_asides.files_provider(turn):  # "trus sy mau lapor pelatihannya jelek"
        return (yield from runner.start(COMPLAINTS, turn, hooks()))
    early = yield from incentive_asks.early(turn)  # "udh sy benerin namanya" after a failed
    if early is not None:  # payment (not UU PDP), "kalo gagal dikabarin ga?" (no subscription)
        return early
    rights = data_rights_flow.answer(turn)  # "jangan proses data aku lagi", "udah dihapus?"
    if rights is not None:  # (UU PDP rights: answered, never read as erasure)
        return rights
    ticket = yield from about_ticket(turn)  # staff's request, a reply, its status, its number
    if ticket is not None:
        return ticket
    heard = yield from first_answer(turn, HEARD_FIRST)  # a hurry, a scam, anger
    if heard is not None:
        return heard
    if (question := thanks_and_ask.rest(turn)) is not None:  # "ok thx, trus kalo ... gmn"
        return (yield from thanks_and_ask.answered(turn, question, on_text))
    wished = yield from subscription_requests.answer(turn)  # "STOP", "iya berhenti", "langganan
    if isinstance(wished, str):  # lagi"; "iya" right after "link your account first": linking
        return (yield from tap(turn, wished))
    if wished is not None:
        return wished
    doubted = yield from first_answer(turn, DOUBTS)  # "ini beneran dari prakerja?"
    if doubted is not None:
        return doubted
    if session.flow == courses.FLOW:  # typed at the course browser: "kuliner", "yang online aja"
        browsed = yield from courses.typed(turn, hooks())
        if browsed is not None:
            return browsed
    if (page := turned_page(turn)) is not None:  # "lanjut", "kembali" at the results
        return (yield from results_page(turn, page))
    if controls.is_back(message) and (stepped := back_to_questions(turn)) is not None:
        return stepped  # "kembali" at the search results: its last question again
    facts = yield from programme_facts.whole(turn)  # "prakerja itu utang ya?", "yg bayarin
    if facts is not None:  # siapa", "dari kemnaker ya?": whatever the NLU read
        session.misses = 0
        return facts
    if len(message.parts) < 2 and intent != "human_agent" and account_help.hijacked(message):
        after = account_takeover.broken_in_after(turn)  # "akun aku dibobol" after a payout
        return after or account_help.hijack_steps(turn)  # "my account was hijacked": before
    if (misread := (yield from account_misread.answer(turn))) is not None:  # read as register:
        return misread  # "... akunnya diblokir" (blocked), "gmn cara hapus akun" (the erasure)
    topical = yield from first_answer(turn, TOPICAL)  # courses, money follow-ups
    if topical is not None:
        return topical
    if session.suspended and parking.continues_parked(message.text or ""):
        return (yield from parking.resume(turn, True, hooks()))  # "lanjut"
    if (gone := (yield from registration_cancelled.continued(turn))) is not None:
        return gone  # "lanjut" just after the registration was cancelled: start again?
    if (taken := (yield from registration_resumed.answered(turn))) is not None:
        return taken  # the set-aside registration's pending answer typed: resumed with it
    if (held := (yield from form_held.resumed(turn))) is not None:
        return held  # "iya" after an idle pause to the question put off: the form goes on
    if session.suspended and (intent in (None, "greet", "help", "affirm") or unsure):
        followed = yield from follow_ons.answer(turn)  # "trs gmn" right after an answer
        return followed if followed is not None else [parking.resume_offer(turn)]
    if controls.asks_meaning(message) and session.turns > 0:  # "maksudnya?" after an answer
        return unclear(turn)
    flagged = registration_data_flags.answer(turn)  # "no KK tidak sesuai", "NIK terdaftar di
    if flagged is not None:  # instansi lain": before what a NIK is
        return flagged
    numbered = yield from route_numbers.answer(turn)  # a NIK typed or asked: never another's
    if numbered is not None:  # record, a lookup, linking, one's own (masked), a slip
        return numbered
    alone = data_alone.answer(turn)  # "3273041103880007", "11-03-1988" typed alone: what for
    if alone is not None:
        return alone
    reopening = yield from reopened(turn)  # "buka lagi pengaduannya", "ok buka lg aja"
    if reopening is not None:
        return reopening
    linked = session.participant_id is not None  # one's own NIK asked: the record shows it
    forgotten = number_asked.forgotten_number(message, linked=linked)
    if forgotten is not None:  # "aku lupa nik ku", whatever the NLU made of it
        return [turn.reply(f"invalid.where_{forgotten}", turn.menu_button())]
    from_abroad = registration_abroad.follow_up(turn)  # "tp ktp indo" after working abroad
    from_abroad = from_abroad or abroad_return.answer(turn)  # "kalo udh pulang ke indo gmn"
    from_abroad = from_abroad or returned_worker.answer(turn)  # an ex-PMI's story: can I join?
    if from_abroad is not None:
        return from_abroad
    step_asked = yield from registration_step_questions.answer(turn)  # "apa itu tkd?"
    if step_asked is not None:  # (read as register): the answer, not the registration form
        return step_asked
    if forgot_login(turn, unsure):  # "aku lupa email yg buat daftar" (read as register)
        return (yield from on_intent(turn, "account_access"))
    if account_email.verified_login(message):  # "udah verifikasi email, trus gimana login nya?":
        return (yield from on_intent(turn, "account_access"))  # one question, the login steps
    if len(message.parts) < 2 and account_help.asks_phone_change(message):
        return (yield from on_intent(turn, "account_access"))  # "nomor lama aku udh hangus"
    own = yield from first_answer(turn, RECORDS_AND_STEPS)  # a record, codes
    if own is not None:
        return own
    if not_helped_after_fix(turn) or redeem_tried.again(turn):  # "ga membantu" right after an
        # answer with a known fix; "masih gagal juga" after the redeem code's troubleshooting
        return (yield from runner.start(COMPLAINTS, turn, hooks()))
    after_flow = next_step(turn) or sent_again(turn) or ticket_sent.answer(turn)  # "kekirim kan?"
    if after_flow is not None:
        return after_flow
    filed = yield from ticket_sent.status(turn)  # "what's the status?" just after filing
    if filed is not None:
        return filed
    if (waved := emoji.hello(turn)) is not None:  # "👋" as the first message: hello, not bye
        return waved
    if intent not in ("thanks", "greet", "goodbye") and (felt := emoji.reaction(turn)):
        return felt  # "👍", "😭😭😭" (🙏 reads as thanks)
    state = yield from first_answer(turn, STATES)  # "am I subscribed?", "ganti nama bisa?"
    if state is not None:
        return state
    followed = yield from follow_ons.answer(turn)  # "brp lama cairnya" after the survey answer
    if followed is not None:
        session.misses = 0
        return followed
    checked = answer_checks.answer(turn)  # "only once?", "will it be resent?" after an answer
    if checked is not None:
        session.misses = 0
        return checked
    absent = yield from revocation_help.feared(turn)  # "kalo gak ikut nanti dicabut?": no
    if absent is not None:  # (read before the live class takes "gak ikut" as a move)
        return absent
    live = live_class.answer(turn)  # "jam brp kelas live ku?", "kalo aku masukin jam 5 sore bisa?"
    live = live or class_postponed.answer(turn)  # "bisa diundur ga" right after it
    live = live or secret_next.stuck(turn)  # "kok gak bisa" after a typed password's answer
    if live is not None:
        session.misses = 0
        return live
    steps = bare_follow_up(turn)  # "knp?" right after an answer about a problem
    if steps is not None:
        return steps
    if regional_asks.asks_how_to_register(message, unsure):  # "kumaha cara daptarna?"
        return (yield from on_intent(turn, "register"))
    if waves.asks_about_wave(turn, unsure):  # "kalo gelombang 100?" (read as a subscription)
        return (yield from on_intent(turn, "wave_schedule"))
    carried = carried_over(turn)  # "kalo rekening adik boleh?" right after the payout answer
    if carried is not None:
        return (yield from on_intent(turn, carried))
    again = yield from first_answer(turn, AGAIN)  # "can I apply again in wave 72?", "banding"
    if again is not None:
        return again
    several = yield from answer_each(turn)  # "saldo ku brp, trs sertifikat ku udh kluar blm?"
    if several is not None:
        session.misses = 0
        return several
    asked = asked_instead(turn)  # "sertifikat sdh keluar tp insentif blm dijadwalkan": the
    if asked is not None:
        second = replace(message, intent=asked, ranking=((asked, 1.0),), ambiguous=False)
        return (yield from on_intent(FlowTurn(session, second, turn.ctx), asked))
    joins = (intent not in ("check_eligibility", "register") or unsure) and asks_to_join(
        message, turn.ctx
    )  # unsure too: "staf ahli anggota dprd (bukan anggotanya), boleh?" at 0.42, no "Maksud?"
    if joins and not registers_with_facts(message):  # "mau daftar, ..., lahir 5 mei 2001": below
        return (yield from on_intent(turn, "check_eligibility"))  # "born in 2009, am I old enough?"
    if reads_as_register(message, unsure):
        # "mau daftar, nik 3273... nama Siti" (read as inform), "mau daftar nama saya Budi
        # Santoso" (the NLU unsure): registration, the facts kept until consent
        return (yield from on_intent(turn, "register"))
    if (intent in FOLLOW_UP_INTENTS or unsure) and refines(turn):
        own = (yield from answered_first(turn, intent)) if intent else None
        if own is not None:  # "jadwal webinar ku kapan" after a search is no refinement
            return own
        session.misses = 0
        return (yield from runner.start(COURSE_CHOICE, turn, hooks()))
    vague_intent = intent in (None, "out_of_scope", "help") or unsure
    if vague_intent and language_choice.asks_other_language(message.text):
        return [language_choice.unsupported(turn)]  # "iso nganggo boso jowo ora min"
    if vague_intent:
        detail = detail_of_previous(turn)  # "gimana cara downloadnya lagi?" after certificates
        if detail is not None:
            return (yield from on_intent(turn, detail))
        steps = follow_up(turn)  # "gimana cara benerinnya?" right after an answer
        if steps is not None:
            session.misses = 0
            return steps
    offered = single_offer.taken(turn) or route_vague.hurried(turn)  # "y", "cepet": the offer
    if offered is not None:
        return (yield from tap(turn, offered))
    reacted = short_reactions.answer(turn)  # "oh gitu, makasih", "ok ditunggu", "oke itu aja"
    if reacted is not None:
        session.misses = 0
        return reacted
    how = wish_to_complain.asks_how(turn)  # "piye carane ngadu" (read as help): the form, here
    if how or wish_to_complain.wanted(turn):  # "... ini ga adil mau ngadu" read as another thing
        started = yield from on_intent(turn, "complaint")
        return [turn.reply("complaints.how_to"), *started] if how else started
    if route_vague.person_wanted(turn, unsure):  # "gausah jadwal2an, sy mau ngomong sm orang"
        return (yield from on_intent(turn, "human_agent"))
    vague = route_vague.answer(turn, unsure)  # "mau nanya", "botnya ga guna", "ok", "?"
    if vague is not None:
        return vague
    if intent is None:
        if session.turns == 0:
            return [main_menu(turn.lang, first=True)]
        return miss(turn, "unknown.free_text")
    if unsure:  # a specific question is answered all the same ("boleh pakai email punya kakak?")
        answered = yield from answered_unsure(turn, intent)
        if answered is not None:  # "trs yg survei?" (unsure): the survey's of their own era
            answered = yield from rating_help.in_era(turn, answered)
        if answered is None and known_problem(message):  # its fix first, then a ticket
            return (yield from runner.start(COMPLAINTS, turn, hooks()))
        return answered if answered is not None else clarify(turn)
    return (yield from on_intent(turn, intent))

