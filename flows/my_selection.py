"""A linked participant's selection, answered for what is asked (DOMAIN.md: join a wave, then
the announcement on the dashboard and by SMS and email; once selected: induction videos, the
card number and balance, a payout account linked, the first course bought before the deadline):

- registered: how to join a wave, and the wave open now or next (``registered``); right after
  it "udah seminggu" or "biasanya berapa lama" (``NO_WAVE``): no wave joined, so nothing is
  announced however long one waits; results come a few days after a joined wave closes; "trs
  aku hrs ngapain" there: the one step, "Gabung Gelombang" (before: "kurang jelas");
- applied: when the results come (the close date of the wave they applied to, from the
  records, and "a few days after"; no announcement date is invented), where they are
  announced, what comes next ("abis itu apa": wait for the announcement, then the steps
  after it), or the status with when;
- a "what next" the NLU cannot place ("alhamdulillah lolos min, abis ini ngapain": unsure),
  from a linked participant: the same by status (``next_asked``);
- selected: the next steps ("trs abis lolos ngapain"), the induction videos ("harus nonton video
  apa", also as a follow-up right after the status answer: ``FOLLOW_UPS``), or the status, each
  with the participant's own purchase deadline;
- not selected: what to do next ("terus aku harus ngapain?": join the next wave, the one open
  or next), also as a follow-up right after the status answer (``next_wave``); the status
  itself is ``flows.my_data``'s answer, as are other statuses."""

from __future__ import annotations

import re
from collections.abc import Callable

from flows import selection_overdue
from flows.deadline_words import deadline_at
from flows.formatting import long_date, money
from flows.last_answer import just_said, remember
from flows.messages import Button, Outbound
from flows.queries import ParticipantQuery, WaveByNumber, WaveQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import ParticipantView, WaveView
from flows.waiting import waited_days
from flows.wave_time_left import NEXT_WAVE
from flows.waves import waves_text

Answer = Ask[list[Outbound] | None]

SELECTED = "selected"
"""The topic ``flows.last_answer`` records after a selected participant's status or steps."""
APPLIED = "applied"
"""The topic recorded after an applicant's status: "how will I know?" next asks where."""
NO_WAVE = "no_wave_joined"
"""The topic recorded after a registered participant was told to join a wave: "udah seminggu"
next is still no announcement."""

_WHEN = re.compile(
    r"\b(?:kapan|kpn|when|(?:tanggal|tgl) (?:berapa|brp)|(?:berapa|brp) lama|how long)\b"
)
_WHERE = re.compile(
    r"\b(?:lewat|via|pake|pakai|melalui|dikirim ke)\s+(?:apa|mana)\b|\b(?:di ?mana|dmn|where)\b"
    r"|\b(?:sms|email|e-mail|dashboard)\b|\b(?:cara|gimana|gmn|bagaimana)\s+(?:tau|taunya|cek|"
    r"ngecek|liat|lihat)\b|\bhow (?:will|do|can) i (?:know|find out|check|see)\b"
)
"""Where the results are announced: "diumumin lewat apa", "dikabarin via sms?"."""
NEXT = re.compile(
    r"\b(?:ngapain|ngapa2in|langkah\w*|tahap\w*|steps?|(?:abis|habis|setelah|sesudah|after) "
    r"(?:itu|ini|lolos|selected)|(?:terus|trus|trs|lalu|selanjutnya|berikutnya) "
    r"(?:apa|ngapain|gimana|gmn)|apa (?:selanjutnya|berikutnya)|then what|what now|what next|"
    r"what (?:do|should) i do)\b|\b(?:harus|hrs|mesti|musti|kudu)\s+(?:\w+\s+){0,2}?(?:lakukan|"
    r"lakuin|kerjakan|kerjain|piye)\b|\b(?:saiki|sekarang|skrg)\s+(?:harus\s+|kudu\s+)?(?:piye|"
    r"gimana|gmn|ngapain)\b"
)
"""The next steps asked: "trs abis lolos ngapain", "langkah selanjutnya apa", "what next?",
"apa yang harus saya kerjakan selanjutnya", "saiki kudu piye" (Javanese)."""
_VIDEO = re.compile(
    r"\b(?:video\w*|vidio\w*|nonton|tonton\w*|menonton|watch\w*|induksi|induction|orientasi|"
    r"orientation|pengenalan)\b"
)
"""The induction videos: "harus nonton video apa"."""


