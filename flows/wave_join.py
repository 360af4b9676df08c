"""Joining a wave again, or at all, as it applies to the linked participant ("bisa daftar lagi
ga", "gabung gelombang gmn", "kapan pengumuman gelombang aku"), by their status:

- registered: no new registration; "Gabung Gelombang" in the dashboard while a wave is open,
  with the wave open now (its close date) or the next one (DOMAIN.md "Registration steps";
  ``flows.my_selection.registered``);
- not selected: the same, for the next wave (``registration_help.join_next``);
- applied: the wave they wait for and when its results come (``flows.my_selection``);
- revoked: cannot join again (reference/prakerja_faq_facts.yml ``pelatihan-tidak-beli``: "kamu
  tidak bisa mengikuti Program Kartu Prakerja lagi");
- selected or later: once in a lifetime (DOMAIN.md "Eligibility": never a beneficiary before).

Before, "bisa ikut lagi ga" started the eligibility check whatever the status, and a registered
participant asking how to join a wave got the full registration steps with "Daftar di sini".
None: the chat is not linked (the general answers go on)."""

from __future__ import annotations

import re

from flows import my_selection
from flows.complaint_topics import file_complaint
from flows.follow_up_answers import NEXT_WAVE, join_next_key
from flows.last_answer import remember
from flows.messages import Outbound
from flows.my_data import participant
from flows.revocation_help import REVOKED
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import ParticipantView
from flows.wave_join_failed import JOIN_HOW
from flows.waves import waves_text

INTENTS = ("register", "wave_schedule", "check_eligibility", "registration_status")
"""The intents "gabung gelombang gmn" is read as."""
BENEFICIARY = ("selected", "enrolled", "completed")
_JOIN_WAVE = re.compile(
    r"\b(?:gabung|ikut|join|masuk|daftar)\w*\s+(?:ke\s+|di\s+|a\s+|the\s+|(?:the\s+)?next\s+)?"
    r"(?:gelombang(?:nya)?|gel|wave)\b"  # "gabung gelombangnya dimana"
)
_HURRY = re.compile(
    r"\b(?:cepat|cepet)[- ]?(?:cepatan|cepetan|2an)\b|\bsiapa (?:cepat|cepet|duluan)\b"
    r"|\b(?:harus|hrs|mesti|musti|perlu)\s+(?:cepat|cepet|buru\W?buru|buru2|duluan|rebutan)\b"
    r"|\b(?:rebutan|berebut|first come|have to (?:hurry|rush|be fast))\b"
)
"""Whether one must be quick asked beside how to join ("harus cepet2an ga?"): selection is at
random among eligible applicants, not first-come (DOMAIN.md "Eligibility")."""
_HOW = re.compile(r"\b(?:gimana|gmn|gmna|bagaimana|bgmn|cara\w*|caranya|how|dimana|di ?mana)\b")
_JOIN = r"(?:apply|join|register|sign up|ikut|daftar|gabung|coba)\w*"
_NAMED = r"(?:ke|di|for|to|in|the|kartu|program|programme|prakerja|gelombang|gel|wave|\d+)"
AGAIN = re.compile(
    rf"\b{_JOIN}(?:\s+{_NAMED}){{0,3}}\s+(?:lagi|lg|again)\b"
    r"|\b(?:again|lagi|lg)\b.{0,20}\b(?:wave|gelombang|gel)\b"
)
"""Joining again: "daftar lagi", "daftar prakerja lagi", "ikut gelombang 73 lagi", "apply
again"; not "ikut pelatihan lagi" (a second course)."""
ASKS = re.compile(r"\?|\b(?:can|could|may|allowed|boleh|bisa|bs|apakah|masih)\b")
_WAVE_WISH = re.compile(
    r"\b(?:mau|pengen|pgn|pingin|ingin|want|wanna)\b.*\b(?:gelombang|gel|wave)\b"
)
"""A wish to join a wave again ("aku mau ikut lagi gelombang yg skrg"; before, a course search
on "gelombang"): asked as much as "bisa ...?"."""
_GET_CARD = re.compile(
    r"\b(?:biar|supaya|agar|untuk|utk|buat|bisa|to|get)\s+(?:\w+\s+)?"
    r"(?:dapet|dapat|dpt|dptin|dapetin|punya|pny|get|receive)\s+(?:kartu\w*|saldo\w*|card|"
    r"balance)\b"
)
"""How to get the card or the balance ("trs gmn biar dapet kartu?", "gmn caranya biar dpt
saldo"): for a participant not selected yet, joining a wave."""
BEFORE_SELECTION = ("registered", "applied", "not_selected")


