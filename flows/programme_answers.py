"""Answers on the programme read from the message and the database: the benefits (with what
the programme is, when that is asked too, and a participant's own received total; "gratis
ga?" right after them is answered in a line, not with the package again), the waves
(a wave's quota; a year with a wave number that the continuous numbering does not match), and
the selection status (a wave's announcement date, an invalid NIK)."""

from __future__ import annotations

import re

from flows import cost_asks, incentive_totals, purchase_deadline, wave_results
from flows.course_followups import asks_hours, course_hours
from flows.era_answers import BENEFITS
from flows.formatting import count
from flows.last_answer import just_said, remember
from flows.link_account import link_payload
from flows.messages import Outbound
from flows.programme_first import asks_what_it_is
from flows.queries import WaveByNumber
from flows.result import Invalid
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.validators import nik as check_nik
from flows.views import WaveView
from flows.waves import named_wave, wave_reply, wave_text, waves_text

Answer = Ask[list[Outbound] | None]

_COST = re.compile(
    r"gratis|\bfree\b|\bbayar|berbayar|biaya|pungut|\bcharge|\bcost|\bfee\b|\bpay\b|\bpaid\b"
)
"""A question whether joining costs anything ("is this program free?", "daftar bayar ga?")."""
_IN_CASH = re.compile(
    r"\b(?:paid|given|get|got|receive\w*|comes?|dibayar\w*|dikasih\w*|diberi\w*|dapat|dapet|"
    r"dpt|berupa|bentuk\w*|cair\w*)\b.{0,25}\b(?:in cash|cash|tunai)\b"
    r"|\b(?:in cash|tunai)\s*(?:\?|ga\b|gak\b|kah\b|atau\b|or\b|apa\b)"
    r"|\b(?:dicairkan|dicairin|diuangkan|cash ?out)\b"
)
"""Whether the benefits are paid in cash ("is it paid in cash?", "dibayar tunai?"): no, the
balance only buys courses; the incentive goes to an account in one's own name."""

_CASH_PART = re.compile(
    r"\b(?:yang|yg|the|part)\s+(?:in\s+)?(?:tunai|cash)\b"
    r"|\b(?:tunai|cash)\w*\b.*\b(?:cuma|cm|hanya|doang|aja|saja|only|just)\b"
    r"|\b(?:cuma|cm|hanya|only|just)\b.*\b(?:tunai|cash)\b"
)
"""Which part is cash, asked right after the package ("jadi yang tunai cuma 600 ribu itu?"):
only the incentives, the balance is not (before: the whole package again, "same as before")."""

_REGISTERING = re.compile(r"\b(?:daftar\w*|pendaftaran|registrasi|register\w*|sign ?up)\b")
_BENEFIT_WORDS = re.compile(
    r"\b(?:manfaat\w*|benefits?|dapet|dapat|dpt|insentif\w*|incentives?|saldo\w*|balance|"
    r"uang\w*|duit\w*|berapa|brp|how much|pelatihan\w*|kursus\w*|training|courses?)\b"
)


def registering_costs(lowered: str) -> bool:
    """Whether registering costs anything, and nothing of the package asked ("daftarnya bayar
    ga", "daftarnya gratis kan?"): a line (free, at prakerja.go.id, no joki), not the package
    of both eras after it (before, the whole benefits table followed)."""
    asked = _COST.search(lowered) and _REGISTERING.search(lowered)
    return bool(asked) and not _BENEFIT_WORDS.search(lowered)