def answer(turn: FlowTurn, person: ParticipantView) -> Ask[list[Outbound] | None]:
    """The answer for a registered, applied or selected ``person``, or what a not-selected one
    does next; None for anything else."""
    if person.status == "registered":
        return (yield from registered(turn, announcement=True))
    if person.status == "applied":
        return (yield from _applied(turn, person))
    if person.status == "not_selected" and NEXT.search((turn.message.text or "").lower()):
        return (yield from next_wave(turn))
    if person.status == "completed":  # where the incentive stands: a failure said
        from flows import my_status_done  # here: it imports my_incentives, which imports us

        return (yield from my_status_done.answer(turn, person))
    return _selected(turn, person) if person.status == "selected" else None


_LOST = re.compile(
    r"\b(?:kurang|ga|gak|gk|nggak|ngga|tidak|tdk|belum|blm)\s+(?:paham|ngerti|mengerti|bisa hp)\b"
    r"|\b(?:gaptek|bingung|pelan\w*|don'?t understand|confused|step by step)\b"
)
"""Lost on the phone ("gabung gelombangnya di mana ya? saya kurang paham hp"): the steps one
by one, not the same paragraph again."""


def registered(turn: FlowTurn, *, announcement: bool) -> Ask[list[Outbound]]:
    """Registered, no wave joined: no new registration, "Gabung Gelombang" in the dashboard
    while a wave is open, and the wave open now (its close date) or the next one (DOMAIN.md
    "Registration steps"); ``announcement``: asked about their results (none without a wave).
    Before, "kapan pengumuman gelombang aku" was told "join when a wave opens" while one was.
    Asked again right after, or lost on the phone: the same, step by step (``_LOST``)."""
    slow = just_said(turn) == NO_WAVE or bool(_LOST.search((turn.message.text or "").lower()))
    wave = yield from waves_text(turn.lang)
    remember(turn, NO_WAVE)  # "udah seminggu" next: no wave joined, nothing to announce
    lines = [turn.say("wave_join.no_wave")] if announcement else []
    lines += [turn.say("wave_join.slow_steps" if slow else "wave_join.registered"), wave]
    return [Outbound("\n\n".join(lines), (turn.menu_button(),))]


_ANNOUNCED = re.compile(
    r"\b(?:kapan|kpn|when|lama\w*|(?:berapa|brp|brapa) (?:hari|minggu)|how long|biasanya|"
    r"usually|\w*umum\w*|announce\w*|hasil\w*|results?)\b"
)
"""When the results come, asked: "biasanya berapa lama", "kapan ngumuminnye"."""


