"""OTP send bookkeeping shared by registration, account linking and erasing an account.

The flows count this chat's sends in the session profile (so the limit holds across flows): at
most ``programme.otp.max_sends`` codes, then a wait of ``programme.otp.wait_hours``; a send the
SMS gateway could not make is not counted. The limits per phone and per asking chat that hold
across chats are counted by the data layer (``flows.otp_limits``; ``send_limits`` asks them).
"""

from __future__ import annotations

from typing import Any

from flows.messages import Outbound
from flows.otp_limits import DAY_SECONDS, Limit, OtpLimited, window_hours
from flows.registration_checks import OTP
from flows.runtime.machine import FlowTurn

WAIT_HOURS = "_otp_wait_hours"  # slot: the hours a refusal asks to wait (another than wait_hours)
SHARED_NETWORK = "_otp_shared_network"  # slot: the web chat client's limit refused the send


def reserve_send(turn: FlowTurn) -> int | None:
    """The number this send would be, or None (and ``otp_blocked`` set) while sends are barred."""
    rules, profile = turn.ctx.programme.otp, turn.session.profile
    now = turn.message.at.timestamp()
    turn.slots.pop("otp", None)
    if float(profile.get("otp_wait_until", 0)) > now:
        turn.slots["otp_blocked"] = True
        return None
    sends = int(profile.get("otp_sends", 0)) + 1
    if sends > rules.max_sends:
        profile["otp_wait_until"] = now + rules.wait_hours * 3600
        profile["otp_sends"] = 0
        turn.slots["otp_blocked"] = True
        return None
    return sends


def record_sent(turn: FlowTurn, ticket: Any, sends: int) -> None:
    """Count the send and keep only the salted digest of the code, with its expiry."""
    turn.session.profile["otp_sends"] = sends
    turn.slots[OTP] = {
        "salt": ticket.salt,
        "digest": ticket.digest,
        "expires_at": ticket.expires_at,
        "tries": 0,
    }


def send_failed(turn: FlowTurn) -> list[Outbound]:
    """The gateway could not send: no code to check, not counted, and the user is told."""
    turn.slots[OTP] = {"salt": "", "digest": "", "expires_at": 0, "tries": 0}
    return [turn.reply("sms.failed")]


def send_limits(turn: FlowTurn) -> dict[str, Any]:
    """The limits of ``SendOtp`` and ``SendLinkOtp`` across chats (``flows.otp_limits``); the
    per-client one only when the channel names the message's client (the web chat)."""
    rules = turn.ctx.programme.otp
    client = turn.message.client or ""
    return {
        "max_sends": rules.number_max_sends,
        "window_seconds": rules.wait_hours * 3600,
        "per_chat": rules.sends_per_number,
        "numbers": rules.numbers_per_day,
        "numbers_window_seconds": DAY_SECONDS,
        "client": client,
        "per_client": rules.sends_per_client if client else 0,
    }


def refused(turn: FlowTurn, limited: OtpLimited) -> None:
    """A send the data layer refused: the hours its notice asks to wait."""
    hours = window_hours(turn.ctx.programme.otp, limited.limit)
    if hours != turn.ctx.programme.otp.wait_hours:
        turn.slots[WAIT_HOURS] = hours
    if limited.limit is Limit.CLIENT:
        turn.slots[SHARED_NETWORK] = True


def wait_params(turn: FlowTurn) -> dict[str, object]:
    """The hours to wait once codes were sent too often (``{hours}`` in the flows' notices), and
    ``{network}``: when the web chat client's limit refused it, a word that the codes of a
    shared network (a carrier's NAT, a campus or office Wi-Fi) are counted together and another
    network or the official site gets round it; it names nobody else's chats."""
    hours = float(turn.slots.get(WAIT_HOURS, turn.ctx.programme.otp.wait_hours))
    shared = turn.slots.get(SHARED_NETWORK) is True
    network = " " + turn.say("otp_network.shared") if shared else ""
    return {"hours": int(hours) if hours == int(hours) else hours, "network": network}
