"""Questions a linked participant asks about their own situation, recognised by their words
whatever the NLU reads them as, and answered from their records (``flows.my_words`` asks these
after its own; each reader declines what is not its question):

- their training finished or not ("pelatihanku udh selesai blm"): ``flows.my_training_done``;
- a survey payment by its number ("survei ketiga kapan dibayar?"): ``flows.survey_nth``;
- the total incentive received ("how much have I received in total?"):
  ``flows.incentive_totals.linked_total``;
- the incentive schedule, or one payment by its number ("insentif ke 2 kapan masuk ya"), also
  right after an answer that offered a complaint: ``flows.incentive_nth``;
- a zero balance with nothing bought ("saldo aku kok 0 padahal blm beli apa2"):
  ``flows.balance_zero``;
- whether the induction videos are required ("video pengenalan itu wajib?"):
  ``flows.my_intro_videos``;
- what to do now with a course bought ("udh beli pelatihan, skrg harus ngapain"):
  ``flows.my_next_steps``.

A phone change while an incentive waits (``flows.incentive_phone``) is read earlier, with the
topical questions (``flows.route_readers.TOPICAL``): the phone-change steps come before these."""

from __future__ import annotations

from flows import (
    balance_zero,
    incentive_nth,
    incentive_totals,
    my_intro_videos,
    my_next_steps,
    my_training_done,
    survey_nth,
)
from flows.readers import Reader

READERS: tuple[Reader, ...] = (
    my_training_done.answer,
    survey_nth.answer,  # before the incentive's number: "insentif survei ke 3"
    incentive_totals.linked_total,
    incentive_nth.answer,
    balance_zero.answer,
    my_intro_videos.answer,
    my_next_steps.answer,  # "udh beli pelatihan, skrg harus ngapain": the steps from the record
)
"""Tried in this order (``flows.readers.first_answer``)."""

__all__ = ["READERS"]
