"""What is typed at a registration question besides its answer, read before the question reads
it (the registration form only; a cheap look at the message's words):

- a language asked for ("ganti bahasa indonesia", "in english please", "pake bahasa inggris
  aja"): the language switched (as the ``change_language`` answer does) and the question asked
  again in it. Before, "ganti bahasa indonesia" at the KK question replaced the name with
  "Bahasa Indonesia" (a correction), and at the name question parked the form for the menu;
- a course in English named ("les bahasa inggris ada ga?", read as ``change_language``): a
  course search, as "ada kursus bahasa inggris?" is (the form parked, the search started), not
  a switch to English;
- "lanjut" / "lanjut daftar" at a question that takes a typed value (after leaving the staff
  queue, or a side question): the question asked again. Not at a yes/no question, where
  "lanjut" agrees (the consent, the region, the summary's "Kirim");
- having no email, asked before the email question ("gak punya email gmn?" at the OTP
  question): an email is needed to make the account (the verification code goes there;
  DOMAIN.md "Registration steps": account = email + password, then verify the email);
- whether the phone must be the e-wallet's ("nomor hp harus yg terdaftar di e-wallet ya?"):
  yes, later (DOMAIN.md "Registration steps": the phone must later match the e-wallet;
  "Incentives": the e-wallet upgraded/KYC and using the registered phone). Before, the payout
  answer came with "this chat is not linked ... register with me";
- one's own registration status or announcement ("kapan pengumuman gelombang aku", "udah
  terdaftar blm aku?"): not registered until this form is sent, then a wave to join and the
  announcement by dashboard, SMS and email (DOMAIN.md "Registration steps"). About this form
  itself, it never sets the form aside (other side questions, three in a row, do);
- a pause ("nanti aja ya aku cari kk dulu", "bye", read as goodbye): the answers are kept, the
  question waits. Before, "Sampai jumpa!" and then "Let's continue" with the question;
- what one needs (someone else's phone, no phone, whether the email must be Gmail, how to make
  an email) and what someone else lacks ("dia ga punya hp"): ``flows.registration_needs``;
- more (a request to delete one's data, a one-letter name, not sharing the code, a worry about
  one's data, a wish to register): ``flows.registration_remarks``;
- whether the name must be as on the KTP ("nama harus sesuai ktp?"): yes
  (``flows.registration_name_rule``); "udah" at a question that takes a typed value: not here
  yet, the question again with its example (``flows.registration_not_given``);
- a fraud asked about ("ada yg nawarin joki daftar bayar 100rb, aman ga?" at the consent, read
  as a complaint): the warning (registration is free, nobody can guarantee selection), how to
  report it later, then the question again. Before, the consent was asked again without a word
  about the offer.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flows import (
    fraud,
    go_on_again,
    registration_consent_asides,
    registration_name_rule,
    registration_not_given,
    registration_pause_aside,
    registration_timing,
)
from flows import registration_needs as needs
from flows import registration_remarks as remarks
from flows.contact_centre_aside import pending, then_resume
from flows.digression import digress
from flows.language_choice import asks_other_language, names_course, requested
from flows.messages import Outbound
from flows.questions import save_language
from flows.registration_help import lacking
from flows.runtime import controls
from flows.runtime.machine import Flow, FlowTurn, State
from flows.runtime.prompts import prompt
from flows.safety import secret_kind
from flows.turn import Ask, Message

FLOW = "registration"
MAX_WORDS = 14
"""A side remark is short; a longer message is something else."""

_LANGUAGE = re.compile(r"\b(?:inggris|english|indonesia|indonesian|indo|bahasa|bhs|language)\b")
"""A language named, or the word itself ("ganti bahasa": the other one)."""
_ASKS_LANGUAGE = re.compile(
    r"^(?:(?:tolong|please|pls|bisa|boleh|mau|minta|can you|could you)\s+)*"
    r"(?:(?:ganti|pake|pakai|pakek|gunakan|switch|change|speak|use|reply|answer)\s+)?"
    r"(?:(?:ke|to|in)\s+)?(?:(?:bahasa|bhs)\s+)?(?:inggris|english|indonesia|indonesian|indo)"
    r"(?:\s+(?:aja|saja|dong|ya|please|pls|plz|min|kak|language|only))*[\s.!?]*$"
)
"""A language asked for in so many words, whatever the NLU read."""
_CONTINUE = re.compile(
    r"^(?:(?:ayo|yuk|ok|oke|okay|iya|ya|yaudah)\s+)?(?:lanjut\w*|terus(?:in|kan)|continue)"
    r"(?:\s+(?:daftar\w*|pendaftaran\w*|registrasi|aja|saja|ya|dong|lagi|lg|kak|min|yang tadi"
    r"|yg tadi|td|tadi|please))*[\s.!]*$"
)
_PHONE = re.compile(r"\b(?:hp|handphone|nomor|nomer|no|phone|number)\b")
_EWALLET = re.compile(r"\b(?:e-?wallet|dompet digital|ovo|gopay|go-pay|dana|linkaja|shopeepay)\b")
_ASKS = re.compile(
    r"\?|\b(?:harus|wajib|mesti|perlu|sama|beda|boleh|bisa|apa|apakah|gimana|gmn|must|same"
    r"|should|does|do)\b"
)
_NUMBER = re.compile(r"\d{6,}")
_OWN_STATUS = re.compile(
    r"\b(?:pengumuman\w*|diumumkan|hasil seleksi|announcement)\b"
    r"|\b(?:udah|sudah|udh|dah|sdh)\s+(?:ter)?daftar\b.{0,20}\b(?:belum|blm|ga|gak|kah|apa)\b"
    r"|\bterdaftar\s+(?:belum|blm)\b|\bstatus\s+(?:pendaftaran|daftar|registrasi)\w*"
    r"|\b(?:am i|already) registered\b"
)
"""One's own registration status or results asked (not a wave's dates in general)."""
_LATER = re.compile(
    r"^(?:(?:ok|oke|okay|yaudah|ya udah|ya|sip|bentar|sebentar|wait)\W+)*(?:nanti|ntar|entar|nnti"
    r"|besok|later)(?:\W+(?:aja|saja|dulu|lagi|lg|deh|ya|kak|min))*\W*$"
    r"|\b(?:nanti|ntar|entar|nnti|besok)\s+(?:aja|saja|dulu|lagi|lg|dilanjut\w*|lanjut\w*)\b"
    r"|\b(?:cari|nyari|ambil|siapin|siapkan|carikan)\w*\s+(?:\w+\s+){0,2}dulu\b"
    r"|\b(?:continue|finish|come back) later\b"
)
"""A pause to fetch something or come back later."""


_WHAT_NEXT = re.compile(
    r"\b(?:ngapain|ngapa|abis ini|habis ini|abis itu|habis itu|setelah ini|sesudah ini"
    r"|selanjutnya|langkah (?:berikut|selanjut)\w*|next step|what next|what now|then what"
    r"|what happens next|what do i do)\b"
)
"""What comes next, asked at the summary: send, then join the wave in the dashboard."""


def answer(flow: Flow, turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The remark answered and the pending registration question asked again, else None."""
    erased = yield from remarks.erasure(flow, turn)  # "hapus data saya": also at "cancel?"
    if erased is not None:
        return erased
    state = pending(flow, turn) if flow.name == FLOW else None
    lowered = " ".join((turn.message.text or "").lower().split())
    if state is None or state.slot is None:
        return None
    warned = _fraud(turn)  # "ada yg nawarin joki daftar bayar 100rb, aman ga?": any length
    if warned is not None:
        return then_resume(flow, state, turn, warned)
    consented = yield from registration_consent_asides.answer(flow, state, turn)
    if consented is not None:  # "kalo pake seabank bisa?" at the consent: answered, then it
        return consented
    put_off = yield from registration_pause_aside.answer(flow, state, turn)
    if put_off is not None:  # "nanti dulu deh. btw dapet duit brp?": answered, kept
        return put_off
    if secret_kind(turn.message.text) == "password":  # "password aku Yoga1234 buat akun"
        said = f"{turn.say('safety.password')} {turn.say('registration.aside.no_password')}"
        return [Outbound(said), prompt(flow, state, turn)]
    if state.name == "summary" and _WHAT_NEXT.search(lowered):  # "trs abis ini ngapain"
        return [Outbound(turn.say("registration.aside.after_summary")), prompt(flow, state, turn)]
    if len(lowered.split()) > MAX_WORDS:
        return None
    named = registration_name_rule.in_form(flow, state, turn)  # "nama harus sesuai ktp?"
    named = named or registration_not_given.answer(flow, state, turn)  # "udah" at the date
    if named is not None:
        return named
    if turn.message.intent == "change_language" and names_course(turn.message):
        return (yield from _course_search(turn))  # "les bahasa inggris ada ga?"
    if asks_for_language(turn.message):
        language = requested(lowered, str(turn.message.entity("language") or ""), turn.lang)
        yield from save_language(turn, language)
        return [Outbound(turn.say("language.switched")), prompt(flow, state, turn)]
    if continues(lowered) and not _yes_no(state):  # "lanjut" again: what the question needs
        kept = go_on_again.needed(turn) or Outbound(turn.say("common.cancel_kept"))
        return [kept, prompt(flow, state, turn)]
    other = needs.other_lacks_in_form(turn)  # "dia ga punya hp": a sibling's, not the user's
    if other is not None:
        return [Outbound(other), prompt(flow, state, turn)]
    if state.slot.name != "email" and lacking(turn.message) == "email":
        return then_resume(flow, state, turn, Outbound(turn.say("registration.aside.no_email")))
    needed = needs.need(turn.message, state.name)  # "pakai nomor ortu boleh?": about this form
    if needed is not None:
        return _about_this_form(flow, state, turn, turn.say(needed))
    remarked = remarks.answer(flow, state, turn)  # "A" for a name, "takut nik disalahgunakan"
    if remarked is not None:
        return remarked
    if pauses(turn.message):  # "nanti aja ya aku cari kk dulu": kept, the question waits
        return [Outbound(turn.say("registration.aside.later")), prompt(flow, state, turn)]
    if _NUMBER.search(lowered):
        return None  # a number typed with it: an answer
    if _PHONE.search(lowered) and _EWALLET.search(lowered) and _ASKS.search(lowered):
        said = turn.say("registration.aside.phone_ewallet")
        return then_resume(flow, state, turn, Outbound(said))
    timed = registration_timing.answer(turn)  # "daftarnya lama ga?", "langsung dapet saldo?"
    if timed is not None:
        return _about_this_form(flow, state, turn, timed.text)
    if _OWN_STATUS.search(lowered):
        return _about_this_form(flow, state, turn, turn.say("registration.aside.not_yet"))
    return None


