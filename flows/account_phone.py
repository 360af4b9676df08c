"""Right after how to change the phone number (``flows.account_help``): the incentive still
going to an e-wallet on the old number ("terus insentif ke ovo yg nomor lama gmn": before, the
general payout text) and a new number typed to have it changed here ("ganti jadi 0812...":
before, "belum paham" and the menu). Also: a phone said to have changed ("nomor hp aku ganti,
yg lama udh mati"), which before got the general four-line account list."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Message

TOPIC = "change_phone"
"""``flows.last_answer`` topic of the change-phone answer."""

_PHONE_WORD = r"(?:no\.? ?hp|nomor hp|nomer hp|hp|handphone|telp|telepon|phone|wa|whatsapp)"
_PHONE_CHANGED = re.compile(
    rf"\b{_PHONE_WORD}\b(?:\s+\w+){{0,2}}?\s+(?:udah\s+|udh\s+|sudah\s+|sdh\s+|dah\s+|telah\s+)?"
    r"(?:ganti|gnti|berganti|diganti|ke ?ganti|changed)\b"
    r"|\bmy (?:phone )?number (?:has )?changed\b"
)
"""The phone number said to have changed ("nomor hp aku ganti", "no hp udh ganti")."""
PHONE_CHANGED = _PHONE_CHANGED  # read after the login-code fix too (``follow_ons``)

PAYOUT = re.compile(
    r"\b(?:ovo|gopay|go-pay|dana|linkaja|link aja|e-?wallet|ewallet|rekening|rek|insentif\w*|"
    r"incentive\w*|pencairan|cair\w*)\b"
)
"""The incentive or the e-wallet asked about after the change-phone answer."""
NEW_NUMBER = re.compile(
    r"\b(?:ganti|gnti|ubah|ubahin|gantiin|change|update)\w*\s+(?:\w+\s+)?(?:jadi|jd|ke|to|dengan|"
    r"pake|pakai)\b|(?:\+?62|\b0)8\d{7,12}\b|\b(?:gantiin|ubahin|ganti(?:kan)?) (?:dong|aja|ya)\b"
    r"|\blewat sini\b|\bdari sini\b|\bdisini\b|\bdi sini\b|\bhere\b"
)
"""A new number to have changed here ("ganti jadi 081234567890", "bisa ganti lewat sini?")."""


def phone_changed(message: Message) -> bool:
    """The phone number said to have changed, whatever the NLU read."""
    return bool(_PHONE_CHANGED.search(" ".join((message.text or "").lower().split())))


def relink(turn: FlowTurn) -> list[Outbound]:
    """The e-wallet on the old number: linked again with the new one, after the change."""
    report = file_complaint(turn, topic="payout_link")
    return [turn.reply("kb.change_phone_payout", report, turn.menu_button())]


def not_here(turn: FlowTurn) -> list[Outbound]:
    """A number to change here: only on the dashboard, with a code to the new number."""
    report = file_complaint(turn, topic="account_recovery")
    return [turn.reply("kb.change_phone_not_here", report, turn.menu_button())]


__all__ = ["NEW_NUMBER", "PAYOUT", "TOPIC", "not_here", "phone_changed", "relink"]
