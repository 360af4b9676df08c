"""The programme's contact channels and this chat's staff hours, asked about:

- right after the channels were given ("nomor call center prakerja brp?": ``kb.contact`` from
  ``flows.handoff``, or at a form's question ``flows.contact_centre_aside``) or right after
  "staff are off duty" (``handoff.closed``): "jam berapa buka?", "kapan bukanya?", "when are
  you open", "24 jam ga?" (the hours), "kalo email?" (the email), "ya udah bikin tiket aja"
  (the complaint form), read against that answer (``flows.follow_ons``); right after "staff
  are off duty", "yaudah kapan bisa?" and "bisa tinggalin pesan?" first say when staff are back
  ("besok, Selasa, ... pukul 08.00 WIB", with their weekly hours when the hours are asked),
  that no queue is open until then, and that a complaint is the message staff read, as one
  answer (before, the phone line's unknown hours came first, then after it);
- asked directly, with nothing before ("call center prakerja buka jam berapa?", "jam kerja cs
  prakerja?", "email prakerja apa?": ``asked``).

The contact centre's hours are not in the assistant's facts, so where to find them, and when
staff answer in this chat (``programme.staff_hours``); no email address either, so where to find
it, and the channels it has. DOMAIN.md names the channels (complaint form, live chat, toll-free
0800-150-3001, email) but neither hours nor an address: none is invented. Before, "jam berapa
buka?" and "kapan bukanya?" got the open wave's dates, "jam kerja cs prakerja?" a place in the
staff queue, "email prakerja apa?" a "which one?" menu and "ok tiket aja" after "staff are off
duty" that no complaint had been filed."""

from __future__ import annotations

import re
from collections.abc import Callable

from babel.dates import get_day_names

from flows import staff_away
from flows.complaint_questions import short_and_not_told
from flows.config import StaffHours
from flows.handoff import CONTACT, away_just_said, back_when, said_away, staff_on_duty
from flows.last_answer import remember, short_after
from flows.messages import Outbound
from flows.runtime import controls, runner
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

TOPIC = CONTACT
"""``flows.last_answer`` topic: the official contact channels were given, or that staff are
off duty (``flows.handoff``)."""
MAX_WORDS = 8
"""A follow-up is short (as in ``flows.follow_ons``)."""

HOURS = re.compile(
    r"\b(?:jam|pukul|operasional|buka\w*|tutup\w*|libur\w*|sabtu|minggu|weekend|24 ?jam|"
    r"hours?|open\w*|clos\w*|what time)\b|^\W*(?:terus |trus |jadi |so )?(?:kapan|kpn|when)\W*$"
    r"|\b(?:kapan|kpn|when)\b.{0,25}\b(?:ada|masuk|balik|kembali|aktif|online|bisa|back|available)"
)
"""When it answers: "jam berapa buka?", "kapan bukanya?", "sabtu buka ga?", "what are the
hours?", "kapan petugasnya ada?"."""
EMAIL = re.compile(r"\b(?:e-?mail\w*|surel)\b")
"""Its email: "kalo email?", "emailnya apa?", "what about email?"."""
TICKET = re.compile(
    r"\b(?:bikin|buat|bikinin|buatin|buatkan|ajukan|ajuin|kirim|isi)\w*\s+(?:\w+\s+)?"
    r"(?:tiket|ticket|pengaduan|aduan|laporan|komplain\w*|complaint)\b"
    r"|\b(?:tiket|ticket|pengaduan|lapor|laporan|komplain)\w*\s+(?:aja|ajah|deh|dong|saja)\b"
    r"|\b(?:file|make|open|create|submit|raise)\s+(?:a\s+)?(?:ticket|complaint|report)\b"
)
"""A complaint wished for instead of a person: "ya udah bikin tiket aja", "ok tiket aja",
"I'll file a complaint then" (not "status tiket aku")."""
_STATUS = re.compile(r"\b(?:status|cek|check|nomor|nomer|no)\b")
WAIT = re.compile(
    r"\b(?:tinggal\w*|ninggal\w*|titip\w*|nitip\w*|leave|kirim\w*|send)\s+(?:\w+\s+)?"
    r"(?:pesan|message|msg)\b|\b(?:antri\w*|antre\w*|ngantri\w*|ngantre\w*|queue\w*|waitlist)\b"
)
"""Leaving a message or waiting in the queue meanwhile: "bisa tinggalin pesan?", "antri aja
bisa?", "can I leave a message?"."""
NUMBER = re.compile(
    r"^\W*(?:(?:kalo|kalau|terus|trus|trs|jadi|jd|oh|ok|oke)\s+)?(?:berapa\s+|brp\s+)?"
    r"(?:nomor|nomer|nmr|no|number)(?:nya|ny)?\b(?:\s+(?:telp\w*|telepon\w*|telpon\w*|"
    r"berapa|brp|apa|ya|kak|min|dong|deh))*\W*$|^\W*(?:what'?s|what is) the number\W*$"
)
"""The number alone asked for right after the phone line was named: "nomornya brp", "no
telpnya?", "what's the number"."""
IMPATIENT = re.compile(
    r"\b(?:lama+\w*|lma|kelamaan|lambat|lelet|lemot|kok (?:belum|blm|ga|gak|gk|nggak) "
    r"(?:ada|dibales|dibalas|bales|balas|respon\w*)|(?:so )?slow|taking (?:so |too )?long)\b"
)
"""Impatience right after "staff are off duty": "kok lama", "lama bgt", "kok ga dibales"."""
FOLLOW_UP = re.compile(
    f"{EMAIL.pattern}|{HOURS.pattern}|{TICKET.pattern}|{WAIT.pattern}|{staff_away.WHAT_NOW.pattern}"
    f"|{staff_away.PHONE.pattern}|{NUMBER.pattern}|{IMPATIENT.pattern}"
)