_IF_NOT_SELECTED = re.compile(
    r"\b(?:kalo|kalau|klo|kl|jika|jk|if|seandainya|misal\w*)\s+(?:\w+\s+)?(?:ga|gak|gk|g|nggak|"
    r"ngga|tidak|tdk|belum|blm|not|don'?t get|am not|i'?m not)\s+(?:lolos|keterima|diterima|"
    r"terpilih|kepilih|selected|accepted)\b"
)
"""Not being selected supposed ("kalo ga lolos bisa daftar lagi?", "if I'm not selected"): yes,
the next wave (before: "no need to register again", the question unanswered)."""


def asks_again(text: str) -> bool:
    """ "bisa daftar prakerja lagi ga?", "can I apply again?"."""
    lowered = text.lower()
    return bool(AGAIN.search(lowered) and (ASKS.search(lowered) or _WAVE_WISH.search(lowered)))


def asks_to_join_wave(text: str) -> bool:
    """ "boleh ikut gelombang 72?", "can I join the next wave?": no "again" needed."""
    lowered = text.lower()
    return bool(_JOIN_WAVE.search(lowered) and ASKS.search(lowered))


def asks_to_get_card(text: str) -> bool:
    """ "aku udah punya akun, trs gmn biar dapet kartu?", "gmn caranya biar dpt saldo"."""
    lowered = text.lower()
    return bool(_GET_CARD.search(lowered) and (_HOW.search(lowered) or "?" in lowered))


_BARE_JOIN = re.compile(
    r"^\W*(?:(?:so|then|ok|oke|terus|trus|trs|jadi|jd|lalu|terus)\W+)?(?:how (?:do|can|should) i"
    r" (?:join|apply)|how to (?:join|apply)|(?:gimana|gmn|gmna|bagaimana|cara(?:nya)?)\s+"
    r"(?:gabung|ikut|join)(?:nya)?|(?:gabung|ikut|join)(?:nya)?\s+(?:gimana|gmn|gmna|bagaimana|"
    r"caranya))(?:\s+(?:it|then|now|dong|ya|kak|min|sih|nih|skrg|sekarang)){0,2}\W*$"
)
"""How to join, nothing named ("how do i join", "gabungnya gmn"): from one with an account but
not selected, the wave (before: the six registration steps)."""


def asks_how_to_join(text: str) -> bool:
    """ "gabung gelombang gmn", "cara ikut gelombang", "how do I join a wave?"."""
    lowered = text.lower()
    return bool(_JOIN_WAVE.search(lowered) and _HOW.search(lowered))


