"""The same answer about to be given again to the message right after it ("kapan gelombang 73
dibuka" four times, "cara daftar gmn" twice): said to be the same as before, and from the third
time on a person offered too (a long answer then pointed to above, not pasted a third time),
rather than the identical text each time as if not said before.
Only an answer of substance outside a flow (a flow's question asked again is how a form works;
"Sama-sama!" or a greeting is no answer to vary). Inside a form, a question answered beside it
("syaratnya apa" three times during the check) is treated alike when the same answer comes again
at the same question, the form's question following it (before, the whole list each time)."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from functools import lru_cache

from flows import repeated_facts
from flows.messages import Outbound
from flows.repeated_questions import ASKED, CHECK_AGAIN, other_question, question_words
from flows.responses import template
from flows.runtime import controls
from flows.runtime.machine import FlowTurn
from flows.turn import within_context_of

REPEATED = "repeated"
ASIDE = "repeated_aside"
"""``session.profile`` key: [digest of an aside's first paragraph, times given, turns, step]."""
_ANSWER_INTENTS = frozenset({"inform", "affirm", "deny", "cancel"})
"""Readings of an answer to the form's question: a re-prompt is no repeated aside."""
"""``session.profile`` key: [digest of the answer's first text, times given, ``Session.turns``]."""
MIN_LENGTH = 80
"""A shorter first text is an acknowledgement or a greeting, not an answer to vary."""
OFFER_PERSON_FROM = 3
"""From the third identical answer in a row, a person is offered."""
LONG = 300
"""From the third time, an answer this long (steps, a list of requirements) is pointed to
above instead of being pasted again under the offer (before: the whole registration steps a
third time, then "my answer isn't what you're after")."""
_SOCIAL = frozenset({"thanks", "greet", "goodbye", "affirm", "deny", "bot_challenge"})
_NOT_ANSWERS = (
    "unknown.free_text",
    "unknown.unclear",
    "unknown.payload",
    "fallback.did_you_mean",
    "fallback.offer_person",
    "fallback.frustrated",
    "fallback.frustrated_again",
    "fallback.ask_away",
    "kb.out_of_scope",
    "menu.title",
    "menu.again",
)
"""Replies that answer nothing (not understood, "did you mean", a menu): never "the answer is
the same as before" (before: "Jawabannya masih sama seperti tadi" in front of "Maaf, aku belum
paham pesan itu" for "2 agustus" after "Rp600.000")."""


@lru_cache(maxsize=8)
def _openings(language: str) -> tuple[str, ...]:
    """How those replies begin: each template up to its first placeholder (read once per
    language, not formatted on every turn)."""
    found = (template(language, key).split("{", 1)[0] for key in _NOT_ANSWERS)
    return tuple(opening for opening in found if opening)


def _answers_nothing(turn: FlowTurn, replies: list[Outbound]) -> bool:
    """Whether the first of ``replies`` is a fallback, a did-you-mean or a menu."""
    return replies[0].text.startswith(_openings(turn.lang))


def varied(turn: FlowTurn, replies: list[Outbound]) -> list[Outbound]:
    """``replies`` as given, or, when they repeat the answer just given, said to be the same
    (and a person offered after a few); the answer is remembered either way."""
    session, message = turn.session, turn.message
    if replies and session.flow is not None and message.payload is None:
        session.profile.pop(REPEATED, None)
        return _aside_again(turn, replies)
    session.profile.pop(ASIDE, None)
    if not replies or session.flow is not None or message.payload is not None:
        session.profile.pop(REPEATED, None)
        return replies
    short = len(replies[0].text) < MIN_LENGTH
    if message.intent in _SOCIAL or short or _answers_nothing(turn, replies):
        session.profile.pop(REPEATED, None)
        return replies
    digest = hashlib.sha256(replies[0].text.encode()).hexdigest()[:16]
    before = session.profile.get(REPEATED)
    asked_before = session.profile.pop(ASKED, None)
    session.profile[ASKED] = question_words(message.text or "")
    times = 1
    again = CHECK_AGAIN.match(" ".join((message.text or "").lower().split())) is not None
    if isinstance(before, list) and len(before) == 3:
        same = before[0] == digest and before[2] == session.turns - 1
        if same and other_question(message.text or "", asked_before):
            same = False  # "lha pelatihane mbayar ora?" after "oleh duit piro": not asked again
        if same and not (again or within_context_of(session.last_activity, message.at)):
            same = False  # a day later ("halo kak aku yg kemarin nanya insentif"): answered
        times = int(before[1]) + 1 if same else 1  # afresh, not "my answer is still the same"
    session.profile[REPEATED] = [digest, times, session.turns]
    if times < 2:
        return replies
    fact = not again and repeated_facts.adds_fact(message.text or "", asked_before)  # "nomor
    lead = "repeated.checked_again" if again else "repeated.same"  # lama ... mati": heard, not
    said_first = turn.say("repeated.fact_noted" if fact else lead)  # asked; "cek lagi": read
    first = replace(replies[0], text=said_first + "\n" + replies[0].text)
    said = [first, *replies[1:]]
    if fact:
        return repeated_facts.with_person(turn, said)
    if times < OFFER_PERSON_FROM:
        return said
    person = turn.button("common.talk_to_person", controls.HUMAN)
    menu = turn.menu_button()
    kept = [
        b for r in replies for b in r.buttons if b.payload not in (menu.payload, controls.HUMAN)
    ]
    offer = Outbound(turn.say("repeated.offer_person"), (*kept[:1], person, menu))  # "Buat
    # pengaduan" of a failed payment kept beside the person (before: dropped the third time)
    if sum(len(reply.text) for reply in replies) >= LONG:
        return [_pointed_above(turn, offer)]
    return [*said, offer]


def _pointed_above(turn: FlowTurn, offer: Outbound) -> Outbound:
    """The offer of a person after "the answer is above", without the long answer again."""
    return replace(offer, text=turn.say("repeated.above") + "\n" + offer.text)


def _aside_again(turn: FlowTurn, replies: list[Outbound]) -> list[Outbound]:
    """An aside in a form ("syaratnya apa" at the check's question) given again at the same
    question: said to be the same, and from the third time a person offered, before the form's
    question; else ``replies`` as they are."""
    session, message = turn.session, turn.message
    intent = message.intent
    asked = intent is not None and intent not in _SOCIAL and intent not in _ANSWER_INTENTS
    first = replies[0].text
    if len(replies) < 2 or not asked or len(first) < MIN_LENGTH or _answers_nothing(turn, replies):
        session.profile.pop(ASIDE, None)
        return replies
    digest = hashlib.sha256(first.split("\n\n", 1)[0].encode()).hexdigest()[:16]
    step = f"{session.flow}/{session.step}"
    before = session.profile.get(ASIDE)
    times = 1
    if isinstance(before, list) and len(before) == 4:
        same = before[0] == digest and before[2] == session.turns - 1 and before[3] == step
        times = int(before[1]) + 1 if same else 1
    session.profile[ASIDE] = [digest, times, session.turns, step]
    if times < 2:
        return replies
    said = replace(replies[0], text=turn.say("repeated.same") + "\n" + first)
    if times < OFFER_PERSON_FROM:
        return [said, *replies[1:]]
    person = turn.button("common.talk_to_person", controls.HUMAN)
    offer = Outbound(turn.say("repeated.offer_person"), (person,))
    if len(first) >= LONG:
        return [_pointed_above(turn, offer), *replies[1:]]
    return [said, offer, *replies[1:]]


__all__ = ["ASIDE", "REPEATED", "varied"]
