"""A bare "why?", "why not?", "kenapa ga boleh?" right after an answer that told a rule asks the
reason for that rule (probe p26a #5: the NLU reads a bare "why" as the registration status, so
it got "Selection results come out a few days after a wave closes" or "You've bought a
training..."):

- after someone else's account was refused for the incentive (``payout_follow_ups.NOT_OWN``):
  the incentive only goes to an account whose owner's name and NIK match the participant's
  (DOMAIN.md "Incentives"; a mismatch is a common failure cause);
- after "no incentive schedule yet" (``INCENTIVE_NONE``): the schedule only follows the first
  course's certificate, rating and review (DOMAIN.md "Courses", "Incentives");
- after the rating answer (``follow_up_answers.RATING``): the rating and review are mandatory
  and the incentive is scheduled after them.

Each topic is remembered again, so a second follow-up still reads against it."""

from __future__ import annotations

import re

from flows.follow_up_answers import RATING
from flows.last_answer import SAID, just_said, remember
from flows.messages import Outbound
from flows.payout_follow_ups import NOT_OWN, note, noted
from flows.runtime.machine import FlowTurn

INCENTIVE_NONE = "incentive_none"
"""``flows.last_answer`` topic and ``session.profile`` key: no incentive schedule yet
(``flows.my_incentives``)."""
_NOT = r"(?:ga|gak|gk|g|nggak|ngga|enggak|tidak|tdk|not|can'?t|cannot|isn'?t|boleh|bisa|bs)"
WHY = re.compile(
    r"^\W*(?:(?:oh|eh|lho|loh|lah|hah|tapi|tp|but|and|terus|trus|trs)\W+)*"
    r"(?:kenapa|knp|napa|mengapa|why|kok|how come)"
    rf"(?:\W+(?:{_NOT}|gitu|gt|begitu|ya|sih|kak|min|dong|emang|emg|is that|so|that|is it|"
    r"harus|hrs|wajib|must|do i have to|it|i|me))*\W*$"
)
"""A bare why: "why?", "why not?", "kenapa ga boleh?", "kok gitu", "why is that"."""
_KEYS = {
    NOT_OWN: "why_follow_ups.payout_own",
    INCENTIVE_NONE: "why_follow_ups.incentive_none",
    RATING: "why_follow_ups.rating",
}


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The reason for the rule just told, for a bare why; else None."""
    text = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or not WHY.match(text):
        return None
    topic = noted(turn) if noted(turn) == NOT_OWN else just_said(turn)
    if just_said(turn, INCENTIVE_NONE) == INCENTIVE_NONE:
        topic = INCENTIVE_NONE  # kept under its own key (``flows.my_incentives``)
    key = _KEYS.get(topic or "")
    if key is None or topic is None:
        return None
    if topic == NOT_OWN:
        note(turn, NOT_OWN)  # "trus gmn dong" next: one's own account, then a complaint
    else:
        remember(turn, topic, INCENTIVE_NONE if topic == INCENTIVE_NONE else SAID)
    return [turn.reply(key, turn.menu_button())]


__all__ = ["INCENTIVE_NONE", "WHY", "answer"]
