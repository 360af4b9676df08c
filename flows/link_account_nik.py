"""The linking's NIK question answered with a slip: not knowing the NIK ("I don't know it",
"ga tau nik ku"): where to find it (e-KTP, family card); a number too short to be a NIK ("nik ku
1234", "1234"): a NIK has 16 digits. The registration form's NIK question reads them alike:
both read the slips of ``flows.nik_slips`` (re-exported here for ``flows.link_account_slips``,
which reads them right after linking was offered)."""

from __future__ import annotations

from flows import registration_checks as checks
from flows.nik_slips import not_known, wrong_length
from flows.result import Result
from flows.runtime.machine import Slots
from flows.turn import FlowContext, Message


def nik(message: Message, slots: Slots, ctx: FlowContext) -> Result:
    """The linking's NIK question answered: the registration form's NIK check, its slips
    included (where to find the NIK when not known, how long a NIK is when the number given is
    too short to be one)."""
    return checks.nik(message, slots, ctx)


__all__ = ["nik", "not_known", "wrong_length"]