_CHANNEL = re.compile(
    r"\b(?:cs|call ?cent(?:er|re)|callcenter|contact cent(?:er|re)|customer (?:service|care)|"
    r"hotline|layanan (?:pelanggan|pengaduan|prakerja)|pusat bantuan|help ?(?:cent(?:er|re)|desk)|"
    r"helpdesk|petugas|admin|bebas pulsa|toll[- ]free|support)\b"
)
"""A contact channel named: the call centre, customer service, the help centre, staff."""
_WHEN_OPEN = re.compile(
    r"\b(?:jam|pukul|operasional|24 ?jam|sabtu|minggu|weekend|libur\w*|hours?|what time)\b"
    r"|\b(?:kapan|kpn|when)\b.{0,30}\b(?:buka|open|aktif|online|ada|available|dihubungi|"
    r"reach\w*)|\b(?:buka|open|dihubungi|ditelepon|ditelpon|hubungi)\w*\b.{0,20}"
    r"\b(?:kapan|kpn|when)\b"
)
"""When it is open asked ("buka jam berapa", "jam kerja", "when is it open")."""
_OFFICIAL = re.compile(r"\b(?:prakerja|resmi|official|pmo)\b")
_WHICH = re.compile(r"\?|\b(?:apa|apaan|berapa|brp|mana|alamat\w*|what|which|address)\b")
_OWN = re.compile(
    r"\b(?:aku|saya|sy|ku|gw|gue|aq|my|lupa|ganti|ubah|verifikasi|otp|kode|masuk|daftar\w*|"
    r"terdaftar|akun|login|password|sandi|tiket|pengaduan|aduan|laporan|balas\w*|bales\w*|"
    r"respon\w*|jawab\w*)\b|\b(?!24 ?jam\b)\d"
)
"""One's own account or complaint named: "email prakerja aku lupa", "kapan cs bales pengaduan
aku?", "cs udah 3 jam ga bales" are no question about the channels."""
MAX_DIRECT_WORDS = 10
_OF_COMPLAINTS = re.compile(r"\b(?:e-?mail|surel)\s+(?:layanan\s+)?(?:pengaduan|aduan|komplain)\b")
"""The complaints' email named ("email pengaduan resmi prakerja apa"): a channel, not one's own."""
_UNREACHABLE = re.compile(
    r"\W*(?:(?:trs|terus|trus|tapi|tp)\s+)?(?:kalo|kalau|klo|kl)\s+(?:ga|gak|gk|nggak|ngga|tidak|"
    r"tdk|susah|sulit)\s+(?:bisa\s+|bs\s+)?(?:hubungin|hubungi|dihubungi|nelpon|telpon|telepon|"
    r"ditelpon|kontak|dikontak)(?:\s+(?:gmn|gimana|gmna|kak|min|dong|ya|nya))*\W*"
)
"""Nobody reachable, nothing else named ("kalo ga bisa hubungin?", read as linking an account):
the official channels, not the payout accounts."""


