"""The first line of what an incentive status means, fitted to the participant's own payments
in it ("dalam pengecekan maksudnya apa", "kenapa belum diproses"): one of theirs long past its
date gets the meaning alone (the stalled lines that follow say to complain: not also "you
don't need to do anything"); a "Belum Diproses" payment already scheduled is not told to get
the certificate and rating first (a schedule exists only after both, DOMAIN.md Incentives).
Anyone else gets the status's general text."""

from __future__ import annotations

from flows.runtime.machine import FlowTurn

STATUSES = ("dalam_pengecekan", "menunggu_diproses", "sedang_diproses", "belum_diproses",
            "berhasil")  # fmt: skip


def first_line(
    turn: FlowTurn, status: str, own: bool, stalled: bool, facts: dict[str, object]
) -> str:
    """The status's meaning: alone when ``stalled``; for ``own`` "Belum Diproses" payments
    without the steps already done; else the general text."""
    if stalled and status in STATUSES:
        return turn.say(f"incentive_meaning.{status}")
    if own and status == "belum_diproses":
        return turn.say("incentive_meaning.belum_diproses_own")
    return turn.say(f"kb.incentive_status_meaning.{status}", **facts)


__all__ = ["STATUSES", "first_line"]