def benefits(turn: FlowTurn) -> Answer:
    if asks_hours(turn.message.text or ""):  # "pelatihan prakerja berapa jam minimal?"
        return [course_hours(turn)]
    own = yield from incentive_totals.received_total(turn)  # "total insentif yg udh aku terima?"
    if own is not None:
        return own
    programme = turn.ctx.programme
    lowered = (turn.message.text or "").lower()
    if _IN_CASH.search(lowered) and not asks_what_it_is(lowered):  # before "paid": no "Yes, free"
        remember(turn, BENEFITS)
        return [turn.reply("kb.benefits_cash", turn.menu_button())]
    if _CASH_PART.search(lowered) and just_said(turn) == BENEFITS:  # "jadi yang tunai cuma
        remember(turn, BENEFITS)  # 600 ribu itu?" right after the package: yes, in a line
        return [turn.reply("kb.benefits_cash_part", turn.menu_button(), **programme.facts())]
    if _COST.search(lowered) and just_said(turn) == BENEFITS and not asks_what_it_is(lowered):
        remember(turn, BENEFITS)  # "trus pelatihannya gratis ga?" right after the package:
        return [turn.reply("kb.benefits_free_again", turn.menu_button())]  # not the list again
    if registering_costs(lowered) and not asks_what_it_is(lowered):  # "daftarnya bayar ga"
        register = turn.button("menu.register", "topic:register")  # a line, not the package
        return [turn.reply("kb.benefits_free", register, turn.menu_button())]
    if not asks_what_it_is(lowered) and (line := cost_asks.answer(turn, lowered)) is not None:
        return line  # "Apakah dipungut biaya?", "bayarnya pake apa": a line, not the tables
    other = [e for name, e in programme.eras.items() if name != programme.current_era]
    lines = [turn.say("kb.benefits", **programme.facts())]
    if _COST.search(lowered):
        lines.insert(0, turn.say("kb.benefits_free"))
    if asks_what_it_is(lowered):  # "prakerja tuh apaan sih, dpt duit gratis?"
        lines.insert(0, turn.say("kb.program_info", **programme.facts()))
    lines += [turn.say("kb.benefits_other_era", **era.facts()) for era in other]
    remember(turn, BENEFITS)  # "kalo gelombang 10?" next: that era's package
    return [Outbound("\n\n".join(lines), (turn.menu_button(),))]


_YEAR = re.compile(r"\b(20[1-9]\d)\b")
_QUOTA = re.compile(r"\b(?:kuota\w*|quota|jatah peserta)\b|\b(?:berapa|brp) (?:orang|peserta)\b")


def waves(turn: FlowTurn) -> Answer:
    number = named_wave(turn)
    lowered = (turn.message.text or "").lower()
    year = _YEAR.search(lowered)
    if number is None:
        body = yield from waves_text(turn.lang)
        return [Outbound(body, (turn.menu_button(),))]
    wave: WaveView | None = yield WaveByNumber(number)
    if year is not None and (wave is None or wave.opens_at.year != int(year.group(1))):
        body = yield from _numbering(turn, number, wave)  # "prakerja 2025 gelombang 1"
    else:
        body = yield from wave_text(number, turn.lang, turn.message.at)
        if wave is not None and _QUOTA.search(lowered):  # "kalo gel 71 dulu kuota brp?"
            quota = count(wave.quota, turn.lang)
            body = turn.say("kb.wave_quota", number=number, quota=quota) + "\n" + body
        return [wave_reply(turn, body, wave)]  # not scheduled: said so, then news offered
    return [Outbound(body, (turn.menu_button(),))]


def _numbering(turn: FlowTurn, number: int, wave: WaveView | None) -> Ask[str]:
    """Waves are numbered across years: a year whose wave ``number`` is not that year's."""
    lines = [turn.say("kb.wave_numbering")]
    if wave is not None:
        lines.append(turn.say("kb.wave_numbering_year", number=number, year=wave.opens_at.year))
    lines.append((yield from waves_text(turn.lang)))
    return "\n".join(lines)


_WHEN = re.compile(r"\b(?:kapan|kpn|when|tanggal berapa|tgl berapa|tgl brp)\b")


def selection_status(turn: FlowTurn) -> Answer:
    """An invalid NIK to check is explained; when a named wave's results come out is public
    ("pengumuman gelombang 72 kapan?"); the rest is the participant's own status."""
    given = turn.message.entity("nik")
    checked = check_nik(str(given)) if given is not None else None
    if isinstance(checked, Invalid):
        reason = turn.say(f"invalid.{checked.reason}", **checked.params)
        link = turn.button("link_account.start", link_payload("intent:registration_status"))
        return [turn.reply("kb.nik_check_invalid", link, turn.menu_button(), reason=reason)]
    number = named_wave(turn)
    if number is not None and _WHEN.search((turn.message.text or "").lower()):
        return [(yield from wave_results.result_answer(turn, number))]  # not scheduled: news
    return (yield from purchase_deadline.selection_status(turn))  # a deadline passed: said so


__all__ = ["benefits", "registering_costs", "selection_status", "waves"]