def _channels(turn: FlowTurn) -> Outbound:
    said(turn)  # "jam berapa buka?" next: still the channels
    person = turn.button("common.talk_to_person", controls.HUMAN)
    facts = turn.ctx.programme.facts()
    return turn.reply("kb.contact", person, turn.menu_button(), **facts)


def said(turn: FlowTurn) -> None:
    """Record that the contact channels were just given."""
    remember(turn, TOPIC)


def reply(turn: FlowTurn) -> Outbound | None:
    """The follow-up's answer (with its buttons) right after the contact channels, else None."""
    text = short_after(turn, TOPIC, MAX_WORDS)
    return None if text is None else _answered(turn, text)


def asked(turn: FlowTurn) -> list[Outbound] | None:
    """A question on the channels' hours or email with nothing before it ("jam kerja cs
    prakerja?", "email prakerja apa?"), whatever the NLU reads it as; else None."""
    text = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or len(text.split()) > MAX_DIRECT_WORDS:
        return None
    if _UNREACHABLE.fullmatch(text):  # "kalo ga bisa hubungin?": the official channels
        return [_channels(turn)]
    if _OWN.search(_OF_COMPLAINTS.sub("email", text)) or not short_and_not_told(text):
        return None  # "email pengaduan prakerja apa": the channel's email, no complaint of one's
    if EMAIL.search(text) and (_CHANNEL.search(text) or _OFFICIAL.search(text)):
        answered = _answered(turn, text) if _WHICH.search(text) else None
    elif _CHANNEL.search(text) and _WHEN_OPEN.search(text):
        answered = _answered(turn, text)
    else:
        answered = None
    return None if answered is None else [answered]


def _answered(turn: FlowTurn, text: str) -> Outbound | None:
    programme = turn.ctx.programme
    person = turn.button("common.talk_to_person", controls.HUMAN)
    report = turn.button("handoff.file_complaint", "flow:complaints")
    if EMAIL.search(text):
        said(turn)  # "jam berapa buka?" next: still about the channels
        key, buttons = "kb.contact_email", (report, person, turn.menu_button())
        return turn.reply(key, *buttons, contact_centre=programme.contact_centre)
    if not HOURS.search(text) and not _WHEN_OPEN.search(text):
        return None
    said(turn)  # "kalo email?" next: still about the channels
    hours = programme.staff_hours
    here = person if staff_on_duty(turn.message.at, hours) else report  # off duty: no person
    return turn.reply(
        "kb.contact_hours",
        here,
        turn.menu_button(),
        contact_centre=programme.contact_centre,
        days=staff_days(hours, turn.lang),
        opens=hours.opens.strftime("%H.%M"),
        closes=hours.closes.strftime("%H.%M"),
        zone=hours.zone_label,
    )


def staff_days(hours: StaffHours, lang: str) -> str:
    """ "Senin–Jumat" (a run of days), else the days named one by one."""
    names = get_day_names("wide", locale="en" if lang == "en" else "id")
    days = sorted(set(hours.days))
    if len(days) > 2 and days == list(range(days[0], days[-1] + 1)):
        return f"{names[days[0]]}–{names[days[-1]]}"
    return ", ".join(str(names[day]) for day in days)