def how_to_join(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """ "gabung gelombang gmn" from a linked participant: what applies to them; None: not
    asked, or not linked (the registration steps). Asked to join again ("bisa daftar lagi
    ga", also inside a flow), a wave named by one who never can ("boleh ikut gelombang 72?",
    revoked), or how to get the card before selection ("trs gmn biar dapet kartu?"): the
    same. Before, such a question started the eligibility check or gave the six steps."""
    text = turn.message.text or ""
    if turn.message.payload is not None:
        return None
    how, again = asks_how_to_join(text), asks_again(text)
    joins, card = asks_to_join_wave(text), asks_to_get_card(text)
    bare = bool(_BARE_JOIN.search(" ".join(text.lower().split())))
    if not (how or again or joins or card or bare):
        return None
    person = yield from participant(turn)
    if person is None:
        return (yield from _how_unlinked(turn)) if how else None
    never = person.status == "revoked" or person.status in BENEFICIARY
    rejoins = joins and (never or person.status == "not_selected")  # "join the next wave?"
    card = (card or bare) and person.status in BEFORE_SELECTION
    if how or again or rejoins or card:
        return (yield from by_status(turn, person))
    return None


def how_asked(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """ "gmn cara gabungnya" right after a wave's answer: how to join it, by the linked
    participant's status, else the steps with and without an account (before: the six
    registration steps, read as registering)."""
    person = yield from participant(turn)
    if person is None:
        return (yield from _how_unlinked(turn))
    return (yield from by_status(turn, person))


def _how_unlinked(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """ "how to join gelombang yg lagi open?" from a chat not linked: the steps for one with
    an account and for one without, then the waves (before: the waves' dates alone, or the
    six registration steps for "cara gabung gelombang gmn")."""
    wave = yield from waves_text(turn.lang)
    remember(turn, JOIN_HOW)  # "udh klik tp gak bisa" next: why the button may not work
    buttons = (turn.button("registration.start", "flow:registration"), turn.menu_button())
    hurry = _HURRY.search((turn.message.text or "").lower())  # "harus cepet2an ga?" too
    rush = "\n\n" + turn.say("wave_join.no_rush") if hurry else ""
    return [Outbound(turn.say("wave_join.how") + rush + "\n\n" + wave, buttons)]


def again(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """ "bisa daftar lagi ga" (no wave named) from a linked participant; None: not linked."""
    person = yield from participant(turn)
    return None if person is None else (yield from by_status(turn, person))


def by_status(turn: FlowTurn, person: ParticipantView) -> Ask[list[Outbound] | None]:
    """Whether and how ``person`` joins a wave; None for a status with nothing to add."""
    from flows.purchase_deadline import lapsed  # here: it imports my_data, as this does

    lowered = (turn.message.text or "").lower()
    if person.status == "revoked" or lapsed(turn, person):  # a deadline gone: revoked by rule
        return [revoked(turn)]
    if person.status in BENEFICIARY:  # done with it all: nothing to carry on (probe p20 D35)
        done = person.status == "completed"
        key = "wave_join.beneficiary_done" if done else "wave_join.beneficiary"
        return [turn.reply(key, turn.menu_button())]
    if person.status in BEFORE_SELECTION and _IF_NOT_SELECTED.search(lowered):
        remember(turn, NEXT_WAVE)  # "kalo ga lolos bisa daftar lagi?": yes, the next wave
        wave = yield from waves_text(turn.lang)
        body = turn.say("registration_help.join_next") + "\n\n" + wave
        return [Outbound(body, (turn.menu_button(),))]
    if person.status == "applied":
        return (yield from my_selection.answer(turn, person))
    if person.status == "not_selected":
        remember(turn, NEXT_WAVE)  # "otomatis ikut ga?" next: no, join it in the dashboard
        wave = yield from waves_text(turn.lang)
        body = turn.say(join_next_key(turn)) + "\n\n" + wave
        return [Outbound(body, (turn.menu_button(),))]
    if person.status == "registered":
        return (yield from my_selection.registered(turn, announcement=False))
    return None


def revoked(turn: FlowTurn) -> Outbound:
    """A revoked participant cannot join again; a complaint if they bought in time."""
    remember(turn, REVOKED)  # "mau banding" next: no appeal promised, a complaint
    return turn.reply(
        "wave_join.revoked", file_complaint(turn, topic="revoked"), turn.menu_button()
    )


__all__ = ["AGAIN", "ASKS", "BEFORE_SELECTION", "INTENTS", "again", "asks_again",
           "asks_how_to_join", "asks_to_get_card", "asks_to_join_wave", "by_status",
           "how_to_join", "revoked"]  # fmt: skip