def pauses(message: Message) -> bool:
    """ "nanti aja ya", "bentar aku cari kk dulu", "bye": a pause, not a question or answer."""
    lowered = " ".join((message.text or "").lower().split())
    if not lowered or "?" in lowered or _NUMBER.search(lowered) or controls.holds_on(message):
        return False  # "bentar, aku cari ktp dulu": the runner's wait
    clear = message.confidence >= controls.CLEAR_REQUEST and not message.ambiguous
    return bool(_LATER.search(lowered)) or (message.intent == "goodbye" and clear)


def continues(text: str | None) -> bool:
    """ "lanjut", "lanjut daftar", "oke lanjutin": go on with the registration."""
    return bool(_CONTINUE.match(" ".join((text or "").lower().split())))


def asks_for_language(message: Message) -> bool:
    """Indonesian or English asked for: the NLU's ``change_language`` naming one, or the words
    alone ("in english please"); not another language ("boso jowo": the assistant says it
    speaks only these two, as a side question)."""
    lowered = " ".join((message.text or "").lower().split())
    if not _LANGUAGE.search(lowered) or asks_other_language(lowered) or names_course(message):
        return False
    return message.intent == "change_language" or bool(_ASKS_LANGUAGE.match(lowered))


def _course_search(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """A course named in a language request's words: the side question a course search is."""
    searched = replace(turn.message, intent="course_search")
    return (yield from digress(FlowTurn(turn.session, searched, turn.ctx)))


def _fraud(turn: FlowTurn) -> Outbound | None:
    """A fraud asked about or told (a paid "joki", someone asking for a code): the warning (and
    what to do now when something was handed over), and how to report it once this form is
    done; the report's button is left out, the form's question follows."""
    warned = fraud.answer(turn)
    if warned is None:
        return None
    said = [reply.text for reply in warned[:-1]]  # the last one offers the report's button
    contact = turn.ctx.programme.contact_centre
    said.append(turn.say("registration.aside.fraud_report", contact_centre=contact))
    return Outbound("\n\n".join(said))


def _yes_no(state: State) -> bool:
    slot = state.slot
    return slot is not None and any(
        option.value in ("yes", "no") or option.means in ("yes", "no") for option in slot.options
    )


def _about_this_form(flow: Flow, state: State, turn: FlowTurn, said: str) -> list[Outbound]:
    """An answer about this registration, then its question again (not a side question that
    counts towards setting the form aside)."""
    resumed = Outbound(turn.say("common.resume_question"))
    return [Outbound(said), resumed, prompt(flow, state, turn)]


__all__ = ["answer", "asks_for_language", "continues", "pauses"]
