"""Readers of one's own record asked in words after other answers, in a row (one entry of
``flows.route_readers.RECORDS_AND_STEPS``): whether a rating is still due
(``rating_help.asked_on_record``), a rating said to be given that the record does not show
(``rating_claimed``), and when a training was bought (``follow_purchase_date``)."""

from __future__ import annotations

from flows import follow_purchase_date, rating_claimed, rating_help
from flows.my_data import Answer
from flows.runtime.machine import FlowTurn


def answer(turn: FlowTurn) -> Answer:
    """The first of those readers' answers, else None."""
    rated = yield from rating_help.asked_on_record(turn)
    if rated is not None:
        return rated
    claimed = yield from rating_claimed.answer(turn)
    if claimed is not None:
        return claimed
    return (yield from follow_purchase_date.answer(turn))


__all__ = ["answer"]