def _asked(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    text = " ".join((turn.message.text or "").lower().split())
    away = away_just_said(turn) and not staff_on_duty(
        turn.message.at, turn.ctx.programme.staff_hours
    )
    decided = away and staff_away.decides_to_leave_message(text)  # "ok leave a message then"
    if decided or (TICKET.search(text) and not _STATUS.search(text)):  # a complaint, not a person
        from flows.flow_table import FLOWS  # here: the flow table imports the forms
        from flows.route_hooks import hooks  # (and their asides, which import this module)

        return (yield from runner.start(FLOWS["complaints"], turn, hooks()))
    if NUMBER.search(text):  # "nomornya brp" right after the phone line was named: the number
        said(turn)
        contact = turn.ctx.programme.contact_centre
        return [turn.reply("kb.contact_number", turn.menu_button(), contact_centre=contact)]
    if away and IMPATIENT.search(text) and not HOURS.search(text):  # "kok lama": heard, when
        said_away(turn)  # staff are back, the phone line, a message left meanwhile
        report = turn.button("handoff.file_complaint", "flow:complaints")
        contact = turn.ctx.programme.contact_centre
        return [turn.reply("handoff.away_impatient", report, turn.menu_button(),
                           when=back_when(turn), contact_centre=contact)]  # fmt: skip
    if away:
        return _while_away(turn, text)  # "yaudah kapan bisa?": when staff are back
    answered = _answered(turn, text)
    return None if answered is None else [answered]


def _while_away(turn: FlowTurn, text: str) -> list[Outbound] | None:
    """Right after "staff are off duty": when they are back (with their weekly hours when the
    hours are asked) and what can be done meanwhile (no queue; a complaint is the message they
    read); else None. Before, "kapan bukanya?" also got the phone line's unknown hours
    (``kb.contact_hours``) after it, a second answer beside the time staff are back."""
    asks_hours = bool(HOURS.search(text) or _WHEN_OPEN.search(text))
    phone = staff_away.PHONE.search(text)
    if phone and asks_hours:  # "telpon jam berapa bisa": the phone line's, not the chat's
        return [answered] if (answered := _answered(turn, text)) is not None else None
    if (phone and staff_away.NUMBER.search(text)) or staff_away.WHAT_NOW.search(text):
        return _meanwhile(turn, text)
    if not asks_hours and not WAIT.search(text):
        return None
    said_away(turn)  # "bisa tinggalin pesan?" next: still about staff being away
    when = back_when(turn)
    if asks_hours:  # "kapan bukanya?": their weekly hours beside the return, one answer
        hours = turn.ctx.programme.staff_hours
        when = turn.say(
            "handoff.back_schedule",
            when=when,
            days=staff_days(hours, turn.lang),
            opens=hours.opens.strftime("%H.%M"),
            closes=hours.closes.strftime("%H.%M"),
            zone=hours.zone_label,
        )
    report = turn.button("handoff.file_complaint", "flow:complaints")
    return [turn.reply("handoff.back_meanwhile", report, turn.menu_button(), when=when)]


def _meanwhile(turn: FlowTurn, text: str) -> list[Outbound]:
    """Right after "staff are off duty": the phone line's number ("ada nomor telpon ga"), or
    what to do meanwhile ("what should I do now then": with an account taken over told just
    before, the steps to take now)."""
    said_away(turn)  # "kapan bukanya?" next: still about staff being away
    report = turn.button("handoff.file_complaint", "flow:complaints")
    contact = turn.ctx.programme.contact_centre
    if staff_away.PHONE.search(text) and staff_away.NUMBER.search(text):
        return [turn.reply("handoff.phone", report, turn.menu_button(), contact_centre=contact)]
    recent: list[str] = turn.session.profile.get("recent") or []
    if any(staff_away.hijacked(told) for told in recent[-4:]):
        return [
            turn.reply("kb.account_hijacked", report, turn.menu_button(), contact_centre=contact)
        ]
    return [turn.reply("handoff.back_meanwhile", report, turn.menu_button(), when=back_when(turn))]


FOLLOW_UPS: dict[str, tuple[re.Pattern[str], Callable[[FlowTurn], Ask[list[Outbound] | None]]]] = {
    TOPIC: (FOLLOW_UP, _asked),
}
"""Entries of ``flows.follow_ons.FOLLOW_UPS``."""


__all__ = ["FOLLOW_UPS", "NUMBER", "TOPIC", "asked", "reply", "said", "staff_days"]
