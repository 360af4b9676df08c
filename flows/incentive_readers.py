"""A linked participant's own incentive and payout account, read before the topical answers
(``flows.route_readers.TOPICAL``) whatever the NLU reads the message as (probe p23b):

- "yes I checked, it's not there" after "your certificate is issued": the complaint
  (``flows.fix_checked``);

- "tgl 5 itu pasti masuk?" with staff's new date on a ticket (``flows.incentive_rescheduled``);
- "tiap bulan ya cairnya?", "brp total yg harusnya aku terima" (``flows.incentive_entitled``);
- "apa krn sy blm kasih rating?" with a schedule on record: not the rating
  (``flows.incentive_rating_cause``);
- "kalo insentifnya?": their schedule (``flows.incentive_bare``);
- "katanya berhasil tp di ovo aku ga ada saldo masuk": the schedule, where it was sent
  (``flows.incentive_unpaid``);
- "berapa hari lagi masuknya" right after an incentive's answer (``flows.incentive_wait_asked``);
- "masuknya ke dana kan? atau ke bni?", "dibagi ke gopay sama ovo bisa?"
  (``flows.payout_record``); "rekening bni aku udah aktif lagi" with DANA linked
  (``flows.payout_elsewhere``);
- "dapet brp kalo ngisi", "kirim email kemana tadi?" after the survey answer
  (``flows.survey_follow_ups``);
- "berlaku brp lama sertifikatnya", "ada versi english nya?": not known here, whom to ask
  (``flows.certificate_unknowns``)."""

from __future__ import annotations

from flows import (
    certificate_unknowns,
    fix_checked,
    incentive_bare,
    incentive_entitled,
    incentive_rating_cause,
    incentive_rescheduled,
    incentive_unpaid,
    incentive_wait_asked,
    payout_elsewhere,
    payout_record,
    survey_follow_ups,
)
from flows.readers import Answer, Reader, first_answer
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

READERS: tuple[Reader, ...] = (
    fix_checked.early,
    incentive_rescheduled.answer,
    incentive_wait_asked.answer,
    incentive_unpaid.paid_missing,
    incentive_rating_cause.answer,
    incentive_entitled.answer,
    incentive_bare.answer,
    payout_record.which,
    payout_elsewhere.answer,
    payout_record.split,
    survey_follow_ups.answer,
    certificate_unknowns.answer,
)
"""Tried in this order; each declines what is not its question."""


def answer(turn: FlowTurn) -> Ask[Answer]:
    """The first of ``READERS`` that answers, else None."""
    return (yield from first_answer(turn, READERS))


def checked(turn: FlowTurn) -> Ask[Answer]:
    """ "udah kok aku cek" after "check X, else complain", read late (``AGAIN``: after the
    specific follow-ups, a diagnosis's next cause among them): that complaint
    (``flows.fix_checked``)."""
    return (yield from first_answer(turn, (fix_checked.answer,)))


__all__ = ["READERS", "answer", "checked"]