def no_wave_follow_up(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """ "udah seminggu" or "biasanya berapa lama" right after a registered participant was told
    no wave is joined: waiting brings no announcement; results come a few days after a wave one
    joined closes (DOMAIN.md "Registration steps"); the wave open now or next."""
    message = turn.message
    lowered = (message.text or "").lower()
    waited = waited_days(lowered, message.entity("date"), message.at.date()) is not None
    next_asked = not waited and bool(NEXT.search(lowered))  # "trs aku hrs ngapain": the step
    if not (waited or next_asked) and not _ANNOUNCED.search(lowered):
        return None
    wave = yield from waves_text(turn.lang)
    remember(turn, NO_WAVE)
    key = "selection.no_wave_waited" if waited else "selection.no_wave_timing"
    key = "selection.no_wave_next" if next_asked else key
    return [Outbound(f"{turn.say(key)}\n\n{wave}", (turn.menu_button(),))]


def _applied(turn: FlowTurn, person: ParticipantView) -> Ask[list[Outbound]]:
    wave = yield from _joined(turn, person)
    remember(turn, APPLIED)  # "how will I know?" next: where the results are announced
    if wave is not None and selection_overdue.overdue(wave, turn.message.at):
        return [selection_overdue.reply(turn, wave)]  # 57 days on: no "tunggu sebentar lagi"
    lowered = (turn.message.text or "").lower()
    when, where = bool(_WHEN.search(lowered)), bool(_WHERE.search(lowered))
    if NEXT.search(lowered) and not (when or where):  # "abis itu apa": wait, then the steps
        facts = turn.ctx.programme.facts()
        steps = turn.say("registration_steps.after_joining", **facts)
        return [Outbound(f"{steps}\n\n{_timing(turn, wave)}", (turn.menu_button(),))]
    lines = [] if when or where else [turn.say("status.applied")]
    if when or not where:
        lines.append(_timing(turn, wave))
    if where:
        lines.append(turn.say("selection.where"))
    return [Outbound("\n".join(lines), (turn.menu_button(),))]


def _joined(turn: FlowTurn, person: ParticipantView) -> Ask[WaveView | None]:
    """The wave an applicant waits for: the one on record (selected in, else applied to);
    else the one open now (a wave is joined while it is open); else the last one opened (the
    one before the next)."""
    number = person.wave_number or person.applied_wave
    if number is not None:
        recorded: WaveView | None = yield WaveByNumber(number)
        if recorded is not None:
            return recorded
    open_wave: WaveView | None
    next_wave: WaveView | None
    open_wave, next_wave = yield WaveQuery()
    if open_wave is not None or next_wave is None:
        return open_wave
    last: WaveView | None = yield WaveByNumber(next_wave.number - 1)
    return last if last is not None and last.closes_at <= turn.message.at else None


def _timing(turn: FlowTurn, wave: WaveView | None) -> str:
    """When the results of ``wave`` come: a few days after it closes (the records' date)."""
    if wave is None:
        return turn.say("selection.timing_unknown")
    now = turn.message.at
    if wave.announced_at is not None and wave.announced_at <= now:
        announced = long_date(wave.announced_at, turn.lang)
        return turn.say("waves.announced", number=wave.number, announced=announced)
    key = "selection.timing_open" if now < wave.closes_at else "selection.timing_closed"
    return turn.say(key, number=wave.number, closes=long_date(wave.closes_at, turn.lang))


def next_wave(turn: FlowTurn) -> Ask[list[Outbound]]:
    """What a participant not selected does next: join the next wave (no new registration),
    and the wave open now or next."""
    wave = yield from waves_text(turn.lang)
    remember(turn, NEXT_WAVE)  # "yaudah gabung lagi aja" next: the wave open now
    body = turn.say("selection.next_not_selected") + "\n\n" + wave
    return [Outbound(body, (turn.menu_button(),))]


def _selected(turn: FlowTurn, person: ParticipantView) -> list[Outbound]:
    lowered = (turn.message.text or "").lower()
    remember(turn, SELECTED)  # "harus nonton video apa" next: the induction videos
    deadline = _deadline(turn, person)
    if _VIDEO.search(lowered):
        return [turn.reply("selection.videos", *_buttons(turn), deadline=deadline)]
    if NEXT.search(lowered):
        return steps(turn, person)
    wave = person.wave_number or "-"
    balance = money(person.balance)  # "status aku gmn": the balance is part of it
    return [turn.reply("status.selected", turn.menu_button(), wave=wave, deadline=deadline,
                       balance=balance)]


def steps(turn: FlowTurn, person: ParticipantView) -> list[Outbound]:
    """A selected participant's next steps, with their own purchase deadline (recorded: "itu
    kapan?" next asks that date, ``flows.selected_follow_ups``)."""
    remember(turn, SELECTED)
    deadline = _deadline(turn, person)
    return [turn.reply("selection.next_steps", *_buttons(turn), deadline=deadline)]


def _deadline(turn: FlowTurn, person: ParticipantView) -> str:
    if person.purchase_deadline is None:  # the rule, when the record has no date
        return turn.say("selection.deadline_days", **turn.ctx.programme.facts())
    return deadline_at(person.purchase_deadline, turn.lang)


def _buttons(turn: FlowTurn) -> tuple[Button, ...]:
    courses = turn.button("menu.courses", "flow:course_choice")
    payout = turn.button("intents.payment_account", "intent:payment_account")
    return (courses, payout, turn.menu_button())


def follow_up(turn: FlowTurn) -> Answer:
    """ "harus nonton video apa" or "terus ngapain?" right after a selected participant's
    status (the videos, the steps), "how will I know?" or "abis itu apa" right after an
    applicant's (where, what next); None when the records have moved on (a deadline passed:
    the status answer says so)."""
    person: ParticipantView | None = yield ParticipantQuery(
        turn.message.channel, turn.message.user_id
    )
    deadline = person.purchase_deadline if person is not None else None
    if person is None or (deadline is not None and deadline < turn.message.at):
        return None
    return (yield from answer(turn, person))


_WAITED = re.compile(
    r"\b(?:\d{1,3}|satu|dua|tiga|empat|lima|enam|tujuh|a|an|one|two|three)\s*(?:hari|hr|minggu|"
    r"mg|pekan|bulan|bln|days?|weeks?|months?)\b|\bse(?:hari|minggu|pekan|bulan)\b|\bber(?:hari|"
    r"minggu|bulan)"
)
"""A wait stated: "udah seminggu", "udh 3 hari", "two weeks"."""
_VAGUE = frozenset(
    {"registration_status", "help", "out_of_scope", "greet", "thanks", "inform", "affirm", "deny"}
)
"""Readings of "abis ini ngapain" that name no topic of their own."""
_NEXT_ONLY = re.compile(
    r"\b(?:ngapain|ngapa2in|what next|what now|then what|(?:abis|habis|setelah|sesudah) (?:ini|"
    r"itu|lolos)|(?:langkah|tahap) (?:selanjutnya|berikutnya)|(?:terus|trus|trs|lalu) (?:apa|"
    r"ngapain|gimana|gmn)|apa (?:selanjutnya|berikutnya))\b"
)
"""Only what to do next: "abis ini ngapain", "langkah selanjutnya apa" (not "langkah daftar")."""
NEXT_MAX_WORDS = 10


def next_asked(turn: FlowTurn) -> Answer:
    """ "alhamdulillah lolos min, abis ini ngapain" read as nothing sure: what comes next for
    the linked participant's status (selected: the steps to the first course, with their own
    deadline); None: not asked, a topic read with confidence, not linked, or a status with no
    such answer here (enrolled, completed, revoked)."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or len(text.split()) > NEXT_MAX_WORDS:
        return None
    unsure = message.ambiguous or message.confidence < turn.ctx.programme.dialogue.min_confidence
    if not (message.intent is None or message.intent in _VAGUE or unsure):
        return None
    if not _NEXT_ONLY.search(text):
        return None
    person: ParticipantView | None = yield ParticipantQuery(message.channel, message.user_id)
    if person is None or person.status == "completed":  # no "what next" (its incentive: not)
        return None
    return (yield from answer(turn, person))


FOLLOW_UPS: dict[str, tuple[re.Pattern[str], Callable[[FlowTurn], Answer]]] = {
    SELECTED: (re.compile(f"{_VIDEO.pattern}|{NEXT.pattern}"), follow_up),
    APPLIED: (re.compile(f"{_WHERE.pattern}|{NEXT.pattern}"), follow_up),
    NO_WAVE: (
        re.compile(f"{_WAITED.pattern}|{_ANNOUNCED.pattern}|{NEXT.pattern}"),
        no_wave_follow_up,
    ),
}
"""Entries of ``flows.follow_ons.FOLLOW_UPS``."""


__all__ = ["APPLIED", "FOLLOW_UPS", "NEXT", "NO_WAVE", "SELECTED", "answer", "follow_up",
           "next_asked", "next_wave", "no_wave_follow_up", "steps"]  # fmt: skip
